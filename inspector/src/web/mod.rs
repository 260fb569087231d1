//! The browser widget `<ler-credential-inspector>` (feature `web`): paste, pick, drop, a
//! `src` URL or a sample in; the [`Inspection`](crate::Inspection) out, every string as a
//! text node. Built as its own wasm bundle (`scripts/build-bundles.sh`), which the loader
//! script imports only when such an element appears on a page.
//!
//! Attributes: `src` (a credential to fetch and inspect at once), `module-href` (link
//! template to the course, with `{module}` and `{section}`; default
//! [`crate::links::DEFAULT_TEMPLATE`] beside the loader script), `explorer-href` (link
//! template to the credential explorer, with `{id}`; default
//! [`crate::hierarchy::DEFAULT_EXPLORER_TEMPLATE`] beside the loader script),
//! `samples="hide"` (no sample list), and the interface language through `lang` (the
//! element's, else its nearest ancestor's, else the page's; English without a catalogue).

mod fetch;
mod inputs;
mod key_fetch;
mod report;
mod sections;
mod status;
mod widget;

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;

/// A mounted inspector; `unmount` (or dropping it) removes it.
#[wasm_bindgen]
pub struct InspectorHandle {
    handle: Option<leptos::mount::UnmountHandle<AnyViewState>>,
}

#[wasm_bindgen]
impl InspectorHandle {
    /// Removes the widget and frees its reactive state.
    pub fn unmount(&mut self) {
        self.handle.take();
    }
}

/// What the embedder configured.
#[derive(Debug, Clone)]
pub struct Options {
    /// A credential URL to inspect at once.
    pub src: Option<String>,
    /// `{module}` / `{section}` template for links into the course.
    pub module_href: String,
    /// `{id}` template for links to the credential explorer.
    pub explorer_href: String,
    /// Show the samples list.
    pub samples: bool,
    /// The folder of the loader script (`…/`), where samples and the library live.
    pub base: String,
}

/// Longest attribute value read; longer ones are ignored (no URL template is this long).
const MAX_ATTRIBUTE: usize = 2048;

fn attribute(host: &web_sys::Element, name: &str) -> Option<String> {
    host.get_attribute(name)
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty() && v.len() <= MAX_ATTRIBUTE)
}

/// Mounts the inspector into `root`, configured by `host`'s attributes; `base` is the
/// address of the folder the loader script was served from.
#[wasm_bindgen]
pub fn mount_inspector(
    host: web_sys::Element,
    root: web_sys::HtmlElement,
    base: &str,
) -> InspectorHandle {
    let document_base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let options = Options {
        src: attribute(&host, "src").and_then(|s| fetch::resolve(&s, &document_base)),
        // The defaults name pages of the demo site, beside the loader script; a host's own
        // templates are used as written (relative to the host page).
        module_href: attribute(&host, "module-href")
            .unwrap_or_else(|| format!("{base}{}", crate::links::DEFAULT_TEMPLATE)),
        explorer_href: attribute(&host, "explorer-href")
            .unwrap_or_else(|| format!("{base}{}", crate::hierarchy::DEFAULT_EXPLORER_TEMPLATE)),
        samples: attribute(&host, "samples").as_deref() != Some("hide"),
        base: base.to_owned(),
    };
    // The element's `lang`, else its nearest ancestor's, else the page's (English when none
    // has a catalogue), as for the widgets.
    let lang = crate::Lang::for_mount(&host, &root);
    let handle = leptos::mount::mount_to(root, move || {
        provide_context(lang);
        view! { <widget::Inspector options/> }.into_any()
    });
    InspectorHandle {
        handle: Some(handle),
    }
}
