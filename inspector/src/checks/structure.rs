//! Pillar Structure: a record machines can read. Contexts, types and the properties the
//! OB 3.0 and CLR 2.0 JSON Schemas require.

use serde_json::Value;

use super::{Check, Pillar, Rule, Status, Subject};
use crate::extract;
use crate::i18n::{Lang, Msg};
use crate::json::{self, get, one_or_many, text};
use crate::links::CREDENTIAL_LAYER;
use crate::recognize::{
    self, CLR_CONTEXT_CURRENT, CLR_CONTEXT_PREFIX, Kind, OB_CONTEXT_ALIAS, OB_CONTEXT_CURRENT,
    OB_CONTEXT_PREFIX, VC_V1_CONTEXT, VC_V2_CONTEXT,
};

/// One position of the required `@context` order.
#[derive(Clone, Copy)]
enum Expected {
    /// VC 2.0 (VC 1.1 accepted as the older generation, as the validator does).
    Base,
    /// The OB 3.0 context, any `3.x.y` version.
    OpenBadges,
    /// The CLR 2.0 context, any `2.x.y` version.
    Clr,
}

impl Expected {
    /// The current URL, which the validator names when it is missing.
    fn url(self) -> &'static str {
        match self {
            Self::Base => VC_V2_CONTEXT,
            Self::OpenBadges => OB_CONTEXT_CURRENT,
            Self::Clr => CLR_CONTEXT_CURRENT,
        }
    }

    /// `Some(None)` when `got` is the current context, `Some(Some(note))` when it is an
    /// accepted other version or alias, `None` when it is not accepted.
    fn accepts(self, got: &str, lang: Lang) -> Option<Option<String>> {
        if got == self.url() {
            return Some(None);
        }
        let accepted = match self {
            Self::Base => got == VC_V1_CONTEXT,
            Self::OpenBadges => got == OB_CONTEXT_ALIAS || versioned(got, OB_CONTEXT_PREFIX, '3'),
            Self::Clr => versioned(got, CLR_CONTEXT_PREFIX, '2'),
        };
        accepted.then(|| {
            Some(match self {
                Self::Base => lang.t(Msg::CtxV11).to_owned(),
                _ => lang.fill(Msg::CtxOtherVersion, &[("got", got), ("url", self.url())]),
            })
        })
    }
}

/// Whether `url` is `prefix`, then any number of `-M.d.d` versions (M = `major`), then
/// `.json`: the pattern of the `@context` items in the OB 3.0 and CLR 2.0 JSON Schemas
/// (`context(-3\.\d\.\d)*\.json`, `context(-2\.\d\.\d)*\.json`).
pub fn versioned(url: &str, prefix: &str, major: char) -> bool {
    let Some(mut rest) = url
        .strip_prefix(prefix)
        .and_then(|r| r.strip_suffix(".json"))
    else {
        return false;
    };
    while !rest.is_empty() {
        let mut c = rest.chars();
        let ok = c.next() == Some('-')
            && c.next() == Some(major)
            && c.next() == Some('.')
            && c.next().is_some_and(|d| d.is_ascii_digit())
            && c.next() == Some('.')
            && c.next().is_some_and(|d| d.is_ascii_digit());
        if !ok {
            return false;
        }
        rest = c.as_str();
    }
    true
}

pub(super) fn context(s: &Subject<'_>) -> Check {
    let rule = Rule::new("context", Pillar::Structure, s.lang, Msg::CheckContext);
    let ctx = recognize::contexts(s.doc);
    let expected: &[Expected] = match s.kind {
        Kind::OpenBadge | Kind::Endorsement => &[Expected::Base, Expected::OpenBadges],
        Kind::Clr => &[Expected::Base, Expected::Clr, Expected::OpenBadges],
        _ => &[Expected::Base],
    };
    let lang = s.lang;
    let mut notes = Vec::new();
    let mut failure = None;
    for (pos, want) in expected.iter().enumerate() {
        let got = ctx.get(pos).map(String::as_str);
        let n = lang.number(pos + 1);
        match got.and_then(|g| want.accepts(g, lang)) {
            Some(None) => {}
            Some(Some(note)) => {
                notes.push(lang.fill(Msg::CtxPosition, &[("n", &n), ("note", &note)]));
            }
            None => {
                // The 1EdTech validator's words (its ContextPropertyProbe).
                failure = Some(lang.fill(
                    Msg::CtxMissing,
                    &[
                        ("url", want.url()),
                        ("n", &n),
                        ("got", got.unwrap_or(lang.t(Msg::CtxNothing))),
                    ],
                ));
                break;
            }
        }
    }
    let source = lang.t(match s.kind {
        Kind::Clr => Msg::CtxSourceClr,
        Kind::OpenBadge | Kind::Endorsement => Msg::CtxSourceOb,
        _ => Msg::CtxSourceVc,
    });
    let (status, why) = match failure {
        Some(why) => (Status::Fail, format!("{why} {source}")),
        None if notes.is_empty() => {
            let contexts = ctx
                .iter()
                .take(expected.len())
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
            (
                Status::Pass,
                lang.fill(
                    Msg::CtxInOrder,
                    &[("contexts", &contexts), ("source", source)],
                ),
            )
        }
        None => (
            Status::Pass,
            lang.fill(
                Msg::CtxInOrderWith,
                &[("source", source), ("notes", &notes.join("; "))],
            ),
        ),
    };
    let mut c = rule.outcome(status, why, &["/@context"]);
    c.also = Some(CREDENTIAL_LAYER);
    c
}

