//! The category tree reports are filed under (kesehatan → puskesmas → …).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{from_json, to_json, Result};
use crate::hierarchy::Hierarchy;

/// The id of a node in a [`CategoryTree`] (for example `"infrastruktur.jalan"`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CategoryId(pub String);

impl CategoryId {
    /// Wraps an id.
    pub fn new(id: impl Into<String>) -> Self {
        CategoryId(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CategoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for CategoryId {
    fn from(id: &str) -> Self {
        CategoryId(id.to_string())
    }
}

/// One node of the category tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Unique id.
    pub id: CategoryId,
    /// The node above (`None` for a top-level category).
    #[serde(default)]
    pub parent: Option<CategoryId>,
    /// Display name.
    pub name: String,
}

/// A checked tree of report categories, loaded from a JSON array of [`Category`].
///
/// ```
/// use lapor_core::{CategoryId, CategoryTree};
/// let tree = CategoryTree::from_json(r#"[
///   {"id": "kesehatan", "name": "Kesehatan"},
///   {"id": "kesehatan.bpjs", "parent": "kesehatan", "name": "BPJS Kesehatan"}
/// ]"#)?;
/// assert_eq!(tree.path(&"kesehatan.bpjs".into()).unwrap(), ["Kesehatan", "BPJS Kesehatan"]);
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CategoryTree {
    nodes: Vec<Category>,
    tree: Hierarchy,
}

impl CategoryTree {
    /// Builds and checks a tree (unknown parents, duplicate ids and cycles are errors).
    pub fn new(nodes: Vec<Category>) -> Result<Self> {
        let tree = Hierarchy::build(
            "category",
            nodes
                .iter()
                .map(|c| (c.id.as_str(), c.parent.as_ref().map(CategoryId::as_str))),
        )?;
        Ok(CategoryTree { nodes, tree })
    }

    /// Reads a JSON array of categories.
    pub fn from_json(json: &str) -> Result<Self> {
        Self::new(from_json("category tree", json)?)
    }

    /// Writes the tree as a JSON array.
    pub fn to_json(&self) -> String {
        to_json(&self.nodes)
    }

    /// The category with this id.
    pub fn get(&self, id: &CategoryId) -> Option<&Category> {
        self.tree.get(id.as_str()).map(|i| &self.nodes[i])
    }

    /// The names from the top-level category down to this one.
    pub fn path(&self, id: &CategoryId) -> Option<Vec<&str>> {
        let i = self.tree.get(id.as_str())?;
        let mut names: Vec<&str> = std::iter::once(i)
            .chain(self.tree.ancestors(i))
            .map(|n| self.nodes[n].name.as_str())
            .collect();
        names.reverse();
        Some(names)
    }

    /// Whether `id` is `ancestor` or lies below it (`false` if either is unknown).
    pub fn is_within(&self, id: &CategoryId, ancestor: &CategoryId) -> bool {
        match (self.tree.get(id.as_str()), self.tree.get(ancestor.as_str())) {
            (Some(i), Some(a)) => self.tree.is_within(i, a),
            _ => false,
        }
    }

    /// The top-level category above `id` (itself if it is top level).
    pub fn top_level(&self, id: &CategoryId) -> Option<&Category> {
        let i = self.tree.get(id.as_str())?;
        let top = self.tree.ancestors(i).last().unwrap_or(i);
        Some(&self.nodes[top])
    }

    /// Every node, in load order.
    pub fn iter(&self) -> impl Iterator<Item = &Category> {
        self.nodes.iter()
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the tree is empty.
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree() {
        let t = CategoryTree::from_json(
            r#"[{"id":"a","name":"A"},{"id":"a.b","parent":"a","name":"B"},{"id":"c","name":"C"}]"#,
        )
        .unwrap();
        assert!(t.is_within(&"a.b".into(), &"a".into()));
        assert!(!t.is_within(&"c".into(), &"a".into()));
        assert!(!t.is_within(&"zz".into(), &"a".into()));
        assert_eq!(t.top_level(&"a.b".into()).unwrap().name, "A");
        assert_eq!(t.top_level(&"c".into()).unwrap().name, "C");
        assert_eq!(CategoryTree::from_json(&t.to_json()).unwrap(), t);
        let err = CategoryTree::from_json(r#"[{"id":"a","name":"A","parent":"q"}]"#).unwrap_err();
        assert_eq!(err.code(), "unknown_parent");
    }
}
