//! Queries the views need, computed from the project as it is: who is mentioned by which
//! outlets, and which outlets carry, answer or ignore each cluster of claims. Everything returned
//! is sorted, so a view shows the same order every frame.

use std::collections::{BTreeMap, BTreeSet};

use super::{ClaimId, ClusterId, DocId, EntityId, OutletId, Polarity, Project, Relation, SpanId};

/// How often each entity is mentioned (spans linked to it) in the documents of each outlet.
/// Documents without an outlet, or not in the project, count under the unknown outlet (the empty
/// ID). Entities without mentions are absent.
pub fn mention_counts(project: &Project) -> BTreeMap<EntityId, BTreeMap<OutletId, usize>> {
    let mut counts: BTreeMap<EntityId, BTreeMap<OutletId, usize>> = BTreeMap::new();
    for (doc, spans) in project.annotations.iter() {
        let outlet = project.outlet_of(doc);
        for entity in spans.iter().filter_map(|s| s.entity.as_ref()) {
            *counts
                .entry(entity.clone())
                .or_default()
                .entry(outlet.clone())
                .or_default() += 1;
        }
    }
    counts
}

/// The mentions of `entity`: each span linked to it, with its document, by document then
/// reading order.
pub fn mentions_of(project: &Project, entity: &EntityId) -> Vec<(DocId, SpanId)> {
    project
        .annotations
        .all_spans()
        .filter(|(_, s)| s.entity.as_ref() == Some(entity))
        .map(|(doc, s)| (doc.clone(), s.id.clone()))
        .collect()
}

/// One claim in a cell of the [`ClaimMatrix`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct MatrixEntry {
    pub doc: DocId,
    pub claim: ClaimId,
    pub relation: Relation,
    pub polarity: Polarity,
}

/// One cluster's row: a cell per column of [`ClaimMatrix::outlets`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatrixRow {
    pub cluster: ClusterId,
    /// The member claims of each outlet's documents, by document then claim; empty where the
    /// outlet is silent.
    pub cells: Vec<Vec<MatrixEntry>>,
}

/// Clusters × outlets: which outlets report, support, contradict or deny each cluster's claim,
/// and which say nothing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ClaimMatrix {
    /// The columns: every outlet of the project by name (then ID); after them outlet IDs that
    /// members' documents name but the project lacks, by ID; last the unknown outlet (the empty
    /// ID) when a member's document has no outlet.
    pub outlets: Vec<OutletId>,
    /// The rows: every cluster with a claim in the project, by name (then ID). A cluster without
    /// one (emptied, or only members whose claims are gone) has no row: it would count as
    /// silence from every outlet.
    pub rows: Vec<MatrixRow>,
}

impl ClaimMatrix {
    /// The claims of the cluster in `row` from the outlet in `column`; empty when it is silent
    /// (or out of range).
    pub fn cell(&self, row: usize, column: usize) -> &[MatrixEntry] {
        self.rows
            .get(row)
            .and_then(|r| r.cells.get(column))
            .map_or(&[], Vec::as_slice)
    }
}

/// Whether an outlet's claims in a cell come only from documents that repeat another's text
/// (`Document::copy_of`: a wire story it republished) rather than from reporting of its own.
/// False for an empty cell.
pub fn republished_only(project: &Project, entries: &[MatrixEntry]) -> bool {
    !entries.is_empty()
        && entries.iter().all(|entry| {
            project
                .document(&entry.doc)
                .is_some_and(|doc| doc.copy_of.is_some())
        })
}

