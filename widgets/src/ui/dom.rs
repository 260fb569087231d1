//! Small DOM helpers that work the same in a document and inside a shadow root.

use wasm_bindgen::JsCast;

/// Moves focus to the element with `id` in the same root (document or shadow root) as the
/// event's target, and scrolls it into view. Fragment links cannot do this across a shadow
/// boundary, and they would also rewrite the host page's URL.
pub(crate) fn focus_in_same_root(ev: &web_sys::Event, id: &str) {
    let Some(node) = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else {
        return;
    };
    focus_by_id(&node.get_root_node(), id);
}

/// Focuses the element `id` under `root` (a `Document` or `ShadowRoot`), if there is one.
pub(crate) fn focus_by_id(root: &web_sys::Node, id: &str) {
    let element = if let Some(fragment) = root.dyn_ref::<web_sys::DocumentFragment>() {
        fragment.get_element_by_id(id)
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.get_element_by_id(id)
    } else {
        None
    };
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if element.get_attribute("tabindex").is_none() {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
        element.scroll_into_view();
    }
}
