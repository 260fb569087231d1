//! Which language a mounted widget speaks: the nearest `lang` the host page declares for
//! the element (its own, an ancestor's, the page's), if there is a catalogue for it;
//! English otherwise.

use super::Lang;

/// The interface language for the widget mounted from `host` into `root`.
///
/// `root` (the node inside the shadow root the views are mounted in) gets a `lang` of its
/// own when the interface is not in the language the page declares for `host`, that is when
/// it fell back to English (a French page, or none declared): otherwise screen readers
/// would read the English interface with the page's voice. When they agree, `root` inherits
/// the host's tag, region included (`es-MX`).
pub(super) fn for_mount(host: &web_sys::Element, root: &web_sys::Element) -> Lang {
    match declared(host).as_deref().and_then(Lang::from_tag) {
        Some(lang) => lang,
        None => {
            let _ = root.set_attribute("lang", Lang::En.tag());
            Lang::En
        }
    }
}

/// The language declared for `host`: the nearest element with a `lang` attribute, from the
/// element itself up (an empty value, "unknown", counts as declared), else the page's.
/// `closest` stops at a shadow root, hence the page's `<html lang>` after it.
fn declared(host: &web_sys::Element) -> Option<String> {
    let nearest = host
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"));
    nearest.or_else(|| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|html| html.get_attribute("lang"))
    })
}
