//! All spans of a project, per document, in reading order.
//!
//! Invariants, kept by every method:
//! * each document's spans are sorted by `(start, end, id)` — logical (reading) order, the order
//!   they are written to disk in, whatever order they were made in;
//! * span IDs are unique across the whole project (not only within a document), so a span can
//!   be found by its ID alone;
//! * a document without spans has no entry (so two `Annotations` with the same spans are equal,
//!   however they got there);
//! * every span has a non-empty ID and a non-empty range (`start < end`).
//!
//! Spans of documents that are not in the project are kept (e.g. annotation files merged from a
//! colleague's copy that also imported more articles); [`crate::model::Project::orphan_annotations`]
//! lists them.

use std::collections::BTreeMap;

use super::{DocId, Span, SpanId};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Annotations {
    by_doc: BTreeMap<DocId, Vec<Span>>,
    /// Where each span lives: a function of `by_doc`, kept for finding a span by ID alone.
    index: BTreeMap<SpanId, DocId>,
}

/// Why a change to [`Annotations`] was refused. Nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnnotationError {
    #[error("a span with the ID {id} already exists (in document {:?})", .doc.0)]
    DuplicateId { id: SpanId, doc: DocId },
    #[error("there is no span with the ID {id} in document {:?}", .doc.0)]
    Missing { id: SpanId, doc: DocId },
    #[error("span {id} has an empty ID or an empty range [{start}, {end})")]
    Empty {
        id: SpanId,
        start: usize,
        end: usize,
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

    pub fn is_empty(&self) -> bool {
        self.index.is_empty()
    }

    /// Documents that have at least one span, sorted by ID.
    pub fn documents(&self) -> impl Iterator<Item = &DocId> {
        self.by_doc.keys()
    }

    /// Each document that has spans, with its spans in reading order; sorted by document ID.
    pub fn iter(&self) -> impl Iterator<Item = (&DocId, &[Span])> {
        self.by_doc
            .iter()
            .map(|(doc, spans)| (doc, spans.as_slice()))
    }

    /// The spans of `doc` in reading (logical) order: by start, then end, then ID. Empty when
    /// the document has none.
    pub fn spans(&self, doc: &DocId) -> &[Span] {
        self.by_doc.get(doc).map_or(&[], Vec::as_slice)
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

    /// Adds `span` to `doc` in its sorted place.
    pub fn insert(&mut self, doc: DocId, span: Span) -> Result<(), AnnotationError> {
        if span.id.0.is_empty() || span.start >= span.end {
            return Err(AnnotationError::Empty {
                id: span.id,
                start: span.start,
                end: span.end,
            });
        }
        if let Some(existing) = self.index.get(&span.id) {
            return Err(AnnotationError::DuplicateId {
                id: span.id,
                doc: existing.clone(),
            });
        }
        self.index.insert(span.id.clone(), doc.clone());
        let spans = self.by_doc.entry(doc).or_default();
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
        let spans = self.by_doc.get_mut(doc).ok_or_else(missing)?;
        let at = spans.iter().position(|s| &s.id == id).ok_or_else(missing)?;
        let span = spans.remove(at);
        if spans.is_empty() {
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

    /// How many spans (in any document) carry `label`.
    pub fn count_label(&self, label: &super::LabelId) -> usize {
        self.by_doc
            .values()
            .flatten()
            .filter(|s| &s.label == label)
            .count()
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
}
