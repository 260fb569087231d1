//! Maps and sets keyed by text, kept as one vector sorted by key: what the widgets used
//! `BTreeMap`, `BTreeSet`, `HashMap` and `HashSet` for.
//!
//! Why: every key here is a content id or a store key, and every collection holds tens of
//! entries (a module's checklist items, a course's saved documents). A sorted vector does
//! that with a binary search and one shared code path, where each `BTreeMap` or `HashMap`
//! type brought its own copy of a tree or a hash table into the wasm (about 30 KB of B-tree
//! code and 9 KB of hash table before this). Iteration is in key order, as `BTreeMap`'s
//! was, so the saved JSON keeps its sorted keys byte for byte.
//!
//! Cost: an insert in the middle moves the entries after it. Input read in order (saved
//! JSON is written sorted) is appended at the end, so reading stays linear; the worst case,
//! keys arriving in reverse, is quadratic in moves, which for the largest input the widgets
//! read (SCORM 2004's 64,000-character `suspend_data`, a few thousand keys at most) is a
//! few million entry moves.

/// A map from text keys to values, in key order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextMap<V> {
    entries: Vec<(String, V)>,
}

impl<V> Default for TextMap<V> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
        }
    }
}

impl<V> TextMap<V> {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Where `key` is (`Ok`) or would go (`Err`). Keys that arrive in order are checked
    /// against the last one first, so reading sorted input does no search.
    fn find(&self, key: &str) -> Result<usize, usize> {
        match self.entries.last() {
            None => Err(0),
            Some((last, _)) if last.as_str() < key => Err(self.entries.len()),
            Some(_) => self.entries.binary_search_by(|(k, _)| k.as_str().cmp(key)),
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&V> {
        let at = self.find(key).ok()?;
        self.entries.get(at).map(|(_, v)| v)
    }

    /// The value of `key`, to change.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        let at = self.find(key).ok()?;
        self.entries.get_mut(at).map(|(_, v)| v)
    }

    /// Whether `key` has a value.
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets `key` to `value`; the value it had before, if any.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(at) => self
                .entries
                .get_mut(at)
                .map(|(_, old)| std::mem::replace(old, value)),
            Err(at) => {
                self.entries.insert(at, (key, value));
                None
            }
        }
    }

    /// Takes `key` out; its value, if it had one.
    pub fn remove(&mut self, key: &str) -> Option<V> {
        let at = self.find(key).ok()?;
        Some(self.entries.remove(at).1)
    }

    /// How many keys have a value.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no key has a value.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries, in key order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&String, &V)> + ExactSizeIterator {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.entries.iter().map(|(k, _)| k)
    }

    /// The values, in key order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> + ExactSizeIterator {
        self.entries.iter().map(|(_, v)| v)
    }

    /// Keeps only the entries `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&String, &mut V) -> bool) {
        self.entries.retain_mut(|(k, v)| keep(k, v));
    }
}

impl<V> FromIterator<(String, V)> for TextMap<V> {
    /// A key given twice keeps its last value, as `BTreeMap::from_iter` does.
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> Self {
        let mut map = Self::new();
        map.extend(entries);
        map
    }
}

impl<V> Extend<(String, V)> for TextMap<V> {
    fn extend<I: IntoIterator<Item = (String, V)>>(&mut self, entries: I) {
        for (k, v) in entries {
            self.insert(k, v);
        }
    }
}

impl<V, const N: usize> From<[(String, V); N]> for TextMap<V> {
    fn from(entries: [(String, V); N]) -> Self {
        entries.into_iter().collect()
    }
}

impl<V> IntoIterator for TextMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a, V> IntoIterator for &'a TextMap<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// A set of texts, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextSet {
    map: TextMap<()>,
}

impl TextSet {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether `text` is in the set.
    pub fn contains(&self, text: &str) -> bool {
        self.map.contains_key(text)
    }

    /// Adds `text`; whether it was new.
    pub fn insert(&mut self, text: String) -> bool {
        self.map.insert(text, ()).is_none()
    }

    /// Takes `text` out; whether it was there.
    pub fn remove(&mut self, text: &str) -> bool {
        self.map.remove(text).is_some()
    }

