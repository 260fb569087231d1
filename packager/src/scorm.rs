//! SCORM 1.2 and SCORM 2004 4th edition packages: one SCO per module.
//!
//! ```text
//! imsmanifest.xml
//! sco/<module>.html        the launch page of each SCO: <ler-module-viewer module="…" lms="…">
//! sco/sco.css              its stylesheet (no inline style or script: strict-CSP hosts)
//! ler-widgets.js, ler-widgets.css, ler-{www,scorm,explorer}{.js,_bg.wasm}   the widgets
//! favicon.ico              the site's icon, when dist/ has one
//! content/course.json, content/library.json, content/modules/*.json   the compiled course
//! ```
//!
//! Resources: one `sco` resource per module (its launch page, and its module file), which
//! depends on two shared `asset` resources, the widgets (`RES-runtime`) and the rest of the
//! compiled course (`RES-content`). Every file in the zip is listed in exactly one resource.
//!
//! Every package carries every module's JSON, not only its own: a link from one module to
//! another then still works inside a single-module package.

use ler_content::model::Module;

use crate::archive::Package;
use crate::dist::{Dist, PackageFile};
use crate::ids::xml_id;
use crate::xml::XmlWriter;

/// The launch pages' stylesheet.
const SCO_CSS: &str = include_str!("../assets/sco.css");

/// Which SCORM.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScormVersion {
    /// SCORM 1.2 (`API`, `cmi.core.*`, `suspend_data` up to 4,096 characters).
    V12,
    /// SCORM 2004 4th edition (`API_1484_11`, `cmi.*`, `suspend_data` up to 64,000).
    V2004,
}

impl ScormVersion {
    /// As used in file names: `scorm12`, `scorm2004`.
    pub fn slug(self) -> &'static str {
        match self {
            Self::V12 => "scorm12",
            Self::V2004 => "scorm2004",
        }
    }

    /// The value of the launch page's `lms` attribute, which tells the widgets which API to
    /// look for.
    pub fn lms_attribute(self) -> &'static str {
        match self {
            Self::V12 => "scorm-1.2",
            Self::V2004 => "scorm-2004",
        }
    }

    /// `<schemaversion>` of the manifest.
    pub fn schema_version(self) -> &'static str {
        match self {
            Self::V12 => "1.2",
            Self::V2004 => "2004 4th Edition",
        }
    }

    /// Human name.
    pub fn name(self) -> &'static str {
        match self {
            Self::V12 => "SCORM 1.2",
            Self::V2004 => "SCORM 2004 4th edition",
        }
    }
}

/// Namespaces of a SCORM 1.2 manifest.
pub mod ns12 {
    /// IMS Content Packaging 1.1.2 (the default namespace).
    pub const CP: &str = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    /// ADL SCORM 1.2 extensions (`adlcp:scormtype`).
    pub const ADLCP: &str = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    /// IMS Meta-data 1.2.1 (inline LOM).
    pub const IMSMD: &str = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
}

/// Namespaces of a SCORM 2004 4th edition manifest.
pub mod ns2004 {
    /// IMS Content Packaging 1.1.4 (the default namespace).
    pub const CP: &str = "http://www.imsglobal.org/xsd/imscp_v1p1";
    /// ADL content packaging extensions, SCORM 2004 (`adlcp:scormType`).
    pub const ADLCP: &str = "http://www.adlnet.org/xsd/adlcp_v1p3";
    /// IMS Simple Sequencing.
    pub const IMSSS: &str = "http://www.imsglobal.org/xsd/imsss";
    /// IEEE LOM (inline metadata).
    pub const LOM: &str = "http://ltsc.ieee.org/xsd/LOM";
}

/// XML Schema instance.
pub const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// What one package holds: the whole course, or one module.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Every module, one SCO each.
    Course,
    /// One module (index into [`Dist::modules`]).
    Module(usize),
}

/// Builds the SCORM package of `scope`.
pub fn package(dist: &Dist, version: ScormVersion, scope: Scope) -> Package {
    let course = &dist.course;
    let (modules, title, description, name, identifier): (Vec<&Module>, _, _, _, _) = match scope {
        Scope::Course => (
            dist.modules.iter().collect(),
            course.title.clone(),
            course.summary.clone(),
            format!("{}-{}.zip", course.id, version.slug()),
            xml_id("MANIFEST-", &format!("{}-{}", course.id, version.slug())),
        ),
        Scope::Module(index) => {
            let module = &dist.modules[index];
            (
                vec![module],
                module.title.clone(),
                format!(
                    "{} Module {} of the course “{}”.",
                    module.summary, module.order, course.title
                ),
                format!(
                    "{}-{:02}-{}-{}.zip",
                    course.id,
                    module.order,
                    module.id,
                    version.slug()
                ),
                xml_id(
                    "MANIFEST-",
                    &format!("{}-{}-{}", course.id, module.id, version.slug()),
                ),
            )
        }
    };

    let mut files: Vec<PackageFile> = Vec::new();
    for module in &modules {
        files.push(PackageFile {
            path: launch_path(module),
            bytes: launch_page(module, &course.title, version, dist.has_favicon()).into_bytes(),
        });
    }
    files.push(PackageFile {
        path: "sco/sco.css".to_owned(),
        bytes: SCO_CSS.as_bytes().to_vec(),
    });
    files.extend(dist.runtime.iter().cloned());
    files.extend(dist.content.iter().cloned());

    let manifest = Manifest {
        version,
        identifier: &identifier,
        content_version: &course.version,
        title: &title,
        description: &description,
        course_id: &course.id,
        modules: &modules,
        runtime: dist.runtime.iter().map(|f| f.path.as_str()).collect(),
        content: dist.content.iter().map(|f| f.path.as_str()).collect(),
    }
    .write();
    Package::new(name, manifest, files)
}

