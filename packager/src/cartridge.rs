//! The IMS Common Cartridge 1.1 (`.imscc`): one web-content page per module.
//!
//! ```text
//! imsmanifest.xml
//! pages/<module>.html     the module's title, summary, the module viewer in an iframe, a
//!                         link that opens the same viewer in a new window, and the
//!                         module's text
//! ```
//!
//! The pages embed the widgets *published elsewhere* (`--base-url`, the address where `dist/`
//! is served): an LMS keeps a cartridge's pages as course content and runs no script from
//! them (Canvas removes `<script>`), so the page can only frame the hosted iframe page of
//! the module, `embed/module-viewer/<module>.html`, which sizes itself through Canvas's
//! `lti.frameResize`. Moodle's importer cleans imported page HTML and drops iframes, so each
//! page also carries a plain link to the same viewer, which survives the cleaning.
//!
//! Organization: the root item holds one folder (the course), which holds one item per
//! module page: Canvas makes the folder a module with one item per page, Moodle a section.

use ler_content::model::Module;

use crate::archive::Package;
use crate::dist::{Dist, PackageFile};
use crate::ids::xml_id;
use crate::scorm::XSI;
use crate::xml::{XmlWriter, escape};

/// Namespaces of a Common Cartridge 1.1 manifest.
pub mod ns {
    /// CC 1.1 profile of IMS Content Packaging 1.2 (the default namespace).
    pub const CP: &str = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";
    /// LOM profile for the manifest's metadata.
    pub const LOM_MANIFEST: &str = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest";
    /// LOM profile for resources' metadata.
    pub const LOM_RESOURCE: &str = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource";
    /// Where the profile's schemas are published.
    pub const CP_XSD: &str =
        "http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd";
    /// The manifest LOM schema.
    pub const LOM_MANIFEST_XSD: &str =
        "http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd";
    /// The resource LOM schema.
    pub const LOM_RESOURCE_XSD: &str =
        "http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd";
}

/// Why a base URL cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadBaseUrl(pub String);

impl std::fmt::Display for BadBaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "--base-url must be the http(s) address where dist/ is published, such as \
             https://your.host/ler-widgets/ (got \"{}\")",
            self.0
        )
    }
}

impl std::error::Error for BadBaseUrl {}

/// Checks `url` and makes it end with `/`.
pub fn base_url(url: &str) -> Result<String, BadBaseUrl> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| BadBaseUrl(url.to_owned()))?;
    let host = rest.split('/').next().unwrap_or_default();
    let bad = |c: char| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>');
    if host.is_empty() || url.chars().any(bad) || url.contains(['?', '#']) {
        return Err(BadBaseUrl(url.to_owned()));
    }
    Ok(if url.ends_with('/') {
        url.to_owned()
    } else {
        format!("{url}/")
    })
}

/// The hosted iframe page showing `module`: its own page, which holds the module's text
/// before the widgets start ([`crate::pages`]).
pub fn viewer_url(base: &str, module: &Module) -> String {
    format!(
        "{base}{}/{}.html",
        crate::pages::VIEWER_PAGES,
        percent_encode(&module.id)
    )
}

fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Where the page of `module` is in the cartridge.
pub fn page_path(module: &Module) -> String {
    format!("pages/{}.html", module.id)
}

/// The web-content page of `module` in the course titled `course_title`.
///
/// Below the frame and the link, the module's text, pre-rendered as on the module pages
/// ([`crate::pages`]), in a disclosure: where the LMS keeps the frame (Canvas) it stays
/// folded out of the way, for reading without the viewer or printing; where the import
/// removes the frame (Moodle), the page still holds the module to read.
pub fn page(module: &Module, course_title: &str, base: &str) -> String {
    let url = escape(&viewer_url(base, module));
    let title = escape(&module.title);
    format!(
        "<!DOCTYPE html>\n\
         <html lang=\"en\">\n\
         <head>\n\
         <meta charset=\"utf-8\">\n\
         <title>{title}</title>\n\
         </head>\n\
         <body>\n\
         <p>{summary}</p>\n\
         <iframe src=\"{url}\" title=\"Module viewer: {title}\" width=\"100%\" height=\"600\" \
         style=\"border: 0; width: 100%;\"></iframe>\n\
         <p><a href=\"{url}\" target=\"_blank\" rel=\"noopener\">Open “{title}” in a new \
         window</a></p>\n\
         <details>\n\
         <summary>The text of “{title}”, to read without the module viewer or to print</summary>\n\
         {text}\n\
         </details>\n\
         </body>\n\
         </html>\n",
        summary = escape(&module.summary),
        text = ler_widgets::module_viewer_html(course_title, module, 2),
    )
}

