//! The learner progress store, shared by every widget.
//!
//! # One small API
//!
//! A widget asks the [`Store`] for a [`Slot`] of a [`Document`] type by stable ids
//! (`store.slot::<ChecklistState>(course, list_id)`), reads it reactively and changes it with
//! [`Slot::update`]. Everything else — keys, encoding, versions, which backend, what to tell
//! the learner when storage fails — is decided here, once.
//!
//! # Keys and granularity
//!
//! Keys are `ler-widgets/v1/<course>/<widget>/<id>` ([`StoreKey`]). There is **one key per
//! checklist** (`…/checklist/<list-id>`) and **one per reflection section**
//! (`…/reflections/<section-id>`; a module has one), not one per item:
//!
//! - *size*: ids, the version and the JSON framing are written once per list instead of once
//!   per item, which matters when a whole module must fit SCORM 1.2's 4,096-character
//!   `suspend_data` (see `tests` in [`checklist_state`] for the measured sizes);
//! - *atomicity*: a reset, an undo or a content migration is one write that either happens
//!   or does not; a half-written checklist cannot exist;
//! - *sync*: one `storage` event per change, and one shared signal per key in a page.
//!
//! The `v1` in the key is the version of the *key scheme*. Each value carries its own format
//! version (`"v":1`); see [`document`].
//!
//! # Backends
//!
//! [`Backend`] is a four-method trait (read, write, remove, and optionally watch for changes
//! made elsewhere). [`LocalStorageBackend`] is the default; [`MemoryBackend`] keeps data for
//! the page only. An LMS backend (SCORM `cmi.suspend_data`) plugs in later by implementing
//! the trait: it keeps every key of the course in one JSON object, and reports
//! [`BackendError::TooLarge`] when the object would not fit.
//!
//! When the backend fails — a sandboxed iframe without `allow-same-origin` throws on any
//! access to `localStorage`, privacy modes refuse writes, quotas fill up — the slot keeps
//! working in memory (its shared signal *is* the in-memory fallback) and its
//! [`SlotStatus`] carries a notice that the widgets show politely.
//!
//! # Sync
//!
//! In one page every widget that asks for the same key gets the same signal, so two
//! checklists showing one list stay in step. Other tabs are followed through the backend's
//! watch (the `storage` event for `localStorage`).

pub(crate) mod backend;
pub(crate) mod checklist_state;
pub(crate) mod debounce;
pub(crate) mod document;
#[cfg(test)]
mod fixtures;
pub mod json;
pub(crate) mod key;
pub(crate) mod local;
pub(crate) mod locks;
pub(crate) mod module_place;
mod rebase;
mod registry;
mod slot;
mod status;
pub(crate) mod text_entries;
mod two_tabs;
mod watchers;

pub use backend::{Backend, BackendError, MemoryBackend};
pub use checklist_state::ChecklistState;
pub(crate) use debounce::Debouncer;
pub use document::{Document, Outcome};
pub use key::StoreKey;
pub use local::LocalStorageBackend;
pub use module_place::ModulePlace;
pub use registry::{CourseId, Store};
pub(crate) use slot::Slot;
pub use text_entries::TextEntries;
