//! The course's TOML files, read into the model with the places of their ids and of every
//! id they refer to. Unknown fields are errors (`deny_unknown_fields`); what can be checked
//! within one file (id syntax, http(s) URLs, kinds, empty text) is checked here, and
//! references to other files are kept for [`super::validate`].

use serde::de::DeserializeOwned;
use toml::Spanned;

use super::as_of;
use super::error::ContentError;
use super::ids::{invalid_id, is_valid_id};
use super::links::is_web_url;
use super::location::{Place, SourceMap};
use super::toml_raw::{
    CredentialTypesFile, GlossaryFile, RawAwardLevel, RawCourse, RawCredentialType, RawPathway,
    RawReference, RawResource, RawStandard, RawTerm, ReferencesFile, ResourcesFile, StandardsFile,
};
use crate::model::{
    AwardLevel, CredentialType, GlossaryTerm, Pathway, Reference, Resource, SizePlacement, Standard,
};

/// What a TOML field can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Kind {
    /// A reference of `references.toml`.
    Reference,
    /// A module.
    Module,
    /// A credential type of `credential-types.toml`.
    CredentialType,
    /// A glossary term of `glossary.toml`.
    Term,
    /// An award level of `credential-types.toml`.
    AwardLevel,
}

impl Kind {
    /// The kind's name in messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Reference => "reference",
            Self::Module => "module",
            Self::CredentialType => "credential type",
            Self::Term => "glossary term",
            Self::AwardLevel => "award level",
        }
    }
}

/// An id one record refers to.
#[derive(Debug, Clone)]
pub(crate) struct RefUse {
    /// What it must name.
    pub(crate) kind: Kind,
    /// The id written.
    pub(crate) id: String,
    /// Where.
    pub(crate) at: Place,
}

/// A record of a data file, with the place of its id and the ids it refers to.
#[derive(Debug, Clone)]
pub(crate) struct Record<T> {
    /// The record.
    pub(crate) value: T,
    /// Where its id is written.
    pub(crate) id_at: Place,
    /// The ids it refers to.
    pub(crate) refs: Vec<RefUse>,
}

/// `course.toml`, checked.
#[derive(Debug, Clone)]
pub(crate) struct CourseInfo {
    /// Course id.
    pub(crate) id: String,
    /// Title.
    pub(crate) title: String,
    /// Summary.
    pub(crate) summary: String,
    /// Content version.
    pub(crate) version: String,
}

/// Everything the data files hold.
#[derive(Debug, Default)]
pub(crate) struct Data {
    /// `references.toml`.
    pub(crate) references: Vec<Record<Reference>>,
    /// `resources.toml`.
    pub(crate) resources: Vec<Record<Resource>>,
    /// `standards.toml`.
    pub(crate) standards: Vec<Record<Standard>>,
    /// `credential-types.toml`: types.
    pub(crate) credential_types: Vec<Record<CredentialType>>,
    /// `credential-types.toml`: pathways.
    pub(crate) pathways: Vec<Record<Pathway>>,
    /// `credential-types.toml`: the award-level scale.
    pub(crate) award_levels: Vec<Record<AwardLevel>>,
    /// `glossary.toml`.
    pub(crate) glossary: Vec<Record<GlossaryTerm>>,
    /// Kinds whose file could not be read: ids of these kinds are not reported as unknown
    /// (the file's own error says what to fix first).
    pub(crate) unreadable: Vec<Kind>,
}

/// The data files, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DataFile {
    /// `references.toml`.
    References,
    /// `resources.toml`.
    Resources,
    /// `standards.toml`.
    Standards,
    /// `credential-types.toml`.
    CredentialTypes,
    /// `glossary.toml`.
    Glossary,
}

