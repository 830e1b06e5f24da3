//! Changes made of several primitive edits: merging and splitting entities, removing a span or a
//! claim together with what depends on it, taking a claim out of a cluster or deleting one. A
//! cluster exists while it has claims: the edit that takes its last one removes it too, so one
//! undo brings both back. Each returns a [`Transaction`] built from the state
//! of the project now, so applying it is checked like any edit and undoing it is automatic.

use std::collections::{BTreeMap, BTreeSet};

use super::edit::RecordKind;
use super::{
    Claim, ClaimId, Claimant, ClusterId, ClusterMember, DocId, Edit, EditError, Entity, EntityId,
    Message, Project, SpanId, Transaction,
};

/// Merges the entity `absorb` into `keep`: every mention of `absorb` and every claim naming it
/// as claimant is relinked to `keep`; `keep` gains `absorb`'s name and aliases as aliases, its
/// note (after its own) and, when it has none, its outside identifier; then `absorb` is removed.
pub fn merge_entities(
    project: &Project,
    keep: &EntityId,
    absorb: &EntityId,
) -> Result<Transaction, EditError> {
    if keep == absorb {
        return Err(EditError::SameEntity { id: keep.clone() });
    }
    let kept = entity(project, keep)?;
    let absorbed = entity(project, absorb)?;
    let mut tx = Transaction::new(
        Message::MERGE_ENTITIES
            .with("absorbed", &absorbed.name)
            .with("kept", &kept.name),
    );
    for (doc, span) in project.annotations.all_spans() {
        if span.entity.as_ref() == Some(absorb) {
            tx.extend(Edit::replace_span(project, doc, &span.id, |s| {
                s.entity = Some(keep.clone());
            }));
        }
    }
    for (doc, claim) in project.annotations.all_claims() {
        if claim.claimant_entity() == Some(absorb) {
            tx.extend(Edit::replace_claim(project, doc, &claim.id, |c| {
                c.claimant = Claimant::Entity(keep.clone());
            }));
        }
    }
    tx.extend(Edit::replace_entity(project, keep, |e| {
        for name in absorbed.names().filter(|n| *n != kept.name) {
            e.aliases.push(name.to_owned());
        }
        if e.note.is_empty() {
            e.note.clone_from(&absorbed.note);
        } else if !absorbed.note.is_empty() && absorbed.note != e.note {
            e.note = format!("{}\n{}", e.note, absorbed.note);
        }
        if e.external_id.is_none() {
            e.external_id.clone_from(&absorbed.external_id);
        }
    }));
    tx.extend(Edit::remove_entity(project, absorb));
    Ok(tx)
}

/// Adds `new_entity` and links the given `mentions` of the entity `from` to it instead; the rest
/// of `from` (its other mentions, the claims naming it) stays. Listing a mention twice is the
/// same as listing it once.
pub fn split_entity(
    project: &Project,
    from: &EntityId,
    new_entity: Entity,
    mentions: &[(DocId, SpanId)],
) -> Result<Transaction, EditError> {
    let source = entity(project, from)?;
    let new_id = new_entity.id.clone();
    let mut tx = Transaction::new(
        Message::SPLIT_ENTITY
            .with("new", &new_entity.name)
            .with("entity", &source.name),
    );
    tx.push(Edit::add_entity(new_entity));
    let unique: BTreeSet<&(DocId, SpanId)> = mentions.iter().collect();
    for (doc, span_id) in unique {
        let span = project
            .annotations
            .get(doc, span_id)
            .ok_or_else(|| EditError::MissingSpan {
                doc: doc.clone(),
                id: span_id.clone(),
            })?;
        if span.entity.as_ref() != Some(from) {
            return Err(EditError::NotAMention {
                doc: doc.clone(),
                span: span_id.clone(),
                entity: from.clone(),
            });
        }
        tx.extend(Edit::replace_span(project, doc, span_id, |s| {
            s.entity = Some(new_id.clone());
        }));
    }
    Ok(tx)
}

