//! What the store's tests share: a store on a backend that behaves like `localStorage`.
#![cfg(test)]

use std::sync::Arc;

use super::{Backend, MemoryBackend, Store};

/// The key of checklist `l` of course `c`.
pub(super) const KEY: &str = "ler-widgets/v1/c/checklist/l";

/// A store whose backend holds `raw` under [`KEY`], and the backend.
pub(super) fn store_with(raw: Option<&str>) -> (Store, Arc<MemoryBackend>) {
    let backend = Arc::new(MemoryBackend::simulating_storage());
    if let Some(raw) = raw {
        let _ = backend.write(KEY, raw);
    }
    (Store::new(backend.clone()), backend)
}
