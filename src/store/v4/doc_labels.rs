//! Version 4's document labels: the schema's document categories (project file) and a
//! document's values per category (annotation file and journal), each left out when empty.
//!
//! ```ron
//! document_categories: [
//!     (id: "genre", name: "Genre", choice: Single, values: [(id: "op-ed", name: "Op-ed", key: Some('o'))]),
//! ],
//! // in an annotation file:
//! labels: [(category: "genre", values: ["op-ed"], annotator: "huda", created: "…", modified: "…")],
//! ```

use serde::{Deserialize, Serialize};

use crate::model::{
    Category, CategoryId, CategoryValue, Choice, DocLabel, DocLabels, Stamp, ValueId,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Category", deny_unknown_fields)]
pub(in crate::store) struct CategoryV4 {
    pub id: String,
    pub name: String,
    pub choice: ChoiceV4,
    #[serde(default)]
    pub values: Vec<CategoryValueV4>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Choice")]
pub(in crate::store) enum ChoiceV4 {
    Single,
    Multiple,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "CategoryValue", deny_unknown_fields)]
pub(in crate::store) struct CategoryValueV4 {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub key: Option<char>,
}

/// A document's values in one category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "DocLabel", deny_unknown_fields)]
pub(in crate::store) struct DocLabelV4 {
    pub category: String,
    pub values: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub annotator: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub modified: String,
}

impl CategoryV4 {
    pub fn from_model(category: &Category) -> Self {
        let Category {
            id,
            name,
            choice,
            values,
        } = category;
        Self {
            id: id.0.clone(),
            name: name.clone(),
            choice: match choice {
                Choice::Single => ChoiceV4::Single,
                Choice::Multiple => ChoiceV4::Multiple,
            },
            values: values
                .iter()
                .map(|v| {
                    let CategoryValue { id, name, key } = v;
                    CategoryValueV4 {
                        id: id.0.clone(),
                        name: name.clone(),
                        key: *key,
                    }
                })
                .collect(),
        }
    }

    pub fn into_model(self) -> Category {
        let Self {
            id,
            name,
            choice,
            values,
        } = self;
        Category {
            id: CategoryId(id),
            name,
            choice: match choice {
                ChoiceV4::Single => Choice::Single,
                ChoiceV4::Multiple => Choice::Multiple,
            },
            values: values
                .into_iter()
                .map(|v| {
                    let CategoryValueV4 { id, name, key } = v;
                    CategoryValue {
                        id: ValueId(id),
                        name,
                        key,
                    }
                })
                .collect(),
        }
    }
}

/// A document's labels as the file writes them, by category.
pub(in crate::store) fn labels_to_file(labels: &DocLabels) -> Vec<DocLabelV4> {
    labels
        .iter()
        .map(|(category, label)| {
            let DocLabel { values, stamp } = label;
            let Stamp {
                annotator,
                created,
                modified,
            } = stamp.clone();
            DocLabelV4 {
                category: category.0.clone(),
                values: values.iter().map(|v| v.0.clone()).collect(),
                annotator,
                created,
                modified,
            }
        })
        .collect()
}

/// The labels of a file, values sorted and deduplicated; a category without values (a file
/// edited by hand) is left out, and a category given twice takes the values of both.
pub(in crate::store) fn labels_from_file(labels: Vec<DocLabelV4>) -> DocLabels {
    let mut out = DocLabels::new();
    for label in labels {
        let DocLabelV4 {
            category,
            values,
            annotator,
            created,
            modified,
        } = label;
        let entry = out.entry(CategoryId(category)).or_default();
        let mut merged = DocLabel::new(
            entry
                .values
                .drain(..)
                .chain(values.into_iter().map(ValueId)),
        );
        merged.stamp = Stamp {
            annotator,
            created,
            modified,
        };
        *entry = merged;
    }
    out.retain(|_, l| !l.values.is_empty());
    out
}
