//! `relations.csv`: one row per relation whose two spans are both exported, for spreadsheets:
//! `relation_id, type, directed`, then for the source and the target `document`, `span_id`,
//! `start_codepoint`, `end_codepoint` (code points) and `quote`, then `note`. A relation between
//! two documents is written when both are exported (CSV can carry it); read back by
//! [`check_relations`], which compares every quote with the text at its offsets.

use std::collections::HashMap;
use std::path::Path;

use crate::formats::corpus::{Corpus, ExportDocument};
use crate::formats::writer::{CheckProblem, ExportError, check_quote, read_back};
use crate::intake::decode::Fault;
use crate::model::{Span, SpanId, SpanRelation};

pub const RELATIONS_HEADER: [&str; 14] = [
    "relation_id",
    "type",
    "directed",
    "source_document",
    "source_span_id",
    "source_start_codepoint",
    "source_end_codepoint",
    "source_quote",
    "target_document",
    "target_span_id",
    "target_start_codepoint",
    "target_end_codepoint",
    "target_quote",
    "note",
];

fn csv_error(e: impl std::fmt::Display) -> ExportError {
    ExportError::encode("export-what-csv-table", e)
}

/// Every exported span with its document, by ID.
fn exported_spans<'c, 'a>(
    corpus: &'c Corpus<'a>,
) -> HashMap<&'a SpanId, (&'c ExportDocument<'a>, &'a Span)> {
    corpus
        .documents
        .iter()
        .flat_map(|doc| doc.spans.iter().map(move |span| (&span.id, (doc, *span))))
        .collect()
}

/// The relations `relations.csv` holds: kept with an exported document, both ends exported; by
/// document, then ID.
pub fn exported_relations<'a>(corpus: &Corpus<'a>) -> Vec<&'a SpanRelation> {
    let spans = exported_spans(corpus);
    corpus
        .documents
        .iter()
        .flat_map(|doc| corpus.project.annotations.relations(&doc.document.id))
        .filter(|r| spans.contains_key(&r.source) && spans.contains_key(&r.target))
        .collect()
}

/// The rows of `relations.csv`.
pub fn relations_table(corpus: &Corpus<'_>) -> Result<Vec<u8>, ExportError> {
    let spans = exported_spans(corpus);
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(RELATIONS_HEADER).map_err(csv_error)?;
    for relation in exported_relations(corpus) {
        let directed = corpus
            .project
            .schema
            .relation_type(&relation.kind)
            .is_none_or(|t| t.directed);
        let mut row = vec![
            relation.id.0.clone(),
            relation.kind.0.clone(),
            directed.to_string(),
        ];
        for end in [&relation.source, &relation.target] {
            let Some((doc, span)) = spans.get(end) else {
                continue;
            };
            row.extend([
                doc.document.id.0.clone(),
                span.id.0.clone(),
                span.start.to_string(),
                span.end.to_string(),
                span.quote.clone(),
            ]);
        }
        row.push(relation.note.clone());
        out.write_record(&row).map_err(csv_error)?;
    }
    out.into_inner().map_err(|e| csv_error(e.error()))
}

/// `relations.csv` read back: one row per exported relation, each end's quote the text of its
/// document at its offsets.
pub fn check_relations(corpus: &Corpus<'_>, out: &Path) -> Result<Vec<CheckProblem>, ExportError> {
    let path = out.join("relations.csv");
    let text = read_back(&path)?;
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut problems = Vec::new();
    let mut rows = 0;
    for (n, record) in reader.records().enumerate() {
        let record = record.map_err(|e| ExportError::read_back(&path, e))?;
        rows += 1;
        for first in [3, 8] {
            let location = || Fault::Words(format!("{}:{}", path.display(), n + 2));
            let cell = |i: usize| record.get(first + i).unwrap_or_default();
            let doc = corpus.documents.iter().find(|d| d.document.id.0 == cell(0));
            match (doc, cell(2).parse(), cell(3).parse()) {
                (Some(doc), Ok(start), Ok(end)) => {
                    problems.extend(check_quote(doc, start, end, cell(4), location));
                }
                _ => problems.push(CheckProblem::said_at(
                    location(),
                    "export-check-csv-relation-end",
                    &[],
                )),
            }
        }
    }
    let expected = exported_relations(corpus).len();
    if rows != expected {
        problems.push(CheckProblem::at(
            path.display().to_string(),
            "export-check-csv-relations",
            &[("found", rows.into()), ("written", expected.into())],
        ));
    }
    Ok(problems)
}
