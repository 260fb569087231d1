//! Which section of a module is open, and how a learner moves between them.

/// Position in a module's sections. Plain data so the rules are tested without a browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SectionNav {
    ids: Vec<String>,
    current: usize,
}

impl SectionNav {
    /// Starts at `start` when it names a section, otherwise at the first section.
    pub(crate) fn new(ids: Vec<String>, start: Option<&str>) -> Self {
        let current = start
            .and_then(|s| ids.iter().position(|id| id == s))
            .unwrap_or(0);
        Self { ids, current }
    }

    /// Index of the open section.
    pub(crate) fn current(&self) -> usize {
        self.current
    }

    /// Id of the open section (`None` only for a module without sections).
    pub(crate) fn current_id(&self) -> Option<&str> {
        self.ids.get(self.current).map(String::as_str)
    }

    /// Number of sections.
    pub(crate) fn len(&self) -> usize {
        self.ids.len()
    }

    /// Index of the previous section, if any.
    pub(crate) fn previous(&self) -> Option<usize> {
        self.current.checked_sub(1)
    }

    /// Index of the next section, if any.
    pub(crate) fn next(&self) -> Option<usize> {
        (self.current + 1 < self.ids.len()).then_some(self.current + 1)
    }

    /// Opens section `index`; out-of-range indexes are ignored. Returns whether it moved.
    pub(crate) fn go(&mut self, index: usize) -> bool {
        if index < self.ids.len() && index != self.current {
            self.current = index;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SectionNav;

    fn nav(start: Option<&str>) -> SectionNav {
        SectionNav::new(vec!["a".into(), "b".into(), "c".into()], start)
    }

    #[test]
    fn starts_at_the_named_section_or_the_first() {
        assert_eq!(nav(Some("b")).current_id(), Some("b"));
        assert_eq!(nav(Some("nope")).current_id(), Some("a"));
        assert_eq!(nav(None).current(), 0);
    }

    #[test]
    fn next_and_previous_stop_at_the_ends() {
        let mut n = nav(None);
        assert_eq!(n.previous(), None);
        assert_eq!(n.next(), Some(1));
        assert!(n.go(2));
        assert_eq!(n.next(), None);
        assert_eq!(n.previous(), Some(1));
        assert!(!n.go(7));
        assert_eq!(n.current(), 2);
    }
}
