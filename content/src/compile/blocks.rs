//! Markdown events → an intermediate tree of blocks that still knows where each piece came
//! from (byte offsets), so later checks can point at the right line.
//!
//! Raw HTML becomes literal text, images are refused, link destinations are classified
//! (`links`), citations `[@key]` become [`Inline::Cite`]. Nesting deeper than
//! [`MAX_DEPTH`] is refused instead of recursing further, so no input can exhaust the
//! stack.

use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::error::{ContentError, SourceMap};
use super::links::{self, Destination};
use crate::model::{Inline, Link, Target};

/// Deepest nesting of lists, quotes and inline markup the compiler follows.
pub(crate) const MAX_DEPTH: usize = 48;

/// A block with its source offset.
#[derive(Debug, Clone)]
pub(crate) enum IBlock {
    /// Paragraph (or loose inline text in a tight list item).
    Para { text: Vec<Inline>, at: usize },
    /// Heading of any level; `id` from `{#id}`.
    Heading {
        level: u8,
        text: Vec<Inline>,
        id: Option<String>,
        at: usize,
    },
    /// A list.
    List { ordered: bool, items: Vec<IItem> },
    /// Block quote.
    Quote(Vec<IBlock>),
    /// Code block.
    Code(String),
    /// Table.
    Table {
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
}

/// A list item.
#[derive(Debug, Clone)]
pub(crate) struct IItem {
    /// `Some(checked)` for a task-list item.
    pub(crate) task: Option<bool>,
    /// Its blocks.
    pub(crate) blocks: Vec<IBlock>,
    /// Where it starts.
    pub(crate) at: usize,
}

/// An id used in text that must be checked once every file is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reference {
    /// `[@key]`.
    Cite(String),
    /// A course link.
    Link(Target),
}

/// What parsing found that needs cross-file checks, with offsets.
#[derive(Debug, Default)]
pub(crate) struct Uses {
    /// References in order of appearance.
    pub(crate) refs: Vec<(Reference, usize)>,
}

/// Parses Markdown `text` (whose first byte is at `base` in the file) into blocks.
pub(crate) fn parse(
    text: &str,
    base: usize,
    map: &SourceMap<'_>,
    errors: &mut Vec<ContentError>,
    uses: &mut Uses,
) -> Vec<IBlock> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_HEADING_ATTRIBUTES;
    let events: Vec<(Event<'_>, Range<usize>)> =
        Parser::new_ext(text, options).into_offset_iter().collect();
    let mut b = Builder {
        events,
        pos: 0,
        base,
        map,
        errors,
        uses,
    };
    b.blocks(0)
}

struct Builder<'a, 'e> {
    events: Vec<(Event<'a>, Range<usize>)>,
    pos: usize,
    base: usize,
    map: &'e SourceMap<'e>,
    errors: &'e mut Vec<ContentError>,
    uses: &'e mut Uses,
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

fn is_inline_start(event: &Event<'_>) -> bool {
    matches!(
        event,
        Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::InlineMath(_)
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::Start(
                Tag::Emphasis
                    | Tag::Strong
                    | Tag::Strikethrough
                    | Tag::Link { .. }
                    | Tag::Image { .. }
            )
    )
}

impl Builder<'_, '_> {
    fn at(&self) -> usize {
        self.base
            + self
                .events
                .get(self.pos)
                .map_or(self.events.last().map_or(0, |(_, r)| r.end), |(_, r)| {
                    r.start
                })
    }

    fn error(&mut self, at: usize, message: impl Into<String>) {
        let e = self.map.error(at, message);
        self.errors.push(e);
    }

    /// Skips the rest of the current container (after its Start was consumed) without
    /// recursion.
    fn skip_container(&mut self) {
        let mut depth = 1usize;
        while let Some((event, _)) = self.events.get(self.pos) {
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => depth -= 1,
                _ => {}
            }
            self.pos += 1;
            if depth == 0 {
                return;
            }
        }
    }

    fn too_deep(&mut self, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            let at = self.at();
            self.error(at, format!("nesting deeper than {MAX_DEPTH} levels"));
            self.skip_container();
            true
        } else {
            false
        }
    }

