//! The embed surface the loader script (`www/ler-widgets.js`) calls: one mount per custom
//! element, into a node inside the element's shadow root.
//!
//! Options are read from the host element's attributes here, in Rust, so the custom
//! elements and the iframe pages (whose loader copies query parameters onto an element)
//! share one parser per widget. [`WIDGETS`] is the whole list: an element kind, the widget's
//! name in messages, and how to show it (its options parser, then its view). The attribute
//! names and the tags live once on the JavaScript side, in `www/ler-widgets.js`.

pub(crate) mod options;

use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;
use wasm_bindgen::prelude::*;

use crate::alert::WidgetAlert;
#[cfg(feature = "viewer")]
use crate::checklist::{ChecklistOptions, ChecklistWidget};
#[cfg(feature = "explorer")]
use crate::explorer::{CredentialExplorerWidget, ExplorerOptions};
use crate::heading::HeadingLevel;
use crate::i18n::{Lang, Msg};
#[cfg(feature = "lms")]
use crate::lms::{LmsModuleViewer, Preference};
#[cfg(feature = "viewer")]
use crate::module_viewer::{ModuleViewerWidget, ViewerOptions};
use crate::options::{Attributes, OptionsError};

/// One embeddable widget.
struct Widget {
    /// The element kind the loader names (`<ler-{kind}>`).
    kind: &'static str,
    /// The title of its alerts ("The module viewer could not be shown").
    name: Msg,
    /// Reads its options from the attributes, then builds its view for the course at the
    /// given address.
    show: fn(&Attributes, String) -> Result<AnyView, OptionsError>,
}

/// Every widget the loader can mount, by element kind: those this bundle was built with
/// (the crate's features).
const WIDGETS: &[Widget] = &[
    #[cfg(feature = "viewer")]
    Widget {
        kind: "module-viewer",
        name: Msg::ViewerNotShown,
        show: |attrs, course_url| {
            let options = ViewerOptions::from_attributes(attrs)?;
            // `lms` (set by the SCORM packages' launch pages): report to the LMS.
            #[cfg(feature = "lms")]
            if let Some(preference) = Preference::from_attributes(attrs) {
                return Ok(view! { <LmsModuleViewer course_url options preference/> }.into_any());
            }
            // The loader picks the bundle with the bridge for a page whose viewer has
            // `lms`; one that gains the attribute later cannot report, and says so.
            #[cfg(not(feature = "lms"))]
            if attrs.flag("lms") {
                return Err(OptionsError::NotInThisBundle { attribute: "lms" });
            }
            Ok(view! { <ModuleViewerWidget course_url options/> }.into_any())
        },
    },
    #[cfg(feature = "viewer")]
    Widget {
        kind: "checklist",
        name: Msg::ChecklistNotShown,
        show: |attrs, course_url| {
            let options = ChecklistOptions::from_attributes(attrs)?;
            Ok(view! { <ChecklistWidget course_url options/> }.into_any())
        },
    },
    #[cfg(feature = "explorer")]
    Widget {
        kind: "credential-explorer",
        name: Msg::ExplorerNotShown,
        show: |attrs, course_url| {
            let options = ExplorerOptions::from_attributes(attrs)?;
            Ok(view! { <CredentialExplorerWidget course_url options/> }.into_any())
        },
    },
];

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
    // Chosen once, from the page as it is at mount (`lang` is one of the element's observed
    // attributes, so changing it mounts the widget again).
    let lang = Lang::for_mount(&host, &root);
    let handle = leptos::mount::mount_to(root, move || {
        provide_context(lang);
        widget_view(&kind, attrs, course_url, lang)
    });
    WidgetHandle {
        handle: Some(handle),
    }
}

fn widget_view(kind: &str, attrs: Attributes, course_url: String, lang: Lang) -> AnyView {
    let Some(widget) = WIDGETS.iter().find(|w| w.kind == kind) else {
        let kinds = WIDGETS
            .iter()
            .map(|w| w.kind)
            .collect::<Vec<_>>()
            .join(", ");
        let message = lang.fill(Msg::NoSuchWidget, &[("kind", kind), ("kinds", &kinds)]);
        return view! { <WidgetAlert widget=Msg::WidgetNotShown message/> }.into_any();
    };
    // `heading-level` (every widget): where its headings sit in the host's outline, given
    // to the whole widget as context (crate::heading). A bad value is said, not clamped.
    match HeadingLevel::parse(attrs.text("heading-level").as_deref()) {
        Ok(level) => provide_context(level),
        Err(bad) => {
            return view! { <WidgetAlert widget=widget.name message=bad.message(lang)/> }
                .into_any();
        }
    }
    (widget.show)(&attrs, course_url).unwrap_or_else(|error| {
        view! { <WidgetAlert widget=widget.name message=error.message(lang)/> }.into_any()
    })
}

fn document_base() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default()
}
