//! Relations between spans: a typed arrow from one span to another (a claim and the evidence
//! offered for it, a spokesman and the body he speaks for, two mentions of one unnamed source).
//!
//! * The types are part of the schema ([`crate::model::Schema::relation_types`]): each has a
//!   stable ID, a name, a colour, an optional key, whether it has a direction, and which labels
//!   may be its source and its target (an empty list allows any label).
//! * A [`SpanRelation`] names its two spans by ID. Span IDs are unique across the project, so the
//!   target may lie in another document (a claim in one article contradicting one in another).
//! * A relation is kept with its **source** span's document ([`Annotations::relations`]) and
//!   saved in that document's annotation file, so the files of two documents stay independent
//!   even when a relation joins them.
//! * [`Annotations::relations_of_span`] finds the relations at either end of a span, in any
//!   document; [`Annotations::relations_touching`] those a document's view shows.
//!
//! The rules a new relation follows (both spans exist, the type exists and allows their labels,
//! no relation from a span to itself, no second relation of a type between the same spans) are
//! checked by [`crate::model::Edit::check`] through [`relation_problem`]. Existing relations
//! keep following their type's label rules: a relabel of one of their spans, or a change of the
//! type that would no longer allow a label at an end, is refused with the relation named (the
//! analyst deletes the relation first, so nothing is lost unseen); a type made undirected may
//! not turn two relations into one. Removing a type in use removes its relations with it, in one
//! transaction ([`remove_relation_type_with_uses`]).

pub mod edits;

pub use edits::remove_relation_type_with_uses;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::id::random_id;
use super::{Annotations, DocId, LabelId, Project, Rgb, SpanId, Stamp};

random_id!(
    /// Stable identifier of a relation, unique across the project (random, like span IDs).
    RelationId
);

/// Stable identifier of a relation type (e.g. `SUPPORTS`), written in relation records and used
/// as the type name in brat and JSON Lines. Renaming a type changes its `name`, never its ID.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RelationTypeId(pub String);

impl RelationTypeId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for RelationTypeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A kind of relation an analyst can draw, one entry of the schema's `relation_types`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RelationType {
    pub id: RelationTypeId,
    pub name: String,
    pub colour: Rgb,
    /// Keyboard key choosing this type while a relation is being made.
    #[serde(default)]
    pub key: Option<char>,
    /// Whether the relation reads from source to target («supports»); an undirected one («same
    /// as») reads the same both ways, so `a → b` and `b → a` are one relation.
    pub directed: bool,
    /// Labels a source span may carry; empty allows any.
    #[serde(default)]
    pub sources: Vec<LabelId>,
    /// Labels a target span may carry; empty allows any.
    #[serde(default)]
    pub targets: Vec<LabelId>,
    #[serde(default)]
    pub description: String,
}

impl RelationType {
    /// A directed type allowing any labels at both ends, with no key.
    pub fn new(id: &str, name: &str, colour: Rgb) -> Self {
        Self {
            id: RelationTypeId(id.to_owned()),
            name: name.to_owned(),
            colour,
            key: None,
            directed: true,
            sources: Vec::new(),
            targets: Vec::new(),
            description: String::new(),
        }
    }

    /// Whether a span labelled `label` may be the source.
    pub fn allows_source(&self, label: &LabelId) -> bool {
        self.sources.is_empty() || self.sources.contains(label)
    }

    /// Whether a span labelled `label` may be the target.
    pub fn allows_target(&self, label: &LabelId) -> bool {
        self.targets.is_empty() || self.targets.contains(label)
    }

    /// Whether a span labelled `label` may be at `end`.
    pub fn allows(&self, end: End, label: &LabelId) -> bool {
        match end {
            End::Source => self.allows_source(label),
            End::Target => self.allows_target(label),
        }
    }
}

/// The relation types a new project starts with: supports, contradicts and evidence for
/// (between claims, or from anything to a claim), speaks for (a person or claimant for a body),
/// same as (two mentions of one source, undirected). Keys are letters, as label keys are digits.
pub fn default_relation_types() -> Vec<RelationType> {
    let claim = || vec![LabelId(super::schema::CLAIM_LABEL.to_owned())];
    let labels = |ids: &[&str]| ids.iter().map(|id| LabelId((*id).to_owned())).collect();
    vec![
        RelationType {
            key: Some('s'),
            sources: claim(),
            targets: claim(),
            description: "One claim supports another.".to_owned(),
            ..RelationType::new("SUPPORTS", "Supports", Rgb(40, 150, 90))
        },
        RelationType {
            key: Some('c'),
            sources: claim(),
            targets: claim(),
            description: "One claim contradicts or denies another.".to_owned(),
            ..RelationType::new("CONTRADICTS", "Contradicts", Rgb(210, 60, 60))
        },
        RelationType {
            key: Some('e'),
            targets: claim(),
            description: "A span offered as evidence for a claim.".to_owned(),
            ..RelationType::new("EVIDENCE", "Evidence for", Rgb(200, 140, 30))
        },
        RelationType {
            key: Some('p'),
            sources: labels(&["PER", "CLAIMANT"]),
            targets: labels(&["ORG", "ARMED", "GPE", "CLAIMANT"]),
            description: "A spokesperson speaks for a body.".to_owned(),
            ..RelationType::new("SPEAKS_FOR", "Speaks for", Rgb(70, 120, 210))
        },
        RelationType {
            key: Some('m'),
            directed: false,
            description: "Two mentions of one source or thing.".to_owned(),
            ..RelationType::new("SAME_AS", "Same as", Rgb(130, 130, 130))
        },
    ]
}

