//! Packages built from a small fixture `dist/`, read back from their zips and checked for the
//! structure SCORM 1.2, SCORM 2004 4th edition and Common Cartridge 1.1 require.
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
    std::fs::write(root.join("ler-www.js"), "export default function init() {}").unwrap();
    std::fs::write(root.join("ler-www_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(root.join("ler-widgets.css"), ":host { all: initial }").unwrap();
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

#[test]
fn scorm_12_course_manifest() {
    let (dist, built) = built();
    let b = find(&built, "fixture-course-scorm12.zip");
    let files = files(b);
    // Self-contained: the widgets, the compiled course, a launch page per module.
    for path in [
        "imsmanifest.xml",
        "ler-widgets.js",
        "ler-www.js",
        "ler-www_bg.wasm",
        "ler-widgets.css",
        "favicon.ico",
        "snippets/ler-widgets-abc/inline0.js",
        "content/course.json",
        "content/library.json",
        "content/modules/first-steps.json",
        "content/modules/trust-and-records.json",
        "sco/first-steps.html",
        "sco/trust-and-records.html",
        "sco/sco.css",
    ] {
        assert!(files.contains_key(path), "{path} missing");
    }
    assert!(!files.contains_key("index.html") && !files.contains_key("examples/x.html"));
    assert_eq!(files.len(), 14);

    let manifest = text(&files, "imsmanifest.xml");
    let doc = Document::parse(&manifest).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(scorm::ns12::CP));
    assert_eq!(
        root.lookup_namespace_uri(Some("adlcp")),
        Some("http://www.adlnet.org/xsd/adlcp_rootv1p2")
    );
    assert_eq!(root.attribute("version"), Some("2.1.0"));
    let schema_location = root
        .attribute((
            "http://www.w3.org/2001/XMLSchema-instance",
            "schemaLocation",
        ))
        .unwrap();
    assert!(
        schema_location
            .contains("http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd")
    );
    assert!(
        schema_location.contains("http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd")
    );

    let metadata = child(root, "metadata");
    assert_eq!(child(metadata, "schema").text(), Some("ADL SCORM"));
    assert_eq!(child(metadata, "schemaversion").text(), Some("1.2"));
    let general = child(child(metadata, "lom"), "general");
    assert_eq!(
        child(child(general, "title"), "langstring").text(),
        Some("Fixture Course")
    );
    assert_eq!(
        child(child(general, "description"), "langstring").text(),
        Some("A course for the packager's tests.")
    );

    let organizations = child(root, "organizations");
    let organization = child(organizations, "organization");
    assert_eq!(
        organizations.attribute("default"),
        organization.attribute("identifier")
    );
    assert_eq!(child(organization, "title").text(), Some("Fixture Course"));
    let items = children(organization, "item");
    assert_eq!(items.len(), dist.modules.len());
    assert_eq!(
        child(items[1], "title").text(),
        Some("Trust & <records> \"quoted\" it's")
    );

    let resources = children(child(root, "resources"), "resource");
    let adlcp = scorm::ns12::ADLCP;
    let scos: Vec<_> = resources
        .iter()
        .filter(|r| r.attribute((adlcp, "scormtype")) == Some("sco"))
        .collect();
    assert_eq!(scos.len(), 2);
    for (item, module) in items.iter().zip(&dist.modules) {
        let resource = resources
            .iter()
            .find(|r| r.attribute("identifier") == item.attribute("identifierref"))
            .unwrap();
        assert_eq!(resource.attribute((adlcp, "scormtype")), Some("sco"));
        assert_eq!(
            resource.attribute("href"),
            Some(format!("sco/{}.html", module.id).as_str())
        );
        assert_eq!(resource.attribute("type"), Some("webcontent"));
        let lom_title = child(
            child(child(child(*resource, "metadata"), "lom"), "general"),
            "title",
        );
        assert_eq!(
            child(lom_title, "langstring").text(),
            Some(module.title.as_str())
        );
        let deps: Vec<_> = children(*resource, "dependency")
            .iter()
            .map(|d| d.attribute("identifierref").unwrap().to_owned())
            .collect();
        assert_eq!(deps, ["RES-runtime", "RES-content"]);
    }
    identifiers(&doc);
}

#[test]
fn scorm_2004_manifest_and_sequencing() {
    let (_, built) = built();
    let b = find(&built, "fixture-course-scorm2004.zip");
    let files = files(b);
    let manifest = text(&files, "imsmanifest.xml");
    let doc = Document::parse(&manifest).unwrap();
    let root = doc.root_element();
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.imsglobal.org/xsd/imscp_v1p1")
    );
    assert_eq!(
        root.lookup_namespace_uri(Some("adlcp")),
        Some("http://www.adlnet.org/xsd/adlcp_v1p3")
    );
    assert_eq!(
        root.lookup_namespace_uri(Some("imsss")),
        Some("http://www.imsglobal.org/xsd/imsss")
    );
    let metadata = child(root, "metadata");
    assert_eq!(
        child(metadata, "schemaversion").text(),
        Some("2004 4th Edition")
    );
    let general = child(child(metadata, "lom"), "general");
    assert_eq!(
        child(general, "title")
            .first_element_child()
            .unwrap()
            .attribute("language"),
        Some("en")
    );

    let organization = child(child(root, "organizations"), "organization");
    // Sequencing comes last in its parent, as the schema orders it.
    let last = organization.last_element_child().unwrap();
    assert_eq!(last.tag_name().name(), "sequencing");
    let control = child(last, "controlMode");
    assert_eq!(control.attribute("flow"), Some("true"));
    assert_eq!(control.attribute("choice"), Some("true"));
    for item in children(organization, "item") {
        let sequencing = item.last_element_child().unwrap();
        assert_eq!(
            sequencing.tag_name().namespace(),
            Some(scorm::ns2004::IMSSS)
        );
        assert_eq!(
            child(sequencing, "deliveryControls").attribute("completionSetByContent"),
            Some("true")
        );
    }
    let resources = children(child(root, "resources"), "resource");
    assert_eq!(
        resources
            .iter()
            .filter(|r| r.attribute((scorm::ns2004::ADLCP, "scormType")) == Some("sco"))
            .count(),
        2
    );
    // The 1.2 spelling must not appear in a 2004 manifest.
    assert!(
        resources
            .iter()
            .all(|r| r.attribute((scorm::ns2004::ADLCP, "scormtype")).is_none())
    );
    identifiers(&doc);
}

