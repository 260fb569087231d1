//! The checks, grouped under the curriculum's four pillars (module `record-integrity`), each
//! with pass / fail / not checked and a plain-language reason.
//!
//! Every rule names its source: the tags ([OBLINES], [OBSCHEMA], [CLRSCHEMA], [VCREC],
//! [OBSPEC]) are those of /work/shared/research/ler-domain.md, where the facts are quoted.

use serde_json::Value;

use crate::dates::parse_rfc3339;
use crate::extract;
use crate::json::{self, get, id_of, one_or_many, text};
use crate::jwt::Jws;
use crate::links::{CREDENTIAL_LAYER, Section};
use crate::proof;
use crate::recognize::{
    self, CLR_CONTEXT_PREFIX, Generation, Kind, OB_CONTEXT_PREFIX, VC_V1_CONTEXT, VC_V2_CONTEXT,
};
use crate::verify::{self, Verdict};

/// The four pillars of module 5, in the order it teaches them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pillar {
    Integrity,
    Structure,
    Transparency,
    Trust,
}

impl Pillar {
    /// All four, in order.
    pub const ALL: [Pillar; 4] = [
        Pillar::Integrity,
        Pillar::Structure,
        Pillar::Transparency,
        Pillar::Trust,
    ];

    /// The pillar's name.
    pub fn title(self) -> &'static str {
        match self {
            Self::Integrity => "Integrity",
            Self::Structure => "Structure",
            Self::Transparency => "Transparency",
            Self::Trust => "Trust",
        }
    }

    /// The module section that teaches it.
    pub fn section(self) -> Section {
        let (section, title) = match self {
            Self::Integrity => (
                "pillar-integrity",
                "Integrity: the record is what was issued",
            ),
            Self::Structure => ("pillar-structure", "Structure: a record machines can read"),
            Self::Transparency => (
                "pillar-transparency",
                "Transparency: what the credential means",
            ),
            Self::Trust => ("pillar-trust", "Trust: who stands behind the record"),
        };
        Section {
            module: "record-integrity",
            section,
            title,
        }
    }
}

/// A check's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail,
    NotChecked,
}

impl Status {
    /// As words (the widget never shows status by colour alone).
    pub fn label(self) -> &'static str {
        match self {
            Self::Pass => "Pass",
            Self::Fail => "Fail",
            Self::NotChecked => "Not checked",
        }
    }
}

/// One check and its outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// Stable id (`proof-present`), used by tests and as an anchor.
    pub id: &'static str,
    pub pillar: Pillar,
    pub status: Status,
    /// What is checked, as a short phrase.
    pub title: &'static str,
    /// Why this outcome, in plain language.
    pub reason: String,
    /// The parts of the document the check read (JSON pointers), highlighted in the raw view.
    pub paths: Vec<String>,
    /// Another section that teaches the topic, beside the pillar's.
    pub also: Option<Section>,
}

/// What the checks look at.
pub struct Subject<'a> {
    /// The credential (for a VC-JWT: the credential in its payload, claims mapped).
    pub doc: &'a Value,
    pub kind: Kind,
    /// The JWS, when the credential came as a VC-JWT.
    pub jws: Option<&'a Jws>,
    /// Now, in seconds since 1970 (injected, so tests are deterministic).
    pub now: i64,
}

/// Runs every check that applies to `s.kind`.
pub fn run(s: &Subject<'_>) -> Vec<Check> {
    let mut checks = Vec::new();
    if matches!(s.kind, Kind::OpenBadges2 | Kind::Unknown) {
        return checks;
    }
    checks.push(proof_present(s));
    checks.push(proof_type(s));
    checks.push(signature(s));
    checks.push(dates(s));
    checks.push(status(s));
    checks.push(context(s));
    checks.push(types(s));
    checks.push(required(s));
    checks.push(subject(s));
    match s.kind {
        Kind::OpenBadge => {
            checks.push(achievement(s));
            checks.push(achievement_type(s));
        }
        Kind::Clr => checks.push(clr_contents(s)),
        _ => {}
    }
    if matches!(s.kind, Kind::OpenBadge | Kind::Clr) {
        checks.push(criteria(s));
        checks.push(alignment(s));
        checks.push(evidence(s));
    }
    if s.kind == Kind::Endorsement {
        checks.push(endorsement_comment(s));
    }
    checks.push(issuer(s));
    checks.push(endorsements(s));
    for c in &mut checks {
        c.reason = plain_sources(&c.reason);
    }
    checks
}

