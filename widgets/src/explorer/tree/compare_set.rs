//! The types picked for comparison.

/// How many types can be compared at once.
pub(crate) const COMPARE_LIMIT: usize = 3;

/// What a click on "Compare" did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CompareChange {
    /// The type was added.
    Added,
    /// The type was removed.
    Removed,
    /// Already [`COMPARE_LIMIT`] types: nothing changed.
    Full,
}

/// The types picked for comparison, in the order picked, at most [`COMPARE_LIMIT`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CompareSet {
    items: Vec<usize>,
}

impl CompareSet {
    /// The picked nodes, in the order picked.
    pub(crate) fn items(&self) -> &[usize] {
        &self.items
    }

    /// Whether `i` is picked.
    pub(crate) fn contains(&self, i: usize) -> bool {
        self.items.contains(&i)
    }

    /// Whether no more can be added.
    pub(crate) fn is_full(&self) -> bool {
        self.items.len() >= COMPARE_LIMIT
    }

    /// Number picked.
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether none is picked.
    pub(crate) fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Adds `i`, unless the set is full.
    pub(crate) fn add(&mut self, i: usize) -> CompareChange {
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
    pub(crate) fn remove(&mut self, i: usize) -> CompareChange {
        self.items.retain(|&x| x != i);
        CompareChange::Removed
    }

    /// Adds `i` if absent (and there is room), removes it if present.
    pub(crate) fn toggle(&mut self, i: usize) -> CompareChange {
        if self.contains(i) {
            self.remove(i)
        } else {
            self.add(i)
        }
    }

    /// Removes every type.
    pub(crate) fn clear(&mut self) {
        self.items.clear();
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

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
