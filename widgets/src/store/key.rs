//! Storage keys: `ler-widgets/v1/<course>/<widget>/<id>`.

use std::fmt;

/// Every key of these widgets starts with this.
pub(crate) const KEY_PREFIX: &str = "ler-widgets/";

/// Version of the key scheme (not of the values, which carry their own).
pub(crate) const KEY_VERSION: &str = "v1";

/// A namespaced, versioned storage key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StoreKey(String);

impl StoreKey {
    /// The key of `widget`'s data for `id` in `course`.
    ///
    /// Ids come from content, and `src=` can point at anyone's course, so each part is
    /// escaped: characters other than ASCII letters, digits, `-`, `_` and `.` become `%XX`,
    /// which keeps the `/` separators unambiguous. An empty part becomes `_`.
    pub fn new(course: &str, widget: &str, id: &str) -> Self {
        Self(format!(
            "{KEY_PREFIX}{KEY_VERSION}/{}/{}/{}",
            escape(course),
            escape(widget),
            escape(id)
        ))
    }

    /// The key as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether a key found in storage belongs to these widgets (any version).
    pub fn is_ours(key: &str) -> bool {
        key.starts_with(KEY_PREFIX)
    }
}

impl fmt::Display for StoreKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn escape(part: &str) -> String {
    if part.is_empty() {
        return "_".to_owned();
    }
    let mut out = String::with_capacity(part.len());
    for byte in part.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::StoreKey;

    #[test]
    fn keys_are_namespaced_and_versioned() {
        let key = StoreKey::new("ler-course", "checklist", "wc-checklist-case");
        assert_eq!(
            key.as_str(),
            "ler-widgets/v1/ler-course/checklist/wc-checklist-case"
        );
        assert!(StoreKey::is_ours(key.as_str()));
        assert!(!StoreKey::is_ours("other-app/state"));
    }

    #[test]
    fn separators_in_ids_cannot_forge_another_key() {
        let key = StoreKey::new("a/b", "checklist", "");
        assert_eq!(key.as_str(), "ler-widgets/v1/a%2Fb/checklist/_");
        assert_ne!(
            StoreKey::new("a", "b/c", "d"),
            StoreKey::new("a", "b", "c/d")
        );
        assert_eq!(
            StoreKey::new("é", "x", "y").as_str(),
            "ler-widgets/v1/%C3%A9/x/y"
        );
    }
}
