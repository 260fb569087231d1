//! The store's backend inside an LMS: the LMS's `cmi.suspend_data`, with a local copy.
//!
//! - **Writes** go to both: `localStorage` first (the local copy), then the LMS (every
//!   document of the page in one [`suspend`] text). A write succeeds when either kept it; an
//!   LMS refusal is logged with the LMS's error text, a local one is silent (an LMS frame may
//!   block storage).
//! - **Reads** prefer the LMS: when `cmi.suspend_data` holds this format, a key is read from
//!   it, except the keys it lists as held in part or not at all, which come from the local
//!   copy when there is one. When the LMS holds nothing (first launch, a new attempt, or data
//!   it lost), the local copy is used, and goes to the LMS with the next write.
//! - What the LMS's limit leaves out of its copy (SCORM 1.2: 4,096 characters) is named
//!   to the learner in a notice ([`LeftOut`]), not only on the console.
//! - Data written by a newer version of the widgets is never overwritten: the LMS copy is
//!   then left alone, and changes are kept locally.

use crate::text_map::TextMap;
use std::sync::{Mutex, MutexGuard};

use super::notice::{self, LeftOut};
use super::session::{store_suspend_data, warn};
use super::suspend::{self, SuspendData};
use crate::store::{Backend, BackendError, LocalStorageBackend};

/// What the LMS held when the session started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum LmsCopy {
    /// Nothing (or nothing readable).
    Empty,
    /// Progress in this format.
    Data(SuspendData),
    /// Progress written by a newer version: read nothing, write nothing.
    Newer,
}

#[derive(Debug)]
struct State {
    /// What the LMS held at start.
    copy: LmsCopy,
    /// The documents of this page, by key: what the LMS copy should hold.
    docs: TextMap<String>,
}

/// See the [module docs](self).
#[derive(Debug)]
pub(crate) struct LmsBackend {
    state: Mutex<State>,
    limit: usize,
}

/// Where the local copy is kept.
trait LocalCopy {
    fn read(&self, key: &str) -> Option<String>;
    fn write(&self, key: &str, value: &str) -> Result<(), BackendError>;
    fn remove(&self, key: &str) -> Result<(), BackendError>;
}

impl LocalCopy for LocalStorageBackend {
    fn read(&self, key: &str) -> Option<String> {
        Backend::read(self, key).ok().flatten()
    }
    fn write(&self, key: &str, value: &str) -> Result<(), BackendError> {
        Backend::write(self, key, value)
    }
    fn remove(&self, key: &str) -> Result<(), BackendError> {
        Backend::remove(self, key)
    }
}

