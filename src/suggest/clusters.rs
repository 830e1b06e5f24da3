//! Cluster members: a claim in no cluster whose content is close to that of a clustered claim of
//! another document is proposed as a member of that cluster — reporting it, or denying it when
//! its polarity is the opposite of the member's stance.
//!
//! Closeness is the Jaccard overlap of the two contents' normalised word sets (definite article
//! and attached conjunctions stripped). News claims are a sentence or two, so a word set is small
//! and an exact overlap is cheap; near-duplicate detection of whole documents (shingles and
//! min-hashing) would be the tool for longer texts, and this would move onto it once the crate
//! has one.

use std::collections::{BTreeSet, HashSet};

use crate::model::{ClaimId, ClusterId, DocId, Polarity, Project, Relation};
use crate::text::normalize::normalize_key;

/// Contents closer than this are proposed.
pub const MIN_OVERLAP: f32 = 0.4;

/// A claim proposed as a member of a cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct Membership {
    pub claim: ClaimId,
    pub cluster: ClusterId,
    pub relation: Relation,
    /// The overlap with the closest member.
    pub score: f32,
}

#[derive(Debug, Clone)]
struct Member {
    cluster: ClusterId,
    doc: DocId,
    words: BTreeSet<String>,
    /// What the member says of the cluster's claim: its polarity, turned round when it denies.
    stance: Polarity,
}

/// Every clustered claim's content words, built once per project.
#[derive(Debug, Clone, Default)]
pub struct ClusterIndex {
    members: Vec<Member>,
    clustered: HashSet<ClaimId>,
}

/// The words of `text` compared for closeness.
pub fn content_words(text: &str) -> BTreeSet<String> {
    normalize_key(text)
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| {
            let w = w
                .strip_prefix(['و', 'ف'])
                .filter(|r| r.starts_with("ال"))
                .unwrap_or(w);
            let w = ["بال", "كال", "لل", "ال"]
                .iter()
                .find_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() >= 2))
                .unwrap_or(w);
            w.to_owned()
        })
        .filter(|w| w.chars().count() >= 2)
        .collect()
}

/// Jaccard overlap of two word sets (0 when both are empty).
pub fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f32 / union as f32
}

fn flip(p: Polarity) -> Polarity {
    match p {
        Polarity::Asserts => Polarity::Denies,
        Polarity::Denies => Polarity::Asserts,
    }
}

fn content_of(project: &Project, doc: &DocId, claim: &ClaimId) -> Option<(String, Polarity)> {
    let claim = project.annotations.claim(doc, claim)?;
    let span = project.annotations.get(doc, &claim.content)?;
    Some((span.quote.clone(), claim.polarity))
}

impl ClusterIndex {
    pub fn new(project: &Project) -> Self {
        let mut index = Self::default();
        for cluster in project.clusters.values() {
            for m in &cluster.members {
                index.clustered.insert(m.claim.clone());
                let Some((content, polarity)) = content_of(project, &m.doc, &m.claim) else {
                    continue;
                };
                let stance = if m.relation == Relation::Denies {
                    flip(polarity)
                } else {
                    polarity
                };
                index.members.push(Member {
                    cluster: cluster.id.clone(),
                    doc: m.doc.clone(),
                    words: content_words(&content),
                    stance,
                });
            }
        }
        index
    }

    /// Proposals for the claims of `doc` that are in no cluster, in claim order; each claim at
    /// most once, for the cluster of its closest member.
    pub fn proposals(&self, project: &Project, doc: &DocId) -> Vec<Membership> {
        let mut out = Vec::new();
        for claim in project.annotations.claims(doc) {
            if self.clustered.contains(&claim.id) {
                continue;
            }
            let Some((content, polarity)) = content_of(project, doc, &claim.id) else {
                continue;
            };
            let words = content_words(&content);
            let best = self
                .members
                .iter()
                .filter(|m| &m.doc != doc)
                .map(|m| (overlap(&words, &m.words), m))
                .filter(|(score, _)| *score >= MIN_OVERLAP)
                // Ties go to the cluster first by ID, so the proposal does not depend on order.
                .max_by(|a, b| {
                    a.0.total_cmp(&b.0)
                        .then_with(|| b.1.cluster.cmp(&a.1.cluster))
                });
            if let Some((score, member)) = best {
                out.push(Membership {
                    claim: claim.id.clone(),
                    cluster: member.cluster.clone(),
                    relation: if polarity == member.stance {
                        Relation::Reports
                    } else {
                        Relation::Denies
                    },
                    score,
                });
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_lose_the_article_and_conjunctions_and_overlap_is_jaccard() {
        let a = content_words("والمستشفى الوطني تعرض للقصف");
        assert_eq!(
            a,
            ["تعرض", "قصف", "مستشفي", "وطني"]
                .into_iter()
                .map(String::from)
                .collect()
        );
        let b = content_words("قصف المستشفى الوطني");
        assert!((overlap(&a, &b) - 0.75).abs() < 1e-6);
        assert!(overlap(&BTreeSet::new(), &BTreeSet::new()).abs() < f32::EPSILON);
    }
}
