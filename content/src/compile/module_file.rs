//! One module file: front matter, then `##` sections whose headings decide their kind.

use serde::Deserialize;

use super::blocks::{self, IBlock, IItem, Uses};
use super::error::{ContentError, SourceMap, is_valid_id};
use crate::model::{
    Block, CaseExample, Checklist, ChecklistGroup, ChecklistItem, DiscussionPrompt, FORMAT_VERSION,
    Inline, LearningObjective, Module, ReflectionQuestion, Section, SectionKind,
};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    title: String,
    summary: String,
    order: u32,
    minutes: u32,
}

/// An id written in a module file, with its place, for the course-wide uniqueness check.
#[derive(Debug, Clone)]
pub(crate) struct IdUse {
    /// The id.
    pub(crate) id: String,
    /// Where it is written.
    pub(crate) error_at: ContentError,
}

/// A parsed module and what must be checked against the rest of the course.
#[derive(Debug)]
pub(crate) struct ParsedModule {
    /// The module (its `references` are filled in later).
    pub(crate) module: Module,
    /// Ids it defines, for uniqueness.
    pub(crate) ids: Vec<IdUse>,
    /// Citations and course links, with their places.
    pub(crate) uses: Vec<(blocks::Reference, ContentError)>,
    /// `section=` targets of checklist items, which must be sections of this module.
    pub(crate) item_sections: Vec<(String, ContentError)>,
}

/// Parses one module file. Errors go to `errors`; `None` when the file is too broken to
/// describe a module at all.
pub(crate) fn parse(
    name: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<ParsedModule> {
    let map = SourceMap::new(name, text);
    let (front, body_start) = front_matter(&map, text, errors)?;
    let mut uses = Uses::default();
    let body = text.get(body_start..).unwrap_or("");
    let parsed = blocks::parse(body, body_start, &map, errors, &mut uses);
    let mut ids = Vec::new();
    let mut id_use = |id: &str, at: usize, ids: &mut Vec<IdUse>, errors: &mut Vec<ContentError>| {
        if !is_valid_id(id) {
            errors.push(map.error(
                at,
                format!("'{id}' is not a valid id (lowercase letters, digits, single hyphens)"),
            ));
        }
        ids.push(IdUse {
            id: id.to_owned(),
            error_at: map.error(at, ""),
        });
    };
    id_use(&front.id, 0, &mut ids, errors);

    let mut sections_raw: Vec<(IBlock, Vec<IBlock>)> = Vec::new();
    let mut before_first = false;
    for block in parsed {
        match block {
            IBlock::Heading { level: 1, at, .. } => {
                errors.push(map.error(
                    at,
                    "use ## for sections; the module title comes from the front matter",
                ));
            }
            h @ IBlock::Heading { level: 2, .. } => sections_raw.push((h, Vec::new())),
            other => match sections_raw.last_mut() {
                Some((_, body)) => body.push(other),
                None => before_first = true,
            },
        }
    }
    if before_first {
        errors.push(map.error(
            body_start,
            "text before the first ## section heading has no section to belong to",
        ));
    }

    let mut objectives = None;
    let mut sections = Vec::new();
    let mut item_sections = Vec::new();
    let mut has_reflection = false;
    for (heading, body) in sections_raw {
        let IBlock::Heading { text, id, at, .. } = heading else {
            continue;
        };
        let title = plain(&text);
        let Some(id) = id else {
            errors.push(map.error(
                at,
                format!("section '{title}' needs an id: end its heading with {{#some-id}}"),
            ));
            continue;
        };
        id_use(&id, at, &mut ids, errors);
        let lower = title.to_lowercase();
        let mut ctx = SectionCtx {
            map: &map,
            errors,
            ids: &mut ids,
            id_use: &mut id_use,
        };
        if lower.starts_with("learning objectives") {
            if objectives.is_some() {
                ctx.err(at, "a module has one Learning objectives section");
            }
            objectives = Some(objectives_of(&mut ctx, body, at));
        } else if lower.starts_with("reflection questions") {
            has_reflection = true;
            let (intro, questions) = reflection_of(&mut ctx, body, at);
            sections.push(Section {
                id,
                title,
                body: intro,
                kind: SectionKind::Reflection(questions),
            });
        } else if let Some(rest) = strip_prefix_ci(&title, "checklist:") {
            let (intro, groups, targets) = checklist_of(&mut ctx, body, at);
            item_sections.extend(targets);
            let list = Checklist {
                id: id.clone(),
                title: rest.trim().to_owned(),
                groups,
            };
            sections.push(Section {
                id,
                title: rest.trim().to_owned(),
                body: intro,
                kind: SectionKind::Checklist(list),
            });
        } else if let Some(rest) = strip_prefix_ci(&title, "case example:") {
            let (story, prompts) = case_of(&mut ctx, body, at);
            sections.push(Section {
                id,
                title: rest.trim().to_owned(),
                body: story,
                kind: SectionKind::Case(CaseExample { prompts }),
            });
        } else {
            let body = to_blocks(body);
            sections.push(Section {
                id,
                title,
                body,
                kind: SectionKind::Text,
            });
        }
    }

    let end = text.len();
    if objectives.is_none() {
        errors.push(map.error(end, "missing the '## Learning objectives {#…}' section"));
    }
    if !has_reflection {
        errors.push(map.error(end, "missing the '## Reflection questions {#…}' section"));
    }
    if !sections
        .iter()
        .any(|s| matches!(s.kind, SectionKind::Checklist(_)))
    {
        errors.push(map.error(end, "a module needs at least one '## Checklist: …' section"));
    }
    if !sections
        .iter()
        .any(|s| matches!(s.kind, SectionKind::Case(_)))
    {
        errors.push(map.error(
            end,
            "a module needs at least one '## Case example: …' section",
        ));
    }

    let uses = uses
        .refs
        .into_iter()
        .map(|(r, at)| (r, map.error(at, "")))
        .collect();
    Some(ParsedModule {
        module: Module {
            format: FORMAT_VERSION,
            course: String::new(),
            id: front.id,
            title: front.title,
            summary: front.summary,
            order: front.order,
            minutes: front.minutes,
            objectives: objectives.unwrap_or_default(),
            sections,
            references: Vec::new(),
        },
        ids,
        uses,
        item_sections,
    })
}

fn strip_prefix_ci<'t>(s: &'t str, prefix: &str) -> Option<&'t str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

