//! The relation edits of [`Edit`]: applying them, the checks a new one passes, and the
//! constructors the window and the command line use.

use std::collections::BTreeMap;

use super::{
    End, RelabelBreak, RelationId, RelationProblem, RelationType, RelationTypeId, SpanRelation,
};
use crate::model::edit::{Edit, EditError};
use crate::model::schema::label_name_problem;
use crate::model::{DocId, LabelId, Message, Project, Span, SpanId, Transaction};

/// Applies a relation edit if the project is in the state it expects (see [`Edit::apply`]).
pub(crate) fn apply(edit: &Edit, project: &mut Project) -> Result<(), EditError> {
    let annotations = &mut project.annotations;
    match edit {
        Edit::AddRelation { doc, relation } => {
            annotations.insert_relation(doc.clone(), relation.clone())?;
        }
        Edit::RemoveRelation { doc, relation } => {
            expect_relation(project, doc, relation)?;
            project.annotations.remove_relation(doc, &relation.id)?;
        }
        Edit::ReplaceRelation { doc, before, after } => {
            if before.id != after.id {
                return Err(RelationProblem::IdChanged {
                    before: before.id.clone(),
                    after: after.id.clone(),
                }
                .into());
            }
            expect_relation(project, doc, before)?;
            project.annotations.replace_relation(doc, after.clone())?;
        }
        Edit::SetRelationType {
            index,
            before,
            after,
        } => apply_type(project, *index, before.as_ref(), after.as_ref())?,
        _ => debug_assert!(false, "not a relation edit: {edit:?}"),
    }
    Ok(())
}

/// The rules a new relation edit follows (see [`Edit::check`]).
pub(crate) fn check(edit: &Edit, project: &Project) -> Result<(), EditError> {
    let problem = match edit {
        Edit::AddRelation { doc, relation } => {
            if project.document(doc).is_none() {
                return Err(EditError::UnknownDocument { doc: doc.clone() });
            }
            super::relation_problem(project, doc, None, relation)
        }
        Edit::ReplaceRelation { doc, before, after } => {
            super::relation_problem(project, doc, Some(before), after)
        }
        Edit::SetRelationType { before, after, .. } => {
            type_problem(project, before.as_ref(), after.as_ref())
        }
        _ => None,
    };
    problem.map_or(Ok(()), |problem| Err(problem.into()))
}

fn type_problem(
    project: &Project,
    before: Option<&RelationType>,
    after: Option<&RelationType>,
) -> Option<RelationProblem> {
    match (before, after) {
        (_, Some(kind)) if kind.id.0.is_empty() => Some(RelationProblem::EmptyTypeId),
        (_, Some(kind)) => [&kind.name, &kind.id.0].into_iter().find_map(|name| {
            label_name_problem(name).map(|problem| RelationProblem::BadTypeName {
                name: name.clone(),
                problem,
            })
        }),
        (Some(kind), None) => {
            let relations = project.annotations.count_relation_type(&kind.id);
            (relations > 0).then(|| RelationProblem::TypeInUse {
                kind: kind.id.clone(),
                relations,
            })
        }
        (None, None) => None,
    }
    .or_else(|| match (before, after) {
        (Some(old), Some(new)) => narrowing_problem(project, old, new),
        _ => None,
    })
}

