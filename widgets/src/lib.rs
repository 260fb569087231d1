//! The learning widgets of "From Records to Recognition", written with Leptos (CSR) for
//! wasm32: the module viewer, the checklist and the credential explorer (one folder each),
//! the learner-progress store, the LMS bridge, the shared rich-text renderer, content
//! loading, and the embed surface that the loader script calls.
//!
//! Nothing in here parses Markdown: the widgets read the course compiled by `ler-content`.
//!
//! The modules are private; the `pub use` list below is the whole public surface: what the
//! loader script, the browser tests and the fuzz targets use. `unreachable_pub` is allowed
//! only on `#[component]` functions, whose generated props struct is always `pub`.
#![forbid(unsafe_code)]
// A bundle built with some widgets only (the features www/ passes) leaves parts of the
// shared modules unused. Dead code is judged in the full build, which the tests and the
// first clippy pass compile.
#![cfg_attr(
    not(all(
        feature = "viewer",
        feature = "lms",
        feature = "explorer",
        feature = "prerender"
    )),
    allow(dead_code, unused_imports, unreachable_pub)
)]
// One panic in wasm stops every widget on the page: no unwrap, expect or indexing outside
// tests (tests opt back in).
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::todo,
        clippy::unimplemented
    )
)]

// One folder per widget; `course/` reads the compiled course, `ui/` is what their views
// share, `embed/` is what the loader script calls and the attributes it passes on.
#[cfg(feature = "viewer")]
mod checklist;
mod course;
mod embed;
#[cfg(feature = "explorer")]
mod explorer;
mod i18n;
#[cfg(feature = "lms")]
mod lms;
#[cfg(feature = "viewer")]
mod module_viewer;
#[cfg(feature = "prerender")]
mod prerender;
#[cfg(feature = "viewer")]
mod store;
mod ui;

// Short paths for the shared modules (`crate::loader`, `crate::alert`, …), used throughout.
use course::{decode, loader, urls};
use embed::options;
#[cfg(any(feature = "prerender", feature = "explorer"))]
use ui::html;
use ui::{alert, dom, heading, ids, rich_text, text_map};

// What the loader script (`www/ler-widgets.js`) calls, through wasm-bindgen.
pub use embed::{WidgetHandle, mount_widget};

// The components, for pages (and the browser tests) that mount one themselves.
#[cfg(feature = "viewer")]
pub use checklist::ChecklistPanel;
#[cfg(feature = "explorer")]
pub use explorer::{CredentialExplorer, ExplorerOptions};
#[cfg(feature = "viewer")]
pub use module_viewer::ModuleViewer;
pub use rich_text::TextCtx;
// The map a checklist's `sections` prop takes (section id → title).
pub use text_map::TextMap;

// A module's text, or a checklist's, as static HTML, for the pages the packager writes
// (native).
#[cfg(feature = "prerender")]
pub use prerender::{checklist_html, module_viewer_fragment, module_viewer_html};

// The interface language; a page that mounts a component itself provides one as context.
pub use i18n::Lang;

// Reading a compiled course file, and why it failed.
pub use loader::{LoadError, decode};

// The learner-progress store, its backends and its documents.
#[cfg(feature = "viewer")]
pub use store::{
    Backend, BackendError, ChecklistState, CourseId, Document, LocalStorageBackend, MemoryBackend,
    ModulePlace, Outcome, Store, StoreKey, TextEntries,
};

// Saved progress is untrusted input, fuzzed (`fuzz/`) through its readers: the store's JSON
// and the LMS copy.
#[cfg(feature = "lms")]
pub use lms::suspend;
#[cfg(feature = "viewer")]
pub use store::json;