fn front_matter(
    map: &SourceMap<'_>,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<(FrontMatter, usize)> {
    let text_no_bom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - text_no_bom.len();
    let first_line_end = text_no_bom.find('\n').unwrap_or(text_no_bom.len());
    if text_no_bom[..first_line_end].trim_end() != "+++" {
        errors.push(map.error(
            bom,
            "a module file starts with front matter between +++ lines",
        ));
        return None;
    }
    let start = bom + first_line_end + 1;
    let rest = text.get(start..).unwrap_or("");
    let mut offset = 0;
    let mut close = None;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((toml_end, body_rel)) = close else {
        errors.push(map.error(bom, "the front matter is not closed with a +++ line"));
        return None;
    };
    let source = &rest[..toml_end];
    match toml::from_str::<FrontMatter>(source) {
        Ok(front) => Some((front, start + body_rel)),
        Err(e) => {
            let at = start + e.span().map_or(0, |s| s.start);
            errors.push(map.error(at, format!("front matter: {}", e.message())));
            None
        }
    }
}

/// An item's text, id and `key=value` attributes.
type ItemHead = (Vec<Inline>, String, Vec<(String, String)>);

type IdUseFn<'f> = dyn FnMut(&str, usize, &mut Vec<IdUse>, &mut Vec<ContentError>) + 'f;

struct SectionCtx<'m, 'e, 'f> {
    map: &'m SourceMap<'m>,
    errors: &'e mut Vec<ContentError>,
    ids: &'e mut Vec<IdUse>,
    id_use: &'e mut IdUseFn<'f>,
}

impl SectionCtx<'_, '_, '_> {
    fn err(&mut self, at: usize, message: impl Into<String>) {
        let e = self.map.error(at, message);
        self.errors.push(e);
    }

    fn define(&mut self, id: &str, at: usize) {
        (self.id_use)(id, at, self.ids, self.errors);
    }

    /// Text and `{#id key=value}` attributes of an item's first paragraph.
    fn item_head(&mut self, item: &mut IItem, what: &str) -> Option<ItemHead> {
        let first = if matches!(item.blocks.first(), Some(IBlock::Para { .. })) {
            item.blocks.remove(0)
        } else {
            self.err(item.at, format!("this {what} has no text"));
            return None;
        };
        let IBlock::Para { mut text, at } = first else {
            return None;
        };
        match take_attributes(&mut text) {
            Some((id, attrs)) => {
                self.define(&id, at);
                Some((text, id, attrs))
            }
            None => {
                self.err(
                    at,
                    format!("this {what} needs an id: end it with {{#some-id}}"),
                );
                None
            }
        }
    }
}

