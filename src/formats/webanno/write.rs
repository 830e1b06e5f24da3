//! W3C Web Annotation Data Model, as JSON-LD: one `AnnotationCollection` whose first page holds
//! one `Annotation` per span, then one per relation between spans.
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
//! Each relation between two exported spans (of one document or two) is an annotation motivated
//! by `linking` whose `target` is the two spans' targets, source first (see
//! `relation_annotation` for its bodies).
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
use crate::formats::corpus::{Corpus, ExportDocument, ExportRelation};
use crate::formats::writer::{
    CheckProblem, ExportError, ExportFormat, Exporter, Progress, check_quote, read_back,
};
use crate::intake::decode::Fault;
use crate::model::{Claimant, DocId, RelationId, Span, SpanId};
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

/// The annotation of a span with all its bodies, in the order they are written.
fn annotation(corpus: &Corpus<'_>, doc: &ExportDocument<'_>, index: usize) -> Value {
    let span = doc.spans[index];
    let id = &doc.document.id;
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
    json!({
        "id": span_iri(id, &span.id),
        "type": "Annotation",
        "motivation": "tagging",
        "body": bodies,
        "target": span_target(doc, span),
    })
}

/// The target of a span: its document through a `TextQuoteSelector` and a
/// `TextPositionSelector`, the article's URL as `via` when known.
fn span_target(doc: &ExportDocument<'_>, span: &Span) -> Value {
    let prefix_start = span.start.saturating_sub(AFFIX_CHARS);
    let suffix_end = (span.end + AFFIX_CHARS).min(doc.char_len());
    let mut target = json!({
        "type": "SpecificResource",
        "source": document_iri(&doc.document.id),
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
    target
}

/// The IRI of a relation's annotation, under the document it is kept with.
pub fn relation_iri(doc: &DocId, relation: &RelationId) -> String {
    format!(
        "{}:relation:{}",
        document_iri(doc),
        encode_iri_part(&relation.0)
    )
}

/// A relation between two spans, of one document or two: motivated by `linking`, its two spans'
/// targets (the source first), a `TextualBody` with purpose `tagging` naming its type (the
/// relation type's ID), one with purpose `classifying` saying whether it has a direction
/// (`relation:directed=true`), a `SpecificResource` with purpose `linking` to each span's own
/// annotation (labelled `source` and `target`, so the direction does not rest on the order of
/// the targets, which JSON-LD does not keep), and its note (`commenting`).
fn relation_annotation(corpus: &Corpus<'_>, relation: &ExportRelation<'_>) -> Value {
    let (source_doc, source) = corpus.span_at(relation.source);
    let (target_doc, target) = corpus.span_at(relation.target);
    let r = relation.relation;
    let directed = corpus
        .project
        .schema
        .relation_type(&r.kind)
        .is_none_or(|t| t.directed);
    let link = |doc: &ExportDocument<'_>, span: &Span, role: &str| {
        json!({
            "type": "SpecificResource",
            "purpose": "linking",
            "source": span_iri(&doc.document.id, &span.id),
            "label": role,
        })
    };
    let mut bodies = vec![
        json!({
            "type": "TextualBody",
            "purpose": "tagging",
            "value": r.kind.0,
        }),
        json!({
            "type": "TextualBody",
            "purpose": "classifying",
            "value": format!("relation:directed={directed}"),
        }),
        link(source_doc, source, "source"),
        link(target_doc, target, "target"),
    ];
    if !r.note.is_empty() {
        bodies.push(json!({
            "type": "TextualBody",
            "purpose": "commenting",
            "value": r.note,
        }));
    }
    json!({
        "id": relation_iri(&source_doc.document.id, &r.id),
        "type": "Annotation",
        "motivation": "linking",
        "body": bodies,
        "target": [span_target(source_doc, source), span_target(target_doc, target)],
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
    items.extend(
        corpus
            .relations()
            .iter()
            .map(|r| relation_annotation(corpus, r)),
    );
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

/// The exported documents by their IRI.
type DocsByIri<'c, 'a> = std::collections::HashMap<String, &'c ExportDocument<'a>>;

/// Checks one target read back (an exported document, both selectors, the quote and its prefix
/// and suffix the text at the positions) and returns its document's IRI and its range.
fn check_target(
    docs: &DocsByIri<'_, '_>,
    target: &Value,
    id: &Fault,
    problems: &mut Vec<CheckProblem>,
) -> Option<(String, usize, usize)> {
    let mut problem = |message: &'static str| {
        problems.push(CheckProblem::said_at(id.clone(), message, &[]));
        None
    };
    let Some((iri, doc)) = target["source"]
        .as_str()
        .and_then(|s| docs.get(s).map(|d| (s, d)))
    else {
        return problem("export-check-webanno-no-document");
    };
    let selectors = target["selector"].as_array().cloned().unwrap_or_default();
    let of_type = |ty: &str| selectors.iter().find(|s| s["type"] == ty).cloned();
    let (Some(quote), Some(position)) = (
        of_type("TextQuoteSelector"),
        of_type("TextPositionSelector"),
    ) else {
        return problem("export-check-webanno-selectors");
    };
    let as_usize = |v: &Value| v.as_u64().and_then(|n| usize::try_from(n).ok());
    let (Some(start), Some(end)) = (as_usize(&position["start"]), as_usize(&position["end"]))
    else {
        return problem("export-check-webanno-position");
    };
    let exact = quote["exact"].as_str().unwrap_or_default();
    let prefix = quote["prefix"].as_str().unwrap_or_default();
    let suffix = quote["suffix"].as_str().unwrap_or_default();
    let before = doc.slice(start.saturating_sub(AFFIX_CHARS), start);
    let after = doc.slice(end, (end + AFFIX_CHARS).min(doc.char_len()));
    if before != Some(prefix) || after != Some(suffix) {
        problem("export-check-webanno-affixes");
    }
    problems.extend(check_quote(doc, start, end, exact, || id.clone()));
    Some((iri.to_owned(), start, end))
}

/// The relation annotations read back: one per exported relation, each with two targets that
/// check out and are its source's and its target's document and range, in that order.
fn check_relations(
    corpus: &Corpus<'_>,
    docs: &DocsByIri<'_, '_>,
    items: &[Value],
) -> Vec<CheckProblem> {
    let mut problems = Vec::new();
    let expected = corpus.relations();
    if items.len() != expected.len() {
        problems.push(CheckProblem::said_at(
            Fault::said("export-check-at-relations", &[]),
            "export-check-webanno-relations",
            &[
                ("annotations", items.len().into()),
                ("relations", expected.len().into()),
            ],
        ));
    }
    let place = |at: (usize, usize)| {
        let (doc, span) = corpus.span_at(at);
        Some((document_iri(&doc.document.id), span.start, span.end))
    };
    for relation in &expected {
        let doc = &corpus.documents[relation.source.0].document.id;
        let id = relation_iri(doc, &relation.relation.id);
        let Some(item) = items.iter().find(|i| i["id"] == id.as_str()) else {
            problems.push(CheckProblem::at(
                id,
                "export-check-webanno-no-annotation",
                &[],
            ));
            continue;
        };
        let id = Fault::Words(id);
        let targets = item["target"].as_array().cloned().unwrap_or_default();
        let found: Vec<_> = targets
            .iter()
            .map(|t| check_target(docs, t, &id, &mut problems))
            .collect();
        if found != [place(relation.source), place(relation.target)] {
            problems.push(CheckProblem::said_at(
                id,
                "export-check-webanno-targets",
                &[],
            ));
        }
    }
    problems
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
    ) -> Result<Vec<Fault>, ExportError> {
        let value = collection(corpus, progress)?;
        let mut text = serde_json::to_string_pretty(&value)
            .map_err(|e| ExportError::encode("export-what-collection", e))?;
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
        let (relations, items): (Vec<Value>, Vec<Value>) = items
            .into_iter()
            .partition(|i| i["motivation"] == "linking");
        if items.len() != corpus.span_count() {
            problems.push(CheckProblem::at(
                out.display().to_string(),
                "export-check-webanno-annotations",
                &[
                    ("annotations", items.len().into()),
                    ("spans", corpus.span_count().into()),
                ],
            ));
        }
        for (source, values) in labelled.iter().filter_map(labels_of) {
            let expected = docs.get(&source).map(|doc| {
                crate::formats::doc_labels::pairs(corpus.project, &doc.document.id)
                    .iter()
                    .map(|(c, v)| crate::formats::doc_labels::key(c, v))
                    .collect::<Vec<_>>()
            });
            if expected.as_ref() != Some(&values) {
                problems.push(CheckProblem::said_at(
                    Fault::said(
                        "export-check-at-labels",
                        &[("source", source.as_str().into())],
                    ),
                    "export-check-webanno-labels",
                    &[],
                ));
            }
        }
        for item in &items {
            let id = match item["id"].as_str() {
                Some(id) => Fault::Words(id.to_owned()),
                None => Fault::said("export-check-an-annotation", &[]),
            };
            check_target(&docs, &item["target"], &id, &mut problems);
        }
        problems.extend(check_relations(corpus, &docs, &relations));
        Ok(problems)
    }
}
