//! What a slot says about its saving: whether changes are kept, and what could not be read.

use super::backend::BackendError;
use super::document::{Document, Outcome};
use crate::i18n::{Lang, Msg};

/// Whether changes are being saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveMode {
    /// Every change is written to the backend.
    Saving,
    /// Changes stay in this page only.
    MemoryOnly(MemoryReason),
    /// The saved data was written by a newer version (this number); it is left as it is,
    /// and changes stay in this page only.
    ReadOnlyNewer(u32),
}

/// Why changes stay in this page only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemoryReason {
    /// The backend keeps nothing beyond the page ([`MemoryBackend::new`]), or the widget
    /// does not know which course it belongs to.
    NotPersistent,
    /// Storage cannot be used here (the backend's error, said in the interface language).
    Unavailable(BackendError),
    /// A write failed (the backend's error); saving stopped so later changes are not lost
    /// one by one.
    WriteFailed(BackendError),
}

/// What went wrong reading the saved data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    /// These parts were left out.
    Partial(Vec<String>),
    /// Nothing could be read, for this reason.
    Unreadable(String),
}

/// The state of a slot's saving, shown to the learner as notices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotStatus {
    /// Whether changes are saved.
    pub mode: SaveMode,
    /// A problem reading the saved data; cleared once a change has replaced it.
    pub read_problem: Option<ReadProblem>,
}

impl SlotStatus {
    pub(super) fn new(mode: SaveMode) -> Self {
        Self {
            mode,
            read_problem: None,
        }
    }

    /// Whether changes are written to storage.
    pub fn is_saving(&self) -> bool {
        self.mode == SaveMode::Saving
    }

    /// What the learner should be told, one sentence or two each, in `lang`. (A browser's
    /// error name and the decoder's description of unreadable data stay as they are.)
    pub fn notices(&self, lang: Lang) -> Vec<String> {
        let mut out = Vec::new();
        match &self.mode {
            SaveMode::Saving => {}
            SaveMode::MemoryOnly(MemoryReason::NotPersistent) => {
                out.push(lang.t(Msg::ProgressNotKept).to_owned());
            }
            SaveMode::MemoryOnly(MemoryReason::Unavailable(why)) => {
                out.push(lang.fill(Msg::ProgressNotKeptBecause, &[("why", &why.message(lang))]));
            }
            SaveMode::MemoryOnly(MemoryReason::WriteFailed(why)) => {
                out.push(lang.fill(Msg::ProgressNotSavedBecause, &[("why", &why.message(lang))]));
            }
            SaveMode::ReadOnlyNewer(version) => out.push(lang.fill(
                Msg::ProgressFromNewer,
                &[("version", &lang.number(*version as usize))],
            )),
        }
        match &self.read_problem {
            None => {}
            Some(ReadProblem::Partial(parts)) => out.push(lang.fill(
                Msg::ProgressPartlyUnreadable,
                &[("parts", &parts.join("; "))],
            )),
            Some(ReadProblem::Unreadable(why)) => {
                out.push(lang.fill(Msg::ProgressUnreadable, &[("why", why)]));
            }
        }
        out
    }
}

pub(super) fn unavailable(why: &BackendError) -> MemoryReason {
    MemoryReason::Unavailable(why.clone())
}