/// The source tags of the research notes, as a reader would name the documents.
fn plain_sources(reason: &str) -> String {
    [
        (
            "[OBLINES Criteria]",
            "(Open Badges 3.0 data model, Criteria)",
        ),
        (
            "[OBLINES; CLRSCHEMA]",
            "(Open Badges 3.0 data model; CLR 2.0 JSON Schema)",
        ),
        (
            "[OBLINES; OBSPEC verification.md]",
            "(Open Badges 3.0 data model and verification)",
        ),
        (
            "[VCREC; OBLINES]",
            "(W3C VC Data Model 2.0; Open Badges 3.0 data model)",
        ),
        ("[OBSPEC integrity.md]", "(Open Badges 3.0, proofs)"),
        (
            "[OBSPEC verification.md]",
            "(Open Badges 3.0, verification)",
        ),
        ("[OBLINES]", "(Open Badges 3.0 data model)"),
        ("[OBSCHEMA]", "(Open Badges 3.0 JSON Schema)"),
        ("[CLRSCHEMA]", "(CLR 2.0 JSON Schema)"),
        ("[VCREC]", "(W3C VC Data Model 2.0)"),
    ]
    .iter()
    .fold(reason.to_owned(), |r, (tag, plain)| r.replace(tag, plain))
}

/// What every outcome of one check shares: its id, pillar and title.
#[derive(Clone, Copy)]
struct Rule {
    id: &'static str,
    pillar: Pillar,
    title: &'static str,
}

impl Rule {
    fn new(id: &'static str, pillar: Pillar, title: &'static str) -> Self {
        Self { id, pillar, title }
    }

    fn outcome(self, status: Status, reason: impl Into<String>, paths: &[&str]) -> Check {
        Check {
            id: self.id,
            pillar: self.pillar,
            status,
            title: self.title,
            reason: reason.into(),
            paths: paths.iter().map(|p| (*p).to_owned()).collect(),
            also: None,
        }
    }

    fn pass(self, reason: impl Into<String>, paths: &[&str]) -> Check {
        self.outcome(Status::Pass, reason, paths)
    }

    fn fail(self, reason: impl Into<String>, paths: &[&str]) -> Check {
        self.outcome(Status::Fail, reason, paths)
    }

    fn not_checked(self, reason: impl Into<String>, paths: &[&str]) -> Check {
        self.outcome(Status::NotChecked, reason, paths)
    }
}

fn proofs(doc: &Value) -> Vec<&Value> {
    one_or_many(doc.get("proof"))
}

// ---- Integrity ---------------------------------------------------------------------------

fn proof_present(s: &Subject<'_>) -> Check {
    let rule = Rule::new("proof-present", Pillar::Integrity, "A proof is present");
    if let Some(jws) = s.jws {
        let alg = jws
            .header
            .get("alg")
            .and_then(Value::as_str)
            .unwrap_or("none");
        return if alg == "none" {
            rule.fail(
                "The credential came as a JWT that declares no signature (alg \"none\"): \
                 anyone could have written it.",
                &[],
            )
        } else {
            rule.pass(
                "The credential came as a signed JWT (VC-JWT): the signature covers its header \
                 and payload [OBSPEC integrity.md].",
                &[],
            )
        };
    }
    let n = proofs(s.doc).len();
    if n > 0 {
        rule.pass(
            format!(
                "{n} embedded proof{} (proof).",
                if n == 1 { "" } else { "s" }
            ),
            &["/proof"],
        )
    } else {
        rule.fail(
            "No proof: nothing shows this document is what the issuer issued. Anyone can \
             write this JSON.",
            &[],
        )
    }
}

/// JOSE algorithms a VC-JWT may use; OB 3.0 requires RS256 at minimum [OBSPEC integrity.md].
const KNOWN_ALGS: [&str; 8] = [
    "RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "ES512", "EdDSA",
];