/// Removes the span `id` of `doc` and what would otherwise point at nothing:
/// * claims whose content it is are removed, and with them their places in clusters; claims
///   nested in a removed claim move up to the nearest ancestor that stays;
/// * relations with it at either end (in any document) are removed;
/// * claims that use it as cue lose their cue;
/// * claims whose claimant it is keep the entity the mention linked to as claimant, or become
///   anonymous when it linked to none.
///
/// `None` when there is no such span.
pub fn remove_span_with_dependents(
    project: &Project,
    doc: &DocId,
    id: &SpanId,
) -> Option<Transaction> {
    let span = project.annotations.get(doc, id)?;
    let doomed: BTreeSet<ClaimId> = project
        .annotations
        .claims(doc)
        .iter()
        .filter(|c| &c.content == id)
        .map(|c| c.id.clone())
        .collect();
    let mut tx = Transaction::new(
        Message::REMOVE_SPAN
            .with("quote", &span.quote)
            .with("count", doomed.len()),
    );
    let claimant_after = span
        .entity
        .clone()
        .map_or(Claimant::Anonymous, Claimant::Entity);
    remove_claims(project, doc, &doomed, &mut tx, |claim| {
        if claim.cue.as_ref() == Some(id) {
            claim.cue = None;
        }
        if claim.claimant == Claimant::Mention(id.clone()) {
            claim.claimant = claimant_after.clone();
        }
    });
    for (kept_with, relation) in project.annotations.relations_of_span(id) {
        tx.push(Edit::RemoveRelation {
            doc: kept_with.clone(),
            relation: relation.clone(),
        });
    }
    tx.extend(Edit::remove_span(project, doc, id));
    Some(tx)
}

/// Removes the claim `id` of `doc` with its places in clusters; claims nested in it move up to its
/// parent. `None` when there is no such claim.
pub fn remove_claim_with_dependents(
    project: &Project,
    doc: &DocId,
    id: &ClaimId,
) -> Option<Transaction> {
    project.annotations.claim(doc, id)?;
    let mut tx = Transaction::new(Message::REMOVE_CLAIM);
    remove_claims(project, doc, &BTreeSet::from([id.clone()]), &mut tx, |_| {});
    Some(tx)
}

/// Takes the claim `claim` of `doc` out of the cluster `id`; when it was the cluster's last claim
/// the cluster goes as well. `None` when the cluster does not list that claim.
pub fn leave_cluster(
    project: &Project,
    id: &ClusterId,
    doc: &DocId,
    claim: &ClaimId,
) -> Option<Transaction> {
    let cluster = project.cluster(id)?;
    cluster.member(doc, claim)?;
    if cluster.members.len() == 1 {
        return Some(Transaction::single(
            Message::CLUSTER_EMPTIED.with("cluster", &cluster.name),
            Edit::remove_cluster(project, id)?,
        ));
    }
    Some(Transaction::single(
        Message::CLUSTER_LEFT.with("cluster", &cluster.name),
        Edit::replace_cluster(project, id, |c| {
            c.remove_member(doc, claim);
        })?,
    ))
}

/// Deletes the cluster `id`; its claims stay where they are. `None` when there is no such
/// cluster.
pub fn delete_cluster(project: &Project, id: &ClusterId) -> Option<Transaction> {
    let cluster = project.cluster(id)?;
    Some(Transaction::single(
        Message::CLUSTER_DELETED.with("cluster", &cluster.name),
        Edit::remove_cluster(project, id)?,
    ))
}

