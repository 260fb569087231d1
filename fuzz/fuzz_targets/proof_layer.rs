//! The proof layer of the credential inspector on untrusted text (the whole inspection is
//! the `inspect` target's): multibase, did:key and verification-method resolution, the JWT
//! decoder, a fetched controller document, every embedded proof's verification, and JSON-LD
//! toRdf with RDFC-1.0 over the bundled contexts, which must give the same canonical form
//! twice. It must never panic.
#![no_main]

use ler_inspector::proof::{self, canon, keys, multibase};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
    let _ = proof::verify_proofs(&value);
    if let Ok(first) = canon::canonical_nquads(&value) {
        let again = canon::canonical_nquads(&value).expect("canonicalized once, so again");
        assert_eq!(first, again, "RDFC-1.0 gave two canonical forms of one document");
    }
});
