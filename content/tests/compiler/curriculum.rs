//! The real curriculum: it compiles with no errors, and never falls below what the course
//! promises: six modules, each with ≥ 3 objectives, ≥ 3 reflection questions,
//! a checklist of ≥ 6 items, a case example and citations; course-wide ≥ 59 references,
//! ≥ 37 toolkit resources, the 5 standards, the credential hierarchy, ≥ 40 glossary terms;
//! and every id a learner's progress may be stored under is still there
//! (`progress_ids.txt`, which only ever grows).

use std::collections::BTreeSet;
use std::path::Path;

use ler_content::model::SectionKind;
use ler_content::{Compiled, compile_dir, stats};

/// The real curriculum, compiled; any error fails the test with every error listed.
fn curriculum() -> Compiled {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("curriculum");
    match compile_dir(dir) {
        Ok(c) => c,
        Err(errors) => panic!(
            "the curriculum has {} errors:\n{}",
            errors.len(),
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// Every id of the compiled course that learner progress can be stored under.
fn progress_ids(course: &Compiled) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for m in &course.modules {
        ids.insert(m.id.clone());
        ids.extend(m.objectives.iter().map(|o| o.id.clone()));
        for s in &m.sections {
            ids.insert(s.id.clone());
            match &s.kind {
                SectionKind::Reflection(questions) => {
                    ids.extend(questions.iter().map(|q| q.id.clone()));
                }
                SectionKind::Checklist(list) => {
                    ids.insert(list.id.clone());
                    ids.extend(list.items().map(|i| i.id.clone()));
                }
                SectionKind::Case(case) => ids.extend(case.prompts.iter().map(|p| p.id.clone())),
                _ => {}
            }
        }
    }
    ids
}

#[test]
fn no_id_that_learner_progress_is_stored_under_disappears() {
    let listed = include_str!("progress_ids.txt");
    let wanted: Vec<&str> = listed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    // The list covers the whole course as of its last revision: six modules' worth.
    assert!(wanted.len() >= 240, "only {} ids listed", wanted.len());
    let present = progress_ids(&curriculum());
    let missing: Vec<&&str> = wanted.iter().filter(|id| !present.contains(**id)).collect();
    assert!(
        missing.is_empty(),
        "ids removed or renamed (saved progress would be lost): {missing:?}"
    );
    let unlisted: Vec<&String> = present
        .iter()
        .filter(|id| !wanted.contains(&id.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "new ids not yet in progress_ids.txt (append them): {unlisted:?}"
    );
}

#[test]
fn the_curriculum_compiles_and_keeps_its_promised_size() {
    let course = curriculum();
    let ids: Vec<&str> = course.modules.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "why-credentials",
            "institutional-purpose",
            "records-history",
            "core-definitions",
            "record-integrity",
            "governance-interoperability"
        ]
    );
    for m in &course.modules {
        let reflections: usize = m
            .sections
            .iter()
            .map(|s| match &s.kind {
                SectionKind::Reflection(q) => q.len(),
                _ => 0,
            })
            .sum();
        let largest_checklist = m
            .sections
            .iter()
            .filter_map(|s| match &s.kind {
                SectionKind::Checklist(list) => Some(list.items().count()),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let cases = m
            .sections
            .iter()
            .filter(|s| matches!(s.kind, SectionKind::Case(_)))
            .count();
        assert!(
            m.objectives.len() >= 3,
            "{}: {} objectives",
            m.id,
            m.objectives.len()
        );
        assert!(
            reflections >= 3,
            "{}: {reflections} reflection questions",
            m.id
        );
        assert!(
            largest_checklist >= 6,
            "{}: largest checklist has {largest_checklist} items",
            m.id
        );
        assert!(cases >= 1, "{}: no case example", m.id);
        assert!(!m.references.is_empty(), "{}: cites nothing", m.id);
    }
    let s = stats(&course);
    assert!(s.references >= 59, "{} references", s.references);
    assert!(s.resources >= 37, "{} resources", s.resources);
    assert!(s.standards >= 5, "{} standards", s.standards);
    assert!(
        s.glossary_terms >= 40,
        "{} glossary terms",
        s.glossary_terms
    );
    assert!(
        s.credential_types >= 25,
        "{} credential types",
        s.credential_types
    );
    assert!(s.pathways >= 1, "{} pathways", s.pathways);
    for standard in [
        "open-badges-3",
        "clr-2",
        "ctdl",
        "vc-data-model-2",
        "ler-standards",
    ] {
        assert!(
            course.library.standards.iter().any(|x| x.id == standard),
            "standard {standard} missing"
        );
    }
}
