//! Claims: who asserts (or denies) what, in one document. A claim is a frame over spans of its
//! document: the span holding what is claimed, the cue («قال», «نفى»), and who claims it.
//!
//! Claims are kept with the spans of their document ([`crate::model::Annotations`]) and saved in
//! the same file, because every span they name is in that document.

use super::id::random_id;
use super::{EntityId, SpanId, Stamp};

random_id!(
    /// Stable identifier of a claim, unique across the project (random, like span IDs).
    ClaimId
);

/// Who makes a claim.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Claimant {
    /// An entity of the project, when the article names no span for it (or the analyst links it
    /// directly).
    Entity(EntityId),
    /// A span of the same document naming the claimant; that span may itself link to an entity.
    Mention(SpanId),
    /// "A source said", «مصدر مطلع».
    Anonymous,
    /// The outlet itself, in its own voice.
    Outlet,
}

/// Whether the claimant asserts the content or denies it («نفى»).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Polarity {
    #[default]
    Asserts,
    Denies,
}

/// How sure the claimant says they are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Certainty {
    Certain,
    Probable,
    Possible,
    /// Not said, or not recorded.
    #[default]
    Unknown,
}

/// How the article renders the claim.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuoteMode {
    /// Quoted word for word.
    Direct,
    /// Reported speech («قال إن …»), the usual way of news.
    #[default]
    Indirect,
    /// Partly quoted, partly reported.
    Mixed,
}

/// One claim of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub id: ClaimId,
    /// The span holding what is claimed.
    pub content: SpanId,
    pub claimant: Claimant,
    /// The span of the reporting verb or phrase («قال», «أفادت مصادر»), if marked.
    pub cue: Option<SpanId>,
    pub polarity: Polarity,
    pub certainty: Certainty,
    pub quote_mode: QuoteMode,
    /// When the claim was made, as the analyst writes it (ISO 8601 preferred); empty when it is
    /// not said. May differ from the article's date.
    pub statement_date: String,
    pub note: String,
    /// The claim this one is reported inside, in the same document: for «قال X إن Y زعم أن …»,
    /// Y's claim has X's claim as its parent.
    pub parent: Option<ClaimId>,
    /// Who made it and when; filled by the workspace as edits are applied.
    pub stamp: Stamp,
}

impl Polarity {
    pub const ALL: [Polarity; 2] = [Polarity::Asserts, Polarity::Denies];
}

impl Certainty {
    pub const ALL: [Certainty; 4] = [
        Certainty::Certain,
        Certainty::Probable,
        Certainty::Possible,
        Certainty::Unknown,
    ];
}

impl QuoteMode {
    pub const ALL: [QuoteMode; 3] = [QuoteMode::Direct, QuoteMode::Indirect, QuoteMode::Mixed];
}

impl Claim {
    /// A claim asserting `content`, certainty unknown, reported indirectly, no cue or parent.
    pub fn new(id: ClaimId, content: SpanId, claimant: Claimant) -> Self {
        Self {
            id,
            content,
            claimant,
            cue: None,
            polarity: Polarity::default(),
            certainty: Certainty::default(),
            quote_mode: QuoteMode::default(),
            statement_date: String::new(),
            note: String::new(),
            parent: None,
            stamp: Stamp::default(),
        }
    }

    /// Every span of its document the claim names: content, cue, claimant mention.
    pub fn spans(&self) -> impl Iterator<Item = &SpanId> {
        let mention = match &self.claimant {
            Claimant::Mention(span) => Some(span),
            _ => None,
        };
        std::iter::once(&self.content)
            .chain(self.cue.as_ref())
            .chain(mention)
    }

    /// Whether the claim names the span `id`.
    pub fn uses_span(&self, id: &SpanId) -> bool {
        self.spans().any(|s| s == id)
    }

    /// The entity named directly as claimant, if any.
    pub fn claimant_entity(&self) -> Option<&EntityId> {
        match &self.claimant {
            Claimant::Entity(entity) => Some(entity),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_of_a_claim() {
        let mut claim = Claim::new(
            ClaimId("c".into()),
            SpanId("content".into()),
            Claimant::Mention(SpanId("who".into())),
        );
        claim.cue = Some(SpanId("cue".into()));
        let spans: Vec<&str> = claim.spans().map(SpanId::as_str).collect();
        assert_eq!(spans, ["content", "cue", "who"]);
        assert!(claim.uses_span(&SpanId("who".into())));
        claim.claimant = Claimant::Anonymous;
        assert!(!claim.uses_span(&SpanId("who".into())));
        assert_eq!(claim.claimant_entity(), None);
    }
}
