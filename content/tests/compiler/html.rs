//! Raw HTML is never markup: it comes out as the literal text written.

use ler_content::model::{Block, Inline};

use crate::support::{compile, good_files, two_with};

fn all_text(blocks: &[Block]) -> Vec<String> {
    let json = serde_json::to_value(blocks).unwrap();
    let mut out = Vec::new();
    collect(&json, &mut out);
    out
}

fn collect(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("t", serde_json::Value::String(s)) => out.push(s.clone()),
                    _ => collect(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
        _ => {}
    }
}

#[test]
fn inline_and_block_html_become_text() {
    let compiled = compile(&good_files()).unwrap();
    let reading = &compiled.modules[0].sections[0];
    let texts = all_text(&reading.body);
    assert!(
        texts.iter().any(|t| t
            .contains("Raw <script>alert(1)</script> and <b onclick=\"x()\">bold</b> stay text.")),
        "{texts:#?}"
    );
    assert!(reading.body.contains(&Block::Para(vec![Inline::Text(
        "<div class=\"note\">\n<script>alert(\"no\")</script>\n</div>".into()
    )])));
}

#[test]
fn a_script_element_alone_is_a_text_paragraph() {
    let files = two_with(
        "Records can be checked [@vc-2].",
        "<script>alert(1)</script>\n\nText with <img src=x onerror=alert(1)> inside.",
    );
    let compiled = compile(&files).unwrap();
    let reading = &compiled.modules[1].sections[0];
    assert_eq!(
        reading.body,
        [
            Block::Para(vec![Inline::Text("<script>alert(1)</script>".into())]),
            Block::Para(vec![Inline::Text(
                "Text with <img src=x onerror=alert(1)> inside.".into()
            )]),
        ]
    );
}
