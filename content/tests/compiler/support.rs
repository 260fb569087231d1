//! Helpers: a minimal valid course in memory, to which each test adds one flaw.

use ler_content::{Compiled, ContentError, compile_sources};

pub(crate) const COURSE: &str = "id = \"c\"\ntitle = \"C\"\nsummary = \"S\"\nversion = \"1\"\n";
pub(crate) const REFERENCES: &str = "[[reference]]\nid = \"vc-2\"\ntitle = \"VC\"\nauthor = \"W3C\"\nyear = \"2025\"\nurl = \"https://www.w3.org/TR/vc-data-model-2.0/\"\nkind = \"spec\"\n";

/// A module file whose reading section holds `reading`.
pub(crate) fn module(reading: &str) -> String {
    format!(
        "+++\nid = \"m\"\ntitle = \"M\"\nsummary = \"S\"\norder = 1\nminutes = 5\n+++\n\n\
## Learning objectives {{#m-objectives}}\n\n- Explain. {{#m-obj}}\n\n\
## Reading {{#m-reading}}\n\n{reading}\n\n\
## Case example: A composite college {{#m-case}}\n\nA composite college.\n\n### Discussion\n\n1. Why? {{#m-case-q}}\n\n\
## Checklist: Do {{#m-check}}\n\n- [ ] Do it. {{#m-item}}\n\n\
## Reflection questions {{#m-refl}}\n\n1. Think? {{#m-refl-q}}\n"
    )
}

/// Compiles course.toml + references + the given module texts (named m1.md, m2.md …).
pub(crate) fn compile_modules(modules: &[String]) -> Result<Compiled, Vec<ContentError>> {
    let mut files = vec![
        ("course.toml".to_owned(), COURSE.to_owned()),
        ("references.toml".to_owned(), REFERENCES.to_owned()),
    ];
    for (i, m) in modules.iter().enumerate() {
        files.push((format!("m{}.md", i + 1), m.clone()));
    }
    compile_sources(&files)
}

/// The error lines of a compile that must fail.
pub(crate) fn error_lines(modules: &[String]) -> Vec<String> {
    match compile_modules(modules) {
        Ok(_) => panic!("expected errors, the course compiled"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}
