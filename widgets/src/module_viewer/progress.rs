//! The learner's progress through a module, at a glance, and "export my notes".
//!
//! The counts and the Markdown are plain functions of the module and the stored documents
//! (tested natively); the component only reads the store's shared slots, so the summary
//! follows every tick and answer as it happens, in this widget or another on the page.

use std::sync::Arc;

use leptos::prelude::*;
use ler_content::model::{Module, Section, SectionKind};

use crate::checklist::download::download;
use crate::checklist::export::{ExportInfo, markdown as checklist_markdown, md_escape};
use crate::i18n::{Lang, Msg};
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

/// What a learner has done in one section: the marks beside it in the table of contents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct SectionMarks {
    /// Opened at least once.
    pub(crate) visited: bool,
    /// Reflection questions answered, of the section's (`None`: it has none).
    pub(crate) answered: Option<(usize, usize)>,
    /// Checklist items done, of the section's (`None`: it has no checklist).
    pub(crate) done: Option<(usize, usize)>,
}

impl SectionMarks {
    /// Counts `section` against the learner's documents.
    pub(crate) fn of(
        section: &Section,
        place: &ModulePlace,
        answers: &[(String, TextEntries)],
        lists: &[(String, ChecklistState)],
    ) -> Self {
        let mut marks = SectionMarks {
            visited: place.visited(&section.id),
            ..SectionMarks::default()
        };
        match &section.kind {
            SectionKind::Reflection(questions) => {
                let entries = by_id(answers, &section.id);
                let answered = questions
                    .iter()
                    .filter(|q| entries.is_some_and(|e| !e.get(&q.id).is_empty()))
                    .count();
                marks.answered = Some((answered, questions.len()));
            }
            SectionKind::Checklist(list) => {
                let done = by_id(lists, &list.id).map_or(0, |state| {
                    state.done_count(list.items().map(|i| i.id.as_str()))
                });
                marks.done = Some((done, list.items().count()));
            }
            _ => {}
        }
        marks
    }

    /// The marks as words ("Visited · 1 of 2 answered"), shown under the section's title.
    pub(crate) fn text(&self, lang: Lang) -> String {
        let visited = if self.visited {
            Msg::Visited
        } else {
            Msg::NotVisited
        };
        let mut parts = vec![lang.t(visited).to_owned()];
        if let Some((answered, total)) = self.answered {
            parts.push(lang.count(Msg::AnsweredOf, &[("answered", answered), ("total", total)]));
        }
        if let Some((done, total)) = self.done {
            parts.push(lang.count(Msg::DoneOf, &[("done", done), ("total", total)]));
        }
        parts.join(" · ")
    }
}

impl Progress {
    /// Counts `module` against the learner's documents: the sum of its sections' marks.
    pub(crate) fn of(
        module: &Module,
        place: &ModulePlace,
        answers: &[(String, TextEntries)],
        lists: &[(String, ChecklistState)],
    ) -> Self {
        let add = |sum: &mut (usize, usize), part: Option<(usize, usize)>| {
            if let Some((n, of)) = part {
                sum.0 += n;
                sum.1 += of;
            }
        };
        let mut p = Progress::default();
        for section in &module.sections {
            let marks = SectionMarks::of(section, place, answers, lists);
            add(&mut p.visited, Some((usize::from(marks.visited), 1)));
            add(&mut p.answered, marks.answered);
            add(&mut p.done, marks.done);
        }
        p
    }

    /// What the progress bar shows: everything done (sections visited, questions answered,
    /// items done) of everything there is to do, so the bar is full exactly when the
    /// sentence says that all of it is done.
    pub(crate) fn bar(&self) -> (usize, usize) {
        (
            self.visited.0 + self.answered.0 + self.done.0,
            self.visited.1 + self.answered.1 + self.done.1,
        )
    }

