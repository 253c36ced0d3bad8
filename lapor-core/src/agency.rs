//! The agency directory: who handles reports, as a tree from the national level down to villages.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::category::{CategoryId, CategoryTree};
use crate::error::{from_json, to_json, Error, Result};
use crate::hierarchy::Hierarchy;
use crate::region::{RegionCode, TimeZone};

/// The id of an agency or unit in a directory (for example `"pemkot-bontang"`).
///
/// The text is shared: cloning an id copies a pointer, and a replayed log's events and cases
/// hold the directory's own copy of each id (see [`AgencyDirectory::canonical`]), so a million
/// cases naming the same few thousand agencies hold those names once. (In the browser build,
/// `wasm32`, the text is a plain `String`: a page holds one case, and sharing would cost 1.8 KB
/// of the module. Ids behave the same either way.)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct AgencyId(IdText);

/// Read straight from the borrowed text where the format allows (one allocation, not a `String`
/// then its shared copy: a log names an agency in most of its events).
impl<'de> Deserialize<'de> for AgencyId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Text;
        impl serde::de::Visitor<'_> for Text {
            type Value = AgencyId;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an agency id")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> std::result::Result<AgencyId, E> {
                Ok(AgencyId::from(s))
            }
        }
        d.deserialize_str(Text)
    }
}

#[cfg(not(target_arch = "wasm32"))]
type IdText = std::sync::Arc<str>;
#[cfg(target_arch = "wasm32")]
type IdText = String;

impl AgencyId {
    /// Wraps an id: a `&str` or a `String` (also an `Arc<str>`, outside `wasm32`).
    pub fn new(id: impl Into<IdText>) -> Self {
        AgencyId(id.into())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether two ids share their text (the same allocation, as after
    /// [`AgencyDirectory::canonical`]): a cheap test that implies equality, not the converse.
    pub fn same_text(&self, other: &AgencyId) -> bool {
        self.text_address() == other.text_address()
    }

    /// The address of the text (a cache key: see `analytics`'s interner).
    pub(crate) fn text_address(&self) -> usize {
        self.0.as_ptr() as usize
    }
}

impl fmt::Display for AgencyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for AgencyId {
    fn from(id: &str) -> Self {
        AgencyId(id.into())
    }
}

impl From<String> for AgencyId {
    fn from(id: String) -> Self {
        AgencyId(id.into())
    }
}

/// Where an agency sits in SP4N-LAPOR!'s organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyLevel {
    /// The national manager and supervisors (KemenPANRB, Ombudsman, KSP).
    National,
    /// A ministry or national agency (K/L).
    Ministry,
    /// A provincial government.
    Province,
    /// A kabupaten or kota government.
    Regency,
    /// An OPD / dinas of a regional government.
    Opd,
    /// A technical unit (UPT, puskesmas, school) or any sub-unit.
    Unit,
    /// A kecamatan office.
    District,
    /// A kelurahan or desa office.
    Village,
    /// A state-owned enterprise (BUMN).
    Bumn,
    /// A region-owned enterprise (BUMD, such as a PDAM).
    Bumd,
    /// A state university.
    University,
}

/// One agency or unit. Unknown fields are errors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// Unique id within the directory.
    pub id: AgencyId,
    /// Official name.
    pub name: String,
    /// Its level.
    pub level: AgencyLevel,
    /// The agency above it (`None` for a root).
    #[serde(default)]
    pub parent: Option<AgencyId>,
    /// The regions it serves (empty: national scope, or inherited from the parent).
    #[serde(default)]
    pub regions: Vec<RegionCode>,
    /// The report categories it handles (empty: any).
    #[serde(default)]
    pub categories: Vec<CategoryId>,
    /// Its own days off beyond the national calendar (a regional decree, a local closure),
    /// inherited by its units: see [`LocalCalendars`](crate::LocalCalendars).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days_off: Vec<crate::DayOff>,
}

