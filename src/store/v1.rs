//! Format version 1 of the project file, as its own types.
//!
//! These types *are* the file format: they do not reuse the `model` types, so changing the model
//! can never silently change what a version-1 file looks like or how it is read. The conversions
//! destructure every model struct without `..`, so a field added to the model fails to compile
//! here until someone decides how the file stores it (usually: a new format version).
//!
//! Unknown fields are refused rather than ignored, because ignoring them would drop their
//! content on the next save. Fields that the model gives a default may be left out.

use serde::{Deserialize, Serialize};

use crate::model::{self, BaseDirection, DocId, Document, Label, LabelId, Project, Rgb, Schema};

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

    pub fn from_project(project: &Project) -> Self {
        let Project {
            name,
            corpus_dir,
            documents,
            schema,
            // Spans are not in the project file; see `super::annotations_file`.
            annotations: _,
        } = project;
        Self {
            version: Self::VERSION,
            name: name.clone(),
            corpus_dir: corpus_dir.clone(),
            documents: documents.iter().map(DocumentV1::from_model).collect(),
            schema: SchemaV1::from_model(schema),
        }
    }

    pub fn into_project(self) -> Project {
        let Self {
            version: _,
            name,
            corpus_dir,
            documents,
            schema,
        } = self;
        Project {
            name,
            corpus_dir,
            documents: documents.into_iter().map(DocumentV1::into_model).collect(),
            schema: schema.into_model(),
            annotations: model::Annotations::default(),
        }
    }
}

impl DocumentV1 {
    fn from_model(document: &Document) -> Self {
        let Document {
            id,
            path,
            sha256,
            encoding,
            title,
            outlet,
            date,
            base_direction,
            char_len,
            warnings,
        } = document;
        Self {
            id: id.0.clone(),
            path: path.clone(),
            sha256: sha256.clone(),
            encoding: encoding.clone(),
            title: title.clone(),
            outlet: outlet.clone(),
            date: date.clone(),
            base_direction: BaseDirectionV1::from_model(*base_direction),
            char_len: *char_len,
            warnings: warnings.clone(),
        }
    }

    fn into_model(self) -> Document {
        let Self {
            id,
            path,
            sha256,
            encoding,
            title,
            outlet,
            date,
            base_direction,
            char_len,
            warnings,
        } = self;
        Document {
            id: DocId(id),
            path,
            sha256,
            encoding,
            title,
            outlet,
            date,
            base_direction: base_direction.into_model(),
            char_len,
            warnings,
        }
    }
}

impl BaseDirectionV1 {
    fn from_model(direction: BaseDirection) -> Self {
        match direction {
            BaseDirection::Auto => Self::Auto,
            BaseDirection::Ltr => Self::Ltr,
            BaseDirection::Rtl => Self::Rtl,
        }
    }

    fn into_model(self) -> BaseDirection {
        match self {
            Self::Auto => BaseDirection::Auto,
            Self::Ltr => BaseDirection::Ltr,
            Self::Rtl => BaseDirection::Rtl,
        }
    }
}

impl SchemaV1 {
    pub fn from_model(schema: &Schema) -> Self {
        let Schema { labels } = schema;
        Self {
            labels: labels.iter().map(LabelV1::from_model).collect(),
        }
    }

    pub fn into_model(self) -> Schema {
        let Self { labels } = self;
        model::Schema {
            labels: labels.into_iter().map(LabelV1::into_model).collect(),
        }
    }
}

impl LabelV1 {
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
