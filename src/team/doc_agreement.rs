//! How far two analysts agree on document labels: Cohen's κ per document category.
//!
//! The documents compared in a category are those of both projects that at least one analyst
//! labelled in it (a document neither labelled says nothing about agreement, and counting it
//! would inflate κ). A single-choice category compares each document's value, with "none" for an
//! analyst who left it unlabelled. A multiple-choice category compares each value as present or
//! absent: κ per value, and κ of all its (document, value) decisions pooled.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::agreement::{cohen_kappa_pairs, figure};
use crate::model::{Category, Choice, DocId, Project, ValueId};

/// Agreement on one category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryAgreement {
    pub category: String,
    pub name: String,
    pub multiple: bool,
    /// Documents compared: labelled in this category by at least one analyst.
    pub documents: usize,
    /// Documents on which both analysts gave the same values (none counted as a value).
    pub same: usize,
    /// κ of the category; `None` when undefined (nothing compared, or chance agreement 1).
    pub kappa: Option<f64>,
    /// For a multiple-choice category, κ of each value as present or absent, by value ID.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub per_value: BTreeMap<String, Option<f64>>,
}

/// κ per category of `a`'s schema (then categories only `b` has), over the documents both hold.
pub fn doc_label_agreement(a: &Project, b: &Project) -> Vec<CategoryAgreement> {
    let shared: BTreeSet<&DocId> = a
        .documents
        .iter()
        .map(|d| &d.id)
        .filter(|id| b.document(id).is_some())
        .collect();
    let mut categories: Vec<&Category> = a.schema.document_categories.iter().collect();
    for category in &b.schema.document_categories {
        if a.schema.category(&category.id).is_none() {
            categories.push(category);
        }
    }
    categories
        .into_iter()
        .map(|category| {
            let values_of = |project: &Project, doc: &DocId| -> Option<Vec<ValueId>> {
                project
                    .annotations
                    .doc_label(doc, &category.id)
                    .map(|l| l.values.clone())
            };
            let compared: Vec<(Vec<ValueId>, Vec<ValueId>)> = shared
                .iter()
                .filter_map(|doc| {
                    let (x, y) = (values_of(a, doc), values_of(b, doc));
                    (x.is_some() || y.is_some())
                        .then(|| (x.unwrap_or_default(), y.unwrap_or_default()))
                })
                .collect();
            let same = compared.iter().filter(|(x, y)| x == y).count();
            let mut per_value = BTreeMap::new();
            let kappa = if category.choice == Choice::Single {
                cohen_kappa_pairs(compared.iter().map(|(x, y)| (x.first(), y.first())))
            } else {
                let values: BTreeSet<&ValueId> = category
                    .values
                    .iter()
                    .map(|v| &v.id)
                    .chain(compared.iter().flat_map(|(x, y)| x.iter().chain(y)))
                    .collect();
                let decisions = |value: &ValueId| {
                    compared
                        .iter()
                        .map(|(x, y)| (x.contains(value), y.contains(value)))
                        .collect::<Vec<_>>()
                };
                for value in &values {
                    per_value.insert(value.0.clone(), cohen_kappa_pairs(decisions(value)));
                }
                cohen_kappa_pairs(values.iter().flat_map(|v| decisions(v)))
            };
            CategoryAgreement {
                category: category.id.0.clone(),
                name: category.name.clone(),
                multiple: category.choice == Choice::Multiple,
                documents: compared.len(),
                same,
                kappa,
                per_value,
            }
        })
        .collect()
}

