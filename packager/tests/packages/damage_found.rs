//! The package checker: each kind of damage is found.

use super::*;

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
