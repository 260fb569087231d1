//! The content models of the IMS Common Cartridge 1.1 manifest schemas, as a table, and a
//! check of a manifest against them: which children each element may have, in which order
//! and how many, which attributes, and the fixed vocabularies.
//!
//! Moodle validates every imported cartridge's `imsmanifest.xml` against these schemas with
//! libxml2 before it converts anything (`backup/converter/imscc11/lib.php` calls
//! `manifest_validator`, `backup/cc/validator.php`, which loads
//! `backup/cc/schemas11/cc11libxml2validator.xsd`, importing the three schemas below), and
//! refuses the whole cartridge on the first error. The rules here are written from the
//! schemas IMS published for CC 1.1 (31 January 2011):
//!
//! - `ccv1p1_imscp_v1p2_v1p0.xsd`, the CC profile of IMS Content Packaging 1.2
//!   (namespace [`ns::CP`]);
//! - `ccv1p1_lommanifest_v1p0.xsd`, the LOM profile of the manifest's metadata
//!   ([`ns::LOM_MANIFEST`]): `general`, `lifeCycle`, `technical`, `educational`,
//!   `rights`, `relation`, `classification` in any order;
//! - `ccv1p1_lomresource_v1p0.xsd`, the LOM profile of a resource's metadata
//!   ([`ns::LOM_RESOURCE`]): *only* `educational` (at least one), holding an
//!   optional `context` and at least one `intendedEndUserRole`. `general` is not allowed
//!   there, which is what made Moodle refuse this packager's earlier cartridges.
//!
//! The Schematron counts the manifest LOM profile adds (at most one `general`, one `title`
//! in it, …) are checked too. Parts of the schemas this packager never writes
//! (`lifeCycle`, `rights`, `relation`, `classification`, metadata on items and files,
//! authorizations) are reported as "not checked here" rather than passed unseen: a manifest
//! that needs them needs this table extended first.
//!
//! Errors read like libxml2's, with the line and column of the element.

use roxmltree::{Document, Node};

use crate::cartridge::ns;

const XSI: &str = crate::scorm::XSI;
const XML: &str = "http://www.w3.org/XML/1998/namespace";

/// The types of the three schemas that this check knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Type {
    // CP profile.
    Manifest,
    ManifestMetadata,
    Organizations,
    Organization,
    /// The one top-level item of the organization: no title, no identifierref.
    ItemOrg,
    Item,
    Resources,
    Resource,
    ResourceMetadata,
    File,
    Dependency,
    /// Text from a fixed list.
    Enum(&'static [&'static str]),
    /// Any text.
    AnyText,
    // Manifest LOM profile.
    ManifestLom,
    ManifestGeneral,
    ManifestEducational,
    LearningResourceKind,
    Technical,
    Identifier,
    LangString,
    LanguageString,
    // Both LOM profiles.
    Context,
    IntendedEndUserRole,
    // Resource LOM profile.
    ResourceLom,
    ResourceEducational,
    /// A part of a schema this check does not model (see the module docs).
    NotChecked,
}

/// One child an element may have: its namespace and name, how many times, and its type.
#[derive(Debug, Clone, Copy)]
struct Particle {
    ns: &'static str,
    name: &'static str,
    min: usize,
    max: usize,
    of: Type,
}

const MANY: usize = usize::MAX;

const fn p(ns: &'static str, name: &'static str, min: usize, max: usize, of: Type) -> Particle {
    Particle {
        ns,
        name,
        min,
        max,
        of,
    }
}

/// How the children of an element are arranged.
#[derive(Debug, Clone, Copy)]
enum Content {
    /// `xs:sequence`: these, in this order.
    Sequence(&'static [Particle]),
    /// `xs:choice maxOccurs="unbounded"` of these, each at most `max` times (the Schematron
    /// counts of the manifest LOM profile), in any order.
    AnyOrder(&'static [Particle]),
    /// Text only; `Some` when it must be one of these values.
    Text(Option<&'static [&'static str]>),
    /// Nothing (attributes only).
    Empty,
}

/// An unqualified attribute an element may carry.
#[derive(Debug, Clone, Copy)]
struct Attribute {
    name: &'static str,
    required: bool,
    values: Option<&'static [&'static str]>,
}

const fn a(name: &'static str, required: bool) -> Attribute {
    Attribute {
        name,
        required,
        values: None,
    }
}

