//! The state of one checklist: which items are done, and the learner's notes.

use crate::text_map::{TextMap, TextSet};

use super::document::{Decoded, Document, Outcome, Reader, Writer};

/// Longest note kept (the note field is "a short note").
pub(crate) const MAX_NOTE_CHARS: usize = 500;

/// Which items of a checklist are done, and the notes, by item id.
///
/// Ids are kept even when the content no longer has them, until the widget saves with
/// [`ChecklistState::retain`]: the learner is told first ([`ChecklistState::stale_ids`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChecklistState {
    done: TextSet,
    notes: TextMap<String>,
}

impl ChecklistState {
    /// Whether item `id` is done.
    pub fn is_done(&self, id: &str) -> bool {
        self.done.contains(id)
    }

    /// Marks item `id` done or not done; returns whether that changed anything.
    pub fn set_done(&mut self, id: &str, done: bool) -> bool {
        if done {
            self.done.insert(id.to_owned())
        } else {
            self.done.remove(id)
        }
    }

    /// The note on item `id` (empty when there is none).
    pub fn note(&self, id: &str) -> &str {
        self.notes.get(id).map_or("", String::as_str)
    }

    /// Sets the note on item `id`: line breaks become spaces, a blank note is removed, and
    /// a long one is cut to `MAX_NOTE_CHARS`. Returns whether that changed anything.
    pub fn set_note(&mut self, id: &str, note: &str) -> bool {
        let clean: String = note
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .take(MAX_NOTE_CHARS)
            .collect();
        if clean.trim().is_empty() {
            self.notes.remove(id).is_some()
        } else if self.notes.get(id) == Some(&clean) {
            false
        } else {
            self.notes.insert(id.to_owned(), clean);
            true
        }
    }

    /// How many of the items `ids` are done.
    pub fn done_count<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> usize {
        ids.into_iter().filter(|id| self.is_done(id)).count()
    }

    /// Ids with a tick or a note that `known` says are no longer in the content, sorted.
    pub fn stale_ids(&self, known: impl Fn(&str) -> bool) -> Vec<String> {
        let ids: TextSet = self.done.iter().chain(self.notes.keys()).cloned().collect();
        ids.into_iter().filter(|id| !known(id)).collect()
    }

    /// Drops every tick and note of ids that `known` does not know.
    pub fn retain(&mut self, known: impl Fn(&str) -> bool) {
        self.done.retain(|id| known(id));
        self.notes.retain(|id, _| known(id));
    }
}

impl Document for ChecklistState {
    fn rebase(base: &Self, ours: &Self, theirs: &Self) -> Self {
        Self {
            done: super::rebase::set(&base.done, &ours.done, &theirs.done),
            notes: super::rebase::map(&base.notes, &ours.notes, &theirs.notes),
        }
    }

    fn encode(&self) -> String {
        let ids = self
            .done
            .iter()
            .chain(self.notes.keys())
            .map(String::as_str);
        let mut writer = Writer::new(ids);
        writer.ids("d", self.done.iter().map(String::as_str));
        writer.texts("n", &self.notes);
        writer.finish()
    }

