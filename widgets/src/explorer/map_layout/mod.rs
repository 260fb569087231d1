//! Where everything goes in the credential map: plain geometry, computed from the library
//! and unit-tested natively (the view in `map.rs` only draws it).
//!
//! Columns are sizes, smallest on the left: "no size in this course" (a type without a
//! `size`), "no national size" (a `size` with no levels), then the award levels that some
//! type is placed at, in the library's order. Nothing is placed by guess: a type's column
//! comes only from its `size`.
//!
//! Rows: each root has a lane, and so does each child of a root that has children of its
//! own (a family: badges, certificates, degrees…). In a lane, every type with children has
//! a row to itself; leaf siblings share rows where their columns leave room. Every
//! parent–child line runs from the parent to a "spine" in the gutter on the left (one x per
//! depth), down the spine, then along the gap above the child's row and into the child's
//! top. Lines therefore never cross a box.

use ler_content::model::{CredentialType, Library};

use super::tree::Hierarchy;

mod lines;
#[cfg(test)]
mod tests;
mod wrap;

use lines::{arrow, nearest_pair};
pub(crate) use wrap::chars_for;
pub(crate) use wrap::wrap;

/// Outer margin.
const PAD: i32 = 8;
/// Height of the column headings.
const HEADER: i32 = 44;
/// Width of a box in the "no size in this course" column, which holds two side by side.
const WIDE_BOX: i32 = 132;
/// Width of the other columns' boxes.
const NARROW_BOX: i32 = 104;
/// Slots side by side in the "no size in this course" column.
const UNSIZED_SLOTS: usize = 2;
/// Space between columns, and between the two slots of the first column.
const GAP: i32 = 10;
/// Space above each row, where the lines into it run.
const ROW_GAP: i32 = 10;
/// Space between lanes.
const LANE_GAP: i32 = 12;
/// Text line height and the padding of a box.
const LINE: i32 = 13;
const BOX_PAD: i32 = 6;
/// Rough width of one character of the 11 px label font (for wrapping).
const CHAR: f32 = 6.1;
/// Distance between the spines of successive depths.
const SPINE_STEP: i32 = 8;

/// What a column stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ColumnKind {
    /// Types the content gives no size.
    Unsized,
    /// Types the content says have no national size.
    NoNationalSize,
    /// An award level, by its index in [`Library::award_levels`].
    Level(usize),
}

/// A column of the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Column {
    pub(crate) kind: ColumnKind,
    /// Heading, wrapped into lines.
    pub(crate) heading: Vec<String>,
    pub(crate) x: i32,
    pub(crate) width: i32,
}

/// One box: a type at one column (a type placed at several levels has a box at each).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MapBox {
    /// The type's index in the [`Hierarchy`].
    pub(crate) node: usize,
    /// Index of its column.
    pub(crate) column: usize,
    pub(crate) x: i32,
    pub(crate) y: i32,
    pub(crate) w: i32,
    pub(crate) h: i32,
    /// The label, wrapped.
    pub(crate) lines: Vec<String>,
}

impl MapBox {
    fn centre(&self) -> (i32, i32) {
        (self.x + self.w / 2, self.y + self.h / 2)
    }
}

/// A stackable pathway drawn as arrows from step to step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PathwayLine {
    /// Index of the pathway in the library.
    pub(crate) pathway: usize,
    /// One SVG path (`M … L …`) per step to the next step.
    pub(crate) segments: Vec<String>,
}

/// The whole map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MapLayout {
    pub(crate) width: i32,
    pub(crate) height: i32,
    pub(crate) columns: Vec<Column>,
    pub(crate) boxes: Vec<MapBox>,
    /// Lanes as (top, height), for the banding behind them.
    pub(crate) lanes: Vec<(i32, i32)>,
    /// Parent–child lines, as SVG path data.
    pub(crate) links: Vec<String>,
    /// Dotted lines joining the boxes of a type placed at several levels.
    pub(crate) same_type: Vec<String>,
    pub(crate) pathways: Vec<PathwayLine>,
}

/// Where a type goes: the columns it is drawn in.
fn columns_of(ty: &CredentialType, library: &Library, columns: &[Column]) -> Vec<usize> {
    let find = |kind: ColumnKind| columns.iter().position(|c| c.kind == kind);
    let found: Vec<usize> = match &ty.size {
        None => find(ColumnKind::Unsized).into_iter().collect(),
        Some(size) if size.levels.is_empty() => {
            find(ColumnKind::NoNationalSize).into_iter().collect()
        }
        Some(size) => size
            .levels
            .iter()
            .filter_map(|id| library.award_levels.iter().position(|l| l.id == *id))
            .filter_map(|l| find(ColumnKind::Level(l)))
            .collect(),
    };
    // A size naming only unknown levels: drawn with the unsized, not guessed.
    if found.is_empty() {
        find(ColumnKind::Unsized).into_iter().collect()
    } else {
        found
    }
}

