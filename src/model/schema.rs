//! The label schema: which kinds of span an analyst can mark, with their colours and keys.

use serde::{Deserialize, Serialize};

/// Stable label identifier written in span records (e.g. `PER`). Renaming a label changes its
/// `name`, never its ID.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LabelId(pub String);

/// An sRGB colour, written in RON as `(r, g, b)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    pub id: LabelId,
    pub name: String,
    pub colour: Rgb,
    /// Keyboard shortcut that applies the label to the selection.
    #[serde(default)]
    pub key: Option<char>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Schema {
    pub labels: Vec<Label>,
}

/// The labels of a claim's parts in the default schema: what is claimed, who claims it, and the
/// cue («قال»). They say what role words play in a claim, not what kind of thing they name, so
/// they are never the kind of an entity.
pub const CLAIM_LABEL: &str = "CLAIM";
pub const CLAIMANT_LABEL: &str = "CLAIMANT";
pub const CUE_LABEL: &str = "CUE";

impl Schema {
    pub fn label(&self, id: &LabelId) -> Option<&Label> {
        self.labels.iter().find(|l| &l.id == id)
    }

    /// Whether `id` marks a part of a claim rather than a kind of thing.
    pub fn is_claim_role(id: &LabelId) -> bool {
        [CLAIM_LABEL, CLAIMANT_LABEL, CUE_LABEL].contains(&id.0.as_str())
    }

    /// The kind of an entity made from a mention labelled `mention`. A label that names a kind
    /// of thing is the kind. A claim role is not: for a Claimant span the kind is the first of
    /// `alongside` (the labels of other spans over the same words, e.g. the ORG span over the
    /// ministry that also claims) that names a kind, else the schema's first label that does
    /// (Person in the default schema: most claimants quoted by name are people), which the
    /// analyst changes in the entity registry when it is wrong. The mention's own label only when
    /// the schema has nothing else.
    pub fn entity_kind<'a>(
        &self,
        mention: &LabelId,
        alongside: impl IntoIterator<Item = &'a LabelId>,
    ) -> LabelId {
        if !Self::is_claim_role(mention) {
            return mention.clone();
        }
        alongside
            .into_iter()
            .find(|l| !Self::is_claim_role(l) && self.label(l).is_some())
            .or_else(|| {
                self.labels
                    .iter()
                    .map(|l| &l.id)
                    .find(|l| !Self::is_claim_role(l))
            })
            .unwrap_or(mention)
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(ids: &[&str]) -> Schema {
        Schema {
            labels: ids
                .iter()
                .map(|id| Label {
                    id: LabelId((*id).into()),
                    name: (*id).into(),
                    colour: Rgb(0, 0, 0),
                    key: None,
                    description: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn an_entity_from_a_claim_role_span_gets_a_kind_of_thing() {
        let id = |s: &str| LabelId(s.into());
        let schema = schema(&["CLAIM", "PER", "ORG", "CLAIMANT", "CUE"]);
        assert_eq!(schema.entity_kind(&id("ORG"), []), id("ORG"));
        assert_eq!(schema.entity_kind(&id("CLAIMANT"), []), id("PER"));
        assert_eq!(
            schema.entity_kind(&id("CLAIMANT"), [&id("CLAIM"), &id("GONE"), &id("ORG")]),
            id("ORG"),
            "a span over the same words that names a kind of the schema"
        );
        assert_eq!(schema.entity_kind(&id("CUE"), []), id("PER"));
        let roles_only = self::schema(&["CLAIM", "CLAIMANT"]);
        assert_eq!(roles_only.entity_kind(&id("CLAIMANT"), []), id("CLAIMANT"));
    }
}
