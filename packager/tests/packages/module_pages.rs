//! The module viewer's page of each module, written into the site (`--pages`).

use super::*;
use ler_package::pages;

#[test]
fn every_module_gets_a_page_with_its_text_inside_the_widget() {
    let root = fixture_dist();
    let written = pages::write_pages(&root).unwrap();
    assert_eq!(
        written[..2],
        [
            root.join("embed/module-viewer/first-steps.html"),
            root.join("embed/module-viewer/trust-and-records.html"),
        ]
    );
    let page = std::fs::read_to_string(&written[1]).unwrap();
    assert!(page.contains(
        "<main id=\"widget\"><ler-module-viewer module=\"trust-and-records\" heading-level=\"1\">\
         <div class=\"ler-prerendered ler-root\">"
    ));
    assert!(page.contains(
        "<h1 id=\"ler-page-title\" class=\"ler-rank-0\">Trust &amp; &lt;records&gt; \"quoted\" it's</h1>"
    ));
    assert!(page.contains("<p>Prose.</p>"));
    assert!(page.contains("<div class=\"ler-item-main\">A</div>"));
    assert!(page.ends_with("</article></div></ler-module-viewer></main>\n</body>\n</html>\n"));
    // What the widget will read is asked for with the page, relative to its folder.
    for preload in [
        "<link rel=\"stylesheet\" href=\"../../ler-widgets.css\">",
        "<link rel=\"stylesheet\" href=\"../../ler-core.css\">",
        "<script type=\"module\" src=\"../embed.js\"></script>",
        "<link rel=\"preload\" href=\"../../ler-www_bg.wasm\" as=\"fetch\" crossorigin>",
        "<link rel=\"preload\" href=\"../../content/modules/trust-and-records.json\" as=\"fetch\" crossorigin>",
    ] {
        assert!(page.contains(preload), "{preload} missing from {page}");
    }
    assert_eq!(page.matches("<script").count(), 1);
}

#[test]
fn a_site_without_its_course_gets_no_pages_and_a_clear_error() {
    let root = fixture_dist();
    std::fs::remove_file(root.join("content/course.json")).unwrap();
    let error = pages::write_pages(&root).unwrap_err().to_string();
    assert!(error.contains("course.json is missing"), "{error}");
    assert!(!root.join("embed/module-viewer").exists());
    assert!(!root.join("embed/checklist").exists());
}

#[test]
fn every_checklist_gets_a_page_with_its_items_inside_the_widget() {
    let root = fixture_dist();
    let written = pages::write_pages(&root).unwrap();
    assert_eq!(
        written[2..4],
        [
            root.join("embed/checklist/first-steps-checklist.html"),
            root.join("embed/checklist/trust-and-records-checklist.html"),
        ]
    );
    let page = std::fs::read_to_string(&written[3]).unwrap();
    assert!(page.contains(
        "<main id=\"widget\"><ler-checklist module=\"trust-and-records\" \
         list=\"trust-and-records-checklist\" heading-level=\"1\">\
         <div class=\"ler-prerendered ler-root\"><article class=\"ler-checklist-widget\" aria-label=\"Do\">\
         <p class=\"ler-eyebrow\">Fixture Course · Module 2: Trust &amp; &lt;records&gt; \"quoted\" it's</p>\
         <div class=\"ler-checklist\">"
    ));
    assert!(page.contains("<div class=\"ler-item-main\">A</div>"));
    assert!(page.ends_with("</div></article></div></ler-checklist></main>\n</body>\n</html>\n"));
    // The widget reads the module's file: it is asked for with the page.
    assert!(page.contains(
        "<link rel=\"preload\" href=\"../../content/modules/trust-and-records.json\" as=\"fetch\" crossorigin>"
    ));
    assert!(!page.contains("<input"));
}

#[test]
fn every_module_and_checklist_gets_a_fragment_for_the_loader_at_the_widgets_default_level() {
    let root = fixture_dist();
    let written = pages::write_pages(&root).unwrap();
    assert_eq!(
        written[4..],
        [
            root.join("prerendered/module-viewer/first-steps.html"),
            root.join("prerendered/module-viewer/trust-and-records.html"),
            root.join("prerendered/checklist/first-steps-checklist.html"),
            root.join("prerendered/checklist/trust-and-records-checklist.html"),
            root.join("prerendered/index.json"),
        ]
    );
    // What the loader checks an element's id against before it asks for a fragment.
    assert_eq!(
        std::fs::read_to_string(&written[8]).unwrap(),
        "{\"checklist\":[\"first-steps-checklist\",\"trust-and-records-checklist\"],\
         \"module-viewer\":[\"first-steps\",\"trust-and-records\"]}\n"
    );
    let module = std::fs::read_to_string(&written[5]).unwrap();
    // The text alone (no page around it), its top heading an h2 as in the widget.
    assert!(
        module.starts_with("<div class=\"ler-prerendered ler-root\"><article class=\"ler-viewer\"")
    );
    assert!(module.ends_with("</article></div>"));
    assert!(module.contains(
        "<h2 id=\"ler-page-title\" class=\"ler-rank-0\">Trust &amp; &lt;records&gt; \"quoted\" it's</h2>"
    ));
    assert!(!module.contains("<script"));
    let list = std::fs::read_to_string(&written[7]).unwrap();
    assert!(list.starts_with(
        "<div class=\"ler-prerendered ler-root\"><article class=\"ler-checklist-widget\" aria-label=\"Do\">"
    ));
    assert!(
        list.contains("<h2 class=\"ler-checklist-title ler-rank-0\">Do</h2>"),
        "{list}"
    );
}