impl DataFile {
    /// The data file called `name`, if it is one.
    pub(crate) fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "references.toml" => Self::References,
            "resources.toml" => Self::Resources,
            "standards.toml" => Self::Standards,
            "credential-types.toml" => Self::CredentialTypes,
            "glossary.toml" => Self::Glossary,
            _ => return None,
        })
    }

    /// The file's name.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::References => "references.toml",
            Self::Resources => "resources.toml",
            Self::Standards => "standards.toml",
            Self::CredentialTypes => "credential-types.toml",
            Self::Glossary => "glossary.toml",
        }
    }
}

const REFERENCE_KINDS: [&str; 8] = [
    "report", "spec", "article", "guide", "web page", "policy", "dataset", "thesis",
];
const RESOURCE_KINDS: [&str; 8] = [
    "template",
    "specification",
    "validator",
    "framework",
    "guide",
    "registry",
    "dataset",
    "tool",
];

/// Parses a whole TOML file, reporting a located error.
fn parse_toml<T: DeserializeOwned>(
    map: &SourceMap<'_>,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let at = e.span().map_or(0, |s| s.start);
            errors.push(map.error(at, e.message().trim_end()));
            None
        }
    }
}

/// Checks values of one record as they are converted.
struct Check<'m, 'e> {
    map: &'m SourceMap<'m>,
    errors: &'e mut Vec<ContentError>,
    id_at: Place,
    what: &'static str,
    refs: Vec<RefUse>,
}

impl<'m, 'e> Check<'m, 'e> {
    fn new(
        map: &'m SourceMap<'m>,
        errors: &'e mut Vec<ContentError>,
        what: &'static str,
        id: &Spanned<String>,
    ) -> Self {
        let id_at = map.value_place(id.span().start);
        if !is_valid_id(id.get_ref()) {
            errors.push(id_at.error(invalid_id(id.get_ref())));
        }
        Self {
            map,
            errors,
            id_at,
            what,
            refs: Vec::new(),
        }
    }

    fn err_at(&mut self, at: &Spanned<String>, message: String) {
        let e = self.map.value_place(at.span().start).error(message);
        self.errors.push(e);
    }

    /// A required text field: not blank.
    fn text(&mut self, field: &str, value: String) -> String {
        if value.trim().is_empty() {
            let e = self
                .id_at
                .error(format!("this {}'s '{field}' is empty", self.what));
            self.errors.push(e);
        }
        value
    }

    /// An optional text field: omitted or not blank.
    fn optional(&mut self, field: &str, value: Option<String>) -> Option<String> {
        value.map(|v| self.text(field, v))
    }

    /// A standard's `date`: not blank, and saying when its status was last checked.
    fn dated_status(&mut self, date: Spanned<String>) -> String {
        if date.get_ref().trim().is_empty() {
            let e = self
                .id_at
                .error(format!("this {}'s 'date' is empty", self.what));
            self.errors.push(e);
        } else if !as_of::says_as_of(date.get_ref()) {
            self.err_at(&date, as_of::UNDATED.to_owned());
        }
        date.into_inner()
    }

    fn url(&mut self, url: Spanned<String>) -> String {
        if !is_web_url(url.get_ref()) {
            let message = format!("'{}' is not an http:// or https:// address", url.get_ref());
            self.err_at(&url, message);
        }
        url.into_inner()
    }

    fn kind(&mut self, kind: Spanned<String>, allowed: &[&str]) -> String {
        if !allowed.contains(&kind.get_ref().as_str()) {
            let message = format!(
                "kind '{}' is not one of: {}",
                kind.get_ref(),
                allowed.join(", ")
            );
            self.err_at(&kind, message);
        }
        kind.into_inner()
    }

    /// Ids of `kind` this record refers to.
    fn refs(&mut self, kind: Kind, ids: Vec<Spanned<String>>) -> Vec<String> {
        ids.into_iter().map(|id| self.one_ref(kind, id)).collect()
    }

    fn one_ref(&mut self, kind: Kind, id: Spanned<String>) -> String {
        let at = self.map.value_place(id.span().start);
        let id = id.into_inner();
        self.refs.push(RefUse {
            kind,
            id: id.clone(),
            at,
        });
        id
    }

