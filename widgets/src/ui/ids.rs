//! Element ids that are unique per widget instance, so two widgets on a page (or in one
//! shadow root's host document) never share an id.

use std::sync::atomic::{AtomicU32, Ordering};

static NEXT: AtomicU32 = AtomicU32::new(1);

/// A fresh prefix such as `ler3-` for the ids of one widget instance.
pub(crate) fn instance_prefix() -> String {
    format!("ler{}-", NEXT.fetch_add(1, Ordering::Relaxed))
}
