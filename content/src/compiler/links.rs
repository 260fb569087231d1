//! Which link destinations the compiler accepts, and what they point to.
//!
//! Accepted: `http:`, `https:`, `mailto:`, relative URLs, and the course links `module:<id>`,
//! `module:<id>#<section-id>`, `credential:<id>`, `term:<id>`. Everything else is refused.
//! The scheme is read the way a browser reads it: case-insensitively, after dropping
//! whitespace and control characters (`java\tscript:` is `javascript:`). pulldown-cmark has
//! already decoded character references (`&#106;avascript:`).

use crate::model::Target;

/// A link destination, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Destination {
    /// A web, mail or relative URL, kept as written (trimmed).
    Url(String),
    /// A link into the course; resolved once every file is read.
    Course(Target),
    /// Refused, with the reason.
    Refused(String),
}

const COURSE_PREFIXES: [&str; 3] = ["module:", "credential:", "term:"];

/// Classifies a destination as pulldown-cmark hands it over.
pub(crate) fn classify(dest: &str) -> Destination {
    let trimmed = dest.trim();
    for prefix in COURSE_PREFIXES {
        let Some(head) = trimmed.get(..prefix.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(prefix) {
            continue;
        }
        let id = trimmed.get(prefix.len()..).unwrap_or("");
        return course_link(prefix, id);
    }
    match scheme_of(trimmed) {
        None => Destination::Url(trimmed.to_owned()),
        Some(s) if matches!(s.as_str(), "http" | "https" | "mailto") => {
            Destination::Url(trimmed.to_owned())
        }
        Some(s) => Destination::Refused(format!(
            "link scheme '{s}:' is not allowed (use http:, https:, mailto:, a relative URL, \
             or module:, credential:, term:)"
        )),
    }
}

fn course_link(prefix: &str, rest: &str) -> Destination {
    let target = match prefix {
        "module:" => match rest.split_once('#') {
            Some((_, "")) => {
                return Destination::Refused(format!(
                    "link 'module:{rest}' has an empty section after '#'"
                ));
            }
            Some((module, section)) => Target::Module {
                module: module.to_owned(),
                section: Some(section.to_owned()),
            },
            None => Target::Module {
                module: rest.to_owned(),
                section: None,
            },
        },
        "credential:" => Target::Credential(rest.to_owned()),
        _ => Target::Term(rest.to_owned()),
    };
    let empty = match &target {
        Target::Module { module, .. } => module.is_empty(),
        Target::Credential(id) | Target::Term(id) => id.is_empty(),
        Target::Url(_) => false,
    };
    if empty {
        Destination::Refused(format!("link '{prefix}' names no id"))
    } else {
        Destination::Course(target)
    }
}

/// The scheme of a URL, lowercased, as a browser would read it; `None` for a relative URL
/// (no `:` before the first `/`, `?` or `#`).
pub(crate) fn scheme_of(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let end = cleaned.find(['/', '?', '#']).unwrap_or(cleaned.len());
    let colon = cleaned.get(..end)?.find(':')?;
    cleaned.get(..colon).map(str::to_owned)
}

/// Whether a data-file URL is an absolute http(s) address.
pub(crate) fn is_web_url(url: &str) -> bool {
    let trimmed = url.trim();
    trimmed == url
        && matches!(scheme_of(url).as_deref(), Some("http" | "https"))
        && trimmed
            .split_once("://")
            .is_some_and(|(_, rest)| !rest.is_empty() && !rest.starts_with('/'))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]
mod tests {
    use super::*;

    #[test]
    fn web_mail_relative_and_course_links_are_accepted() {
        for ok in [
            "https://x.org/a",
            "HTTP://x.org",
            "mailto:a@b.edu",
            "../a/b?c=d:e",
            "#top",
            "a/b:c",
        ] {
            assert!(matches!(classify(ok), Destination::Url(_)), "{ok}");
        }
        assert_eq!(
            classify("module:record-integrity#pillar-trust"),
            Destination::Course(Target::Module {
                module: "record-integrity".into(),
                section: Some("pillar-trust".into())
            })
        );
        assert_eq!(
            classify("module:x"),
            Destination::Course(Target::Module {
                module: "x".into(),
                section: None
            })
        );
        assert_eq!(
            classify("term:ler"),
            Destination::Course(Target::Term("ler".into()))
        );
        assert_eq!(
            classify("Credential:badge"),
            Destination::Course(Target::Credential("badge".into()))
        );
    }

    #[test]
    fn script_and_other_schemes_are_refused_in_any_disguise() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:x",
            "java\u{0}script:x",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            ":x",
        ] {
            assert!(matches!(classify(bad), Destination::Refused(_)), "{bad:?}");
        }
        for bad in ["module:", "term:", "credential:", "module:#x", "module:x#"] {
            assert!(matches!(classify(bad), Destination::Refused(_)), "{bad:?}");
        }
    }

    #[test]
    fn data_file_urls_are_absolute_web_addresses() {
        assert!(is_web_url("https://www.w3.org/TR/vc-data-model-2.0/"));
        assert!(is_web_url("http://example.org"));
        for bad in [
            "",
            "example.org",
            "ftp://x.org",
            "https://",
            "https:///x",
            " https://x.org",
            "https://x.org/a b",
            "javascript:alert(1)",
        ] {
            assert!(!is_web_url(bad), "{bad:?}");
        }
    }
}
