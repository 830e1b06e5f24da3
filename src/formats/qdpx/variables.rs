//! Document labels in REFI-QDA: each document category an exported document is labelled in is a
//! `Variable` of type `Text` (named as the category; its `Description` says which category and
//! whether several values may be given), and each labelled document's `TextSource` has a
//! `VariableValue` whose `TextValue` is the value's name — several values of a category named
//! one after another with [`SEPARATOR`] between them. QDA tools show these as the document
//! variables (attributes) of each source; `hashiya import` reads them back as document labels,
//! the category and values matched by ID, then by name.

use std::collections::BTreeSet;

use super::read::QdeProject;
use crate::formats::corpus::Corpus;
use crate::formats::writer::CheckProblem;
use crate::model::{CategoryId, Choice, DocId, Project};

/// Between two values of one category in a `TextValue`.
pub const SEPARATOR: &str = "; ";

/// A document category as a `Variable`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    pub guid: String,
    pub category: CategoryId,
    /// The category's name (its ID when the schema no longer has it).
    pub name: String,
    pub description: String,
}

/// The key of the GUID of a category's `Variable`.
fn variable_key(category: &CategoryId) -> String {
    format!("category:{category}")
}

/// The categories some exported document is labelled in, in the schema's order, then those the
/// schema no longer has, by ID.
pub fn variables(corpus: &Corpus<'_>) -> Vec<Variable> {
    let project = corpus.project;
    let used: BTreeSet<&CategoryId> = corpus
        .documents
        .iter()
        .flat_map(|d| project.annotations.doc_labels(&d.document.id).keys())
        .collect();
    let schema = &project.schema.document_categories;
    let known = schema.iter().map(|c| &c.id).filter(|c| used.contains(c));
    let unknown = used
        .iter()
        .copied()
        .filter(|c| project.schema.category(c).is_none());
    known
        .chain(unknown)
        .map(|id| {
            let category = project.schema.category(id);
            let several = category.is_none_or(|c| c.choice == Choice::Multiple);
            Variable {
                guid: super::write::guid(&variable_key(id)),
                category: id.clone(),
                name: category.map_or_else(|| id.0.clone(), |c| c.name.clone()),
                description: if several {
                    format!(
                        "hashiya document category {id}: the document's values, \
                         «{SEPARATOR}» between two"
                    )
                } else {
                    format!("hashiya document category {id}: the document's value")
                },
            }
        })
        .collect()
}

/// The `TextValue` of `doc` for `category`: its values' names in the category's order (a value
/// the schema no longer has by its ID, last); `None` when it has none.
pub fn text_value(project: &Project, doc: &DocId, category: &CategoryId) -> Option<String> {
    let label = project.annotations.doc_label(doc, category)?;
    let known = project.schema.category(category);
    let mut names: Vec<(usize, &str)> = label
        .values
        .iter()
        .map(
            |v| match known.and_then(|c| c.values.iter().enumerate().find(|(_, x)| &x.id == v)) {
                Some((at, value)) => (at, value.name.as_str()),
                None => (usize::MAX, v.0.as_str()),
            },
        )
        .collect();
    names.sort_unstable();
    let names: Vec<&str> = names.into_iter().map(|(_, name)| name).collect();
    (!names.is_empty()).then(|| names.join(SEPARATOR))
}

/// The `(category, value)` pairs a `TextValue` of the variable `name` stands for.
pub fn pairs(name: &str, text: &str) -> Vec<(String, String)> {
    text.split(SEPARATOR)
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| (name.to_owned(), v.to_owned()))
        .collect()
}

/// The document labels read back: every exported document's values, as written, on its
/// `TextSource` and on no other.
pub fn check(corpus: &Corpus<'_>, qde: &QdeProject) -> Vec<CheckProblem> {
    let variables = variables(corpus);
    let mut problems = Vec::new();
    for doc in &corpus.documents {
        let id = &doc.document.id;
        let Some(source) = qde.sources.iter().find(|s| s.name == id.0) else {
            continue;
        };
        let expected: BTreeSet<(&str, String)> = variables
            .iter()
            .filter_map(|v| {
                Some((
                    v.guid.as_str(),
                    text_value(corpus.project, id, &v.category)?,
                ))
            })
            .collect();
        let read: BTreeSet<(&str, String)> = source
            .variables
            .iter()
            .map(|(guid, text)| (guid.as_str(), text.clone()))
            .collect();
        if expected != read {
            problems.push(CheckProblem::at(
                format!("TextSource {} VariableValue", source.guid),
                "export-check-qdpx-labels",
                &[("doc", id.to_string().into())],
            ));
        }
    }
    let declared: BTreeSet<&str> = qde.variables.iter().map(|(g, _)| g.as_str()).collect();
    let wanted: BTreeSet<&str> = variables.iter().map(|v| v.guid.as_str()).collect();
    if declared != wanted {
        problems.push(CheckProblem::at(
            "project.qde Variables",
            "export-check-qdpx-variables",
            &[
                ("variables", declared.len().into()),
                ("categories", wanted.len().into()),
            ],
        ));
    }
    problems
}
