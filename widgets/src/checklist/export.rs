//! A checklist with its ticks and notes as Markdown or CSV, for the learner to keep.

use crate::text_map::TextMap;

use ler_content::model::Checklist;

use crate::i18n::{Lang, Msg};
use crate::rich_text::plain;
use crate::store::ChecklistState;

/// What an export says besides the items.
#[derive(Debug, Clone, Default)]
pub(crate) struct ExportInfo<'a> {
    /// Where the checklist comes from ("From Records to Recognition · Module 1: …").
    pub context: Option<&'a str>,
    /// Section titles by id, for "Explained in".
    pub sections: Option<&'a TextMap<String>>,
    /// Include the learner's notes.
    pub notes: bool,
    /// The language of the export's own words (headings, "Note", the CSV header); the
    /// checklist's texts stay as the course wrote them.
    pub lang: Lang,
}

impl ExportInfo<'_> {
    fn section(&self, id: &Option<String>) -> Option<String> {
        let id = id.as_ref()?;
        Some(
            self.sections
                .and_then(|s| s.get(id))
                .cloned()
                .unwrap_or_else(|| id.clone()),
        )
    }
}

/// "4 of 9 done".
pub(crate) fn progress_text(lang: Lang, done: usize, total: usize) -> String {
    lang.count(Msg::DoneOf, &[("done", done), ("total", total)])
}

/// The checklist as Markdown: a task list under the group headings.
pub(crate) fn markdown(list: &Checklist, state: &ChecklistState, info: &ExportInfo<'_>) -> String {
    let total = list.items().count();
    let done = state.done_count(list.items().map(|i| i.id.as_str()));
    let lang = info.lang;
    let title = lang.fill(
        Msg::ExportChecklistTitle,
        &[("title", &md_escape(&list.title))],
    );
    let mut out = format!("# {title}\n\n");
    if let Some(context) = info.context {
        out.push_str(&format!("{}\n\n", md_escape(context)));
    }
    out.push_str(&format!("{}.\n", progress_text(lang, done, total)));
    for group in &list.groups {
        out.push('\n');
        if let Some(title) = &group.title {
            out.push_str(&format!("## {}\n\n", md_escape(title)));
        }
        for item in &group.items {
            let mark = if state.is_done(&item.id) { 'x' } else { ' ' };
            out.push_str(&format!("- [{mark}] {}\n", md_escape(&plain(&item.text))));
            let note = state.note(&item.id);
            if info.notes && !note.is_empty() {
                let label = lang.t(Msg::ExportNote);
                out.push_str(&format!("  - {label}: {}\n", md_escape(note)));
            }
            if let Some(section) = info.section(&item.section) {
                let label = lang.t(Msg::ExplainedIn);
                out.push_str(&format!("  - {label}: {}\n", md_escape(&section)));
            }
        }
    }
    out
}

