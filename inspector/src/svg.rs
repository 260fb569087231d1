//! Unbaking an SVG badge: an `<openbadges:credential>` element right after `<svg>`, holding
//! a compact JWS in its `verify` attribute or the JSON as its text (usually in CDATA)
//! (Open Badges 3.0, §5.3.2 "SVG", <https://www.imsglobal.org/spec/ob/v3p0/#svg-baking>).
//!
//! This is a scanner for that one element, not an XML parser: the rest of the image is
//! never interpreted, and nothing from it is rendered.

use crate::i18n::{Detail, Lang};

const OPEN: &str = "<openbadges:credential";
const CLOSE: &str = "</openbadges:credential>";

/// Why an SVG yields no credential; [`SvgError::message`] words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SvgError {
    /// No `<openbadges:credential>` element: an ordinary image.
    NoCredential,
    /// The text ends inside the element's start tag.
    TruncatedTag,
    /// A self-closing element without a `verify` attribute.
    NoVerifyNorContent,
    /// No `</openbadges:credential>`.
    Unclosed,
    /// A CDATA section without its `]]>`.
    CdataUnclosed,
    /// The element holds only white space.
    Empty,
}

impl SvgError {
    /// What is wrong with the SVG, in `lang`.
    pub fn message(self, lang: Lang) -> String {
        lang.t(match self {
            Self::NoCredential => Detail::SvgNoCredential,
            Self::TruncatedTag => Detail::SvgTruncatedTag,
            Self::NoVerifyNorContent => Detail::SvgNoVerifyNorContent,
            Self::Unclosed => Detail::SvgUnclosed,
            Self::CdataUnclosed => Detail::SvgCdataUnclosed,
            Self::Empty => Detail::SvgEmpty,
        })
        .to_owned()
    }
}

crate::i18n::english_display!(SvgError);

/// The credential text (JSON or a compact JWS) baked into `svg`.
pub fn unbake(svg: &str) -> Result<String, SvgError> {
    let Some(start) = svg.find(OPEN) else {
        return Err(SvgError::NoCredential);
    };
    let after = svg.get(start + OPEN.len()..).unwrap_or_default();
    let Some(tag_end) = find_tag_end(after) else {
        return Err(SvgError::TruncatedTag);
    };
    let attributes = after.get(..tag_end).unwrap_or_default();
    if let Some(jws) = attribute(attributes, "verify") {
        return Ok(decode_entities(&jws));
    }
    if attributes.trim_end().ends_with('/') {
        return Err(SvgError::NoVerifyNorContent);
    }
    let body = after.get(tag_end + 1..).unwrap_or_default();
    let Some(end) = body.find(CLOSE) else {
        return Err(SvgError::Unclosed);
    };
    let content = body.get(..end).unwrap_or_default().trim();
    let text = match content.strip_prefix("<![CDATA[") {
        Some(inner) => inner
            .find("]]>")
            .and_then(|e| inner.get(..e))
            .ok_or(SvgError::CdataUnclosed)?
            .to_owned(),
        None => decode_entities(content),
    };
    if text.trim().is_empty() {
        return Err(SvgError::Empty);
    }
    Ok(text)
}

/// The index of the `>` that ends a start tag, skipping `>` inside quoted values.
fn find_tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// The value of attribute `name` in a start tag's attribute text.
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let mut rest = attributes;
    while let Some(at) = rest.find(name) {
        let before = rest.get(..at).and_then(|b| b.chars().last());
        let after = rest.get(at + name.len()..)?;
        let value = after.trim_start().strip_prefix('=').map(str::trim_start);
        if before.is_some_and(char::is_whitespace)
            && let Some(value) = value
        {
            let quote = value.chars().next().filter(|q| matches!(q, '"' | '\''))?;
            let inner = value.get(1..)?;
            let end = inner.find(quote)?;
            return inner.get(..end).map(str::to_owned);
        }
        rest = after;
    }
    None
}

/// The five predefined XML entities and numeric references; anything else stays as written.
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let tail = rest.get(amp..).unwrap_or_default();
        let Some(semi) = tail.find(';').filter(|&i| i <= 12) else {
            out.push('&');
            rest = tail.get(1..).unwrap_or_default();
            continue;
        };
        let name = tail.get(1..semi).unwrap_or_default();
        let decoded = match name {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => name
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = tail.get(semi + 1..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = tail.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

    #[test]
    fn reads_cdata_text_and_verify_attribute() {
        let cdata =
            r#"<svg><openbadges:credential><![CDATA[{"a":1}]]></openbadges:credential></svg>"#;
        assert_eq!(unbake(cdata).unwrap(), r#"{"a":1}"#);
        let text = r#"<svg><openbadges:credential>{&quot;a&quot;:1}</openbadges:credential></svg>"#;
        assert_eq!(unbake(text).unwrap(), r#"{"a":1}"#);
        let attr = r#"<svg><openbadges:credential data-x="a>b" verify='x.y.z'/></svg>"#;
        assert_eq!(unbake(attr).unwrap(), "x.y.z");
    }

    #[test]
    fn broken_svgs_are_errors() {
        for bad in [
            "<svg></svg>",
            "<svg><openbadges:credential",
            "<svg><openbadges:credential/></svg>",
            "<svg><openbadges:credential>{}",
            "<svg><openbadges:credential><![CDATA[{}</openbadges:credential>",
            "<svg><openbadges:credential>  </openbadges:credential>",
        ] {
            assert!(unbake(bad).is_err(), "{bad}");
        }
    }
}
