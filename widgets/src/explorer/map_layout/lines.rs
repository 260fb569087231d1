//! The arrows of the stackable pathways, between the nearest boxes of two types.

use super::MapBox;

/// The boxes of `a` and `b` closest to each other.
pub(super) fn nearest_pair(boxes: &[MapBox], a: usize, b: usize) -> Option<(&MapBox, &MapBox)> {
    let mut best: Option<(i64, &MapBox, &MapBox)> = None;
    for from in boxes.iter().filter(|x| x.node == a) {
        for to in boxes.iter().filter(|x| x.node == b) {
            let ((x1, y1), (x2, y2)) = (from.centre(), to.centre());
            let d = i64::from(x2 - x1).pow(2) + i64::from(y2 - y1).pow(2);
            if best.is_none_or(|(bd, _, _)| d < bd) {
                best = Some((d, from, to));
            }
        }
    }
    best.map(|(_, from, to)| (from, to))
}

/// A straight line from the border of `from` to the border of `to`, along the line between
/// their centres (the arrowhead then sits on the target's edge).
pub(super) fn arrow(from: &MapBox, to: &MapBox) -> String {
    let ((x1, y1), (x2, y2)) = (from.centre(), to.centre());
    let (dx, dy) = ((x2 - x1) as f32, (y2 - y1) as f32);
    // How far along the centre line each box's border is, from its own centre.
    let exit = |b: &MapBox| {
        let tx = if dx == 0.0 {
            f32::INFINITY
        } else {
            (b.w as f32 / 2.0) / dx.abs()
        };
        let ty = if dy == 0.0 {
            f32::INFINITY
        } else {
            (b.h as f32 / 2.0) / dy.abs()
        };
        tx.min(ty).min(0.5)
    };
    let (s, e) = (exit(from), 1.0 - exit(to));
    let at = |t: f32| (x1 as f32 + dx * t, y1 as f32 + dy * t);
    // Whole numbers, written as integers: formatting an `f32` would bring the float
    // printing code (about 9 KB of wasm) into the explorer's bundle for these four numbers.
    let px = |v: f32| v.round() as i32;
    let ((ax, ay), (bx, by)) = (at(s), at(e));
    let (ax, ay, bx, by) = (px(ax), px(ay), px(bx), px(by));
    format!("M{ax} {ay}L{bx} {by}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: i32, y: i32) -> MapBox {
        MapBox {
            node: 0,
            column: 0,
            x,
            y,
            w: 100,
            h: 40,
            lines: Vec::new(),
        }
    }

    #[test]
    fn an_arrow_runs_from_border_to_border_in_whole_numbers() {
        // Side by side: from the right edge of one (x 100) to the left edge of the other
        // (x 200), at the height of both centres.
        assert_eq!(arrow(&at(0, 0), &at(200, 0)), "M100 20L200 20");
        // Diagonal: the line between the centres (50,20) and (250,83) leaves the first box
        // through its right edge, where x = 100 (t = 0.25, y = 35.75, written 36), and
        // enters the second through its left edge, x = 200 (t = 0.75, y = 67.25 → 67).
        assert_eq!(arrow(&at(0, 0), &at(200, 63)), "M100 36L200 67");
    }
}
