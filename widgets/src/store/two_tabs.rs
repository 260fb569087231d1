//! Two tabs on one document: a change made here after another tab wrote takes that write
//! in first, and a write made in the same instant as another tab's has this tab's changes
//! done again on it (see [`Slot`], "Two tabs").

use std::sync::MutexGuard;

use super::backend::BackendError;
use super::document::{Document, Outcome};
use super::locks::{lock, read};
use super::slot::Slot;
use super::status::{ReadProblem, SaveMode, SlotStatus, interpret};

/// How long after this tab's write a different value from another tab is taken to have
/// been written at the same time, without seeing this tab's. Chromium passes a write to
/// the other tabs within milliseconds; a person switching tabs to change the same item
/// takes longer.
pub(crate) const SAME_TIME_MS: f64 = 3000.0;

pub(super) struct RecentWrite<T> {
    /// The document before this tab's changes.
    pub(super) base: T,
    /// When this tab last wrote (milliseconds since the epoch).
    pub(super) at_ms: f64,
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

impl<T: Document> Slot<T> {
    fn recent(&self) -> MutexGuard<'_, Option<RecentWrite<T>>> {
        lock(&self.recent)
    }

    /// Notes that this tab wrote; `before` is the document before the change.
    pub(super) fn remember_write(&self, before: T) {
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
    pub(super) fn take_in_other_writes(&self) -> bool {
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

    pub(super) fn refresh(&self, raw: Result<Option<String>, BackendError>) {
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
    use std::sync::Arc;

    use super::*;
    use crate::store::fixtures::{KEY, store_with};
    use crate::store::{Backend, ChecklistState, MemoryBackend, Store};

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
