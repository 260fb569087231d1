//! The readers' detail messages in English: the reference every other catalogue translates
//! (see `en.rs` for the rules: placeholders keep their names, credential data is never part
//! of a text). A JSON syntax problem is worded as serde_json words it.

use super::Detail;

/// The text of `detail`.
pub(super) fn text(detail: Detail) -> &'static str {
    match detail {
        // A baked PNG.
        Detail::PngNotPng => "This is not a PNG file (its first bytes are not the PNG signature).",
        Detail::PngTruncated => "The PNG file is truncated: it ends before its IEND chunk.",
        Detail::PngPastEnd => {
            "The PNG file is damaged: chunk \"{chunk}\" says it is {length} bytes long, which runs past the end of the file."
        }
        Detail::PngCrc => {
            "The PNG file is damaged: the checksum (CRC) of chunk \"{chunk}\" does not match its content."
        }
        Detail::PngTwoCredentials => {
            "The PNG has two openbadgecredential chunks; Open Badges 3.0 allows one, so it is ambiguous which credential it carries."
        }
        Detail::PngNoCredential => {
            "This PNG carries no credential: it has no iTXt chunk with the keyword \"openbadgecredential\" (Open Badges 3.0 baking), so it is an ordinary image, not a baked badge."
        }
        Detail::PngCompressed => {
            "The PNG's {keyword} chunk is compressed. Open Badges 3.0 says the credential is stored without compression, and this inspector does not decompress it."
        }
        Detail::PngNotUtf8 => "The PNG's {keyword} chunk is not UTF-8 text.",
        // A baked SVG.
        Detail::SvgNoCredential => {
            "This SVG carries no credential: it has no <openbadges:credential> element (Open Badges 3.0 baking), so it is an ordinary image."
        }
        Detail::SvgTruncatedTag => "The SVG is truncated inside its <openbadges:credential> tag.",
        Detail::SvgNoVerifyNorContent => {
            "The SVG's <openbadges:credential> element is empty: it has neither a verify attribute nor content."
        }
        Detail::SvgUnclosed => "The SVG's <openbadges:credential> element is never closed.",
        Detail::SvgCdataUnclosed => "The CDATA section in <openbadges:credential> is never closed.",
        Detail::SvgEmpty => "The SVG's <openbadges:credential> element is empty.",
        // JSON syntax, as serde_json words it.
        Detail::JsonAt => "{problem} at line {line} column {column}",
        Detail::JsonEofList => "EOF while parsing a list",
        Detail::JsonEofObject => "EOF while parsing an object",
        Detail::JsonEofString => "EOF while parsing a string",
        Detail::JsonEofValue => "EOF while parsing a value",
        Detail::JsonColon => "expected `:`",
        Detail::JsonListCommaOrEnd => "expected `,` or `]`",
        Detail::JsonObjectCommaOrEnd => "expected `,` or `}`",
        Detail::JsonIdent => "expected ident",
        Detail::JsonValue => "expected value",
        Detail::JsonDoubleQuote => "expected `\"`",
        Detail::JsonEscape => "invalid escape",
        Detail::JsonNumber => "invalid number",
        Detail::JsonNumberRange => "number out of range",
        Detail::JsonCodePoint => "invalid unicode code point",
        Detail::JsonControl => "control character (\\u0000-\\u001F) found while parsing a string",
        Detail::JsonKey => "key must be a string",
        Detail::JsonSurrogate => "lone leading surrogate in hex escape",
        Detail::JsonTrailingComma => "trailing comma",
        Detail::JsonTrailing => "trailing characters",
        Detail::JsonHexEnd => "unexpected end of hex escape",
        // A compact JWT.
        Detail::JwtNotThreeParts => {
            "A compact JWT has three parts separated by dots; this one does not."
        }
        Detail::JwtHeader => "header",
        Detail::JwtPayload => "payload",
        Detail::JwtSignature => "signature part",
        Detail::JwtNotBase64url => "The JWT's {part} is not valid base64url.",
        Detail::JwtNotUtf8 => "The JWT's {part} is not UTF-8 text.",
        Detail::JwtTooDeep => "The JWT's {part} is nested too deeply.",
        Detail::JwtNotJson => "The JWT's {part} is not JSON: {detail}.",
        Detail::JwtNotObject => "The JWT's {part} is JSON but not an object.",
        Detail::JwtTaken => "{property} is taken from the JWT's {claim} claim.",
        Detail::JwtIssDiffers => {
            "The JWT's iss claim ({iss}) differs from the credential's issuer id."
        }
        // A status list.
        Detail::ListNotJson => "The list is not JSON: {detail}.",
        Detail::ListTooDeep => "The list is nested too deeply to be a status list.",
        Detail::ListNotObject => "The list is not a JSON object.",
        Detail::ListNoRevokedCredential => {
            "The document has no revokedCredential property, so it is not a 1EdTech Revocation List."
        }
        Detail::ListNoCredentialId => {
            "The credential has no id, and a revocation list names credentials by id."
        }
        Detail::ListNamesRevoked => "the list names {id} as revoked",
        Detail::ListNamesRevokedBecause => "the list names {id} as revoked (\"{reason}\")",
        Detail::ListNamesNotRevoked => "the list names {id} with revoked false",
        Detail::ListNotAmong => "{id} is not among the {n} credential(s) the list names as revoked",
        Detail::ListNotBitstring => {
            "The document is not a BitstringStatusListCredential (its type does not say so)."
        }
        Detail::ListPurpose => {
            "The credential's statusPurpose is \"{purpose}\", but the list's is {list} (§3.2 step 5: they must match)."
        }
        Detail::ListPurposeMissing => "missing",
        Detail::ListBadSize => "The entry's statusSize is not a whole number from 1 to 64.",
        Detail::ListBadIndex => "The entry's statusListIndex is not a whole number.",
        Detail::ListNoEncodedList => "The list has no encodedList.",
        Detail::ListTooFew => {
            "The list holds {entries} entries, fewer than the {min} the specification requires (§3.2 step 9, STATUS_LIST_LENGTH_ERROR)."
        }
        Detail::ListOutOfRange => {
            "statusListIndex {index} is outside the list's {entries} entries (§3.2 step 10, RANGE_ERROR)."
        }
        Detail::ListEntryClear => "entry {index} of the {purpose} list is 0 (not set)",
        Detail::ListEntryRevoked => "entry {index} of the revocation list is set: revoked",
        Detail::ListEntrySuspended => "entry {index} of the suspension list is set: suspended",
        Detail::ListEntryValue => "entry {index} of the {purpose} list has the value {value}",
        Detail::ListNotMultibase => {
            "encodedList does not start with \"u\", the multibase prefix of base64url the specification requires."
        }
        Detail::ListNotBase64url => "encodedList is not valid base64url.",
        Detail::ListNotGzip => "encodedList is not GZIP-compressed data.",
        Detail::ListTooLarge => "The list expands past {mb} MB; it is refused.",
        Detail::ListDamaged => "encodedList's compressed data is damaged.",
        // A VC-JWT's own key.
        Detail::JwkMissing => "the jwk has no \"{name}\"",
        Detail::JwkNotBase64url => "the jwk's \"{name}\" is not base64url",
        Detail::JwkEdCurve => "EdDSA needs an OKP key on curve Ed25519",
        Detail::JwkEdLength => "an Ed25519 key is 32 bytes",
        Detail::JwkEdInvalid => "not a valid Ed25519 key",
        Detail::JwkEcCurve => "ES256 needs an EC key on curve P-256",
        Detail::JwkEcLength => "P-256 coordinates are 32 bytes each",
        Detail::JwkEcPoint => "not a point on P-256",
        Detail::JwkRsaKty => "RS256 and PS256 need an RSA key (kty \"RSA\")",
        Detail::JwkRsaShort => "the RSA key has {bits} bits; JWS requires at least {min}",
        Detail::JwkRsaUnusable => "not a usable RSA public key ({detail})",
        // Multibase.
        Detail::MultibaseEmpty => {
            "it is not base58btc multibase (which starts with \"z\"; it is empty)"
        }
        Detail::MultibaseStart => {
            "it is not base58btc multibase (which starts with \"z\"; it starts with \"{start}\")"
        }
        Detail::MultibaseNotBase58 => "it has characters that are not base58",
        Detail::MultibaseNotEd25519 => "it is not an Ed25519 public key (multicodec 0xed01)",
        Detail::MultibaseLength => "an Ed25519 public key is 32 bytes, this one {n}",
        // A proof's verification method.
        Detail::KeyNoScheme => {
            "The verification method \"{method}\" is not a URL: it has no scheme (such as did: or https:), so it names no key a verifier could find."
        }
        Detail::KeyScheme => {
            "The verification method \"{method}\" uses the scheme \"{scheme}:\", which names no key a verifier can find (a verification method is a DID or an https URL)."
        }
        Detail::KeyDidKeyNotEd25519 => {
            "The verification method is a did:key, but its identifier cannot be an Ed25519 key: {why}."
        }
        Detail::KeyDidKeyFragment => {
            "The verification method {did}#{fragment} names a key that this did:key does not have (a did:key has exactly one, #{id})."
        }
        Detail::KeyNotInDocument => {
            "The document at {url} does not describe the verification method {method}."
        }
        Detail::KeyNotAssertionMethod => {
            "The document at {url} has the key {method} but does not list it under assertionMethod, so its controller has not authorised it to sign credentials."
        }
        Detail::KeyNoMultibase => {
            "The key {method} in {url} has no publicKeyMultibase (the form this inspector reads)."
        }
        Detail::KeyBadMultibase => "The key {method} in {url} cannot be used: {why}.",
        Detail::KeyDidWeb => {
            "The verification method uses the DID method \"did:web\", which this inspector does not resolve (did:web is resolved by fetching a did.json from the web, which this inspector does not do); it resolves did:key, and a key written in the verification method's fragment."
        }
        Detail::KeyDidMethod => {
            "The verification method uses the DID method \"did:{method}\", which this inspector does not resolve; it resolves did:key, and a key written in the verification method's fragment."
        }
        Detail::KeyHttps => {
            "The key is published in the controller document at {base}, which is not fetched unless you ask."
        }
        Detail::KeyHttp => {
            "The key is in a document at {base}, an unencrypted http address: anyone on the way could change it, so it is not fetched."
        }
        // Canonicalizing a document.
        Detail::CanonContext => {
            "it names the JSON-LD context {url}, which this inspector does not carry (and it fetches no contexts)"
        }
        Detail::CanonJsonLd => "it cannot be read as JSON-LD ({why})",
        Detail::CanonTooManyQuads => {
            "it expands to more than {max} RDF statements, more than this inspector canonicalizes in a page"
        }
        Detail::CanonTooAlike => {
            "its blank nodes are so alike that canonicalizing them would take more than {limit} rounds of RDFC-1.0's hardest step (\"dataset poisoning\"), so this inspector stops"
        }
        Detail::CanonFailed => "it could not be canonicalized ({why})",
        Detail::CanonDataLoss => {
            "JSON-LD processing drops part of it (\"{iri}\" is not an absolute IRI, typically a type or term no context defines), so that part is not covered by any signature (Data Integrity's DATA_LOSS_DETECTION_ERROR)"
        }
    }
}