/// A checked tree of agencies, loaded from JSON (an array of [`Agency`]).
///
/// Unknown parents, duplicate ids and cycles are errors at load time, so every lookup on a
/// directory is total.
///
/// ```
/// use lapor_core::{AgencyDirectory, AgencyId};
/// let dir = AgencyDirectory::from_json(r#"[
///   {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
///   {"id": "pemkot-bontang", "name": "Pemerintah Kota Bontang", "level": "regency",
///    "parent": "kemenpanrb", "regions": ["64.74"]},
///   {"id": "dinkes-bontang", "name": "Dinas Kesehatan Kota Bontang", "level": "opd",
///    "parent": "pemkot-bontang"}
/// ]"#)?;
/// let dinkes = AgencyId::new("dinkes-bontang");
/// assert!(dir.is_within(&dinkes, &"kemenpanrb".into())?);
/// assert_eq!(dir.time_zone(&dinkes)?, lapor_core::TimeZone::Wita);
/// # Ok::<(), lapor_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgencyDirectory {
    agencies: Vec<Agency>,
    tree: Hierarchy,
}

impl AgencyDirectory {
    /// Builds and checks a directory from a list of agencies.
    pub fn new(agencies: Vec<Agency>) -> Result<Self> {
        let tree = Hierarchy::build(
            "agency",
            agencies
                .iter()
                .map(|a| (a.id.as_str(), a.parent.as_ref().map(AgencyId::as_str))),
        )?;
        Ok(AgencyDirectory { agencies, tree })
    }

    /// Reads a JSON array of agencies.
    pub fn from_json(json: &str) -> Result<Self> {
        Self::new(from_json("agency directory", json)?)
    }

    /// Writes the directory as a JSON array, in load order.
    pub fn to_json(&self) -> String {
        to_json(&self.agencies)
    }

    fn index(&self, id: &AgencyId) -> Result<usize> {
        self.tree
            .get(id.as_str())
            .ok_or_else(|| Error::UnknownAgency { id: id.to_string() })
    }

    /// The agency with this id.
    pub fn get(&self, id: &AgencyId) -> Result<&Agency> {
        Ok(&self.agencies[self.index(id)?])
    }

    /// Makes `id` share the directory's copy of its text when the directory holds it (and
    /// leaves it as it is otherwise). Replay does this for every id an event names, so the
    /// cases of a log hold each agency's name once, however many events name it.
    ///
    /// ```
    /// use lapor_core::{synthetic, AgencyId};
    /// let dir = synthetic::directory();
    /// let (mut a, mut b) = (AgencyId::new("pemprov-64"), AgencyId::new("pemprov-64"));
    /// assert!(!a.same_text(&b));
    /// dir.canonical(&mut a);
    /// dir.canonical(&mut b);
    /// assert!(a.same_text(&b));
    /// ```
    pub fn canonical(&self, id: &mut AgencyId) {
        if let Some(i) = self.tree.get(id.as_str()) {
            *id = self.agencies[i].id.clone();
        }
    }

    /// Whether the directory holds this id.
    pub fn contains(&self, id: &AgencyId) -> bool {
        self.tree.get(id.as_str()).is_some()
    }

    /// Whether any agency of the directory has its own days off.
    pub fn has_days_off(&self) -> bool {
        self.agencies.iter().any(|a| !a.days_off.is_empty())
    }

    /// The agency itself, then its parent, grandparent, … up to the root.
    pub fn lineage(&self, id: &AgencyId) -> Result<Vec<&Agency>> {
        let i = self.index(id)?;
        Ok(std::iter::once(i)
            .chain(self.tree.ancestors(i))
            .map(|a| &self.agencies[a])
            .collect())
    }

    /// The parent, grandparent, … up to the root, nearest first.
    pub fn ancestors(&self, id: &AgencyId) -> Result<Vec<&Agency>> {
        let i = self.index(id)?;
        Ok(self.tree.ancestors(i).map(|a| &self.agencies[a]).collect())
    }

    /// The agencies directly below this one.
    pub fn children(&self, id: &AgencyId) -> Result<Vec<&Agency>> {
        let i = self.index(id)?;
        Ok(self
            .tree
            .children(i)
            .iter()
            .map(|&c| &self.agencies[c])
            .collect())
    }

    /// Everything below this agency, depth first (not the agency itself).
    pub fn descendants(&self, id: &AgencyId) -> Result<Vec<&Agency>> {
        let i = self.index(id)?;
        Ok(self
            .tree
            .descendants(i)
            .into_iter()
            .map(|d| &self.agencies[d])
            .collect())
    }

    /// Whether `id` is `ancestor` or lies in its subtree. Constant time.
    pub fn is_within(&self, id: &AgencyId, ancestor: &AgencyId) -> Result<bool> {
        Ok(self.tree.is_within(self.index(id)?, self.index(ancestor)?))
    }

