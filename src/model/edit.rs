//! Every change to a project's content is an [`Edit`], grouped into a [`Transaction`].
//!
//! An edit carries both the state it expects and the state it makes (`before` / `after`), so
//! * its inverse is just the swap ([`Edit::inverse`]), which is what undo applies;
//! * applying it checks that the project is still in the `before` state and refuses otherwise
//!   ([`EditError`]), so an edit made against an older state is never silently applied over a
//!   newer one;
//! * the autosave journal and the "dirty" flag follow from the same mechanism
//!   (see [`crate::model::History`]).
//!
//! Two levels of checking:
//! * [`Edit::apply`] checks only *consistency* (the `before` state is there). Undo and redo use
//!   it: they restore a state the project has been in, whatever it was.
//! * [`Edit::check`] adds the rules a *new* edit must follow: spans go to documents of the project
//!   and carry a label of the schema, a span's quote is as long as its range, a label still in
//!   use cannot be removed, and every reference an edit makes resolves (a span's entity, a
//!   claim's spans, claimant and parent, a cluster's claims, a document's outlet) while nothing
//!   still referred to can be removed. [`Transaction::apply_checked`] (used by `History::apply`)
//!   checks each edit against the state left by the edits before it, so one transaction can
//!   first add a label and then spans that use it, or relabel spans and then remove their old
//!   label. Compound changes (merging entities, removing a span with its claims) are such
//!   transactions, built in [`crate::model::compound`].
//!
//! A reference that already does not resolve (read from a file merged by hand) does not stop
//! other changes to the same record: only references an edit adds or changes are checked.
//!
//! Offsets in spans are char offsets `[start, end)`, see [`crate::model::span`].

mod said;

use std::collections::BTreeMap;
use std::fmt;

use super::annotations::AnnotationError;
use super::description::Description;
use super::entity::{is_normalised_list, normalise_list};
use super::project::ParentProblem;
use super::{
    Category, CategoryId, Claim, ClaimId, Claimant, Cluster, ClusterId, DocId, DocLabel,
    DocumentMeta, Entity, EntityId, Label, LabelId, Outlet, OutletId, Project, Rejection,
    RelationProblem, RelationType, ReportingCue, Span, SpanId, SpanRelation, SpanShapeProblem,
    ValueId,
};

/// One reversible change. See the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Adds `span` to `doc`.
    AddSpan { doc: DocId, span: Span },
    /// Removes `span` (which must be in `doc` exactly as given) from `doc`.
    RemoveSpan { doc: DocId, span: Span },
    /// Changes a span of `doc` in place: label, edges, entity, attributes, note (same ID).
    ReplaceSpan {
        doc: DocId,
        before: Span,
        after: Span,
    },
    /// A schema edit at position `index` of the label list: `None → Some` inserts a label at
    /// `index`, `Some → None` removes the label at `index`, `Some → Some` changes its name,
    /// colour, key or description (never its ID), `None → None` does nothing.
    SetLabel {
        index: usize,
        before: Option<Label>,
        after: Option<Label>,
    },
    /// Changes a document's metadata: title, outlet, date, author, URL, language, direction.
    SetDocumentMeta {
        doc: DocId,
        before: DocumentMeta,
        after: DocumentMeta,
    },
    /// Adds an outlet to the project.
    AddOutlet { outlet: Outlet },
    /// Removes an outlet (which must be in the project exactly as given).
    RemoveOutlet { outlet: Outlet },
    /// Changes an outlet's name or affiliation (same ID).
    ReplaceOutlet { before: Outlet, after: Outlet },
    /// Adds an entity to the project.
    AddEntity { entity: Entity },
    /// Removes an entity (which must be in the project exactly as given).
    RemoveEntity { entity: Entity },
    /// Changes an entity's name, kind, aliases, note or outside identifier (same ID).
    ReplaceEntity { before: Entity, after: Entity },
    /// Adds `claim` to `doc`.
    AddClaim { doc: DocId, claim: Claim },
    /// Removes `claim` (which must be in `doc` exactly as given) from `doc`.
    RemoveClaim { doc: DocId, claim: Claim },
    /// Changes a claim of `doc` in place (same ID).
    ReplaceClaim {
        doc: DocId,
        before: Claim,
        after: Claim,
    },
    /// Adds a cluster of claims to the project.
    AddCluster { cluster: Cluster },
    /// Removes a cluster (which must be in the project exactly as given).
    RemoveCluster { cluster: Cluster },
    /// Changes a cluster's name, note or members (same ID).
    ReplaceCluster { before: Cluster, after: Cluster },
    /// Remembers a suggestion the analyst rejected, so that it is not proposed again.
    RejectSuggestion { rejection: Rejection },
    /// Forgets a rejected suggestion (which must be remembered exactly as given).
    ForgetRejection { rejection: Rejection },
    /// Switches the suggester called `name` on or off for the project; `on` is what it becomes.
    SwitchSuggester { name: String, on: bool },
    /// Adds a reporting verb or expression to the project's attribution lexicon.
    AddCue { cue: ReportingCue },
    /// Removes one (which must be in the project's lexicon exactly as given).
    RemoveCue { cue: ReportingCue },
    /// Adds `relation` to `doc`, the document of its source span (see [`super::relation`]).
    AddRelation { doc: DocId, relation: SpanRelation },
    /// Removes `relation` (which must be kept with `doc` exactly as given).
    RemoveRelation { doc: DocId, relation: SpanRelation },
    /// Changes a relation of `doc` in place: type, target, note (same ID and source).
    ReplaceRelation {
        doc: DocId,
        before: SpanRelation,
        after: SpanRelation,
    },
    /// A schema edit of the relation types at position `index`, as [`Edit::SetLabel`] is of the
    /// labels: inserted, removed, or changed (never its ID).
    SetRelationType {
        index: usize,
        before: Option<RelationType>,
        after: Option<RelationType>,
    },
    /// Sets (`None → Some`), changes or clears (`Some → None`) a document's value(s) in one
    /// category of document labels.
    SetDocLabel {
        doc: DocId,
        category: CategoryId,
        before: Option<DocLabel>,
        after: Option<DocLabel>,
    },
    /// A document category at position `index` of the schema's list, as [`Edit::SetLabel`]:
    /// inserted, removed, or changed (name, choice, values; never its ID).
    SetCategory {
        index: usize,
        before: Option<Category>,
        after: Option<Category>,
    },
}

/// The project-wide records edits add, remove and replace by ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Outlet,
    Entity,
    Cluster,
}

