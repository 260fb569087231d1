//! What a displayer shows: the essentials the OB 3.0 displayer conformance asks for (image,
//! name, description, issuer name, issue date, expired/revoked status: Open Badges 3.0
//! Conformance and Certification Guide, "Displayer",
//! <https://www.imsglobal.org/spec/ob/v3p0/cert/>), the achievement's details, and a CLR's
//! achievements and associations (CLR 2.0 data model, `ClrSubject` and `Association`,
//! <https://www.imsglobal.org/spec/clr/v2p0/#clrsubject>).

use crate::i18n::{Lang, Msg};
use serde_json::Value;

use crate::json::{self, get, id_of, one_or_many, text};

/// The displayer essentials.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Essentials {
    /// `name`, or the achievement's name when the credential has none.
    pub name: Option<String>,
    /// `description`, or the achievement's.
    pub description: Option<String>,
    /// Image address, only when it is http(s) or a `data:image/(png|jpeg|gif|svg+xml)` URL.
    pub image: Option<String>,
    /// Caption or alternative text for the image.
    pub image_alt: Option<String>,
    /// The issuer's `name`.
    pub issuer_name: Option<String>,
    /// The issuer's id (a URL or DID).
    pub issuer_id: Option<String>,
    /// The issue date as written, and the property it came from.
    pub issued: Option<(String, &'static str)>,
    /// The end of validity as written, and its property.
    pub valid_until: Option<(String, &'static str)>,
    /// Who the credential is about.
    pub subject: Option<String>,
}

/// One alignment to a framework, competency or registry entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alignment {
    pub name: Option<String>,
    pub url: Option<String>,
    pub framework: Option<String>,
    pub code: Option<String>,
    pub target_type: Option<String>,
}

/// A label and a value, for results, evidence and endorsements.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Item {
    pub label: String,
    pub detail: Option<String>,
    pub url: Option<String>,
}

/// The achievement a badge asserts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Achievement {
    pub id: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub achievement_type: Option<String>,
    pub criteria_narrative: Option<String>,
    pub criteria_url: Option<String>,
    pub alignments: Vec<Alignment>,
    pub result_descriptions: Vec<Item>,
    pub results: Vec<Item>,
    pub evidence: Vec<Item>,
    pub credits_available: Option<String>,
    pub credits_earned: Option<String>,
    pub endorsements: Vec<Item>,
}

/// A CLR's contents.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clr {
    /// The achievements listed on the subject (id, name, type).
    pub achievements: Vec<Item>,
    /// The credentials bundled in it (name, issuer).
    pub credentials: Vec<Item>,
    /// "source relation target", with names where the ids are known.
    pub associations: Vec<Association>,
    /// `partial`: the CLR leaves out achievements the publisher knows of.
    pub partial: Option<bool>,
}

/// One edge of a CLR's association graph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Association {
    pub source: String,
    pub relation: String,
    pub target: String,
}

/// Only images a browser can show inertly in `<img src>`; anything else is left out.
pub fn safe_image(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u
        .get(..u.len().min(32))
        .unwrap_or_default()
        .to_ascii_lowercase();
    let ok = lower.starts_with("https://")
        || lower.starts_with("http://")
        || ["png", "jpeg", "gif", "svg+xml"].iter().any(|t| {
            lower.starts_with(&format!("data:image/{t};"))
                || lower.starts_with(&format!("data:image/{t},"))
        });
    ok.then(|| u.to_owned())
}

