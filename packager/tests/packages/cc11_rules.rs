//! The cartridge manifest against the content models of the CC 1.1 schemas.

use super::*;

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
    let rejected = include_str!("../fixtures/resource-lom-general.imsmanifest.xml");
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
