//! The changes a learner makes to a checklist, and undoing them.

use crate::store::ChecklistState;

/// How many changes can be undone, newest first.
pub(crate) const MAX_UNDO: usize = 50;

/// One change to a checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    /// Item `id` marked done or not done.
    Done {
        /// Item id.
        id: String,
        /// The new state.
        done: bool,
    },
    /// The note on item `id` set (empty: removed).
    Note {
        /// Item id.
        id: String,
        /// The new note.
        note: String,
    },
    /// Every tick and note cleared.
    Reset,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Restore {
    Done { id: String, done: bool },
    Note { id: String, note: String },
    All(ChecklistState),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Step {
    restore: Restore,
    label: String,
}

/// The changes made in this widget, so the last ones can be undone.
///
/// Undo restores only what the change touched (one tick, one note), so a change made
/// meanwhile in another widget showing the same checklist is not undone with it; undoing a
/// reset brings back the whole checklist as it was.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct History {
    steps: Vec<Step>,
}

impl History {
    /// Applies `change` to `state` and remembers how to undo it, described as `label`
    /// ("ticked “Name the office…”"). Returns whether the state changed; a change that
    /// changes nothing is not remembered.
    pub(crate) fn apply(
        &mut self,
        state: &mut ChecklistState,
        change: Change,
        label: String,
    ) -> bool {
        let restore = match &change {
            Change::Done { id, .. } => Restore::Done {
                id: id.clone(),
                done: state.is_done(id),
            },
            Change::Note { id, .. } => Restore::Note {
                id: id.clone(),
                note: state.note(id).to_owned(),
            },
            Change::Reset => Restore::All(state.clone()),
        };
        let changed = match change {
            Change::Done { id, done } => state.set_done(&id, done),
            Change::Note { id, note } => state.set_note(&id, &note),
            Change::Reset => {
                let changed = *state != ChecklistState::default();
                *state = ChecklistState::default();
                changed
            }
        };
        if changed {
            if self.steps.len() == MAX_UNDO {
                self.steps.remove(0);
            }
            self.steps.push(Step { restore, label });
        }
        changed
    }

    /// Undoes the last change; returns its label, or `None` when there is nothing to undo.
    pub(crate) fn undo(&mut self, state: &mut ChecklistState) -> Option<String> {
        let step = self.steps.pop()?;
        match step.restore {
            Restore::Done { id, done } => {
                state.set_done(&id, done);
            }
            Restore::Note { id, note } => {
                state.set_note(&id, &note);
            }
            Restore::All(previous) => *state = previous,
        }
        Some(step.label)
    }

    /// The label of the change [`History::undo`] would undo.
    pub(crate) fn next_undo(&self) -> Option<&str> {
        self.steps.last().map(|s| s.label.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Document;

    fn done(id: &str, done: bool) -> Change {
        Change::Done {
            id: id.into(),
            done,
        }
    }

    #[test]
    fn undo_reverses_ticks_and_notes_in_order() {
        let mut s = ChecklistState::default();
        let mut h = History::default();
        assert!(h.apply(&mut s, done("a", true), "ticked a".into()));
        assert!(h.apply(
            &mut s,
            Change::Note {
                id: "a".into(),
                note: "first".into()
            },
            "note on a".into()
        ));
        assert!(h.apply(
            &mut s,
            Change::Note {
                id: "a".into(),
                note: "second".into()
            },
            "note on a".into()
        ));
        assert_eq!(h.next_undo(), Some("note on a"));
        assert_eq!(h.undo(&mut s).as_deref(), Some("note on a"));
        assert_eq!(s.note("a"), "first");
        h.undo(&mut s);
        assert_eq!(s.note("a"), "");
        assert!(s.is_done("a"));
        assert_eq!(h.undo(&mut s).as_deref(), Some("ticked a"));
        assert!(!s.is_done("a"));
        assert_eq!(h.undo(&mut s), None);
    }

    #[test]
    fn no_op_changes_are_not_remembered() {
        let mut s = ChecklistState::default();
        let mut h = History::default();
        assert!(!h.apply(&mut s, done("a", false), "unticked a".into()));
        assert!(!h.apply(&mut s, Change::Reset, "reset".into()));
        assert_eq!(h.next_undo(), None);
    }

    #[test]
    fn undoing_a_reset_restores_everything() {
        let mut s = ChecklistState::default();
        let mut h = History::default();
        h.apply(&mut s, done("a", true), "a".into());
        h.apply(&mut s, done("b", true), "b".into());
        s.set_note("b", "kept");
        let before = s.clone();
        assert!(h.apply(&mut s, Change::Reset, "reset".into()));
        assert!(s.is_empty());
        h.undo(&mut s);
        assert_eq!(s, before);
    }

    #[test]
    fn undo_touches_only_what_the_change_touched() {
        let mut s = ChecklistState::default();
        let mut h = History::default();
        h.apply(&mut s, done("mine", true), "mine".into());
        // Another widget on the page ticks another item meanwhile.
        s.set_done("theirs", true);
        h.undo(&mut s);
        assert!(!s.is_done("mine"));
        assert!(s.is_done("theirs"));
    }

    #[test]
    fn history_is_bounded() {
        let mut s = ChecklistState::default();
        let mut h = History::default();
        for i in 0..(MAX_UNDO + 10) {
            h.apply(&mut s, done(&format!("i{i}"), true), format!("i{i}"));
        }
        let mut undone = 0;
        while h.undo(&mut s).is_some() {
            undone += 1;
        }
        assert_eq!(undone, MAX_UNDO);
        assert_eq!(s.done_count(["i0", "i9"]), 2);
    }
}
