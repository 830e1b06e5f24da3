//! What the writers write: the chosen documents with their texts, spans and claims in a
//! deterministic order, and the relations between their spans ([`Corpus::relations`]).
//!
//! Documents come in project order, spans in reading order with every field as tie-breaker
//! ([`span_order`]), claims by the position of their spans ([`claim_order`]). IDs the project
//! makes at random (span and claim IDs) are not written where a format numbers its own
//! annotations, so a project imported from an export exports to the same bytes.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::writer::ExportError;
use crate::formats::conll::ConllOptions;
use crate::intake::decode::Fault;
use crate::model::{
    Claim, ClaimId, Claimant, DocId, Document, LabelId, Project, Span, SpanId, SpanRelation,
};

/// What to export and how.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Only these documents (by ID); all when `None`.
    pub documents: Option<BTreeSet<DocId>>,
    /// Only spans with these labels; all when `None`. A claim is exported when all its spans
    /// are.
    pub labels: Option<BTreeSet<LabelId>>,
    pub conll: ConllOptions,
}

/// The documents to export, each with its text and the spans and claims to write.
#[derive(Debug)]
pub struct Corpus<'a> {
    pub project: &'a Project,
    pub documents: Vec<ExportDocument<'a>>,
    /// Documents left out because their text could not be read, with the reason.
    pub skipped: Vec<(DocId, Fault)>,
    /// Claims and relations left out because a span they name was filtered out.
    pub left_out: Vec<Fault>,
}

/// One document as the exporters see it.
#[derive(Debug, Clone)]
pub struct ExportDocument<'a> {
    pub document: &'a Document,
    pub text: &'a str,
    /// In [`span_order`].
    pub spans: Vec<&'a Span>,
    /// In [`claim_order`]; every span they name is in `spans`.
    pub claims: Vec<&'a Claim>,
    /// Byte offset of each char, plus the text's length at the end.
    char_bytes: Vec<usize>,
}

impl<'a> ExportDocument<'a> {
    fn new(document: &'a Document, text: &'a str) -> Self {
        let mut char_bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        char_bytes.push(text.len());
        Self {
            document,
            text,
            spans: Vec::new(),
            claims: Vec::new(),
            char_bytes,
        }
    }

    /// Length of the text in chars.
    pub fn char_len(&self) -> usize {
        self.char_bytes.len() - 1
    }

    /// The text of the char range `[start, end)`; `None` when it is reversed or leaves the text.
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        if start > end {
            return None;
        }
        let text: &'a str = self.text;
        Some(&text[*self.char_bytes.get(start)?..*self.char_bytes.get(end)?])
    }

    /// The byte offset of char `index` (the text's length past the end).
    pub fn byte_of(&self, index: usize) -> usize {
        self.char_bytes
            .get(index)
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The char index of byte offset `byte` (which must be a char boundary).
    pub fn char_of(&self, byte: usize) -> usize {
        self.char_bytes.partition_point(|&b| b < byte)
    }

    /// The index in [`Self::spans`] of the span `id`.
    pub fn span_index(&self, id: &SpanId) -> Option<usize> {
        self.spans.iter().position(|s| &s.id == id)
    }

    /// The index in [`Self::claims`] of the claim `id`.
    pub fn claim_index(&self, id: &ClaimId) -> Option<usize> {
        self.claims.iter().position(|c| &c.id == id)
    }
}

/// A relation to export and where its two spans are: each end as the index of its document in
/// [`Corpus::documents`] and of the span in that document's [`ExportDocument::spans`].
#[derive(Debug, Clone, Copy)]
pub struct ExportRelation<'a> {
    pub relation: &'a SpanRelation,
    pub source: (usize, usize),
    pub target: (usize, usize),
}

impl ExportRelation<'_> {
    /// Whether its two spans lie in two documents.
    pub fn crosses_documents(&self) -> bool {
        self.source.0 != self.target.0
    }
}

impl<'a> Corpus<'a> {
    /// Prepares the export of `project`: `texts` holds the text of each document, in the order of
    /// `project.documents` (`None` for one that could not be read).
    pub fn new(
        project: &'a Project,
        texts: &[Option<&'a str>],
        options: &ExportOptions,
    ) -> Result<Self, ExportError> {
        if let Some(wanted) = &options.documents
            && let Some(missing) = wanted.iter().find(|d| project.document(d).is_none())
        {
            return Err(ExportError::UnknownDocument(missing.clone()));
        }
        if let Some(labels) = &options.labels
            && let Some(missing) = labels.iter().find(|l| project.schema.label(l).is_none())
        {
            return Err(ExportError::UnknownLabel(missing.clone()));
        }
        let mut corpus = Corpus {
            project,
            documents: Vec::new(),
            skipped: Vec::new(),
            left_out: Vec::new(),
        };
        for (i, document) in project.documents.iter().enumerate() {
            if options
                .documents
                .as_ref()
                .is_some_and(|wanted| !wanted.contains(&document.id))
            {
                continue;
            }
            let Some(text) = texts.get(i).copied().flatten() else {
                let reason = Fault::said("export-skipped-text-unreadable", &[]);
                corpus.skipped.push((document.id.clone(), reason));
                continue;
            };
            let mut doc = ExportDocument::new(document, text);
            doc.spans = project
                .annotations
                .spans(&document.id)
                .iter()
                .filter(|s| options.labels.as_ref().is_none_or(|l| l.contains(&s.label)))
                .collect();
            doc.spans.sort_by(|a, b| span_order(a, b));
            let kept: BTreeSet<&SpanId> = doc.spans.iter().map(|s| &s.id).collect();
            for claim in project.annotations.claims(&document.id) {
                if claim.spans().all(|s| kept.contains(s)) {
                    doc.claims.push(claim);
                } else {
                    corpus.left_out.push(Fault::said(
                        "export-left-out-claim-unexported-span",
                        &[
                            ("claim", claim.id.to_string().into()),
                            ("doc", document.id.to_string().into()),
                        ],
                    ));
                }
            }
            let position: BTreeMap<&SpanId, usize> = doc
                .spans
                .iter()
                .enumerate()
                .map(|(i, s)| (&s.id, i))
                .collect();
            doc.claims.sort_by(|a, b| claim_order(a, b, &position));
            corpus.documents.push(doc);
        }
        let ends = corpus.span_places();
        for doc in &corpus.documents {
            for relation in project.annotations.relations(&doc.document.id) {
                if !(ends.contains_key(&relation.source) && ends.contains_key(&relation.target)) {
                    corpus.left_out.push(Fault::said(
                        "export-left-out-relation-unexported-span",
                        &[
                            ("relation", relation.id.to_string().into()),
                            ("doc", doc.document.id.to_string().into()),
                        ],
                    ));
                }
            }
        }
        Ok(corpus)
    }

    /// Where each exported span is: its document's index in [`Self::documents`] and its index in
    /// that document's spans.
    fn span_places(&self) -> HashMap<&'a SpanId, (usize, usize)> {
        self.documents
            .iter()
            .enumerate()
            .flat_map(|(d, doc)| {
                doc.spans
                    .iter()
                    .enumerate()
                    .map(move |(s, span)| (&span.id, (d, s)))
            })
            .collect()
    }

