//! Counts of what a compiled course holds (`ler-content stats`).

use std::collections::HashSet;

use serde::Serialize;

use super::Compiled;
use super::text::{section_word_count, word_count};
use crate::model::SectionKind;

/// What `stats` reports. Serialises with these field names, in this order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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
    /// Discussion prompts of the case examples.
    pub discussion_prompts: usize,
    /// References in `references.toml`.
    pub references: usize,
    /// Distinct references cited by the modules.
    pub cited_references: usize,
    /// Implementation-toolkit resources.
    pub resources: usize,
    /// Standards fact sheets.
    pub standards: usize,
    /// Credential types.
    pub credential_types: usize,
    /// Stackable pathways.
    pub pathways: usize,
    /// Glossary terms.
    pub glossary_terms: usize,
    /// Words of the modules' text: prose, objectives, questions, checklist items and their
    /// guidance, discussion prompts (not titles); whitespace-separated tokens that hold a
    /// letter or digit.
    pub words: usize,
}

impl Stats {
    /// Every count with its name, in declaration order (what `stats` prints).
    pub fn rows(&self) -> [(&'static str, usize); 15] {
        [
            ("modules", self.modules),
            ("objectives", self.objectives),
            ("reflection_questions", self.reflection_questions),
            ("checklists", self.checklists),
            ("checklist_items", self.checklist_items),
            ("case_examples", self.case_examples),
            ("discussion_prompts", self.discussion_prompts),
            ("references", self.references),
            ("cited_references", self.cited_references),
            ("resources", self.resources),
            ("standards", self.standards),
            ("credential_types", self.credential_types),
            ("pathways", self.pathways),
            ("glossary_terms", self.glossary_terms),
            ("words", self.words),
        ]
    }
}

/// Counts a compiled course.
pub fn stats(course: &Compiled) -> Stats {
    let library = &course.library;
    let mut s = Stats {
        modules: course.modules.len(),
        references: library.references.len(),
        resources: library.resources.len(),
        standards: library.standards.len(),
        credential_types: library.credential_types.len(),
        pathways: library.pathways.len(),
        glossary_terms: library.glossary.len(),
        ..Stats::default()
    };
    let mut cited: HashSet<&str> = HashSet::new();
    for m in &course.modules {
        s.objectives += m.objectives.len();
        s.words += m
            .objectives
            .iter()
            .map(|o| word_count(&o.text))
            .sum::<usize>();
        cited.extend(m.references.iter().map(|r| r.id.as_str()));
        for section in &m.sections {
            s.words += section_word_count(&section.body, &section.kind);
            match &section.kind {
                SectionKind::Text => {}
                SectionKind::Reflection(questions) => s.reflection_questions += questions.len(),
                SectionKind::Checklist(list) => {
                    s.checklists += 1;
                    s.checklist_items += list.items().count();
                }
                SectionKind::Case(case) => {
                    s.case_examples += 1;
                    s.discussion_prompts += case.prompts.len();
                }
            }
        }
    }
    s.cited_references = cited.len();
    s
}
