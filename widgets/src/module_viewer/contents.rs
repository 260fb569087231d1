//! Moving between sections: the table of contents beside them (with the learner's marks)
//! and the pager below them.

use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::Module;

use super::nav::SectionNav;
use super::progress::ModuleProgress;
use crate::i18n::{Lang, Msg};

/// The table of contents: one entry per section with its number, its title as a link (the
/// open one marked `aria-current="step"`) and the learner's marks for it (visited,
/// questions answered, items done). `open` opens the section with that index.
///
/// The number is its own grid cell, not the list's `::marker`: a marker sits on the
/// baseline of an inline-block link's *last* line and cannot be measured by a test; a cell
/// aligned to the first baseline of its row stays beside the title's first line however the
/// title wraps.
pub(super) fn table_of_contents<F>(
    module: &Module,
    nav: RwSignal<SectionNav>,
    progress: &ModuleProgress,
    open: F,
) -> impl IntoView + use<F>
where
    F: Fn(usize) + Copy + Send + Sync + 'static,
{
    let lang = Lang::current();
    let entries = module
        .sections
        .iter()
        .enumerate()
        .map(|(index, s)| {
            let current = move || (nav.get().current() == index).then_some("step");
            let marks = {
                let progress = progress.clone();
                Memo::new(move |_| progress.section(index))
            };
            view! {
                <li class="ler-toc-entry" class:ler-toc-visited=move || marks.get().visited>
                    <span class="ler-toc-number">{format!("{}.", lang.number(index + 1))}</span>
                    <a
                        href="#"
                        lang=lang.content()
                        aria-current=current
                        on:click=move |ev| {
                            ev.prevent_default();
                            open(index);
                        }
                    >
                        {s.title.clone()}
                    </a>
                    <span class="ler-toc-marks">
                        <span class="ler-toc-mark" aria-hidden="true">
                            {move || if marks.get().visited { "✓" } else { "○" }}
                        </span>
                        " "
                        {move || marks.get().text(lang)}
                    </span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    // Landmark names carry the module title: two viewers on one page must not share them.
    let label = lang.fill(Msg::SectionsOf, &[("module", &module.title)]);
    view! {
        <nav class="ler-toc" aria-label=label>
            <ol>{entries}</ol>
        </nav>
    }
}

/// Previous and next buttons (each naming its section) around "Section n of m".
pub(super) fn pager<F>(module: Arc<Module>, nav: RwSignal<SectionNav>, open: F) -> impl IntoView
where
    F: Fn(usize) + Copy + Send + Sync + 'static,
{
    let lang = Lang::current();
    let content = lang.content();
    let buttons = move || {
        let n = nav.get();
        let title = |i: usize| {
            module
                .sections
                .get(i)
                .map(|s| s.title.clone())
                .unwrap_or_default()
        };
        let previous = n.previous().map(|i| {
            view! {
                <button type="button" class="ler-prev" on:click=move |_| open(i)>
                    <span class="ler-pager-dir">{lang.t(Msg::Previous)}</span>
                    <span class="ler-pager-title" lang=content>{title(i)}</span>
                </button>
            }
        });
        let next = n.next().map(|i| {
            view! {
                <button type="button" class="ler-next" on:click=move |_| open(i)>
                    <span class="ler-pager-dir">{lang.t(Msg::Next)}</span>
                    <span class="ler-pager-title" lang=content>{title(i)}</span>
                </button>
            }
        });
        let position = lang.count(
            Msg::SectionOf,
            &[("n", n.current() + 1), ("total", n.len())],
        );
        view! {
            {previous}
            <span class="ler-pager-position">{position}</span>
            {next}
        }
    };
    view! {
        <div class="ler-pager" role="group" aria-label=lang.t(Msg::PagerLabel)>
            {buttons}
        </div>
    }
}