pub(super) fn types(s: &Subject<'_>) -> Check {
    let rule = Rule::new("type", Pillar::Structure, s.lang, Msg::CheckType);
    let t = json::types(s.doc);
    let lang = s.lang;
    let wanted = match s.kind {
        Kind::OpenBadge => Some(lang.fill(
            Msg::TypeOr,
            &[("a", "OpenBadgeCredential"), ("b", "AchievementCredential")],
        )),
        Kind::Clr => Some("ClrCredential".to_owned()),
        Kind::Endorsement => Some("EndorsementCredential".to_owned()),
        _ => None,
    };
    if t.iter().any(|x| x == "VerifiableCredential") {
        let reason = match wanted {
            Some(w) => lang.fill(Msg::TypeIncludesAnd, &[("wanted", &w)]),
            None => lang.t(Msg::TypeIncludes).to_owned(),
        };
        rule.pass(reason, &["/type"])
    } else {
        let types = if t.is_empty() {
            lang.t(Msg::None).to_owned()
        } else {
            t.join(", ")
        };
        rule.fail(lang.fill(Msg::TypeMust, &[("types", &types)]), &["/type"])
    }
}

pub(super) fn required(s: &Subject<'_>) -> Check {
    let rule = Rule::new("required", Pillar::Structure, s.lang, Msg::CheckRequired);
    // The `required` lists of the OB 3.0 AchievementCredential, CLR 2.0 ClrCredential and
    // EndorsementCredential JSON Schemas; for other credentials the VerifiableCredential
    // class of the OB 3.0 data model (appendix B.1).
    let (list, source) = super::objects::credential_required(s.kind, recognize::is_legacy(s.doc));
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
    let (lang, source, list) = (s.lang, s.lang.t(source), list.join(", "));
    if missing.is_empty() {
        rule.pass(
            lang.fill(Msg::RequiredAll, &[("list", &list), ("source", source)]),
            &paths,
        )
    } else {
        let hint = if missing.contains(&"validFrom") && s.doc.get("issuanceDate").is_some() {
            format!(" {}", lang.t(Msg::RequiredHint))
        } else {
            String::new()
        };
        rule.fail(
            lang.fill(
                Msg::RequiredMissing,
                &[
                    ("missing", &missing.join(", ")),
                    ("hint", &hint),
                    ("source", source),
                    ("list", &list),
                ],
            ),
            &paths,
        )
    }
}

