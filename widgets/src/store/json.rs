//! A small JSON value: read and written for saved progress (the store's documents and the
//! LMS's `suspend_data`).
//!
//! Why not serde_json: only a value type is needed here, and serde_json with exact float
//! parsing was about 30 KB of the widgets' wasm. This reads standard JSON (RFC 8259) and
//! writes exactly what `serde_json::to_string` wrote for the same value, so progress saved
//! by earlier versions reads back unchanged (a differential test holds it to that):
//!
//! - objects keep their keys sorted (a [`TextMap`], in the order of serde_json's default
//!   `BTreeMap`); a key given twice keeps its last value;
//! - a number is kept as the text it was read from (checked against the JSON grammar), so
//!   numbers in documents kept for another version never drift; unlike serde_json, a
//!   number beyond f64's range (`1e999`) is therefore read, not refused;
//! - strings escape `"`, `\` and control characters (`\b \f \n \r \t`, the rest as
//!   `\u00xx`) and nothing else;
//! - input with a lone UTF-16 surrogate escape, a raw control character in a string,
//!   trailing commas, anything after the value, or nesting deeper than [`MAX_DEPTH`] is
//!   refused with a reason.

use crate::text_map::TextMap;
use std::str::Chars;

/// Deepest nesting read (where serde_json stops too: 127 levels read, 128 refused): saved
/// data is untrusted, and each level is a stack frame.
pub const MAX_DEPTH: usize = 127;

/// An object's members.
pub type Map = TextMap<Value>;

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

/// Why a text is not JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseError(pub &'static str);

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Self::Number(n.to_string())
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Self::Number(n.to_string())
    }
}

