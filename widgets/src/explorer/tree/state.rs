//! The learner's view of the hierarchy: which nodes are open, which one has the keyboard
//! focus (the roving tab stop), which one is selected.

use std::sync::Arc;

use super::filter::Filter;
use super::hierarchy::Hierarchy;
use super::keyboard::TypeAhead;
use super::set;

/// The learner's view of the hierarchy.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TreeState {
    pub(super) tree: Arc<Hierarchy>,
    pub(super) expanded: Vec<bool>,
    /// The expansion before filtering began, restored when the filter is cleared.
    pub(super) saved_expanded: Option<Vec<bool>>,
    pub(super) focused: Option<usize>,
    pub(super) selected: Option<usize>,
    pub(super) filter: Option<Filter>,
    pub(super) typeahead: TypeAhead,
}

impl TreeState {
    /// A tree showing its roots (or, with `expand_all`, every node), focus on the first root,
    /// nothing selected.
    pub(crate) fn new(tree: Arc<Hierarchy>, expand_all: bool) -> Self {
        let expanded = tree
            .nodes()
            .iter()
            .map(|n| expand_all && !n.children.is_empty())
            .collect();
        let focused = tree.roots().first().copied();
        Self {
            tree,
            expanded,
            saved_expanded: None,
            focused,
            selected: None,
            filter: None,
            typeahead: TypeAhead::default(),
        }
    }

    /// The focused node (the tree's one tab stop), if the tree shows anything.
    pub(crate) fn focused(&self) -> Option<usize> {
        self.focused
    }

    /// The selected node.
    pub(crate) fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The node that carries `tabindex="0"`: the focused one when visible, else the first
    /// visible node.
    pub(crate) fn tab_stop(&self) -> Option<usize> {
        self.focused
            .filter(|&f| self.is_visible(f))
            .or_else(|| self.first_visible())
    }

    /// Whether the filter keeps `i` (always, without a filter).
    pub(crate) fn in_scope(&self, i: usize) -> bool {
        match &self.filter {
            Some(f) => f.in_scope.get(i).copied().unwrap_or(false),
            None => i < self.tree.len(),
        }
    }

    /// The children of `i` that the filter keeps.
    pub(crate) fn scope_children(&self, i: usize) -> Vec<usize> {
        self.tree
            .children(i)
            .iter()
            .copied()
            .filter(|&c| self.in_scope(c))
            .collect()
    }

    pub(super) fn scope_roots(&self) -> Vec<usize> {
        self.tree
            .roots()
            .iter()
            .copied()
            .filter(|&r| self.in_scope(r))
            .collect()
    }

    pub(super) fn has_scope_children(&self, i: usize) -> bool {
        self.tree.children(i).iter().any(|&c| self.in_scope(c))
    }

    /// `aria-expanded`: `Some` on parent nodes only.
    pub(crate) fn expanded_state(&self, i: usize) -> Option<bool> {
        self.has_scope_children(i)
            .then(|| self.expanded.get(i).copied().unwrap_or(false))
    }

    /// Whether `i` is open (and has children to show).
    pub(crate) fn is_open(&self, i: usize) -> bool {
        self.expanded_state(i) == Some(true)
    }

    /// Whether `i` is shown: kept by the filter, and every ancestor open.
    pub(crate) fn is_visible(&self, i: usize) -> bool {
        self.in_scope(i) && self.tree.ancestors(i).all(|a| self.is_open(a))
    }

    /// `aria-level` (from 1).
    pub(crate) fn level(&self, i: usize) -> usize {
        self.tree.node(i).map_or(1, |n| n.depth + 1)
    }

    /// `aria-setsize` and `aria-posinset` of `i` among the siblings the filter keeps.
    pub(crate) fn set_size_and_position(&self, i: usize) -> (usize, usize) {
        let siblings = match self.tree.node(i).and_then(|n| n.parent) {
            Some(p) => self.scope_children(p),
            None => self.scope_roots(),
        };
        let position = siblings.iter().position(|&s| s == i).map_or(0, |p| p + 1);
        (siblings.len(), position)
    }

    /// The visible nodes, top to bottom.
    pub(crate) fn visible(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack: Vec<usize> = self.scope_roots().into_iter().rev().collect();
        while let Some(i) = stack.pop() {
            out.push(i);
            if self.is_open(i) {
                stack.extend(self.scope_children(i).into_iter().rev());
            }
        }
        out
    }

    pub(super) fn first_visible(&self) -> Option<usize> {
        self.scope_roots().first().copied()
    }

    // --- expansion --------------------------------------------------------------------

    /// Opens `i` if it is a parent. Returns whether anything changed.
    pub(crate) fn expand(&mut self, i: usize) -> bool {
        if self.expanded_state(i) == Some(false) {
            set(&mut self.expanded, i, true);
            true
        } else {
            false
        }
    }

