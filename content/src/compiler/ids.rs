//! The id syntax: lowercase letters and digits in words joined by single hyphens.

/// Whether `id` matches `^[a-z0-9]+(-[a-z0-9]+)*$`.
pub(crate) fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The error message for an id that does not match the syntax.
pub(crate) fn invalid_id(id: &str) -> String {
    format!("'{id}' is not a valid id (use lowercase letters, digits and single hyphens)")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_words_joined_by_single_hyphens() {
        for good in [
            "a",
            "record-integrity",
            "pillar-transparency-03",
            "3",
            "ob3",
        ] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in [
            "", "Pillar", "a--b", "-a", "a-", "a_b", "a b", "é", "a.b", "#a",
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
