//! Suggestions: entity mentions, claim frames and cluster members that hashiya proposes and the
//! analyst accepts (one [`Transaction`], so one undo step) or rejects (remembered in the
//! project's [`SuggestionFeedback`], never proposed again).
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
//! rest of the corpus in the background ([`Background`]). Accepted spans are labelled spans, so a suggester
//! rebuilt from the project has learned them. Pure: no window, no files.
//!
//! Offsets are char offsets `[start, end)` into the document's text, as everywhere.

mod around;
pub mod attribution;
pub mod background;
pub mod clusters;
pub mod evaluate;
pub mod learned;
pub mod registry;

use std::collections::{BTreeSet, HashMap};

use crate::model::schema::{CLAIM_LABEL, CLAIMANT_LABEL, CUE_LABEL};
use crate::model::{
    Claim, ClaimId, Claimant, ClusterId, DocId, Edit, EditError, EntityId, LabelId, Polarity,
    Project, QuoteMode, Rejection, Relation, Schema, Span, SpanId, SuggestionFeedback, Transaction,
};
use crate::text::normalize::normalize_key;
use around::Around;
use attribution::{Cues, Lexicon};
pub use background::Background;
use clusters::ClusterIndex;
use learned::{FormIndex, MatchOptions, Prepared};

/// Which suggester made a suggestion; its name is the one `SuggestionFeedback::off` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    Learned,
    Registry,
    Attribution,
    Clusters,
}

impl Source {
    pub const ALL: [Source; 4] = [
        Source::Learned,
        Source::Registry,
        Source::Attribution,
        Source::Clusters,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Learned => "learned",
            Self::Registry => "registry",
            Self::Attribution => "attribution",
            Self::Clusters => "clusters",
        }
    }

    /// What the window calls it.
    pub fn title(self) -> &'static str {
        match self {
            Self::Learned => "forms already labelled",
            Self::Registry => "the entity registry",
            Self::Attribution => "reporting verbs (claim frames)",
            Self::Clusters => "claim clusters",
        }
    }
}

/// A stretch of a document's text: char offsets and the text there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What a suggestion proposes.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A span over the suggestion's range, with a label and perhaps an entity link.
    Span {
        label: LabelId,
        entity: Option<EntityId>,
    },
    /// A claim whose content is the suggestion's range.
    Claim {
        cue: Piece,
        /// Who claims it; may lie before the cue's sentence when it is the previous claim's.
        claimant: Option<Piece>,
        /// The entity the claimant names, when a mention over the same words links to one.
        claimant_entity: Option<EntityId>,
        polarity: Polarity,
        quote_mode: QuoteMode,
    },
    /// Claim `claim` (its content span is the suggestion's range) as a member of `cluster`.
    Cluster {
        claim: ClaimId,
        cluster: ClusterId,
        relation: Relation,
    },
}

impl Kind {
    /// `span`, `claim` or `cluster`.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Span { .. } => "span",
            Self::Claim { .. } => "claim",
            Self::Cluster { .. } => "cluster",
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Self::Span { .. } => 0,
            Self::Claim { .. } => 1,
            Self::Cluster { .. } => 2,
        }
    }
}

/// One proposal for one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub document: DocId,
    /// The mention, the claim's content, or the clustered claim's content.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: Kind,
    /// 0–1: how sure the suggester is.
    pub score: f32,
    pub source: Source,
    /// The normalised words on either side, which a rejection is remembered with.
    pub context: String,
    /// The text just before and after, recorded on a span made from the suggestion (see
    /// [`crate::model::Span::prefix`]).
    pub prefix: String,
    pub suffix: String,
}

impl Suggestion {
    /// How a rejection of this suggestion is remembered: by what it proposes and the words
    /// around it. Clear `context` to reject it everywhere.
    pub fn rejection(&self) -> Rejection {
        let (form, label) = match &self.kind {
            Kind::Span { label, .. } => (normalize_key(&self.text), label.0.clone()),
            Kind::Claim { polarity, .. } => (
                normalize_key(&self.text),
                polarity_name(*polarity).to_owned(),
            ),
            Kind::Cluster { claim, cluster, .. } => (claim.0.clone(), cluster.0.clone()),
        };
        Rejection {
            kind: self.kind.name().to_owned(),
            form,
            label,
            context: self.context.clone(),
        }
    }

