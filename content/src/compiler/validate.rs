//! The course-wide checks, once every file is read: ids are unique, module orders are
//! distinct, and every id used (citations, course links, `section=`, TOML references)
//! names something that exists.

use std::collections::{HashMap, HashSet};

use super::error::ContentError;
use super::location::Place;
use super::markdown::Use;
use super::module_file::ParsedModule;
use super::toml_files::{Data, Kind, Record};
use crate::model::Target;

/// What the course defines, by id.
struct Known<'a> {
    references: HashSet<&'a str>,
    /// Module id → its section ids.
    modules: HashMap<&'a str, HashSet<&'a str>>,
    credential_types: HashSet<&'a str>,
    terms: HashSet<&'a str>,
    award_levels: HashSet<&'a str>,
    /// Kinds whose source could not be read in full: unknown ids of these are not reported.
    unreadable: Vec<Kind>,
    /// Kinds whose file is absent, with the file name, for a better message.
    absent: Vec<(Kind, &'static str)>,
}

impl Known<'_> {
    fn has(&self, kind: Kind, id: &str) -> bool {
        match kind {
            Kind::Reference => self.references.contains(id),
            Kind::Module => self.modules.contains_key(id),
            Kind::CredentialType => self.credential_types.contains(id),
            Kind::Term => self.terms.contains(id),
            Kind::AwardLevel => self.award_levels.contains(id),
        }
    }

    /// The error for an unknown id of `kind`, unless its file could not be read.
    fn unknown(&self, kind: Kind, at: &Place, message: String) -> Option<ContentError> {
        if self.unreadable.contains(&kind) {
            return None;
        }
        Some(match self.absent.iter().find(|(k, _)| *k == kind) {
            Some((_, file)) => at.error(format!("{message} (the course has no {file})")),
            None => at.error(message),
        })
    }
}

/// What the course-wide checks need besides the parsed files.
pub(crate) struct Inputs<'a> {
    /// Module files, in the order read.
    pub(crate) modules: &'a [ParsedModule],
    /// The data files.
    pub(crate) data: &'a Data,
    /// Data files that were given, by name.
    pub(crate) present: &'a [&'static str],
    /// Some module file could not be read in full (its id is unknown).
    pub(crate) module_unreadable: bool,
}

/// Runs every course-wide check.
pub(crate) fn check(inputs: &Inputs<'_>, errors: &mut Vec<ContentError>) {
    let Inputs { modules, data, .. } = inputs;
    let mut unreadable = data.unreadable.clone();
    if inputs.module_unreadable {
        unreadable.push(Kind::Module);
    }
    let absent = [
        (Kind::Reference, "references.toml"),
        (Kind::CredentialType, "credential-types.toml"),
        (Kind::AwardLevel, "credential-types.toml"),
        (Kind::Term, "glossary.toml"),
    ]
    .into_iter()
    .filter(|(_, file)| !inputs.present.contains(file))
    .collect();
    let known = Known {
        references: ids(&data.references, |r| &r.id),
        modules: modules
            .iter()
            .filter_map(|m| {
                let front = m.front.as_ref()?;
                Some((
                    front.id.as_str(),
                    m.sections.iter().map(|s| s.id.as_str()).collect(),
                ))
            })
            .collect(),
        credential_types: ids(&data.credential_types, |c| &c.id),
        terms: ids(&data.glossary, |t| &t.id),
        award_levels: ids(&data.award_levels, |l| &l.id),
        unreadable,
        absent,
    };
    unique_module_ids(modules, errors);
    distinct_orders(modules, errors);
    unique(&data.references, |r| &r.id, "reference", errors);
    unique(&data.resources, |r| &r.id, "resource", errors);
    unique(&data.standards, |s| &s.id, "standard", errors);
    unique(&data.credential_types, |c| &c.id, "credential type", errors);
    unique(&data.pathways, |p| &p.id, "pathway", errors);
    unique(&data.award_levels, |l| &l.id, "award level", errors);
    unique(&data.glossary, |t| &t.id, "glossary term", errors);
    for m in modules.iter() {
        module_uses(m, &known, errors);
    }
    data_refs(&data.resources, &known, errors);
    data_refs(&data.standards, &known, errors);
    data_refs(&data.credential_types, &known, errors);
    data_refs(&data.pathways, &known, errors);
    data_refs(&data.award_levels, &known, errors);
    data_refs(&data.glossary, &known, errors);
    no_ancestor_cycles(data, errors);
}

fn ids<T>(records: &[Record<T>], id: fn(&T) -> &String) -> HashSet<&str> {
    records.iter().map(|r| id(&r.value).as_str()).collect()
}

