//! Measuring the suggesters against a gold project (every mention and claim frame marked):
//! a learning curve for mentions — the first `k` documents annotated, suggestions scored on the
//! rest — beside plain string matching of the same labelled forms, and claim frames scored on
//! every document. `hashiya-suggest-bench` prints what these return.
//!
//! Mentions count as found when span and label are exact. A claim frame's cue counts as found
//! when a suggested cue overlaps a gold one; the frame is right when, besides, its content
//! overlaps the gold content and its claimant overlaps the gold claimant (or both have none).

use std::collections::{BTreeSet, HashSet};

use super::learned::MatchOptions;
use super::{Kind, Source, SuggestOptions, Suggestion, suggest};
use crate::model::{Annotations, Claimant, DocId, LabelId, Project, Schema, SpanId};

/// What was found of what was there.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Suggestions that are right.
    pub right: usize,
    pub suggested: usize,
    /// Gold items some suggestion found.
    pub found: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.suggested)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// One point of the learning curve.
#[derive(Debug, Clone, PartialEq)]
pub struct CurvePoint {
    /// Documents annotated before suggesting.
    pub annotated: usize,
    /// The learned suggester.
    pub learned: Counts,
    /// Exact string matching of the same labelled forms at word boundaries.
    pub baseline: Counts,
    /// Gold mentions the learned suggester missed and mentions it proposed wrongly (a few).
    pub missed: Vec<String>,
    pub wrong: Vec<String>,
}

type Mention = (DocId, usize, usize, LabelId);

/// `gold` with only the spans of its first `k` documents (no claims, entities, clusters or
/// feedback): what an analyst who annotated those would have.
pub fn annotated_first(gold: &Project, k: usize) -> Project {
    let first: HashSet<&DocId> = gold.documents.iter().take(k).map(|d| &d.id).collect();
    let spans = gold
        .annotations
        .all_spans()
        .filter(|(doc, _)| first.contains(doc))
        .map(|(doc, span)| {
            let mut span = span.clone();
            span.entity = None;
            (doc.clone(), span)
        });
    Project {
        name: gold.name.clone(),
        corpus_dir: gold.corpus_dir.clone(),
        documents: gold.documents.clone(),
        schema: gold.schema.clone(),
        annotations: Annotations::from_spans(spans).unwrap_or_default(),
        ..Project::default()
    }
}

fn mentions_of(suggestions: &[Suggestion]) -> BTreeSet<Mention> {
    suggestions
        .iter()
        .filter_map(|s| match &s.kind {
            Kind::Span { label, .. } => {
                Some((s.document().clone(), s.start(), s.end(), label.clone()))
            }
            _ => None,
        })
        .collect()
}

fn span_counts(suggested: &BTreeSet<Mention>, gold: &BTreeSet<Mention>) -> Counts {
    let right = suggested.intersection(gold).count();
    Counts {
        right,
        suggested: suggested.len(),
        found: right,
        gold: gold.len(),
    }
}

fn describe(m: &Mention, texts: &[Option<&str>], gold: &Project) -> String {
    let text = gold
        .document_index(&m.0)
        .and_then(|i| texts.get(i).copied().flatten())
        .map(|t| t.chars().skip(m.1).take(m.2 - m.1).collect::<String>())
        .unwrap_or_default();
    format!("{} «{text}» {}", m.0.0, m.3.0)
}

/// The learning curve at each `k` of `ks`: the learned suggester and the baseline suggest on
/// the documents after the first `k`, scored against the gold mentions there.
pub fn learning_curve(gold: &Project, texts: &[Option<&str>], ks: &[usize]) -> Vec<CurvePoint> {
    ks.iter()
        .map(|&k| {
            let training = annotated_first(gold, k);
            let rest: BTreeSet<DocId> = gold
                .documents
                .iter()
                .skip(k)
                .map(|d| d.id.clone())
                .collect();
            let gold_mentions: BTreeSet<Mention> = gold
                .annotations
                .all_spans()
                .filter(|(doc, s)| rest.contains(*doc) && !Schema::is_claim_role(&s.label))
                .map(|(doc, s)| (doc.clone(), s.start, s.end, s.label.clone()))
                .collect();
            let run = |matching| {
                let options = SuggestOptions {
                    kinds: super::Kinds {
                        spans: true,
                        claims: false,
                        clusters: false,
                    },
                    documents: Some(rest.clone()),
                    matching,
                    ..SuggestOptions::default()
                };
                let got = suggest(&training, texts, options);
                debug_assert!(got.iter().all(|s| s.source == Source::Learned));
                mentions_of(&got)
            };
            let learned = run(MatchOptions::ARABIC);
            let baseline = run(MatchOptions::EXACT);
            CurvePoint {
                annotated: k,
                learned: span_counts(&learned, &gold_mentions),
                baseline: span_counts(&baseline, &gold_mentions),
                missed: gold_mentions
                    .difference(&learned)
                    .map(|m| describe(m, texts, gold))
                    .collect(),
                wrong: learned
                    .difference(&gold_mentions)
                    .map(|m| describe(m, texts, gold))
                    .collect(),
            }
        })
        .collect()
}

