//! The course model of ler-widgets and, behind the `compiler` feature, its compiler.
//!
//! ```text
//! content/curriculum/*.md, *.toml ──compile_dir──▶ Compiled { course, modules, library }
//!                                   ──write_compiled──▶ course.json, library.json, modules/*.json
//! ```
//!
//! The widgets depend on [`model`] only (no Markdown parser reaches the browser).
#![forbid(unsafe_code)]

pub mod model;

#[cfg(feature = "compiler")]
mod compile;

#[cfg(feature = "compiler")]
pub use compile::{
    Compiled, ContentError, Stats, compile_dir, compile_sources, stats, write_compiled,
};
