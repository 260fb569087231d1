//! The JSON-LD contexts the inspector carries, so that proofs are checked without the
//! network. Each is the published document, unchanged (see `inspector/contexts/README.md`
//! for where each comes from and its licence). A document naming any other context cannot
//! be canonicalized here, and its proof is "not checked", with the context named.

/// `(URL as written in @context, the document)`. Two URLs of Open Badges 3.0 name the same
/// document, as the 1EdTech validator's own loader maps them.
const BUNDLED: &[(&str, &str)] = &[
    (
        "https://www.w3.org/ns/credentials/v2",
        include_str!("../../contexts/credentials-v2.jsonld"),
    ),
    (
        "https://www.w3.org/2018/credentials/v1",
        include_str!("../../contexts/2018-credentials-v1.jsonld"),
    ),
    (
        "https://w3id.org/security/data-integrity/v1",
        include_str!("../../contexts/data-integrity-v1.jsonld"),
    ),
    (
        "https://w3id.org/security/suites/ed25519-2020/v1",
        include_str!("../../contexts/security-suites-ed25519-2020-v1.jsonld"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json",
        include_str!("../../contexts/ob-v3p0.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld",
        include_str!("../../contexts/ob-v3p0.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json",
        include_str!("../../contexts/ob-v3p0-3.0.1.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
        include_str!("../../contexts/ob-v3p0-3.0.2.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        include_str!("../../contexts/ob-v3p0-3.0.3.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
        include_str!("../../contexts/ob-v3p0-extensions.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/clr/v2p0/context.json",
        include_str!("../../contexts/clr-v2p0.json"),
    ),
    (
        "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
        include_str!("../../contexts/clr-v2p0-2.0.1.json"),
    ),
];

/// The bundled document for a context URL, if the inspector carries it.
pub fn bundled(url: &str) -> Option<&'static str> {
    BUNDLED
        .iter()
        .find(|(known, _)| *known == url)
        .map(|(_, document)| *document)
}

/// Every URL the inspector carries a context for.
pub fn urls() -> impl Iterator<Item = &'static str> {
    BUNDLED.iter().map(|(url, _)| *url)
}