#[test]
fn launch_pages_show_the_module_viewer_in_lms_mode_without_inline_code() {
    let (_, built) = built();
    for (name, lms) in [
        ("fixture-course-scorm12.zip", "scorm-1.2"),
        ("fixture-course-scorm2004.zip", "scorm-2004"),
    ] {
        let files = files(find(&built, name));
        let page = text(&files, "sco/trust-and-records.html");
        assert!(page.contains(&format!(
            "<ler-module-viewer module=\"trust-and-records\" lms=\"{lms}\"></ler-module-viewer>"
        )));
        assert!(page.contains("<script type=\"module\" src=\"../ler-widgets.js\"></script>"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"sco.css\">"));
        assert!(page.contains("<link rel=\"icon\" href=\"../favicon.ico\">"));
        assert!(
            page.contains("<title>Trust &amp; &lt;records&gt; &quot;quoted&quot; it&apos;s"),
            "{page}"
        );
        // Strict CSP: one script, external; no inline style or handlers.
        assert_eq!(page.matches("<script").count(), 1);
        assert!(!page.contains("style=") && !page.contains("<style") && !page.contains(" on"));
        // Nothing leaves the package.
        assert!(!page.contains("http:") && !page.contains("https:"));
    }
}

#[test]
fn per_module_packages_describe_their_module() {
    let (dist, built) = built();
    let b = find(&built, "fixture-course-02-trust-and-records-scorm12.zip");
    let files = files(b);
    // One launch page; every module's JSON (links between modules keep working).
    assert!(files.contains_key("sco/trust-and-records.html"));
    assert!(!files.contains_key("sco/first-steps.html"));
    assert!(files.contains_key("content/modules/first-steps.json"));
    let manifest = text(&files, "imsmanifest.xml");
    let doc = Document::parse(&manifest).unwrap();
    let root = doc.root_element();
    let general = child(child(child(root, "metadata"), "lom"), "general");
    let module = &dist.modules[1];
    assert_eq!(
        child(child(general, "title"), "langstring").text(),
        Some(module.title.as_str())
    );
    let description = child(child(general, "description"), "langstring")
        .text()
        .unwrap();
    assert!(description.starts_with(&module.summary));
    assert!(description.contains("Module 2 of the course “Fixture Course”"));
    let organization = child(child(root, "organizations"), "organization");
    assert_eq!(children(organization, "item").len(), 1);
    assert_eq!(b.summary.launchable_items, 1);
}

