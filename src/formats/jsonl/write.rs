//! doccano-compatible JSON Lines: one document per line.
//!
//! ```json
//! {"id":"nahar-0001.txt","text":"…","label":[[11,21,"GPE"]],
//!  "entities":[{"id":0,"label":"GPE","start_offset":11,"end_offset":21,"text":"جسر الرمان",
//!               "entity":{"id":"3d86b0f5e7214ac9","name":"جسر الرمان","kind":"GPE"}}],
//!  "relations":[{"id":0,"from_id":3,"to_id":2,"type":"claimant"}],
//!  "claims":[{"content":3,"claimant":{"kind":"mention","span":2},"cue":1,…}],
//!  "cats":{"genre/op-ed":1.0,"dialect/msa":1.0},
//!  "meta":{"offsets":"unicode code points","outlet":"…","date":"…","url":"…",…}}
//! ```
//!
//! `label` is doccano's sequence-labelling field (`[start, end, LABEL]`); `entities` and
//! `relations` are doccano's relation-extraction fields, numbered per document, with the span's
//! text, its entity link, note and attributes added; `relations` hold the claimant (content →
//! claimant mention) and cue (content → cue) relations of claims, then the relations between two
//! spans of the document (`type` the relation type's ID, `from_id` its source, `to_id` its
//! target, `note` when it has one; a relation to a span of another document cannot be written
//! and is reported as left out), and `claims` every claim with
//! its attributes, its parent (an index into `claims`) and its clusters; `cats` the document's
//! labels (`category/value`, see [`crate::formats::doc_labels`]), left out when it has none. Offsets are Unicode code
//! points (doccano reads them as Python `str` indices), stated in `meta.offsets`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::formats::conventions::{OffsetUnit, certainty_name, polarity_name, quote_mode_name};
use crate::formats::corpus::{Corpus, ExportDocument};
use crate::formats::writer::{
    CheckProblem, ExportError, ExportFormat, Exporter, Progress, check_quote, check_relation_set,
    line_of_output, read_back,
};
use crate::intake::decode::Fault;
use crate::model::{Claimant, Relation};
use crate::store::write_atomic;

/// The doccano JSONL exporter.
#[derive(Debug, Clone, Copy)]
pub struct Jsonl;

/// One line of the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonlDocument {
    pub id: String,
    pub text: String,
    /// `[start, end, label]`, code points.
    #[serde(default)]
    pub label: Vec<(usize, usize, String)>,
    #[serde(default)]
    pub entities: Vec<JsonlSpan>,
    #[serde(default)]
    pub relations: Vec<JsonlRelation>,
    #[serde(default)]
    pub claims: Vec<JsonlClaim>,
    /// The document's labels, spaCy's and doccano's text-classification form:
    /// `{"genre/op-ed": 1.0}`; a value read back is set when above 0.5.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub cats: BTreeMap<String, f64>,
    #[serde(default)]
    pub meta: JsonlMeta,
}

/// A span, as doccano's relation-extraction `entities` plus what hashiya adds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonlSpan {
    pub id: usize,
    pub label: String,
    pub start_offset: usize,
    pub end_offset: usize,
    /// The text at the offsets (checked on import).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<JsonlEntity>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

/// The entity a mention (or a claim) refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonlEntity {
    pub id: String,
    pub name: String,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}

/// A doccano relation between two `entities` (by their `id`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonlRelation {
    pub id: usize,
    pub from_id: usize,
    pub to_id: usize,
    /// `claimant` or `cue` (a claim's), or the ID of a relation type of the schema.
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A claim; spans are `entities` IDs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonlClaim {
    pub content: usize,
    pub claimant: JsonlClaimant,
    #[serde(default)]
    pub cue: Option<usize>,
    pub polarity: String,
    pub certainty: String,
    pub quote_mode: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub statement_date: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Index of the claim (in `claims`) this one is reported inside.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<usize>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub clusters: Vec<JsonlClusterRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum JsonlClaimant {
    Mention { span: usize },
    Entity { entity: JsonlEntity },
    Anonymous,
    Outlet,
}

/// A cluster a claim belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JsonlClusterRef {
    pub id: String,
    pub name: String,
    /// `Reports`, `Supports`, `Contradicts` or `Denies`.
    pub relation: String,
}

/// The document's metadata; `offsets` states the unit.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct JsonlMeta {
    #[serde(default)]
    pub offsets: String,
    #[serde(default)]
    pub path: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub outlet: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub language: String,
}

pub fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::Reports => "Reports",
        Relation::Supports => "Supports",
        Relation::Contradicts => "Contradicts",
        Relation::Denies => "Denies",
    }
}

pub fn parse_relation(s: &str) -> Option<Relation> {
    [
        Relation::Reports,
        Relation::Supports,
        Relation::Contradicts,
        Relation::Denies,
    ]
    .into_iter()
    .find(|r| relation_name(*r) == s)
}

