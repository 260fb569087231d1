//! The learner's progress through a module, at a glance, and "export my notes".
//!
//! The counts and the Markdown are plain functions of the module and the stored documents
//! (tested natively); the component only reads the store's shared slots, so the summary
//! follows every tick and answer as it happens, in this widget or another on the page.

use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::{Module, SectionKind};

use crate::checklist::download::download;
use crate::checklist::export::{ExportInfo, markdown as checklist_markdown, md_escape};
use crate::rich_text::plain;
use crate::store::{ChecklistState, ModulePlace, Slot, Store, TextEntries};

/// Counts of what a learner has done in a module.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Progress {
    /// Sections opened at least once, of all sections.
    pub visited: (usize, usize),
    /// Reflection questions answered, of all.
    pub answered: (usize, usize),
    /// Checklist items done, of all.
    pub done: (usize, usize),
}

impl Progress {
    /// Counts `module` against the learner's documents.
    pub(crate) fn of(
        module: &Module,
        place: &ModulePlace,
        answers: &[(String, TextEntries)],
        lists: &[(String, ChecklistState)],
    ) -> Self {
        let mut p = Progress {
            visited: (
                place.visited_count(module.sections.iter().map(|s| s.id.as_str())),
                module.sections.len(),
            ),
            ..Progress::default()
        };
        for section in &module.sections {
            match &section.kind {
                SectionKind::Reflection(questions) => {
                    let entries = by_id(answers, &section.id);
                    p.answered.1 += questions.len();
                    p.answered.0 += questions
                        .iter()
                        .filter(|q| entries.is_some_and(|e| !e.get(&q.id).is_empty()))
                        .count();
                }
                SectionKind::Checklist(list) => {
                    p.done.1 += list.items().count();
                    if let Some(state) = by_id(lists, &list.id) {
                        p.done.0 += state.done_count(list.items().map(|i| i.id.as_str()));
                    }
                }
                _ => {}
            }
        }
        p
    }

    /// One sentence a learner understands at a glance.
    pub(crate) fn sentence(&self) -> String {
        let mut parts = vec![format!(
            "visited {} of {} sections",
            self.visited.0, self.visited.1
        )];
        if self.answered.1 > 0 {
            parts.push(format!(
                "answered {} of {} reflection questions",
                self.answered.0, self.answered.1
            ));
        }
        if self.done.1 > 0 {
            parts.push(format!(
                "done {} of {} checklist items",
                self.done.0, self.done.1
            ));
        }
        let last = parts.pop().unwrap_or_default();
        if parts.is_empty() {
            format!("So far you have {last}.")
        } else {
            format!("So far you have {} and {last}.", parts.join(", "))
        }
    }
}

/// A learner's documents for one module: place, answers by section id, checklists by list id.
type Documents = (
    ModulePlace,
    Vec<(String, TextEntries)>,
    Vec<(String, ChecklistState)>,
);

/// The document of section or list `id`: the last one when a hand-edited module repeats an
/// id. Pairs in a slice, not a hash map: a module has a few, and no hash table is compiled
/// for these value types.
fn by_id<'a, T>(docs: &'a [(String, T)], id: &str) -> Option<&'a T> {
    docs.iter().rev().find(|(d, _)| d == id).map(|(_, doc)| doc)
}

