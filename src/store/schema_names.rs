//! The default schema's names in each language of the interface: a project made while the
//! interface is in Arabic starts with Arabic label, relation type and category names, and the
//! bundled sample shows them. Only names and descriptions change; IDs stay, so exports are the
//! same in every language. English names come from the default schema itself, other languages'
//! from `assets/schema-names/<code>.ron`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::i18n::Language;
use crate::model::Schema;

/// A name and, for labels and relation types, a description.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
struct Named {
    name: String,
    #[serde(default)]
    description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
struct CategoryNames {
    name: String,
    #[serde(default)]
    values: BTreeMap<String, String>,
}

/// The names of the default schema's items in one language, by ID.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct SchemaNames {
    #[serde(default)]
    labels: BTreeMap<String, Named>,
    #[serde(default)]
    relation_types: BTreeMap<String, Named>,
    #[serde(default)]
    categories: BTreeMap<String, CategoryNames>,
}

/// `assets/schema-names/ar.ron`.
pub const ARABIC_RON: &str = include_str!("../../assets/schema-names/ar.ron");

impl SchemaNames {
    /// The names `schema` gives its items.
    fn of(schema: &Schema) -> SchemaNames {
        let named = |name: &str, description: &str| Named {
            name: name.to_owned(),
            description: description.to_owned(),
        };
        SchemaNames {
            labels: schema
                .labels
                .iter()
                .map(|l| (l.id.0.clone(), named(&l.name, &l.description)))
                .collect(),
            relation_types: schema
                .relation_types
                .iter()
                .map(|t| (t.id.0.clone(), named(&t.name, &t.description)))
                .collect(),
            categories: schema
                .document_categories
                .iter()
                .map(|c| {
                    let values = c
                        .values
                        .iter()
                        .map(|v| (v.id.0.clone(), v.name.clone()))
                        .collect();
                    let category = CategoryNames {
                        name: c.name.clone(),
                        values,
                    };
                    (c.id.0.clone(), category)
                })
                .collect(),
        }
    }

    /// The default names in `language` (English for a language without its own file).
    pub fn of_language(language: Language) -> &'static SchemaNames {
        static ENGLISH: OnceLock<SchemaNames> = OnceLock::new();
        static ARABIC: OnceLock<SchemaNames> = OnceLock::new();
        let english = || ENGLISH.get_or_init(|| SchemaNames::of(&super::default_schema_english()));
        match language {
            Language::English | Language::Pseudo => english(),
            // Checked by this module's tests; a broken file falls back to the English names.
            Language::Arabic => ARABIC
                .get_or_init(|| ron::from_str(ARABIC_RON).unwrap_or_else(|_| english().clone())),
        }
    }
}

/// Gives `field` `to`'s name when it holds the item's default name in any language (`known`);
/// a name the analyst chose is kept. Whether it changed.
fn rename(field: &mut String, known: &[Option<&str>], to: Option<&str>) -> bool {
    let is_default = known.iter().flatten().any(|name| *name == field.as_str());
    match to {
        Some(to) if is_default && to != field.as_str() => {
            to.clone_into(field);
            true
        }
        _ => false,
    }
}

/// [`rename`] of an item's name and description, from its names in every language (`known`)
/// to `target`'s.
fn rename_named(
    name: &mut String,
    description: &mut String,
    known: &[&Named],
    target: Option<&Named>,
) -> bool {
    let names: Vec<_> = known.iter().map(|n| Some(n.name.as_str())).collect();
    let descriptions: Vec<_> = known.iter().map(|n| Some(n.description.as_str())).collect();
    let renamed = rename(name, &names, target.map(|t| t.name.as_str()));
    rename(
        description,
        &descriptions,
        target.map(|t| t.description.as_str()),
    ) | renamed
}