/// Known Data Integrity cryptosuites: `eddsa-rdfc-2022` (W3C name), its older names in
/// 1EdTech text, and `ecdsa-sd-2023` listed by the 1EdTech validator (ler-domain.md §1.6).
const KNOWN_SUITES: [&str; 4] = [
    "eddsa-rdfc-2022",
    "eddsa-rdf-2022",
    "eddsa-2022",
    "ecdsa-sd-2023",
];

fn proof_type(s: &Subject<'_>) -> Check {
    let rule = Rule::new("proof-type", Pillar::Integrity, "The proof's type is known");
    if let Some(jws) = s.jws {
        let alg = jws
            .header
            .get("alg")
            .and_then(Value::as_str)
            .unwrap_or("(none)");
        return if KNOWN_ALGS.contains(&alg) {
            rule.pass(
                format!(
                    "JWT algorithm {alg}, a standard JOSE signature algorithm (OB 3.0 \
                         names RS256 as the minimum)."
                ),
                &[],
            )
        } else {
            rule.fail(
                format!(
                    "JWT algorithm \"{alg}\" is not a signature algorithm a verifier \
                         would accept."
                ),
                &[],
            )
        };
    }
    let proofs = proofs(s.doc);
    if proofs.is_empty() {
        return rule.not_checked("There is no proof whose type could be checked.", &[]);
    }
    let mut unknown = Vec::new();
    let mut known = Vec::new();
    for p in &proofs {
        let ty = text(p.get("type")).unwrap_or_default();
        let suite = text(p.get("cryptosuite")).unwrap_or_default();
        if ty == "DataIntegrityProof" && KNOWN_SUITES.contains(&suite.as_str()) {
            let note = match suite.as_str() {
                "eddsa-rdfc-2022" => "",
                "ecdsa-sd-2023" => "",
                _ => " (an older name of eddsa-rdfc-2022 found in 1EdTech texts)",
            };
            known.push(format!("DataIntegrityProof with cryptosuite {suite}{note}"));
        } else if ty == "Ed25519Signature2020" {
            known.push("Ed25519Signature2020 (the VC 1.1-era suite)".to_owned());
        } else {
            unknown.push(if suite.is_empty() {
                ty
            } else {
                format!("{ty} / {suite}")
            });
        }
    }
    if unknown.is_empty() {
        rule.pass(
            format!(
                "{}; OB 3.0 conformance for embedded proofs is the EdDSA suite \
                     [OBSPEC integrity.md].",
                known.join("; ")
            ),
            &["/proof"],
        )
    } else {
        rule.fail(
            format!(
                "Unknown proof type: {}. A verifier would not know how to check it.",
                unknown.join(", ")
            ),
            &["/proof"],
        )
    }
}

fn signature(s: &Subject<'_>) -> Check {
    let rule = Rule::new("signature", Pillar::Integrity, "The signature verifies");
    if let Some(jws) = s.jws {
        return match verify::jws(jws) {
            Verdict::Verified(why) => rule.pass(why, &[]),
            Verdict::Invalid(why) => rule.fail(why, &[]),
            Verdict::NotVerified(why) => rule.not_checked(why, &[]),
        };
    }
    let outcomes = proof::verify_proofs(s.doc);
    if outcomes.is_empty() {
        return rule.fail(
            "Signature not verified: there is no signature to verify.",
            &[],
        );
    }
    let paths: Vec<&str> = outcomes.iter().map(|o| o.pointer.as_str()).collect();
    match proof::overall(&outcomes) {
        Verdict::Verified(why) => rule.pass(why, &paths),
        Verdict::Invalid(why) => rule.fail(why, &paths),
        Verdict::NotVerified(why) => rule.not_checked(why, &paths),
    }
}

