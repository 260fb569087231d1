//! Broken courses and the exact errors they must produce (file:line:col: message).

use crate::support::{compile_modules, error_lines, module};
use ler_content::compile_sources;
use ler_content::model::{Block, Inline, SectionKind};

#[test]
fn the_minimal_course_compiles() {
    let c = compile_modules(&[module("Fine [@vc-2].")]).unwrap();
    assert_eq!(c.modules[0].references[0].id, "vc-2");
}

#[test]
fn unknown_citation_key_is_located() {
    let lines = error_lines(&[module("See [@ctdl-2024].")]);
    assert_eq!(lines, vec!["m1.md:15:5: unknown reference key 'ctdl-2024'"]);
}

#[test]
fn every_error_is_reported_in_one_run() {
    let lines = error_lines(&[module("[@nope-1] and [@nope-2] and [x](module:nowhere).")]);
    assert_eq!(lines.len(), 3, "{lines:#?}");
}

#[test]
fn duplicate_ids_name_the_first_use() {
    let second = module("Fine.")
        .replace("id = \"m\"", "id = \"m2\"")
        .replace("order = 1", "order = 2");
    let lines = error_lines(&[module("Fine."), second]);
    assert!(
        lines.contains(
            &"m2.md:9:1: duplicate id 'm-objectives' (first used at m1.md:9:1)".to_owned()
        ),
        "{lines:#?}"
    );
}

#[test]
fn bad_id_syntax() {
    let lines = error_lines(&[module("Fine.").replace("{#m-reading}", "{#Reading_1}")]);
    assert_eq!(
        lines,
        vec![
            "m1.md:13:1: 'Reading_1' is not a valid id (lowercase letters, digits, single hyphens)"
        ]
    );
}

#[test]
fn script_links_are_refused_in_every_disguise() {
    for dest in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "&#106;avascript:alert(1)",
        "java&#9;script:x",
        "data:text/html,x",
        "vbscript:x",
    ] {
        let lines = error_lines(&[module(&format!("[click]({dest})"))]);
        assert_eq!(lines.len(), 1, "{dest}: {lines:#?}");
        assert!(
            lines[0].starts_with("m1.md:15:1: link scheme"),
            "{dest}: {}",
            lines[0]
        );
    }
    let lines = error_lines(&[module("<javascript:alert(1)>")]);
    assert!(lines[0].contains("link scheme 'javascript:'"), "{lines:#?}");
}

#[test]
fn images_are_refused() {
    let lines = error_lines(&[module("![x](https://example.org/a.png)")]);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].starts_with("m1.md:15:1: images are not supported"));
}

#[test]
fn missing_required_sections() {
    let text = "+++\nid = \"m\"\ntitle = \"M\"\nsummary = \"S\"\norder = 1\nminutes = 5\n+++\n\n## Reading {#m-reading}\n\nText.\n";
    let lines = error_lines(&[text.to_owned()]);
    assert_eq!(lines.len(), 4, "{lines:#?}");
    assert!(lines.iter().any(|l| l.contains("Learning objectives")));
    assert!(lines.iter().any(|l| l.contains("Reflection questions")));
    assert!(lines.iter().any(|l| l.contains("Checklist")));
    assert!(lines.iter().any(|l| l.contains("Case example")));
}

#[test]
fn empty_checklist_and_untasked_items() {
    let m = module("Fine.").replace("- [ ] Do it. {#m-item}", "Nothing to do.");
    let lines = error_lines(&[m]);
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("this checklist has no items")),
        "{lines:#?}"
    );
    let m = module("Fine.").replace("- [ ] Do it.", "- Do it.");
    let lines = error_lines(&[m]);
    assert!(
        lines.iter().any(|l| l.contains("task-list items")),
        "{lines:#?}"
    );
}

#[test]
fn unknown_module_section_credential_and_term_links() {
    let lines = error_lines(&[module(
        "[a](module:m#nope) [b](module:zz) [c](credential:zz) [d](term:zz)",
    )]);
    assert_eq!(
        lines,
        vec![
            "m1.md:15:1: module 'm' has no section 'nope'",
            "m1.md:15:20: link to unknown module 'zz'",
            "m1.md:15:35: link to unknown credential type 'zz'",
            "m1.md:15:54: link to unknown glossary term 'zz'",
        ]
    );
}

#[test]
fn case_example_must_say_composite() {
    let lines =
        error_lines(&[module("Fine.").replace("A composite college.", "Northfield University.")]);
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains("composite"), "{lines:#?}");
}

#[test]
fn unknown_toml_field_and_bad_toml_are_located() {
    let files = vec![
        (
            "course.toml".to_owned(),
            "id = \"c\"\ntitle = \"C\"\nsummary = \"S\"\nversion = \"1\"\ncolour = \"red\"\n"
                .to_owned(),
        ),
        ("m1.md".to_owned(), module("Fine.")),
    ];
    let errors = compile_sources(&files).unwrap_err();
    assert_eq!(errors[0].file, "course.toml");
    assert_eq!(errors[0].line, 5);
    assert!(
        errors[0].message.contains("unknown field `colour`"),
        "{}",
        errors[0]
    );

    let files = vec![
        (
            "course.toml".to_owned(),
            "id = \"c\"\ntitle = \n".to_owned(),
        ),
        ("m1.md".to_owned(), module("Fine.")),
    ];
    let errors = compile_sources(&files).unwrap_err();
    assert_eq!(
        (errors[0].file.as_str(), errors[0].line),
        ("course.toml", 2)
    );
}

#[test]
fn item_section_must_be_in_the_same_module() {
    let lines = error_lines(&[module("Fine.").replace("{#m-item}", "{#m-item section=elsewhere}")]);
    assert_eq!(
        lines,
        vec!["m1.md:27:1: section=elsewhere names no section of this module"]
    );
}

#[test]
fn raw_html_is_text_never_markup() {
    let c = compile_modules(&[module(
        "Hi <script>alert(1)</script> <b onclick=x>bold</b>\n\n<div>block</div>",
    )])
    .unwrap();
    let reading = &c.modules[0].sections[0];
    assert_eq!(
        reading.body[0],
        Block::Para(vec![Inline::Text(
            "Hi <script>alert(1)</script> <b onclick=x>bold</b>".into()
        )])
    );
    assert_eq!(
        reading.body[1],
        Block::Para(vec![Inline::Text("<div>block</div>".into())])
    );
    let json = serde_json::to_string(&c.modules[0]).unwrap();
    assert!(!json.contains("\"html\""));
}

#[test]
fn crlf_line_endings_work_like_lf() {
    let crlf = module("Fine [@vc-2].").replace('\n', "\r\n");
    let c = compile_modules(&[crlf]).unwrap();
    assert!(matches!(
        c.modules[0].sections.last().unwrap().kind,
        SectionKind::Reflection(_)
    ));
    assert_eq!(c.modules[0].objectives[0].id, "m-obj");
}
