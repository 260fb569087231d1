//! Texts the learner writes, by id: the answers to a section's reflection questions.

use crate::text_map::TextMap;

use super::document::{Decoded, Document, Outcome, Reader, Writer};

/// Longest text kept (the answer box allows as much).
pub(crate) const MAX_TEXT_CHARS: usize = 10_000;

/// Texts by id. Empty texts are not kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextEntries {
    texts: TextMap<String>,
}

impl TextEntries {
    /// The text for `id` (empty when there is none).
    pub fn get(&self, id: &str) -> &str {
        self.texts.get(id).map_or("", String::as_str)
    }

    /// Sets the text for `id`; an empty (or whitespace-only) text removes it, a long one is
    /// cut to `MAX_TEXT_CHARS`. Returns whether that changed anything.
    pub fn set(&mut self, id: &str, text: &str) -> bool {
        if text.trim().is_empty() {
            return self.remove(id);
        }
        let text: String = text.chars().take(MAX_TEXT_CHARS).collect();
        if self.texts.get(id) == Some(&text) {
            return false;
        }
        self.texts.insert(id.to_owned(), text);
        true
    }

    /// Removes the text for `id`; returns whether there was one.
    pub fn remove(&mut self, id: &str) -> bool {
        self.texts.remove(id).is_some()
    }

    /// Ids with a text that `known` says are no longer in the content, with their texts.
    pub fn stale(&self, known: impl Fn(&str) -> bool) -> Vec<(String, String)> {
        self.texts
            .iter()
            .filter(|(id, _)| !known(id))
            .map(|(id, text)| (id.clone(), text.clone()))
            .collect()
    }

    /// Drops the texts of ids that `known` does not know.
    pub fn retain(&mut self, known: impl Fn(&str) -> bool) {
        self.texts.retain(|id, _| known(id));
    }
}

impl Document for TextEntries {
    fn rebase(base: &Self, ours: &Self, theirs: &Self) -> Self {
        Self {
            texts: super::rebase::map(&base.texts, &ours.texts, &theirs.texts),
        }
    }

    fn encode(&self) -> String {
        let mut writer = Writer::new(self.texts.keys().map(String::as_str));
        writer.texts("t", &self.texts);
        writer.finish()
    }

    fn decode(text: &str) -> Decoded<Self> {
        match Reader::open(text, &["t"]) {
            Ok(mut reader) => {
                let texts = reader.texts("t", "answers", MAX_TEXT_CHARS);
                reader.finish(Self { texts })
            }
            Err(why) => Decoded {
                value: Self::default(),
                outcome: Outcome::Unreadable(why),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_with_prefix_and_unicode() {
        let mut t = TextEntries::default();
        t.set("wc-refl-pressure", "Line one\nline two — «quoted» \"too\"");
        t.set("wc-refl-role", "Short.");
        t.set("wc-refl-counts", "   ");
        let text = t.encode();
        assert_eq!(
            text,
            r#"{"p":"wc-refl-","t":{"pressure":"Line one\nline two — «quoted» \"too\"","role":"Short."},"v":1}"#
        );
        let decoded = TextEntries::decode(&text);
        assert_eq!(decoded.outcome, Outcome::Clean);
        assert_eq!(decoded.value, t);
        assert_eq!(decoded.value.get("wc-refl-counts"), "");
    }

    #[test]
    fn erase_and_stale_answers() {
        let mut t = TextEntries::default();
        t.set("q1", "kept");
        t.set("gone", "an answer to a removed question");
        assert!(t.remove("q1"));
        assert!(!t.remove("q1"));
        assert_eq!(
            t.stale(|id| id == "q1"),
            vec![(
                "gone".to_owned(),
                "an answer to a removed question".to_owned()
            )]
        );
        t.retain(|id| id == "q1");
        assert!(t.is_empty());
    }

    #[test]
    fn corrupt_answers_are_dropped_one_by_one() {
        let decoded = TextEntries::decode(r#"{"v":1,"t":{"a":"fine","b":["no"],"c":""}}"#);
        assert_eq!(decoded.value.get("a"), "fine");
        assert_eq!(decoded.value.get("b"), "");
        assert_eq!(
            decoded.outcome,
            Outcome::Partial(vec!["1 unreadable answers".into()])
        );
        assert!(matches!(
            TextEntries::decode("{{{").outcome,
            Outcome::Unreadable(_)
        ));
    }
}
