//! Inputs that must produce errors (or a course), never a panic or a stack overflow.

use crate::support::{compile_modules, module};
use ler_content::compile_sources;

#[test]
fn weird_module_texts_do_not_panic() {
    let deep_list = (0..1000)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect::<String>();
    let deep_quote = format!("{}x\n", "> ".repeat(1000));
    let deep_emph = format!("{}x{}", "*_".repeat(500), "_*".repeat(500));
    let inputs = vec![
        String::new(),
        "+++".into(),
        "+++\n".into(),
        "+++\nid = \"m\"\n".into(),
        "+++\n+++\n".into(),
        "\u{feff}+++\nid=1\n+++\n".into(),
        "\0\u{1}\u{2}+++\u{ffff}".into(),
        "x".repeat(1_000_000),
        module(&deep_list),
        module(&deep_quote),
        module(&deep_emph),
        module("[@"),
        module("[@]"),
        module("[@a;;@b]"),
        module("é 日本語 🎓 [@vc-2]"),
        module("| a |\n|---|\n| b | c | d |"),
        module("[x]: javascript:alert(1)\n\n[link][x]"),
        module("```\nunclosed"),
        module("{#} {# } {#a b=} {"),
    ];
    for text in inputs {
        let _ = compile_modules(&[text]);
    }
}

#[test]
fn weird_toml_does_not_panic() {
    for text in [
        "[[reference]]",
        "[[reference]]\nid = 3",
        "= = =",
        "[[credential_type]]\nid = \"a\"\nparent = \"a\"\nlabel=\"\"\ndefinition=\"\"\nissuer=\"\"\nsources=[]",
    ] {
        for name in [
            "course.toml",
            "references.toml",
            "credential-types.toml",
            "glossary.toml",
            "resources.toml",
            "standards.toml",
            "odd.toml",
        ] {
            let _ = compile_sources(&[
                (name.to_owned(), text.to_owned()),
                ("m.md".into(), module("x")),
            ]);
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep_quote = format!("{}x\n", "> ".repeat(1000));
    let errors = compile_modules(&[module(&deep_quote)]).unwrap_err();
    assert!(
        errors.iter().any(|e| e.message.contains("nesting deeper")),
        "{errors:?}"
    );
}

#[test]
fn a_credential_cycle_is_reported() {
    let types = "[[credential_type]]\nid = \"a\"\nparent = \"b\"\nlabel=\"A\"\ndefinition=\"d\"\nissuer=\"i\"\nsources=[\"vc-2\"]\n\n[[credential_type]]\nid = \"b\"\nparent = \"a\"\nlabel=\"B\"\ndefinition=\"d\"\nissuer=\"i\"\nsources=[\"vc-2\"]\n";
    let files = vec![
        ("course.toml".to_owned(), crate::support::COURSE.to_owned()),
        (
            "references.toml".to_owned(),
            crate::support::REFERENCES.to_owned(),
        ),
        ("credential-types.toml".to_owned(), types.to_owned()),
        ("m.md".to_owned(), module("x")),
    ];
    let errors = compile_sources(&files).unwrap_err();
    assert_eq!(
        errors
            .iter()
            .filter(|e| e.message.contains("its own ancestor"))
            .count(),
        2
    );
}