/// The relations between two spans of `doc` as `(from_id, to_id, type, note)`, the type a
/// relation type's ID; sorted, after the claims' relations. One to another document is left out
/// ([`Jsonl::write`] reports it).
fn span_relations(
    corpus: &Corpus<'_>,
    doc: &ExportDocument<'_>,
) -> Vec<(usize, usize, String, String)> {
    let mut out: Vec<(usize, usize, String, String)> = corpus
        .project
        .annotations
        .relations(&doc.document.id)
        .iter()
        .filter_map(|r| {
            Some((
                doc.span_index(&r.source)?,
                doc.span_index(&r.target)?,
                r.kind.0.clone(),
                r.note.clone(),
            ))
        })
        .collect();
    out.sort();
    out
}

/// Whether a JSONL relation type is a claim's (`claimant`, `cue`) rather than a relation type.
pub fn is_claim_relation(kind: &str) -> bool {
    matches!(kind, "claimant" | "cue")
}

/// The JSONL line of one document.
#[expect(
    clippy::too_many_lines,
    reason = "spans, relations, claims and metadata of one line, in the order they are written"
)]
pub fn document_line(corpus: &Corpus<'_>, doc: &ExportDocument<'_>) -> JsonlDocument {
    let project = corpus.project;
    let entity_of = |id: &crate::model::EntityId| {
        project.entity(id).map_or_else(
            || JsonlEntity {
                id: id.0.clone(),
                name: id.0.clone(),
                kind: String::new(),
                aliases: Vec::new(),
                note: String::new(),
                external_id: None,
            },
            |e| JsonlEntity {
                id: e.id.0.clone(),
                name: e.name.clone(),
                kind: e.kind.0.clone(),
                aliases: e.aliases.clone(),
                note: e.note.clone(),
                external_id: e.external_id.clone(),
            },
        )
    };
    let spans: Vec<JsonlSpan> = doc
        .spans
        .iter()
        .enumerate()
        .map(|(i, s)| JsonlSpan {
            id: i,
            label: s.label.0.clone(),
            start_offset: s.start,
            end_offset: s.end,
            text: Some(doc.slice(s.start, s.end).unwrap_or_default().to_owned()),
            entity: s.entity.as_ref().map(entity_of),
            note: s.note.clone(),
            attributes: s.attributes.clone(),
        })
        .collect();
    let mut relations = Vec::new();
    let mut claims = Vec::new();
    for claim in &doc.claims {
        // Corpus::new keeps only claims whose spans are all exported.
        let Some(content) = doc.span_index(&claim.content) else {
            continue;
        };
        let cue = claim.cue.as_ref().and_then(|c| doc.span_index(c));
        let claimant = match &claim.claimant {
            Claimant::Mention(span) => match doc.span_index(span) {
                Some(span) => JsonlClaimant::Mention { span },
                None => JsonlClaimant::Anonymous,
            },
            Claimant::Entity(e) => JsonlClaimant::Entity {
                entity: entity_of(e),
            },
            Claimant::Anonymous => JsonlClaimant::Anonymous,
            Claimant::Outlet => JsonlClaimant::Outlet,
        };
        if let JsonlClaimant::Mention { span } = claimant {
            relations.push((content, span, "claimant"));
        }
        if let Some(cue) = cue {
            relations.push((content, cue, "cue"));
        }
        let mut clusters: Vec<JsonlClusterRef> = project
            .clusters
            .values()
            .filter_map(|c| {
                c.member(&doc.document.id, &claim.id)
                    .map(|m| JsonlClusterRef {
                        id: c.id.0.clone(),
                        name: c.name.clone(),
                        relation: relation_name(m.relation).to_owned(),
                    })
            })
            .collect();
        clusters.sort_by(|a, b| a.id.cmp(&b.id));
        claims.push(JsonlClaim {
            content,
            claimant,
            cue,
            polarity: polarity_name(claim.polarity).to_owned(),
            certainty: certainty_name(claim.certainty).to_owned(),
            quote_mode: quote_mode_name(claim.quote_mode).to_owned(),
            statement_date: claim.statement_date.clone(),
            note: claim.note.clone(),
            parent: claim.parent.as_ref().and_then(|p| doc.claim_index(p)),
            clusters,
        });
    }
    relations.sort_unstable();
    relations.dedup();
    let relations = relations
        .into_iter()
        .map(|(from_id, to_id, kind)| (from_id, to_id, kind.to_owned(), String::new()))
        .chain(span_relations(corpus, doc))
        .enumerate()
        .map(|(id, (from_id, to_id, kind, note))| JsonlRelation {
            id,
            from_id,
            to_id,
            kind,
            note,
        })
        .collect();
    let document = doc.document;
    JsonlDocument {
        id: document.id.0.clone(),
        text: doc.text.to_owned(),
        label: spans
            .iter()
            .map(|s| (s.start_offset, s.end_offset, s.label.clone()))
            .collect(),
        entities: spans,
        relations,
        claims,
        cats: crate::formats::doc_labels::pairs(project, &document.id)
            .into_iter()
            .map(|(c, v)| (crate::formats::doc_labels::key(&c, &v), 1.0))
            .collect(),
        meta: JsonlMeta {
            offsets: OffsetUnit::CodePoints.describe().to_owned(),
            path: document.path.clone(),
            title: document.title.clone(),
            outlet: project.outlet_name(&document.outlet).to_owned(),
            date: document.date.clone(),
            author: document.author.clone(),
            url: document.url.clone(),
            language: document.language.clone(),
        },
    }
}