/// Why an edit was refused. The project is unchanged when an edit or a transaction fails. Said
/// in the interface's language when shown ([`said`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    StaleSpan {
        doc: DocId,
        id: SpanId,
    },
    MissingSpan {
        doc: DocId,
        id: SpanId,
    },
    SpanExists {
        doc: DocId,
        id: SpanId,
    },
    SpanIdChanged {
        before: SpanId,
        after: SpanId,
    },
    BadSpan {
        doc: DocId,
        id: SpanId,
        problem: SpanShapeProblem,
    },
    UnknownDocument {
        doc: DocId,
    },
    StaleDocumentMeta {
        doc: DocId,
    },
    LabelIndex {
        index: usize,
        len: usize,
    },
    StaleLabel {
        index: usize,
    },
    LabelExists {
        id: LabelId,
    },
    LabelIdChanged {
        before: LabelId,
        after: LabelId,
    },
    EmptyLabelId,
    BadLabelName {
        name: String,
        problem: super::schema::LabelNameProblem,
    },
    UnknownLabel {
        label: LabelId,
    },
    LabelInUse {
        id: LabelId,
        spans: usize,
    },
    StaleDocLabel {
        doc: DocId,
        category: CategoryId,
    },
    UnknownCategory {
        category: CategoryId,
    },
    UnknownCategoryValue {
        category: CategoryId,
        value: ValueId,
    },
    SingleChoice {
        category: CategoryId,
        values: usize,
    },
    DocLabelNotNormalised,
    StaleCategory {
        index: usize,
    },
    CategoryExists {
        category: CategoryId,
    },
    CategoryIdChanged {
        before: CategoryId,
        after: CategoryId,
    },
    BadCategory {
        category: CategoryId,
        problem: super::doc_labels::CategoryProblem,
    },
    CategoryInUse {
        category: CategoryId,
        value: Option<ValueId>,
        documents: usize,
    },
    LabelIsEntityKind {
        id: LabelId,
        entities: usize,
    },
    TextUnavailable {
        doc: DocId,
    },
    OutsideText {
        doc: DocId,
        id: SpanId,
        end: usize,
        len: usize,
    },
    SplitsGrapheme {
        doc: DocId,
        id: SpanId,
        offset: usize,
    },
    QuoteMismatch {
        doc: DocId,
        id: SpanId,
    },

    MissingRecord {
        kind: RecordKind,
        id: String,
    },
    RecordExists {
        kind: RecordKind,
        id: String,
    },
    StaleRecord {
        kind: RecordKind,
        id: String,
    },
    RecordIdChanged {
        kind: RecordKind,
        before: String,
        after: String,
    },
    EmptyRecordId {
        kind: RecordKind,
    },
    EmptyName {
        kind: RecordKind,
        id: String,
    },
    NotNormalised {
        kind: RecordKind,
        id: String,
        what: &'static str,
    },
    UnknownOutlet {
        outlet: OutletId,
    },
    UnknownEntity {
        entity: EntityId,
    },
    OutletInUse {
        id: OutletId,
        documents: usize,
    },
    EntityInUse {
        id: EntityId,
        mentions: usize,
        claims: usize,
    },
    SameEntity {
        id: EntityId,
    },
    NotAMention {
        doc: DocId,
        span: SpanId,
        entity: EntityId,
    },

    StaleClaim {
        doc: DocId,
        id: ClaimId,
    },
    MissingClaim {
        doc: DocId,
        id: ClaimId,
    },
    ClaimExists {
        doc: DocId,
        id: ClaimId,
    },
    ClaimIdChanged {
        before: ClaimId,
        after: ClaimId,
    },
    EmptyClaimId {
        doc: DocId,
    },
    SpanInUse {
        doc: DocId,
        id: SpanId,
        claims: Vec<ClaimId>,
    },
    ClaimSpanMissing {
        doc: DocId,
        claim: ClaimId,
        span: SpanId,
    },
    UnknownParentClaim {
        doc: DocId,
        claim: ClaimId,
        parent: ClaimId,
    },
    ClaimCycle {
        doc: DocId,
        claim: ClaimId,
        parent: ClaimId,
    },
    ClaimInUse {
        doc: DocId,
        id: ClaimId,
        nested: usize,
        clusters: usize,
    },
    UnknownClusterMember {
        cluster: ClusterId,
        doc: DocId,
        claim: ClaimId,
    },
    AlreadyRejected {
        rejection: Rejection,
    },
    NotRejected {
        rejection: Rejection,
    },
    SuggesterAlready {
        name: String,
        on: bool,
    },
    CueAlready {
        cue: ReportingCue,
    },
    NoSuchCue {
        cue: ReportingCue,
    },
    Relation(RelationProblem),
}

impl EditError {
    /// The span a text problem is about ([`EditError::OutsideText`],
    /// [`EditError::SplitsGrapheme`], [`EditError::QuoteMismatch`]), to show it for review.
    pub fn span(&self) -> Option<(&DocId, &SpanId)> {
        match self {
            EditError::OutsideText { doc, id, .. }
            | EditError::SplitsGrapheme { doc, id, .. }
            | EditError::QuoteMismatch { doc, id } => Some((doc, id)),
            _ => None,
        }
    }
}

impl Edit {
    /// The edit that undoes this one.
    #[must_use]
    pub fn inverse(&self) -> Edit {
        match self.clone() {
            Edit::AddSpan { doc, span } => Edit::RemoveSpan { doc, span },
            Edit::RemoveSpan { doc, span } => Edit::AddSpan { doc, span },
            Edit::ReplaceSpan { doc, before, after } => Edit::ReplaceSpan {
                doc,
                before: after,
                after: before,
            },
            Edit::SetLabel {
                index,
                before,
                after,
            } => Edit::SetLabel {
                index,
                before: after,
                after: before,
            },
            Edit::SetDocumentMeta { doc, before, after } => Edit::SetDocumentMeta {
                doc,
                before: after,
                after: before,
            },
            Edit::AddOutlet { outlet } => Edit::RemoveOutlet { outlet },
            Edit::RemoveOutlet { outlet } => Edit::AddOutlet { outlet },
            Edit::ReplaceOutlet { before, after } => Edit::ReplaceOutlet {
                before: after,
                after: before,
            },
            Edit::AddEntity { entity } => Edit::RemoveEntity { entity },
            Edit::RemoveEntity { entity } => Edit::AddEntity { entity },
            Edit::ReplaceEntity { before, after } => Edit::ReplaceEntity {
                before: after,
                after: before,
            },
            Edit::AddClaim { doc, claim } => Edit::RemoveClaim { doc, claim },
            Edit::RemoveClaim { doc, claim } => Edit::AddClaim { doc, claim },
            Edit::ReplaceClaim { doc, before, after } => Edit::ReplaceClaim {
                doc,
                before: after,
                after: before,
            },
            Edit::AddCluster { cluster } => Edit::RemoveCluster { cluster },
            Edit::RemoveCluster { cluster } => Edit::AddCluster { cluster },
            Edit::ReplaceCluster { before, after } => Edit::ReplaceCluster {
                before: after,
                after: before,
            },
            Edit::RejectSuggestion { rejection } => Edit::ForgetRejection { rejection },
            Edit::ForgetRejection { rejection } => Edit::RejectSuggestion { rejection },
            Edit::SwitchSuggester { name, on } => Edit::SwitchSuggester { name, on: !on },
            Edit::AddCue { cue } => Edit::RemoveCue { cue },
            Edit::RemoveCue { cue } => Edit::AddCue { cue },
            Edit::AddRelation { doc, relation } => Edit::RemoveRelation { doc, relation },
            Edit::RemoveRelation { doc, relation } => Edit::AddRelation { doc, relation },
            Edit::ReplaceRelation { doc, before, after } => Edit::ReplaceRelation {
                doc,
                before: after,
                after: before,
            },
            Edit::SetRelationType {
                index,
                before,
                after,
            } => Edit::SetRelationType {
                index,
                before: after,
                after: before,
            },
            Edit::SetDocLabel {
                doc,
                category,
                before,
                after,
            } => Edit::SetDocLabel {
                doc,
                category,
                before: after,
                after: before,
            },
            Edit::SetCategory {
                index,
                before,
                after,
            } => Edit::SetCategory {
                index,
                before: after,
                after: before,
            },
        }
    }

