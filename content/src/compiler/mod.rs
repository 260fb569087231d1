//! The compiler: a course folder → a validated [`Compiled`] course, or every error in it.
//!
//! Steps:
//! 1. each file is read by its role (`course.toml`, the data files by name, `*.md`
//!    modules): TOML into the model with the places of its ids ([`toml_files`]); a module's
//!    front matter ([`front_matter`]), Markdown events into a located block tree
//!    ([`markdown`], [`inline`]), then `##` sections by kind ([`sections`], [`items`]);
//! 2. the course-wide checks ([`validate`]): unique ids, resolved references;
//! 3. when nothing is wrong, the course index, modules and library are built
//!    ([`assemble`]); [`write_compiled`] writes them, [`stats()`] counts them.
//!
//! Every error is collected, sorted by file and place; nothing here panics on any input.

mod as_of;
mod assemble;
mod checklist;
mod error;
mod front_matter;
mod ids;
mod inline;
mod items;
mod links;
mod location;
mod lower;
mod markdown;
mod module_file;
mod sections;
mod stats;
mod text;
mod toml_files;
mod toml_raw;
mod validate;
mod write;

use std::path::{Path, PathBuf};

pub use error::ContentError;
pub use stats::{Stats, stats};
pub use write::write_compiled;

use crate::model::{Course, Library, Module};
use location::Place;
use toml_files::{Data, DataFile};

/// A compiled course: what `build` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compiled {
    /// `course.json`: the course index.
    pub course: Course,
    /// `modules/<id>.json`, in course order.
    pub modules: Vec<Module>,
    /// `library.json`.
    pub library: Library,
}

/// Compiles a course given as (file name, text) pairs: the fuzzable entry point, which
/// reads no file and never panics.
///
/// The last component of each name decides its role: `course.toml` (required),
/// `references.toml`, `resources.toml`, `standards.toml`, `credential-types.toml`,
/// `glossary.toml`, and any other `*.md` is a module (`README.md` is skipped). Errors show
/// the names as given.
///
/// ```
/// let course = "id = \"c\"\ntitle = \"C\"\nsummary = \"S\"\nversion = \"1\"\n";
/// let module = [
///     "+++",
///     "id = \"m\"\ntitle = \"M\"\nsummary = \"S\"\norder = 1\nminutes = 5",
///     "+++",
///     "## Learning objectives {#m-objectives}\n\n- Explain. {#m-obj}",
///     "## Case example: A college {#m-case}\n\nA composite college.",
///     "### Discussion\n\n1. Why? {#m-case-q}",
///     "## Checklist: Do {#m-check}\n\n- [ ] Do it. {#m-item}",
///     "## Reflection questions {#m-refl}\n\n1. Think? {#m-refl-q}",
/// ]
/// .join("\n\n");
/// let files = [("course.toml", course), ("01-m.md", &module)];
/// let compiled = ler_content::compile_sources(&files).unwrap();
/// assert_eq!(compiled.modules[0].objectives[0].id, "m-obj");
///
/// let errors = ler_content::compile_sources(&[("course.toml", course)]).unwrap_err();
/// assert_eq!(
///     errors[0].to_string(),
///     "course.toml:1:1: the course has no modules (NN-slug.md files)"
/// );
/// ```
pub fn compile_sources<N, T>(files: &[(N, T)]) -> Result<Compiled, Vec<ContentError>>
where
    N: AsRef<Path>,
    T: AsRef<str>,
{
    let mut errors = Vec::new();
    let mut course = None;
    let mut course_seen = false;
    let mut data = Data::default();
    let mut present: Vec<&'static str> = Vec::new();
    let mut modules = Vec::new();
    let mut module_unreadable = false;
    for (path, text) in files {
        let path = path.as_ref();
        let shown = path.display().to_string();
        let text = text.as_ref();
        let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if file_name == "course.toml" {
            if course_seen {
                errors.push(Place::start_of(&shown).error("a second course.toml"));
                continue;
            }
            course_seen = true;
            course = toml_files::read_course(&shown, text, &mut errors);
        } else if let Some(file) = DataFile::from_name(file_name) {
            let name = file.name();
            if present.contains(&name) {
                errors.push(Place::start_of(&shown).error(format!("a second {name}")));
                continue;
            }
            present.push(name);
            toml_files::read_data(file, &shown, text, &mut data, &mut errors);
        } else if file_name.eq_ignore_ascii_case("README.md") {
            // Notes for the authors, not a module.
        } else if path.extension().is_some_and(|x| x == "md") {
            match module_file::parse(&shown, text, &mut errors) {
                Some(m) => {
                    module_unreadable |= m.front.is_none();
                    modules.push(m);
                }
                None => module_unreadable = true,
            }
        } else {
            errors.push(Place::start_of(&shown).error(
                "not a course file (course.toml, references.toml, resources.toml, \
                 standards.toml, credential-types.toml, glossary.toml or a module .md)",
            ));
        }
    }
    let course_toml = course_toml_path(files);
    if !course_seen {
        errors.push(Place::start_of(&course_toml).error("the course has no course.toml"));
    }
    if modules.is_empty() && !module_unreadable {
        errors.push(
            Place::start_of(&course_toml).error("the course has no modules (NN-slug.md files)"),
        );
    }
    validate::check(
        &validate::Inputs {
            modules: &modules,
            data: &data,
            present: &present,
            module_unreadable,
        },
        &mut errors,
    );
    match course {
        Some(course) if errors.is_empty() => Ok(assemble::assemble(course, modules, data)),
        _ => {
            errors.sort();
            errors.dedup();
            Err(errors)
        }
    }
}

/// Where `course.toml` is (or should be): beside the files given.
fn course_toml_path<N: AsRef<Path>, T>(files: &[(N, T)]) -> String {
    let dir = files
        .first()
        .and_then(|(name, _)| name.as_ref().parent())
        .unwrap_or(Path::new(""));
    dir.join("course.toml").display().to_string()
}

/// Reads the `.md` and `.toml` files of the folder `dir` (not its subfolders) and compiles
/// them. Errors name files as `dir` joined with the file name.
pub fn compile_dir(dir: impl AsRef<Path>) -> Result<Compiled, Vec<ContentError>> {
    let dir = dir.as_ref();
    let unreadable = |e: std::io::Error| {
        vec![
            Place::start_of(&dir.display().to_string())
                .error(format!("cannot read the course folder: {e}")),
        ]
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        let wanted = path.extension().is_some_and(|x| x == "md" || x == "toml");
        if wanted && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    let mut files = Vec::with_capacity(paths.len());
    let mut errors = Vec::new();
    for path in paths {
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push((path, text)),
            Err(e) => errors.push(
                Place::start_of(&path.display().to_string())
                    .error(format!("cannot read the file: {e}")),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    compile_sources(&files)
}