/// Removes a trailing `{#id key=value …}` from rich text.
fn take_attributes(text: &mut Vec<Inline>) -> Option<(String, Vec<(String, String)>)> {
    let Some(Inline::Text(last)) = text.last_mut() else {
        return None;
    };
    let trimmed = last.trim_end();
    if !trimmed.ends_with('}') {
        return None;
    }
    let open = trimmed.rfind('{')?;
    let inner = &trimmed[open + 1..trimmed.len() - 1];
    let mut words = inner.split_whitespace();
    let id = words.next()?.strip_prefix('#')?.to_owned();
    let attrs = words
        .map(|w| match w.split_once('=') {
            Some((k, v)) => (k.to_owned(), v.to_owned()),
            None => (w.to_owned(), String::new()),
        })
        .collect();
    let keep = last[..open].trim_end().to_owned();
    if keep.is_empty() {
        text.pop();
    } else {
        *last = keep;
    }
    Some((id, attrs))
}

fn objectives_of(
    ctx: &mut SectionCtx<'_, '_, '_>,
    body: Vec<IBlock>,
    at: usize,
) -> Vec<LearningObjective> {
    let mut out = Vec::new();
    for block in body {
        match block {
            IBlock::List { items, .. } => {
                for mut item in items {
                    if let Some((text, id, attrs)) = ctx.item_head(&mut item, "objective") {
                        no_attrs(ctx, &attrs, item.at);
                        out.push(LearningObjective { id, text });
                    }
                }
            }
            IBlock::Para { at, .. } => ctx.err(
                at,
                "the Learning objectives section holds only a list of objectives",
            ),
            _ => ctx.err(
                at,
                "the Learning objectives section holds only a list of objectives",
            ),
        }
    }
    if out.is_empty() {
        ctx.err(at, "no learning objectives listed");
    }
    out
}

fn no_attrs(ctx: &mut SectionCtx<'_, '_, '_>, attrs: &[(String, String)], at: usize) {
    for (k, _) in attrs {
        ctx.err(
            at,
            format!("unknown attribute '{k}' (only checklist items take section=…)"),
        );
    }
}

fn reflection_of(
    ctx: &mut SectionCtx<'_, '_, '_>,
    body: Vec<IBlock>,
    at: usize,
) -> (Vec<Block>, Vec<ReflectionQuestion>) {
    let mut intro = Vec::new();
    let mut questions = Vec::new();
    for block in body {
        match block {
            IBlock::List { items, .. } if questions.is_empty() => {
                for mut item in items {
                    if let Some((prompt, id, attrs)) = ctx.item_head(&mut item, "question") {
                        no_attrs(ctx, &attrs, item.at);
                        questions.push(ReflectionQuestion { id, prompt });
                    }
                }
            }
            other if questions.is_empty() => intro.push(other),
            _ => ctx.err(at, "nothing may follow the list of reflection questions"),
        }
    }
    if questions.is_empty() {
        ctx.err(at, "no reflection questions listed");
    }
    (to_blocks(intro), questions)
}

type ChecklistParts = (Vec<Block>, Vec<ChecklistGroup>, Vec<(String, ContentError)>);

fn checklist_of(ctx: &mut SectionCtx<'_, '_, '_>, body: Vec<IBlock>, at: usize) -> ChecklistParts {
    let mut intro = Vec::new();
    let mut groups: Vec<ChecklistGroup> = Vec::new();
    let mut targets = Vec::new();
    let mut pending_title: Option<String> = None;
    for block in body {
        match block {
            IBlock::Heading { text, .. } => pending_title = Some(plain(&text)),
            IBlock::List { items, .. } => {
                let mut group = ChecklistGroup {
                    title: pending_title.take(),
                    items: Vec::new(),
                };
                for mut item in items {
                    if item.task.is_none() {
                        ctx.err(
                            item.at,
                            "checklist items are task-list items: start them with '- [ ]'",
                        );
                    }
                    let Some((text, id, attrs)) = ctx.item_head(&mut item, "checklist item") else {
                        continue;
                    };
                    let mut section = None;
                    for (k, v) in attrs {
                        if k == "section" && !v.is_empty() {
                            targets.push((v.clone(), ctx.map.error(item.at, "")));
                            section = Some(v);
                        } else {
                            ctx.err(item.at, format!("unknown attribute '{k}' on a checklist item (use section=<section-id>)"));
                        }
                    }
                    group.items.push(ChecklistItem {
                        id,
                        text,
                        guidance: to_blocks(item.blocks),
                        section,
                    });
                }
                groups.push(group);
            }
            other if groups.is_empty() && pending_title.is_none() => intro.push(other),
            other => {
                // Prose between groups belongs to no item; keep it out of sight of nobody.
                let at = block_at(&other).unwrap_or(at);
                ctx.err(
                    at,
                    "between checklist groups only ### headings and task lists may stand",
                );
            }
        }
    }
    if groups.iter().all(|g| g.items.is_empty()) {
        ctx.err(at, "this checklist has no items");
    }
    groups.retain(|g| !g.items.is_empty());
    (to_blocks(intro), groups, targets)
}

