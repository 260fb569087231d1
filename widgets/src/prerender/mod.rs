//! Pre-rendered pages: a module's text, or one of its checklists, as static HTML, written at
//! build time from the same model, in the same elements and with the same classes as the
//! widget that takes it over.
//!
//! A learner on a slow network reads the module while the wasm is still on its way; without
//! scripts, in print, and where an LMS imports a page but runs none of its scripts, the page
//! is the module. The HTML is the child of the widget's element
//! (`<ler-module-viewer module="…">…</ler-module-viewer>`): the loader shows it through a
//! `<slot>` until the widget has drawn itself, then the widget's shadow root takes its
//! place (`www/ler-widgets.js`). `ler-widgets.css` styles `.ler-prerendered` as it styles
//! the widget's host.
//!
//! Native only in practice (the packager writes the pages), but plain Rust: it builds for
//! every target.

mod checklist;
mod module;
#[cfg(test)]
mod tests;
mod text;

use ler_content::model::{Checklist, Module};

use crate::heading::HeadingLevel;

/// Element ids on a pre-rendered page: fixed (one module or one checklist per page), apart
/// from the widgets' own (`ler1-`, `ler2-`, …), which live in their shadow roots anyway.
const PREFIX: &str = "ler-page-";

/// The module's readable page, as the child of a `<ler-module-viewer>`: `course_title` is
/// the title of the course it belongs to, `heading_level` the level of its top heading (as
/// the widget's `heading-level`: 1 to 6, else 2).
pub fn module_viewer_html(course_title: &str, module: &Module, heading_level: u8) -> String {
    let level = HeadingLevel::parse(Some(&heading_level.to_string())).unwrap_or_default();
    module::module_viewer(course_title, module, level, module::Shown::All)
}

/// The module as the loader shows it in a `<ler-module-viewer>`'s shadow root on a host page
/// until the widget takes over: as [`module_viewer_html`] at the widget's default heading
/// level (2), with every section but the first `hidden`, as the widget opens it.
pub fn module_viewer_fragment(course_title: &str, module: &Module) -> String {
    module::module_viewer(
        course_title,
        module,
        HeadingLevel::default(),
        module::Shown::First,
    )
}

/// The readable page of `list`, one of `module`'s checklists, as the child of a
/// `<ler-checklist>`; `course_title` and `heading_level` as in [`module_viewer_html`].
pub fn checklist_html(
    course_title: &str,
    module: &Module,
    list: &Checklist,
    heading_level: u8,
) -> String {
    let level = HeadingLevel::parse(Some(&heading_level.to_string())).unwrap_or_default();
    checklist::checklist(course_title, module, list, level)
}
