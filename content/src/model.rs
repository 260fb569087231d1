//! The course model: what the compiler writes and what the widgets read.
//!
//! Defined once so the compiler and the widgets cannot drift apart. Every type here is plain
//! data with serde derives (structs also derive `Default`, so a test names only the fields
//! it is about) and nothing else: no Markdown, no HTML. Text is a small tree of
//! [`Block`]s and [`Inline`]s whose only "markup" is structure; widgets render it as DOM
//! nodes, never as an HTML string, so a compiled file cannot carry markup into a page even if
//! someone edits it by hand.
//!
//! Field names are short on purpose where they repeat thousands of times in the JSON
//! (`Inline`, `Block`): the compiled course is downloaded by every learner.

use serde::{Deserialize, Serialize};

/// The format version written into every compiled file. Widgets refuse other versions with a
/// message instead of guessing.
pub const FORMAT_VERSION: u32 = 1;

/// Rich text: a paragraph's content.
pub type Text = Vec<Inline>;

/// An inline piece of rich text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Inline {
    /// Plain text.
    #[serde(rename = "t")]
    Text(String),
    /// Emphasis.
    #[serde(rename = "em")]
    Emph(Text),
    /// Strong emphasis.
    #[serde(rename = "b")]
    Strong(Text),
    /// Inline code.
    #[serde(rename = "c")]
    Code(String),
    /// A link to somewhere checked by the compiler.
    #[serde(rename = "a")]
    Link(Link),
    /// Citation of one or more references, by reference id, in the order written.
    #[serde(rename = "cite")]
    Cite(Vec<String>),
    /// A hard line break.
    #[serde(rename = "br")]
    Break,
}

/// The plain words of rich text, for labels, exports and word counts: citations are left
/// out and a line break is a space. One definition, so the compiler's checks and the
/// widgets' labels read the same words.
pub fn plain_text(text: &[Inline]) -> String {
    fn push(out: &mut String, text: &[Inline]) {
        for inline in text {
            match inline {
                Inline::Text(s) | Inline::Code(s) => out.push_str(s),
                Inline::Emph(t) | Inline::Strong(t) => push(out, t),
                Inline::Link(link) => push(out, &link.text),
                Inline::Cite(_) => {}
                Inline::Break => out.push(' '),
            }
        }
    }
    let mut out = String::new();
    push(&mut out, text);
    out
}

/// A link and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Where it goes.
    pub to: Target,
    /// The link text.
    pub text: Text,
}

/// Where a link goes. External URLs were checked by the compiler (http, https, mailto or
/// relative); widgets check again before they render one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// An external or relative URL.
    #[serde(rename = "url")]
    Url(String),
    /// A module of this course, optionally one of its sections.
    #[serde(rename = "module")]
    Module {
        /// Module id.
        module: String,
        /// Section id within that module.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        section: Option<String>,
    },
    /// A credential type of the hierarchy, by id.
    #[serde(rename = "credential")]
    Credential(String),
    /// A glossary term, by id.
    #[serde(rename = "term")]
    Term(String),
}

/// A block of rich text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    /// A paragraph.
    #[serde(rename = "p")]
    Para(Text),
    /// A sub-heading inside a section (level 3 to 6 in the module's outline).
    #[serde(rename = "h")]
    Heading {
        /// Outline level as written in the Markdown (3..=6).
        level: u8,
        /// Heading text.
        text: Text,
    },
    /// A bulleted list; each item is a list of blocks.
    #[serde(rename = "ul")]
    Bullets(Vec<Vec<Block>>),
    /// A numbered list; each item is a list of blocks.
    #[serde(rename = "ol")]
    Numbered(Vec<Vec<Block>>),
    /// A block quotation.
    #[serde(rename = "q")]
    Quote(Vec<Block>),
    /// Preformatted text.
    #[serde(rename = "pre")]
    Code(String),
    /// A table: header row, then body rows; each cell is rich text.
    #[serde(rename = "table")]
    Table {
        /// Header cells.
        head: Vec<Text>,
        /// Body rows.
        rows: Vec<Vec<Text>>,
    },
}

/// The course index: `course.json`. Small, loaded first by every widget.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Course {
    /// Must equal [`FORMAT_VERSION`].
    pub format: u32,
    /// Stable course id; part of every storage key.
    pub id: String,
    /// Course title.
    pub title: String,
    /// One-paragraph description.
    pub summary: String,
    /// Content version, as the authors number it.
    pub version: String,
    /// The modules in course order.
    pub modules: Vec<ModuleSummary>,
}

