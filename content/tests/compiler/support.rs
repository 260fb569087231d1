//! Reading fixture courses and comparing against stored expectations.

use std::path::{Path, PathBuf};

use ler_content::{Compiled, ContentError, compile_sources};

/// `tests/fixtures`.
pub(crate) fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The course files of a fixture folder as (file name, text), sorted by name; `errors.txt`
/// and sub-folders are not course files.
pub(crate) fn read_files(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().unwrap() != "errors.txt")
        .map(|p| {
            let name = p.file_name().unwrap().to_str().unwrap().to_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The good course's files.
pub(crate) fn good_files() -> Vec<(String, String)> {
    read_files(&fixtures().join("good-course"))
}

/// The good course with `changes` replacing or joining its files.
pub(crate) fn good_with(changes: &[(String, String)]) -> Vec<(String, String)> {
    let mut files = good_files();
    for (name, text) in changes {
        match files.iter_mut().find(|(n, _)| n == name) {
            Some(file) => file.1.clone_from(text),
            None => files.push((name.clone(), text.clone())),
        }
    }
    files.sort();
    files
}

/// The good course's `02-two.md` with `from` replaced by `to` (which must occur).
pub(crate) fn two_with(from: &str, to: &str) -> Vec<(String, String)> {
    let two = &good_files()
        .into_iter()
        .find(|(n, _)| n == "02-two.md")
        .unwrap()
        .1;
    assert!(two.contains(from), "02-two.md has no {from:?}");
    good_with(&[("02-two.md".into(), two.replace(from, to))])
}

/// Compiles files given as (name, text).
pub(crate) fn compile(files: &[(String, String)]) -> Result<Compiled, Vec<ContentError>> {
    compile_sources(files)
}

/// The error lines of a compile that must fail.
pub(crate) fn error_lines(files: &[(String, String)]) -> Vec<String> {
    match compile(files) {
        Ok(_) => panic!("expected errors, but the course compiled"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// Compares `actual` with the file `expected`, or rewrites the file when
/// `UPDATE_SNAPSHOTS=1`. Returns a description of the difference, if any.
pub(crate) fn snapshot(expected: &Path, actual: &str) -> Option<String> {
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(expected.parent().unwrap()).unwrap();
        std::fs::write(expected, actual).unwrap();
        return None;
    }
    let want = std::fs::read_to_string(expected).unwrap_or_default();
    (want != actual).then(|| {
        format!(
            "{} differs (UPDATE_SNAPSHOTS=1 rewrites it):\n--- expected\n{want}\n--- actual\n{actual}",
            expected.display()
        )
    })
}