fn dates(s: &Subject<'_>) -> Check {
    let rule = Rule::new("dates", Pillar::Integrity, "The dates make it valid now");
    let legacy = recognize::generation(s.doc) == Generation::V11;
    let (from_key, until_key) = if legacy {
        ("issuanceDate", "expirationDate")
    } else {
        ("validFrom", "validUntil")
    };
    let from_path = format!("/{from_key}");
    let until_path = format!("/{until_key}");
    let paths = [from_path.as_str(), until_path.as_str()];
    let fail = |why: String| rule.fail(why, &paths);
    let Some(from) = text(s.doc.get(from_key)) else {
        return fail(format!(
            "There is no {from_key}, so it cannot be said from when the \
                             credential is valid ({from_key} is required [OBLINES])."
        ));
    };
    let Some(from_t) = parse_rfc3339(&from) else {
        return fail(format!(
            "{from_key} \"{from}\" is not a date-time with a time zone."
        ));
    };
    if from_t > s.now {
        return fail(format!(
            "Not yet valid: {from_key} is {from}, in the future."
        ));
    }
    match text(s.doc.get(until_key)) {
        None => rule.pass(
            format!("Valid since {from}; no {until_key}, so it does not expire."),
            &paths,
        ),
        Some(until) => match parse_rfc3339(&until) {
            None => fail(format!(
                "{until_key} \"{until}\" is not a date-time with a time zone."
            )),
            Some(t) if t < from_t => fail(format!(
                "{until_key} ({until}) is before {from_key} ({from})."
            )),
            Some(t) if t < s.now => fail(format!("Expired: {until_key} is {until}.")),
            Some(_) => rule.pass(format!("Valid from {from} until {until}."), &paths),
        },
    }
}

fn status(s: &Subject<'_>) -> Check {
    let rule = Rule::new("status", Pillar::Integrity, "Not revoked");
    match s.doc.get("credentialStatus") {
        Some(st) => {
            let url = id_of(Some(st)).unwrap_or_else(|| "(no address)".into());
            let ty = text(st.get("type")).unwrap_or_else(|| "(no type)".into());
            rule.not_checked(
                format!(
                    "Revocation not checked: the issuer publishes its status at {url} (type \
                         {ty}), and this inspector does not fetch it. Ask the issuer's verifier \
                         before relying on it."
                ),
                &["/credentialStatus"],
            )
        }
        None => rule.not_checked(
            "Revocation cannot be checked: the credential has no credentialStatus, so the \
             issuer gave no way to learn whether it was revoked.",
            &[],
        ),
    }
}

// ---- Structure ---------------------------------------------------------------------------

fn context(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "context",
        Pillar::Structure,
        "@context is in the required order",
    );
    let ctx = recognize::contexts(s.doc);
    let at = |i: usize| ctx.get(i).map(String::as_str).unwrap_or("(nothing)");
    let c = |status, why: String| {
        let mut c = rule.outcome(status, why, &["/@context"]);
        c.also = Some(CREDENTIAL_LAYER);
        c
    };
    match recognize::generation(s.doc) {
        Generation::Neither => c(
            Status::Fail,
            format!(
                "The first @context must be {VC_V2_CONTEXT} (VC 2.0) [VCREC; OBLINES], or \
             {VC_V1_CONTEXT} in the older VC 1.1 form; here it is {}.",
                at(0)
            ),
        ),
        Generation::V11 => c(
            Status::Pass,
            format!(
                "VC 1.1 base context first: the older data model, which uses issuanceDate and \
             expirationDate; VC 2.0 renamed them validFrom and validUntil [OBSPEC \
             verification.md]. Next context: {}.",
                at(1)
            ),
        ),
        Generation::V2 => match s.kind {
            Kind::Clr
                if at(1).starts_with(CLR_CONTEXT_PREFIX)
                    && at(2).starts_with(OB_CONTEXT_PREFIX) =>
            {
                c(
                    Status::Pass,
                    "VC 2.0, then the CLR 2.0 context, then the OB 3.0 context, \
                                  as the CLR schema requires [CLRSCHEMA]."
                        .into(),
                )
            }
            Kind::Clr => c(
                Status::Fail,
                format!(
                    "A CLR's contexts must be VC 2.0, the CLR 2.0 context, then the OB 3.0 context \
                 [CLRSCHEMA]; here the second and third are {} and {}.",
                    at(1),
                    at(2)
                ),
            ),
            Kind::OpenBadge | Kind::Endorsement if at(1).starts_with(OB_CONTEXT_PREFIX) => c(
                Status::Pass,
                format!("VC 2.0 first, then the OB 3.0 context {} [OBLINES].", at(1)),
            ),
            Kind::OpenBadge | Kind::Endorsement => c(
                Status::Fail,
                format!(
                    "After VC 2.0 must come the OB 3.0 context ({OB_CONTEXT_PREFIX}…) [OBLINES]; \
                 here it is {}.",
                    at(1)
                ),
            ),
            _ => c(Status::Pass, "VC 2.0 base context first [VCREC].".into()),
        },
    }
}

