//! Saving a text file from the page: Blob, object URL, a temporary `<a download>`.
//!
//! No inline script, style or `data:` URL is involved, so a host page with a strict
//! Content-Security-Policy allows it.

use std::time::Duration;

use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::{Lang, Msg};

/// Offers `text` as a file called `file_name` of type `mime`. The temporary link is placed
/// in `parent` (the widget, so it works inside a shadow root) and removed at once. The
/// error says, in `lang`, what the browser refused.
pub(crate) fn download(
    parent: &web_sys::Element,
    file_name: &str,
    mime: &str,
    text: &str,
    lang: Lang,
) -> Result<(), String> {
    let fail = |what: Msg| lang.t(what).to_owned();
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail(Msg::DownloadRefusedFile))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| fail(Msg::DownloadRefusedFile))?;
    let link = parent
        .owner_document()
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let Some(link) = link else {
        let _ = web_sys::Url::revoke_object_url(&url);
        return Err(fail(Msg::DownloadRefusedStart));
    };
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let _ = parent.append_child(&link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(60),
    );
    Ok(())
}
