//! Writing a compiled course: `course.json`, `library.json`, `modules/<id>.json`.

use std::path::Path;

use super::Compiled;

/// Writes the compiled course under `out` (created if missing), as compact JSON.
pub fn write_compiled(c: &Compiled, out: &Path) -> std::io::Result<()> {
    let modules = out.join("modules");
    std::fs::create_dir_all(&modules)?;
    let json = |v: &dyn erased::Json| v.to_json();
    std::fs::write(out.join("course.json"), json(&c.course)?)?;
    std::fs::write(out.join("library.json"), json(&c.library)?)?;
    for m in &c.modules {
        std::fs::write(modules.join(format!("{}.json", m.id)), json(m)?)?;
    }
    Ok(())
}

mod erased {
    /// Serialises any model value to compact JSON.
    pub(super) trait Json {
        fn to_json(&self) -> std::io::Result<String>;
    }
    impl<T: serde::Serialize> Json for T {
        fn to_json(&self) -> std::io::Result<String> {
            serde_json::to_string(self).map_err(std::io::Error::other)
        }
    }
}
