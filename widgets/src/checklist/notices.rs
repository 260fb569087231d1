//! What the checklist tells the learner about their saved ticks and notes: whether they are
//! kept, what could not be read, and what belongs to items the content no longer has.

use crate::text_map::TextSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{Lang, Msg};
use crate::store::{ChecklistState, Slot};

/// The notices of `slot`, as a polite status region (empty when all is well).
pub(super) fn notices(
    slot: Slot<ChecklistState>,
    known: Arc<TextSet>,
    lang: Lang,
) -> impl IntoView {
    let notices = move || {
        let mut notices = slot.status().notices(lang);
        notices.extend(slot.with(|s| stale_notice(s, &known, lang)));
        notices
            .into_iter()
            .map(|n| view! { <p class="ler-notice">{n}</p> })
            .collect::<Vec<_>>()
    };
    view! { <div class="ler-notices" role="status">{notices}</div> }
}

/// The notice about ticks and notes whose items left the content, if there are any.
fn stale_notice(state: &ChecklistState, known: &TextSet, lang: Lang) -> Option<String> {
    let stale = state.stale_ids(|id| known.contains(id));
    if stale.is_empty() {
        return None;
    }
    let listed = stale
        .iter()
        .map(|id| {
            let mut parts = Vec::new();
            if state.is_done(id) {
                parts.push(lang.t(Msg::StaleTicked).to_owned());
            }
            let note = state.note(id);
            if !note.is_empty() {
                parts.push(lang.fill(Msg::StaleNote, &[("note", note)]));
            }
            format!("{id} ({})", parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ");
    Some(lang.fill(Msg::StaleItems, &[("items", &listed)]))
}
