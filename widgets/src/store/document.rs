//! What a slot holds, and how it is written down.
//!
//! # The stored format (version 1)
//!
//! A compact JSON object, written without spaces:
//!
//! - `"v"`: the format version, `1`;
//! - `"p"` (optional): a prefix shared by every id in the document, written once and left
//!   out of each id (`"p":"wc-check-"` turns `"request-log"` back into
//!   `"wc-check-request-log"`); content ids of one list nearly always share one;
//! - the document's own fields, each left out when empty: for a checklist `"d"` (ids of
//!   the items done) and `"n"` (notes by item id); for text answers `"t"` (text by id).
//!
//! Only what differs from the empty state is written, and an empty document removes its key.
//!
//! # Reading
//!
//! Saved data is untrusted (other versions, other tabs, hand edits, extensions). Reading
//! never fails and never panics; it returns what could be read and an [`Outcome`]:
//!
//! - a value without a valid `"v"` is read as version 1 (the only version so far; nothing
//!   older was ever written), and the fields that fit are kept;
//! - fields or entries of the wrong shape, unknown fields and over-long texts are dropped
//!   (texts are cut), each listed in [`Outcome::Partial`];
//! - text that is not a JSON object is [`Outcome::Unreadable`];
//! - a value written by a newer version is [`Outcome::Newer`]: what can be read is shown,
//!   and the store never writes over it.

use crate::text_map::TextMap;

use super::json::{self, Map, Value};

/// The format version this build writes.
pub(crate) const FORMAT: u32 = 1;

/// Saved values longer than this are not read (no widget writes anything near it).
pub(crate) const MAX_STORED_CHARS: usize = 256 * 1024;

/// Longest id kept.
const MAX_ID_CHARS: usize = 200;

/// A document kept under one key: the state of one checklist, the answers of one section.
pub trait Document: Clone + Default + PartialEq + Send + Sync + 'static {
    /// The stored text.
    fn encode(&self) -> String;

    /// Reads stored text; never fails (see the docs of `store/document.rs`).
    fn decode(text: &str) -> Decoded<Self>;

    /// This tab's changes since `base` (`ours` is `base` with them) done again on `theirs`,
    /// which another tab wrote meanwhile (see `store/two_tabs.rs`).
    fn rebase(base: &Self, ours: &Self, theirs: &Self) -> Self;

    /// Whether this is the empty document (its key is then removed).
    fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A decoded document and how well the reading went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<T> {
    /// What could be read.
    pub value: T,
    /// How the reading went.
    pub outcome: Outcome,
}

/// How reading stored data went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was read.
    Clean,
    /// Some parts could not be read and were left out; what they were, in words.
    Partial(Vec<String>),
    /// Nothing could be read; why.
    Unreadable(String),
    /// Written by a newer format version; the value holds what this version understands.
    Newer(u32),
}

/// Reads the envelope of a stored document, then its fields one by one.
pub(crate) struct Reader {
    fields: Map,
    prefix: String,
    problems: Vec<String>,
    newer: Option<u32>,
}

impl Reader {
    /// Opens `text`, whose own fields are `fields` (besides `v` and `p`).
    pub(crate) fn open(text: &str, fields: &[&str]) -> Result<Self, String> {
        if text.chars().count() > MAX_STORED_CHARS {
            return Err(format!("it is longer than {MAX_STORED_CHARS} characters"));
        }
        let value: Value = json::parse(text)
            .map_err(|_| "it is not in a format these widgets write".to_owned())?;
        let Value::Object(mut map) = value else {
            return Err("it is not in a format these widgets write".to_owned());
        };
        let mut problems = Vec::new();
        let mut newer = None;
        match map.remove("v").as_ref().and_then(Value::as_u64) {
            Some(v) if v == u64::from(FORMAT) => {}
            Some(v) if v > u64::from(FORMAT) => {
                newer = Some(u32::try_from(v).unwrap_or(u32::MAX));
            }
            _ => problems.push("it had no valid format version".to_owned()),
        }
        let prefix = match map.remove("p") {
            None => String::new(),
            Some(Value::String(p)) if p.chars().count() <= MAX_ID_CHARS => p,
            Some(_) => {
                problems.push("the shared id prefix was not readable".to_owned());
                String::new()
            }
        };
        let unknown: Vec<String> = map
            .keys()
            .filter(|k| !fields.contains(&k.as_str()))
            .cloned()
            .collect();
        for key in unknown {
            map.remove(&key);
            problems.push(format!("an unknown part \"{}\"", shorten(&key)));
        }
        Ok(Self {
            fields: map,
            prefix,
            problems,
            newer,
        })
    }

    fn full_id(&self, stored: &str) -> Option<String> {
        let id = format!("{}{stored}", self.prefix);
        (!stored.is_empty()
            && id.chars().count() <= MAX_ID_CHARS
            && !id.chars().any(char::is_control))
        .then_some(id)
    }

    /// A list of ids (`["a","b"]`); entries that are not valid ids are dropped.
    pub(crate) fn ids(&mut self, field: &str, what: &str) -> Vec<String> {
        let mut out = Vec::new();
        match self.fields.remove(field) {
            None => {}
            Some(Value::Array(items)) => {
                let mut dropped = 0;
                for item in items {
                    match item.as_str().and_then(|s| self.full_id(s)) {
                        Some(id) => out.push(id),
                        None => dropped += 1,
                    }
                }
                if dropped > 0 {
                    self.problems.push(format!("{dropped} unreadable {what}"));
                }
            }
            Some(_) => self.problems.push(format!("the {what}")),
        }
        out
    }