/// The headings of the map's columns, in order, as the library states them.
pub(crate) fn column_kinds(library: &Library) -> Vec<ColumnKind> {
    let used = |l: usize| {
        let id = library.award_levels.get(l).map(|a| a.id.as_str());
        library.credential_types.iter().any(|t| {
            t.size
                .as_ref()
                .is_some_and(|s| s.levels.iter().any(|x| Some(x.as_str()) == id))
        })
    };
    let mut kinds = vec![ColumnKind::Unsized];
    if library
        .credential_types
        .iter()
        .any(|t| t.size.as_ref().is_some_and(|s| s.levels.is_empty()))
    {
        kinds.push(ColumnKind::NoNationalSize);
    }
    kinds.extend(
        (0..library.award_levels.len())
            .filter(|&l| used(l))
            .map(ColumnKind::Level),
    );
    kinds
}

/// The heading text of a column.
pub(crate) fn heading(kind: &ColumnKind, library: &Library) -> String {
    match kind {
        ColumnKind::Unsized => "No size in this course".to_owned(),
        ColumnKind::NoNationalSize => "No national size".to_owned(),
        ColumnKind::Level(l) => library
            .award_levels
            .get(*l)
            .map(|a| a.short.clone())
            .unwrap_or_default(),
    }
}

/// A row of a lane: the types in it.
struct RowSpec {
    nodes: Vec<usize>,
}

