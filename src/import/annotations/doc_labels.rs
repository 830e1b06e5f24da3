//! Document labels read from another tool's files: categories and values matched to the schema
//! by ID, then by name; those it lacks are added (a new category takes one value per document
//! unless some document has several), then each document's values are set: added to what a
//! multiple-choice category already holds, and for a single-choice one only where the document
//! has no other value yet (a clash is listed, the analyst's value kept).

use std::collections::{BTreeMap, BTreeSet};

use crate::formats::foreign::AnnotationImportReport;
use crate::model::doc_labels::category_problem;
use crate::model::{
    Category, CategoryId, CategoryValue, Choice, DocId, DocLabel, Edit, Project, ValueId,
};

/// A matched document's labels as its source wrote them: `(document, source, (category, value))`.
pub(super) type FoundLabels = (DocId, String, Vec<(String, String)>);

/// Each document's values by the index of their category (in the schema's list, then the
/// categories the source adds).
type Wanted<'a> = Vec<(&'a DocId, &'a str, BTreeMap<usize, BTreeSet<ValueId>>)>;

/// The index of the category a source calls `name` (by ID, then by name), added when missing.
fn category_at(categories: &mut Vec<Category>, name: &str) -> usize {
    if let Some(at) = categories
        .iter()
        .position(|c| c.id.0 == name)
        .or_else(|| categories.iter().position(|c| c.name == name))
    {
        return at;
    }
    categories.push(Category {
        id: CategoryId(name.to_owned()),
        name: name.to_owned(),
        choice: Choice::Single,
        values: Vec::new(),
    });
    categories.len() - 1
}

/// The value of `category` a source calls `name` (by ID, then by name), added when missing.
fn value_in(category: &mut Category, name: &str) -> ValueId {
    if let Some(v) = category
        .values
        .iter()
        .find(|v| v.id.0 == name)
        .or_else(|| category.values.iter().find(|v| v.name == name))
    {
        return v.id.clone();
    }
    category.values.push(CategoryValue {
        id: ValueId(name.to_owned()),
        name: name.to_owned(),
        key: None,
    });
    ValueId(name.to_owned())
}

/// The categories with those the source adds, and each document's values in them.
fn resolve<'a>(project: &Project, found: &'a [FoundLabels]) -> (Vec<Category>, Wanted<'a>) {
    let original = &project.schema.document_categories;
    let mut categories = original.clone();
    let mut wanted: Wanted<'a> = Vec::new();
    for (doc, source, labels) in found {
        let mut per: BTreeMap<usize, BTreeSet<ValueId>> = BTreeMap::new();
        for (category, value) in labels {
            let at = category_at(&mut categories, category);
            let id = value_in(&mut categories[at], value);
            per.entry(at).or_default().insert(id);
        }
        wanted.push((doc, source, per));
    }
    for (at, category) in categories.iter_mut().enumerate().skip(original.len()) {
        if wanted
            .iter()
            .any(|(_, _, per)| per.get(&at).is_some_and(|v| v.len() > 1))
        {
            category.choice = Choice::Multiple;
        }
    }
    (categories, wanted)
}

/// The edits adding the categories and values the schema lacks, then setting the labels.
pub(super) fn doc_label_edits(
    project: &Project,
    found: &[FoundLabels],
    report: &mut AnnotationImportReport,
) -> Vec<Edit> {
    let original = &project.schema.document_categories;
    let (categories, wanted) = resolve(project, found);
    let mut edits = Vec::new();
    let mut usable = vec![true; categories.len()];
    for (at, category) in categories.iter().enumerate() {
        if original.get(at) == Some(category) {
            continue;
        }
        if let Some(problem) = category_problem(category, &categories) {
            // The category's problem is said in the language of the moment it was found.
            let args = [("problem", problem.to_string().into())];
            report.said(category.id.to_string(), "annotation-skip-category", &args);
            usable[at] = false;
            continue;
        }
        edits.push(Edit::SetCategory {
            index: at,
            before: original.get(at).cloned(),
            after: Some(category.clone()),
        });
    }

    for (doc, source, per) in wanted {
        for (at, values) in per {
            let category = &categories[at];
            if !usable[at] {
                continue;
            }
            let current = project.annotations.doc_label(doc, &category.id);
            let mut all: BTreeSet<ValueId> = current
                .map(|l| l.values.iter().cloned().collect())
                .unwrap_or_default();
            all.extend(values);
            if category.choice == Choice::Single && all.len() > 1 {
                let args = [
                    ("doc", doc.to_string().into()),
                    ("count", all.len().into()),
                    ("category", category.id.to_string().into()),
                ];
                report.said(source.to_owned(), "annotation-skip-single-choice", &args);
                continue;
            }
            let after = DocLabel::new(all);
            if current.is_some_and(|c| c.values == after.values) {
                report.already_there += 1;
                continue;
            }
            report.doc_labels_set += 1;
            let mut after = after;
            if let Some(current) = current {
                after.stamp = current.stamp.clone();
            }
            edits.push(Edit::SetDocLabel {
                doc: doc.clone(),
                category: category.id.clone(),
                before: current.cloned(),
                after: Some(after),
            });
        }
    }
    edits
}
