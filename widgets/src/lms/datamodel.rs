//! The two SCORM run-time APIs and data models, as far as the widgets use them: names,
//! value formats and limits. Plain functions, tested natively.

/// Which SCORM run-time API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Version {
    /// SCORM 1.2: `window.API`, `LMSInitialize` …, `cmi.core.*`.
    Scorm12,
    /// SCORM 2004 (4th edition): `window.API_1484_11`, `Initialize` …, `cmi.*`.
    Scorm2004,
}

/// The API's methods, by what they do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Call {
    Initialize,
    Terminate,
    GetValue,
    SetValue,
    Commit,
    GetLastError,
    GetErrorString,
    GetDiagnostic,
}

/// The data-model elements the widgets read or write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Element {
    /// Completion: `cmi.core.lesson_status` / `cmi.completion_status`.
    Completion,
    /// Where the learner is: `cmi.core.lesson_location` / `cmi.location`.
    Location,
    /// This session's duration: `cmi.core.session_time` / `cmi.session_time`.
    SessionTime,
    /// How the session ends: `cmi.core.exit` / `cmi.exit`.
    Exit,
    /// The learner's progress: `cmi.suspend_data`.
    SuspendData,
    /// SCORM 2004 only: `cmi.progress_measure`, 0 to 1.
    ProgressMeasure,
}

impl Version {
    /// The name of the API object in a window.
    pub(crate) fn api_name(self) -> &'static str {
        match self {
            Self::Scorm12 => "API",
            Self::Scorm2004 => "API_1484_11",
        }
    }

    /// The human name, for messages.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Self::Scorm12 => "SCORM 1.2",
            Self::Scorm2004 => "SCORM 2004",
        }
    }

    /// The method implementing `call`.
    pub(crate) fn method(self, call: Call) -> &'static str {
        match (self, call) {
            (Self::Scorm12, Call::Initialize) => "LMSInitialize",
            (Self::Scorm12, Call::Terminate) => "LMSFinish",
            (Self::Scorm12, Call::GetValue) => "LMSGetValue",
            (Self::Scorm12, Call::SetValue) => "LMSSetValue",
            (Self::Scorm12, Call::Commit) => "LMSCommit",
            (Self::Scorm12, Call::GetLastError) => "LMSGetLastError",
            (Self::Scorm12, Call::GetErrorString) => "LMSGetErrorString",
            (Self::Scorm12, Call::GetDiagnostic) => "LMSGetDiagnostic",
            (Self::Scorm2004, Call::Initialize) => "Initialize",
            (Self::Scorm2004, Call::Terminate) => "Terminate",
            (Self::Scorm2004, Call::GetValue) => "GetValue",
            (Self::Scorm2004, Call::SetValue) => "SetValue",
            (Self::Scorm2004, Call::Commit) => "Commit",
            (Self::Scorm2004, Call::GetLastError) => "GetLastError",
            (Self::Scorm2004, Call::GetErrorString) => "GetErrorString",
            (Self::Scorm2004, Call::GetDiagnostic) => "GetDiagnostic",
        }
    }

    /// The data-model name of `element`; `None` where this version has no such element.
    pub(crate) fn element(self, element: Element) -> Option<&'static str> {
        Some(match (self, element) {
            (Self::Scorm12, Element::Completion) => "cmi.core.lesson_status",
            (Self::Scorm12, Element::Location) => "cmi.core.lesson_location",
            (Self::Scorm12, Element::SessionTime) => "cmi.core.session_time",
            (Self::Scorm12, Element::Exit) => "cmi.core.exit",
            (Self::Scorm12, Element::ProgressMeasure) => return None,
            (Self::Scorm2004, Element::Completion) => "cmi.completion_status",
            (Self::Scorm2004, Element::Location) => "cmi.location",
            (Self::Scorm2004, Element::SessionTime) => "cmi.session_time",
            (Self::Scorm2004, Element::Exit) => "cmi.exit",
            (Self::Scorm2004, Element::ProgressMeasure) => "cmi.progress_measure",
            (_, Element::SuspendData) => "cmi.suspend_data",
        })
    }

    /// The most characters `cmi.suspend_data` holds: SCORM 1.2's CMIString4096, SCORM 2004's
    /// SPM of 64,000. Counted in UTF-16 code units, as JavaScript strings (and the LMS's
    /// checks) count them.
    pub(crate) fn suspend_data_limit(self) -> usize {
        match self {
            Self::Scorm12 => 4096,
            Self::Scorm2004 => 64_000,
        }
    }

    /// The most characters of `cmi.core.lesson_location` (CMIString255) / `cmi.location`
    /// (SPM 1,000).
    pub(crate) fn location_limit(self) -> usize {
        match self {
            Self::Scorm12 => 255,
            Self::Scorm2004 => 1000,
        }
    }

    /// The error code of "Initialize called twice", which is not a reason to give up.
    pub(crate) fn already_initialized(self) -> &'static str {
        match self {
            Self::Scorm12 => "101",
            Self::Scorm2004 => "103",
        }
    }

    /// Whether a `GetValue` error code only means "nothing stored yet" (SCORM 2004's 403,
    /// "data model element value not initialized"), which is not worth a log line.
    pub(crate) fn is_unset(self, code: &str) -> bool {
        self == Self::Scorm2004 && code == "403"
    }

    /// Whether a completion status read from the LMS says the module is already complete.
    pub(crate) fn is_complete(self, status: &str) -> bool {
        match self {
            // `passed` implies completion in SCORM 1.2's single status.
            Self::Scorm12 => matches!(status, "completed" | "passed"),
            Self::Scorm2004 => status == "completed",
        }
    }

    /// Whether a status read at start still says "never started", so the SCO should set
    /// it to `incomplete`.
    pub(crate) fn is_not_started(self, status: &str) -> bool {
        match self {
            Self::Scorm12 => matches!(status, "" | "not attempted"),
            Self::Scorm2004 => matches!(status, "" | "unknown" | "not attempted"),
        }
    }

    /// `session_time` in this version's format, from milliseconds.
    pub(crate) fn session_time(self, millis: f64) -> String {
        let centis = if millis.is_finite() && millis > 0.0 {
            // Saturating float-to-int conversion; a session is never near u64::MAX.
            (millis / 10.0).round() as u64
        } else {
            0
        };
        let (hours, minutes, seconds, centis) = (
            centis / 360_000,
            (centis / 6000) % 60,
            (centis / 100) % 60,
            centis % 100,
        );
        match self {
            // CMITimespan: HHHH:MM:SS.SS, hours two to four digits.
            Self::Scorm12 => format!(
                "{:02}:{minutes:02}:{seconds:02}.{centis:02}",
                hours.min(9999)
            ),
            // ISO 8601 duration, at most hundredths of a second.
            Self::Scorm2004 => format!("PT{hours}H{minutes}M{seconds}.{centis:02}S"),
        }
    }
}

