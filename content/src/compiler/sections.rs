//! A module body: `##` headings split it into sections whose heading words decide the kind.
//!
//! `## Learning objectives`, `## Reflection questions`, `## Checklist: …`,
//! `## Case example: …`, anything else a reading section. The required ones are checked
//! here; ids are registered in [`Ctx`] for the course-wide checks. Checklists are read in
//! [`super::checklist`].

use std::ops::Range;

use super::checklist::checklist;
use super::items::{ItemHead, take_head};
use super::lower::lower;
use super::markdown::{IBlock, IItem};
use super::module_file::Ctx;
use super::text::{blocks_plain, finish, plain};
use crate::model::{
    Block, CaseExample, Checklist, DiscussionPrompt, Inline, LearningObjective, ReflectionQuestion,
    Section, SectionKind,
};

/// The objectives and the sections of a module.
#[derive(Debug, Default)]
pub(crate) struct Body {
    /// Learning objectives.
    pub(crate) objectives: Vec<LearningObjective>,
    /// Sections in reading order.
    pub(crate) sections: Vec<Section>,
}

/// A `##` heading.
struct Head {
    title: String,
    id: Option<String>,
    span: Range<usize>,
}

/// Builds the module body from its top-level blocks (`body_start`: where the body begins).
pub(crate) fn build(blocks: Vec<IBlock>, body_start: usize, ctx: &mut Ctx<'_>) -> Body {
    let mut groups: Vec<(Head, Vec<IBlock>)> = Vec::new();
    let mut stray = None;
    for block in blocks {
        match block {
            IBlock::Heading {
                level: 2,
                text,
                id,
                span,
            } => {
                let title = plain(&finish(text)).trim().to_owned();
                groups.push((Head { title, id, span }, Vec::new()));
            }
            other => match groups.last_mut() {
                Some((_, body)) => body.push(other),
                None => {
                    stray.get_or_insert(other.start().unwrap_or(body_start));
                }
            },
        }
    }
    if let Some(at) = stray {
        ctx.error(
            at,
            "text before the first ## section heading belongs to no section",
        );
    }
    let mut body = Body::default();
    let mut seen = Seen::default();
    for (head, blocks) in groups {
        let id = match &head.id {
            Some(id) => {
                let at = ctx
                    .map
                    .find(head.span.clone(), &format!("{{#{id}"))
                    .map_or(head.span.start, |i| i + 2);
                ctx.define(id, at);
                id.clone()
            }
            None => {
                ctx.error(
                    head.span.start,
                    format!(
                        "section '{}' needs an id: end its heading with {{#some-id}}",
                        head.title
                    ),
                );
                String::new()
            }
        };
        let at = head.span.start;
        let section = if head.title.eq_ignore_ascii_case("learning objectives") {
            if seen.objectives {
                ctx.error(at, "a module has one Learning objectives section");
            }
            seen.objectives = true;
            body.objectives = objectives(blocks, at, ctx);
            None
        } else if head.title.eq_ignore_ascii_case("reflection questions") {
            let (intro, questions) = reflection(blocks, at, ctx);
            Some(Section {
                id: id.clone(),
                title: head.title,
                body: intro,
                kind: SectionKind::Reflection(questions),
            })
        } else if let Some(title) = titled(&head.title, "checklist:", at, ctx) {
            let (intro, groups) = checklist(blocks, at, ctx);
            Some(Section {
                id: id.clone(),
                title: title.clone(),
                body: intro,
                kind: SectionKind::Checklist(Checklist {
                    id: id.clone(),
                    title,
                    groups,
                }),
            })
        } else if let Some(title) = titled(&head.title, "case example:", at, ctx) {
            let (story, prompts) = case(blocks, at, ctx);
            Some(Section {
                id: id.clone(),
                title,
                body: story,
                kind: SectionKind::Case(CaseExample { prompts }),
            })
        } else {
            Some(Section {
                id: id.clone(),
                title: head.title,
                body: lower(blocks, ctx),
                kind: SectionKind::Text,
            })
        };
        if let Some(section) = section {
            match section.kind {
                SectionKind::Text => {}
                SectionKind::Reflection(_) => seen.reflection = true,
                SectionKind::Checklist(_) => seen.checklist = true,
                SectionKind::Case(_) => seen.case = true,
            }
            if !id.is_empty() {
                body.sections.push(section);
            }
        }
    }
    required(&seen, ctx);
    body
}

/// Which required kinds of section a module has.
#[derive(Debug, Default)]
struct Seen {
    objectives: bool,
    reflection: bool,
    checklist: bool,
    case: bool,
}

/// The title after a `Checklist:` / `Case example:` prefix, if the heading has the prefix.
fn titled(heading: &str, prefix: &str, at: usize, ctx: &mut Ctx<'_>) -> Option<String> {
    let head = heading.get(..prefix.len())?;
    if !head.eq_ignore_ascii_case(prefix) {
        return None;
    }
    let title = heading.get(prefix.len()..).unwrap_or("").trim();
    if title.is_empty() {
        ctx.error(at, format!("write a title after '{prefix}'"));
    }
    Some(title.to_owned())
}

