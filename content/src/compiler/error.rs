//! The one error type: a problem in the course sources, with its place.

use std::fmt;

/// One problem found in the course sources. `Display` gives the line authors and editors
/// jump to: `content/curriculum/04-x.md:37:5: unknown reference key 'ctdl-2024'`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ContentError {
    /// The file, as the compiler was given it (`content/curriculum/04-x.md`).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
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

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    #[test]
    fn displays_as_file_line_col_message() {
        let e = ContentError {
            file: "content/curriculum/04-x.md".into(),
            line: 37,
            col: 5,
            message: "unknown reference key 'ctdl-2024'".into(),
        };
        assert_eq!(
            e.to_string(),
            "content/curriculum/04-x.md:37:5: unknown reference key 'ctdl-2024'"
        );
    }
}