/// Where the launch page of `module` is in a package.
pub fn launch_path(module: &Module) -> String {
    format!("sco/{}.html", module.id)
}

fn module_file(module: &Module) -> String {
    format!("content/modules/{}.json", module.id)
}

/// The launch page of a SCO: the module viewer, told to report to the LMS.
///
/// No inline script or style: the page runs under `script-src 'self' 'wasm-unsafe-eval';
/// style-src 'self'`, which some LMSs set on package content.
pub fn launch_page(
    module: &Module,
    course_title: &str,
    version: ScormVersion,
    favicon: bool,
) -> String {
    use crate::xml::escape;
    let icon = if favicon {
        "  <link rel=\"icon\" href=\"../favicon.ico\">\n"
    } else {
        ""
    };
    format!(
        "<!doctype html>\n\
         <html lang=\"en\">\n\
         <head>\n\
         \x20 <meta charset=\"utf-8\">\n\
         \x20 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         \x20 <title>{title} — {course}</title>\n\
         {icon}\
         \x20 <link rel=\"stylesheet\" href=\"../ler-widgets.css\">\n\
         \x20 <link rel=\"stylesheet\" href=\"../ler-core.css\">\n\
         \x20 <link rel=\"stylesheet\" href=\"sco.css\">\n\
         \x20 <script type=\"module\" src=\"../ler-widgets.js\"></script>\n\
         \x20 <link rel=\"modulepreload\" href=\"../ler-scorm.js\">\n\
         \x20 <link rel=\"preload\" href=\"../ler-scorm_bg.wasm\" as=\"fetch\" crossorigin>\n\
         \x20 <link rel=\"preload\" href=\"../content/course.json\" as=\"fetch\" crossorigin>\n\
         \x20 <link rel=\"preload\" href=\"../{module_file}\" as=\"fetch\" crossorigin>\n\
         </head>\n\
         <body>\n\
         \x20 <main>\n\
         \x20   <h1 class=\"sco-title\">{course}</h1>\n\
         \x20   <ler-module-viewer module=\"{id}\" lms=\"{lms}\">{text}</ler-module-viewer>\n\
         \x20 </main>\n\
         </body>\n\
         </html>\n",
        title = escape(&module.title),
        course = escape(course_title),
        id = escape(&module.id),
        lms = version.lms_attribute(),
        module_file = escape(&module_file(module)),
        // The module's text, readable before the widgets have started (see `pages`).
        text = ler_widgets::module_viewer_html(course_title, module, 2),
    )
}

struct Manifest<'a> {
    version: ScormVersion,
    identifier: &'a str,
    content_version: &'a str,
    title: &'a str,
    description: &'a str,
    course_id: &'a str,
    modules: &'a [&'a Module],
    runtime: Vec<&'a str>,
    content: Vec<&'a str>,
}

const RUNTIME_RESOURCE: &str = "RES-runtime";
const CONTENT_RESOURCE: &str = "RES-content";