    /// Applies the edit if the project is in the state the edit expects (`before`); otherwise
    /// refuses and changes nothing. Checks consistency only; see [`Edit::check`].
    #[expect(clippy::too_many_lines, reason = "one short arm per kind of edit")]
    pub fn apply(&self, project: &mut Project) -> Result<(), EditError> {
        match self {
            Edit::AddSpan { doc, span } => project
                .annotations
                .insert(doc.clone(), span.clone())
                .map_err(|e| annotation_error(doc, e)),
            Edit::RemoveSpan { doc, span } => {
                expect_span(project, doc, span)?;
                project
                    .annotations
                    .remove(doc, &span.id)
                    .map(drop)
                    .map_err(|e| annotation_error(doc, e))
            }
            Edit::ReplaceSpan { doc, before, after } => {
                if before.id != after.id {
                    return Err(EditError::SpanIdChanged {
                        before: before.id.clone(),
                        after: after.id.clone(),
                    });
                }
                expect_span(project, doc, before)?;
                project
                    .annotations
                    .replace(doc, after.clone())
                    .map(drop)
                    .map_err(|e| annotation_error(doc, e))
            }
            Edit::SetLabel {
                index,
                before,
                after,
            } => apply_label(project, *index, before.as_ref(), after.as_ref()),
            Edit::SetDocumentMeta { doc, before, after } => {
                let document = project
                    .documents
                    .iter_mut()
                    .find(|d| &d.id == doc)
                    .ok_or_else(|| EditError::UnknownDocument { doc: doc.clone() })?;
                if &document.meta() != before {
                    return Err(EditError::StaleDocumentMeta { doc: doc.clone() });
                }
                document.set_meta(after.clone());
                Ok(())
            }
            Edit::AddOutlet { outlet } => add_record(&mut project.outlets, outlet),
            Edit::RemoveOutlet { outlet } => remove_record(&mut project.outlets, outlet),
            Edit::ReplaceOutlet { before, after } => {
                replace_record(&mut project.outlets, before, after)
            }
            Edit::AddEntity { entity } => add_record(&mut project.entities, entity),
            Edit::RemoveEntity { entity } => remove_record(&mut project.entities, entity),
            Edit::ReplaceEntity { before, after } => {
                replace_record(&mut project.entities, before, after)
            }
            Edit::AddCluster { cluster } => add_record(&mut project.clusters, cluster),
            Edit::RemoveCluster { cluster } => remove_record(&mut project.clusters, cluster),
            Edit::ReplaceCluster { before, after } => {
                replace_record(&mut project.clusters, before, after)
            }
            Edit::RejectSuggestion { .. }
            | Edit::ForgetRejection { .. }
            | Edit::SwitchSuggester { .. }
            | Edit::AddCue { .. }
            | Edit::RemoveCue { .. } => apply_feedback(self, project),
            Edit::AddRelation { .. }
            | Edit::RemoveRelation { .. }
            | Edit::ReplaceRelation { .. }
            | Edit::SetRelationType { .. } => super::relation::edits::apply(self, project),
            Edit::SetDocLabel {
                doc,
                category,
                before,
                after,
            } => super::doc_labels::apply_doc_label(
                project,
                doc,
                category,
                before.as_ref(),
                after.as_ref(),
            ),
            Edit::SetCategory {
                index,
                before,
                after,
            } => {
                super::doc_labels::apply_category(project, *index, before.as_ref(), after.as_ref())
            }
            Edit::AddClaim { doc, claim } => project
                .annotations
                .insert_claim(doc.clone(), claim.clone())
                .map_err(|e| annotation_error(doc, e)),
            Edit::RemoveClaim { doc, claim } => {
                expect_claim(project, doc, claim)?;
                project
                    .annotations
                    .remove_claim(doc, &claim.id)
                    .map(drop)
                    .map_err(|e| annotation_error(doc, e))
            }
            Edit::ReplaceClaim { doc, before, after } => {
                if before.id != after.id {
                    return Err(EditError::ClaimIdChanged {
                        before: before.id.clone(),
                        after: after.id.clone(),
                    });
                }
                expect_claim(project, doc, before)?;
                project
                    .annotations
                    .replace_claim(doc, after.clone())
                    .map(drop)
                    .map_err(|e| annotation_error(doc, e))
            }
        }
    }

    /// The rules a *new* edit must follow in the current state of `project`, beyond
    /// consistency (see the module docs). Does not change anything.
    #[expect(clippy::too_many_lines, reason = "one short arm per kind of edit")]
    pub fn check(&self, project: &Project) -> Result<(), EditError> {
        match self {
            Edit::AddSpan { doc, span } => {
                if project.document(doc).is_none() {
                    return Err(EditError::UnknownDocument { doc: doc.clone() });
                }
                check_span(project, doc, span)?;
                check_entity_link(project, span.entity.as_ref())
            }
            Edit::ReplaceSpan { doc, before, after } => {
                // Only moved edges must meet the white-space rule: a span saved before it keeps
                // taking labels and notes.
                let moved = (after.start, after.end) != (before.start, before.end);
                if let Some(problem) = after
                    .shape_problem()
                    .or_else(|| after.whitespace_problem().filter(|_| moved))
                {
                    return Err(EditError::BadSpan {
                        doc: doc.clone(),
                        id: after.id.clone(),
                        problem,
                    });
                }
                // A span read with a label the schema lacks may still get a note; only a new
                // label must exist.
                if after.label != before.label && project.schema.label(&after.label).is_none() {
                    return Err(EditError::UnknownLabel {
                        label: after.label.clone(),
                    });
                }
                if after.entity != before.entity {
                    check_entity_link(project, after.entity.as_ref())?;
                }
                if let Some(problem) =
                    super::relation::edits::relabel_problem(project, before, after)
                {
                    return Err(problem.into());
                }
                Ok(())
            }
            Edit::RemoveSpan { doc, span } => check_span_unused(project, doc, &span.id),
            Edit::SetDocumentMeta { before, after, .. } => {
                if after.outlet != before.outlet
                    && !after.outlet.is_unknown()
                    && project.outlet(&after.outlet).is_none()
                {
                    return Err(EditError::UnknownOutlet {
                        outlet: after.outlet.clone(),
                    });
                }
                Ok(())
            }
            Edit::SetLabel { before, after, .. } => match (before, after) {
                (_, Some(label)) if label.id.0.is_empty() => Err(EditError::EmptyLabelId),
                (_, Some(label)) => match [&label.name, &label.id.0]
                    .into_iter()
                    .find_map(|name| Some((name, super::schema::label_name_problem(name)?)))
                {
                    Some((name, problem)) => Err(EditError::BadLabelName {
                        name: name.clone(),
                        problem,
                    }),
                    None => Ok(()),
                },
                (Some(label), None) => check_label_unused(project, &label.id),
                _ => Ok(()),
            },
            Edit::AddOutlet { outlet } => check_outlet(outlet),
            Edit::ReplaceOutlet { after, .. } => check_outlet(after),
            Edit::RemoveOutlet { outlet } => check_outlet_unused(project, &outlet.id),
            Edit::AddEntity { entity } => check_entity(project, None, entity),
            Edit::ReplaceEntity { before, after } => check_entity(project, Some(before), after),
            Edit::RemoveEntity { entity } => check_entity_unused(project, &entity.id),
            Edit::AddClaim { doc, claim } => {
                if project.document(doc).is_none() {
                    return Err(EditError::UnknownDocument { doc: doc.clone() });
                }
                check_claim(project, doc, None, claim)
            }
            Edit::ReplaceClaim { doc, before, after } => {
                check_claim(project, doc, Some(before), after)
            }
            Edit::RemoveClaim { doc, claim } => check_claim_unused(project, doc, &claim.id),
            Edit::AddCluster { cluster } => check_cluster(project, None, cluster),
            Edit::ReplaceCluster { before, after } => check_cluster(project, Some(before), after),
            Edit::SetDocLabel {
                doc,
                category,
                before,
                after,
            } => super::doc_labels::check_doc_label(
                project,
                doc,
                category,
                before.as_ref(),
                after.as_ref(),
            ),
            Edit::SetCategory { before, after, .. } => {
                super::doc_labels::check_category(project, before.as_ref(), after.as_ref())
            }
            Edit::RemoveCluster { .. }
            | Edit::RejectSuggestion { .. }
            | Edit::ForgetRejection { .. }
            | Edit::SwitchSuggester { .. }
            | Edit::AddCue { .. }
            | Edit::RemoveCue { .. } => Ok(()),
            Edit::AddRelation { .. }
            | Edit::ReplaceRelation { .. }
            | Edit::RemoveRelation { .. }
            | Edit::SetRelationType { .. } => super::relation::edits::check(self, project),
        }
    }

