//! The store: where learner progress is kept, and the one shared [`Slot`] per key.

use crate::text_map::TextMap;
use std::any::Any;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use leptos::prelude::*;

use super::backend::{Backend, BackendError, MemoryBackend};
use super::checklist_state::ChecklistState;
use super::document::Document;
use super::key::StoreKey;
use super::local::LocalStorageBackend;
use super::locks::lock;
use super::slot::Slot;
use super::status::{MemoryReason, SaveMode, SlotStatus, interpret, unavailable};
use super::text_entries::TextEntries;

/// The course a widget tree belongs to, as context (`provide_context(CourseId(…))`): its id
/// is part of every storage key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseId(pub String);

/// Where learner progress is kept, and one shared `Slot` per key.
///
/// Cheap to clone (an `Arc`). [`Store::page`] is the page-wide store on `localStorage`;
/// [`Store::current`] prefers a store given as context, so an LMS bridge (or a test) can
/// supply its own for a whole widget tree.
#[derive(Clone)]
pub struct Store {
    pub(super) inner: Arc<Inner>,
}

type Refresh = Arc<dyn Fn(Result<Option<String>, BackendError>) + Send + Sync>;

struct Registered {
    slot: Box<dyn Any + Send + Sync>,
    refresh: Refresh,
}

pub(super) struct Inner {
    backend: Arc<dyn Backend>,
    /// Why the backend cannot be used at all, if it cannot.
    unavailable: Option<BackendError>,
    slots: Mutex<TextMap<Registered>>,
}

impl Inner {
    fn slots(&self) -> MutexGuard<'_, TextMap<Registered>> {
        lock(&self.slots)
    }

    /// Re-reads the slots whose key changed outside this page.
    pub(super) fn changed_elsewhere(&self, key: Option<&str>) {
        // Collect first: refreshing sets signals, whose effects may ask for slots.
        let targets: Vec<(String, Refresh)> = self
            .slots()
            .iter()
            .filter(|(k, _)| key.is_none_or(|key| k.as_str() == key))
            .map(|(k, r)| (k.clone(), r.refresh.clone()))
            .collect();
        for (key, refresh) in targets {
            refresh(self.backend.read(&key));
        }
    }
}

impl Store {
    /// A store on `backend`. The backend is probed once; when it cannot be used, every slot
    /// keeps its data in memory and says so.
    ///
    /// Widgets that should share slots must share the store: keep one per page (as
    /// [`Store::page`] does) or provide one as context.
    pub fn new(backend: Arc<dyn Backend>) -> Self {
        let unavailable = backend.probe().err();
        let inner = Arc::new(Inner {
            backend: backend.clone(),
            unavailable,
            slots: Mutex::default(),
        });
        if inner.unavailable.is_none() {
            // The listener keeps the store (and its slots) alive for as long as the backend
            // reports changes, which for `localStorage` is the life of the page: a slot
            // taken by a widget that has since gone must still hear about other tabs when a
            // widget takes it again.
            let listening = inner.clone();
            backend.watch(Arc::new(move |key: Option<String>| {
                listening.changed_elsewhere(key.as_deref());
            }));
        }
        Self { inner }
    }

    /// The page-wide store on `localStorage`, shared by every widget of the page.
    pub fn page() -> Self {
        static PAGE: OnceLock<Store> = OnceLock::new();
        PAGE.get_or_init(|| Self::new(Arc::new(LocalStorageBackend)))
            .clone()
    }

    /// A store whose data lasts as long as the store, and whose slots say so.
    pub fn memory() -> Self {
        Self::new(Arc::new(MemoryBackend::new()))
    }

    /// The store given as context, else [`Store::page`].
    pub fn current() -> Self {
        use_context::<Store>().unwrap_or_else(Self::page)
    }

    /// The slot for `key`: the same one (same signals) for every caller of this store.
    pub fn slot<T: Document>(&self, key: StoreKey) -> Slot<T> {
        let existing = self
            .inner
            .slots()
            .get(key.as_str())
            .map(|r| r.slot.downcast_ref::<Slot<T>>().cloned());
        match existing {
            Some(Some(slot)) => return slot.watched(),
            // The key is in use with another document type: a programming error, but not
            // worth a panic. Serve a slot of its own that does not save.
            Some(None) => {
                return Slot::detached(key, self.inner.backend.clone()).watched();
            }
            None => {}
        }
        let (value, status, raw) = self.initial::<T>(&key);
        let slot = Slot::new(key.clone(), self.inner.backend.clone(), value, status, raw);
        let refresh: Refresh = {
            let slot = slot.clone();
            Arc::new(move |raw| slot.refresh(raw))
        };
        self.inner.slots().insert(
            key.as_str().to_owned(),
            Registered {
                slot: Box::new(slot.clone()),
                refresh,
            },
        );
        slot.watched()
    }

    /// The state of checklist `list` of `course`.
    pub fn checklist(&self, course: &str, list: &str) -> Slot<ChecklistState> {
        self.slot(StoreKey::new(course, "checklist", list))
    }

