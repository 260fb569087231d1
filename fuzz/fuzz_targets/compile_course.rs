//! The content compiler on arbitrary input: it must never panic, and whatever it accepts
//! must survive the trip through JSON that the widgets make.
//!
//! The input is one text cut at NUL characters into files, named in this order:
//! `course.toml`, a module, `glossary.toml`, `credential-types.toml`, `references.toml`,
//! `resources.toml`, `standards.toml`, a second module; further parts are ignored. So one
//! input can exercise front matter, Markdown and every TOML file together, and the course-
//! wide checks between them (ids that must resolve across files).
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 8] = [
    "course.toml",
    "01-first.md",
    "glossary.toml",
    "credential-types.toml",
    "references.toml",
    "resources.toml",
    "standards.toml",
    "02-second.md",
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let files: Vec<(&str, &str)> = NAMES.iter().copied().zip(text.split('\0')).collect();
    match ler_content::compile_sources(&files) {
        Ok(compiled) => {
            let _ = ler_content::stats(&compiled);
            round_trip(&compiled.course);
            round_trip(&compiled.library);
            compiled.modules.iter().for_each(round_trip);
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "a refusal without a reason");
            for error in errors {
                let _ = error.to_string();
            }
        }
    }
});

/// What the compiler writes, the widgets must read back as the same thing.
fn round_trip<T>(value: &T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(value).expect("the model serialises");
    let back: T = serde_json::from_str(&json).expect("compiled JSON reads back");
    assert_eq!(&back, value, "compiled JSON reads back differently");
}
