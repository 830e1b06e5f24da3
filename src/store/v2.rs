//! Format version 2 of the project file and of annotation files, as their own types.
//!
//! Version 2 adds to version 1 the project's outlets (documents name theirs by ID), its entities
//! and its clusters of claims, a document's author, URL and language, a span's entity, and the
//! claims of each document (beside its spans, in the document's annotation file).
//!
//! Project files, annotation files and the journal are read with these types and brought forward
//! to version 3 (`v3`). Version 3 of the project file keeps this version's outlets, schema,
//! entities and clusters as they are, so their types and conversions here are version 3's too.
//!
//! These types *are* the file format: they do not reuse the `model` types, so changing the model
//! can never silently change what a version-2 file looks like or how it is read. The conversions
//! destructure every model struct without `..`, so a field added to the model fails to compile
//! here until someone decides how the file stores it (usually: a new format version).
//!
//! Project-wide records (outlets, entities, clusters) and claims are written sorted by ID,
//! aliases and cluster members sorted, so that two analysts adding records apart get them in one
//! order and a merge of their files conflicts only where they changed the same record.
//!
//! Unknown fields are refused rather than ignored, because ignoring them would drop their
//! content on the next save. Fields that have an obvious default may be left out.

use std::collections::{BTreeMap, btree_map};

use serde::{Deserialize, Serialize};

