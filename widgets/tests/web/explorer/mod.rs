//! The credential hierarchy explorer: the tree, walked by keyboard as the WAI-ARIA tree view
//! pattern describes, with its filter and options ([`tree`]); the details, comparison and
//! pathways panels and the narrow layout ([`panels`]). This file holds the small library
//! they share, built in code, and the helpers.

mod panels;
mod tree;

use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::*;
use ler_widgets::{CredentialExplorer, ExplorerOptions};
use wasm_bindgen::JsCast;

use crate::dom::{all, find, sleep};

/// Lets timers queued at 0 ms (and the renders they cause) run.
pub(super) async fn settle() {
    sleep(0).await;
}

// --- a small library, built in code ----------------------------------------------------

#[allow(clippy::too_many_arguments, reason = "a table of test data")]
pub(super) fn ty(
    id: &str,
    label: &str,
    parent: Option<&str>,
    synonyms: &[&str],
    ob: Option<&str>,
    ctdl: Option<&str>,
) -> CredentialType {
    CredentialType {
        id: id.into(),
        label: label.into(),
        parent: parent.map(Into::into),
        ctdl_class: ctdl.map(Into::into),
        ob_achievement_type: ob.map(Into::into),
        synonyms: synonyms.iter().map(|s| (*s).to_owned()).collect(),
        definition: format!("Definition of {label}."),
        issuer: format!("Issuers of {label}."),
        sources: vec!["ctdl-terms".into()],
        ..CredentialType::default()
    }
}

pub(super) fn reference(id: &str, title: &str, url: &str) -> Reference {
    Reference {
        id: id.into(),
        title: title.into(),
        author: "Credential Engine".into(),
        year: "2024".into(),
        url: url.into(),
        kind: "spec".into(),
    }
}

/// ```text
/// Credential                      (root)
/// ├── Badge
/// │   ├── Digital badge
/// │   └── Open Badge
/// ├── Certificate
/// ├── Degree
/// │   ├── Associate degree
/// │   └── Bachelor's degree
/// └── Micro-credential
/// Quality assurance credential    (root, leaf)
/// ```
pub(super) fn library() -> Library {
    let mut badge = ty(
        "badge",
        "Badge",
        Some("credential"),
        &[],
        Some("Badge"),
        Some("ceterms:Badge"),
    );
    badge.standards_note = Some("OB 3.0 gives CTDL's OpenBadge definition.".into());
    let mut micro = ty(
        "micro-credential",
        "Micro-credential",
        Some("credential"),
        &["microcredential", "nano-degree"],
        Some("MicroCredential"),
        Some("ceterms:MicroCredential"),
    );
    micro.typical_size = Some("1 to 15 credit hours".into());
    micro.assessment = Some("Assessed against transparent criteria.".into());
    micro.stackability = Some("Counts toward a certificate.".into());
    micro.modules = vec!["not-in-this-course".into(), "why-credentials".into()];
    micro.terms = vec!["micro-credential-term".into(), "no-such-term".into()];
    micro.sources = vec!["ctdl-terms".into(), "eu-2022".into(), "bad-url".into()];
    Library {
        format: FORMAT_VERSION,
        course: "test-course".into(),
        resources: vec![],
        standards: vec![],
        credential_types: vec![
            ty(
                "credential",
                "Credential",
                None,
                &["award"],
                None,
                Some("ceterms:Credential"),
            ),
            badge,
            ty(
                "digital-badge",
                "Digital badge",
                Some("badge"),
                &["e-badge"],
                None,
                Some("ceterms:DigitalBadge"),
            ),
            ty(
                "open-badge",
                "Open Badge",
                Some("badge"),
                &[],
                None,
                Some("ceterms:OpenBadge"),
            ),
            ty(
                "certificate",
                "Certificate",
                Some("credential"),
                &[],
                Some("Certificate"),
                Some("ceterms:Certificate"),
            ),
            ty(
                "degree",
                "Degree",
                Some("credential"),
                &[],
                Some("Degree"),
                Some("ceterms:Degree"),
            ),
            ty(
                "associate-degree",
                "Associate degree",
                Some("degree"),
                &[],
                Some("AssociateDegree"),
                None,
            ),
            ty(
                "bachelor-degree",
                "Bachelor's degree",
                Some("degree"),
                &["baccalaureate"],
                Some("BachelorDegree"),
                None,
            ),
            micro,
            ty(
                "quality-assurance",
                "Quality assurance credential",
                None,
                &["accreditation"],
                Some("QualityAssuranceCredential"),
                None,
            ),
        ],
        award_levels: vec![],
        pathways: vec![
            Pathway {
                id: "badge-to-degree".into(),
                title: "Badge to degree".into(),
                steps: vec![
                    "badge".into(),
                    "micro-credential".into(),
                    "certificate".into(),
                    "degree".into(),
                ],
                note: "Smaller credentials count toward larger ones.".into(),
                source: Some("cayg".into()),
            },
            Pathway {
                id: "associate-to-bachelor".into(),
                title: "Associate to bachelor's".into(),
                steps: vec!["associate-degree".into(), "bachelor-degree".into()],
                note: "A transfer pathway.".into(),
                source: None,
            },
        ],
        glossary: vec![GlossaryTerm {
            id: "micro-credential-term".into(),
            term: "Micro-credential".into(),
            synonyms: vec![],
            definition: "A record of a small volume of learning.".into(),
            sources: vec![],
        }],
        references: vec![
            reference("ctdl-terms", "CTDL terms", "https://credreg.net/ctdl/terms"),
            reference(
                "eu-2022",
                "Council Recommendation on micro-credentials",
                "https://eur-lex.europa.eu/",
            ),
            reference(
                "bad-url",
                "A title without a safe link",
                "javascript:alert(1)",
            ),
            reference(
                "cayg",
                "Incremental Credentialing Framework",
                "https://credentialasyougo.org/",
            ),
        ],
    }
}

