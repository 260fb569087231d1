//! What every widget's view shares: the alert and loading line ([`alert`]), DOM helpers
//! that work inside shadow roots ([`dom`]), the heading levels a host sets ([`heading`]),
//! per-instance element ids ([`ids`]), the latest result of an async load ([`latest`]), the
//! renderer of compiled rich text ([`rich_text`]), the escaping HTML writer of the
//! pre-rendered pages and the explorer's static parts (`html`), and the maps and sets keyed
//! by text that every part uses ([`text_map`]).

pub(crate) mod alert;
pub(crate) mod dom;
pub(crate) mod heading;
#[cfg(any(feature = "prerender", feature = "explorer"))]
pub(crate) mod html;
pub(crate) mod ids;
pub(crate) mod latest;
pub(crate) mod rich_text;
pub(crate) mod text_map;
