//! Changing a checklist: every change goes through here, so undo sees it and saving drops
//! what the content no longer has.

use crate::text_map::TextSet;
use std::sync::Arc;

use leptos::prelude::*;

use super::history::{Change, History};
use crate::store::{ChecklistState, Slot};

/// Changes the shared checklist state and remembers each change for undo.
///
/// Built from `Arc`s only, so a note saved by a timer still lands if the widget has gone.
#[derive(Clone)]
pub(super) struct Editor {
    pub(super) slot: Slot<ChecklistState>,
    pub(super) history: ArcRwSignal<History>,
    pub(super) known: Arc<TextSet>,
}

impl Editor {
    pub(super) fn apply(&self, change: Change, label: String) -> bool {
        let mut changed = false;
        self.slot.update(|state| {
            // Saving drops ticks and notes of items the content no longer has (the learner
            // was told when the checklist opened).
            state.retain(|id| self.known.contains(id));
            changed = self
                .history
                .try_update(|h| h.apply(state, change, label))
                .unwrap_or(false);
        });
        changed
    }

    pub(super) fn undo(&self) -> Option<String> {
        let mut undone = None;
        self.slot.update(|state| {
            state.retain(|id| self.known.contains(id));
            undone = self.history.try_update(|h| h.undo(state)).flatten();
        });
        undone
    }
}
