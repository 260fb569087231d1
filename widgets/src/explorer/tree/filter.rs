//! The filter: which types match a query (ignoring case, spaces and punctuation), and the
//! view of the tree it leaves: matches, their ancestors (opened) and their subtrees.

use std::ops::Range;

use super::hierarchy::{Hierarchy, Node};
use super::set;
use super::state::TreeState;

/// Text reduced for matching: lower case, letters and digits only, each character with the
/// byte range it came from in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Folded {
    chars: Vec<char>,
    from: Vec<Range<usize>>,
}

impl Folded {
    fn new(text: &str) -> Self {
        let mut chars = Vec::new();
        let mut from = Vec::new();
        for (at, ch) in text.char_indices() {
            if ch.is_alphanumeric() {
                for lower in ch.to_lowercase() {
                    chars.push(lower);
                    from.push(at..at + ch.len_utf8());
                }
            }
        }
        Self { chars, from }
    }

    /// The original byte range of the first occurrence of `needle`.
    fn find(&self, needle: &[char]) -> Option<Range<usize>> {
        if needle.is_empty() || needle.len() > self.chars.len() {
            return None;
        }
        let start = self.chars.windows(needle.len()).position(|w| w == needle)?;
        let first = self.from.get(start)?;
        let last = self.from.get(start + needle.len() - 1)?;
        Some(first.start..last.end)
    }
}

/// Which text of a type matched the filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MatchField {
    /// The label.
    Label,
    /// The synonym with this index.
    Synonym(usize),
}

/// Where the filter matched a type: the field and the byte range of the match in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Match {
    /// The matching field.
    pub field: MatchField,
    /// Byte range of the match in that field's text.
    pub range: Range<usize>,
}

/// Finds `query` in a node's label or synonyms, ignoring case, spaces, hyphens and other
/// punctuation, so "micro-credential", "microcredential" and "Micro Credential" all find
/// "Micro-credential". The label wins over synonyms.
pub(crate) fn match_node(node: &Node, query: &str) -> Option<Match> {
    let needle = Folded::new(query).chars;
    if needle.is_empty() {
        return None;
    }
    if let Some(range) = Folded::new(&node.label).find(&needle) {
        return Some(Match {
            field: MatchField::Label,
            range,
        });
    }
    node.synonyms.iter().enumerate().find_map(|(i, s)| {
        Folded::new(s).find(&needle).map(|range| Match {
            field: MatchField::Synonym(i),
            range,
        })
    })
}

/// Whether a query has anything to match (not only spaces and punctuation).
pub(crate) fn is_meaningful_query(query: &str) -> bool {
    !Folded::new(query).chars.is_empty()
}

/// An applied filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Filter {
    pub(super) query: String,
    pub(super) matches: Vec<Option<Match>>,
    /// Matches, their ancestors and their descendants: the nodes the filter keeps.
    pub(super) in_scope: Vec<bool>,
    pub(super) count: usize,
}

impl Filter {
    pub(super) fn new(tree: &Hierarchy, query: &str) -> Self {
        let matches: Vec<Option<Match>> =
            tree.nodes().iter().map(|n| match_node(n, query)).collect();
        let mut in_scope = vec![false; tree.len()];
        for (i, m) in matches.iter().enumerate() {
            if m.is_some() {
                set(&mut in_scope, i, true);
                for a in tree.ancestors(i) {
                    set(&mut in_scope, a, true);
                }
            }
        }
        // Below a match, everything stays reachable (closed until the learner opens it).
        for i in tree.preorder() {
            let under_match = tree
                .ancestors(i)
                .any(|a| matches.get(a).is_some_and(Option::is_some));
            if under_match {
                set(&mut in_scope, i, true);
            }
        }
        let count = matches.iter().filter(|m| m.is_some()).count();
        Self {
            query: query.to_owned(),
            matches,
            in_scope,
            count,
        }
    }
}

impl TreeState {
    /// The applied filter's query, if any.
    pub(crate) fn query(&self) -> Option<&str> {
        self.filter.as_ref().map(|f| f.query.as_str())
    }

    /// How many types match the filter (`None` without a filter).
    pub(crate) fn match_count(&self) -> Option<usize> {
        self.filter.as_ref().map(|f| f.count)
    }

    /// Where the filter matched `i`.
    pub(crate) fn match_of(&self, i: usize) -> Option<&Match> {
        self.filter.as_ref()?.matches.get(i)?.as_ref()
    }