    fn non_empty(&mut self, field: &str, list_len: usize) {
        if list_len == 0 {
            let e = self
                .id_at
                .error(format!("this {}'s '{field}' list is empty", self.what));
            self.errors.push(e);
        }
    }

    fn done<T>(self, value: T) -> Record<T> {
        Record {
            value,
            id_at: self.id_at,
            refs: self.refs,
        }
    }
}

/// Reads `course.toml`.
pub(crate) fn read_course(
    name: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<CourseInfo> {
    let map = SourceMap::new(name, text);
    let raw: RawCourse = parse_toml(&map, text, errors)?;
    let mut check = Check::new(&map, errors, "course", &raw.id);
    let course = CourseInfo {
        title: check.text("title", raw.title),
        summary: check.text("summary", raw.summary),
        version: check.text("version", raw.version),
        id: raw.id.into_inner(),
    };
    Some(course)
}

/// Reads one data file into `data`.
pub(crate) fn read_data(
    file: DataFile,
    name: &str,
    text: &str,
    data: &mut Data,
    errors: &mut Vec<ContentError>,
) {
    let map = SourceMap::new(name, text);
    let map = &map;
    match file {
        DataFile::References => match parse_toml::<ReferencesFile>(map, text, errors) {
            Some(f) => {
                data.references = f
                    .reference
                    .into_iter()
                    .map(|r| reference(map, errors, r))
                    .collect()
            }
            None => data.unreadable.push(Kind::Reference),
        },
        DataFile::Resources => {
            if let Some(f) = parse_toml::<ResourcesFile>(map, text, errors) {
                data.resources = f
                    .resource
                    .into_iter()
                    .map(|r| resource(map, errors, r))
                    .collect();
            }
        }
        DataFile::Standards => {
            if let Some(f) = parse_toml::<StandardsFile>(map, text, errors) {
                data.standards = f
                    .standard
                    .into_iter()
                    .map(|s| standard(map, errors, s))
                    .collect();
            }
        }
        DataFile::CredentialTypes => match parse_toml::<CredentialTypesFile>(map, text, errors) {
            Some(f) => {
                data.credential_types = f
                    .credential_type
                    .into_iter()
                    .map(|c| credential_type(map, errors, c))
                    .collect();
                data.pathways = f
                    .pathway
                    .into_iter()
                    .map(|p| pathway(map, errors, p))
                    .collect();
                data.award_levels = f
                    .award_level
                    .into_iter()
                    .map(|l| award_level(map, errors, l))
                    .collect();
            }
            None => data
                .unreadable
                .extend([Kind::CredentialType, Kind::AwardLevel]),
        },
        DataFile::Glossary => match parse_toml::<GlossaryFile>(map, text, errors) {
            Some(f) => data.glossary = f.term.into_iter().map(|t| term(map, errors, t)).collect(),
            None => data.unreadable.push(Kind::Term),
        },
    }
}

fn reference(
    map: &SourceMap<'_>,
    errors: &mut Vec<ContentError>,
    r: RawReference,
) -> Record<Reference> {
    let mut c = Check::new(map, errors, "reference", &r.id);
    let value = Reference {
        title: c.text("title", r.title),
        author: c.text("author", r.author),
        year: c.text("year", r.year),
        url: c.url(r.url),
        kind: c.kind(r.kind, &REFERENCE_KINDS),
        id: r.id.into_inner(),
    };
    c.done(value)
}

fn resource(
    map: &SourceMap<'_>,
    errors: &mut Vec<ContentError>,
    r: RawResource,
) -> Record<Resource> {
    let mut c = Check::new(map, errors, "resource", &r.id);
    let value = Resource {
        title: c.text("title", r.title),
        publisher: c.text("publisher", r.publisher),
        kind: c.kind(r.kind, &RESOURCE_KINDS),
        purpose: c.text("purpose", r.purpose),
        url: c.url(r.url),
        modules: c.refs(Kind::Module, r.modules),
        id: r.id.into_inner(),
    };
    c.done(value)
}

fn standard(
    map: &SourceMap<'_>,
    errors: &mut Vec<ContentError>,
    s: RawStandard,
) -> Record<Standard> {
    let mut c = Check::new(map, errors, "standard", &s.id);
    c.non_empty("sources", s.sources.len());
    let value = Standard {
        name: c.text("name", s.name),
        steward: c.text("steward", s.steward),
        version: c.text("version", s.version),
        date: c.dated_status(s.date),
        represents: c.text("represents", s.represents),
        relations: c.text("relations", s.relations),
        url: c.url(s.url),
        sources: c.refs(Kind::Reference, s.sources),
        id: s.id.into_inner(),
    };
    c.done(value)
}

fn credential_type(
    map: &SourceMap<'_>,
    errors: &mut Vec<ContentError>,
    t: RawCredentialType,
) -> Record<CredentialType> {
    let mut c = Check::new(map, errors, "credential type", &t.id);
    c.non_empty("sources", t.sources.len());
    let value = CredentialType {
        label: c.text("label", t.label),
        parent: t.parent.map(|p| c.one_ref(Kind::CredentialType, p)),
        ctdl_class: c.optional("ctdl_class", t.ctdl_class),
        ob_achievement_type: c.optional("ob_achievement_type", t.ob_achievement_type),
        standards_note: c.optional("standards_note", t.standards_note),
        synonyms: t.synonyms,
        definition: c.text("definition", t.definition),
        typical_size: c.optional("typical_size", t.typical_size),
        size: t.size.map(|s| {
            c.non_empty("size.sources", s.sources.len());
            SizePlacement {
                levels: c.refs(Kind::AwardLevel, s.levels),
                sources: c.refs(Kind::Reference, s.sources),
            }
        }),
        assessment: c.optional("assessment", t.assessment),
        issuer: c.text("issuer", t.issuer),
        stackability: c.optional("stackability", t.stackability),
        modules: c.refs(Kind::Module, t.modules),
        terms: c.refs(Kind::Term, t.terms),
        sources: c.refs(Kind::Reference, t.sources),
        id: t.id.into_inner(),
    };
    c.done(value)
}

fn pathway(map: &SourceMap<'_>, errors: &mut Vec<ContentError>, p: RawPathway) -> Record<Pathway> {
    let mut c = Check::new(map, errors, "pathway", &p.id);
    if p.steps.len() < 2 {
        let e = c.id_at.error("a pathway has at least two steps");
        c.errors.push(e);
    }
    let value = Pathway {
        title: c.text("title", p.title),
        steps: c.refs(Kind::CredentialType, p.steps),
        note: c.text("note", p.note),
        source: p.source.map(|s| c.one_ref(Kind::Reference, s)),
        id: p.id.into_inner(),
    };
    c.done(value)
}

fn award_level(
    map: &SourceMap<'_>,
    errors: &mut Vec<ContentError>,
    l: RawAwardLevel,
) -> Record<AwardLevel> {
    let mut c = Check::new(map, errors, "award level", &l.id);
    let value = AwardLevel {
        label: c.text("label", l.label),
        short: c.text("short", l.short),
        size: c.text("size", l.size),
        source: c.one_ref(Kind::Reference, l.source),
        id: l.id.into_inner(),
    };
    c.done(value)
}

fn term(map: &SourceMap<'_>, errors: &mut Vec<ContentError>, t: RawTerm) -> Record<GlossaryTerm> {
    let mut c = Check::new(map, errors, "glossary term", &t.id);
    let value = GlossaryTerm {
        term: c.text("term", t.term),
        synonyms: t.synonyms,
        definition: c.text("definition", t.definition),
        sources: c.refs(Kind::Reference, t.sources),
        id: t.id.into_inner(),
    };
    c.done(value)
}
