//! The store: one shared, reactive [`Slot`] per key, and what it says when saving fails.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock};

use leptos::prelude::*;

use super::backend::{Backend, BackendError, MemoryBackend};
use super::checklist_state::ChecklistState;
use super::document::{Document, Outcome};
use super::key::StoreKey;
use super::local::LocalStorageBackend;
use super::locks::{lock, read, write};
use super::text_entries::TextEntries;
use super::watchers::Watchers;

/// The course a widget tree belongs to, as context (`provide_context(CourseId(…))`): its id
/// is part of every storage key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseId(pub String);

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
    /// Storage cannot be used here (said in words).
    Unavailable(String),
    /// A write failed (said in words); saving stopped so later changes are not lost one
    /// by one.
    WriteFailed(String),
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
    fn new(mode: SaveMode) -> Self {
        Self {
            mode,
            read_problem: None,
        }
    }

    /// Whether changes are written to storage.
    pub fn is_saving(&self) -> bool {
        self.mode == SaveMode::Saving
    }

    /// What the learner should be told, one sentence or two each.
    pub fn notices(&self) -> Vec<String> {
        let mut out = Vec::new();
        match &self.mode {
            SaveMode::Saving => {}
            SaveMode::MemoryOnly(MemoryReason::NotPersistent) => out.push(
                "Your progress here will not be kept: it stays on this page until you leave \
                 or reload it."
                    .to_owned(),
            ),
            SaveMode::MemoryOnly(MemoryReason::Unavailable(why)) => out.push(format!(
                "Your progress will not be kept: {why}. It stays on this page until you \
                 leave or reload it."
            )),
            SaveMode::MemoryOnly(MemoryReason::WriteFailed(why)) => out.push(format!(
                "Your progress could not be saved: {why}. Your changes stay on this page \
                 until you leave or reload it."
            )),
            SaveMode::ReadOnlyNewer(version) => out.push(format!(
                "Your saved progress was written by a newer version of these widgets \
                 (format {version}). It is left as it is; changes you make here are not \
                 saved. Reload the page to get the newer version."
            )),
        }
        match &self.read_problem {
            None => {}
            Some(ReadProblem::Partial(parts)) => out.push(format!(
                "Part of your saved progress could not be read and was left out ({}). The \
                 rest is shown; the unreadable part is removed when you next make a change.",
                parts.join("; ")
            )),
            Some(ReadProblem::Unreadable(why)) => out.push(format!(
                "Your saved progress could not be read ({why}), so this starts empty. The \
                 unreadable data is replaced when you next make a change."
            )),
        }
        out
    }
}

/// Where learner progress is kept, and one shared [`Slot`] per key.
///
/// Cheap to clone (an `Arc`). [`Store::page`] is the page-wide store on `localStorage`;
/// [`Store::current`] prefers a store given as context, so an LMS bridge (or a test) can
/// supply its own for a whole widget tree.
#[derive(Clone)]
pub struct Store {
    inner: Arc<Inner>,
}

type Refresh = Arc<dyn Fn(Result<Option<String>, BackendError>) + Send + Sync>;

struct Registered {
    slot: Box<dyn Any + Send + Sync>,
    refresh: Refresh,
}

struct Inner {
    backend: Arc<dyn Backend>,
    /// Why the backend cannot be used at all, if it cannot.
    unavailable: Option<BackendError>,
    slots: Mutex<HashMap<StoreKey, Registered>>,
}

