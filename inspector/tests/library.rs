//! The inspector reads `library.json` through its own narrow types
//! (`ler_inspector::hierarchy`), so its wasm bundle carries no deserializer for the fields it
//! does not use. These tests tie those types to the course model: the library the compiler
//! writes reads back through them with every field they keep unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use ler_content::model;
use ler_inspector::checks::is_achievement_type;
use ler_inspector::hierarchy::Library;

fn compiled_library() -> model::Library {
    let dir = format!("{}/../content/curriculum", env!("CARGO_MANIFEST_DIR"));
    match ler_content::compile_dir(&dir) {
        Ok(course) => course.library,
        Err(errors) => panic!("the curriculum does not compile: {errors:?}"),
    }
}

#[test]
fn the_compiled_library_reads_back_through_the_inspectors_types() {
    let library = compiled_library();
    let json = serde_json::to_string(&library).unwrap();
    let read: Library = serde_json::from_str(&json).unwrap();
    assert!(!library.credential_types.is_empty());
    assert_eq!(read.credential_types.len(), library.credential_types.len());
    for (mine, theirs) in read.credential_types.iter().zip(&library.credential_types) {
        assert_eq!(mine.id, theirs.id);
        assert_eq!(mine.label, theirs.label);
        assert_eq!(mine.parent, theirs.parent, "{}", theirs.id);
        assert_eq!(
            mine.ob_achievement_type, theirs.ob_achievement_type,
            "{}",
            theirs.id
        );
    }
}

#[test]
fn every_achievement_type_in_the_library_is_one_the_inspector_accepts() {
    let library = compiled_library();
    let read: Library = serde_json::from_str(&serde_json::to_string(&library).unwrap()).unwrap();
    let mut placed = 0;
    for t in &library.credential_types {
        if let Some(value) = &t.ob_achievement_type {
            assert!(is_achievement_type(value), "{}: {value}", t.id);
            // And the inspector places a credential of that type under this very entry.
            let chain = read.chain(value);
            assert_eq!(chain.first().map(|c| c.id.as_str()), Some(t.id.as_str()));
            placed += 1;
        }
    }
    assert!(placed > 0, "no credential type names an achievementType");
}