    /// How many levels below its root the agency sits (a root is 0).
    pub fn depth(&self, id: &AgencyId) -> Result<u32> {
        Ok(self.tree.depth(self.index(id)?))
    }

    /// The regions an agency serves: its own, or else the nearest ancestor's.
    pub fn regions(&self, id: &AgencyId) -> Result<&[RegionCode]> {
        let i = self.index(id)?;
        Ok(std::iter::once(i)
            .chain(self.tree.ancestors(i))
            .map(|a| self.agencies[a].regions.as_slice())
            .find(|r| !r.is_empty())
            .unwrap_or(&[]))
    }

    /// The time zone deadlines are counted in for this agency: the zone of the first region it
    /// (or its nearest ancestor with regions) serves; WIB, the capital's zone, for national
    /// agencies without regions.
    pub fn time_zone(&self, id: &AgencyId) -> Result<TimeZone> {
        Ok(self
            .regions(id)?
            .first()
            .map_or(TimeZone::Wib, RegionCode::time_zone))
    }

    /// The root agencies, in load order.
    pub fn roots(&self) -> impl Iterator<Item = &Agency> {
        self.tree.roots().map(|r| &self.agencies[r])
    }

    /// Every agency, in load order.
    pub fn iter(&self) -> impl Iterator<Item = &Agency> {
        self.agencies.iter()
    }

    /// Routing candidates for a report about `region` in `category`, best first.
    ///
    /// An agency is a candidate when the regions it serves (its own or, if it has none, its
    /// nearest ancestor's; none at all means national scope) contain `region`, and the
    /// categories it handles (none means any) include `category` or a category above it in
    /// `tree`. Candidates that handle the category explicitly come first, then the deeper (more
    /// specific) ones, then directory order. This is a suggestion for the admin who routes the
    /// report ("no wrong door"), not a decision.
    pub fn route(
        &self,
        region: &RegionCode,
        category: Option<&CategoryId>,
        tree: &CategoryTree,
    ) -> Vec<&Agency> {
        let mut found: Vec<(bool, u32, usize)> = Vec::new();
        for (i, agency) in self.agencies.iter().enumerate() {
            let regions = std::iter::once(i)
                .chain(self.tree.ancestors(i))
                .map(|a| self.agencies[a].regions.as_slice())
                .find(|r| !r.is_empty())
                .unwrap_or(&[]);
            if !regions.is_empty() && !regions.iter().any(|r| region.is_within(r)) {
                continue;
            }
            let explicit = match category {
                Some(c) => agency
                    .categories
                    .iter()
                    .any(|h| tree.is_within(c, h) || h == c),
                None => false,
            };
            if !agency.categories.is_empty() && !explicit {
                continue;
            }
            found.push((explicit, self.tree.depth(i), i));
        }
        found.sort_by_key(|&(explicit, depth, i)| {
            (std::cmp::Reverse(explicit), std::cmp::Reverse(depth), i)
        });
        found
            .into_iter()
            .map(|(_, _, i)| &self.agencies[i])
            .collect()
    }

    /// Number of agencies.
    pub fn len(&self) -> usize {
        self.agencies.len()
    }