/// The checklist as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
/// read the accents right): one row per item.
pub(crate) fn csv(list: &Checklist, state: &ChecklistState, info: &ExportInfo<'_>) -> String {
    let lang = info.lang;
    let mut out = String::from("\u{feff}");
    let mut header = vec![Msg::CsvGroup, Msg::CsvItem, Msg::CsvDone];
    if info.notes {
        header.push(Msg::ExportNote);
    }
    header.extend([Msg::ExplainedIn, Msg::CsvItemId]);
    push_row(&mut out, header.iter().map(|h| lang.t(*h).to_owned()));
    for group in &list.groups {
        for item in &group.items {
            let mut row = vec![
                group.title.clone().unwrap_or_default(),
                plain(&item.text),
                lang.t(if state.is_done(&item.id) {
                    Msg::Yes
                } else {
                    Msg::No
                })
                .to_owned(),
            ];
            if info.notes {
                row.push(state.note(&item.id).to_owned());
            }
            row.push(info.section(&item.section).unwrap_or_default());
            row.push(item.id.clone());
            push_row(&mut out, row.into_iter());
        }
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.map(|c| csv_cell(&c)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// Quotes a cell when it needs it, and defuses text a spreadsheet would run as a formula
/// (`=`, `+`, `-`, `@` and control characters at the start: OWASP's CSV-injection advice).
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Escapes what Markdown would read as markup, and folds line breaks.
pub(crate) fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A file name for the download: the list id, or "checklist".
pub(crate) fn file_name(list_id: &str, extension: &str) -> String {
    let stem: String = list_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .take(80)
        .collect();
    let stem = if stem.is_empty() { "checklist" } else { &stem };
    format!("{stem}.{extension}")
}

#[cfg(test)]
mod tests {
    use ler_content::model::{ChecklistGroup, ChecklistItem, Inline};

    use super::*;

    fn item(id: &str, text: &str, section: Option<&str>) -> ChecklistItem {
        ChecklistItem {
            id: id.into(),
            text: vec![
                Inline::Text(text.into()),
                Inline::Strong(vec![Inline::Text(" now".into())]),
            ],
            guidance: vec![],
            section: section.map(Into::into),
        }
    }

    fn list() -> Checklist {
        Checklist {
            id: "ri-checklist".into(),
            title: "Integrity controls".into(),
            groups: vec![
                ChecklistGroup {
                    title: Some("Identity & signing".into()),
                    items: vec![
                        item("keys", "Name the *office*", Some("pillar")),
                        item("revoke", "Decide revocation", None),
                    ],
                },
                ChecklistGroup {
                    title: None,
                    items: vec![item("fix", "=cmd, \"quoted\"", Some("missing"))],
                },
            ],
        }
    }

    fn state() -> ChecklistState {
        let mut s = ChecklistState::default();
        s.set_done("keys", true);
        s.set_note("keys", "Registrar, with IT");
        s.set_note("fix", "-1 formula?");
        s
    }

    fn sections() -> TextMap<String> {
        TextMap::from([("pillar".to_owned(), "Integrity pillar".to_owned())])
    }

    #[test]
    fn markdown_is_a_task_list_with_notes() {
        let sections = sections();
        let info = ExportInfo {
            context: Some("Course · Module 5"),
            sections: Some(&sections),
            notes: true,
            lang: Lang::En,
        };
        assert_eq!(
            markdown(&list(), &state(), &info),
            "# Checklist: Integrity controls\n\
             \n\
             Course · Module 5\n\
             \n\
             1 of 3 done.\n\
             \n\
             ## Identity & signing\n\
             \n\
             - [x] Name the \\*office\\* now\n  \
               - Note: Registrar, with IT\n  \
               - Explained in: Integrity pillar\n\
             - [ ] Decide revocation now\n\
             \n\
             - [ ] =cmd, \"quoted\" now\n  \
               - Note: -1 formula?\n  \
               - Explained in: missing\n"
        );
    }

    #[test]
    fn markdown_leaves_notes_out_when_asked() {
        let info = ExportInfo::default();
        let md = markdown(&list(), &state(), &info);
        assert!(!md.contains("Note:"));
        assert!(md.contains("- [x] Name the"));
    }

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let sections = sections();
        let info = ExportInfo {
            context: None,
            sections: Some(&sections),
            notes: true,
            lang: Lang::En,
        };
        assert_eq!(
            csv(&list(), &state(), &info),
            "\u{feff}Group,Item,Done,Note,Explained in,Item id\r\n\
             Identity & signing,Name the *office* now,yes,\"Registrar, with IT\",Integrity pillar,keys\r\n\
             Identity & signing,Decide revocation now,no,,,revoke\r\n\
             ,\"'=cmd, \"\"quoted\"\" now\",no,'-1 formula?,missing,fix\r\n"
        );
        let no_notes = csv(&list(), &state(), &ExportInfo::default());
        assert!(no_notes.starts_with("\u{feff}Group,Item,Done,Explained in,Item id\r\n"));
    }

    #[test]
    fn the_export_speaks_the_interface_language_and_keeps_the_content() {
        let info = ExportInfo {
            notes: true,
            lang: Lang::Es,
            ..ExportInfo::default()
        };
        let md = markdown(&list(), &state(), &info);
        assert!(
            md.starts_with("# Lista de verificación: Integrity controls\n"),
            "{md}"
        );
        assert!(md.contains("1 de 3 completados.\n"), "{md}");
        assert!(md.contains("  - Nota: Registrar, with IT\n"), "{md}");
        let csv = csv(&list(), &state(), &info);
        assert!(
            csv.starts_with("\u{feff}Grupo,Elemento,Hecho,Nota,Se explica en,Id. del elemento\r\n"),
            "{csv}"
        );
        assert!(csv.contains(",sí,"), "{csv}");
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name("ri-checklist", "md"), "ri-checklist.md");
        assert_eq!(file_name("../../etc", "csv"), "etc.csv");
        assert_eq!(file_name("", "csv"), "checklist.csv");
    }
}