/// Builds the cartridge; `base` is a URL checked by [`base_url`].
pub fn package(dist: &Dist, base: &str) -> Package {
    let course = &dist.course;
    let files: Vec<PackageFile> = dist
        .modules
        .iter()
        .map(|m| PackageFile {
            path: page_path(m),
            bytes: page(m, &course.title, base).into_bytes(),
        })
        .collect();

    let mut xml = XmlWriter::new();
    xml.open(
        "manifest",
        &[
            (
                "identifier",
                &xml_id("MANIFEST-", &format!("{}-cc", course.id)),
            ),
            ("xmlns", ns::CP),
            ("xmlns:lomimscc", ns::LOM_MANIFEST),
            ("xmlns:lom", ns::LOM_RESOURCE),
            ("xmlns:xsi", XSI),
            (
                "xsi:schemaLocation",
                &format!(
                    "{} {} {} {} {} {}",
                    ns::CP,
                    ns::CP_XSD,
                    ns::LOM_MANIFEST,
                    ns::LOM_MANIFEST_XSD,
                    ns::LOM_RESOURCE,
                    ns::LOM_RESOURCE_XSD
                ),
            ),
        ],
    );
    xml.open("metadata", &[]);
    xml.leaf("schema", &[], "IMS Common Cartridge");
    xml.leaf("schemaversion", &[], "1.1.0");
    xml.open("lomimscc:lom", &[]);
    xml.open("lomimscc:general", &[]);
    xml.open("lomimscc:title", &[]);
    xml.leaf("lomimscc:string", &[("language", "en")], &course.title);
    xml.close();
    xml.leaf("lomimscc:language", &[], "en");
    xml.open("lomimscc:description", &[]);
    xml.leaf("lomimscc:string", &[("language", "en")], &course.summary);
    xml.close();
    xml.close();
    xml.close();
    xml.close();

    xml.open("organizations", &[]);
    xml.open(
        "organization",
        &[
            ("identifier", &xml_id("ORG-", &course.id)),
            ("structure", "rooted-hierarchy"),
        ],
    );
    xml.open("item", &[("identifier", "ROOT")]);
    xml.open("item", &[("identifier", &xml_id("FOLDER-", &course.id))]);
    xml.leaf("title", &[], &course.title);
    for module in &dist.modules {
        xml.open(
            "item",
            &[
                ("identifier", &xml_id("ITEM-", &module.id)),
                ("identifierref", &xml_id("RES-", &module.id)),
            ],
        );
        xml.leaf("title", &[], &module.title);
        xml.close();
    }
    xml.close();
    xml.close();
    xml.close();
    xml.close();

    xml.open("resources", &[]);
    for module in &dist.modules {
        let path = page_path(module);
        xml.open(
            "resource",
            &[
                ("identifier", &xml_id("RES-", &module.id)),
                ("type", "webcontent"),
                ("href", &path),
            ],
        );
        // The resource-level LOM profile allows only `educational` (no `general`: titles
        // are the items'). Marking the pages for learners keeps them visible: Moodle hides
        // a resource meant for an Instructor or Mentor, Canvas locks or unpublishes one
        // meant for an Instructor (see cc11_schema).
        xml.open("metadata", &[]);
        xml.open("lom:lom", &[]);
        xml.open("lom:educational", &[]);
        xml.open("lom:intendedEndUserRole", &[]);
        xml.leaf("lom:source", &[], "IMSGLC_CC_Rolesv1p1");
        xml.leaf("lom:value", &[], "Learner");
        xml.close();
        xml.close();
        xml.close();
        xml.close();
        xml.leaf("file", &[("href", &path)], "");
        xml.close();
    }
    xml.close();
    let manifest = xml.finish();
    Package::new(format!("{}.imscc", course.id), manifest, files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked_and_end_with_a_slash() {
        assert_eq!(
            base_url("https://example.edu/ler").as_deref(),
            Ok("https://example.edu/ler/")
        );
        assert_eq!(
            base_url(" http://127.0.0.1:8080/ ").as_deref(),
            Ok("http://127.0.0.1:8080/")
        );
        for bad in [
            "",
            "example.edu",
            "javascript:alert(1)",
            "https://",
            "https://a b/",
            "https://x/\"><script>",
            "https://x/?q=1",
        ] {
            assert!(base_url(bad).is_err(), "{bad}");
        }
    }
}
