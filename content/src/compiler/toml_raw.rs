//! The data files as written: serde structs that mirror the TOML tables field by field.
//! Unknown fields are errors; ids, URLs, kinds and references keep their spans so errors
//! can point at them. [`super::toml_files`] checks them and turns them into the model.

use serde::Deserialize;
use toml::Spanned;

/// `course.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCourse {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    pub(super) summary: String,
    pub(super) version: String,
}

/// A `[[reference]]` of `references.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReference {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    pub(super) author: String,
    pub(super) year: String,
    pub(super) url: Spanned<String>,
    pub(super) kind: Spanned<String>,
}

/// A `[[resource]]` of `resources.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawResource {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    pub(super) publisher: String,
    pub(super) kind: Spanned<String>,
    pub(super) purpose: String,
    pub(super) url: Spanned<String>,
    pub(super) modules: Vec<Spanned<String>>,
}

/// A `[[standard]]` of `standards.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStandard {
    pub(super) id: Spanned<String>,
    pub(super) name: String,
    pub(super) steward: String,
    pub(super) version: String,
    /// Kept with its span: it must say when the status was checked ([`super::as_of`]).
    pub(super) date: Spanned<String>,
    pub(super) represents: String,
    pub(super) relations: String,
    pub(super) url: Spanned<String>,
    pub(super) sources: Vec<Spanned<String>>,
}

/// A `[[credential_type]]` of `credential-types.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCredentialType {
    pub(super) id: Spanned<String>,
    pub(super) label: String,
    #[serde(default)]
    pub(super) parent: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) ctdl_class: Option<String>,
    #[serde(default)]
    pub(super) ob_achievement_type: Option<String>,
    #[serde(default)]
    pub(super) standards_note: Option<String>,
    #[serde(default)]
    pub(super) synonyms: Vec<String>,
    pub(super) definition: String,
    #[serde(default)]
    pub(super) typical_size: Option<String>,
    #[serde(default)]
    pub(super) size: Option<RawSizePlacement>,
    #[serde(default)]
    pub(super) assessment: Option<String>,
    pub(super) issuer: String,
    #[serde(default)]
    pub(super) stackability: Option<String>,
    #[serde(default)]
    pub(super) modules: Vec<Spanned<String>>,
    #[serde(default)]
    pub(super) terms: Vec<Spanned<String>>,
    pub(super) sources: Vec<Spanned<String>>,
}

/// The `size` table of a `[[credential_type]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSizePlacement {
    #[serde(default)]
    pub(super) levels: Vec<Spanned<String>>,
    pub(super) sources: Vec<Spanned<String>>,
}

/// An `[[award_level]]` of `credential-types.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAwardLevel {
    pub(super) id: Spanned<String>,
    pub(super) label: String,
    pub(super) short: String,
    pub(super) size: String,
    pub(super) source: Spanned<String>,
}

/// A `[[pathway]]` of `credential-types.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPathway {
    pub(super) id: Spanned<String>,
    pub(super) title: String,
    pub(super) steps: Vec<Spanned<String>>,
    pub(super) note: String,
    #[serde(default)]
    pub(super) source: Option<Spanned<String>>,
}

/// A `[[term]]` of `glossary.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTerm {
    pub(super) id: Spanned<String>,
    pub(super) term: String,
    #[serde(default)]
    pub(super) synonyms: Vec<String>,
    pub(super) definition: String,
    #[serde(default)]
    pub(super) sources: Vec<Spanned<String>>,
}

/// `references.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ReferencesFile {
    #[serde(default)]
    pub(super) reference: Vec<RawReference>,
}

/// `resources.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ResourcesFile {
    #[serde(default)]
    pub(super) resource: Vec<RawResource>,
}

/// `standards.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StandardsFile {
    #[serde(default)]
    pub(super) standard: Vec<RawStandard>,
}

/// `credential-types.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CredentialTypesFile {
    #[serde(default)]
    pub(super) credential_type: Vec<RawCredentialType>,
    #[serde(default)]
    pub(super) pathway: Vec<RawPathway>,
    #[serde(default)]
    pub(super) award_level: Vec<RawAwardLevel>,
}

/// `glossary.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GlossaryFile {
    #[serde(default)]
    pub(super) term: Vec<RawTerm>,
}