/// Lays the map out.
pub(crate) fn layout(library: &Library, tree: &Hierarchy) -> MapLayout {
    // The gutter holds one spine per depth that has children.
    let deepest_parent = tree
        .nodes()
        .iter()
        .filter(|n| !n.children.is_empty())
        .map(|n| n.depth)
        .max()
        .unwrap_or(0);
    let gutter = PAD + SPINE_STEP * (deepest_parent as i32 + 1) + 4;
    let mut x = gutter;
    let columns: Vec<Column> = column_kinds(library)
        .into_iter()
        .map(|kind| {
            let width = match kind {
                ColumnKind::Unsized => WIDE_BOX * UNSIZED_SLOTS as i32 + GAP,
                _ => NARROW_BOX,
            };
            let column = Column {
                heading: wrap(&heading(&kind, library), chars_for(width)),
                kind,
                x,
                width,
            };
            x += width + GAP;
            column
        })
        .collect();
    let width = x - GAP + PAD;
    let cols_of: Vec<Vec<usize>> = tree
        .nodes()
        .iter()
        .map(|n| match library.credential_types.get(n.source) {
            Some(ty) => columns_of(ty, library, &columns),
            None => vec![0],
        })
        .collect();
    let cols = |n: usize| cols_of.get(n).map_or(&[][..], Vec::as_slice);
    let capacity = |c: usize| {
        if columns
            .get(c)
            .is_some_and(|col| col.kind == ColumnKind::Unsized)
        {
            UNSIZED_SLOTS
        } else {
            1
        }
    };

    // Lanes of rows.
    let mut lanes: Vec<Vec<RowSpec>> = Vec::new();
    let pack = |rows: &mut Vec<RowSpec>, leaves: &[usize]| {
        let first = rows.len();
        for &leaf in leaves {
            let fits = |row: &RowSpec| {
                cols(leaf).iter().all(|&c| {
                    row.nodes
                        .iter()
                        .flat_map(|&n| cols(n).iter())
                        .filter(|&&k| k == c)
                        .count()
                        < capacity(c)
                })
            };
            match rows.iter_mut().skip(first).find(|r| fits(r)) {
                Some(row) => row.nodes.push(leaf),
                None => rows.push(RowSpec { nodes: vec![leaf] }),
            }
        }
    };
    fn subtree(
        tree: &Hierarchy,
        n: usize,
        rows: &mut Vec<RowSpec>,
        pack: &dyn Fn(&mut Vec<RowSpec>, &[usize]),
    ) {
        rows.push(RowSpec { nodes: vec![n] });
        let Some(node) = tree.node(n) else { return };
        let (leaves, parents): (Vec<usize>, Vec<usize>) = node
            .children
            .iter()
            .partition(|&&c| tree.node(c).is_some_and(|c| c.children.is_empty()));
        pack(rows, &leaves);
        for p in parents {
            subtree(tree, p, rows, pack);
        }
    }
    for &root in tree.roots() {
        let mut rows = vec![RowSpec { nodes: vec![root] }];
        let children = tree
            .node(root)
            .map(|n| n.children.clone())
            .unwrap_or_default();
        let (leaves, families): (Vec<usize>, Vec<usize>) = children
            .iter()
            .partition(|&&c| tree.node(c).is_some_and(|c| c.children.is_empty()));
        pack(&mut rows, &leaves);
        lanes.push(rows);
        for family in families {
            let mut rows = Vec::new();
            subtree(tree, family, &mut rows, &pack);
            lanes.push(rows);
        }
    }

    // Boxes, row by row.
    let mut boxes: Vec<MapBox> = Vec::new();
    let mut lane_bands = Vec::new();
    let mut y = PAD + HEADER;
    for lane in &lanes {
        let top = y;
        for row in lane {
            y += ROW_GAP;
            let mut used_slots = vec![0usize; columns.len()];
            let mut row_boxes = Vec::new();
            for &n in &row.nodes {
                let label = tree.node(n).map(|x| x.label.clone()).unwrap_or_default();
                for &c in cols(n) {
                    let Some(col) = columns.get(c) else { continue };
                    let slot = used_slots.get(c).copied().unwrap_or(0);
                    if let Some(u) = used_slots.get_mut(c) {
                        *u += 1;
                    }
                    let (bx, w) = if col.kind == ColumnKind::Unsized {
                        (col.x + slot as i32 * (WIDE_BOX + GAP), WIDE_BOX)
                    } else {
                        (col.x, col.width)
                    };
                    let lines = wrap(&label, chars_for(w));
                    row_boxes.push(MapBox {
                        node: n,
                        column: c,
                        x: bx,
                        y,
                        w,
                        h: 2 * BOX_PAD + LINE * lines.len().max(1) as i32,
                        lines,
                    });
                }
            }
            // Every box of a row is as tall as the tallest.
            let h = row_boxes
                .iter()
                .map(|b| b.h)
                .max()
                .unwrap_or(LINE + 2 * BOX_PAD);
            for b in &mut row_boxes {
                b.h = h;
            }
            boxes.extend(row_boxes);
            y += h;
        }
        y += ROW_GAP;
        lane_bands.push((top, y - top));
        y += LANE_GAP;
    }
    let height = y - LANE_GAP + PAD;

    // Parent–child lines.
    let first_box = |n: usize| boxes.iter().find(|b| b.node == n);
    let spine_x = |depth: usize| PAD + 2 + SPINE_STEP * depth as i32;
    let mut links = Vec::new();
    for (p, node) in tree.nodes().iter().enumerate() {
        if node.children.is_empty() {
            continue;
        }
        let Some(pb) = first_box(p) else { continue };
        let sx = spine_x(node.depth);
        let (_, py) = pb.centre();
        let mut bottom = py;
        let mut d = format!("M{} {py}H{sx}", pb.x);
        for &c in &node.children {
            let Some(cb) = first_box(c) else { continue };
            let gap_y = cb.y - ROW_GAP / 2;
            let tick_x = cb.x + 12;
            bottom = bottom.max(gap_y);
            d.push_str(&format!("M{sx} {gap_y}H{tick_x}V{}", cb.y));
        }
        d.push_str(&format!("M{sx} {py}V{bottom}"));
        links.push(d);
    }

    // A type at several levels: a dotted line through its boxes.
    let mut same_type = Vec::new();
    for n in 0..tree.len() {
        let mine: Vec<&MapBox> = boxes.iter().filter(|b| b.node == n).collect();
        if let (Some(first), Some(last), true) = (mine.first(), mine.last(), mine.len() > 1) {
            let (_, cy) = first.centre();
            same_type.push(format!("M{} {cy}H{}", first.x + first.w, last.x));
        }
    }

    // Pathways: from each step's box to the next step's nearest box, edge to edge.
    let pathways = library
        .pathways
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let steps: Vec<usize> = p.steps.iter().filter_map(|id| tree.index_of(id)).collect();
            let segments = steps
                .windows(2)
                .filter_map(|w| {
                    let (a, b) = (*w.first()?, *w.get(1)?);
                    let (from, to) = nearest_pair(&boxes, a, b)?;
                    Some(arrow(from, to))
                })
                .collect();
            PathwayLine {
                pathway: k,
                segments,
            }
        })
        .collect();

    MapLayout {
        width,
        height,
        columns,
        boxes,
        lanes: lane_bands,
        links,
        same_type,
        pathways,
    }
}
