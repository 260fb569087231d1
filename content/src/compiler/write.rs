//! Writing a compiled course: `course.json`, `library.json` and `modules/<id>.json`, as
//! compact JSON.

use std::io;
use std::path::Path;

use serde::Serialize;

use super::Compiled;

/// Writes the compiled course under `out_dir` (created if missing). JSON files left in
/// `modules/` by an earlier build whose module no longer exists are removed, so the folder
/// holds exactly this course. Errors name the path that failed.
pub fn write_compiled(compiled: &Compiled, out_dir: impl AsRef<Path>) -> io::Result<()> {
    let out = out_dir.as_ref();
    let modules = out.join("modules");
    std::fs::create_dir_all(&modules).map_err(|e| at(&modules, e))?;
    write_json(&out.join("course.json"), &compiled.course)?;
    write_json(&out.join("library.json"), &compiled.library)?;
    let mut current = Vec::new();
    for m in &compiled.modules {
        let name = format!("{}.json", m.id);
        write_json(&modules.join(&name), m)?;
        current.push(name);
    }
    for entry in std::fs::read_dir(&modules).map_err(|e| at(&modules, e))? {
        let path = entry.map_err(|e| at(&modules, e))?.path();
        let stale = path.extension().is_some_and(|x| x == "json")
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !current.iter().any(|c| c == n));
        if stale {
            std::fs::remove_file(&path).map_err(|e| at(&path, e))?;
        }
    }
    Ok(())
}

fn write_json(path: &Path, value: &impl Serialize) -> io::Result<()> {
    let json = serde_json::to_string(value).map_err(|e| at(path, io::Error::other(e)))?;
    std::fs::write(path, json).map_err(|e| at(path, e))
}

fn at(path: &Path, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}
