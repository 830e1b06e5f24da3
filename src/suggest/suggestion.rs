//! What a suggestion is: a stretch of one document's text and what it proposes there.
//!
//! A document gets hundreds of suggestions, most of which are never looked at one by one. So a
//! suggestion does not copy anything out of the text when it is made: every suggestion of a
//! document shares one [`DocText`] (its ID and text) and records where it is, in chars and in
//! bytes. Its text is a slice of the shared one; the anchor a span made from it keeps and the
//! words a rejection is remembered with are cut only when it is accepted or rejected.

use std::ops::Range;
use std::sync::Arc;

use super::around::{Around, context};
use crate::model::{
    ClaimId, ClusterId, DocId, EntityId, LabelId, Polarity, QuoteMode, Rejection, Relation,
    SuggestionFeedback,
};
use crate::text::normalize::normalize_key;

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

    /// What the window calls it (the catalogue's message).
    pub fn message(self) -> crate::model::Message {
        use crate::model::Message;
        match self {
            Self::Learned => Message::MENU_SUGGESTER_LEARNED,
            Self::Registry => Message::MENU_SUGGESTER_REGISTRY,
            Self::Attribution => Message::MENU_SUGGESTER_ATTRIBUTION,
            Self::Clusters => Message::MENU_SUGGESTER_CLUSTERS,
        }
    }
}

/// A document's ID and text, shared by every suggestion made for it.
#[derive(Debug)]
pub struct DocText {
    id: DocId,
    text: String,
}

impl DocText {
    pub fn new(id: DocId, text: &str) -> Arc<Self> {
        Arc::new(Self {
            id,
            text: text.to_owned(),
        })
    }

    pub fn id(&self) -> &DocId {
        &self.id
    }
}

/// A stretch of a document's text: char offsets `[start, end)`, and where they are in bytes, so
/// that its text is a slice of the document's ([`Suggestion::text_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    start: usize,
    end: usize,
    from: usize,
    to: usize,
}

impl Piece {
    /// Chars `[start, end)`, which are bytes `[from, to)` of the text.
    pub(super) fn new(start: usize, end: usize, from: usize, to: usize) -> Self {
        Self {
            start,
            end,
            from,
            to,
        }
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
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

    pub(super) fn rank(&self) -> u8 {
        match self {
            Self::Span { .. } => 0,
            Self::Claim { .. } => 1,
            Self::Cluster { .. } => 2,
        }
    }
}

/// One proposal for one document.
#[derive(Debug, Clone)]
pub struct Suggestion {
    doc: Arc<DocText>,
    /// The mention, the claim's content, or the clustered claim's content.
    range: Piece,
    pub kind: Kind,
    /// 0–1: how sure the suggester is.
    pub score: f32,
    pub source: Source,
}

impl PartialEq for Suggestion {
    fn eq(&self, other: &Self) -> bool {
        self.doc.id == other.doc.id
            && self.range == other.range
            && self.kind == other.kind
            && self.score == other.score
            && self.source == other.source
            && self.text() == other.text()
    }
}

impl Suggestion {
    pub(super) fn new(
        doc: &Arc<DocText>,
        range: Piece,
        kind: Kind,
        score: f32,
        source: Source,
    ) -> Self {
        Self {
            doc: doc.clone(),
            range,
            kind,
            score,
            source,
        }
    }

    pub fn document(&self) -> &DocId {
        &self.doc.id
    }

    /// Char offset where the suggestion starts in its document's text.
    pub fn start(&self) -> usize {
        self.range.start
    }

    pub fn end(&self) -> usize {
        self.range.end
    }

    pub fn range(&self) -> Range<usize> {
        self.range.range()
    }

    /// Its own stretch of the text, as a piece.
    pub fn piece(&self) -> Piece {
        self.range
    }

    /// The text it covers.
    pub fn text(&self) -> &str {
        self.text_of(&self.range)
    }

    /// The text of `piece` of this suggestion (its cue or claimant); empty for a piece of
    /// another document that does not fit this one's text.
    pub fn text_of(&self, piece: &Piece) -> &str {
        self.doc.text.get(piece.from..piece.to).unwrap_or_default()
    }

    /// The text just before and after it, which a span made from it records (see
    /// [`crate::model::Span::prefix`]), cut as [`crate::text::reanchor::context_of`] cuts it.
    pub fn anchor(&self) -> (String, String) {
        self.anchor_in(&Around::new(&self.doc.text))
    }

    /// [`Suggestion::anchor`], with the grapheme boundaries of its document found already.
    pub(super) fn anchor_in(&self, around: &Around) -> (String, String) {
        around.prefix_suffix(self.range.start, self.range.end)
    }

    /// Whether `other` is a suggestion of the same document text.
    pub(super) fn same_text(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.doc, &other.doc)
    }

    /// The whole text of its document.
    pub(super) fn document_text(&self) -> &str {
        &self.doc.text
    }

    /// The normalised words on either side, which a rejection is remembered with.
    pub fn context(&self) -> String {
        context(&self.doc.text, self.range.from, self.range.to)
    }

    /// What it proposes, as a rejection remembers it: its kind, the normalised form (for a
    /// cluster member, the claim's ID) and the label (polarity, cluster).
    pub(super) fn proposal(&self) -> (&'static str, String, String) {
        let (form, label) = match &self.kind {
            Kind::Span { label, .. } => (normalize_key(self.text()), label.0.clone()),
            Kind::Claim { polarity, .. } => (
                normalize_key(self.text()),
                polarity_name(*polarity).to_owned(),
            ),
            Kind::Cluster { claim, cluster, .. } => (claim.0.clone(), cluster.0.clone()),
        };
        (self.kind.name(), form, label)
    }

    /// How a rejection of this suggestion is remembered: by what it proposes and the words
    /// around it. Clear `context` to reject it everywhere.
    pub fn rejection(&self) -> Rejection {
        let (kind, form, label) = self.proposal();
        Rejection {
            kind: kind.to_owned(),
            form,
            label,
            context: self.context(),
        }
    }

    /// Whether `feedback` rejected it; its context is only cut when its form was rejected
    /// somewhere.
    pub fn is_rejected(&self, feedback: &SuggestionFeedback) -> bool {
        if feedback.rejected.is_empty() {
            return false;
        }
        let (kind, form, label) = self.proposal();
        feedback.rejects_form(kind, &form, &label)
            && feedback.is_rejected(&Rejection {
                kind: kind.to_owned(),
                form,
                label,
                context: self.context(),
            })
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
        let piece = |p: &Piece| json!({"start": p.start, "end": p.end, "text": self.text_of(p)});
        let score = f64::from((self.score * 1000.0).round()) / 1000.0;
        let document = &self.doc.id.0;
        match &self.kind {
            Kind::Span { label, entity } => json!({
                "document": document,
                "kind": "span",
                "label": label.0,
                "start": self.range.start,
                "end": self.range.end,
                "text": self.text(),
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
                "document": document,
                "kind": "claim",
                "start": self.range.start,
                "end": self.range.end,
                "text": self.text(),
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
                "document": document,
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
