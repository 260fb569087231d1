//! A module file's front matter: TOML between two `+++` lines at the top of the file.

use serde::Deserialize;
use toml::Spanned;

use super::error::ContentError;
use super::ids::{invalid_id, is_valid_id};
use super::location::{Place, SourceMap};

/// The front matter as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    order: Spanned<u32>,
    minutes: Spanned<u32>,
}

/// A module's front matter, checked.
#[derive(Debug, Clone)]
pub(crate) struct FrontMatter {
    /// Module id.
    pub(crate) id: String,
    /// Where the id is written.
    pub(crate) id_at: Place,
    /// Title.
    pub(crate) title: String,
    /// One-sentence summary.
    pub(crate) summary: String,
    /// Position in the course, from 1.
    pub(crate) order: u32,
    /// Where the order is written.
    pub(crate) order_at: Place,
    /// Estimated minutes.
    pub(crate) minutes: u32,
}

/// What the top of a module file holds.
#[derive(Debug)]
pub(crate) struct Parsed {
    /// The front matter, if it is valid.
    pub(crate) front: Option<FrontMatter>,
    /// Byte offset where the Markdown body starts.
    pub(crate) body_start: usize,
}

/// The byte ranges of the TOML text and the start of the body, or an error message when
/// the file does not open and close its front matter with `+++` lines.
fn split(text: &str) -> Result<(usize, usize, usize), (usize, &'static str)> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = LineIter { text, pos: bom };
    match lines.next() {
        Some((_, line)) if line.trim_end() == "+++" => {}
        _ => {
            return Err((
                bom,
                "a module file starts with its front matter: a '+++' line, TOML, a '+++' line",
            ));
        }
    }
    let toml_start = lines.pos;
    for (start, line) in lines.by_ref() {
        if line.trim_end() == "+++" {
            return Ok((toml_start, start, start + line.len()));
        }
    }
    Err((bom, "the front matter is not closed with a '+++' line"))
}

/// Lines with their start offsets, each including its line ending.
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.text.get(self.pos..).filter(|r| !r.is_empty())?;
        let len = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let start = self.pos;
        self.pos += len;
        rest.get(..len).map(|line| (start, line))
    }
}

/// Reads the front matter of `text`. `None` when there is no body to read at all (the front
/// matter is missing or never closed); the errors say why.
pub(crate) fn parse(
    map: &SourceMap<'_>,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<Parsed> {
    let (toml_start, toml_end, body_start) = match split(text) {
        Ok(parts) => parts,
        Err((at, message)) => {
            errors.push(map.error(at, message));
            return None;
        }
    };
    let source = text.get(toml_start..toml_end).unwrap_or("");
    let raw = match toml::from_str::<Raw>(source) {
        Ok(raw) => raw,
        Err(e) => {
            let at = toml_start + e.span().map_or(0, |s| s.start);
            errors.push(map.error(at, format!("front matter: {}", e.message().trim_end())));
            return Some(Parsed {
                front: None,
                body_start,
            });
        }
    };
    let at = |span: std::ops::Range<usize>| map.value_place(toml_start + span.start);
    let before = errors.len();
    let id_at = at(raw.id.span());
    let order_at = at(raw.order.span());
    if !is_valid_id(raw.id.get_ref()) {
        errors.push(id_at.error(invalid_id(raw.id.get_ref())));
    }
    for (field, value) in [("title", &raw.title), ("summary", &raw.summary)] {
        if value.get_ref().trim().is_empty() {
            errors.push(at(value.span()).error(format!("front matter: '{field}' is empty")));
        }
    }
    if *raw.order.get_ref() == 0 {
        errors.push(order_at.error("front matter: 'order' counts from 1"));
    }
    if *raw.minutes.get_ref() == 0 {
        errors.push(at(raw.minutes.span()).error("front matter: 'minutes' must be at least 1"));
    }
    let front = (errors.len() == before).then(|| FrontMatter {
        id: raw.id.into_inner(),
        id_at,
        title: raw.title.into_inner(),
        summary: raw.summary.into_inner(),
        order: raw.order.into_inner(),
        order_at,
        minutes: raw.minutes.into_inner(),
    });
    Some(Parsed { front, body_start })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    #[test]
    fn split_finds_the_toml_and_the_body() {
        let text = "+++\nid = \"m\"\n+++\nbody";
        assert_eq!(split(text), Ok((4, 13, 17)));
        let crlf = "+++\r\nid = \"m\"\r\n+++\r\nbody";
        assert_eq!(crlf.get(20..), Some("body"));
        assert_eq!(split(crlf).map(|p| p.2), Ok(20));
        assert_eq!(split("+++\nx\n+++").map(|p| p.2), Ok(9));
        assert!(split("").is_err());
        assert!(split("+++").is_err());
        assert!(split("++++\n+++\n").is_err());
        assert!(split("\u{feff}+++\n+++\n").is_ok());
    }

    #[test]
    fn located_toml_errors_and_checks() {
        let text = "+++\nid = \"M\"\ntitle = \"T\"\nsummary = \"\"\norder = 0\nminutes = 5\n+++\n";
        let map = SourceMap::new("m.md", text);
        let mut errors = Vec::new();
        let parsed = parse(&map, text, &mut errors);
        assert!(parsed.is_some_and(|p| p.front.is_none()));
        let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "m.md:2:7: 'M' is not a valid id (use lowercase letters, digits and single hyphens)",
                "m.md:4:12: front matter: 'summary' is empty",
                "m.md:5:9: front matter: 'order' counts from 1",
            ]
        );
    }
}
