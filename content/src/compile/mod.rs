//! The compiler: course sources → validated [`Compiled`] course.
//!
//! Steps: read each file (module Markdown, data TOML) → check every id and cross-reference
//! across files → assemble the course index, the modules and the library. Every error found
//! is reported, each with its place; nothing here panics on any input (see the tests).

mod blocks;
mod error;
mod links;
mod module_file;
mod stats;
mod toml_files;
mod validate;
mod write;

use std::path::Path;

pub use error::ContentError;
pub use stats::{Stats, stats};
pub use write::write_compiled;

use crate::model::{Course, Library, Module};

/// A compiled course: what `build` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    /// `course.json`.
    pub course: Course,
    /// `modules/<id>.json`, in course order.
    pub modules: Vec<Module>,
    /// `library.json`.
    pub library: Library,
}

/// Compiles course sources given as (file name as shown in errors, text) pairs. File names
/// decide the role: `course.toml`, the data files by name, and `*.md` modules.
pub fn compile_sources(files: &[(String, String)]) -> Result<Compiled, Vec<ContentError>> {
    validate::compile(files)
}

/// Reads every `.md` and `.toml` file of `dir` and compiles them.
pub fn compile_dir(dir: &Path) -> Result<Compiled, Vec<ContentError>> {
    let shown = |name: &str| dir.join(name).display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        vec![ContentError {
            file: dir.display().to_string(),
            line: 1,
            col: 1,
            message: format!("cannot read the course folder: {e}"),
        }]
    })?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| {
            n.ends_with(".md") && !n.eq_ignore_ascii_case("README.md") || n.ends_with(".toml")
        })
        .collect();
    names.sort();
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for name in names {
        match std::fs::read_to_string(dir.join(&name)) {
            Ok(text) => files.push((shown(&name), text)),
            Err(e) => errors.push(ContentError {
                file: shown(&name),
                line: 1,
                col: 1,
                message: format!("cannot read the file: {e}"),
            }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    compile_sources(&files)
}
