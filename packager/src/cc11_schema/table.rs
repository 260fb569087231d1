//! The table: for each type of the three CC 1.1 schemas, its content model (which children,
//! in which order, how many) and its attributes, with the fixed vocabularies.

use crate::cartridge::ns;

/// The types of the three schemas that this check knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Type {
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
pub(super) struct Particle {
    pub(super) ns: &'static str,
    pub(super) name: &'static str,
    pub(super) min: usize,
    pub(super) max: usize,
    pub(super) of: Type,
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
pub(super) enum Content {
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
pub(super) struct Attribute {
    pub(super) name: &'static str,
    pub(super) required: bool,
    pub(super) values: Option<&'static [&'static str]>,
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

pub(super) const CP: &str = ns::CP;
pub(super) const LOMM: &str = ns::LOM_MANIFEST;
pub(super) const LOMR: &str = ns::LOM_RESOURCE;

impl Type {
    pub(super) fn content(self) -> Content {
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

    pub(super) fn attributes(self) -> &'static [Attribute] {
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
