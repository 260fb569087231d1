//! A tiny course built in code, for tests that should not depend on the curriculum.

use ler_content::model::*;

fn text(s: &str) -> Text {
    vec![Inline::Text(s.to_owned())]
}

/// The test course, listing one ten-minute module (no sections listed).
pub(crate) fn course_of_one(id: &str, title: &str, summary: &str) -> Course {
    Course {
        format: FORMAT_VERSION,
        id: "test-course".into(),
        title: "Test course".into(),
        summary: "A course for tests.".into(),
        version: "0".into(),
        modules: vec![ModuleSummary {
            id: id.into(),
            title: title.into(),
            summary: summary.into(),
            order: 1,
            minutes: 10,
            sections: vec![],
        }],
    }
}

pub(crate) fn course_and_module() -> (Course, Module) {
    let course = course_of_one(
        "records-and-trust",
        "Records and trust",
        "Why records are trusted.",
    );
    let module = Module {
        format: FORMAT_VERSION,
        course: "test-course".into(),
        id: "records-and-trust".into(),
        title: "Records and trust".into(),
        summary: "Why records are trusted.".into(),
        order: 1,
        minutes: 10,
        objectives: vec![
            LearningObjective {
                id: "o-1".into(),
                text: text("Explain signatures."),
            },
            LearningObjective {
                id: "o-2".into(),
                text: text("Compare records."),
            },
        ],
        sections: vec![
            Section {
                id: "first".into(),
                title: "First section".into(),
                body: vec![Block::Para(vec![
                    Inline::Text("Signed records can be checked".into()),
                    Inline::Cite(vec!["vc-2".into()]),
                ])],
                kind: SectionKind::Text,
            },
            Section {
                id: "case-one".into(),
                title: "A composite case".into(),
                body: vec![Block::Para(text("A composite college issues badges."))],
                kind: SectionKind::Case(CaseExample {
                    prompts: vec![DiscussionPrompt {
                        id: "p-1".into(),
                        text: text("Why?"),
                    }],
                }),
            },
        ],
        references: vec![Reference {
            id: "vc-2".into(),
            title: "Verifiable Credentials Data Model v2.0".into(),
            author: "W3C".into(),
            year: "2025".into(),
            url: "https://www.w3.org/TR/vc-data-model-2.0/".into(),
            kind: "spec".into(),
        }],
    };
    (course, module)
}
