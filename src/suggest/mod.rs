//! Suggestions: entity mentions, claim frames and cluster members that hashiya proposes and the
//! analyst accepts (one [`Transaction`](crate::model::Transaction), so one undo step) or rejects
//! (remembered in the project's [`SuggestionFeedback`](crate::model::SuggestionFeedback), never
//! proposed again).
//!
//! | suggester        | proposes                                                            |
//! |------------------|---------------------------------------------------------------------|
//! | [`learned`]      | every form the analyst labelled, where it occurs unlabelled          |
//! | [`registry`]     | entity names and aliases, linked to their entity                     |
//! | [`attribution`]  | claim frames from the lexicon of reporting verbs and expressions     |
//! | [`clusters`]     | claims in no cluster as members of the cluster whose claim they echo |
//!
//! [`Suggester::new`] builds every index once for a project; [`Suggester::document`] then
//! suggests for one document, so a window can suggest for the article shown first and for the
//! rest of the corpus in the background ([`Background`]). Accepted spans are labelled spans, so
//! a suggester rebuilt from the project has learned them. Pure: no window, no files.
//!
//! A document is normalised and split into words once ([`learned::Prepared`]) for every
//! suggester, and its suggestions point into its text rather than copy out of it (see
//! [`Suggestion`]): a corpus pass makes millions of them, and most are never looked at one by one.
//!
//! Offsets are char offsets `[start, end)` into the document's text, as everywhere.

mod accept;
mod around;
pub mod attribution;
pub mod background;
pub mod clusters;
pub mod evaluate;
pub mod learned;
mod prepared;
pub mod registry;
mod suggestion;

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::model::{Claimant, DocId, Project, Schema, SpanId};
pub use accept::{AcceptError, accept, accept_all, is_open, reject, same_form, switch};
use attribution::{Cues, Lexicon};
pub use background::Background;
use clusters::ClusterIndex;
use learned::{FormIndex, MatchOptions, Prepared};
pub use suggestion::{DocText, Kind, Piece, Source, Suggestion};

/// Which kinds of suggestion to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds {
    pub spans: bool,
    pub claims: bool,
    pub clusters: bool,
}

impl Default for Kinds {
    fn default() -> Self {
        Self {
            spans: true,
            claims: true,
            clusters: true,
        }
    }
}

/// What to suggest.
#[derive(Debug, Clone)]
pub struct SuggestOptions {
    pub kinds: Kinds,
    /// Suggestions scoring less are left out.
    pub min_score: f32,
    /// Only these documents (all when `None`).
    pub documents: Option<BTreeSet<DocId>>,
    /// Reporting verbs and expressions: the built-in lexicon, perhaps with the cues of a file
    /// (`hashiya suggest --lexicon`). The project's own cues (`SuggestionFeedback::cues`) are
    /// always added.
    pub lexicon: Lexicon,
    /// How forms are matched; [`MatchOptions::EXACT`] only for comparisons.
    pub matching: MatchOptions,
}

impl Default for SuggestOptions {
    fn default() -> Self {
        Self {
            kinds: Kinds::default(),
            min_score: 0.0,
            documents: None,
            lexicon: Lexicon::builtin(),
            matching: MatchOptions::ARABIC,
        }
    }
}

/// Every suggester of a project, built once; see the module docs.
#[derive(Debug)]
pub struct Suggester<'p> {
    project: &'p Project,
    options: SuggestOptions,
    learned: Option<FormIndex>,
    registry: Option<FormIndex>,
    cues: Option<Cues>,
    clusters: Option<ClusterIndex>,
}

impl<'p> Suggester<'p> {
    /// The suggesters `options` asks for and the project has not switched off.
    pub fn new(project: &'p Project, options: SuggestOptions) -> Self {
        let on = |s: Source| project.suggestions.is_on(s.name());
        let spans = options.kinds.spans;
        let m = options.matching;
        Self {
            learned: (spans && on(Source::Learned)).then(|| learned::learned_index(project, m)),
            registry: (spans && on(Source::Registry)).then(|| registry::registry_index(project, m)),
            cues: (options.kinds.claims && on(Source::Attribution)).then(|| {
                let own = Lexicon::of_project(&project.suggestions.cues);
                Cues::new(&options.lexicon.clone().with(own))
            }),
            clusters: (options.kinds.clusters && on(Source::Clusters))
                .then(|| ClusterIndex::new(project)),
            project,
            options,
        }
    }