    /// The label proposed, for spans.
    pub fn label(&self) -> Option<&LabelId> {
        match &self.kind {
            Kind::Span { label, .. } => Some(label),
            _ => None,
        }
    }

    /// The line `hashiya suggest` prints for it (see the README).
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::json;
        let piece = |p: &Piece| json!({"start": p.start, "end": p.end, "text": p.text});
        let score = f64::from((self.score * 1000.0).round()) / 1000.0;
        match &self.kind {
            Kind::Span { label, entity } => json!({
                "document": self.document.0,
                "kind": "span",
                "label": label.0,
                "start": self.start,
                "end": self.end,
                "text": self.text,
                "score": score,
                "source": self.source.name(),
                "entity": entity.as_ref().map(|e| e.0.clone()),
            }),
            Kind::Claim {
                cue,
                claimant,
                polarity,
                ..
            } => json!({
                "document": self.document.0,
                "kind": "claim",
                "start": self.start,
                "end": self.end,
                "text": self.text,
                "cue": piece(cue),
                "claimant": claimant.as_ref().map(piece),
                "polarity": polarity_name(*polarity),
                "score": score,
                "source": self.source.name(),
            }),
            Kind::Cluster {
                claim,
                cluster,
                relation,
            } => json!({
                "document": self.document.0,
                "kind": "cluster",
                "claim": claim.0,
                "cluster": cluster.0,
                "relation": match relation {
                    Relation::Denies => "denies",
                    _ => "reports",
                },
                "score": score,
            }),
        }
    }
}

