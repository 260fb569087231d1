//! One checklist item: its box and label, "Explained in", guidance and note.

use crate::text_map::TextMap;
use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::ChecklistItem;

use super::editor::Editor;
use super::history::Change;
use crate::i18n::{Lang, Msg};
use crate::rich_text::{self, TextCtx};
use crate::store::Debouncer;
use crate::store::checklist_state::MAX_NOTE_CHARS;
use crate::store::debounce::SAVE_DELAY;

/// What every row needs.
#[derive(Clone)]
pub(super) struct RowEnv {
    pub(super) editor: Editor,
    pub(super) ctx: TextCtx,
    pub(super) prefix: String,
    pub(super) readonly: bool,
    pub(super) hide_notes: bool,
    pub(super) sections: Arc<TextMap<String>>,
    pub(super) on_open_section: Option<Callback<String>>,
    pub(super) lang: Lang,
}

/// A short form of an item's text for messages ("Undone: ticked “Name the office…”").
fn short_label(item: &ChecklistItem) -> String {
    let text = rich_text::plain(&item.text);
    let text = text.trim();
    let short: String = text.chars().take(60).collect();
    if short.len() < text.len() {
        format!("{}…", short.trim_end())
    } else {
        short
    }
}

/// The row of one item.
pub(super) fn item_row(
    item: &ChecklistItem,
    env: &RowEnv,
    debouncer: Debouncer,
) -> impl IntoView + use<> {
    let id = item.id.clone();
    let label = short_label(item);
    let lang = env.lang;
    let content_lang = lang.content();
    let box_id = format!("{}item-{id}", env.prefix);
    let checked = {
        let slot = env.editor.slot.clone();
        let id = id.clone();
        move || slot.with(|s| s.is_done(&id))
    };
    let on_change = {
        let editor = env.editor.clone();
        let id = id.clone();
        let label = label.clone();
        move |ev: leptos::ev::Event| {
            let done = event_target_checked(&ev);
            let change = if done {
                Msg::ChangeTicked
            } else {
                Msg::ChangeUnticked
            };
            editor.apply(
                Change::Done {
                    id: id.clone(),
                    done,
                },
                lang.fill(change, &[("item", &label)]),
            );
        }
    };

    let section = item.section.as_ref().map(|sid| {
        let title = env
            .sections
            .get(sid)
            .cloned()
            .unwrap_or_else(|| sid.clone());
        match env.on_open_section {
            Some(open) => {
                let sid = sid.clone();
                view! {
                    <p class="ler-item-section">
                        {lang.t(Msg::ExplainedIn)}
                        ": "
                        <a
                            href="#"
                            lang=content_lang
                            on:click=move |ev| {
                                ev.prevent_default();
                                let _ = open.try_run(sid.clone());
                            }
                        >
                            {title}
                        </a>
                    </p>
                }
                .into_any()
            }
            None => view! {
                <p class="ler-item-section">
                    {lang.t(Msg::ExplainedIn)}
                    ": "
                    <span lang=content_lang>{title}</span>
                </p>
            }
            .into_any(),
        }
    });

    let guidance = (!item.guidance.is_empty()).then(|| {
        let guidance_id = format!("{}guidance-{id}", env.prefix);
        let open = RwSignal::new(false);
        let body = rich_text::blocks(&env.ctx, &item.guidance);
        let for_item = format!(" {}", lang.fill(Msg::GuidanceFor, &[("item", &label)]));
        view! {
            <button
                type="button"
                class="ler-disclosure ler-secondary ler-small"
                aria-expanded=move || open.get().to_string()
                aria-controls=guidance_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || lang.t(if open.get() { Msg::HideGuidance } else { Msg::ShowGuidance })}
                <span class="ler-vh">{for_item}</span>
            </button>
            <div id=guidance_id class="ler-guidance" lang=content_lang hidden=move || !open.get()>
                {body}
            </div>
        }
    });

    let note = (!env.hide_notes).then(|| note_field(&id, &label, env, debouncer));

    view! {
        <li class="ler-checklist-item">
            <div class="ler-item-main">
                <input
                    type="checkbox"
                    id=box_id.clone()
                    prop:checked=checked
                    disabled=env.readonly
                    on:change=on_change
                />
                <label for=box_id lang=content_lang>
                    {rich_text::inlines(&env.ctx, &item.text)}
                </label>
            </div>
            <div class="ler-item-extra">{section} {guidance} {note}</div>
        </li>
    }
}

fn note_field(id: &str, label: &str, env: &RowEnv, debouncer: Debouncer) -> AnyView {
    let lang = env.lang;
    let value = {
        let slot = env.editor.slot.clone();
        let id = id.to_owned();
        Memo::new(move |_| slot.with(|s| s.note(&id).to_owned()))
    };
    if env.readonly {
        return (move || {
            let note = value.get();
            (!note.is_empty()).then(|| {
                view! {
                    <p class="ler-note-text">
                        <span class="ler-note-label">{lang.t(Msg::YourNote)} ": "</span>
                        {note}
                    </p>
                }
            })
        })
        .into_any();
    }
    let note_id = format!("{}note-{id}", env.prefix);
    let on_input = {
        let editor = env.editor.clone();
        let id = id.to_owned();
        let label = label.to_owned();
        let debouncer = debouncer.clone();
        move |ev: leptos::ev::Event| {
            let note = event_target_value(&ev);
            let editor = editor.clone();
            let id = id.clone();
            let label = lang.fill(Msg::ChangeNote, &[("item", &label)]);
            debouncer.schedule(SAVE_DELAY, move || {
                editor.apply(Change::Note { id, note }, label);
            });
        }
    };
    let on_item = format!(" {}", lang.fill(Msg::NoteOn, &[("item", label)]));
    view! {
        <div class="ler-note">
            <label for=note_id.clone() class="ler-note-label">
                {lang.t(Msg::YourNote)}
                <span class="ler-vh">{on_item}</span>
            </label>
            <input
                type="text"
                id=note_id
                maxlength=MAX_NOTE_CHARS.to_string()
                autocomplete="off"
                prop:value=move || value.get()
                on:input=on_input
                on:change=move |_| debouncer.flush()
            />
        </div>
    }
    .into_any()
}
