use super::*;
use crate::model::compound::tests::{doc, project, span_id};
use crate::model::{Edit, EditError, History, Transaction, remove_span_with_dependents};

fn relation(id: &str, kind: &str, source: &str, target: &str) -> SpanRelation {
    SpanRelation::new(
        RelationId(id.into()),
        RelationTypeId(kind.into()),
        span_id(source),
        span_id(target),
    )
}

/// The compound test project (document `a`: a1 CUE, a2 PER, a3 CLAIM, a4 PER; document `b`:
/// b1 PER) with the default relation types.
fn with_types() -> Project {
    let mut p = project();
    p.schema.relation_types = default_relation_types();
    p
}

fn add(doc_id: &str, r: SpanRelation) -> Edit {
    Edit::AddRelation {
        doc: doc(doc_id),
        relation: r,
    }
}

fn refusal(p: &Project, edit: &Edit) -> RelationProblem {
    match edit.check(p) {
        Err(EditError::Relation(problem)) => problem,
        other => panic!("expected a relation problem, got {other:?}"),
    }
}

#[test]
fn relations_are_kept_with_their_source_and_found_from_both_ends() {
    let mut p = with_types();
    let mut history = History::new();
    // Same document, and across documents: a2 (in a) is the same person as b1 (in b).
    for (id, kind, source, target) in [
        ("r1", "EVIDENCE", "a2", "a3"),
        ("r2", "SAME_AS", "b1", "a2"),
    ] {
        let d = if source.starts_with('a') { "a" } else { "b" };
        history
            .apply(
                &mut p,
                Transaction::single(
                    crate::model::Message::RELATION_EDIT_MADE,
                    add(d, relation(id, kind, source, target)),
                ),
            )
            .expect("allowed");
    }
    assert_eq!(p.annotations.relation_count(), 2);
    let ids = |found: Vec<(&DocId, &SpanRelation)>| -> Vec<(String, String)> {
        found
            .into_iter()
            .map(|(d, r)| (d.0.clone(), r.id.0.clone()))
            .collect()
    };
    assert_eq!(
        ids(p.annotations.relations_of_span(&span_id("a2")).collect()),
        [("a".into(), "r1".into()), ("b".into(), "r2".into())]
    );
    assert_eq!(
        ids(p.annotations.relations_touching(&doc("a"))),
        [("a".into(), "r1".into()), ("b".into(), "r2".into())],
        "the relation kept with b ends in a, so a's view shows it"
    );
    assert_eq!(
        ids(p.annotations.relations_touching(&doc("b"))),
        [("b".into(), "r2".into())]
    );
    assert_eq!(p.annotations.relations(&doc("b")).len(), 1);
    assert_eq!(
        p.annotations
            .find_relation(&RelationId("r2".into()))
            .map(|(d, _)| d),
        Some(&doc("b"))
    );

    // Changing the type and note, then undoing everything, leaves the project as it was.
    let change = Edit::replace_relation(&p, &RelationId("r1".into()), |r| {
        r.kind = RelationTypeId("SAME_AS".into());
        r.note = "one man".into();
    })
    .expect("exists");
    history
        .apply(
            &mut p,
            Transaction::single(crate::model::Message::CLAIM_EDIT_CLAIMANT, change),
        )
        .expect("allowed");
    assert_eq!(
        p.annotations.relations(&doc("a"))[0].kind,
        RelationTypeId("SAME_AS".into())
    );
    while history.undo(&mut p).expect("undo").is_some() {}
    assert_eq!(p, with_types());
    while history.redo(&mut p).expect("redo").is_some() {}
    assert_eq!(p.annotations.relation_count(), 2);
}