    /// The document this edit touches, if it is a span, claim or metadata edit.
    pub fn document(&self) -> Option<&DocId> {
        match self {
            Edit::AddSpan { doc, .. }
            | Edit::RemoveSpan { doc, .. }
            | Edit::ReplaceSpan { doc, .. }
            | Edit::SetDocumentMeta { doc, .. }
            | Edit::AddClaim { doc, .. }
            | Edit::RemoveClaim { doc, .. }
            | Edit::ReplaceClaim { doc, .. }
            | Edit::SetDocLabel { doc, .. }
            | Edit::AddRelation { doc, .. }
            | Edit::RemoveRelation { doc, .. }
            | Edit::ReplaceRelation { doc, .. } => Some(doc),
            Edit::SetLabel { .. }
            | Edit::AddOutlet { .. }
            | Edit::RemoveOutlet { .. }
            | Edit::ReplaceOutlet { .. }
            | Edit::AddEntity { .. }
            | Edit::RemoveEntity { .. }
            | Edit::ReplaceEntity { .. }
            | Edit::AddCluster { .. }
            | Edit::RemoveCluster { .. }
            | Edit::ReplaceCluster { .. }
            | Edit::RejectSuggestion { .. }
            | Edit::ForgetRejection { .. }
            | Edit::SwitchSuggester { .. }
            | Edit::AddCue { .. }
            | Edit::RemoveCue { .. }
            | Edit::SetCategory { .. }
            | Edit::SetRelationType { .. } => None,
        }
    }

    /// Removes the span `id` of `doc` as it is now; `None` when there is no such span. Refused by
    /// [`Edit::check`] while claims use the span; see
    /// [`crate::model::compound::remove_span_with_dependents`].
    pub fn remove_span(project: &Project, doc: &DocId, id: &SpanId) -> Option<Edit> {
        let span = project.annotations.get(doc, id)?;
        Some(Edit::RemoveSpan {
            doc: doc.clone(),
            span: span.clone(),
        })
    }

    /// Changes the span `id` of `doc` with `change` (label, edges and quote, entity, attributes,
    /// note); `None` when there is no such span.
    pub fn replace_span(
        project: &Project,
        doc: &DocId,
        id: &SpanId,
        change: impl FnOnce(&mut Span),
    ) -> Option<Edit> {
        let before = project.annotations.get(doc, id)?.clone();
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::ReplaceSpan {
            doc: doc.clone(),
            before,
            after,
        })
    }

    /// Changes the metadata of `doc` with `change`; `None` when there is no such document.
    pub fn set_document_meta(
        project: &Project,
        doc: &DocId,
        change: impl FnOnce(&mut DocumentMeta),
    ) -> Option<Edit> {
        let before = project.document(doc)?.meta();
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::SetDocumentMeta {
            doc: doc.clone(),
            before,
            after,
        })
    }

    /// Appends `label` to the schema.
    pub fn add_label(project: &Project, label: Label) -> Edit {
        Edit::SetLabel {
            index: project.schema.labels.len(),
            before: None,
            after: Some(label),
        }
    }

    /// Removes the label `id`; `None` when there is no such label.
    pub fn remove_label(project: &Project, id: &LabelId) -> Option<Edit> {
        let index = project.schema.labels.iter().position(|l| &l.id == id)?;
        Some(Edit::SetLabel {
            index,
            before: Some(project.schema.labels[index].clone()),
            after: None,
        })
    }

    /// Changes the label `id` (name, colour, key, description) with `change`; `None` when there is
    /// no such label.
    pub fn change_label(
        project: &Project,
        id: &LabelId,
        change: impl FnOnce(&mut Label),
    ) -> Option<Edit> {
        let index = project.schema.labels.iter().position(|l| &l.id == id)?;
        let before = project.schema.labels[index].clone();
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::SetLabel {
            index,
            before: Some(before),
            after: Some(after),
        })
    }

    /// Removes the outlet `id` as it is now; `None` when there is no such outlet.
    pub fn remove_outlet(project: &Project, id: &OutletId) -> Option<Edit> {
        Some(Edit::RemoveOutlet {
            outlet: project.outlets.get(id)?.clone(),
        })
    }

    /// Changes the outlet `id` (name, affiliation, aliases) with `change`, its aliases kept
    /// sorted and apart from the name; `None` when there is no such outlet.
    pub fn replace_outlet(
        project: &Project,
        id: &OutletId,
        change: impl FnOnce(&mut Outlet),
    ) -> Option<Edit> {
        let before = project.outlets.get(id)?.clone();
        let mut after = before.clone();
        change(&mut after);
        after.normalise_aliases();
        Some(Edit::ReplaceOutlet { before, after })
    }

    /// Adds `entity`, its aliases sorted and deduplicated first.
    pub fn add_entity(mut entity: Entity) -> Edit {
        normalise_list(&mut entity.aliases);
        Edit::AddEntity { entity }
    }

    /// Removes the entity `id` as it is now; `None` when there is no such entity. Refused by
    /// [`Edit::check`] while mentions or claims name it.
    pub fn remove_entity(project: &Project, id: &EntityId) -> Option<Edit> {
        Some(Edit::RemoveEntity {
            entity: project.entities.get(id)?.clone(),
        })
    }

    /// Changes the entity `id` with `change` (its aliases are sorted and deduplicated after);
    /// `None` when there is no such entity.
    pub fn replace_entity(
        project: &Project,
        id: &EntityId,
        change: impl FnOnce(&mut Entity),
    ) -> Option<Edit> {
        let before = project.entities.get(id)?.clone();
        let mut after = before.clone();
        change(&mut after);
        normalise_list(&mut after.aliases);
        Some(Edit::ReplaceEntity { before, after })
    }

    /// Removes the claim `id` of `doc` as it is now; `None` when there is no such claim. Refused
    /// by [`Edit::check`] while claims are nested in it or clusters list it; see
    /// [`crate::model::compound::remove_claim_with_dependents`].
    pub fn remove_claim(project: &Project, doc: &DocId, id: &ClaimId) -> Option<Edit> {
        Some(Edit::RemoveClaim {
            doc: doc.clone(),
            claim: project.annotations.claim(doc, id)?.clone(),
        })
    }

    /// Changes the claim `id` of `doc` with `change`; `None` when there is no such claim.
    pub fn replace_claim(
        project: &Project,
        doc: &DocId,
        id: &ClaimId,
        change: impl FnOnce(&mut Claim),
    ) -> Option<Edit> {
        let before = project.annotations.claim(doc, id)?.clone();
        let mut after = before.clone();
        change(&mut after);
        Some(Edit::ReplaceClaim {
            doc: doc.clone(),
            before,
            after,
        })
    }

    /// Adds `cluster`, its members sorted first (see [`Cluster::normalise`]).
    pub fn add_cluster(mut cluster: Cluster) -> Edit {
        cluster.normalise();
        Edit::AddCluster { cluster }
    }

    /// Removes the cluster `id` as it is now; `None` when there is no such cluster.
    pub fn remove_cluster(project: &Project, id: &ClusterId) -> Option<Edit> {
        Some(Edit::RemoveCluster {
            cluster: project.clusters.get(id)?.clone(),
        })
    }

    /// Changes the cluster `id` with `change` (its members are sorted after); `None` when there
    /// is no such cluster.
    pub fn replace_cluster(
        project: &Project,
        id: &ClusterId,
        change: impl FnOnce(&mut Cluster),
    ) -> Option<Edit> {
        let before = project.clusters.get(id)?.clone();
        let mut after = before.clone();
        change(&mut after);
        after.normalise();
        Some(Edit::ReplaceCluster { before, after })
    }
}

fn annotation_error(doc: &DocId, error: AnnotationError) -> EditError {
    match error {
        AnnotationError::DuplicateId { id, doc } => EditError::SpanExists { doc, id },
        AnnotationError::Missing { id, doc } => EditError::MissingSpan { doc, id },
        AnnotationError::Empty { id, start, end } => EditError::BadSpan {
            doc: doc.clone(),
            id,
            problem: SpanShapeProblem::EmptyRange { start, end },
        },
        AnnotationError::DuplicateClaimId { id, doc } => EditError::ClaimExists { doc, id },
        AnnotationError::MissingClaim { id, doc } => EditError::MissingClaim { doc, id },
        AnnotationError::EmptyClaimId { doc } => EditError::EmptyClaimId { doc },
    }
}

/// The span `expected.id` must be in `doc` exactly as `expected`.
fn expect_span(project: &Project, doc: &DocId, expected: &Span) -> Result<(), EditError> {
    match project.annotations.get(doc, &expected.id) {
        None => Err(EditError::MissingSpan {
            doc: doc.clone(),
            id: expected.id.clone(),
        }),
        Some(current) if current != expected => Err(EditError::StaleSpan {
            doc: doc.clone(),
            id: expected.id.clone(),
        }),
        Some(_) => Ok(()),
    }
}

