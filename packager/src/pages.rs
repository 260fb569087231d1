//! The pages of the site that carry their text before the wasm: the module viewer's page of
//! each module, `embed/module-viewer/<module>.html`, and the page of each checklist,
//! `embed/checklist/<list>.html`.
//!
//! `embed/module-viewer.html?module=…` and `embed/checklist.html?module=…&list=…` show
//! nothing until the wasm has arrived and the module has been fetched; these pages carry
//! the text, pre-rendered from the compiled course (`ler_widgets::module_viewer_html`,
//! `ler_widgets::checklist_html`), inside the widget element that takes it over. A learner
//! on a slow network reads at once; without scripts, or in print, the page is the whole
//! module or the whole list. The query parameters of the iframe page still apply (`lang`,
//! `section`, …; not `module` or `list`). The embed code generator and the cartridge link
//! to the module pages.
//!
//! Beside them, the same text as fragments for the loader (`prerendered/<kind>/<id>.html`):
//! on a host page, a `<ler-module-viewer>` or `<ler-checklist>` showing the course beside
//! the script shows its fragment in its shadow root while the wasm is on its way
//! (`www/ler-widgets.js`). A module's fragment opens its first section only, as the widget
//! does, so fifty widgets on one page lay out no more text than they will show.

use std::fs;
use std::path::{Path, PathBuf};

use ler_content::model::{Checklist, Course, Module, SectionKind};

use crate::Error;
use crate::dist::Compiled;
use crate::xml::escape;

/// The folder of the module pages, relative to the site's root.
pub const VIEWER_PAGES: &str = "embed/module-viewer";

/// The folder of the checklist pages, relative to the site's root.
pub const CHECKLIST_PAGES: &str = "embed/checklist";

/// The folder of the fragments the loader shows in a widget's shadow root before the wasm
/// has arrived (`<kind>/<id>.html`), relative to the site's root.
pub const FRAGMENTS: &str = "prerendered";

/// The list of the fragments there, `{"module-viewer": [ids], "checklist": [ids]}`: the
/// loader asks for a fragment only when its id is listed, so an element naming a module or
/// a list the course does not have costs no 404 (the widget says what is wrong).
pub const FRAGMENT_INDEX: &str = "prerendered/index.json";

/// Where the page of `module` is, relative to the site's root.
pub fn viewer_page_path(module: &Module) -> String {
    format!("{VIEWER_PAGES}/{}.html", module.id)
}

/// Where the page of `list` is, relative to the site's root (checklist ids are unique in
/// a course, as every id written in a module is).
pub fn checklist_page_path(list: &Checklist) -> String {
    format!("{CHECKLIST_PAGES}/{}.html", list.id)
}

/// The page of `module`.
pub fn viewer_page(course: &Course, module: &Module) -> String {
    page(Page {
        tag: "ler-module-viewer",
        attributes: &[("module", &module.id)],
        title: &module.title,
        course,
        module,
        text: &ler_widgets::module_viewer_html(&course.title, module, 1),
    })
}

/// The page of `list`, one of `module`'s checklists.
pub fn checklist_page(course: &Course, module: &Module, list: &Checklist) -> String {
    page(Page {
        tag: "ler-checklist",
        attributes: &[("module", &module.id), ("list", &list.id)],
        title: &list.title,
        course,
        module,
        text: &ler_widgets::checklist_html(&course.title, module, list, 1),
    })
}

/// What differs between the two kinds of page.
struct Page<'a> {
    /// The widget element.
    tag: &'a str,
    /// Its attributes (as written in the course: escaped here).
    attributes: &'a [(&'a str, &'a str)],
    /// The page's title, before the course's.
    title: &'a str,
    course: &'a Course,
    /// The module whose file the widget reads.
    module: &'a Module,
    /// The pre-rendered text (markup, escaped by its writer).
    text: &'a str,
}

