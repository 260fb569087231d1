//! The course model of ler-widgets and, behind the `compiler` feature, its compiler.
//!
//! ```text
//! curriculum/*.md, *.toml ──compile_dir──▶ Compiled { course, modules, library }
//!                           ──write_compiled──▶ course.json, library.json, modules/<id>.json
//! ```
//!
//! The widgets depend on [`model`] only, so no Markdown or TOML parser reaches the browser.
//! The authoring format is described in the crate's `README.md`; the compiler checks every
//! rule in it and reports each problem as `file:line:col: message`.
//!
//! With the `compiler` feature:
//!
//! ```no_run
//! # #[cfg(feature = "compiler")]
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! match ler_content::compile_dir("content/curriculum") {
//!     Ok(course) => {
//!         ler_content::write_compiled(&course, "dist/content")?;
//!         println!("{} words", ler_content::stats(&course).words);
//!     }
//!     Err(errors) => errors.iter().for_each(|e| eprintln!("{e}")),
//! }
//! # Ok(())
//! # }
//! # #[cfg(not(feature = "compiler"))]
//! # fn main() {}
//! ```
#![forbid(unsafe_code)]

pub mod model;

#[cfg(feature = "compiler")]
mod compiler;

#[cfg(feature = "compiler")]
pub use compiler::{
    Compiled, ContentError, Stats, compile_dir, compile_sources, stats, write_compiled,
};
