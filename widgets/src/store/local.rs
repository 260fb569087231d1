//! The `localStorage` backend.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::backend::{Backend, BackendError, ChangeListener, reason};
use super::key::StoreKey;

/// Keeps documents in the page's `localStorage`.
///
/// Every access asks the window for the storage object again (it is cheap): a sandboxed
/// iframe without `allow-same-origin` throws a `SecurityError` on that access, which becomes
/// [`BackendError::Unavailable`] instead of a panic.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalStorageBackend;

/// The key written and removed once to see whether writes work.
const PROBE_KEY: &str = "ler-widgets/probe";

fn storage() -> Result<web_sys::Storage, BackendError> {
    let window =
        web_sys::window().ok_or_else(|| BackendError::Unavailable(reason::NO_WINDOW.to_owned()))?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(BackendError::Unavailable(
            reason::NO_LOCAL_STORAGE.to_owned(),
        )),
        Err(error) => Err(BackendError::Unavailable(describe(&error))),
    }
}

/// `"SecurityError"`, `"QuotaExceededError"` …, or what the value says of itself.
fn error_name(error: &JsValue) -> String {
    error
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.name()))
        })
        .unwrap_or_else(|| "unknown error".to_owned())
}

fn describe(error: &JsValue) -> String {
    match error_name(error).as_str() {
        "SecurityError" => reason::BLOCKED.to_owned(),
        other => other.to_owned(),
    }
}

fn write_error(error: &JsValue) -> BackendError {
    match error_name(error).as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => BackendError::Full,
        "SecurityError" => BackendError::Unavailable(describe(error)),
        other => BackendError::Failed(other.to_owned()),
    }
}

impl Backend for LocalStorageBackend {
    fn read(&self, key: &str) -> Result<Option<String>, BackendError> {
        storage()?
            .get_item(key)
            .map_err(|e| BackendError::Unavailable(describe(&e)))
    }

    fn write(&self, key: &str, value: &str) -> Result<(), BackendError> {
        storage()?.set_item(key, value).map_err(|e| write_error(&e))
    }

    fn remove(&self, key: &str) -> Result<(), BackendError> {
        storage()?.remove_item(key).map_err(|e| write_error(&e))
    }

    fn probe(&self) -> Result<(), BackendError> {
        let storage = storage()?;
        storage
            .set_item(PROBE_KEY, "1")
            .map_err(|e| write_error(&e))?;
        storage.remove_item(PROBE_KEY).map_err(|e| write_error(&e))
    }

    /// Follows the `storage` event, which the browser fires in every *other* tab of the
    /// origin when one changes `localStorage`. The listener lives as long as the page (the
    /// page store is created once).
    fn watch(&self, listener: ChangeListener) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let on_storage =
            Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
                match event.key() {
                    // `clear()` reports no key.
                    None => listener(None),
                    Some(key) if StoreKey::is_ours(&key) && key != PROBE_KEY => listener(Some(key)),
                    Some(_) => {}
                }
            });
        if window
            .add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref())
            .is_ok()
        {
            on_storage.forget();
        }
    }
}
