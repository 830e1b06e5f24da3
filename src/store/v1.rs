//! Format version 1 of the project file and of annotation files, as their own types. Frozen:
//! version 1 is only read, and brought forward to version 2 by the migrations
//! (`project_file::v1_to_v2`, `annotations_file::annotations_v1_to_v2`); nothing here knows the
//! model.
//!
//! Unknown fields are refused rather than ignored, because ignoring them would drop their
//! content on the next save. Fields that had a default may be left out.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ProjectFile", deny_unknown_fields)]
pub(super) struct ProjectFile {
    pub version: u32,
    pub name: String,
    pub corpus_dir: String,
    pub documents: Vec<DocumentV1>,
    pub schema: SchemaV1,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Document", deny_unknown_fields)]
pub(super) struct DocumentV1 {
    pub id: String,
    pub path: String,
    pub sha256: String,
    pub encoding: String,
    pub title: String,
    #[serde(default)]
    pub outlet: String,
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub base_direction: BaseDirectionV1,
    pub char_len: usize,
    #[serde(default)]
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "BaseDirection")]
pub(super) enum BaseDirectionV1 {
    #[default]
    Auto,
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Schema", deny_unknown_fields)]
pub(super) struct SchemaV1 {
    pub labels: Vec<LabelV1>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Label", deny_unknown_fields)]
pub(super) struct LabelV1 {
    pub id: String,
    pub name: String,
    /// sRGB, written `(r, g, b)`.
    pub colour: (u8, u8, u8),
    #[serde(default)]
    pub key: Option<char>,
    #[serde(default)]
    pub description: String,
}

impl ProjectFile {
    pub const VERSION: u32 = 1;
}

/// An annotation file of version 1: one document's spans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "AnnotationsFile", deny_unknown_fields)]
pub(super) struct AnnotationsFile {
    pub version: u32,
    pub document: String,
    pub spans: Vec<SpanV1>,
}

impl AnnotationsFile {
    pub const VERSION: u32 = 1;
}

/// One span as written in annotation files and journals of version 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Span", deny_unknown_fields)]
pub(super) struct SpanV1 {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub quote: String,
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    #[serde(default)]
    pub note: String,
}