/// The claim `expected.id` must be in `doc` exactly as `expected`.
fn expect_claim(project: &Project, doc: &DocId, expected: &Claim) -> Result<(), EditError> {
    match project.annotations.claim(doc, &expected.id) {
        None => Err(EditError::MissingClaim {
            doc: doc.clone(),
            id: expected.id.clone(),
        }),
        Some(current) if current != expected => Err(EditError::StaleClaim {
            doc: doc.clone(),
            id: expected.id.clone(),
        }),
        Some(_) => Ok(()),
    }
}

fn check_span(project: &Project, doc: &DocId, span: &Span) -> Result<(), EditError> {
    if let Some(problem) = span.shape_problem().or_else(|| span.whitespace_problem()) {
        return Err(EditError::BadSpan {
            doc: doc.clone(),
            id: span.id.clone(),
            problem,
        });
    }
    if project.schema.label(&span.label).is_none() {
        return Err(EditError::UnknownLabel {
            label: span.label.clone(),
        });
    }
    Ok(())
}

fn check_span_unused(project: &Project, doc: &DocId, id: &SpanId) -> Result<(), EditError> {
    if let Some(problem) = super::relation::edits::span_in_use(project, id) {
        return Err(problem.into());
    }
    let claims: Vec<ClaimId> = project
        .annotations
        .claims(doc)
        .iter()
        .filter(|c| c.uses_span(id))
        .map(|c| c.id.clone())
        .collect();
    if claims.is_empty() {
        Ok(())
    } else {
        Err(EditError::SpanInUse {
            doc: doc.clone(),
            id: id.clone(),
            claims,
        })
    }
}

fn check_label_unused(project: &Project, id: &LabelId) -> Result<(), EditError> {
    let spans = project.annotations.count_label(id);
    let entities = project.entities.values().filter(|e| &e.kind == id).count();
    if spans > 0 {
        Err(EditError::LabelInUse {
            id: id.clone(),
            spans,
        })
    } else if entities > 0 {
        Err(EditError::LabelIsEntityKind {
            id: id.clone(),
            entities,
        })
    } else if let Some(problem) = super::relation::edits::label_allowed(project, id) {
        Err(problem.into())
    } else {
        Ok(())
    }
}

fn check_outlet_unused(project: &Project, id: &OutletId) -> Result<(), EditError> {
    let documents = project.documents.iter().filter(|d| &d.outlet == id).count();
    if documents == 0 {
        Ok(())
    } else {
        Err(EditError::OutletInUse {
            id: id.clone(),
            documents,
        })
    }
}

fn check_entity_unused(project: &Project, id: &EntityId) -> Result<(), EditError> {
    let mentions = project
        .annotations
        .all_spans()
        .filter(|(_, s)| s.entity.as_ref() == Some(id))
        .count();
    let claims = project
        .annotations
        .all_claims()
        .filter(|(_, c)| c.claimant_entity() == Some(id))
        .count();
    if mentions + claims == 0 {
        Ok(())
    } else {
        Err(EditError::EntityInUse {
            id: id.clone(),
            mentions,
            claims,
        })
    }
}

fn check_claim_unused(project: &Project, doc: &DocId, id: &ClaimId) -> Result<(), EditError> {
    let nested = project
        .annotations
        .claims(doc)
        .iter()
        .filter(|c| c.parent.as_ref() == Some(id))
        .count();
    let clusters = project
        .clusters
        .values()
        .filter(|k| k.member(doc, id).is_some())
        .count();
    if nested + clusters == 0 {
        Ok(())
    } else {
        Err(EditError::ClaimInUse {
            doc: doc.clone(),
            id: id.clone(),
            nested,
            clusters,
        })
    }
}

fn check_entity_link(project: &Project, entity: Option<&EntityId>) -> Result<(), EditError> {
    match entity {
        Some(entity) if project.entity(entity).is_none() => Err(EditError::UnknownEntity {
            entity: entity.clone(),
        }),
        _ => Ok(()),
    }
}

fn check_outlet(outlet: &Outlet) -> Result<(), EditError> {
    if outlet.name.trim().is_empty() {
        return Err(EditError::EmptyName {
            kind: RecordKind::Outlet,
            id: outlet.id.0.clone(),
        });
    }
    Ok(())
}

fn check_entity(
    project: &Project,
    before: Option<&Entity>,
    after: &Entity,
) -> Result<(), EditError> {
    if after.name.trim().is_empty() {
        return Err(EditError::EmptyName {
            kind: RecordKind::Entity,
            id: after.id.0.clone(),
        });
    }
    if !is_normalised_list(&after.aliases) {
        return Err(EditError::NotNormalised {
            kind: RecordKind::Entity,
            id: after.id.0.clone(),
            what: "aliases",
        });
    }
    if before.is_none_or(|b| b.kind != after.kind) && project.schema.label(&after.kind).is_none() {
        return Err(EditError::UnknownLabel {
            label: after.kind.clone(),
        });
    }
    Ok(())
}

/// The references of `after` (a claim of `doc`) that differ from `before`'s must resolve.
fn check_claim(
    project: &Project,
    doc: &DocId,
    before: Option<&Claim>,
    after: &Claim,
) -> Result<(), EditError> {
    let changed_span = |span: &SpanId| before.is_none_or(|b| !b.uses_span(span));
    for span in after.spans().filter(|s| changed_span(s)) {
        if project.annotations.get(doc, span).is_none() {
            return Err(EditError::ClaimSpanMissing {
                doc: doc.clone(),
                claim: after.id.clone(),
                span: span.clone(),
            });
        }
    }
    if let Claimant::Entity(entity) = &after.claimant
        && before.is_none_or(|b| b.claimant != after.claimant)
    {
        check_entity_link(project, Some(entity))?;
    }
    if before.is_none_or(|b| b.parent != after.parent)
        && let Some(parent) = &after.parent
    {
        return match project.parent_problem(doc, &after.id, Some(parent)) {
            Some(ParentProblem::Missing(_)) => Err(EditError::UnknownParentClaim {
                doc: doc.clone(),
                claim: after.id.clone(),
                parent: parent.clone(),
            }),
            Some(ParentProblem::Cycle) => Err(EditError::ClaimCycle {
                doc: doc.clone(),
                claim: after.id.clone(),
                parent: parent.clone(),
            }),
            None => Ok(()),
        };
    }
    Ok(())
}

/// Members of `after` that `before` lacks must be claims of their documents.
fn check_cluster(
    project: &Project,
    before: Option<&Cluster>,
    after: &Cluster,
) -> Result<(), EditError> {
    if !after.is_normalised() {
        return Err(EditError::NotNormalised {
            kind: RecordKind::Cluster,
            id: after.id.0.clone(),
            what: "members",
        });
    }
    for member in &after.members {
        let known = before.is_some_and(|b| b.member(&member.doc, &member.claim).is_some());
        if !known
            && project
                .annotations
                .claim(&member.doc, &member.claim)
                .is_none()
        {
            return Err(EditError::UnknownClusterMember {
                cluster: after.id.clone(),
                doc: member.doc.clone(),
                claim: member.claim.clone(),
            });
        }
    }
    Ok(())
}

/// A project-wide record kept in a map by its ID.
trait Record: Clone + PartialEq {
    type Id: Ord + Clone + fmt::Display;
    const KIND: RecordKind;
    fn id(&self) -> &Self::Id;
}

impl Record for Outlet {
    type Id = OutletId;
    const KIND: RecordKind = RecordKind::Outlet;
    fn id(&self) -> &OutletId {
        &self.id
    }
}

impl Record for Entity {
    type Id = EntityId;
    const KIND: RecordKind = RecordKind::Entity;
    fn id(&self) -> &EntityId {
        &self.id
    }
}

