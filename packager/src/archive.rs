//! A package in memory, and as a zip.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use crate::dist::PackageFile;

/// The manifest's name, at the root of every package.
pub const MANIFEST: &str = "imsmanifest.xml";

/// One package: its file name, its manifest and its other files.
#[derive(Debug, Clone)]
pub struct Package {
    /// File name (`records-to-recognition-scorm12.zip`).
    pub name: String,
    /// `imsmanifest.xml`.
    pub manifest: String,
    /// Every other file, by path inside the package.
    pub files: Vec<PackageFile>,
}

impl Package {
    /// A package named `name`.
    pub fn new(name: String, manifest: String, files: Vec<PackageFile>) -> Self {
        Self {
            name,
            manifest,
            files,
        }
    }

    /// The package as a zip: the manifest first, then the files in the order given, all
    /// deflated. Entries carry no time stamp beyond the zip format's default (1980-01-01),
    /// so the same `dist/` always gives byte-identical packages.
    pub fn to_zip(&self) -> Result<Vec<u8>, zip::result::ZipError> {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .unix_permissions(0o644);
        zip.start_file(MANIFEST, options)?;
        zip.write_all(self.manifest.as_bytes())?;
        for file in &self.files {
            zip.start_file(file.path.as_str(), options)?;
            zip.write_all(&file.bytes)?;
        }
        Ok(zip.finish()?.into_inner())
    }
}

/// Every file of a zip, by path (directories left out).
pub fn read_zip(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, zip::result::ZipError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes))?;
    let mut files = BTreeMap::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index)?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().to_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data)?;
        if files.insert(name.clone(), data).is_some() {
            return Err(zip::result::ZipError::InvalidArchive(
                format!("{name} is in the zip twice").into(),
            ));
        }
    }
    Ok(files)
}
