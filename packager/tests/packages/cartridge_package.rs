//! The Common Cartridge 1.1, the reproducibility of every package, and what ler-package
//! says when a build is missing or a Moodle teacher needs to know which zip to use.

use super::*;

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
    let url = format!("{BASE}embed/module-viewer/first-steps.html");
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
    // The module to read where the import drops the frame.
    assert!(page.contains(
        "<details>\n<summary>The text of “First steps”, to read without the module viewer or to print</summary>\n\
         <div class=\"ler-prerendered ler-root\">"
    ));
    assert!(page.contains("<p>Prose.</p>"));
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
