//! `ler-package`: LMS packages of the course, built from the built site (`dist/`).
//!
//! From one `dist/` (after `trunk build --release`):
//!
//! - a SCORM 1.2 and a SCORM 2004 4th edition package of the whole course, one SCO per
//!   module ([`scorm`]);
//! - the same two for every module on its own;
//! - with a base URL (where `dist/` is published), an IMS Common Cartridge 1.1 whose pages
//!   frame the hosted module viewer, one page per module ([`cartridge`]).
//!
//! The SCORM packages are self-contained: the widgets (script, glue, wasm, CSS) and the
//! compiled course are inside, and nothing is fetched from elsewhere. Their launch pages show
//! `<ler-module-viewer module="…" lms="scorm-1.2|scorm-2004">`; the `lms` attribute makes the
//! widgets report to the LMS (`widgets/src/lms/`).
//!
//! Every package is read back from its zip and checked ([`check()`]) before it is written.
#![forbid(unsafe_code)]

pub mod archive;
pub mod cartridge;
pub mod cc11_schema;
pub mod check;
pub mod dist;
pub mod ids;
pub mod pages;
pub mod scorm;
pub mod xml;

use std::fmt;
use std::path::{Path, PathBuf};

pub use archive::{Package, read_zip};
pub use check::{Kind, Summary, check};
pub use dist::{Dist, DistError};
pub use scorm::{Scope, ScormVersion};

/// Why packaging failed.
#[derive(Debug)]
pub enum Error {
    /// The built site cannot be read.
    Dist(DistError),
    /// The base URL is not usable.
    BaseUrl(cartridge::BadBaseUrl),
    /// A package failed its own check (a bug in the packager, or odd content).
    Invalid {
        /// The package.
        name: String,
        /// What is wrong.
        problems: Vec<String>,
    },
    /// Writing the zip failed.
    Zip(String, zip::result::ZipError),
    /// Writing a file failed.
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Dist(e) => e.fmt(f),
            Self::BaseUrl(e) => e.fmt(f),
            Self::Invalid { name, problems } => {
                write!(f, "{name} is not a valid package:")?;
                for p in problems {
                    write!(f, "\n  - {p}")?;
                }
                Ok(())
            }
            Self::Zip(name, e) => write!(f, "{name}: {e}"),
            Self::Io(path, e) => write!(f, "{}: {e}", path.display()),
        }
    }
}

impl std::error::Error for Error {}

/// One package, built and checked.
#[derive(Debug, Clone)]
pub struct Built {
    /// What kind.
    pub kind: Kind,
    /// The package.
    pub package: Package,
    /// The zip.
    pub zip: Vec<u8>,
    /// What the check found in it.
    pub summary: Summary,
}

/// Builds every package of `dist` (the cartridge only with `base_url`) and checks each.
pub fn build_all(dist: &Dist, base_url: Option<&str>) -> Result<Vec<Built>, Error> {
    let mut packages = Vec::new();
    for version in [ScormVersion::V12, ScormVersion::V2004] {
        let kind = match version {
            ScormVersion::V12 => Kind::Scorm12,
            ScormVersion::V2004 => Kind::Scorm2004,
        };
        packages.push((kind, scorm::package(dist, version, Scope::Course)));
        for index in 0..dist.modules.len() {
            packages.push((kind, scorm::package(dist, version, Scope::Module(index))));
        }
    }
    if let Some(url) = base_url {
        let base = cartridge::base_url(url).map_err(Error::BaseUrl)?;
        packages.push((Kind::Cartridge11, cartridge::package(dist, &base)));
    }
    packages
        .into_iter()
        .map(|(kind, package)| finish(kind, package))
        .collect()
}

/// Zips `package`, reads the zip back and checks it.
pub fn finish(kind: Kind, package: Package) -> Result<Built, Error> {
    let zip = package
        .to_zip()
        .map_err(|e| Error::Zip(package.name.clone(), e))?;
    let files = read_zip(&zip).map_err(|e| Error::Zip(package.name.clone(), e))?;
    let summary = check(kind, &files).map_err(|problems| Error::Invalid {
        name: package.name.clone(),
        problems,
    })?;
    Ok(Built {
        kind,
        package,
        zip,
        summary,
    })
}

/// Which zips to upload to Moodle, and why (printed under the list of packages; the README's
/// "Which package for Moodle" says the same).
pub fn moodle_advice(built: &[Built]) -> Option<String> {
    let name = |kind: Kind, whole: bool| {
        built
            .iter()
            .filter(|b| b.kind == kind && (b.summary.launchable_items > 1) == whole)
            .map(|b| b.package.name.as_str())
            .collect::<Vec<_>>()
    };
    let course12 = name(Kind::Scorm12, true);
    let course2004 = name(Kind::Scorm2004, true);
    let modules2004 = name(Kind::Scorm2004, false);
    let (course12, course2004) = (course12.first()?, course2004.first()?);
    Some(format!(
        "For Moodle, upload {course12} (the whole course, one activity) or each \
         {first} … one per activity ({count} activities); not {course2004}: Moodle's SCORM \
         2004 player gives no session to the modules after the first (Initialize refused, \
         error 104), so it records nothing for them.",
        first = modules2004.first().unwrap_or(&"…-scorm2004.zip"),
        count = modules2004.len(),
    ))
}

/// Writes every package into `out` (created if needed); returns the paths written.
pub fn write_all(built: &[Built], out: &Path) -> Result<Vec<PathBuf>, Error> {
    std::fs::create_dir_all(out).map_err(|e| Error::Io(out.to_owned(), e))?;
    built
        .iter()
        .map(|b| {
            let path = out.join(&b.package.name);
            std::fs::write(&path, &b.zip).map_err(|e| Error::Io(path.clone(), e))?;
            Ok(path)
        })
        .collect()
}
