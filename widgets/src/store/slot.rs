//! One document under one key: reading it reactively, changing it, saving it.

use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use leptos::prelude::*;

use super::backend::Backend;
use super::document::Document;
use super::key::StoreKey;
use super::locks::{lock, read, write};
use super::status::{MemoryReason, SaveMode, SlotStatus};
use super::two_tabs::RecentWrite;
use super::watchers::Watchers;

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
    pub(super) key: StoreKey,
    pub(super) doc: Arc<RwLock<T>>,
    pub(super) status: Arc<RwLock<SlotStatus>>,
    pub(super) backend: Arc<dyn Backend>,
    /// The stored text this slot last read or wrote (`None`: no value).
    pub(super) seen: Arc<Mutex<Option<String>>>,
    pub(super) watchers: Watchers,
    /// This taker's trigger; `None` in the copy the store keeps.
    pub(super) trigger: Option<ArcTrigger>,
    /// The document before this tab's latest writes, while they are recent.
    pub(super) recent: Arc<Mutex<Option<RecentWrite<T>>>>,
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
    pub(super) fn new(
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

    pub(super) fn detached(key: StoreKey, backend: Arc<dyn Backend>) -> Self {
        let status = SlotStatus::new(SaveMode::MemoryOnly(MemoryReason::NotPersistent));
        Self::new(key, backend, T::default(), status, None)
    }

    /// This slot with a trigger of its own, for the current reactive owner.
    pub(super) fn watched(mut self) -> Self {
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
    pub(super) fn set_doc(&self, value: T) {
        if self.with_untracked(|current| *current == value) {
            return;
        }
        *write(&self.doc) = value;
        self.watchers.notify();
    }

    pub(super) fn update_status(&self, f: impl FnOnce(&mut SlotStatus)) {
        f(&mut write(&self.status));
        self.watchers.notify();
    }

    pub(super) fn seen(&self) -> MutexGuard<'_, Option<String>> {
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

    pub(super) fn save(&self, doc: &T) {
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
                s.mode = SaveMode::MemoryOnly(MemoryReason::WriteFailed(why));
            }),
        }
    }
}