/// Ids written in module files are unique across the course.
fn unique_module_ids(modules: &[ParsedModule], errors: &mut Vec<ContentError>) {
    let mut first: HashMap<&str, &Place> = HashMap::new();
    for (id, at) in modules.iter().flat_map(|m| m.ids.iter()) {
        if id.is_empty() {
            continue;
        }
        match first.get(id.as_str()) {
            Some(prev) => {
                errors.push(at.error(format!("duplicate id '{id}' (first used at {prev})")))
            }
            None => {
                first.insert(id, at);
            }
        }
    }
}

fn distinct_orders(modules: &[ParsedModule], errors: &mut Vec<ContentError>) {
    let mut first: HashMap<u32, (&str, &Place)> = HashMap::new();
    for front in modules.iter().filter_map(|m| m.front.as_ref()) {
        match first.get(&front.order) {
            Some((other, at)) => errors.push(front.order_at.error(format!(
                "order {} is already taken by module '{other}' ({at})",
                front.order
            ))),
            None => {
                first.insert(front.order, (&front.id, &front.order_at));
            }
        }
    }
}

/// Ids of one data kind are unique within it.
fn unique<T>(
    records: &[Record<T>],
    id: fn(&T) -> &String,
    what: &str,
    errors: &mut Vec<ContentError>,
) {
    let mut first: HashMap<&str, &Place> = HashMap::new();
    for r in records {
        let key = id(&r.value).as_str();
        match first.get(key) {
            Some(prev) => errors.push(r.id_at.error(format!(
                "duplicate {what} id '{key}' (first defined at {prev})"
            ))),
            None => {
                first.insert(key, &r.id_at);
            }
        }
    }
}

/// Citations, course links and `section=` of one module resolve.
fn module_uses(m: &ParsedModule, known: &Known<'_>, errors: &mut Vec<ContentError>) {
    for (used, at) in &m.uses {
        let problem = match used {
            Use::Cite(key) => (!known.has(Kind::Reference, key)).then(|| {
                known.unknown(
                    Kind::Reference,
                    at,
                    format!("unknown reference key '{key}'"),
                )
            }),
            Use::Link(Target::Module { module, section }) => {
                match known.modules.get(module.as_str()) {
                    None => Some(known.unknown(
                        Kind::Module,
                        at,
                        format!("link to unknown module '{module}'"),
                    )),
                    Some(sections) => section
                        .as_ref()
                        .filter(|s| !sections.contains(s.as_str()))
                        .map(|s| Some(at.error(format!("module '{module}' has no section '{s}'")))),
                }
            }
            Use::Link(Target::Credential(id)) => {
                (!known.has(Kind::CredentialType, id)).then(|| {
                    known.unknown(
                        Kind::CredentialType,
                        at,
                        format!("link to unknown credential type '{id}'"),
                    )
                })
            }
            Use::Link(Target::Term(id)) => (!known.has(Kind::Term, id)).then(|| {
                known.unknown(
                    Kind::Term,
                    at,
                    format!("link to unknown glossary term '{id}'"),
                )
            }),
            Use::Link(Target::Url(_)) => None,
        };
        errors.extend(problem.flatten());
    }
    for (section, at) in &m.item_sections {
        if !m.sections.iter().any(|s| &s.id == section) {
            errors.push(at.error(format!("section={section} names no section of this module")));
        }
    }
}

/// The ids a data file's records refer to resolve.
fn data_refs<T>(records: &[Record<T>], known: &Known<'_>, errors: &mut Vec<ContentError>) {
    for r in records.iter().flat_map(|r| r.refs.iter()) {
        if !known.has(r.kind, &r.id) {
            let message = format!("unknown {} '{}'", r.kind.name(), r.id);
            errors.extend(known.unknown(r.kind, &r.at, message));
        }
    }
}

/// Following `parent` from any credential type ends at a top-level type.
fn no_ancestor_cycles(data: &Data, errors: &mut Vec<ContentError>) {
    let parent_of: HashMap<&str, Option<&str>> = data
        .credential_types
        .iter()
        .map(|c| (c.value.id.as_str(), c.value.parent.as_deref()))
        .collect();
    for c in &data.credential_types {
        let mut current = c.value.parent.as_deref();
        for _ in 0..=parent_of.len() {
            match current {
                None => break,
                Some(p) if p == c.value.id => {
                    errors.push(c.id_at.error(format!(
                        "credential type '{}' is its own ancestor",
                        c.value.id
                    )));
                    break;
                }
                Some(p) => current = parent_of.get(p).copied().flatten(),
            }
        }
    }
}
