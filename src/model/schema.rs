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
    /// Categories of labels that apply to a whole document (genre, dialect, …).
    #[serde(default)]
    pub document_categories: Vec<super::doc_labels::Category>,
    /// The kinds of relation between spans (see [`super::relation`]).
    #[serde(default)]
    pub relation_types: Vec<super::relation::RelationType>,
}

/// The labels of a claim's parts in the default schema: what is claimed, who claims it, and the
/// cue («قال»). They say what role words play in a claim, not what kind of thing they name, so
/// they are never the kind of an entity.
pub const CLAIM_LABEL: &str = "CLAIM";
pub const CLAIMANT_LABEL: &str = "CLAIMANT";
pub const CUE_LABEL: &str = "CUE";

/// The longest label name accepted, in chars: a name is read in menus and on chips.
pub const MAX_LABEL_NAME_CHARS: usize = 200;

/// Why a label name (or ID) is refused: it would be invisible, break a line or a file, or
/// reorder the text shown around it.
/// Said in the interface's language by `model::edit::said`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LabelNameProblem {
    Blank,
    Control(u32),
    DirectionControl(u32),
    TooLong(usize),
}

/// What is wrong with `name` as a label name, if anything.
pub fn label_name_problem(name: &str) -> Option<LabelNameProblem> {
    if name.trim().is_empty() {
        return Some(LabelNameProblem::Blank);
    }
    for c in name.chars() {
        if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
            return Some(LabelNameProblem::Control(u32::from(c)));
        }
        if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            return Some(LabelNameProblem::DirectionControl(u32::from(c)));
        }
    }
    let chars = name.chars().count();
    (chars > MAX_LABEL_NAME_CHARS).then_some(LabelNameProblem::TooLong(chars))
}

/// `name` as an error message shows it: escaped (`\n`, `\u{202e}`) and cut after 40 chars.
pub fn shown_label_name(name: &str) -> String {
    let mut shown: String = name.chars().take(40).collect();
    if name.chars().count() > 40 {
        shown.push('…');
    }
    format!("{shown:?}")
}

impl Schema {
    pub fn label(&self, id: &LabelId) -> Option<&Label> {
        self.labels.iter().find(|l| &l.id == id)
    }

    /// The document category `id`.
    pub fn category(
        &self,
        id: &super::doc_labels::CategoryId,
    ) -> Option<&super::doc_labels::Category> {
        self.document_categories.iter().find(|c| &c.id == id)
    }

    /// The relation type `id`.
    pub fn relation_type(
        &self,
        id: &super::relation::RelationTypeId,
    ) -> Option<&super::relation::RelationType> {
        self.relation_types.iter().find(|t| &t.id == id)
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

    #[test]
    fn label_names_that_would_hide_or_break() {
        assert_eq!(label_name_problem("Person"), None);
        assert_eq!(label_name_problem("شخص"), None);
        assert_eq!(label_name_problem(" \t "), Some(LabelNameProblem::Blank));
        assert_eq!(
            label_name_problem("a\nb"),
            Some(LabelNameProblem::Control(0x0A))
        );
        assert_eq!(
            label_name_problem("a\0"),
            Some(LabelNameProblem::Control(0))
        );
        assert_eq!(
            label_name_problem("\u{202E}PER"),
            Some(LabelNameProblem::DirectionControl(0x202E))
        );
        assert_eq!(
            label_name_problem(&"x".repeat(100_000)),
            Some(LabelNameProblem::TooLong(100_000))
        );
        assert_eq!(label_name_problem(&"x".repeat(200)), None);
        assert_eq!(shown_label_name("a\u{202E}b"), "\"a\\u{202e}b\"");
    }

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
            ..Schema::default()
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
