//! Hostile and broken inputs: each is a clear error (or an honest "not a credential"),
//! never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use ler_inspector::input::MAX_BYTES;
use ler_inspector::png::{SIGNATURE, chunk};
use ler_inspector::{InputError, inspect};

fn itxt(keyword: &str, compressed: bool, text: &str) -> Vec<u8> {
    let mut data = keyword.as_bytes().to_vec();
    data.extend_from_slice(&[0, u8::from(compressed), 0, 0, 0]);
    data.extend_from_slice(text.as_bytes());
    data
}

fn png(chunks: &[Vec<u8>]) -> Vec<u8> {
    let mut out = SIGNATURE.to_vec();
    out.extend_from_slice(&chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]));
    for c in chunks {
        out.extend_from_slice(c);
    }
    out
}

const BADGE: &str = r#"{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential","OpenBadgeCredential"]}"#;

fn err(bytes: &[u8]) -> String {
    match inspect(bytes, 0) {
        Err(e) => e.to_string(),
        Ok(i) => panic!("expected an error, got {:?}", i.kind),
    }
}

#[test]
fn oversized_input_is_refused_with_its_size() {
    let huge = vec![b' '; MAX_BYTES + 1];
    assert_eq!(
        inspect(&huge, 0).unwrap_err(),
        InputError::TooLarge(MAX_BYTES + 1)
    );
    assert!(err(&huge).contains("5 MB"));
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    assert_eq!(
        inspect(deep.as_bytes(), 0).unwrap_err(),
        InputError::TooDeep
    );
    let deep_object = format!("{}1{}", r#"{"a":"#.repeat(100), "}".repeat(100));
    assert_eq!(
        inspect(deep_object.as_bytes(), 0).unwrap_err(),
        InputError::TooDeep
    );
}

#[test]
fn garbage_text_and_binary_are_errors() {
    assert_eq!(inspect(b"", 0).unwrap_err(), InputError::Empty);
    assert_eq!(inspect(b"   \n", 0).unwrap_err(), InputError::Empty);
    assert_eq!(
        inspect(&[0xff, 0xfe, 0x00, 0x41], 0).unwrap_err(),
        InputError::NotText
    );
    assert_eq!(
        inspect(b"hello there", 0).unwrap_err(),
        InputError::NotRecognised
    );
    assert!(err(br#"{"@context": ["#).starts_with("This is not valid JSON"));
    assert!(err(b"eyJhbGciOiJub25lIn0.!!!.x").contains("not a credential format"));
    assert!(err(b"eyJhbGciOiJub25lIn0.bm90IGpzb24.").contains("payload is not JSON"));
    assert!(err(b"eyJhbGciOiJub25lIn0.WzFd.").contains("not an object"));
}

#[test]
fn a_baked_png_is_read_and_its_credential_found() {
    let good = png(&[
        chunk(b"iTXt", &itxt("openbadgecredential", false, BADGE)),
        chunk(b"IEND", &[]),
    ]);
    let i = inspect(&good, 0).unwrap();
    assert_eq!(i.kind, ler_inspector::recognize::Kind::OpenBadge);
}

#[test]
fn broken_pngs_are_errors() {
    let baked = chunk(b"iTXt", &itxt("openbadgecredential", false, BADGE));
    // Truncated: no IEND, and cut in the middle of a chunk.
    let no_end = png(std::slice::from_ref(&baked));
    assert!(err(&no_end).contains("truncated"));
    let mut cut = png(&[baked.clone(), chunk(b"IEND", &[])]);
    cut.truncate(cut.len() - 30);
    // The last 30 bytes are IEND (12) and the end of the iTXt chunk: its length now runs
    // past the end of the file.
    assert!(
        err(&cut).contains("chunk \"iTXt\" says it is"),
        "{}",
        err(&cut)
    );
    // A length that runs past the end.
    let mut long = png(&[]);
    long.extend_from_slice(&0x7fff_ffffu32.to_be_bytes());
    long.extend_from_slice(b"iTXt");
    long.extend_from_slice(b"abc");
    assert!(err(&long).contains("runs past the end"));
    // A wrong CRC.
    let mut bad_crc = baked.clone();
    let last = bad_crc.len() - 1;
    bad_crc[last] ^= 0xff;
    assert!(err(&png(&[bad_crc, chunk(b"IEND", &[])])).contains("CRC"));
    // A compressed credential chunk is refused honestly.
    let compressed = chunk(b"iTXt", &itxt("openbadgecredential", true, "x\u{1}"));
    assert!(err(&png(&[compressed, chunk(b"IEND", &[])])).contains("compressed"));
    // Two credential chunks are ambiguous.
    assert!(err(&png(&[baked.clone(), baked.clone(), chunk(b"IEND", &[])])).contains("two"));
    // An ordinary image.
    assert!(err(&png(&[chunk(b"IEND", &[])])).contains("ordinary image"));
    // Just the signature.
    assert!(err(&SIGNATURE).contains("truncated"));
    // A credential chunk that is not UTF-8.
    let mut latin = b"openbadgecredential\0\0\0\0\0".to_vec();
    latin.push(0xff);
    assert!(err(&png(&[chunk(b"iTXt", &latin), chunk(b"IEND", &[])])).contains("UTF-8"));
}

#[test]
fn an_open_badges_2_png_is_explained() {
    let old = png(&[
        chunk(b"tEXt", b"openbadges\0https://example.org/assertions/1"),
        chunk(b"IEND", &[]),
    ]);
    let i = inspect(&old, 0).unwrap();
    assert_eq!(i.kind, ler_inspector::recognize::Kind::OpenBadges2);
    assert!(i.explanation.contains("address of the assertion"));
}

#[test]
fn every_truncation_of_the_sample_png_is_an_error_not_a_panic() {
    let bytes = std::fs::read(format!(
        "{}/../examples/credentials/ob30-simple-json.png",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    for len in (0..bytes.len())
        .step_by(97)
        .chain(bytes.len() - 16..bytes.len())
    {
        let _ = inspect(&bytes[..len], 0);
    }
    // Flipping a byte inside the credential chunk breaks its CRC.
    let at = bytes
        .windows(19)
        .position(|w| w == b"openbadgecredential")
        .unwrap()
        + 200;
    let mut flipped = bytes.clone();
    flipped[at] ^= 0x01;
    assert!(err(&flipped).contains("CRC"));
}

#[test]
fn every_truncation_of_the_jwt_and_svg_samples_is_handled() {
    for name in [
        "ob30-simple.jwt",
        "ob30-simple-jwt.svg",
        "clr20-simple.json",
    ] {
        let text = std::fs::read(format!(
            "{}/../examples/credentials/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        for len in (0..text.len()).step_by(31) {
            let _ = inspect(&text[..len], 0);
        }
    }
}

/// The complete sample with a Bitstring Status List entry, and lists of every broken shape:
/// each is "not checked" with a reason, never a panic, and a list that inflates past the
/// limit is refused.
#[test]
fn broken_status_lists_are_reasons_not_panics() {
    use base64::Engine as _;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
    use ler_inspector::status_list::{ListOrigin, MAX_BITSTRING_BYTES, StatusListInput};
    let mut doc: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/../examples/credentials/ob30-simple.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap();
    doc["credentialStatus"] = serde_json::json!({"type": "BitstringStatusListEntry",
        "statusPurpose": "revocation", "statusListIndex": "7",
        "statusListCredential": "https://example.org/list"});
    let bytes = doc.to_string();
    let status_of = |text: String| {
        let list = StatusListInput {
            text,
            origin: ListOrigin::Provided("the pasted list".into()),
        };
        let i = ler_inspector::inspect_with(bytes.as_bytes(), 0, Some(&list)).unwrap();
        let c = i.checks.iter().find(|c| c.id == "status").unwrap().clone();
        (c.status, c.reason)
    };
    // A GZIP member whose DEFLATE body expands to one byte more than the limit.
    let mut bomb = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
    bomb.extend(miniz_oxide::deflate::compress_to_vec(
        &vec![0u8; MAX_BITSTRING_BYTES + 1],
        9,
    ));
    let list = |encoded: String| {
        serde_json::json!({"type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "credentialSubject": {"statusPurpose": "revocation", "encodedList": encoded}})
        .to_string()
    };
    let (status, reason) = status_of(list(format!("u{}", B64.encode(&bomb))));
    assert_eq!(status, ler_inspector::Status::NotChecked);
    assert!(reason.contains("expands past 16 MB"), "{reason}");
    let valid = list(format!("u{}", B64.encode(&bomb[..40])));
    for len in 0..valid.len() {
        let (status, _) = status_of(valid[..len].to_owned());
        assert_ne!(status, ler_inspector::Status::Pass, "{len}");
    }
    for garbage in [
        "",
        "{",
        "null",
        "[]",
        "eyJhbGciOiJub25lIn0.e30.",
        "{\"revokedCredential\": 5}",
    ] {
        let (status, _) = status_of(garbage.to_owned());
        assert_eq!(status, ler_inspector::Status::NotChecked, "{garbage}");
    }
}