#[test]
fn common_cartridge_11() {
    let (dist, built) = built();
    let b = find(&built, "fixture-course.imscc");
    assert_eq!(b.kind, Kind::Cartridge11);
    let files = files(b);
    assert_eq!(
        files.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "imsmanifest.xml",
            "pages/first-steps.html",
            "pages/trust-and-records.html"
        ]
    );
    let manifest = text(&files, "imsmanifest.xml");
    let doc = Document::parse(&manifest).unwrap();
    let root = doc.root_element();
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1")
    );
    assert_eq!(
        root.lookup_namespace_uri(Some("lomimscc")),
        Some("http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest")
    );
    assert_eq!(
        root.lookup_namespace_uri(Some("lom")),
        Some("http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource")
    );
    let metadata = child(root, "metadata");
    assert_eq!(
        child(metadata, "schema").text(),
        Some("IMS Common Cartridge")
    );
    assert_eq!(child(metadata, "schemaversion").text(), Some("1.1.0"));
    let title = child(
        child(child(child(metadata, "lom"), "general"), "title"),
        "string",
    );
    assert_eq!(
        title.tag_name().namespace(),
        Some(cartridge::ns::LOM_MANIFEST)
    );
    assert_eq!(title.text(), Some("Fixture Course"));

    let organizations = children(child(root, "organizations"), "organization");
    assert_eq!(organizations.len(), 1);
    assert_eq!(
        organizations[0].attribute("structure"),
        Some("rooted-hierarchy")
    );
    let root_item = child(organizations[0], "item");
    assert!(children(root_item, "title").is_empty());
    let folder = child(root_item, "item");
    assert_eq!(child(folder, "title").text(), Some("Fixture Course"));
    let pages = children(folder, "item");
    assert_eq!(pages.len(), dist.modules.len());
    for (item, module) in pages.iter().zip(&dist.modules) {
        assert_eq!(child(*item, "title").text(), Some(module.title.as_str()));
    }
    for resource in children(child(root, "resources"), "resource") {
        assert_eq!(resource.attribute("type"), Some("webcontent"));
    }
    identifiers(&doc);

    let page = text(&files, "pages/first-steps.html");
    let url = format!("{BASE}embed/module-viewer.html?module=first-steps");
    assert!(
        page.contains(&format!(
            "<iframe src=\"{url}\" title=\"Module viewer: First steps\""
        )),
        "{page}"
    );
    assert!(
        page.contains(&format!("<a href=\"{url}\" target=\"_blank\"")),
        "{page}"
    );
    assert!(!page.contains("<script"));
}

#[test]
fn without_a_base_url_there_is_no_cartridge_and_a_bad_one_is_refused() {
    let dist = Dist::open(&fixture_dist()).unwrap();
    let built = build_all(&dist, None).unwrap();
    assert!(built.iter().all(|b| b.kind != Kind::Cartridge11));
    let error = build_all(&dist, Some("javascript:alert(1)")).unwrap_err();
    assert!(error.to_string().contains("--base-url"), "{error}");
}

#[test]
fn packages_are_reproducible() {
    let (_, first) = built();
    let (_, second) = built();
    for (a, b) in first.iter().zip(&second) {
        assert_eq!(a.zip, b.zip, "{}", a.package.name);
    }
}

