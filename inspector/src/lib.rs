//! The credential inspector: reads a learner's credential (Open Badges 3.0, CLR 2.0, an
//! endorsement, a VC-JWT, a baked PNG or SVG), says what it is, shows what a displayer must
//! show, and runs checks grouped under the curriculum's four pillars, each with a
//! plain-language reason.
//!
//! The core ([`inspect()`]) is plain Rust with no web dependency, so every rule is tested
//! natively; the widget (feature `web`) only renders an [`Inspection`]. Nothing here
//! fetches anything: a status list is checked when the reader provides it (or asks the widget
//! to fetch it); what else needs the network (issuer keys, JSON-LD contexts)
//! is reported as "not checked", with the reason.
#![forbid(unsafe_code)]
// One panic in wasm stops the widget for good: no unwrap, expect or indexing outside tests.
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

pub mod checks;
pub mod dates;
pub mod extract;
pub mod hierarchy;
mod i18n;
pub mod input;
pub mod inspect;
pub mod json;
pub mod jwt;
pub mod links;
pub mod png;
pub mod proof;
pub mod raw;
pub mod recognize;
pub mod status_list;
pub mod summary;
pub mod svg;
pub mod verify;
#[cfg(feature = "web")]
pub mod web;

pub use checks::{Check, Pillar, ProofOutcome, Status};
pub use i18n::Lang;
pub use input::InputError;
pub use inspect::{Inspection, inspect, inspect_in, inspect_with};