    /// The relations to export: kept with an exported document, both their spans exported (in
    /// the same or another exported document); by document, then ID.
    pub fn relations(&self) -> Vec<ExportRelation<'a>> {
        let places = self.span_places();
        self.documents
            .iter()
            .flat_map(|doc| self.project.annotations.relations(&doc.document.id))
            .filter_map(|relation| {
                Some(ExportRelation {
                    relation,
                    source: *places.get(&relation.source)?,
                    target: *places.get(&relation.target)?,
                })
            })
            .collect()
    }

    /// The document and the span at `place` (as [`ExportRelation`] gives its ends).
    pub fn span_at(&self, (doc, span): (usize, usize)) -> (&ExportDocument<'a>, &'a Span) {
        let doc = &self.documents[doc];
        (doc, doc.spans[span])
    }

    /// The line of the export report for the exported relations between two documents, which
    /// `format` cannot hold (it joins annotations of one document only); `None` when there are
    /// none.
    pub fn cross_document_left_out(&self, format: &str) -> Option<Fault> {
        let crossing = self
            .relations()
            .iter()
            .filter(|r| r.crosses_documents())
            .count();
        (crossing > 0).then(|| {
            Fault::said(
                "export-left-out-cross-document",
                &[("count", crossing.into()), ("format", format.into())],
            )
        })
    }

    pub fn span_count(&self) -> usize {
        self.documents.iter().map(|d| d.spans.len()).sum()
    }

    pub fn claim_count(&self) -> usize {
        self.documents.iter().map(|d| d.claims.len()).sum()
    }

    /// The name of label `id` (the ID when the schema lacks it).
    pub fn label_name(&self, id: &LabelId) -> String {
        self.project
            .schema
            .label(id)
            .map_or_else(|| id.0.clone(), |l| l.name.clone())
    }

    /// Every label the exported spans use, schema labels first in schema order, then labels the
    /// schema lacks, sorted.
    pub fn labels_used(&self) -> Vec<LabelId> {
        let used: BTreeSet<&LabelId> = self
            .documents
            .iter()
            .flat_map(|d| d.spans.iter().map(|s| &s.label))
            .collect();
        let mut out: Vec<LabelId> = self
            .project
            .schema
            .labels
            .iter()
            .filter(|l| used.contains(&l.id))
            .map(|l| l.id.clone())
            .collect();
        out.extend(
            used.into_iter()
                .filter(|l| self.project.schema.label(l).is_none())
                .cloned(),
        );
        out
    }
}

/// Reading order with every field as tie-breaker, so two spans over the same text come out in
/// the same order whatever their (random) IDs — and so after an import that gave them new ones.
pub fn span_order(a: &Span, b: &Span) -> std::cmp::Ordering {
    (
        a.start,
        a.end,
        &a.label,
        &a.entity,
        &a.note,
        &a.attributes,
        &a.id,
    )
        .cmp(&(
            b.start,
            b.end,
            &b.label,
            &b.entity,
            &b.note,
            &b.attributes,
            &b.id,
        ))
}

/// Claims by the position of their content span, then cue, claimant and attributes; the ID
/// last. `position` maps span IDs to their index in reading order.
pub fn claim_order(
    a: &Claim,
    b: &Claim,
    position: &BTreeMap<&SpanId, usize>,
) -> std::cmp::Ordering {
    let key = |c: &Claim| {
        let at = |s: &SpanId| position.get(s).copied();
        let claimant = match &c.claimant {
            Claimant::Mention(s) => (0, at(s), None),
            Claimant::Entity(e) => (1, None, Some(e.0.clone())),
            Claimant::Anonymous => (2, None, None),
            Claimant::Outlet => (3, None, None),
        };
        (
            at(&c.content),
            c.cue.as_ref().map(at),
            claimant,
            c.polarity,
            c.certainty,
            c.quote_mode,
            c.statement_date.clone(),
            c.note.clone(),
        )
    };
    key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
}
