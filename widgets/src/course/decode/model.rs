//! [`FromJs`] for every type of the course model, field for field as serde reads it.

use ler_content::model::*;
use wasm_bindgen::JsValue;

use super::{Decoded, FromJs, Obj, Tagged};

/// `impl FromJs` for a struct whose fields are read in the given way.
macro_rules! from_object {
    ($ty:ident { $($field:ident: $how:ident),* $(,)? }) => {
        impl FromJs for $ty {
            fn from_js(value: &JsValue) -> Decoded<Self> {
                let o = Obj::new(value)?;
                Ok($ty { $($field: o.$how(stringify!($field))?),* })
            }
        }
    };
}

impl FromJs for Inline {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        let t = Tagged::read(value)?;
        match t.tag.as_str() {
            "t" => t.inner().map(Inline::Text),
            "em" => t.inner().map(Inline::Emph),
            "b" => t.inner().map(Inline::Strong),
            "c" => t.inner().map(Inline::Code),
            "a" => t.inner().map(Inline::Link),
            "cite" => t.inner().map(Inline::Cite),
            "br" => t.unit(Inline::Break),
            _ => t.unknown("t, em, b, c, a, cite, br"),
        }
    }
}

from_object!(Link { to: req, text: req });

/// The fields of `Target::Module`.
struct ModuleTarget(Target);

impl FromJs for ModuleTarget {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        let o = Obj::new(value)?;
        Ok(ModuleTarget(Target::Module {
            module: o.req("module")?,
            section: o.opt("section")?,
        }))
    }
}

impl FromJs for Target {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        let t = Tagged::read(value)?;
        match t.tag.as_str() {
            "url" => t.inner().map(Target::Url),
            "module" => t.inner().map(|ModuleTarget(m)| m),
            "credential" => t.inner().map(Target::Credential),
            "term" => t.inner().map(Target::Term),
            _ => t.unknown("url, module, credential, term"),
        }
    }
}

/// The fields of `Block::Heading`.
struct Heading(Block);

impl FromJs for Heading {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        let o = Obj::new(value)?;
        Ok(Heading(Block::Heading {
            level: o.req("level")?,
            text: o.req("text")?,
        }))
    }
}

/// The fields of `Block::Table`.
struct Table(Block);

impl FromJs for Table {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        let o = Obj::new(value)?;
        Ok(Table(Block::Table {
            head: o.req("head")?,
            rows: o.req("rows")?,
        }))
    }
}

impl FromJs for Block {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        let t = Tagged::read(value)?;
        match t.tag.as_str() {
            "p" => t.inner().map(Block::Para),
            "h" => t.inner().map(|Heading(b)| b),
            "ul" => t.inner().map(Block::Bullets),
            "ol" => t.inner().map(Block::Numbered),
            "q" => t.inner().map(Block::Quote),
            "pre" => t.inner().map(Block::Code),
            "table" => t.inner().map(|Table(b)| b),
            _ => t.unknown("p, h, ul, ol, q, pre, table"),
        }
    }
}

from_object!(Course {
    format: req,
    id: req,
    title: req,
    summary: req,
    version: req,
    modules: req
});
from_object!(ModuleSummary {
    id: req,
    title: req,
    summary: req,
    order: req,
    minutes: req,
    sections: req
});
from_object!(SectionRef {
    id: req,
    title: req
});
from_object!(Module {
    format: req,
    course: req,
    id: req,
    title: req,
    summary: req,
    order: req,
    minutes: req,
    objectives: req,
    sections: req,
    references: req,
});
from_object!(LearningObjective { id: req, text: req });
from_object!(Section {
    id: req,
    title: req,
    body: req,
    kind: req
});

impl FromJs for SectionKind {
    fn from_js(value: &JsValue) -> Decoded<Self> {
        let t = Tagged::read(value)?;
        match t.tag.as_str() {
            "text" => t.unit(SectionKind::Text),
            "reflect" => t.inner().map(SectionKind::Reflection),
            "checklist" => t.inner().map(SectionKind::Checklist),
            "case" => t.inner().map(SectionKind::Case),
            _ => t.unknown("text, reflect, checklist, case"),
        }
    }
}

from_object!(ReflectionQuestion {
    id: req,
    prompt: req
});
from_object!(Checklist {
    id: req,
    title: req,
    groups: req
});
from_object!(ChecklistGroup {
    title: opt,
    items: req
});
from_object!(ChecklistItem {
    id: req,
    text: req,
    guidance: list,
    section: opt
});
from_object!(CaseExample { prompts: req });
from_object!(DiscussionPrompt { id: req, text: req });
from_object!(Reference {
    id: req,
    title: req,
    author: req,
    year: req,
    url: req,
    kind: req
});
from_object!(Library {
    format: req,
    course: req,
    resources: req,
    standards: req,
    credential_types: req,
    pathways: req,
    award_levels: list,
    glossary: req,
    references: req,
});
from_object!(Resource {
    id: req,
    title: req,
    publisher: req,
    kind: req,
    purpose: req,
    url: req,
    modules: req
});
from_object!(Standard {
    id: req,
    name: req,
    steward: req,
    version: req,
    date: req,
    represents: req,
    relations: req,
    url: req,
    sources: req,
});
from_object!(CredentialType {
    id: req,
    label: req,
    parent: opt,
    ctdl_class: opt,
    ob_achievement_type: opt,
    standards_note: opt,
    synonyms: list,
    definition: req,
    typical_size: opt,
    size: opt,
    assessment: opt,
    issuer: req,
    stackability: opt,
    modules: list,
    terms: list,
    sources: req,
});
from_object!(AwardLevel {
    id: req,
    label: req,
    short: req,
    size: req,
    source: req
});
from_object!(SizePlacement {
    levels: list,
    sources: req
});
from_object!(Pathway {
    id: req,
    title: req,
    steps: req,
    note: req,
    source: opt
});
from_object!(GlossaryTerm {
    id: req,
    term: req,
    synonyms: list,
    definition: req,
    sources: list
});