    /// Filters by label or synonym. Branches without a match are hidden, ancestors of
    /// matches are opened. An empty query (or only punctuation) removes the filter and
    /// restores the expansion from before filtering, with the focused node kept in view.
    pub(crate) fn set_filter(&mut self, query: &str) {
        if !is_meaningful_query(query) {
            if self.filter.take().is_some() {
                if let Some(saved) = self.saved_expanded.take() {
                    self.expanded = saved;
                }
                if let Some(f) = self.focused {
                    self.reveal(f);
                }
            }
            return;
        }
        if self.filter.is_none() {
            self.saved_expanded = Some(self.expanded.clone());
        }
        let filter = Filter::new(&self.tree, query);
        let mut expanded = vec![false; self.tree.len()];
        for (i, m) in filter.matches.iter().enumerate() {
            if m.is_some() {
                for a in self.tree.ancestors(i) {
                    set(&mut expanded, a, true);
                }
            }
        }
        self.expanded = expanded;
        self.filter = Some(filter);
        // The tab stop goes to the first match, so Tab or Down from the search box lands on
        // it; with no match, focus stays where it was, out of sight until the filter changes.
        let visible = self.visible();
        if let Some(first) = visible
            .iter()
            .copied()
            .find(|&i| self.match_of(i).is_some())
        {
            self.focused = Some(first);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;
    use crate::explorer::tree::fixtures::*;
    use crate::explorer::tree::keyboard::{Key, Outcome};

    #[test]
    fn filter_ignores_case_hyphens_and_spaces_and_reads_synonyms() {
        let t = Hierarchy::new(&types());
        let micro = t.node(t.index_of("micro").unwrap()).unwrap();
        for q in [
            "micro-credential",
            "microcredential",
            "micro credential",
            "MICRO–CREDENTIAL",
        ] {
            let m = match_node(micro, q).unwrap_or_else(|| panic!("{q}"));
            assert_eq!(m.field, MatchField::Label, "{q}");
            assert_eq!(&micro.label[m.range], "Micro-credential");
        }
        let m = match_node(micro, "nanodegree").unwrap();
        assert_eq!(m.field, MatchField::Synonym(1));
        assert_eq!(&micro.synonyms[1][m.range], "nano-degree");

        let bachelor = t.node(t.index_of("bachelor").unwrap()).unwrap();
        let m = match_node(bachelor, "bachelors").unwrap();
        assert_eq!(&bachelor.label[m.range], "Bachelor's");
        assert!(match_node(bachelor, "master").is_none());
        assert!(match_node(bachelor, " - ").is_none());
    }

    #[test]
    fn filter_hides_other_branches_and_opens_ancestors_of_matches() {
        let mut s = state(false);
        s.set_filter("arts");
        assert_eq!(s.match_count(), Some(1));
        assert_eq!(visible(&s), ["credential", "degree", "associate", "aa"]);
        assert_eq!(s.expanded_state(ix(&s, "associate")), Some(true));
        // Siblings are counted among what the filter keeps.
        assert_eq!(s.set_size_and_position(ix(&s, "degree")), (1, 1));
        assert_eq!(s.set_size_and_position(ix(&s, "credential")), (1, 1));
        assert!(!s.in_scope(ix(&s, "badge")));
        assert!(!s.in_scope(ix(&s, "bachelor")));
        assert_eq!(focused(&s), "aa", "focus moves to the first match");
        assert_eq!(s.tab_stop(), Some(ix(&s, "aa")));
    }

    #[test]
    fn filter_keeps_the_subtree_of_a_match_closed_but_reachable() {
        let mut s = state(false);
        s.set_filter("badge");
        // Badge, Digital badge and Open Badge (the label wins over the synonym "e-badge").
        assert_eq!(s.match_count(), Some(3));
        assert_eq!(
            visible(&s),
            ["credential", "badge", "digital-badge", "open-badge"]
        );
        s.set_filter("degree");
        // Degree's matching children show; the match itself is open because it is an
        // ancestor of matches; Micro-credential matches through "nano-degree".
        assert_eq!(
            visible(&s),
            [
                "credential",
                "degree",
                "associate",
                "aa",
                "bachelor",
                "micro"
            ]
        );
        s.set_filter("Credential");
        assert!(s.in_scope(ix(&s, "aa")), "under a match");
        assert_eq!(s.expanded_state(ix(&s, "degree")), Some(false));
        // Open Badge matches through its synonym "OpenBadgeCredential".
        assert_eq!(s.expanded_state(ix(&s, "badge")), Some(true));
    }

    #[test]
    fn filter_with_no_match_shows_nothing_and_clearing_restores() {
        let mut s = state(false);
        s.expand(ix(&s, "credential"));
        s.focus(ix(&s, "certificate"));
        s.set_filter("zzz");
        assert_eq!(s.match_count(), Some(0));
        assert!(s.visible().is_empty());
        assert_eq!(s.tab_stop(), None);
        assert_eq!(s.key(Key::Down, 0.0), Outcome::default());
        s.set_filter("");
        assert_eq!(s.match_count(), None);
        assert_eq!(
            visible(&s),
            [
                "credential",
                "badge",
                "certificate",
                "degree",
                "micro",
                "qa"
            ]
        );
        assert_eq!(focused(&s), "certificate");
    }

    #[test]
    fn clearing_the_filter_keeps_the_found_node_in_view() {
        let mut s = state(false);
        s.set_filter("bachelor");
        assert_eq!(focused(&s), "bachelor");
        s.set_filter("  ");
        assert!(s.is_visible(ix(&s, "bachelor")));
        assert_eq!(s.expanded_state(ix(&s, "associate")), Some(false));
    }
}
