//! Widget options as the embedder wrote them: attributes of the custom element (the iframe
//! pages copy their query parameters onto one). Each widget reads its own options from an
//! [`Attributes`] snapshot beside its options type (`ViewerOptions::from_attributes`, …) and
//! says what is wrong with an [`OptionsError`], shown inside the widget.

use crate::text_map::TextMap;
use std::fmt;

use crate::i18n::{Lang, Msg};

/// Longest attribute value a widget reads; longer values are treated as absent (an id or a
/// URL is never this long, and the widget then says what it expected).
const MAX_VALUE_CHARS: usize = 2048;

/// A snapshot of an element's attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attributes {
    values: TextMap<String>,
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

/// Why a widget's attributes do not describe something it can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionsError {
    /// A required attribute is absent (or empty, or too long to be a value).
    Missing {
        /// The attribute's name.
        attribute: &'static str,
        /// The attributes to write, as the embedder would (`module="why-credentials"`).
        example: &'static str,
    },
    /// The attribute asks for a part this wasm bundle was built without (it was set after
    /// the loader had chosen the page's bundle).
    NotInThisBundle {
        /// The attribute's name.
        attribute: &'static str,
    },
}

impl OptionsError {
    /// The message in the interface language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Missing { attribute, example } => lang.fill(
                Msg::MissingOption,
                &[("attribute", attribute), ("example", example)],
            ),
            Self::NotInThisBundle { attribute } => {
                lang.fill(Msg::OptionNeedsReload, &[("attribute", attribute)])
            }
        }
    }
}

impl fmt::Display for OptionsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl Attributes {
    /// The value of a required attribute, or the error that names it and shows `example`.
    pub fn required(
        &self,
        name: &'static str,
        example: &'static str,
    ) -> Result<String, OptionsError> {
        self.text(name).ok_or(OptionsError::Missing {
            attribute: name,
            example,
        })
    }

    /// Whether `name` is set to `value` (ignoring case and surrounding spaces), as in
    /// `objectives="hide"`.
    pub fn is(&self, name: &str, value: &str) -> bool {
        self.text(name)
            .is_some_and(|v| v.eq_ignore_ascii_case(value))
    }
}

#[cfg(test)]
mod tests {
    use super::{Attributes, OptionsError};

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

    #[test]
    fn a_missing_required_value_names_the_attribute_and_an_example() {
        let a = Attributes::from_pairs([("module", "  ")]);
        let err = a.required("module", "module=\"why-credentials\"");
        assert_eq!(
            err,
            Err(OptionsError::Missing {
                attribute: "module",
                example: "module=\"why-credentials\""
            })
        );
        assert_eq!(
            err.map_err(|e| e.to_string()),
            Err(
                "No module was named: set the module attribute, e.g. module=\"why-credentials\"."
                    .to_owned()
            )
        );
        let b = Attributes::from_pairs([("module", "record-integrity")]);
        assert_eq!(b.required("module", "").as_deref(), Ok("record-integrity"));
    }

    #[test]
    fn is_compares_a_value_without_case() {
        let a = Attributes::from_pairs([("objectives", " HIDE "), ("notes", "show")]);
        assert!(a.is("objectives", "hide"));
        assert!(!a.is("notes", "hide"));
        assert!(!a.is("absent", "hide"));
    }
}