/// The label at each end of each relation of type `kind` (an end whose span is gone is left
/// out).
fn ends_of_type<'a>(
    project: &'a Project,
    kind: &'a RelationTypeId,
) -> impl Iterator<Item = (End, &'a LabelId)> + 'a {
    let annotations = &project.annotations;
    annotations
        .all_relations()
        .filter(move |(_, r)| &r.kind == kind)
        .flat_map(move |(_, r)| {
            [(End::Source, &r.source), (End::Target, &r.target)]
                .into_iter()
                .filter_map(move |(end, span)| Some((end, &annotations.find(span)?.1.label)))
        })
}

/// Why changing the type `old` into `new` would break relations of the type: a label at an end
/// it allowed and no longer does, or two relations in opposite directions made one by dropping
/// the direction.
fn narrowing_problem(
    project: &Project,
    old: &RelationType,
    new: &RelationType,
) -> Option<RelationProblem> {
    let mut broken: BTreeMap<(End, &LabelId), usize> = BTreeMap::new();
    for (end, label) in ends_of_type(project, &old.id) {
        if old.allows(end, label) && !new.allows(end, label) {
            *broken.entry((end, label)).or_default() += 1;
        }
    }
    if let Some(((end, label), relations)) = broken.into_iter().next() {
        return Some(RelationProblem::TypeNarrowed {
            kind: old.id.clone(),
            relations,
            label: label.clone(),
            end,
        });
    }
    if !old.directed || new.directed {
        return None;
    }
    let mut seen: BTreeMap<(&SpanId, &SpanId), &RelationId> = BTreeMap::new();
    for (_, relation) in project.annotations.all_relations() {
        if relation.kind != old.id {
            continue;
        }
        if let Some(first) = seen.get(&(&relation.target, &relation.source)) {
            return Some(RelationProblem::TypeBothWays {
                kind: old.id.clone(),
                first: (*first).clone(),
                second: relation.id.clone(),
            });
        }
        seen.insert((&relation.source, &relation.target), &relation.id);
    }
    None
}

/// Why relabelling the span `before` as `after` is refused: a relation at it whose type allowed
/// the old label at that end and does not allow the new one. A relation read with labels its
/// type never allowed does not stop a relabel.
pub(crate) fn relabel_problem(
    project: &Project,
    before: &Span,
    after: &Span,
) -> Option<RelationProblem> {
    if before.label == after.label {
        return None;
    }
    project
        .annotations
        .relations_of_span(&after.id)
        .find_map(|(_, relation)| {
            let kind = project.schema.relation_type(&relation.kind)?;
            let end = if relation.source == after.id {
                End::Source
            } else {
                End::Target
            };
            (kind.allows(end, &before.label) && !kind.allows(end, &after.label)).then(|| {
                RelationProblem::RelabelBreaks(Box::new(RelabelBreak {
                    span: after.id.clone(),
                    label: after.label.clone(),
                    relation: relation.id.clone(),
                    kind_name: kind.name.clone(),
                    end,
                }))
            })
        })
}

/// Why the label `id` cannot leave the schema: a relation type names it among the labels allowed
/// at an end (it would be left naming a label that is gone).
pub(crate) fn label_allowed(project: &Project, id: &LabelId) -> Option<RelationProblem> {
    project.schema.relation_types.iter().find_map(|kind| {
        let end = if kind.sources.contains(id) {
            End::Source
        } else if kind.targets.contains(id) {
            End::Target
        } else {
            return None;
        };
        Some(RelationProblem::LabelAllowed {
            label: id.clone(),
            kind: kind.id.clone(),
            end,
        })
    })
}

/// Removes the relation type `id` and every relation of that type, as one transaction (the
/// relations first); `None` when there is no such type.
pub fn remove_relation_type_with_uses(
    project: &Project,
    id: &RelationTypeId,
) -> Option<Transaction> {
    let name = &project.schema.relation_type(id)?.name;
    let mut transaction = Transaction::new(Message::RELATION_TYPE_REMOVED.with("name", name));
    for (doc, relation) in project.annotations.all_relations() {
        if &relation.kind == id {
            transaction.push(Edit::RemoveRelation {
                doc: doc.clone(),
                relation: relation.clone(),
            });
        }
    }
    transaction.push(Edit::remove_relation_type(project, id)?);
    Some(transaction)
}

/// Why removing the span `id` is refused while relations end at it.
pub(crate) fn span_in_use(project: &Project, id: &SpanId) -> Option<RelationProblem> {
    let relations: Vec<RelationId> = project
        .annotations
        .relations_of_span(id)
        .map(|(_, r)| r.id.clone())
        .collect();
    (!relations.is_empty()).then(|| RelationProblem::SpanInUse {
        span: id.clone(),
        relations,
    })
}

fn expect_relation(
    project: &Project,
    doc: &DocId,
    expected: &SpanRelation,
) -> Result<(), RelationProblem> {
    match project.annotations.relation(doc, &expected.id) {
        None => Err(RelationProblem::Missing {
            id: expected.id.clone(),
            doc: doc.clone(),
        }),
        Some(current) if current != expected => Err(RelationProblem::Stale {
            id: expected.id.clone(),
            doc: doc.clone(),
        }),
        Some(_) => Ok(()),
    }
}

/// A schema edit of the relation types, as [`Edit::SetLabel`] is of the labels.
fn apply_type(
    project: &mut Project,
    index: usize,
    before: Option<&RelationType>,
    after: Option<&RelationType>,
) -> Result<(), RelationProblem> {
    let types = &mut project.schema.relation_types;
    let len = types.len();
    let stale = || RelationProblem::StaleType { index };
    match (before, after) {
        (None, None) => {}
        (None, Some(kind)) => {
            if index > len {
                return Err(RelationProblem::TypeIndex { index, len });
            }
            if types.iter().any(|t| t.id == kind.id) {
                return Err(RelationProblem::TypeExists {
                    kind: kind.id.clone(),
                });
            }
            types.insert(index, kind.clone());
        }
        (Some(kind), None) => {
            if types.get(index) != Some(kind) {
                return Err(stale());
            }
            types.remove(index);
        }
        (Some(old), Some(new)) => {
            if old.id != new.id {
                return Err(RelationProblem::TypeIdChanged {
                    before: old.id.clone(),
                    after: new.id.clone(),
                });
            }
            let slot = types
                .get_mut(index)
                .filter(|t| *t == old)
                .ok_or_else(stale)?;
            *slot = new.clone();
        }
    }
    Ok(())
}

impl Edit {
    /// Adds the relation `kind` from the span `source` to the span `target` (maybe of another
    /// document), kept with the source's document; `None` when there is no span `source`.
    pub fn add_relation(
        project: &Project,
        kind: RelationTypeId,
        source: &SpanId,
        target: &SpanId,
    ) -> Option<Edit> {
        let (doc, _) = project.annotations.find(source)?;
        Some(Edit::AddRelation {
            doc: doc.clone(),
            relation: SpanRelation::new(RelationId::fresh(), kind, source.clone(), target.clone()),
        })
    }

    /// Removes the relation `id` as it is now; `None` when there is no such relation.
    pub fn remove_relation(project: &Project, id: &RelationId) -> Option<Edit> {
        let (doc, relation) = project.annotations.find_relation(id)?;
        Some(Edit::RemoveRelation {
            doc: doc.clone(),
            relation: relation.clone(),
        })
    }

    /// Changes the relation `id` (type, note, target) with `change`; `None` when there is no
    /// such relation. Its ID and source stay.
    pub fn replace_relation(
        project: &Project,
        id: &RelationId,
        change: impl FnOnce(&mut SpanRelation),
    ) -> Option<Edit> {
        let (doc, before) = project.annotations.find_relation(id)?;
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::ReplaceRelation {
            doc: doc.clone(),
            before: before.clone(),
            after,
        })
    }

    /// Appends the relation type `kind` to the schema.
    pub fn add_relation_type(project: &Project, kind: RelationType) -> Edit {
        Edit::SetRelationType {
            index: project.schema.relation_types.len(),
            before: None,
            after: Some(kind),
        }
    }

    /// Removes the relation type `id`; `None` when there is no such type. Refused by
    /// [`Edit::check`] while relations are of that type.
    pub fn remove_relation_type(project: &Project, id: &RelationTypeId) -> Option<Edit> {
        let types = &project.schema.relation_types;
        let index = types.iter().position(|t| &t.id == id)?;
        Some(Edit::SetRelationType {
            index,
            before: Some(types[index].clone()),
            after: None,
        })
    }

    /// Changes the relation type `id` (name, colour, key, direction, allowed labels,
    /// description) with `change`; `None` when there is no such type.
    pub fn change_relation_type(
        project: &Project,
        id: &RelationTypeId,
        change: impl FnOnce(&mut RelationType),
    ) -> Option<Edit> {
        let types = &project.schema.relation_types;
        let index = types.iter().position(|t| &t.id == id)?;
        let before = types[index].clone();
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::SetRelationType {
            index,
            before: Some(before),
            after: Some(after),
        })
    }
}