fn types(s: &Subject<'_>) -> Check {
    let rule = Rule::new("type", Pillar::Structure, "type names the credential");
    let t = json::types(s.doc);
    let wanted = match s.kind {
        Kind::OpenBadge => Some("OpenBadgeCredential or AchievementCredential"),
        Kind::Clr => Some("ClrCredential"),
        Kind::Endorsement => Some("EndorsementCredential"),
        _ => None,
    };
    if t.iter().any(|x| x == "VerifiableCredential") {
        let also = wanted.map(|w| format!(" and {w}")).unwrap_or_default();
        rule.pass(
            format!("type includes VerifiableCredential{also} [OBLINES; CLRSCHEMA]."),
            &["/type"],
        )
    } else {
        rule.fail(
            format!(
                "type must include VerifiableCredential [VCREC; OBLINES]; it is: {}.",
                if t.is_empty() {
                    "(none)".to_owned()
                } else {
                    t.join(", ")
                }
            ),
            &["/type"],
        )
    }
}

fn required(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "required",
        Pillar::Structure,
        "Required properties are present",
    );
    let legacy = recognize::generation(s.doc) == Generation::V11;
    let date = if legacy { "issuanceDate" } else { "validFrom" };
    // [OBSCHEMA] AchievementCredential; [CLRSCHEMA] ClrCredential (adds name); the base VC
    // cardinalities of [OBLINES] for the rest (ler-domain.md §1.4).
    let (list, source): (Vec<&str>, &str) = match s.kind {
        Kind::OpenBadge => (
            vec![
                "@context",
                "id",
                "type",
                "credentialSubject",
                "issuer",
                date,
            ],
            "the OB 3.0 AchievementCredential JSON Schema",
        ),
        Kind::Clr => (
            vec![
                "@context",
                "type",
                "id",
                "name",
                "credentialSubject",
                "issuer",
                date,
            ],
            "the CLR 2.0 ClrCredential JSON Schema",
        ),
        _ => (
            vec!["@context", "type", "credentialSubject", "issuer", date],
            "the Verifiable Credential's required properties in OB 3.0",
        ),
    };
    let missing: Vec<&str> = list
        .iter()
        .copied()
        .filter(|k| {
            s.doc
                .get(*k)
                .is_none_or(|v| v.is_null() || v.as_str().is_some_and(|t| t.trim().is_empty()))
        })
        .collect();
    let paths: Vec<String> = list.iter().map(|k| format!("/{k}")).collect();
    let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
    if missing.is_empty() {
        rule.pass(
            format!(
                "All of {} are present, as {source} requires.",
                list.join(", ")
            ),
            &paths,
        )
    } else {
        let hint = if missing.contains(&"validFrom") && s.doc.get("issuanceDate").is_some() {
            " (it has issuanceDate, the VC 1.1 name, but its first @context is not VC 1.1's)"
        } else {
            ""
        };
        rule.fail(
            format!(
                "Missing: {}{hint}. Required by {source}: {}.",
                missing.join(", "),
                list.join(", ")
            ),
            &paths,
        )
    }
}