    /// Closes `i`; focus inside it moves to `i`. Returns whether anything changed.
    pub(crate) fn collapse(&mut self, i: usize) -> bool {
        if self.expanded_state(i) != Some(true) {
            return false;
        }
        set(&mut self.expanded, i, false);
        if self.focused.is_some_and(|f| self.tree.is_ancestor(i, f)) {
            self.focused = Some(i);
        }
        true
    }

    /// Opens or closes `i`.
    pub(crate) fn toggle(&mut self, i: usize) -> bool {
        if self.is_open(i) {
            self.collapse(i)
        } else {
            self.expand(i)
        }
    }

    /// Opens every parent node the filter keeps.
    pub(crate) fn expand_all(&mut self) {
        for i in 0..self.tree.len() {
            if self.has_scope_children(i) {
                set(&mut self.expanded, i, true);
            }
        }
    }

    /// Closes every node; focus moves to its root.
    pub(crate) fn collapse_all(&mut self) {
        self.expanded.iter_mut().for_each(|e| *e = false);
        if let Some(f) = self.focused {
            self.focused = Some(self.tree.ancestors(f).last().unwrap_or(f));
        }
    }

    /// Opens the ancestors of `i` so it is visible (if the filter keeps it).
    pub(crate) fn reveal(&mut self, i: usize) {
        let ancestors: Vec<usize> = self.tree.ancestors(i).collect();
        for a in ancestors {
            if let Some(e) = self.expanded.get_mut(a) {
                *e = true;
            }
        }
    }

    // --- focus and selection ----------------------------------------------------------

    /// Moves focus to `i` if it is visible. Returns whether focus changed.
    pub(crate) fn focus(&mut self, i: usize) -> bool {
        if self.is_visible(i) && self.focused != Some(i) {
            self.focused = Some(i);
            true
        } else {
            false
        }
    }

    /// Selects `i` (a type picked in the tree, or from the details or pathways) and, when the
    /// filter keeps it, opens its ancestors and moves focus to it. Returns whether focus
    /// moved.
    pub(crate) fn select(&mut self, i: usize) -> bool {
        if i >= self.tree.len() {
            return false;
        }
        self.selected = Some(i);
        if self.in_scope(i) {
            self.reveal(i);
            let moved = self.focused != Some(i);
            self.focused = Some(i);
            moved
        } else {
            false
        }
    }

    /// Selects the type with `id`; `false` when there is none.
    pub(crate) fn select_id(&mut self, id: &str) -> bool {
        match self.tree.index_of(id) {
            Some(i) => {
                self.select(i);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use crate::explorer::tree::fixtures::*;

    #[test]
    fn starts_with_roots_only_or_everything_expanded() {
        let s = state(false);
        assert_eq!(visible(&s), ["credential", "qa"]);
        assert_eq!(focused(&s), "credential");
        assert_eq!(s.expanded_state(ix(&s, "credential")), Some(false));
        assert_eq!(
            s.expanded_state(ix(&s, "qa")),
            None,
            "leaves have no aria-expanded"
        );

        let all = state(true);
        assert_eq!(all.visible().len(), 11);
        assert_eq!(all.expanded_state(ix(&all, "degree")), Some(true));
    }

    #[test]
    fn setsize_and_posinset_count_siblings() {
        let s = state(true);
        assert_eq!(s.set_size_and_position(ix(&s, "credential")), (2, 1));
        assert_eq!(s.set_size_and_position(ix(&s, "qa")), (2, 2));
        assert_eq!(s.set_size_and_position(ix(&s, "degree")), (4, 3));
        assert_eq!(s.set_size_and_position(ix(&s, "aa")), (1, 1));
    }

    #[test]
    fn selecting_reveals_and_focuses() {
        let mut s = state(false);
        assert!(s.select(ix(&s, "aa")));
        assert_eq!(focused(&s), "aa");
        assert!(s.is_visible(ix(&s, "aa")));
        assert!(s.select_id("qa"));
        assert!(!s.select_id("nope"));
        assert_eq!(s.selected(), Some(ix(&s, "qa")));
        // Outside the filter: selected, but focus stays in the filtered tree.
        s.set_filter("badge");
        s.select(ix(&s, "certificate"));
        assert_eq!(s.selected(), Some(ix(&s, "certificate")));
        assert_ne!(focused(&s), "certificate");
    }

    #[test]
    fn expand_all_and_collapse_all() {
        let mut s = state(false);
        s.expand_all();
        assert_eq!(s.visible().len(), 11);
        s.focus(ix(&s, "aa"));
        s.collapse_all();
        assert_eq!(visible(&s), ["credential", "qa"]);
        assert_eq!(focused(&s), "credential");
    }
}
