//! The shape of the credential hierarchy, built once from `Library.credential_types`.

use crate::text_map::TextMap;

use ler_content::model::CredentialType;

use super::set;

/// One credential type in the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Node {
    /// The type's id.
    pub id: String,
    /// Display name.
    pub label: String,
    /// Other names a searcher might type.
    pub synonyms: Vec<String>,
    /// Parent node, `None` for a root.
    pub parent: Option<usize>,
    /// Child nodes, in content order.
    pub children: Vec<usize>,
    /// Distance from the root (roots are 0).
    pub depth: usize,
    /// Index of the type in the list the hierarchy was built from.
    pub source: usize,
}

/// The shape of the credential hierarchy.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Hierarchy {
    nodes: Vec<Node>,
    roots: Vec<usize>,
    by_id: TextMap<usize>,
}

impl Hierarchy {
    /// Builds the tree. Types whose `parent` is missing or unknown are roots. Content is
    /// checked by the compiler, but a hand-edited file must not break the widget: a repeated
    /// id keeps its first type, and a type whose parents loop back to it becomes a root.
    pub(crate) fn new(types: &[CredentialType]) -> Self {
        let mut nodes: Vec<Node> = Vec::with_capacity(types.len());
        let mut by_id = TextMap::new();
        for (source, ty) in types.iter().enumerate() {
            if by_id.contains_key(&ty.id) {
                continue;
            }
            by_id.insert(ty.id.clone(), nodes.len());
            nodes.push(Node {
                id: ty.id.clone(),
                label: ty.label.clone(),
                synonyms: ty.synonyms.clone(),
                parent: None,
                children: Vec::new(),
                depth: 0,
                source,
            });
        }
        let mut parents: Vec<Option<usize>> = nodes
            .iter()
            .map(|n| {
                let own = types.get(n.source).and_then(|t| t.parent.as_deref());
                own.and_then(|p| by_id.get(p).copied())
            })
            .collect();
        for (i, parent) in parents.iter_mut().enumerate() {
            if *parent == Some(i) {
                *parent = None;
            }
        }
        // Break cycles: a node whose chain of parents comes back to it becomes a root.
        for i in 0..parents.len() {
            let mut at = parents.get(i).copied().flatten();
            for _ in 0..parents.len() {
                match at {
                    Some(p) if p == i => {
                        set(&mut parents, i, None);
                        break;
                    }
                    Some(p) => at = parents.get(p).copied().flatten(),
                    None => break,
                }
            }
        }
        let mut roots = Vec::new();
        for (i, parent) in parents.iter().enumerate() {
            if let Some(node) = nodes.get_mut(i) {
                node.parent = *parent;
            }
            match parent.and_then(|p| nodes.get_mut(p)) {
                Some(p) => p.children.push(i),
                None => roots.push(i),
            }
        }
        let mut stack: Vec<(usize, usize)> = roots.iter().map(|&r| (r, 0)).collect();
        while let Some((i, depth)) = stack.pop() {
            if let Some(node) = nodes.get_mut(i) {
                node.depth = depth;
                stack.extend(node.children.iter().map(|&c| (c, depth + 1)));
            }
        }
        Self {
            nodes,
            roots,
            by_id,
        }
    }

    /// Number of types.
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether there are no types.
    pub(crate) fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// A node by index.
    pub(crate) fn node(&self, i: usize) -> Option<&Node> {
        self.nodes.get(i)
    }

    /// Every node, in content order.
    pub(crate) fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The roots, in content order.
    pub(crate) fn roots(&self) -> &[usize] {
        &self.roots
    }

    /// The node of a type id.
    pub(crate) fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// The ancestors of `i`, nearest first.
    pub(crate) fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.node(i).and_then(|n| n.parent), move |&p| {
            self.node(p).and_then(|n| n.parent)
        })
    }

    /// Whether `ancestor` is a proper ancestor of `i`.
    pub(crate) fn is_ancestor(&self, ancestor: usize, i: usize) -> bool {
        self.ancestors(i).any(|a| a == ancestor)
    }

    /// Every node in depth-first order (the order of the fully expanded tree).
    pub(crate) fn preorder(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.nodes.len());
        let mut stack: Vec<usize> = self.roots.iter().rev().copied().collect();
        while let Some(i) = stack.pop() {
            out.push(i);
            if let Some(n) = self.node(i) {
                stack.extend(n.children.iter().rev());
            }
        }
        out
    }

    pub(super) fn children(&self, i: usize) -> &[usize] {
        self.node(i).map(|n| n.children.as_slice()).unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use super::*;
    use crate::explorer::tree::fixtures::*;

    #[test]
    fn builds_roots_children_and_depths_in_content_order() {
        let s = state(false);
        let t = &s.tree;
        assert_eq!(ids(&s, t.roots()), ["credential", "qa"]);
        let degree = t.node(ix(&s, "degree")).unwrap();
        assert_eq!(ids(&s, &degree.children), ["associate", "bachelor"]);
        assert_eq!(s.level(ix(&s, "aa")), 4);
        assert_eq!(s.level(ix(&s, "credential")), 1);
    }

    #[test]
    fn unknown_parents_cycles_and_repeated_ids_do_not_break_the_tree() {
        let mut list = types();
        list.push(ty("orphan", "Orphan", Some("no-such-type"), &[]));
        list.push(ty("loop-a", "Loop A", Some("loop-b"), &[]));
        list.push(ty("loop-b", "Loop B", Some("loop-a"), &[]));
        list.push(ty("self", "Self", Some("self"), &[]));
        list.push(ty("badge", "Badge again", None, &[]));
        let t = Hierarchy::new(&list);
        let root_ids: Vec<&str> = t
            .roots()
            .iter()
            .map(|&r| t.node(r).unwrap().id.as_str())
            .collect();
        assert_eq!(root_ids, ["credential", "qa", "orphan", "loop-a", "self"]);
        assert_eq!(t.len(), 15);
        assert_eq!(
            t.preorder().len(),
            15,
            "every node is reachable exactly once"
        );
        assert_eq!(t.node(t.index_of("badge").unwrap()).unwrap().label, "Badge");
    }
}
