//! Fetching a file whose size the caller bounds, shared by the widgets (compiled course
//! files) and the credential inspector (credentials, status lists, keys).
//!
//! Memory in a wasm instance only grows: a body copied in stays paid for until the page
//! closes. So the limit is checked twice before anything is copied: against the
//! `Content-Length` the server declares, and against the body's own length while it is still
//! a JavaScript value (a server may send no length, or a wrong one). Each caller words the
//! [`FetchError`] for its own reader.
#![forbid(unsafe_code)]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a fetch gave nothing to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchError {
    /// The request failed before an answer came (offline, CORS, a bad URL).
    Network,
    /// The server answered with an error status.
    Http(u16),
    /// More than the caller reads: the declared length, or for an undeclared one what was
    /// measured (at least that many bytes).
    TooLarge(usize),
}

/// The text at `url`, when it is at most `max_bytes` bytes of UTF-8.
pub async fn text(url: &str, max_bytes: usize) -> Result<String, FetchError> {
    let response = response(url, max_bytes).await?;
    let text = JsFuture::from(response.text().map_err(|_| FetchError::Network)?)
        .await
        .map_err(|_| FetchError::Network)?;
    let text: js_sys::JsString = text.dyn_into().map_err(|_| FetchError::Network)?;
    // UTF-8 takes at least as many bytes as UTF-16 code units, so this refuses nothing
    // that fits; the exact check follows the copy.
    let units = usize::try_from(text.length()).unwrap_or(usize::MAX);
    if units > max_bytes {
        return Err(FetchError::TooLarge(units));
    }
    let text = String::from(text);
    if text.len() > max_bytes {
        return Err(FetchError::TooLarge(text.len()));
    }
    Ok(text)
}

/// The bytes at `url`, when there are at most `max_bytes` of them.
pub async fn bytes(url: &str, max_bytes: usize) -> Result<Vec<u8>, FetchError> {
    let response = response(url, max_bytes).await?;
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| FetchError::Network)?)
        .await
        .map_err(|_| FetchError::Network)?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    let length = usize::try_from(bytes.length()).unwrap_or(usize::MAX);
    if length > max_bytes {
        return Err(FetchError::TooLarge(length));
    }
    Ok(bytes.to_vec())
}

/// The answer for `url`, when it is a success whose declared length (if any) fits.
async fn response(url: &str, max_bytes: usize) -> Result<web_sys::Response, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let request = prefetched(&window, url).unwrap_or_else(|| window.fetch_with_str(url));
    let response = JsFuture::from(request)
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Http(response.status()));
    }
    let declared = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.trim().parse::<usize>().ok());
    match declared {
        Some(bytes) if bytes > max_bytes => Err(FetchError::TooLarge(bytes)),
        _ => Ok(response),
    }
}

/// The fetch the loader script started for `url` when the widget's element connected: a
/// copy of its response, from `window.lerWidgetsPrefetched(url)` (www/ler-widgets.js), or
/// `None` when the script started none (or has let it go).
fn prefetched(window: &web_sys::Window, url: &str) -> Option<js_sys::Promise> {
    let take: js_sys::Function = js_sys::Reflect::get(window, &"lerWidgetsPrefetched".into())
        .ok()?
        .dyn_into()
        .ok()?;
    take.call1(window, &url.into()).ok()?.dyn_into().ok()
}
