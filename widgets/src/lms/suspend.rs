//! The learner's progress as the LMS keeps it: one compact JSON text in `cmi.suspend_data`.
//!
//! # Format (version 1)
//!
//! ```text
//! {"v":1,"c":"records-to-recognition",
//!  "d":{"p/why-credentials":{"l":["market"],"p":"wc-","s":[…],"v":1},
//!       "c/wc-checklist-case":{"d":[…],"p":"wc-check-","v":1},
//!       "r/wc-reflection":{"p":"wc-refl-","t":{…},"v":1}},
//!  "o":["r/wc-reflection"]}
//! ```
//!
//! - `v`: this format's version; `c`: the course id, written once;
//! - `d`: the store's documents by key, each key `ler-widgets/v1/<course>/<widget>/<id>`
//!   shortened to `<w>/<id>` (`p` the viewer's place, `c` a checklist, `r` reflection
//!   answers; keys of another course or widget are written in full). The documents are the
//!   store's own compact JSON (`store/document.rs`), embedded as JSON, not as
//!   escaped strings;
//! - `o` (only when needed): keys whose documents are here in part or not at all because the
//!   whole would not fit the limit; this browser's local copy is preferred for those.
//!
//! # When it does not fit
//!
//! SCORM 1.2 keeps 4,096 characters. What counts for completion goes in first: when the
//! whole does not fit, reflection answers are left out (largest first), then checklist
//! notes (the ticks stay), then whole checklists, then places. What was left out stays in
//! the local copy (`localStorage`) and is listed in `o`.

use crate::text_map::{TextMap, TextSet};

use crate::store::json::{self, Map, Value};

use super::datamodel::utf16_len;
use crate::store::key::{KEY_PREFIX, KEY_VERSION};
use crate::store::{ChecklistState, Document};

/// The version of this format.
pub const FORMAT: u64 = 1;

/// What the LMS copy holds, decoded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SuspendData {
    /// Documents by full store key.
    pub docs: TextMap<String>,
    /// Keys held in part or not at all (the local copy is preferred for them).
    pub partial: TextSet,
}

/// Why saved suspend data cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not this format (another tool's data, or damaged).
    Unreadable(String),
    /// Written by a newer version of the widgets; it must not be overwritten.
    Newer(u64),
}

/// The text to store, and what did not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// The text for `cmi.suspend_data`.
    pub text: String,
    /// Keys stored without their notes (checklists).
    pub reduced: Vec<String>,
    /// Keys left out.
    pub omitted: Vec<String>,
}

impl Encoded {
    /// Whether a key of `widget` (`viewer`, `checklist`, `reflections`: the store's widget
    /// names) was left out.
    pub fn omits(&self, widget: &str) -> bool {
        self.omitted
            .iter()
            .any(|key| split_key(key).is_some_and(|(_, w, _)| w == widget))
    }
}

/// The widget names that get a one-letter key.
const SHORT: [(&str, &str); 3] = [("viewer", "p"), ("checklist", "c"), ("reflections", "r")];

/// A store key split into course, widget and id (each still escaped).
fn split_key(key: &str) -> Option<(&str, &str, &str)> {
    let rest = key.strip_prefix(KEY_PREFIX)?.strip_prefix(KEY_VERSION)?;
    let mut parts = rest.strip_prefix('/')?.split('/');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(course), Some(widget), Some(id), None) => Some((course, widget, id)),
        _ => None,
    }
}

/// What goes in first: the place (0), checklists (1), the rest (2).
fn class(key: &str) -> u8 {
    match split_key(key).map(|(_, widget, _)| widget) {
        Some("viewer") => 0,
        Some("checklist") => 1,
        _ => 2,
    }
}

/// The short form of `key` in a text whose course is `course`.
fn short_key(key: &str, course: &str) -> String {
    if let Some((c, widget, id)) = split_key(key)
        && c == course
        && let Some((_, letter)) = SHORT.iter().find(|(w, _)| *w == widget)
    {
        return format!("{letter}/{id}");
    }
    key.to_owned()
}

/// The full key of `short` in a text whose course is `course`.
fn full_key(short: &str, course: &str) -> Option<String> {
    if short.starts_with(KEY_PREFIX) {
        return Some(short.to_owned());
    }
    let (letter, id) = short.split_once('/')?;
    let (widget, _) = SHORT.iter().find(|(_, l)| *l == letter)?;
    (!id.is_empty() && !id.contains('/') && !course.is_empty())
        .then(|| format!("{KEY_PREFIX}{KEY_VERSION}/{course}/{widget}/{id}"))
}

/// A document as embedded: its JSON, or (should it not be JSON) its text as a string.
fn embed(doc: &str) -> Value {
    json::parse(doc).unwrap_or_else(|_| Value::String(doc.to_owned()))
}

