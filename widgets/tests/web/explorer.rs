//! The credential hierarchy explorer, walked by keyboard as the WAI-ARIA tree view pattern
//! describes, plus its filter, details, comparison, pathways, options and narrow layout.

use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::*;
use ler_widgets::explorer::{CredentialExplorer, ExplorerOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use crate::dom::{all, container, find, sleep};

/// Lets timers queued at 0 ms (and the renders they cause) run.
async fn settle() {
    sleep(0).await;
}

// --- a small library, built in code ----------------------------------------------------

#[allow(clippy::too_many_arguments, reason = "a table of test data")]
fn ty(
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
        standards_note: None,
        synonyms: synonyms.iter().map(|s| (*s).to_owned()).collect(),
        definition: format!("Definition of {label}."),
        typical_size: None,
        size: None,
        assessment: None,
        issuer: format!("Issuers of {label}."),
        stackability: None,
        modules: vec![],
        terms: vec![],
        sources: vec!["ctdl-terms".into()],
    }
}

fn reference(id: &str, title: &str, url: &str) -> Reference {
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
fn library() -> Library {
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

fn course() -> Course {
    crate::fixtures::course_of_one("why-credentials", "Why credentials", "Why.")
}

const TYPES: usize = 10;

// --- helpers -------------------------------------------------------------------------

fn mount(
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

fn options(focus: Option<&str>, expand_all: bool, hide_compare: bool) -> ExplorerOptions {
    ExplorerOptions {
        focus: focus.map(Into::into),
        expand_all,
        hide_compare,
    }
}

/// Lets Leptos apply its DOM updates and the explorer move focus (a macrotask boundary, so
/// every queued microtask has run).
fn text(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

/// The treeitem whose own label is `label`.
fn item(root: &web_sys::Element, label: &str) -> web_sys::HtmlElement {
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

fn active() -> web_sys::Element {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .unwrap()
}

fn focused_label() -> String {
    let active = active();
    assert_eq!(active.get_attribute("role").as_deref(), Some("treeitem"));
    text(&find(&active, ".ler-tree-label"))
}

/// Dispatches a keydown on the focused element (the treeitem); returns whether the
/// explorer let the default action happen.
async fn press(key: &str) -> bool {
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

fn attr(el: &web_sys::Element, name: &str) -> Option<String> {
    el.get_attribute(name)
}

/// Asserts level, setsize, posinset, expanded and selected of a treeitem.
fn assert_item(
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
fn assert_tab_stop(root: &web_sys::Element, label: &str) {
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
fn shown(root: &web_sys::Element, label: &str) -> bool {
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

fn details_heading(root: &web_sys::Element) -> String {
    text(&find(root, ".ler-explorer-details h3"))
}

fn search_for(root: &web_sys::Element, query: &str) {
    let input: web_sys::HtmlInputElement = find(root, "input[type=search]").unchecked_into();
    input.set_value(query);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

fn button(root: &web_sys::Element, selector: &str, label: &str) -> web_sys::HtmlElement {
    all(root, selector)
        .into_iter()
        .find(|b| text(b).trim() == label)
        .unwrap_or_else(|| panic!("no button {label} in {selector}"))
}

// --- tests ---------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn keyboard_walks_the_tree_as_the_aria_pattern_says() {
    let root = container();
    let _handle = mount(&root, ExplorerOptions::default());
    settle().await;
    let tree = find(&root, "[role=tree]");
    assert!(attr(&tree, "aria-label").is_some());
    // The flat APG form: every item a child of the tree, depth in aria-level.
    assert_eq!(
        all(&root, "[role=tree] > [role=treeitem][aria-level='1']").len(),
        2
    );
    assert!(all(&root, "[role=tree] [role=group]").is_empty());

    // Roots only; the first root is the one tab stop; nothing is selected.
    assert_item(&root, "Credential", (1, 2, 1), Some(false), false);
    assert_item(
        &root,
        "Quality assurance credential",
        (1, 2, 2),
        None,
        false,
    );
    assert_tab_stop(&root, "Credential");
    assert!(!shown(&root, "Badge"));
    assert_eq!(details_heading(&root), "Details");

    item(&root, "Credential").focus().unwrap();
    // Right on a closed parent opens it; focus stays.
    assert!(
        !press("ArrowRight").await,
        "handled keys prevent the default"
    );
    assert_item(&root, "Credential", (1, 2, 1), Some(true), false);
    assert!(shown(&root, "Badge"));
    assert_eq!(focused_label(), "Credential");
    // Right on an open parent moves to its first child.
    press("ArrowRight").await;
    assert_eq!(focused_label(), "Badge");
    assert_tab_stop(&root, "Badge");
    assert_item(&root, "Badge", (2, 4, 1), Some(false), false);
    // Down moves through visible items only (Badge is closed).
    press("ArrowDown").await;
    assert_eq!(focused_label(), "Certificate");
    assert_item(&root, "Certificate", (2, 4, 2), None, false);
    press("ArrowDown").await;
    press("ArrowDown").await;
    assert_eq!(focused_label(), "Micro-credential");
    assert_item(&root, "Micro-credential", (2, 4, 4), None, false);
    press("ArrowDown").await;
    assert_eq!(focused_label(), "Quality assurance credential");
    // Down at the last item stays.
    press("ArrowDown").await;
    assert_eq!(focused_label(), "Quality assurance credential");
    press("Home").await;
    assert_eq!(focused_label(), "Credential");
    press("ArrowUp").await;
    assert_eq!(focused_label(), "Credential", "Up at the first item stays");
    press("End").await;
    assert_eq!(focused_label(), "Quality assurance credential");
    press("ArrowUp").await;
    assert_eq!(focused_label(), "Micro-credential");
    // Left on an end node moves to the parent; on an open node closes it.
    press("ArrowLeft").await;
    assert_eq!(focused_label(), "Credential");
    press("ArrowLeft").await;
    assert_item(&root, "Credential", (1, 2, 1), Some(false), false);
    assert!(!shown(&root, "Badge"));
    assert_eq!(focused_label(), "Credential");

    // Enter selects; the details follow the selection.
    press("Enter").await;
    assert_item(&root, "Credential", (1, 2, 1), Some(false), true);
    assert_eq!(details_heading(&root), "Credential");
    assert_eq!(all(&root, "[aria-selected]").len(), 1);

    // `*` opens every sibling: at the root level, Credential.
    press("*").await;
    assert_item(&root, "Credential", (1, 2, 1), Some(true), true);
    press("ArrowRight").await;
    press("*").await;
    assert_eq!(focused_label(), "Badge", "`*` does not move focus");
    assert_item(&root, "Badge", (2, 4, 1), Some(true), false);
    assert_item(&root, "Degree", (2, 4, 3), Some(true), false);
    assert_item(&root, "Associate degree", (3, 2, 1), None, false);

    // Type-ahead: "d" goes to the next visible label starting with d; "de" within the
    // pause goes on to Degree.
    press("d").await;
    assert_eq!(focused_label(), "Digital badge");
    press("e").await;
    assert_eq!(focused_label(), "Degree");
    sleep(600).await;
    // After the pause the string starts again, searching from the next item and wrapping.
    press("d").await;
    assert_eq!(focused_label(), "Digital badge");
    press("Q").await;
    assert_eq!(
        focused_label(),
        "Digital badge",
        "\"dq\" matches nothing; focus stays"
    );
    sleep(600).await;
    press("Q").await;
    assert_eq!(focused_label(), "Quality assurance credential");

    // Space selects too, and single-select moves aria-selected.
    press(" ").await;
    assert_item(&root, "Quality assurance credential", (1, 2, 2), None, true);
    assert_eq!(attr(&item(&root, "Credential"), "aria-selected"), None);
    assert_eq!(details_heading(&root), "Quality assurance credential");
    // Keys the tree does not own keep their default (Tab leaves the tree).
    assert!(press("Tab").await);
    assert!(root.query_selector("[style]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn clicking_selects_and_the_toggle_opens() {
    let root = container();
    let _handle = mount(&root, ExplorerOptions::default());
    settle().await;
    find(&item(&root, "Credential"), ".ler-tree-toggle").click();
    settle().await;
    assert_item(&root, "Credential", (1, 2, 1), Some(true), false);
    find(&item(&root, "Degree"), ".ler-tree-row").click();
    settle().await;
    assert_item(&root, "Degree", (2, 4, 3), Some(false), true);
    assert_tab_stop(&root, "Degree");
    assert_eq!(focused_label(), "Degree");
    assert_eq!(details_heading(&root), "Degree");
}

#[wasm_bindgen_test]
async fn filter_ignores_hyphens_marks_the_match_and_counts() {
    let root = container();
    let _handle = mount(&root, ExplorerOptions::default());
    settle().await;
    let status = find(&root, "[role=status].ler-explorer-count");
    assert_eq!(text(&status), format!("{TYPES} credential types."));

    for query in ["micro-credential", "microcredential", "Micro Credential"] {
        search_for(&root, query);
        settle().await;
        assert_eq!(
            text(&status),
            format!("1 of {TYPES} credential types matches “{query}”.")
        );
        let li = item(&root, "Micro-credential");
        assert_eq!(text(&find(&li, "mark")), "Micro-credential");
        assert!(shown(&root, "Micro-credential"));
        // Its ancestor is open; other branches are hidden.
        assert_item(&root, "Credential", (1, 1, 1), Some(true), false);
        assert_item(&root, "Micro-credential", (2, 1, 1), None, false);
        assert!(!shown(&root, "Badge"));
        assert!(!shown(&root, "Quality assurance credential"));
        assert_tab_stop(&root, "Micro-credential");
    }

    // A synonym match is shown and marked after the label.
    search_for(&root, "e badge");
    settle().await;
    let li = item(&root, "Digital badge");
    assert_eq!(text(&find(&li, ".ler-tree-synonym mark")), "e-badge");
    assert!(text(&find(&li, ".ler-tree-label")).contains("also called e-badge"));
    assert!(shown(&root, "Digital badge"));
    assert!(!shown(&root, "Open Badge"));
    assert!(!shown(&root, "Degree"));

    // Down from the search box goes to the first match.
    find(&root, "input[type=search]").focus().unwrap();
    press("ArrowDown").await;
    assert_eq!(focused_label(), "Digital badge (also called e-badge)");

    search_for(&root, "zzz");
    settle().await;
    assert!(text(&status).starts_with("No credential type matches “zzz”."));
    assert!(all(&root, "[role=tree] > [role=treeitem]:not([hidden])").is_empty());

    search_for(&root, "");
    settle().await;
    assert_eq!(text(&status), format!("{TYPES} credential types."));
    assert!(root.query_selector("mark").unwrap().is_none());
    assert!(shown(&root, "Quality assurance credential"));
    assert!(
        shown(&root, "Digital badge"),
        "the found item stays in view"
    );
}

#[wasm_bindgen_test]
async fn details_show_the_type_and_its_relatives_select_it() {
    let root = container();
    let _handle = mount(&root, options(Some("micro-credential"), false, false));
    settle().await;
    assert_eq!(details_heading(&root), "Micro-credential");
    assert_item(&root, "Micro-credential", (2, 4, 4), None, true);
    assert_tab_stop(&root, "Micro-credential");
    let details = find(&root, ".ler-explorer-details");
    let all_text = text(&details);
    for expected in [
        "Definition of Micro-credential.",
        "1 to 15 credit hours",
        "Assessed against transparent criteria.",
        "Issuers of Micro-credential.",
        "Counts toward a certificate.",
        "Step 2 of 4 in “Badge to degree”",
        "A record of a small volume of learning.",
    ] {
        assert!(all_text.contains(expected), "details miss {expected}");
    }
    let codes: Vec<String> = all(&details, ".ler-facts code")
        .iter()
        .map(|c| text(c))
        .collect();
    assert_eq!(codes, ["MicroCredential", "ceterms:MicroCredential"]);
    // Modules: titles from the course, only modules the course has.
    let modules = all(&details, ".ler-module-link");
    assert_eq!(modules.len(), 1);
    assert_eq!(text(&modules[0]), "Module 1: Why credentials");
    assert_eq!(
        attr(&modules[0], "href").as_deref(),
        Some("?module=why-credentials")
    );
    // Glossary terms from the library; unknown ids are left out.
    assert_eq!(all(&details, ".ler-glossary dt").len(), 1);
    // Sources: reference titles, as links when the address is safe.
    let sources = all(&details, ".ler-sources li");
    assert_eq!(sources.len(), 3);
    let links = all(&details, ".ler-sources a");
    assert_eq!(links.len(), 2);
    assert_eq!(text(&links[0]), "CTDL terms");
    assert_eq!(
        attr(&links[0], "href").as_deref(),
        Some("https://credreg.net/ctdl/terms")
    );
    assert!(text(&sources[2]).contains("A title without a safe link"));
    assert!(
        details
            .query_selector("a[href^='javascript']")
            .unwrap()
            .is_none()
    );

    // The broader type is a button that selects it and moves focus to its details.
    button(&details, ".ler-type-button", "Credential").click();
    settle().await;
    assert_eq!(details_heading(&root), "Credential");
    assert_eq!(active().tag_name(), "H3");
    assert_item(&root, "Credential", (1, 2, 1), Some(true), true);
    assert_eq!(
        attr(&item(&root, "Micro-credential"), "aria-selected"),
        None
    );
    let details = find(&root, ".ler-explorer-details");
    assert!(text(&details).contains("None: this is a top-level type."));
    // Narrower types are buttons too; a child inside a closed node is revealed.
    button(&details, ".ler-type-button", "Badge").click();
    settle().await;
    let details = find(&root, ".ler-explorer-details");
    assert!(
        text(&find(&details, ".ler-standards-note"))
            .contains("OB 3.0 gives CTDL's OpenBadge definition.")
    );
    button(&details, ".ler-type-button", "Open Badge").click();
    settle().await;
    assert!(shown(&root, "Open Badge"));
    assert_tab_stop(&root, "Open Badge");
    let details = find(&root, ".ler-explorer-details");
    assert!(text(&details).contains("None: Open Badges 3.0 has no value for it."));
}

#[wasm_bindgen_test]
async fn compare_up_to_three_in_a_table() {
    let root = container();
    let _handle = mount(&root, options(Some("badge"), true, false));
    settle().await;
    assert!(root.query_selector(".ler-compare").unwrap().is_none());
    let pick = |root: &web_sys::HtmlElement| -> web_sys::HtmlInputElement {
        find(root, ".ler-compare-pick input[type=checkbox]").unchecked_into()
    };
    pick(&root).click();
    settle().await;
    assert!(pick(&root).checked());
    assert!(text(&find(&root, ".ler-compare")).contains("one or two more"));

    for label in ["Digital badge", "Credential"] {
        find(&item(&root, label), ".ler-tree-row").click();
        settle().await;
        pick(&root).click();
        settle().await;
    }
    let table = find(&root, ".ler-compare table");
    assert_eq!(
        text(&find(&table, "caption")),
        "Side by side: Badge, Digital badge and Credential"
    );
    let columns: Vec<String> = all(&table, "thead th .ler-compare-name")
        .iter()
        .map(|c| text(c))
        .collect();
    assert_eq!(columns, ["Badge", "Digital badge", "Credential"]);
    assert!(
        all(&table, "thead th")
            .iter()
            .all(|th| attr(th, "scope").as_deref() == Some("col"))
    );
    let rows: Vec<String> = all(&table, "tbody th[scope=row]")
        .iter()
        .map(|c| text(c))
        .collect();
    assert_eq!(
        rows,
        [
            "Definition",
            "Typical size",
            "How it is assessed",
            "Who typically issues it",
            "Open Badges 3.0 achievementType",
            "CTDL class",
            "How it stacks",
        ]
    );
    assert_eq!(all(&table, "tbody tr:first-child td").len(), 3);

    // A fourth cannot be added.
    find(&item(&root, "Open Badge"), ".ler-tree-row").click();
    settle().await;
    assert!(pick(&root).disabled());
    assert!(text(&find(&root, ".ler-compare-note")).contains("remove one"));

    // Remove one: the table loses its column and the fourth can be added.
    let remove = find(&table, "thead th:nth-of-type(2) button");
    assert_eq!(
        attr(&remove, "aria-label").as_deref(),
        Some("Remove Digital badge from the comparison")
    );
    remove.click();
    settle().await;
    let table = find(&root, ".ler-compare table");
    assert_eq!(all(&table, "thead th").len(), 2);
    assert_eq!(
        text(&active()).trim(),
        "Compare credential types",
        "focus on its heading"
    );
    assert!(!pick(&root).disabled());
    pick(&root).click();
    settle().await;
    assert_eq!(all(&find(&root, ".ler-compare table"), "thead th").len(), 3);

    button(&root, ".ler-compare > button", "Clear the comparison").click();
    settle().await;
    assert!(root.query_selector(".ler-compare").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn pathways_are_ordered_lists_with_their_source() {
    let root = container();
    let _handle = mount(&root, ExplorerOptions::default());
    settle().await;
    let pathways = all(&root, ".ler-pathway");
    assert_eq!(pathways.len(), 2);
    let steps: Vec<String> = all(&pathways[0], "ol > li")
        .iter()
        .map(|s| text(s))
        .collect();
    assert_eq!(
        steps,
        ["Badge", "Micro-credential", "Certificate", "Degree"]
    );
    let list = find(&pathways[0], "ol");
    let title = find(&pathways[0], "h4");
    assert_eq!(attr(&list, "aria-labelledby"), Some(title.id()));
    let source = find(&pathways[0], ".ler-pathway-source a");
    assert_eq!(text(&source), "Incremental Credentialing Framework");
    assert!(text(&find(&pathways[1], ".ler-pathway-source")).contains("Illustrative example"));

    button(&pathways[1], "button", "Bachelor's degree").click();
    settle().await;
    assert_eq!(details_heading(&root), "Bachelor's degree");
    assert!(shown(&root, "Bachelor's degree"));
    assert_item(&root, "Bachelor's degree", (3, 2, 2), None, true);
}

#[wasm_bindgen_test]
async fn unknown_focus_lists_valid_ids_and_the_tree_still_works() {
    let root = container();
    let _handle = mount(&root, options(Some("nope"), false, false));
    settle().await;
    let alert = find(&root, "[role=alert]");
    let message = text(&alert);
    assert!(message.contains("\"nope\""));
    assert!(message.contains("credential, badge, digital-badge"));
    assert!(message.contains("quality-assurance"));
    assert_eq!(details_heading(&root), "Details");
    item(&root, "Credential").focus().unwrap();
    press("ArrowRight").await;
    assert_item(&root, "Credential", (1, 2, 1), Some(true), false);
}

#[wasm_bindgen_test]
async fn expanded_all_and_compare_hide_options() {
    let root = container();
    let _handle = mount(&root, options(None, true, true));
    settle().await;
    for parent in ["Credential", "Badge", "Degree"] {
        assert_eq!(
            attr(&item(&root, parent), "aria-expanded").as_deref(),
            Some("true")
        );
    }
    assert!(shown(&root, "Bachelor's degree"));
    find(&item(&root, "Degree"), ".ler-tree-row").click();
    settle().await;
    assert!(
        root.query_selector("input[type=checkbox]")
            .unwrap()
            .is_none()
    );
    assert!(root.query_selector(".ler-compare").unwrap().is_none());
}

/// At 320 px, inside a shadow root with the real stylesheet: nothing is wider than the
/// widget, even with every node open and three types compared.
#[wasm_bindgen_test]
async fn nothing_scrolls_sideways_at_320_px() {
    let document = web_sys::window().unwrap().document().unwrap();
    // Test scaffolding only (the widget itself never sets inline styles). The width sits on
    // a wrapper because the stylesheet's `:host { all: initial !important }` resets the
    // host's own.
    let frame = document.create_element("div").unwrap();
    frame.set_attribute("style", "width: 320px").unwrap();
    document.body().unwrap().append_child(&frame).unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    frame.append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
        .unwrap();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../../../www/ler-widgets.css")));
    shadow.append_child(&style).unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    root.set_class_name("ler-root");
    shadow.append_child(&root).unwrap();
    let _handle = mount(&root, options(Some("micro-credential"), true, false));
    settle().await;
    for label in [
        "Micro-credential",
        "Bachelor's degree",
        "Quality assurance credential",
    ] {
        find(&item(&root, label), ".ler-tree-row").click();
        settle().await;
        find(&root, ".ler-compare-pick input").click();
        settle().await;
    }
    assert_eq!(all(&root, ".ler-compare thead th").len(), 3);
    let right = host.get_bounding_client_rect().right();
    for el in all(&root, "*") {
        let r = el.get_bounding_client_rect();
        if r.width() == 0.0 {
            continue;
        }
        assert!(
            r.right() <= right + 0.5,
            "<{} class=\"{}\"> ends at {} px, past the widget's {} px",
            el.tag_name(),
            el.class_name(),
            r.right(),
            right
        );
    }
    // Tree and details stack: the details start below the tree.
    let tree = find(&root, ".ler-explorer-browse").get_bounding_client_rect();
    let details = find(&root, ".ler-explorer-details").get_bounding_client_rect();
    assert!(details.top() >= tree.bottom() - 0.5);
    assert!(root.query_selector("[style]").unwrap().is_none());
}
