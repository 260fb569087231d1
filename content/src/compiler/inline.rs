//! Inline content: text, emphasis, code, links, citations; raw HTML kept as literal text;
//! images refused.
//!
//! Consecutive text events (pulldown-cmark splits text at `[`, `]`, entities …) are joined
//! into one run before citations are looked for, so `[@a; @b]` is found however it was
//! split. Soft line breaks stay `\n` until [`super::text::finish`]; item ids need to see them.

use pulldown_cmark::{Event, LinkType, Tag};

use super::links::{self, Destination};
use super::markdown::{Builder, Use, is_inline};
use super::text::push_text;
use crate::model::{Inline, Link};

impl<'src> Builder<'src, '_> {
    /// Inline content up to the End of the current inline container (consumed). With
    /// `loose` (the text of a tight list item), stops at the first block-level event instead,
    /// without consuming it.
    pub(super) fn inlines(&mut self, depth: usize, loose: bool) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut run = TextRun::default();
        while let Some((event, span)) = self.peek() {
            if loose && !is_inline(&event) {
                break;
            }
            self.pos += 1;
            match event {
                // Raw inline HTML is the text the author wrote, inert.
                Event::Text(t) | Event::InlineHtml(t) | Event::Html(t) | Event::InlineMath(t) => {
                    run.push(&t, span.start);
                }
                Event::SoftBreak => run.push("\n", span.start),
                Event::TaskListMarker(_) => {}
                Event::End(_) => break,
                other => {
                    self.flush(&mut run, &mut out);
                    match other {
                        Event::Code(c) => out.push(Inline::Code(c.to_string())),
                        Event::HardBreak => out.push(Inline::Break),
                        Event::Start(tag) => {
                            self.inline_container(tag, span.start, depth, &mut out)
                        }
                        Event::FootnoteReference(_) => {
                            self.error(span.start, "footnotes are not supported; cite with [@key]");
                        }
                        _ => {}
                    }
                }
            }
        }
        self.flush(&mut run, &mut out);
        out
    }

    fn inline_container(&mut self, tag: Tag<'src>, at: usize, depth: usize, out: &mut Vec<Inline>) {
        if self.too_deep(depth + 1, at) {
            return;
        }
        match tag {
            Tag::Emphasis => out.push(Inline::Emph(self.inlines(depth + 1, false))),
            Tag::Strong => out.push(Inline::Strong(self.inlines(depth + 1, false))),
            Tag::Image { .. } => {
                self.error(
                    at,
                    "images are not supported in module text (they would load from hosts \
                     nobody vetted)",
                );
                self.skip_container();
            }
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => {
                let text = self.inlines(depth + 1, false);
                let dest = if link_type == LinkType::Email
                    && links::scheme_of(&dest_url).as_deref() != Some("mailto")
                {
                    format!("mailto:{dest_url}")
                } else {
                    dest_url.to_string()
                };
                match links::classify(&dest) {
                    Destination::Url(url) => out.push(Inline::Link(Link {
                        to: crate::model::Target::Url(url),
                        text,
                    })),
                    Destination::Course(target) => {
                        self.uses.push((Use::Link(target.clone()), at));
                        out.push(Inline::Link(Link { to: target, text }));
                    }
                    Destination::Refused(why) => {
                        self.error(at, why);
                        out.extend(text);
                    }
                }
            }
            // Anything else inline (strikethrough when enabled …): keep the words.
            _ => out.extend(self.inlines(depth + 1, false)),
        }
    }

    /// Turns a finished text run into inlines, splitting out citations.
    fn flush(&mut self, run: &mut TextRun, out: &mut Vec<Inline>) {
        if run.text.is_empty() {
            return;
        }
        let run = std::mem::take(run);
        for piece in citations(&run.text) {
            match piece {
                Piece::Text(s) => push_text(out, s),
                Piece::Cite(keys) => {
                    for (key, index) in &keys {
                        self.uses
                            .push((Use::Cite((*key).to_owned()), run.source_offset(*index)));
                    }
                    out.push(Inline::Cite(
                        keys.into_iter().map(|(k, _)| k.to_owned()).collect(),
                    ));
                }
                Piece::Bad { at, written } => {
                    let message = if written.ends_with(']') {
                        format!(
                            "malformed citation '{}': write [@key] or [@key1; @key2]",
                            written.replace('\n', " ")
                        )
                    } else {
                        "citation '[@' is not closed with ']'".to_owned()
                    };
                    self.error(run.source_offset(at), message);
                    push_text(out, written);
                }
            }
        }
    }
}

