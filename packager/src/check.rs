//! Checks a built package against the structure its specification requires, independently of
//! the code that wrote it: the packager runs this on every package before writing it, and the
//! tests run it on packages built from a fixture course.
//!
//! What is checked (SCORM 1.2 CAM / SCORM 2004 4th edition CAM / IMS CC 1.1 profile):
//!
//! - `imsmanifest.xml` at the root, well-formed, root element `manifest` in the right
//!   namespace, every element and attribute in a namespace the package type uses, and
//!   `xsi:schemaLocation` naming a schema for each of them;
//! - `metadata` first, with the exact `schema` and `schemaversion`;
//! - organizations: SCORM: `default` names one of them, each has a `title` and items;
//!   CC: exactly one, `structure="rooted-hierarchy"`, one root item without a title;
//! - identifiers: present, unique in the manifest, valid `xs:ID`s;
//! - `identifierref`s of items and dependencies name resources; every resource is used;
//! - resources: SCORM: `adlcp:scormtype` (1.2) / `adlcp:scormType` (2004) is `sco` or
//!   `asset`, items launch only SCOs, SCOs have an `href`; CC: a known resource type;
//! - files: every `href` is a relative path inside the package that exists in the zip, a
//!   resource's `href` is one of its own `file`s, and every file of the zip except the
//!   manifest is listed by a resource;
//! - CC: the content models of the CC 1.1 schemas, which Moodle validates every imported
//!   manifest against ([`cc11_schema`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use roxmltree::{Document, Node};

use crate::archive::MANIFEST;
use crate::ids::is_ncname;
use crate::{cartridge, cc11_schema, scorm};

/// What kind of package.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// SCORM 1.2.
    Scorm12,
    /// SCORM 2004 4th edition.
    Scorm2004,
    /// IMS Common Cartridge 1.1.
    Cartridge11,
}

/// What a valid package holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Items that launch a resource.
    pub launchable_items: usize,
    /// Resources.
    pub resources: usize,
    /// Files besides the manifest.
    pub files: usize,
}

impl Kind {
    fn root_namespace(self) -> &'static str {
        match self {
            Self::Scorm12 => scorm::ns12::CP,
            Self::Scorm2004 => scorm::ns2004::CP,
            Self::Cartridge11 => cartridge::ns::CP,
        }
    }

    fn namespaces(self) -> &'static [&'static str] {
        match self {
            Self::Scorm12 => &[scorm::ns12::CP, scorm::ns12::ADLCP, scorm::ns12::IMSMD],
            Self::Scorm2004 => &[
                scorm::ns2004::CP,
                scorm::ns2004::ADLCP,
                scorm::ns2004::IMSSS,
                scorm::ns2004::LOM,
            ],
            Self::Cartridge11 => &[
                cartridge::ns::CP,
                cartridge::ns::LOM_MANIFEST,
                cartridge::ns::LOM_RESOURCE,
            ],
        }
    }

    fn schema(self) -> (&'static str, &'static str) {
        match self {
            Self::Scorm12 => ("ADL SCORM", "1.2"),
            Self::Scorm2004 => ("ADL SCORM", "2004 4th Edition"),
            Self::Cartridge11 => ("IMS Common Cartridge", "1.1.0"),
        }
    }

    /// The ADL namespace and the attribute that says `sco` or `asset`.
    fn scorm_type(self) -> Option<(&'static str, &'static str)> {
        match self {
            Self::Scorm12 => Some((scorm::ns12::ADLCP, "scormtype")),
            Self::Scorm2004 => Some((scorm::ns2004::ADLCP, "scormType")),
            Self::Cartridge11 => None,
        }
    }
}

