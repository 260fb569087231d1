//! Identifiers in manifests.

/// `prefix` + `id` as an XML `ID` (an NCName): characters other than ASCII letters, digits,
/// `-`, `_` and `.` become `_`. Course ids are already of that shape; this only guards
/// against a course compiled by someone else's rules. `prefix` must start with a letter.
pub fn xml_id(prefix: &str, id: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + id.len());
    out.push_str(prefix);
    out.extend(id.chars().map(|c| {
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
            c
        } else {
            '_'
        }
    }));
    out
}

/// Whether `text` is an NCName as XML Schema's `xs:ID` requires (ASCII subset: a letter or
/// `_` first, then letters, digits, `-`, `_`, `.`).
pub fn is_ncname(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_ncnames() {
        assert_eq!(xml_id("RES-", "why-credentials"), "RES-why-credentials");
        assert_eq!(xml_id("RES-", "a b/c:é"), "RES-a_b_c__");
        assert!(is_ncname(&xml_id("ITEM-", "1st module: intro")));
        assert!(!is_ncname("1abc"));
        assert!(!is_ncname("a:b"));
        assert!(!is_ncname(""));
    }
}
