//! Format version 4 of project files, annotation files and the journal's annotations.
//!
//! - Project files: version 3 with the schema's relation types (`relation_types`: ID, name,
//!   colour, key, directed or not, the labels allowed at each end). Outlets, documents,
//!   entities, clusters and suggestions are version 3's types, which did not change, but for
//!   two fields: an outlet's other spellings (`aliases`) and a document's outlet as its source
//!   wrote it when that is an alias (`outlet_text`).
//! - Annotation files: version 3 with the document's relations (`relations`), each kept with the
//!   document of its source span; the target may be a span of another document; and the
//!   document's labels (`labels`: category, values, stamp). The schema has the document
//!   categories (`document_categories`); see [`doc_labels`].
//!
//! These types *are* the file format, as in `v3`: the conversions destructure every model struct
//! without `..`, so a field added to the model fails to compile here until someone decides how
//! the file stores it.
//!
//! The new fields are left out when empty, so a file migrated from version 3 gains no lines.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::annotations_file::DocFile;
use super::v2::{BaseDirectionV2, EntityV2, LabelV2, OutletV2, SchemaV2};
use super::v3::{ClaimV3, ClusterV3, DocumentV3, ExtractionV3, SpanV3, SuggestionsV3};
use crate::model::{
    Claim, DocId, DocLabels, LabelId, Outlet, OutletId, RelationId, RelationType, RelationTypeId,
    Rgb, Schema, Span, SpanId, SpanRelation, Stamp,
};

mod doc_labels;

pub(super) use doc_labels::CategoryV4;
use doc_labels::{DocLabelV4, labels_from_file, labels_to_file};

/// A project file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ProjectFile", deny_unknown_fields)]
pub(super) struct ProjectFile {
    pub version: u32,
    pub name: String,
    pub corpus_dir: String,
    #[serde(default)]
    pub outlets: Vec<OutletV4>,
    pub documents: Vec<DocumentV4>,
    pub schema: SchemaV4,
    #[serde(default)]
    pub entities: Vec<EntityV2>,
    #[serde(default)]
    pub clusters: Vec<ClusterV3>,
    #[serde(default, skip_serializing_if = "SuggestionsV3::is_empty")]
    pub suggestions: SuggestionsV3,
}

/// The schema: version 2's labels, and the relation types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Schema", deny_unknown_fields)]
pub(super) struct SchemaV4 {
    pub labels: Vec<LabelV2>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relation_types: Vec<RelationTypeV4>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub document_categories: Vec<CategoryV4>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "RelationType", deny_unknown_fields)]
pub(super) struct RelationTypeV4 {
    pub id: String,
    pub name: String,
    /// sRGB, written `(r, g, b)`.
    pub colour: (u8, u8, u8),
    #[serde(default)]
    pub key: Option<char>,
    pub directed: bool,
    /// Label IDs a source may carry; empty allows any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Label IDs a target may carry; empty allows any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl ProjectFile {
    pub const VERSION: u32 = 4;
}

impl SchemaV4 {
    /// Version 2's schema as version 4 writes it: no relation types.
    pub(super) fn from_v2(schema: SchemaV2) -> Self {
        let SchemaV2 { labels } = schema;
        Self {
            labels,
            relation_types: Vec::new(),
            document_categories: Vec::new(),
        }
    }

    pub(super) fn from_model(schema: &Schema) -> Self {
        let SchemaV2 { labels } = SchemaV2::from_model(schema);
        Self {
            labels,
            relation_types: schema
                .relation_types
                .iter()
                .map(RelationTypeV4::from_model)
                .collect(),
            document_categories: schema
                .document_categories
                .iter()
                .map(CategoryV4::from_model)
                .collect(),
        }
    }

