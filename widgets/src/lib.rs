//! The learning widgets of "From Records to Recognition", written with Leptos (CSR) for
//! wasm32: the module viewer (more widgets land in their own folders), the shared rich-text
//! renderer, content loading, and the embed surface that the loader script calls.
//!
//! Nothing in here parses Markdown: the widgets read the course compiled by `ler-content`.
#![forbid(unsafe_code)]
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
#![allow(
    unreachable_pub,
    reason = "#[component] emits a public Props struct beside each component; the lint misreads it"
)]

pub mod alert;
pub mod checklist;
pub mod decode;
pub mod dom;
pub mod embed;
pub mod explorer;
pub mod heading;
pub mod ids;
pub mod lms;
pub mod loader;
pub mod module_viewer;
pub mod options;
pub mod rich_text;
pub mod store;
pub mod urls;
