//! The `ler-content` command: exit codes, where output goes, what `build` writes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::{fixtures, good_files};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ler-content"))
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh temporary folder holding the good course, with `change` applied to `02-two.md`.
fn course_copy(tag: &str, change: impl Fn(String) -> String) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ler-content-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, body) in good_files() {
        let body = if name == "02-two.md" {
            change(body)
        } else {
            body
        };
        std::fs::write(dir.join(name), body).unwrap();
    }
    dir
}

fn good() -> String {
    fixtures().join("good-course").display().to_string()
}

#[test]
fn check_a_valid_course_exits_0() {
    let out = run(&["check", &good()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("2 modules, no errors"));
}

#[test]
fn check_a_broken_course_prints_each_error_then_a_count_and_exits_1() {
    let dir = course_copy("broken", |t| {
        t.replace("[@vc-2]", "[@ctdl-2024]")
            .replace("{#two-obj-1}", "{#Two}")
    });
    let out = run(&["check", &dir.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let file = Path::new(&dir).join("02-two.md").display().to_string();
    assert_eq!(
        text(&out.stderr),
        format!(
            "{file}:11:26: 'Two' is not a valid id (use lowercase letters, digits and single hyphens)\n\
             {file}:15:25: unknown reference key 'ctdl-2024'\n\
             2 errors in {}\n",
            dir.display()
        )
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    for args in [
        &[][..],
        &["check"][..],
        &["build", "x"][..],
        &["stats", "x", "--yaml"][..],
        &["nonsense", "x"][..],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("usage:"), "{args:?}");
    }
    let out = run(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("ler-content build <dir> -o <out>"));
}

#[test]
fn a_missing_folder_is_a_content_error() {
    let out = run(&["check", "/nonexistent/ler-content-course"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr)
            .starts_with("/nonexistent/ler-content-course:1:1: cannot read the course folder")
    );
}

#[test]
fn build_writes_compact_json() {
    let out_dir =
        std::env::temp_dir().join(format!("ler-content-cli-build-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out_dir);
    let out = run(&["build", &good(), "-o", &out_dir.display().to_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    for file in [
        "course.json",
        "library.json",
        "modules/one.json",
        "modules/two.json",
    ] {
        let json = std::fs::read_to_string(out_dir.join(file)).unwrap();
        assert!(json.starts_with("{\"format\":1,"), "{file}");
        assert!(!json.contains('\n'), "{file}");
    }
    let _ = std::fs::remove_dir_all(out_dir);
}

#[test]
fn stats_as_a_table_and_as_json() {
    let out = run(&["stats", &good()]);
    assert_eq!(out.status.code(), Some(0));
    let table = text(&out.stdout);
    assert!(
        table.lines().next().unwrap().trim() == "modules  2",
        "{table}"
    );
    let out = run(&["stats", "--json", &good()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["modules"], 2);
    assert_eq!(json["cited_references"], 3);
}