#[test]
fn a_missing_build_is_explained() {
    let dir = fixture_dist();
    std::fs::remove_file(dir.join("ler-www_bg.wasm")).unwrap();
    let error = Dist::open(&dir).unwrap_err().to_string();
    assert!(error.contains("ler-www_bg.wasm is missing"), "{error}");
    assert!(error.contains("trunk build --release"), "{error}");
    let error = Dist::open(Path::new("/no/such/dist"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("course.json is missing"), "{error}");
}

/// The checker itself: each kind of damage is found.
#[test]
fn the_check_finds_broken_packages() {
    let (_, built) = built();
    let b = find(&built, "fixture-course-scorm12.zip");
    let good = files(b);
    let manifest = text(&good, "imsmanifest.xml");

    let problems = |files: BTreeMap<String, Vec<u8>>, kind: Kind| -> String {
        check(kind, &files)
            .expect_err("the check passed a broken package")
            .join("\n")
    };
    let with_manifest = |m: String| {
        let mut files = good.clone();
        files.insert("imsmanifest.xml".into(), m.into_bytes());
        files
    };

    let mut extra = good.clone();
    extra.insert("stray.txt".into(), b"x".to_vec());
    assert!(
        problems(extra, Kind::Scorm12)
            .contains("stray.txt is in the zip but listed by no resource")
    );

    let mut missing = good.clone();
    missing.remove("ler-www_bg.wasm");
    assert!(problems(missing, Kind::Scorm12).contains("(ler-www_bg.wasm) is not in the zip"));

    let duplicate = manifest.replace("identifier=\"RES-runtime\"", "identifier=\"RES-content\"");
    let p = problems(with_manifest(duplicate), Kind::Scorm12);
    assert!(
        p.contains("identifier \"RES-content\" is used twice"),
        "{p}"
    );

    let version = manifest.replace("<schemaversion>1.2<", "<schemaversion>1.3<");
    assert!(
        problems(with_manifest(version), Kind::Scorm12).contains("schemaversion must be \"1.2\"")
    );

    let dangling = manifest.replace(
        "identifierref=\"RES-first-steps\"",
        "identifierref=\"RES-nowhere\"",
    );
    let p = problems(with_manifest(dangling), Kind::Scorm12);
    assert!(
        p.contains("refers to RES-nowhere, which is not a resource"),
        "{p}"
    );
    assert!(
        p.contains("resource RES-first-steps is used by no item"),
        "{p}"
    );

    let absolute = manifest.replace(
        "<file href=\"ler-widgets.js\"/>",
        "<file href=\"/ler-widgets.js\"/>",
    );
    assert!(problems(with_manifest(absolute), Kind::Scorm12).contains("not a relative path"));

    let escape = manifest.replace(
        "<file href=\"ler-widgets.js\"/>",
        "<file href=\"../ler-widgets.js\"/>",
    );
    assert!(problems(with_manifest(escape), Kind::Scorm12).contains("not a relative path"));

    let bad_id = manifest.replace("identifier=\"ITEM-first-steps\"", "identifier=\"1 first\"");
    assert!(problems(with_manifest(bad_id), Kind::Scorm12).contains("is not a valid xs:ID"));

    let no_type = manifest.replace(
        "adlcp:scormtype=\"sco\" href=\"sco/first-steps.html\"",
        "href=\"sco/first-steps.html\"",
    );
    assert!(
        problems(with_manifest(no_type), Kind::Scorm12)
            .contains("adlcp:scormtype must be sco or asset")
    );

    let wrong_ns = manifest.replace(
        "http://www.imsproject.org/xsd/imscp_rootv1p1p2\"",
        "http://example.com/cp\"",
    );
    assert!(problems(with_manifest(wrong_ns), Kind::Scorm12).contains("the root element is"));

    // A 1.2 manifest is not a 2004 one.
    assert!(problems(good.clone(), Kind::Scorm2004).contains("the root element is"));

    let mut no_manifest = good.clone();
    no_manifest.remove("imsmanifest.xml");
    assert!(problems(no_manifest, Kind::Scorm12).contains("no imsmanifest.xml"));

    assert!(problems(with_manifest("<manifest".into()), Kind::Scorm12).contains("not well-formed"));
}

/// The cartridge's manifest against the content models of the CC 1.1 schemas, the check
/// Moodle's importer runs before anything else.
#[test]
fn the_cartridge_manifest_follows_the_cc11_schemas() {
    let (dist, built) = built();
    let files = files(find(&built, "fixture-course.imscc"));
    let manifest = text(&files, "imsmanifest.xml");
    assert_eq!(cc11_schema::check_manifest(&manifest), Vec::<String>::new());
    // Each resource's metadata is the resource profile's: educational, for learners.
    let doc = Document::parse(&manifest).unwrap();
    let resources = children(child(doc.root_element(), "resources"), "resource");
    assert_eq!(resources.len(), dist.modules.len());
    for resource in resources {
        let lom = child(child(resource, "metadata"), "lom");
        assert_eq!(
            lom.tag_name().namespace(),
            Some(cartridge::ns::LOM_RESOURCE)
        );
        let names: Vec<&str> = lom
            .children()
            .filter(|c| c.is_element())
            .map(|c| c.tag_name().name())
            .collect();
        assert_eq!(names, ["educational"]);
        let role = child(child(lom, "educational"), "intendedEndUserRole");
        assert_eq!(child(role, "source").text(), Some("IMSGLC_CC_Rolesv1p1"));
        assert_eq!(child(role, "value").text(), Some("Learner"));
    }
}

/// The manifest Moodle refused (a resource-level `lom:general`) fails the check, with
/// libxml2's words and the place.
#[test]
fn the_manifest_moodle_rejected_fails_the_schema_check() {
    let rejected = include_str!("fixtures/resource-lom-general.imsmanifest.xml");
    let problems = cc11_schema::check_manifest(rejected);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(
        problems[0],
        "38:11: Element '{http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource}general': This \
         element is not expected. Expected is ( \
         {http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource}educational )."
    );
    // And the packager's own check refuses such a package before it is written.
    let (_, built) = built();
    let mut files = files(find(&built, "fixture-course.imscc"));
    files.insert("imsmanifest.xml".into(), rejected.as_bytes().to_vec());
    files.remove("pages/trust-and-records.html");
    let problems = check(Kind::Cartridge11, &files).unwrap_err().join("\n");
    assert!(
        problems.contains("imsmanifest.xml:38:11: Element '{http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource}general'"),
        "{problems}"
    );
}

/// Each rule of the schema check finds the damage it is for.
#[test]
fn the_schema_check_finds_each_kind_of_damage() {
    let (_, built) = built();
    let files = files(find(&built, "fixture-course.imscc"));
    let good = text(&files, "imsmanifest.xml");
    let check = |damaged: &str| cc11_schema::check_manifest(damaged).join("\n");
    const CP: &str = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}";
    const LOMR: &str = "{http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource}";
    let role = {
        let start = good.find("<lom:intendedEndUserRole>").unwrap();
        let end = good.find("</lom:intendedEndUserRole>").unwrap();
        good[start..end + "</lom:intendedEndUserRole>".len()].to_owned()
    };
    // (what is replaced, by what, what the check must say)
    let cases: Vec<(&str, &str, String)> = vec![
        // A required element missing, or one in the wrong place.
        (
            "<schemaversion>1.1.0</schemaversion>",
            "",
            format!(
                "manifest}}lom': This element is not expected. Expected is ( {CP}schemaversion )"
            ),
        ),
        (
            "</lomimscc:lom>",
            "</lomimscc:lom><schema/>",
            format!("{CP}schema': This element is not expected."),
        ),
        (
            "  </resources>",
            "  </resources>\n  <organizations/>",
            format!("{CP}organizations': This element is not expected."),
        ),
        (
            "<organizations>",
            "<organizations><organization identifier=\"X\" structure=\"rooted-hierarchy\"><item identifier=\"R\"/></organization>",
            "This element is not expected (at most 1 in".to_owned(),
        ),
        (
            &role,
            "",
            format!(
                "educational': Missing child element(s). Expected is ( {LOMR}intendedEndUserRole )"
            ),
        ),
        (
            "<title>First steps</title>",
            "",
            format!("Missing child element(s). Expected is ( {CP}title )"),
        ),
        // Fixed values.
        (
            "<schemaversion>1.1.0<",
            "<schemaversion>1.3.0<",
            "'1.3.0' is not an element of the set {'1.1.0'}".to_owned(),
        ),
        (
            "<lom:value>Learner<",
            "<lom:value>Student<",
            "'Student' is not an element of the set {'Instructor', 'Learner', 'Mentor'}".to_owned(),
        ),
        // Attributes the profile removed, requires or renames.
        (
            "<manifest identifier=",
            "<manifest version=\"1\" identifier=",
            "attribute 'version': The attribute 'version' is not allowed".to_owned(),
        ),
        (
            "<item identifier=\"ROOT\">",
            "<item identifier=\"ROOT\" identifierref=\"RES-first-steps\">",
            "attribute 'identifierref': The attribute 'identifierref' is not allowed".to_owned(),
        ),
        (
            "structure=\"rooted-hierarchy\"",
            "",
            "The attribute 'structure' is required but missing".to_owned(),
        ),
        (
            "<lomimscc:string language=\"en\">",
            "<lomimscc:string xml:lang=\"en\">",
            "attribute 'xml:lang': The attribute is not allowed".to_owned(),
        ),
        // The manifest profile's Schematron counts: one title.
        (
            "</lomimscc:title>",
            "</lomimscc:title>\n<lomimscc:title/>",
            "Invalid number of \"title\" elements".to_owned(),
        ),
        // What the table does not model is refused, not passed.
        (
            "<title>First steps</title>",
            "<title>First steps</title><metadata/>",
            "not checked here".to_owned(),
        ),
        // Text where only elements may be.
        (
            "<organizations>",
            "<organizations>stray",
            "Character content other than whitespace is not allowed".to_owned(),
        ),
    ];
    for (from, to, says) in &cases {
        assert!(good.contains(from), "{from}");
        let p = check(&good.replacen(from, to, 1));
        assert!(p.contains(says.as_str()), "{from} → {to}: {p}");
    }
    // A resource may have no file element (the packager's own check wants one).
    assert_eq!(
        check(&good.replacen("<file href=\"pages/first-steps.html\"/>", "", 1)),
        ""
    );
    // Order: organizations before metadata.
    let metadata = {
        let start = good.find("  <metadata>").unwrap();
        let end = good.find("  <organizations>").unwrap();
        &good[start..end]
    };
    let reordered = good.replacen(metadata, "", 1).replacen(
        "  <resources>",
        &format!("{metadata}  <resources>"),
        1,
    );
    let p = check(&reordered);
    assert!(
        p.contains(&format!(
            "{CP}organizations': This element is not expected. Expected is ( {CP}metadata )"
        )),
        "{p}"
    );
    // An element of the manifest profile where the resource profile's belongs.
    let p = check(
        &good
            .replacen("<lom:educational>", "<lomimscc:educational>", 1)
            .replacen("</lom:educational>", "</lomimscc:educational>", 1),
    );
    assert!(p.contains("{http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest}educational': This element is not expected"), "{p}");
    // The root.
    assert!(
        check("<manifest xmlns=\"http://example.com/\"/>")
            .contains("No matching global declaration")
    );
}

/// What ler-package prints about Moodle names the zips it wrote.
#[test]
fn the_moodle_advice_names_the_right_zips() {
    let (_, built) = built();
    let advice = ler_package::moodle_advice(&built).unwrap();
    assert!(
        advice.contains("upload fixture-course-scorm12.zip"),
        "{advice}"
    );
    assert!(
        advice.contains("fixture-course-01-first-steps-scorm2004.zip"),
        "{advice}"
    );
    assert!(advice.contains("(2 activities)"), "{advice}");
    assert!(
        advice.contains("not fixture-course-scorm2004.zip"),
        "{advice}"
    );
    assert!(advice.contains("error 104"), "{advice}");
}