fn required(seen: &Seen, ctx: &mut Ctx<'_>) {
    for (present, heading) in [
        (seen.objectives, "## Learning objectives {#id}"),
        (seen.reflection, "## Reflection questions {#id}"),
        (seen.checklist, "## Checklist: <title> {#id}"),
        (seen.case, "## Case example: <title> {#id}"),
    ] {
        if !present {
            ctx.error(0, format!("the module has no '{heading}' section"));
        }
    }
}

/// Reports what an item that is a single paragraph with an id may not have.
fn plain_item(head: &ItemHead, what: &str, item_at: usize, ctx: &mut Ctx<'_>) {
    for attr in &head.attrs {
        ctx.error(
            attr.at,
            format!(
                "'{}' is not an attribute of a {what} (only checklist items take section=…)",
                attr.key
            ),
        );
    }
    if !head.rest.is_empty() {
        let at = head.rest.first().and_then(IBlock::start).unwrap_or(item_at);
        ctx.error(
            at,
            format!("a {what} is a single paragraph ending with its {{#id}}"),
        );
    }
}

/// Items of a list of single-paragraph items with ids: (id, text) each.
fn id_items(items: Vec<IItem>, what: &str, ctx: &mut Ctx<'_>) -> Vec<(String, Vec<Inline>)> {
    let mut out = Vec::new();
    for item in items {
        let at = item.span.start;
        if item.task.is_some() {
            ctx.error(
                at,
                format!("a {what} is not a task: '- [ ]' belongs in a Checklist section"),
            );
        }
        if let Some(head) = take_head(item, what, ctx) {
            plain_item(&head, what, at, ctx);
            out.push((head.id, finish(head.text)));
        }
    }
    out
}

fn objectives(blocks: Vec<IBlock>, at: usize, ctx: &mut Ctx<'_>) -> Vec<LearningObjective> {
    let mut out = Vec::new();
    let mut listed = false;
    for block in blocks {
        match block {
            IBlock::List { items, .. } => {
                listed = true;
                out.extend(
                    id_items(items, "learning objective", ctx)
                        .into_iter()
                        .map(|(id, text)| LearningObjective { id, text }),
                );
            }
            other => ctx.error(
                other.start().unwrap_or(at),
                "the Learning objectives section holds only a list of objectives",
            ),
        }
    }
    if !listed {
        ctx.error(
            at,
            "no learning objectives listed: add a bulleted list, each item ending with {#id}",
        );
    }
    out
}

fn reflection(
    blocks: Vec<IBlock>,
    at: usize,
    ctx: &mut Ctx<'_>,
) -> (Vec<Block>, Vec<ReflectionQuestion>) {
    let mut intro = Vec::new();
    let mut questions = Vec::new();
    let mut listed = false;
    for block in blocks {
        match block {
            IBlock::List { items, .. } => {
                listed = true;
                questions.extend(
                    id_items(items, "reflection question", ctx)
                        .into_iter()
                        .map(|(id, prompt)| ReflectionQuestion { id, prompt }),
                );
            }
            other if !listed => intro.push(other),
            other => ctx.error(
                other.start().unwrap_or(at),
                "nothing may follow the list of reflection questions",
            ),
        }
    }
    if !listed {
        ctx.error(
            at,
            "no reflection questions listed: add a list, each item ending with {#id}",
        );
    }
    (lower(intro, ctx), questions)
}

fn case(blocks: Vec<IBlock>, at: usize, ctx: &mut Ctx<'_>) -> (Vec<Block>, Vec<DiscussionPrompt>) {
    let mut story = Vec::new();
    let mut prompts = Vec::new();
    let mut discussion = false;
    let mut listed = false;
    for block in blocks {
        match block {
            IBlock::Heading { ref text, .. }
                if !discussion && plain(text).trim().eq_ignore_ascii_case("discussion") =>
            {
                discussion = true;
            }
            IBlock::List { items, .. } if discussion => {
                listed = true;
                prompts.extend(
                    id_items(items, "discussion prompt", ctx)
                        .into_iter()
                        .map(|(id, text)| DiscussionPrompt { id, text }),
                );
            }
            other if !discussion => story.push(other),
            other => ctx.error(
                other.start().unwrap_or(at),
                "after '### Discussion' only the list of prompts may follow",
            ),
        }
    }
    if !listed {
        ctx.error(
            at,
            "a case example ends with '### Discussion' and a list of prompts, each ending with {#id}",
        );
    }
    let story = lower(story, ctx);
    if !blocks_plain(&story).to_lowercase().contains("composite") {
        ctx.error(
            at,
            "a case example must say that its institution is a composite (the word 'composite' \
             is missing from its text)",
        );
    }
    (story, prompts)
}
