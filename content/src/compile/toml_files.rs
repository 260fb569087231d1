//! The course's TOML files: course, references, resources, standards, credential types and
//! pathways, glossary. Read into the model; ids keep their place for later checks.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;

use super::error::{ContentError, SourceMap, is_valid_id};
use crate::model::{CredentialType, GlossaryTerm, Pathway, Reference, Resource, Standard};

/// `course.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CourseFile {
    /// Course id.
    pub(crate) id: String,
    /// Title.
    pub(crate) title: String,
    /// Summary.
    pub(crate) summary: String,
    /// Version.
    pub(crate) version: String,
}

/// A record read from a TOML file, with the place of its id (where its errors point).
#[derive(Debug, Clone)]
pub(crate) struct Located<T> {
    /// The record.
    pub(crate) value: T,
    /// An error template at the record's id.
    pub(crate) at: ContentError,
}

impl<T> Located<T> {
    /// An error about this record.
    pub(crate) fn error(&self, message: impl Into<String>) -> ContentError {
        ContentError {
            message: message.into(),
            ..self.at.clone()
        }
    }
}

macro_rules! raw_with_id {
    ($raw:ident, $model:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct $raw {
            id: Spanned<String>,
            $(#[serde(default)] $field: $ty,)*
        }
        impl $raw {
            fn into_model(self) -> (usize, $model) {
                (self.id.span().start, $model { id: self.id.into_inner(), $($field: self.$field),* })
            }
        }
    };
}

raw_with_id!(
    RawReference,
    Reference {
        title: String,
        author: String,
        year: String,
        url: String,
        kind: String
    }
);
raw_with_id!(RawResource, Resource { title: String, publisher: String, kind: String, purpose: String, url: String, modules: Vec<String> });
raw_with_id!(RawStandard, Standard { name: String, steward: String, version: String, date: String, represents: String, relations: String, url: String, sources: Vec<String> });
raw_with_id!(RawCredentialType, CredentialType {
    label: String, parent: Option<String>, ctdl_class: Option<String>, ob_achievement_type: Option<String>,
    standards_note: Option<String>, synonyms: Vec<String>, definition: String, typical_size: Option<String>,
    assessment: Option<String>, issuer: String, stackability: Option<String>, modules: Vec<String>,
    terms: Vec<String>, sources: Vec<String>,
});
raw_with_id!(RawPathway, Pathway { title: String, steps: Vec<String>, note: String, source: Option<String> });
raw_with_id!(RawTerm, GlossaryTerm { term: String, synonyms: Vec<String>, definition: String, sources: Vec<String> });

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ReferencesFile {
    #[serde(default)]
    reference: Vec<RawReference>,
}
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ResourcesFile {
    #[serde(default)]
    resource: Vec<RawResource>,
}
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct StandardsFile {
    #[serde(default)]
    standard: Vec<RawStandard>,
}
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct CredentialTypesFile {
    #[serde(default)]
    credential_type: Vec<RawCredentialType>,
    #[serde(default)]
    pathway: Vec<RawPathway>,
}
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    term: Vec<RawTerm>,
}

/// Everything the TOML files hold.
#[derive(Debug, Default)]
pub(crate) struct Data {
    /// References.
    pub(crate) references: Vec<Located<Reference>>,
    /// Resources.
    pub(crate) resources: Vec<Located<Resource>>,
    /// Standards.
    pub(crate) standards: Vec<Located<Standard>>,
    /// Credential types.
    pub(crate) credential_types: Vec<Located<CredentialType>>,
    /// Pathways.
    pub(crate) pathways: Vec<Located<Pathway>>,
    /// Glossary.
    pub(crate) glossary: Vec<Located<GlossaryTerm>>,
}

/// Parses a TOML file into `T`, reporting a located error.
pub(crate) fn parse_toml<T: DeserializeOwned>(
    name: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let map = SourceMap::new(name, text);
            errors.push(map.error(e.span().map_or(0, |s| s.start), e.message().to_owned()));
            None
        }
    }
}

fn locate<R, T>(
    name: &str,
    text: &str,
    raws: Vec<R>,
    into: fn(R) -> (usize, T),
    id_of: fn(&T) -> &str,
    errors: &mut Vec<ContentError>,
) -> Vec<Located<T>> {
    let map = SourceMap::new(name, text);
    raws.into_iter()
        .map(|raw| {
            let (at, value) = into(raw);
            if !is_valid_id(id_of(&value)) {
                errors.push(map.error(
                    at,
                    format!(
                        "'{}' is not a valid id (lowercase letters, digits, single hyphens)",
                        id_of(&value)
                    ),
                ));
            }
            Located {
                value,
                at: map.error(at, ""),
            }
        })
        .collect()
}

/// Reads one of the data files by its file name (the part after the folder) into `data`.
/// Returns false when the name is not a known data file.
pub(crate) fn read_data_file(
    file_name: &str,
    shown: &str,
    text: &str,
    data: &mut Data,
    errors: &mut Vec<ContentError>,
) -> bool {
    match file_name {
        "references.toml" => {
            if let Some(f) = parse_toml::<ReferencesFile>(shown, text, errors) {
                data.references = locate(
                    shown,
                    text,
                    f.reference,
                    RawReference::into_model,
                    |r| &r.id,
                    errors,
                );
            }
        }
        "resources.toml" => {
            if let Some(f) = parse_toml::<ResourcesFile>(shown, text, errors) {
                data.resources = locate(
                    shown,
                    text,
                    f.resource,
                    RawResource::into_model,
                    |r| &r.id,
                    errors,
                );
            }
        }
        "standards.toml" => {
            if let Some(f) = parse_toml::<StandardsFile>(shown, text, errors) {
                data.standards = locate(
                    shown,
                    text,
                    f.standard,
                    RawStandard::into_model,
                    |r| &r.id,
                    errors,
                );
            }
        }
        "credential-types.toml" => {
            if let Some(f) = parse_toml::<CredentialTypesFile>(shown, text, errors) {
                data.credential_types = locate(
                    shown,
                    text,
                    f.credential_type,
                    RawCredentialType::into_model,
                    |r| &r.id,
                    errors,
                );
                data.pathways = locate(
                    shown,
                    text,
                    f.pathway,
                    RawPathway::into_model,
                    |r| &r.id,
                    errors,
                );
            }
        }
        "glossary.toml" => {
            if let Some(f) = parse_toml::<GlossaryFile>(shown, text, errors) {
                data.glossary = locate(shown, text, f.term, RawTerm::into_model, |r| &r.id, errors);
            }
        }
        _ => return false,
    }
    true
}
