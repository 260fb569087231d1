//! A small XML writer: elements, attributes and text, escaped and indented.
//!
//! Manifests are written element by element rather than from a template so that every title
//! and description from the course is escaped in one place.

/// Escapes text for an attribute value (`&`, `<`, `>`, `"`, `'`), and drops the characters
/// XML 1.0 cannot carry (most C0 controls). Also right for HTML attributes and text.
pub fn escape(text: &str) -> String {
    escape_with(text, true)
}

/// Escapes element content: like [`escape`], but quotes stay as they are, so a title reads
/// "today's" and not "today&apos;s" in whatever shows the raw XML.
pub fn escape_text(text: &str) -> String {
    escape_with(text, false)
}

fn escape_with(text: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            '\'' if quotes => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Builds an XML document as text.
#[derive(Debug)]
pub struct XmlWriter {
    out: String,
    open: Vec<String>,
}

impl Default for XmlWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl XmlWriter {
    /// A document with the XML declaration (UTF-8).
    pub fn new() -> Self {
        Self {
            out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
            open: Vec::new(),
        }
    }

    fn indent(&mut self) {
        for _ in 0..self.open.len() {
            self.out.push_str("  ");
        }
    }

    fn start_tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.indent();
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            self.out.push_str(&escape(value));
            self.out.push('"');
        }
    }

    /// Opens `<name attrs…>`; close it with [`XmlWriter::close`].
    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.start_tag(name, attrs);
        self.out.push_str(">\n");
        self.open.push(name.to_owned());
        self
    }

    /// Closes the element opened last.
    pub fn close(&mut self) -> &mut Self {
        if let Some(name) = self.open.pop() {
            self.indent();
            self.out.push_str("</");
            self.out.push_str(&name);
            self.out.push_str(">\n");
        }
        self
    }

    /// `<name attrs…>text</name>`, or `<name attrs…/>` when `text` is empty.
    pub fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.start_tag(name, attrs);
        if text.is_empty() {
            self.out.push_str("/>\n");
        } else {
            self.out.push('>');
            self.out.push_str(&escape_text(text));
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push_str(">\n");
        }
        self
    }

    /// The document, with every element still open closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_invalid_characters() {
        assert_eq!(
            escape("A & B <c> \"d\" 'e'\u{1}\u{7}"),
            "A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos;"
        );
        assert_eq!(escape("tab\tnew\nline — é"), "tab\tnew\nline — é");
        assert_eq!(escape_text("today's \"x\" <b>"), "today's \"x\" &lt;b&gt;");
    }

    #[test]
    fn nests_and_indents() {
        let mut xml = XmlWriter::new();
        xml.open("a", &[("x", "1 & 2")]);
        xml.leaf("b", &[], "text");
        xml.leaf("c", &[("href", "f.html")], "");
        let text = xml.finish();
        assert_eq!(
            text,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a x=\"1 &amp; 2\">\n  <b>text</b>\n  <c href=\"f.html\"/>\n</a>\n"
        );
    }
}
