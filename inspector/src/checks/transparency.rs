//! Pillar Transparency: what the credential means. Criteria, alignments, evidence, and
//! what an endorsement says.

use serde_json::Value;

use super::{Check, Pillar, Rule, Subject};
use crate::i18n::Msg;
use crate::json::{get, one_or_many, text};

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

pub(super) fn criteria(s: &Subject<'_>) -> Check {
    let rule = Rule::new("criteria", Pillar::Transparency, s.lang, Msg::CheckCriteria);
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
        rule.fail(s.lang.t(Msg::CriteriaNoAchievement), &path)
    } else if with == list.len() {
        rule.pass(s.lang.count(Msg::CriteriaAll, &[("n", with)]), &path)
    } else {
        rule.fail(
            s.lang.count(
                Msg::CriteriaSome,
                &[("missing", list.len() - with), ("total", list.len())],
            ),
            &path,
        )
    }
}

pub(super) fn alignment(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "alignment",
        Pillar::Transparency,
        s.lang,
        Msg::CheckAlignment,
    );
    let n: usize = all_achievements(s.doc)
        .iter()
        .map(|a| one_or_many(a.get("alignment")).len())
        .sum();
    let path = ["/credentialSubject/achievement/alignment"];
    if n > 0 {
        rule.pass(s.lang.count(Msg::AlignmentSome, &[("n", n)]), &path)
    } else {
        rule.not_present(s.lang.t(Msg::AlignmentNone), &path)
    }
}

pub(super) fn evidence(s: &Subject<'_>) -> Check {
    let rule = Rule::new("evidence", Pillar::Transparency, s.lang, Msg::CheckEvidence);
    let mut n = one_or_many(s.doc.get("evidence")).len();
    for vc in one_or_many(get(s.doc, &["credentialSubject", "verifiableCredential"])) {
        n += one_or_many(vc.get("evidence")).len();
    }
    if n > 0 {
        rule.pass(s.lang.count(Msg::EvidenceSome, &[("n", n)]), &["/evidence"])
    } else {
        rule.not_present(s.lang.t(Msg::EvidenceNone), &[])
    }
}

pub(super) fn endorsement_comment(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "endorsement-comment",
        Pillar::Transparency,
        s.lang,
        Msg::CheckEndorsementComment,
    );
    let path = ["/credentialSubject/endorsementComment"];
    match text(get(s.doc, &["credentialSubject", "endorsementComment"])) {
        Some(c) => rule.pass(
            s.lang.fill(Msg::EndorsementComment, &[("comment", &c)]),
            &path,
        ),
        None => rule.fail(s.lang.t(Msg::EndorsementNoComment), &path),
    }
}