/// A plain-text table of the categories (and a multiple-choice category's values), figures at
/// 3 decimals in the chosen digits, "—" where κ is undefined.
pub fn to_text(categories: &[CategoryAgreement]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    if categories.is_empty() {
        return out;
    }
    let _ = writeln!(out, "{}", crate::i18n::tr("cli-agreement-categories"));
    for c in categories {
        let line = crate::i18n::tr_plain(
            "cli-agreement-category",
            &[
                ("name", c.category.as_str().into()),
                ("kappa", figure(c.kappa).into()),
                ("documents", c.documents.into()),
                ("same", c.same.into()),
            ],
        );
        let _ = writeln!(out, "  {line}");
        for (value, kappa) in &c.per_value {
            let line = crate::i18n::tr_plain(
                "cli-agreement-value",
                &[
                    ("name", value.as_str().into()),
                    ("kappa", figure(*kappa).into()),
                ],
            );
            let _ = writeln!(out, "    {line}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::doc_labels::default_categories;
    use crate::model::{CategoryId, DocLabel, Document, Schema};

    fn project(labels: &[(&str, &str, &[&str])]) -> Project {
        let mut project = Project {
            documents: (1..=6)
                .map(|n| Document::new(DocId(format!("d{n}")), format!("d{n}.txt")))
                .collect(),
            schema: Schema {
                document_categories: default_categories(),
                ..Schema::default()
            },
            ..Project::default()
        };
        for (doc, category, values) in labels {
            project.annotations.set_doc_label(
                &DocId((*doc).into()),
                &CategoryId((*category).into()),
                Some(DocLabel::new(values.iter().map(|v| ValueId((*v).into())))),
            );
        }
        project
    }

    fn close(actual: Option<f64>, expected: f64) {
        assert!(
            actual.is_some_and(|a| (a - expected).abs() < 1e-9),
            "expected {expected}, got {actual:?}"
        );
    }

    #[test]
    fn kappa_per_category_by_hand() {
        // Genre, five documents labelled by someone (d6 by neither: not compared).
        //   d1 op-ed/op-ed, d2 op-ed/op-ed, d3 news/news, d4 news/op-ed, d5 interview/none.
        // Categories: op-ed, news-report, interview, none. A: op 2, news 2, int 1, none 0;
        // B: op 3, news 1, int 0, none 1. p_o = 3/5; p_e = (2·3 + 2·1 + 0 + 0)/25 = 8/25;
        // κ = (15/25 − 8/25)/(1 − 8/25) = 7/17.
        // Dialect (multiple; five values), d1 msa+gulf / msa, d2 msa / msa+egyptian: ten
        // (document, value) decisions: yes/yes 2 (msa), yes/no 1 (gulf), no/yes 1 (egyptian),
        // no/no 6. p_o = 8/10; each analyst says yes 3 times: p_e = (3·3 + 7·7)/100 = 58/100;
        // κ = (80 − 58)/(100 − 58) = 22/42. msa alone: always yes/yes, κ undefined; gulf alone:
        // p_o = 1/2 = p_e, κ 0.
        let a = project(&[
            ("d1", "genre", &["op-ed"]),
            ("d2", "genre", &["op-ed"]),
            ("d3", "genre", &["news-report"]),
            ("d4", "genre", &["news-report"]),
            ("d5", "genre", &["interview"]),
            ("d1", "dialect", &["gulf", "msa"]),
            ("d2", "dialect", &["msa"]),
        ]);
        let b = project(&[
            ("d1", "genre", &["op-ed"]),
            ("d2", "genre", &["op-ed"]),
            ("d3", "genre", &["news-report"]),
            ("d4", "genre", &["op-ed"]),
            ("d1", "dialect", &["msa"]),
            ("d2", "dialect", &["egyptian", "msa"]),
        ]);
        let figures = doc_label_agreement(&a, &b);
        let genre = &figures[0];
        assert_eq!((genre.documents, genre.same), (5, 3));
        close(genre.kappa, 7.0 / 17.0);
        let dialect = &figures[1];
        assert_eq!((dialect.documents, dialect.same), (2, 0));
        close(dialect.kappa, 22.0 / 42.0);
        assert_eq!(dialect.per_value["msa"], None);
        close(dialect.per_value["gulf"], 0.0);
        let relevance = &figures[2];
        assert_eq!((relevance.documents, relevance.kappa), (0, None));
        let text = to_text(&figures);
        assert!(
            text.contains("category genre  κ 0.412  documents 5  same 3"),
            "{text}"
        );
        assert!(text.contains("    value gulf  κ 0.000"), "{text}");
    }
}
