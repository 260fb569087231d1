//! The credential hierarchy as a tree a keyboard can walk: plain data, no DOM.
//!
//! [`Hierarchy`] is the shape of the tree, built once from `Library.credential_types`.
//! [`TreeState`] is what the learner has done with it: which nodes are open, which one has
//! the keyboard focus (the roving tab stop), which one is selected, the filter and the
//! type-ahead buffer. Every rule of the WAI-ARIA tree view pattern lives here, so it is tested
//! natively; the component only maps keys to [`Key`] and state to attributes.
//! [`CompareSet`] holds the two or three types picked for comparison.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use ler_content::model::CredentialType;

/// How long a pause (in milliseconds) ends a type-ahead string.
pub const TYPEAHEAD_RESET_MS: f64 = 500.0;

/// How many types can be compared at once.
pub const COMPARE_LIMIT: usize = 3;

/// One credential type in the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// The type's id.
    pub id: String,
    /// Display name.
    pub label: String,
    /// Other names a searcher might type.
    pub synonyms: Vec<String>,
    /// Parent node, `None` for a root.
    pub parent: Option<usize>,
    /// Child nodes, in content order.
    pub children: Vec<usize>,
    /// Distance from the root (roots are 0).
    pub depth: usize,
    /// Index of the type in the list the hierarchy was built from.
    pub source: usize,
}

/// The shape of the credential hierarchy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hierarchy {
    nodes: Vec<Node>,
    roots: Vec<usize>,
    by_id: HashMap<String, usize>,
}

impl Hierarchy {
    /// Builds the tree. Types whose `parent` is missing or unknown are roots. Content is
    /// checked by the compiler, but a hand-edited file must not break the widget: a repeated
    /// id keeps its first type, and a type whose parents loop back to it becomes a root.
    pub fn new(types: &[CredentialType]) -> Self {
        let mut nodes: Vec<Node> = Vec::with_capacity(types.len());
        let mut by_id = HashMap::with_capacity(types.len());
        for (source, ty) in types.iter().enumerate() {
            if by_id.contains_key(&ty.id) {
                continue;
            }
            by_id.insert(ty.id.clone(), nodes.len());
            nodes.push(Node {
                id: ty.id.clone(),
                label: ty.label.clone(),
                synonyms: ty.synonyms.clone(),
                parent: None,
                children: Vec::new(),
                depth: 0,
                source,
            });
        }
        let mut parents: Vec<Option<usize>> = nodes
            .iter()
            .map(|n| {
                let own = types.get(n.source).and_then(|t| t.parent.as_deref());
                own.and_then(|p| by_id.get(p).copied())
            })
            .collect();
        for (i, parent) in parents.iter_mut().enumerate() {
            if *parent == Some(i) {
                *parent = None;
            }
        }
        // Break cycles: a node whose chain of parents comes back to it becomes a root.
        for i in 0..parents.len() {
            let mut at = parents.get(i).copied().flatten();
            for _ in 0..parents.len() {
                match at {
                    Some(p) if p == i => {
                        set(&mut parents, i, None);
                        break;
                    }
                    Some(p) => at = parents.get(p).copied().flatten(),
                    None => break,
                }
            }
        }
        let mut roots = Vec::new();
        for (i, parent) in parents.iter().enumerate() {
            if let Some(node) = nodes.get_mut(i) {
                node.parent = *parent;
            }
            match parent.and_then(|p| nodes.get_mut(p)) {
                Some(p) => p.children.push(i),
                None => roots.push(i),
            }
        }
        let mut stack: Vec<(usize, usize)> = roots.iter().map(|&r| (r, 0)).collect();
        while let Some((i, depth)) = stack.pop() {
            if let Some(node) = nodes.get_mut(i) {
                node.depth = depth;
                stack.extend(node.children.iter().map(|&c| (c, depth + 1)));
            }
        }
        Self {
            nodes,
            roots,
            by_id,
        }
    }

    /// Number of types.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether there are no types.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// A node by index.
    pub fn node(&self, i: usize) -> Option<&Node> {
        self.nodes.get(i)
    }

    /// Every node, in content order.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The roots, in content order.
    pub fn roots(&self) -> &[usize] {
        &self.roots
    }

