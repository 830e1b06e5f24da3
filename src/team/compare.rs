//! Matching two analysts' spans of the same document: what they agree on and each kind of
//! disagreement, for the merge report, the adjudication view and the agreement figures.
//!
//! Spans are paired in three rounds, each only among spans not yet paired: the same range and
//! label; then the same range with another label; then overlapping ranges, the largest overlap
//! first. What is left was marked by one analyst only. Each span is in exactly one pair, so the
//! counts add up to each analyst's number of spans.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{DocId, Project, Span};

/// How a pair of spans (or a lone span) compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// Same range, same label.
    Same,
    /// Same range, another label.
    OtherLabel,
    /// The ranges overlap but differ (whatever the labels).
    Overlapping,
    /// Only the first analyst ("mine") marked it.
    OnlyMine,
    /// Only the second analyst ("theirs") marked it.
    OnlyTheirs,
}

impl MatchKind {
    pub const ALL: [MatchKind; 5] = [
        MatchKind::Same,
        MatchKind::OtherLabel,
        MatchKind::Overlapping,
        MatchKind::OnlyMine,
        MatchKind::OnlyTheirs,
    ];

    /// The kind's key in the catalogue (`$kind` of `team-matches`), which says it in each
    /// language with the grammar of a count of spans.
    pub fn key(self) -> &'static str {
        match self {
            MatchKind::Same => "same",
            MatchKind::OtherLabel => "other-label",
            MatchKind::Overlapping => "overlapping",
            MatchKind::OnlyMine => "only-mine",
            MatchKind::OnlyTheirs => "only-theirs",
        }
    }

    /// Whether the analysts disagree here (everything but [`MatchKind::Same`]).
    pub fn is_disagreement(self) -> bool {
        self != MatchKind::Same
    }
}

/// One pair, or one span of one analyst.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanMatch {
    pub kind: MatchKind,
    pub mine: Option<Span>,
    pub theirs: Option<Span>,
}

impl SpanMatch {
    /// Where the pair starts and ends in the text: the union of both ranges.
    pub fn range(&self) -> (usize, usize) {
        let spans = || self.mine.iter().chain(&self.theirs);
        let start = spans().map(|s| s.start).min().unwrap_or(0);
        let end = spans().map(|s| s.end).max().unwrap_or(0);
        (start, end)
    }
}

/// One document's pairs, in reading order of [`SpanMatch::range`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocComparison {
    pub doc: DocId,
    pub matches: Vec<SpanMatch>,
}

impl DocComparison {
    pub fn disagreements(&self) -> impl Iterator<Item = &SpanMatch> {
        self.matches.iter().filter(|m| m.kind.is_disagreement())
    }
}

/// Both projects' spans compared, document by document (documents where either has spans).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    pub documents: Vec<DocComparison>,
}

impl Comparison {
    /// How many pairs of each kind, over every document.
    pub fn counts(&self) -> BTreeMap<MatchKind, usize> {
        let mut counts = BTreeMap::new();
        for m in self.documents.iter().flat_map(|d| &d.matches) {
            *counts.entry(m.kind).or_default() += 1;
        }
        counts
    }

    pub fn document(&self, doc: &DocId) -> Option<&DocComparison> {
        self.documents.iter().find(|d| &d.doc == doc)
    }

    pub fn disagreement_count(&self) -> usize {
        self.documents
            .iter()
            .map(|d| d.disagreements().count())
            .sum()
    }
}

/// Compares every document of `mine` with the same document (by ID) of `theirs`, in `mine`'s
/// document order, then documents only `theirs` has.
pub fn compare(mine: &Project, theirs: &Project) -> Comparison {
    let mut seen = BTreeSet::new();
    let order = mine
        .documents
        .iter()
        .map(|d| &d.id)
        .chain(mine.annotations.documents())
        .chain(theirs.documents.iter().map(|d| &d.id))
        .chain(theirs.annotations.documents());
    let mut documents = Vec::new();
    for doc in order {
        if !seen.insert(doc) {
            continue;
        }
        let (a, b) = (mine.annotations.spans(doc), theirs.annotations.spans(doc));
        if a.is_empty() && b.is_empty() {
            continue;
        }
        documents.push(DocComparison {
            doc: doc.clone(),
            matches: compare_spans(a, b),
        });
    }
    Comparison { documents }
}

