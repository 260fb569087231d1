//! Reading every file, then the course-wide checks: unique ids and resolving references.

use std::collections::{HashMap, HashSet};

use super::Compiled;
use super::blocks::Reference as Use;
use super::error::{ContentError, SourceMap};
use super::module_file::{self, ParsedModule};
use super::toml_files::{self, CourseFile, Data, Located};
use crate::model::{
    Course, CredentialType, FORMAT_VERSION, Library, Module, ModuleSummary, SectionRef, Target,
};

fn base_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

pub(super) fn compile(files: &[(String, String)]) -> Result<Compiled, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut course_file: Option<CourseFile> = None;
    let mut data = Data::default();
    let mut parsed: Vec<ParsedModule> = Vec::new();
    for (name, text) in files {
        let file = base_name(name);
        if file == "course.toml" {
            course_file = toml_files::parse_toml(name, text, &mut errors);
        } else if file.ends_with(".md") {
            if let Some(m) = module_file::parse(name, text, &mut errors) {
                parsed.push(m);
            }
        } else if !toml_files::read_data_file(file, name, text, &mut data, &mut errors) {
            errors.push(SourceMap::new(name, text).error(0, "unknown course file (expected course.toml, references.toml, resources.toml, standards.toml, credential-types.toml, glossary.toml or a module .md)"));
        }
    }
    let Some(course_file) = course_file else {
        if !files.iter().any(|(n, _)| base_name(n) == "course.toml") {
            errors.push(ContentError {
                file: "course.toml".into(),
                line: 1,
                col: 1,
                message: "the course folder has no course.toml".into(),
            });
        }
        return Err(errors);
    };
    if !super::error::is_valid_id(&course_file.id) {
        errors.push(ContentError {
            file: "course.toml".into(),
            line: 1,
            col: 1,
            message: format!("'{}' is not a valid course id", course_file.id),
        });
    }
    if parsed.is_empty() {
        errors.push(ContentError {
            file: "course.toml".into(),
            line: 1,
            col: 1,
            message: "the course has no modules (*.md files)".into(),
        });
    }

    check_unique_module_ids(&parsed, &mut errors);
    check_unique(&data.references, |r| &r.id, "reference", &mut errors);
    check_unique(&data.resources, |r| &r.id, "resource", &mut errors);
    check_unique(&data.standards, |r| &r.id, "standard", &mut errors);
    check_unique(
        &data.credential_types,
        |r| &r.id,
        "credential type",
        &mut errors,
    );
    check_unique(&data.pathways, |r| &r.id, "pathway", &mut errors);
    check_unique(&data.glossary, |r| &r.id, "glossary term", &mut errors);

    let refs: HashMap<&str, usize> = data
        .references
        .iter()
        .enumerate()
        .map(|(i, r)| (r.value.id.as_str(), i))
        .collect();
    let credentials: HashSet<&str> = data
        .credential_types
        .iter()
        .map(|c| c.value.id.as_str())
        .collect();
    let terms: HashSet<&str> = data.glossary.iter().map(|t| t.value.id.as_str()).collect();
    let sections_of: HashMap<&str, HashSet<&str>> = parsed
        .iter()
        .map(|p| {
            (
                p.module.id.as_str(),
                p.module.sections.iter().map(|s| s.id.as_str()).collect(),
            )
        })
        .collect();

    let mut modules = Vec::new();
    for p in &parsed {
        let mut cited: Vec<&str> = Vec::new();
        for (used, at) in &p.uses {
            let problem = match used {
                Use::Cite(key) => {
                    if refs.contains_key(key.as_str()) {
                        if !cited.contains(&key.as_str()) {
                            cited.push(key);
                        }
                        None
                    } else {
                        Some(format!("unknown reference key '{key}'"))
                    }
                }
                Use::Link(Target::Module { module, section }) => {
                    match sections_of.get(module.as_str()) {
                        None => Some(format!("link to unknown module '{module}'")),
                        Some(secs) => section
                            .as_ref()
                            .filter(|s| !secs.contains(s.as_str()))
                            .map(|s| format!("module '{module}' has no section '{s}'")),
                    }
                }
                Use::Link(Target::Credential(id)) => (!credentials.contains(id.as_str()))
                    .then(|| format!("link to unknown credential type '{id}'")),
                Use::Link(Target::Term(id)) => (!terms.contains(id.as_str()))
                    .then(|| format!("link to unknown glossary term '{id}'")),
                Use::Link(Target::Url(_)) => None,
            };
            if let Some(message) = problem {
                errors.push(ContentError {
                    message,
                    ..at.clone()
                });
            }
        }
        let own = sections_of.get(p.module.id.as_str());
        for (target, at) in &p.item_sections {
            if !own.is_some_and(|s| s.contains(target.as_str())) {
                errors.push(ContentError {
                    message: format!("section={target} names no section of this module"),
                    ..at.clone()
                });
            }
        }
        let mut module = p.module.clone();
        module.course = course_file.id.clone();
        module.references = cited
            .iter()
            .filter_map(|k| refs.get(k).and_then(|&i| data.references.get(i)))
            .map(|r| r.value.clone())
            .collect();
        modules.push(module);
    }

    check_data(
        &data,
        &refs,
        &credentials,
        &terms,
        &sections_of,
        &mut errors,
    );
    let mut seen_orders: HashMap<u32, &str> = HashMap::new();
    for m in &modules {
        if let Some(other) = seen_orders.insert(m.order, &m.id) {
            errors.push(ContentError {
                file: "course.toml".into(),
                line: 1,
                col: 1,
                message: format!(
                    "modules '{other}' and '{}' have the same order {}",
                    m.id, m.order
                ),
            });
        }
    }

    if !errors.is_empty() {
        errors.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
        errors.dedup();
        return Err(errors);
    }
    modules.sort_by_key(|m| m.order);
    Ok(assemble(course_file, modules, data))
}