#[test]
fn a_new_relation_must_join_two_existing_spans_with_an_allowed_type_once() {
    let mut p = with_types();
    Transaction::single(
        crate::model::Message::RELATION_EDIT_MADE,
        add("a", relation("r1", "SAME_AS", "a2", "b1")),
    )
    .apply_checked(&mut p)
    .expect("allowed");
    assert_eq!(
        refusal(&p, &add("a", relation("x", "SAME_AS", "a2", "a2"))),
        RelationProblem::SelfRelation {
            span: span_id("a2")
        }
    );
    assert!(matches!(
        refusal(&p, &add("a", relation("x", "SAME_AS", "b1", "a2"))),
        RelationProblem::MissingSource { .. }
    ));
    assert!(matches!(
        refusal(&p, &add("a", relation("x", "SAME_AS", "a2", "gone"))),
        RelationProblem::MissingTarget { .. }
    ));
    assert!(matches!(
        refusal(&p, &add("a", relation("x", "DENIES", "a2", "a4"))),
        RelationProblem::UnknownType { .. }
    ));
    // SUPPORTS joins claims; a2 is a person.
    assert_eq!(
        refusal(&p, &add("a", relation("x", "SUPPORTS", "a2", "a3"))),
        RelationProblem::SourceLabel {
            kind: RelationTypeId("SUPPORTS".into()),
            label: LabelId("PER".into())
        }
    );
    assert!(matches!(
        refusal(&p, &add("a", relation("x", "EVIDENCE", "a2", "a4"))),
        RelationProblem::TargetLabel { .. }
    ));
    // An undirected type joins two spans once, whichever way round.
    assert!(matches!(
        refusal(&p, &add("b", relation("x", "SAME_AS", "b1", "a2"))),
        RelationProblem::Duplicate { .. }
    ));
    assert!(matches!(
        refusal(&p, &add("a", relation("x", "SAME_AS", "a2", "b1"))),
        RelationProblem::Duplicate { .. }
    ));
    // A directed one may go both ways, once each.
    p.schema
        .relation_types
        .push(RelationType::new("FOLLOWS", "Follows", Rgb(0, 0, 0)));
    Transaction::single(
        crate::model::Message::RELATION_EDIT_MADE,
        add("a", relation("f1", "FOLLOWS", "a2", "a4")),
    )
    .apply_checked(&mut p)
    .expect("allowed");
    assert!(
        add("a", relation("x", "FOLLOWS", "a4", "a2"))
            .check(&p)
            .is_ok()
    );
    assert!(matches!(
        refusal(&p, &add("a", relation("x", "FOLLOWS", "a2", "a4"))),
        RelationProblem::Duplicate { .. }
    ));
    assert!(matches!(
        add("a", relation("r1", "SPEAKS_FOR", "a2", "a4")).apply(&mut p.clone()),
        Err(EditError::Relation(RelationProblem::DuplicateId { .. }))
    ));
    // Removing a relation that changed meanwhile is refused.
    let mut stale = relation("r1", "SAME_AS", "a2", "b1");
    stale.note = "other".into();
    assert!(matches!(
        Edit::RemoveRelation {
            doc: doc("a"),
            relation: stale
        }
        .apply(&mut p),
        Err(EditError::Relation(RelationProblem::Stale { .. }))
    ));
}

#[test]
fn removing_a_span_takes_its_relations_along_and_undo_brings_them_back() {
    let mut p = with_types();
    let mut history = History::new();
    history
        .apply(
            &mut p,
            Transaction::new(crate::model::Message::RELATION_EDIT_MADE)
                .with(add("a", relation("r1", "SAME_AS", "a2", "b1")))
                .with(add("b", relation("r2", "EVIDENCE", "b1", "a3"))),
        )
        .expect("allowed");
    let related = p.clone();
    let plain = Edit::remove_span(&p, &doc("b"), &span_id("b1")).expect("span");
    assert!(matches!(
        plain.check(&p),
        Err(EditError::Relation(RelationProblem::SpanInUse { .. }))
    ));
    let tx = remove_span_with_dependents(&p, &doc("b"), &span_id("b1")).expect("span");
    history.apply(&mut p, tx).expect("allowed");
    assert_eq!(p.annotations.relation_count(), 0);
    assert!(p.annotations.get(&doc("b"), &span_id("b1")).is_none());
    history.undo(&mut p).expect("undo");
    assert_eq!(p, related);
}

#[test]
fn relation_types_are_edited_like_labels() {
    let mut p = with_types();
    let denies = RelationType::new("DENIES", "Denies", Rgb(1, 2, 3));
    Transaction::single(
        crate::model::Message::EDITOR_RELATION_ADDED,
        Edit::add_relation_type(&p, denies.clone()),
    )
    .apply_checked(&mut p)
    .expect("allowed");
    assert_eq!(p.schema.relation_type(&denies.id), Some(&denies));
    assert!(
        Edit::add_relation_type(&p, denies.clone())
            .apply(&mut p.clone())
            .is_err(),
        "a second type with the same ID"
    );
    let bad = Edit::add_relation_type(&p, RelationType::new("X", "a\nb", Rgb(0, 0, 0)));
    assert!(matches!(
        refusal(&p, &bad),
        RelationProblem::BadTypeName { .. }
    ));
    Transaction::single(
        crate::model::Message::RELATION_EDIT_MADE,
        add("a", relation("r1", "DENIES", "a3", "a4")),
    )
    .apply_checked(&mut p)
    .expect("allowed");
    let remove = Edit::remove_relation_type(&p, &denies.id).expect("type");
    assert_eq!(
        refusal(&p, &remove),
        RelationProblem::TypeInUse {
            kind: denies.id.clone(),
            relations: 1
        }
    );
    let change = Edit::change_relation_type(&p, &denies.id, |t| t.directed = false).expect("type");
    let before = p.clone();
    change.apply(&mut p).expect("applies");
    assert!(!p.schema.relation_type(&denies.id).expect("type").directed);
    change.inverse().apply(&mut p).expect("undoes");
    assert_eq!(p, before);
}