/// One relation: `source` → `target`, of type `kind`. Both ends are span IDs; the target may be
/// a span of another document than the source's (a cross-document relation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanRelation {
    pub id: RelationId,
    /// A relation type ID of the schema.
    pub kind: RelationTypeId,
    /// A span of the document the relation is kept with.
    pub source: SpanId,
    /// A span of the same or another document.
    pub target: SpanId,
    pub note: String,
    /// Who made it and when; filled by the workspace as edits are applied.
    pub stamp: Stamp,
}

impl SpanRelation {
    /// A relation with no note and no stamp.
    pub fn new(id: RelationId, kind: RelationTypeId, source: SpanId, target: SpanId) -> Self {
        Self {
            id,
            kind,
            source,
            target,
            note: String::new(),
            stamp: Stamp::default(),
        }
    }

    /// Whether `self` and `other` join the same spans with the same type: the same ends, or
    /// for an undirected type the same ends either way round.
    pub fn same_link(&self, other: &SpanRelation, directed: bool) -> bool {
        self.kind == other.kind
            && ((self.source == other.source && self.target == other.target)
                || (!directed && self.source == other.target && self.target == other.source))
    }

    /// The other end of the relation seen from `span` (`None` when `span` is neither end).
    pub fn other_end(&self, span: &SpanId) -> Option<&SpanId> {
        if &self.source == span {
            Some(&self.target)
        } else if &self.target == span {
            Some(&self.source)
        } else {
            None
        }
    }
}

/// Why a relation (or a relation type) cannot be added, changed or removed. Nothing changed.
/// Said in the interface's language when shown ([`super::problems`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RelationProblem {
    EmptyId,
    DuplicateId {
        id: RelationId,
        doc: DocId,
    },
    Missing {
        id: RelationId,
        doc: DocId,
    },
    Stale {
        id: RelationId,
        doc: DocId,
    },
    IdChanged {
        before: RelationId,
        after: RelationId,
    },
    MissingSource {
        id: RelationId,
        doc: DocId,
        span: SpanId,
    },
    MissingTarget {
        id: RelationId,
        span: SpanId,
    },
    UnknownType {
        kind: RelationTypeId,
    },
    SourceLabel {
        kind: RelationTypeId,
        label: LabelId,
    },
    TargetLabel {
        kind: RelationTypeId,
        label: LabelId,
    },
    SelfRelation {
        span: SpanId,
    },
    Duplicate {
        existing: RelationId,
        kind: RelationTypeId,
    },
    SpanInUse {
        span: SpanId,
        relations: Vec<RelationId>,
    },
    TypeIndex {
        index: usize,
        len: usize,
    },
    StaleType {
        index: usize,
    },
    TypeExists {
        kind: RelationTypeId,
    },
    TypeIdChanged {
        before: RelationTypeId,
        after: RelationTypeId,
    },
    EmptyTypeId,
    BadTypeName {
        name: String,
        problem: super::schema::LabelNameProblem,
    },
    TypeInUse {
        kind: RelationTypeId,
        relations: usize,
    },
    LabelAllowed {
        label: LabelId,
        kind: RelationTypeId,
        end: End,
    },
    /// Boxed: the details are many, and the error travels inside others.
    RelabelBreaks(Box<RelabelBreak>),
    TypeNarrowed {
        kind: RelationTypeId,
        relations: usize,
        label: LabelId,
        end: End,
    },
    TypeBothWays {
        kind: RelationTypeId,
        first: RelationId,
        second: RelationId,
    },
}

/// A relabel refused because a relation at the span would no longer follow its type (said as
/// [`RelationProblem`] is).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RelabelBreak {
    pub span: SpanId,
    pub label: LabelId,
    pub relation: RelationId,
    /// The relation type's name.
    pub kind_name: String,
    pub end: End,
}

/// One end of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum End {
    Source,
    Target,
}

