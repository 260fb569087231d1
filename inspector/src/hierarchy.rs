//! An achievement's `achievementType` placed in the course's credential hierarchy
//! (`library.json`, `credential_types[].ob_achievement_type`), so the inspector can link to
//! the credential explorer.

use serde::Deserialize;

/// The part of a credential type the inspector needs (the library has more fields).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CredentialType {
    /// Stable id, the explorer's `focus`.
    pub id: String,
    /// Display name.
    pub label: String,
    /// Parent type id.
    #[serde(default)]
    pub parent: Option<String>,
    /// The OB 3.0 `achievementType` value it corresponds to.
    #[serde(default)]
    pub ob_achievement_type: Option<String>,
}

/// The credential types of a compiled library file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Library {
    /// Parents before children.
    #[serde(default)]
    pub credential_types: Vec<CredentialType>,
}

/// The default link to the explorer; hosts change it with `explorer-href`.
pub const DEFAULT_EXPLORER_TEMPLATE: &str = "embed/credential-explorer.html?focus={id}";

impl Library {
    /// The type whose `ob_achievement_type` is `achievement_type`, then its ancestors
    /// (child first). Empty when the course has no such type. Stops on a cycle.
    pub fn chain(&self, achievement_type: &str) -> Vec<&CredentialType> {
        let mut chain: Vec<&CredentialType> = Vec::new();
        let mut next = self
            .credential_types
            .iter()
            .find(|t| t.ob_achievement_type.as_deref() == Some(achievement_type));
        while let Some(t) = next {
            if chain.iter().any(|seen| seen.id == t.id) {
                break;
            }
            chain.push(t);
            next = t
                .parent
                .as_deref()
                .and_then(|p| self.credential_types.iter().find(|c| c.id == p));
        }
        chain
    }
}

/// Fills `{id}` in an explorer link template.
pub fn explorer_href(template: &str, id: &str) -> String {
    template.replace("{id}", &crate::links::encode(id))
}