/// The resource types of CC 1.1 (`Resource.Type/@type`).
pub const RESOURCE_TYPES: &[&str] = &[
    "webcontent",
    "imsqti_xmlv1p2/imscc_xmlv1p1/assessment",
    "imsqti_xmlv1p2/imscc_xmlv1p1/question-bank",
    "associatedcontent/imscc_xmlv1p1/learning-application-resource",
    "imsdt_xmlv1p1",
    "imswl_xmlv1p1",
    "imsbasiclti_xmlv1p0",
];

/// The roles of `intendedEndUserRole/value` (both LOM profiles). Canvas locks or unpublishes
/// a resource marked `Instructor`; Moodle hides one marked `Instructor` or `Mentor`.
pub const ROLES: &[&str] = &["Instructor", "Learner", "Mentor"];

const CONTEXTS: &[&str] = &["higher education", "school", "training", "other"];

const CP: &str = ns::CP;
const LOMM: &str = ns::LOM_MANIFEST;
const LOMR: &str = ns::LOM_RESOURCE;

impl Type {
    fn content(self) -> Content {
        use Content::*;
        use Type::*;
        match self {
            Manifest => Sequence(
                const {
                    &[
                        p(CP, "metadata", 1, 1, ManifestMetadata),
                        p(CP, "organizations", 1, 1, Organizations),
                        p(CP, "resources", 1, 1, Resources),
                        p(
                            "http://www.imsglobal.org/xsd/imsccv1p1/imsccauth_v1p1",
                            "authorizations",
                            0,
                            1,
                            NotChecked,
                        ),
                    ]
                },
            ),
            ManifestMetadata => Sequence(
                const {
                    &[
                        p(CP, "schema", 1, 1, Enum(&["IMS Common Cartridge"])),
                        p(CP, "schemaversion", 1, 1, Enum(&["1.1.0"])),
                        p(LOMM, "lom", 1, 1, ManifestLom),
                    ]
                },
            ),
            Organizations => Sequence(const { &[p(CP, "organization", 0, 1, Organization)] }),
            Organization => Sequence(
                const {
                    &[
                        p(CP, "title", 0, 1, AnyText),
                        p(CP, "item", 1, 1, ItemOrg),
                        p(CP, "metadata", 0, 1, NotChecked),
                    ]
                },
            ),
            ItemOrg => Sequence(
                const {
                    &[
                        p(CP, "item", 0, MANY, Item),
                        p(CP, "metadata", 0, 1, NotChecked),
                    ]
                },
            ),
            Item => Sequence(
                const {
                    &[
                        p(CP, "title", 1, 1, AnyText),
                        p(CP, "item", 0, MANY, Item),
                        p(CP, "metadata", 0, 1, NotChecked),
                    ]
                },
            ),
            Resources => Sequence(const { &[p(CP, "resource", 0, MANY, Resource)] }),
            Resource => Sequence(
                const {
                    &[
                        p(CP, "metadata", 0, 1, ResourceMetadata),
                        p(CP, "file", 0, MANY, File),
                        p(CP, "dependency", 0, MANY, Dependency),
                    ]
                },
            ),
            ResourceMetadata => Sequence(const { &[p(LOMR, "lom", 1, 1, ResourceLom)] }),
            File => Sequence(const { &[p(CP, "metadata", 0, 1, NotChecked)] }),
            Dependency | NotChecked => Empty,
            Enum(values) => Text(Some(values)),
            AnyText | LanguageString => Text(None),

            ManifestLom => AnyOrder(
                const {
                    &[
                        p(LOMM, "general", 0, 1, ManifestGeneral),
                        p(LOMM, "lifeCycle", 0, 1, NotChecked),
                        p(LOMM, "technical", 0, 1, Technical),
                        p(LOMM, "educational", 0, MANY, ManifestEducational),
                        p(LOMM, "rights", 0, 1, NotChecked),
                        p(LOMM, "relation", 0, MANY, NotChecked),
                        p(LOMM, "classification", 0, MANY, NotChecked),
                    ]
                },
            ),
            ManifestGeneral => AnyOrder(
                const {
                    &[
                        p(LOMM, "identifier", 0, MANY, Identifier),
                        p(LOMM, "title", 0, 1, LangString),
                        p(LOMM, "language", 0, MANY, AnyText),
                        p(LOMM, "description", 0, MANY, LangString),
                        p(LOMM, "keyword", 0, MANY, LangString),
                        p(LOMM, "coverage", 0, MANY, LangString),
                    ]
                },
            ),
            ManifestEducational => Sequence(
                const {
                    &[
                        p(LOMM, "learningResourceType", 1, 1, LearningResourceKind),
                        p(LOMM, "context", 0, 1, Context),
                        p(LOMM, "intendedEndUserRole", 0, MANY, IntendedEndUserRole),
                    ]
                },
            ),
            LearningResourceKind => {
                Sequence(const { &[p(LOMM, "value", 1, 1, Enum(&["IMS Common Cartridge"]))] })
            }
            Technical => Sequence(const { &[p(LOMM, "format", 1, MANY, AnyText)] }),
            Identifier => AnyOrder(
                const {
                    &[
                        p(LOMM, "catalog", 0, 1, AnyText),
                        p(LOMM, "entry", 0, 1, AnyText),
                    ]
                },
            ),
            // The element's own namespace: LangString is declared in both LOM profiles.
            LangString => Sequence(const { &[p("", "string", 0, MANY, LanguageString)] }),
            Context => Sequence(
                const {
                    &[
                        p("", "source", 1, 1, Enum(&["LOMv1.0"])),
                        p("", "value", 1, 1, Enum(CONTEXTS)),
                    ]
                },
            ),
            IntendedEndUserRole => Sequence(
                const {
                    &[
                        p("", "source", 1, 1, Enum(&["IMSGLC_CC_Rolesv1p1"])),
                        p("", "value", 1, 1, Enum(ROLES)),
                    ]
                },
            ),

            ResourceLom => {
                Sequence(const { &[p(LOMR, "educational", 1, MANY, ResourceEducational)] })
            }
            ResourceEducational => Sequence(
                const {
                    &[
                        p(LOMR, "context", 0, 1, Context),
                        p(LOMR, "intendedEndUserRole", 1, MANY, IntendedEndUserRole),
                    ]
                },
            ),
        }
    }