/// The displayer essentials of `doc`.
pub fn essentials(doc: &Value) -> Essentials {
    let achievement = get(doc, &["credentialSubject", "achievement"]).filter(|a| a.is_object());
    let image_value = doc
        .get("image")
        .or_else(|| achievement.and_then(|a| a.get("image")));
    let issued = [
        ("validFrom", "validFrom"),
        ("issuanceDate", "issuanceDate"),
        ("awardedDate", "awardedDate"),
    ]
    .into_iter()
    .find_map(|(key, label)| text(doc.get(key)).map(|v| (v, label)));
    let valid_until = [
        ("validUntil", "validUntil"),
        ("expirationDate", "expirationDate"),
    ]
    .into_iter()
    .find_map(|(key, label)| text(doc.get(key)).map(|v| (v, label)));
    Essentials {
        name: text(doc.get("name")).or_else(|| achievement.and_then(|a| text(a.get("name")))),
        description: text(doc.get("description"))
            .or_else(|| achievement.and_then(|a| text(a.get("description")))),
        image: id_of(image_value).and_then(|u| safe_image(&u)),
        image_alt: image_value.and_then(|i| text(i.get("caption"))),
        issuer_name: doc.get("issuer").and_then(|i| text(i.get("name"))),
        issuer_id: id_of(doc.get("issuer")),
        issued,
        valid_until,
        subject: id_of(doc.get("credentialSubject")).or_else(|| {
            one_or_many(get(doc, &["credentialSubject", "identifier"]))
                .first()
                .and_then(|i| text(i.get("identityHash")))
        }),
    }
}