/// Whether `relation`, kept with `doc`, may be added to `project` (or replace `before`): both
/// spans exist, the source in `doc`, the type exists and allows their labels, the ends differ,
/// and no other relation of the type joins the same spans. A relation read with a type or
/// labels the schema no longer allows may still get a note: only what changes is checked.
pub fn relation_problem(
    project: &Project,
    doc: &DocId,
    before: Option<&SpanRelation>,
    relation: &SpanRelation,
) -> Option<RelationProblem> {
    if relation.id.is_empty() {
        return Some(RelationProblem::EmptyId);
    }
    let ends_changed = before.is_none_or(|b| {
        (&b.kind, &b.source, &b.target) != (&relation.kind, &relation.source, &relation.target)
    });
    if !ends_changed {
        return None;
    }
    if relation.source == relation.target {
        return Some(RelationProblem::SelfRelation {
            span: relation.source.clone(),
        });
    }
    let annotations = &project.annotations;
    let Some(source) = annotations.get(doc, &relation.source) else {
        return Some(RelationProblem::MissingSource {
            id: relation.id.clone(),
            doc: doc.clone(),
            span: relation.source.clone(),
        });
    };
    let Some((_, target)) = annotations.find(&relation.target) else {
        return Some(RelationProblem::MissingTarget {
            id: relation.id.clone(),
            span: relation.target.clone(),
        });
    };
    let Some(kind) = project.schema.relation_type(&relation.kind) else {
        return Some(RelationProblem::UnknownType {
            kind: relation.kind.clone(),
        });
    };
    if !kind.allows_source(&source.label) {
        return Some(RelationProblem::SourceLabel {
            kind: kind.id.clone(),
            label: source.label.clone(),
        });
    }
    if !kind.allows_target(&target.label) {
        return Some(RelationProblem::TargetLabel {
            kind: kind.id.clone(),
            label: target.label.clone(),
        });
    }
    annotations
        .relations_of_span(&relation.source)
        .find(|(_, other)| other.id != relation.id && other.same_link(relation, kind.directed))
        .map(|(_, existing)| RelationProblem::Duplicate {
            existing: existing.id.clone(),
            kind: kind.id.clone(),
        })
}

/// Where relations live inside [`Annotations`]: each document's relations (kept with its
/// spans, sorted by ID) and two indexes that are functions of them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct RelationIndex {
    /// The document each relation is kept with.
    pub(super) by_id: std::collections::HashMap<RelationId, DocId>,
    /// The relations at each span, at either end.
    pub(super) by_span: BTreeMap<SpanId, BTreeSet<RelationId>>,
}

impl RelationIndex {
    fn add(&mut self, doc: &DocId, relation: &SpanRelation) {
        self.by_id.insert(relation.id.clone(), doc.clone());
        for end in [&relation.source, &relation.target] {
            self.by_span
                .entry(end.clone())
                .or_default()
                .insert(relation.id.clone());
        }
    }

    fn forget(&mut self, relation: &SpanRelation) {
        self.by_id.remove(&relation.id);
        for end in [&relation.source, &relation.target] {
            if let Some(ids) = self.by_span.get_mut(end) {
                ids.remove(&relation.id);
                if ids.is_empty() {
                    self.by_span.remove(end);
                }
            }
        }
    }
}

impl Annotations {
    /// Total number of relations.
    pub fn relation_count(&self) -> usize {
        self.relation_index.by_id.len()
    }

    /// The relations kept with `doc` (those whose source is a span of `doc`), sorted by ID.
    pub fn relations(&self, doc: &DocId) -> &[SpanRelation] {
        self.by_doc
            .get(doc)
            .map_or(&[], |entry| entry.relations.as_slice())
    }

    /// Every relation with the document it is kept with, by document then ID.
    pub fn all_relations(&self) -> impl Iterator<Item = (&DocId, &SpanRelation)> {
        self.by_doc
            .iter()
            .flat_map(|(doc, entry)| entry.relations.iter().map(move |r| (doc, r)))
    }

    /// The relation `id` of `doc`.
    pub fn relation(&self, doc: &DocId, id: &RelationId) -> Option<&SpanRelation> {
        let relations = self.relations(doc);
        relations
            .binary_search_by(|r| r.id.cmp(id))
            .ok()
            .map(|at| &relations[at])
    }

    /// The relation with this ID and the document it is kept with.
    pub fn find_relation(&self, id: &RelationId) -> Option<(&DocId, &SpanRelation)> {
        let doc = self.relation_index.by_id.get(id)?;
        Some((doc, self.relation(doc, id)?))
    }

    /// The relations with `span` at either end, in any document, by ID.
    pub fn relations_of_span(
        &self,
        span: &SpanId,
    ) -> impl Iterator<Item = (&DocId, &SpanRelation)> {
        self.relation_index
            .by_span
            .get(span)
            .into_iter()
            .flatten()
            .filter_map(|id| self.find_relation(id))
    }

