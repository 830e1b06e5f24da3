//! A project: where its corpus lives, what each article is, the label schema, the outlets and
//! entities the articles talk about, the spans and claims, and the clusters of claims.

use std::collections::{BTreeMap, HashSet};

use super::{
    Annotations, ClaimId, Claimant, Cluster, ClusterId, DocId, Document, Entity, EntityId, LabelId,
    Outlet, OutletId, Schema, SpanId, SuggestionFeedback,
};

/// The in-memory project. `store::project_file` maps it to and from the versioned RON file;
/// `store::annotations_file` maps `annotations` to and from the folder beside it.
///
/// Every reference between its parts resolves in a project changed only by checked edits
/// ([`crate::model::Edit::check`]); a project read from files merged by hand may break that, and
/// [`Project::broken_references`] says where.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Project {
    pub name: String,
    /// The corpus folder as written in the project file: relative to the project file's folder,
    /// or absolute when the analyst chose a folder elsewhere.
    pub corpus_dir: String,
    /// Documents in corpus order (sorted by path at import, then as the analyst arranges them).
    pub documents: Vec<Document>,
    pub schema: Schema,
    /// The outlets documents come from, by ID.
    pub outlets: BTreeMap<OutletId, Outlet>,
    /// The entities spans and claims refer to, by ID.
    pub entities: BTreeMap<EntityId, Entity>,
    /// Clusters of claims across documents, by ID.
    pub clusters: BTreeMap<ClusterId, Cluster>,
    /// Every span and claim of every document. Not written in the project file itself but one
    /// file per document in the folder beside it (see `store`).
    pub annotations: Annotations,
    /// What the analyst told the suggesters: which are off, which suggestions were rejected.
    pub suggestions: SuggestionFeedback,
}

/// A reference that does not resolve. Loading reports these (the data is kept as it is);
/// checked edits never make one. Said in the interface's language when shown
/// ([`super::problems`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, thiserror::Error)]
pub enum BrokenReference {
    DocumentOutlet {
        doc: DocId,
        outlet: OutletId,
    },
    EntityKind {
        entity: EntityId,
        kind: LabelId,
    },
    SpanEntity {
        doc: DocId,
        span: SpanId,
        entity: EntityId,
    },
    ClaimSpan {
        doc: DocId,
        claim: ClaimId,
        span: SpanId,
    },
    ClaimEntity {
        doc: DocId,
        claim: ClaimId,
        entity: EntityId,
    },
    ClaimParent {
        doc: DocId,
        claim: ClaimId,
        parent: ClaimId,
    },
    ClaimCycle {
        doc: DocId,
        claim: ClaimId,
    },
    ClusterMember {
        cluster: ClusterId,
        doc: DocId,
        claim: ClaimId,
    },
}

impl BrokenReference {
    /// The document whose annotation file holds the reference; `None` for references in the
    /// project file (a document's outlet, an entity's kind, a cluster's members).
    pub fn annotation_document(&self) -> Option<&DocId> {
        match self {
            Self::SpanEntity { doc, .. }
            | Self::ClaimSpan { doc, .. }
            | Self::ClaimEntity { doc, .. }
            | Self::ClaimParent { doc, .. }
            | Self::ClaimCycle { doc, .. } => Some(doc),
            Self::DocumentOutlet { .. } | Self::EntityKind { .. } | Self::ClusterMember { .. } => {
                None
            }
        }
    }
}

impl Project {
    pub fn document(&self, id: &DocId) -> Option<&Document> {
        self.documents.iter().find(|d| &d.id == id)
    }

    pub fn document_index(&self, id: &DocId) -> Option<usize> {
        self.documents.iter().position(|d| &d.id == id)
    }

    /// Documents that have spans but are not in the project (e.g. annotation files merged from a
    /// copy that imported more articles). Their spans are kept and saved; the UI lists them.
    pub fn orphan_annotations(&self) -> Vec<&DocId> {
        self.annotations
            .documents()
            .filter(|doc| self.document(doc).is_none())
            .collect()
    }

    pub fn outlet(&self, id: &OutletId) -> Option<&Outlet> {
        self.outlets.get(id)
    }

    /// What to show for the outlet `id`: its name; empty for the unknown outlet; the ID itself
    /// when the project lacks it.
    pub fn outlet_name<'a>(&'a self, id: &'a OutletId) -> &'a str {
        self.outlets
            .get(id)
            .map_or(id.as_str(), |o| o.name.as_str())
    }