/// A checklist without its notes, if `key` is a checklist that has any.
fn without_notes(key: &str, doc: &str) -> Option<Value> {
    if class(key) != 1 {
        return None;
    }
    let decoded = ChecklistState::decode(doc);
    let mut state = decoded.value;
    let ids = state.stale_ids(|_| false);
    let mut changed = false;
    for id in ids {
        changed |= state.set_note(&id, "");
    }
    changed.then(|| embed(&state.encode()))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    Full,
    Reduced,
    Omitted,
}

struct Entry<'a> {
    key: &'a str,
    short: String,
    class: u8,
    full: Value,
    reduced: Option<Value>,
    form: Form,
    size: usize,
}

fn render(course: &str, entries: &[Entry<'_>]) -> String {
    let mut docs = Map::new();
    let mut left_out = Vec::new();
    for e in entries {
        match e.form {
            Form::Full => {
                docs.insert(e.short.clone(), e.full.clone());
            }
            Form::Reduced => {
                docs.insert(e.short.clone(), e.reduced.clone().unwrap_or(Value::Null));
                left_out.push(Value::String(e.short.clone()));
            }
            Form::Omitted => left_out.push(Value::String(e.short.clone())),
        }
    }
    let mut top = Map::new();
    top.insert("v".to_owned(), Value::from(FORMAT));
    if !course.is_empty() {
        top.insert("c".to_owned(), Value::String(course.to_owned()));
    }
    top.insert("d".to_owned(), Value::Object(docs));
    if !left_out.is_empty() {
        top.insert("o".to_owned(), Value::Array(left_out));
    }
    Value::Object(top).to_json()
}

/// Encodes `docs` (by full store key) in at most `limit` UTF-16 units, leaving out what does
/// not fit in the order the [module docs](self) give.
pub fn encode(docs: &TextMap<String>, limit: usize) -> Encoded {
    // The course most keys belong to (nearly always the only one) is written once.
    // Counted in a Vec: a course or two, and no BTreeMap compiled for `&str` keys.
    let mut courses: Vec<(&str, usize)> = Vec::new();
    for (course, _, _) in docs.keys().filter_map(|k| split_key(k)) {
        match courses.iter_mut().find(|(c, _)| *c == course) {
            Some((_, n)) => *n += 1,
            None => courses.push((course, 1)),
        }
    }
    let course = courses
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(c, _)| (*c).to_owned())
        .unwrap_or_default();
    let mut entries: Vec<Entry<'_>> = docs
        .iter()
        .map(|(key, doc)| {
            let full = embed(doc);
            Entry {
                key,
                short: short_key(key, &course),
                class: class(key),
                size: full.to_json().len(),
                reduced: without_notes(key, doc),
                full,
                form: Form::Full,
            }
        })
        .collect();
    let fits = |entries: &[Entry<'_>]| utf16_len(&render(&course, entries)) <= limit;

    // Candidates for each step, largest first.
    let order = |entries: &[Entry<'_>], pick: &dyn Fn(&Entry<'_>) -> bool| {
        // Sorted by insertion (larger size, then file order, first): a few entries, and no
        // sort routine compiled for this pair.
        let mut picked: Vec<(usize, usize)> = Vec::new();
        for (i, e) in entries.iter().enumerate().filter(|(_, e)| pick(e)) {
            let at =
                picked.partition_point(|&(size, j)| size > e.size || (size == e.size && j < i));
            picked.insert(at, (e.size, i));
        }
        picked.into_iter().map(|(_, i)| i)
    };
    type Step = (fn(&Entry<'_>) -> bool, Form);
    let steps: [Step; 4] = [
        (|e| e.class == 2 && e.form == Form::Full, Form::Omitted),
        (
            |e| e.class == 1 && e.form == Form::Full && e.reduced.is_some(),
            Form::Reduced,
        ),
        (|e| e.class == 1 && e.form != Form::Omitted, Form::Omitted),
        (|e| e.form != Form::Omitted, Form::Omitted),
    ];
    'steps: for (pick, form) in steps {
        if fits(&entries) {
            break;
        }
        let picked: Vec<usize> = order(&entries, &pick).collect();
        for index in picked {
            if let Some(entry) = entries.get_mut(index) {
                entry.form = form;
            }
            if fits(&entries) {
                break 'steps;
            }
        }
    }
    let mut text = render(&course, &entries);
    if utf16_len(&text) > limit {
        // Only the list of what was left out is still too long: say nothing but the version.
        text = format!("{{\"v\":{FORMAT}}}");
    }
    let keys = |form: Form| {
        entries
            .iter()
            .filter(|e| e.form == form)
            .map(|e| e.key.to_owned())
            .collect()
    };
    Encoded {
        reduced: keys(Form::Reduced),
        omitted: keys(Form::Omitted),
        text,
    }
}

/// Reads what [`encode`] wrote. Entries that cannot be read are dropped; a text that is not
/// this format at all is an error.
pub fn decode(text: &str) -> Result<SuspendData, DecodeError> {
    let unreadable = |why: &str| DecodeError::Unreadable(why.to_owned());
    let value: Value =
        json::parse(text).map_err(|_| unreadable("it is not the JSON these widgets write"))?;
    let Value::Object(mut top) = value else {
        return Err(unreadable("it is not the JSON object these widgets write"));
    };
    match top.get("v").and_then(Value::as_u64) {
        Some(FORMAT) => {}
        Some(newer) if newer > FORMAT => return Err(DecodeError::Newer(newer)),
        _ => return Err(unreadable("it has no version these widgets know")),
    }
    let course = match top.remove("c") {
        Some(Value::String(c)) => c,
        _ => String::new(),
    };
    let mut data = SuspendData::default();
    if let Some(Value::Object(docs)) = top.remove("d") {
        for (short, doc) in docs {
            let Some(key) = full_key(&short, &course) else {
                continue;
            };
            let text = match doc {
                Value::String(text) => text,
                Value::Null => continue,
                other => other.to_json(),
            };
            data.docs.insert(key, text);
        }
    }
    if let Some(Value::Array(left_out)) = top.remove("o") {
        data.partial = left_out
            .iter()
            .filter_map(Value::as_str)
            .filter_map(|short| full_key(short, &course))
            .collect();
    }
    Ok(data)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;
    use crate::store::{ModulePlace, StoreKey, TextEntries};

    const COURSE: &str = "records-to-recognition";

    fn key(widget: &str, id: &str) -> String {
        StoreKey::new(COURSE, widget, id).as_str().to_owned()
    }

    /// Found by the `saved_state` fuzz target: a number serde_json parsed 1 ulp off came
    /// back different on every save, so a document this version cannot read (here one of a
    /// newer version with a version number beyond u64) was changed by merely being kept.
    /// Fixed then with serde_json's `float_roundtrip`; `store::json` now keeps numbers as
    /// written.
    #[test]
    fn documents_kept_for_others_survive_a_round_trip_unchanged() {
        let text = format!(
            r#"{{"v":1,"c":"{COURSE}","d":{{"r/r1":{{"p":"wc-refl-","v":999949999999996665575}},"r/r2":{{"x":0.30000000000000004,"v":7}}}}}}"#
        );
        let first = decode(&text).unwrap();
        let encoded = encode(&first.docs, usize::MAX);
        assert!(encoded.omitted.is_empty() && encoded.reduced.is_empty());
        let second = decode(&encoded.text).unwrap();
        assert_eq!(second.docs, first.docs);
        let third = decode(&encode(&second.docs, usize::MAX).text).unwrap();
        assert_eq!(third.docs, first.docs);
    }

    /// A fixture shaped like a module (9 sections, 12 checklist items, 6 questions), every
    /// section visited and every item ticked. The real modules are measured in
    /// `lms/curriculum_fit.rs`.
    fn largest_module(notes: Option<&str>, answer: Option<&str>) -> TextMap<String> {
        let sections = [
            "ri-overview",
            "pillar-integrity",
            "pillar-structure",
            "pillar-transparency",
            "pillar-trust",
            "ri-verification-walkthrough",
            "ri-case-bramwell",
            "ri-checklist-pillars",
            "ri-reflection",
        ];
        let items = [
            "ri-check-proof-format",
            "ri-check-key-custody",
            "ri-check-revocation-policy",
            "ri-check-status-list",
            "ri-check-versions",
            "ri-check-field-map",
            "ri-check-validate",
            "ri-check-criteria",
            "ri-check-alignment",
            "ri-check-issuer-identity",
            "ri-check-registry",
            "ri-check-privacy",
        ];
        let questions = [
            "ri-refl-check-today",
            "ri-refl-verify-validate",
            "ri-refl-correction",
            "ri-refl-criteria",
            "ri-refl-keys",
            "ri-refl-classify-properties",
        ];
        let mut place = ModulePlace::default();
        for s in sections {
            place.open(s);
        }
        place.open("pillar-trust");
        let mut list = ChecklistState::default();
        for id in items {
            list.set_done(id, true);
            if let Some(note) = notes {
                list.set_note(id, note);
            }
        }
        let mut docs = TextMap::from([
            (key("viewer", "record-integrity"), place.encode()),
            (key("checklist", "ri-checklist-pillars"), list.encode()),
        ]);
        if let Some(answer) = answer {
            let mut answers = TextEntries::default();
            for q in questions {
                answers.set(q, answer);
            }
            docs.insert(key("reflections", "ri-reflection"), answers.encode());
        }
        docs
    }

    #[test]
    fn round_trip_with_short_keys() {
        let docs = largest_module(Some("Registrar and IT agree; revisit in spring."), None);
        let encoded = encode(&docs, 4096);
        assert!(encoded.omitted.is_empty() && encoded.reduced.is_empty());
        assert!(
            encoded
                .text
                .starts_with(r#"{"c":"records-to-recognition","d":{"c/ri-checklist-pillars":{"#),
            "{}",
            encoded.text
        );
        assert!(encoded.text.contains(r#""p/record-integrity":{"#));
        let decoded = decode(&encoded.text).unwrap();
        assert_eq!(decoded.docs, docs);
        assert!(decoded.partial.is_empty());
    }

    #[test]
    fn what_does_not_fit_is_left_out_in_order_answers_then_notes() {
        let long = "x".repeat(2000);
        let docs = largest_module(Some(&"n".repeat(400)), Some(&long));
        let encoded = encode(&docs, 4096);
        assert!(utf16_len(&encoded.text) <= 4096);
        assert_eq!(encoded.omitted, vec![key("reflections", "ri-reflection")]);
        assert_eq!(
            encoded.reduced,
            vec![key("checklist", "ri-checklist-pillars")]
        );
        let decoded = decode(&encoded.text).unwrap();
        // The ticks and the place are there; the notes and answers are not.
        let list = ChecklistState::decode(
            decoded
                .docs
                .get(&key("checklist", "ri-checklist-pillars"))
                .unwrap(),
        )
        .value;
        assert!(list.is_done("ri-check-privacy"));
        assert_eq!(list.note("ri-check-privacy"), "");
        assert!(
            decoded
                .docs
                .contains_key(&key("viewer", "record-integrity"))
        );
        assert!(
            !decoded
                .docs
                .contains_key(&key("reflections", "ri-reflection"))
        );
        assert_eq!(
            decoded.partial,
            TextSet::from([
                key("checklist", "ri-checklist-pillars"),
                key("reflections", "ri-reflection")
            ])
        );
        // Answers alone too long: only they go.
        let docs = largest_module(None, Some(&long));
        let encoded = encode(&docs, 4096);
        assert_eq!(encoded.omitted, vec![key("reflections", "ri-reflection")]);
        assert!(encoded.reduced.is_empty());
    }

    #[test]
    fn a_tiny_limit_never_produces_an_over_long_text() {
        let docs = largest_module(Some("note"), Some("answer"));
        for limit in [0, 8, 40, 120, 400] {
            let encoded = encode(&docs, limit);
            assert!(
                utf16_len(&encoded.text) <= limit.max(7),
                "{limit}: {}",
                encoded.text
            );
            assert!(decode(&encoded.text).is_ok());
        }
    }

    #[test]
    fn other_courses_and_widgets_keep_full_keys() {
        let docs = TextMap::from([
            (key("viewer", "m"), r#"{"s":["a"],"v":1}"#.to_owned()),
            (
                StoreKey::new("other-course", "checklist", "l")
                    .as_str()
                    .to_owned(),
                r#"{"d":["x"],"v":1}"#.to_owned(),
            ),
            (key("future-widget", "f"), r#"{"v":1}"#.to_owned()),
            // Not JSON (never written by the store, but kept as text).
            (key("reflections", "r"), "plain text".to_owned()),
        ]);
        let encoded = encode(&docs, 4096);
        assert!(
            encoded
                .text
                .contains(r#""ler-widgets/v1/other-course/checklist/l":"#)
        );
        assert!(
            encoded
                .text
                .contains(r#""ler-widgets/v1/records-to-recognition/future-widget/f":"#)
        );
        assert!(encoded.text.contains(r#""r/r":"plain text""#));
        assert_eq!(decode(&encoded.text).unwrap().docs, docs);
    }

    #[test]
    fn foreign_damaged_and_newer_data() {
        for text in [
            "",
            "lesson=3|page=7",
            "[1,2]",
            "{\"d\":{}}",
            "{\"v\":\"1\"}",
        ] {
            assert!(
                matches!(decode(text), Err(DecodeError::Unreadable(_))),
                "{text}"
            );
        }
        assert_eq!(decode(r#"{"v":2,"d":{}}"#), Err(DecodeError::Newer(2)));
        // Entries that cannot be placed are dropped, the rest is kept.
        let data = decode(
            r#"{"v":1,"c":"k","d":{"p/m":{"v":1},"x/y":{"v":1},"c/":{"v":1},"c/a/b":{},"r/q":null},"o":[7,"c/l"]}"#,
        )
        .unwrap();
        assert_eq!(
            data.docs.keys().collect::<Vec<_>>(),
            vec!["ler-widgets/v1/k/viewer/m"]
        );
        assert_eq!(
            data.partial,
            TextSet::from(["ler-widgets/v1/k/checklist/l".to_owned()])
        );
    }
}
