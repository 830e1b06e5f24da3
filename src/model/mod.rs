//! Pure project data and its invariants: documents, their metadata and outlets, the label
//! schema, the spans analysts mark, the entities mentions refer to, the claims of each document
//! and the clusters gathering them across outlets, and the edits (with their inverses) that
//! change all of these. No I/O and no egui here; `store/` reads and writes these types, `ui/`
//! displays them.
//!
//! Offsets into a document's text are char offsets `[start, end)` (see [`span`]).
//!
//! | module          | owns                                                                   |
//! |-----------------|------------------------------------------------------------------------|
//! | [`document`]    | [`Document`], [`DocId`], [`DocumentMeta`], [`BaseDirection`], [`Extraction`] |
//! | [`outlet`]      | [`Outlet`], [`OutletId`] (empty = unknown outlet)                      |
//! | [`schema`]      | [`Schema`], [`Label`], [`LabelId`], [`Rgb`]                            |
//! | [`doc_labels`]  | document categories ([`Category`], [`Choice`]) and a document's [`DocLabel`]s |
//! | [`id`]          | the random ID scheme shared by spans, entities, claims, clusters, outlets |
//! | [`span`]        | [`Span`] (optionally a mention of an entity), [`SpanId`]               |
//! | [`stamp`]       | [`Stamp`]: who made a span or claim, when made and last changed        |
//! | [`entity`]      | [`Entity`] (canonical name, kind, sorted aliases), [`EntityId`]        |
//! | [`claim`]       | [`Claim`] (content, [`Claimant`], cue, polarity, certainty, …), [`ClaimId`] |
//! | [`cluster`]     | [`Cluster`] of [`ClusterMember`]s with a [`Relation`], [`ClusterId`]   |
//! | [`annotations`] | [`Annotations`]: spans (reading order), claims and relations (by ID) per document |
//! | [`relation`]    | [`SpanRelation`] between two spans (maybe of two documents), [`RelationType`] of the schema |
//! | [`edit`]        | [`Edit`] with its inverse, [`Transaction`] (all or nothing)            |
//! | [`description`] | [`Description`]: what a transaction is called, a catalogue [`Message`] said when shown |
//! | [`compound`]    | merge/split entities, remove a span or claim with what depends on it, leave or delete a cluster |
//! | [`history`]     | [`History`]: undo/redo across documents, revisions, dirty flag         |
//! | [`suggestion`]  | [`SuggestionFeedback`]: suggesters switched off, suggestions rejected, the project's reporting cues |
//! | [`views`]       | queries for views: mentions per entity and outlet, clusters × outlets  |
//! | [`notation`]    | the test notation `"قال [PER|محمد] إن"`                                |
//! | [`project`]     | [`Project`], [`BrokenReference`]                                       |
//! | [`problems`]    | what does not hold together (references, spans, relations) said in the interface's language |

pub mod annotations;
pub mod claim;
pub mod cluster;
pub mod compound;
pub mod description;
pub mod doc_labels;
pub mod document;
pub mod edit;
pub mod entity;
pub mod history;
pub mod id;
pub mod import_warning;
pub mod notation;
pub mod outlet;
pub mod problems;
pub mod project;
pub mod relation;
pub mod schema;
pub mod span;
pub mod stamp;
pub mod suggestion;
pub mod views;

pub use annotations::{AnnotationError, Annotations, DocVersion};
pub use claim::{Certainty, Claim, ClaimId, Claimant, Polarity, QuoteMode};
pub use cluster::{Cluster, ClusterId, ClusterMember, Rating, Relation, Verdict};
pub use compound::{
    delete_cluster, leave_cluster, merge_entities, remove_claim_with_dependents,
    remove_span_with_dependents, split_entity,
};
pub use description::{Description, Message};
pub use doc_labels::{Category, CategoryId, CategoryValue, Choice, DocLabel, DocLabels, ValueId};
pub use document::{BaseDirection, DocId, Document, DocumentMeta, Extraction};
pub use edit::{Edit, EditError, RecordKind, Transaction};
pub use entity::{Entity, EntityId};
pub use history::History;
pub use import_warning::{EncodingGuess, GuessCertainty, ImportWarning};
pub use outlet::{Outlet, OutletId};
pub use project::{BrokenReference, Project};
pub use relation::{
    RelationId, RelationProblem, RelationType, RelationTypeId, SpanRelation, relation_problem,
    remove_relation_type_with_uses,
};
pub use schema::{Label, LabelId, Rgb, Schema};
pub use span::{Span, SpanId, SpanShapeProblem, merge_overlapping};
pub use stamp::Stamp;
pub use suggestion::{Rejection, ReportingCue, SuggestionFeedback};
pub use views::{ClaimMatrix, MatrixEntry, MatrixRow, claim_matrix, mention_counts};
