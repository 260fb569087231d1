//! Markdown → an intermediate block tree that still knows where each block came from.
//!
//! pulldown-cmark's offset iterator is read with a cursor; containers are built by
//! recursion, limited to [`MAX_DEPTH`] levels so no input can exhaust the stack (or produce
//! JSON deeper than a reader accepts). Raw HTML blocks are kept as their literal text; inline
//! content is handled in [`super::inline`].

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::error::ContentError;
use super::location::SourceMap;
use crate::model::{Inline, Target};

/// Deepest nesting of lists, quotes and inline markup the compiler follows. Each level adds
/// up to three levels of JSON, and serde_json refuses to read past 128.
pub(crate) const MAX_DEPTH: usize = 16;

/// A block with its place in the source.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum IBlock {
    /// A paragraph. Soft line breaks are still `\n` in its text (see [`super::text::finish`]).
    Para {
        /// Rich text.
        text: Vec<Inline>,
        /// Byte range in the file.
        span: Range<usize>,
    },
    /// A heading of level 2 to 6 (level 1 is refused while parsing).
    Heading {
        /// 2..=6.
        level: u8,
        /// Rich text.
        text: Vec<Inline>,
        /// `{#id}`, for `##` headings.
        id: Option<String>,
        /// Byte range in the file.
        span: Range<usize>,
    },
    /// A list.
    List {
        /// Numbered?
        ordered: bool,
        /// Its items.
        items: Vec<IItem>,
    },
    /// A block quote.
    Quote(Vec<IBlock>),
    /// A code block.
    Code(String),
    /// A raw HTML block, as written.
    Raw(String),
    /// A table.
    Table {
        /// Header cells.
        head: Vec<Vec<Inline>>,
        /// Body rows.
        rows: Vec<Vec<Vec<Inline>>>,
    },
}

impl IBlock {
    /// Where the block starts, when it knows.
    pub(crate) fn start(&self) -> Option<usize> {
        match self {
            Self::Para { span, .. } | Self::Heading { span, .. } => Some(span.start),
            Self::List { items, .. } => items.first().map(|i| i.span.start),
            Self::Quote(inner) => inner.first().and_then(Self::start),
            Self::Code(_) | Self::Raw(_) | Self::Table { .. } => None,
        }
    }
}

/// A list item.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct IItem {
    /// `Some(checked)` for a task-list item (`- [ ]` / `- [x]`).
    pub(crate) task: Option<bool>,
    /// Its blocks.
    pub(crate) blocks: Vec<IBlock>,
    /// Byte range in the file.
    pub(crate) span: Range<usize>,
}

/// An id used in text that can only be checked once every file is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Use {
    /// A citation key, `[@key]`.
    Cite(String),
    /// A course link (`module:`, `credential:`, `term:`).
    Link(Target),
}

/// Parses the Markdown `body`, whose first byte is at `base` in the file `map` describes.
/// Problems go to `errors`; citations and course links, with their offsets, to `uses`.
pub(crate) fn parse(
    body: &str,
    base: usize,
    map: &SourceMap<'_>,
    errors: &mut Vec<ContentError>,
    uses: &mut Vec<(Use, usize)>,
) -> Vec<IBlock> {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS | Options::ENABLE_HEADING_ATTRIBUTES;
    let events = Parser::new_ext(body, options).into_offset_iter().collect();
    let mut builder = Builder {
        events,
        pos: 0,
        base,
        map,
        errors,
        uses,
    };
    builder.blocks(0)
}

