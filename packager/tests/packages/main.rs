//! Packages built from a small fixture `dist/`, read back from their zips and checked for the
//! structure SCORM 1.2, SCORM 2004 4th edition and Common Cartridge 1.1 require.
//!
//! This file holds the fixture and the readers every test shares; the tests are grouped by
//! what they look at: the SCORM packages (`scorm_packages`), the Common Cartridge
//! (`cartridge_package`), the package check (`damage_found`), the module pages written into
//! the site (`module_pages`) and the CC 1.1 schema rules
//! Moodle's importer applies (`cc11_rules`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use ler_content::model::*;
use ler_package::{Built, Dist, Kind, build_all, cartridge, cc11_schema, check, read_zip, scorm};
use roxmltree::{Document, Node};

mod cartridge_package;
mod cc11_rules;
mod damage_found;
mod module_pages;
mod scorm_packages;

const BASE: &str = "https://learn.example.edu/ler-widgets/";

/// A fresh, empty folder under the system's temp dir.
fn temp_dir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "ler-package-test-{}-{}-{name}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn module(id: &str, order: u32, title: &str) -> Module {
    let text = |s: &str| vec![Inline::Text(s.to_owned())];
    Module {
        format: FORMAT_VERSION,
        course: "fixture-course".into(),
        id: id.into(),
        title: title.into(),
        summary: format!("What {id} is about."),
        order,
        minutes: 20,
        objectives: vec![],
        sections: vec![
            Section {
                id: format!("{id}-read"),
                title: "Read".into(),
                body: vec![Block::Para(text("Prose."))],
                kind: SectionKind::Text,
            },
            Section {
                id: format!("{id}-list"),
                title: "Checklist".into(),
                body: vec![],
                kind: SectionKind::Checklist(Checklist {
                    id: format!("{id}-checklist"),
                    title: "Do".into(),
                    groups: vec![ChecklistGroup {
                        title: None,
                        items: vec![ChecklistItem {
                            id: format!("{id}-check-a"),
                            text: text("A"),
                            guidance: vec![],
                            section: None,
                        }],
                    }],
                }),
            },
        ],
        references: vec![],
    }
}

/// Writes a built site with two modules (one with XML-special characters in its title).
fn fixture_dist() -> PathBuf {
    let root = temp_dir("dist");
    let modules = [
        module("first-steps", 1, "First steps"),
        module("trust-and-records", 2, "Trust & <records> \"quoted\" it's"),
    ];
    let course = Course {
        format: FORMAT_VERSION,
        id: "fixture-course".into(),
        title: "Fixture Course".into(),
        summary: "A course for the packager's tests.".into(),
        version: "2.1.0".into(),
        modules: modules.iter().map(Module::summary).collect(),
    };
    std::fs::create_dir_all(root.join("content/modules")).unwrap();
    std::fs::write(
        root.join("content/course.json"),
        serde_json::to_string(&course).unwrap(),
    )
    .unwrap();
    for m in &modules {
        std::fs::write(
            root.join(format!("content/modules/{}.json", m.id)),
            serde_json::to_string(m).unwrap(),
        )
        .unwrap();
    }
    std::fs::write(root.join("content/library.json"), "{\"format\":1}").unwrap();
    std::fs::write(
        root.join("ler-widgets.js"),
        "import init from './ler-www.js';",
    )
    .unwrap();
    for bundle in ["ler-www", "ler-scorm", "ler-explorer"] {
        std::fs::write(
            root.join(format!("{bundle}.js")),
            "export default function init() {}",
        )
        .unwrap();
        std::fs::write(root.join(format!("{bundle}_bg.wasm")), b"\0asm\x01\0\0\0").unwrap();
    }
    for sheet in ["ler-widgets.css", "ler-core.css", "ler-explorer.css"] {
        std::fs::write(root.join(sheet), ":host { all: initial }").unwrap();
    }
    std::fs::write(root.join("favicon.ico"), b"\0\0\x01\0").unwrap();
    std::fs::create_dir_all(root.join("snippets/ler-widgets-abc")).unwrap();
    std::fs::write(
        root.join("snippets/ler-widgets-abc/inline0.js"),
        "export {}",
    )
    .unwrap();
    // Things of the demo site that no package needs.
    std::fs::write(root.join("index.html"), "<!doctype html>").unwrap();
    std::fs::create_dir_all(root.join("examples")).unwrap();
    std::fs::write(root.join("examples/x.html"), "<!doctype html>").unwrap();
    root
}

fn built() -> (Dist, Vec<Built>) {
    let dist = Dist::open(&fixture_dist()).unwrap();
    let built = build_all(&dist, Some(BASE)).unwrap();
    (dist, built)
}

fn files(b: &Built) -> BTreeMap<String, Vec<u8>> {
    read_zip(&b.zip).unwrap()
}

fn text(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(files[path].clone()).unwrap()
}

fn find<'a>(built: &'a [Built], name: &str) -> &'a Built {
    built
        .iter()
        .find(|b| b.package.name == name)
        .unwrap_or_else(|| panic!("no package {name}"))
}

fn children<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Vec<Node<'a, 'i>> {
    node.children()
        .filter(|c| c.is_element() && c.tag_name().name() == name)
        .collect()
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Node<'a, 'i> {
    children(node, name)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no {name} in {}", node.tag_name().name()))
}

/// Every `identifier` in the manifest, checked unique.
fn identifiers(doc: &Document<'_>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        if let Some(id) = node.attribute("identifier") {
            assert!(seen.insert(id.to_owned()), "identifier {id} twice");
        }
    }
    seen
}

#[test]
fn every_package_is_built_and_passes_the_check() {
    let (dist, built) = built();
    // Course + one per module, for each SCORM version, and the cartridge.
    assert_eq!(built.len(), 2 * (1 + dist.modules.len()) + 1);
    let names: Vec<&str> = built.iter().map(|b| b.package.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "fixture-course-scorm12.zip",
            "fixture-course-01-first-steps-scorm12.zip",
            "fixture-course-02-trust-and-records-scorm12.zip",
            "fixture-course-scorm2004.zip",
            "fixture-course-01-first-steps-scorm2004.zip",
            "fixture-course-02-trust-and-records-scorm2004.zip",
            "fixture-course.imscc",
        ]
    );
    for b in &built {
        let summary = check(b.kind, &files(b)).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(summary, b.summary);
    }
}
