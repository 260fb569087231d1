//! The raw view: the credential pretty-printed line by line, with the lines the checks read
//! marked. Lines are plain text; the widget renders them as text nodes.

use serde_json::Value;

/// One line of the pretty-printed document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub text: String,
    /// A check read this part of the document.
    pub marked: bool,
}

/// `doc` as indented lines; a line is marked when it lies under one of `paths` (JSON
/// pointers such as `/credentialSubject/achievement`).
pub fn lines(doc: &Value, paths: &[String]) -> Vec<Line> {
    let mut out = Vec::new();
    emit(doc, "", 0, "", false, paths, &mut out);
    out
}

fn under(path: &str, marks: &[String]) -> bool {
    !path.is_empty()
        && marks.iter().any(|m| {
            path == m
                || path
                    .strip_prefix(m.as_str())
                    .is_some_and(|rest| rest.starts_with('/'))
        })
}

fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn emit(
    value: &Value,
    path: &str,
    indent: usize,
    prefix: &str,
    comma: bool,
    marks: &[String],
    out: &mut Vec<Line>,
) {
    let pad = "  ".repeat(indent);
    let marked = under(path, marks);
    let tail = if comma { "," } else { "" };
    let push = |out: &mut Vec<Line>, text: String| out.push(Line { text, marked });
    match value {
        Value::Object(map) if !map.is_empty() => {
            push(out, format!("{pad}{prefix}{{"));
            let n = map.len();
            for (i, (key, v)) in map.iter().enumerate() {
                let child = format!("{path}/{}", escape_pointer(key));
                let key_text = serde_json::to_string(key).unwrap_or_default();
                emit(
                    v,
                    &child,
                    indent + 1,
                    &format!("{key_text}: "),
                    i + 1 < n,
                    marks,
                    out,
                );
            }
            push(out, format!("{pad}}}{tail}"));
        }
        Value::Array(items) if !items.is_empty() => {
            push(out, format!("{pad}{prefix}["));
            let n = items.len();
            for (i, v) in items.iter().enumerate() {
                // Array items share their parent's path: a check that reads `/proof` reads
                // every proof.
                emit(v, path, indent + 1, "", i + 1 < n, marks, out);
            }
            push(out, format!("{pad}]{tail}"));
        }
        other => {
            let text = serde_json::to_string(other).unwrap_or_default();
            push(out, format!("{pad}{prefix}{text}{tail}"));
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

    #[test]
    fn marks_what_lies_under_a_checked_path() {
        let doc = serde_json::json!({"a": {"b": [1, 2]}, "ab": 3});
        let out = lines(&doc, &["/a".to_owned()]);
        let text: Vec<&str> = out.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            text,
            vec![
                "{",
                "  \"a\": {",
                "    \"b\": [",
                "      1,",
                "      2",
                "    ]",
                "  },",
                "  \"ab\": 3",
                "}"
            ]
        );
        let marked: Vec<bool> = out.iter().map(|l| l.marked).collect();
        assert_eq!(
            marked,
            vec![false, true, true, true, true, true, true, false, false]
        );
    }
}
