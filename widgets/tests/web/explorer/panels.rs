//! The details, comparison and pathways panels, and the layout at 320 px.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::*;
use crate::dom::{all, container, find};

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
    // As the loader gives the explorer: the shared sheet, then its own.
    style.set_text_content(Some(concat!(
        include_str!("../../../../www/ler-widgets.css"),
        include_str!("../../../../www/ler-explorer.css")
    )));
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
        // The map is wider than a phone by design and scrolls inside its own frame, which
        // is checked like everything else.
        if r.width() == 0.0 || el.closest(".ler-map-scroll *").ok().flatten().is_some() {
            continue;
        }
        assert!(
            r.right() <= right + 0.5,
            "<{} class=\"{}\"> ends at {} px, past the widget's {} px",
            el.tag_name(),
            el.get_attribute("class").unwrap_or_default(),
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
