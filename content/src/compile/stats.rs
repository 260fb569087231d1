//! Counts of what a course holds (`ler-content stats`).

use std::collections::HashSet;

use serde::Serialize;

use super::Compiled;
use super::module_file::{block_plain, plain};
use crate::model::SectionKind;

/// What `stats` reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Modules.
    pub modules: usize,
    /// Learning objectives.
    pub objectives: usize,
    /// Reflection questions.
    pub reflection_questions: usize,
    /// Design checklists.
    pub checklists: usize,
    /// Checklist items.
    pub checklist_items: usize,
    /// Case examples.
    pub case_examples: usize,
    /// Discussion prompts of case examples.
    pub discussion_prompts: usize,
    /// References in references.toml.
    pub references: usize,
    /// Distinct references cited by modules.
    pub cited_references: usize,
    /// Toolkit resources.
    pub resources: usize,
    /// Standards fact sheets.
    pub standards: usize,
    /// Credential types.
    pub credential_types: usize,
    /// Stackable pathways.
    pub pathways: usize,
    /// Glossary terms.
    pub glossary_terms: usize,
    /// Words of module text (prose, objectives, questions, items, prompts).
    pub words: usize,
}

/// Counts a compiled course.
pub fn stats(c: &Compiled) -> Stats {
    let mut s = Stats {
        modules: c.modules.len(),
        objectives: 0,
        reflection_questions: 0,
        checklists: 0,
        checklist_items: 0,
        case_examples: 0,
        discussion_prompts: 0,
        references: c.library.references.len(),
        cited_references: 0,
        resources: c.library.resources.len(),
        standards: c.library.standards.len(),
        credential_types: c.library.credential_types.len(),
        pathways: c.library.pathways.len(),
        glossary_terms: c.library.glossary.len(),
        words: 0,
    };
    let mut cited: HashSet<&str> = HashSet::new();
    let words = |text: &str| text.split_whitespace().count();
    for m in &c.modules {
        s.objectives += m.objectives.len();
        s.words += m
            .objectives
            .iter()
            .map(|o| words(&plain(&o.text)))
            .sum::<usize>();
        cited.extend(m.references.iter().map(|r| r.id.as_str()));
        for section in &m.sections {
            s.words += section
                .body
                .iter()
                .map(|b| words(&block_plain(b)))
                .sum::<usize>();
            match &section.kind {
                SectionKind::Text => {}
                SectionKind::Reflection(q) => {
                    s.reflection_questions += q.len();
                    s.words += q.iter().map(|q| words(&plain(&q.prompt))).sum::<usize>();
                }
                SectionKind::Checklist(list) => {
                    s.checklists += 1;
                    for item in list.items() {
                        s.checklist_items += 1;
                        s.words += words(&plain(&item.text));
                        s.words += item
                            .guidance
                            .iter()
                            .map(|b| words(&block_plain(b)))
                            .sum::<usize>();
                    }
                }
                SectionKind::Case(case) => {
                    s.case_examples += 1;
                    s.discussion_prompts += case.prompts.len();
                    s.words += case
                        .prompts
                        .iter()
                        .map(|p| words(&plain(&p.text)))
                        .sum::<usize>();
                }
            }
        }
    }
    s.cited_references = cited.len();
    s
}