    pub(super) fn into_model(self) -> Schema {
        let Self {
            labels,
            relation_types,
            document_categories,
        } = self;
        let mut schema = SchemaV2 { labels }.into_model();
        schema.document_categories = document_categories
            .into_iter()
            .map(CategoryV4::into_model)
            .collect();
        schema.relation_types = relation_types
            .into_iter()
            .map(RelationTypeV4::into_model)
            .collect();
        schema
    }
}

fn label_ids(ids: &[LabelId]) -> Vec<String> {
    ids.iter().map(|l| l.0.clone()).collect()
}

impl RelationTypeV4 {
    fn from_model(kind: &RelationType) -> Self {
        let RelationType {
            id,
            name,
            colour: Rgb(r, g, b),
            key,
            directed,
            sources,
            targets,
            description,
        } = kind;
        Self {
            id: id.0.clone(),
            name: name.clone(),
            colour: (*r, *g, *b),
            key: *key,
            directed: *directed,
            sources: label_ids(sources),
            targets: label_ids(targets),
            description: description.clone(),
        }
    }

    fn into_model(self) -> RelationType {
        let Self {
            id,
            name,
            colour: (r, g, b),
            key,
            directed,
            sources,
            targets,
            description,
        } = self;
        RelationType {
            id: RelationTypeId(id),
            name,
            colour: Rgb(r, g, b),
            key,
            directed,
            sources: sources.into_iter().map(LabelId).collect(),
            targets: targets.into_iter().map(LabelId).collect(),
            description,
        }
    }
}

/// An outlet: version 2's, with the other spellings it was met under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Outlet", deny_unknown_fields)]
pub(super) struct OutletV4 {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub affiliation: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

impl OutletV4 {
    pub(super) fn from_v2(outlet: OutletV2) -> Self {
        let OutletV2 {
            id,
            name,
            affiliation,
        } = outlet;
        Self {
            id,
            name,
            affiliation,
            aliases: Vec::new(),
        }
    }

    pub(super) fn from_model(outlet: &Outlet) -> Self {
        let Outlet {
            id,
            name,
            affiliation,
            aliases,
        } = outlet;
        Self {
            id: id.0.clone(),
            name: name.clone(),
            affiliation: affiliation.clone(),
            aliases: aliases.clone(),
        }
    }

    /// The outlet, its aliases put in order (a file edited by hand may not be).
    pub(super) fn into_model(self) -> Outlet {
        let Self {
            id,
            name,
            affiliation,
            aliases,
        } = self;
        let mut outlet = Outlet {
            id: OutletId(id),
            name,
            affiliation,
            aliases,
        };
        outlet.normalise_aliases();
        outlet
    }
}

/// A document: version 3's, with the outlet as its source wrote it when that is an alias.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Document", deny_unknown_fields)]
pub(super) struct DocumentV4 {
    pub id: String,
    pub path: String,
    pub sha256: String,
    pub encoding: String,
    pub title: String,
    /// An outlet ID of the project; empty when unknown.
    #[serde(default)]
    pub outlet: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outlet_text: String,
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
    #[serde(default, skip_serializing_if = "ExtractionV3::is_plain")]
    pub extraction: ExtractionV3,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date_text: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata_from: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
}

impl DocumentV4 {
    /// Version 3's document: the same fields, no spelling of its outlet.
    pub(super) fn from_v3(document: DocumentV3) -> Self {
        let DocumentV3 {
            id,
            path,
            sha256,
            encoding,
            title,
            outlet,
            date,
            author,
            url,
            language,
            base_direction,
            char_len,
            warnings,
            extraction,
            date_text,
            metadata_from,
            copy_of,
        } = document;
        Self {
            id,
            path,
            sha256,
            encoding,
            title,
            outlet,
            outlet_text: String::new(),
            date,
            author,
            url,
            language,
            base_direction,
            char_len,
            warnings,
            extraction,
            date_text,
            metadata_from,
            copy_of,
        }
    }
}

/// An annotation file: one document's spans, claims and relations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "AnnotationsFile", deny_unknown_fields)]
pub(super) struct AnnotationsFile {
    pub version: u32,
    pub document: String,
    pub spans: Vec<SpanV3>,
    #[serde(default)]
    pub claims: Vec<ClaimV3>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<RelationV4>,
    /// The document's labels, by category.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<DocLabelV4>,
}

/// One document's annotations in the journal, as in its annotation file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Annotations", deny_unknown_fields)]
pub(super) struct DocAnnotationsV4 {
    pub spans: Vec<SpanV3>,
    #[serde(default)]
    pub claims: Vec<ClaimV3>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<RelationV4>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<DocLabelV4>,
}

/// A relation, kept with the document of its source span.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Relation", deny_unknown_fields)]
pub(super) struct RelationV4 {
    pub id: String,
    /// A relation type ID of the schema.
    pub kind: String,
    /// A span ID of this document.
    pub source: String,
    /// A span ID of this or another document of the project.
    pub target: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub annotator: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub modified: String,
}

impl AnnotationsFile {
    pub const VERSION: u32 = 4;