/// What the course index says about a module, enough to list it and link into it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleSummary {
    /// Module id (also the JSON file name: `modules/<id>.json`).
    pub id: String,
    /// Title.
    pub title: String,
    /// One-sentence summary.
    pub summary: String,
    /// Position in the course, from 1.
    pub order: u32,
    /// Estimated time to work through, in minutes.
    pub minutes: u32,
    /// Section ids and titles, in order.
    pub sections: Vec<SectionRef>,
}

/// A section's id and title.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectionRef {
    /// Section id.
    pub id: String,
    /// Section title.
    pub title: String,
}

/// One module: `modules/<id>.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Module {
    /// Must equal [`FORMAT_VERSION`].
    pub format: u32,
    /// The course this module belongs to.
    pub course: String,
    /// Module id.
    pub id: String,
    /// Title.
    pub title: String,
    /// One-sentence summary.
    pub summary: String,
    /// Position in the course, from 1.
    pub order: u32,
    /// Estimated minutes.
    pub minutes: u32,
    /// Learning objectives, shown before the sections.
    pub objectives: Vec<LearningObjective>,
    /// The sections in reading order.
    pub sections: Vec<Section>,
    /// Every reference cited in this module, in order of first citation (footnote numbers
    /// are positions in this list, from 1).
    pub references: Vec<Reference>,
}

impl Module {
    /// What the course index says about this module.
    pub fn summary(&self) -> ModuleSummary {
        ModuleSummary {
            id: self.id.clone(),
            title: self.title.clone(),
            summary: self.summary.clone(),
            order: self.order,
            minutes: self.minutes,
            sections: self
                .sections
                .iter()
                .map(|s| SectionRef {
                    id: s.id.clone(),
                    title: s.title.clone(),
                })
                .collect(),
        }
    }
}

/// A measurable learning objective.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearningObjective {
    /// Stable id.
    pub id: String,
    /// The objective.
    pub text: Text,
}

/// A section of a module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Stable id, unique in the course.
    pub id: String,
    /// Title.
    pub title: String,
    /// The prose of the section (for a checklist or case: its introduction).
    pub body: Vec<Block>,
    /// What kind of section this is.
    pub kind: SectionKind,
}

/// The kinds of section a module has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SectionKind {
    /// Reading.
    #[serde(rename = "text")]
    Text,
    /// Reflection questions with an answer box each.
    #[serde(rename = "reflect")]
    Reflection(Vec<ReflectionQuestion>),
    /// A design checklist.
    #[serde(rename = "checklist")]
    Checklist(Checklist),
    /// A case example (always a composite institution) with discussion prompts.
    #[serde(rename = "case")]
    Case(CaseExample),
}

/// A reflection question.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReflectionQuestion {
    /// Stable id (the learner's answer is stored under it).
    pub id: String,
    /// The question.
    pub prompt: Text,
}

/// A design checklist.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    /// Stable id (`list` attribute of `<ler-checklist>`).
    pub id: String,
    /// Title, without the "Checklist:" prefix.
    pub title: String,
    /// Items in groups; a checklist without sub-headings has one group with no title.
    pub groups: Vec<ChecklistGroup>,
}

impl Checklist {
    /// Every item, in order, across groups.
    pub fn items(&self) -> impl Iterator<Item = &ChecklistItem> {
        self.groups.iter().flat_map(|g| g.items.iter())
    }
}

/// A group of checklist items under an optional heading.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistGroup {
    /// Group heading, if the content has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The items.
    pub items: Vec<ChecklistItem>,
}

/// One actionable checklist item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// Stable id (the tick and note are stored under it).
    pub id: String,
    /// What to do.
    pub text: Text,
    /// Optional guidance, shown on request.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<Block>,
    /// The section of the same module that explains this item, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

/// A case example about a composite institution.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseExample {
    /// Discussion prompts.
    pub prompts: Vec<DiscussionPrompt>,
}

/// A discussion prompt of a case example.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscussionPrompt {
    /// Stable id.
    pub id: String,
    /// The prompt.
    pub text: Text,
}

/// A cited, checkable reference.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    /// Citation key, as in `[@key]`.
    pub id: String,
    /// Title of the work.
    pub title: String,
    /// Authors and/or publisher, as they should be shown.
    pub author: String,
    /// Year or date as published ("2024", "February 2024", "n.d.").
    pub year: String,
    /// Where to read it.
    pub url: String,
    /// Report, spec, article, guide, web page, policy, dataset, thesis.
    pub kind: String,
}