/// The span relations of a line read back: each names two `entities`, and as type and the
/// ranges and labels of its ends they are those written.
fn check_relations(
    corpus: &Corpus<'_>,
    doc: &ExportDocument<'_>,
    parsed: &JsonlDocument,
    line: usize,
) -> Vec<CheckProblem> {
    let ends = |from: usize, to: usize| {
        let end = |id: usize| {
            parsed
                .entities
                .iter()
                .find(|e| e.id == id)
                .map(|e| (e.start_offset, e.end_offset, e.label.clone()))
        };
        Some((end(from)?, end(to)?))
    };
    let mut found = Vec::new();
    let mut problems = Vec::new();
    for relation in parsed
        .relations
        .iter()
        .filter(|r| !is_claim_relation(&r.kind))
    {
        match ends(relation.from_id, relation.to_id) {
            Some((from, to)) => found.push((relation.kind.clone(), from, to)),
            None => problems.push(CheckProblem::said_at(
                Fault::said(
                    "export-check-at-line-relation",
                    &[
                        ("line", line.into()),
                        ("relation", relation.id.to_string().into()),
                    ],
                ),
                "export-check-jsonl-relation-end",
                &[],
            )),
        }
    }
    let span = |i: usize| {
        let s = doc.spans[i];
        (s.start, s.end, s.label.0.clone())
    };
    let expected: Vec<_> = span_relations(corpus, doc)
        .into_iter()
        .map(|(from, to, kind, _)| (kind, span(from), span(to)))
        .collect();
    problems.extend(check_relation_set(found, expected, || line_of_output(line)));
    problems
}

impl Exporter for Jsonl {
    fn format(&self) -> ExportFormat {
        ExportFormat::Jsonl
    }

    fn write(
        &self,
        corpus: &Corpus<'_>,
        out: &Path,
        progress: &mut Progress<'_>,
    ) -> Result<Vec<Fault>, ExportError> {
        let mut text = String::new();
        for doc in &corpus.documents {
            let line = serde_json::to_string(&document_line(corpus, doc))
                .map_err(|e| ExportError::encode("export-what-jsonl-line", e))?;
            let _ = writeln!(text, "{line}");
            progress.step()?;
        }
        write_atomic(out, text.as_bytes())?;
        Ok(corpus
            .cross_document_left_out("JSONL")
            .into_iter()
            .collect())
    }

    fn check(&self, corpus: &Corpus<'_>, out: &Path) -> Result<Vec<CheckProblem>, ExportError> {
        let written = read_back(out)?;
        let mut problems = Vec::new();
        let lines: Vec<&str> = written.lines().collect();
        if lines.len() != corpus.documents.len() {
            problems.push(CheckProblem::at(
                out.display().to_string(),
                "export-check-jsonl-lines",
                &[
                    ("lines", lines.len().into()),
                    ("documents", corpus.documents.len().into()),
                ],
            ));
        }
        for (n, (line, doc)) in lines.iter().zip(&corpus.documents).enumerate() {
            let line_no = n + 1;
            // Where a `label` entry of the line is, said by message `what` (its span, or the
            // entry itself when no span carries its text).
            let label_at = |what: &'static str, start: usize, end: usize, label: &str| {
                let args = [
                    ("line", line_no.into()),
                    ("start", start.into()),
                    ("end", end.into()),
                    ("label", label.into()),
                ];
                Fault::said(what, &args)
            };
            let parsed: JsonlDocument = serde_json::from_str(line).map_err(|e| {
                let args = [("line", line_no.into()), ("error", e.to_string().into())];
                ExportError::read_back_said(out, Fault::said("export-check-line-unreadable", &args))
            })?;
            if parsed.text != doc.text {
                problems.push(CheckProblem::at_line(
                    line_no,
                    "export-check-jsonl-text",
                    &[("doc", doc.document.id.to_string().into())],
                ));
            }
            problems.extend(check_relations(corpus, doc, &parsed, line_no));
            for &(start, end, ref label) in &parsed.label {
                let span = parsed
                    .entities
                    .iter()
                    .find(|s| (s.start_offset, s.end_offset, &s.label) == (start, end, label));
                let quoted = span.and_then(|s| s.text.as_deref());
                match quoted {
                    Some(quoted) => problems.extend(check_quote(doc, start, end, quoted, || {
                        label_at("export-check-at-line-span", start, end, label)
                    })),
                    None => problems.push(CheckProblem::said_at(
                        label_at("export-check-at-line-label", start, end, label),
                        "export-check-jsonl-no-entity",
                        &[],
                    )),
                }
            }
        }
        Ok(problems)
    }
}
