//! The embed surface the loader script (`www/ler-widgets.js`) calls: one mount per custom
//! element, into a node inside the element's shadow root.
//!
//! Options are read from the host element's attributes here, in Rust, so the custom
//! elements and the iframe pages (whose loader copies query parameters onto an element)
//! share one parser.

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;

use crate::alert::WidgetAlert;
use crate::checklist::{ChecklistOptions, ChecklistWidget};
use crate::explorer::{CredentialExplorerWidget, ExplorerOptions};
use crate::heading::HeadingLevel;
use crate::lms::{LmsModuleViewer, Preference};
use crate::module_viewer::{ModuleViewerWidget, ViewerOptions};
use crate::options::Attributes;

/// Called once when the wasm module starts.
pub fn start() {}

/// A mounted widget; `unmount` (or dropping it) removes its view and reactive state.
#[wasm_bindgen]
pub struct WidgetHandle {
    handle: Option<leptos::mount::UnmountHandle<AnyViewState>>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Removes the widget and frees its reactive state.
    pub fn unmount(&mut self) {
        self.handle.take();
    }
}

/// Mounts the widget `kind` (`module-viewer`, …) into `root`, configured by the attributes
/// of `host`. `default_course` is the address of the curriculum beside the script, used
/// when the element has no `src`.
#[wasm_bindgen]
pub fn mount_widget(
    kind: &str,
    host: web_sys::Element,
    root: web_sys::HtmlElement,
    default_course: &str,
) -> WidgetHandle {
    let attrs = Attributes::read(&host);
    let course_url = attrs
        .text("src")
        .and_then(|src| crate::urls::resolve(&src, &document_base()))
        .unwrap_or_else(|| default_course.to_owned());
    let kind = kind.to_owned();
    let handle = leptos::mount::mount_to(root, move || {
        // `heading-level`: where the widget's headings sit in the host's outline (every
        // widget; see crate::heading). A bad value is said in the widget, not clamped.
        match HeadingLevel::parse(attrs.text("heading-level").as_deref()) {
            Ok(level) => {
                provide_context(level);
                widget_view(&kind, attrs, course_url)
            }
            Err(bad) => {
                view! { <WidgetAlert widget="This widget" message=bad.to_string()/> }.into_any()
            }
        }
    });
    WidgetHandle {
        handle: Some(handle),
    }
}

fn widget_view(kind: &str, attrs: Attributes, course_url: String) -> AnyView {
    match kind {
        "module-viewer" => {
            let options = ViewerOptions {
                module: attrs.text("module").unwrap_or_default(),
                section: attrs.text("section"),
                compact: attrs.flag("compact"),
                hide_objectives: attrs.text("objectives").as_deref() == Some("hide"),
            };
            // `lms` (set by the SCORM packages' launch pages): report to the LMS.
            if attrs.flag("lms") {
                let preference = Preference::from_attribute(attrs.text("lms").as_deref());
                return view! { <LmsModuleViewer course_url options preference/> }.into_any();
            }
            view! { <ModuleViewerWidget course_url options/> }.into_any()
        }
        "checklist" => {
            let options = ChecklistOptions {
                module: attrs.text("module").unwrap_or_default(),
                list: attrs.text("list"),
                readonly: attrs.flag("readonly"),
                hide_notes: attrs.text("notes").as_deref() == Some("hide"),
            };
            view! { <ChecklistWidget course_url options/> }.into_any()
        }
        "credential-explorer" => {
            let options = ExplorerOptions::from_attributes(&attrs);
            view! { <CredentialExplorerWidget course_url options/> }.into_any()
        }
        other => view! {
            <WidgetAlert
                widget="This widget"
                message=format!(
                    "There is no widget called \"{other}\". The widgets are: module-viewer, checklist, \
                     credential-explorer."
                )
            />
        }
        .into_any(),
    }
}

fn document_base() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}