/// A page in a folder two levels below the site's root: its addresses are relative to it;
/// everything the widget will ask for is requested with the page (preload), not one file
/// after another.
fn page(p: Page<'_>) -> String {
    let attributes: String = p
        .attributes
        .iter()
        .map(|(name, value)| format!(" {name}=\"{}\"", escape(value)))
        .collect();
    format!(
        "<!doctype html>\n\
         <html lang=\"en\" data-widget=\"{tag}\">\n\
         <head>\n\
         \x20 <meta charset=\"utf-8\">\n\
         \x20 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         \x20 <title>{title} — {course}</title>\n\
         \x20 <link rel=\"stylesheet\" href=\"../../ler-widgets.css\">\n\
         \x20 <link rel=\"stylesheet\" href=\"../../ler-core.css\">\n\
         \x20 <link rel=\"stylesheet\" href=\"../embed.css\">\n\
         \x20 <script type=\"module\" src=\"../embed.js\"></script>\n\
         \x20 <link rel=\"modulepreload\" href=\"../../ler-widgets.js\">\n\
         \x20 <link rel=\"modulepreload\" href=\"../../ler-www.js\">\n\
         \x20 <link rel=\"preload\" href=\"../../ler-www_bg.wasm\" as=\"fetch\" crossorigin>\n\
         \x20 <link rel=\"preload\" href=\"../../content/course.json\" as=\"fetch\" crossorigin>\n\
         \x20 <link rel=\"preload\" href=\"../../content/modules/{module}.json\" as=\"fetch\" crossorigin>\n\
         </head>\n\
         <body>\n\
         \x20 <main id=\"widget\"><{tag}{attributes} heading-level=\"1\">{text}</{tag}></main>\n\
         </body>\n\
         </html>\n",
        tag = p.tag,
        title = escape(p.title),
        course = escape(&p.course.title),
        module = escape(&p.module.id),
        text = p.text,
    )
}

/// Writes the page of every module and of every checklist of the site in `root` (its
/// compiled course is all it reads), then their fragments; returns their paths, the
/// modules' first.
pub fn write_pages(root: &Path) -> Result<Vec<PathBuf>, Error> {
    let dist = Compiled::read(root).map_err(Error::Dist)?;
    let course = &dist.course;
    let lists: Vec<(&Module, &Checklist)> = dist
        .modules
        .iter()
        .flat_map(|module| {
            module
                .sections
                .iter()
                .filter_map(move |section| match &section.kind {
                    SectionKind::Checklist(list) => Some((module, list)),
                    _ => None,
                })
        })
        .collect();
    let mut pages = Vec::new();
    for module in &dist.modules {
        pages.push((viewer_page_path(module), viewer_page(course, module)));
    }
    for (module, list) in &lists {
        pages.push((
            checklist_page_path(list),
            checklist_page(course, module, list),
        ));
    }
    // The fragments, named by the widgets' kinds (the loader's names) and the same ids.
    let index = serde_json::json!({
        "module-viewer": dist.modules.iter().map(|m| &m.id).collect::<Vec<_>>(),
        "checklist": lists.iter().map(|(_, list)| &list.id).collect::<Vec<_>>(),
    });
    for module in &dist.modules {
        let text = ler_widgets::module_viewer_fragment(&course.title, module);
        pages.push((
            format!("{FRAGMENTS}/module-viewer/{}.html", module.id),
            text,
        ));
    }
    for (module, list) in &lists {
        let text = ler_widgets::checklist_html(&course.title, module, list, 2);
        pages.push((format!("{FRAGMENTS}/checklist/{}.html", list.id), text));
    }
    pages.push((FRAGMENT_INDEX.to_owned(), format!("{index}\n")));
    let folders = [
        VIEWER_PAGES.to_owned(),
        CHECKLIST_PAGES.to_owned(),
        format!("{FRAGMENTS}/module-viewer"),
        format!("{FRAGMENTS}/checklist"),
    ];
    for folder in folders {
        let folder = root.join(folder);
        fs::create_dir_all(&folder).map_err(|e| Error::Io(folder.clone(), e))?;
    }
    pages
        .into_iter()
        .map(|(path, page)| {
            let path = root.join(path);
            fs::write(&path, page).map_err(|e| Error::Io(path.clone(), e))?;
            Ok(path)
        })
        .collect()
}