    /// The outlet of document `doc` (the unknown outlet for a document not in the project).
    pub fn outlet_of(&self, doc: &DocId) -> OutletId {
        self.document(doc)
            .map_or_else(OutletId::unknown, |d| d.outlet.clone())
    }

    pub fn entity(&self, id: &EntityId) -> Option<&Entity> {
        self.entities.get(id)
    }

    pub fn cluster(&self, id: &ClusterId) -> Option<&Cluster> {
        self.clusters.get(id)
    }

    /// Every reference that does not resolve, in a stable order (see [`BrokenReference`]).
    pub fn broken_references(&self) -> Vec<BrokenReference> {
        let mut broken = Vec::new();
        for doc in &self.documents {
            if !doc.outlet.is_unknown() && !self.outlets.contains_key(&doc.outlet) {
                broken.push(BrokenReference::DocumentOutlet {
                    doc: doc.id.clone(),
                    outlet: doc.outlet.clone(),
                });
            }
        }
        for entity in self.entities.values() {
            if self.schema.label(&entity.kind).is_none() {
                broken.push(BrokenReference::EntityKind {
                    entity: entity.id.clone(),
                    kind: entity.kind.clone(),
                });
            }
        }
        for (doc, spans, claims) in self.annotations.iter_documents() {
            for span in spans {
                if let Some(entity) = &span.entity
                    && !self.entities.contains_key(entity)
                {
                    broken.push(BrokenReference::SpanEntity {
                        doc: doc.clone(),
                        span: span.id.clone(),
                        entity: entity.clone(),
                    });
                }
            }
            let span_ids: HashSet<&SpanId> = spans.iter().map(|s| &s.id).collect();
            for claim in claims {
                for span in claim.spans() {
                    if !span_ids.contains(span) {
                        broken.push(BrokenReference::ClaimSpan {
                            doc: doc.clone(),
                            claim: claim.id.clone(),
                            span: span.clone(),
                        });
                    }
                }
                if let Claimant::Entity(entity) = &claim.claimant
                    && !self.entities.contains_key(entity)
                {
                    broken.push(BrokenReference::ClaimEntity {
                        doc: doc.clone(),
                        claim: claim.id.clone(),
                        entity: entity.clone(),
                    });
                }
                match self.parent_problem(doc, &claim.id, claim.parent.as_ref()) {
                    Some(ParentProblem::Missing(parent)) => {
                        broken.push(BrokenReference::ClaimParent {
                            doc: doc.clone(),
                            claim: claim.id.clone(),
                            parent,
                        });
                    }
                    Some(ParentProblem::Cycle) => broken.push(BrokenReference::ClaimCycle {
                        doc: doc.clone(),
                        claim: claim.id.clone(),
                    }),
                    None => {}
                }
            }
        }
        for cluster in self.clusters.values() {
            for member in &cluster.members {
                if self.annotations.claim(&member.doc, &member.claim).is_none() {
                    broken.push(BrokenReference::ClusterMember {
                        cluster: cluster.id.clone(),
                        doc: member.doc.clone(),
                        claim: member.claim.clone(),
                    });
                }
            }
        }
        broken
    }

    /// What is wrong with giving the claim `claim` of `doc` the parent `parent`, the other claims
    /// being as they are: a parent the document lacks, or a chain of parents leading back to
    /// `claim`.
    pub(crate) fn parent_problem(
        &self,
        doc: &DocId,
        claim: &ClaimId,
        parent: Option<&ClaimId>,
    ) -> Option<ParentProblem> {
        let mut next = parent;
        // A chain longer than the number of claims has gone round in a circle (one that does not
        // pass through `claim`, read from a damaged file); stop there rather than loop.
        for _ in 0..=self.annotations.claims(doc).len() {
            let id = next?;
            if id == claim {
                return Some(ParentProblem::Cycle);
            }
            let Some(found) = self.annotations.claim(doc, id) else {
                return (next == parent).then(|| ParentProblem::Missing(id.clone()));
            };
            next = found.parent.as_ref();
        }
        None
    }
}

/// Why a claim cannot have a parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ParentProblem {
    Missing(ClaimId),
    Cycle,
}
