//! `documents.csv`: one row per exported document with its labels, for spreadsheets:
//! `document, path, title, outlet, date`, then one column per document category (headed by the
//! category's ID), holding the document's values' IDs joined by ` | ` (empty when unlabelled).
//! Read back by [`read_labels`] to check an export.

use std::collections::BTreeMap;

use crate::formats::corpus::Corpus;
use crate::formats::writer::ExportError;
use crate::model::{CategoryId, DocId};

/// The columns before the categories'.
pub const DOCUMENTS_HEADER: [&str; 5] = ["document", "path", "title", "outlet", "date"];

/// What joins the values of a multiple-choice category in a cell.
pub const VALUE_SEPARATOR: &str = " | ";

fn csv_error(e: impl std::fmt::Display) -> ExportError {
    ExportError::encode("export-what-csv-table", e)
}

/// The rows of `documents.csv`.
pub fn documents_table(corpus: &Corpus<'_>) -> Result<Vec<u8>, ExportError> {
    let project = corpus.project;
    let categories = &project.schema.document_categories;
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = DOCUMENTS_HEADER
        .iter()
        .map(|h| (*h).to_owned())
        .chain(categories.iter().map(|c| c.id.0.clone()));
    out.write_record(header).map_err(csv_error)?;
    for doc in &corpus.documents {
        let document = doc.document;
        let labels = project.annotations.doc_labels(&document.id);
        let mut row = vec![
            document.id.0.clone(),
            document.path.clone(),
            document.title.clone(),
            project.outlet_name(&document.outlet).to_owned(),
            document.date.clone(),
        ];
        row.extend(categories.iter().map(|c| {
            labels.get(&c.id).map_or_else(String::new, |l| {
                l.values
                    .iter()
                    .map(|v| v.0.as_str())
                    .collect::<Vec<_>>()
                    .join(VALUE_SEPARATOR)
            })
        }));
        out.write_record(&row).map_err(csv_error)?;
    }
    out.into_inner().map_err(|e| csv_error(e.error()))
}

/// Each document's labels as `documents.csv` gives them: category → value IDs.
pub fn read_labels(
    text: &str,
) -> Result<BTreeMap<DocId, BTreeMap<CategoryId, Vec<String>>>, csv::Error> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers()?.clone();
    let mut out = BTreeMap::new();
    for record in reader.records() {
        let record = record?;
        let doc = DocId(record.get(0).unwrap_or_default().to_owned());
        let labels = header
            .iter()
            .zip(record.iter())
            .skip(DOCUMENTS_HEADER.len())
            .filter(|(_, cell)| !cell.is_empty())
            .map(|(category, cell)| {
                (
                    CategoryId(category.to_owned()),
                    cell.split(VALUE_SEPARATOR).map(str::to_owned).collect(),
                )
            })
            .collect();
        out.insert(doc, labels);
    }
    Ok(out)
}
