//! Widget options as the embedder wrote them: attributes of the custom element.

use std::collections::HashMap;

/// Longest attribute value a widget reads; longer values are treated as absent (an id or a
/// URL is never this long, and the widget then says what it expected).
const MAX_VALUE_CHARS: usize = 2048;

/// A snapshot of an element's attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attributes {
    values: HashMap<String, String>,
}

impl Attributes {
    /// Reads every attribute of `element`.
    pub fn read(element: &web_sys::Element) -> Self {
        let names = element.get_attribute_names();
        let values = names
            .iter()
            .filter_map(|name| name.as_string())
            .filter_map(|name| element.get_attribute(&name).map(|value| (name, value)))
            .collect();
        Self { values }
    }

    /// Builds attributes from pairs (tests, iframe query parameters).
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Self {
            values: pairs
                .into_iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v.to_owned()))
                .collect(),
        }
    }

    /// A trimmed, non-empty value of sensible length.
    pub fn text(&self, name: &str) -> Option<String> {
        let value = self.values.get(name)?.trim();
        (!value.is_empty() && value.chars().count() <= MAX_VALUE_CHARS).then(|| value.to_owned())
    }

    /// A boolean attribute: present and not "false"/"no"/"0".
    pub fn flag(&self, name: &str) -> bool {
        match self.values.get(name) {
            None => false,
            Some(v) => !matches!(v.trim().to_ascii_lowercase().as_str(), "false" | "no" | "0"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Attributes;

    #[test]
    fn text_is_trimmed_and_empty_means_absent() {
        let a = Attributes::from_pairs([("module", "  record-integrity "), ("section", " ")]);
        assert_eq!(a.text("module").as_deref(), Some("record-integrity"));
        assert_eq!(a.text("section"), None);
        assert_eq!(a.text("missing"), None);
    }

    #[test]
    fn huge_values_are_ignored() {
        let huge = "x".repeat(5000);
        let a = Attributes::from_pairs([("module", huge.as_str())]);
        assert_eq!(a.text("module"), None);
    }

    #[test]
    fn flags_follow_html_boolean_attributes_with_explicit_false() {
        let a = Attributes::from_pairs([("compact", ""), ("x", "false"), ("y", "No")]);
        assert!(a.flag("compact"));
        assert!(!a.flag("x"));
        assert!(!a.flag("y"));
        assert!(!a.flag("absent"));
    }
}
