//! Reading untrusted JSON, and small accessors for the shapes the standards allow
//! (one-or-many, string-or-object, language maps).

use serde_json::Value;

/// Deepest nesting of arrays and objects accepted. Real credentials nest about ten deep
/// (a CLR holding credentials holding endorsements); serde_json itself stops at 128, but a
/// recursive walk of our own should never get near the stack's end.
pub const MAX_DEPTH: usize = 64;

/// Why a text is not usable JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonError {
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Not JSON; serde_json's message (with line and column).
    Syntax(String),
}

/// Parses `text`, refusing nesting deeper than [`MAX_DEPTH`] before serde_json sees it.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    if nesting_depth(text) > MAX_DEPTH {
        return Err(JsonError::TooDeep);
    }
    serde_json::from_str(text).map_err(|e| JsonError::Syntax(e.to_string()))
}

/// The deepest bracket nesting in `text`, ignoring brackets inside strings.
fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for byte in text.bytes() {
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// The value at `path` (object keys) under `value`.
pub fn get<'a>(value: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(value, |v, key| v.get(*key))
}

/// A value that may be one item or an array of items, as a list.
pub fn one_or_many(value: Option<&Value>) -> Vec<&Value> {
    match value {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items.iter().collect(),
        Some(one) => vec![one],
    }
}

/// A string, or the first entry of a language map (`{"en-US": "…"}`), trimmed and
/// non-empty.
pub fn text(value: Option<&Value>) -> Option<String> {
    let s = match value? {
        Value::String(s) => s.as_str(),
        Value::Object(map) => map.values().find_map(Value::as_str)?,
        _ => return None,
    };
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// The `type` values of an object (a string or an array of strings).
pub fn types(value: &Value) -> Vec<String> {
    one_or_many(value.get("type"))
        .into_iter()
        .filter_map(|t| t.as_str().map(str::to_owned))
        .collect()
}

/// Whether `value`'s `type` includes `name`.
pub fn has_type(value: &Value, name: &str) -> bool {
    types(value).iter().any(|t| t == name)
}

/// The id of a reference that is a string or an object with `id`.
pub fn id_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Object(_) => text(value?.get("id")),
        _ => None,
    }
}

/// Whether `s` looks like an absolute URI (`https://…`, `did:…`, `urn:…`): a scheme, then a
/// colon. The standards require URIs for ids; this is the shape check, not a lookup.
pub fn is_uri(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, rest)) => {
            !rest.is_empty()
                && scheme
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

    #[test]
    fn depth_counts_brackets_outside_strings_only() {
        assert_eq!(nesting_depth(r#"{"a": "[[[[{{{{"}"#), 1);
        assert_eq!(nesting_depth(r#"{"a": [{"b": "\"]"}]}"#), 3);
        assert_eq!(nesting_depth("[[[]]]"), 3);
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(parse(&deep), Err(JsonError::TooDeep));
        let at_limit = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&at_limit).is_ok());
    }

    #[test]
    fn uri_shape() {
        assert!(is_uri("https://example.edu/issuers/1"));
        assert!(is_uri("did:example:123"));
        assert!(is_uri("urn:uuid:a7467ef6"));
        assert!(!is_uri("Example University"));
        assert!(!is_uri("1:2"));
        assert!(!is_uri("x:"));
    }

    #[test]
    fn language_maps_give_their_first_text() {
        let v: Value = serde_json::json!({"name": {"en-US": "Degree"}});
        assert_eq!(text(v.get("name")).as_deref(), Some("Degree"));
    }
}