    /// The learner's place in `module` of `course`: sections visited, the last one open.
    pub fn place(&self, course: &str, module: &str) -> Slot<super::ModulePlace> {
        self.slot(StoreKey::new(course, "viewer", module))
    }

    /// The answers to the reflection questions of `section` of `course`.
    pub fn reflections(&self, course: &str, section: &str) -> Slot<TextEntries> {
        self.slot(StoreKey::new(course, "reflections", section))
    }

    /// The document, its status, and the stored text it was read from.
    fn initial<T: Document>(&self, key: &StoreKey) -> (T, SlotStatus, Option<String>) {
        if let Some(why) = &self.inner.unavailable {
            return (
                T::default(),
                SlotStatus::new(SaveMode::MemoryOnly(unavailable(why))),
                None,
            );
        }
        let mode = if self.inner.backend.is_persistent() {
            SaveMode::Saving
        } else {
            SaveMode::MemoryOnly(MemoryReason::NotPersistent)
        };
        match self.inner.backend.read(key.as_str()) {
            Ok(raw) => {
                let (value, status) = interpret(raw.clone(), mode);
                (value, status, raw)
            }
            Err(why) => (
                T::default(),
                SlotStatus::new(SaveMode::MemoryOnly(unavailable(&why))),
                None,
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use leptos::prelude::*;

    use super::*;
    use crate::store::fixtures::{KEY, store_with};

    #[test]
    fn same_key_same_slot_and_changes_are_saved() {
        let (store, backend) = store_with(None);
        let a = store.checklist("c", "l");
        let b = store.checklist("c", "l");
        assert!(a.update(|s| {
            s.set_done("x", true);
        }));
        assert!(b.with_untracked(|s| s.is_done("x")));
        assert_eq!(backend.raw(KEY).as_deref(), Some(r#"{"d":["x"],"v":1}"#));
        // No change, no write.
        assert!(!b.update(|s| {
            s.set_done("x", true);
        }));
        // Emptying the document removes the key.
        b.update(|s| {
            s.set_done("x", false);
        });
        assert_eq!(backend.raw(KEY), None);
        assert!(
            a.status_untracked()
                .notices(crate::i18n::Lang::En)
                .is_empty()
        );
    }

    #[test]
    fn saved_state_is_read_back_by_a_new_store() {
        let (store, backend) = store_with(None);
        store.checklist("c", "l").update(|s| {
            s.set_note("y", "note");
        });
        let again = Store::new(backend).checklist("c", "l");
        assert_eq!(again.with_untracked(|s| s.note("y").to_owned()), "note");
    }

    #[test]
    fn one_key_with_two_document_types_does_not_panic() {
        let (store, _) = store_with(None);
        let _ = store.checklist("c", "l");
        let odd: Slot<TextEntries> = store.slot(StoreKey::new("c", "checklist", "l"));
        assert!(!odd.status_untracked().is_saving());
    }

    #[test]
    fn a_reader_sees_changes_made_through_another_taker() {
        let (store, _) = store_with(None);
        let owner = Owner::new();
        let done = owner.with(|| {
            let reader = store.checklist("c", "l");
            ArcMemo::new(move |_| reader.with(|s| s.is_done("x")))
        });
        assert!(!done.get());
        store.checklist("c", "l").update(|s| {
            s.set_done("x", true);
        });
        assert!(done.get());
    }

    /// The leak this guards against: a slot outlives its widgets, so whatever a widget
    /// subscribes must go when the widget does (see `watchers`).
    #[test]
    fn a_taker_stops_watching_when_its_owner_is_cleaned_up() {
        let (store, _) = store_with(None);
        let kept = store.checklist("c", "l");
        let before = kept.watchers.len();
        for _ in 0..100 {
            let owner = Owner::new();
            owner.with(|| {
                let _ = store.checklist("c", "l");
                let _ = store.checklist("c", "l");
            });
            assert_eq!(kept.watchers.len(), before + 2);
            owner.cleanup();
        }
        assert_eq!(kept.watchers.len(), before);
    }

    #[test]
    fn changes_from_another_tab_are_taken_in() {
        let (store, backend) = store_with(None);
        let slot = store.checklist("c", "l");
        let other = store.checklist("c", "other");
        let _ = backend.write(KEY, r#"{"d":["from-tab-2"],"v":1}"#);
        store.inner.changed_elsewhere(Some(KEY));
        assert!(slot.with_untracked(|s| s.is_done("from-tab-2")));
        assert!(other.with_untracked(ChecklistState::is_empty));
        // Another tab running a newer version writes: stop saving.
        let _ = backend.write(KEY, r#"{"d":["a"],"v":3}"#);
        store.inner.changed_elsewhere(None);
        assert_eq!(slot.status_untracked().mode, SaveMode::ReadOnlyNewer(3));
        // Storage cleared.
        let _ = backend.remove(KEY);
        store.inner.changed_elsewhere(None);
        assert!(slot.with_untracked(ChecklistState::is_empty));
        assert!(slot.status_untracked().is_saving());
    }
}