impl Record for Cluster {
    type Id = ClusterId;
    const KIND: RecordKind = RecordKind::Cluster;
    fn id(&self) -> &ClusterId {
        &self.id
    }
}

fn add_record<T: Record>(map: &mut BTreeMap<T::Id, T>, record: &T) -> Result<(), EditError> {
    let id = record.id();
    if id.to_string().is_empty() {
        return Err(EditError::EmptyRecordId { kind: T::KIND });
    }
    if map.contains_key(id) {
        return Err(EditError::RecordExists {
            kind: T::KIND,
            id: id.to_string(),
        });
    }
    map.insert(id.clone(), record.clone());
    Ok(())
}

fn remove_record<T: Record>(map: &mut BTreeMap<T::Id, T>, record: &T) -> Result<(), EditError> {
    expect_record(map, record)?;
    map.remove(record.id());
    Ok(())
}

fn replace_record<T: Record>(
    map: &mut BTreeMap<T::Id, T>,
    before: &T,
    after: &T,
) -> Result<(), EditError> {
    if before.id() != after.id() {
        return Err(EditError::RecordIdChanged {
            kind: T::KIND,
            before: before.id().to_string(),
            after: after.id().to_string(),
        });
    }
    expect_record(map, before)?;
    map.insert(after.id().clone(), after.clone());
    Ok(())
}

/// The record `expected.id()` must be in `map` exactly as `expected`.
fn expect_record<T: Record>(map: &BTreeMap<T::Id, T>, expected: &T) -> Result<(), EditError> {
    let id = || expected.id().to_string();
    match map.get(expected.id()) {
        None => Err(EditError::MissingRecord {
            kind: T::KIND,
            id: id(),
        }),
        Some(current) if current != expected => Err(EditError::StaleRecord {
            kind: T::KIND,
            id: id(),
        }),
        Some(_) => Ok(()),
    }
}

fn apply_label(
    project: &mut Project,
    index: usize,
    before: Option<&Label>,
    after: Option<&Label>,
) -> Result<(), EditError> {
    let labels = &mut project.schema.labels;
    let len = labels.len();
    match (before, after) {
        (None, None) => Ok(()),
        (None, Some(new)) => {
            if index > len {
                return Err(EditError::LabelIndex { index, len });
            }
            if labels.iter().any(|l| l.id == new.id) {
                return Err(EditError::LabelExists { id: new.id.clone() });
            }
            labels.insert(index, new.clone());
            Ok(())
        }
        (Some(old), new) => {
            let current = labels
                .get(index)
                .ok_or(EditError::LabelIndex { index, len })?;
            if current != old {
                return Err(EditError::StaleLabel { index });
            }
            match new {
                None => {
                    labels.remove(index);
                }
                Some(new) if new.id != old.id => {
                    return Err(EditError::LabelIdChanged {
                        before: old.id.clone(),
                        after: new.id.clone(),
                    });
                }
                Some(new) => labels[index] = new.clone(),
            }
            Ok(())
        }
    }
}

/// Edits applied together, undone together, described once (what the Undo menu item names,
/// e.g. "Label «محمد» as PER", said in the language of the moment it is shown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transaction {
    pub description: Description,
    pub edits: Vec<Edit>,
}

impl Transaction {
    pub fn new(description: impl Into<Description>) -> Self {
        Self {
            description: description.into(),
            edits: Vec::new(),
        }
    }

    /// A transaction of one edit.
    pub fn single(description: impl Into<Description>, edit: Edit) -> Self {
        Self {
            description: description.into(),
            edits: vec![edit],
        }
    }

    /// Appends an edit (builder style).
    #[must_use]
    pub fn with(mut self, edit: Edit) -> Self {
        self.edits.push(edit);
        self
    }

    pub fn push(&mut self, edit: Edit) {
        self.edits.push(edit);
    }

    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
    }

    /// The transaction that undoes this one: each edit inverted, in reverse order.
    #[must_use]
    pub fn inverse(&self) -> Transaction {
        Transaction {
            description: self.description.clone(),
            edits: self.edits.iter().rev().map(Edit::inverse).collect(),
        }
    }

    /// Applies every edit (consistency checks only), or none: when an edit is refused, the
    /// edits already applied are undone before the error is returned.
    pub fn apply(&self, project: &mut Project) -> Result<(), EditError> {
        self.apply_with(project, |_, _| Ok(()))
    }

    /// Like [`Transaction::apply`], but each edit must also pass [`Edit::check`] in the state
    /// the previous edits left. This is how a new transaction is applied.
    pub fn apply_checked(&self, project: &mut Project) -> Result<(), EditError> {
        self.apply_with(project, Edit::check)
    }

    fn apply_with(
        &self,
        project: &mut Project,
        check: impl Fn(&Edit, &Project) -> Result<(), EditError>,
    ) -> Result<(), EditError> {
        for (done, edit) in self.edits.iter().enumerate() {
            if let Err(error) = check(edit, project).and_then(|()| edit.apply(project)) {
                for applied in self.edits[..done].iter().rev() {
                    // The inverse of an edit just applied always fits the state it left.
                    let undone = applied.inverse().apply(project);
                    debug_assert!(undone.is_ok(), "rolling back failed: {undone:?}");
                }
                return Err(error);
            }
        }
        Ok(())
    }
}

/// What the analyst told the suggesters: a rejection remembered or forgotten, a suggester
/// switched, a reporting cue added or removed; refused when the project is not in the state the
/// edit expects.
fn apply_feedback(edit: &Edit, project: &mut Project) -> Result<(), EditError> {
    let feedback = &mut project.suggestions;
    let (done, refusal) = match edit {
        Edit::RejectSuggestion { rejection } => (
            feedback.rejected.insert(rejection.clone()),
            EditError::AlreadyRejected {
                rejection: rejection.clone(),
            },
        ),
        Edit::ForgetRejection { rejection } => (
            feedback.rejected.remove(rejection),
            EditError::NotRejected {
                rejection: rejection.clone(),
            },
        ),
        Edit::SwitchSuggester { name, on } => (
            if *on {
                feedback.off.remove(name)
            } else {
                feedback.off.insert(name.clone())
            },
            EditError::SuggesterAlready {
                name: name.clone(),
                on: *on,
            },
        ),
        Edit::AddCue { cue } => (
            feedback.cues.insert(cue.clone()),
            EditError::CueAlready { cue: cue.clone() },
        ),
        Edit::RemoveCue { cue } => (
            feedback.cues.remove(cue),
            EditError::NoSuchCue { cue: cue.clone() },
        ),
        _ => return Ok(()),
    };
    if done { Ok(()) } else { Err(refusal) }
}

/// Appends edits; with an `Option<Edit>` from a helper such as [`Edit::replace_span`], appends
/// it when there is one.
impl Extend<Edit> for Transaction {
    fn extend<I: IntoIterator<Item = Edit>>(&mut self, edits: I) {
        self.edits.extend(edits);
    }
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::{BaseDirection, Document, Rgb, Schema};

    fn label(id: &str) -> Label {
        Label {
            id: LabelId(id.into()),
            name: id.to_lowercase(),
            colour: Rgb(1, 2, 3),
            key: None,
            description: String::new(),
        }
    }

    fn project() -> Project {
        Project {
            name: "p".into(),
            corpus_dir: "c".into(),
            documents: vec![Document {
                id: DocId("d".into()),
                path: "d".into(),
                sha256: String::new(),
                encoding: "UTF-8".into(),
                title: "t".into(),
                outlet: OutletId::unknown(),
                date: String::new(),
                author: String::new(),
                url: String::new(),
                language: String::new(),
                base_direction: BaseDirection::Auto,
                char_len: 20,
                warnings: vec![],
                extraction: crate::model::Extraction::Plain,
                date_text: String::new(),
                outlet_text: String::new(),
                metadata_from: std::collections::BTreeMap::new(),
                copy_of: None,
            }],
            schema: Schema {
                labels: vec![label("PER"), label("GPE")],
                ..Schema::default()
            },
            ..Project::default()
        }
    }

