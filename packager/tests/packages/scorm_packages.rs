//! SCORM 1.2 and 2004 packages: manifests, sequencing, launch pages, one package per module.

use super::*;

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
        "ler-scorm.js",
        "ler-scorm_bg.wasm",
        "ler-explorer.js",
        "ler-explorer_bg.wasm",
        "ler-widgets.css",
        "ler-core.css",
        "ler-explorer.css",
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
    assert_eq!(files.len(), 20);

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
        // The module's text inside, for the widget to take over.
        assert!(page.contains(&format!(
            "<ler-module-viewer module=\"trust-and-records\" lms=\"{lms}\">\
             <div class=\"ler-prerendered ler-root\">"
        )));
        assert!(page.contains("</article></div></ler-module-viewer>"));
        assert!(page.contains("class=\"ler-rank-0\">Trust &amp; &lt;records&gt;"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"../ler-widgets.css\">"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"../ler-core.css\">"));
        assert!(page.contains("<script type=\"module\" src=\"../ler-widgets.js\"></script>"));
        assert!(page.contains("<link rel=\"stylesheet\" href=\"sco.css\">"));
        assert!(page.contains("<link rel=\"icon\" href=\"../favicon.ico\">"));
        assert!(
            page.contains("<title>Trust &amp; &lt;records&gt; &quot;quoted&quot; it&apos;s"),
            "{page}"
        );
        // Strict CSP: one script, external; no inline style or handlers.
        assert_eq!(page.matches("<script").count(), 1);
        let tags: Vec<&str> = page
            .split('<')
            .filter_map(|t| t.split_once('>').map(|(tag, _)| tag))
            .collect();
        assert!(
            !tags
                .iter()
                .any(|t| t.contains(" style=") || t.contains(" on"))
        );
        assert!(!page.contains("<style"));
        // Nothing is loaded from outside the package (the text may link out).
        let (head, _) = page.split_once("<body>").unwrap();
        assert!(!head.contains("http:") && !head.contains("https:"));
        assert!(!tags.iter().any(|t| t.contains(" src=\"http")));
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