/// Appends to `tx` the edits that remove the claims `doomed` of `doc` (which must exist): their
/// cluster memberships go (a cluster left without claims goes with them), surviving claims nested in them are re-nested under their nearest
/// surviving ancestor and also get `fix`, then the claims are removed, innermost first.
fn remove_claims(
    project: &Project,
    doc: &DocId,
    doomed: &BTreeSet<ClaimId>,
    tx: &mut Transaction,
    fix: impl Fn(&mut Claim),
) {
    let claims = project.annotations.claims(doc);
    let by_id: BTreeMap<&ClaimId, &Claim> = claims.iter().map(|c| (&c.id, c)).collect();
    let ancestors = |claim| ancestors(&by_id, claim);

    let stays = |m: &ClusterMember| !(&m.doc == doc && doomed.contains(&m.claim));
    for cluster in project.clusters.values() {
        if cluster.members.iter().all(stays) {
            continue;
        }
        if cluster.members.iter().any(stays) {
            tx.extend(Edit::replace_cluster(project, &cluster.id, |k| {
                k.members.retain(stays);
            }));
        } else {
            tx.extend(Edit::remove_cluster(project, &cluster.id));
        }
    }
    for claim in claims.iter().filter(|c| !doomed.contains(&c.id)) {
        let mut after = claim.clone();
        fix(&mut after);
        if claim.parent.as_ref().is_some_and(|p| doomed.contains(p)) {
            after.parent = ancestors(claim).find(|a| !doomed.contains(*a)).cloned();
        }
        if &after != claim {
            tx.push(Edit::ReplaceClaim {
                doc: doc.clone(),
                before: claim.clone(),
                after,
            });
        }
    }
    let mut innermost_first: Vec<(usize, &Claim)> = doomed
        .iter()
        .filter_map(|id| by_id.get(id))
        .map(|c| (ancestors(c).count(), *c))
        .collect();
    innermost_first.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    for (_, claim) in innermost_first {
        tx.push(Edit::RemoveClaim {
            doc: doc.clone(),
            claim: claim.clone(),
        });
    }
}

/// The claims `claim` is nested in, innermost first. Walks at most as many steps as there are
/// claims, so a cycle read from a damaged file cannot hang; checked edits never make one.
fn ancestors<'a>(
    by_id: &'a BTreeMap<&'a ClaimId, &'a Claim>,
    claim: &'a Claim,
) -> impl Iterator<Item = &'a ClaimId> + 'a {
    std::iter::successors(claim.parent.as_ref(), |p| {
        by_id.get(p).and_then(|c| c.parent.as_ref())
    })
    .take(by_id.len())
}

