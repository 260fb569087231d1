//! The checklist component: items with ticks, guidance, notes and section links; progress;
//! undo, reset with confirmation, export and print. Shared by the `checklist` widget and the
//! module viewer.

use crate::text_map::{TextMap, TextSet};
use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::Checklist;

use super::actions::{ActionsEnv, checklist_actions};
use super::editor::Editor;
use super::export;
use super::history::History;
use super::notices::notices;
use super::rows::{RowEnv, item_row};
use crate::heading::Heading;
use crate::i18n::{Lang, Msg};
use crate::ids::instance_prefix;
use crate::rich_text::TextCtx;
use crate::store::{Debouncer, Store};

/// One checklist of the course, with the learner's ticks and notes.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub fn ChecklistPanel(
    /// The checklist.
    list: Arc<Checklist>,
    /// Rich-text context for item texts and guidance.
    ctx: TextCtx,
    /// The course id: with the list id, it names where progress is stored. Without it
    /// progress stays on the page, and the learner is told.
    #[prop(optional_no_strip)]
    course_id: Option<String>,
    /// Section titles of the module by id, for "Explained in".
    #[prop(optional)]
    sections: Arc<TextMap<String>>,
    /// Show ticks and notes without letting the learner change them.
    #[prop(optional)]
    readonly: bool,
    /// Leave out notes (in the page and in exports).
    #[prop(optional)]
    hide_notes: bool,
    /// Show the checklist's title as the widget's heading (`h2`, groups `h3`); inside the
    /// module viewer the section heading already names it (groups are `h4`).
    #[prop(optional)]
    standalone: bool,
    /// What exports say the checklist belongs to ("Course · Module 1: …").
    #[prop(optional_no_strip)]
    export_context: Option<String>,
    /// Opens a section of the module by id; without it, "Explained in" is plain text.
    #[prop(optional_no_strip)]
    on_open_section: Option<Callback<String>>,
    /// Where progress is kept; default [`Store::current`].
    #[prop(optional)]
    store: Option<Store>,
) -> impl IntoView {
    let slot = match &course_id {
        Some(course) => store
            .unwrap_or_else(Store::current)
            .checklist(course, &list.id),
        None => Store::memory().checklist("", &list.id),
    };
    let prefix = instance_prefix();
    let lang = Lang::current();
    let ids: Arc<Vec<String>> = Arc::new(list.items().map(|i| i.id.clone()).collect());
    let known: Arc<TextSet> = Arc::new(ids.iter().cloned().collect());
    let total = ids.len();
    let editor = Editor {
        slot: slot.clone(),
        history: ArcRwSignal::new(History::default()),
        known: known.clone(),
    };
    let message = RwSignal::new(String::new());
    let done = {
        let slot = slot.clone();
        let ids = ids.clone();
        Memo::new(move |_| slot.with(|s| s.done_count(ids.iter().map(String::as_str))))
    };

    // Notes are saved after a pause in typing; every pending save is flushed before an
    // undo, a reset, an export, and when the widget goes away.
    let debouncers: Arc<Vec<(String, Debouncer)>> = Arc::new(
        ids.iter()
            .map(|id| (id.clone(), Debouncer::new()))
            .collect(),
    );
    let flush_notes = {
        let debouncers = debouncers.clone();
        move || debouncers.iter().for_each(|(_, d)| d.flush())
    };
    on_cleanup(flush_notes.clone());

    let env = RowEnv {
        editor: editor.clone(),
        ctx,
        prefix: prefix.clone(),
        readonly,
        hide_notes,
        sections: sections.clone(),
        on_open_section,
        lang,
    };
    let groups = groups(&list, standalone, &env, &debouncers);
    let list_title = list.title.clone();
    let title = standalone.then(|| {
        view! {
            <Heading depth=0 class="ler-checklist-title" lang=lang.content()>{list_title}</Heading>
        }
    });
    let progress = progress(&list.title, total, done, lang);

    let actions = checklist_actions(ActionsEnv {
        editor,
        list,
        sections,
        export_context,
        readonly,
        hide_notes,
        prefix,
        message,
        flush_notes: Arc::new(flush_notes),
        lang,
    });

    view! {
        <div class="ler-checklist">
            {title}
            {notices(slot, known, lang)}
            {progress}
            {groups}
            {actions}
        </div>
    }
}

/// The progress bar and "n of m done", announced politely as it changes.
fn progress(
    list_title: &str,
    total: usize,
    done: Memo<usize>,
    lang: Lang,
) -> impl IntoView + use<> {
    let label = lang.fill(Msg::ChecklistProgress, &[("title", list_title)]);
    let count_text = move || export::progress_text(lang, done.get(), total);
    view! {
        <div class="ler-checklist-progress">
            <progress
                max=total.to_string()
                value=move || done.get().to_string()
                aria-label=label
            ></progress>
            <p class="ler-checklist-count" aria-live="polite">{count_text}</p>
        </div>
    }
}

/// The groups of items, each under its heading when it has one (`h3` in a standalone
/// checklist, `h4` under a module section's heading).
fn groups(
    list: &Checklist,
    standalone: bool,
    env: &RowEnv,
    debouncers: &[(String, Debouncer)],
) -> Vec<impl IntoView + use<>> {
    list.groups
        .iter()
        .map(|group| {
            let heading = group.title.clone().map(|t| {
                // One below the list's title, or below the section holding it.
                let depth = if standalone { 1 } else { 2 };
                let lang = Lang::current().content();
                view! { <Heading depth class="ler-checklist-group" lang>{t}</Heading> }
            });
            let rows = group
                .items
                .iter()
                .map(|item| {
                    let debouncer = debouncers
                        .iter()
                        .find(|(id, _)| *id == item.id)
                        .map(|(_, d)| d.clone())
                        .unwrap_or_default();
                    item_row(item, env, debouncer)
                })
                .collect::<Vec<_>>();
            view! {
                {heading}
                <ul class="ler-checklist-items">{rows}</ul>
            }
        })
        .collect()
}