    fn decode(text: &str) -> Decoded<Self> {
        let mut reader = match Reader::open(text, &["d", "n"]) {
            Ok(reader) => reader,
            Err(why) => {
                return Decoded {
                    value: Self::default(),
                    outcome: Outcome::Unreadable(why),
                };
            }
        };
        let done = reader.ids("d", "ticks").into_iter().collect();
        let notes = reader.texts("n", "notes", MAX_NOTE_CHARS);
        reader.finish(Self { done, notes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(done: &[&str], notes: &[(&str, &str)]) -> ChecklistState {
        let mut s = ChecklistState::default();
        for id in done {
            s.set_done(id, true);
        }
        for (id, note) in notes {
            s.set_note(id, note);
        }
        s
    }

    #[test]
    fn round_trip_keeps_ticks_and_notes() {
        let s = state(
            &["wc-check-brief", "wc-check-request-log"],
            &[(
                "wc-check-equity",
                "Ask the disability office \"first\" — é ✓",
            )],
        );
        let text = s.encode();
        assert_eq!(
            text,
            r#"{"d":["brief","request-log"],"n":{"equity":"Ask the disability office \"first\" — é ✓"},"p":"wc-check-","v":1}"#
        );
        assert_eq!(
            ChecklistState::decode(&text),
            Decoded {
                value: s,
                outcome: Outcome::Clean
            }
        );
    }

    #[test]
    fn empty_state_is_tiny_and_empty() {
        let s = ChecklistState::default();
        assert!(s.is_empty());
        assert_eq!(s.encode(), r#"{"v":1}"#);
        assert_eq!(ChecklistState::decode(r#"{"v":1}"#).value, s);
    }

    #[test]
    fn notes_are_single_line_short_and_blank_means_none() {
        let mut s = ChecklistState::default();
        assert!(s.set_note("a", "line one\nline two"));
        assert_eq!(s.note("a"), "line one line two");
        assert!(!s.set_note("a", "line one line two"));
        assert!(s.set_note("a", "   "));
        assert_eq!(s.note("a"), "");
        s.set_note("b", &"x".repeat(900));
        assert_eq!(s.note("b").chars().count(), MAX_NOTE_CHARS);
    }

    #[test]
    fn unversioned_data_is_read_as_version_one_and_reported() {
        // Nothing older than version 1 was ever written; data without a version (a hand
        // edit, a development build) is read as version 1 and rewritten with one.
        let decoded = ChecklistState::decode(r#"{"d":["a","b"]}"#);
        assert_eq!(decoded.value, state(&["a", "b"], &[]));
        assert_eq!(
            decoded.outcome,
            Outcome::Partial(vec!["it had no valid format version".into()])
        );
        assert!(decoded.value.encode().contains(r#""v":1"#));
        let decoded = ChecklistState::decode(r#"{"v":"one","d":["a"]}"#);
        assert_eq!(decoded.value, state(&["a"], &[]));
        assert!(matches!(decoded.outcome, Outcome::Partial(_)));
    }

    #[test]
    fn corrupt_parts_are_dropped_and_the_rest_is_kept() {
        let decoded = ChecklistState::decode(
            r#"{"v":1,"d":["a",7,null,"","b"],"n":{"a":"fine","b":42},"x":true}"#,
        );
        assert_eq!(decoded.value, state(&["a", "b"], &[("a", "fine")]));
        assert_eq!(
            decoded.outcome,
            Outcome::Partial(vec![
                "an unknown part \"x\"".into(),
                "3 unreadable ticks".into(),
                "1 unreadable notes".into(),
            ])
        );
        // A whole field of the wrong shape.
        let decoded = ChecklistState::decode(r#"{"v":1,"d":{"a":1},"n":{"b":"kept"}}"#);
        assert_eq!(decoded.value, state(&[], &[("b", "kept")]));
        assert_eq!(decoded.outcome, Outcome::Partial(vec!["the ticks".into()]));
        // Over-long notes are cut, not dropped.
        let long = "y".repeat(MAX_NOTE_CHARS + 10);
        let decoded = ChecklistState::decode(&format!(r#"{{"v":1,"n":{{"a":"{long}"}}}}"#));
        assert_eq!(decoded.value.note("a").chars().count(), MAX_NOTE_CHARS);
        assert!(matches!(decoded.outcome, Outcome::Partial(_)));
    }

    #[test]
    fn garbage_is_unreadable_and_never_panics() {
        for text in [
            "",
            "not json",
            "[1,2,3]",
            "\"a string\"",
            "null",
            "{\"v\":1,\"d\":[",
            "\u{0}\u{1}",
        ] {
            let decoded = ChecklistState::decode(text);
            assert_eq!(decoded.value, ChecklistState::default(), "{text:?}");
            assert!(
                matches!(decoded.outcome, Outcome::Unreadable(_)),
                "{text:?}: {:?}",
                decoded.outcome
            );
        }
        // A number too large for f64 is still JSON (store::json keeps numbers as text), but
        // not a format version.
        let decoded = ChecklistState::decode("{\"v\":1e999}");
        assert_eq!(decoded.value, ChecklistState::default());
        assert_eq!(
            decoded.outcome,
            Outcome::Partial(vec!["it had no valid format version".to_owned()])
        );
        let huge = format!(r#"{{"v":1,"n":{{"a":"{}"}}}}"#, "z".repeat(300_000));
        assert!(matches!(
            ChecklistState::decode(&huge).outcome,
            Outcome::Unreadable(_)
        ));
        // Ids with control characters and a prefix of the wrong type.
        let decoded = ChecklistState::decode("{\"v\":1,\"p\":7,\"d\":[\"a\\u0000b\",\"c\"]}");
        assert_eq!(decoded.value, state(&["c"], &[]));
        assert!(matches!(decoded.outcome, Outcome::Partial(p) if p.len() == 2));
    }

    #[test]
    fn newer_versions_are_read_as_far_as_possible_and_flagged() {
        let decoded =
            ChecklistState::decode(r#"{"v":2,"d":["a"],"n":{"a":"kept"},"future":[1,2]}"#);
        assert_eq!(decoded.value, state(&["a"], &[("a", "kept")]));
        assert_eq!(decoded.outcome, Outcome::Newer(2));
        assert_eq!(
            ChecklistState::decode(r#"{"v":99999999999}"#).outcome,
            Outcome::Newer(u32::MAX)
        );
    }

    #[test]
    fn changed_content_keeps_known_ids_and_reports_removed_ones() {
        let mut s = state(
            &["kept", "removed-1"],
            &[("removed-2", "old note"), ("kept", "n")],
        );
        let known = |id: &str| ["kept", "new-item"].contains(&id);
        assert_eq!(s.stale_ids(known), vec!["removed-1", "removed-2"]);
        assert_eq!(s.done_count(["kept", "new-item"]), 1);
        s.retain(known);
        assert_eq!(s, state(&["kept"], &[("kept", "n")]));
        assert!(s.stale_ids(known).is_empty());
    }

    /// A checklist the size of the largest a module is likely to have, every item done and
    /// half of them with a note, plus a module's reflections with substantial answers: the
    /// state of one whole module must fit SCORM 1.2's 4,096-character `suspend_data`.
    #[test]
    fn encoded_size_of_a_large_checklist_and_a_modules_reflections() {
        use crate::store::TextEntries;

        const SCORM_12_SUSPEND_DATA: usize = 4096;
        // Ids shaped like the curriculum's (`ri-check-` + two words), 20 to 34 characters.
        let words = [
            "signing-keys",
            "revocation-status",
            "correction-owner",
            "issuer-profile",
            "evidence-links",
            "skills-alignment",
            "transparency-note",
            "retention-rule",
        ];
        let ids: Vec<String> = (0..40)
            .map(|i| format!("ri-check-{}-{i}", words[i % words.len()]))
            .collect();
        let mut list = ChecklistState::default();
        for (i, id) in ids.iter().enumerate() {
            list.set_done(id, true);
            if i % 2 == 0 {
                list.set_note(id, "Registrar and IT agree; revisit in spring.");
            }
        }
        let ticks_only = {
            let mut s = list.clone();
            for id in &ids {
                s.set_note(id, "");
            }
            s
        };
        // The first module of the curriculum: 11 items, all done, no notes.
        let module_ids = [
            "wc-check-request-log",
            "wc-check-employer-screening",
            "wc-check-outcomes-inventory",
            "wc-check-records-map",
            "wc-check-equity",
            "wc-check-state-context",
            "wc-check-local-count",
            "wc-check-cite-counts",
            "wc-check-criteria",
            "wc-check-verification-owner",
            "wc-check-brief",
        ];
        let mut real = ChecklistState::default();
        for id in module_ids {
            real.set_done(id, true);
        }
        // Five reflection answers of about 90 words each.
        let answer = "Most of the pressure comes from the continuing-education unit, which \
                      wants badges for its short courses. The provost's office asks what a \
                      badge would add to the transcript, and employers in the regional \
                      advisory board ask for evidence of skills rather than course titles. \
                      Our office should answer first.";
        let mut reflections = TextEntries::default();
        for id in [
            "wc-refl-pressure",
            "wc-refl-transcript",
            "wc-refl-mobility",
            "wc-refl-counts",
            "wc-refl-role",
        ] {
            reflections.set(id, answer);
        }
        let size = |s: &str| s.chars().count();
        // How an LMS backend keeps a module: one object of documents by key (without the
        // `ler-widgets/v1/<course>/` part, which the package knows).
        let module_data = format!(
            r#"{{"checklist/wc-checklist-case":{},"reflections/wc-reflection":{}}}"#,
            real.encode(),
            reflections.encode()
        );
        let large_module = format!(
            r#"{{"checklist/wc-checklist-case":{},"reflections/wc-reflection":{}}}"#,
            list.encode(),
            reflections.encode()
        );
        println!("encoded sizes (characters):");
        println!(
            "  40-item checklist, all done, 20 notes of 42 chars: {}",
            size(&list.encode())
        );
        println!(
            "  40-item checklist, all done, no notes:            {}",
            size(&ticks_only.encode())
        );
        println!(
            "  module 1's 11-item checklist, all done:           {}",
            size(&real.encode())
        );
        println!(
            "  5 reflection answers of {} chars:                {}",
            size(answer),
            size(&reflections.encode())
        );
        println!(
            "  module 1 (checklist + reflections), LMS form:     {}",
            size(&module_data)
        );
        println!(
            "  40-item checklist + reflections, LMS form:        {}",
            size(&large_module)
        );
        assert!(size(&ticks_only.encode()) < 900);
        assert!(size(&real.encode()) < 200);
        assert!(size(&module_data) < SCORM_12_SUSPEND_DATA / 2);
        assert!(size(&large_module) < SCORM_12_SUSPEND_DATA);
    }
}