/// Checks the package whose files are `files` (as read from its zip).
pub fn check(kind: Kind, files: &BTreeMap<String, Vec<u8>>) -> Result<Summary, Vec<String>> {
    let mut problems = Vec::new();
    let Some(bytes) = files.get(MANIFEST) else {
        return Err(vec![format!("there is no {MANIFEST} at the root")]);
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => return Err(vec![format!("{MANIFEST} is not UTF-8: {e}")]),
    };
    let doc = match Document::parse(text) {
        Ok(doc) => doc,
        Err(e) => return Err(vec![format!("{MANIFEST} is not well-formed XML: {e}")]),
    };
    let root = doc.root_element();
    if kind == Kind::Cartridge11 {
        // What Moodle's importer validates before anything else (see cc11_schema).
        problems.extend(
            cc11_schema::check_manifest(text)
                .into_iter()
                .map(|p| format!("{MANIFEST}:{p}")),
        );
    }
    let mut say = |p: String| problems.push(p);

    if root.tag_name().name() != "manifest"
        || root.tag_name().namespace() != Some(kind.root_namespace())
    {
        say(format!(
            "the root element is {{{}}}{}, not {{{}}}manifest",
            root.tag_name().namespace().unwrap_or(""),
            root.tag_name().name(),
            kind.root_namespace()
        ));
    }
    check_namespaces(kind, root, &mut say);

    // metadata, first.
    let children: Vec<Node<'_, '_>> = root.children().filter(Node::is_element).collect();
    match children.first() {
        Some(m) if is(m, kind, "metadata") => {
            let (schema, version) = kind.schema();
            let value = |name: &str| {
                m.children()
                    .find(|c| is(c, kind, name))
                    .and_then(|c| c.text())
                    .map(str::trim)
                    .map(str::to_owned)
            };
            if value("schema").as_deref() != Some(schema) {
                say(format!("metadata/schema must be \"{schema}\""));
            }
            if value("schemaversion").as_deref() != Some(version) {
                say(format!("metadata/schemaversion must be \"{version}\""));
            }
        }
        _ => say("manifest must start with a metadata element".to_owned()),
    }

    // Identifiers.
    let mut ids: HashMap<&str, Node<'_, '_>> = HashMap::new();
    for node in root.descendants().filter(|n| {
        n.is_element()
            && n.tag_name().namespace() == Some(kind.root_namespace())
            && matches!(
                n.tag_name().name(),
                "manifest" | "organization" | "item" | "resource"
            )
    }) {
        match node.attribute("identifier") {
            None => say(format!(
                "a {} element has no identifier",
                node.tag_name().name()
            )),
            Some(id) => {
                if !is_ncname(id) {
                    say(format!("identifier \"{id}\" is not a valid xs:ID"));
                }
                if ids.insert(id, node).is_some() {
                    say(format!("identifier \"{id}\" is used twice"));
                }
            }
        }
    }

    // Resources.
    let resources: Vec<Node<'_, '_>> = children
        .iter()
        .find(|c| is(c, kind, "resources"))
        .map(|r| r.children().filter(|c| is(c, kind, "resource")).collect())
        .unwrap_or_default();
    if resources.is_empty() {
        say("there are no resources".to_owned());
    }
    let by_id: HashMap<&str, Node<'_, '_>> = resources
        .iter()
        .filter_map(|r| r.attribute("identifier").map(|id| (id, *r)))
        .collect();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let mut listed: BTreeSet<String> = BTreeSet::new();
    for resource in &resources {
        let id = resource.attribute("identifier").unwrap_or("?");
        let Some(kind_attr) = resource.attribute("type") else {
            say(format!("resource {id} has no type"));
            continue;
        };
        if kind == Kind::Cartridge11 && !cc11_schema::RESOURCE_TYPES.contains(&kind_attr) {
            say(format!(
                "resource {id} has type \"{kind_attr}\", not a CC 1.1 type"
            ));
        }
        if kind != Kind::Cartridge11 && kind_attr != "webcontent" {
            say(format!("resource {id} must have type=\"webcontent\""));
        }
        if let Some((ns, name)) = kind.scorm_type() {
            match resource.attribute((ns, name)) {
                Some("sco") if resource.attribute("href").is_none() => {
                    say(format!("SCO resource {id} has no href"));
                }
                Some("sco" | "asset") => {}
                other => say(format!(
                    "resource {id}: adlcp:{name} must be sco or asset (is {other:?})"
                )),
            }
        }
        let own_files: Vec<&str> = resource
            .children()
            .filter(|c| is(c, kind, "file"))
            .filter_map(|f| f.attribute("href"))
            .collect();
        for href in &own_files {
            check_href(href, files, &format!("a file of resource {id}"), &mut say);
            listed.insert((*href).to_owned());
        }
        if let Some(href) = resource.attribute("href") {
            check_href(href, files, &format!("the href of resource {id}"), &mut say);
            let path = href.split(['?', '#']).next().unwrap_or(href);
            if !own_files.contains(&path) {
                say(format!(
                    "resource {id}: its href {href} is not one of its file elements"
                ));
            }
        }
        for dependency in resource.children().filter(|c| is(c, kind, "dependency")) {
            match dependency.attribute("identifierref") {
                Some(target) if by_id.contains_key(target) => {
                    used.insert(target);
                }
                other => say(format!(
                    "resource {id} depends on {other:?}, which is not a resource"
                )),
            }
        }
    }

    // Organizations and items.
    let organizations = children.iter().find(|c| is(c, kind, "organizations"));
    let orgs: Vec<Node<'_, '_>> = organizations
        .map(|o| {
            o.children()
                .filter(|c| is(c, kind, "organization"))
                .collect()
        })
        .unwrap_or_default();
    let mut launchable = 0;
    match kind {
        Kind::Scorm12 | Kind::Scorm2004 => {
            let default = organizations.and_then(|o| o.attribute("default"));
            if !orgs
                .iter()
                .any(|o| o.attribute("identifier") == default && default.is_some())
            {
                say(format!(
                    "organizations/@default ({default:?}) does not name an organization"
                ));
            }
            for org in &orgs {
                let id = org.attribute("identifier").unwrap_or("?");
                if !org.children().any(|c| is(&c, kind, "title")) {
                    say(format!("organization {id} has no title"));
                }
                if !org.children().any(|c| is(&c, kind, "item")) {
                    say(format!("organization {id} has no items"));
                }
            }
        }
        Kind::Cartridge11 => {
            if orgs.len() != 1 {
                say(format!(
                    "a cartridge has exactly one organization (found {})",
                    orgs.len()
                ));
            }
            for org in &orgs {
                if org.attribute("structure") != Some("rooted-hierarchy") {
                    say("the organization must have structure=\"rooted-hierarchy\"".to_owned());
                }
                let roots: Vec<_> = org.children().filter(|c| is(c, kind, "item")).collect();
                if roots.len() != 1 {
                    say(format!(
                        "the organization must have one root item (found {})",
                        roots.len()
                    ));
                }
                for root_item in roots {
                    if root_item.attribute("identifierref").is_some()
                        || root_item.children().any(|c| is(&c, kind, "title"))
                    {
                        say("the root item must have no identifierref and no title".to_owned());
                    }
                }
            }
        }
    }
    for item in orgs
        .iter()
        .flat_map(|o| o.descendants())
        .filter(|n| is(n, kind, "item"))
    {
        let id = item.attribute("identifier").unwrap_or("?");
        let has_children = item.children().any(|c| is(&c, kind, "item"));
        match item.attribute("identifierref") {
            Some(target) => match by_id.get(target) {
                Some(resource) => {
                    used.insert(target);
                    launchable += 1;
                    if let Some((ns, name)) = kind.scorm_type()
                        && resource.attribute((ns, name)) != Some("sco")
                    {
                        say(format!("item {id} launches {target}, which is not a SCO"));
                    }
                }
                None => say(format!(
                    "item {id} refers to {target}, which is not a resource"
                )),
            },
            None if !has_children => {
                say(format!(
                    "item {id} neither launches a resource nor holds items"
                ));
            }
            None => {}
        }
        let is_cc_root = kind == Kind::Cartridge11
            && item.parent().is_some_and(|p| is(&p, kind, "organization"));
        if !is_cc_root && !item.children().any(|c| is(&c, kind, "title")) {
            say(format!("item {id} has no title"));
        }
    }
    for resource in &resources {
        if let Some(id) = resource.attribute("identifier")
            && !used.contains(id)
        {
            say(format!(
                "resource {id} is used by no item and no dependency"
            ));
        }
    }
    if launchable == 0 {
        say("no item launches anything".to_owned());
    }

    // Every file is listed.
    for path in files.keys().filter(|p| p.as_str() != MANIFEST) {
        if !listed.contains(path) {
            say(format!("{path} is in the zip but listed by no resource"));
        }
    }

    if problems.is_empty() {
        Ok(Summary {
            launchable_items: launchable,
            resources: resources.len(),
            files: files.len() - 1,
        })
    } else {
        Err(problems)
    }
}

