//! Pillar Structure, object by object: every object inside the credential has the `type`
//! its class requires and the properties its JSON Schema requires, as the 1EdTech validator
//! checks them (its `CredentialSubjectProbe`, `EvidenceProbe`, `IssuerProbe`, and the
//! schemas).
//!
//! The classes, their `type` rules and `required` lists are written from the Open Badges 3.0
//! data model (appendix B.1, <https://www.imsglobal.org/spec/ob/v3p0/#achievementcredential>
//! and the class anchors beside it) and the `$defs` of the published JSON Schemas
//! (<https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json>,
//! <https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json>).
//! Nothing is fetched. A property given as a string (a reference by URI) is not an object
//! and is not walked into.

use serde_json::Value;

use super::{Check, Pillar, Rule, Subject};
use crate::i18n::{Lang, Msg};
use crate::json::{self, get};
use crate::recognize::Kind;

mod classes;

pub(super) use classes::credential_required;
use classes::{Class, TypeRule, with_generation};

/// One object met on the walk.
struct Node<'a> {
    path: String,
    class: Class,
    value: &'a Value,
    /// The credential generation this object belongs to is VC 1.1.
    legacy: bool,
}

/// The class of a whole credential by its `type`, when it is one the walk knows.
fn credential_class(doc: &Value) -> Option<Class> {
    let t = json::types(doc);
    let has = |x: &str| t.iter().any(|v| v == x);
    if has("OpenBadgeCredential") || has("AchievementCredential") {
        Some(Class::AchievementCredential)
    } else if has("ClrCredential") {
        Some(Class::ClrCredential)
    } else if has("EndorsementCredential") {
        Some(Class::EndorsementCredential)
    } else {
        None
    }
}

fn is_legacy(doc: &Value) -> bool {
    crate::recognize::is_legacy(doc)
}

/// Every object of a known class under `value`, depth first. Depth is bounded by the JSON
/// nesting limit the input was parsed with.
fn walk<'a>(value: &'a Value, class: Class, path: String, legacy: bool, out: &mut Vec<Node<'a>>) {
    if !value.is_object() {
        return;
    }
    // An embedded credential follows its own generation's rules.
    let legacy = if matches!(
        class,
        Class::AchievementCredential | Class::ClrCredential | Class::EndorsementCredential
    ) {
        is_legacy(value)
    } else {
        legacy
    };
    if let Some(subject) = class.subject_class() {
        each(
            value.get("credentialSubject"),
            &format!("{path}/credentialSubject"),
            |v, p| {
                walk(v, subject, p, legacy, out);
            },
        );
    }
    for &(key, child) in class.children() {
        each(value.get(key), &format!("{path}/{key}"), |v, p| {
            walk(v, child, p, legacy, out);
        });
    }
    if class == Class::ClrSubject {
        each(
            value.get("verifiableCredential"),
            &format!("{path}/verifiableCredential"),
            |v, p| {
                if let Some(c) = credential_class(v) {
                    walk(v, c, p, legacy, out);
                }
            },
        );
    }
    out.push(Node {
        path: if path.is_empty() { "/".into() } else { path },
        class,
        value,
        legacy,
    });
}

/// Calls `f` on the value at `path` (one object) or on each item (an array), with its path.
fn each<'a>(value: Option<&'a Value>, path: &str, mut f: impl FnMut(&'a Value, String)) {
    match value {
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                f(item, format!("{path}/{i}"));
            }
        }
        Some(v @ Value::Object(_)) => f(v, path.to_owned()),
        _ => {}
    }
}

/// The objects of `s.doc` the object checks look at, and the root's own paths that other
/// checks already judge (`subject`, `achievement`, `clr-contents`, `required`).
fn nodes<'a>(s: &Subject<'a>) -> Vec<Node<'a>> {
    let mut out = Vec::new();
    if let Some(class) = credential_class(s.doc) {
        walk(s.doc, class, String::new(), is_legacy(s.doc), &mut out);
    }
    out
}

/// Paths whose `type` another check judges already.
fn type_judged_elsewhere(path: &str) -> bool {
    matches!(path, "/" | "/credentialSubject")
}

/// Paths whose required properties another check judges already.
fn required_judged_elsewhere(kind: Kind, path: &str) -> bool {
    if matches!(path, "/" | "/credentialSubject") {
        return true;
    }
    match kind {
        Kind::OpenBadge => path == "/credentialSubject/achievement",
        Kind::Clr => {
            path.starts_with("/credentialSubject/achievement/") && path.matches('/').count() == 3
                || path.starts_with("/credentialSubject/association/")
        }
        _ => false,
    }
}