fn check_unique_module_ids(parsed: &[ParsedModule], errors: &mut Vec<ContentError>) {
    let mut first: HashMap<&str, &ContentError> = HashMap::new();
    for p in parsed {
        for id in &p.ids {
            if let Some(prev) = first.get(id.id.as_str()) {
                errors.push(ContentError {
                    message: format!(
                        "duplicate id '{}' (first used at {}:{}:{})",
                        id.id, prev.file, prev.line, prev.col
                    ),
                    ..id.error_at.clone()
                });
            } else {
                first.insert(&id.id, &id.error_at);
            }
        }
    }
}

fn check_unique<T>(
    items: &[Located<T>],
    id: fn(&T) -> &String,
    what: &str,
    errors: &mut Vec<ContentError>,
) {
    let mut seen: HashSet<&str> = HashSet::new();
    for item in items {
        if !seen.insert(id(&item.value)) {
            errors.push(item.error(format!("duplicate {what} id '{}'", id(&item.value))));
        }
    }
}

fn check_url<T>(item: &Located<T>, url: &str, errors: &mut Vec<ContentError>) {
    let lower = url.trim().to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        errors.push(item.error(format!("url '{url}' is not an http or https address")));
    }
}

fn check_data(
    data: &Data,
    refs: &HashMap<&str, usize>,
    credentials: &HashSet<&str>,
    terms: &HashSet<&str>,
    modules: &HashMap<&str, HashSet<&str>>,
    errors: &mut Vec<ContentError>,
) {
    let known = |set: &dyn Fn(&str) -> bool,
                 ids: &[String],
                 what: &str,
                 item_err: &dyn Fn(String) -> ContentError,
                 errors: &mut Vec<ContentError>| {
        for id in ids {
            if !set(id) {
                errors.push(item_err(format!("unknown {what} '{id}'")));
            }
        }
    };
    let is_ref = |id: &str| refs.contains_key(id);
    let is_module = |id: &str| modules.contains_key(id);
    let is_credential = |id: &str| credentials.contains(id);
    let is_term = |id: &str| terms.contains(id);
    for r in &data.references {
        check_url(r, &r.value.url, errors);
        for (field, value) in [
            ("title", &r.value.title),
            ("author", &r.value.author),
            ("year", &r.value.year),
        ] {
            if value.trim().is_empty() {
                errors.push(r.error(format!("reference '{}' has no {field}", r.value.id)));
            }
        }
    }
    for r in &data.resources {
        check_url(r, &r.value.url, errors);
        known(
            &is_module,
            &r.value.modules,
            "module",
            &|m| r.error(m),
            errors,
        );
    }
    for s in &data.standards {
        check_url(s, &s.value.url, errors);
        known(
            &is_ref,
            &s.value.sources,
            "reference",
            &|m| s.error(m),
            errors,
        );
    }
    for c in &data.credential_types {
        let v: &CredentialType = &c.value;
        if let Some(parent) = &v.parent {
            known(
                &is_credential,
                std::slice::from_ref(parent),
                "parent credential type",
                &|m| c.error(m),
                errors,
            );
        }
        known(&is_module, &v.modules, "module", &|m| c.error(m), errors);
        known(&is_term, &v.terms, "glossary term", &|m| c.error(m), errors);
        known(&is_ref, &v.sources, "reference", &|m| c.error(m), errors);
        if v.sources.is_empty() {
            errors.push(c.error(format!("credential type '{}' cites no source", v.id)));
        }
    }
    // Parent chains must end at a root.
    let parent_of: HashMap<&str, Option<&str>> = data
        .credential_types
        .iter()
        .map(|c| (c.value.id.as_str(), c.value.parent.as_deref()))
        .collect();
    for c in &data.credential_types {
        let mut cur = c.value.parent.as_deref();
        let mut steps = 0;
        while let Some(p) = cur {
            steps += 1;
            if steps > parent_of.len() {
                errors.push(c.error(format!(
                    "credential type '{}' is its own ancestor",
                    c.value.id
                )));
                break;
            }
            cur = parent_of.get(p).copied().flatten();
        }
    }
    for p in &data.pathways {
        known(
            &is_credential,
            &p.value.steps,
            "credential type",
            &|m| p.error(m),
            errors,
        );
        if p.value.steps.len() < 2 {
            errors.push(p.error("a pathway has at least two steps"));
        }
        if let Some(source) = &p.value.source {
            known(
                &is_ref,
                std::slice::from_ref(source),
                "reference",
                &|m| p.error(m),
                errors,
            );
        }
    }
    for t in &data.glossary {
        known(
            &is_ref,
            &t.value.sources,
            "reference",
            &|m| t.error(m),
            errors,
        );
    }
}