fn subject(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "subject",
        Pillar::Structure,
        "credentialSubject is well formed",
    );
    let Some(subj) = s.doc.get("credentialSubject").filter(|v| v.is_object()) else {
        return rule.fail(
            "credentialSubject is missing or not an object [OBLINES].",
            &["/credentialSubject"],
        );
    };
    let paths = ["/credentialSubject"];
    match s.kind {
        Kind::OpenBadge => {
            let has_id = text(subj.get("id")).is_some();
            let has_identifier = !one_or_many(subj.get("identifier")).is_empty();
            if has_id || has_identifier {
                rule.pass(
                    "The subject is identified (by id or identifier), as verification requires \
                     [OBSPEC verification.md].",
                    &paths,
                )
            } else {
                rule.fail(
                    "The subject has neither id nor identifier: OB 3.0 requires one of them \
                     [OBLINES; OBSPEC verification.md].",
                    &paths,
                )
            }
        }
        Kind::Clr => {
            let typed = json::has_type(subj, "ClrSubject");
            let vcs = subj.get("verifiableCredential").is_some();
            if typed && vcs {
                rule.pass("A ClrSubject with verifiableCredential, as the CLR schema requires [CLRSCHEMA].", &paths)
            } else {
                rule.fail(
                    format!(
                        "The CLR schema requires a ClrSubject with type and \
                             verifiableCredential [CLRSCHEMA]; missing: {}.",
                        [
                            (!typed).then_some("type ClrSubject"),
                            (!vcs).then_some("verifiableCredential")
                        ]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ")
                    ),
                    &paths,
                )
            }
        }
        _ => rule.pass("credentialSubject is an object [OBLINES].", &paths),
    }
}

/// The properties an Achievement must have [OBSCHEMA].
const ACHIEVEMENT_REQUIRED: [&str; 5] = ["id", "type", "criteria", "description", "name"];

fn missing_in_achievement(a: &Value) -> Vec<&'static str> {
    ACHIEVEMENT_REQUIRED
        .iter()
        .copied()
        .filter(|k| a.get(*k).is_none())
        .collect()
}

fn achievement(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "achievement",
        Pillar::Structure,
        "The achievement is complete",
    );
    let path = ["/credentialSubject/achievement"];
    match get(s.doc, &["credentialSubject", "achievement"]).filter(|a| a.is_object()) {
        None => rule.fail(
            "The subject names no achievement: an Open Badge asserts exactly one \
             (credentialSubject.achievement) [OBLINES].",
            &path,
        ),
        Some(a) => {
            let missing = missing_in_achievement(a);
            if missing.is_empty() {
                rule.pass(
                    "The achievement has id, type, criteria, description and name [OBSCHEMA].",
                    &path,
                )
            } else {
                rule.fail(
                    format!(
                        "The achievement lacks {} (required: id, type, criteria, description, \
                             name [OBSCHEMA]).",
                        missing.join(", ")
                    ),
                    &path,
                )
            }
        }
    }
}

/// The 31 achievementType values of OB 3.0 [OBLINES; OBSCHEMA] (ler-domain.md §1.5).
const ACHIEVEMENT_TYPES: [&str; 31] = [
    "Achievement",
    "ApprenticeshipCertificate",
    "Assessment",
    "Assignment",
    "AssociateDegree",
    "Award",
    "Badge",
    "BachelorDegree",
    "Certificate",
    "CertificateOfCompletion",
    "Certification",
    "CommunityService",
    "Competency",
    "Course",
    "CoCurricular",
    "Degree",
    "Diploma",
    "DoctoralDegree",
    "Fieldwork",
    "GeneralEducationDevelopment",
    "JourneymanCertificate",
    "LearningProgram",
    "License",
    "Membership",
    "ProfessionalDoctorate",
    "QualityAssuranceCredential",
    "MasterCertificate",
    "MasterDegree",
    "MicroCredential",
    "ResearchDoctorate",
    "SecondarySchoolDiploma",
];

/// Whether `value` is an achievementType: one of the 31, or `ext:` + `[a-zA-Z0-9.-_]+`.
pub fn is_achievement_type(value: &str) -> bool {
    ACHIEVEMENT_TYPES.contains(&value)
        || value.strip_prefix("ext:").is_some_and(|rest| {
            !rest.is_empty()
                && rest
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        })
}

fn achievement_type(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "achievement-type",
        Pillar::Structure,
        "achievementType is a known value",
    );
    let path = ["/credentialSubject/achievement/achievementType"];
    match text(get(
        s.doc,
        &["credentialSubject", "achievement", "achievementType"],
    )) {
        None => rule.not_checked(
            "No achievementType (it is optional), so the kind of achievement is not stated.",
            &path,
        ),
        Some(t) if is_achievement_type(&t) => rule.pass(
            format!("{t} is one of the OB 3.0 achievement types [OBLINES]."),
            &path,
        ),
        Some(t) => rule.fail(
            format!(
                "\"{t}\" is neither one of the 31 OB 3.0 achievement types nor an extension \
                     value (ext:Name) [OBSCHEMA]."
            ),
            &path,
        ),
    }
}

