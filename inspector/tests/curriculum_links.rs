//! The sections the checks link to exist in the curriculum.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use ler_inspector::Pillar;
use ler_inspector::links::CREDENTIAL_LAYER;

fn module_text(file: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../content/curriculum/{file}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn every_pillar_section_exists_in_record_integrity() {
    let text = module_text("05-record-integrity.md");
    assert!(text.contains("id = \"record-integrity\"") || text.contains("record-integrity"));
    for pillar in Pillar::ALL {
        let s = pillar.section();
        assert_eq!(s.module, "record-integrity");
        assert!(
            text.contains(&format!("{{#{}}}", s.section)),
            "{}",
            s.section
        );
        assert!(
            text.contains(&format!("## {} {{#{}}}", s.title, s.section)),
            "{}",
            s.title
        );
    }
}

#[test]
fn the_credential_layer_section_exists() {
    let text = module_text("06-governance-interoperability.md");
    let s = CREDENTIAL_LAYER;
    assert!(text.contains(&format!("## {} {{#{}}}", s.title, s.section)));
}