    /// Whether the directory is empty.
    pub fn is_empty(&self) -> bool {
        self.agencies.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIR: &str = r#"[
      {"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
      {"id": "pemprov-kaltim", "name": "Pemprov Kalimantan Timur", "level": "province",
       "parent": "kemenpanrb", "regions": ["64"]},
      {"id": "pemkot-bontang", "name": "Pemkot Bontang", "level": "regency",
       "parent": "pemprov-kaltim", "regions": ["64.74"]},
      {"id": "dinkes-bontang", "name": "Dinkes Bontang", "level": "opd",
       "parent": "pemkot-bontang", "categories": ["kesehatan"]},
      {"id": "pkm-bontang-utara", "name": "Puskesmas Bontang Utara", "level": "unit",
       "parent": "dinkes-bontang", "regions": ["64.74.03"]},
      {"id": "pln", "name": "PT PLN (Persero)", "level": "bumn", "parent": "kemenpanrb"}
    ]"#;

    fn id(s: &str) -> AgencyId {
        AgencyId::new(s)
    }

    #[test]
    fn lookups() {
        let dir = AgencyDirectory::from_json(DIR).unwrap();
        assert_eq!(dir.len(), 6);
        let names: Vec<_> = dir
            .ancestors(&id("pkm-bontang-utara"))
            .unwrap()
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "dinkes-bontang",
                "pemkot-bontang",
                "pemprov-kaltim",
                "kemenpanrb"
            ]
        );
        assert!(dir
            .is_within(&id("pkm-bontang-utara"), &id("pemkot-bontang"))
            .unwrap());
        assert!(!dir.is_within(&id("pln"), &id("pemkot-bontang")).unwrap());
        assert_eq!(dir.descendants(&id("pemkot-bontang")).unwrap().len(), 2);
        assert_eq!(dir.children(&id("kemenpanrb")).unwrap().len(), 2);
        assert_eq!(
            dir.time_zone(&id("dinkes-bontang")).unwrap(),
            TimeZone::Wita
        );
        assert_eq!(dir.time_zone(&id("pln")).unwrap(), TimeZone::Wib);
        assert_eq!(dir.depth(&id("pkm-bontang-utara")).unwrap(), 4);
        assert_eq!(
            dir.get(&id("nope")).unwrap_err(),
            Error::UnknownAgency { id: "nope".into() }
        );
        let round = AgencyDirectory::from_json(&dir.to_json()).unwrap();
        assert_eq!(round, dir);
    }

    #[test]
    fn routing_prefers_explicit_categories_then_depth() {
        let dir = AgencyDirectory::from_json(DIR).unwrap();
        let tree = CategoryTree::from_json(
            r#"[{"id":"kesehatan","name":"Kesehatan"},
                {"id":"kesehatan.puskesmas","parent":"kesehatan","name":"Puskesmas"},
                {"id":"jalan","name":"Jalan"}]"#,
        )
        .unwrap();
        let ids = |region: &str, cat: Option<&str>| -> Vec<String> {
            let region = RegionCode::parse(region).unwrap();
            let cat = cat.map(CategoryId::from);
            dir.route(&region, cat.as_ref(), &tree)
                .iter()
                .map(|a| a.id.to_string())
                .collect()
        };
        // Dinkes handles "kesehatan", so also "kesehatan.puskesmas"; the puskesmas handles
        // any category but only in its district.
        assert_eq!(
            ids("64.74.03.1002", Some("kesehatan.puskesmas")),
            [
                "dinkes-bontang",
                "pkm-bontang-utara",
                "pemkot-bontang",
                "pemprov-kaltim",
                "pln",
                "kemenpanrb"
            ]
        );
        assert_eq!(
            ids("64.74.01", Some("jalan")),
            ["pemkot-bontang", "pemprov-kaltim", "pln", "kemenpanrb"]
        );
        assert_eq!(ids("11.01", None), ["pln", "kemenpanrb"]);
    }

    #[test]
    fn load_errors() {
        let err =
            AgencyDirectory::from_json(r#"[{"id":"a","name":"A","level":"opd","parent":"b"}]"#)
                .unwrap_err();
        assert_eq!(err.code(), "unknown_parent");
        let err = AgencyDirectory::from_json(
            r#"[{"id":"a","name":"A","level":"opd"},{"id":"a","name":"A","level":"opd"}]"#,
        )
        .unwrap_err();
        assert_eq!(err.code(), "duplicate_id");
        let err = AgencyDirectory::from_json(
            r#"[{"id":"a","name":"A","level":"opd","parent":"b"},{"id":"b","name":"B","level":"opd","parent":"a"}]"#,
        )
        .unwrap_err();
        assert_eq!(err.code(), "cycle");
        let err =
            AgencyDirectory::from_json(r#"[{"id":"a","name":"A","level":"kingdom"}]"#).unwrap_err();
        match err {
            Error::Json { path, .. } => assert_eq!(path, "[0].level"),
            other => panic!("{other:?}"),
        }
        let err = AgencyDirectory::from_json(
            r#"[{"id":"a","name":"A","level":"opd","regions":["64.7x"]}]"#,
        )
        .unwrap_err();
        match err {
            Error::Json { path, message, .. } => {
                assert_eq!(path, "[0].regions[0]");
                // The message says what is wrong, never the value given.
                assert!(!message.contains("64.7x"), "{message}");
                assert!(message.contains("position"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }
}