fn polarity_name(p: Polarity) -> &'static str {
    match p {
        Polarity::Asserts => "asserts",
        Polarity::Denies => "denies",
    }
}

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
        let around = Around::new(text);
        let mut out = self.spans(doc, text, &around);
        if let Some(cues) = &self.cues {
            out.extend(self.claims(cues, doc, text, &around, &out));
        }
        if let Some(clusters) = &self.clusters {
            out.extend(self.cluster_members(clusters, doc, &around));
        }
        let feedback: &SuggestionFeedback = &self.project.suggestions;
        // Normalising every suggestion's form is only worth it when something was rejected.
        let any_rejected = !feedback.rejected.is_empty();
        out.retain(|s| {
            s.score >= self.options.min_score
                && !(any_rejected && feedback.is_rejected(&s.rejection()))
        });
        out.sort_by(|a, b| {
            (a.start, a.end, a.kind.rank(), a.label()).cmp(&(
                b.start,
                b.end,
                b.kind.rank(),
                b.label(),
            ))
        });
        out
    }

    fn spans(&self, doc: &DocId, text: &str, around: &Around) -> Vec<Suggestion> {
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
        let prepared = Prepared::new(text, self.options.matching);
        // Which chars a labelled thing already covers: nothing is proposed there.
        let mut labelled = vec![false; around.len()];
        for s in self.project.annotations.spans(doc) {
            if !Schema::is_claim_role(&s.label) {
                let end = s.end.min(labelled.len());
                labelled[s.start.min(end)..end].fill(true);
            }
        }
        let mut pool = Vec::new();
        for (index, source) in indexes {
            for found in index.find(&prepared) {
                if labelled[found.start..found.end].iter().any(|&c| c) {
                    continue;
                }
                pool.push((found, source));
            }
        }
        // Longest first, then the surer one, then the learned over the registry.
        pool.sort_by(|(a, sa), (b, sb)| {
            (b.end - b.start)
                .cmp(&(a.end - a.start))
                .then(b.entry.score.total_cmp(&a.entry.score))
                .then(a.start.cmp(&b.start))
                .then(sa.cmp(sb))
        });
        let mut chosen: Vec<Suggestion> = Vec::new();
        // Which chars a chosen suggestion covers, and where each chosen range is.
        let mut covered = vec![false; around.len()];
        let mut by_range: HashMap<(usize, usize), usize> = HashMap::new();
        for (found, source) in pool {
            if let Some(same) = by_range
                .get(&(found.start, found.end))
                .and_then(|&i| chosen.get_mut(i))
            {
                // The registry knows the entity the learned form was never linked to.
                if let Kind::Span { entity, .. } = &mut same.kind
                    && entity.is_none()
                {
                    entity.clone_from(&found.entry.entity);
                }
                continue;
            }
            if covered[found.start..found.end].iter().any(|&c| c) {
                continue;
            }
            covered[found.start..found.end].fill(true);
            by_range.insert((found.start, found.end), chosen.len());
            let mut s = suggestion(doc, around, found.start, found.end, source);
            s.score = found.entry.score;
            s.kind = Kind::Span {
                label: found.entry.label.clone(),
                entity: found.entry.entity.clone(),
            };
            chosen.push(s);
        }
        chosen
    }

    fn claims(
        &self,
        cues: &Cues,
        doc: &DocId,
        text: &str,
        around: &Around,
        mentions: &[Suggestion],
    ) -> Vec<Suggestion> {
        let annotations = &self.project.annotations;
        let spans = annotations.spans(doc);
        let claims = annotations.claims(doc);
        let range_of = |id: &SpanId| {
            annotations.get(doc, id).map(|s| attribution::Range {
                start: s.start,
                end: s.end,
            })
        };
        let claimants: Vec<attribution::Range> = claims
            .iter()
            .filter_map(|c| match &c.claimant {
                Claimant::Mention(id) => range_of(id),
                _ => None,
            })
            .collect();
        let contents: Vec<attribution::Range> =
            claims.iter().filter_map(|c| range_of(&c.content)).collect();
        let piece = |r: attribution::Range| Piece {
            start: r.start,
            end: r.end,
            text: around.text(r.start, r.end),
        };
        let entity_at = |r: attribution::Range| {
            spans
                .iter()
                .filter(|s| (s.start, s.end) == (r.start, r.end))
                .find_map(|s| s.entity.clone())
                .or_else(|| {
                    mentions.iter().find_map(|m| match &m.kind {
                        Kind::Span { entity, .. } if (m.start, m.end) == (r.start, r.end) => {
                            entity.clone()
                        }
                        _ => None,
                    })
                })
        };
        let mut out = Vec::new();
        for frame in attribution::frames(cues, text, &claimants) {
            let c = frame.content;
            if contents.iter().any(|k| k.start < c.end && c.start < k.end) {
                continue;
            }
            let mut s = suggestion(doc, around, c.start, c.end, Source::Attribution);
            s.score = frame.score;
            s.kind = Kind::Claim {
                cue: piece(frame.cue),
                claimant: frame.claimant.map(piece),
                claimant_entity: frame.claimant.and_then(entity_at),
                polarity: frame.polarity,
                quote_mode: frame.quote_mode,
            };
            out.push(s);
        }
        out
    }

    fn cluster_members(
        &self,
        clusters: &ClusterIndex,
        doc: &DocId,
        around: &Around,
    ) -> Vec<Suggestion> {
        let annotations = &self.project.annotations;
        clusters
            .proposals(self.project, doc)
            .into_iter()
            .filter_map(|m| {
                let claim = annotations.claim(doc, &m.claim)?;
                let content = annotations.get(doc, &claim.content)?;
                let end = content.end.min(around.len());
                let start = content.start.min(end);
                let mut s = suggestion(doc, around, start, end, Source::Clusters);
                s.score = m.score;
                s.kind = Kind::Cluster {
                    claim: m.claim,
                    cluster: m.cluster,
                    relation: m.relation,
                };
                Some(s)
            })
            .collect()
    }
}