impl Value {
    /// The number, if this is a whole number that fits a `u64` written without sign,
    /// fraction or exponent (as serde_json's `as_u64` reads integers).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Self::Number(text) if text.bytes().all(|b| b.is_ascii_digit()) => text.parse().ok(),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            _ => None,
        }
    }

    /// Compact JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Self::Null => out.push_str("null"),
            Self::Bool(true) => out.push_str("true"),
            Self::Bool(false) => out.push_str("false"),
            Self::Number(text) => out.push_str(text),
            Self::String(s) => write_string(out, s),
            Self::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Self::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let n = c as usize;
                out.push_str("\\u00");
                for digit in [n >> 4, n & 0xf] {
                    out.push(HEX.get(digit).map_or('0', |&b| char::from(b)));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Reads one JSON value; only whitespace may surround it.
pub fn parse(text: &str) -> Result<Value, ParseError> {
    let mut parser = Parser { rest: text.chars() };
    let value = parser.value(0)?;
    parser.skip_whitespace();
    match parser.rest.next() {
        None => Ok(value),
        Some(_) => Err(ParseError("text after the value")),
    }
}

struct Parser<'a> {
    rest: Chars<'a>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.rest.clone().next()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.rest.next();
        }
    }

    /// Consumes `c` if it comes next.
    fn eat(&mut self, c: char) -> bool {
        let next = self.peek() == Some(c);
        if next {
            self.rest.next();
        }
        next
    }

    fn value(&mut self, depth: usize) -> Result<Value, ParseError> {
        self.skip_whitespace();
        match self.peek() {
            Some('n') => self.word("null", Value::Null),
            Some('t') => self.word("true", Value::Bool(true)),
            Some('f') => self.word("false", Value::Bool(false)),
            Some('"') => {
                self.rest.next();
                self.string().map(Value::String)
            }
            Some('[') | Some('{') if depth >= MAX_DEPTH => Err(ParseError("nested too deeply")),
            Some('[') => {
                self.rest.next();
                self.array(depth + 1)
            }
            Some('{') => {
                self.rest.next();
                self.object(depth + 1)
            }
            Some('-' | '0'..='9') => self.number(),
            Some(_) => Err(ParseError("not a JSON value")),
            None => Err(ParseError("the text ends before a value")),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, ParseError> {
        for expected in word.chars() {
            if self.rest.next() != Some(expected) {
                return Err(ParseError("not a JSON value"));
            }
        }
        Ok(value)
    }

    fn array(&mut self, depth: usize) -> Result<Value, ParseError> {
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.eat(']') {
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_whitespace();
            match self.rest.next() {
                Some(',') => {}
                Some(']') => return Ok(Value::Array(items)),
                _ => return Err(ParseError("an array without its `,` or `]`")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, ParseError> {
        let mut members = Map::new();
        self.skip_whitespace();
        if self.eat('}') {
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_whitespace();
            if !self.eat('"') {
                return Err(ParseError("an object key that is not a string"));
            }
            let key = self.string()?;
            self.skip_whitespace();
            if !self.eat(':') {
                return Err(ParseError("an object key without its `:`"));
            }
            let value = self.value(depth)?;
            members.insert(key, value);
            self.skip_whitespace();
            match self.rest.next() {
                Some(',') => {}
                Some('}') => return Ok(Value::Object(members)),
                _ => return Err(ParseError("an object without its `,` or `}`")),
            }
        }
    }

    /// The rest of a string whose opening quote was read.
    fn string(&mut self) -> Result<String, ParseError> {
        let mut out = String::new();
        loop {
            match self.rest.next() {
                None => return Err(ParseError("a string without its closing quote")),
                Some('"') => return Ok(out),
                Some('\\') => out.push(self.escape()?),
                Some(c) if c < ' ' => {
                    return Err(ParseError("a control character inside a string"));
                }
                Some(c) => out.push(c),
            }
        }
    }

    fn escape(&mut self) -> Result<char, ParseError> {
        Ok(match self.rest.next() {
            Some('"') => '"',
            Some('\\') => '\\',
            Some('/') => '/',
            Some('b') => '\u{8}',
            Some('f') => '\u{c}',
            Some('n') => '\n',
            Some('r') => '\r',
            Some('t') => '\t',
            Some('u') => return self.unicode_escape(),
            _ => return Err(ParseError("an unknown escape in a string")),
        })
    }

    /// After `\u`: four hex digits, and for a high surrogate the `\uXXXX` of its pair.
    fn unicode_escape(&mut self) -> Result<char, ParseError> {
        let lone = ParseError("a lone surrogate in a string");
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !(self.eat('\\') && self.eat('u')) {
                    return Err(lone);
                }
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(lone);
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err(lone),
            other => other,
        };
        char::from_u32(code).ok_or(lone)
    }

    fn hex4(&mut self) -> Result<u32, ParseError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = self
                .rest
                .next()
                .and_then(|c| c.to_digit(16))
                .ok_or(ParseError("a `\\u` escape without four hex digits"))?;
            n = n * 16 + digit;
        }
        Ok(n)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, kept as written.
    fn number(&mut self) -> Result<Value, ParseError> {
        let bad = ParseError("a malformed number");
        let mut text = String::new();
        if self.eat('-') {
            text.push('-');
        }
        match self.rest.next() {
            Some('0') => text.push('0'),
            Some(c @ '1'..='9') => {
                text.push(c);
                self.digits(&mut text);
            }
            _ => return Err(bad),
        }
        if self.eat('.') {
            text.push('.');
            if self.digits(&mut text) == 0 {
                return Err(bad);
            }
        }
        if let Some(e @ ('e' | 'E')) = self.peek() {
            self.rest.next();
            text.push(e);
            if let Some(sign @ ('+' | '-')) = self.peek() {
                self.rest.next();
                text.push(sign);
            }
            if self.digits(&mut text) == 0 {
                return Err(bad);
            }
        }
        Ok(Value::Number(text))
    }

    /// Appends the digits that come next; returns how many.
    fn digits(&mut self, text: &mut String) -> usize {
        let mut count = 0;
        while let Some(c @ '0'..='9') = self.peek() {
            self.rest.next();
            text.push(c);
            count += 1;
        }
        count
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    /// Both readers agree on accepting `text`; when they accept, both write the same text.
    fn same_as_serde_json(text: &str) {
        let ours = parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        assert_eq!(
            ours.is_ok(),
            theirs.is_ok(),
            "{text:?}: ours {ours:?}, serde_json {theirs:?}"
        );
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            assert_eq!(ours.to_json(), theirs.to_string(), "{text:?}");
        }
    }

    #[test]
    fn reads_and_writes_as_serde_json_did() {
        let cases = [
            r#"{"d":["x"],"v":1}"#,
            r#"{"v":1,"p":"wc-check-","n":{"a":"note"},"d":["a","b"]}"#,
            r#" { "b" : [ true , false , null ] , "a" : { } , "c" : [ ] } "#,
            r#"{"k":1,"k":2}"#,
            r#""\" \\ \/ \b \f \n \r \t \u0000 \u001f \u007f \u00e9 \u2028 \ud83d\ude00""#,
            "\"é — «quoted» 😀 \u{7f}\"",
            r#"[0,-1,12,18446744073709551615,-9223372036854775808]"#,
            r#"{"a":{"b":{"c":[[["deep"]]]}}}"#,
            "[1,]",
            r#"{"a":1,}"#,
            "{'a':1}",
            "\"raw\ttab\"",
            "\"raw\nnewline\"",
            r#""\ud800""#,
            r#""\udc00""#,
            r#""\ud800\u0041""#,
            r#""\x41""#,
            r#""\u12""#,
            "\u{feff}{}",
            "{} x",
            "[",
            r#"{"a""#,
            "",
            "   ",
            "nul",
            "truex",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "--1",
            "NaN",
            "[1 2]",
            r#"{"a" 1}"#,
            r#"{1:2}"#,
        ];
        for case in cases {
            same_as_serde_json(case);
        }
        // Every control character and a spread of others, alone and escaped.
        for c in (0u32..0x80).chain([0xa0, 0x2028, 0xfeff, 0x1f600]) {
            let Some(c) = char::from_u32(c) else { continue };
            let escaped = serde_json::to_string(&c.to_string()).unwrap();
            same_as_serde_json(&escaped);
            assert_eq!(Value::String(c.to_string()).to_json(), escaped);
        }
    }

    /// Many generated near-JSON texts (a fixed-seed generator over JSON's own characters):
    /// both readers accept the same ones and read the same values. Numbers serde_json reads
    /// as floats (fractions, exponents, `-0`, long integers) are left out of the inputs:
    /// there the two differ on purpose (see the module docs).
    #[test]
    fn generated_texts_read_as_serde_json_reads_them() {
        #[rustfmt::skip]
        const PIECES: &[&str] = &[
            "{", "}", "[", "]", ",", ":", "\"", "\"a\"", "\"k\":", "1", "23", "-4", "0", "true",
            "false", "null", " ", "\n", "\\", "\\n", "\\u0041", "\\ud83d\\ude00", "\\ud800", "é",
            "\u{1}", "x", "\"\"",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut accepted, mut refused) = (0, 0);
        for _ in 0..20_000 {
            let len = 1 + next() % 12;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let ours = parse(&text);
            let theirs = serde_json::from_str::<serde_json::Value>(&text);
            assert_eq!(
                ours.is_ok(),
                theirs.is_ok(),
                "{text:?}: {ours:?} / {theirs:?}"
            );
            if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
                // Same value: ours written and read back by serde_json equals theirs.
                let ours = serde_json::from_str::<serde_json::Value>(&ours.to_json()).unwrap();
                assert_eq!(ours, theirs, "{text:?}");
                accepted += 1;
            } else {
                refused += 1;
            }
        }
        // The generator reaches both sides often enough to mean something.
        assert!(
            accepted > 500 && refused > 500,
            "{accepted} accepted, {refused} refused"
        );
    }

    #[test]
    fn numbers_are_kept_exactly_as_written() {
        for n in [
            "1",
            "-0",
            "0.1",
            "1e400",
            "-1.5E-7",
            "0.30000000000000004",
            "123456789012345678901234567890",
        ] {
            let text = format!("[{n}]");
            assert_eq!(parse(&text).unwrap().to_json(), text);
        }
        assert_eq!(parse("7").unwrap().as_u64(), Some(7));
        assert_eq!(parse("18446744073709551616").unwrap().as_u64(), None);
        assert_eq!(parse("1.0").unwrap().as_u64(), None);
        assert_eq!(parse("-1").unwrap().as_u64(), None);
        assert_eq!(parse("1e2").unwrap().as_u64(), None);
    }

    #[test]
    fn nesting_is_refused_past_the_limit_without_overflowing_the_stack() {
        let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert_eq!(
            parse(&nested(MAX_DEPTH + 1)),
            Err(ParseError("nested too deeply"))
        );
        same_as_serde_json(&nested(MAX_DEPTH));
        same_as_serde_json(&nested(MAX_DEPTH + 1));
        assert!(parse(&"[{\"a\":".repeat(100_000)).is_err());
    }
}