    /// Texts by id (`{"a":"text"}`); entries of the wrong shape are dropped, texts longer
    /// than `max_chars` are cut.
    pub(crate) fn texts(&mut self, field: &str, what: &str, max_chars: usize) -> TextMap<String> {
        let mut out = TextMap::new();
        match self.fields.remove(field) {
            None => {}
            Some(Value::Object(entries)) => {
                let mut dropped = 0;
                let mut cut = 0;
                for (id, text) in entries {
                    let (Some(id), Value::String(text)) = (self.full_id(&id), text) else {
                        dropped += 1;
                        continue;
                    };
                    if text.chars().count() > max_chars {
                        cut += 1;
                        out.insert(id, text.chars().take(max_chars).collect());
                    } else if !text.is_empty() {
                        out.insert(id, text);
                    }
                }
                if dropped > 0 {
                    self.problems.push(format!("{dropped} unreadable {what}"));
                }
                if cut > 0 {
                    self.problems
                        .push(format!("the end of {cut} over-long {what}"));
                }
            }
            Some(_) => self.problems.push(format!("the {what}")),
        }
        out
    }

    /// The outcome, with `value` as what was read.
    pub(crate) fn finish<T>(self, value: T) -> Decoded<T> {
        let outcome = match (self.newer, self.problems.is_empty()) {
            (Some(v), _) => Outcome::Newer(v),
            (None, true) => Outcome::Clean,
            (None, false) => Outcome::Partial(self.problems),
        };
        Decoded { value, outcome }
    }
}

/// Writes a document: the version, the shared prefix, then fields.
pub(crate) struct Writer {
    map: Map,
    prefix: String,
}

impl Writer {
    /// A writer for a document whose ids are `ids` (all of them, in any order).
    pub(crate) fn new<'a>(ids: impl IntoIterator<Item = &'a str>) -> Self {
        Self {
            map: Map::new(),
            prefix: shared_prefix(ids),
        }
    }

    fn short<'a>(&self, id: &'a str) -> &'a str {
        id.strip_prefix(self.prefix.as_str()).unwrap_or(id)
    }

    /// Writes a list of ids, unless empty.
    pub(crate) fn ids<'a>(&mut self, field: &str, ids: impl IntoIterator<Item = &'a str>) {
        let list: Vec<Value> = ids
            .into_iter()
            .map(|id| Value::String(self.short(id).to_owned()))
            .collect();
        if !list.is_empty() {
            self.map.insert(field.to_owned(), Value::Array(list));
        }
    }

    /// Writes texts by id, unless empty.
    pub(crate) fn texts(&mut self, field: &str, texts: &TextMap<String>) {
        let entries: Map = texts
            .iter()
            .map(|(id, text)| (self.short(id).to_owned(), Value::String(text.clone())))
            .collect();
        if !entries.is_empty() {
            self.map.insert(field.to_owned(), Value::Object(entries));
        }
    }

    /// The stored text.
    pub(crate) fn finish(mut self) -> String {
        self.map.insert("v".to_owned(), Value::from(FORMAT));
        if !self.prefix.is_empty() {
            self.map.insert("p".to_owned(), Value::String(self.prefix));
        }
        Value::Object(self.map).to_json()
    }
}

/// The longest prefix shared by every id that ends with `-` and is worth writing once.
fn shared_prefix<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    let mut ids = ids.into_iter();
    let Some(first) = ids.next() else {
        return String::new();
    };
    let mut common = first.len();
    let mut count = 1usize;
    let mut shortest = first.len();
    for id in ids {
        count += 1;
        shortest = shortest.min(id.len());
        common = first
            .bytes()
            .zip(id.bytes())
            .take(common)
            .take_while(|(a, b)| a == b)
            .count();
    }
    // Cut back to just after a hyphen, and leave every id at least one character.
    // (Bytes, not chars: `common` may end inside a character, a `-` never does.)
    let Some(cut) = first
        .as_bytes()
        .get(..common)
        .unwrap_or_default()
        .iter()
        .rposition(|&b| b == b'-')
        .map(|i| i + 1)
    else {
        return String::new();
    };
    // Writing `"p":"…",` costs the prefix plus 7 characters; keep it only when it pays.
    if count < 2 || cut >= shortest || cut * (count - 1) <= 7 {
        return String::new();
    }
    first.get(..cut).unwrap_or_default().to_owned()
}

fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

#[cfg(test)]
mod tests {
    use super::shared_prefix;

    #[test]
    fn shared_prefix_ends_at_a_hyphen_and_must_pay_for_itself() {
        assert_eq!(
            shared_prefix(["wc-check-a", "wc-check-bb", "wc-check-ccc"]),
            "wc-check-"
        );
        // Two ids sharing a short prefix: not worth a field.
        assert_eq!(shared_prefix(["wc-a", "wc-b"]), "");
        // One id: nothing is shared.
        assert_eq!(shared_prefix(["wc-check-a"]), "");
        // An id equal to the prefix would become empty.
        assert_eq!(shared_prefix(["abcdefgh-", "abcdefgh-x", "abcdefgh-y"]), "");
        // Shares only up to the last common hyphen.
        assert_eq!(
            shared_prefix([
                "module-check-one",
                "module-checks-two",
                "module-check-three"
            ]),
            "module-"
        );
        assert_eq!(shared_prefix(["é-è-x", "é-è-y", "é-è-z"]), "é-è-");
        // Ids that differ inside a multi-byte character.
        assert_eq!(shared_prefix(["ab-cd-é", "ab-cd-è", "ab-cd-ê"]), "ab-cd-");
    }
}
