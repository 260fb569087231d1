//! The module viewer component: where it opens, what opening a section does, and the parts
//! in order (header and objectives, table of contents, the sections, pager, references).

use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::{Course, Module};

use super::contents::{pager, table_of_contents};
use super::deep_link;
use super::header::{header, objectives};
use super::nav::SectionNav;
use super::progress::{self, ModuleProgress, ProgressSummary};
use super::references::references;
use super::sections::SectionBody;
use crate::heading::Heading;
use crate::i18n::Lang;
use crate::ids::instance_prefix;
use crate::rich_text::TextCtx;

/// Shows one module of a course.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub fn ModuleViewer(
    /// The course the module belongs to.
    course: Arc<Course>,
    /// The module.
    module: Arc<Module>,
    /// Section to open first; the first section when `None` or unknown.
    start_section: Option<String>,
    /// Leave out the table of contents.
    #[prop(optional)]
    compact: bool,
    /// Leave out the learning objectives.
    #[prop(optional)]
    hide_objectives: bool,
    /// Called when the learner follows a link to another module.
    #[prop(optional)]
    on_module_link: Option<Callback<(String, Option<String>)>>,
) -> impl IntoView {
    let prefix = instance_prefix();
    // Copy handle, so the `open` closure stays Copy for every button that uses it.
    let module_id = StoredValue::new(module.id.clone());
    let title_id = format!("{prefix}title");
    let ctx = TextCtx::new(
        module.references.iter().map(|r| r.id.clone()),
        prefix.clone(),
        on_module_link,
    );
    let ids = module.sections.iter().map(|s| s.id.clone()).collect();
    // Where to open: a deep link in the page's URL, else where the learner left off, else
    // the embedder's `section` option.
    let place = progress::place_slot(&module);
    let fragment = deep_link::current_fragment();
    let saved = place.with_untracked(|p| p.last().map(str::to_owned));
    let start = deep_link::section_in_fragment(&fragment, &module.id)
        .map(str::to_owned)
        .or(saved)
        .or(start_section);
    let nav = RwSignal::new(SectionNav::new(ids, start.as_deref()));
    if let Some(id) = nav.with_untracked(|n| n.current_id().map(str::to_owned)) {
        place.update(|p| {
            p.open(&id);
        });
    }
    let place = StoredValue::new(place);
    // Every section is rendered, the closed ones `hidden`: the print stylesheet shows them
    // all (a handout of the whole module), and a learner's half-typed answer in another
    // section stays mounted while they read on.
    let section_refs = StoredValue::new(
        (0..module.sections.len())
            .map(|_| NodeRef::<leptos::html::Div>::new())
            .collect::<Vec<_>>(),
    );
    let open = move |index: usize| {
        let moved = nav.try_update(|n| n.go(index)).unwrap_or(false);
        if moved {
            if let Some(id) = nav.with_untracked(|n| n.current_id().map(str::to_owned)) {
                module_id.try_with_value(|m| deep_link::show_in_url(m, &id));
                place.try_with_value(|p| {
                    p.update(|p| {
                        p.open(&id);
                    })
                });
            }
            // Move focus to the newly opened section so keyboard and screen-reader users
            // land on it (its heading is its accessible name).
            // After the next render: until then the section is still `hidden` and
            // cannot take focus.
            // `try_`: a click that arrives as the widget is being removed finds it gone,
            // and does nothing rather than panic.
            if let Some(section) = section_refs
                .try_with_value(|refs| refs.get(index).copied())
                .flatten()
            {
                request_animation_frame(move || {
                    if let Some(section) = section.try_get_untracked().flatten() {
                        let _ = section.focus();
                    }
                });
            }
        }
    };

    // One reader of the learner's progress for the summary and the contents' marks.
    let progress = ModuleProgress::new(module.clone());
    let toc = (!compact).then(|| table_of_contents(&module, nav, &progress, open));

    // "Explained in" links of checklist items open a section of this module.
    let on_open_section = {
        let module = module.clone();
        Callback::new(move |id: String| {
            if let Some(index) = module.sections.iter().position(|s| s.id == id) {
                open(index);
            }
        })
    };
    let content = Lang::current().content();
    let sections = module
        .sections
        .iter()
        .enumerate()
        .map(|(index, section)| {
            let heading_id = format!("{prefix}section-{}", section.id);
            let labelledby = heading_id.clone();
            let title = section.title.clone();
            let node_ref = section_refs
                .with_value(|refs| refs.get(index).copied())
                .unwrap_or_default();
            // A group, not a region: two viewers may show the same section.
            view! {
                <div
                    class="ler-section"
                    role="group"
                    tabindex="-1"
                    aria-labelledby=labelledby
                    hidden=move || nav.get().current() != index
                    node_ref=node_ref
                >
                    <Heading depth=1 id=heading_id lang=content>{title}</Heading>
                    <SectionBody
                        ctx=ctx.clone()
                        section=section.clone()
                        id_prefix=prefix.clone()
                        module=module.clone()
                        on_open_section
                    />
                </div>
            }
        })
        .collect::<Vec<_>>();

    view! {
        <article class="ler-viewer" class:ler-compact=compact aria-labelledby=title_id>
            {header(&course.title, &module, title_id.clone())}
            {(!hide_objectives).then(|| objectives(&module, &ctx, &prefix))}
            <ProgressSummary course_title=course.title.clone() progress id_prefix=prefix.clone()/>
            <div class="ler-layout">
                {toc}
                <div class="ler-main">
                    {sections}
                    {pager(module.clone(), nav, open)}
                </div>
            </div>
            {references(&module, &ctx)}
        </article>
    }
}