/// Gives every item of `schema` that still has a default name (in any language hashiya has)
/// its default name in `language`: labels, their descriptions, relation types, document
/// categories and their values. Names the analyst chose are kept. Whether anything changed.
pub fn localise(schema: &mut Schema, language: Language) -> bool {
    let all: Vec<&SchemaNames> = Language::OFFERED
        .iter()
        .map(|l| SchemaNames::of_language(*l))
        .collect();
    let to = SchemaNames::of_language(language);
    let mut changed = false;
    for label in &mut schema.labels {
        let id = &label.id.0;
        let known: Vec<&Named> = all.iter().filter_map(|n| n.labels.get(id)).collect();
        changed |= rename_named(
            &mut label.name,
            &mut label.description,
            &known,
            to.labels.get(id),
        );
    }
    for kind in &mut schema.relation_types {
        let id = &kind.id.0;
        let known: Vec<&Named> = all
            .iter()
            .filter_map(|n| n.relation_types.get(id))
            .collect();
        let target = to.relation_types.get(id);
        changed |= rename_named(&mut kind.name, &mut kind.description, &known, target);
    }
    for category in &mut schema.document_categories {
        let known: Vec<&CategoryNames> = all
            .iter()
            .filter_map(|n| n.categories.get(&category.id.0))
            .collect();
        let target = to.categories.get(&category.id.0);
        let names: Vec<_> = known.iter().map(|c| Some(c.name.as_str())).collect();
        changed |= rename(&mut category.name, &names, target.map(|c| c.name.as_str()));
        for value in &mut category.values {
            let names: Vec<_> = known
                .iter()
                .map(|c| c.values.get(&value.id.0).map(String::as_str))
                .collect();
            let new = target
                .and_then(|c| c.values.get(&value.id.0))
                .map(String::as_str);
            changed |= rename(&mut value.name, &names, new);
        }
    }
    changed
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error"
)]
mod tests {
    use super::*;

    #[test]
    fn the_arabic_names_parse_and_name_every_default_item() {
        let arabic: SchemaNames = ron::from_str(ARABIC_RON).unwrap();
        let english = SchemaNames::of(&crate::store::default_schema_english());
        let ids = |n: &SchemaNames| {
            let mut ids: Vec<String> = n.labels.keys().cloned().collect();
            ids.extend(n.relation_types.keys().cloned());
            for (id, c) in &n.categories {
                ids.push(id.clone());
                ids.extend(c.values.keys().map(|v| format!("{id}/{v}")));
            }
            ids
        };
        assert_eq!(ids(&arabic), ids(&english));
        let arabic_letters = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
        for named in arabic.labels.values().chain(arabic.relation_types.values()) {
            assert!(arabic_letters(&named.name), "{}", named.name);
            assert!(arabic_letters(&named.description), "{}", named.description);
        }
    }

    #[test]
    fn default_names_follow_the_language_and_the_analysts_names_stay() {
        let english = crate::store::default_schema_english();
        let mut schema = english.clone();
        schema.labels[1].name = "Body".to_owned();
        schema.document_categories[0].values[0].name = "Story".to_owned();
        assert!(localise(&mut schema, Language::Arabic));
        assert_eq!(schema.labels[0].name, "شخص");
        assert!(schema.labels[0].description.starts_with("فرد"));
        assert_eq!(schema.labels[1].name, "Body", "renamed by the analyst");
        assert_eq!(schema.relation_types[0].name, "يؤيد");
        assert_eq!(schema.document_categories[0].name, "النوع");
        assert_eq!(schema.document_categories[0].values[0].name, "Story");
        assert_eq!(schema.document_categories[0].values[1].name, "مقال رأي");
        // IDs, keys and colours are the same.
        let ids = |s: &Schema| {
            s.labels
                .iter()
                .map(|l| (l.id.clone(), l.key, l.colour))
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&schema), ids(&english));
        // And back: the Arabic defaults become English ones again; the analyst's names stay.
        assert!(localise(&mut schema, Language::English));
        assert_eq!(schema.labels[0], english.labels[0]);
        assert_eq!(schema.labels[1].name, "Body");
        assert_eq!(schema.relation_types, english.relation_types);
        assert!(
            !localise(&mut schema, Language::English),
            "nothing left to change"
        );
    }
}
