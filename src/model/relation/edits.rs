//! The relation edits of [`Edit`]: applying them, the checks a new one passes, and the
//! constructors the window and the command line use.

use super::{RelationId, RelationProblem, RelationType, RelationTypeId, SpanRelation};
use crate::model::edit::{Edit, EditError};
use crate::model::schema::label_name_problem;
use crate::model::{DocId, Project, SpanId};

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