    fn attributes(self) -> &'static [Attribute] {
        use Type::*;
        const BASE: Attribute = a("base", false); // xml:base, checked by namespace below
        match self {
            Manifest => const { &[a("identifier", true), BASE] },
            Organization => {
                const {
                    &[
                        a("identifier", true),
                        Attribute {
                            name: "structure",
                            required: true,
                            values: Some(&["rooted-hierarchy"]),
                        },
                    ]
                }
            }
            ItemOrg => const { &[a("identifier", true)] },
            Item => const { &[a("identifier", true), a("identifierref", false)] },
            Resources => const { &[BASE] },
            Resource => {
                const {
                    &[
                        a("identifier", true),
                        Attribute {
                            name: "type",
                            required: true,
                            values: Some(RESOURCE_TYPES),
                        },
                        a("href", false),
                        BASE,
                        Attribute {
                            name: "intendeduse",
                            required: false,
                            values: Some(&["lessonplan", "syllabus", "unspecified"]),
                        },
                    ]
                }
            }
            File => const { &[a("href", true)] },
            Dependency => const { &[a("identifierref", true)] },
            LanguageString => const { &[a("language", false)] },
            _ => const { &[] },
        }
    }
}

/// Where `node` starts, as `line:col`.
fn at(doc: &Document<'_>, node: Node<'_, '_>) -> String {
    let pos = doc.text_pos_at(node.range().start);
    format!("{}:{}", pos.row, pos.col)
}

fn qname(ns: &str, name: &str) -> String {
    if ns.is_empty() {
        name.to_owned()
    } else {
        format!("{{{ns}}}{name}")
    }
}

fn name_of(node: Node<'_, '_>) -> String {
    qname(
        node.tag_name().namespace().unwrap_or(""),
        node.tag_name().name(),
    )
}

/// Checks `text` (an `imsmanifest.xml`) against the CC 1.1 schemas' content models; every
/// problem found, each with its line and column.
pub fn check_manifest(text: &str) -> Vec<String> {
    let doc = match Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => return vec![format!("not well-formed XML: {e}")],
    };
    let root = doc.root_element();
    let mut problems = Vec::new();
    if root.tag_name().namespace() != Some(CP) || root.tag_name().name() != "manifest" {
        problems.push(format!(
            "{}: Element '{}': No matching global declaration available for the validation \
             root (expected {}).",
            at(&doc, root),
            name_of(root),
            qname(CP, "manifest")
        ));
        return problems;
    }
    element(&doc, root, Type::Manifest, &mut problems);
    problems
}

