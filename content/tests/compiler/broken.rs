//! Broken courses and the exact errors they produce. Each folder under `tests/fixtures/`
//! other than `good-course` holds files that replace or join the good course's, and
//! `errors.txt`: every error line, in the order reported.

use crate::support::{compile, error_lines, fixtures, good_files, good_with, read_files, snapshot};

/// (case name, the course it describes) for every broken fixture.
pub(crate) fn cases() -> Vec<(String, Vec<(String, String)>)> {
    let mut cases: Vec<(String, Vec<(String, String)>)> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("errors.txt").exists())
        .map(|p| {
            let name = p.file_name().unwrap().to_str().unwrap().to_owned();
            (name, good_with(&read_files(&p)))
        })
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_broken_fixture_reports_exactly_its_errors() {
    let cases = cases();
    assert!(cases.len() >= 15, "only {} broken fixtures", cases.len());
    let mut failures = Vec::new();
    for (name, files) in &cases {
        let actual = match compile(files) {
            Ok(_) => "(the course compiled)\n".to_owned(),
            Err(errors) => errors.iter().map(|e| format!("{e}\n")).collect(),
        };
        failures.extend(snapshot(&fixtures().join(name).join("errors.txt"), &actual));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_good_course_compiles_from_sources() {
    assert!(compile(&good_files()).is_ok());
}

#[test]
fn course_toml_is_required_and_unknown_files_are_errors() {
    let mut files: Vec<(String, String)> = good_files()
        .into_iter()
        .filter(|(n, _)| n != "course.toml")
        .map(|(n, t)| (format!("content/curriculum/{n}"), t))
        .collect();
    files.push(("content/curriculum/notes.toml".into(), String::new()));
    files.push(("content/curriculum/README.md".into(), "# Notes".into()));
    assert_eq!(
        error_lines(&files),
        [
            "content/curriculum/course.toml:1:1: the course has no course.toml",
            "content/curriculum/notes.toml:1:1: not a course file (course.toml, references.toml, \
             resources.toml, standards.toml, credential-types.toml, glossary.toml or a module .md)",
        ]
    );
}

#[test]
fn optional_files_may_be_missing_when_nothing_refers_to_them() {
    let only = |keep: &[&str]| -> Vec<(String, String)> {
        good_files()
            .into_iter()
            .filter(|(n, _)| keep.contains(&n.as_str()))
            .collect()
    };
    let two = only(&["course.toml", "02-two.md", "references.toml"]);
    let compiled = compile(&two).unwrap();
    assert!(compiled.library.glossary.is_empty());
    let lines = error_lines(&only(&["course.toml", "02-two.md"]));
    assert_eq!(
        lines,
        ["02-two.md:15:25: unknown reference key 'vc-2' (the course has no references.toml)"]
    );
}
