//! Numbers as the language writes them. In the browser (feature `web`), `Intl` (through
//! `Number.prototype.toLocaleString`) knows every language's rules; natively (tests, the
//! inspector's core), and should the browser's answer be empty, a small table does the
//! languages shipped.

use super::Lang;

pub(super) fn format(lang: Lang, n: usize) -> String {
    // Below 1,000 every shipped language writes the digits alone, and asking `Intl` is slow
    // (each call builds a formatter: 55 ms of script on a page of 50 widgets, which write
    // their counts in the hundreds). A language with other digits would need this changed.
    if n < 1000 {
        return n.to_string();
    }
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    {
        // Counts in these interfaces are far below 2^53, so the conversion is exact.
        let text: String = js_sys::Number::from(n as f64)
            .to_locale_string(lang.tag())
            .into();
        if !text.is_empty() {
            return text;
        }
    }
    native(lang, n)
}

/// CLDR's rules for the shipped languages: English groups thousands with commas; Spanish
/// with points, and only from five digits on (CLDR's minimum grouping digits is 2 for
/// Spanish: "4096", "64.000").
fn native(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let (separator, min_digits) = match lang {
        Lang::En => (',', 4),
        Lang::Es => ('.', 5),
    };
    if digits.len() < min_digits {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_as_each_language_does() {
        assert_eq!(native(Lang::En, 4096), "4,096");
        assert_eq!(native(Lang::En, 64000), "64,000");
        assert_eq!(native(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(native(Lang::En, 999), "999");
        assert_eq!(native(Lang::Es, 4096), "4096");
        assert_eq!(native(Lang::Es, 64000), "64.000");
        assert_eq!(native(Lang::Es, 1_234_567), "1.234.567");
        assert_eq!(native(Lang::Es, 7), "7");
    }

    #[test]
    fn small_numbers_are_their_digits_in_every_language() {
        for lang in Lang::ALL {
            assert_eq!(format(lang, 0), "0");
            assert_eq!(format(lang, 999), native(lang, 999));
            assert_eq!(format(lang, 4096), native(lang, 4096));
        }
    }
}