pub(super) fn subject(s: &Subject<'_>) -> Check {
    let rule = Rule::new("subject", Pillar::Structure, s.lang, Msg::CheckSubject);
    let Some(subj) = s.doc.get("credentialSubject").filter(|v| v.is_object()) else {
        return rule.fail(s.lang.t(Msg::SubjectMissing), &["/credentialSubject"]);
    };
    let paths = ["/credentialSubject"];
    match s.kind {
        Kind::OpenBadge | Kind::Endorsement => {
            let wanted = if s.kind == Kind::OpenBadge {
                "AchievementSubject"
            } else {
                "EndorsementSubject"
            };
            if !json::has_type(subj, wanted) {
                // The validator's words (its CredentialSubjectProbe).
                let types = match json::types(subj).join(", ") {
                    t if t.is_empty() => s.lang.t(Msg::SubjectTypeMissing).to_owned(),
                    t => t,
                };
                return rule.fail(
                    s.lang.fill(
                        Msg::SubjectWrongType,
                        &[("wanted", wanted), ("types", &types)],
                    ),
                    &paths,
                );
            }
            let has_id = text(subj.get("id")).is_some();
            let has_identifier = !one_or_many(subj.get("identifier")).is_empty();
            if s.kind == Kind::Endorsement && !has_id {
                return rule.fail(s.lang.t(Msg::SubjectEndorsementNoId), &paths);
            }
            if has_id || has_identifier {
                rule.pass(s.lang.t(Msg::SubjectIdentified), &paths)
            } else {
                rule.fail(s.lang.t(Msg::SubjectUnidentified), &paths)
            }
        }
        Kind::Clr => {
            let typed = json::has_type(subj, "ClrSubject");
            let vcs = subj.get("verifiableCredential").is_some();
            if typed && vcs {
                rule.pass(s.lang.t(Msg::SubjectClr), &paths)
            } else {
                let missing = [
                    (!typed).then_some("type ClrSubject"),
                    (!vcs).then_some("verifiableCredential"),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
                rule.fail(
                    s.lang
                        .fill(Msg::SubjectClrMissing, &[("missing", &missing)]),
                    &paths,
                )
            }
        }
        _ => rule.pass(s.lang.t(Msg::SubjectObject), &paths),
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
        s.lang,
        Msg::CheckAchievement,
    );
    let path = ["/credentialSubject/achievement"];
    match get(s.doc, &["credentialSubject", "achievement"]).filter(|a| a.is_object()) {
        None => rule.fail(s.lang.t(Msg::AchievementNone), &path),
        Some(a) => {
            let missing = missing_in_achievement(a);
            if missing.is_empty() {
                rule.pass(s.lang.t(Msg::AchievementComplete), &path)
            } else {
                rule.fail(
                    s.lang
                        .fill(Msg::AchievementLacks, &[("missing", &missing.join(", "))]),
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
        s.lang,
        Msg::CheckAchievementType,
    );
    let path = ["/credentialSubject/achievement/achievementType"];
    match text(get(
        s.doc,
        &["credentialSubject", "achievement", "achievementType"],
    )) {
        None => rule.not_present(s.lang.t(Msg::AchievementTypeNone), &path),
        Some(t) if is_achievement_type(&t) => rule.pass(
            s.lang.fill(Msg::AchievementTypeKnown, &[("type", &t)]),
            &path,
        ),
        Some(t) => rule.fail(s.lang.fill(Msg::AchievementTypeBad, &[("type", &t)]), &path),
    }
}

pub(super) fn clr_contents(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "clr-contents",
        Pillar::Structure,
        s.lang,
        Msg::CheckClrContents,
    );
    let lang = s.lang;
    let subj = s.doc.get("credentialSubject");
    let achievements = one_or_many(subj.and_then(|v| v.get("achievement")));
    let associations = one_or_many(subj.and_then(|v| v.get("association")));
    let mut problems = Vec::new();
    for (i, a) in achievements.iter().enumerate() {
        let missing = missing_in_achievement(a);
        if !missing.is_empty() {
            problems.push(lang.fill(
                Msg::ClrAchievementLacks,
                &[("n", &lang.number(i + 1)), ("missing", &missing.join(", "))],
            ));
        }
    }
    for (i, a) in associations.iter().enumerate() {
        let missing: Vec<&str> = ["type", "associationType", "sourceId", "targetId"]
            .into_iter()
            .filter(|k| a.get(*k).is_none())
            .collect();
        if !missing.is_empty() {
            problems.push(lang.fill(
                Msg::ClrAssociationLacks,
                &[("n", &lang.number(i + 1)), ("missing", &missing.join(", "))],
            ));
        }
        if let Some(t) = text(a.get("associationType")).filter(|t| !extract::is_association_type(t))
        {
            problems.push(lang.fill(
                Msg::ClrAssociationUnknown,
                &[("n", &lang.number(i + 1)), ("type", &t)],
            ));
        }
    }
    let paths = [
        "/credentialSubject/achievement",
        "/credentialSubject/association",
    ];
    if problems.is_empty() {
        rule.pass(
            lang.count(
                Msg::ClrContentsComplete,
                &[
                    ("achievements", achievements.len()),
                    ("associations", associations.len()),
                ],
            ),
            &paths,
        )
    } else {
        rule.fail(format!("{}.", problems.join("; ")), &paths)
    }
}
