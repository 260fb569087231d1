//! The content models of the IMS Common Cartridge 1.1 manifest schemas, as a table, and a
//! check of a manifest against them: which children each element may have, in which order
//! and how many, which attributes, and the fixed vocabularies.
//!
//! Moodle validates every imported cartridge's `imsmanifest.xml` against these schemas with
//! libxml2 before it converts anything (`backup/converter/imscc11/lib.php` calls
//! `manifest_validator`, `backup/cc/validator.php`, which loads
//! `backup/cc/schemas11/cc11libxml2validator.xsd`, importing the three schemas below), and
//! refuses the whole cartridge on the first error. The rules here are written from the
//! schemas IMS published for CC 1.1 (31 January 2011):
//!
//! - `ccv1p1_imscp_v1p2_v1p0.xsd`, the CC profile of IMS Content Packaging 1.2
//!   (namespace [`CP`](crate::cartridge::ns::CP));
//! - `ccv1p1_lommanifest_v1p0.xsd`, the LOM profile of the manifest's metadata
//!   ([`LOM_MANIFEST`](crate::cartridge::ns::LOM_MANIFEST)): `general`, `lifeCycle`,
//!   `technical`, `educational`, `rights`, `relation`, `classification` in any order;
//! - `ccv1p1_lomresource_v1p0.xsd`, the LOM profile of a resource's metadata
//!   ([`LOM_RESOURCE`](crate::cartridge::ns::LOM_RESOURCE)): *only* `educational` (at least
//!   one), holding an optional `context` and at least one `intendedEndUserRole`. `general`
//!   is not allowed there, which is what made Moodle refuse this packager's earlier
//!   cartridges.
//!
//! The table of content models is in `table.rs`; how an element's children are judged
//! against one (a sequence, or any order) in `children.rs`.
//!
//! The Schematron counts the manifest LOM profile adds (at most one `general`, one `title`
//! in it, …) are checked too. Parts of the schemas this packager never writes
//! (`lifeCycle`, `rights`, `relation`, `classification`, metadata on items and files,
//! authorizations) are reported as "not checked here" rather than passed unseen: a manifest
//! that needs them needs this table extended first.
//!
//! Errors read like libxml2's, with the line and column of the element.

use roxmltree::{Document, Node};

mod children;
mod table;

use children::Children;
use table::{Attribute, CP, Content, Type};
pub use table::{RESOURCE_TYPES, ROLES};

const XSI: &str = crate::scorm::XSI;
const XML: &str = "http://www.w3.org/XML/1998/namespace";

/// Where `node` starts, as `line:col`.
fn at(doc: &Document<'_>, node: Node<'_, '_>) -> String {
    let pos = doc.text_pos_at(node.range().start);
    format!("{}:{}", pos.row, pos.col)
}

fn qname(ns: &str, name: &str) -> String {
    if ns.is_empty() {
        name.to_owned()
    } else {
        format!("{{{ns}}}{name}")
    }
}

fn name_of(node: Node<'_, '_>) -> String {
    qname(
        node.tag_name().namespace().unwrap_or(""),
        node.tag_name().name(),
    )
}

/// Checks `text` (an `imsmanifest.xml`) against the CC 1.1 schemas' content models; every
/// problem found, each with its line and column.
pub fn check_manifest(text: &str) -> Vec<String> {
    let doc = match Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => return vec![format!("not well-formed XML: {e}")],
    };
    let root = doc.root_element();
    let mut problems = Vec::new();
    if root.tag_name().namespace() != Some(CP) || root.tag_name().name() != "manifest" {
        problems.push(format!(
            "{}: Element '{}': No matching global declaration available for the validation \
             root (expected {}).",
            at(&doc, root),
            name_of(root),
            qname(CP, "manifest")
        ));
        return problems;
    }
    element(&doc, root, Type::Manifest, &mut problems);
    problems
}