    /// Suggestions for the document at `index` of the project, whose text is `text`, in reading
    /// order; none for a document left out by the options. Rejected ones and those scoring
    /// below the minimum are left out.
    pub fn document(&self, index: usize, text: &str) -> Vec<Suggestion> {
        let Some(doc) = self.project.documents.get(index).map(|d| &d.id) else {
            return Vec::new();
        };
        if self
            .options
            .documents
            .as_ref()
            .is_some_and(|only| !only.contains(doc))
        {
            return Vec::new();
        }
        let shared = DocText::new(doc.clone(), text);
        let prepared = Prepared::new(text, self.options.matching);
        let mut out = self.spans(&shared, &prepared);
        if let Some(cues) = &self.cues {
            // The claim patterns read normalised words: the text prepared for matching forms
            // serves, unless forms are matched as written.
            let normalised;
            let words = if self.options.matching.normalise {
                &prepared
            } else {
                normalised = Prepared::new(text, MatchOptions::ARABIC);
                &normalised
            };
            out.extend(self.claims(cues, &shared, words, &out));
        }
        if let Some(clusters) = &self.clusters {
            out.extend(self.cluster_members(clusters, &shared, &prepared));
        }
        let feedback = &self.project.suggestions;
        out.retain(|s| s.score >= self.options.min_score && !s.is_rejected(feedback));
        out.sort_by(|a, b| {
            (a.start(), a.end(), a.kind.rank(), a.label()).cmp(&(
                b.start(),
                b.end(),
                b.kind.rank(),
                b.label(),
            ))
        });
        out
    }

    fn spans(&self, doc: &Arc<DocText>, text: &Prepared) -> Vec<Suggestion> {
        let indexes: Vec<(&FormIndex, Source)> = [
            (self.learned.as_ref(), Source::Learned),
            (self.registry.as_ref(), Source::Registry),
        ]
        .into_iter()
        .filter_map(|(index, source)| Some((index?, source)))
        .collect();
        if indexes.is_empty() {
            return Vec::new();
        }
        let len = text.original_len();
        // Which chars a labelled thing already covers: nothing is proposed there.
        let mut labelled = vec![false; len];
        for s in self.project.annotations.spans(doc.id()) {
            if !Schema::is_claim_role(&s.label) {
                let end = s.end.min(len);
                labelled[s.start.min(end)..end].fill(true);
            }
        }
        // What each index found where nothing is labelled, each list in reading order, then
        // merged in reading order; a candidate's rank is its place in the lists one after the
        // other, the last tie-break.
        let mut lists: Vec<Vec<Candidate<'_>>> = Vec::with_capacity(indexes.len());
        let mut rank = 0;
        for (index, source) in indexes {
            let mut list = Vec::new();
            for found in index.find(text) {
                if labelled[found.start..found.end].iter().any(|&c| c) {
                    continue;
                }
                list.push(Candidate {
                    found,
                    source,
                    rank,
                });
                rank += 1;
            }
            lists.push(list);
        }
        let pool = merge_by_start(lists);
        // Overlapping candidates are chosen among each other, longest first (see `choose`);
        // ones that overlap no other are chosen at once.
        let mut chosen: Vec<Suggestion> = Vec::with_capacity(pool.len());
        let mut group: Vec<Candidate<'_>> = Vec::new();
        let mut group_end = 0;
        for candidate in pool {
            if candidate.found.start >= group_end && !group.is_empty() {
                choose(&mut group, doc, text, &mut chosen);
            }
            group_end = if group.is_empty() {
                candidate.found.end
            } else {
                group_end.max(candidate.found.end)
            };
            group.push(candidate);
        }
        choose(&mut group, doc, text, &mut chosen);
        chosen
    }

    fn claims(
        &self,
        cues: &Cues,
        doc: &Arc<DocText>,
        text: &Prepared,
        mentions: &[Suggestion],
    ) -> Vec<Suggestion> {
        let annotations = &self.project.annotations;
        let id = doc.id();
        let spans = annotations.spans(id);
        let claims = annotations.claims(id);
        let range_of = |span: &SpanId| {
            annotations.get(id, span).map(|s| attribution::Range {
                start: s.start,
                end: s.end,
            })
        };
        let claimants: Vec<attribution::Range> = claims
            .iter()
            .filter_map(|c| match &c.claimant {
                Claimant::Mention(span) => range_of(span),
                _ => None,
            })
            .collect();
        let contents: Vec<attribution::Range> =
            claims.iter().filter_map(|c| range_of(&c.content)).collect();
        let entity_at = |r: attribution::Range| {
            spans
                .iter()
                .filter(|s| (s.start, s.end) == (r.start, r.end))
                .find_map(|s| s.entity.clone())
                .or_else(|| {
                    mentions.iter().find_map(|m| match &m.kind {
                        Kind::Span { entity, .. } if m.range() == (r.start..r.end) => {
                            entity.clone()
                        }
                        _ => None,
                    })
                })
        };
        let piece = |r: attribution::Range| piece(text, r.start, r.end);
        let mut out = Vec::new();
        for frame in attribution::frames_in(cues, text, &claimants) {
            let c = frame.content;
            if contents.iter().any(|k| k.start < c.end && c.start < k.end) {
                continue;
            }
            let kind = Kind::Claim {
                cue: piece(frame.cue),
                claimant: frame.claimant.map(piece),
                claimant_entity: frame.claimant.and_then(entity_at),
                polarity: frame.polarity,
                quote_mode: frame.quote_mode,
            };
            out.push(Suggestion::new(
                doc,
                piece(c),
                kind,
                frame.score,
                Source::Attribution,
            ));
        }
        out
    }