use super::error::ProjectProblem;
use super::v3;
use crate::model::entity::normalise_list;
use crate::model::{
    BaseDirection, ClaimId, Cluster, ClusterId, ClusterMember, DocId, Entity, EntityId, Label,
    LabelId, RecordKind, Relation, Rgb, Schema,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ProjectFile", deny_unknown_fields)]
pub(super) struct ProjectFile {
    pub version: u32,
    pub name: String,
    pub corpus_dir: String,
    #[serde(default)]
    pub outlets: Vec<OutletV2>,
    pub documents: Vec<DocumentV2>,
    pub schema: SchemaV2,
    #[serde(default)]
    pub entities: Vec<EntityV2>,
    #[serde(default)]
    pub clusters: Vec<ClusterV2>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Outlet", deny_unknown_fields)]
pub(super) struct OutletV2 {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub affiliation: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Document", deny_unknown_fields)]
pub(super) struct DocumentV2 {
    pub id: String,
    pub path: String,
    pub sha256: String,
    pub encoding: String,
    pub title: String,
    /// An outlet ID of the project; empty when unknown.
    #[serde(default)]
    pub outlet: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub language: String,
    #[serde(default)]
    pub base_direction: BaseDirectionV2,
    pub char_len: usize,
    #[serde(default)]
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "BaseDirection")]
pub(super) enum BaseDirectionV2 {
    #[default]
    Auto,
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Schema", deny_unknown_fields)]
pub(super) struct SchemaV2 {
    pub labels: Vec<LabelV2>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Label", deny_unknown_fields)]
pub(super) struct LabelV2 {
    pub id: String,
    pub name: String,
    /// sRGB, written `(r, g, b)`.
    pub colour: (u8, u8, u8),
    #[serde(default)]
    pub key: Option<char>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Entity", deny_unknown_fields)]
pub(super) struct EntityV2 {
    pub id: String,
    pub name: String,
    /// A label ID of the schema.
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub external_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Cluster", deny_unknown_fields)]
pub(super) struct ClusterV2 {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub members: Vec<ClusterMemberV2>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ClusterMember", deny_unknown_fields)]
pub(super) struct ClusterMemberV2 {
    pub doc: String,
    pub claim: String,
    pub relation: RelationV2,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Relation")]
pub(super) enum RelationV2 {
    Reports,
    Supports,
    Contradicts,
    Denies,
}

/// An annotation file: one document's spans and claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "AnnotationsFile", deny_unknown_fields)]
pub(super) struct AnnotationsFile {
    pub version: u32,
    pub document: String,
    pub spans: Vec<SpanV2>,
    #[serde(default)]
    pub claims: Vec<ClaimV2>,
}

/// One document's spans and claims in the journal, as in its annotation file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Annotations", deny_unknown_fields)]
pub(super) struct DocAnnotationsV2 {
    pub spans: Vec<SpanV2>,
    #[serde(default)]
    pub claims: Vec<ClaimV2>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Span", deny_unknown_fields)]
pub(super) struct SpanV2 {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub quote: String,
    /// An entity ID of the project.
    #[serde(default)]
    pub entity: Option<String>,
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    #[serde(default)]
    pub note: String,
    /// Context before and after the span, for re-anchoring; left out when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suffix: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Claim", deny_unknown_fields)]
pub(super) struct ClaimV2 {
    pub id: String,
    /// A span ID of the same document.
    pub content: String,
    pub claimant: ClaimantV2,
    #[serde(default)]
    pub cue: Option<String>,
    pub polarity: PolarityV2,
    pub certainty: CertaintyV2,
    pub quote_mode: QuoteModeV2,
    #[serde(default)]
    pub statement_date: String,
    #[serde(default)]
    pub note: String,
    /// A claim ID of the same document.
    #[serde(default)]
    pub parent: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Claimant")]
pub(super) enum ClaimantV2 {
    Entity(String),
    Mention(String),
    Anonymous,
    Outlet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Polarity")]
pub(super) enum PolarityV2 {
    Asserts,
    Denies,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Certainty")]
pub(super) enum CertaintyV2 {
    Certain,
    Probable,
    Possible,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "QuoteMode")]
pub(super) enum QuoteModeV2 {
    Direct,
    Indirect,
    Mixed,
}

impl ProjectFile {
    pub const VERSION: u32 = 2;
}

/// `records` converted and keyed by their IDs, which must be non-empty and unique.
pub(super) fn by_id<F, T, K: Ord + From<String>>(
    kind: RecordKind,
    records: Vec<F>,
    convert: impl Fn(F) -> T,
    id: impl Fn(&T) -> String,
) -> Result<BTreeMap<K, T>, ProjectProblem> {
    let mut map = BTreeMap::new();
    for record in records {
        let record = convert(record);
        let key = id(&record);
        if key.is_empty() {
            return Err(ProjectProblem::EmptyRecordId { kind });
        }
        match map.entry(K::from(key.clone())) {
            btree_map::Entry::Occupied(_) => {
                return Err(ProjectProblem::DuplicateRecordId { kind, id: key });
            }
            btree_map::Entry::Vacant(slot) => {
                slot.insert(record);
            }
        }
    }
    Ok(map)
}

impl BaseDirectionV2 {
    pub(super) fn from_model(direction: BaseDirection) -> Self {
        match direction {
            BaseDirection::Auto => Self::Auto,
            BaseDirection::Ltr => Self::Ltr,
            BaseDirection::Rtl => Self::Rtl,
        }
    }

    pub(super) fn into_model(self) -> BaseDirection {
        match self {
            Self::Auto => BaseDirection::Auto,
            Self::Ltr => BaseDirection::Ltr,
            Self::Rtl => BaseDirection::Rtl,
        }
    }
}

impl SchemaV2 {
    pub fn from_model(schema: &Schema) -> Self {
        // Document categories and relation types came with version 4.
        let Schema {
            labels,
            document_categories: _,
            relation_types: _,
        } = schema;
        Self {
            labels: labels.iter().map(LabelV2::from_model).collect(),
        }
    }

    pub fn into_model(self) -> Schema {
        let Self { labels } = self;
        Schema {
            labels: labels.into_iter().map(LabelV2::into_model).collect(),
            document_categories: Vec::new(),
            relation_types: Vec::new(),
        }
    }
}

impl LabelV2 {
    fn from_model(label: &Label) -> Self {
        let Label {
            id,
            name,
            colour: Rgb(r, g, b),
            key,
            description,
        } = label;
        Self {
            id: id.0.clone(),
            name: name.clone(),
            colour: (*r, *g, *b),
            key: *key,
            description: description.clone(),
        }
    }

    fn into_model(self) -> Label {
        let Self {
            id,
            name,
            colour: (r, g, b),
            key,
            description,
        } = self;
        Label {
            id: LabelId(id),
            name,
            colour: Rgb(r, g, b),
            key,
            description,
        }
    }
}

impl EntityV2 {
    pub(super) fn from_model(entity: &Entity) -> Self {
        let Entity {
            id,
            name,
            kind,
            aliases,
            note,
            external_id,
        } = entity;
        Self {
            id: id.0.clone(),
            name: name.clone(),
            kind: kind.0.clone(),
            aliases: aliases.clone(),
            note: note.clone(),
            external_id: external_id.clone(),
        }
    }

    pub(super) fn into_model(self) -> Entity {
        let Self {
            id,
            name,
            kind,
            mut aliases,
            note,
            external_id,
        } = self;
        normalise_list(&mut aliases);
        Entity {
            id: EntityId(id),
            name,
            kind: LabelId(kind),
            aliases,
            note,
            external_id,
        }
    }
}

impl ClusterV2 {
    pub(super) fn from_model(cluster: &Cluster) -> Self {
        let Cluster {
            id,
            name,
            note,
            members,
            // Version 2 has no verdicts; version 3 writes them beside this record's fields.
            verdict: _,
        } = cluster;
        Self {
            id: id.0.clone(),
            name: name.clone(),
            note: note.clone(),
            members: members
                .iter()
                .map(|member| {
                    let ClusterMember {
                        doc,
                        claim,
                        relation,
                    } = member;
                    ClusterMemberV2 {
                        doc: doc.0.clone(),
                        claim: claim.0.clone(),
                        relation: RelationV2::from_model(*relation),
                    }
                })
                .collect(),
        }
    }

    pub(super) fn into_model(self) -> Cluster {
        let Self {
            id,
            name,
            note,
            members,
        } = self;
        let mut cluster = Cluster {
            id: ClusterId(id),
            name,
            note,
            verdict: None,
            members: members
                .into_iter()
                .map(|member| {
                    let ClusterMemberV2 {
                        doc,
                        claim,
                        relation,
                    } = member;
                    ClusterMember {
                        doc: DocId(doc),
                        claim: ClaimId(claim),
                        relation: relation.into_model(),
                    }
                })
                .collect(),
        };
        cluster.normalise();
        cluster
    }
}

impl RelationV2 {
    fn from_model(relation: Relation) -> Self {
        match relation {
            Relation::Reports => Self::Reports,
            Relation::Supports => Self::Supports,
            Relation::Contradicts => Self::Contradicts,
            Relation::Denies => Self::Denies,
        }
    }

    fn into_model(self) -> Relation {
        match self {
            Self::Reports => Relation::Reports,
            Self::Supports => Relation::Supports,
            Self::Contradicts => Relation::Contradicts,
            Self::Denies => Relation::Denies,
        }
    }
}

impl AnnotationsFile {
    pub const VERSION: u32 = 2;

    /// Version 2 → 3: the same spans and claims, with no annotator or times recorded.
    pub fn into_v3(self) -> v3::AnnotationsFile {
        let Self {
            version: _,
            document,
            spans,
            claims,
        } = self;
        v3::AnnotationsFile {
            version: v3::AnnotationsFile::VERSION,
            document,
            spans: spans.into_iter().map(SpanV2::into_v3).collect(),
            claims: claims.into_iter().map(ClaimV2::into_v3).collect(),
        }
    }
}

impl DocAnnotationsV2 {
    /// Version 2 → 3, as [`AnnotationsFile::into_v3`].
    pub fn into_v3(self) -> v3::DocAnnotationsV3 {
        let Self { spans, claims } = self;
        v3::DocAnnotationsV3 {
            spans: spans.into_iter().map(SpanV2::into_v3).collect(),
            claims: claims.into_iter().map(ClaimV2::into_v3).collect(),
        }
    }
}

impl SpanV2 {
    fn into_v3(self) -> v3::SpanV3 {
        let Self {
            id,
            start,
            end,
            label,
            quote,
            entity,
            attributes,
            note,
            prefix,
            suffix,
        } = self;
        v3::SpanV3 {
            id,
            start,
            end,
            label,
            quote,
            entity,
            attributes,
            note,
            prefix,
            suffix,
            annotator: String::new(),
            created: String::new(),
            modified: String::new(),
        }
    }
}

impl ClaimV2 {
    fn into_v3(self) -> v3::ClaimV3 {
        let Self {
            id,
            content,
            claimant,
            cue,
            polarity,
            certainty,
            quote_mode,
            statement_date,
            note,
            parent,
        } = self;
        v3::ClaimV3 {
            id,
            content,
            claimant,
            cue,
            polarity,
            certainty,
            quote_mode,
            statement_date,
            note,
            parent,
            annotator: String::new(),
            created: String::new(),
            modified: String::new(),
        }
    }
}
