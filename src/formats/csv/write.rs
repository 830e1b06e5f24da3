//! Two CSV tables in a folder, for spreadsheets and statistics:
//!
//! * `claims.csv`: one row per claim and cluster it belongs to (one row with an empty cluster
//!   for a claim in none): `cluster, relation, claim, claimant, claimant_kind, cue, outlet,
//!   date, polarity, certainty, quote_mode, statement_date, document, start_codepoint,
//!   end_codepoint, claim_id`. `claim` is the content span's text, at `[start_codepoint,
//!   end_codepoint)` in Unicode code points of the document's text. `claimant` is the entity's
//!   name when the claimant is (or is a mention of) an entity, else the mention's text or the
//!   outlet's name.
//! * `entities.csv`: one row per entity: `entity, entity_id, type, aliases` (joined by ` | `),
//!   `external_id, mentions`, then one `mentions: <outlet>` column per outlet (and
//!   `mentions: unknown outlet` when documents without an outlet mention entities), counting
//!   the exported mentions.
//! * `documents.csv`: one row per document with a column per document category (see
//!   [`super::documents`]).
//! * `relations.csv`: one row per relation whose two spans are exported, across documents too
//!   (see [`super::relations`]).
//!
//! UTF-8 without a byte order mark, comma-separated, quoted where needed (RFC 4180).

use std::collections::BTreeMap;
use std::path::Path;

use crate::formats::conventions::{certainty_name, polarity_name, quote_mode_name};
use crate::formats::corpus::Corpus;
use crate::formats::jsonl::relation_name;
use crate::formats::writer::{
    CheckProblem, ExportError, ExportFormat, Exporter, Progress, check_quote, create_folder,
    read_back,
};
use crate::intake::decode::Fault;
use crate::model::{Claimant, EntityId, OutletId};
use crate::store::write_atomic;

/// The CSV exporter.
#[derive(Debug, Clone, Copy)]
pub struct Csv;

pub const CLAIMS_HEADER: [&str; 16] = [
    "cluster",
    "relation",
    "claim",
    "claimant",
    "claimant_kind",
    "cue",
    "outlet",
    "date",
    "polarity",
    "certainty",
    "quote_mode",
    "statement_date",
    "document",
    "start_codepoint",
    "end_codepoint",
    "claim_id",
];