/// A suggestion over `[start, end)` of `doc` with its text, context and anchor; kind and score
/// filled in by the caller.
fn suggestion(
    doc: &DocId,
    around: &Around,
    start: usize,
    end: usize,
    source: Source,
) -> Suggestion {
    let (prefix, suffix) = around.prefix_suffix(start, end);
    Suggestion {
        document: doc.clone(),
        start,
        end,
        text: around.text(start, end),
        kind: Kind::Span {
            label: LabelId(String::new()),
            entity: None,
        },
        score: 0.0,
        source,
        context: around.context(start, end),
        prefix,
        suffix,
    }
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

/// Why a suggestion could not be accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AcceptError {
    #[error("the schema has no label {:?}, which a claim frame's parts need", .0.0)]
    MissingLabel(LabelId),
    #[error("there is no cluster {0}")]
    UnknownCluster(ClusterId),
    #[error("the suggestion no longer fits the project: {0}")]
    Edit(#[from] EditError),
}

/// `suggestion` as one transaction: a span; a claim with its content, cue and claimant spans (a
/// span already marking the same words with the same role is used instead of a new one); or a
/// cluster membership.
pub fn accept(project: &Project, suggestion: &Suggestion) -> Result<Transaction, AcceptError> {
    let doc = &suggestion.document;
    match &suggestion.kind {
        Kind::Span { label, entity } => {
            let mut span = new_span(suggestion, suggestion.start, suggestion.end, label);
            span.entity = entity.clone().filter(|e| project.entity(e).is_some());
            Ok(Transaction::single(
                format!("Accepted «{}»", suggestion.text),
                Edit::AddSpan {
                    doc: doc.clone(),
                    span,
                },
            ))
        }
        Kind::Claim {
            cue,
            claimant,
            claimant_entity,
            polarity,
            quote_mode,
        } => {
            let mut transaction =
                Transaction::new(format!("Accepted the claim «{}»", suggestion.text));
            let content = role_span(
                project,
                suggestion,
                CLAIM_LABEL,
                &suggestion.into(),
                &mut transaction,
            )?;
            let cue = role_span(project, suggestion, CUE_LABEL, cue, &mut transaction)?;
            let entity = claimant_entity
                .clone()
                .filter(|e| project.entity(e).is_some());
            let claimant = match (claimant, entity) {
                (Some(piece), entity) => {
                    let id =
                        role_span(project, suggestion, CLAIMANT_LABEL, piece, &mut transaction)?;
                    if let (Some(entity), Some(Edit::AddSpan { span, .. })) =
                        (entity, transaction.edits.last_mut())
                        && span.id == id
                    {
                        span.entity = Some(entity);
                    }
                    Claimant::Mention(id)
                }
                (None, Some(entity)) => Claimant::Entity(entity),
                (None, None) => Claimant::Outlet,
            };
            let mut claim = Claim::new(ClaimId::fresh(), content, claimant);
            claim.cue = Some(cue);
            claim.polarity = *polarity;
            claim.quote_mode = *quote_mode;
            transaction.push(Edit::AddClaim {
                doc: doc.clone(),
                claim,
            });
            Ok(transaction)
        }
        Kind::Cluster {
            claim,
            cluster,
            relation,
        } => {
            let edit = Edit::replace_cluster(project, cluster, |c| {
                c.set_member(doc.clone(), claim.clone(), *relation);
            })
            .ok_or_else(|| AcceptError::UnknownCluster(cluster.clone()))?;
            Ok(Transaction::single(
                format!("Claim «{}» in a cluster", suggestion.text),
                edit,
            ))
        }
    }
}

impl From<&Suggestion> for Piece {
    fn from(s: &Suggestion) -> Self {
        Piece {
            start: s.start,
            end: s.end,
            text: s.text.clone(),
        }
    }
}

fn new_span(suggestion: &Suggestion, start: usize, end: usize, label: &LabelId) -> Span {
    let text: String = if (start, end) == (suggestion.start, suggestion.end) {
        suggestion.text.clone()
    } else {
        String::new()
    };
    let mut span = Span::new(SpanId::fresh(), start, end, label.clone(), &text);
    if (start, end) == (suggestion.start, suggestion.end) {
        span.prefix.clone_from(&suggestion.prefix);
        span.suffix.clone_from(&suggestion.suffix);
    }
    span
}

/// The span of `suggestion`'s document labelled `role` over `piece`: one already there, or a new
/// one added to `transaction`.
fn role_span(
    project: &Project,
    suggestion: &Suggestion,
    role: &str,
    piece: &Piece,
    transaction: &mut Transaction,
) -> Result<SpanId, AcceptError> {
    let label = LabelId(role.to_owned());
    if project.schema.label(&label).is_none() {
        return Err(AcceptError::MissingLabel(label));
    }
    let doc = &suggestion.document;
    if let Some(span) = project
        .annotations
        .spans(doc)
        .iter()
        .find(|s| (s.start, s.end, &s.label) == (piece.start, piece.end, &label))
    {
        return Ok(span.id.clone());
    }
    let mut span = new_span(suggestion, piece.start, piece.end, &label);
    piece.text.clone_into(&mut span.quote);
    let id = span.id.clone();
    transaction.push(Edit::AddSpan {
        doc: doc.clone(),
        span,
    });
    Ok(id)
}

/// Every suggestion of `suggestions` as one transaction (one undo step), each accepted against
/// the project as the ones before left it, so two claims naming the same claimant share its span.
pub fn accept_all<'s>(
    project: &Project,
    suggestions: impl IntoIterator<Item = &'s Suggestion>,
    description: impl Into<String>,
) -> Result<Transaction, AcceptError> {
    let mut scratch = project.clone();
    let mut all = Transaction::new(description);
    for s in suggestions {
        let one = accept(&scratch, s)?;
        one.apply_checked(&mut scratch)?;
        all.extend(one.edits);
    }
    Ok(all)
}

