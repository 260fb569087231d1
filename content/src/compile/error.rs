//! Content errors with their place: `file:line:col: what is wrong`.

use std::fmt;

/// One problem found in the course sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, as the compiler was given it (`content/curriculum/04-x.md`).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// What is wrong, in words an author can act on.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}

impl std::error::Error for ContentError {}

/// Maps byte offsets of one source file to line and column.
#[derive(Debug, Clone)]
pub(crate) struct SourceMap<'a> {
    name: &'a str,
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceMap<'a> {
    /// Indexes `text`, known to authors as `name`.
    pub(crate) fn new(name: &'a str, text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            name,
            text,
            line_starts,
        }
    }

    /// 1-based line and character column of byte `offset` (clamped to the text).
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
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
        (line + 1, col + 1)
    }

    /// An error at byte `offset`.
    pub(crate) fn error(&self, offset: usize, message: impl Into<String>) -> ContentError {
        let (line, col) = self.position(offset);
        ContentError {
            file: self.name.to_owned(),
            line,
            col,
            message: message.into(),
        }
    }
}

/// Whether `id` is lowercase letters and digits in hyphen-separated words.
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let map = SourceMap::new("f.md", "ab\ncé d\n");
        assert_eq!(map.position(0), (1, 1));
        assert_eq!(map.position(3), (2, 1));
        assert_eq!(map.position(6), (2, 3)); // after "cé" (é is two bytes)
        assert_eq!(map.position(999), (3, 1));
    }

    #[test]
    fn ids_are_kebab_case() {
        assert!(is_valid_id("pillar-transparency-03"));
        assert!(!is_valid_id("Pillar"));
        assert!(!is_valid_id("a--b"));
        assert!(!is_valid_id("-a"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a_b"));
    }
}
