//! Inspecting an untrusted credential (pasted, dropped, fetched from `src`): it must never
//! panic, whatever the bytes. Each input goes through the whole inspection (JSON, VC-JWT,
//! PNG and SVG readers, every check, the proof verification), and, as text, through the
//! proof layer's parts on their own: multibase, did:key and verification-method resolution,
//! the JWT decoder, a controller document, and JSON-LD toRdf with RDFC-1.0 over the bundled
//! contexts, which must give the same canonical form twice.
#![no_main]

use ler_inspector::proof::{self, canon, keys, multibase};
use libfuzzer_sys::fuzz_target;

/// 2023-11-14: the clock is injected, so runs are reproducible.
const NOW: i64 = 1_700_000_000;

fuzz_target!(|data: &[u8]| {
    let _ = ler_inspector::inspect(data, NOW);
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = multibase::decode_base58btc(text);
    let _ = multibase::ed25519_public_key(text);
    let _ = keys::resolve(text);
    let _ = ler_inspector::jwt::decode(text);
    let Ok(value) = ler_inspector::json::parse(text) else {
        return;
    };
    let _ = keys::from_controller_document("https://example.org/k#key-1", "https://example.org/k", &value);
    let _ = proof::key_documents(&value);
    if let Ok(first) = canon::canonical_nquads(&value) {
        let again = canon::canonical_nquads(&value).expect("canonicalized once, so again");
        assert_eq!(first, again, "RDFC-1.0 gave two canonical forms of one document");
    }
});
