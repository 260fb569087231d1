//! Dated status: a standard's status goes out of date, so `standards.toml` says when it was
//! last checked. A `date` must contain `as of <Month> <year>` or `as of <Month> <day>,
//! <year>` (a full English month name and a four-digit year), such as `as of December
//! 2026` or `as of May 9, 2025`.

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The message for a `date` that does not say when its status was checked.
pub(crate) const UNDATED: &str = "this standard's 'date' does not say when its status was \
    checked: add \"as of <Month> <year>\", such as \"as of December 2026\"";

/// Whether `text` contains the words "as of" (or "As of") followed by a month, an optional
/// day with a comma, and a four-digit year.
pub(crate) fn says_as_of(text: &str) -> bool {
    text.match_indices("as of ")
        .chain(text.match_indices("As of "))
        .filter(|(at, _)| starts_a_word(text, *at))
        .any(|(at, phrase)| text.get(at + phrase.len()..).is_some_and(is_month_year))
}

/// Whether the character before byte `at` (if any) is not a letter or digit.
fn starts_a_word(text: &str, at: usize) -> bool {
    text.get(..at)
        .and_then(|before| before.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Whether `rest` starts with `<Month> <year>` or `<Month> <day>, <year>`.
fn is_month_year(rest: &str) -> bool {
    let Some(after_month) = MONTHS
        .iter()
        .find_map(|m| rest.strip_prefix(m).and_then(|r| r.strip_prefix(' ')))
    else {
        return false;
    };
    let year_text = match after_month.split_once(", ") {
        Some((day, year)) if is_day(day) => year,
        _ => after_month,
    };
    starts_with_year(year_text)
}

fn is_day(text: &str) -> bool {
    (1..=2).contains(&text.len())
        && text.bytes().all(|b| b.is_ascii_digit())
        && text.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Four ASCII digits, not followed by a fifth.
fn starts_with_year(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4
}

#[cfg(test)]
mod tests {
    use super::says_as_of;

    #[test]
    fn a_month_and_a_year_after_as_of_is_a_dated_status() {
        for good in [
            "as of December 2026",
            "May 15, 2025; still the current Recommendation as of May 2026",
            "As of May 9, 2025, a Release Candidate",
            "Final; status as of June 16, 2025 (errata)",
            "as of July 2026.",
        ] {
            assert!(says_as_of(good), "{good}");
        }
    }

    #[test]
    fn anything_less_is_not() {
        for bad in [
            "",
            "2024",
            "May 27, 2024 (Final Release)",
            "as of 2026",
            "as of Dec 2026",
            "as of december 2026",
            "as of December",
            "as of December 26",
            "as of December 32, 2026",
            "as of December 2, 26",
            "as of December 20266",
            "has of December 2026",
            "AS OF December 2026",
        ] {
            assert!(!says_as_of(bad), "{bad}");
        }
    }
}
