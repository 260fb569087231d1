//! The table of contents: each section's number, its title (a link that opens it) and the
//! learner's marks for it (visited, questions answered, items done).
//!
//! The number is its own grid cell, not the list's `::marker`: a marker sits on the
//! baseline of the link's *last* line when the link is an inline-block, and cannot be
//! measured by a test; a cell aligned to the first baseline of its row stays beside the
//! title's first line however the title wraps.

use leptos::prelude::*;
use ler_content::model::Module;

use super::nav::SectionNav;
use super::progress::ModuleProgress;

/// The `<nav>` of a module's sections.
pub(super) fn table_of_contents<F>(
    module: &Module,
    nav: RwSignal<SectionNav>,
    progress: &ModuleProgress,
    open: F,
) -> impl IntoView + use<F>
where
    F: Fn(usize) + Copy + Send + Sync + 'static,
{
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
                    <span class="ler-toc-number">{format!("{}.", index + 1)}</span>
                    <a
                        href="#"
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
                        {move || marks.get().text()}
                    </span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    // Landmark names carry the module title: two viewers on one page must not share them.
    let label = format!("Sections of {}", module.title);
    view! {
        <nav class="ler-toc" aria-label=label>
            <ol>{entries}</ol>
        </nav>
    }
}