/// Pairs the spans of one document (see the module docs).
pub fn compare_spans(mine: &[Span], theirs: &[Span]) -> Vec<SpanMatch> {
    let mut mine_free = vec![true; mine.len()];
    let mut theirs_free = vec![true; theirs.len()];
    let mut matches = Vec::new();
    let mut pair = |kind, i: usize, j: usize, mine_free: &mut [bool], theirs_free: &mut [bool]| {
        mine_free[i] = false;
        theirs_free[j] = false;
        matches.push(SpanMatch {
            kind,
            mine: Some(mine[i].clone()),
            theirs: Some(theirs[j].clone()),
        });
    };

    // Rounds 1 and 2: by exact key, first come first paired (both lists are in reading order).
    for (kind, same_label) in [(MatchKind::Same, true), (MatchKind::OtherLabel, false)] {
        let mut by_range: BTreeMap<(usize, usize, Option<&str>), Vec<usize>> = BTreeMap::new();
        for (i, span) in mine.iter().enumerate().rev() {
            if mine_free[i] {
                let label = same_label.then_some(span.label.0.as_str());
                by_range
                    .entry((span.start, span.end, label))
                    .or_default()
                    .push(i);
            }
        }
        for (j, span) in theirs.iter().enumerate() {
            if !theirs_free[j] {
                continue;
            }
            let label = same_label.then_some(span.label.0.as_str());
            if let Some(i) = by_range
                .get_mut(&(span.start, span.end, label))
                .and_then(Vec::pop)
            {
                pair(kind, i, j, &mut mine_free, &mut theirs_free);
            }
        }
    }

    // Round 3: overlapping, the largest overlap first, then reading order.
    let mut candidates = Vec::new();
    for (i, a) in mine.iter().enumerate().filter(|(i, _)| mine_free[*i]) {
        for (j, b) in theirs.iter().enumerate().filter(|(j, _)| theirs_free[*j]) {
            if b.start >= a.end {
                break;
            }
            if a.overlaps(b.start, b.end) {
                let overlap = a.end.min(b.end) - a.start.max(b.start);
                candidates.push((std::cmp::Reverse(overlap), i, j));
            }
        }
    }
    candidates.sort_unstable();
    for (_, i, j) in candidates {
        if mine_free[i] && theirs_free[j] {
            pair(
                MatchKind::Overlapping,
                i,
                j,
                &mut mine_free,
                &mut theirs_free,
            );
        }
    }

    for (_, span) in mine.iter().enumerate().filter(|(i, _)| mine_free[*i]) {
        matches.push(SpanMatch {
            kind: MatchKind::OnlyMine,
            mine: Some(span.clone()),
            theirs: None,
        });
    }
    for (_, span) in theirs.iter().enumerate().filter(|(j, _)| theirs_free[*j]) {
        matches.push(SpanMatch {
            kind: MatchKind::OnlyTheirs,
            mine: None,
            theirs: Some(span.clone()),
        });
    }
    matches.sort_by_key(|m| (m.range(), m.kind));
    matches
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{LabelId, SpanId};

    pub(crate) fn span(id: &str, start: usize, end: usize, label: &str) -> Span {
        Span::new(
            SpanId(id.into()),
            start,
            end,
            LabelId(label.into()),
            &"x".repeat(end - start),
        )
    }

    fn kinds(matches: &[SpanMatch]) -> Vec<(MatchKind, Option<&str>, Option<&str>)> {
        matches
            .iter()
            .map(|m| {
                (
                    m.kind,
                    m.mine.as_ref().map(|s| s.id.as_str()),
                    m.theirs.as_ref().map(|s| s.id.as_str()),
                )
            })
            .collect()
    }

    /// Mine and theirs of one document, compared: a pair of every kind, in this order.
    pub(crate) fn one_of_each_kind() -> Vec<SpanMatch> {
        let mine = [
            span("m1", 0, 4, "PER"),
            span("m2", 10, 14, "ORG"),
            span("m3", 20, 30, "LOC"),
            span("m4", 40, 44, "PER"),
        ];
        let theirs = [
            span("t1", 0, 4, "PER"),
            span("t2", 10, 14, "LOC"),
            span("t3", 22, 34, "LOC"),
            span("t5", 50, 52, "DATE"),
        ];
        compare_spans(&mine, &theirs)
    }

    #[test]
    fn every_kind_of_pair() {
        let matches = one_of_each_kind();
        assert_eq!(
            kinds(&matches),
            [
                (MatchKind::Same, Some("m1"), Some("t1")),
                (MatchKind::OtherLabel, Some("m2"), Some("t2")),
                (MatchKind::Overlapping, Some("m3"), Some("t3")),
                (MatchKind::OnlyMine, Some("m4"), None),
                (MatchKind::OnlyTheirs, None, Some("t5")),
            ]
        );
    }

    #[test]
    fn exact_pairs_win_over_overlaps_and_each_span_pairs_once() {
        // Mine has a long span and a short one inside it; theirs has only the short one: the
        // short ones pair as Same, the long one is mine alone (not "overlapping").
        let mine = [span("long", 0, 20, "ORG"), span("short", 5, 9, "PER")];
        let theirs = [span("t", 5, 9, "PER")];
        let matches = compare_spans(&mine, &theirs);
        assert_eq!(
            kinds(&matches),
            [
                (MatchKind::OnlyMine, Some("long"), None),
                (MatchKind::Same, Some("short"), Some("t")),
            ]
        );
        // Two of theirs overlap one of mine: the larger overlap pairs, the other is theirs alone.
        let mine = [span("m", 0, 10, "LOC")];
        let theirs = [span("a", 0, 3, "LOC"), span("b", 4, 12, "LOC")];
        let matches = compare_spans(&mine, &theirs);
        assert_eq!(
            kinds(&matches),
            [
                (MatchKind::OnlyTheirs, None, Some("a")),
                (MatchKind::Overlapping, Some("m"), Some("b")),
            ]
        );
    }

    #[test]
    fn duplicates_pair_one_to_one() {
        let mine = [span("m1", 0, 4, "PER"), span("m2", 0, 4, "PER")];
        let theirs = [span("t1", 0, 4, "PER")];
        let counts: Vec<MatchKind> = compare_spans(&mine, &theirs)
            .iter()
            .map(|m| m.kind)
            .collect();
        assert_eq!(counts, [MatchKind::Same, MatchKind::OnlyMine]);
    }
}