fn clr_contents(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "clr-contents",
        Pillar::Structure,
        "Achievements and associations are complete",
    );
    let subj = s.doc.get("credentialSubject");
    let achievements = one_or_many(subj.and_then(|v| v.get("achievement")));
    let associations = one_or_many(subj.and_then(|v| v.get("association")));
    let mut problems = Vec::new();
    for (i, a) in achievements.iter().enumerate() {
        let missing = missing_in_achievement(a);
        if !missing.is_empty() {
            problems.push(format!(
                "achievement {} lacks {}",
                i + 1,
                missing.join(", ")
            ));
        }
    }
    for (i, a) in associations.iter().enumerate() {
        let missing: Vec<&str> = ["type", "associationType", "sourceId", "targetId"]
            .into_iter()
            .filter(|k| a.get(*k).is_none())
            .collect();
        if !missing.is_empty() {
            problems.push(format!(
                "association {} lacks {}",
                i + 1,
                missing.join(", ")
            ));
        }
        if let Some(t) = text(a.get("associationType")).filter(|t| !extract::is_association_type(t))
        {
            problems.push(format!(
                "association {} has the unknown type \"{t}\"",
                i + 1
            ));
        }
    }
    let paths = [
        "/credentialSubject/achievement",
        "/credentialSubject/association",
    ];
    if problems.is_empty() {
        rule.pass(
            format!(
                "{} achievement(s) with id, type, criteria, description and name [OBSCHEMA]; \
                     {} association(s), each with type, associationType, sourceId and targetId \
                     and one of the eight association types [CLRSCHEMA].",
                achievements.len(),
                associations.len()
            ),
            &paths,
        )
    } else {
        rule.fail(format!("{}.", problems.join("; ")), &paths)
    }
}

// ---- Transparency ------------------------------------------------------------------------

/// The achievements whose meaning the transparency checks read: the badge's one, or a CLR's
/// own list plus those of the credentials it bundles.
fn all_achievements(doc: &Value) -> Vec<&Value> {
    let subj = doc.get("credentialSubject");
    let mut list: Vec<&Value> = one_or_many(subj.and_then(|v| v.get("achievement")))
        .into_iter()
        .filter(|a| a.is_object())
        .collect();
    for vc in one_or_many(subj.and_then(|v| v.get("verifiableCredential"))) {
        list.extend(
            one_or_many(get(vc, &["credentialSubject", "achievement"]))
                .into_iter()
                .filter(|a| a.is_object()),
        );
    }
    list
}

fn criteria(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "criteria",
        Pillar::Transparency,
        "Criteria say what was required",
    );
    let list = all_achievements(s.doc);
    let with = list
        .iter()
        .filter(|a| {
            a.get("criteria")
                .is_some_and(|c| text(c.get("narrative")).is_some() || text(c.get("id")).is_some())
        })
        .count();
    let path = ["/credentialSubject/achievement/criteria"];
    if list.is_empty() {
        rule.fail(
            "There is no achievement, so no criteria say what the learner did.",
            &path,
        )
    } else if with == list.len() {
        rule.pass(
            format!(
                "Every achievement ({with}) states its criteria as a narrative or a link \
                     [OBLINES Criteria]."
            ),
            &path,
        )
    } else {
        rule.fail(
            format!(
                "{} of {} achievements state no criteria (narrative or id) [OBLINES].",
                list.len() - with,
                list.len()
            ),
            &path,
        )
    }
}

fn alignment(s: &Subject<'_>) -> Check {
    let rule = Rule::new("alignment", Pillar::Transparency, "Aligned to a framework");
    let n: usize = all_achievements(s.doc)
        .iter()
        .map(|a| one_or_many(a.get("alignment")).len())
        .sum();
    let path = ["/credentialSubject/achievement/alignment"];
    if n > 0 {
        rule.pass(
            format!(
                "{n} alignment(s) tie the achievement to frameworks or registries a reader \
                     can look up."
            ),
            &path,
        )
    } else {
        rule.fail(
            "No alignment (optional in OB 3.0): nothing ties the achievement to a competency \
             framework or credential registry, so a reader has only the issuer's own words.",
            &path,
        )
    }
}

