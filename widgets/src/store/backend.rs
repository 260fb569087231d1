//! Where documents are kept: the [`Backend`] trait and the in-memory backend.

use crate::text_map::TextMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::i18n::{Lang, Msg};

/// Why a backend could not do what it was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// Storage cannot be used at all here (sandboxed iframe, storage disabled, no window).
    Unavailable(String),
    /// Storage is full (quota exceeded; some privacy modes report this for every write).
    Full,
    /// The value would not fit the backend's limit (an LMS's `suspend_data`).
    TooLarge {
        /// Characters the backend would have had to store.
        chars: usize,
        /// The most it can store.
        limit: usize,
    },
    /// Anything else the backend reported.
    Failed(String),
}

/// The reasons the widgets' own backends give, in English as they carry them; each has a
/// text in the catalogues, so a notice can say it in the interface language. Any other
/// reason (a browser's error name) is shown as it came.
pub(crate) mod reason {
    pub(crate) const NO_WINDOW: &str = "there is no window";
    pub(crate) const NO_LOCAL_STORAGE: &str = "the browser offers no local storage";
    pub(crate) const BLOCKED: &str = "the page it is in blocks storage";
    pub(crate) const LMS_NEWER: &str = "the learning platform holds progress of a newer version";
}

/// A backend's reason in `lang`, when it is one of [`reason`]'s.
fn reason_in(lang: Lang, why: &str) -> String {
    let known = [
        (reason::NO_WINDOW, Msg::StorageNoWindow),
        (reason::NO_LOCAL_STORAGE, Msg::StorageNoLocal),
        (reason::BLOCKED, Msg::StorageBlocked),
        (reason::LMS_NEWER, Msg::StorageLmsNewer),
    ];
    known
        .iter()
        .find(|(text, _)| *text == why)
        .map_or_else(|| why.to_owned(), |(_, msg)| lang.t(*msg).to_owned())
}

impl BackendError {
    /// The error in the interface language, for the notices that say why progress is not
    /// kept.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Unavailable(why) => {
                lang.fill(Msg::StorageUnavailable, &[("why", &reason_in(lang, why))])
            }
            Self::Full => lang.t(Msg::StorageFull).to_owned(),
            Self::TooLarge { chars, limit } => lang.count(
                Msg::StorageTooLarge,
                &[("chars", *chars), ("limit", *limit)],
            ),
            Self::Failed(why) => lang.fill(Msg::StorageFailed, &[("why", &reason_in(lang, why))]),
        }
    }
}

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Called by a backend when a key changed outside this page (another tab): `Some(key)`, or
/// `None` when everything may have changed (storage cleared).
pub(crate) type ChangeListener = Arc<dyn Fn(Option<String>) + Send + Sync>;

/// A place to keep documents by key.
///
/// Implementations must not panic. A SCORM backend, for instance, keeps every key of the
/// course in one JSON object in `cmi.suspend_data`: `read` looks the key up in the object it
/// read at start-up, `write` replaces the key, checks the 4,096-character limit (returning
/// [`BackendError::TooLarge`] instead of writing) and calls `LMSSetValue`/`LMSCommit`.
pub trait Backend: Send + Sync {
    /// The value under `key`, if any.
    fn read(&self, key: &str) -> Result<Option<String>, BackendError>;

    /// Stores `value` under `key`.
    fn write(&self, key: &str, value: &str) -> Result<(), BackendError>;

    /// Removes `key` (removing an absent key is not an error).
    fn remove(&self, key: &str) -> Result<(), BackendError>;

    /// Checks once, before anything is read, that the backend can be used at all; the store
    /// keeps everything in memory, with a notice, when it cannot.
    fn probe(&self) -> Result<(), BackendError> {
        Ok(())
    }

    /// Whether written data outlives the page. `false` makes every slot say that progress
    /// will not be kept.
    fn is_persistent(&self) -> bool {
        true
    }

    /// Starts reporting changes made outside this page. The default reports nothing.
    fn watch(&self, listener: ChangeListener) {
        let _ = listener;
    }
}

/// Keeps documents in memory.
///
/// [`MemoryBackend::new`] is what it says: nothing survives the page, and slots say so.
/// [`MemoryBackend::simulating_storage`] behaves as persistent storage would, for tests and
/// previews (the data still lives only as long as the backend).
#[derive(Debug, Default)]
pub struct MemoryBackend {
    map: Mutex<TextMap<String>>,
    persistent: bool,
}

impl MemoryBackend {
    /// A memory backend whose slots tell the learner that progress will not be kept.
    pub fn new() -> Self {
        Self::default()
    }

    /// A memory backend that stands in for persistent storage (tests, previews).
    pub fn simulating_storage() -> Self {
        Self {
            map: Mutex::default(),
            persistent: true,
        }
    }

    fn map(&self) -> MutexGuard<'_, TextMap<String>> {
        super::locks::lock(&self.map)
    }

    /// The raw value under `key` (tests).
    pub fn raw(&self, key: &str) -> Option<String> {
        self.map().get(key).cloned()
    }

    /// Every key stored (tests).
    pub fn keys(&self) -> Vec<String> {
        let mut keys: Vec<String> = self.map().keys().cloned().collect();
        keys.sort();
        keys
    }
}

impl Backend for MemoryBackend {
    fn read(&self, key: &str) -> Result<Option<String>, BackendError> {
        Ok(self.map().get(key).cloned())
    }

    fn write(&self, key: &str, value: &str) -> Result<(), BackendError> {
        self.map().insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), BackendError> {
        self.map().remove(key);
        Ok(())
    }

    fn is_persistent(&self) -> bool {
        self.persistent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_said_in_the_interface_language_with_their_own_reasons_translated() {
        let blocked = BackendError::Unavailable(reason::BLOCKED.to_owned());
        assert_eq!(
            blocked.to_string(),
            "this browser does not allow storage here (the page it is in blocks storage)"
        );
        assert_eq!(
            blocked.message(Lang::Es),
            "este navegador no permite guardar datos aquí (la página que lo contiene bloquea \
             el almacenamiento)"
        );
        // A browser's own error name is shown as it came.
        assert_eq!(
            BackendError::Failed("NotAllowedError".to_owned()).message(Lang::Es),
            "falló el almacenamiento (NotAllowedError)"
        );
        let big = BackendError::TooLarge {
            chars: 5000,
            limit: 4096,
        };
        assert!(
            big.to_string()
                .contains("5,000 characters, more than the 4,096")
        );
        assert!(
            big.message(Lang::Es)
                .contains("5000 caracteres, más de los 4096")
        );
    }
}
