//! The hand-written decoder reads exactly what serde reads: the compiler's snapshot of the
//! good course (every block, inline, target and section kind) decoded both ways must match.

use ler_content::model::{Course, Library, Module};
use ler_widgets::{LoadError, decode};
use wasm_bindgen_test::*;

const COURSE: &str =
    include_str!("../../../content/tests/fixtures/good-course/expected/course.json");
const LIBRARY: &str =
    include_str!("../../../content/tests/fixtures/good-course/expected/library.json");
const ONE: &str =
    include_str!("../../../content/tests/fixtures/good-course/expected/modules/one.json");
const TWO: &str =
    include_str!("../../../content/tests/fixtures/good-course/expected/modules/two.json");

fn detail(e: LoadError) -> String {
    match e {
        LoadError::Json { detail, .. } => detail,
        other => panic!("expected a JSON error, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn decodes_the_compiled_snapshot_exactly_as_serde_does() {
    assert_eq!(
        decode::<Course>("course.json", COURSE).unwrap(),
        serde_json::from_str::<Course>(COURSE).unwrap()
    );
    assert_eq!(
        decode::<Library>("library.json", LIBRARY).unwrap(),
        serde_json::from_str::<Library>(LIBRARY).unwrap()
    );
    for text in [ONE, TWO] {
        assert_eq!(
            decode::<Module>("m.json", text).unwrap(),
            serde_json::from_str::<Module>(text).unwrap()
        );
    }
}

#[wasm_bindgen_test]
fn round_trips_what_serde_writes() {
    let module = serde_json::from_str::<Module>(ONE).unwrap();
    let written = serde_json::to_string(&module).unwrap();
    assert_eq!(decode::<Module>("m.json", &written).unwrap(), module);
}

#[wasm_bindgen_test]
fn errors_say_what_and_where() {
    let not_json = detail(decode::<Course>("c.json", "<!doctype html>").unwrap_err());
    assert!(not_json.starts_with("it is not JSON ("), "{not_json}");

    let no_format = detail(decode::<Course>("c.json", r#"{"id": "x"}"#).unwrap_err());
    assert_eq!(no_format, "it has no \"format\" field");

    assert_eq!(
        decode::<Course>("c.json", r#"{"format": 7}"#).unwrap_err(),
        LoadError::Version {
            url: "c.json".into(),
            found: 7
        }
    );

    // A library given where a course is expected.
    let wrong_file = detail(decode::<Course>("c.json", LIBRARY).unwrap_err());
    assert_eq!(wrong_file, "missing field \"id\"");

    let mut module: serde_json::Value = serde_json::from_str(ONE).unwrap();
    module["sections"][1]["body"][0] = serde_json::json!({"p": [{"x": "?"}]});
    let bad_inline = detail(decode::<Module>("m.json", &module.to_string()).unwrap_err());
    assert_eq!(
        bad_inline,
        "unknown variant \"x\", expected one of t, em, b, c, a, cite, br \
         at sections[1].body[0].p[0]"
    );

    module["sections"][1]["body"][0] = serde_json::json!({"h": {"level": 300, "text": []}});
    let bad_level = detail(decode::<Module>("m.json", &module.to_string()).unwrap_err());
    assert_eq!(
        bad_level,
        "expected a whole number from 0 to 255 at sections[1].body[0].h.level"
    );
}