/// Whether `node` is the element `name` of the package's content-packaging namespace.
fn is(node: &Node<'_, '_>, kind: Kind, name: &str) -> bool {
    node.is_element()
        && node.tag_name().name() == name
        && node.tag_name().namespace() == Some(kind.root_namespace())
}

fn check_namespaces(kind: Kind, root: Node<'_, '_>, say: &mut impl FnMut(String)) {
    const XSI: &str = scorm::XSI;
    const XML: &str = "http://www.w3.org/XML/1998/namespace";
    let allowed = kind.namespaces();
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for node in root.descendants().filter(Node::is_element) {
        match node.tag_name().namespace() {
            Some(ns) if allowed.contains(&ns) => {
                used.insert(ns);
            }
            other => say(format!(
                "element {} is in namespace {other:?}, which a {kind:?} manifest does not use",
                node.tag_name().name()
            )),
        }
        for attr in node.attributes() {
            match attr.namespace() {
                None => {}
                Some(ns) if allowed.contains(&ns) => {
                    used.insert(ns);
                }
                Some(ns) if ns == XSI || ns == XML => {}
                Some(ns) => say(format!(
                    "attribute {} is in namespace {ns}, which a {kind:?} manifest does not use",
                    attr.name()
                )),
            }
        }
    }
    let locations = root.attribute((XSI, "schemaLocation")).unwrap_or("");
    let words: Vec<&str> = locations.split_whitespace().collect();
    if !words.len().is_multiple_of(2) {
        say("xsi:schemaLocation must list namespace and schema pairs".to_owned());
    }
    let located: BTreeSet<&str> = words.chunks(2).map(|pair| pair[0]).collect();
    for ns in used {
        if !located.contains(ns) {
            say(format!("xsi:schemaLocation has no schema for {ns}"));
        }
    }
}

fn check_href(
    href: &str,
    files: &BTreeMap<String, Vec<u8>>,
    what: &str,
    say: &mut impl FnMut(String),
) {
    let path = href.split(['?', '#']).next().unwrap_or(href);
    let bad = path.is_empty()
        || path.starts_with('/')
        || path.contains('\\')
        || path.contains("://")
        || path
            .split('/')
            .any(|part| part == ".." || part == "." || part.is_empty());
    if bad {
        say(format!(
            "{what} ({href}) is not a relative path inside the package"
        ));
    } else if !files.contains_key(path) {
        say(format!("{what} ({href}) is not in the zip"));
    }
}