impl Inner {
    fn slots(&self) -> MutexGuard<'_, HashMap<StoreKey, Registered>> {
        lock(&self.slots)
    }

    /// Re-reads the slots whose key changed outside this page.
    fn changed_elsewhere(&self, key: Option<&str>) {
        // Collect first: refreshing sets signals, whose effects may ask for slots.
        let targets: Vec<(StoreKey, Refresh)> = self
            .slots()
            .iter()
            .filter(|(k, _)| key.is_none_or(|key| k.as_str() == key))
            .map(|(k, r)| (k.clone(), r.refresh.clone()))
            .collect();
        for (key, refresh) in targets {
            refresh(self.backend.read(key.as_str()));
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
            .get(&key)
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
            key,
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

fn unavailable(why: &BackendError) -> MemoryReason {
    MemoryReason::Unavailable(why.to_string())
}

/// What a stored value means for a slot whose mode would otherwise be `mode`.
fn interpret<T: Document>(raw: Option<String>, mode: SaveMode) -> (T, SlotStatus) {
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

/// One document under one key, shared by every widget of the page that shows it.
///
/// Reading is reactive ([`Slot::with`], [`Slot::get`], [`Slot::status`]); [`Slot::update`]
/// changes the document for every widget at once and saves it when it may. The data is
/// shared; what makes reads reactive is the taker's own trigger (see [`super::watchers`]
/// for why it is not a signal of the slot).
///
/// # Two tabs
///
/// Another tab's write reaches this page as a `storage` event, some time later. A change
/// made here in between must not write the old snapshot over it, so [`Slot::update`] reads
/// the stored text again first: when it is not the text this slot last read or wrote,
/// the other tab's document is taken in and this change is applied to it (updates are
/// changes — tick this, set that note — not whole documents).
///
/// Two tabs can also write in the same instant, each before the other's write has reached
/// its copy of `localStorage`: then the last write would erase the other's change. So for
/// [`SAME_TIME_MS`] after it writes, a slot remembers what the document was before its
/// change; a different value arriving from another tab in that time has this tab's changes
/// done again on it ([`Document::rebase`]) and written back. Once only: the other tab's
/// answer to that is taken as it is, so two tabs changing the same item cannot write back
/// and forth.
pub struct Slot<T> {
    key: StoreKey,
    doc: Arc<RwLock<T>>,
    status: Arc<RwLock<SlotStatus>>,
    backend: Arc<dyn Backend>,
    /// The stored text this slot last read or wrote (`None`: no value).
    seen: Arc<Mutex<Option<String>>>,
    watchers: Watchers,
    /// This taker's trigger; `None` in the copy the store keeps.
    trigger: Option<ArcTrigger>,
    /// The document before this tab's latest writes, while they are recent.
    recent: Arc<Mutex<Option<RecentWrite<T>>>>,
}

/// How long after this tab's write a different value from another tab is taken to have
/// been written at the same time, without seeing this tab's. Chromium passes a write to
/// the other tabs within milliseconds; a person switching tabs to change the same item
/// takes longer.
pub const SAME_TIME_MS: f64 = 3000.0;

struct RecentWrite<T> {
    /// The document before this tab's changes.
    base: T,
    /// When this tab last wrote (milliseconds since the epoch).
    at_ms: f64,
}

/// Milliseconds since the epoch.
fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    }
}

impl<T> Clone for Slot<T> {
    fn clone(&self) -> Self {
        Self {
            key: self.key.clone(),
            doc: self.doc.clone(),
            status: self.status.clone(),
            backend: self.backend.clone(),
            seen: self.seen.clone(),
            watchers: self.watchers.clone(),
            trigger: self.trigger.clone(),
            recent: self.recent.clone(),
        }
    }
}

impl<T: Document> Slot<T> {
    /// The copy the store keeps (no trigger of its own), holding `doc` as read from `seen`.
    fn new(
        key: StoreKey,
        backend: Arc<dyn Backend>,
        doc: T,
        status: SlotStatus,
        seen: Option<String>,
    ) -> Self {
        Self {
            key,
            doc: Arc::new(RwLock::new(doc)),
            status: Arc::new(RwLock::new(status)),
            backend,
            seen: Arc::new(Mutex::new(seen)),
            watchers: Watchers::default(),
            trigger: None,
            recent: Arc::default(),
        }
    }

    fn detached(key: StoreKey, backend: Arc<dyn Backend>) -> Self {
        let status = SlotStatus::new(SaveMode::MemoryOnly(MemoryReason::NotPersistent));
        Self::new(key, backend, T::default(), status, None)
    }

    /// This slot with a trigger of its own, for the current reactive owner.
    fn watched(mut self) -> Self {
        self.trigger = Some(self.watchers.watch());
        self
    }

    /// Subscribes the running effect or memo (if any) to this slot's changes.
    fn track(&self) {
        if let Some(trigger) = &self.trigger {
            trigger.track();
        }
    }

    /// Replaces the document and tells the watchers, unless nothing changed.
    fn set_doc(&self, value: T) {
        if self.with_untracked(|current| *current == value) {
            return;
        }
        *write(&self.doc) = value;
        self.watchers.notify();
    }

    fn update_status(&self, f: impl FnOnce(&mut SlotStatus)) {
        f(&mut write(&self.status));
        self.watchers.notify();
    }

    fn seen(&self) -> MutexGuard<'_, Option<String>> {
        lock(&self.seen)
    }

    /// The storage key.
    pub fn key(&self) -> &StoreKey {
        &self.key
    }

    /// Reads the document (tracked).
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.track();
        self.with_untracked(f)
    }

    /// Reads the document without subscribing.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        f(&read(&self.doc))
    }

    /// A copy of the document (tracked).
    pub fn get(&self) -> T {
        self.with(T::clone)
    }

    /// The saving status (tracked).
    pub fn status(&self) -> SlotStatus {
        self.track();
        self.status_untracked()
    }

    /// The saving status without subscribing.
    pub fn status_untracked(&self) -> SlotStatus {
        read(&self.status).clone()
    }

    /// Changes the document and saves it (when the mode allows). Returns whether `f`
    /// changed anything; nothing is written when it did not.
    ///
    /// A change written meanwhile by another tab is taken in first (see [`Slot`]); stored
    /// text that appeared meanwhile and cannot be read is reported and left alone by this
    /// change (the next one replaces it, as with unreadable data found at start).
    pub fn update(&self, f: impl FnOnce(&mut T)) -> bool {
        let write = self.take_in_other_writes();
        let before = self.with_untracked(T::clone);
        let mut next = before.clone();
        f(&mut next);
        if next == before {
            return false;
        }
        self.set_doc(next.clone());
        if write {
            self.save(&next);
            if read(&self.status).is_saving() {
                self.remember_write(before);
            }
        }
        true
    }

    fn recent(&self) -> MutexGuard<'_, Option<RecentWrite<T>>> {
        lock(&self.recent)
    }

    /// Notes that this tab wrote; `before` is the document before the change.
    fn remember_write(&self, before: T) {
        let now = now_ms();
        let mut recent = self.recent();
        match recent.as_mut() {
            // Changes in quick succession share the base from before the first.
            Some(write) if now - write.at_ms <= SAME_TIME_MS => write.at_ms = now,
            _ => {
                *recent = Some(RecentWrite {
                    base: before,
                    at_ms: now,
                });
            }
        }
    }

    /// Reads the stored text again and takes in whatever another tab wrote since this slot
    /// last read or wrote it. Returns whether this change may be written.
    fn take_in_other_writes(&self) -> bool {
        if !read(&self.status).is_saving() {
            return true;
        }
        let Ok(raw) = self.backend.read(self.key.as_str()) else {
            // Reading failed; writing will fail too, and save() says so.
            return true;
        };
        if *self.seen() == raw {
            return true;
        }
        if let Some(Outcome::Unreadable(why)) = raw.as_deref().map(|text| T::decode(text).outcome) {
            // Keep what this page shows, say so, and do not write over it this time.
            *self.seen() = raw;
            self.update_status(|s| s.read_problem = Some(ReadProblem::Unreadable(why)));
            return false;
        }
        self.refresh(Ok(raw));
        true
    }

    fn save(&self, doc: &T) {
        if !read(&self.status).is_saving() {
            return;
        }
        let key = self.key.as_str();
        let encoded = (!doc.is_empty()).then(|| doc.encode());
        let result = match &encoded {
            None => self.backend.remove(key),
            Some(text) => self.backend.write(key, text),
        };
        match result {
            Ok(()) => {
                *self.seen() = encoded;
                // The saved data now replaces whatever could not be read.
                if read(&self.status).read_problem.is_some() {
                    self.update_status(|s| s.read_problem = None);
                }
            }
            Err(why) => self.update_status(|s| {
                s.mode = SaveMode::MemoryOnly(MemoryReason::WriteFailed(why.to_string()));
            }),
        }
    }

    /// Takes in a value written outside this page (another tab).
    fn refresh(&self, raw: Result<Option<String>, BackendError>) {
        // In memory-only mode the page's own changes win: they exist nowhere else.
        if matches!(read(&self.status).mode, SaveMode::MemoryOnly(_)) {
            return;
        }
        let Ok(raw) = raw else { return };
        *self.seen() = raw.clone();
        let (value, status) = interpret::<T>(raw, SaveMode::Saving);
        let same_time = self
            .recent()
            .take()
            .filter(|write| now_ms() - write.at_ms <= SAME_TIME_MS);
        if let Some(write) = same_time.filter(|_| status == SlotStatus::new(SaveMode::Saving)) {
            // Written in the same instant as this tab's change: do ours again on theirs.
            let merged = self.with_untracked(|ours| T::rebase(&write.base, ours, &value));
            if merged != value {
                self.set_doc(merged.clone());
                self.save(&merged);
                return;
            }
        }
        self.set_doc(value);
        if *read(&self.status) != status {
            self.update_status(|current| *current = status);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryBackend;

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

    const KEY: &str = "ler-widgets/v1/c/checklist/l";

    fn store_with(raw: Option<&str>) -> (Store, Arc<MemoryBackend>) {
        let backend = Arc::new(MemoryBackend::simulating_storage());
        if let Some(raw) = raw {
            let _ = backend.write(KEY, raw);
        }
        (Store::new(backend.clone()), backend)
    }

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
        assert!(a.status_untracked().notices().is_empty());
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
        assert!(slot.status_untracked().notices()[0].contains("newer version"));
    }

    #[test]
    fn corrupt_data_keeps_what_it_can_then_is_replaced_on_the_next_change() {
        let (store, backend) = store_with(Some(r#"{"v":1,"d":["x",3],"n":{"x":"ok"}}"#));
        let slot = store.checklist("c", "l");
        assert!(slot.with_untracked(|s| s.is_done("x") && s.note("x") == "ok"));
        let notices = slot.status_untracked().notices();
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
        assert!(slot.status_untracked().notices()[0].contains("will not be kept"));
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
        assert!(slot.status_untracked().notices()[0].contains("storage for this site is full"));
    }

    #[test]
    fn memory_backend_says_progress_is_not_kept() {
        let slot = Store::memory().reflections("c", "s");
        assert_eq!(
            slot.status_untracked().mode,
            SaveMode::MemoryOnly(MemoryReason::NotPersistent)
        );
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

    /// Two tabs: two stores on one backend, neither yet told of the other's writes (the
    /// `storage` event arrives later, or never before the next click).
    #[test]
    fn two_tabs_changing_one_document_keep_both_changes() {
        let (tab_a, backend) = store_with(None);
        let tab_b = Store::new(backend.clone());
        let a = tab_a.checklist("c", "l");
        let b = tab_b.checklist("c", "l");
        for i in 0..5 {
            a.update(|s| {
                s.set_done(&format!("a{i}"), true);
            });
            b.update(|s| {
                s.set_done(&format!("b{i}"), true);
            });
        }
        b.update(|s| {
            s.set_note("b0", "from tab b");
        });
        let reloaded = Store::new(backend).checklist("c", "l");
        for i in 0..5 {
            let (ai, bi) = (format!("a{i}"), format!("b{i}"));
            assert!(
                reloaded.with_untracked(|s| s.is_done(&ai) && s.is_done(&bi)),
                "{i}"
            );
        }
        assert_eq!(
            reloaded.with_untracked(|s| s.note("b0").to_owned()),
            "from tab b"
        );
        // Each tab shows the other's changes once it makes one of its own.
        assert!(a.with_untracked(|s| s.is_done("b3")));
    }

    #[test]
    fn two_tabs_answering_different_questions_keep_both_answers() {
        let (tab_a, backend) = store_with(None);
        let tab_b = Store::new(backend.clone());
        let a = tab_a.reflections("c", "s");
        let b = tab_b.reflections("c", "s");
        a.update(|t| {
            t.set("q1", "first tab");
        });
        b.update(|t| {
            t.set("q2", "second tab");
        });
        let reloaded = Store::new(backend).reflections("c", "s");
        assert_eq!(
            reloaded.with_untracked(|t| t.get("q1").to_owned()),
            "first tab"
        );
        assert_eq!(
            reloaded.with_untracked(|t| t.get("q2").to_owned()),
            "second tab"
        );
    }

    #[test]
    fn a_newer_version_writing_in_another_tab_is_never_overwritten() {
        let (tab_a, backend) = store_with(None);
        let a = tab_a.checklist("c", "l");
        let newer = r#"{"v":2,"d":["x"],"shape":"new"}"#;
        let _ = backend.write(KEY, newer);
        a.update(|s| {
            s.set_done("y", true);
        });
        assert_eq!(backend.raw(KEY).as_deref(), Some(newer));
        assert_eq!(a.status_untracked().mode, SaveMode::ReadOnlyNewer(2));
        assert!(a.with_untracked(|s| s.is_done("y") && s.is_done("x")));
    }

    #[test]
    fn unreadable_data_written_in_another_tab_is_reported_before_it_is_replaced() {
        let (tab_a, backend) = store_with(None);
        let a = tab_a.checklist("c", "l");
        a.update(|s| {
            s.set_done("x", true);
        });
        let _ = backend.write(KEY, "}{ garbled");
        a.update(|s| {
            s.set_done("y", true);
        });
        // Left alone, and the learner is told; this page keeps both ticks.
        assert_eq!(backend.raw(KEY).as_deref(), Some("}{ garbled"));
        assert!(matches!(
            a.status_untracked().read_problem,
            Some(ReadProblem::Unreadable(_))
        ));
        assert!(a.with_untracked(|s| s.is_done("x") && s.is_done("y")));
        // The next change, after the notice, replaces it.
        a.update(|s| {
            s.set_done("z", true);
        });
        assert_eq!(
            backend.raw(KEY).as_deref(),
            Some(r#"{"d":["x","y","z"],"v":1}"#)
        );
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

    /// Two tabs, each with its own copy of storage, as each Chromium process has.
    struct TwoTabs {
        copies: [Arc<MemoryBackend>; 2],
        stores: [Store; 2],
    }

    impl TwoTabs {
        fn new() -> Self {
            let copies = [(); 2].map(|_| Arc::new(MemoryBackend::simulating_storage()));
            let stores = [Store::new(copies[0].clone()), Store::new(copies[1].clone())];
            Self { copies, stores }
        }

        /// Copies tab `from`'s value of `key` to the other tab's copy and tells that tab, as
        /// Chromium's `storage` event does; returns whether there was anything to deliver.
        fn deliver(&self, from: usize, key: &str) -> bool {
            let to = 1 - from;
            let value = self.copies[from].raw(key);
            if self.copies[to].raw(key) == value {
                return false;
            }
            let _ = self.copies[to].write(key, value.as_deref().unwrap_or_default());
            self.stores[to].inner.changed_elsewhere(Some(key));
            true
        }
    }

    /// Two tabs write in the same instant, each before the other's write reached it; each
    /// then hears of the other's. Both changes end up stored, and both tabs show them.
    #[test]
    fn two_tabs_writing_in_the_same_instant_keep_both_changes() {
        let tabs = TwoTabs::new();
        let (a, b) = (
            tabs.stores[0].checklist("c", "l"),
            tabs.stores[1].checklist("c", "l"),
        );
        a.update(|s| {
            s.set_done("from-a", true);
            s.set_note("n", "note from a");
        });
        b.update(|s| {
            s.set_done("from-b", true);
        });
        // Each write reaches the other copy; each tab hears of it, until nothing changes.
        for from in [0, 1, 0, 1] {
            tabs.deliver(from, KEY);
        }
        let both = r#"{"d":["from-a","from-b"],"n":{"n":"note from a"},"v":1}"#;
        for copy in &tabs.copies {
            assert_eq!(copy.raw(KEY).as_deref(), Some(both));
        }
        for tab in [&a, &b] {
            assert!(tab.with_untracked(|s| s.is_done("from-a") && s.is_done("from-b")));
        }
    }

    /// Once only: two tabs that set the same item at once settle on one value instead of
    /// writing theirs back and forth.
    #[test]
    fn two_tabs_setting_one_item_at_once_do_not_write_back_and_forth() {
        let tabs = TwoTabs::new();
        let (a, b) = (
            tabs.stores[0].reflections("c", "s"),
            tabs.stores[1].reflections("c", "s"),
        );
        a.update(|t| {
            t.set("q", "a");
        });
        b.update(|t| {
            t.set("q", "b");
        });
        let key = "ler-widgets/v1/c/reflections/s";
        let deliveries = (0..20).filter(|round| tabs.deliver(round % 2, key)).count();
        assert!(deliveries <= 4, "{deliveries} deliveries");
        assert_eq!(tabs.copies[0].raw(key), tabs.copies[1].raw(key));
    }

    /// A change made in another tab well after this tab's write is taken as it is, even
    /// when it undoes this tab's change (the learner meant it).
    #[test]
    fn a_later_change_from_another_tab_is_not_undone() {
        let (store, backend) = store_with(None);
        let a = store.checklist("c", "l");
        a.update(|s| {
            s.set_done("x", true);
        });
        if let Some(write) = a.recent().as_mut() {
            write.at_ms -= SAME_TIME_MS + 1.0;
        }
        let _ = backend.remove(KEY);
        store.inner.changed_elsewhere(Some(KEY));
        assert!(a.with_untracked(ChecklistState::is_empty));
        assert_eq!(backend.raw(KEY), None);
    }
}