fn entity<'a>(project: &'a Project, id: &EntityId) -> Result<&'a Entity, EditError> {
    project.entity(id).ok_or_else(|| EditError::MissingRecord {
        kind: RecordKind::Entity,
        id: id.0.clone(),
    })
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{
        BaseDirection, Cluster, ClusterId, ClusterMember, Document, Label, LabelId, OutletId,
        Relation, Rgb, Schema, Span,
    };

    pub(crate) fn doc(id: &str) -> DocId {
        DocId(id.into())
    }

    pub(crate) fn span_id(id: &str) -> SpanId {
        SpanId(id.into())
    }

    pub(crate) fn claim_id(id: &str) -> ClaimId {
        ClaimId(id.into())
    }

    pub(crate) fn entity_id(id: &str) -> EntityId {
        EntityId(id.into())
    }

    fn document(id: &str, outlet: &str) -> Document {
        Document {
            id: doc(id),
            path: id.into(),
            sha256: String::new(),
            encoding: "UTF-8".into(),
            title: id.into(),
            outlet: OutletId(outlet.into()),
            date: String::new(),
            author: String::new(),
            url: String::new(),
            language: String::new(),
            base_direction: BaseDirection::Auto,
            char_len: 100,
            warnings: vec![],
            extraction: crate::model::Extraction::Plain,
            date_text: String::new(),
            outlet_text: String::new(),
            metadata_from: std::collections::BTreeMap::new(),
            copy_of: None,
        }
    }

    /// Two documents: `a` (spans a1 «قال», a2 «محمد» → محمد, a3 content, a4 «الأحمد» → الأحمد)
    /// with claim ka (a3 by mention a2, cue a1) and kb nested in it (a3 by entity الأحمد); `b`
    /// (b1 «محمد الأحمد» → الأحمد). Cluster k holds ka and kb.
    pub(crate) fn project() -> Project {
        let label = |id: &str| Label {
            id: LabelId(id.into()),
            name: id.into(),
            colour: Rgb(0, 0, 0),
            key: None,
            description: String::new(),
        };
        let mut p = Project {
            documents: vec![document("a", "o1"), document("b", "o2")],
            schema: Schema {
                labels: vec![label("PER"), label("CUE"), label("CLAIM")],
                ..Schema::default()
            },
            ..Project::default()
        };
        for (id, name) in [("o1", "عنب بلدي"), ("o2", "سانا")] {
            p.outlets.insert(
                OutletId(id.into()),
                crate::model::Outlet::new(OutletId(id.into()), name),
            );
        }
        let mut m = Entity::new(entity_id("m"), "محمد", LabelId("PER".into()));
        m.add_alias("أبو أحمد");
        m.note = "قائد".into();
        let mut h = Entity::new(entity_id("h"), "محمد الأحمد", LabelId("PER".into()));
        h.add_alias("الأحمد");
        h.external_id = Some("Q1".into());
        h.note = "مصدر".into();
        for e in [m, h] {
            p.entities.insert(e.id.clone(), e);
        }
        let span = |id: &str, start: usize, end: usize, label: &str, entity: Option<&str>| {
            let mut s = Span::new(
                span_id(id),
                start,
                end,
                LabelId(label.into()),
                &"x".repeat(end - start),
            );
            s.entity = entity.map(entity_id);
            s
        };
        for (d, s) in [
            ("a", span("a1", 0, 3, "CUE", None)),
            ("a", span("a2", 4, 8, "PER", Some("m"))),
            ("a", span("a3", 12, 30, "CLAIM", None)),
            ("a", span("a4", 40, 46, "PER", Some("h"))),
            ("b", span("b1", 0, 11, "PER", Some("h"))),
        ] {
            p.annotations.insert(doc(d), s).unwrap();
        }
        let mut ka = Claim::new(
            claim_id("ka"),
            span_id("a3"),
            Claimant::Mention(span_id("a2")),
        );
        ka.cue = Some(span_id("a1"));
        let mut kb = Claim::new(
            claim_id("kb"),
            span_id("a3"),
            Claimant::Entity(entity_id("h")),
        );
        kb.parent = Some(claim_id("ka"));
        let mut kc = Claim::new(claim_id("kc"), span_id("a4"), Claimant::Outlet);
        kc.parent = Some(claim_id("kb"));
        for c in [ka, kb, kc] {
            p.annotations.insert_claim(doc("a"), c).unwrap();
        }
        let mut k = Cluster::new(ClusterId("k".into()), "حقل");
        for (c, relation) in [("ka", Relation::Reports), ("kb", Relation::Denies)] {
            k.members.push(ClusterMember {
                doc: doc("a"),
                claim: claim_id(c),
                relation,
            });
        }
        p.clusters.insert(k.id.clone(), k);
        assert!(p.broken_references().is_empty());
        p
    }

    #[test]
    fn merging_relinks_everything_and_undoes_exactly() {
        let mut p = project();
        let start = p.clone();
        let tx = merge_entities(&p, &entity_id("m"), &entity_id("h")).unwrap();
        tx.apply_checked(&mut p).unwrap();
        assert!(p.entity(&entity_id("h")).is_none());
        let m = p.entity(&entity_id("m")).unwrap();
        assert_eq!(m.aliases, ["أبو أحمد", "الأحمد", "محمد الأحمد"]);
        assert_eq!(m.note, "قائد\nمصدر");
        assert_eq!(m.external_id.as_deref(), Some("Q1"));
        for (d, s) in [("a", "a4"), ("b", "b1"), ("a", "a2")] {
            assert_eq!(
                p.annotations.get(&doc(d), &span_id(s)).unwrap().entity,
                Some(entity_id("m"))
            );
        }
        assert_eq!(
            p.annotations
                .claim(&doc("a"), &claim_id("kb"))
                .unwrap()
                .claimant,
            Claimant::Entity(entity_id("m"))
        );
        assert!(p.broken_references().is_empty());
        tx.inverse().apply(&mut p).unwrap();
        assert_eq!(p, start);

        assert_eq!(
            merge_entities(&p, &entity_id("m"), &entity_id("m")),
            Err(EditError::SameEntity { id: entity_id("m") })
        );
        assert!(matches!(
            merge_entities(&p, &entity_id("m"), &entity_id("nope")),
            Err(EditError::MissingRecord {
                kind: RecordKind::Entity,
                ..
            })
        ));
    }

    #[test]
    fn splitting_moves_only_the_given_mentions() {
        let mut p = project();
        let start = p.clone();
        let new = Entity::new(entity_id("n"), "محمد الأحمد الصغير", LabelId("PER".into()));
        let mentions = [(doc("b"), span_id("b1")), (doc("b"), span_id("b1"))];
        let tx = split_entity(&p, &entity_id("h"), new, &mentions).unwrap();
        tx.apply_checked(&mut p).unwrap();
        let entity_of = |p: &Project, d: &str, s: &str| {
            p.annotations
                .get(&doc(d), &span_id(s))
                .unwrap()
                .entity
                .clone()
        };
        assert_eq!(entity_of(&p, "b", "b1"), Some(entity_id("n")));
        assert_eq!(entity_of(&p, "a", "a4"), Some(entity_id("h")));
        assert_eq!(
            p.entity(&entity_id("n")).unwrap().kind,
            LabelId("PER".into())
        );
        tx.inverse().apply(&mut p).unwrap();
        assert_eq!(p, start);

        let other = Entity::new(entity_id("n"), "x", LabelId("PER".into()));
        assert_eq!(
            split_entity(&p, &entity_id("h"), other, &[(doc("a"), span_id("a2"))]),
            Err(EditError::NotAMention {
                doc: doc("a"),
                span: span_id("a2"),
                entity: entity_id("h")
            })
        );
    }

    #[test]
    fn removing_a_span_takes_its_claims_and_mends_the_rest() {
        let mut p = project();
        let start = p.clone();
        // Plain removal is refused while claims use the span.
        let plain = Transaction::single(
            crate::model::Message::STATUS_LABELLED,
            Edit::remove_span(&p, &doc("a"), &span_id("a3")).unwrap(),
        );
        assert_eq!(
            plain.apply_checked(&mut p),
            Err(EditError::SpanInUse {
                doc: doc("a"),
                id: span_id("a3"),
                claims: vec![claim_id("ka"), claim_id("kb")]
            })
        );
        let message = plain.apply_checked(&mut p).unwrap_err().to_string();
        assert!(message.contains("ka, kb"), "{message}");
        assert_eq!(p, start);

        // With dependents: ka and kb go (kb first), kc moves up to the top, the cluster that held
        // only them goes too.
        let tx = remove_span_with_dependents(&p, &doc("a"), &span_id("a3")).unwrap();
        tx.apply_checked(&mut p).unwrap();
        assert!(p.annotations.get(&doc("a"), &span_id("a3")).is_none());
        let ids: Vec<&str> = p
            .annotations
            .claims(&doc("a"))
            .iter()
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["kc"]);
        assert_eq!(p.annotations.claims(&doc("a"))[0].parent, None);
        assert!(p.clusters.is_empty());
        assert!(p.broken_references().is_empty());
        tx.inverse().apply(&mut p).unwrap();
        assert_eq!(p, start);

        // A cue or claimant mention does not take the claim with it.
        let tx = remove_span_with_dependents(&p, &doc("a"), &span_id("a1")).unwrap();
        tx.apply_checked(&mut p).unwrap();
        assert_eq!(
            p.annotations.claim(&doc("a"), &claim_id("ka")).unwrap().cue,
            None
        );
        let tx = remove_span_with_dependents(&p, &doc("a"), &span_id("a2")).unwrap();
        tx.apply_checked(&mut p).unwrap();
        assert_eq!(
            p.annotations
                .claim(&doc("a"), &claim_id("ka"))
                .unwrap()
                .claimant,
            Claimant::Entity(entity_id("m")),
            "the mention's entity stays the claimant"
        );
        assert_eq!(p.annotations.claim_count(), 3);
        assert!(p.broken_references().is_empty());
    }

    #[test]
    fn removing_a_claim_takes_its_cluster_places_and_lifts_nested_claims() {
        let mut p = project();
        let remove_ka = Transaction::single(
            crate::model::Message::STATUS_LABELLED,
            Edit::remove_claim(&p, &doc("a"), &claim_id("ka")).unwrap(),
        );
        assert_eq!(
            remove_ka.apply_checked(&mut p),
            Err(EditError::ClaimInUse {
                doc: doc("a"),
                id: claim_id("ka"),
                nested: 1,
                clusters: 1
            })
        );
        let tx = remove_claim_with_dependents(&p, &doc("a"), &claim_id("kb")).unwrap();
        tx.apply_checked(&mut p).unwrap();
        assert_eq!(
            p.annotations
                .claim(&doc("a"), &claim_id("kc"))
                .unwrap()
                .parent,
            Some(claim_id("ka"))
        );
        assert_eq!(p.clusters[&ClusterId("k".into())].members.len(), 1);
        assert!(p.broken_references().is_empty());
    }

    #[test]
    fn leaving_takes_the_claim_out_and_the_last_one_takes_the_cluster() {
        let mut p = project();
        let start = p.clone();
        let k = ClusterId("k".into());
        assert!(leave_cluster(&p, &k, &doc("a"), &claim_id("kc")).is_none());
        assert!(leave_cluster(&p, &ClusterId("none".into()), &doc("a"), &claim_id("ka")).is_none());

        let first = leave_cluster(&p, &k, &doc("a"), &claim_id("ka")).unwrap();
        first.apply_checked(&mut p).unwrap();
        let left: Vec<&str> = p.clusters[&k]
            .members
            .iter()
            .map(|m| m.claim.as_str())
            .collect();
        assert_eq!(left, ["kb"]);
        let after_first = p.clone();

        let last = leave_cluster(&p, &k, &doc("a"), &claim_id("kb")).unwrap();
        assert_eq!(last.edits.len(), 1, "one step: {:?}", last.edits);
        last.apply_checked(&mut p).unwrap();
        assert!(p.cluster(&k).is_none(), "an empty cluster is not kept");
        assert!(p.broken_references().is_empty());

        last.inverse().apply(&mut p).unwrap();
        assert_eq!(
            p, after_first,
            "undo brings back the cluster with its claim"
        );
        first.inverse().apply(&mut p).unwrap();
        assert_eq!(p, start);
    }

    #[test]
    fn deleting_a_cluster_keeps_its_claims_and_undo_brings_every_member_back() {
        let mut p = project();
        let start = p.clone();
        let k = ClusterId("k".into());
        assert!(delete_cluster(&p, &ClusterId("none".into())).is_none());
        let tx = delete_cluster(&p, &k).unwrap();
        assert_eq!(
            crate::i18n::in_language(crate::i18n::Language::English, || tx.description.text())
                .replace(['\u{2068}', '\u{2069}'], ""),
            "Deleted the cluster «حقل»"
        );
        tx.apply_checked(&mut p).unwrap();
        assert!(p.clusters.is_empty());
        assert_eq!(p.annotations.claim_count(), 3, "the claims stay");
        tx.inverse().apply(&mut p).unwrap();
        assert_eq!(p, start);
        assert_eq!(p.clusters[&k].members.len(), 2);
    }
}