    /// The node of a type id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The ancestors of `i`, nearest first.
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.node(i).and_then(|n| n.parent), move |&p| {
            self.node(p).and_then(|n| n.parent)
        })
    }

    /// Whether `ancestor` is a proper ancestor of `i`.
    pub fn is_ancestor(&self, ancestor: usize, i: usize) -> bool {
        self.ancestors(i).any(|a| a == ancestor)
    }

    /// Every node in depth-first order (the order of the fully expanded tree).
    pub fn preorder(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.nodes.len());
        let mut stack: Vec<usize> = self.roots.iter().rev().copied().collect();
        while let Some(i) = stack.pop() {
            out.push(i);
            if let Some(n) = self.node(i) {
                stack.extend(n.children.iter().rev());
            }
        }
        out
    }

    fn children(&self, i: usize) -> &[usize] {
        self.node(i).map(|n| n.children.as_slice()).unwrap_or(&[])
    }
}

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
pub enum MatchField {
    /// The label.
    Label,
    /// The synonym with this index.
    Synonym(usize),
}

/// Where the filter matched a type: the field and the byte range of the match in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// The matching field.
    pub field: MatchField,
    /// Byte range of the match in that field's text.
    pub range: Range<usize>,
}

/// Finds `query` in a node's label or synonyms, ignoring case, spaces, hyphens and other
/// punctuation, so "micro-credential", "microcredential" and "Micro Credential" all find
/// "Micro-credential". The label wins over synonyms.
pub fn match_node(node: &Node, query: &str) -> Option<Match> {
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
pub fn is_meaningful_query(query: &str) -> bool {
    !Folded::new(query).chars.is_empty()
}

/// An applied filter.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Filter {
    query: String,
    matches: Vec<Option<Match>>,
    /// Matches, their ancestors and their descendants: the nodes the filter keeps.
    in_scope: Vec<bool>,
    count: usize,
}

impl Filter {
    fn new(tree: &Hierarchy, query: &str) -> Self {
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

/// A key the tree responds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// Down arrow: next visible node.
    Down,
    /// Up arrow: previous visible node.
    Up,
    /// Right arrow: open a closed node, or go to the first child of an open one.
    Right,
    /// Left arrow: close an open node, or go to the parent.
    Left,
    /// Home: first node.
    Home,
    /// End: last visible node.
    End,
    /// Enter or Space: select the focused node.
    Select,
    /// `*`: open every sibling of the focused node.
    ExpandSiblings,
    /// A printable character: type-ahead.
    Char(char),
}

impl Key {
    /// The key for a DOM `KeyboardEvent.key` value; `None` for keys the tree leaves alone.
    /// Callers skip events with Ctrl, Alt or Meta held, which belong to the browser.
    pub fn from_dom(key: &str) -> Option<Self> {
        Some(match key {
            "ArrowDown" | "Down" => Self::Down,
            "ArrowUp" | "Up" => Self::Up,
            "ArrowRight" | "Right" => Self::Right,
            "ArrowLeft" | "Left" => Self::Left,
            "Home" => Self::Home,
            "End" => Self::End,
            "Enter" | " " | "Spacebar" => Self::Select,
            "*" => Self::ExpandSiblings,
            other => {
                let mut chars = other.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) if !c.is_control() && !c.is_whitespace() => Self::Char(c),
                    _ => return None,
                }
            }
        })
    }
}

/// What handling a key did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcome {
    /// The key was the tree's (the event's default action should be prevented).
    pub handled: bool,
    /// The focused node changed: move DOM focus to it.
    pub focus_moved: bool,
    /// The selection changed.
    pub selected: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct TypeAhead {
    buffer: String,
    last: Option<f64>,
}

/// The learner's view of the hierarchy.
#[derive(Debug, Clone, PartialEq)]
pub struct TreeState {
    tree: Arc<Hierarchy>,
    expanded: Vec<bool>,
    /// The expansion before filtering began, restored when the filter is cleared.
    saved_expanded: Option<Vec<bool>>,
    focused: Option<usize>,
    selected: Option<usize>,
    filter: Option<Filter>,
    typeahead: TypeAhead,
}

