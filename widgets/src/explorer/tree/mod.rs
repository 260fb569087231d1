//! The credential hierarchy as a tree a keyboard can walk: plain data, no DOM.
//!
//! [`Hierarchy`] is the shape of the tree, built once from `Library.credential_types`.
//! [`TreeState`] is what the learner has done with it: which nodes are open, which one has
//! the keyboard focus (the roving tab stop), which one is selected, the filter and the
//! type-ahead buffer. Every rule of the WAI-ARIA tree view pattern lives here, so it is tested
//! natively; the component only maps keys to [`Key`] and state to attributes.
//! [`CompareSet`] holds the two or three types picked for comparison.
//!
//! One file per part: [`hierarchy`] (the shape), [`state`] (opening, focus, selection),
//! [`filter`] (matching and the filtered view), [`keyboard`] (keys and type-ahead),
//! [`compare_set`] (the comparison picks).

mod compare_set;
mod filter;
mod hierarchy;
mod keyboard;
mod state;

// What the explorer's component uses; the tests of each part import from the part.
pub(crate) use compare_set::{COMPARE_LIMIT, CompareSet};
pub(crate) use filter::{Match, MatchField};
pub(crate) use hierarchy::Hierarchy;
pub(crate) use keyboard::Key;
pub(crate) use state::TreeState;

/// Sets `v[i]`; an index out of range is ignored (indexes come from the same tree, so it
/// never is, but a panic here would stop every widget on the page).
fn set<T>(v: &mut [T], i: usize, value: T) {
    if let Some(slot) = v.get_mut(i) {
        *slot = value;
    }
}

/// A small hierarchy and helpers shared by the tests of every part.
#[cfg(test)]
mod fixtures {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use std::sync::Arc;

    use ler_content::model::CredentialType;

    use super::keyboard::{Key, Outcome};
    use super::{Hierarchy, TreeState};

    pub(super) fn ty(
        id: &str,
        label: &str,
        parent: Option<&str>,
        synonyms: &[&str],
    ) -> CredentialType {
        CredentialType {
            id: id.into(),
            label: label.into(),
            parent: parent.map(Into::into),
            synonyms: synonyms.iter().map(|s| (*s).to_owned()).collect(),
            ..CredentialType::default()
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
    pub(super) fn types() -> Vec<CredentialType> {
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

    pub(super) fn state(expand_all: bool) -> TreeState {
        TreeState::new(Arc::new(Hierarchy::new(&types())), expand_all)
    }

    pub(super) fn ix(s: &TreeState, id: &str) -> usize {
        s.tree.index_of(id).unwrap()
    }

    pub(super) fn ids(s: &TreeState, nodes: &[usize]) -> Vec<String> {
        nodes
            .iter()
            .map(|&i| s.tree.node(i).unwrap().id.clone())
            .collect()
    }

    pub(super) fn visible(s: &TreeState) -> Vec<String> {
        ids(s, &s.visible())
    }

    pub(super) fn focused(s: &TreeState) -> String {
        s.tree.node(s.focused().unwrap()).unwrap().id.clone()
    }

    pub(super) fn press(s: &mut TreeState, key: Key) -> Outcome {
        s.key(key, 0.0)
    }

    /// Types `c` at `now` ms and checks that focus lands on `expected`.
    #[track_caller]
    pub(super) fn type_to(s: &mut TreeState, c: char, now: f64, expected: &str) -> bool {
        let moved = s.type_ahead(c, now);
        assert_eq!(focused(s), expected);
        moved
    }

    /// Presses `key` and checks that focus lands on `expected`.
    #[track_caller]
    pub(super) fn press_to(s: &mut TreeState, key: Key, expected: &str) -> Outcome {
        let o = press(s, key);
        assert_eq!(focused(s), expected);
        o
    }
}
