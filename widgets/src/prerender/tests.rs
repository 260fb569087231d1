//! What a pre-rendered page must hold and must never hold.

#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "tests fail loudly"
)]

use ler_content::model::*;

use super::{checklist_html, module_viewer_fragment, module_viewer_html};

fn text(s: &str) -> Text {
    vec![Inline::Text(s.to_owned())]
}

fn section(id: &str, title: &str, body: Vec<Block>, kind: SectionKind) -> Section {
    Section {
        id: id.to_owned(),
        title: title.to_owned(),
        body,
        kind,
    }
}

fn link(to: Target, words: &str) -> Inline {
    Inline::Link(Link {
        to,
        text: text(words),
    })
}

const COURSE: &str = "From Records to Recognition";

fn module() -> Module {
    Module {
        id: "m".to_owned(),
        title: "Why <credentials>".to_owned(),
        summary: "A summary & more.".to_owned(),
        order: 3,
        minutes: 45,
        objectives: vec![LearningObjective {
            id: "o1".to_owned(),
            text: text("Explain the shift."),
        }],
        sections: vec![
            section(
                "intro",
                "Introduction",
                vec![Block::Para(vec![
                    Inline::Text("Read ".to_owned()),
                    link(
                        Target::Url("https://example.org/a?b=1&c=2".to_owned()),
                        "this",
                    ),
                    Inline::Text(", not ".to_owned()),
                    link(Target::Url("javascript:alert(1)".to_owned()), "that"),
                    Inline::Cite(vec!["r2".to_owned(), "unknown".to_owned()]),
                ])],
                SectionKind::Text,
            ),
            section(
                "more",
                "Going further",
                vec![Block::Heading {
                    level: 3,
                    text: text("A sub-heading"),
                }],
                SectionKind::Reflection(vec![ReflectionQuestion {
                    id: "q1".to_owned(),
                    prompt: text("What would you change?"),
                }]),
            ),
        ],
        references: ["r1", "r2"]
            .iter()
            .map(|id| Reference {
                id: (*id).to_owned(),
                title: format!("Title {id}"),
                author: "Author".to_owned(),
                year: "2024".to_owned(),
                url: "https://example.org/".to_owned(),
                kind: "report".to_owned(),
            })
            .collect(),
        ..Module::default()
    }
}

#[test]
fn the_page_holds_the_title_objectives_and_every_section_in_order() {
    let html = module_viewer_html(COURSE, &module(), 1);
    let at = |needle: &str| {
        html.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {html}"))
    };
    assert!(html.starts_with("<div class=\"ler-prerendered ler-root\">"));
    assert!(
        at("<h1 id=\"ler-page-title\" class=\"ler-rank-0\">Why &lt;credentials&gt;</h1>")
            < at("Learning objectives")
    );
    assert!(at("From Records to Recognition</span> · Module 3 · about 45 minutes") < at("<h1"));
    assert!(at("<li>Explain the shift.</li>") < at("Introduction</h2>"));
    assert!(at("Introduction</h2>") < at("Going further</h2>"));
    assert!(at("<h3 class=\"ler-rank-2\">A sub-heading</h3>") < at("What would you change?"));
    // The table of contents links to each section's heading on the page.
    assert!(html.contains(
        "<span class=\"ler-toc-number\">2.</span><a href=\"#ler-page-section-more\">Going further</a><span class=\"ler-toc-marks\" aria-hidden=\"true\">\u{a0}</span>"
    ));
    assert!(html.contains("id=\"ler-page-section-more\""));
}

#[test]
fn headings_follow_the_level_the_page_asks_for() {
    let html = module_viewer_html(COURSE, &module(), 2);
    assert!(html.contains("<h2 id=\"ler-page-title\" class=\"ler-rank-0\">"));
    assert!(html.contains("<h3 id=\"ler-page-section-intro\" class=\"ler-rank-1\">"));
    assert!(html.contains("<h4 class=\"ler-rank-2\">A sub-heading</h4>"));
    // Not a level: the widget's default.
    assert_eq!(module_viewer_html(COURSE, &module(), 9), html);
}

