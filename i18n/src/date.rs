//! Calendar dates as the language writes them ("December 3, 2026", "3 de diciembre de
//! 2026"), always in UTC so a date reads the same wherever the page is opened. In the
//! browser (feature `web`), `Intl` (`Date.prototype.toLocaleDateString`); natively, and
//! should the browser's answer be empty, CLDR's long date for the languages shipped.

use super::Lang;

pub(super) fn format(lang: Lang, seconds: i64) -> String {
    #[cfg(all(feature = "web", target_arch = "wasm32"))]
    {
        let text = browser(lang, seconds);
        if !text.is_empty() {
            return text;
        }
    }
    native(lang, seconds)
}

#[cfg(all(feature = "web", target_arch = "wasm32"))]
fn browser(lang: Lang, seconds: i64) -> String {
    use js_sys::wasm_bindgen::JsValue;
    let options = js_sys::Object::new();
    for (key, value) in [
        ("year", "numeric"),
        ("month", "long"),
        ("day", "numeric"),
        ("timeZone", "UTC"),
    ] {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    // Dates far outside ±8.64e15 ms are "Invalid Date" in JS; the native text is used then.
    let date = js_sys::Date::new(&JsValue::from_f64(seconds as f64 * 1000.0));
    if date.get_time().is_nan() {
        return String::new();
    }
    date.to_locale_date_string(lang.tag(), &options).into()
}

const EN_MONTHS: [&str; 12] = [
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
const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

fn native(lang: Lang, seconds: i64) -> String {
    let (year, month, day) = civil(seconds);
    let index = usize::try_from(month - 1).unwrap_or_default();
    match lang {
        Lang::En => format!(
            "{} {day}, {year}",
            EN_MONTHS.get(index).copied().unwrap_or_default()
        ),
        Lang::Es => format!(
            "{day} de {} de {year}",
            ES_MONTHS.get(index).copied().unwrap_or_default()
        ),
    }
}

/// The UTC calendar date (year, month 1–12, day 1–31) of a time in seconds since 1970
/// (H. Hinnant's `civil_from_days`, proleptic Gregorian).
pub fn civil(seconds: i64) -> (i64, i64, i64) {
    let z = seconds.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_as_each_language_writes_them() {
        // 2026-12-03T14:00:00Z and 2024-02-29T23:59:59Z.
        assert_eq!(native(Lang::En, 1_796_306_400), "December 3, 2026");
        assert_eq!(native(Lang::Es, 1_796_306_400), "3 de diciembre de 2026");
        assert_eq!(native(Lang::Es, 1_709_251_199), "29 de febrero de 2024");
        assert_eq!(civil(0), (1970, 1, 1));
        assert_eq!(civil(-1), (1969, 12, 31));
    }
}