impl TreeState {
    /// A tree showing its roots (or, with `expand_all`, every node), focus on the first root,
    /// nothing selected.
    pub fn new(tree: Arc<Hierarchy>, expand_all: bool) -> Self {
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

    /// The hierarchy.
    pub fn tree(&self) -> &Arc<Hierarchy> {
        &self.tree
    }

    /// The focused node (the tree's one tab stop), if the tree shows anything.
    pub fn focused(&self) -> Option<usize> {
        self.focused
    }

    /// The selected node.
    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The node that carries `tabindex="0"`: the focused one when visible, else the first
    /// visible node.
    pub fn tab_stop(&self) -> Option<usize> {
        self.focused
            .filter(|&f| self.is_visible(f))
            .or_else(|| self.first_visible())
    }

    /// Whether the filter keeps `i` (always, without a filter).
    pub fn in_scope(&self, i: usize) -> bool {
        match &self.filter {
            Some(f) => f.in_scope.get(i).copied().unwrap_or(false),
            None => i < self.tree.len(),
        }
    }

    /// The children of `i` that the filter keeps.
    pub fn scope_children(&self, i: usize) -> Vec<usize> {
        self.tree
            .children(i)
            .iter()
            .copied()
            .filter(|&c| self.in_scope(c))
            .collect()
    }

    fn scope_roots(&self) -> Vec<usize> {
        self.tree
            .roots()
            .iter()
            .copied()
            .filter(|&r| self.in_scope(r))
            .collect()
    }

    fn has_scope_children(&self, i: usize) -> bool {
        self.tree.children(i).iter().any(|&c| self.in_scope(c))
    }

    /// `aria-expanded`: `Some` on parent nodes only.
    pub fn expanded_state(&self, i: usize) -> Option<bool> {
        self.has_scope_children(i)
            .then(|| self.expanded.get(i).copied().unwrap_or(false))
    }

    /// Whether `i` is open (and has children to show).
    pub fn is_open(&self, i: usize) -> bool {
        self.expanded_state(i) == Some(true)
    }

    /// Whether `i` is shown: kept by the filter, and every ancestor open.
    pub fn is_visible(&self, i: usize) -> bool {
        self.in_scope(i) && self.tree.ancestors(i).all(|a| self.is_open(a))
    }

    /// `aria-level` (from 1).
    pub fn level(&self, i: usize) -> usize {
        self.tree.node(i).map_or(1, |n| n.depth + 1)
    }

    /// `aria-setsize` and `aria-posinset` of `i` among the siblings the filter keeps.
    pub fn set_size_and_position(&self, i: usize) -> (usize, usize) {
        let siblings = match self.tree.node(i).and_then(|n| n.parent) {
            Some(p) => self.scope_children(p),
            None => self.scope_roots(),
        };
        let position = siblings.iter().position(|&s| s == i).map_or(0, |p| p + 1);
        (siblings.len(), position)
    }

    /// The visible nodes, top to bottom.
    pub fn visible(&self) -> Vec<usize> {
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

    fn first_visible(&self) -> Option<usize> {
        self.scope_roots().first().copied()
    }

    // --- the filter -------------------------------------------------------------------

    /// The applied filter's query, if any.
    pub fn query(&self) -> Option<&str> {
        self.filter.as_ref().map(|f| f.query.as_str())
    }

    /// How many types match the filter (`None` without a filter).
    pub fn match_count(&self) -> Option<usize> {
        self.filter.as_ref().map(|f| f.count)
    }

    /// Where the filter matched `i`.
    pub fn match_of(&self, i: usize) -> Option<&Match> {
        self.filter.as_ref()?.matches.get(i)?.as_ref()
    }

    /// Filters by label or synonym. Branches without a match are hidden, ancestors of
    /// matches are opened. An empty query (or only punctuation) removes the filter and
    /// restores the expansion from before filtering, with the focused node kept in view.
    pub fn set_filter(&mut self, query: &str) {
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

    // --- expansion --------------------------------------------------------------------

    /// Opens `i` if it is a parent. Returns whether anything changed.
    pub fn expand(&mut self, i: usize) -> bool {
        if self.expanded_state(i) == Some(false) {
            set(&mut self.expanded, i, true);
            true
        } else {
            false
        }
    }

    /// Closes `i`; focus inside it moves to `i`. Returns whether anything changed.
    pub fn collapse(&mut self, i: usize) -> bool {
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
    pub fn toggle(&mut self, i: usize) -> bool {
        if self.is_open(i) {
            self.collapse(i)
        } else {
            self.expand(i)
        }
    }

    /// Opens every parent node the filter keeps.
    pub fn expand_all(&mut self) {
        for i in 0..self.tree.len() {
            if self.has_scope_children(i) {
                set(&mut self.expanded, i, true);
            }
        }
    }

    /// Closes every node; focus moves to its root.
    pub fn collapse_all(&mut self) {
        self.expanded.iter_mut().for_each(|e| *e = false);
        if let Some(f) = self.focused {
            self.focused = Some(self.tree.ancestors(f).last().unwrap_or(f));
        }
    }

    /// Opens the ancestors of `i` so it is visible (if the filter keeps it).
    pub fn reveal(&mut self, i: usize) {
        let ancestors: Vec<usize> = self.tree.ancestors(i).collect();
        for a in ancestors {
            if let Some(e) = self.expanded.get_mut(a) {
                *e = true;
            }
        }
    }

    // --- focus and selection ----------------------------------------------------------

    /// Moves focus to `i` if it is visible. Returns whether focus changed.
    pub fn focus(&mut self, i: usize) -> bool {
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
    pub fn select(&mut self, i: usize) -> bool {
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
    pub fn select_id(&mut self, id: &str) -> bool {
        match self.tree.index_of(id) {
            Some(i) => {
                self.select(i);
                true
            }
            None => false,
        }
    }

    /// Responds to a key pressed on the focused node. `now_ms` is a clock in milliseconds,
    /// for the type-ahead pause.
    pub fn key(&mut self, key: Key, now_ms: f64) -> Outcome {
        let Some(current) = self.tab_stop() else {
            return Outcome::default();
        };
        // A focus left on a node the filter hid is put back on the tab stop first.
        let repaired = self.focused != Some(current);
        self.focused = Some(current);
        let visible = self.visible();
        let at = visible.iter().position(|&v| v == current).unwrap_or(0);
        let go = |state: &mut Self, target: Option<usize>| -> bool {
            match target {
                Some(t) if t != current => {
                    state.focused = Some(t);
                    true
                }
                _ => false,
            }
        };
        let mut outcome = Outcome {
            handled: true,
            ..Outcome::default()
        };
        match key {
            Key::Down => outcome.focus_moved = go(self, visible.get(at + 1).copied()),
            Key::Up => {
                let previous = at.checked_sub(1).and_then(|p| visible.get(p).copied());
                outcome.focus_moved = go(self, previous);
            }
            Key::Home => outcome.focus_moved = go(self, visible.first().copied()),
            Key::End => outcome.focus_moved = go(self, visible.last().copied()),
            Key::Right => match self.expanded_state(current) {
                Some(false) => {
                    self.expand(current);
                }
                Some(true) => {
                    let first = self.scope_children(current).first().copied();
                    outcome.focus_moved = go(self, first);
                }
                None => {}
            },
            Key::Left => {
                if self.is_open(current) {
                    self.collapse(current);
                } else {
                    let parent = self.tree.node(current).and_then(|n| n.parent);
                    outcome.focus_moved = go(self, parent);
                }
            }
            Key::Select => {
                outcome.selected = self.selected != Some(current);
                self.selected = Some(current);
            }
            Key::ExpandSiblings => {
                let siblings = match self.tree.node(current).and_then(|n| n.parent) {
                    Some(p) => self.scope_children(p),
                    None => self.scope_roots(),
                };
                for s in siblings {
                    self.expand(s);
                }
            }
            Key::Char(c) => outcome.focus_moved = self.type_ahead(c, now_ms),
        }
        if !matches!(key, Key::Char(_)) {
            self.typeahead = TypeAhead::default();
        }
        outcome.focus_moved |= repaired;
        outcome
    }

    /// Type-ahead: focus moves to the next visible node whose label starts with the typed
    /// string. Characters typed within [`TYPEAHEAD_RESET_MS`] of each other add to the
    /// string; repeating one character cycles through the nodes starting with it. Returns
    /// whether focus moved.
    pub fn type_ahead(&mut self, c: char, now_ms: f64) -> bool {
        let fresh = self
            .typeahead
            .last
            .is_none_or(|last| now_ms - last > TYPEAHEAD_RESET_MS || now_ms < last);
        if fresh {
            self.typeahead.buffer.clear();
        }
        self.typeahead.last = Some(now_ms);
        self.typeahead.buffer.extend(c.to_lowercase());

        let visible = self.visible();
        if visible.is_empty() {
            return false;
        }
        let at = self
            .focused
            .and_then(|f| visible.iter().position(|&v| v == f))
            .unwrap_or(0);
        let buffer = self.typeahead.buffer.clone();
        let mut chars = buffer.chars();
        let first = chars.next().map(String::from).unwrap_or_default();
        let repeated = chars.clone().all(|ch| first.starts_with(ch));
        let several = buffer.chars().count() > 1;
        // A longer string may still match the focused node; a new or repeated character
        // looks from the next node on.
        let found = several
            .then(|| self.find_label(&visible, at, &buffer))
            .flatten()
            .or_else(|| {
                (!several || repeated)
                    .then(|| self.find_label(&visible, at + 1, &first))
                    .flatten()
            });
        match found {
            Some(i) if self.focused != Some(i) => {
                self.focused = Some(i);
                true
            }
            _ => false,
        }
    }

    fn find_label(&self, visible: &[usize], from: usize, prefix: &str) -> Option<usize> {
        let n = visible.len();
        (0..n)
            .filter_map(|k| visible.get((from + k) % n).copied())
            .find(|&i| {
                self.tree
                    .node(i)
                    .is_some_and(|node| node.label.to_lowercase().starts_with(prefix))
            })
    }
}

/// What a click on "Compare" did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompareChange {
    /// The type was added.
    Added,
    /// The type was removed.
    Removed,
    /// Already [`COMPARE_LIMIT`] types: nothing changed.
    Full,
}

/// The types picked for comparison, in the order picked, at most [`COMPARE_LIMIT`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompareSet {
    items: Vec<usize>,
}

impl CompareSet {
    /// The picked nodes, in the order picked.
    pub fn items(&self) -> &[usize] {
        &self.items
    }

    /// Whether `i` is picked.
    pub fn contains(&self, i: usize) -> bool {
        self.items.contains(&i)
    }

    /// Whether no more can be added.
    pub fn is_full(&self) -> bool {
        self.items.len() >= COMPARE_LIMIT
    }

    /// Number picked.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether none is picked.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Adds `i`, unless the set is full.
    pub fn add(&mut self, i: usize) -> CompareChange {
        if self.contains(i) {
            CompareChange::Added
        } else if self.is_full() {
            CompareChange::Full
        } else {
            self.items.push(i);
            CompareChange::Added
        }
    }

    /// Removes `i`.
    pub fn remove(&mut self, i: usize) -> CompareChange {
        self.items.retain(|&x| x != i);
        CompareChange::Removed
    }

    /// Adds `i` if absent (and there is room), removes it if present.
    pub fn toggle(&mut self, i: usize) -> CompareChange {
        if self.contains(i) {
            self.remove(i)
        } else {
            self.add(i)
        }
    }

    /// Removes every type.
    pub fn clear(&mut self) {
        self.items.clear();
    }
}

/// Sets `v[i]`; an index out of range is ignored (indexes come from the same tree, so it
/// never is, but a panic here would stop every widget on the page).
fn set<T>(v: &mut [T], i: usize, value: T) {
    if let Some(slot) = v.get_mut(i) {
        *slot = value;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

    fn ty(id: &str, label: &str, parent: Option<&str>, synonyms: &[&str]) -> CredentialType {
        CredentialType {
            id: id.into(),
            label: label.into(),
            parent: parent.map(Into::into),
            ctdl_class: None,
            ob_achievement_type: None,
            standards_note: None,
            synonyms: synonyms.iter().map(|s| (*s).to_owned()).collect(),
            definition: String::new(),
            typical_size: None,
            size: None,
            assessment: None,
            issuer: String::new(),
            stackability: None,
            modules: vec![],
            terms: vec![],
            sources: vec![],
        }
    }

    /// ```text
    /// Credential
    /// ├── Badge
    /// │   ├── Digital badge
    /// │   └── Open Badge
    /// ├── Certificate
    /// ├── Degree
    /// │   ├── Associate degree
    /// │   │   └── Associate of Arts degree
    /// │   └── Bachelor's degree
    /// └── Micro-credential
    /// Quality assurance credential   (a second root)
    /// ```
    fn types() -> Vec<CredentialType> {
        vec![
            ty(
                "credential",
                "Credential",
                None,
                &["award", "qualification"],
            ),
            ty("badge", "Badge", Some("credential"), &[]),
            ty(
                "digital-badge",
                "Digital badge",
                Some("badge"),
                &["e-badge"],
            ),
            ty(
                "open-badge",
                "Open Badge",
                Some("badge"),
                &["OpenBadgeCredential"],
            ),
            ty("certificate", "Certificate", Some("credential"), &[]),
            ty("degree", "Degree", Some("credential"), &[]),
            ty("associate", "Associate degree", Some("degree"), &[]),
            ty("aa", "Associate of Arts degree", Some("associate"), &[]),
            ty(
                "bachelor",
                "Bachelor's degree",
                Some("degree"),
                &["baccalaureate"],
            ),
            ty(
                "micro",
                "Micro-credential",
                Some("credential"),
                &["microcredential", "nano-degree"],
            ),
            ty(
                "qa",
                "Quality assurance credential",
                None,
                &["accreditation"],
            ),
        ]
    }

    fn state(expand_all: bool) -> TreeState {
        TreeState::new(Arc::new(Hierarchy::new(&types())), expand_all)
    }

    fn ix(s: &TreeState, id: &str) -> usize {
        s.tree().index_of(id).unwrap()
    }

    fn ids(s: &TreeState, nodes: &[usize]) -> Vec<String> {
        nodes
            .iter()
            .map(|&i| s.tree().node(i).unwrap().id.clone())
            .collect()
    }

    fn visible(s: &TreeState) -> Vec<String> {
        ids(s, &s.visible())
    }

    fn focused(s: &TreeState) -> String {
        s.tree().node(s.focused().unwrap()).unwrap().id.clone()
    }

    fn press(s: &mut TreeState, key: Key) -> Outcome {
        s.key(key, 0.0)
    }

    /// Types `c` at `now` ms and checks that focus lands on `expected`.
    #[track_caller]
    fn type_to(s: &mut TreeState, c: char, now: f64, expected: &str) -> bool {
        let moved = s.type_ahead(c, now);
        assert_eq!(focused(s), expected);
        moved
    }

    /// Presses `key` and checks that focus lands on `expected`.
    #[track_caller]
    fn press_to(s: &mut TreeState, key: Key, expected: &str) -> Outcome {
        let o = press(s, key);
        assert_eq!(focused(s), expected);
        o
    }

    #[test]
    fn builds_roots_children_and_depths_in_content_order() {
        let s = state(false);
        let t = s.tree();
        assert_eq!(ids(&s, t.roots()), ["credential", "qa"]);
        let degree = t.node(ix(&s, "degree")).unwrap();
        assert_eq!(ids(&s, &degree.children), ["associate", "bachelor"]);
        assert_eq!(s.level(ix(&s, "aa")), 4);
        assert_eq!(s.level(ix(&s, "credential")), 1);
    }

    #[test]
    fn unknown_parents_cycles_and_repeated_ids_do_not_break_the_tree() {
        let mut list = types();
        list.push(ty("orphan", "Orphan", Some("no-such-type"), &[]));
        list.push(ty("loop-a", "Loop A", Some("loop-b"), &[]));
        list.push(ty("loop-b", "Loop B", Some("loop-a"), &[]));
        list.push(ty("self", "Self", Some("self"), &[]));
        list.push(ty("badge", "Badge again", None, &[]));
        let t = Hierarchy::new(&list);
        let root_ids: Vec<&str> = t
            .roots()
            .iter()
            .map(|&r| t.node(r).unwrap().id.as_str())
            .collect();
        assert_eq!(root_ids, ["credential", "qa", "orphan", "loop-a", "self"]);
        assert_eq!(t.len(), 15);
        assert_eq!(
            t.preorder().len(),
            15,
            "every node is reachable exactly once"
        );
        assert_eq!(t.node(t.index_of("badge").unwrap()).unwrap().label, "Badge");
    }

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
    fn right_opens_then_enters_and_left_closes_then_climbs() {
        let mut s = state(false);
        let o = press(&mut s, Key::Right);
        assert!(o.handled && !o.focus_moved);
        assert_eq!(s.expanded_state(ix(&s, "credential")), Some(true));
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
        assert!(press_to(&mut s, Key::Right, "badge").focus_moved);
        // Right on a closed parent opens it and stays.
        press_to(&mut s, Key::Right, "badge");
        press_to(&mut s, Key::Right, "digital-badge");
        // Right on a leaf does nothing.
        assert!(!press_to(&mut s, Key::Right, "digital-badge").focus_moved);
        // Left on a leaf goes to the parent; on an open parent it closes it.
        press_to(&mut s, Key::Left, "badge");
        press(&mut s, Key::Left);
        assert_eq!(s.expanded_state(ix(&s, "badge")), Some(false));
        assert_eq!(focused(&s), "badge");
        press_to(&mut s, Key::Left, "credential");
        press(&mut s, Key::Left);
        assert_eq!(s.expanded_state(ix(&s, "credential")), Some(false));
        // Left on a closed root does nothing.
        assert!(!press_to(&mut s, Key::Left, "credential").focus_moved);
    }

    #[test]
    fn up_and_down_stop_at_the_edges_and_home_end_jump() {
        let mut s = state(true);
        assert!(!press_to(&mut s, Key::Up, "credential").focus_moved);
        press(&mut s, Key::Down);
        press_to(&mut s, Key::Down, "digital-badge");
        press_to(&mut s, Key::End, "qa");
        assert!(!press_to(&mut s, Key::Down, "qa").focus_moved);
        press_to(&mut s, Key::Up, "micro");
        press_to(&mut s, Key::Home, "credential");
    }

    #[test]
    fn down_skips_the_children_of_closed_nodes() {
        let mut s = state(false);
        s.expand(ix(&s, "credential"));
        s.focus(ix(&s, "degree"));
        press_to(&mut s, Key::Down, "micro");
    }

    #[test]
    fn collapsing_an_ancestor_pulls_focus_up_to_it() {
        let mut s = state(true);
        s.focus(ix(&s, "aa"));
        assert!(s.collapse(ix(&s, "degree")));
        assert_eq!(focused(&s), "degree");
        assert!(!s.collapse(ix(&s, "aa")), "a leaf cannot be collapsed");
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
    fn enter_or_space_selects_the_focused_node_only() {
        let mut s = state(false);
        assert_eq!(s.selected(), None);
        let o = press(&mut s, Key::Select);
        assert!(o.selected);
        assert_eq!(s.selected(), Some(ix(&s, "credential")));
        press(&mut s, Key::Down);
        assert_eq!(
            s.selected(),
            Some(ix(&s, "credential")),
            "focus alone does not select"
        );
    }

    #[test]
    fn star_expands_every_sibling_without_moving_focus() {
        let mut s = state(false);
        s.expand(ix(&s, "credential"));
        s.focus(ix(&s, "certificate"));
        press(&mut s, Key::ExpandSiblings);
        assert_eq!(s.expanded_state(ix(&s, "badge")), Some(true));
        assert_eq!(s.expanded_state(ix(&s, "degree")), Some(true));
        assert_eq!(
            s.expanded_state(ix(&s, "associate")),
            Some(false),
            "not deeper"
        );
        assert_eq!(s.expanded_state(ix(&s, "certificate")), None);
        assert_eq!(focused(&s), "certificate");
    }

    #[test]
    fn maps_dom_keys() {
        assert_eq!(Key::from_dom("ArrowDown"), Some(Key::Down));
        assert_eq!(Key::from_dom(" "), Some(Key::Select));
        assert_eq!(Key::from_dom("Enter"), Some(Key::Select));
        assert_eq!(Key::from_dom("*"), Some(Key::ExpandSiblings));
        assert_eq!(Key::from_dom("b"), Some(Key::Char('b')));
        assert_eq!(Key::from_dom("é"), Some(Key::Char('é')));
        assert_eq!(Key::from_dom("Tab"), None);
        assert_eq!(Key::from_dom("Shift"), None);
        assert_eq!(Key::from_dom("F5"), None);
    }

    #[test]
    fn type_ahead_finds_the_next_visible_label_and_builds_a_string() {
        let mut s = state(true);
        assert!(type_to(&mut s, 'd', 0.0, "digital-badge"));
        // "de" within the pause: Digital badge does not start with "de", Degree does.
        assert!(type_to(&mut s, 'e', 100.0, "degree"));
        // After a pause the string starts again, from the node after the focused one.
        assert!(type_to(&mut s, 'b', 1000.0, "bachelor"));
        // Wraps around.
        assert!(type_to(&mut s, 'c', 2000.0, "credential"));
        assert!(type_to(&mut s, 'c', 3000.0, "certificate"));
    }

    #[test]
    fn type_ahead_keeps_the_focused_node_while_the_string_still_matches() {
        let mut s = state(true);
        type_to(&mut s, 'a', 0.0, "associate");
        assert!(
            !s.type_ahead('s', 200.0),
            "\"as\" still matches Associate degree"
        );
        assert_eq!(focused(&s), "associate");
        s.type_ahead('s', 400.0);
        s.type_ahead('o', 600.0);
        s.type_ahead('c', 800.0);
        s.type_ahead('i', 1000.0);
        s.type_ahead('a', 1200.0);
        s.type_ahead('t', 1400.0);
        s.type_ahead('e', 1600.0);
        s.type_ahead(' ', 1800.0);
        s.type_ahead('o', 2000.0);
        assert_eq!(
            focused(&s),
            "aa",
            "\"associate o\" is Associate of Arts degree"
        );
    }

    #[test]
    fn repeating_a_character_cycles_through_matches() {
        let mut s = state(true);
        type_to(&mut s, 'b', 0.0, "badge");
        type_to(&mut s, 'b', 100.0, "bachelor");
        type_to(&mut s, 'b', 200.0, "badge");
    }

    #[test]
    fn type_ahead_skips_hidden_nodes_and_ignores_no_match() {
        let mut s = state(false);
        assert!(!s.type_ahead('d', 0.0), "Degree is inside a closed node");
        assert_eq!(focused(&s), "credential");
        assert!(type_to(&mut s, 'q', 1000.0, "qa"));
        assert!(!type_to(&mut s, 'z', 2000.0, "qa"));
    }

    #[test]
    fn other_keys_end_the_type_ahead_string() {
        let mut s = state(true);
        s.key(Key::Char('d'), 0.0);
        s.key(Key::Home, 50.0);
        s.key(Key::Char('e'), 100.0);
        assert_ne!(focused(&s), "degree", "\"e\" alone, not \"de\"");
    }

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

    #[test]
    fn compare_holds_at_most_three_in_order() {
        let mut c = CompareSet::default();
        assert_eq!(c.toggle(4), CompareChange::Added);
        assert_eq!(c.toggle(1), CompareChange::Added);
        assert_eq!(c.toggle(7), CompareChange::Added);
        assert!(c.is_full());
        assert_eq!(c.toggle(2), CompareChange::Full);
        assert_eq!(c.items(), [4, 1, 7]);
        assert_eq!(c.add(1), CompareChange::Added, "already there");
        assert_eq!(c.len(), 3);
        assert_eq!(c.toggle(1), CompareChange::Removed);
        assert_eq!(c.items(), [4, 7]);
        assert_eq!(c.toggle(2), CompareChange::Added);
        assert_eq!(c.items(), [4, 7, 2]);
        c.clear();
        assert!(c.is_empty());
    }
}
