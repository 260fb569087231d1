//! Three-way merges for documents: this tab's changes since `base`, applied to what
//! another tab wrote meanwhile (`theirs`).
//!
//! Documents are sets and maps keyed by content ids, so a change is "this id was added,
//! changed or removed". An id this tab did not touch takes the other tab's value; an id
//! both touched keeps this tab's (it is the one being re-sent).

use crate::text_map::{TextMap, TextSet};

/// `theirs` with the ids added to or removed from `base` in `ours` added or removed.
pub(crate) fn set(base: &TextSet, ours: &TextSet, theirs: &TextSet) -> TextSet {
    let mut out = theirs.clone();
    for added in ours.difference(base) {
        out.insert(added.clone());
    }
    for removed in base.difference(ours) {
        out.remove(removed);
    }
    out
}

/// `theirs` with the entries `ours` added, changed or removed since `base` done again.
pub(crate) fn map(
    base: &TextMap<String>,
    ours: &TextMap<String>,
    theirs: &TextMap<String>,
) -> TextMap<String> {
    let mut out = theirs.clone();
    for (id, value) in ours {
        if base.get(id) != Some(value) {
            out.insert(id.clone(), value.clone());
        }
    }
    for id in base.keys() {
        if !ours.contains_key(id) {
            out.remove(id);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(ids: &[&str]) -> TextSet {
        ids.iter().map(|&i| i.to_owned()).collect()
    }

    fn m(entries: &[(&str, &str)]) -> TextMap<String> {
        entries
            .iter()
            .map(|&(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    }

    #[test]
    fn sets_keep_both_sides_changes() {
        // Base {x, y}; this tab added a and removed x; the other added b and removed y.
        let merged = set(&s(&["x", "y"]), &s(&["a", "y"]), &s(&["b", "x"]));
        assert_eq!(merged, s(&["a", "b"]));
        // Nothing changed here: theirs as it is.
        assert_eq!(set(&s(&["x"]), &s(&["x"]), &s(&[])), s(&[]));
    }

    #[test]
    fn maps_keep_both_sides_changes_and_ours_wins_on_the_same_id() {
        let base = m(&[("q1", "old"), ("q2", "kept"), ("q3", "gone")]);
        let ours = m(&[("q1", "ours"), ("q2", "kept")]);
        let theirs = m(&[
            ("q1", "theirs"),
            ("q2", "changed there"),
            ("q3", "gone"),
            ("q4", "new"),
        ]);
        assert_eq!(
            map(&base, &ours, &theirs),
            m(&[("q1", "ours"), ("q2", "changed there"), ("q4", "new")])
        );
    }
}
