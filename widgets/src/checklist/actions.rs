//! Undo, reset, export and print.

use crate::text_map::TextMap;
use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::Checklist;

use super::download::download;
use super::editor::Editor;
use super::export::{self, ExportInfo};
use super::history::Change;
use crate::i18n::{Lang, Msg};

/// What the actions need.
pub(super) struct ActionsEnv {
    pub(super) editor: Editor,
    pub(super) list: Arc<Checklist>,
    pub(super) sections: Arc<TextMap<String>>,
    pub(super) export_context: Option<String>,
    pub(super) readonly: bool,
    pub(super) hide_notes: bool,
    pub(super) prefix: String,
    pub(super) message: RwSignal<String>,
    pub(super) flush_notes: Arc<dyn Fn() + Send + Sync>,
    pub(super) lang: Lang,
}

/// Undo, reset (with an in-widget confirmation), export and print, and the status line
/// that reports what they did.
pub(super) fn checklist_actions(env: ActionsEnv) -> impl IntoView {
    let ActionsEnv {
        editor,
        list,
        sections,
        export_context,
        readonly,
        hide_notes,
        prefix,
        message,
        flush_notes,
        lang,
    } = env;
    let root = NodeRef::<leptos::html::Div>::new();
    let reset_button = NodeRef::<leptos::html::Button>::new();
    let cancel_button = NodeRef::<leptos::html::Button>::new();
    let confirming = RwSignal::new(false);

    let export = {
        let editor = editor.clone();
        let flush_notes = flush_notes.clone();
        move |markdown: bool| {
            flush_notes();
            let info = ExportInfo {
                context: export_context.as_deref(),
                sections: Some(&sections),
                notes: !hide_notes,
                lang,
            };
            let (text, mime, extension) = editor.slot.with_untracked(|s| {
                if markdown {
                    (
                        export::markdown(&list, s, &info),
                        "text/markdown;charset=utf-8",
                        "md",
                    )
                } else {
                    (
                        export::csv(&list, s, &info),
                        "text/csv;charset=utf-8",
                        "csv",
                    )
                }
            });
            let name = export::file_name(&list.id, extension);
            let Some(parent) = root.try_get_untracked().flatten() else {
                return;
            };
            match download(&parent, &name, mime, &text, lang) {
                Ok(()) => message.set(lang.fill(Msg::Downloaded, &[("file", &name)])),
                Err(why) => message.set(lang.fill(Msg::DownloadFailed, &[("why", &why)])),
            }
        }
    };
    let export_csv = export.clone();

    let print = move |_| {
        if let Some(window) = web_sys::window()
            && window.print().is_err()
        {
            message.set(lang.t(Msg::NoPrinting).to_owned());
        }
    };

    let editing = (!readonly).then(|| {
        let undo = {
            let editor = editor.clone();
            let flush_notes = flush_notes.clone();
            move |_| {
                flush_notes();
                message.set(match editor.undo() {
                    Some(label) => lang.fill(Msg::Undone, &[("change", &label)]),
                    None => lang.t(Msg::NothingToUndo).to_owned(),
                });
            }
        };
        let nothing_to_undo = {
            let history = editor.history.clone();
            move || history.with(|h| h.next_undo().is_none()).to_string()
        };
        let focus = |target: NodeRef<leptos::html::Button>| {
            // After the confirmation has been shown or hidden.
            request_animation_frame(move || {
                if let Some(button) = target.try_get_untracked().flatten() {
                    let _ = button.focus();
                }
            });
        };
        let confirm_reset = {
            let editor = editor.clone();
            move |_| {
                flush_notes();
                confirming.set(false);
                let changed = editor.apply(Change::Reset, lang.t(Msg::ChangeReset).to_owned());
                message.set(
                    lang.t(if changed {
                        Msg::WasReset
                    } else {
                        Msg::AlreadyEmpty
                    })
                    .to_owned(),
                );
                focus(reset_button);
            }
        };
        let question_id = format!("{prefix}reset-question");
        let labelled_by = question_id.clone();
        let buttons = view! {
            <button
                type="button"
                class="ler-secondary ler-undo"
                aria-disabled=nothing_to_undo
                on:click=undo
            >
                {lang.t(Msg::Undo)}
            </button>
            <button
                type="button"
                class="ler-secondary ler-reset"
                aria-expanded=move || confirming.get().to_string()
                node_ref=reset_button
                on:click=move |_| {
                    confirming.set(true);
                    focus(cancel_button);
                }
            >
                {lang.t(Msg::ResetEllipsis)}
            </button>
        };
        let confirmation = view! {
            <div
                class="ler-confirm"
                role="group"
                aria-labelledby=labelled_by
                hidden=move || !confirming.get()
            >
                <p id=question_id>
                    {lang.t(Msg::ResetQuestion)}
                </p>
                <button type="button" class="ler-danger ler-confirm-reset" on:click=confirm_reset>
                    {lang.t(Msg::ClearChecklist)}
                </button>
                <button
                    type="button"
                    class="ler-secondary ler-cancel-reset"
                    node_ref=cancel_button
                    on:click=move |_| {
                        confirming.set(false);
                        focus(reset_button);
                    }
                >
                    {lang.t(Msg::KeepIt)}
                </button>
            </div>
        };
        (buttons, confirmation)
    });
    let (buttons, confirmation) = editing.unzip();

    view! {
        <div class="ler-checklist-actions" node_ref=root>
            {buttons}
            <button type="button" class="ler-secondary ler-export-md" on:click=move |_| export(true)>
                {lang.t(Msg::ExportMarkdown)}
            </button>
            <button type="button" class="ler-secondary ler-export-csv" on:click=move |_| export_csv(false)>
                {lang.t(Msg::ExportCsv)}
            </button>
            <button type="button" class="ler-secondary ler-print" on:click=print>
                {lang.t(Msg::Print)}
            </button>
        </div>
        {confirmation}
        <p class="ler-checklist-message" role="status">{move || message.get()}</p>
    }
}
