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
}

impl Cluster {
    /// A cluster without note or members.
    pub fn new(id: ClusterId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            note: String::new(),
            members: Vec::new(),
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