/// How the attribution suggester did on the gold claim frames.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameScores {
    pub cues: Counts,
    pub frames: Counts,
    /// Gold frames whose cue was not found, and found cues whose frame was wrong (a few words
    /// each).
    pub missed: Vec<String>,
    pub wrong: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Range(usize, usize);

impl Range {
    fn overlaps(self, other: Range) -> bool {
        self.0 < other.1 && other.0 < self.1
    }
}

struct GoldFrame {
    doc: DocId,
    cue: Option<Range>,
    claimant: Option<Range>,
    content: Range,
}

struct Proposed {
    doc: DocId,
    cue: Range,
    claimant: Option<Range>,
    content: Range,
}

/// Counts where `matches` says which proposal finds which gold frame.
fn match_counts(
    proposed: &[(Proposed, &Suggestion)],
    golds: &[GoldFrame],
    matches: impl Fn(&Proposed, &GoldFrame) -> bool,
) -> Counts {
    Counts {
        right: proposed
            .iter()
            .filter(|(p, _)| golds.iter().any(|g| matches(p, g)))
            .count(),
        suggested: proposed.len(),
        found: golds
            .iter()
            .filter(|g| proposed.iter().any(|(p, _)| matches(p, g)))
            .count(),
        gold: golds.len(),
    }
}

fn frame_right(p: &Proposed, g: &GoldFrame) -> bool {
    p.doc == g.doc
        && g.cue.is_some_and(|c| c.overlaps(p.cue))
        && g.content.overlaps(p.content)
        && match (p.claimant, g.claimant) {
            (Some(a), Some(b)) => a.overlaps(b),
            (None, None) => true,
            _ => false,
        }
}

fn gold_frames(gold: &Project) -> Vec<GoldFrame> {
    let range_of =
        |doc: &DocId, id: &SpanId| gold.annotations.get(doc, id).map(|s| Range(s.start, s.end));
    gold.annotations
        .all_claims()
        .filter_map(|(doc, c)| {
            Some(GoldFrame {
                doc: doc.clone(),
                cue: c.cue.as_ref().and_then(|id| range_of(doc, id)),
                claimant: match &c.claimant {
                    Claimant::Mention(id) => range_of(doc, id),
                    _ => None,
                },
                content: range_of(doc, &c.content)?,
            })
        })
        .collect()
}

/// Claim frames suggested on every document of `gold` (with none of its annotations), scored
/// against its claims.
pub fn claim_frames(gold: &Project, texts: &[Option<&str>]) -> FrameScores {
    let bare = annotated_first(gold, 0);
    let options = SuggestOptions {
        kinds: super::Kinds {
            spans: false,
            claims: true,
            clusters: false,
        },
        ..SuggestOptions::default()
    };
    let got = suggest(&bare, texts, options);
    let golds = gold_frames(gold);
    let proposed: Vec<(Proposed, &Suggestion)> = got
        .iter()
        .filter_map(|s| match &s.kind {
            Kind::Claim { cue, claimant, .. } => Some((
                Proposed {
                    doc: s.document().clone(),
                    cue: Range(cue.start(), cue.end()),
                    claimant: claimant.as_ref().map(|c| Range(c.start(), c.end())),
                    content: Range(s.start(), s.end()),
                },
                s,
            )),
            _ => None,
        })
        .collect();
    let cue_found =
        |p: &Proposed, g: &GoldFrame| p.doc == g.doc && g.cue.is_some_and(|c| c.overlaps(p.cue));
    let excerpt = |doc: &DocId, r: Range| {
        let text = gold
            .document_index(doc)
            .and_then(|i| texts.get(i).copied().flatten())
            .unwrap_or_default();
        let words: String = text.chars().skip(r.0).take(r.1 - r.0).collect();
        let short: String = words
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        format!("{} «{short}»", doc.0)
    };
    let cues = match_counts(&proposed, &golds, cue_found);
    let frames = match_counts(&proposed, &golds, frame_right);
    FrameScores {
        cues,
        frames,
        missed: golds
            .iter()
            .filter(|g| !proposed.iter().any(|(p, _)| cue_found(p, g)))
            .map(|g| excerpt(&g.doc, g.cue.unwrap_or(g.content)))
            .collect(),
        wrong: proposed
            .iter()
            .filter(|(p, _)| {
                golds.iter().any(|g| cue_found(p, g)) && !golds.iter().any(|g| frame_right(p, g))
            })
            .map(|(p, s)| {
                let claimant = match &s.kind {
                    Kind::Claim {
                        claimant: Some(c), ..
                    } => s.text_of(c).to_owned(),
                    _ => String::new(),
                };
                format!("{} — claimant «{claimant}»", excerpt(&p.doc, p.cue))
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_give_precision_recall_and_f1() {
        let c = Counts {
            right: 3,
            suggested: 4,
            found: 3,
            gold: 6,
        };
        assert!((c.precision() - 0.75).abs() < 1e-9);
        assert!((c.recall() - 0.5).abs() < 1e-9);
        assert!((c.f1() - 0.6).abs() < 1e-9);
        assert!(Counts::default().f1().abs() < f64::EPSILON);
    }
}