#[test]
fn a_relabel_that_would_break_a_relation_is_refused_until_the_relation_goes() {
    let mut p = with_types();
    // a2 (PER) is offered as evidence for the claim a3.
    Transaction::single(
        crate::model::Message::RELATION_EDIT_MADE,
        add("a", relation("r1", "EVIDENCE", "a2", "a3")),
    )
    .apply_checked(&mut p)
    .expect("allowed");
    let relabel = |p: &Project, span: &str, label: &str| {
        Edit::replace_span(p, &doc("a"), &span_id(span), |s| {
            s.label = LabelId(label.into());
        })
        .expect("span")
    };
    // The target of «evidence for» must stay a claim.
    let problem = refusal(&p, &relabel(&p, "a3", "PER"));
    assert_eq!(
        problem,
        RelationProblem::RelabelBreaks(Box::new(RelabelBreak {
            span: span_id("a3"),
            label: LabelId("PER".into()),
            relation: RelationId("r1".into()),
            kind_name: "Evidence for".into(),
            end: End::Target,
        }))
    );
    assert!(
        problem
            .to_string()
            .contains("it is the target of relation r1 (Evidence for)"),
        "{problem}"
    );
    // Its source may be any label; a note alone is no relabel.
    assert_eq!(relabel(&p, "a2", "CUE").check(&p), Ok(()));
    let noted = Edit::replace_span(&p, &doc("a"), &span_id("a3"), |s| s.note = "ملاحظة".into())
        .expect("span");
    assert_eq!(noted.check(&p), Ok(()));
    // With the relation deleted first, in the same step, the relabel goes through.
    let both = Transaction::new(crate::model::Message::INSPECTOR_EDIT_RELABEL)
        .with(Edit::remove_relation(&p, &RelationId("r1".into())).expect("relation"))
        .with(relabel(&p, "a3", "PER"));
    let before = p.clone();
    let mut history = History::new();
    history.apply(&mut p, both).expect("allowed");
    assert_eq!(p.annotations.relation_count(), 0);
    history.undo(&mut p).expect("undo");
    assert_eq!(p, before);
}

#[test]
fn a_type_change_that_would_break_its_relations_is_refused() {
    let mut p = with_types();
    let denies = RelationType::new("DENIES", "Denies", Rgb(1, 2, 3));
    Transaction::new(crate::model::Message::RELATION_EDIT_MADE)
        .with(Edit::add_relation_type(&p, denies.clone()))
        .with(add("a", relation("r1", "EVIDENCE", "a2", "a3")))
        .apply_checked(&mut p)
        .expect("allowed");
    let evidence = RelationTypeId("EVIDENCE".into());
    let change = |p: &Project, kind: &RelationTypeId, f: fn(&mut RelationType)| {
        Edit::change_relation_type(p, kind, f).expect("type")
    };
    // Only claims as evidence: the person a2 could no longer be r1's source.
    let claims_only = change(&p, &evidence, |t| {
        t.sources = vec![LabelId("CLAIM".into())];
    });
    assert_eq!(
        refusal(&p, &claims_only),
        RelationProblem::TypeNarrowed {
            kind: evidence.clone(),
            relations: 1,
            label: LabelId("PER".into()),
            end: End::Source,
        }
    );
    let people = change(&p, &evidence, |t| t.sources = vec![LabelId("PER".into())]);
    assert_eq!(people.check(&p), Ok(()));
    // Two denials in opposite directions cannot become one undirected relation.
    Transaction::new(crate::model::Message::RELATION_EDIT_MADE)
        .with(add("a", relation("r2", "DENIES", "a3", "a4")))
        .with(add("a", relation("r3", "DENIES", "a4", "a3")))
        .apply_checked(&mut p)
        .expect("a directed type allows both");
    let undirected = change(&p, &denies.id, |t| t.directed = false);
    assert_eq!(
        refusal(&p, &undirected),
        RelationProblem::TypeBothWays {
            kind: denies.id.clone(),
            first: RelationId("r2".into()),
            second: RelationId("r3".into()),
        }
    );
    // Removed with its uses: one transaction, the relations first, undone as one.
    let mut history = History::new();
    let before = p.clone();
    let remove = remove_relation_type_with_uses(&p, &denies.id).expect("type");
    assert_eq!(remove.edits.len(), 3);
    history.apply(&mut p, remove).expect("allowed");
    assert_eq!(p.annotations.relation_count(), 1);
    assert!(p.schema.relation_type(&denies.id).is_none());
    history.undo(&mut p).expect("undo");
    assert_eq!(p, before);
    assert!(remove_relation_type_with_uses(&p, &RelationTypeId("GONE".into())).is_none());
}

#[test]
fn a_label_a_relation_type_allows_cannot_leave_the_schema() {
    let mut p = with_types();
    // A label no span has, allowed at the target of «contradicts».
    let denial = LabelId("DENIAL".into());
    p.schema.labels.push(crate::model::Label {
        id: denial.clone(),
        name: "نفي".into(),
        colour: Rgb(1, 2, 3),
        key: None,
        description: String::new(),
    });
    p.schema.relation_types[1].targets.push(denial.clone());
    let remove = Edit::remove_label(&p, &denial).expect("a label");
    assert_eq!(
        refusal(&p, &remove),
        RelationProblem::LabelAllowed {
            label: denial.clone(),
            kind: RelationTypeId("CONTRADICTS".into()),
            end: End::Target,
        }
    );
    // Taken off the type first, it goes.
    p.schema.relation_types[1].targets.retain(|l| l != &denial);
    let remove = Edit::remove_label(&p, &denial).expect("a label");
    assert_eq!(remove.check(&p), Ok(()));
}