    fn cluster_members(
        &self,
        clusters: &ClusterIndex,
        doc: &Arc<DocText>,
        text: &Prepared,
    ) -> Vec<Suggestion> {
        let annotations = &self.project.annotations;
        let id = doc.id();
        clusters
            .proposals(self.project, id)
            .into_iter()
            .filter_map(|m| {
                let claim = annotations.claim(id, &m.claim)?;
                let content = annotations.get(id, &claim.content)?;
                let end = content.end.min(text.original_len());
                let start = content.start.min(end);
                let kind = Kind::Cluster {
                    claim: m.claim,
                    cluster: m.cluster,
                    relation: m.relation,
                };
                Some(Suggestion::new(
                    doc,
                    piece(text, start, end),
                    kind,
                    m.score,
                    Source::Clusters,
                ))
            })
            .collect()
    }
}

/// A form found where nothing is labelled, by which index, and its place among all found.
#[derive(Debug, Clone, Copy)]
struct Candidate<'i> {
    found: learned::Found<'i>,
    source: Source,
    rank: usize,
}

/// The candidates of lists each in reading order, in reading order (by start; at one start,
/// the list that comes first first).
fn merge_by_start(mut lists: Vec<Vec<Candidate<'_>>>) -> Vec<Candidate<'_>> {
    match lists.len() {
        0 => Vec::new(),
        1 => lists.pop().unwrap_or_default(),
        _ => {
            let mut all: Vec<Candidate<'_>> = lists.into_iter().flatten().collect();
            // Stable: at one start, the earlier list and the earlier find stay first.
            all.sort_by_key(|c| c.found.start);
            all
        }
    }
}

/// Chooses among `group`, candidates each overlapping another one (or alone), as the corpus
/// does: longest first, then the surer one, then the earlier, then the learned over the
/// registry, then the one found first; a candidate overlapping one chosen before is left out,
/// unless it has the same range, when it only lends its entity to a chosen learned form that
/// has none. Appends the chosen ones to `chosen` in reading order and empties `group`.
fn choose(
    group: &mut Vec<Candidate<'_>>,
    doc: &Arc<DocText>,
    text: &Prepared,
    chosen: &mut Vec<Suggestion>,
) {
    let suggestion = |c: &Candidate<'_>| {
        Suggestion::new(
            doc,
            piece(text, c.found.start, c.found.end),
            Kind::Span {
                label: c.found.entry.label.clone(),
                entity: c.found.entry.entity.clone(),
            },
            c.found.entry.score,
            c.source,
        )
    };
    if let [alone] = group.as_slice() {
        chosen.push(suggestion(alone));
        group.clear();
        return;
    }
    group.sort_unstable_by(|a, b| {
        let (fa, fb) = (&a.found, &b.found);
        (fb.end - fb.start)
            .cmp(&(fa.end - fa.start))
            .then(fb.entry.score.total_cmp(&fa.entry.score))
            .then(fa.start.cmp(&fb.start))
            .then(a.source.cmp(&b.source))
            .then(a.rank.cmp(&b.rank))
    });
    let first = chosen.len();
    for candidate in group.drain(..) {
        let (start, end) = (candidate.found.start, candidate.found.end);
        let here = &mut chosen[first..];
        if let Some(same) = here.iter_mut().find(|s| s.range() == (start..end)) {
            // The registry knows the entity the learned form was never linked to.
            if let Kind::Span { entity, .. } = &mut same.kind
                && entity.is_none()
            {
                entity.clone_from(&candidate.found.entry.entity);
            }
            continue;
        }
        if here.iter().any(|s| s.start() < end && start < s.end()) {
            continue;
        }
        chosen.push(suggestion(&candidate));
    }
    // Chosen ones do not overlap: their starts differ.
    chosen[first..].sort_unstable_by_key(Suggestion::start);
}

/// Chars `[start, end)` of a prepared text as a piece of it.
fn piece(text: &Prepared, start: usize, end: usize) -> Piece {
    Piece::new(
        start,
        end,
        text.original_byte(start),
        text.original_byte(end),
    )
}

/// Suggestions for every document of `project` (`texts` in project order, `None` where the text
/// could not be read), in project order then reading order.
pub fn suggest(
    project: &Project,
    texts: &[Option<&str>],
    options: SuggestOptions,
) -> Vec<Suggestion> {
    let suggester = Suggester::new(project, options);
    texts
        .iter()
        .enumerate()
        .filter_map(|(i, text)| Some((i, (*text)?)))
        .flat_map(|(i, text)| suggester.document(i, text))
        .collect()
}

#[cfg(test)]
mod reference_tests;
#[cfg(test)]
mod tests;