/// A cursor over the events of one file, building blocks.
pub(super) struct Builder<'src, 'ctx> {
    pub(super) events: Vec<(Event<'src>, Range<usize>)>,
    pub(super) pos: usize,
    base: usize,
    map: &'ctx SourceMap<'ctx>,
    errors: &'ctx mut Vec<ContentError>,
    pub(super) uses: &'ctx mut Vec<(Use, usize)>,
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

/// Whether `event` starts inline content (as the text of a tight list item does).
pub(super) fn is_inline(event: &Event<'_>) -> bool {
    matches!(
        event,
        Event::Text(_)
            | Event::Code(_)
            | Event::InlineHtml(_)
            | Event::InlineMath(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::FootnoteReference(_)
            | Event::TaskListMarker(_)
            | Event::Start(
                Tag::Emphasis
                    | Tag::Strong
                    | Tag::Strikethrough
                    | Tag::Superscript
                    | Tag::Subscript
                    | Tag::Link { .. }
                    | Tag::Image { .. }
            )
    )
}

impl<'src> Builder<'src, '_> {
    /// The next event and its absolute byte range, without consuming it.
    pub(super) fn peek(&self) -> Option<(Event<'src>, Range<usize>)> {
        self.events
            .get(self.pos)
            .map(|(e, r)| (e.clone(), self.base + r.start..self.base + r.end))
    }

    /// The end (absolute) of the last consumed event.
    fn prev_end(&self) -> usize {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.events.get(i))
            .map_or(self.base, |(_, r)| self.base + r.end)
    }

    /// Records an error at absolute byte `at`.
    pub(super) fn error(&mut self, at: usize, message: impl Into<String>) {
        let e = self.map.error(at, message);
        self.errors.push(e);
    }

    /// Skips the rest of the container whose Start was just consumed, without recursion.
    pub(super) fn skip_container(&mut self) {
        let mut depth = 1usize;
        while let Some((event, _)) = self.events.get(self.pos) {
            self.pos += 1;
            match event {
                Event::Start(_) => depth += 1,
                Event::End(_) => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    /// When `depth` is past the limit: reports it at `at`, skips the container, true.
    pub(super) fn too_deep(&mut self, depth: usize, at: usize) -> bool {
        if depth <= MAX_DEPTH {
            return false;
        }
        self.error(
            at,
            format!("lists, quotes and emphasis nest deeper than {MAX_DEPTH} levels here"),
        );
        self.skip_container();
        true
    }

    /// Blocks up to the End of the current container (consumed) or the end of the input.
    fn blocks(&mut self, depth: usize) -> Vec<IBlock> {
        let mut out = Vec::new();
        while let Some((event, span)) = self.peek() {
            if is_inline(&event) {
                // The text of a tight list item: a paragraph without Paragraph events.
                let text = self.inlines(depth, true);
                out.push(IBlock::Para {
                    text,
                    span: span.start..self.prev_end(),
                });
                continue;
            }
            self.pos += 1;
            match event {
                Event::End(_) => return out,
                Event::Start(tag) => self.block(tag, span, depth, &mut out),
                Event::Html(raw) => out.push(IBlock::Raw(raw.to_string())),
                Event::DisplayMath(raw) => out.push(IBlock::Code(raw.to_string())),
                // A thematic break carries no words; the model has nothing to show for it.
                _ => {}
            }
        }
        out
    }

    fn block(&mut self, tag: Tag<'src>, span: Range<usize>, depth: usize, out: &mut Vec<IBlock>) {
        match tag {
            Tag::Paragraph => {
                let text = self.inlines(depth, false);
                out.push(IBlock::Para { text, span });
            }
            Tag::Heading {
                level,
                id,
                classes,
                attrs,
            } => {
                let text = self.inlines(depth, false);
                let id = id.map(|i| i.to_string());
                if let Some(level) = self.heading(heading_level(level), id.is_some(), depth, &span)
                {
                    if !classes.is_empty() || !attrs.is_empty() {
                        self.error(
                            span.start,
                            "a heading takes only {#id}: no classes or key=value",
                        );
                    }
                    out.push(IBlock::Heading {
                        level,
                        text,
                        id: id.filter(|_| level == 2),
                        span,
                    });
                }
            }
            Tag::List(start) => {
                if !self.too_deep(depth + 1, span.start) {
                    let items = self.items(depth + 1);
                    out.push(IBlock::List {
                        ordered: start.is_some(),
                        items,
                    });
                }
            }
            Tag::BlockQuote(_) => {
                if !self.too_deep(depth + 1, span.start) {
                    out.push(IBlock::Quote(self.blocks(depth + 1)));
                }
            }
            Tag::CodeBlock(_) => {
                let code = self.raw_text();
                let code = code.strip_suffix('\n').unwrap_or(&code);
                out.push(IBlock::Code(code.to_owned()));
            }
            Tag::HtmlBlock => {
                // Raw HTML is shown as the text written, never as markup.
                out.push(IBlock::Raw(self.raw_text().trim_end().to_owned()));
            }
            Tag::Table(_) => out.push(self.table(depth)),
            Tag::Item => out.extend(self.blocks(depth)),
            _ => {
                self.error(span.start, "this Markdown construct is not supported");
                self.skip_container();
            }
        }
    }

    /// Checks a heading's level and id; `None` drops the heading.
    fn heading(
        &mut self,
        level: u8,
        has_id: bool,
        depth: usize,
        span: &Range<usize>,
    ) -> Option<u8> {
        match level {
            1 => {
                self.error(
                    span.start,
                    "use ## for sections and ###–###### inside them; the module title comes from \
                     the front matter",
                );
                None
            }
            2 if depth > 0 => {
                self.error(
                    span.start,
                    "a ## section heading cannot stand inside a list or quote",
                );
                None
            }
            2 => Some(2),
            _ => {
                if has_id {
                    self.error(span.start, "only ## section headings take an {#id}");
                }
                Some(level)
            }
        }
    }

    /// All text inside a code or HTML block, up to its End (consumed).
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
        while let Some((event, span)) = self.peek() {
            self.pos += 1;
            match event {
                Event::Start(Tag::Item) => {
                    // The marker opens a tight item, or its first paragraph in a loose one
                    // (where `inlines` passes over it).
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
                    items.push(IItem { task, blocks, span });
                }
                Event::End(_) => break,
                _ => {}
            }
        }
        items
    }

    fn table(&mut self, depth: usize) -> IBlock {
        let mut head = Vec::new();
        let mut rows: Vec<Vec<Vec<Inline>>> = Vec::new();
        let mut in_head = false;
        while let Some((event, _)) = self.peek() {
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
}
