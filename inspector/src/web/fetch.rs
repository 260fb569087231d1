//! Getting bytes in: from a URL (with the reasons a fetch fails, CORS among them) or from a
//! file the user picked or dropped.

use wasm_bindgen_futures::JsFuture;

use crate::i18n::{Lang, Msg};
use crate::input::MAX_BYTES;

/// `relative` resolved against `base`, when both make a URL.
pub fn resolve(relative: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(relative, base)
        .ok()
        .map(|u| u.href())
}

/// The bytes at `url`, or a message that says why not.
pub async fn url_bytes(url: &str, lang: Lang) -> Result<Vec<u8>, String> {
    ler_fetch::bytes(url, MAX_BYTES)
        .await
        .map_err(|error| match error {
            ler_fetch::FetchError::Network => lang.fill(Msg::FetchNetwork, &[("url", url)]),
            ler_fetch::FetchError::Http(status) => lang.fill(
                Msg::FetchHttp,
                &[("status", &status.to_string()), ("url", url)],
            ),
            ler_fetch::FetchError::TooLarge(bytes) => {
                crate::InputError::TooLarge(bytes).message(lang)
            }
        })
}

/// The bytes of a picked or dropped file, refusing large ones before reading them.
pub async fn file_bytes(file: &web_sys::File, lang: Lang) -> Result<Vec<u8>, String> {
    let size = file.size();
    if size > MAX_BYTES as f64 {
        return Err(crate::InputError::TooLarge(size as usize).message(lang));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| lang.fill(Msg::FileUnreadable, &[("name", &file.name())]))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The course's credential types (`content/library.json` beside the loader), for placing an
/// achievementType in the hierarchy; `None` when they cannot be read (the rest still works).
pub async fn library(base: &str, lang: Lang) -> Option<crate::hierarchy::Library> {
    let url = resolve("content/library.json", base)?;
    let bytes = url_bytes(&url, lang).await.ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let value = crate::json::parse(&text).ok()?;
    serde_json::from_value(value).ok()
}