    /// The relations a view of `doc` shows: those kept with it and those from other documents
    /// ending at one of its spans; each once, by ID.
    pub fn relations_touching<'a>(&'a self, doc: &'a DocId) -> Vec<(&'a DocId, &'a SpanRelation)> {
        let mut found: BTreeMap<&RelationId, (&DocId, &SpanRelation)> = self
            .relations(doc)
            .iter()
            .map(|r| (&r.id, (doc, r)))
            .collect();
        for span in self.spans(doc) {
            for (other_doc, relation) in self.relations_of_span(&span.id) {
                found.entry(&relation.id).or_insert((other_doc, relation));
            }
        }
        found.into_values().collect()
    }

    /// Why `relation` cannot be kept with `doc`: an empty ID or one already in use.
    fn relation_refusal(&self, relation: &SpanRelation) -> Option<RelationProblem> {
        if relation.id.is_empty() {
            return Some(RelationProblem::EmptyId);
        }
        self.relation_index
            .by_id
            .get(&relation.id)
            .map(|existing| RelationProblem::DuplicateId {
                id: relation.id.clone(),
                doc: existing.clone(),
            })
    }

    /// Adds `relation` to `doc` in its sorted place.
    pub fn insert_relation(
        &mut self,
        doc: DocId,
        relation: SpanRelation,
    ) -> Result<(), RelationProblem> {
        if let Some(refusal) = self.relation_refusal(&relation) {
            return Err(refusal);
        }
        self.relation_index.add(&doc, &relation);
        let relations = &mut Arc::make_mut(self.by_doc.entry(doc).or_default()).relations;
        let at = relations.partition_point(|r| r.id < relation.id);
        relations.insert(at, relation);
        Ok(())
    }

    /// Why [`Annotations::insert_relations`] would refuse `relations` for `doc`: an empty ID,
    /// or one used twice or already in use.
    pub fn relations_refusal(
        &self,
        doc: &DocId,
        relations: &[SpanRelation],
    ) -> Option<RelationProblem> {
        let mut seen = BTreeSet::new();
        relations.iter().find_map(|relation| {
            self.relation_refusal(relation).or_else(|| {
                (!seen.insert(&relation.id)).then(|| RelationProblem::DuplicateId {
                    id: relation.id.clone(),
                    doc: doc.clone(),
                })
            })
        })
    }

    /// Adds a document's relations at once (as read from its file); nothing changed when one is
    /// refused.
    pub fn insert_relations(
        &mut self,
        doc: &DocId,
        relations: Vec<SpanRelation>,
    ) -> Result<(), RelationProblem> {
        if let Some(refusal) = self.relations_refusal(doc, &relations) {
            return Err(refusal);
        }
        for relation in relations {
            self.insert_relation(doc.clone(), relation)?;
        }
        Ok(())
    }

    /// Removes the relation `id` of `doc` and returns it.
    pub fn remove_relation(
        &mut self,
        doc: &DocId,
        id: &RelationId,
    ) -> Result<SpanRelation, RelationProblem> {
        let missing = || RelationProblem::Missing {
            id: id.clone(),
            doc: doc.clone(),
        };
        let at = self
            .relations(doc)
            .binary_search_by(|r| r.id.cmp(id))
            .map_err(|_| missing())?;
        let entry = Arc::make_mut(self.by_doc.get_mut(doc).ok_or_else(missing)?);
        let relation = entry.relations.remove(at);
        if entry.is_empty() {
            self.by_doc.remove(doc);
        }
        self.relation_index.forget(&relation);
        Ok(relation)
    }

    /// Replaces the relation of `doc` that has `relation.id` (type, ends, note) and returns the
    /// previous one.
    pub fn replace_relation(
        &mut self,
        doc: &DocId,
        relation: SpanRelation,
    ) -> Result<SpanRelation, RelationProblem> {
        let missing = || RelationProblem::Missing {
            id: relation.id.clone(),
            doc: doc.clone(),
        };
        let at = self
            .relations(doc)
            .binary_search_by(|r| r.id.cmp(&relation.id))
            .map_err(|_| missing())?;
        let entry = Arc::make_mut(self.by_doc.get_mut(doc).ok_or_else(missing)?);
        let previous = std::mem::replace(&mut entry.relations[at], relation);
        self.relation_index.forget(&previous);
        self.relation_index.add(doc, &entry.relations[at]);
        Ok(previous)
    }

    /// How many relations (in any document) are of type `kind`.
    pub fn count_relation_type(&self, kind: &RelationTypeId) -> usize {
        self.all_relations()
            .filter(|(_, r)| &r.kind == kind)
            .count()
    }
}

#[cfg(test)]
mod tests;
