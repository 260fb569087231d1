//! Reading the built site (`dist/` after `trunk build --release`): the compiled course and the
//! files the widgets need at run time.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use ler_content::model::{Course, FORMAT_VERSION, Module};
use serde::de::DeserializeOwned;

/// The files the loader script needs beside it, in `dist/`: the script, the stylesheet every
/// shadow root adopts and those of the widgets the packages show (`ler-core.css`: module
/// viewer and checklist; `ler-explorer.css`), and each wasm bundle with its wasm-bindgen
/// glue: `ler-scorm` for the launch pages (the module viewer reporting to the LMS),
/// `ler-www` for pages whose viewers do not report (a cartridge's), `ler-explorer` for the
/// credential explorer the modules link to.
pub const RUNTIME_FILES: [&str; 10] = [
    "ler-widgets.js",
    "ler-widgets.css",
    "ler-core.css",
    "ler-explorer.css",
    "ler-www.js",
    "ler-www_bg.wasm",
    "ler-scorm.js",
    "ler-scorm_bg.wasm",
    "ler-explorer.js",
    "ler-explorer_bg.wasm",
];

/// The site's icon (optional).
pub const FAVICON: &str = "favicon.ico";

/// Why the built site cannot be packaged.
#[derive(Debug)]
pub enum DistError {
    /// A file the packages need is missing.
    Missing(PathBuf),
    /// A file could not be read.
    Io(PathBuf, std::io::Error),
    /// A compiled file is not valid JSON of the expected shape.
    Json(PathBuf, serde_json::Error),
    /// A compiled file has another format version.
    Version { path: PathBuf, found: u32 },
    /// The course has no modules.
    Empty(PathBuf),
}

impl fmt::Display for DistError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Missing(path) => write!(
                f,
                "{} is missing: build the site first (trunk build --release, or scripts/package, \
                 which builds it when needed)",
                path.display()
            ),
            Self::Io(path, e) => write!(f, "{}: {e}", path.display()),
            Self::Json(path, e) => write!(f, "{}: not a compiled course file: {e}", path.display()),
            Self::Version { path, found } => write!(
                f,
                "{}: compiled for format {found}; this packager reads format {FORMAT_VERSION}",
                path.display()
            ),
            Self::Empty(path) => write!(f, "{}: the course has no modules", path.display()),
        }
    }
}

impl std::error::Error for DistError {}

/// A file to put into a package: its path in the package (always `/`-separated, relative) and
/// its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageFile {
    /// Path inside the package.
    pub path: String,
    /// Contents.
    pub bytes: Vec<u8>,
}

/// The built site, read into memory.
#[derive(Debug, Clone)]
pub struct Dist {
    /// The course index.
    pub course: Course,
    /// Every module, in course order.
    pub modules: Vec<Module>,
    /// The widgets' run-time files (script, glue, wasm, CSS, any wasm-bindgen snippets) and
    /// the site's icon when there is one.
    pub runtime: Vec<PackageFile>,
    /// The compiled content: `content/course.json`, `content/library.json` (when built) and
    /// `content/modules/<id>.json` for every module.
    pub content: Vec<PackageFile>,
}

impl Dist {
    /// Whether the site has an icon (the launch pages then link it).
    pub fn has_favicon(&self) -> bool {
        self.runtime.iter().any(|f| f.path == FAVICON)
    }

    /// Reads the built site in `root`.
    pub fn open(root: &Path) -> Result<Self, DistError> {
        let Compiled {
            course,
            modules,
            content,
        } = Compiled::read(root)?;

        let mut runtime = Vec::new();
        for name in RUNTIME_FILES {
            runtime.push(PackageFile {
                path: name.to_owned(),
                bytes: read(&root.join(name))?,
            });
        }
        // The site's icon, for a launch page an LMS opens in a window of its own.
        let favicon = root.join(FAVICON);
        if favicon.is_file() {
            runtime.push(PackageFile {
                path: FAVICON.to_owned(),
                bytes: read(&favicon)?,
            });
        }
        // wasm-bindgen writes inline JS snippets beside the glue when a crate uses them.
        let snippets = root.join("snippets");
        if snippets.is_dir() {
            collect_tree(&snippets, "snippets", &mut runtime)?;
        }
        Ok(Self {
            course,
            modules,
            runtime,
            content,
        })
    }
}

/// The compiled course in a built site (`content/`), without the widgets: what the module
/// pages need, which are written while the widgets are still being built.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// The course index.
    pub course: Course,
    /// Every module, in course order.
    pub modules: Vec<Module>,
    /// The files, as [`Dist::content`].
    pub content: Vec<PackageFile>,
}

impl Compiled {
    /// Reads the compiled course of the site in `root`.
    pub fn read(root: &Path) -> Result<Self, DistError> {
        let course_path = root.join("content/course.json");
        let (course, course_bytes): (Course, _) = read_json(&course_path)?;
        check_version(&course_path, course.format)?;
        if course.modules.is_empty() {
            return Err(DistError::Empty(course_path));
        }
        let mut content = vec![PackageFile {
            path: "content/course.json".to_owned(),
            bytes: course_bytes,
        }];
        let library = root.join("content/library.json");
        if library.is_file() {
            content.push(PackageFile {
                path: "content/library.json".to_owned(),
                bytes: read(&library)?,
            });
        }
        let mut modules = Vec::new();
        for summary in &course.modules {
            let relative = format!("content/modules/{}.json", summary.id);
            let path = root.join(&relative);
            let (module, bytes): (Module, _) = read_json(&path)?;
            check_version(&path, module.format)?;
            modules.push(module);
            content.push(PackageFile {
                path: relative,
                bytes,
            });
        }
        Ok(Self {
            course,
            modules,
            content,
        })
    }
}

fn read(path: &Path) -> Result<Vec<u8>, DistError> {
    match fs::read(path) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(DistError::Missing(path.to_owned()))
        }
        Err(e) => Err(DistError::Io(path.to_owned(), e)),
    }
}

fn read_json<T: DeserializeOwned>(path: &Path) -> Result<(T, Vec<u8>), DistError> {
    let bytes = read(path)?;
    let value = serde_json::from_slice(&bytes).map_err(|e| DistError::Json(path.to_owned(), e))?;
    Ok((value, bytes))
}

fn check_version(path: &Path, found: u32) -> Result<(), DistError> {
    if found == FORMAT_VERSION {
        Ok(())
    } else {
        Err(DistError::Version {
            path: path.to_owned(),
            found,
        })
    }
}

/// Adds every file under `dir` as `<prefix>/<relative path>`, sorted, so packages are
/// reproducible.
fn collect_tree(dir: &Path, prefix: &str, out: &mut Vec<PackageFile>) -> Result<(), DistError> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map_err(|e| DistError::Io(dir.to_owned(), e))?
        .filter_map(Result::ok)
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let inner = format!("{prefix}/{name}");
        if path.is_dir() {
            collect_tree(&path, &inner, out)?;
        } else {
            out.push(PackageFile {
                path: inner,
                bytes: read(&path)?,
            });
        }
    }
    Ok(())
}
