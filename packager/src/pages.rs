//! The module viewer's page of each module, `embed/module-viewer/<module>.html` in the built
//! site: the iframe page with the module's text already in it.
//!
//! `embed/module-viewer.html?module=…` shows nothing until the wasm has arrived and the
//! module has been fetched; these pages carry the module, pre-rendered from the compiled
//! course (`ler_widgets::module_viewer_html`), inside the `<ler-module-viewer>` that takes it
//! over. A learner on a slow network reads at once; without scripts, or in print, the page
//! is the whole module. The query parameters of the iframe page still apply (`lang`,
//! `section`, …; not `module`). The embed code generator and the cartridge link to them.

use std::fs;
use std::path::{Path, PathBuf};

use ler_content::model::{Course, Module};

use crate::Error;
use crate::dist::Compiled;
use crate::xml::escape;

/// The folder of the module pages, relative to the site's root.
pub const VIEWER_PAGES: &str = "embed/module-viewer";

/// Where the page of `module` is, relative to the site's root.
pub fn viewer_page_path(module: &Module) -> String {
    format!("{VIEWER_PAGES}/{}.html", module.id)
}

/// The page of `module`. Its addresses are relative to `embed/module-viewer/`; everything
/// the widget will ask for is requested with the page (preload), not one file after
/// another.
pub fn viewer_page(course: &Course, module: &Module) -> String {
    let text = ler_widgets::module_viewer_html(&course.title, module, 1);
    format!(
        "<!doctype html>\n\
         <html lang=\"en\" data-widget=\"ler-module-viewer\">\n\
         <head>\n\
         \x20 <meta charset=\"utf-8\">\n\
         \x20 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         \x20 <title>{title} — {course}</title>\n\
         \x20 <link rel=\"stylesheet\" href=\"../../ler-widgets.css\">\n\
         \x20 <link rel=\"stylesheet\" href=\"../embed.css\">\n\
         \x20 <script type=\"module\" src=\"../embed.js\"></script>\n\
         \x20 <link rel=\"modulepreload\" href=\"../../ler-widgets.js\">\n\
         \x20 <link rel=\"modulepreload\" href=\"../../ler-www.js\">\n\
         \x20 <link rel=\"preload\" href=\"../../ler-www_bg.wasm\" as=\"fetch\" crossorigin>\n\
         \x20 <link rel=\"preload\" href=\"../../content/course.json\" as=\"fetch\" crossorigin>\n\
         \x20 <link rel=\"preload\" href=\"../../content/modules/{id}.json\" as=\"fetch\" crossorigin>\n\
         </head>\n\
         <body>\n\
         \x20 <main id=\"widget\"><ler-module-viewer module=\"{id}\" heading-level=\"1\">{text}</ler-module-viewer></main>\n\
         </body>\n\
         </html>\n",
        title = escape(&module.title),
        course = escape(&course.title),
        id = escape(&module.id),
    )
}

/// Writes the page of every module of the site in `root` (its compiled course is all it
/// reads); returns their paths.
pub fn write_viewer_pages(root: &Path) -> Result<Vec<PathBuf>, Error> {
    let dist = Compiled::read(root).map_err(Error::Dist)?;
    let folder = root.join(VIEWER_PAGES);
    fs::create_dir_all(&folder).map_err(|e| Error::Io(folder.clone(), e))?;
    dist.modules
        .iter()
        .map(|module| {
            let path = root.join(viewer_page_path(module));
            fs::write(&path, viewer_page(&dist.course, module))
                .map_err(|e| Error::Io(path.clone(), e))?;
            Ok(path)
        })
        .collect()
}
