//! Where a learner is in a module: the sections visited and the one open last, so the
//! viewer can show progress and reopen the module where the learner left off.

use crate::text_map::TextSet;

use super::document::{Decoded, Document, Outcome, Reader, Writer};

/// Sections visited and the last one open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModulePlace {
    visited: TextSet,
    last: Option<String>,
}

impl ModulePlace {
    /// Records that `section` is open; returns whether anything changed.
    pub fn open(&mut self, section: &str) -> bool {
        let newly = self.visited.insert(section.to_owned());
        let moved = self.last.as_deref() != Some(section);
        if moved {
            self.last = Some(section.to_owned());
        }
        newly || moved
    }

    /// The section open last, if any.
    pub fn last(&self) -> Option<&str> {
        self.last.as_deref()
    }

    /// Whether `section` was visited.
    pub fn visited(&self, section: &str) -> bool {
        self.visited.contains(section)
    }

    /// How many of `sections` were visited (ids no longer in the content do not count).
    pub fn visited_count<'a>(&self, sections: impl IntoIterator<Item = &'a str>) -> usize {
        sections.into_iter().filter(|s| self.visited(s)).count()
    }
}

impl Document for ModulePlace {
    fn rebase(base: &Self, ours: &Self, theirs: &Self) -> Self {
        Self {
            visited: super::rebase::set(&base.visited, &ours.visited, &theirs.visited),
            // The section this tab opened, if it moved since `base`; else the other's.
            last: if ours.last == base.last {
                theirs.last.clone()
            } else {
                ours.last.clone()
            },
        }
    }

    fn encode(&self) -> String {
        let ids = self
            .visited
            .iter()
            .chain(self.last.iter())
            .map(String::as_str);
        let mut writer = Writer::new(ids);
        writer.ids("s", self.visited.iter().map(String::as_str));
        // An id list of one, so the shared prefix is applied (and undone) like the others.
        writer.ids("l", self.last.iter().map(String::as_str));
        writer.finish()
    }

    fn decode(text: &str) -> Decoded<Self> {
        match Reader::open(text, &["s", "l"]) {
            Ok(mut reader) => {
                let visited = reader.ids("s", "visited sections").into_iter().collect();
                let last = reader.ids("l", "last section").into_iter().next();
                reader.finish(Self { visited, last })
            }
            Err(why) => Decoded {
                value: Self::default(),
                outcome: Outcome::Unreadable(why),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_visits_and_the_last_section_and_round_trips() {
        let mut p = ModulePlace::default();
        assert!(p.open("ri-overview"));
        assert!(p.open("pillar-trust"));
        assert!(!p.open("pillar-trust"));
        assert_eq!(p.last(), Some("pillar-trust"));
        assert_eq!(p.visited_count(["ri-overview", "pillar-trust", "gone"]), 2);
        let decoded = ModulePlace::decode(&p.encode());
        assert_eq!(decoded.outcome, Outcome::Clean);
        assert_eq!(decoded.value, p);
    }

    #[test]
    fn the_last_section_survives_ids_that_share_a_prefix() {
        // Real modules' ids share a prefix (`wc-`), which the stored format writes once.
        // Enough of them that the prefix is worth writing once.
        let mut p = ModulePlace::default();
        for s in [
            "context",
            "hiring",
            "mobility",
            "alignment",
            "evidence",
            "case",
            "check",
        ] {
            p.open(&format!("wc-{s}"));
        }
        p.open("wc-reflection");
        assert!(p.encode().contains(r#""p":"wc-""#), "{}", p.encode());
        let decoded = ModulePlace::decode(&p.encode());
        assert_eq!(decoded.value.last(), Some("wc-reflection"));
        assert_eq!(decoded.value, p);
    }

    #[test]
    fn garbage_is_read_as_nothing_visited() {
        let decoded = ModulePlace::decode("not json");
        assert!(matches!(decoded.outcome, Outcome::Unreadable(_)));
        assert_eq!(decoded.value, ModulePlace::default());
    }
}