fn csv_error(e: impl std::fmt::Display) -> ExportError {
    ExportError::encode("export-what-csv-table", e)
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, ExportError> {
    writer.into_inner().map_err(|e| csv_error(e.error()))
}

/// The rows of `claims.csv`.
pub fn claims_table(
    corpus: &Corpus<'_>,
    progress: &mut Progress<'_>,
) -> Result<Vec<u8>, ExportError> {
    let project = corpus.project;
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(CLAIMS_HEADER).map_err(csv_error)?;
    let entity_name = |id: &EntityId| {
        project
            .entity(id)
            .map_or_else(|| id.0.clone(), |e| e.name.clone())
    };
    for doc in &corpus.documents {
        let document = doc.document;
        let text_of = |id: &crate::model::SpanId| {
            doc.spans
                .iter()
                .find(|s| &s.id == id)
                .map(|s| (s, doc.slice(s.start, s.end).unwrap_or_default()))
        };
        for claim in &doc.claims {
            let Some((content, claim_text)) = text_of(&claim.content) else {
                continue;
            };
            let (claimant, kind) = match &claim.claimant {
                Claimant::Mention(span) => {
                    let name = text_of(span).map_or_else(String::new, |(s, text)| {
                        s.entity
                            .as_ref()
                            .map_or_else(|| text.to_owned(), entity_name)
                    });
                    (name, "mention")
                }
                Claimant::Entity(e) => (entity_name(e), "entity"),
                Claimant::Anonymous => (String::new(), "anonymous"),
                Claimant::Outlet => (project.outlet_name(&document.outlet).to_owned(), "outlet"),
            };
            let cue = claim.cue.as_ref().and_then(&text_of).map_or("", |(_, t)| t);
            let mut memberships: Vec<(&str, &str)> = project
                .clusters
                .values()
                .filter_map(|c| {
                    c.member(&document.id, &claim.id)
                        .map(|m| (c.name.as_str(), relation_name(m.relation)))
                })
                .collect();
            memberships.sort_unstable();
            if memberships.is_empty() {
                memberships.push(("", ""));
            }
            let start = content.start.to_string();
            let end = content.end.to_string();
            for (cluster, relation) in memberships {
                out.write_record([
                    cluster,
                    relation,
                    claim_text,
                    &claimant,
                    kind,
                    cue,
                    project.outlet_name(&document.outlet),
                    &document.date,
                    polarity_name(claim.polarity),
                    certainty_name(claim.certainty),
                    quote_mode_name(claim.quote_mode),
                    &claim.statement_date,
                    &document.id.0,
                    &start,
                    &end,
                    claim.id.as_str(),
                ])
                .map_err(csv_error)?;
            }
        }
        progress.step()?;
    }
    finish(out)
}

/// The rows of `entities.csv`.
pub fn entities_table(corpus: &Corpus<'_>) -> Result<Vec<u8>, ExportError> {
    let project = corpus.project;
    let mut counts: BTreeMap<&EntityId, BTreeMap<&OutletId, usize>> = BTreeMap::new();
    for doc in &corpus.documents {
        for span in &doc.spans {
            if let Some(entity) = &span.entity {
                *counts
                    .entry(entity)
                    .or_default()
                    .entry(&doc.document.outlet)
                    .or_default() += 1;
            }
        }
    }
    let mut outlets: Vec<&OutletId> = project.outlets.keys().collect();
    outlets.sort_by(|a, b| (project.outlet_name(a), a).cmp(&(project.outlet_name(b), b)));
    let unknown = OutletId::unknown();
    let mentions_unknown = counts.values().any(|per| per.contains_key(&unknown));
    if mentions_unknown {
        outlets.push(&unknown);
    }
    let mut header = vec![
        "entity".to_owned(),
        "entity_id".to_owned(),
        "type".to_owned(),
        "aliases".to_owned(),
        "external_id".to_owned(),
        "mentions".to_owned(),
    ];
    header.extend(outlets.iter().map(|o| {
        if o.is_unknown() {
            "mentions: unknown outlet".to_owned()
        } else {
            format!("mentions: {}", project.outlet_name(o))
        }
    }));
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(&header).map_err(csv_error)?;
    let mut entities: Vec<_> = project.entities.values().collect();
    entities.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    for entity in entities {
        let per_outlet = counts.get(&entity.id);
        let count = |o: &OutletId| per_outlet.and_then(|m| m.get(o)).copied().unwrap_or(0);
        let mut row = vec![
            entity.name.clone(),
            entity.id.0.clone(),
            corpus.label_name(&entity.kind),
            entity.aliases.join(" | "),
            entity.external_id.clone().unwrap_or_default(),
            per_outlet.map_or(0, |m| m.values().sum()).to_string(),
        ];
        row.extend(outlets.iter().map(|o| count(o).to_string()));
        out.write_record(&row).map_err(csv_error)?;
    }
    finish(out)
}

impl Exporter for Csv {
    fn format(&self) -> ExportFormat {
        ExportFormat::Csv
    }

    fn write(
        &self,
        corpus: &Corpus<'_>,
        out: &Path,
        progress: &mut Progress<'_>,
    ) -> Result<Vec<Fault>, ExportError> {
        create_folder(out)?;
        let claims = claims_table(corpus, progress)?;
        let entities = entities_table(corpus)?;
        write_atomic(&out.join("claims.csv"), &claims)?;
        write_atomic(&out.join("entities.csv"), &entities)?;
        write_atomic(&out.join("documents.csv"), &super::documents_table(corpus)?)?;
        write_atomic(
            &out.join("relations.csv"),
            &super::relations::relations_table(corpus)?,
        )?;
        Ok(Vec::new())
    }

    fn check(&self, corpus: &Corpus<'_>, out: &Path) -> Result<Vec<CheckProblem>, ExportError> {
        let path = out.join("claims.csv");
        let text = read_back(&path)?;
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let mut problems = Vec::new();
        let column = |name: &str| CLAIMS_HEADER.iter().position(|h| *h == name).unwrap_or(0);
        let (claim, document, start, end) = (
            column("claim"),
            column("document"),
            column("start_codepoint"),
            column("end_codepoint"),
        );
        for (n, record) in reader.records().enumerate() {
            let record = record.map_err(|e| ExportError::read_back(&path, e))?;
            let location = || Fault::Words(format!("{}:{}", path.display(), n + 2));
            let doc = corpus
                .documents
                .iter()
                .find(|d| d.document.id.0 == record.get(document).unwrap_or_default());
            let offsets = (
                record.get(start).and_then(|s| s.parse().ok()),
                record.get(end).and_then(|s| s.parse().ok()),
            );
            match (doc, offsets) {
                (Some(doc), (Some(s), Some(e))) => problems.extend(check_quote(
                    doc,
                    s,
                    e,
                    record.get(claim).unwrap_or_default(),
                    location,
                )),
                _ => problems.push(CheckProblem::said_at(
                    location(),
                    "export-check-csv-no-document",
                    &[],
                )),
            }
        }
        problems.extend(check_document_labels(corpus, out)?);
        problems.extend(super::relations::check_relations(corpus, out)?);
        Ok(problems)
    }
}

/// `documents.csv` read back must give every exported document its labels.
fn check_document_labels(
    corpus: &Corpus<'_>,
    out: &Path,
) -> Result<Vec<CheckProblem>, ExportError> {
    let path = out.join("documents.csv");
    let text = read_back(&path)?;
    let read = super::read_labels(&text).map_err(|e| ExportError::read_back(&path, e))?;
    let mut problems = Vec::new();
    for doc in &corpus.documents {
        let id = &doc.document.id;
        let expected: BTreeMap<_, Vec<String>> = corpus
            .project
            .annotations
            .doc_labels(id)
            .iter()
            .filter(|(c, _)| corpus.project.schema.category(c).is_some())
            .map(|(c, l)| (c.clone(), l.values.iter().map(|v| v.0.clone()).collect()))
            .collect();
        if read.get(id) != Some(&expected) {
            problems.push(CheckProblem::at(
                format!("{} {id}", path.display()),
                "export-check-csv-labels",
                &[],
            ));
        }
    }
    Ok(problems)
}