#[test]
fn the_fragment_opens_the_first_section_as_the_widget_does_at_its_default_level() {
    let page = module_viewer_html(COURSE, &module(), 2);
    let fragment = module_viewer_fragment(COURSE, &module());
    let sections = |html: &str| {
        html.match_indices("<div class=\"ler-section\"")
            .map(|(at, _)| html[at..].split_once('>').unwrap().0.to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        sections(&fragment),
        [
            "<div class=\"ler-section\" role=\"group\" aria-labelledby=\"ler-page-section-intro\"",
            "<div class=\"ler-section\" role=\"group\" aria-labelledby=\"ler-page-section-more\" hidden=\"\"",
        ]
    );
    assert!(sections(&page).iter().all(|s| !s.contains("hidden")));
    // Apart from that attribute, the same text at the same level.
    assert_eq!(fragment.replace(" hidden=\"\"", ""), page);
}

#[test]
fn only_safe_links_become_links_and_citations_point_at_the_references() {
    let html = module_viewer_html(COURSE, &module(), 1);
    assert!(html.contains(
        "<a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer\" target=\"_blank\">this</a>"
    ));
    assert!(!html.contains("javascript:"));
    assert!(html.contains(", not that<sup>"));
    // r2 is reference 2; an id the module does not list gets no number.
    assert!(html.contains(
        "<sup><a href=\"#ler-page-ref-2\" class=\"ler-cite\" aria-label=\"Reference 2\">[2]</a></sup>"
    ));
    assert!(html.contains("<li id=\"ler-page-ref-2\" tabindex=\"-1\">"));
}

#[test]
fn nothing_from_the_course_becomes_markup() {
    let mut module = module();
    module.summary = "</p><script>alert(1)</script>".to_owned();
    module.sections[0].title = "\"><img src=x onerror=alert(1)>".to_owned();
    let html = module_viewer_html(COURSE, &module, 1);
    assert!(!html.contains("<script"));
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;/p&gt;&lt;script&gt;"));
}

#[test]
fn what_only_the_widget_can_show_waits_for_it() {
    let html = module_viewer_html(COURSE, &module(), 1);
    // The progress box stands where the widget puts it, saying so; no answer box to type
    // into that the widget would then replace.
    assert!(html.contains("appears here once the page has loaded"));
    assert!(html.contains(
        "<button type=\"button\" class=\"ler-secondary ler-export-notes\" disabled=\"\">"
    ));
    assert!(!html.contains("<textarea"));
    assert!(!html.contains("<input"));
}

fn list() -> Checklist {
    let item = |id: &str, words: Vec<Inline>| ChecklistItem {
        id: id.to_owned(),
        text: words,
        ..ChecklistItem::default()
    };
    Checklist {
        id: "l".to_owned(),
        title: "Before you <issue>".to_owned(),
        groups: vec![
            ChecklistGroup {
                title: None,
                items: vec![item("a", text("Name the registrar."))],
            },
            ChecklistGroup {
                title: Some("Then & after".to_owned()),
                items: vec![
                    item("b", text("Check the <seal>.")),
                    item(
                        "c",
                        vec![
                            Inline::Text("Cite it".to_owned()),
                            Inline::Cite(vec!["r2".to_owned()]),
                        ],
                    ),
                ],
            },
        ],
    }
}

#[test]
fn the_checklist_page_holds_its_title_groups_and_items_in_order() {
    let html = checklist_html(COURSE, &module(), &list(), 1);
    // The widget's wrapper, with the line naming the course and the module.
    assert!(html.starts_with(
        "<div class=\"ler-prerendered ler-root\">\
         <article class=\"ler-checklist-widget\" aria-label=\"Before you &lt;issue&gt;\">\
         <p class=\"ler-eyebrow\">From Records to Recognition · Module 3: Why &lt;credentials&gt;</p>\
         <div class=\"ler-checklist\">"
    ));
    assert!(
        html.contains("<h1 class=\"ler-checklist-title ler-rank-0\">Before you &lt;issue&gt;</h1>")
    );
    assert!(html.contains("<h2 class=\"ler-checklist-group ler-rank-1\">Then &amp; after</h2>"));
    let at = |words: &str| {
        html.find(words)
            .unwrap_or_else(|| panic!("{words} missing"))
    };
    assert!(at("Name the registrar.") < at("Then &amp; after"));
    assert!(at("Then &amp; after") < at("Check the &lt;seal&gt;."));
    assert!(at("Check the &lt;seal&gt;.") < at("Cite it"));
    // As in the widget, a lone checklist numbers no citation: it shows no reference list.
    assert!(html.contains("Cite it<sup></sup>"));
}

#[test]
fn on_the_checklist_page_the_boxes_and_the_count_wait_for_the_widget() {
    let html = checklist_html(COURSE, &module(), &list(), 2);
    assert!(html.contains("<h2 class=\"ler-checklist-title ler-rank-0\">"));
    assert!(html.contains("appear here once the page has loaded"));
    // A bar with no value yet, named by the line beside it.
    assert!(html.contains("<progress aria-labelledby=\"ler-page-count\"></progress>"));
    assert!(!html.contains("<input"));
    assert!(!html.contains("<button"));
    assert!(!html.contains("<textarea"));
}
