//! Labels that apply to a whole article: the schema's document categories (genre, dialect,
//! relevance, and the analysts' own), each of single or multiple choice, and a document's values
//! in them.
//!
//! A document's labels are kept with its spans and claims ([`crate::model::Annotations`]), so
//! they are saved in its annotation file, stamped like spans and merged record by record (one
//! record per category). Values are kept sorted by ID and never empty: a document without a
//! value in a category has no entry for it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::{Deserialize, Serialize};

use super::Stamp;
use super::schema::{LabelNameProblem, label_name_problem};

mod edits;

pub(crate) use edits::{apply_category, apply_doc_label, check_category, check_doc_label};
pub use edits::{remove_category_with_uses, remove_value_with_uses};

/// Stable category identifier (`genre`). Renaming a category changes its `name`, never its ID.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CategoryId(pub String);

/// Stable value identifier within its category (`op-ed`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ValueId(pub String);

impl fmt::Display for CategoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for ValueId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether a document takes one value of a category or any number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Choice {
    #[default]
    Single,
    Multiple,
}

/// One value of a category. Its key, pressed after the document-label prefix, sets it; keys are
/// unique across all categories, so one key says both which category and which value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryValue {
    pub id: ValueId,
    pub name: String,
    #[serde(default)]
    pub key: Option<char>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub id: CategoryId,
    pub name: String,
    pub choice: Choice,
    pub values: Vec<CategoryValue>,
}

impl Category {
    pub fn value(&self, id: &ValueId) -> Option<&CategoryValue> {
        self.values.iter().find(|v| &v.id == id)
    }
}

/// A document's value(s) in one category: sorted by ID, without duplicates, never empty; at most
/// one for a single-choice category.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocLabel {
    pub values: Vec<ValueId>,
    pub stamp: Stamp,
}

impl DocLabel {
    /// The label of these values (sorted and deduplicated), not stamped yet.
    pub fn new(values: impl IntoIterator<Item = ValueId>) -> Self {
        let values: BTreeSet<ValueId> = values.into_iter().collect();
        Self {
            values: values.into_iter().collect(),
            stamp: Stamp::default(),
        }
    }

    pub fn has(&self, value: &ValueId) -> bool {
        self.values.binary_search(value).is_ok()
    }
}

/// A document's labels by category.
pub type DocLabels = BTreeMap<CategoryId, DocLabel>;

/// Why a category (or its values) cannot be saved as it is.
/// Said in the interface's language by `model::edit::said`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CategoryProblem {
    EmptyId,
    BadName {
        name: String,
        problem: LabelNameProblem,
    },
    EmptyValueId {
        category: CategoryId,
    },
    DuplicateValue {
        category: CategoryId,
        value: ValueId,
    },
    KeyTaken {
        key: char,
        taken: String,
    },
    BadKey {
        key: char,
    },
}

/// What is wrong with `category` among `others` (the other categories of the schema), if
/// anything: empty IDs, names that would hide or break, a value twice, a key used twice.
pub fn category_problem(category: &Category, others: &[Category]) -> Option<CategoryProblem> {
    if category.id.0.is_empty() {
        return Some(CategoryProblem::EmptyId);
    }
    let names = std::iter::once(&category.name).chain(category.values.iter().map(|v| &v.name));
    if let Some((name, problem)) = names
        .chain(std::iter::once(&category.id.0))
        .find_map(|n| Some((n, label_name_problem(n)?)))
    {
        return Some(CategoryProblem::BadName {
            name: name.clone(),
            problem,
        });
    }
    let mut seen = BTreeSet::new();
    let mut keys: BTreeMap<char, String> = others
        .iter()
        .filter(|c| c.id != category.id)
        .flat_map(|c| {
            c.values
                .iter()
                .filter_map(move |v| Some((v.key?, format!("{} / {}", c.name, v.name))))
        })
        .collect();
    for value in &category.values {
        if value.id.0.is_empty() {
            return Some(CategoryProblem::EmptyValueId {
                category: category.id.clone(),
            });
        }
        if !seen.insert(&value.id) {
            return Some(CategoryProblem::DuplicateValue {
                category: category.id.clone(),
                value: value.id.clone(),
            });
        }
        if let Some(key) = value.key {
            if key.is_whitespace() || key.is_control() {
                return Some(CategoryProblem::BadKey { key });
            }
            if let Some(taken) = keys.insert(key, format!("{} / {}", category.name, value.name)) {
                return Some(CategoryProblem::KeyTaken { key, taken });
            }
        }
    }
    None
}

/// The category and value whose key is `key`.
pub fn value_for_key(categories: &[Category], key: char) -> Option<(&Category, &CategoryValue)> {
    categories
        .iter()
        .find_map(|c| c.values.iter().find(|v| v.key == Some(key)).map(|v| (c, v)))
}

/// `current` (a document's label in `category`) with `value` switched: a single-choice category
/// takes the value, or loses it when it had it; a multiple-choice one adds or removes it. `None`
/// when no value is left.
pub fn toggled(
    category: &Category,
    current: Option<&DocLabel>,
    value: &ValueId,
) -> Option<DocLabel> {
    let mut values: Vec<ValueId> = current.map(|l| l.values.clone()).unwrap_or_default();
    if let Some(at) = values.iter().position(|v| v == value) {
        values.remove(at);
    } else if category.choice == Choice::Single {
        values = vec![value.clone()];
    } else {
        values.push(value.clone());
    }
    if values.is_empty() {
        return None;
    }
    let mut label = DocLabel::new(values);
    if let Some(current) = current {
        label.stamp = current.stamp.clone();
    }
    Some(label)
}