fn element(doc: &Document<'_>, node: Node<'_, '_>, of: Type, problems: &mut Vec<String>) {
    let here = || format!("{}: Element '{}'", at(doc, node), name_of(node));
    if of == Type::NotChecked {
        problems.push(format!(
            "{}: not checked here: this check does not model that part of the CC 1.1 schemas \
             (extend the table in packager/src/cc11_schema/table.rs before writing it)",
            here()
        ));
        return;
    }
    attributes(node, of, &here, problems);
    let children = Children {
        doc,
        parent: node,
        nodes: node.children().filter(Node::is_element).collect(),
    };
    match of.content() {
        Content::Text(values) => {
            if let Some(child) = children.nodes.first() {
                problems.push(format!(
                    "{}: Element '{}': This element is not expected (only text is allowed in \
                     {}).",
                    at(doc, *child),
                    name_of(*child),
                    name_of(node)
                ));
            }
            let text = node.text().unwrap_or("").trim();
            if let Some(values) = values
                && !values.contains(&text)
            {
                problems.push(format!(
                    "{}: '{text}' is not an element of the set {{{}}}.",
                    here(),
                    values
                        .iter()
                        .map(|v| format!("'{v}'"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        Content::Empty => {
            if let Some(child) = children.nodes.first() {
                problems.push(format!(
                    "{}: Element '{}': This element is not expected ({} has no children).",
                    at(doc, *child),
                    name_of(*child),
                    name_of(node)
                ));
            }
            no_text(node, &here, problems);
        }
        Content::Sequence(particles) => {
            no_text(node, &here, problems);
            children.sequence(particles, problems);
        }
        Content::AnyOrder(particles) => {
            no_text(node, &here, problems);
            children.any_order(particles, problems);
        }
    }
}

fn no_text(node: Node<'_, '_>, here: &impl Fn() -> String, problems: &mut Vec<String>) {
    if let Some(text) = node
        .children()
        .find(|c| c.is_text() && !c.text().unwrap_or("").trim().is_empty())
    {
        problems.push(format!(
            "{}: Character content other than whitespace is not allowed because the content \
             type is 'element-only' (\"{}\").",
            here(),
            text.text().unwrap_or("").trim()
        ));
    }
}

fn attributes(
    node: Node<'_, '_>,
    of: Type,
    here: &impl Fn() -> String,
    problems: &mut Vec<String>,
) {
    let allowed = of.attributes();
    for attr in node.attributes() {
        match attr.namespace() {
            // xsi:schemaLocation and the like are allowed on any element.
            Some(XSI) => {}
            Some(XML) if attr.name() == "base" && allowed.iter().any(|a| a.name == "base") => {}
            Some(XML) if attr.name() == "lang" => problems.push(format!(
                "{}, attribute 'xml:lang': The attribute is not allowed (CC 1.1 LOM strings \
                 take 'language').",
                here()
            )),
            Some(other) => problems.push(format!(
                "{}, attribute '{{{other}}}{}': The attribute is not allowed.",
                here(),
                attr.name()
            )),
            None => match allowed
                .iter()
                .find(|a| a.name == attr.name() && a.name != "base")
            {
                None => problems.push(format!(
                    "{}, attribute '{}': The attribute '{}' is not allowed.",
                    here(),
                    attr.name(),
                    attr.name()
                )),
                Some(Attribute {
                    values: Some(values),
                    ..
                }) if !values.contains(&attr.value()) => problems.push(format!(
                    "{}, attribute '{}': '{}' is not an element of the set {{{}}}.",
                    here(),
                    attr.name(),
                    attr.value(),
                    values.join(", ")
                )),
                Some(_) => {}
            },
        }
    }
    for required in allowed.iter().filter(|a| a.required) {
        if node.attribute(required.name).is_none() {
            problems.push(format!(
                "{}: The attribute '{}' is required but missing.",
                here(),
                required.name
            ));
        }
    }
}
