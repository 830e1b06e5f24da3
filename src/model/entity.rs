//! Entities: the people, organisations, places and armed groups that mentions refer to. A span
//! links to at most one entity ([`crate::model::Span::entity`]), so every way an outlet writes a
//! name («قسد», «قوات سوريا الديمقراطية», «SDF») counts towards the same actor.

use super::LabelId;
use super::id::random_id;

random_id!(
    /// Stable identifier of an entity (random, like span IDs; see [`crate::model::id`]).
    EntityId
);

/// One entity of the project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub id: EntityId,
    /// The canonical name, as the analysts agree to write it.
    pub name: String,
    /// What kind of entity it is: a label of the schema (`PER`, `ORG`, `GPE`, `ARMED`, …).
    pub kind: LabelId,
    /// Other names it goes by, sorted and without duplicates or empty strings (see
    /// [`normalise_list`]), so that a file lists them in one order whoever added them.
    pub aliases: Vec<String>,
    pub note: String,
    /// An identifier in an outside reference (e.g. a Wikidata item), if known.
    pub external_id: Option<String>,
}

impl Entity {
    /// An entity without aliases, note or outside identifier.
    pub fn new(id: EntityId, name: impl Into<String>, kind: LabelId) -> Self {
        Self {
            id,
            name: name.into(),
            kind,
            aliases: Vec::new(),
            note: String::new(),
            external_id: None,
        }
    }

    /// Adds `alias` in its sorted place (nothing when it is there already or empty).
    pub fn add_alias(&mut self, alias: impl Into<String>) {
        let alias = alias.into();
        if alias.is_empty() {
            return;
        }
        if let Err(at) = self.aliases.binary_search(&alias) {
            self.aliases.insert(at, alias);
        }
    }

    /// The canonical name, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

/// Sorts `list` and drops duplicates and empty strings.
pub fn normalise_list(list: &mut Vec<String>) {
    list.retain(|s| !s.is_empty());
    list.sort_unstable();
    list.dedup();
}

/// Whether `list` is as [`normalise_list`] leaves it.
pub fn is_normalised_list(list: &[String]) -> bool {
    list.first().is_none_or(|s| !s.is_empty()) && list.windows(2).all(|w| w[0] < w[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_stay_sorted_and_unique() {
        let mut e = Entity::new(
            EntityId("e".into()),
            "قوات سوريا الديمقراطية",
            LabelId("ARMED".into()),
        );
        for alias in ["قسد", "SDF", "قسد", ""] {
            e.add_alias(alias);
        }
        assert_eq!(e.aliases, ["SDF", "قسد"]);
        assert!(is_normalised_list(&e.aliases));
        assert_eq!(e.names().count(), 3);
        let mut list = vec![
            "ب".to_owned(),
            String::new(),
            "أ".to_owned(),
            "ب".to_owned(),
        ];
        assert!(!is_normalised_list(&list));
        normalise_list(&mut list);
        assert_eq!(list, ["أ", "ب"]);
        assert!(is_normalised_list(&list) && is_normalised_list(&[]));
    }
}