    /// Blocks until the End that closes the current container (consumed), or the end.
    fn blocks(&mut self, depth: usize) -> Vec<IBlock> {
        let mut out = Vec::new();
        while let Some((event, range)) = self.events.get(self.pos).cloned() {
            let at = self.base + range.start;
            if is_inline_start(&event) {
                let text = self.inlines(depth, true);
                if !text.is_empty() {
                    out.push(IBlock::Para { text, at });
                }
                continue;
            }
            self.pos += 1;
            match event {
                Event::End(_) => return out,
                Event::Start(Tag::Paragraph) => {
                    let text = self.inlines(depth, false);
                    out.push(IBlock::Para { text, at });
                }
                Event::Start(Tag::Heading { level, id, .. }) => {
                    let text = self.inlines(depth, false);
                    out.push(IBlock::Heading {
                        level: heading_level(level),
                        text,
                        id: id.map(|s| s.to_string()),
                        at,
                    });
                }
                Event::Start(Tag::List(start)) => {
                    if self.too_deep(depth + 1) {
                        continue;
                    }
                    let items = self.items(depth + 1);
                    out.push(IBlock::List {
                        ordered: start.is_some(),
                        items,
                    });
                }
                Event::Start(Tag::BlockQuote(_)) => {
                    if self.too_deep(depth + 1) {
                        continue;
                    }
                    out.push(IBlock::Quote(self.blocks(depth + 1)));
                }
                Event::Start(Tag::CodeBlock(kind)) => {
                    let _ = matches!(kind, CodeBlockKind::Fenced(_));
                    out.push(IBlock::Code(self.raw_text()));
                }
                Event::Start(Tag::HtmlBlock) => {
                    // Raw HTML is shown as the text written, never as markup.
                    let raw = self.raw_text();
                    out.push(IBlock::Para {
                        text: vec![Inline::Text(raw.trim_end().to_owned())],
                        at,
                    });
                }
                Event::Start(Tag::Table(_)) => out.push(self.table(depth)),
                Event::Start(Tag::FootnoteDefinition(_) | Tag::MetadataBlock(_)) => {
                    self.error(
                        at,
                        "footnotes and metadata blocks are not supported; cite with [@key]",
                    );
                    self.skip_container();
                }
                Event::Start(_) => {
                    // Anything else block-level: keep its words.
                    let inner = self.blocks(depth + 1);
                    out.extend(inner);
                }
                Event::Rule | Event::Html(_) | Event::DisplayMath(_) => {
                    if let Event::Html(raw) | Event::DisplayMath(raw) = event {
                        out.push(IBlock::Para {
                            text: vec![Inline::Text(raw.to_string())],
                            at,
                        });
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// All Text/Html inside a code or HTML block, up to its End (consumed).
    fn raw_text(&mut self) -> String {
        let mut s = String::new();
        while let Some((event, _)) = self.events.get(self.pos) {
            self.pos += 1;
            match event {
                Event::End(_) => break,
                Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => s.push_str(t),
                _ => {}
            }
        }
        s
    }

    fn items(&mut self, depth: usize) -> Vec<IItem> {
        let mut items = Vec::new();
        while let Some((event, range)) = self.events.get(self.pos).cloned() {
            self.pos += 1;
            match event {
                Event::End(TagEnd::List(_)) | Event::End(_) => break,
                Event::Start(Tag::Item) => {
                    let at = self.base + range.start;
                    // The marker opens a tight item, or its first paragraph in a loose one
                    // (where `inlines` skips it).
                    let task = match (self.events.get(self.pos), self.events.get(self.pos + 1)) {
                        (Some((Event::TaskListMarker(checked), _)), _) => {
                            let checked = *checked;
                            self.pos += 1;
                            Some(checked)
                        }
                        (
                            Some((Event::Start(Tag::Paragraph), _)),
                            Some((Event::TaskListMarker(checked), _)),
                        ) => Some(*checked),
                        _ => None,
                    };
                    let blocks = self.blocks(depth);
                    items.push(IItem { task, blocks, at });
                }
                _ => {}
            }
        }
        items
    }

    fn table(&mut self, depth: usize) -> IBlock {
        let mut head = Vec::new();
        let mut rows: Vec<Vec<Vec<Inline>>> = Vec::new();
        let mut in_head = false;
        while let Some((event, _)) = self.events.get(self.pos).cloned() {
            self.pos += 1;
            match event {
                Event::Start(Tag::TableHead) => in_head = true,
                Event::End(TagEnd::TableHead) => in_head = false,
                Event::Start(Tag::TableRow) => rows.push(Vec::new()),
                Event::Start(Tag::TableCell) => {
                    let cell = self.inlines(depth, false);
                    if in_head {
                        head.push(cell);
                    } else if let Some(row) = rows.last_mut() {
                        row.push(cell);
                    }
                }
                Event::End(TagEnd::Table) => break,
                _ => {}
            }
        }
        IBlock::Table { head, rows }
    }

    /// Inline content up to the End of the current inline container (consumed). With
    /// `loose`, stops (without consuming) at the first block-level event instead.
    fn inlines(&mut self, depth: usize, loose: bool) -> Vec<Inline> {
        let mut out = Vec::new();
        let mut text = TextRun::default();
        while let Some((event, range)) = self.events.get(self.pos).cloned() {
            if loose && !is_inline_start(&event) {
                break;
            }
            self.pos += 1;
            let at = self.base + range.start;
            match event {
                Event::Text(t) => text.push(&t, at),
                // Raw HTML: the text the author wrote, inert.
                Event::InlineHtml(t) | Event::Html(t) => text.push(&t, at),
                Event::InlineMath(t) => text.push(&t, at),
                Event::SoftBreak => text.push(" ", at),
                Event::TaskListMarker(_) => {}
                Event::FootnoteReference(_) => {
                    self.error(at, "footnotes are not supported; cite with [@key]");
                }
                other => {
                    self.flush(&mut text, &mut out);
                    match other {
                        Event::Code(c) => out.push(Inline::Code(c.to_string())),
                        Event::HardBreak => out.push(Inline::Break),
                        Event::End(_) => return out,
                        Event::Start(tag) => self.inline_container(tag, at, depth, &mut out),
                        _ => {}
                    }
                }
            }
        }
        self.flush(&mut text, &mut out);
        out
    }

    fn inline_container(&mut self, tag: Tag<'_>, at: usize, depth: usize, out: &mut Vec<Inline>) {
        if self.too_deep(depth + 1) {
            return;
        }
        match tag {
            Tag::Emphasis => out.push(Inline::Emph(self.inlines(depth + 1, false))),
            Tag::Strong => out.push(Inline::Strong(self.inlines(depth + 1, false))),
            Tag::Strikethrough => out.extend(self.inlines(depth + 1, false)),
            Tag::Image { .. } => {
                self.error(
                    at,
                    "images are not supported in module text (they would load from hosts nobody vetted)",
                );
                self.skip_container();
            }
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => {
                let text = self.inlines(depth + 1, false);
                let dest = if matches!(link_type, pulldown_cmark::LinkType::Email)
                    && !dest_url.to_ascii_lowercase().starts_with("mailto:")
                {
                    format!("mailto:{dest_url}")
                } else {
                    dest_url.to_string()
                };
                match links::classify(&dest) {
                    Destination::Url(url) => out.push(Inline::Link(Link {
                        to: Target::Url(url),
                        text,
                    })),
                    Destination::Course(target) => {
                        self.uses.refs.push((Reference::Link(target.clone()), at));
                        out.push(Inline::Link(Link { to: target, text }));
                    }
                    Destination::Refused(why) => {
                        self.error(at, why);
                        // Keep the words, drop the link.
                        out.extend(text);
                    }
                }
            }
            _ => out.extend(self.inlines(depth + 1, false)),
        }
    }

    fn flush(&mut self, run: &mut TextRun, out: &mut Vec<Inline>) {
        if run.text.is_empty() {
            return;
        }
        let run = std::mem::take(run);
        split_citations(&run, out, self);
    }
}

/// Consecutive text events, joined, with where each piece came from.
#[derive(Debug, Default)]
struct TextRun {
    text: String,
    /// (index in `text`, source offset) of each piece.
    pieces: Vec<(usize, usize)>,
}

impl TextRun {
    fn push(&mut self, s: &str, at: usize) {
        self.pieces.push((self.text.len(), at));
        self.text.push_str(s);
    }

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

/// Splits `[@a; @b]` citations out of a text run.
fn split_citations(run: &TextRun, out: &mut Vec<Inline>, b: &mut Builder<'_, '_>) {
    let s = run.text.as_str();
    let mut rest_start = 0;
    let mut search = 0;
    while let Some(found) = s[search..].find("[@") {
        let open = search + found;
        let Some(close_rel) = s[open..].find(']') else {
            break;
        };
        let close = open + close_rel;
        let inner = &s[open + 1..close];
        let mut keys = Vec::new();
        let mut bad = false;
        for part in inner.split(';') {
            match part.trim().strip_prefix('@') {
                Some(key) if !key.is_empty() && !key.contains(char::is_whitespace) => {
                    keys.push(key.to_owned())
                }
                _ => bad = true,
            }
        }
        let at = run.source_offset(open);
        if bad {
            b.error(
                at,
                format!("malformed citation '[{inner}]': write [@key] or [@key1; @key2]"),
            );
        }
        push_text(out, &s[rest_start..open]);
        for key in &keys {
            b.uses.refs.push((Reference::Cite(key.clone()), at));
        }
        if !keys.is_empty() {
            out.push(Inline::Cite(keys));
        }
        rest_start = close + 1;
        search = close + 1;
    }
    push_text(out, &s[rest_start..]);
}

/// Appends text, merging with a preceding text inline.
pub(crate) fn push_text(out: &mut Vec<Inline>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Inline::Text(prev)) = out.last_mut() {
        prev.push_str(s);
    } else {
        out.push(Inline::Text(s.to_owned()));
    }
}