impl LmsBackend {
    /// A backend on what the LMS held at start, with at most `limit` characters of
    /// `suspend_data`.
    pub(crate) fn new(copy: LmsCopy, limit: usize) -> Self {
        let docs = match &copy {
            LmsCopy::Data(data) => data.docs.clone(),
            LmsCopy::Empty | LmsCopy::Newer => TextMap::new(),
        };
        Self {
            state: Mutex::new(State { copy, docs }),
            limit,
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        crate::store::locks::lock(&self.state)
    }

    fn read_with(&self, key: &str, local: &impl LocalCopy) -> Option<String> {
        let mut state = self.state();
        let lms_holds_it_whole = match &state.copy {
            LmsCopy::Data(data) => !data.partial.contains(key),
            LmsCopy::Empty | LmsCopy::Newer => false,
        };
        let from_lms = state.docs.get(key).cloned();
        if lms_holds_it_whole {
            return from_lms;
        }
        match local.read(key) {
            Some(value) => {
                state.docs.insert(key.to_owned(), value.clone());
                Some(value)
            }
            None => from_lms,
        }
    }

    /// Applies a change to the page's documents and sends them all to the LMS.
    fn save_with(
        &self,
        key: &str,
        value: Option<&str>,
        local: &impl LocalCopy,
        lms: impl Fn(&str) -> Result<(), BackendError>,
    ) -> Result<(), BackendError> {
        let local_result = match value {
            Some(value) => local.write(key, value),
            None => local.remove(key),
        };
        let text = {
            let mut state = self.state();
            match value {
                Some(value) => state.docs.insert(key.to_owned(), value.to_owned()),
                None => state.docs.remove(key),
            };
            if state.copy == LmsCopy::Newer {
                None
            } else {
                let encoded = suspend::encode(&state.docs, self.limit);
                notice::left_out(LeftOut::new(self.limit, &encoded));
                if !encoded.omitted.is_empty() || !encoded.reduced.is_empty() {
                    warn(&format!(
                        "the learning platform keeps at most {} characters of progress; kept \
                         in this browser only: {}",
                        self.limit,
                        encoded
                            .reduced
                            .iter()
                            .map(|k| format!("{k} (notes)"))
                            .chain(encoded.omitted.iter().cloned())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                Some(encoded.text)
            }
        };
        let lms_result = match text {
            Some(text) => lms(&text),
            None => Err(BackendError::Failed(
                crate::store::backend::reason::LMS_NEWER.to_owned(),
            )),
        };
        match (lms_result, local_result) {
            (Ok(()), _) | (Err(_), Ok(())) => Ok(()),
            (Err(lms), Err(_)) => Err(lms),
        }
    }
}

impl Backend for LmsBackend {
    fn read(&self, key: &str) -> Result<Option<String>, BackendError> {
        Ok(self.read_with(key, &LocalStorageBackend))
    }

    fn write(&self, key: &str, value: &str) -> Result<(), BackendError> {
        self.save_with(key, Some(value), &LocalStorageBackend, store_suspend_data)
    }

    fn remove(&self, key: &str) -> Result<(), BackendError> {
        self.save_with(key, None, &LocalStorageBackend, store_suspend_data)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use crate::text_map::TextSet;
    use std::cell::RefCell;

    use super::*;

    #[derive(Default)]
    struct FakeLocal {
        map: RefCell<TextMap<String>>,
        broken: bool,
    }

    impl LocalCopy for FakeLocal {
        fn read(&self, key: &str) -> Option<String> {
            self.map.borrow().get(key).cloned()
        }
        fn write(&self, key: &str, value: &str) -> Result<(), BackendError> {
            if self.broken {
                return Err(BackendError::Unavailable("blocked".into()));
            }
            self.map.borrow_mut().insert(key.into(), value.into());
            Ok(())
        }
        fn remove(&self, key: &str) -> Result<(), BackendError> {
            self.map.borrow_mut().remove(key);
            Ok(())
        }
    }

    const PLACE: &str = "ler-widgets/v1/c/viewer/m";
    const LIST: &str = "ler-widgets/v1/c/checklist/l";
    const NOTES: &str = "ler-widgets/v1/c/reflections/r";

    fn data(docs: &[(&str, &str)], partial: &[&str]) -> LmsCopy {
        LmsCopy::Data(SuspendData {
            docs: docs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            partial: partial.iter().map(|k| (*k).to_owned()).collect::<TextSet>(),
        })
    }

    #[test]
    fn the_lms_copy_wins_except_for_what_it_holds_in_part() {
        let local = FakeLocal::default();
        local.write(PLACE, "local place").unwrap();
        local.write(LIST, "local list").unwrap();
        local.write(NOTES, "local answers").unwrap();
        let backend = LmsBackend::new(
            data(
                &[(PLACE, "lms place"), (LIST, "lms list, no notes")],
                &[LIST, NOTES],
            ),
            4096,
        );
        assert_eq!(
            backend.read_with(PLACE, &local).as_deref(),
            Some("lms place")
        );
        assert_eq!(
            backend.read_with(LIST, &local).as_deref(),
            Some("local list")
        );
        assert_eq!(
            backend.read_with(NOTES, &local).as_deref(),
            Some("local answers")
        );
        // Not in the LMS copy and not partial: the learner cleared it elsewhere.
        local
            .write("ler-widgets/v1/c/checklist/gone", "stale")
            .unwrap();
        assert_eq!(
            backend.read_with("ler-widgets/v1/c/checklist/gone", &local),
            None
        );
        // Without its local copy, a partial key falls back to what the LMS has.
        let backend = LmsBackend::new(data(&[(LIST, "lms list, no notes")], &[LIST]), 4096);
        assert_eq!(
            backend.read_with(LIST, &FakeLocal::default()).as_deref(),
            Some("lms list, no notes")
        );
    }

    #[test]
    fn with_nothing_in_the_lms_the_local_copy_is_read_and_sent_with_the_next_write() {
        let local = FakeLocal::default();
        local.write(LIST, r#"{"d":["a"],"v":1}"#).unwrap();
        let backend = LmsBackend::new(LmsCopy::Empty, 4096);
        assert_eq!(
            backend.read_with(LIST, &local).as_deref(),
            Some(r#"{"d":["a"],"v":1}"#)
        );
        let sent = RefCell::new(String::new());
        backend
            .save_with(PLACE, Some(r#"{"s":["x"],"v":1}"#), &local, |t| {
                *sent.borrow_mut() = t.to_owned();
                Ok(())
            })
            .unwrap();
        let stored = suspend::decode(&sent.borrow()).unwrap();
        assert_eq!(stored.docs.len(), 2, "{}", sent.borrow());
        assert_eq!(local.read(PLACE).as_deref(), Some(r#"{"s":["x"],"v":1}"#));
    }

    #[test]
    fn a_write_succeeds_when_either_copy_keeps_it() {
        let backend = LmsBackend::new(LmsCopy::Empty, 4096);
        let refused = |_: &str| Err(BackendError::Failed("error 101".into()));
        let fine = |_: &str| Ok(());
        let local = FakeLocal::default();
        assert_eq!(backend.save_with(LIST, Some("{}"), &local, refused), Ok(()));
        assert_eq!(local.read(LIST).as_deref(), Some("{}"));
        let blocked = FakeLocal {
            broken: true,
            ..FakeLocal::default()
        };
        assert_eq!(backend.save_with(LIST, Some("{}"), &blocked, fine), Ok(()));
        assert_eq!(
            backend.save_with(LIST, Some("{}"), &blocked, refused),
            Err(BackendError::Failed("error 101".into()))
        );
        // Removing a key removes it from what is sent.
        let sent = RefCell::new(String::new());
        backend
            .save_with(LIST, None, &local, |t| {
                *sent.borrow_mut() = t.to_owned();
                Ok(())
            })
            .unwrap();
        assert!(suspend::decode(&sent.borrow()).unwrap().docs.is_empty());
    }

    #[test]
    fn newer_data_in_the_lms_is_never_overwritten() {
        let backend = LmsBackend::new(LmsCopy::Newer, 4096);
        let local = FakeLocal::default();
        let called = RefCell::new(false);
        let result = backend.save_with(LIST, Some("{}"), &local, |_| {
            *called.borrow_mut() = true;
            Ok(())
        });
        assert_eq!(result, Ok(()));
        assert!(!*called.borrow());
        assert_eq!(local.read(LIST).as_deref(), Some("{}"));
    }
}