    /// One sentence a learner understands at a glance.
    pub(crate) fn sentence(&self, lang: Lang) -> String {
        let of =
            |msg: Msg, (n, total): (usize, usize)| lang.count(msg, &[("n", n), ("total", total)]);
        let mut parts = vec![of(Msg::VisitedSections, self.visited)];
        if self.answered.1 > 0 {
            parts.push(of(Msg::AnsweredQuestions, self.answered));
        }
        if self.done.1 > 0 {
            parts.push(of(Msg::DoneItems, self.done));
        }
        lang.fill(Msg::SoFar, &[("list", &lang.list(&parts))])
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

/// The learner's reflection answers and checklists of a module as Markdown, its own words
/// (headings, "Not answered yet") in `lang`.
pub(crate) fn notes_markdown(
    course_title: &str,
    module: &Module,
    answers: &[(String, TextEntries)],
    lists: &[(String, ChecklistState)],
    lang: Lang,
) -> String {
    let title = lang.fill(Msg::MyNotes, &[("module", &md_escape(&module.title))]);
    let order = lang.number(usize::try_from(module.order).unwrap_or_default());
    let mut out = format!(
        "# {title}\n\n{} · {}\n",
        md_escape(course_title),
        lang.fill(Msg::ModuleN, &[("n", &order)])
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
                        out.push_str(&format!("*{}*\n", lang.t(Msg::NotAnswered)));
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
                    lang,
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

/// A learner's progress in one module, read from the store's shared slots (so it follows
/// every tick and answer, in this widget or another on the page). Shared by the summary
/// above the sections and the marks in the table of contents.
#[derive(Clone)]
pub(crate) struct ModuleProgress {
    slots: Slots,
    module: Arc<Module>,
}

impl ModuleProgress {
    pub(super) fn new(module: Arc<Module>) -> Self {
        Self {
            slots: Slots::of(&Store::current(), &module),
            module,
        }
    }

    /// The whole module's counts (reactive).
    pub(super) fn totals(&self) -> Progress {
        let (place, answers, lists) = self.slots.read();
        Progress::of(&self.module, &place, &answers, &lists)
    }

    /// Section `index`'s marks (reactive); default marks for an index out of range.
    pub(super) fn section(&self, index: usize) -> SectionMarks {
        let Some(section) = self.module.sections.get(index) else {
            return SectionMarks::default();
        };
        let (place, answers, lists) = self.slots.read();
        SectionMarks::of(section, &place, &answers, &lists)
    }
}

/// "So far you have visited … ", the progress bar it names, and the "Export my notes"
/// button.
#[component]
#[allow(
    unreachable_pub,
    reason = "#[component] makes the props struct `pub` whatever the function is"
)]
pub(crate) fn ProgressSummary(
    /// The course title, for the export's heading.
    course_title: String,
    /// The learner's progress in the module.
    progress: ModuleProgress,
    /// Prefix of this viewer's element ids.
    id_prefix: String,
) -> impl IntoView {
    let lang = Lang::current();
    let summary_id = format!("{id_prefix}progress");
    let summary = {
        let progress = progress.clone();
        move || progress.totals().sentence(lang)
    };
    let bar = {
        let progress = progress.clone();
        Memo::new(move |_| progress.totals().bar())
    };
    let message = RwSignal::new(String::new());
    let root = NodeRef::<leptos::html::Div>::new();
    let export = move |_| {
        let (_, answers, lists) = progress.slots.read();
        let module = &progress.module;
        let text = notes_markdown(&course_title, module, &answers, &lists, lang);
        let Some(parent) = root.get_untracked() else {
            return;
        };
        let result = download(
            &parent,
            &format!("{}-notes.md", module.id),
            "text/markdown;charset=utf-8",
            &text,
            lang,
        );
        message.set(match result {
            Ok(()) => lang.t(Msg::NotesSaved).to_owned(),
            Err(why) => lang.fill(Msg::NotesNotSaved, &[("why", &why)]),
        });
    };
    // The sentence is the bar's accessible name, so a screen reader hears the same counts
    // that the bar draws.
    view! {
        <div class="ler-progress" node_ref=root>
            <p id=summary_id.clone() class="ler-progress-summary">{summary}</p>
            <progress
                class="ler-progress-bar"
                aria-labelledby=summary_id
                max=move || bar.get().1.max(1).to_string()
                value=move || bar.get().0.to_string()
            ></progress>
            <button type="button" class="ler-secondary ler-export-notes" on:click=export>
                {lang.t(Msg::ExportMyNotes)}
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
            p.sentence(Lang::En),
            "So far you have visited 2 of 3 sections, answered 1 of 2 reflection questions and done 1 of 2 checklist items."
        );
        assert_eq!(
            p.sentence(Lang::Es),
            "Hasta ahora ha visitado 2 de 3 secciones, ha respondido 1 de 2 preguntas de \
             reflexión y ha completado 1 de 2 elementos de las listas de verificación."
        );
        let only_sections = Progress {
            visited: (0, 9),
            ..Progress::default()
        };
        assert_eq!(
            only_sections.sentence(Lang::En),
            "So far you have visited 0 of 9 sections."
        );
    }

    #[test]
    fn notes_export_has_answers_and_ticks() {
        let (_, answers, lists) = learner();
        let md = notes_markdown("Course", &module(), &answers, &lists, Lang::En);
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
