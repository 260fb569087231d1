//! Pillar Structure: a record machines can read. Contexts, types and the properties the
//! OB 3.0 and CLR 2.0 JSON Schemas require.

use serde_json::Value;

use super::{Check, Pillar, Rule, Status, Subject};
use crate::extract;
use crate::json::{self, get, one_or_many, text};
use crate::links::CREDENTIAL_LAYER;
use crate::recognize::{
    self, CLR_CONTEXT_PREFIX, Generation, Kind, OB_CONTEXT_PREFIX, VC_V1_CONTEXT, VC_V2_CONTEXT,
};

pub(super) fn context(s: &Subject<'_>) -> Check {
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
                "The first @context must be {VC_V2_CONTEXT} (VC 2.0) (W3C VC Data Model 2.0; Open Badges 3.0 data model), or \
             {VC_V1_CONTEXT} in the older VC 1.1 form; here it is {}.",
                at(0)
            ),
        ),
        Generation::V11 => c(
            Status::Pass,
            format!(
                "VC 1.1 base context first: the older data model, which uses issuanceDate and \
             expirationDate; VC 2.0 renamed them validFrom and validUntil (Open Badges 3.0, \
             verification). Next context: {}.",
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
                                  as the CLR schema requires (CLR 2.0 JSON Schema)."
                        .into(),
                )
            }
            Kind::Clr => c(
                Status::Fail,
                format!(
                    "A CLR's contexts must be VC 2.0, the CLR 2.0 context, then the OB 3.0 context \
                 (CLR 2.0 JSON Schema); here the second and third are {} and {}.",
                    at(1),
                    at(2)
                ),
            ),
            Kind::OpenBadge | Kind::Endorsement if at(1).starts_with(OB_CONTEXT_PREFIX) => c(
                Status::Pass,
                format!(
                    "VC 2.0 first, then the OB 3.0 context {} (Open Badges 3.0 data model).",
                    at(1)
                ),
            ),
            Kind::OpenBadge | Kind::Endorsement => c(
                Status::Fail,
                format!(
                    "After VC 2.0 must come the OB 3.0 context ({OB_CONTEXT_PREFIX}…) (Open Badges 3.0 data model); \
                 here it is {}.",
                    at(1)
                ),
            ),
            _ => c(
                Status::Pass,
                "VC 2.0 base context first (W3C VC Data Model 2.0).".into(),
            ),
        },
    }
}

pub(super) fn types(s: &Subject<'_>) -> Check {
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
            format!("type includes VerifiableCredential{also} (Open Badges 3.0 data model; CLR 2.0 JSON Schema)."),
            &["/type"],
        )
    } else {
        rule.fail(
            format!(
                "type must include VerifiableCredential (W3C VC Data Model 2.0; Open Badges 3.0 data model); it is: {}.",
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

pub(super) fn required(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "required",
        Pillar::Structure,
        "Required properties are present",
    );
    let legacy = recognize::generation(s.doc) == Generation::V11;
    let date = if legacy { "issuanceDate" } else { "validFrom" };
    // The `required` lists of the OB 3.0 AchievementCredential and CLR 2.0 ClrCredential
    // JSON Schemas (the CLR adds name); for other credentials the VerifiableCredential
    // class of the OB 3.0 data model (appendix B.1).
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

pub(super) fn subject(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "subject",
        Pillar::Structure,
        "credentialSubject is well formed",
    );
    let Some(subj) = s.doc.get("credentialSubject").filter(|v| v.is_object()) else {
        return rule.fail(
            "credentialSubject is missing or not an object (Open Badges 3.0 data model).",
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
                     (Open Badges 3.0, verification).",
                    &paths,
                )
            } else {
                rule.fail(
                    "The subject has neither id nor identifier: OB 3.0 requires one of them \
                     (Open Badges 3.0 data model and verification).",
                    &paths,
                )
            }
        }
        Kind::Clr => {
            let typed = json::has_type(subj, "ClrSubject");
            let vcs = subj.get("verifiableCredential").is_some();
            if typed && vcs {
                rule.pass("A ClrSubject with verifiableCredential, as the CLR schema requires (CLR 2.0 JSON Schema).", &paths)
            } else {
                rule.fail(
                    format!(
                        "The CLR schema requires a ClrSubject with type and \
                             verifiableCredential (CLR 2.0 JSON Schema); missing: {}.",
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
        _ => rule.pass(
            "credentialSubject is an object (Open Badges 3.0 data model).",
            &paths,
        ),
    }
}

/// The properties an Achievement must have: `required` of `Achievement` in the OB 3.0
/// AchievementCredential JSON Schema.
const ACHIEVEMENT_REQUIRED: [&str; 5] = ["id", "type", "criteria", "description", "name"];

fn missing_in_achievement(a: &Value) -> Vec<&'static str> {
    ACHIEVEMENT_REQUIRED
        .iter()
        .copied()
        .filter(|k| a.get(*k).is_none())
        .collect()
}

pub(super) fn achievement(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "achievement",
        Pillar::Structure,
        "The achievement is complete",
    );
    let path = ["/credentialSubject/achievement"];
    match get(s.doc, &["credentialSubject", "achievement"]).filter(|a| a.is_object()) {
        None => rule.fail(
            "The subject names no achievement: an Open Badge asserts exactly one \
             (credentialSubject.achievement) (Open Badges 3.0 data model).",
            &path,
        ),
        Some(a) => {
            let missing = missing_in_achievement(a);
            if missing.is_empty() {
                rule.pass(
                    "The achievement has id, type, criteria, description and name (Open Badges 3.0 JSON Schema).",
                    &path,
                )
            } else {
                rule.fail(
                    format!(
                        "The achievement lacks {} (required: id, type, criteria, description, \
                             name (Open Badges 3.0 JSON Schema)).",
                        missing.join(", ")
                    ),
                    &path,
                )
            }
        }
    }
}

/// The 31 achievementType values of OB 3.0 (data model, enumeration AchievementType,
/// <https://www.imsglobal.org/spec/ob/v3p0/#achievementtype-enumeration>).
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

pub(super) fn achievement_type(s: &Subject<'_>) -> Check {
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
            format!("{t} is one of the OB 3.0 achievement types (Open Badges 3.0 data model)."),
            &path,
        ),
        Some(t) => rule.fail(
            format!(
                "\"{t}\" is neither one of the 31 OB 3.0 achievement types nor an extension \
                     value (ext:Name) (Open Badges 3.0 JSON Schema)."
            ),
            &path,
        ),
    }
}

pub(super) fn clr_contents(s: &Subject<'_>) -> Check {
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
                "{} achievement(s) with id, type, criteria, description and name (Open Badges 3.0 JSON Schema); \
                     {} association(s), each with type, associationType, sourceId and targetId \
                     and one of the eight association types (CLR 2.0 JSON Schema).",
                achievements.len(),
                associations.len()
            ),
            &paths,
        )
    } else {
        rule.fail(format!("{}.", problems.join("; ")), &paths)
    }
}
