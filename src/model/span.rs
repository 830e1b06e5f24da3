//! A span: a labelled stretch of one document's text.
//!
//! Offsets are **char offsets** (Unicode scalar values) into the document's normalised text
//! (see [`crate::model::Document`]), as a half-open range `[start, end)`. Byte offsets never
//! appear here. A span's edges never split a grapheme cluster; the model cannot check that (it
//! does not hold the text), so whoever creates a span from a selection snaps it first
//! (`text::graphemes::snap_to_boundaries`) and `workspace` checks it against the article text.

use std::collections::BTreeMap;

use super::id::random_id;
pub use super::id::splitmix64;
use super::{EntityId, LabelId, Stamp};

random_id!(
    /// Stable identifier of a span: 16 lower-case hex digits, e.g. `"3f9a0c1b2d4e5f60"`, random
    /// so that copies of a project annotated apart can be merged (see [`crate::model::id`]).
    SpanId
);

/// One labelled stretch of a document. `[start, end)` are **char offsets** into the document's
/// normalised text, `start < end`, on grapheme-cluster boundaries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub id: SpanId,
    /// First char of the span (inclusive), in chars.
    pub start: usize,
    /// One past the last char of the span (exclusive), in chars.
    pub end: usize,
    pub label: LabelId,
    /// The text at `[start, end)` when the span was created or last edited; lets a changed
    /// article file be detected and the span found again. Always `end - start` chars long.
    pub quote: String,
    /// The entity this mention refers to, if the analyst linked it to one.
    pub entity: Option<EntityId>,
    /// Free key → value pairs (e.g. `certainty` → `reported`), sorted by key.
    pub attributes: BTreeMap<String, String>,
    pub note: String,
    /// Up to 32 chars of the text just before and just after the span when it was made or last
    /// moved, to find it again in a changed article; empty when not recorded.
    pub prefix: String,
    pub suffix: String,
    /// Who made it and when; filled by the workspace as edits are applied.
    pub stamp: Stamp,
}

impl Span {
    /// A span with no entity, no attributes and no note.
    pub fn new(id: SpanId, start: usize, end: usize, label: LabelId, quote: &str) -> Self {
        Self {
            id,
            start,
            end,
            label,
            quote: quote.to_owned(),
            entity: None,
            attributes: BTreeMap::new(),
            note: String::new(),
            prefix: String::new(),
            suffix: String::new(),
            stamp: Stamp::default(),
        }
    }

    /// Length in chars.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The reading-order key: spans of a document are kept sorted by it.
    pub fn order_key(&self) -> (usize, usize, &SpanId) {
        (self.start, self.end, &self.id)
    }

    /// Whether the span shares at least one char with `[start, end)`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }

    /// Whether char `index` is inside the span.
    pub fn contains(&self, index: usize) -> bool {
        self.start <= index && index < self.end
    }

    /// What is wrong with the span on its own (without the text), if anything: an empty ID, an
    /// empty or reversed range, or a quote whose length differs from the range.
    pub fn shape_problem(&self) -> Option<SpanShapeProblem> {
        if self.id.0.is_empty() {
            Some(SpanShapeProblem::EmptyId)
        } else if self.start >= self.end {
            Some(SpanShapeProblem::EmptyRange {
                start: self.start,
                end: self.end,
            })
        } else if self.quote.chars().count() != self.end - self.start {
            Some(SpanShapeProblem::QuoteLength {
                quote_chars: self.quote.chars().count(),
                range_chars: self.end - self.start,
            })
        } else {
            None
        }
    }

    /// Whether the quote is only white space, or begins or ends with it: a span marks words,
    /// and a space at its edge comes from a selection that started in a gap. Checked for new
    /// spans and moved edges ([`crate::model::Edit::check`]), not in [`Span::shape_problem`]:
    /// spans saved before the rule still load, undo and take a new label.
    pub fn whitespace_problem(&self) -> Option<SpanShapeProblem> {
        if self.quote.chars().all(char::is_whitespace) {
            Some(SpanShapeProblem::OnlyWhitespace)
        } else if self.quote.starts_with(char::is_whitespace)
            || self.quote.ends_with(char::is_whitespace)
        {
            Some(SpanShapeProblem::WhitespaceEdge)
        } else {
            None
        }
    }
}

/// `ranges` as `(start, end)` pairs, sorted, with overlapping ones merged into one. Ranges that
/// only touch (one ends where the next starts) stay apart: as open intervals, that point is
/// inside neither; as half-open ones, they share no offset.
pub fn merge_overlapping(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start < last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Why a span is malformed regardless of the text it points into.
/// Said in the interface's language by `model::edit::said`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpanShapeProblem {
    EmptyId,
    EmptyRange {
        start: usize,
        end: usize,
    },
    QuoteLength {
        quote_chars: usize,
        range_chars: usize,
    },
    OnlyWhitespace,
    WhitespaceEdge,
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn overlapping_ranges_merge_and_touching_ones_stay_apart() {
        assert_eq!(
            merge_overlapping(vec![(8, 9), (0, 4), (2, 6), (6, 7), (3, 5)]),
            vec![(0, 6), (6, 7), (8, 9)]
        );
        assert!(merge_overlapping(Vec::new()).is_empty());
    }

    #[test]
    fn fresh_ids_are_16_hex_digits_and_distinct() {
        let ids: Vec<SpanId> = (0..10_000).map(|_| SpanId::fresh()).collect();
        assert!(ids.iter().all(|id| {
            id.0.len() == 16
                && id
                    .0
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        }));
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
    }

    #[test]
    fn generated_ids_are_deterministic() {
        let mut n = 0;
        let mut next = || {
            n += 1;
            splitmix64(n)
        };
        let a = SpanId::generate(&mut next);
        let b = SpanId::generate(&mut next);
        assert_ne!(a, b);
        assert_eq!(a, SpanId::from_u64(splitmix64(1)));
        assert_eq!(SpanId::from_u64(255).as_str(), "00000000000000ff");
    }

    #[test]
    fn shape_problems() {
        let span = |start, end, quote: &str| {
            Span::new(SpanId("a".into()), start, end, LabelId("PER".into()), quote)
        };
        assert_eq!(span(0, 4, "محمد").shape_problem(), None);
        assert_eq!(
            span(4, 4, "").shape_problem(),
            Some(SpanShapeProblem::EmptyRange { start: 4, end: 4 })
        );
        assert!(matches!(
            span(0, 3, "محمد").shape_problem(),
            Some(SpanShapeProblem::QuoteLength { .. })
        ));
        let mut no_id = span(0, 4, "محمد");
        no_id.id.0.clear();
        assert_eq!(no_id.shape_problem(), Some(SpanShapeProblem::EmptyId));
        assert_eq!(span(0, 4, "محمد").whitespace_problem(), None);
        assert_eq!(
            span(0, 5, " محمد").whitespace_problem(),
            Some(SpanShapeProblem::WhitespaceEdge)
        );
        assert_eq!(
            span(0, 5, "محمد\n").whitespace_problem(),
            Some(SpanShapeProblem::WhitespaceEdge)
        );
        assert_eq!(
            span(0, 1, " ").whitespace_problem(),
            Some(SpanShapeProblem::OnlyWhitespace)
        );
        assert_eq!(span(0, 6, "قال إن").whitespace_problem(), None);
        let s = span(2, 5, "abc");
        assert!(s.overlaps(4, 9) && s.overlaps(0, 3) && !s.overlaps(5, 9) && !s.overlaps(0, 2));
        assert!(s.contains(2) && s.contains(4) && !s.contains(5));
    }
}