fn number(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

/// The endorsements on a credential, its achievement and its issuer, as "name by issuer".
pub fn endorsements(doc: &Value) -> Vec<&Value> {
    let mut all = Vec::new();
    for path in [
        &["endorsement"][..],
        &["issuer", "endorsement"],
        &["credentialSubject", "achievement", "endorsement"],
        &["credentialSubject", "achievement", "creator", "endorsement"],
    ] {
        all.extend(
            one_or_many(get(doc, path))
                .into_iter()
                .filter(|e| e.is_object()),
        );
    }
    all
}

/// The achievement of an OB credential's subject; what the credential leaves unnamed is
/// labelled in `lang`.
pub fn achievement(doc: &Value, lang: Lang) -> Option<Achievement> {
    let subject = doc.get("credentialSubject")?;
    let a = subject.get("achievement").filter(|a| a.is_object())?;
    let criteria = a.get("criteria");
    Some(Achievement {
        id: text(a.get("id")),
        name: text(a.get("name")),
        description: text(a.get("description")),
        achievement_type: text(a.get("achievementType")),
        criteria_narrative: criteria.and_then(|c| text(c.get("narrative"))),
        criteria_url: criteria.and_then(|c| text(c.get("id"))),
        alignments: one_or_many(a.get("alignment"))
            .into_iter()
            .map(|al| Alignment {
                name: text(al.get("targetName")),
                url: text(al.get("targetUrl")),
                framework: text(al.get("targetFramework")),
                code: text(al.get("targetCode")),
                target_type: text(al.get("targetType")),
            })
            .collect(),
        result_descriptions: one_or_many(a.get("resultDescription"))
            .into_iter()
            .map(|r| Item {
                label: text(r.get("name")).unwrap_or_else(|| lang.t(Msg::Unnamed).into()),
                detail: text(r.get("resultType")),
                url: None,
            })
            .collect(),
        results: one_or_many(subject.get("result"))
            .into_iter()
            .map(|r| {
                let described = text(r.get("resultDescription")).and_then(|id| {
                    one_or_many(a.get("resultDescription"))
                        .into_iter()
                        .find(|d| text(d.get("id")).as_deref() == Some(id.as_str()))
                        .and_then(|d| text(d.get("name")))
                });
                Item {
                    label: described.unwrap_or_else(|| lang.t(Msg::OneResult).into()),
                    detail: text(r.get("value"))
                        .or_else(|| text(r.get("status")))
                        .or_else(|| text(r.get("achievedLevel"))),
                    url: None,
                }
            })
            .collect(),
        evidence: one_or_many(doc.get("evidence"))
            .into_iter()
            .map(|e| Item {
                label: text(e.get("name")).unwrap_or_else(|| lang.t(Msg::OneEvidence).into()),
                detail: text(e.get("description")).or_else(|| text(e.get("narrative"))),
                url: text(e.get("id")),
            })
            .collect(),
        credits_available: number(a.get("creditsAvailable")),
        credits_earned: number(subject.get("creditsEarned")),
        endorsements: endorsements(doc)
            .into_iter()
            .map(|e| Item {
                label: text(e.get("issuer").and_then(|i| i.get("name")))
                    .or_else(|| id_of(e.get("issuer")))
                    .unwrap_or_else(|| lang.t(Msg::UnnamedEndorser).into()),
                detail: text(get(e, &["credentialSubject", "endorsementComment"])),
                url: None,
            })
            .collect(),
    })
}

/// A CLR's achievements, bundled credentials and association graph; what the credential
/// leaves unnamed is labelled in `lang`.
pub fn clr(doc: &Value, lang: Lang) -> Option<Clr> {
    let subject = doc.get("credentialSubject")?;
    let achievements = one_or_many(subject.get("achievement"));
    let credentials = one_or_many(subject.get("verifiableCredential"));
    let name_of = |id: &str| -> String {
        let named = achievements
            .iter()
            .copied()
            .chain(
                credentials
                    .iter()
                    .filter_map(|c| get(c, &["credentialSubject", "achievement"])),
            )
            .find(|a| text(a.get("id")).as_deref() == Some(id))
            .and_then(|a| text(a.get("name")));
        match named {
            Some(name) => format!("{name} ({id})"),
            None => id.to_owned(),
        }
    };
    Some(Clr {
        achievements: achievements
            .iter()
            .map(|a| Item {
                label: text(a.get("name"))
                    .unwrap_or_else(|| lang.t(Msg::UnnamedAchievement).into()),
                detail: text(a.get("achievementType")).or_else(|| text(a.get("description"))),
                url: text(a.get("id")),
            })
            .collect(),
        credentials: credentials
            .iter()
            .map(|c| Item {
                label: text(c.get("name"))
                    .or_else(|| text(get(c, &["credentialSubject", "achievement", "name"])))
                    .unwrap_or_else(|| lang.t(Msg::UnnamedCredential).into()),
                detail: text(c.get("issuer").and_then(|i| i.get("name")))
                    .or_else(|| id_of(c.get("issuer"))),
                url: text(c.get("id")),
            })
            .collect(),
        associations: one_or_many(subject.get("association"))
            .into_iter()
            .map(|a| Association {
                source: name_of(&text(a.get("sourceId")).unwrap_or_default()),
                relation: text(a.get("associationType"))
                    .unwrap_or_else(|| lang.t(Msg::StatusNoType).into()),
                target: name_of(&text(a.get("targetId")).unwrap_or_default()),
            })
            .collect(),
        partial: subject
            .get("partial")
            .or_else(|| doc.get("partial"))
            .and_then(Value::as_bool),
    })
}

/// A plain-language gloss of a CLR association type (our own words; the eight values are
/// the `associationType` enumeration of the CLR 2.0 JSON Schema).
pub fn relation_phrase(association_type: &str, lang: Lang) -> &'static str {
    lang.t(relation(association_type).unwrap_or(Msg::RelUnknown))
}

fn relation(association_type: &str) -> Option<Msg> {
    Some(match association_type {
        "exactMatchOf" => Msg::RelExactMatch,
        "isChildOf" => Msg::RelChild,
        "isParentOf" => Msg::RelParent,
        "isPartOf" => Msg::RelPart,
        "isPeerOf" => Msg::RelPeer,
        "isRelatedTo" => Msg::RelRelated,
        "precedes" => Msg::RelPrecedes,
        "replacedBy" => Msg::RelReplaced,
        _ => return None,
    })
}

/// Whether `s` is one of the association types of CLR 2.0.
pub fn is_association_type(s: &str) -> bool {
    relation(s).is_some()
}

/// Used by checks: whether a JSON value has the shape of a profile reference with an id.
pub fn issuer_id(doc: &Value) -> Option<String> {
    json::id_of(doc.get("issuer"))
}