/// Rejecting `suggestion`: one edit remembering it in the project (so undo brings it back and a
/// save keeps it); `None` when it is rejected already.
pub fn reject(project: &Project, suggestion: &Suggestion) -> Option<Transaction> {
    let rejection = suggestion.rejection();
    (!project.suggestions.is_rejected(&rejection)).then(|| {
        Transaction::single(
            format!("Rejected the suggestion «{}»", suggestion.text),
            Edit::RejectSuggestion { rejection },
        )
    })
}

/// Switching `source` on or off for the project, as one edit; `None` when it already is.
pub fn switch(project: &Project, source: Source, on: bool) -> Option<Transaction> {
    let name = source.name();
    (project.suggestions.is_on(name) != on).then(|| {
        Transaction::single(
            format!(
                "Suggestions from {} switched {}",
                source.title(),
                if on { "on" } else { "off" }
            ),
            Edit::SwitchSuggester {
                name: name.to_owned(),
                on,
            },
        )
    })
}

/// Whether `suggestion`, made against an older state of `project`, still proposes something
/// new: not rejected since, its suggester still on, and nothing marked over it since (a span
/// where it proposes one, a claim over its content, a cluster for its claim). A window keeps
/// showing the suggestions it has through edits and undo this way, until they are made again.
pub fn is_open(project: &Project, suggestion: &Suggestion) -> bool {
    let doc = &suggestion.document;
    let annotations = &project.annotations;
    let feedback = &project.suggestions;
    // Normalising the suggestion's form is only worth it when something was rejected.
    if !feedback.is_on(suggestion.source.name())
        || (!feedback.rejected.is_empty() && feedback.is_rejected(&suggestion.rejection()))
    {
        return false;
    }
    let (start, end) = (suggestion.start, suggestion.end);
    match &suggestion.kind {
        Kind::Span { .. } => !annotations
            .spans(doc)
            .iter()
            .any(|s| !Schema::is_claim_role(&s.label) && s.overlaps(start, end)),
        Kind::Claim { .. } => !annotations.claims(doc).iter().any(|c| {
            annotations
                .get(doc, &c.content)
                .is_some_and(|s| s.start < end && start < s.end)
        }),
        Kind::Cluster { claim, .. } => {
            annotations.claim(doc, claim).is_some()
                && !project
                    .clusters
                    .values()
                    .any(|c| c.members.iter().any(|m| &m.doc == doc && &m.claim == claim))
        }
    }
}

/// The suggestions of `suggestions` that propose what `like` proposes — the same normalised form
/// and label (spans), or the same kind otherwise — in `like`'s document, or in every document
/// when `corpus`: what "accept all of this form" accepts.
pub fn same_form<'s>(
    suggestions: &'s [Suggestion],
    like: &Suggestion,
    corpus: bool,
) -> Vec<&'s Suggestion> {
    let key = like.rejection();
    suggestions
        .iter()
        .filter(|s| corpus || s.document == like.document)
        .filter(|s| {
            let r = s.rejection();
            (r.kind.as_str(), r.form.as_str(), r.label.as_str())
                == (key.kind.as_str(), key.form.as_str(), key.label.as_str())
        })
        .collect()
}

#[cfg(test)]
mod tests;
