//! A hostile course (`tests/e2e/fixtures/hostile-course-src/`, shared with the browser
//! suite): every XSS vector in its text compiles to literal text, and every link that could
//! run script is refused with a located error. `tests/e2e/fixtures/hostile-compiled/`, the
//! hand-written course that bypasses the compiler, is checked to be valid model JSON so the
//! browser suite really exercises the widgets with it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use ler_content::model::{Block, Course, FORMAT_VERSION, Inline, Library, Module};
use ler_content::{compile_dir, compile_sources};
use serde_json::Value;

use crate::support::read_files;

fn e2e_fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/e2e/fixtures")
        .join(name)
}

/// Every object key the model can serialise that is not in TEXT_KEYS.
const OTHER_MODEL_KEYS: &[&str] = &[
    // Inline, Target, Block variants
    "em",
    "b",
    "a",
    "cite",
    "br",
    "url",
    "module",
    "credential",
    "p",
    "h",
    "ul",
    "ol",
    "q",
    "table",
    "text",
    "reflect",
    "checklist",
    "case",
    // struct fields
    "to",
    "section",
    "level",
    "head",
    "rows",
    "format",
    "id",
    "modules",
    "order",
    "minutes",
    "sections",
    "course",
    "objectives",
    "references",
    "body",
    "kind",
    "prompt",
    "groups",
    "items",
    "guidance",
    "prompts",
    "resources",
    "standards",
    "credential_types",
    "pathways",
    "glossary",
    "sources",
    "parent",
    "terms",
    "steps",
    "source",
    "award_levels",
    "levels",
];

/// Keys whose string values are shown as words (text nodes), never used as an address or id.
const TEXT_KEYS: &[&str] = &[
    "t",
    "c",
    "pre",
    "title",
    "summary",
    "version",
    "author",
    "year",
    "label",
    "ctdl_class",
    "ob_achievement_type",
    "standards_note",
    "synonyms",
    "definition",
    "typical_size",
    "assessment",
    "issuer",
    "stackability",
    "note",
    "term",
    "publisher",
    "purpose",
    "name",
    "steward",
    "date",
    "represents",
    "relations",
    "short",
    "size",
];

/// Walks JSON, recording unknown keys and every string that carries a vector together with
/// the key it sits under (`None` when the path goes through a link target `to`).
fn walk(
    v: &Value,
    key: Option<&str>,
    under_target: bool,
    unknown: &mut BTreeSet<String>,
    hits: &mut Vec<(Option<String>, String)>,
    urls: &mut Vec<String>,
) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                if !TEXT_KEYS.contains(&k.as_str()) && !OTHER_MODEL_KEYS.contains(&k.as_str()) {
                    unknown.insert(k.clone());
                }
                // Link targets and reference urls are addresses.
                if let (true, Value::String(s)) = (k == "url", v) {
                    urls.push(s.clone());
                }
                walk(v, Some(k), under_target || k == "to", unknown, hits, urls);
            }
        }
        Value::Array(items) => {
            for item in items {
                walk(item, key, under_target, unknown, hits, urls);
            }
        }
        Value::String(s) if s.contains("__pwned") || s.to_ascii_lowercase().contains("<script") => {
            let at = if under_target {
                None
            } else {
                key.map(str::to_owned)
            };
            hits.push((at, s.clone()));
        }
        _ => {}
    }
}

fn plain_texts(blocks: &[Block]) -> Vec<String> {
    let json = serde_json::to_value(blocks).unwrap();
    let mut out = Vec::new();
    let (mut unknown, mut urls) = (BTreeSet::new(), Vec::new());
    let mut hits = Vec::new();
    walk(&json, None, false, &mut unknown, &mut hits, &mut urls);
    for (key, s) in hits {
        if key.as_deref() == Some("t") {
            out.push(s);
        }
    }
    out
}

fn is_safe_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    if lower.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    match lower.find(':') {
        Some(colon) if !lower[..colon].contains(['/', '?', '#']) => {
            matches!(&lower[..colon], "http" | "https" | "mailto")
        }
        _ => true,
    }
}

