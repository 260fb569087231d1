//! Byte offsets in a source file → places (`file:line:col`) for error messages.

use std::fmt;
use std::ops::Range;

use super::error::ContentError;

/// Where something is written: a file, a 1-based line and a 1-based column in characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    /// The file, as shown in errors.
    pub(crate) file: String,
    /// 1-based line.
    pub(crate) line: usize,
    /// 1-based column, in characters.
    pub(crate) col: usize,
}

impl Place {
    /// The start of `file`: for problems that belong to a whole file.
    pub(crate) fn start_of(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            line: 1,
            col: 1,
        }
    }

    /// An error at this place.
    pub(crate) fn error(&self, message: impl Into<String>) -> ContentError {
        ContentError {
            file: self.file.clone(),
            line: self.line,
            col: self.col,
            message: message.into(),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// One source file, indexed so byte offsets can be turned into places.
#[derive(Debug, Clone)]
pub(crate) struct SourceMap<'a> {
    name: &'a str,
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceMap<'a> {
    /// Indexes `text`, shown in errors as `name`.
    pub(crate) fn new(name: &'a str, text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            name,
            text,
            line_starts,
        }
    }

    /// The place of byte `offset` (clamped to the text, moved back to a character start).
    pub(crate) fn place(&self, offset: usize) -> Place {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        // The end of a CRLF line is its `\r`, so places match those of the LF file.
        if offset > 0 && self.text.get(offset - 1..=offset) == Some("\r\n") {
            offset -= 1;
        }
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        Place {
            file: self.name.to_owned(),
            line: line + 1,
            col: col + 1,
        }
    }

    /// An error at byte `offset`.
    pub(crate) fn error(&self, offset: usize, message: impl Into<String>) -> ContentError {
        self.place(offset).error(message)
    }

    /// The place of a TOML value whose span starts at byte `offset`: inside the quotes of
    /// a string, so it points at the value's first character as in Markdown.
    pub(crate) fn value_place(&self, offset: usize) -> Place {
        let quoted = matches!(self.text.get(offset..=offset), Some("\"" | "'"));
        self.place(offset + usize::from(quoted))
    }

    /// The first byte at or after `offset` that is not a space or tab.
    pub(crate) fn skip_blanks(&self, offset: usize) -> usize {
        let rest = self.text.get(offset..).unwrap_or("");
        offset + (rest.len() - rest.trim_start_matches([' ', '\t']).len())
    }

    /// Where `needle` first occurs inside `within` (byte offsets of the whole text), if it
    /// does: used to point at an `{#id}` or `section=` inside a larger span.
    pub(crate) fn find(&self, within: Range<usize>, needle: &str) -> Option<usize> {
        let start = within.start.min(self.text.len());
        let end = within.end.clamp(start, self.text.len());
        let hay = self.text.get(start..end)?;
        hay.find(needle).map(|i| start + i)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    #[test]
    fn places_are_one_based_and_count_characters() {
        let map = SourceMap::new("f.md", "ab\ncé d\r\nx");
        assert_eq!((map.place(0).line, map.place(0).col), (1, 1));
        assert_eq!((map.place(3).line, map.place(3).col), (2, 1));
        // After "cé" (é is two bytes).
        assert_eq!((map.place(6).line, map.place(6).col), (2, 3));
        // Inside é: moved back to its start.
        assert_eq!((map.place(5).line, map.place(5).col), (2, 2));
        // After the CRLF.
        assert_eq!((map.place(10).line, map.place(10).col), (3, 1));
        assert_eq!((map.place(999).line, map.place(999).col), (3, 2));
        assert_eq!(map.place(3).to_string(), "f.md:2:1");
        // The `\n` of a CRLF is placed at its `\r`.
        assert_eq!((map.place(9).line, map.place(9).col), (2, 5));
        assert_eq!((map.place(8).line, map.place(8).col), (2, 5));
    }

    #[test]
    fn find_stays_inside_the_range() {
        let map = SourceMap::new("f.md", "{#a} {#b}");
        assert_eq!(map.find(0..9, "{#b"), Some(5));
        assert_eq!(map.find(0..4, "{#b"), None);
        let backwards = std::ops::Range { start: 7, end: 3 };
        assert_eq!(map.find(backwards, "{#"), None);
        assert_eq!(map.find(50..60, "{#"), None);
    }
}
