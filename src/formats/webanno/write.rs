//! W3C Web Annotation Data Model, as JSON-LD: one `AnnotationCollection` whose first page holds
//! one `Annotation` per span.
//!
//! Each annotation targets its document (`urn:hashiya:document:<percent-encoded ID>`, with the
//! article's URL as `via` when known) through two selectors: a `TextQuoteSelector` (`exact`, and
//! up to 32 code points of `prefix` and `suffix`) and a `TextPositionSelector` (`start`, `end`).
//! The Web Annotation model counts positions in Unicode code points, hashiya's own unit; the
//! collection's `label` says so too.
//!
//! Bodies:
//! * the label: a `TextualBody` with purpose `tagging`, value = the label ID;
//! * the entity a mention refers to: a `SpecificResource` with purpose `identifying`, `source`
//!   `urn:hashiya:entity:<ID>`, `label` its name;
//! * a note: a `TextualBody` with purpose `commenting`;
//! * for the content span of each claim: `TextualBody`s with purpose `classifying` and values
//!   `claim:polarity=…`, `claim:certainty=…`, `claim:quote-mode=…`, `claim:statement-date=…`,
//!   and a `SpecificResource` with purpose `linking` to the claimant (the annotation of its
//!   mention, or the entity) and one to the cue's annotation.
//!
//! A document with labels gets one more annotation, motivated by `classifying`, whose target is
//! the document itself (no selector) and whose `TextualBody`s (purpose `classifying`) are its
//! values as `category/value`.
//!
//! Only terms of the Web Annotation context (`http://www.w3.org/ns/anno.jsonld`) are used, so
//! the output expands under it without loss.

use std::path::Path;

use serde_json::{Value, json};

use crate::formats::conventions::encode_iri_part;
use crate::formats::conventions::{OffsetUnit, certainty_name, polarity_name, quote_mode_name};
use crate::formats::corpus::{Corpus, ExportDocument};
use crate::formats::writer::{
    CheckProblem, ExportError, ExportFormat, Exporter, Progress, check_quote, read_back,
};
use crate::model::{Claimant, DocId, SpanId};
use crate::store::write_atomic;

/// The W3C Web Annotation exporter.
#[derive(Debug, Clone, Copy)]
pub struct WebAnno;

/// The JSON-LD context every output names.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// Code points of text before and after the exact quote.
pub const AFFIX_CHARS: usize = 32;

pub fn document_iri(doc: &DocId) -> String {
    format!("urn:hashiya:document:{}", encode_iri_part(&doc.0))
}

pub fn span_iri(doc: &DocId, span: &SpanId) -> String {
    format!("{}:span:{}", document_iri(doc), encode_iri_part(&span.0))
}

