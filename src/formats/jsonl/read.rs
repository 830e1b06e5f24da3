//! Reading doccano JSON Lines, as hashiya writes it ([`super::write`]) or as doccano
//! exports it: `id` (a string or a number), `text`, and the spans in `entities`
//! (`start_offset`, `end_offset`, `label`, and hashiya's `text`, `entity`, `note`,
//! `attributes`) or, without `entities`, in `label` (`[start, end, LABEL]`). Offsets are code
//! points. hashiya's `claims` are read too, and `cats` (document labels as `category/value`
//! with a score above 0.5); `relations` of any other type than `claimant` and `cue` (which
//! repeat what `claims` say) are relations between two spans, their type a relation type's ID
//! or name (a type the schema lacks is added to it).

use std::io::{BufRead as _, BufReader, Read as _};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use serde_json::Value;

use super::write::{JsonlClaimant, JsonlDocument, JsonlEntity, is_claim_relation, parse_relation};
use crate::formats::conventions::{parse_certainty, parse_polarity, parse_quote_mode};
use crate::formats::foreign::{
    AnnotationImportError, AnnotationImportReport, ForeignClaim, ForeignClaimant, ForeignDocument,
    ForeignEntity, ForeignRelation, ForeignSpan, InvalidFile,
};
use crate::intake::decode::Fault;

fn foreign_entity(e: &JsonlEntity) -> ForeignEntity {
    ForeignEntity {
        id: Some(e.id.clone()).filter(|id| !id.is_empty()),
        name: e.name.clone(),
        kind: e.kind.clone(),
        aliases: e.aliases.clone(),
        note: e.note.clone(),
        external_id: e.external_id.clone(),
    }
}

/// The longest line read, in bytes: a line holds one article and its annotations, a few
/// hundred kilobytes at most; a longer one is reported and passed over without being held in
/// memory, so a file of one endless line cannot exhaust it.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// Reads the JSONL file `path`, one line at a time.
pub fn read(
    path: &Path,
    report: &mut AnnotationImportReport,
    progress: &mut dyn FnMut(usize, usize),
    cancel: &AtomicBool,
) -> Result<Vec<ForeignDocument>, AnnotationImportError> {
    read_limited(path, report, progress, cancel, MAX_LINE_BYTES)
}

/// [`read`] with lines longer than `max_line_bytes` reported and passed over. Progress counts
/// bytes of the file.
pub fn read_limited(
    path: &Path,
    report: &mut AnnotationImportReport,
    progress: &mut dyn FnMut(usize, usize),
    cancel: &AtomicBool,
    max_line_bytes: usize,
) -> Result<Vec<ForeignDocument>, AnnotationImportError> {
    let io = |e| AnnotationImportError::io(path, e);
    let file = std::fs::File::open(path).map_err(io)?;
    let total = file
        .metadata()
        .map_or(0, |m| usize::try_from(m.len()).unwrap_or(usize::MAX));
    let mut reader = BufReader::new(file);
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut documents = Vec::new();
    let mut buffer = Vec::new();
    let mut done = 0;
    for n in 1.. {
        if cancel.load(Ordering::Relaxed) {
            return Err(AnnotationImportError::Cancelled);
        }
        buffer.clear();
        // One byte past the limit tells a line of exactly the limit from a longer one.
        let limit = u64::try_from(max_line_bytes.saturating_add(1)).unwrap_or(u64::MAX);
        let read = (&mut reader)
            .take(limit)
            .read_until(b'\n', &mut buffer)
            .map_err(io)?;
        if read == 0 {
            break;
        }
        done += read;
        let source = format!("{name}:{n}");
        if buffer.last() != Some(&b'\n') && buffer.len() > max_line_bytes {
            let rest = reader.skip_until(b'\n').map_err(io)?;
            done += rest;
            let limit = crate::i18n::number(max_line_bytes).into();
            report.said(
                source,
                "annotation-skip-jsonl-line-too-long",
                &[("limit", limit)],
            );
            progress(done, total);
            continue;
        }
        progress(done, total);
        let line = std::str::from_utf8(&buffer)
            .map_err(|_| AnnotationImportError::invalid(path, InvalidFile::NotUtf8))?;
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        // Editors on Windows start UTF-8 files with a byte order mark; it is not part of line 1.
        let line = if n == 1 {
            line.strip_prefix('\u{feff}').unwrap_or(line)
        } else {
            line
        };
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(doc) => documents.push(foreign_document(&doc, &source, report)),
            Err(message) => report.problem(source, message),
        }
    }
    Ok(documents)
}

