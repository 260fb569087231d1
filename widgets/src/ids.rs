//! Element ids that are unique per widget instance, so two widgets on a page (or in one
//! shadow root's host document) never share an id.

use std::sync::atomic::{AtomicU32, Ordering};

static NEXT: AtomicU32 = AtomicU32::new(1);

/// A fresh prefix such as `ler3-` for the ids of one widget instance.
pub fn instance_prefix() -> String {
    format!("ler{}-", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Whether `id` is one of `ids`. Item and question ids are checked against a list, not a
/// hash set: a section has a few dozen at most, and no hash table is compiled for them.
pub fn listed(ids: &[String], id: &str) -> bool {
    ids.iter().any(|k| k == id)
}
