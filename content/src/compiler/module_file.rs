//! One module file: front matter, then Markdown whose `##` sections become the module.

use super::error::ContentError;
use super::front_matter::{self, FrontMatter};
use super::ids::{invalid_id, is_valid_id};
use super::location::{Place, SourceMap};
use super::markdown::{self, Use};
use super::sections;
use crate::model::{LearningObjective, Section};

/// A parsed module file and what must be checked against the rest of the course.
#[derive(Debug, Clone)]
pub(crate) struct ParsedModule {
    /// The front matter; `None` when it is invalid (the file still had its body checked).
    pub(crate) front: Option<FrontMatter>,
    /// Learning objectives.
    pub(crate) objectives: Vec<LearningObjective>,
    /// Sections in reading order (without the objectives).
    pub(crate) sections: Vec<Section>,
    /// Every id the file defines, with its place, for the course-wide uniqueness check.
    pub(crate) ids: Vec<(String, Place)>,
    /// Citations and course links, with their places.
    pub(crate) uses: Vec<(Use, Place)>,
    /// `section=` values of checklist items: sections of this module, by id.
    pub(crate) item_sections: Vec<(String, Place)>,
}

/// What the section builders share while reading one file.
pub(crate) struct Ctx<'a> {
    /// The file.
    pub(crate) map: &'a SourceMap<'a>,
    errors: &'a mut Vec<ContentError>,
    ids: Vec<(String, Place)>,
    item_sections: Vec<(String, Place)>,
}

impl Ctx<'_> {
    /// Records an error at byte `at`.
    pub(crate) fn error(&mut self, at: usize, message: impl Into<String>) {
        let e = self.map.error(at, message);
        self.errors.push(e);
    }

    /// Records an id defined at byte `at`, checking its syntax.
    pub(crate) fn define(&mut self, id: &str, at: usize) {
        if !is_valid_id(id) {
            self.error(at, invalid_id(id));
        }
        self.ids.push((id.to_owned(), self.map.place(at)));
    }

    /// Records a checklist item's `section=` value, written at byte `at`.
    pub(crate) fn item_section(&mut self, section: &str, at: usize) {
        let place = self.map.place(at);
        self.item_sections.push((section.to_owned(), place));
    }
}

/// Parses the module file `text`, shown in errors as `name`. Problems go to `errors`;
/// `None` when the file has no readable front matter and body at all.
pub(crate) fn parse(
    name: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<ParsedModule> {
    let map = SourceMap::new(name, text);
    let top = front_matter::parse(&map, text, errors)?;
    let body = text.get(top.body_start..).unwrap_or("");
    let mut uses = Vec::new();
    let blocks = markdown::parse(body, top.body_start, &map, errors, &mut uses);
    let mut ctx = Ctx {
        map: &map,
        errors,
        ids: Vec::new(),
        item_sections: Vec::new(),
    };
    if let Some(front) = &top.front {
        ctx.ids.push((front.id.clone(), front.id_at.clone()));
    }
    let body = sections::build(blocks, top.body_start, &mut ctx);
    let Ctx {
        ids, item_sections, ..
    } = ctx;
    Some(ParsedModule {
        front: top.front,
        objectives: body.objectives,
        sections: body.sections,
        ids,
        uses: uses
            .into_iter()
            .map(|(used, at)| (used, map.place(at)))
            .collect(),
        item_sections,
    })
}
