//! All spans and claims of a project, per document: what one annotation file holds.
//!
//! Invariants, kept by every method:
//! * each document's spans are sorted by `(start, end, id)` — logical (reading) order, the order
//!   they are written to disk in, whatever order they were made in;
//! * each document's claims are sorted by ID (a claim has no place in the text of its own; its
//!   spans have);
//! * span IDs are unique across the whole project (not only within a document), so a span can
//!   be found by its ID alone; so are claim IDs;
//! * a document without spans and claims has no entry (so two `Annotations` with the same
//!   content are equal, however they got there);
//! * every span has a non-empty ID and a non-empty range (`start < end`); every claim a
//!   non-empty ID.
//!
//! That a claim's spans exist is not an invariant of this type but of the project: edits check
//! it ([`crate::model::Edit::check`]), loading reports what does not resolve
//! ([`crate::model::Project::broken_references`]).
//!
//! Spans of documents that are not in the project are kept (e.g. annotation files merged from a
//! colleague's copy that also imported more articles); [`crate::model::Project::orphan_annotations`]
//! lists them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use super::relation::{RelationIndex, SpanRelation};
use super::{CategoryId, Claim, ClaimId, DocId, DocLabel, DocLabels, Span, SpanId};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Annotations {
    /// Shared between copies until one of them changes a document (`Arc::make_mut`), so a copy
    /// costs little and [`Annotations::version_of`] can tell which documents changed.
    pub(super) by_doc: BTreeMap<DocId, Arc<DocAnnotations>>,
    /// Where each span lives: a function of `by_doc`, kept for finding a span by ID alone.
    index: HashMap<SpanId, DocId>,
    /// Where each claim lives, likewise.
    claim_index: HashMap<ClaimId, DocId>,
    /// Where each relation lives and the relations at each span (see [`super::relation`]).
    pub(super) relation_index: RelationIndex,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct DocAnnotations {
    spans: Vec<Span>,
    claims: Vec<Claim>,
    /// Relations whose source is a span of this document, sorted by ID.
    pub(super) relations: Vec<SpanRelation>,
    /// The document's labels (genre, dialect, …) by category.
    labels: DocLabels,
}

impl DocAnnotations {
    pub(super) fn is_empty(&self) -> bool {
        self.spans.is_empty()
            && self.claims.is_empty()
            && self.labels.is_empty()
            && self.relations.is_empty()
    }
}

/// What a document without labels has.
static NO_LABELS: DocLabels = DocLabels::new();

/// One document's annotations at one moment. Two versions are the same exactly when nothing
/// changed the document between them: every change goes through `Arc::make_mut`, which copies
/// a document that a version still holds. Cheap to keep: it shares the document.
#[derive(Debug, Clone)]
pub struct DocVersion(Arc<DocAnnotations>);

impl DocVersion {
    /// Whether no change happened between the two versions (not merely equal content).
    pub fn same_as(&self, other: &DocVersion) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Why a change to [`Annotations`] was refused. Nothing was changed. Said in the interface's
/// language when shown ([`super::problems`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnnotationError {
    DuplicateId {
        id: SpanId,
        doc: DocId,
    },
    Missing {
        id: SpanId,
        doc: DocId,
    },
    Empty {
        id: SpanId,
        start: usize,
        end: usize,
    },
    DuplicateClaimId {
        id: ClaimId,
        doc: DocId,
    },
    MissingClaim {
        id: ClaimId,
        doc: DocId,
    },
    EmptyClaimId {
        doc: DocId,
    },
}

impl Annotations {
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds the annotations from spans in any order; refuses duplicate IDs and empty spans.
    pub fn from_spans(
        spans: impl IntoIterator<Item = (DocId, Span)>,
    ) -> Result<Self, AnnotationError> {
        let mut annotations = Self::new();
        for (doc, span) in spans {
            annotations.insert(doc, span)?;
        }
        Ok(annotations)
    }

    /// Total number of spans.
    pub fn len(&self) -> usize {
        self.index.len()
    }

    /// Whether there are neither spans nor claims.
    pub fn is_empty(&self) -> bool {
        self.by_doc.is_empty()
    }

    /// Total number of claims.
    pub fn claim_count(&self) -> usize {
        self.claim_index.len()
    }

    /// Documents that have at least one span or claim, sorted by ID.
    pub fn documents(&self) -> impl Iterator<Item = &DocId> {
        self.by_doc.keys()
    }

    /// Each document that has spans or claims, with its spans in reading order; sorted by
    /// document ID.
    pub fn iter(&self) -> impl Iterator<Item = (&DocId, &[Span])> {
        self.by_doc
            .iter()
            .map(|(doc, entry)| (doc, entry.spans.as_slice()))
    }

    /// Each document that has spans or claims, with its spans (reading order) and claims (by
    /// ID); sorted by document ID. What one annotation file holds.
    pub fn iter_documents(&self) -> impl Iterator<Item = (&DocId, &[Span], &[Claim])> {
        self.by_doc
            .iter()
            .map(|(doc, entry)| (doc, entry.spans.as_slice(), entry.claims.as_slice()))
    }

    /// Every claim with its document, by document then claim ID.
    pub fn all_claims(&self) -> impl Iterator<Item = (&DocId, &Claim)> {
        self.by_doc
            .iter()
            .flat_map(|(doc, entry)| entry.claims.iter().map(move |c| (doc, c)))
    }

    /// The spans of `doc` in reading (logical) order: by start, then end, then ID. Empty when
    /// the document has none.
    pub fn spans(&self, doc: &DocId) -> &[Span] {
        self.by_doc
            .get(doc)
            .map_or(&[], |entry| entry.spans.as_slice())
    }

    /// The claims of `doc`, sorted by ID. Empty when the document has none.
    pub fn claims(&self, doc: &DocId) -> &[Claim] {
        self.by_doc
            .get(doc)
            .map_or(&[], |entry| entry.claims.as_slice())
    }

    /// The spans and claims of `doc` as they are now (`None` when it has none), to tell later
    /// whether they changed: see [`DocVersion`].
    pub fn version_of(&self, doc: &DocId) -> Option<DocVersion> {
        self.by_doc
            .get(doc)
            .map(|entry| DocVersion(Arc::clone(entry)))
    }

    /// The claim `id` of `doc`.
    pub fn claim(&self, doc: &DocId, id: &ClaimId) -> Option<&Claim> {
        let claims = self.claims(doc);
        claims
            .binary_search_by(|c| c.id.cmp(id))
            .ok()
            .map(|at| &claims[at])
    }

    /// The claim with this ID and the document it belongs to.
    pub fn find_claim(&self, id: &ClaimId) -> Option<(&DocId, &Claim)> {
        let doc = self.claim_index.get(id)?;
        Some((doc, self.claim(doc, id)?))
    }

    /// The span with this ID and the document it belongs to.
    pub fn find(&self, id: &SpanId) -> Option<(&DocId, &Span)> {
        let doc = self.index.get(id)?;
        let span = self.get(doc, id)?;
        Some((doc, span))
    }

    /// The span with this ID in `doc`.
    pub fn get(&self, doc: &DocId, id: &SpanId) -> Option<&Span> {
        self.spans(doc).iter().find(|s| &s.id == id)
    }

    /// Spans of `doc` sharing at least one char with the char range `[start, end)`, in reading
    /// order. An empty range matches nothing (use [`Self::containing`] for a caret).
    pub fn overlapping(
        &self,
        doc: &DocId,
        start: usize,
        end: usize,
    ) -> impl Iterator<Item = &Span> {
        let spans = self.spans(doc);
        // Spans starting at or after `end` cannot overlap; the rest must be looked at because a
        // long span that starts early may reach into the range.
        let candidates = if start < end {
            &spans[..spans.partition_point(|s| s.start < end)]
        } else {
            &[]
        };
        candidates.iter().filter(move |s| s.overlaps(start, end))
    }

    /// Spans of `doc` that contain char `index`, in reading order (outer before inner when they
    /// start together: shorter first, as sorted).
    pub fn containing(&self, doc: &DocId, index: usize) -> impl Iterator<Item = &Span> {
        self.overlapping(doc, index, index.saturating_add(1))
    }

    /// Why `span` cannot be added: an empty ID or range, or an ID already in use.
    fn span_refusal(&self, span: &Span) -> Option<AnnotationError> {
        if span.id.0.is_empty() || span.start >= span.end {
            return Some(AnnotationError::Empty {
                id: span.id.clone(),
                start: span.start,
                end: span.end,
            });
        }
        self.index
            .get(&span.id)
            .map(|existing| AnnotationError::DuplicateId {
                id: span.id.clone(),
                doc: existing.clone(),
            })
    }

    /// Why a claim of `doc` cannot be added: an empty ID, or one already in use.
    fn claim_refusal(&self, doc: &DocId, claim: &Claim) -> Option<AnnotationError> {
        if claim.id.is_empty() {
            return Some(AnnotationError::EmptyClaimId { doc: doc.clone() });
        }
        self.claim_index
            .get(&claim.id)
            .map(|existing| AnnotationError::DuplicateClaimId {
                id: claim.id.clone(),
                doc: existing.clone(),
            })
    }

    /// Adds a document's spans and claims at once (as read from its file): the same checks as
    /// [`Annotations::insert`] and [`Annotations::insert_claim`], nothing changed when one fails,
    /// and one sort instead of a sorted insertion per span.
    pub fn insert_document(
        &mut self,
        doc: DocId,
        spans: Vec<Span>,
        claims: Vec<Claim>,
    ) -> Result<(), AnnotationError> {
        let mut seen = HashSet::with_capacity(spans.len());
        for span in &spans {
            if let Some(refusal) = self.span_refusal(span) {
                return Err(refusal);
            }
            if !seen.insert(&span.id) {
                return Err(AnnotationError::DuplicateId {
                    id: span.id.clone(),
                    doc: doc.clone(),
                });
            }
        }
        let mut seen_claims = HashSet::with_capacity(claims.len());
        for claim in &claims {
            if let Some(refusal) = self.claim_refusal(&doc, claim) {
                return Err(refusal);
            }
            if !seen_claims.insert(&claim.id) {
                return Err(AnnotationError::DuplicateClaimId {
                    id: claim.id.clone(),
                    doc: doc.clone(),
                });
            }
        }
        drop((seen, seen_claims));
        if spans.is_empty() && claims.is_empty() {
            return Ok(());
        }
        self.index
            .extend(spans.iter().map(|s| (s.id.clone(), doc.clone())));
        self.claim_index
            .extend(claims.iter().map(|c| (c.id.clone(), doc.clone())));
        let entry = Arc::make_mut(self.by_doc.entry(doc).or_default());
        entry.spans.extend(spans);
        if !entry
            .spans
            .is_sorted_by(|a, b| a.order_key() <= b.order_key())
        {
            entry
                .spans
                .sort_by(|a, b| a.order_key().cmp(&b.order_key()));
        }
        entry.claims.extend(claims);
        if !entry.claims.is_sorted_by(|a, b| a.id <= b.id) {
            entry.claims.sort_by(|a, b| a.id.cmp(&b.id));
        }
        Ok(())
    }

    /// Adds `span` to `doc` in its sorted place.
    pub fn insert(&mut self, doc: DocId, span: Span) -> Result<(), AnnotationError> {
        if let Some(refusal) = self.span_refusal(&span) {
            return Err(refusal);
        }
        self.index.insert(span.id.clone(), doc.clone());
        let spans = &mut Arc::make_mut(self.by_doc.entry(doc).or_default()).spans;
        let at = spans.partition_point(|s| s.order_key() < span.order_key());
        spans.insert(at, span);
        Ok(())
    }

    /// Removes the span `id` of `doc` and returns it.
    pub fn remove(&mut self, doc: &DocId, id: &SpanId) -> Result<Span, AnnotationError> {
        let missing = || AnnotationError::Missing {
            id: id.clone(),
            doc: doc.clone(),
        };
        let at = self
            .spans(doc)
            .iter()
            .position(|s| &s.id == id)
            .ok_or_else(missing)?;
        let entry = Arc::make_mut(self.by_doc.get_mut(doc).ok_or_else(missing)?);
        let span = entry.spans.remove(at);
        if entry.is_empty() {
            self.by_doc.remove(doc);
        }
        self.index.remove(id);
        Ok(span)
    }

    /// Replaces the span of `doc` that has `span.id` with `span` (moved edges, new label,
    /// attributes, note) and returns the previous one.
    pub fn replace(&mut self, doc: &DocId, span: Span) -> Result<Span, AnnotationError> {
        if span.start >= span.end {
            return Err(AnnotationError::Empty {
                id: span.id,
                start: span.start,
                end: span.end,
            });
        }
        let previous = self.remove(doc, &span.id)?;
        // Cannot fail: the ID was just freed and the span is not empty.
        if let Err(error) = self.insert(doc.clone(), span) {
            debug_assert!(false, "re-inserting a replaced span failed: {error}");
            self.insert(doc.clone(), previous)?;
            return Err(error);
        }
        Ok(previous)
    }

    /// Adds `claim` to `doc` in its sorted place.
    pub fn insert_claim(&mut self, doc: DocId, claim: Claim) -> Result<(), AnnotationError> {
        if let Some(refusal) = self.claim_refusal(&doc, &claim) {
            return Err(refusal);
        }
        self.claim_index.insert(claim.id.clone(), doc.clone());
        let claims = &mut Arc::make_mut(self.by_doc.entry(doc).or_default()).claims;
        let at = claims.partition_point(|c| c.id < claim.id);
        claims.insert(at, claim);
        Ok(())
    }

    /// Removes the claim `id` of `doc` and returns it.
    pub fn remove_claim(&mut self, doc: &DocId, id: &ClaimId) -> Result<Claim, AnnotationError> {
        let missing = || AnnotationError::MissingClaim {
            id: id.clone(),
            doc: doc.clone(),
        };
        let at = self
            .claims(doc)
            .binary_search_by(|c| c.id.cmp(id))
            .map_err(|_| missing())?;
        let entry = Arc::make_mut(self.by_doc.get_mut(doc).ok_or_else(missing)?);
        let claim = entry.claims.remove(at);
        if entry.is_empty() {
            self.by_doc.remove(doc);
        }
        self.claim_index.remove(id);
        Ok(claim)
    }

    /// Replaces the claim of `doc` that has `claim.id` and returns the previous one.
    pub fn replace_claim(&mut self, doc: &DocId, claim: Claim) -> Result<Claim, AnnotationError> {
        let missing = || AnnotationError::MissingClaim {
            id: claim.id.clone(),
            doc: doc.clone(),
        };
        let at = self
            .claims(doc)
            .binary_search_by(|c| c.id.cmp(&claim.id))
            .map_err(|_| missing())?;
        let entry = Arc::make_mut(self.by_doc.get_mut(doc).ok_or_else(missing)?);
        Ok(std::mem::replace(&mut entry.claims[at], claim))
    }

    /// The labels of `doc` by category; empty when it has none.
    pub fn doc_labels(&self, doc: &DocId) -> &DocLabels {
        self.by_doc
            .get(doc)
            .map_or(&NO_LABELS, |entry| &entry.labels)
    }

    /// The label of `doc` in `category`.
    pub fn doc_label(&self, doc: &DocId, category: &CategoryId) -> Option<&DocLabel> {
        self.doc_labels(doc).get(category)
    }

    /// Sets (`Some`) or clears (`None`) the label of `doc` in `category` and returns the previous
    /// one. A label without values is cleared.
    pub fn set_doc_label(
        &mut self,
        doc: &DocId,
        category: &CategoryId,
        label: Option<DocLabel>,
    ) -> Option<DocLabel> {
        let label = label.filter(|l| !l.values.is_empty());
        if label.is_none() && self.doc_label(doc, category).is_none() {
            return None;
        }
        let entry = Arc::make_mut(self.by_doc.entry(doc.clone()).or_default());
        let previous = match label {
            Some(label) => entry.labels.insert(category.clone(), label),
            None => entry.labels.remove(category),
        };
        if entry.is_empty() {
            self.by_doc.remove(doc);
        }
        previous
    }

    /// Every document label: document, category, label; by document then category.
    pub fn all_doc_labels(&self) -> impl Iterator<Item = (&DocId, &CategoryId, &DocLabel)> {
        self.by_doc.iter().flat_map(|(doc, entry)| {
            entry
                .labels
                .iter()
                .map(move |(category, label)| (doc, category, label))
        })
    }

    /// How many spans (in any document) carry `label`.
    pub fn count_label(&self, label: &super::LabelId) -> usize {
        self.all_spans().filter(|(_, s)| &s.label == label).count()
    }

    /// Every span with its document, by document then reading order.
    pub fn all_spans(&self) -> impl Iterator<Item = (&DocId, &Span)> {
        self.by_doc
            .iter()
            .flat_map(|(doc, entry)| entry.spans.iter().map(move |s| (doc, s)))
    }
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::LabelId;

    fn span(id: &str, start: usize, end: usize) -> Span {
        Span::new(
            SpanId(id.into()),
            start,
            end,
            LabelId("PER".into()),
            &"x".repeat(end - start),
        )
    }

    fn ids<'a>(spans: impl IntoIterator<Item = &'a Span>) -> Vec<&'a str> {
        spans.into_iter().map(|s| s.id.0.as_str()).collect()
    }

    #[test]
    fn keeps_reading_order_and_unique_ids() {
        let a = DocId("a".into());
        let b = DocId("b".into());
        let mut ann = Annotations::new();
        ann.insert(a.clone(), span("3", 10, 12)).unwrap();
        ann.insert(a.clone(), span("1", 0, 5)).unwrap();
        ann.insert(a.clone(), span("2", 0, 3)).unwrap();
        ann.insert(a.clone(), span("0", 0, 3)).unwrap();
        assert_eq!(ids(ann.spans(&a)), ["0", "2", "1", "3"]);
        assert_eq!(
            ann.insert(b.clone(), span("1", 4, 6)),
            Err(AnnotationError::DuplicateId {
                id: SpanId("1".into()),
                doc: a.clone()
            })
        );
        assert!(matches!(
            ann.insert(b.clone(), span("9", 4, 4)),
            Err(AnnotationError::Empty { .. })
        ));
        ann.insert(b.clone(), span("9", 4, 6)).unwrap();
        assert_eq!(ann.len(), 5);
        assert_eq!(ann.find(&SpanId("9".into())).unwrap().0, &b);
        assert_eq!(ann.documents().collect::<Vec<_>>(), [&a, &b]);

        ann.remove(&b, &SpanId("9".into())).unwrap();
        assert_eq!(ann.documents().collect::<Vec<_>>(), [&a]);
        assert!(matches!(
            ann.remove(&b, &SpanId("9".into())),
            Err(AnnotationError::Missing { .. })
        ));

        let mut moved = span("0", 11, 20);
        moved.note = "n".into();
        let before = ann.replace(&a, moved.clone()).unwrap();
        assert_eq!(before, span("0", 0, 3));
        assert_eq!(ids(ann.spans(&a)), ["2", "1", "3", "0"]);
        assert_eq!(ann.get(&a, &SpanId("0".into())), Some(&moved));
    }

    #[test]
    fn range_queries() {
        let a = DocId("a".into());
        let ann = Annotations::from_spans([
            (a.clone(), span("long", 0, 50)),
            (a.clone(), span("x", 5, 10)),
            (a.clone(), span("y", 10, 12)),
            (a.clone(), span("z", 60, 61)),
        ])
        .unwrap();
        assert_eq!(ids(ann.overlapping(&a, 9, 11)), ["long", "x", "y"]);
        assert_eq!(ids(ann.overlapping(&a, 50, 60)), Vec::<&str>::new());
        assert_eq!(ids(ann.overlapping(&a, 10, 10)), Vec::<&str>::new());
        assert_eq!(ids(ann.containing(&a, 10)), ["long", "y"]);
        assert_eq!(ids(ann.containing(&a, 60)), ["z"]);
        assert_eq!(
            ids(ann.containing(&DocId("none".into()), 0)),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn equal_however_built() {
        let a = DocId("a".into());
        let mut one = Annotations::new();
        one.insert(a.clone(), span("1", 0, 2)).unwrap();
        one.remove(&a, &SpanId("1".into())).unwrap();
        assert_eq!(one, Annotations::new());
    }

    #[test]
    fn claims_sorted_unique_and_kept_with_the_document() {
        use crate::model::{Claimant, Polarity};
        let a = DocId("a".into());
        let b = DocId("b".into());
        let claim =
            |id: &str| Claim::new(ClaimId(id.into()), SpanId("1".into()), Claimant::Anonymous);
        let mut ann = Annotations::new();
        ann.insert(a.clone(), span("1", 0, 2)).unwrap();
        ann.insert_claim(a.clone(), claim("k2")).unwrap();
        ann.insert_claim(a.clone(), claim("k1")).unwrap();
        assert!(matches!(
            ann.insert_claim(b.clone(), claim("k1")),
            Err(AnnotationError::DuplicateClaimId { .. })
        ));
        assert!(matches!(
            ann.insert_claim(b.clone(), claim("")),
            Err(AnnotationError::EmptyClaimId { .. })
        ));
        let ids: Vec<&str> = ann.claims(&a).iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["k1", "k2"]);
        assert_eq!(ann.claim_count(), 2);
        assert_eq!(ann.find_claim(&ClaimId("k2".into())).unwrap().0, &a);

        let mut denied = claim("k2");
        denied.polarity = Polarity::Denies;
        assert_eq!(ann.replace_claim(&a, denied.clone()).unwrap(), claim("k2"));
        assert_eq!(ann.claim(&a, &ClaimId("k2".into())), Some(&denied));

        // The entry stays while claims remain, and goes with the last of spans and claims.
        ann.remove(&a, &SpanId("1".into())).unwrap();
        assert_eq!(ann.documents().count(), 1);
        ann.remove_claim(&a, &ClaimId("k1".into())).unwrap();
        ann.remove_claim(&a, &ClaimId("k2".into())).unwrap();
        assert!(matches!(
            ann.remove_claim(&a, &ClaimId("k2".into())),
            Err(AnnotationError::MissingClaim { .. })
        ));
        assert_eq!(ann, Annotations::new());
        assert!(ann.is_empty());
    }

    #[test]
    fn a_document_inserted_at_once_equals_one_span_at_a_time() {
        let doc = DocId("d".into());
        let spans = vec![span("c", 9, 12), span("a", 0, 4), span("b", 0, 2)];
        let mut one_by_one = Annotations::new();
        for s in spans.clone() {
            one_by_one.insert(doc.clone(), s).unwrap();
        }
        let mut at_once = Annotations::new();
        at_once
            .insert_document(doc.clone(), spans, Vec::new())
            .unwrap();
        assert_eq!(at_once, one_by_one);
        // A duplicate, within the batch or with what is there, changes nothing.
        let before = at_once.clone();
        let other = DocId("e".into());
        assert!(matches!(
            at_once.insert_document(
                other.clone(),
                vec![span("x", 0, 1), span("x", 2, 3)],
                vec![]
            ),
            Err(AnnotationError::DuplicateId { .. })
        ));
        assert!(matches!(
            at_once.insert_document(other, vec![span("y", 0, 1), span("a", 2, 3)], vec![]),
            Err(AnnotationError::DuplicateId { .. })
        ));
        assert_eq!(at_once, before);
    }

    #[test]
    fn document_labels_live_with_the_document() {
        use crate::model::ValueId;
        let a = DocId("a".into());
        let genre = CategoryId("genre".into());
        let mut ann = Annotations::new();
        assert_eq!(ann.set_doc_label(&a, &genre, None), None);
        assert!(ann.is_empty());
        let op_ed = DocLabel::new([ValueId("op-ed".into())]);
        assert_eq!(ann.set_doc_label(&a, &genre, Some(op_ed.clone())), None);
        assert_eq!(ann.documents().collect::<Vec<_>>(), [&a]);
        assert_eq!(ann.doc_label(&a, &genre), Some(&op_ed));
        assert_eq!(ann.all_doc_labels().count(), 1);
        // The entry stays while spans remain, and goes with the last label.
        ann.insert(a.clone(), span("1", 0, 2)).unwrap();
        ann.remove(&a, &SpanId("1".into())).unwrap();
        assert_eq!(ann.doc_labels(&a).len(), 1);
        assert_eq!(
            ann.set_doc_label(&a, &genre, Some(DocLabel::default())),
            Some(op_ed)
        );
        assert_eq!(ann, Annotations::new());
    }
}