/// `text` cut to at most `limit` UTF-16 code units, on a character boundary.
pub(crate) fn clip_utf16(text: &str, limit: usize) -> &str {
    let mut units = 0;
    for (index, c) in text.char_indices() {
        units += c.len_utf16();
        if units > limit {
            return text.get(..index).unwrap_or_default();
        }
    }
    text
}

/// The length of `text` in UTF-16 code units.
pub(crate) fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_times_in_both_formats() {
        let ms = ((2 * 3600 + 5 * 60 + 7) as f64) * 1000.0 + 254.0;
        assert_eq!(Version::Scorm12.session_time(ms), "02:05:07.25");
        assert_eq!(Version::Scorm2004.session_time(ms), "PT2H5M7.25S");
        assert_eq!(Version::Scorm12.session_time(0.0), "00:00:00.00");
        assert_eq!(Version::Scorm2004.session_time(-5.0), "PT0H0M0.00S");
        assert_eq!(Version::Scorm12.session_time(f64::NAN), "00:00:00.00");
        // Four hour digits at most.
        assert_eq!(
            Version::Scorm12.session_time(20_000.0 * 3_600_000.0),
            "9999:00:00.00"
        );
        assert_eq!(
            Version::Scorm2004.session_time(59_999.0),
            "PT0H1M0.00S",
            "59.999 s rounds up to a minute"
        );
    }

    #[test]
    fn names_by_version() {
        assert_eq!(Version::Scorm12.method(Call::Terminate), "LMSFinish");
        assert_eq!(Version::Scorm2004.method(Call::Terminate), "Terminate");
        assert_eq!(
            Version::Scorm12.element(Element::Location),
            Some("cmi.core.lesson_location")
        );
        assert_eq!(Version::Scorm12.element(Element::ProgressMeasure), None);
        assert_eq!(
            Version::Scorm2004.element(Element::SuspendData),
            Some("cmi.suspend_data")
        );
        assert!(Version::Scorm12.is_complete("passed"));
        assert!(!Version::Scorm2004.is_complete("passed"));
        assert!(Version::Scorm12.is_not_started("not attempted"));
        assert!(Version::Scorm2004.is_not_started("unknown"));
        assert!(!Version::Scorm2004.is_not_started("incomplete"));
    }

    #[test]
    fn clipping_counts_utf16_units_and_keeps_characters_whole() {
        assert_eq!(clip_utf16("abcdef", 4), "abcd");
        assert_eq!(clip_utf16("ab", 4), "ab");
        // "😀" is two UTF-16 units: it does not fit in the last one.
        assert_eq!(clip_utf16("abc😀", 4), "abc");
        assert_eq!(utf16_len("é😀"), 3);
    }
}
