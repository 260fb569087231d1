//! The good fixture course compiles to exactly the JSON stored beside it.
//! `UPDATE_SNAPSHOTS=1 cargo test` rewrites the expected files after a deliberate change.

use std::path::Path;

use ler_content::{compile_dir, stats, write_compiled};

#[test]
fn good_course_matches_its_snapshot() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good-course");
    let compiled = compile_dir(&dir).unwrap();
    let out = std::env::temp_dir().join(format!("ler-content-snapshot-{}", std::process::id()));
    write_compiled(&compiled, &out).unwrap();
    let expected = dir.join("expected");
    for file in [
        "course.json",
        "library.json",
        "modules/one.json",
        "modules/two.json",
    ] {
        let actual = std::fs::read_to_string(out.join(file)).unwrap();
        let want = expected.join(file);
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(want.parent().unwrap()).unwrap();
            std::fs::write(&want, &actual).unwrap();
        }
        let want = std::fs::read_to_string(&want).unwrap_or_default();
        assert_eq!(actual, want, "{file} differs from its snapshot");
    }
    let _ = std::fs::remove_dir_all(&out);
    let s = stats(&compiled);
    assert_eq!(
        (
            s.modules,
            s.objectives,
            s.checklist_items,
            s.cited_references
        ),
        (2, 4, 4, 2)
    );
}
