//! Which link destinations the compiler accepts.

use crate::model::Target;

/// A link destination, classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Destination {
    /// A link the widgets may render as is.
    Url(String),
    /// A link into the course; resolved once every file is read.
    Course(Target),
    /// Refused, with the reason.
    Refused(String),
}

/// Classifies a destination as pulldown-cmark hands it over (entities already decoded).
pub(crate) fn classify(dest: &str) -> Destination {
    let trimmed = dest.trim();
    for (prefix, make) in [
        ("module:", make_module as fn(&str) -> Option<Target>),
        ("credential:", |id: &str| {
            Some(Target::Credential(id.to_owned()))
        }),
        ("term:", |id: &str| Some(Target::Term(id.to_owned()))),
    ] {
        if let Some(rest) = trimmed.strip_prefix(prefix) {
            return match make(rest) {
                Some(target) => Destination::Course(target),
                None => Destination::Refused(format!("'{trimmed}' names no id")),
            };
        }
    }
    match scheme_of(trimmed) {
        None => Destination::Url(trimmed.to_owned()),
        Some(s) if matches!(s.as_str(), "http" | "https" | "mailto") => {
            Destination::Url(trimmed.to_owned())
        }
        Some(s) => Destination::Refused(format!(
            "link scheme '{s}:' is not allowed (only http, https, mailto, relative links and \
             module:, credential:, term:)"
        )),
    }
}

fn make_module(rest: &str) -> Option<Target> {
    let (module, section) = match rest.split_once('#') {
        Some((m, s)) => (m, Some(s.to_owned()).filter(|s| !s.is_empty())),
        None => (rest, None),
    };
    (!module.is_empty()).then(|| Target::Module {
        module: module.to_owned(),
        section,
    })
}

/// The scheme of a URL as a browser would read it: control characters and whitespace are
/// ignored (browsers strip them), case is folded; `None` for a relative URL.
pub(crate) fn scheme_of(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    (!scheme.contains(['/', '?', '#'])).then(|| scheme.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_mail_relative_and_course_links_are_accepted() {
        assert!(matches!(classify("https://x.org/a"), Destination::Url(_)));
        assert!(matches!(classify("mailto:a@b.edu"), Destination::Url(_)));
        assert!(matches!(classify("../a/b?c=d:e"), Destination::Url(_)));
        assert_eq!(
            classify("module:record-integrity#pillar-trust"),
            Destination::Course(Target::Module {
                module: "record-integrity".into(),
                section: Some("pillar-trust".into())
            })
        );
        assert_eq!(
            classify("term:ler"),
            Destination::Course(Target::Term("ler".into()))
        );
    }

    #[test]
    fn script_and_data_schemes_are_refused_in_any_disguise() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            " javascript:alert(1)",
            "java\u{0}script:x",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
        ] {
            assert!(matches!(classify(bad), Destination::Refused(_)), "{bad:?}");
        }
        assert!(matches!(classify("module:"), Destination::Refused(_)));
    }
}
