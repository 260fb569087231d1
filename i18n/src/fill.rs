//! Filling a message's named placeholders: `{done} of {total} done`.

/// `template` with each `{name}` replaced by its value in `values`. A name without a value
/// is left as written, so a mistake shows in the page instead of vanishing (and the
/// catalogue tests catch it first).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        // `get`, not `split_at`: no panic path to carry into the wasm (`open` is on a
        // boundary, since `find` returned it).
        out.push_str(rest.get(..open).unwrap_or_default());
        let from_brace = rest.get(open..).unwrap_or_default();
        let Some(close) = from_brace.find('}') else {
            rest = from_brace;
            break;
        };
        let name = from_brace.get(1..close).unwrap_or_default();
        match values.iter().find(|(k, _)| *k == name) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(from_brace.get(..=close).unwrap_or_default()),
        }
        rest = from_brace.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// The placeholder names of `template`, in order of appearance (for the catalogue tests of
/// each interface).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = rest.get(open..).unwrap_or_default();
        let Some(close) = after.find('}') else {
            break;
        };
        names.push(after.get(1..close).unwrap_or_default());
        rest = after.get(close + 1..).unwrap_or_default();
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_names_and_leaves_unknown_ones() {
        assert_eq!(
            fill("{done} of {total} done", &[("done", "3"), ("total", "9")]),
            "3 of 9 done"
        );
        assert_eq!(fill("no {such} name", &[("x", "1")]), "no {such} name");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("“{item}”", &[("item", "é")]), "“é”");
        assert_eq!(placeholders("{a} and {b}."), ["a", "b"]);
        assert_eq!(placeholders("none { here"), Vec::<&str>::new());
    }
}