    pub fn from_model(
        doc: &DocId,
        spans: &[Span],
        claims: &[Claim],
        relations: &[SpanRelation],
        labels: &DocLabels,
    ) -> Self {
        Self {
            version: Self::VERSION,
            document: doc.0.clone(),
            spans: spans.iter().map(SpanV3::from_model).collect(),
            claims: claims.iter().map(ClaimV3::from_model).collect(),
            relations: relations.iter().map(RelationV4::from_model).collect(),
            labels: labels_to_file(labels),
        }
    }

    pub fn into_model(self) -> DocFile {
        let Self {
            version: _,
            document,
            spans,
            claims,
            relations,
            labels,
        } = self;
        DocFile {
            doc: DocId(document),
            spans: spans.into_iter().map(SpanV3::into_model).collect(),
            claims: claims.into_iter().map(ClaimV3::into_model).collect(),
            relations: relations.into_iter().map(RelationV4::into_model).collect(),
            labels: labels_from_file(labels),
        }
    }
}

impl DocAnnotationsV4 {
    pub fn from_model(
        spans: &[Span],
        claims: &[Claim],
        relations: &[SpanRelation],
        labels: &DocLabels,
    ) -> Self {
        Self {
            spans: spans.iter().map(SpanV3::from_model).collect(),
            claims: claims.iter().map(ClaimV3::from_model).collect(),
            relations: relations.iter().map(RelationV4::from_model).collect(),
            labels: labels_to_file(labels),
        }
    }

    pub fn into_model(self, doc: DocId) -> DocFile {
        let Self {
            spans,
            claims,
            relations,
            labels,
        } = self;
        DocFile {
            doc,
            spans: spans.into_iter().map(SpanV3::into_model).collect(),
            claims: claims.into_iter().map(ClaimV3::into_model).collect(),
            relations: relations.into_iter().map(RelationV4::into_model).collect(),
            labels: labels_from_file(labels),
        }
    }
}

impl RelationV4 {
    fn from_model(relation: &SpanRelation) -> Self {
        let SpanRelation {
            id,
            kind,
            source,
            target,
            note,
            stamp:
                Stamp {
                    annotator,
                    created,
                    modified,
                },
        } = relation;
        Self {
            id: id.0.clone(),
            kind: kind.0.clone(),
            source: source.0.clone(),
            target: target.0.clone(),
            note: note.clone(),
            annotator: annotator.clone(),
            created: created.clone(),
            modified: modified.clone(),
        }
    }

    fn into_model(self) -> SpanRelation {
        let Self {
            id,
            kind,
            source,
            target,
            note,
            annotator,
            created,
            modified,
        } = self;
        SpanRelation {
            id: RelationId(id),
            kind: RelationTypeId(kind),
            source: SpanId(source),
            target: SpanId(target),
            note,
            stamp: Stamp {
                annotator,
                created,
                modified,
            },
        }
    }
}