/// What a stored value means for a slot whose mode would otherwise be `mode`.
pub(super) fn interpret<T: Document>(raw: Option<String>, mode: SaveMode) -> (T, SlotStatus) {
    let Some(text) = raw else {
        return (T::default(), SlotStatus::new(mode));
    };
    let decoded = T::decode(&text);
    match decoded.outcome {
        Outcome::Clean => (decoded.value, SlotStatus::new(mode)),
        Outcome::Partial(parts) => (
            decoded.value,
            SlotStatus {
                mode,
                read_problem: Some(ReadProblem::Partial(parts)),
            },
        ),
        Outcome::Unreadable(why) => (
            T::default(),
            SlotStatus {
                mode,
                read_problem: Some(ReadProblem::Unreadable(why)),
            },
        ),
        Outcome::Newer(version) => (
            decoded.value,
            SlotStatus::new(SaveMode::ReadOnlyNewer(version)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::store::fixtures::{KEY, store_with};
    use crate::store::{Backend, ChecklistState, MemoryBackend, Store};

    /// A backend whose every call fails, as `localStorage` does in a sandboxed iframe.
    struct Blocked;
    impl Backend for Blocked {
        fn read(&self, _: &str) -> Result<Option<String>, BackendError> {
            Err(BackendError::Unavailable("SecurityError".into()))
        }
        fn write(&self, _: &str, _: &str) -> Result<(), BackendError> {
            Err(BackendError::Unavailable("SecurityError".into()))
        }
        fn remove(&self, _: &str) -> Result<(), BackendError> {
            Err(BackendError::Unavailable("SecurityError".into()))
        }
        fn probe(&self) -> Result<(), BackendError> {
            Err(BackendError::Unavailable("SecurityError".into()))
        }
    }

    /// Reads fine, refuses writes (a full quota; old Safari's private mode).
    struct Full(MemoryBackend);
    impl Backend for Full {
        fn read(&self, key: &str) -> Result<Option<String>, BackendError> {
            self.0.read(key)
        }
        fn write(&self, _: &str, _: &str) -> Result<(), BackendError> {
            Err(BackendError::Full)
        }
        fn remove(&self, key: &str) -> Result<(), BackendError> {
            self.0.remove(key)
        }
    }

    #[test]
    fn newer_data_is_shown_but_never_overwritten() {
        let raw = r#"{"v":2,"d":["x"],"shape":"new"}"#;
        let (store, backend) = store_with(Some(raw));
        let slot = store.checklist("c", "l");
        assert!(slot.with_untracked(|s| s.is_done("x")));
        assert_eq!(slot.status_untracked().mode, SaveMode::ReadOnlyNewer(2));
        slot.update(|s| {
            s.set_done("x", false);
            s.set_done("z", true);
        });
        assert!(slot.with_untracked(|s| s.is_done("z")));
        assert_eq!(backend.raw(KEY).as_deref(), Some(raw));
        assert!(slot.status_untracked().notices(Lang::En)[0].contains("newer version"));
    }

    #[test]
    fn corrupt_data_keeps_what_it_can_then_is_replaced_on_the_next_change() {
        let (store, backend) = store_with(Some(r#"{"v":1,"d":["x",3],"n":{"x":"ok"}}"#));
        let slot = store.checklist("c", "l");
        assert!(slot.with_untracked(|s| s.is_done("x") && s.note("x") == "ok"));
        let notices = slot.status_untracked().notices(Lang::En);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].contains("1 unreadable ticks"), "{notices:?}");
        slot.update(|s| {
            s.set_done("y", true);
        });
        assert_eq!(slot.status_untracked().read_problem, None);
        assert_eq!(
            backend.raw(KEY).as_deref(),
            Some(r#"{"d":["x","y"],"n":{"x":"ok"},"v":1}"#)
        );
    }

    #[test]
    fn unreadable_data_starts_empty_with_a_notice_and_is_left_until_a_change() {
        let (store, backend) = store_with(Some("}{ not json"));
        let slot = store.checklist("c", "l");
        assert_eq!(slot.with_untracked(Clone::clone), ChecklistState::default());
        assert!(matches!(
            slot.status_untracked().read_problem,
            Some(ReadProblem::Unreadable(_))
        ));
        // Nothing is written by just looking.
        assert_eq!(backend.raw(KEY).as_deref(), Some("}{ not json"));
    }

    #[test]
    fn blocked_storage_works_in_memory_with_a_notice() {
        let store = Store::new(Arc::new(Blocked));
        let slot = store.checklist("c", "l");
        assert!(matches!(
            slot.status_untracked().mode,
            SaveMode::MemoryOnly(MemoryReason::Unavailable(_))
        ));
        assert!(slot.update(|s| {
            s.set_done("x", true);
        }));
        // Same page, same slot: the in-memory state is shared and survives a remount.
        assert!(store.checklist("c", "l").with_untracked(|s| s.is_done("x")));
        assert!(slot.status_untracked().notices(Lang::En)[0].contains("will not be kept"));
    }

    #[test]
    fn a_failed_write_switches_to_memory_and_says_so() {
        let store = Store::new(Arc::new(Full(MemoryBackend::simulating_storage())));
        let slot = store.checklist("c", "l");
        assert!(slot.status_untracked().is_saving());
        slot.update(|s| {
            s.set_done("x", true);
        });
        assert!(slot.with_untracked(|s| s.is_done("x")));
        assert!(matches!(
            slot.status_untracked().mode,
            SaveMode::MemoryOnly(MemoryReason::WriteFailed(_))
        ));
        assert!(
            slot.status_untracked().notices(Lang::En)[0].contains("storage for this site is full")
        );
    }

    #[test]
    fn memory_backend_says_progress_is_not_kept() {
        let slot = Store::memory().reflections("c", "s");
        assert_eq!(
            slot.status_untracked().mode,
            SaveMode::MemoryOnly(MemoryReason::NotPersistent)
        );
    }
}