    fn span(id: &str, start: usize, end: usize, label: &str) -> Span {
        Span::new(
            SpanId(id.into()),
            start,
            end,
            LabelId(label.into()),
            &"x".repeat(end - start),
        )
    }

    fn doc() -> DocId {
        DocId("d".into())
    }

    #[test]
    fn stale_edits_are_refused() {
        let mut p = project();
        let add = Edit::AddSpan {
            doc: doc(),
            span: span("a", 0, 2, "PER"),
        };
        add.apply(&mut p).unwrap();
        assert!(matches!(
            add.apply(&mut p),
            Err(EditError::SpanExists { .. })
        ));
        let stale = Edit::RemoveSpan {
            doc: doc(),
            span: span("a", 0, 3, "PER"),
        };
        assert!(matches!(
            stale.apply(&mut p),
            Err(EditError::StaleSpan { .. })
        ));
        let meta =
            Edit::set_document_meta(&p, &doc(), |m| m.outlet = OutletId("o1".into())).unwrap();
        meta.apply(&mut p).unwrap();
        assert!(matches!(
            meta.apply(&mut p),
            Err(EditError::StaleDocumentMeta { .. })
        ));
        meta.inverse().apply(&mut p).unwrap();
        assert!(p.documents[0].outlet.is_unknown());
    }

    #[test]
    fn transactions_are_all_or_nothing() {
        let mut p = project();
        let before = p.clone();
        let tx = Transaction::new(crate::model::Message::STATUS_LABELLED)
            .with(Edit::AddSpan {
                doc: doc(),
                span: span("a", 0, 2, "PER"),
            })
            .with(Edit::remove_label(&p, &LabelId("GPE".into())).unwrap())
            .with(Edit::RemoveSpan {
                doc: doc(),
                span: span("zz", 0, 2, "PER"),
            });
        assert!(matches!(
            tx.apply(&mut p),
            Err(EditError::MissingSpan { .. })
        ));
        assert_eq!(p, before);
    }

    #[test]
    fn checks_apply_to_new_edits_in_order() {
        let mut p = project();
        p.annotations.insert(doc(), span("a", 0, 2, "PER")).unwrap();
        // Removing a label in use is refused…
        let remove_per = Edit::remove_label(&p, &LabelId("PER".into())).unwrap();
        let err = Transaction::single(crate::model::Message::STATUS_LABELLED, remove_per.clone())
            .apply_checked(&mut p)
            .unwrap_err();
        assert_eq!(
            err,
            EditError::LabelInUse {
                id: LabelId("PER".into()),
                spans: 1
            }
        );
        // …but fine after relabelling its spans in the same transaction.
        let relabel = Edit::replace_span(&p, &doc(), &SpanId("a".into()), |s| {
            s.label = LabelId("GPE".into());
        })
        .unwrap();
        Transaction::new(crate::model::Message::INSPECTOR_EDIT_RELABEL)
            .with(relabel)
            .with(remove_per)
            .apply_checked(&mut p)
            .unwrap();
        assert_eq!(p.schema.labels.len(), 1);

        // A new label can be used by spans added after it.
        let new = Transaction::new(crate::model::Message::STATUS_LABELLED)
            .with(Edit::add_label(&p, label("ORG")))
            .with(Edit::AddSpan {
                doc: doc(),
                span: span("b", 3, 5, "ORG"),
            });
        new.apply_checked(&mut p).unwrap();
        let unknown = Transaction::single(
            crate::model::Message::STATUS_LABELLED,
            Edit::AddSpan {
                doc: doc(),
                span: span("c", 3, 5, "NOPE"),
            },
        );
        assert!(matches!(
            unknown.apply_checked(&mut p),
            Err(EditError::UnknownLabel { .. })
        ));
        let elsewhere = Transaction::single(
            crate::model::Message::STATUS_LABELLED,
            Edit::AddSpan {
                doc: DocId("nope".into()),
                span: span("c", 3, 5, "ORG"),
            },
        );
        assert!(matches!(
            elsewhere.apply_checked(&mut p),
            Err(EditError::UnknownDocument { .. })
        ));
        let mut bad_quote = span("c", 3, 5, "ORG");
        bad_quote.quote = "x".into();
        assert!(matches!(
            Transaction::single(
                crate::model::Message::STATUS_LABELLED,
                Edit::AddSpan {
                    doc: doc(),
                    span: bad_quote
                }
            )
            .apply_checked(&mut p),
            Err(EditError::BadSpan { .. })
        ));
    }

    #[test]
    fn spans_with_white_space_at_an_edge_are_refused_when_new_or_moved() {
        let mut p = project();
        let quoted = |id: &str, start, quote: &str| {
            Span::new(
                SpanId(id.into()),
                start,
                start + quote.chars().count(),
                LabelId("PER".into()),
                quote,
            )
        };
        let add = |span| {
            Transaction::single(
                crate::model::Message::STATUS_LABELLED,
                Edit::AddSpan { doc: doc(), span },
            )
        };
        for (span, expected) in [
            (quoted("a", 4, " وكالات"), SpanShapeProblem::WhitespaceEdge),
            (quoted("b", 5, "وكالات\n"), SpanShapeProblem::WhitespaceEdge),
            (quoted("c", 4, " "), SpanShapeProblem::OnlyWhitespace),
        ] {
            let before = p.clone();
            assert_eq!(
                add(span.clone()).apply_checked(&mut p),
                Err(EditError::BadSpan {
                    doc: doc(),
                    id: span.id,
                    problem: expected
                })
            );
            assert_eq!(p, before, "nothing was added");
        }
        add(quoted("d", 5, "وكالات")).apply_checked(&mut p).unwrap();

        // A span saved before the rule keeps taking labels and notes, but its edges may only
        // move onto words.
        p.annotations
            .insert(doc(), quoted("old", 10, " مصدر"))
            .unwrap();
        let old = SpanId("old".into());
        let relabel = Edit::replace_span(&p, &doc(), &old, |s| s.note = "قديم".into()).unwrap();
        Transaction::single(crate::model::Message::INSPECTOR_EDIT_NOTE, relabel)
            .apply_checked(&mut p)
            .unwrap();
        let widen = Edit::replace_span(&p, &doc(), &old, |s| {
            s.end += 1;
            s.quote.push(' ');
        })
        .unwrap();
        assert!(matches!(
            Transaction::single(crate::model::Message::INSPECTOR_EDIT_RESIZED, widen)
                .apply_checked(&mut p),
            Err(EditError::BadSpan {
                problem: SpanShapeProblem::WhitespaceEdge,
                ..
            })
        ));
    }

    #[test]
    fn label_edits_invert() {
        let mut p = project();
        let start = p.clone();
        let edits = [
            Edit::change_label(&p, &LabelId("GPE".into()), |l| {
                l.name = "مكان".into();
                l.key = Some('3');
            })
            .unwrap(),
            Edit::SetLabel {
                index: 0,
                before: None,
                after: Some(label("ORG")),
            },
        ];
        let tx = Transaction {
            description: crate::model::Message::STATUS_LABELLED.into(),
            edits: edits.to_vec(),
        };
        tx.apply_checked(&mut p).unwrap();
        let ids: Vec<&str> = p.schema.labels.iter().map(|l| l.id.0.as_str()).collect();
        assert_eq!(ids, ["ORG", "PER", "GPE"]);
        assert_eq!(p.schema.labels[2].name, "مكان");
        tx.inverse().apply(&mut p).unwrap();
        assert_eq!(p, start);
        let rename_id = Edit::SetLabel {
            index: 0,
            before: Some(label("PER")),
            after: Some(label("PERSON")),
        };
        assert!(matches!(
            rename_id.apply(&mut p),
            Err(EditError::LabelIdChanged { .. })
        ));
    }