    /// How many texts the set holds.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The texts, in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &String> + ExactSizeIterator {
        self.map.keys()
    }

    /// The texts of this set that `other` does not hold, in order.
    pub fn difference<'a>(&'a self, other: &'a TextSet) -> impl Iterator<Item = &'a String> {
        self.iter().filter(|t| !other.contains(t))
    }

    /// Keeps only the texts `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&String) -> bool) {
        self.map.retain(|t, ()| keep(t));
    }
}

impl FromIterator<String> for TextSet {
    fn from_iter<I: IntoIterator<Item = String>>(texts: I) -> Self {
        Self {
            map: texts.into_iter().map(|t| (t, ())).collect(),
        }
    }
}

impl Extend<String> for TextSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, texts: I) {
        self.map.extend(texts.into_iter().map(|t| (t, ())));
    }
}

impl<const N: usize> From<[String; N]> for TextSet {
    fn from(texts: [String; N]) -> Self {
        texts.into_iter().collect()
    }
}

impl IntoIterator for TextSet {
    type Item = String;
    type IntoIter = std::iter::Map<std::vec::IntoIter<(String, ())>, fn((String, ())) -> String>;
    fn into_iter(self) -> Self::IntoIter {
        self.map.into_iter().map(|(t, ())| t)
    }
}

impl<'a> IntoIterator for &'a TextSet {
    type Item = &'a String;
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (String, ())>, fn(&'a (String, ())) -> &'a String>;
    fn into_iter(self) -> Self::IntoIter {
        self.map.entries.iter().map(|(t, ())| t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(t: &str) -> String {
        t.to_owned()
    }

    #[test]
    fn iterates_in_key_order_whatever_the_insert_order() {
        let map: TextMap<u32> = [s("b"), s("a"), s("c"), s("aa")]
            .into_iter()
            .zip(0..)
            .collect();
        let keys: Vec<&str> = map.keys().map(String::as_str).collect();
        assert_eq!(keys, ["a", "aa", "b", "c"]);
        assert_eq!(map.get("aa"), Some(&3));
    }

    #[test]
    fn orders_keys_as_btree_map_does() {
        // Byte order, as `str`'s `Ord`: upper case before lower case, "é" after "z".
        let keys = ["z", "é", "Z", "a-b", "a", "a b", "10", "9", ""];
        let ours: TextSet = keys.iter().map(|k| s(k)).collect();
        let theirs: std::collections::BTreeSet<&str> = keys.into_iter().collect();
        assert!(ours.iter().map(String::as_str).eq(theirs));
    }

    #[test]
    fn a_key_given_twice_keeps_its_last_value() {
        let map = TextMap::from([(s("k"), 1), (s("j"), 2), (s("k"), 3)]);
        assert_eq!(map.len(), 2);
        assert_eq!(map.get("k"), Some(&3));
    }

    #[test]
    fn insert_and_remove_say_what_was_there() {
        let mut map = TextMap::new();
        assert_eq!(map.insert(s("a"), 1), None);
        assert_eq!(map.insert(s("a"), 2), Some(1));
        assert_eq!(map.remove("a"), Some(2));
        assert_eq!(map.remove("a"), None);
        assert!(map.is_empty());

        let mut set = TextSet::new();
        assert!(set.insert(s("x")));
        assert!(!set.insert(s("x")));
        assert!(set.remove("x"));
        assert!(!set.remove("x"));
    }

    #[test]
    fn retain_and_difference_keep_order() {
        let mut set = TextSet::from([s("d"), s("a"), s("c"), s("b")]);
        let other = TextSet::from([s("b")]);
        let diff: Vec<&String> = set.difference(&other).collect();
        assert_eq!(diff, ["a", "c", "d"]);
        set.retain(|t| t != "c");
        assert_eq!(set.into_iter().collect::<Vec<_>>(), ["a", "b", "d"]);
    }

    #[test]
    fn finds_every_key_after_many_inserts_in_any_order() {
        let mut map = TextMap::new();
        // A fixed shuffle of 0..500 (multiplying by a number coprime with 500).
        for i in 0..500u32 {
            let k = (i * 37) % 500;
            map.insert(format!("{k:03}"), k);
        }
        assert_eq!(map.len(), 500);
        for k in 0..500u32 {
            assert_eq!(map.get(&format!("{k:03}")), Some(&k));
        }
        assert!(map.keys().zip(map.keys().skip(1)).all(|(a, b)| a < b));
    }
}