/// The course library: `library.json`. Everything that is not a module: toolkit resources,
/// standards, credential types and pathways, glossary, and the full reference list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    /// Must equal [`FORMAT_VERSION`].
    pub format: u32,
    /// The course this library belongs to.
    pub course: String,
    /// Implementation-toolkit resources.
    pub resources: Vec<Resource>,
    /// Interoperability standards, each a fact sheet.
    pub standards: Vec<Standard>,
    /// Credential types of the hierarchy, parents before children.
    pub credential_types: Vec<CredentialType>,
    /// Stackable pathways between credential types.
    pub pathways: Vec<Pathway>,
    /// The national size scale credential types are placed on (the IPEDS award levels),
    /// smallest first, as the course states it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub award_levels: Vec<AwardLevel>,
    /// Glossary terms, alphabetical.
    pub glossary: Vec<GlossaryTerm>,
    /// Every reference of the course.
    pub references: Vec<Reference>,
}

/// An implementation-toolkit resource.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resource {
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Publisher or steward.
    pub publisher: String,
    /// Template, specification, validator, framework, guide, registry, dataset, tool.
    pub kind: String,
    /// What a records team uses it for.
    pub purpose: String,
    /// Where to get it.
    pub url: String,
    /// Module ids that use it.
    pub modules: Vec<String>,
}

/// A fact sheet on an interoperability standard.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standard {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Who stewards it.
    pub steward: String,
    /// Current version.
    pub version: String,
    /// Date of that version, as published.
    pub date: String,
    /// What it represents, in plain language.
    pub represents: String,
    /// How it relates to the other standards.
    pub relations: String,
    /// The specification's address.
    pub url: String,
    /// Reference ids backing the facts.
    pub sources: Vec<String>,
}

/// A credential type of the hierarchy explorer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CredentialType {
    /// Stable id (`microcredential`, `bachelor-degree`).
    pub id: String,
    /// Display name.
    pub label: String,
    /// Parent type id; `None` for a top-level class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// The CTDL class it maps to (`ceterms:MicroCredential`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctdl_class: Option<String>,
    /// The Open Badges 3.0 `achievementType` value, if one exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ob_achievement_type: Option<String>,
    /// Where OB 3.0 and CTDL disagree about this type, what the disagreement is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standards_note: Option<String>,
    /// Other names a searcher might type.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synonyms: Vec<String>,
    /// Plain-language definition.
    pub definition: String,
    /// Typical size (credits or clock hours), where a source gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typical_size: Option<String>,
    /// The same size as structured data: where on the award-level scale the content places
    /// this type. `None` when the content states no size for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<SizePlacement>,
    /// How it is usually assessed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<String>,
    /// Who typically issues it.
    pub issuer: String,
    /// How it stacks into other credentials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stackability: Option<String>,
    /// Module ids that discuss it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modules: Vec<String>,
    /// Glossary term ids that relate to it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<String>,
    /// Reference ids backing the facts.
    pub sources: Vec<String>,
}

/// One level of a national size scale (an IPEDS award level) and the size it implies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AwardLevel {
    /// Stable id.
    pub id: String,
    /// The level's name ("Award of less than one academic year").
    pub label: String,
    /// A short name for narrow places such as a column of the credential map ("Under 1 year").
    pub short: String,
    /// The size the level implies, in credit or clock hours, as the source gives it.
    pub size: String,
    /// Reference id backing the level and its size.
    pub source: String,
}

/// Where a credential type sits on the award-level scale, as the content states it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SizePlacement {
    /// Award level ids (of [`Library::award_levels`]) the type is awarded at. Empty when the
    /// content states that the type has no national size.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<String>,
    /// Reference ids backing the placement.
    pub sources: Vec<String>,
}

/// A stackable pathway: credential types in the order a learner can stack them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pathway {
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Credential type ids, first to last.
    pub steps: Vec<String>,
    /// What the pathway shows.
    pub note: String,
    /// Reference id backing the stacking claim; `None` means the pathway is an illustrative
    /// example, and the widgets say so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A glossary term.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryTerm {
    /// Stable id.
    pub id: String,
    /// The term.
    pub term: String,
    /// Other spellings and abbreviations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub synonyms: Vec<String>,
    /// The definition, in plain language.
    pub definition: String,
    /// Reference ids backing the definition, if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}
