//! Claim clusters: the same claim as different documents (and so outlets) carry it, or answer it.
//! A cluster gathers claims of any documents, each with how it relates to the cluster's claim, so
//! the views can show which outlets report, support, contradict or deny it — and which are silent.

use super::id::random_id;
use super::{ClaimId, DocId};

random_id!(
    /// Stable identifier of a claim cluster (random, like span IDs).
    ClusterId
);

/// How a member claim relates to the claim the cluster is about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    /// Carries the claim (attributed to someone).
    #[default]
    Reports,
    /// Adds support: a further source, evidence.
    Supports,
    /// States something incompatible with it.
    Contradicts,
    /// Denies it outright.
    Denies,
}

/// How true the analyst judges a cluster's claim, from worst to best (schema.org `ClaimReview`
/// ratings on a scale of 1 to 5, with "unproven" outside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rating {
    False,
    MostlyFalse,
    Mixed,
    MostlyTrue,
    True,
    /// Checked, but neither shown nor refuted.
    Unproven,
}

impl Rating {
    pub const ALL: [Rating; 6] = [
        Rating::False,
        Rating::MostlyFalse,
        Rating::Mixed,
        Rating::MostlyTrue,
        Rating::True,
        Rating::Unproven,
    ];

    /// The rating as a fact-checker writes it (`alternateName` in schema.org).
    pub fn name(self) -> &'static str {
        match self {
            Rating::False => "False",
            Rating::MostlyFalse => "Mostly false",
            Rating::Mixed => "Mixed",
            Rating::MostlyTrue => "Mostly true",
            Rating::True => "True",
            Rating::Unproven => "Unproven",
        }
    }

    /// Its place on the scale from 1 (false) to 5 (true); `None` for unproven, which has none.
    pub fn value(self) -> Option<u8> {
        match self {
            Rating::False => Some(1),
            Rating::MostlyFalse => Some(2),
            Rating::Mixed => Some(3),
            Rating::MostlyTrue => Some(4),
            Rating::True => Some(5),
            Rating::Unproven => None,
        }
    }
}

/// The analyst's verdict on a cluster's claim, once it has been checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub rating: Rating,
    /// Why: the evidence, in the analyst's words.
    pub note: String,
}

/// One claim of one document in a cluster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClusterMember {
    pub doc: DocId,
    pub claim: ClaimId,
    pub relation: Relation,
}

/// A project-wide group of claims about the same thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cluster {
    pub id: ClusterId,
    /// A short name for the claim, e.g. «قصف المستشفى الوطني».
    pub name: String,
    pub note: String,
    /// Sorted by `(doc, claim)`, each claim at most once (see [`Cluster::normalise`]), so the
    /// file lists members in one order whoever added them.
    pub members: Vec<ClusterMember>,
    /// The analyst's verdict on the claim; `None` until one is recorded.
    pub verdict: Option<Verdict>,
}

impl Cluster {
    /// A cluster without note or members.
    pub fn new(id: ClusterId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            note: String::new(),
            members: Vec::new(),
            verdict: None,
        }
    }

    /// Sorts the members by `(doc, claim)`; of a claim listed twice, the first listed stays.
    pub fn normalise(&mut self) {
        self.members
            .sort_by(|a, b| (&a.doc, &a.claim).cmp(&(&b.doc, &b.claim)));
        self.members
            .dedup_by(|later, first| (&later.doc, &later.claim) == (&first.doc, &first.claim));
    }

    /// Whether the members are as [`Cluster::normalise`] leaves them.
    pub fn is_normalised(&self) -> bool {
        self.members
            .windows(2)
            .all(|w| (&w[0].doc, &w[0].claim) < (&w[1].doc, &w[1].claim))
    }

    /// Sets the relation of `claim` of `doc`, adding it as a member if needed.
    pub fn set_member(&mut self, doc: DocId, claim: ClaimId, relation: Relation) {
        match self
            .members
            .binary_search_by(|m| (&m.doc, &m.claim).cmp(&(&doc, &claim)))
        {
            Ok(at) => self.members[at].relation = relation,
            Err(at) => self.members.insert(
                at,
                ClusterMember {
                    doc,
                    claim,
                    relation,
                },
            ),
        }
    }

    /// Removes `claim` of `doc`; whether it was a member.
    pub fn remove_member(&mut self, doc: &DocId, claim: &ClaimId) -> bool {
        let before = self.members.len();
        self.members.retain(|m| (&m.doc, &m.claim) != (doc, claim));
        self.members.len() != before
    }

    /// The member for `claim` of `doc`, if it is one.
    pub fn member(&self, doc: &DocId, claim: &ClaimId) -> Option<&ClusterMember> {
        self.members
            .iter()
            .find(|m| (&m.doc, &m.claim) == (doc, claim))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(doc: &str, claim: &str, relation: Relation) -> ClusterMember {
        ClusterMember {
            doc: DocId(doc.into()),
            claim: ClaimId(claim.into()),
            relation,
        }
    }

    #[test]
    fn members_stay_sorted_and_unique() {
        let mut c = Cluster::new(ClusterId("k".into()), "قصف");
        c.members = vec![
            member("b", "1", Relation::Denies),
            member("a", "2", Relation::Reports),
            member("b", "1", Relation::Supports),
        ];
        assert!(!c.is_normalised());
        c.normalise();
        assert!(c.is_normalised());
        assert_eq!(
            c.members,
            [
                member("a", "2", Relation::Reports),
                member("b", "1", Relation::Denies)
            ]
        );
        c.set_member(
            DocId("a".into()),
            ClaimId("1".into()),
            Relation::Contradicts,
        );
        c.set_member(DocId("b".into()), ClaimId("1".into()), Relation::Reports);
        assert!(c.is_normalised());
        assert_eq!(c.members.len(), 3);
        assert_eq!(
            c.member(&DocId("b".into()), &ClaimId("1".into()))
                .map(|m| m.relation),
            Some(Relation::Reports)
        );
        assert!(c.remove_member(&DocId("a".into()), &ClaimId("1".into())));
        assert!(!c.remove_member(&DocId("a".into()), &ClaimId("1".into())));
    }
}
