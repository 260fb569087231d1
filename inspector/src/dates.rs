//! The date-times of credentials (`validFrom`, `validUntil`, VC 1.1's `issuanceDate`,
//! `expirationDate`): XML Schema dateTimeStamp, i.e. RFC 3339 with a zone.

/// Seconds since 1970-01-01T00:00:00Z of an RFC 3339 date-time with a zone (`Z` or
/// `±hh:mm`); `None` when it is not one.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() < 20 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    if !matches!(b.get(10), Some(b'T' | b't')) || b.get(13) != Some(&b':') {
        return None;
    }
    if b.get(16) != Some(&b':') {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<i64> {
        let part = s.get(from..to)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (year, month, day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute, second) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    // Optional fraction, then the zone.
    let mut rest = s.get(19..)?;
    if let Some(after_dot) = rest.strip_prefix('.') {
        let digits = after_dot.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        rest = after_dot.get(digits..)?;
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first() {
                Some(b'+') => 1,
                Some(b'-') => -1,
                _ => return None,
            };
            let zone = rest.get(1..)?;
            let (h, m) = zone.split_once(':')?;
            if h.len() != 2 || m.len() != 2 {
                return None;
            }
            let (h, m): (i64, i64) = (h.parse().ok()?, m.parse().ok()?);
            if h > 23 || m > 59 {
                return None;
            }
            sign * (h * 3600 + m * 60)
        }
    };
    let days = days_from_civil(year, month, day);
    Some(days * 86_400 + hour * 3600 + minute * 60 + second - offset)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A Unix time as `YYYY-MM-DDThh:mm:ssZ` (for dates that came from JWT claims).
pub fn format_unix(seconds: i64) -> String {
    let secs = seconds.rem_euclid(86_400);
    // The inverse of days_from_civil, shared with the dates the interface writes.
    let (year, month, day) = ler_i18n::civil(seconds);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

    #[test]
    fn parses_the_forms_credentials_use() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("2010-01-01T00:00:00Z"), Some(1_262_304_000));
        assert_eq!(
            parse_rfc3339("2010-01-01T01:00:00+01:00"),
            Some(1_262_304_000)
        );
        assert_eq!(
            parse_rfc3339("2024-02-29T12:00:00.123Z"),
            Some(1_709_208_000)
        );
    }

    #[test]
    fn refuses_dates_without_a_zone_or_impossible_ones() {
        for bad in [
            "2010-01-01",
            "2010-01-01T00:00:00",
            "2023-02-29T00:00:00Z",
            "2010-13-01T00:00:00Z",
            "2010-01-01T24:00:00Z",
            "2010-01-01T00:00:00.Z",
            "yesterday",
            "",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn formats_unix_times_back() {
        assert_eq!(format_unix(1_262_304_000), "2010-01-01T00:00:00Z");
        assert_eq!(format_unix(1_709_208_000), "2024-02-29T12:00:00Z");
        for t in [0, 951_782_400, 4_102_444_800, -86_400] {
            assert_eq!(parse_rfc3339(&format_unix(t)), Some(t));
        }
    }
}