#[expect(
    clippy::too_many_lines,
    reason = "one annotation with all its bodies, in the order they are written"
)]
fn annotation(corpus: &Corpus<'_>, doc: &ExportDocument<'_>, index: usize) -> Value {
    let span = doc.spans[index];
    let id = &doc.document.id;
    let prefix_start = span.start.saturating_sub(AFFIX_CHARS);
    let suffix_end = (span.end + AFFIX_CHARS).min(doc.char_len());
    let mut bodies = vec![json!({
        "type": "TextualBody",
        "purpose": "tagging",
        "value": span.label.0,
    })];
    if let Some(entity) = &span.entity {
        let name = corpus
            .project
            .entity(entity)
            .map_or_else(|| entity.0.clone(), |e| e.name.clone());
        bodies.push(json!({
            "type": "SpecificResource",
            "purpose": "identifying",
            "source": format!("urn:hashiya:entity:{}", encode_iri_part(&entity.0)),
            "label": name,
        }));
    }
    if !span.note.is_empty() {
        bodies.push(json!({
            "type": "TextualBody",
            "purpose": "commenting",
            "value": span.note,
        }));
    }
    for (key, value) in &span.attributes {
        bodies.push(json!({
            "type": "TextualBody",
            "purpose": "describing",
            "value": format!("{key}={value}"),
        }));
    }
    for claim in doc.claims.iter().filter(|c| c.content == span.id) {
        let mut classify = |what: &str, value: &str| {
            bodies.push(json!({
                "type": "TextualBody",
                "purpose": "classifying",
                "value": format!("claim:{what}={value}"),
            }));
        };
        classify("polarity", polarity_name(claim.polarity));
        classify("certainty", certainty_name(claim.certainty));
        classify("quote-mode", quote_mode_name(claim.quote_mode));
        if !claim.statement_date.is_empty() {
            classify("statement-date", &claim.statement_date);
        }
        let claimant = match &claim.claimant {
            Claimant::Mention(s) => Some(span_iri(id, s)),
            Claimant::Entity(e) => Some(format!("urn:hashiya:entity:{}", encode_iri_part(&e.0))),
            Claimant::Anonymous => {
                classify("claimant", "anonymous");
                None
            }
            Claimant::Outlet => {
                classify("claimant", "outlet");
                None
            }
        };
        if let Some(source) = claimant {
            bodies.push(json!({
                "type": "SpecificResource",
                "purpose": "linking",
                "source": source,
                "label": "claimant",
            }));
        }
        if let Some(cue) = &claim.cue {
            bodies.push(json!({
                "type": "SpecificResource",
                "purpose": "linking",
                "source": span_iri(id, cue),
                "label": "cue",
            }));
        }
        if !claim.note.is_empty() {
            bodies.push(json!({
                "type": "TextualBody",
                "purpose": "commenting",
                "value": claim.note,
            }));
        }
    }
    let mut target = json!({
        "type": "SpecificResource",
        "source": document_iri(id),
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": doc.slice(span.start, span.end).unwrap_or_default(),
                "prefix": doc.slice(prefix_start, span.start).unwrap_or_default(),
                "suffix": doc.slice(span.end, suffix_end).unwrap_or_default(),
            },
            {
                "type": "TextPositionSelector",
                "start": span.start,
                "end": span.end,
            },
        ],
    });
    if !doc.document.url.is_empty() {
        target["via"] = json!(doc.document.url);
    }
    json!({
        "id": span_iri(id, &span.id),
        "type": "Annotation",
        "motivation": "tagging",
        "body": bodies,
        "target": target,
    })
}

/// The document's labels, when it has any: an annotation whose target is the whole document
/// (no selector), motivated by `classifying`, a `TextualBody` per value: `genre/op-ed`.
fn labels_annotation(corpus: &Corpus<'_>, doc: &ExportDocument<'_>) -> Option<Value> {
    let id = &doc.document.id;
    let pairs = crate::formats::doc_labels::pairs(corpus.project, id);
    if pairs.is_empty() {
        return None;
    }
    let bodies: Vec<Value> = pairs
        .iter()
        .map(|(category, value)| {
            json!({
                "type": "TextualBody",
                "purpose": "classifying",
                "value": crate::formats::doc_labels::key(category, value),
            })
        })
        .collect();
    let mut target = json!({ "source": document_iri(id) });
    if !doc.document.url.is_empty() {
        target["via"] = json!(doc.document.url);
    }
    Some(json!({
        "id": format!("{}:labels", document_iri(id)),
        "type": "Annotation",
        "motivation": "classifying",
        "body": bodies,
        "target": target,
    }))
}

/// The labels a document-level annotation of the collection gives, as `category/value` keys.
pub fn labels_of(item: &Value) -> Option<(String, Vec<String>)> {
    if item["motivation"] != "classifying" {
        return None;
    }
    let source = item["target"]["source"].as_str()?.to_owned();
    let values = item["body"]
        .as_array()?
        .iter()
        .filter_map(|b| b["value"].as_str().map(str::to_owned))
        .collect();
    Some((source, values))
}

/// The whole collection.
pub fn collection(corpus: &Corpus<'_>, progress: &mut Progress<'_>) -> Result<Value, ExportError> {
    let mut items = Vec::new();
    for doc in &corpus.documents {
        for i in 0..doc.spans.len() {
            items.push(annotation(corpus, doc, i));
        }
        items.extend(labels_annotation(corpus, doc));
        progress.step()?;
    }
    Ok(json!({
        "@context": CONTEXT,
        "id": format!("urn:hashiya:project:{}", encode_iri_part(&corpus.project.name)),
        "type": "AnnotationCollection",
        "label": format!(
            "{} — annotations exported by hashiya; TextPositionSelector offsets are {}",
            corpus.project.name,
            OffsetUnit::CodePoints.describe()
        ),
        "total": items.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    }))
}

