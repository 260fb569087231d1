//! A small HTML writer: every element it opens it closes, every text and attribute value it
//! writes is escaped. The pre-rendered pages are built with nothing else, and so is the
//! explorer's map picture (markup that never changes, written in one string instead of
//! one DOM call per node), so a compiled course, even one edited by hand or read from a
//! foreign `src`, cannot put markup into either (the same promise the widgets' DOM renderer
//! keeps, `ui/rich_text.rs`). Tag and attribute names are always the caller's literals.

/// HTML being written.
#[derive(Debug, Default)]
pub(crate) struct Html {
    out: String,
}

impl Html {
    /// `<tag attrs…>`, what `inner` writes, `</tag>`. An attribute whose value is `None` is
    /// left out; `Some("")` writes it bare-valued (`disabled=""`).
    pub(crate) fn el(
        &mut self,
        tag: &str,
        attrs: &[(&str, Option<&str>)],
        inner: impl FnOnce(&mut Self),
    ) {
        self.open(tag, attrs);
        inner(self);
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// An element with no end tag (`br`).
    pub(crate) fn void(&mut self, tag: &str) {
        self.open(tag, &[]);
    }

    /// Escaped text.
    pub(crate) fn text(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                c => self.out.push(c),
            }
        }
    }

    /// Whether nothing has been written yet.
    pub(crate) fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// The HTML written so far.
    pub(crate) fn finish(self) -> String {
        self.out
    }

    fn open(&mut self, tag: &str, attrs: &[(&str, Option<&str>)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            let Some(value) = value else { continue };
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            for c in value.chars() {
                match c {
                    '&' => self.out.push_str("&amp;"),
                    '"' => self.out.push_str("&quot;"),
                    '<' => self.out.push_str("&lt;"),
                    '>' => self.out.push_str("&gt;"),
                    c => self.out.push(c),
                }
            }
            self.out.push('"');
        }
        self.out.push('>');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attribute_values_cannot_open_markup() {
        let mut h = Html::default();
        h.el(
            "p",
            &[("title", Some("\"><script>")), ("hidden", None)],
            |h| h.text("<b>&</b>"),
        );
        assert_eq!(
            h.finish(),
            "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;&amp;&lt;/b&gt;</p>"
        );
    }

    #[test]
    fn every_element_is_closed_in_order() {
        let mut h = Html::default();
        h.el("ul", &[], |h| {
            h.el("li", &[], |h| h.text("a"));
            h.el("li", &[], |h| h.void("br"));
        });
        assert_eq!(h.finish(), "<ul><li>a</li><li><br></li></ul>");
    }
}