/// The learner's reflection answers and checklists of a module as Markdown.
pub(crate) fn notes_markdown(
    course_title: &str,
    module: &Module,
    answers: &[(String, TextEntries)],
    lists: &[(String, ChecklistState)],
) -> String {
    let mut out = format!(
        "# My notes: {}\n\n{} · Module {}\n",
        md_escape(&module.title),
        md_escape(course_title),
        module.order
    );
    let empty_answers = TextEntries::default();
    let empty_list = ChecklistState::default();
    for section in &module.sections {
        match &section.kind {
            SectionKind::Reflection(questions) => {
                out.push_str(&format!("\n## {}\n", md_escape(&section.title)));
                let entries = by_id(answers, &section.id).unwrap_or(&empty_answers);
                for q in questions {
                    out.push_str(&format!("\n### {}\n\n", md_escape(&plain(&q.prompt))));
                    let answer = entries.get(&q.id);
                    if answer.is_empty() {
                        out.push_str("*Not answered yet.*\n");
                    } else {
                        for line in answer.lines() {
                            out.push_str(&format!("> {}\n", md_escape(line)));
                        }
                    }
                }
            }
            SectionKind::Checklist(list) => {
                let state = by_id(lists, &list.id).unwrap_or(&empty_list);
                let info = ExportInfo {
                    notes: true,
                    ..ExportInfo::default()
                };
                // Demote the checklist's own headings one level under the module's.
                let md = checklist_markdown(list, state, &info);
                out.push('\n');
                for line in md.lines() {
                    if line.starts_with('#') {
                        out.push('#');
                    }
                    out.push_str(line);
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
    out
}

/// The slots a module's progress is read from.
#[derive(Clone)]
struct Slots {
    place: Slot<ModulePlace>,
    answers: Vec<(String, Slot<TextEntries>)>,
    lists: Vec<(String, Slot<ChecklistState>)>,
}

impl Slots {
    fn of(store: &Store, module: &Module) -> Self {
        let mut answers = Vec::new();
        let mut lists = Vec::new();
        for section in &module.sections {
            match &section.kind {
                SectionKind::Reflection(_) => answers.push((
                    section.id.clone(),
                    store.reflections(&module.course, &section.id),
                )),
                SectionKind::Checklist(list) => {
                    lists.push((list.id.clone(), store.checklist(&module.course, &list.id)))
                }
                _ => {}
            }
        }
        Slots {
            place: store.place(&module.course, &module.id),
            answers,
            lists,
        }
    }

    /// Reads every document (reactively when `tracked`).
    fn read(&self) -> Documents {
        let answers = self
            .answers
            .iter()
            .map(|(id, s)| (id.clone(), s.get()))
            .collect();
        let lists = self
            .lists
            .iter()
            .map(|(id, s)| (id.clone(), s.get()))
            .collect();
        (self.place.get(), answers, lists)
    }
}

/// The learner's place in a module: where they left off, and what they have done.
pub(crate) fn place_slot(module: &Module) -> Slot<ModulePlace> {
    Store::current().place(&module.course, &module.id)
}

/// "So far you have visited … " and the "Export my notes" button.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn ProgressSummary(
    /// The course title, for the export's heading.
    course_title: String,
    /// The module.
    module: Arc<Module>,
) -> impl IntoView {
    let slots = Slots::of(&Store::current(), &module);
    let summary = {
        let (slots, module) = (slots.clone(), module.clone());
        move || {
            let (place, answers, lists) = slots.read();
            Progress::of(&module, &place, &answers, &lists).sentence()
        }
    };
    let message = RwSignal::new(String::new());
    let root = NodeRef::<leptos::html::Div>::new();
    let export = move |_| {
        let (_, answers, lists) = slots.read();
        let text = notes_markdown(&course_title, &module, &answers, &lists);
        let Some(parent) = root.get_untracked() else {
            return;
        };
        let result = download(
            &parent,
            &format!("{}-notes.md", module.id),
            "text/markdown;charset=utf-8",
            &text,
        );
        message.set(match result {
            Ok(()) => "Your notes were saved as a Markdown file.".to_owned(),
            Err(why) => format!("Your notes could not be saved: {why}."),
        });
    };
    view! {
        <div class="ler-progress" node_ref=root>
            <p class="ler-progress-summary">{summary}</p>
            <button type="button" class="ler-secondary ler-export-notes" on:click=export>
                "Export my notes"
            </button>
            <p class="ler-progress-message" role="status">{move || message.get()}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ler_content::model::*;

    fn text(s: &str) -> Text {
        vec![Inline::Text(s.to_owned())]
    }

    fn module() -> Module {
        let item = |id: &str| ChecklistItem {
            id: id.into(),
            text: text(id),
            guidance: vec![],
            section: None,
        };
        Module {
            format: FORMAT_VERSION,
            course: "c".into(),
            id: "m".into(),
            title: "Records & trust".into(),
            summary: String::new(),
            order: 5,
            minutes: 5,
            objectives: vec![],
            sections: vec![
                Section {
                    id: "read".into(),
                    title: "Read".into(),
                    body: vec![],
                    kind: SectionKind::Text,
                },
                Section {
                    id: "list".into(),
                    title: "List".into(),
                    body: vec![],
                    kind: SectionKind::Checklist(Checklist {
                        id: "list".into(),
                        title: "Do".into(),
                        groups: vec![ChecklistGroup {
                            title: None,
                            items: vec![item("a"), item("b")],
                        }],
                    }),
                },
                Section {
                    id: "refl".into(),
                    title: "Reflect".into(),
                    body: vec![],
                    kind: SectionKind::Reflection(vec![
                        ReflectionQuestion {
                            id: "q1".into(),
                            prompt: text("Why?"),
                        },
                        ReflectionQuestion {
                            id: "q2".into(),
                            prompt: text("How?"),
                        },
                    ]),
                },
            ],
            references: vec![],
        }
    }

    fn learner() -> Documents {
        let mut place = ModulePlace::default();
        place.open("read");
        place.open("refl");
        let mut answers = TextEntries::default();
        answers.set("q1", "Because\nit matters.");
        let mut list = ChecklistState::default();
        list.set_done("b", true);
        list.set_done("removed-item", true);
        (
            place,
            vec![("refl".to_owned(), answers)],
            vec![("list".to_owned(), list)],
        )
    }

    #[test]
    fn progress_counts_only_what_the_content_still_has() {
        let (place, answers, lists) = learner();
        let p = Progress::of(&module(), &place, &answers, &lists);
        assert_eq!(
            p,
            Progress {
                visited: (2, 3),
                answered: (1, 2),
                done: (1, 2)
            }
        );
        assert_eq!(
            p.sentence(),
            "So far you have visited 2 of 3 sections, answered 1 of 2 reflection questions and done 1 of 2 checklist items."
        );
    }

    #[test]
    fn notes_export_has_answers_and_ticks() {
        let (_, answers, lists) = learner();
        let md = notes_markdown("Course", &module(), &answers, &lists);
        assert!(md.starts_with("# My notes: Records & trust\n"), "{md}");
        assert!(
            md.contains("### Why?\n\n> Because\n> it matters.\n"),
            "{md}"
        );
        assert!(md.contains("### How?\n\n*Not answered yet.*\n"), "{md}");
        assert!(md.contains("## Checklist: Do"), "{md}");
        assert!(md.contains("- [ ] a\n- [x] b\n"), "{md}");
    }
}