/// One line, with a numeric `id` (as doccano writes) turned into a string.
fn parse_line(line: &str) -> Result<JsonlDocument, Fault> {
    let said =
        |id, error: serde_json::Error| Fault::said(id, &[("error", error.to_string().into())]);
    let mut value: Value =
        serde_json::from_str(line).map_err(|e| said("annotation-skip-jsonl-not-json", e))?;
    let Some(object) = value.as_object_mut() else {
        return Err(Fault::said("annotation-skip-jsonl-not-an-object", &[]));
    };
    let id = match object.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    object.insert("id".to_owned(), Value::String(id));
    serde_json::from_value(value).map_err(|e| said("annotation-skip-jsonl-not-a-document", e))
}

#[expect(
    clippy::too_many_lines,
    reason = "spans, claims and relations of one line, in the order they are written"
)]
fn foreign_document(
    doc: &JsonlDocument,
    source: &str,
    report: &mut AnnotationImportReport,
) -> ForeignDocument {
    let mut out = ForeignDocument {
        source: source.to_owned(),
        name: doc.id.clone(),
        text: Some(doc.text.clone()),
        ..ForeignDocument::default()
    };
    for (key, &score) in &doc.cats {
        match crate::formats::doc_labels::parse_key(key) {
            Some(pair) if score > 0.5 => out.doc_labels.push(pair),
            Some(_) => {}
            None => report.said(
                format!("{source} cats"),
                "annotation-skip-jsonl-cats-key",
                &[("key", format!("{key:?}").into())],
            ),
        }
    }
    if doc.entities.is_empty() {
        out.spans = doc
            .label
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, (start, end, label))| ForeignSpan {
                location: format!("label[{i}]"),
                start,
                end,
                label,
                ..ForeignSpan::default()
            })
            .collect();
    } else {
        out.spans = doc
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| ForeignSpan {
                location: format!("entities[{i}]"),
                start: e.start_offset,
                end: e.end_offset,
                label: e.label.clone(),
                quotes: e
                    .text
                    .clone()
                    .map(|t| (e.start_offset, e.end_offset, t))
                    .into_iter()
                    .collect(),
                entity: e.entity.as_ref().map(foreign_entity),
                note: e.note.clone(),
                attributes: e.attributes.clone(),
                line: None,
            })
            .collect();
    }
    // Claims name spans by their `id` in `entities`.
    let span_index = |id: usize| {
        doc.entities
            .iter()
            .position(|e| e.id == id)
            .unwrap_or(usize::MAX)
    };
    for (i, claim) in doc.claims.iter().enumerate() {
        let location = format!("claims[{i}]");
        let mut value = |what: &str, parsed: Option<()>| {
            if parsed.is_none() {
                report.said(
                    format!("{source} {location}"),
                    "annotation-skip-jsonl-default-used",
                    &[("field", what.into())],
                );
            }
        };
        let mut polarity = crate::model::Polarity::default();
        value(
            "polarity",
            parse_polarity(&claim.polarity).map(|p| polarity = p),
        );
        let mut certainty = crate::model::Certainty::default();
        value(
            "certainty",
            parse_certainty(&claim.certainty).map(|c| certainty = c),
        );
        let mut quote_mode = crate::model::QuoteMode::default();
        value(
            "quote_mode",
            parse_quote_mode(&claim.quote_mode).map(|q| quote_mode = q),
        );
        let clusters = claim
            .clusters
            .iter()
            .filter_map(|c| {
                if let Some(relation) = parse_relation(&c.relation) {
                    Some((c.id.clone(), c.name.clone(), relation))
                } else {
                    report.said(
                        format!("{source} {location}"),
                        "annotation-skip-jsonl-cluster-relation",
                        &[("relation", format!("{:?}", c.relation).into())],
                    );
                    None
                }
            })
            .collect();
        out.claims.push(ForeignClaim {
            location,
            line: None,
            content: span_index(claim.content),
            claimant: match &claim.claimant {
                JsonlClaimant::Mention { span } => ForeignClaimant::Mention(span_index(*span)),
                JsonlClaimant::Entity { entity } => ForeignClaimant::Entity(foreign_entity(entity)),
                JsonlClaimant::Anonymous => ForeignClaimant::Anonymous,
                JsonlClaimant::Outlet => ForeignClaimant::Outlet,
            },
            cue: claim.cue.map(span_index),
            polarity,
            certainty,
            quote_mode,
            statement_date: claim.statement_date.clone(),
            note: claim.note.clone(),
            parent: claim.parent,
            clusters,
        });
    }
    // Relations name spans by their `id` in `entities`; the claims' repeat what `claims` say.
    for relation in doc.relations.iter().filter(|r| !is_claim_relation(&r.kind)) {
        out.relations.push(ForeignRelation {
            location: format!("relations[{}]", relation.id),
            line: None,
            kind: relation.kind.clone(),
            source: span_index(relation.from_id),
            target: span_index(relation.to_id),
            note: relation.note.clone(),
        });
    }
    out
}
