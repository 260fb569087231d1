//! Inputs that must produce a course or errors, never a panic or a stack overflow. Each
//! error has a real place. (A fuzz target would call `compile_sources` the same way.)

use ler_content::{ContentError, compile_sources};

use crate::support::good_files;

const NAMES: [&str; 7] = [
    "02-two.md",
    "course.toml",
    "references.toml",
    "resources.toml",
    "standards.toml",
    "credential-types.toml",
    "glossary.toml",
];

/// Compiles the good course with `name` replaced by `text`; checks every error's place.
fn survive(name: &str, text: &str) {
    let mut files = good_files();
    match files.iter_mut().find(|(n, _)| n == name) {
        Some(file) => file.1 = text.to_owned(),
        None => files.push((name.to_owned(), text.to_owned())),
    }
    if let Err(errors) = compile_sources(&files) {
        assert!(!errors.is_empty());
        for ContentError {
            file, line, col, ..
        } in &errors
        {
            assert!(*line >= 1 && *col >= 1, "{file}:{line}:{col}");
            let source = files.iter().find(|(n, _)| n == file).map(|(_, t)| t);
            if let Some(source) = source {
                assert!(*line <= source.split('\n').count(), "{file}:{line}");
            }
        }
    }
}

fn front(body: &str) -> String {
    format!(
        "+++\nid = \"two\"\ntitle = \"T\"\nsummary = \"S\"\norder = 2\nminutes = 5\n+++\n{body}"
    )
}

#[test]
fn weird_module_texts_do_not_panic() {
    let deep_list: String = (0..1000)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect();
    let deep_ordered: String = (0..1000)
        .map(|i| format!("{}1. x\n", "   ".repeat(i)))
        .collect();
    let deep_quote = format!("{}x\n", "> ".repeat(1000));
    let deep_mixed = format!("{}x\n", "> - ".repeat(500));
    let deep_emph = format!("{}x{}", "*_".repeat(500), "_*".repeat(500));
    let deep_links = format!("{}x{}", "[".repeat(1000), "](y)".repeat(1000));
    let inputs: Vec<String> = vec![
        String::new(),
        "+++".into(),
        "+++\n".into(),
        "+++\r\n".into(),
        "+++\nid = \"two\"\n".into(),
        "+++\n+++\n".into(),
        "+++\n+++".into(),
        "\u{feff}+++\nid=1\n+++\n".into(),
        "\0\u{1}\u{2}+++\u{ffff}\u{7f}".into(),
        String::from_utf8_lossy(&(0u8..=255).cycle().take(4096).collect::<Vec<u8>>()).into(),
        "x".repeat(1_000_000),
        front(&"word ".repeat(200_000)),
        front(&deep_list),
        front(&deep_ordered),
        front(&deep_quote),
        front(&deep_mixed),
        front(&deep_emph),
        front(&deep_links),
        front("## Checklist: x {#c}\n\n- [ ] a {#a section=}\n- [ ] {#}\n- [ ] {#b\n- [x]\n"),
        front("## Reading {#r}\n\n[@\n\n[@]\n\n[@a;;@b]\n\n[@ a]\n\n[@a\n\n@]"),
        front("## Reading {#r}\n\né 日本語 🎓 [@vc-2] \u{200b}\u{202e}abc {#é}"),
        front("## Reading {#r}\n\n| a |\n|---|\n| b | c | d |\n\n|x|\n|-|"),
        front("## Reading {#r}\n\n[x]: javascript:alert(1)\n\n[link][x] [x] ![x]"),
        front("## Reading {#r}\n\n```\nunclosed"),
        front("## Reading {#r}\n\n{#} {# } {#a b=} { } {#x}\n"),
        front("## {#}\n## {#a}\n## x {#a .b c=d}\n# h1\n###### h6 {#z}\n"),
        front("## Case example: {#c}\n\n### Discussion\n\ntext\n\n### Discussion\n"),
        front("<!-- unclosed comment\n\n## Reading {#r}\n"),
        front("## Reading {#r}\n\n<div>\n\n- [ ] task\n\n</div>\n\n    indented code\n"),
        front("## Reading {#r}\n\n[^1]\n\n[^1]: footnote\n\n$x$ ~~s~~ ^s^ ~s~\n"),
        front("## Reading {#r}\n\n\\\n\n  \n\t\n\r\r\r\n"),
        "+++\nid = \"two\"\n+++\n".repeat(100),
    ];
    for text in &inputs {
        survive("02-two.md", text);
        survive("03-extra.md", text);
    }
}

#[test]
fn weird_toml_does_not_panic() {
    let inputs = [
        "",
        "[[reference]]",
        "[[reference]]\nid = 3",
        "= = =",
        "\u{feff}id = \"x\"",
        "[[credential_type]]\nid = \"a\"\nparent = \"a\"\nlabel=\"\"\ndefinition=\"\"\nissuer=\"\"\nsources=[]",
        "[[pathway]]\nid = \"p\"\ntitle = \"\"\nsteps = []\nnote = \"\"",
        "a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]",
        "x = \"\\u0000\"\n[[term]]\nid=\"\"\nterm=\"\"\ndefinition=\"\"",
        "[[resource]]\nid = \"r\"\ntitle = \"t\"\npublisher = \"p\"\nkind = \"tool\"\npurpose = \"p\"\nurl = \"javascript:alert(1)\"\nmodules = [\"\"]",
    ];
    for text in inputs {
        for name in NAMES.iter().skip(1).chain(["odd.toml"].iter()) {
            survive(name, text);
        }
    }
}

/// A small deterministic generator: Markdown-ish token soup, for inputs nobody thought of.
struct Soup(u64);

impl Soup {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn text(&mut self, tokens: usize) -> String {
        const TOKENS: [&str; 40] = [
            "## ",
            "### ",
            "# ",
            "- ",
            "- [ ] ",
            "- [x] ",
            "1. ",
            "> ",
            "  ",
            "\n",
            "\n\n",
            "\r\n",
            "{#",
            "}",
            "{#a-1}",
            " section=",
            "[@",
            "@",
            "]",
            ";",
            "[",
            "](",
            ")",
            "module:",
            "javascript:",
            "<",
            ">",
            "<script>",
            "*",
            "_",
            "`",
            "```",
            "|",
            "|---|",
            "+++",
            "\\",
            "&#106;",
            "é",
            "composite",
            "word",
        ];
        (0..tokens)
            .map(|_| {
                let i = (self.next() % TOKENS.len() as u64) as usize;
                TOKENS[i]
            })
            .collect()
    }
}

#[test]
fn token_soup_does_not_panic() {
    let mut soup = Soup(0x9e37_79b9_7f4a_7c15);
    for round in 0..400 {
        let body = soup.text(20 + round % 200);
        survive("02-two.md", &front(&body));
        survive("02-two.md", &body);
        if round % 4 == 0 {
            survive(NAMES[1 + round % 6], &body);
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = front(&format!(
        "## Reading {{#two-reading}}\n\n{}x\n",
        "> ".repeat(1000)
    ));
    let mut files = good_files();
    files.iter_mut().find(|(n, _)| n == "02-two.md").unwrap().1 = deep;
    let errors = compile_sources(&files).unwrap_err();
    assert!(
        errors.iter().any(|e| e.to_string()
            == "02-two.md:10:33: lists, quotes and emphasis nest deeper than 16 levels here"),
        "{errors:#?}"
    );
}
