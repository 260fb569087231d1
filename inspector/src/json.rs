//! Reading untrusted JSON, and small accessors for the shapes the standards allow
//! (one-or-many, string-or-object, language maps).

use serde_json::Value;

use crate::i18n::{Detail, Lang};

/// Deepest nesting of arrays and objects accepted. Real credentials nest about ten deep
/// (a CLR holding credentials holding endorsements); serde_json itself stops at 128, but a
/// recursive walk of our own should never get near the stack's end.
pub const MAX_DEPTH: usize = 64;

/// Why a text is not usable JSON.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonError {
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Not JSON: where, and what serde_json found there.
    Syntax(SyntaxError),
}

/// Where a text stops being JSON, and what was wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// serde_json's words for the problem, without the position ("expected value").
    pub problem: String,
    /// Line and column (from 1); 0 when serde_json gives no position.
    pub line: usize,
    pub column: usize,
}

/// serde_json's words for each syntax problem a text can have, and the key that words it
/// in every language (the English text is serde_json's own, so nothing changes in English).
const PROBLEMS: [(&str, Detail); 20] = [
    ("EOF while parsing a list", Detail::JsonEofList),
    ("EOF while parsing an object", Detail::JsonEofObject),
    ("EOF while parsing a string", Detail::JsonEofString),
    ("EOF while parsing a value", Detail::JsonEofValue),
    ("expected `:`", Detail::JsonColon),
    ("expected `,` or `]`", Detail::JsonListCommaOrEnd),
    ("expected `,` or `}`", Detail::JsonObjectCommaOrEnd),
    ("expected ident", Detail::JsonIdent),
    ("expected value", Detail::JsonValue),
    ("expected `\"`", Detail::JsonDoubleQuote),
    ("invalid escape", Detail::JsonEscape),
    ("invalid number", Detail::JsonNumber),
    ("number out of range", Detail::JsonNumberRange),
    ("invalid unicode code point", Detail::JsonCodePoint),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        Detail::JsonControl,
    ),
    ("key must be a string", Detail::JsonKey),
    (
        "lone leading surrogate in hex escape",
        Detail::JsonSurrogate,
    ),
    ("trailing comma", Detail::JsonTrailingComma),
    ("trailing characters", Detail::JsonTrailing),
    ("unexpected end of hex escape", Detail::JsonHexEnd),
];

impl SyntaxError {
    fn of(error: &serde_json::Error) -> Self {
        let (line, column) = (error.line(), error.column());
        let full = error.to_string();
        let suffix = format!(" at line {line} column {column}");
        match full.strip_suffix(&suffix).filter(|_| line > 0) {
            Some(problem) => Self {
                problem: problem.to_owned(),
                line,
                column,
            },
            None => Self {
                problem: full,
                line: 0,
                column: 0,
            },
        }
    }

    /// The problem and where it is, in `lang` ("expected value at line 1 column 1"); a
    /// problem serde_json words in a way this table does not know stays in its words.
    pub fn message(&self, lang: Lang) -> String {
        let problem = PROBLEMS
            .iter()
            .find(|(english, _)| *english == self.problem)
            .map_or(self.problem.as_str(), |(_, key)| lang.t(*key));
        if self.line == 0 {
            return problem.to_owned();
        }
        lang.fill(
            Detail::JsonAt,
            &[
                ("problem", problem),
                ("line", &lang.number(self.line)),
                ("column", &lang.number(self.column)),
            ],
        )
    }
}

/// Parses `text`, refusing nesting deeper than [`MAX_DEPTH`] before serde_json sees it.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    if nesting_depth(text) > MAX_DEPTH {
        return Err(JsonError::TooDeep);
    }
    serde_json::from_str(text).map_err(|e| JsonError::Syntax(SyntaxError::of(&e)))
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
    fn syntax_errors_keep_serde_jsons_words_in_english_and_are_translated() {
        for (text, english) in [
            ("{", "EOF while parsing an object at line 1 column 1"),
            ("[1,", "EOF while parsing a value at line 1 column 3"),
            ("x", "expected value at line 1 column 1"),
            ("{\"a\" 1}", "expected `:` at line 1 column 6"),
            ("[1 2]", "expected `,` or `]` at line 1 column 4"),
            ("{} x", "trailing characters at line 1 column 4"),
        ] {
            let Err(JsonError::Syntax(e)) = parse(text) else {
                panic!("{text} is not JSON");
            };
            let serde = serde_json::from_str::<Value>(text).unwrap_err().to_string();
            assert_eq!(
                (e.message(Lang::En), serde.as_str()),
                (english.to_owned(), english)
            );
            assert!(PROBLEMS.iter().any(|(p, _)| *p == e.problem), "{text}");
            assert_ne!(e.message(Lang::Es), english, "{text}");
        }
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