fn element(doc: &Document<'_>, node: Node<'_, '_>, of: Type, problems: &mut Vec<String>) {
    let here = || format!("{}: Element '{}'", at(doc, node), name_of(node));
    if of == Type::NotChecked {
        problems.push(format!(
            "{}: not checked here: this check does not model that part of the CC 1.1 schemas \
             (extend packager/src/cc11_schema.rs before writing it)",
            here()
        ));
        return;
    }
    attributes(node, of, &here, problems);
    let own_ns = node.tag_name().namespace().unwrap_or("");
    let children: Vec<Node<'_, '_>> = node.children().filter(Node::is_element).collect();
    match of.content() {
        Content::Text(values) => {
            if let Some(child) = children.first() {
                problems.push(format!(
                    "{}: Element '{}': This element is not expected (only text is allowed in \
                     {}).",
                    at(doc, *child),
                    name_of(*child),
                    name_of(node)
                ));
            }
            let text = node.text().unwrap_or("").trim();
            if let Some(values) = values
                && !values.contains(&text)
            {
                problems.push(format!(
                    "{}: '{text}' is not an element of the set {{{}}}.",
                    here(),
                    values
                        .iter()
                        .map(|v| format!("'{v}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        Content::Empty => {
            if let Some(child) = children.first() {
                problems.push(format!(
                    "{}: Element '{}': This element is not expected ({} has no children).",
                    at(doc, *child),
                    name_of(*child),
                    name_of(node)
                ));
            }
            no_text(node, &here, problems);
        }
        Content::Sequence(particles) => {
            no_text(node, &here, problems);
            sequence(doc, node, own_ns, &children, particles, problems);
        }
        Content::AnyOrder(particles) => {
            no_text(node, &here, problems);
            any_order(doc, node, own_ns, &children, particles, problems);
        }
    }
}

fn no_text(node: Node<'_, '_>, here: &impl Fn() -> String, problems: &mut Vec<String>) {
    if let Some(text) = node
        .children()
        .find(|c| c.is_text() && !c.text().unwrap_or("").trim().is_empty())
    {
        problems.push(format!(
            "{}: Character content other than whitespace is not allowed because the content \
             type is 'element-only' (\"{}\").",
            here(),
            text.text().unwrap_or("").trim()
        ));
    }
}

/// The namespace a particle's element must be in: its own, or (LangString, Context,
/// IntendedEndUserRole, declared alike in both LOM profiles) its parent's.
fn particle_ns(particle: &Particle, parent_ns: &'static str) -> &'static str {
    if particle.ns.is_empty() {
        parent_ns
    } else {
        particle.ns
    }
}

fn matches(node: &Node<'_, '_>, particle: &Particle, parent_ns: &'static str) -> bool {
    node.tag_name().name() == particle.name
        && node.tag_name().namespace().unwrap_or("") == particle_ns(particle, parent_ns)
}

/// The parent's namespace as one of the schema's (so particles can borrow it).
fn static_ns(ns: &str) -> &'static str {
    [CP, LOMM, LOMR]
        .into_iter()
        .find(|s| *s == ns)
        .unwrap_or("")
}

fn expected(particles: &[&Particle], parent_ns: &'static str) -> String {
    particles
        .iter()
        .map(|p| qname(particle_ns(p, parent_ns), p.name))
        .collect::<Vec<_>>()
        .join(", ")
}

fn sequence(
    doc: &Document<'_>,
    parent: Node<'_, '_>,
    own_ns: &str,
    children: &[Node<'_, '_>],
    particles: &'static [Particle],
    problems: &mut Vec<String>,
) {
    let parent_ns = static_ns(own_ns);
    let mut index = 0;
    let mut next = children.iter().peekable();
    // Particles still allowed at this point (for the "expected" list).
    while let Some(child) = next.peek().copied() {
        // The first particle from `index` that the child is, skipping only optional ones.
        let mut skipped_required = false;
        let mut found = None;
        for (i, particle) in particles.iter().enumerate().skip(index) {
            if matches(child, particle, parent_ns) {
                found = Some((i, particle));
                break;
            }
            skipped_required |= particle.min > 0;
        }
        let Some((i, particle)) = found.filter(|_| !skipped_required) else {
            let allowed = allowed_from(particles, index);
            let expected = if allowed.is_empty() {
                String::new()
            } else {
                format!(" Expected is ( {} ).", expected(&allowed, parent_ns))
            };
            problems.push(format!(
                "{}: Element '{}': This element is not expected.{expected}",
                at(doc, *child),
                name_of(*child),
            ));
            return;
        };
        let mut count = 0;
        while let Some(c) = next.peek().copied()
            && matches(c, particle, parent_ns)
        {
            count += 1;
            if count > particle.max {
                problems.push(format!(
                    "{}: Element '{}': This element is not expected (at most {} in {}).",
                    at(doc, *c),
                    name_of(*c),
                    particle.max,
                    name_of(parent)
                ));
            } else {
                element(doc, *c, particle.of, problems);
            }
            next.next();
        }
        index = i + 1;
    }
    let missing: Vec<&Particle> = particles.iter().skip(index).filter(|p| p.min > 0).collect();
    if !missing.is_empty() {
        problems.push(format!(
            "{}: Element '{}': Missing child element(s). Expected is ( {} ).",
            at(doc, parent),
            name_of(parent),
            expected(&missing, parent_ns)
        ));
    }
}

/// The particles that may come next from `index`: each up to and including the first
/// required one.
fn allowed_from(particles: &'static [Particle], index: usize) -> Vec<&'static Particle> {
    let mut out = Vec::new();
    for particle in particles.iter().skip(index) {
        out.push(particle);
        if particle.min > 0 {
            break;
        }
    }
    out
}

fn any_order(
    doc: &Document<'_>,
    parent: Node<'_, '_>,
    own_ns: &str,
    children: &[Node<'_, '_>],
    particles: &'static [Particle],
    problems: &mut Vec<String>,
) {
    let parent_ns = static_ns(own_ns);
    let mut counts = vec![0usize; particles.len()];
    for child in children {
        let found = particles
            .iter()
            .zip(counts.iter_mut())
            .find(|(p, _)| matches(child, p, parent_ns));
        match found {
            Some((particle, count)) => {
                *count += 1;
                if *count > particle.max {
                    problems.push(format!(
                        "{}: Element '{}': Invalid number of \"{}\" elements: at most {} in {}.",
                        at(doc, *child),
                        name_of(*child),
                        particle.name,
                        particle.max,
                        name_of(parent)
                    ));
                } else {
                    element(doc, *child, particle.of, problems);
                }
            }
            None => problems.push(format!(
                "{}: Element '{}': This element is not expected. Expected is one of ( {} ).",
                at(doc, *child),
                name_of(*child),
                expected(&particles.iter().collect::<Vec<_>>(), parent_ns)
            )),
        }
    }
}

fn attributes(
    node: Node<'_, '_>,
    of: Type,
    here: &impl Fn() -> String,
    problems: &mut Vec<String>,
) {
    let allowed = of.attributes();
    for attr in node.attributes() {
        match attr.namespace() {
            // xsi:schemaLocation and the like are allowed on any element.
            Some(XSI) => {}
            Some(XML) if attr.name() == "base" && allowed.iter().any(|a| a.name == "base") => {}
            Some(XML) if attr.name() == "lang" => problems.push(format!(
                "{}, attribute 'xml:lang': The attribute is not allowed (CC 1.1 LOM strings \
                 take 'language').",
                here()
            )),
            Some(other) => problems.push(format!(
                "{}, attribute '{{{other}}}{}': The attribute is not allowed.",
                here(),
                attr.name()
            )),
            None => match allowed
                .iter()
                .find(|a| a.name == attr.name() && a.name != "base")
            {
                None => problems.push(format!(
                    "{}, attribute '{}': The attribute '{}' is not allowed.",
                    here(),
                    attr.name(),
                    attr.name()
                )),
                Some(Attribute {
                    values: Some(values),
                    ..
                }) if !values.contains(&attr.value()) => problems.push(format!(
                    "{}, attribute '{}': '{}' is not an element of the set {{{}}}.",
                    here(),
                    attr.name(),
                    attr.value(),
                    values.join(", ")
                )),
                Some(_) => {}
            },
        }
    }
    for required in allowed.iter().filter(|a| a.required) {
        if node.attribute(required.name).is_none() {
            problems.push(format!(
                "{}: The attribute '{}' is required but missing.",
                here(),
                required.name
            ));
        }
    }
}