impl Manifest<'_> {
    fn write(&self) -> String {
        let v12 = self.version == ScormVersion::V12;
        let mut xml = XmlWriter::new();
        if v12 {
            xml.open(
                "manifest",
                &[
                    ("identifier", self.identifier),
                    ("version", self.content_version),
                    ("xmlns", ns12::CP),
                    ("xmlns:adlcp", ns12::ADLCP),
                    ("xmlns:imsmd", ns12::IMSMD),
                    ("xmlns:xsi", XSI),
                    (
                        "xsi:schemaLocation",
                        &format!(
                            "{} imscp_rootv1p1p2.xsd {} imsmd_rootv1p2p1.xsd {} adlcp_rootv1p2.xsd",
                            ns12::CP,
                            ns12::IMSMD,
                            ns12::ADLCP
                        ),
                    ),
                ],
            );
        } else {
            xml.open(
                "manifest",
                &[
                    ("identifier", self.identifier),
                    ("version", self.content_version),
                    ("xmlns", ns2004::CP),
                    ("xmlns:adlcp", ns2004::ADLCP),
                    ("xmlns:imsss", ns2004::IMSSS),
                    ("xmlns:lom", ns2004::LOM),
                    ("xmlns:xsi", XSI),
                    (
                        "xsi:schemaLocation",
                        &format!(
                            "{} imscp_v1p1.xsd {} adlcp_v1p3.xsd {} imsss_v1p0.xsd {} lom.xsd",
                            ns2004::CP,
                            ns2004::ADLCP,
                            ns2004::IMSSS,
                            ns2004::LOM
                        ),
                    ),
                ],
            );
        }

        xml.open("metadata", &[]);
        xml.leaf("schema", &[], "ADL SCORM");
        xml.leaf("schemaversion", &[], self.version.schema_version());
        self.lom(&mut xml, self.title, self.description);
        xml.close();

        let organization = xml_id("ORG-", self.course_id);
        xml.open("organizations", &[("default", &organization)]);
        xml.open("organization", &[("identifier", &organization)]);
        xml.leaf("title", &[], self.title);
        for module in self.modules {
            let item = xml_id("ITEM-", &module.id);
            let resource = xml_id("RES-", &module.id);
            if v12 {
                xml.open(
                    "item",
                    &[
                        ("identifier", &item),
                        ("identifierref", &resource),
                        ("isvisible", "true"),
                    ],
                );
                xml.leaf("title", &[], &module.title);
            } else {
                xml.open(
                    "item",
                    &[("identifier", &item), ("identifierref", &resource)],
                );
                xml.leaf("title", &[], &module.title);
                // The SCO reports completion itself; the LMS must not mark it complete (or
                // satisfied) just because the learner left.
                xml.open("imsss:sequencing", &[]);
                xml.leaf(
                    "imsss:deliveryControls",
                    &[
                        ("completionSetByContent", "true"),
                        ("objectiveSetByContent", "true"),
                    ],
                    "",
                );
                xml.close();
            }
            xml.close();
        }
        if !v12 {
            // Learners may pick any module from the menu, or go on to the next.
            xml.open("imsss:sequencing", &[]);
            xml.leaf(
                "imsss:controlMode",
                &[("choice", "true"), ("flow", "true")],
                "",
            );
            xml.close();
        }
        xml.close();
        xml.close();

        xml.open("resources", &[]);
        let scorm_type = if v12 {
            "adlcp:scormtype"
        } else {
            "adlcp:scormType"
        };
        let own_modules: Vec<String> = self.modules.iter().map(|m| module_file(m)).collect();
        for module in self.modules {
            let launch = launch_path(module);
            xml.open(
                "resource",
                &[
                    ("identifier", &xml_id("RES-", &module.id)),
                    ("type", "webcontent"),
                    (scorm_type, "sco"),
                    ("href", &launch),
                ],
            );
            xml.open("metadata", &[]);
            self.lom(&mut xml, &module.title, &module.summary);
            xml.close();
            xml.leaf("file", &[("href", &launch)], "");
            xml.leaf("file", &[("href", &module_file(module))], "");
            xml.leaf("dependency", &[("identifierref", RUNTIME_RESOURCE)], "");
            xml.leaf("dependency", &[("identifierref", CONTENT_RESOURCE)], "");
            xml.close();
        }
        xml.open(
            "resource",
            &[
                ("identifier", RUNTIME_RESOURCE),
                ("type", "webcontent"),
                (scorm_type, "asset"),
            ],
        );
        xml.leaf("file", &[("href", "sco/sco.css")], "");
        for path in &self.runtime {
            xml.leaf("file", &[("href", path)], "");
        }
        xml.close();
        xml.open(
            "resource",
            &[
                ("identifier", CONTENT_RESOURCE),
                ("type", "webcontent"),
                (scorm_type, "asset"),
            ],
        );
        for path in self
            .content
            .iter()
            .filter(|p| !own_modules.iter().any(|o| o == *p))
        {
            xml.leaf("file", &[("href", path)], "");
        }
        xml.close();
        xml.close();
        xml.finish()
    }

    /// Inline LOM with the title and description: IMS MD 1.2.1 for SCORM 1.2, IEEE LOM for
    /// SCORM 2004.
    fn lom(&self, xml: &mut XmlWriter, title: &str, description: &str) {
        match self.version {
            ScormVersion::V12 => {
                xml.open("imsmd:lom", &[]);
                xml.open("imsmd:general", &[]);
                xml.open("imsmd:title", &[]);
                xml.leaf("imsmd:langstring", &[("xml:lang", "en")], title);
                xml.close();
                xml.leaf("imsmd:language", &[], "en");
                xml.open("imsmd:description", &[]);
                xml.leaf("imsmd:langstring", &[("xml:lang", "en")], description);
                xml.close();
                xml.close();
                xml.close();
            }
            ScormVersion::V2004 => {
                xml.open("lom:lom", &[]);
                xml.open("lom:general", &[]);
                xml.open("lom:title", &[]);
                xml.leaf("lom:string", &[("language", "en")], title);
                xml.close();
                xml.leaf("lom:language", &[], "en");
                xml.open("lom:description", &[]);
                xml.leaf("lom:string", &[("language", "en")], description);
                xml.close();
                xml.close();
                xml.close();
            }
        }
    }
}
