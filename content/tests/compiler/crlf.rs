//! CRLF line endings work exactly like LF: same course, same errors at the same places.

use crate::broken::cases;
use crate::support::{compile, good_files};

fn crlf(files: &[(String, String)]) -> Vec<(String, String)> {
    files
        .iter()
        .map(|(n, t)| (n.clone(), t.replace('\n', "\r\n")))
        .collect()
}

#[test]
fn the_good_course_compiles_the_same_with_crlf() {
    let lf = compile(&good_files()).unwrap();
    let crlf = compile(&crlf(&good_files())).unwrap();
    assert_eq!(lf, crlf);
}

#[test]
fn broken_courses_report_the_same_errors_with_crlf() {
    for (name, files) in cases() {
        let lf = compile(&files).err();
        let crlf = compile(&crlf(&files)).err();
        assert_eq!(lf, crlf, "{name}");
    }
}