fn assemble(course_file: CourseFile, modules: Vec<Module>, data: Data) -> Compiled {
    let course = Course {
        format: FORMAT_VERSION,
        id: course_file.id.clone(),
        title: course_file.title,
        summary: course_file.summary,
        version: course_file.version,
        modules: modules
            .iter()
            .map(|m| ModuleSummary {
                id: m.id.clone(),
                title: m.title.clone(),
                summary: m.summary.clone(),
                order: m.order,
                minutes: m.minutes,
                sections: m
                    .sections
                    .iter()
                    .map(|s| SectionRef {
                        id: s.id.clone(),
                        title: s.title.clone(),
                    })
                    .collect(),
            })
            .collect(),
    };
    let mut glossary: Vec<_> = data.glossary.into_iter().map(|t| t.value).collect();
    glossary.sort_by_key(|t| t.term.to_lowercase());
    let library = Library {
        format: FORMAT_VERSION,
        course: course_file.id,
        resources: data.resources.into_iter().map(|r| r.value).collect(),
        standards: data.standards.into_iter().map(|s| s.value).collect(),
        credential_types: parents_first(
            data.credential_types.into_iter().map(|c| c.value).collect(),
        ),
        pathways: data.pathways.into_iter().map(|p| p.value).collect(),
        glossary,
        references: data.references.into_iter().map(|r| r.value).collect(),
    };
    Compiled {
        course,
        modules,
        library,
    }
}

/// Orders credential types so every parent comes before its children, keeping file order
/// otherwise (a depth-first walk from the roots).
fn parents_first(types: Vec<CredentialType>) -> Vec<CredentialType> {
    let mut out: Vec<CredentialType> = Vec::with_capacity(types.len());
    let mut placed: HashSet<String> = HashSet::new();
    let mut stack: Vec<Option<String>> = vec![None];
    // Iterative: children of each placed node are pushed in file order.
    let mut order: Vec<usize> = Vec::new();
    while let Some(parent) = stack.pop() {
        let children: Vec<usize> = types
            .iter()
            .enumerate()
            .filter(|(_, t)| t.parent == parent && !placed.contains(&t.id))
            .map(|(i, _)| i)
            .collect();
        for &i in children.iter().rev() {
            if let Some(t) = types.get(i) {
                stack.push(Some(t.id.clone()));
            }
        }
        if let Some(p) = &parent
            && placed.insert(p.clone())
            && let Some(i) = types.iter().position(|t| &t.id == p)
        {
            order.push(i);
        }
    }
    for (i, t) in types.iter().enumerate() {
        if !order.contains(&i) && !placed.contains(&t.id) {
            order.push(i);
        }
    }
    for i in order {
        if let Some(t) = types.get(i) {
            out.push(t.clone());
        }
    }
    out
}