/// Why `node`'s type is wrong, or `None` when it is right.
fn type_problem(node: &Node<'_>, lang: Lang) -> Option<String> {
    let types = json::types(node.value);
    let shown = || {
        if types.is_empty() {
            lang.t(Msg::ObjTypeNone).to_owned()
        } else {
            lang.fill(Msg::ObjTypeIs, &[("types", &types.join(", "))])
        }
    };
    let said = |msg: Msg, name: &str| {
        lang.fill(
            msg,
            &[
                ("path", &node.path),
                ("name", name),
                ("names", name),
                ("shown", &shown()),
            ],
        )
    };
    match node.class.type_rule() {
        TypeRule::Includes(name) if !types.iter().any(|t| t == name) => {
            Some(said(Msg::ObjNotOfType, name))
        }
        TypeRule::Is(name) if node.value.get("type").and_then(Value::as_str) != Some(name) => {
            Some(said(Msg::ObjMustHaveType, name))
        }
        TypeRule::Credential(names) => {
            let vc = types.iter().any(|t| t == "VerifiableCredential");
            let own = types.iter().any(|t| names.contains(&t.as_str()));
            let or = format!(" {} ", lang.t(Msg::ObjOr));
            (!(vc && own)).then(|| said(Msg::ObjMustHaveTypes, &names.join(&or)))
        }
        _ => None,
    }
}

/// The required properties `node` lacks.
fn missing(node: &Node<'_>) -> Vec<&'static str> {
    with_generation(node.class.required(), node.legacy)
        .into_iter()
        .filter(|k| node.value.get(*k).is_none_or(Value::is_null))
        .collect()
}

/// Lists at most a few problems, then how many more there are.
fn summarize(problems: &[String], lang: Lang) -> String {
    const SHOWN: usize = 5;
    let mut text = problems
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if problems.len() > SHOWN {
        text.push_str(&lang.count(Msg::ObjMore, &[("n", problems.len() - SHOWN)]));
    }
    text
}

pub(super) fn types(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "object-types",
        Pillar::Structure,
        s.lang,
        Msg::CheckObjectTypes,
    );
    let nodes = nodes(s);
    let wrong: Vec<&Node<'_>> = nodes
        .iter()
        .filter(|n| !type_judged_elsewhere(&n.path))
        .filter(|n| type_problem(n, s.lang).is_some())
        .collect();
    let checked = nodes
        .iter()
        .filter(|n| {
            !type_judged_elsewhere(&n.path) && !matches!(n.class.type_rule(), TypeRule::Any)
        })
        .count();
    if wrong.is_empty() {
        rule.pass(s.lang.count(Msg::ObjTypesOk, &[("n", checked)]), &[])
    } else {
        let problems: Vec<String> = wrong
            .iter()
            .filter_map(|n| type_problem(n, s.lang))
            .collect();
        let paths: Vec<&str> = wrong.iter().map(|n| n.path.as_str()).collect();
        rule.fail(
            s.lang.fill(
                Msg::ObjTypesBad,
                &[("problems", &summarize(&problems, s.lang))],
            ),
            &paths,
        )
    }
}

pub(super) fn properties(s: &Subject<'_>) -> Check {
    let rule = Rule::new(
        "object-properties",
        Pillar::Structure,
        s.lang,
        Msg::CheckObjectProperties,
    );
    let nodes = nodes(s);
    let mut problems = Vec::new();
    let mut paths = Vec::new();
    let mut checked = 0;
    for n in nodes
        .iter()
        .filter(|n| !required_judged_elsewhere(s.kind, &n.path))
    {
        checked += 1;
        let lacks = missing(n);
        if !lacks.is_empty() {
            problems.push(s.lang.fill(
                Msg::ObjLacks,
                &[
                    ("path", &n.path),
                    ("class", n.class.name()),
                    ("missing", &lacks.join(", ")),
                ],
            ));
            paths.push(n.path.as_str());
        }
        // The validator adds one rule the schema cannot state: criteria need an id or a
        // narrative (its CredentialSubjectProbe).
        if n.class == Class::Criteria
            && get(n.value, &["id"]).is_none()
            && get(n.value, &["narrative"]).is_none()
        {
            problems.push(s.lang.fill(Msg::ObjCriteria, &[("path", &n.path)]));
            paths.push(n.path.as_str());
        }
    }
    if problems.is_empty() {
        rule.pass(s.lang.count(Msg::ObjPropsOk, &[("n", checked)]), &[])
    } else {
        rule.fail(
            s.lang.fill(
                Msg::ObjPropsBad,
                &[("problems", &summarize(&problems, s.lang))],
            ),
            &paths,
        )
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;
    use serde_json::json;

    fn subject(doc: &Value) -> Subject<'_> {
        Subject {
            doc,
            kind: Kind::OpenBadge,
            jws: None,
            now: 0,
            status_list: None,
            lang: crate::Lang::En,
        }
    }

    #[test]
    fn a_string_reference_is_not_walked_and_an_object_is() {
        let doc = json!({"type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": "https://example.edu/issuer",
            "evidence": [{"type": ["Evidence"]}, {"type": "Evidnce"}]});
        let s = subject(&doc);
        let c = types(&s);
        assert_eq!(c.status, super::super::Status::Fail);
        assert!(
            c.reason.contains("/evidence/1 is not of type \"Evidence\""),
            "{}",
            c.reason
        );
        assert!(!c.reason.contains("/issuer"), "{}", c.reason);
    }

    #[test]
    fn exact_types_must_be_exact() {
        let doc = json!({"type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": "x:y", "type": ["Profile"],
              "otherIdentifier": [{"type": ["IdentifierEntry"], "identifier": "1", "identifierType": "sourcedId"}]}});
        let c = types(&subject(&doc));
        assert!(
            c.reason
                .contains("/issuer/otherIdentifier/0 must have the type \"IdentifierEntry\""),
            "{}",
            c.reason
        );
    }
}
