//! Decoding saved progress (untrusted: other versions, other tabs, hand edits, extensions):
//! it must never panic, and what it reads must be written back and read again unchanged.
//!
//! Every input is decoded as each kind of document — a checklist's ticks and notes, text
//! answers, a module place (all through the shared envelope of `store::document`) — and as
//! the LMS copy (`cmi.suspend_data`); and the JSON reader under them all (`store::json`) is
//! held to serde_json: both read the same texts (except numbers beyond f64, which it keeps
//! as text), and what it reads it writes back so that it reads again the same.
#![no_main]

use ler_widgets::suspend;
use ler_widgets::{ChecklistState, Document, ModulePlace, Outcome, TextEntries, json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check_json(text);
    check::<ChecklistState>(text);
    check::<TextEntries>(text);
    check::<ModulePlace>(text);
    if let Ok(decoded) = suspend::decode(text) {
        // Re-encoding what was read, with room to spare, reads back the same documents.
        let encoded = suspend::encode(&decoded.docs, usize::MAX);
        if encoded.omitted.is_empty() && encoded.reduced.is_empty() {
            let again = suspend::decode(&encoded.text).expect("our own suspend data reads");
            assert_eq!(
                again.docs, decoded.docs,
                "suspend data changed on a round trip"
            );
        }
    }
});

fn check<T: Document + std::fmt::Debug>(text: &str) {
    let decoded = T::decode(text);
    if let Outcome::Unreadable(why) = &decoded.outcome {
        assert!(!why.is_empty(), "unreadable without a reason");
        assert_eq!(
            decoded.value,
            T::default(),
            "unreadable data must start empty"
        );
        return;
    }
    // Whatever was read is written as this version writes, and reads back clean and equal.
    let encoded = decoded.value.encode();
    let again = T::decode(&encoded);
    assert_eq!(again.outcome, Outcome::Clean, "our own encoding: {encoded}");
    assert_eq!(
        again.value, decoded.value,
        "round trip changed the value: {encoded}"
    );
}

fn check_json(text: &str) {
    let ours = json::parse(text);
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(_) => assert!(
            ours.is_ok(),
            "serde_json reads it, store::json refused: {ours:?}"
        ),
        // The one difference on purpose: numbers are kept as text, never out of range.
        Err(e) if ours.is_ok() => assert!(
            e.to_string().contains("number out of range"),
            "store::json read what serde_json refused: {e}"
        ),
        Err(_) => {}
    }
    if let Ok(value) = ours {
        let written = value.to_json();
        assert_eq!(
            json::parse(&written).as_ref(),
            Ok(&value),
            "written: {written}"
        );
    }
}