pub(super) fn course() -> Course {
    crate::fixtures::course_of_one("why-credentials", "Why credentials", "Why.")
}

const TYPES: usize = 10;

// --- helpers -------------------------------------------------------------------------

pub(super) fn mount(
    root: &web_sys::HtmlElement,
    options: ExplorerOptions,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    leptos::mount::mount_to(root.clone(), move || {
        view! {
            <CredentialExplorer
                course=Arc::new(course())
                library=Arc::new(library())
                options
            />
        }
    })
}

pub(super) fn options(
    focus: Option<&str>,
    expand_all: bool,
    hide_compare: bool,
) -> ExplorerOptions {
    ExplorerOptions {
        focus: focus.map(Into::into),
        expand_all,
        hide_compare,
    }
}

/// Lets Leptos apply its DOM updates and the explorer move focus (a macrotask boundary, so
/// every queued microtask has run).
pub(super) fn text(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

/// The treeitem whose own label is `label`.
pub(super) fn item(root: &web_sys::Element, label: &str) -> web_sys::HtmlElement {
    all(root, ".ler-tree-label")
        .into_iter()
        .find(|l| {
            // The label's own text, before any "(also called …)".
            l.first_child().and_then(|c| c.text_content()).as_deref() == Some(label)
                || text(l) == label
        })
        .and_then(|l| l.closest("[role=treeitem]").unwrap())
        .unwrap_or_else(|| panic!("no treeitem {label}"))
        .unchecked_into()
}

pub(super) fn active() -> web_sys::Element {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap()
}

pub(super) fn focused_label() -> String {
    let active = active();
    assert_eq!(active.get_attribute("role").as_deref(), Some("treeitem"));
    text(&find(&active, ".ler-tree-label"))
}

/// Dispatches a keydown on the focused element (the treeitem); returns whether the
/// explorer let the default action happen.
pub(super) async fn press(key: &str) -> bool {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let default_allowed = active().dispatch_event(&event).unwrap();
    settle().await;
    default_allowed
}

pub(super) fn attr(el: &web_sys::Element, name: &str) -> Option<String> {
    el.get_attribute(name)
}

/// Asserts level, setsize, posinset, expanded and selected of a treeitem.
pub(super) fn assert_item(
    root: &web_sys::Element,
    label: &str,
    (level, setsize, posinset): (u32, u32, u32),
    expanded: Option<bool>,
    selected: bool,
) {
    let li = item(root, label);
    assert_eq!(
        attr(&li, "aria-level"),
        Some(level.to_string()),
        "{label} level"
    );
    assert_eq!(
        attr(&li, "aria-setsize"),
        Some(setsize.to_string()),
        "{label} setsize"
    );
    assert_eq!(
        attr(&li, "aria-posinset"),
        Some(posinset.to_string()),
        "{label} posinset"
    );
    assert_eq!(
        attr(&li, "aria-expanded"),
        expanded.map(|e| e.to_string()),
        "{label} aria-expanded"
    );
    assert_eq!(
        attr(&li, "aria-selected"),
        selected.then(|| "true".to_owned()),
        "{label} aria-selected"
    );
}

/// Exactly one treeitem is tabbable, and it is `label`.
pub(super) fn assert_tab_stop(root: &web_sys::Element, label: &str) {
    let stops = all(root, "[role=treeitem][tabindex='0']");
    assert_eq!(stops.len(), 1, "one tab stop");
    assert_eq!(text(&find(&stops[0], ".ler-tree-label")), label);
    let items = all(root, "[role=treeitem]");
    assert!(
        items
            .iter()
            .all(|i| matches!(attr(i, "tabindex").as_deref(), Some("0" | "-1")))
    );
}

/// Whether the treeitem is shown: not hidden, and no hidden ancestor group.
pub(super) fn shown(root: &web_sys::Element, label: &str) -> bool {
    let li = item(root, label);
    let mut at: Option<web_sys::Element> = Some(li.unchecked_into());
    while let Some(el) = at {
        if el.has_attribute("hidden") {
            return false;
        }
        if el.get_attribute("role").as_deref() == Some("tree") {
            return true;
        }
        at = el.parent_element();
    }
    true
}

pub(super) fn details_heading(root: &web_sys::Element) -> String {
    text(&find(root, ".ler-explorer-details h3"))
}

pub(super) fn search_for(root: &web_sys::Element, query: &str) {
    let input: web_sys::HtmlInputElement = find(root, "input[type=search]").unchecked_into();
    input.set_value(query);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

pub(super) fn button(root: &web_sys::Element, selector: &str, label: &str) -> web_sys::HtmlElement {
    all(root, selector)
        .into_iter()
        .find(|b| text(b).trim() == label)
        .unwrap_or_else(|| panic!("no button {label} in {selector}"))
}