fn case_of(
    ctx: &mut SectionCtx<'_, '_, '_>,
    body: Vec<IBlock>,
    at: usize,
) -> (Vec<Block>, Vec<DiscussionPrompt>) {
    let mut story = Vec::new();
    let mut prompts = Vec::new();
    let mut in_discussion = false;
    for block in body {
        match block {
            IBlock::Heading { ref text, .. }
                if plain(text).trim().eq_ignore_ascii_case("discussion") =>
            {
                in_discussion = true;
            }
            IBlock::List { items, .. } if in_discussion => {
                for mut item in items {
                    if let Some((text, id, attrs)) = ctx.item_head(&mut item, "discussion prompt") {
                        no_attrs(ctx, &attrs, item.at);
                        prompts.push(DiscussionPrompt { id, text });
                    }
                }
            }
            other if !in_discussion => story.push(other),
            other => {
                let at = block_at(&other).unwrap_or(at);
                ctx.err(
                    at,
                    "after ### Discussion only the list of prompts may stand",
                );
            }
        }
    }
    let story = to_blocks(story);
    if prompts.is_empty() {
        ctx.err(
            at,
            "a case example ends with '### Discussion' and a list of prompts",
        );
    }
    let words = story.iter().map(block_plain).collect::<Vec<_>>().join(" ");
    if !words.to_lowercase().contains("composite") {
        ctx.err(at, "a case example must say that its institution is a composite (the word 'composite' is missing)");
    }
    (story, prompts)
}

fn block_at(block: &IBlock) -> Option<usize> {
    match block {
        IBlock::Para { at, .. } | IBlock::Heading { at, .. } => Some(*at),
        IBlock::List { items, .. } => items.first().map(|i| i.at),
        _ => None,
    }
}

/// Converts intermediate blocks to the model, dropping offsets.
pub(crate) fn to_blocks(blocks: Vec<IBlock>) -> Vec<Block> {
    blocks.into_iter().map(to_block).collect()
}

fn to_block(block: IBlock) -> Block {
    match block {
        IBlock::Para { text, .. } => Block::Para(text),
        IBlock::Heading { level, text, .. } => Block::Heading { level, text },
        IBlock::List { ordered, items } => {
            let items = items.into_iter().map(|i| to_blocks(i.blocks)).collect();
            if ordered {
                Block::Numbered(items)
            } else {
                Block::Bullets(items)
            }
        }
        IBlock::Quote(inner) => Block::Quote(to_blocks(inner)),
        IBlock::Code(code) => Block::Code(code),
        IBlock::Table { head, rows } => Block::Table { head, rows },
    }
}

/// Plain text of rich text.
pub(crate) fn plain(text: &[Inline]) -> String {
    let mut s = String::new();
    push_plain(&mut s, text);
    s
}

fn push_plain(s: &mut String, text: &[Inline]) {
    for i in text {
        match i {
            Inline::Text(t) | Inline::Code(t) => s.push_str(t),
            Inline::Emph(t) | Inline::Strong(t) => push_plain(s, t),
            Inline::Link(l) => push_plain(s, &l.text),
            Inline::Cite(_) => {}
            Inline::Break => s.push(' '),
        }
    }
}

/// Plain text of a block.
pub(crate) fn block_plain(block: &Block) -> String {
    match block {
        Block::Para(t) | Block::Heading { text: t, .. } => plain(t),
        Block::Bullets(items) | Block::Numbered(items) => items
            .iter()
            .flat_map(|i| i.iter().map(block_plain))
            .collect::<Vec<_>>()
            .join(" "),
        Block::Quote(inner) => inner.iter().map(block_plain).collect::<Vec<_>>().join(" "),
        Block::Code(c) => c.clone(),
        Block::Table { head, rows } => head
            .iter()
            .chain(rows.iter().flatten())
            .map(|c| plain(c))
            .collect::<Vec<_>>()
            .join(" "),
    }
}
