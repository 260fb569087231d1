//! The sections the checks link to exist in the course as the compiler builds it (the
//! compiled modules the widgets read, not the Markdown), with the titles the links show.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use ler_content::model::Module;
use ler_inspector::Pillar;
use ler_inspector::links::{CREDENTIAL_LAYER, Section};

fn compiled_modules() -> Vec<Module> {
    let dir = format!("{}/../content/curriculum", env!("CARGO_MANIFEST_DIR"));
    match ler_content::compile_dir(&dir) {
        Ok(course) => course.modules,
        Err(errors) => panic!("the curriculum does not compile: {errors:?}"),
    }
}

/// Fails unless the compiled course has `link`'s module with a section of that id and title.
fn assert_section_exists(modules: &[Module], link: &Section) {
    let module = modules
        .iter()
        .find(|m| m.id == link.module)
        .unwrap_or_else(|| panic!("no module {}", link.module));
    let section = module
        .sections
        .iter()
        .find(|s| s.id == link.section)
        .unwrap_or_else(|| panic!("module {} has no section {}", link.module, link.section));
    assert_eq!(section.title, link.title, "{}", link.section);
}

#[test]
fn every_pillar_links_to_its_section_of_record_integrity() {
    let modules = compiled_modules();
    for pillar in Pillar::ALL {
        let link = pillar.section();
        assert_eq!(link.module, "record-integrity");
        assert_section_exists(&modules, &link);
    }
}

#[test]
fn the_credential_layer_section_exists() {
    assert_section_exists(&compiled_modules(), &CREDENTIAL_LAYER);
}
