//! A checked forest of ids with parent links, shared by the agency directory and the category tree.

use std::collections::HashMap;

use crate::error::{Error, Result};

/// FNV-1a, for maps keyed by short ids (agency ids, category ids, interned names): SipHash was a
/// visible share of replaying a log (every agency id an event names is looked up) and of
/// `analytics::evaluate_sla`. The keys come from the caller's own directory; a lookup with any
/// other text only ever compares against them.
#[derive(Default)]
pub(crate) struct Fnv(u64);

/// Builds [`Fnv`] hashers.
pub(crate) type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Parent links over entries `0..n`, checked for unknown parents, duplicate ids and cycles, with
/// an Euler tour so that "is A inside B's subtree" is two comparisons.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Hierarchy {
    index: HashMap<String, usize, FnvBuild>,
    parent: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    /// Position of each entry in a depth-first walk, and the last position inside its subtree.
    enter: Vec<u32>,
    exit: Vec<u32>,
    depth: Vec<u32>,
}

impl Hierarchy {
    /// Builds the forest from `(id, parent)` pairs, in input order.
    pub(crate) fn build<'a>(
        what: &'static str,
        entries: impl Iterator<Item = (&'a str, Option<&'a str>)> + Clone,
    ) -> Result<Self> {
        let mut index = HashMap::default();
        for (i, (id, _)) in entries.clone().enumerate() {
            if index.insert(id.to_string(), i).is_some() {
                return Err(Error::DuplicateId {
                    what,
                    id: id.to_string(),
                });
            }
        }
        let n = index.len();
        let mut parent = vec![None; n];
        let mut children = vec![Vec::new(); n];
        for (i, (id, p)) in entries.clone().enumerate() {
            if let Some(p) = p {
                let &pi = index.get(p).ok_or_else(|| Error::UnknownParent {
                    what,
                    id: id.to_string(),
                    parent: p.to_string(),
                })?;
                parent[i] = Some(pi);
                children[pi].push(i);
            }
        }
        let mut h = Hierarchy {
            index,
            parent,
            children,
            enter: vec![u32::MAX; n],
            exit: vec![0; n],
            depth: vec![0; n],
        };
        // Depth-first walk from the roots; anything not reached lies on a cycle.
        let mut clock = 0u32;
        let roots: Vec<usize> = (0..n).filter(|&i| h.parent[i].is_none()).collect();
        for root in roots {
            let mut stack = vec![(root, 0usize)];
            h.enter[root] = clock;
            clock += 1;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some(&child) = h.children[node].get(*next) {
                    *next += 1;
                    h.enter[child] = clock;
                    h.depth[child] = h.depth[node] + 1;
                    clock += 1;
                    stack.push((child, 0));
                } else {
                    h.exit[node] = clock - 1;
                    stack.pop();
                }
            }
        }
        if let Some(i) = (0..n).find(|&i| h.enter[i] == u32::MAX) {
            let id = entries.clone().nth(i).map(|(id, _)| id.to_string());
            return Err(Error::Cycle {
                what,
                id: id.unwrap_or_default(),
            });
        }
        Ok(h)
    }

    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub(crate) fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    pub(crate) fn depth(&self, i: usize) -> u32 {
        self.depth[i]
    }

    /// `i` is `ancestor` or lies below it.
    pub(crate) fn is_within(&self, i: usize, ancestor: usize) -> bool {
        self.enter[ancestor] <= self.enter[i] && self.enter[i] <= self.exit[ancestor]
    }

    /// The parent, the grandparent, … up to the root.
    pub(crate) fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.parent[i], move |&p| self.parent[p])
    }

    /// Everything below `i`, depth first, not `i` itself.
    pub(crate) fn descendants(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack: Vec<usize> = self.children[i].iter().rev().copied().collect();
        while let Some(n) = stack.pop() {
            out.push(n);
            stack.extend(self.children[n].iter().rev());
        }
        out
    }

    pub(crate) fn roots(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.parent.len()).filter(|&i| self.parent[i].is_none())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(pairs: &[(&'static str, Option<&'static str>)]) -> Result<Hierarchy> {
        Hierarchy::build("agency", pairs.iter().copied())
    }

    #[test]
    fn tree_queries() {
        let h = build(&[
            ("root", None),
            ("a", Some("root")),
            ("a1", Some("a")),
            ("b", Some("root")),
            ("a2", Some("a")),
        ])
        .unwrap();
        let [root, a, a1, b, a2] = [0, 1, 2, 3, 4];
        assert!(h.is_within(a1, a) && h.is_within(a2, root) && h.is_within(a, a));
        assert!(!h.is_within(b, a) && !h.is_within(a, a1));
        assert_eq!(h.ancestors(a1).collect::<Vec<_>>(), [a, root]);
        assert_eq!(h.descendants(a), [a1, a2]);
        assert_eq!(h.depth(a2), 2);
        assert_eq!(h.roots().collect::<Vec<_>>(), [root]);
    }

    #[test]
    fn errors() {
        assert_eq!(
            build(&[("x", None), ("x", None)]).unwrap_err().code(),
            "duplicate_id"
        );
        assert_eq!(
            build(&[("x", Some("nope"))]).unwrap_err().code(),
            "unknown_parent"
        );
        assert_eq!(
            build(&[("r", None), ("x", Some("y")), ("y", Some("x"))])
                .unwrap_err()
                .code(),
            "cycle"
        );
        assert_eq!(build(&[("x", Some("x"))]).unwrap_err().code(), "cycle");
    }
}
