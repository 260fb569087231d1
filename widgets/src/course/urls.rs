//! Where course files live, and which link addresses a widget will render.

/// Resolves `relative` against `base` the way a browser would; `None` when either is not a
/// usable URL.
pub(crate) fn resolve(relative: &str, base: &str) -> Option<String> {
    web_sys::Url::new_with_base(relative, base)
        .ok()
        .map(|u| u.href())
}

/// The URL of a module file, beside the course index it belongs to.
pub(crate) fn module_url(course_url: &str, module_id: &str) -> Option<String> {
    resolve(&format!("modules/{module_id}.json"), course_url)
}

/// The URL of the library file (glossary, credential types …), beside the course index.
pub(crate) fn library_url(course_url: &str) -> Option<String> {
    resolve("library.json", course_url)
}

/// Whether an external link from compiled content may be rendered as a link.
///
/// The compiler already refused every other scheme; the widgets check again because a
/// compiled file can be edited by hand or come from anywhere through `src`.
pub(crate) fn is_safe_href(href: &str) -> bool {
    let cleaned: String = href
        .trim()
        .chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    match cleaned.find(':') {
        // A colon before any '/', '?' or '#' ends a scheme; after one, it is part of a
        // relative address.
        Some(colon) => {
            let scheme = cleaned.get(..colon).unwrap_or_default();
            scheme.contains(['/', '?', '#']) || matches!(scheme, "http" | "https" | "mailto")
        }
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::is_safe_href;

    #[test]
    fn allows_web_and_mail_and_relative_links() {
        for ok in [
            "https://www.w3.org/TR/vc-data-model-2.0/",
            "http://example.org",
            "mailto:registrar@example.edu",
            "../modules/x.json",
            "#section",
            "page?x=a:b",
        ] {
            assert!(is_safe_href(ok), "{ok}");
        }
    }

    #[test]
    fn refuses_script_and_data_urls_in_any_disguise() {
        for bad in [
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox",
            "file:///etc/passwd",
        ] {
            assert!(!is_safe_href(bad), "{bad}");
        }
    }
}
