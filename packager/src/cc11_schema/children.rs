//! The children of an element against its content model: a sequence, or any order.

use roxmltree::{Document, Node};

use super::table::{CP, LOMM, LOMR, Particle};
use super::{at, element, name_of, qname};

/// The namespace a particle's element must be in: its own, or (LangString, Context,
/// IntendedEndUserRole, declared alike in both LOM profiles) its parent's.
fn particle_ns(particle: &Particle, parent_ns: &'static str) -> &'static str {
    if particle.ns.is_empty() {
        parent_ns
    } else {
        particle.ns
    }
}

fn matches(node: &Node<'_, '_>, particle: &Particle, parent_ns: &'static str) -> bool {
    node.tag_name().name() == particle.name
        && node.tag_name().namespace().unwrap_or("") == particle_ns(particle, parent_ns)
}

/// The parent's namespace as one of the schema's (so particles can borrow it).
fn static_ns(ns: &str) -> &'static str {
    [CP, LOMM, LOMR]
        .into_iter()
        .find(|s| *s == ns)
        .unwrap_or("")
}

fn expected(particles: &[&Particle], parent_ns: &'static str) -> String {
    particles
        .iter()
        .map(|p| qname(particle_ns(p, parent_ns), p.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An element's child elements, with what the check needs to judge them.
pub(super) struct Children<'d, 'a, 'i> {
    pub(super) doc: &'d Document<'i>,
    pub(super) parent: Node<'a, 'i>,
    pub(super) nodes: Vec<Node<'a, 'i>>,
}

impl Children<'_, '_, '_> {
    /// The parent's namespace, which particles declared without one take.
    fn parent_ns(&self) -> &'static str {
        static_ns(self.parent.tag_name().namespace().unwrap_or(""))
    }

    /// `xs:sequence`: the children are these particles, in this order.
    pub(super) fn sequence(&self, particles: &'static [Particle], problems: &mut Vec<String>) {
        let (doc, parent, children) = (self.doc, self.parent, &self.nodes);
        let parent_ns = self.parent_ns();
        let mut index = 0;
        let mut next = children.iter().peekable();
        // Particles still allowed at this point (for the "expected" list).
        while let Some(child) = next.peek().copied() {
            // The first particle from `index` that the child is, skipping only optional ones.
            let mut skipped_required = false;
            let mut found = None;
            for (i, particle) in particles.iter().enumerate().skip(index) {
                if matches(child, particle, parent_ns) {
                    found = Some((i, particle));
                    break;
                }
                skipped_required |= particle.min > 0;
            }
            let Some((i, particle)) = found.filter(|_| !skipped_required) else {
                let allowed = allowed_from(particles, index);
                let expected = if allowed.is_empty() {
                    String::new()
                } else {
                    format!(" Expected is ( {} ).", expected(&allowed, parent_ns))
                };
                problems.push(format!(
                    "{}: Element '{}': This element is not expected.{expected}",
                    at(doc, *child),
                    name_of(*child),
                ));
                return;
            };
            let mut count = 0;
            while let Some(c) = next.peek().copied()
                && matches(c, particle, parent_ns)
            {
                count += 1;
                if count > particle.max {
                    problems.push(format!(
                        "{}: Element '{}': This element is not expected (at most {} in {}).",
                        at(doc, *c),
                        name_of(*c),
                        particle.max,
                        name_of(parent)
                    ));
                } else {
                    element(doc, *c, particle.of, problems);
                }
                next.next();
            }
            index = i + 1;
        }
        let missing: Vec<&Particle> = particles.iter().skip(index).filter(|p| p.min > 0).collect();
        if !missing.is_empty() {
            problems.push(format!(
                "{}: Element '{}': Missing child element(s). Expected is ( {} ).",
                at(doc, parent),
                name_of(parent),
                expected(&missing, parent_ns)
            ));
        }
    }

    /// `xs:choice` without order: each child is one of these, each at most `max` times.
    pub(super) fn any_order(&self, particles: &'static [Particle], problems: &mut Vec<String>) {
        let (doc, parent, children) = (self.doc, self.parent, &self.nodes);
        let parent_ns = self.parent_ns();
        let mut counts = vec![0usize; particles.len()];
        for child in children {
            let found = particles
                .iter()
                .zip(counts.iter_mut())
                .find(|(p, _)| matches(child, p, parent_ns));
            match found {
                Some((particle, count)) => {
                    *count += 1;
                    if *count > particle.max {
                        problems.push(format!(
                            "{}: Element '{}': Invalid number of \"{}\" elements: at most {} in {}.",
                            at(doc, *child),
                            name_of(*child),
                            particle.name,
                            particle.max,
                            name_of(parent)
                        ));
                    } else {
                        element(doc, *child, particle.of, problems);
                    }
                }
                None => problems.push(format!(
                    "{}: Element '{}': This element is not expected. Expected is one of ( {} ).",
                    at(doc, *child),
                    name_of(*child),
                    expected(&particles.iter().collect::<Vec<_>>(), parent_ns)
                )),
            }
        }
    }
}

/// The particles that may come next from `index`: each up to and including the first
/// required one.
fn allowed_from(particles: &'static [Particle], index: usize) -> Vec<&'static Particle> {
    let mut out = Vec::new();
    for particle in particles.iter().skip(index) {
        out.push(particle);
        if particle.min > 0 {
            break;
        }
    }
    out
}