    #[test]
    fn references_must_resolve_and_referenced_records_stay() {
        use crate::model::compound::tests::{doc, entity_id, project, span_id};
        use crate::model::{Entity, Outlet};

        let p = project();
        let refused = |edit: Edit| {
            Transaction::single(crate::model::Message::STATUS_LABELLED, edit)
                .apply_checked(&mut p.clone())
        };

        // A span may only link to an entity of the project.
        let link = Edit::replace_span(&p, &doc("a"), &span_id("a1"), |s| {
            s.entity = Some(entity_id("nope"));
        })
        .unwrap();
        assert_eq!(
            refused(link),
            Err(EditError::UnknownEntity {
                entity: entity_id("nope")
            })
        );
        // A document's outlet must be one of the project; an outlet in use stays.
        let meta =
            Edit::set_document_meta(&p, &doc("a"), |m| m.outlet = OutletId("nope".into())).unwrap();
        assert!(matches!(
            refused(meta),
            Err(EditError::UnknownOutlet { .. })
        ));
        let outlet = Edit::remove_outlet(&p, &OutletId("o1".into())).unwrap();
        assert_eq!(
            refused(outlet),
            Err(EditError::OutletInUse {
                id: OutletId("o1".into()),
                documents: 1
            })
        );
        let nameless = Edit::AddOutlet {
            outlet: Outlet::new(OutletId("o3".into()), " "),
        };
        assert!(matches!(
            refused(nameless),
            Err(EditError::EmptyName { .. })
        ));
        // An entity named by mentions and claims stays, and so does its kind.
        let entity = Edit::remove_entity(&p, &entity_id("h")).unwrap();
        assert_eq!(
            refused(entity),
            Err(EditError::EntityInUse {
                id: entity_id("h"),
                mentions: 2,
                claims: 1
            })
        );
        let label = Edit::remove_label(&p, &LabelId("PER".into())).unwrap();
        assert!(matches!(refused(label), Err(EditError::LabelInUse { .. })));
        let mut unsorted = Entity::new(entity_id("u"), "u", LabelId("PER".into()));
        unsorted.aliases = vec!["ب".into(), "أ".into()];
        assert!(matches!(
            refused(Edit::AddEntity {
                entity: unsorted.clone()
            }),
            Err(EditError::NotNormalised { .. })
        ));
        assert_eq!(refused(Edit::add_entity(unsorted)), Ok(()));
        let mut q = p.clone();
        let lonely = Entity::new(entity_id("l"), "l", LabelId("CUE".into()));
        Transaction::single(
            crate::model::Message::STATUS_LABELLED,
            Edit::add_entity(lonely),
        )
        .apply_checked(&mut q)
        .unwrap();
        let cue = Transaction::new(crate::model::Message::STATUS_LABELLED)
            .with(
                Edit::replace_span(&q, &doc("a"), &span_id("a1"), |s| {
                    s.label = LabelId("CLAIM".into());
                })
                .unwrap(),
            )
            .with(Edit::remove_label(&q, &LabelId("CUE".into())).unwrap());
        assert_eq!(
            cue.apply_checked(&mut q),
            Err(EditError::LabelIsEntityKind {
                id: LabelId("CUE".into()),
                entities: 1
            })
        );
    }

    #[test]
    fn claims_and_clusters_must_resolve() {
        use crate::model::compound::tests::{claim_id, doc, entity_id, project, span_id};
        use crate::model::{Claimant, Cluster, ClusterId, Relation};

        let p = project();
        let refused = |edit: Edit| {
            Transaction::single(crate::model::Message::STATUS_LABELLED, edit)
                .apply_checked(&mut p.clone())
        };

        // A claim's spans are of its document; its parent too, and never itself below.
        let elsewhere = Edit::AddClaim {
            doc: doc("b"),
            claim: Claim::new(claim_id("n"), span_id("a3"), Claimant::Anonymous),
        };
        assert!(matches!(
            refused(elsewhere),
            Err(EditError::ClaimSpanMissing { .. })
        ));
        let claimant = Edit::AddClaim {
            doc: doc("a"),
            claim: Claim::new(
                claim_id("n"),
                span_id("a3"),
                Claimant::Entity(entity_id("x")),
            ),
        };
        assert!(matches!(
            refused(claimant),
            Err(EditError::UnknownEntity { .. })
        ));
        let orphan = Edit::replace_claim(&p, &doc("a"), &claim_id("ka"), |c| {
            c.parent = Some(claim_id("nope"));
        })
        .unwrap();
        assert!(matches!(
            refused(orphan),
            Err(EditError::UnknownParentClaim { .. })
        ));
        let cycle = Edit::replace_claim(&p, &doc("a"), &claim_id("ka"), |c| {
            c.parent = Some(claim_id("kc"));
        })
        .unwrap();
        assert_eq!(
            refused(cycle),
            Err(EditError::ClaimCycle {
                doc: doc("a"),
                claim: claim_id("ka"),
                parent: claim_id("kc")
            })
        );
        let own = Edit::replace_claim(&p, &doc("a"), &claim_id("ka"), |c| {
            c.parent = Some(claim_id("ka"));
        })
        .unwrap();
        assert!(matches!(refused(own), Err(EditError::ClaimCycle { .. })));
        let renamed = Edit::ReplaceClaim {
            doc: doc("a"),
            before: p.annotations.claims(&doc("a"))[0].clone(),
            after: Claim::new(claim_id("zz"), span_id("a3"), Claimant::Outlet),
        };
        assert!(matches!(
            refused(renamed),
            Err(EditError::ClaimIdChanged { .. })
        ));

        // A cluster lists claims that exist, in order.
        let mut cluster = Cluster::new(ClusterId("c".into()), "");
        cluster.set_member(doc("b"), claim_id("ka"), Relation::Supports);
        assert!(matches!(
            refused(Edit::add_cluster(cluster.clone())),
            Err(EditError::UnknownClusterMember { .. })
        ));
        cluster.members.clear();
        cluster.set_member(doc("a"), claim_id("kb"), Relation::Supports);
        cluster.set_member(doc("a"), claim_id("ka"), Relation::Supports);
        cluster.members.reverse();
        assert!(matches!(
            refused(Edit::AddCluster {
                cluster: cluster.clone()
            }),
            Err(EditError::NotNormalised { .. })
        ));
        assert_eq!(refused(Edit::add_cluster(cluster)), Ok(()));
    }

    #[test]
    fn record_edits_invert_and_refuse_stale_states() {
        use crate::model::compound::tests::{doc, entity_id, project};
        use crate::model::{Entity, Outlet};

        let mut p = project();
        let start = p.clone();
        let added = Edit::AddOutlet {
            outlet: Outlet::new(OutletId("o3".into()), "راديو"),
        };
        let renamed = Edit::replace_entity(&p, &entity_id("m"), |e| {
            e.name = "محمد الأحمد".into();
            e.add_alias("محمد");
        })
        .unwrap();
        let tx = Transaction::new(crate::model::Message::STATUS_LABELLED)
            .with(added.clone())
            .with(renamed.clone())
            .with(
                Edit::set_document_meta(&p, &doc("b"), |m| {
                    m.outlet = OutletId("o3".into());
                    m.author = "كاتب".into();
                    m.url = "https://example.org".into();
                    m.language = "ar".into();
                })
                .unwrap(),
            );
        tx.apply_checked(&mut p).unwrap();
        assert_eq!(p.outlet_name(&p.documents[1].outlet), "راديو");
        assert!(matches!(
            added.apply(&mut p),
            Err(EditError::RecordExists {
                kind: RecordKind::Outlet,
                ..
            })
        ));
        assert!(matches!(
            renamed.apply(&mut p),
            Err(EditError::StaleRecord {
                kind: RecordKind::Entity,
                ..
            })
        ));
        tx.inverse().apply(&mut p).unwrap();
        assert_eq!(p, start);
        let missing = Edit::RemoveEntity {
            entity: Entity::new(entity_id("zz"), "z", LabelId("PER".into())),
        };
        assert!(matches!(
            missing.apply(&mut p),
            Err(EditError::MissingRecord { .. })
        ));
        let Edit::ReplaceEntity { before, mut after } = renamed else {
            unreachable!()
        };
        after.id = entity_id("other");
        assert!(matches!(
            Edit::ReplaceEntity { before, after }.apply(&mut p),
            Err(EditError::RecordIdChanged { .. })
        ));
        assert_eq!(p, start);
    }
}