#[test]
fn the_hostile_course_compiles_and_every_vector_is_literal_text() {
    let compiled = match compile_dir(e2e_fixture("hostile-course-src")) {
        Ok(c) => c,
        Err(errors) => panic!(
            "the hostile course must compile (vectors are rendered inert, not refused):\n{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    };
    assert_eq!(compiled.modules.len(), 1);
    assert_eq!(compiled.library.credential_types.len(), 2);
    assert_eq!(compiled.library.glossary.len(), 1);

    let mut docs = vec![
        (
            "course.json",
            serde_json::to_value(&compiled.course).unwrap(),
        ),
        (
            "library.json",
            serde_json::to_value(&compiled.library).unwrap(),
        ),
    ];
    for m in &compiled.modules {
        docs.push(("module", serde_json::to_value(m).unwrap()));
    }
    let mut unknown = BTreeSet::new();
    let mut hits = Vec::new();
    let mut urls = Vec::new();
    for (_, doc) in &docs {
        walk(doc, None, false, &mut unknown, &mut hits, &mut urls);
    }
    assert!(unknown.is_empty(), "keys outside the model: {unknown:?}");
    assert!(
        hits.len() > 60,
        "only {} vector strings survived",
        hits.len()
    );
    let misplaced: Vec<_> = hits
        .iter()
        .filter(|(key, s)| {
            // An http(s) address may carry the characters in its query: it stays an address.
            let safe_address = matches!(key.as_deref(), None | Some("url")) && is_safe_url(s);
            !safe_address && !key.as_deref().is_some_and(|k| TEXT_KEYS.contains(&k))
        })
        .collect();
    assert!(
        misplaced.is_empty(),
        "vectors outside text values: {misplaced:#?}"
    );
    let unsafe_urls: Vec<_> = urls.iter().filter(|u| !is_safe_url(u)).collect();
    assert!(unsafe_urls.is_empty(), "unsafe urls: {unsafe_urls:?}");
    assert!(urls.len() >= 5, "{urls:?}");

    // Inside module bodies, markup sits in "t" (text), "c" (code span) or "pre" (code block).
    let module = &compiled.modules[0];
    let body_json = serde_json::to_value(&module.sections).unwrap();
    let (mut body_hits, mut u2) = (Vec::new(), Vec::new());
    walk(
        &body_json,
        None,
        false,
        &mut unknown,
        &mut body_hits,
        &mut u2,
    );
    for (key, s) in &body_hits {
        assert!(
            matches!(key.as_deref(), Some("t" | "c" | "pre" | "title"))
                || (key.is_none() && is_safe_url(s)),
            "{key:?}: {s}"
        );
    }

    let reading = &module.sections[0];
    assert_eq!(reading.id, "hostile-reading");
    let texts = plain_texts(&reading.body);
    for vector in [
        "<script>window.__pwned=1</script>",
        "<img src=x onerror=\"window.__pwned=1\">",
        "<svg onload=\"window.__pwned=1\"><circle r=\"1\"/></svg>",
        "<iframe src=\"javascript:window.__pwned=1\"></iframe>",
        "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
        "<object data=\"javascript:window.__pwned=1\"></object>",
        "<embed src=\"javascript:window.__pwned=1\">",
        "<style>*{x:expression(window.__pwned=1)} body{background:url(\"javascript:window.__pwned=1\")}</style>",
        "<!-- <script>window.__pwned=1</script> -->",
        // Entities decode to the characters they name, still as text.
        "Entities hiding script: <script>window.__pwned=1</script> and <img src=x onerror=\"window.__pwned=1\"> and <svg onload=window.__pwned=1>.",
    ] {
        assert!(
            texts.iter().any(|t| t == vector),
            "{vector:?} is not a text node of its own: {texts:#?}"
        );
    }
    assert!(reading.body.contains(&Block::Para(vec![Inline::Text(
        "<script>window.__pwned=1</script>".into()
    )])));
    let code = &module.sections[1];
    assert_eq!(code.id, "hostile-code");
    assert!(code.body.contains(&Block::Code(
        "<script>window.__pwned=1</script>\n<img src=x onerror=\"window.__pwned=1\">\n<iframe src=\"javascript:window.__pwned=1\"></iframe>".into()
    )));
    assert!(code.body.iter().any(|b| matches!(b, Block::Para(t)
        if t.contains(&Inline::Code("<script>window.__pwned=1</script>".into())))));
    assert!(
        module.title.contains("<script>window.__pwned=1</script>"),
        "{}",
        module.title
    );
    assert!(
        compiled
            .library
            .references
            .iter()
            .any(|r| r.title.starts_with("<script>window.__pwned=1</script>"))
    );
}

/// The hostile module with its line of allowed links replaced by `line`, and the number of
/// that line.
fn hostile_with(line: &str) -> (Vec<(String, String)>, usize) {
    let mut files = read_files(&e2e_fixture("hostile-course-src"));
    let module = files
        .iter_mut()
        .find(|(n, _)| n == "01-hostile.md")
        .unwrap();
    let at = module
        .1
        .lines()
        .position(|l| l.starts_with("Links that are allowed:"))
        .unwrap();
    let mut lines: Vec<&str> = module.1.lines().collect();
    lines[at] = line;
    module.1 = lines.join("\n") + "\n";
    (files, at + 1)
}

#[test]
fn links_that_could_run_script_and_images_are_refused_with_a_located_error() {
    assert!(compile_sources(&hostile_with("Nothing here.").0).is_ok());
    let vectors = [
        ("[x](javascript:window.__pwned=1)", "'javascript:'"),
        ("[x](JaVaScRiPt:window.__pwned=1)", "'javascript:'"),
        ("[x]( \tjavascript:window.__pwned=1)", "'javascript:'"),
        ("[x](<java\tscript:window.__pwned=1>)", "'javascript:'"),
        ("[x](java&#x09;script:window.__pwned=1)", "'javascript:'"),
        ("[x](java&Tab;script:window.__pwned=1)", "'javascript:'"),
        ("[x](&#106;avascript:window.__pwned=1)", "'javascript:'"),
        ("[x](jav&#x61;script&#58;window.__pwned=1)", "'javascript:'"),
        ("[x](javascript&colon;window.__pwned=1)", "'javascript:'"),
        // A browser would read this one as a path; the compiler refuses it all the same.
        ("[x](\\javascript:window.__pwned=1)", "is not allowed"),
        ("<javascript:window.__pwned=1>", "'javascript:'"),
        ("<JAVASCRIPT:window.__pwned=1>", "'javascript:'"),
        (
            "[x][evil]\n\n[evil]: javascript:window.__pwned=1",
            "'javascript:'",
        ),
        (
            "[x](javascript:window.__pwned=1 \"title\")",
            "'javascript:'",
        ),
        ("*[x](javascript:window.__pwned=1)*", "'javascript:'"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "'data:'"),
        ("[x](DaTa:text/html,%3Cscript%3E)", "'data:'"),
        ("[x](vbscript:msgbox(1))", "'vbscript:'"),
        ("[x](VBScript:msgbox(1))", "'vbscript:'"),
        ("[x](file:///etc/passwd)", "'file:'"),
        (
            "![x](https://example.org/a.png)",
            "images are not supported",
        ),
        (
            "![x](javascript:window.__pwned=1)",
            "images are not supported",
        ),
        (
            "![x](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)",
            "images are not supported",
        ),
        (
            "[![x](https://example.org/a.png)](https://example.org/)",
            "images are not supported",
        ),
    ];
    let mut failures = Vec::new();
    for (vector, expected) in vectors {
        let (files, line) = hostile_with(vector);
        match compile_sources(&files) {
            Ok(_) => failures.push(format!("{vector:?} compiled")),
            Err(errors) => {
                let located = errors.iter().any(|e| {
                    e.file.ends_with("01-hostile.md")
                        && e.line == line
                        && e.col >= 1
                        && e.message.contains(expected)
                });
                if !located {
                    failures.push(format!(
                        "{vector:?}: no error at 01-hostile.md:{line} mentioning {expected}: {:?}",
                        errors.iter().map(ToString::to_string).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_script_url_in_references_toml_is_refused_with_a_located_error() {
    for url in [
        "javascript:window.__pwned=1",
        " JaVaScRiPt:x",
        "data:text/html,x",
        "vbscript:x",
    ] {
        let mut files = read_files(&e2e_fixture("hostile-course-src"));
        let refs = files
            .iter_mut()
            .find(|(n, _)| n == "references.toml")
            .unwrap();
        refs.1 = refs.1.replace(
            "url = \"http://example.org/plain\"",
            &format!("url = {url:?}"),
        );
        let errors = compile_sources(&files).err().unwrap_or_default();
        assert!(
            errors
                .iter()
                .any(|e| e.file.ends_with("references.toml") && e.line == 14),
            "{url:?}: {:?}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>()
        );
    }
}

#[test]
fn the_hand_written_hostile_course_is_valid_model_json() {
    let dir = e2e_fixture("hostile-compiled");
    let read = |p: &str| std::fs::read_to_string(dir.join(p)).unwrap();
    let course: Course = serde_json::from_str(&read("course.json")).unwrap();
    let library: Library = serde_json::from_str(&read("library.json")).unwrap();
    assert_eq!(course.format, FORMAT_VERSION);
    assert_eq!(library.format, FORMAT_VERSION);
    for summary in &course.modules {
        let module: Module =
            serde_json::from_str(&read(&format!("modules/{}.json", summary.id))).unwrap();
        assert_eq!(module.format, FORMAT_VERSION);
        assert_eq!(module.course, course.id);
        let ids: Vec<_> = module.sections.iter().map(|s| &s.id).collect();
        let listed: Vec<_> = summary.sections.iter().map(|s| &s.id).collect();
        assert_eq!(ids, listed);
        // Bypassing the compiler: it carries links the compiler would refuse.
        let json = serde_json::to_value(&module).unwrap();
        let (mut unknown, mut hits, mut urls) = (BTreeSet::new(), Vec::new(), Vec::new());
        walk(&json, None, false, &mut unknown, &mut hits, &mut urls);
        assert!(unknown.is_empty(), "{unknown:?}");
        assert!(
            urls.iter().filter(|u| !is_safe_url(u)).count() >= 10,
            "{urls:?}"
        );
    }
}