/// The [`ClaimMatrix`] of all clusters that hold a claim. Members whose claim the project lacks
/// are left out (loading reports them, see [`Project::broken_references`]).
pub fn claim_matrix(project: &Project) -> ClaimMatrix {
    let mut known: Vec<(&str, &OutletId)> = project
        .outlets
        .values()
        .map(|o| (o.name.as_str(), &o.id))
        .collect();
    known.sort_unstable();
    let mut outlets: Vec<OutletId> = known.into_iter().map(|(_, id)| id.clone()).collect();

    let mut clusters: Vec<_> = project.clusters.values().collect();
    clusters.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let rows: Vec<(ClusterId, Vec<(OutletId, MatrixEntry)>)> = clusters
        .into_iter()
        .map(|cluster| {
            let entries = cluster
                .members
                .iter()
                .filter_map(|m| {
                    let claim = project.annotations.claim(&m.doc, &m.claim)?;
                    let entry = MatrixEntry {
                        doc: m.doc.clone(),
                        claim: m.claim.clone(),
                        relation: m.relation,
                        polarity: claim.polarity,
                    };
                    Some((project.outlet_of(&m.doc), entry))
                })
                .collect::<Vec<_>>();
            (cluster.id.clone(), entries)
        })
        .filter(|(_, entries)| !entries.is_empty())
        .collect();

    let seen: BTreeSet<&OutletId> = rows
        .iter()
        .flat_map(|(_, entries)| entries.iter().map(|(o, _)| o))
        .collect();
    let extra: Vec<OutletId> = seen
        .iter()
        .filter(|o| !o.is_unknown() && !project.outlets.contains_key(o))
        .map(|o| (*o).clone())
        .collect();
    outlets.extend(extra);
    if seen.contains(&OutletId::unknown()) {
        outlets.push(OutletId::unknown());
    }
    let column: BTreeMap<&OutletId, usize> =
        outlets.iter().enumerate().map(|(i, o)| (o, i)).collect();

    let rows = rows
        .iter()
        .map(|(cluster, entries)| {
            let mut cells = vec![Vec::new(); outlets.len()];
            for (outlet, entry) in entries {
                if let Some(&i) = column.get(outlet) {
                    cells[i].push(entry.clone());
                }
            }
            for cell in &mut cells {
                cell.sort();
            }
            MatrixRow {
                cluster: cluster.clone(),
                cells,
            }
        })
        .collect();
    ClaimMatrix { outlets, rows }
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::compound::tests::{claim_id, doc, entity_id, project, span_id};
    use crate::model::{Claim, Claimant, ClusterMember, Edit, Transaction};

    #[test]
    fn mentions_per_entity_and_outlet() {
        let p = project();
        let counts = mention_counts(&p);
        let o1 = OutletId("o1".into());
        let o2 = OutletId("o2".into());
        assert_eq!(counts[&entity_id("m")], BTreeMap::from([(o1.clone(), 1)]));
        assert_eq!(counts[&entity_id("h")], BTreeMap::from([(o1, 1), (o2, 1)]));
        assert_eq!(
            mentions_of(&p, &entity_id("h")),
            [(doc("a"), span_id("a4")), (doc("b"), span_id("b1"))]
        );
    }

    #[test]
    fn matrix_has_a_cell_per_cluster_and_outlet_and_silence_is_empty() {
        let mut p = project();
        // A denial in b (outlet سانا), and a document without outlet.
        p.documents[1].outlet = OutletId("o2".into());
        let mut denial = Claim::new(claim_id("kd"), span_id("b1"), Claimant::Anonymous);
        denial.polarity = Polarity::Denies;
        let tx = Transaction::new(crate::model::Message::CLAIM_EDIT_MADE)
            .with(Edit::AddClaim {
                doc: doc("b"),
                claim: denial,
            })
            .with(
                Edit::replace_cluster(&p, &ClusterId("k".into()), |k| {
                    k.set_member(doc("b"), claim_id("kd"), Relation::Denies);
                })
                .unwrap(),
            );
        tx.apply_checked(&mut p).unwrap();
        let mut empty = crate::model::Cluster::new(ClusterId("e".into()), "أ");
        empty.members.clear();
        Transaction::single(
            crate::model::Message::CLAIM_EDIT_NEW_CLUSTER,
            Edit::add_cluster(empty),
        )
        .apply_checked(&mut p)
        .unwrap();

        let m = claim_matrix(&p);
        // Columns by outlet name: سانا before عنب بلدي.
        assert_eq!(m.outlets, [OutletId("o2".into()), OutletId("o1".into())]);
        // The empty cluster «أ» has no row.
        let rows: Vec<&str> = m.rows.iter().map(|r| r.cluster.as_str()).collect();
        assert_eq!(rows, ["k"]);
        assert_eq!(
            m.cell(0, 0),
            [MatrixEntry {
                doc: doc("b"),
                claim: claim_id("kd"),
                relation: Relation::Denies,
                polarity: Polarity::Denies,
            }]
        );
        let a: Vec<(&str, Relation)> = m
            .cell(0, 1)
            .iter()
            .map(|e| (e.claim.as_str(), e.relation))
            .collect();
        assert_eq!(a, [("ka", Relation::Reports), ("kb", Relation::Denies)]);
        assert!(m.cell(9, 9).is_empty());
        // Only b repeats a's text: its outlet's cell is a republished copy, a's is not.
        assert!(!republished_only(&p, m.cell(0, 0)));
        p.documents[1].copy_of = Some(doc("a"));
        assert!(republished_only(&p, m.cell(0, 0)));
        assert!(!republished_only(&p, m.cell(0, 1)));
        assert!(!republished_only(&p, &[]));

        // A member from a document with no outlet gets the unknown column, last.
        p.documents[1].outlet = OutletId::unknown();
        let m = claim_matrix(&p);
        assert_eq!(m.outlets.last(), Some(&OutletId::unknown()));
        assert_eq!(m.outlets.len(), 3);
        assert_eq!(m.cell(0, 2).len(), 1);
        // Members whose claim is missing are left out; a cluster of only those has no row either.
        p.clusters
            .get_mut(&ClusterId("e".into()))
            .unwrap()
            .members
            .push(ClusterMember {
                doc: doc("a"),
                claim: claim_id("gone"),
                relation: Relation::Reports,
            });
        let m = claim_matrix(&p);
        assert_eq!(m.rows.len(), 1);
        assert_eq!(m.rows[0].cluster, ClusterId("k".into()));
        // Given a claim, it has its row again.
        p.clusters
            .get_mut(&ClusterId("e".into()))
            .unwrap()
            .set_member(doc("a"), claim_id("ka"), Relation::Supports);
        let rows: Vec<String> = claim_matrix(&p)
            .rows
            .iter()
            .map(|r| r.cluster.0.clone())
            .collect();
        assert_eq!(rows, ["e", "k"]);
    }
}
