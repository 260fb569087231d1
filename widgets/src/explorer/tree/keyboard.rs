//! The keys of the WAI-ARIA tree view pattern, and type-ahead.

use super::state::TreeState;

/// How long a pause (in milliseconds) ends a type-ahead string.
pub(crate) const TYPEAHEAD_RESET_MS: f64 = 500.0;

/// A key the tree responds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Key {
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
    pub(crate) fn from_dom(key: &str) -> Option<Self> {
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
pub(crate) struct Outcome {
    /// The key was the tree's (the event's default action should be prevented).
    pub handled: bool,
    /// The focused node changed: move DOM focus to it.
    pub focus_moved: bool,
    /// The selection changed.
    pub selected: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct TypeAhead {
    pub(super) buffer: String,
    pub(super) last: Option<f64>,
}

impl TreeState {
    /// Responds to a key pressed on the focused node. `now_ms` is a clock in milliseconds,
    /// for the type-ahead pause.
    pub(crate) fn key(&mut self, key: Key, now_ms: f64) -> Outcome {
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
    pub(crate) fn type_ahead(&mut self, c: char, now_ms: f64) -> bool {
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
                    .is_some_and(|node| lowercase(&node.label).starts_with(prefix))
            })
    }
}

/// `text` in lower case, a character at a time as the type-ahead buffer is (and without
/// `str::to_lowercase`, whose final-sigma rule would differ from it and whose slicing
/// brings a panic path into the wasm).
fn lowercase(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;
    use crate::explorer::tree::fixtures::*;

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
}
