//! The credential inspector on untrusted bytes (a paste, a file, a fetched `src`), with or
//! without a status list: it must never panic, whatever the container (JSON, compact JWS,
//! PNG, SVG), the document or the list (1EdTech revocation list, GZIP bitstring).
//!
//! Input: the credential's bytes, then optionally the separator line and a status list.
#![no_main]

use ler_inspector::status_list::{ListOrigin, StatusListInput};
use libfuzzer_sys::fuzz_target;

const SEPARATOR: &[u8] = b"\n--status-list--\n";

fuzz_target!(|data: &[u8]| {
    let (credential, list) = match data
        .windows(SEPARATOR.len())
        .position(|w| w == SEPARATOR)
    {
        Some(at) => (&data[..at], Some(&data[at + SEPARATOR.len()..])),
        None => (data, None),
    };
    let list = list.map(|l| StatusListInput {
        text: String::from_utf8_lossy(l).into_owned(),
        origin: ListOrigin::Provided("the fuzzed list".into()),
    });
    if let Ok(i) = ler_inspector::inspect_with(credential, 0, list.as_ref()) {
        // Every check that ran says why, and the verdict exists exactly when checks ran.
        assert!(i.checks.iter().all(|c| !c.reason.is_empty()));
        assert_eq!(i.summary.is_some(), !i.checks.is_empty());
    }
});
