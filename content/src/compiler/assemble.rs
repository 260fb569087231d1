//! A checked course → the model: the course index, the modules, the library.

use std::collections::HashMap;

use super::Compiled;
use super::markdown::Use;
use super::module_file::ParsedModule;
use super::toml_files::{CourseInfo, Data, Record};
use crate::model::{Course, CredentialType, FORMAT_VERSION, Library, Module, Reference};

/// Builds the compiled course. Call only when the checks found no error: modules without
/// front matter are left out.
pub(crate) fn assemble(course: CourseInfo, parsed: Vec<ParsedModule>, data: Data) -> Compiled {
    let references: HashMap<&str, &Reference> = data
        .references
        .iter()
        .map(|r| (r.value.id.as_str(), &r.value))
        .collect();
    let mut modules: Vec<Module> = parsed
        .into_iter()
        .filter_map(|m| module(&course.id, m, &references))
        .collect();
    modules.sort_by_key(|m| m.order);
    let index = Course {
        format: FORMAT_VERSION,
        id: course.id.clone(),
        title: course.title,
        summary: course.summary,
        version: course.version,
        modules: modules.iter().map(Module::summary).collect(),
    };
    let mut glossary = values(data.glossary);
    glossary.sort_by_cached_key(|t| t.term.to_lowercase());
    let library = Library {
        format: FORMAT_VERSION,
        course: course.id,
        resources: values(data.resources),
        standards: values(data.standards),
        credential_types: parents_first(values(data.credential_types)),
        pathways: values(data.pathways),
        award_levels: values(data.award_levels),
        glossary,
        references: values(data.references),
    };
    Compiled {
        course: index,
        modules,
        library,
    }
}

fn values<T>(records: Vec<Record<T>>) -> Vec<T> {
    records.into_iter().map(|r| r.value).collect()
}

fn module(course: &str, m: ParsedModule, references: &HashMap<&str, &Reference>) -> Option<Module> {
    let front = m.front?;
    let mut cited: Vec<Reference> = Vec::new();
    for (used, _) in &m.uses {
        if let Use::Cite(key) = used
            && !cited.iter().any(|r| &r.id == key)
            && let Some(r) = references.get(key.as_str())
        {
            cited.push((*r).clone());
        }
    }
    Some(Module {
        format: FORMAT_VERSION,
        course: course.to_owned(),
        id: front.id,
        title: front.title,
        summary: front.summary,
        order: front.order,
        minutes: front.minutes,
        objectives: m.objectives,
        sections: m.sections,
        references: cited,
    })
}

/// Orders credential types so that every parent comes before its children, otherwise
/// keeping file order: at each step, the earliest type whose parent is already placed.
pub(crate) fn parents_first(types: Vec<CredentialType>) -> Vec<CredentialType> {
    let index: HashMap<&str, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let mut placed = vec![false; types.len()];
    let mut order = Vec::with_capacity(types.len());
    while order.len() < types.len() {
        let ready = types.iter().enumerate().position(|(i, t)| {
            !placed.get(i).copied().unwrap_or(true)
                && t.parent
                    .as_deref()
                    .and_then(|p| index.get(p))
                    .is_none_or(|&p| placed.get(p).copied().unwrap_or(true))
        });
        // A cycle (already reported) leaves nothing ready: the rest in file order.
        let next = ready.or_else(|| placed.iter().position(|p| !p));
        let Some(next) = next else { break };
        if let Some(p) = placed.get_mut(next) {
            *p = true;
        }
        order.push(next);
    }
    let mut slots: Vec<Option<CredentialType>> = types.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    fn ct(id: &str, parent: Option<&str>) -> CredentialType {
        CredentialType {
            id: id.into(),
            label: id.into(),
            parent: parent.map(Into::into),
            ..CredentialType::default()
        }
    }

    fn ids(types: &[CredentialType]) -> Vec<&str> {
        types.iter().map(|t| t.id.as_str()).collect()
    }

    #[test]
    fn parents_come_first_and_file_order_is_kept_otherwise() {
        let sorted = parents_first(vec![
            ct("a", None),
            ct("b", None),
            ct("a1", Some("a")),
            ct("c1", Some("c")),
            ct("c", Some("b")),
            ct("orphan", Some("missing")),
        ]);
        assert_eq!(ids(&sorted), ["a", "b", "a1", "c", "c1", "orphan"]);
    }

    #[test]
    fn a_cycle_still_yields_every_type() {
        let sorted = parents_first(vec![ct("x", Some("y")), ct("y", Some("x")), ct("z", None)]);
        assert_eq!(ids(&sorted), ["z", "x", "y"]);
    }
}
