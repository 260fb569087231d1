//! Links from a check to the curriculum section that teaches it.
//!
//! The sections exist in `content/curriculum/05-record-integrity.md` (`pillar-integrity` …)
//! and `06-governance-interoperability.md` (`gi-credential-layer`); a native test reads the
//! curriculum to keep these ids honest.

/// The default link template: the demo site's module page, which opens the section named in
/// the `#ler:<module>/<section>` fragment. Hosts change it with the `module-href` attribute.
pub const DEFAULT_TEMPLATE: &str = "index.html?module={module}#ler:{module}/{section}";

/// A section of the course.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Module id.
    pub module: &'static str,
    /// Section id.
    pub section: &'static str,
    /// Its title, as a link text.
    pub title: &'static str,
}

/// The module-6 section on the credential layer (VC, OB 3.0, CLR 2.0), linked from the
/// structure checks beside the pillar itself.
pub const CREDENTIAL_LAYER: Section = Section {
    module: "governance-interoperability",
    section: "gi-credential-layer",
    title: "The credential layer: Verifiable Credentials, Open Badges 3.0 and CLR 2.0",
};

/// Fills `template`'s `{module}` and `{section}` placeholders (percent-encoding the ids,
/// which are plain in this course but may not be in another).
pub fn href(template: &str, section: &Section) -> String {
    template
        .replace("{module}", &encode(section.module))
        .replace("{section}", &encode(section.section))
}

/// Percent-encodes everything but unreserved characters.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;

    #[test]
    fn fills_the_template() {
        assert_eq!(
            href(DEFAULT_TEMPLATE, &CREDENTIAL_LAYER),
            "index.html?module=governance-interoperability#ler:governance-interoperability/gi-credential-layer"
        );
        assert_eq!(encode("a b/c"), "a%20b%2Fc");
    }
}