/// How many documents of `project` have each value, per category in schema order (values in
/// their order, then values the schema lacks): `(category name, [(value name, documents)])`.
pub fn value_counts(project: &super::Project) -> Vec<(String, Vec<(String, usize)>)> {
    let mut counts: BTreeMap<(&CategoryId, &ValueId), usize> = BTreeMap::new();
    for (_, category, label) in project.annotations.all_doc_labels() {
        for value in &label.values {
            *counts.entry((category, value)).or_default() += 1;
        }
    }
    let mut out = Vec::new();
    for category in &project.schema.document_categories {
        let mut values: Vec<(String, usize)> = category
            .values
            .iter()
            .map(|v| {
                let n = counts.remove(&(&category.id, &v.id)).unwrap_or(0);
                (v.name.clone(), n)
            })
            .collect();
        let unknown: Vec<_> = counts
            .iter()
            .filter(|((c, _), _)| **c == category.id)
            .map(|((_, v), n)| (v.0.clone(), *n))
            .collect();
        values.extend(unknown);
        out.push((category.name.clone(), values));
    }
    out
}

/// A project of documents named `ids` (`<id>.txt`) with the default categories, for tests.
#[cfg(test)]
pub(crate) fn project_for_tests(ids: &[&str]) -> super::Project {
    super::Project {
        documents: ids
            .iter()
            .map(|id| super::Document::new(super::DocId((*id).into()), format!("{id}.txt")))
            .collect(),
        schema: super::Schema {
            document_categories: default_categories(),
            ..super::Schema::default()
        },
        ..super::Project::default()
    }
}

/// The categories a new project starts with.
pub fn default_categories() -> Vec<Category> {
    let category = |id: &str, name: &str, choice, values: &[(&str, &str, char)]| Category {
        id: CategoryId(id.into()),
        name: name.into(),
        choice,
        values: values
            .iter()
            .map(|(id, name, key)| CategoryValue {
                id: ValueId((*id).into()),
                name: (*name).into(),
                key: Some(*key),
            })
            .collect(),
    };
    vec![
        category(
            "genre",
            "Genre",
            Choice::Single,
            &[
                ("news-report", "News report", 'n'),
                ("op-ed", "Op-ed", 'o'),
                ("interview", "Interview", 'i'),
                ("official-statement", "Official statement", 's'),
                ("wire-copy", "Wire copy", 'w'),
            ],
        ),
        category(
            "dialect",
            "Dialect",
            Choice::Multiple,
            &[
                ("msa", "MSA", 'm'),
                ("egyptian", "Egyptian", 'e'),
                ("levantine", "Levantine", 'l'),
                ("gulf", "Gulf", 'g'),
                ("maghrebi", "Maghrebi", 'b'),
            ],
        ),
        category(
            "relevance",
            "Relevance",
            Choice::Single,
            &[
                ("relevant", "Relevant", 'r'),
                ("not-relevant", "Not relevant", 'x'),
            ],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(id: &str) -> ValueId {
        ValueId(id.into())
    }

    #[test]
    fn default_categories_are_valid_with_unique_keys() {
        let categories = default_categories();
        for c in &categories {
            assert_eq!(category_problem(c, &categories), None, "{}", c.id);
        }
        let (category, value) = value_for_key(&categories, 'o')
            .map(|(c, v)| (&c.id, &v.id))
            .unzip();
        assert_eq!(category.map(|c| c.0.as_str()), Some("genre"));
        assert_eq!(value, Some(&v("op-ed")));
        assert!(value_for_key(&categories, '1').is_none());
    }

    #[test]
    fn problems_of_a_category() {
        let categories = default_categories();
        let mut tone = Category {
            id: CategoryId("tone".into()),
            name: "Tone".into(),
            choice: Choice::Single,
            values: vec![CategoryValue {
                id: v("hostile"),
                name: "Hostile".into(),
                key: Some('o'),
            }],
        };
        assert!(matches!(
            category_problem(&tone, &categories),
            Some(CategoryProblem::KeyTaken { key: 'o', .. })
        ));
        tone.values[0].key = Some('h');
        assert_eq!(category_problem(&tone, &categories), None);
        tone.values.push(tone.values[0].clone());
        tone.values[1].key = None;
        assert!(matches!(
            category_problem(&tone, &categories),
            Some(CategoryProblem::DuplicateValue { .. })
        ));
        tone.values.pop();
        tone.name = "a\nb".into();
        assert!(matches!(
            category_problem(&tone, &categories),
            Some(CategoryProblem::BadName { .. })
        ));
        // A category changed in place does not clash with its own keys.
        let genre = &categories[0];
        assert_eq!(category_problem(genre, &categories), None);
    }

    #[test]
    fn toggling_follows_the_choice() {
        let categories = default_categories();
        let (genre, dialect) = (&categories[0], &categories[1]);
        let one = toggled(genre, None, &v("op-ed"));
        assert_eq!(
            one.as_ref().map(|l| l.values.clone()),
            Some(vec![v("op-ed")])
        );
        let other = toggled(genre, one.as_ref(), &v("interview"));
        assert_eq!(
            other.as_ref().map(|l| l.values.clone()),
            Some(vec![v("interview")])
        );
        assert_eq!(toggled(genre, other.as_ref(), &v("interview")), None);

        let two = toggled(
            dialect,
            toggled(dialect, None, &v("msa")).as_ref(),
            &v("egyptian"),
        );
        assert_eq!(
            two.as_ref().map(|l| l.values.clone()),
            Some(vec![v("egyptian"), v("msa")])
        );
        let back = toggled(dialect, two.as_ref(), &v("egyptian"));
        assert_eq!(back.map(|l| l.values), Some(vec![v("msa")]));
    }
}
