//! What every widget's view shares: the alert and loading line ([`alert`]), DOM helpers
//! that work inside shadow roots ([`dom`]), the heading levels a host sets ([`heading`]),
//! per-instance element ids ([`ids`]), the latest result of an async load ([`latest`]), and
//! the renderer of compiled rich text ([`rich_text`]).

pub(crate) mod alert;
pub(crate) mod dom;
pub(crate) mod heading;
pub(crate) mod ids;
pub(crate) mod latest;
pub(crate) mod rich_text;