impl Exporter for WebAnno {
    fn format(&self) -> ExportFormat {
        ExportFormat::Webanno
    }

    fn write(
        &self,
        corpus: &Corpus<'_>,
        out: &Path,
        progress: &mut Progress<'_>,
    ) -> Result<Vec<String>, ExportError> {
        let value = collection(corpus, progress)?;
        let mut text = serde_json::to_string_pretty(&value)
            .map_err(|e| ExportError::encode("the annotation collection", e))?;
        text.push('\n');
        write_atomic(out, text.as_bytes())?;
        Ok(Vec::new())
    }

    fn check(&self, corpus: &Corpus<'_>, out: &Path) -> Result<Vec<CheckProblem>, ExportError> {
        let written = read_back(out)?;
        let value: Value =
            serde_json::from_str(&written).map_err(|e| ExportError::read_back(out, e))?;
        let items = value["first"]["items"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut problems = Vec::new();
        let docs: std::collections::HashMap<String, &ExportDocument<'_>> = corpus
            .documents
            .iter()
            .map(|d| (document_iri(&d.document.id), d))
            .collect();
        let (labelled, items): (Vec<Value>, Vec<Value>) =
            items.into_iter().partition(|i| labels_of(i).is_some());
        if items.len() != corpus.span_count() {
            problems.push(CheckProblem {
                location: out.display().to_string(),
                message: format!(
                    "{} annotations for {} spans",
                    items.len(),
                    corpus.span_count()
                ),
            });
        }
        for (source, values) in labelled.iter().filter_map(labels_of) {
            let expected = docs.get(&source).map(|doc| {
                crate::formats::doc_labels::pairs(corpus.project, &doc.document.id)
                    .iter()
                    .map(|(c, v)| crate::formats::doc_labels::key(c, v))
                    .collect::<Vec<_>>()
            });
            if expected.as_ref() != Some(&values) {
                problems.push(CheckProblem {
                    location: format!("{source}:labels"),
                    message: "its labels are not the document's".to_owned(),
                });
            }
        }
        for item in &items {
            let id = item["id"].as_str().unwrap_or("an annotation").to_owned();
            let target = &item["target"];
            let Some(doc) = target["source"].as_str().and_then(|s| docs.get(s)) else {
                problems.push(CheckProblem {
                    location: id,
                    message: "targets no exported document".to_owned(),
                });
                continue;
            };
            let selectors = target["selector"].as_array().cloned().unwrap_or_default();
            let of_type = |ty: &str| selectors.iter().find(|s| s["type"] == ty).cloned();
            let (Some(quote), Some(position)) = (
                of_type("TextQuoteSelector"),
                of_type("TextPositionSelector"),
            ) else {
                problems.push(CheckProblem {
                    location: id,
                    message: "lacks a TextQuoteSelector or a TextPositionSelector".to_owned(),
                });
                continue;
            };
            let as_usize = |v: &Value| v.as_u64().and_then(|n| usize::try_from(n).ok());
            let (Some(start), Some(end)) =
                (as_usize(&position["start"]), as_usize(&position["end"]))
            else {
                problems.push(CheckProblem {
                    location: id,
                    message: "its TextPositionSelector has no start or end".to_owned(),
                });
                continue;
            };
            let exact = quote["exact"].as_str().unwrap_or_default();
            problems.extend(check_quote(doc, start, end, exact, || id.clone()));
            let prefix = quote["prefix"].as_str().unwrap_or_default();
            let suffix = quote["suffix"].as_str().unwrap_or_default();
            let before = doc.slice(start.saturating_sub(AFFIX_CHARS), start);
            let after = doc.slice(end, (end + AFFIX_CHARS).min(doc.char_len()));
            if before != Some(prefix) || after != Some(suffix) {
                problems.push(CheckProblem {
                    location: id,
                    message: "its prefix or suffix is not the text around the quote".to_owned(),
                });
            }
        }
        Ok(problems)
    }
}
