//! The good fixture course compiles to exactly the JSON stored beside it, and what
//! `write_compiled` writes is compact and reads back as the same model.

use std::path::Path;

use ler_content::model::{Course, Library, Module};
use ler_content::{compile_dir, stats, write_compiled};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::support::{fixtures, snapshot};

/// Reads `path`, checks it is compact JSON of a `T` equal to `value`, and returns `value`
/// pretty-printed (field order as in the model) for the snapshot.
fn written<T>(path: &Path, value: &T) -> String
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let text = std::fs::read_to_string(path).unwrap();
    assert!(!text.contains('\n'), "{} is not compact", path.display());
    let back: T = serde_json::from_str(&text).unwrap();
    assert_eq!(&back, value, "{} does not read back", path.display());
    serde_json::to_string_pretty(value).unwrap() + "\n"
}

#[test]
fn good_course_matches_its_snapshot() {
    let dir = fixtures().join("good-course");
    let compiled = compile_dir(&dir).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let out = std::env::temp_dir().join(format!("ler-content-snapshot-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    // A module file from an earlier build that no longer exists is removed.
    std::fs::create_dir_all(out.join("modules")).unwrap();
    std::fs::write(out.join("modules/stale.json"), "{}").unwrap();
    write_compiled(&compiled, &out).unwrap();
    assert!(!out.join("modules/stale.json").exists());

    let expected = dir.join("expected");
    let mut differences = Vec::new();
    let mut check = |name: &str, actual: String| {
        differences.extend(snapshot(&expected.join(name), &actual));
    };
    check(
        "course.json",
        written::<Course>(&out.join("course.json"), &compiled.course),
    );
    check(
        "library.json",
        written::<Library>(&out.join("library.json"), &compiled.library),
    );
    for m in &compiled.modules {
        let name = format!("modules/{}.json", m.id);
        check(&name, written::<Module>(&out.join(&name), m));
    }
    check(
        "stats.json",
        serde_json::to_string_pretty(&stats(&compiled)).unwrap() + "\n",
    );
    let _ = std::fs::remove_dir_all(&out);
    assert!(differences.is_empty(), "{}", differences.join("\n\n"));
}

#[test]
fn course_index_and_library_are_ordered() {
    let compiled = compile_dir(fixtures().join("good-course")).unwrap();
    let order: Vec<&str> = compiled
        .course
        .modules
        .iter()
        .map(|m| m.id.as_str())
        .collect();
    assert_eq!(order, ["one", "two"]);
    let sections: Vec<&str> = compiled.course.modules[0]
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    // The objectives are not a section.
    assert_eq!(
        sections,
        ["one-reading", "one-case", "one-checklist", "one-reflection"]
    );
    let types: Vec<&str> = compiled
        .library
        .credential_types
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(types, ["credential", "badge", "open-badge"]);
    let glossary: Vec<&str> = compiled
        .library
        .glossary
        .iter()
        .map(|t| t.term.as_str())
        .collect();
    assert_eq!(
        glossary,
        [
            "Badge",
            "credential",
            "Learning and Employment Record (LER)"
        ]
    );
    // References of a module: cited ones, in order of first citation.
    let refs: Vec<&str> = compiled.modules[0]
        .references
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(refs, ["ctdl", "vc-2", "ob-3"]);
}
