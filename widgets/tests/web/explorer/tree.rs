//! The tree: keyboard, clicks, the filter, and the options that shape it.

use wasm_bindgen_test::*;

use super::*;
use crate::dom::{all, container, find, sleep};

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
