//! What kind of document this is. Contexts and types are those of
//! the Open Badges 3.0 data model (<https://www.imsglobal.org/spec/ob/v3p0/>, appendix B),
//! the CLR 2.0 data model (<https://www.imsglobal.org/spec/clr/v2p0/>) and the W3C VC Data
//! Model 2.0 (<https://www.w3.org/TR/vc-data-model-2.0/>, §4.3 "Contexts").

use serde_json::Value;

use crate::i18n::{Lang, Msg};
use crate::json;

/// The VC Data Model 2.0 base context, which must come first (VC Data Model 2.0 §4.3; OB 3.0
/// `VerifiableCredential.@context`).
pub const VC_V2_CONTEXT: &str = "https://www.w3.org/ns/credentials/v2";
/// The VC Data Model 1.1 base context (the older generation, which OB 3.0 §9.1 still
/// verifies: `issuanceDate` and `expirationDate` instead of `validFrom` and `validUntil`).
pub const VC_V1_CONTEXT: &str = "https://www.w3.org/2018/credentials/v1";
/// Prefix of the OB 3.0 contexts (`context-3.0.3.json`, older `context.json` …; OB 3.0
/// appendix "Context").
pub const OB_CONTEXT_PREFIX: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context";
/// The current OB 3.0 context (OB 3.0 appendix "Context", as of its Final 1.2 of December
/// 2024), which the 1EdTech validator expects second.
pub const OB_CONTEXT_CURRENT: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
/// Another name of the OB 3.0 context the 1EdTech validator accepts in its place.
pub const OB_CONTEXT_ALIAS: &str = "https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld";
/// Prefix of the CLR 2.0 contexts (`context-2.0.1.json`, older `context.json`; CLR 2.0 JSON
/// Schema, `@context`).
pub const CLR_CONTEXT_PREFIX: &str = "https://purl.imsglobal.org/spec/clr/v2p0/context";
/// The current CLR 2.0 context, which the 1EdTech validator expects second in a CLR.
pub const CLR_CONTEXT_CURRENT: &str = "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";
/// The Open Badges 2.0 context.
pub const OB2_CONTEXT: &str = "https://w3id.org/openbadges/v2";

/// The kinds of document the inspector tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// OB 3.0 `OpenBadgeCredential`, or its alias `AchievementCredential`.
    OpenBadge,
    /// CLR 2.0 `ClrCredential`.
    Clr,
    /// OB 3.0 `EndorsementCredential`.
    Endorsement,
    /// A Verifiable Credential of another type.
    OtherCredential,
    /// An Open Badges 2.0 assertion (the hosted model).
    OpenBadges2,
    /// Not a credential this inspector knows.
    Unknown,
}

impl Kind {
    /// A short name for headings.
    pub fn label(self, lang: Lang) -> &'static str {
        lang.t(match self {
            Self::OpenBadge => Msg::KindOpenBadge,
            Self::Clr => Msg::KindClr,
            Self::Endorsement => Msg::KindEndorsement,
            Self::OtherCredential => Msg::KindOther,
            Self::OpenBadges2 => Msg::KindOb2,
            Self::Unknown => Msg::KindUnknown,
        })
    }
}

/// Which VC data model generation the document follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generation {
    /// VC 2.0 (`validFrom`, `validUntil`).
    V2,
    /// VC 1.1 (`issuanceDate`, `expirationDate`), the older form.
    V11,
    /// Neither base context is there.
    Neither,
}

/// The document's `@context` entries that are strings.
pub fn contexts(doc: &Value) -> Vec<String> {
    json::one_or_many(doc.get("@context"))
        .into_iter()
        .filter_map(|c| c.as_str().map(str::to_owned))
        .collect()
}

/// Whether `doc` follows VC 1.1's property names (`issuanceDate`, `expirationDate`): every
/// credential without the VC 2.0 context, as the 1EdTech validator decides.
pub fn is_legacy(doc: &Value) -> bool {
    generation(doc) != Generation::V2
}

/// The generation of `doc`: VC 2.0 when its contexts include the VC 2.0 base context
/// anywhere, else VC 1.1 when they include that one. This is how the 1EdTech validator picks
/// the date properties and schemas (its `VCVersion.of`); where the base context stands is
/// the `context` check's business.
pub fn generation(doc: &Value) -> Generation {
    let ctx = contexts(doc);
    if ctx.iter().any(|c| c == VC_V2_CONTEXT) {
        Generation::V2
    } else if ctx.iter().any(|c| c == VC_V1_CONTEXT) {
        Generation::V11
    } else {
        Generation::Neither
    }
}

/// Recognises `doc`, and explains the verdict in a sentence or two, in `lang`.
pub fn recognize(doc: &Value, lang: Lang) -> (Kind, String) {
    if !doc.is_object() {
        return (Kind::Unknown, lang.t(Msg::KnowNotObject).into());
    }
    let types = json::types(doc);
    let has = |t: &str| types.iter().any(|x| x == t);
    if has("OpenBadgeCredential") || has("AchievementCredential") {
        let text = if has("AchievementCredential") && !has("OpenBadgeCredential") {
            Msg::KnowOpenBadgeAlias
        } else {
            Msg::KnowOpenBadge
        };
        return (Kind::OpenBadge, lang.t(text).into());
    }
    if has("ClrCredential") {
        return (Kind::Clr, lang.t(Msg::KnowClr).into());
    }
    if has("EndorsementCredential") {
        return (Kind::Endorsement, lang.t(Msg::KnowEndorsement).into());
    }
    if has("VerifiableCredential") {
        return (
            Kind::OtherCredential,
            lang.fill(Msg::KnowOther, &[("types", &types.join(", "))]),
        );
    }
    let ob2_context = contexts(doc).iter().any(|c| c == OB2_CONTEXT);
    if ob2_context || (has("Assertion") && doc.get("badge").is_some()) {
        return (Kind::OpenBadges2, lang.t(Msg::KnowOb2).into());
    }
    let mut missing = Vec::new();
    if types.is_empty() {
        missing.push(lang.t(Msg::KnowNoType));
    } else {
        missing.push(lang.t(Msg::KnowNotVc));
    }
    if contexts(doc).is_empty() {
        missing.push(lang.t(Msg::KnowNoContext));
    }
    if doc.get("credentialSubject").is_none() {
        missing.push(lang.t(Msg::KnowNoSubject));
    }
    (
        Kind::Unknown,
        lang.fill(
            Msg::KnowUnknown,
            &[("missing", &missing.join(", ")), ("context", OB2_CONTEXT)],
        ),
    )
}