fn evidence(s: &Subject<'_>) -> Check {
    let rule = Rule::new("evidence", Pillar::Transparency, "Evidence is attached");
    let mut n = one_or_many(s.doc.get("evidence")).len();
    for vc in one_or_many(get(s.doc, &["credentialSubject", "verifiableCredential"])) {
        n += one_or_many(vc.get("evidence")).len();
    }
    if n > 0 {
        rule.pass(
            format!("{n} piece(s) of evidence show the work behind the award."),
            &["/evidence"],
        )
    } else {
        rule.fail(
            "No evidence (optional in OB 3.0): the credential shows no work behind the award.",
            &[],
        )
    }
}

fn endorsement_comment(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "endorsement-comment",
        Pillar::Transparency,
        "The endorsement says what it endorses",
    );
    let path = ["/credentialSubject/endorsementComment"];
    match text(get(s.doc, &["credentialSubject", "endorsementComment"])) {
        Some(c) => rule.pass(format!("endorsementComment: \"{c}\"."), &path),
        None => rule.fail(
            "No endorsementComment: the endorsement does not say what it vouches for.",
            &path,
        ),
    }
}

// ---- Trust -------------------------------------------------------------------------------

fn issuer(s: &Subject<'_>) -> Check {
    let rule = Rule::new("issuer", Pillar::Trust, "The issuer is identified");
    let path = ["/issuer"];
    match id_of(s.doc.get("issuer")) {
        Some(iid) if json::is_uri(&iid) => {
            let name = s.doc.get("issuer").and_then(|i| text(i.get("name")));
            let named = name
                .map(|n| format!("{n}, "))
                .unwrap_or_else(|| "no name given, ".into());
            rule.pass(
                format!(
                    "Issuer: {named}identified as {iid}. Identified is not vouched for: \
                         no issuer registry was consulted."
                ),
                &path,
            )
        }
        Some(iid) => rule.fail(
            format!(
                "The issuer's id \"{iid}\" is not a URL or DID; VC 2.0 requires a URL \
                     [VCREC]."
            ),
            &path,
        ),
        None => rule.fail(
            "No issuer id: nobody can be held to this credential [VCREC].",
            &path,
        ),
    }
}

fn endorsements(s: &Subject<'_>) -> Check {
    let rule = Rule::new("endorsements", Pillar::Trust, "Endorsed by a third party");
    let list = extract::endorsements(s.doc);
    let paths = [
        "/endorsement",
        "/issuer/endorsement",
        "/credentialSubject/achievement/endorsement",
    ];
    if list.is_empty() {
        return rule.fail(
            "No endorsement (optional in OB 3.0): no third party vouches for the issuer or the \
             achievement inside this credential.",
            &paths,
        );
    }
    let expired = list
        .iter()
        .filter(|e| {
            ["validUntil", "expirationDate"]
                .iter()
                .find_map(|k| text(e.get(*k)))
                .and_then(|d| parse_rfc3339(&d))
                .is_some_and(|t| t < s.now)
        })
        .count();
    let mut endorsers: Vec<String> = Vec::new();
    for e in &list {
        let name = e
            .get("issuer")
            .and_then(|i| text(i.get("name")))
            .or_else(|| id_of(e.get("issuer")));
        if let Some(name) = name.filter(|n| !endorsers.contains(n)) {
            endorsers.push(name);
        }
    }
    let who = endorsers.join(", ");
    if expired == list.len() {
        rule.fail(
            format!(
                "{} endorsement(s) ({who}), but every one has expired by its own dates; \
                     their proofs are not verified here either.",
                list.len()
            ),
            &paths,
        )
    } else {
        rule.pass(
            format!(
                "{} endorsement(s) ({who}){}; each is a credential of its own whose proof \
                     is not verified here.",
                list.len(),
                if expired > 0 {
                    format!(", {expired} of them expired")
                } else {
                    String::new()
                }
            ),
            &paths,
        )
    }
}