/// Consecutive text events joined, with where each piece came from.
#[derive(Debug, Default)]
struct TextRun {
    text: String,
    /// (index in `text`, absolute source offset) of each piece, in order.
    pieces: Vec<(usize, usize)>,
}

impl TextRun {
    fn push(&mut self, s: &str, at: usize) {
        self.pieces.push((self.text.len(), at));
        self.text.push_str(s);
    }

    /// The source offset of byte `index` of the run (exact unless the piece was decoded
    /// from an entity or escape).
    fn source_offset(&self, index: usize) -> usize {
        let (start, at) = self
            .pieces
            .iter()
            .rev()
            .find(|(start, _)| *start <= index)
            .copied()
            .unwrap_or((0, 0));
        at + (index - start)
    }
}

/// A piece of a text run.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece<'a> {
    /// Plain text.
    Text(&'a str),
    /// A citation: each key with the index of its `@` in the run.
    Cite(Vec<(&'a str, usize)>),
    /// `[@…` that is not a well-formed citation: where it starts and what was written.
    Bad { at: usize, written: &'a str },
}

/// Splits `[@a]` and `[@a; @b]` citations out of a text run.
fn citations(s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = s.get(rest..).and_then(|r| r.find("[@")).map(|i| rest + i) {
        if open > rest {
            out.push(Piece::Text(s.get(rest..open).unwrap_or("")));
        }
        let Some(close) = s.get(open..).and_then(|r| r.find(']')).map(|i| open + i) else {
            out.push(Piece::Bad {
                at: open,
                written: s.get(open..).unwrap_or(""),
            });
            return out;
        };
        let written = s.get(open..=close).unwrap_or("");
        let inner_start = open + 1;
        let inner = s.get(inner_start..close).unwrap_or("");
        let mut keys = Vec::new();
        let mut offset = 0;
        let mut well_formed = !inner.contains('[');
        for part in inner.split(';') {
            let lead = part.len() - part.trim_start().len();
            match part.trim().strip_prefix('@') {
                Some(key) if !key.is_empty() && !key.contains(char::is_whitespace) => {
                    keys.push((key, inner_start + offset + lead));
                }
                _ => well_formed = false,
            }
            offset += part.len() + 1;
        }
        out.push(if well_formed {
            Piece::Cite(keys)
        } else {
            Piece::Bad { at: open, written }
        });
        rest = close + 1;
    }
    if rest < s.len() {
        out.push(Piece::Text(s.get(rest..).unwrap_or("")));
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    #[test]
    fn citations_are_split_out_with_key_positions() {
        assert_eq!(
            citations("See [@a; @b-2] and [@c]."),
            vec![
                Piece::Text("See "),
                Piece::Cite(vec![("a", 5), ("b-2", 9)]),
                Piece::Text(" and "),
                Piece::Cite(vec![("c", 20)]),
                Piece::Text("."),
            ]
        );
        assert_eq!(
            citations("[@a;\n@b]"),
            vec![Piece::Cite(vec![("a", 1), ("b", 5)])]
        );
        assert_eq!(
            citations("no cites [x] @y"),
            vec![Piece::Text("no cites [x] @y")]
        );
        assert_eq!(citations(""), vec![]);
    }

    #[test]
    fn malformed_citations_are_reported() {
        for bad in ["[@]", "[@a;;@b]", "[@a, p. 3]", "[@a; b]", "[@a [@b]"] {
            assert!(
                citations(bad)
                    .iter()
                    .any(|p| matches!(p, Piece::Bad { .. })),
                "{bad}"
            );
        }
        assert_eq!(
            citations("x [@a"),
            vec![
                Piece::Text("x "),
                Piece::Bad {
                    at: 2,
                    written: "[@a"
                }
            ]
        );
    }

    #[test]
    fn run_offsets_follow_their_pieces() {
        let mut run = TextRun::default();
        run.push("See ", 100);
        run.push("[", 104);
        run.push("@a]", 205);
        assert_eq!(run.source_offset(0), 100);
        assert_eq!(run.source_offset(4), 104);
        assert_eq!(run.source_offset(5), 205);
        assert_eq!(run.source_offset(6), 206);
    }
}
