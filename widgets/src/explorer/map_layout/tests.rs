//! The map's geometry on a small library: columns, placement, overlap, lines, wrapping.

use super::*;
use ler_content::model::{AwardLevel, FORMAT_VERSION, Pathway, SizePlacement};

fn ty(id: &str, parent: Option<&str>, levels: Option<&[&str]>) -> CredentialType {
    CredentialType {
        id: id.into(),
        label: id.into(),
        parent: parent.map(Into::into),
        size: levels.map(|l| SizePlacement {
            levels: l.iter().map(|s| (*s).to_owned()).collect(),
            sources: vec!["src".into()],
        }),
        ..CredentialType::default()
    }
}

fn level(id: &str) -> AwardLevel {
    AwardLevel {
        id: id.into(),
        label: id.into(),
        short: id.into(),
        size: String::new(),
        source: "src".into(),
    }
}

fn library() -> Library {
    Library {
        format: FORMAT_VERSION,
        course: "c".into(),
        resources: vec![],
        standards: vec![],
        credential_types: vec![
            ty("credential", None, None),
            ty("badge", Some("credential"), None),
            ty("open-badge", Some("badge"), None),
            ty("digital-badge", Some("badge"), None),
            ty("certificate", Some("credential"), Some(&["small", "large"])),
            ty("micro", Some("credential"), Some(&[])),
            ty("degree", Some("credential"), None),
            ty("associate", Some("degree"), Some(&["middle"])),
            ty("odd", Some("credential"), Some(&["no-such-level"])),
        ],
        pathways: vec![Pathway {
            id: "p".into(),
            title: "p".into(),
            steps: vec!["badge".into(), "micro".into(), "certificate".into()],
            note: String::new(),
            source: None,
        }],
        award_levels: vec![
            level("small"),
            level("middle"),
            level("large"),
            level("unused"),
        ],
        glossary: vec![],
        references: vec![],
    }
}

fn map() -> (MapLayout, Hierarchy) {
    let lib = library();
    let tree = Hierarchy::new(&lib.credential_types);
    (layout(&lib, &tree), tree)
}

fn boxes_of<'a>(m: &'a MapLayout, tree: &Hierarchy, id: &str) -> Vec<&'a MapBox> {
    let n = tree.index_of(id).unwrap_or(usize::MAX);
    m.boxes.iter().filter(|b| b.node == n).collect()
}

#[test]
fn columns_are_the_stated_sizes_only_in_the_library_order() {
    let (m, _) = map();
    let kinds: Vec<ColumnKind> = m.columns.iter().map(|c| c.kind.clone()).collect();
    // "unused" has no type, so no column.
    assert_eq!(
        kinds,
        vec![
            ColumnKind::Unsized,
            ColumnKind::NoNationalSize,
            ColumnKind::Level(0),
            ColumnKind::Level(1),
            ColumnKind::Level(2)
        ]
    );
    assert!(m.columns.windows(2).all(|w| w[0].x + w[0].width < w[1].x));
}

#[test]
fn every_type_is_drawn_where_its_size_says_and_nowhere_else() {
    let (m, tree) = map();
    let column_of = |id: &str| -> Vec<ColumnKind> {
        boxes_of(&m, &tree, id)
            .iter()
            .map(|b| m.columns[b.column].kind.clone())
            .collect()
    };
    assert_eq!(column_of("badge"), vec![ColumnKind::Unsized]);
    assert_eq!(column_of("micro"), vec![ColumnKind::NoNationalSize]);
    assert_eq!(
        column_of("certificate"),
        vec![ColumnKind::Level(0), ColumnKind::Level(2)]
    );
    assert_eq!(column_of("associate"), vec![ColumnKind::Level(1)]);
    // A level the library does not define places nothing: not guessed.
    assert_eq!(column_of("odd"), vec![ColumnKind::Unsized]);
    for n in 0..tree.len() {
        assert!(m.boxes.iter().any(|b| b.node == n), "node {n} has a box");
    }
}

#[test]
fn boxes_do_not_overlap_and_stay_inside() {
    let (m, _) = map();
    for (i, a) in m.boxes.iter().enumerate() {
        assert!(a.x >= 0 && a.y >= 0 && a.x + a.w <= m.width && a.y + a.h <= m.height);
        for b in m.boxes.iter().skip(i + 1) {
            let apart =
                a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
            assert!(apart, "{a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn one_line_per_parent_and_the_pathway_has_its_steps() {
    let (m, _) = map();
    // credential, badge, degree have children.
    assert_eq!(m.links.len(), 3);
    assert_eq!(m.same_type.len(), 1);
    assert_eq!(m.pathways.len(), 1);
    assert_eq!(m.pathways[0].segments.len(), 2);
}

#[test]
fn wraps_words_and_long_hyphenated_words() {
    assert_eq!(
        wrap("Associate of Applied Science degree", 20),
        vec!["Associate of Applied", "Science degree"]
    );
    assert_eq!(wrap("Micro-credential", 12), vec!["Micro-", "credential"]);
    assert_eq!(wrap("Badge", 12), vec!["Badge"]);
}
