//! Format version 5 of project files: version 4 with each document's import warnings kept as
//! what was noticed (a kind and its values, [`WarningV5`]) instead of an English sentence, so
//! they are put into words in the interface's language when shown. A warning of version 4 or
//! older stays the sentence it was (`Said("…")`). Annotation files stay at version 4.
//!
//! These types *are* the file format, as in `v3` and `v4`: the conversions destructure every
//! model struct without `..`, so a field added to the model fails to compile here until someone
//! decides how the file stores it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::error::ProjectProblem;
use super::v2::{BaseDirectionV2, EntityV2, by_id};
use super::v3::{ClusterV3, ExtractionV3, SuggestionsV3};
use super::v4::{self, DocumentV4, OutletV4, SchemaV4};
use crate::model::{
    self, DocId, Document, EncodingGuess, GuessCertainty, ImportWarning, OutletId, Project,
    RecordKind,
};

/// A project file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ProjectFile", deny_unknown_fields)]
pub(super) struct ProjectFile {
    pub version: u32,
    pub name: String,
    pub corpus_dir: String,
    #[serde(default)]
    pub outlets: Vec<OutletV4>,
    pub documents: Vec<DocumentV5>,
    pub schema: SchemaV4,
    #[serde(default)]
    pub entities: Vec<EntityV2>,
    #[serde(default)]
    pub clusters: Vec<ClusterV3>,
    #[serde(default, skip_serializing_if = "SuggestionsV3::is_empty")]
    pub suggestions: SuggestionsV3,
}

/// A document: version 4's, its warnings kept as what was noticed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Document", deny_unknown_fields)]
pub(super) struct DocumentV5 {
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
    pub warnings: Vec<WarningV5>,
    #[serde(default, skip_serializing_if = "ExtractionV3::is_plain")]
    pub extraction: ExtractionV3,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date_text: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata_from: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
}

/// What an import noticed about a document's file (`model::ImportWarning`), written
/// `EncodingGuessed(encoding: "windows-1256", guess: Some((certainty: Sure, …)))`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Warning")]
pub(super) enum WarningV5 {
    /// The sentence a file of version 4 or older kept.
    Said(String),
    EncodingGuessed {
        encoding: String,
        #[serde(default)]
        guess: Option<GuessV5>,
    },
    MalformedBytes {
        encoding: String,
        replaced: usize,
        #[serde(default)]
        at: Vec<usize>,
        #[serde(default)]
        more: bool,
    },
    DeclaredButUtf8 {
        declared: String,
    },
    NotInCharset {
        charset: String,
    },
    SeveralOutlets {
        names: Vec<String>,
        taken: String,
    },
}

/// How an encoding was guessed: how sure, the share in thousandths of the non-ASCII text that
/// reads as `script`, the best other encoding and its share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Guess", deny_unknown_fields)]
pub(super) struct GuessV5 {
    pub certainty: CertaintyV5,
    pub score: u16,
    pub script: String,
    #[serde(default)]
    pub runner_up: Option<(String, u16)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Certainty")]
pub(super) enum CertaintyV5 {
    Unsure,
    FairlySure,
    Sure,
}

impl ProjectFile {
    pub const VERSION: u32 = 5;

    /// Version 4's file: the same records, each document's warnings the sentences they were.
    pub(super) fn from_v4(file: v4::ProjectFile) -> Self {
        let v4::ProjectFile {
            version: _,
            name,
            corpus_dir,
            outlets,
            documents,
            schema,
            entities,
            clusters,
            suggestions,
        } = file;
        Self {
            version: Self::VERSION,
            name,
            corpus_dir,
            outlets,
            documents: documents.into_iter().map(DocumentV5::from_v4).collect(),
            schema,
            entities,
            clusters,
            suggestions,
        }
    }

    pub fn from_project(project: &Project) -> Self {
        let Project {
            name,
            corpus_dir,
            documents,
            schema,
            outlets,
            entities,
            clusters,
            // Annotations live in their own files, one per document; see
            // `super::annotations_file`.
            annotations: _,
            suggestions,
        } = project;
        Self {
            version: Self::VERSION,
            name: name.clone(),
            corpus_dir: corpus_dir.clone(),
            outlets: outlets.values().map(OutletV4::from_model).collect(),
            documents: documents.iter().map(DocumentV5::from_model).collect(),
            schema: SchemaV4::from_model(schema),
            entities: entities.values().map(EntityV2::from_model).collect(),
            clusters: clusters.values().map(ClusterV3::from_model).collect(),
            suggestions: SuggestionsV3::from_model(suggestions),
        }
    }

    /// The project (without annotations); refuses two records of one kind with the same ID, or
    /// one without an ID. Aliases and cluster members are put in order, so a file edited by hand
    /// loads into a project that keeps the model's invariants.
    pub fn into_project(self) -> Result<Project, ProjectProblem> {
        let Self {
            version: _,
            name,
            corpus_dir,
            outlets,
            documents,
            schema,
            entities,
            clusters,
            suggestions,
        } = self;
        Ok(Project {
            name,
            corpus_dir,
            documents: documents.into_iter().map(DocumentV5::into_model).collect(),
            schema: schema.into_model(),
            outlets: by_id(RecordKind::Outlet, outlets, OutletV4::into_model, |o| {
                o.id.0.clone()
            })?,
            entities: by_id(RecordKind::Entity, entities, EntityV2::into_model, |e| {
                e.id.0.clone()
            })?,
            clusters: by_id(RecordKind::Cluster, clusters, ClusterV3::into_model, |c| {
                c.id.0.clone()
            })?,
            annotations: model::Annotations::default(),
            suggestions: suggestions.into_model(),
        })
    }
}

impl DocumentV5 {
    fn from_v4(document: DocumentV4) -> Self {
        let DocumentV4 {
            id,
            path,
            sha256,
            encoding,
            title,
            outlet,
            outlet_text,
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
            outlet_text,
            date,
            author,
            url,
            language,
            base_direction,
            char_len,
            warnings: warnings.into_iter().map(WarningV5::Said).collect(),
            extraction,
            date_text,
            metadata_from,
            copy_of,
        }
    }

    fn from_model(document: &Document) -> Self {
        let Document {
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
            outlet_text,
            metadata_from,
            copy_of,
        } = document;
        Self {
            id: id.0.clone(),
            path: path.clone(),
            sha256: sha256.clone(),
            encoding: encoding.clone(),
            title: title.clone(),
            outlet: outlet.0.clone(),
            outlet_text: outlet_text.clone(),
            date: date.clone(),
            author: author.clone(),
            url: url.clone(),
            language: language.clone(),
            base_direction: BaseDirectionV2::from_model(*base_direction),
            char_len: *char_len,
            warnings: warnings.iter().map(WarningV5::from_model).collect(),
            extraction: ExtractionV3::from_model(extraction),
            date_text: date_text.clone(),
            metadata_from: metadata_from.clone(),
            copy_of: copy_of.as_ref().map(|doc| doc.0.clone()),
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
            outlet_text,
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
        } = self;
        Document {
            id: DocId(id),
            path,
            sha256,
            encoding,
            title,
            outlet: OutletId(outlet),
            date,
            author,
            url,
            language,
            base_direction: base_direction.into_model(),
            char_len,
            warnings: warnings.into_iter().map(WarningV5::into_model).collect(),
            extraction: extraction.into_model(),
            date_text,
            outlet_text,
            metadata_from,
            copy_of: copy_of.map(DocId),
        }
    }
}

impl WarningV5 {
    fn from_model(warning: &ImportWarning) -> Self {
        match warning {
            ImportWarning::Said(text) => Self::Said(text.clone()),
            ImportWarning::EncodingGuessed { encoding, guess } => Self::EncodingGuessed {
                encoding: encoding.clone(),
                guess: guess.as_ref().map(GuessV5::from_model),
            },
            ImportWarning::MalformedBytes {
                encoding,
                replaced,
                at,
                more,
            } => Self::MalformedBytes {
                encoding: encoding.clone(),
                replaced: *replaced,
                at: at.clone(),
                more: *more,
            },
            ImportWarning::DeclaredButUtf8 { declared } => Self::DeclaredButUtf8 {
                declared: declared.clone(),
            },
            ImportWarning::NotInCharset { charset } => Self::NotInCharset {
                charset: charset.clone(),
            },
            ImportWarning::SeveralOutlets { names, taken } => Self::SeveralOutlets {
                names: names.clone(),
                taken: taken.clone(),
            },
        }
    }

    fn into_model(self) -> ImportWarning {
        match self {
            Self::Said(text) => ImportWarning::Said(text),
            Self::EncodingGuessed { encoding, guess } => ImportWarning::EncodingGuessed {
                encoding,
                guess: guess.map(GuessV5::into_model),
            },
            Self::MalformedBytes {
                encoding,
                replaced,
                at,
                more,
            } => ImportWarning::MalformedBytes {
                encoding,
                replaced,
                at,
                more,
            },
            Self::DeclaredButUtf8 { declared } => ImportWarning::DeclaredButUtf8 { declared },
            Self::NotInCharset { charset } => ImportWarning::NotInCharset { charset },
            Self::SeveralOutlets { names, taken } => ImportWarning::SeveralOutlets { names, taken },
        }
    }
}

impl GuessV5 {
    fn from_model(guess: &EncodingGuess) -> Self {
        let EncodingGuess {
            certainty,
            score,
            script,
            runner_up,
        } = guess;
        Self {
            certainty: match certainty {
                GuessCertainty::Unsure => CertaintyV5::Unsure,
                GuessCertainty::FairlySure => CertaintyV5::FairlySure,
                GuessCertainty::Sure => CertaintyV5::Sure,
            },
            score: *score,
            script: script.clone(),
            runner_up: runner_up.clone(),
        }
    }

    fn into_model(self) -> EncodingGuess {
        let Self {
            certainty,
            score,
            script,
            runner_up,
        } = self;
        EncodingGuess {
            certainty: match certainty {
                CertaintyV5::Unsure => GuessCertainty::Unsure,
                CertaintyV5::FairlySure => GuessCertainty::FairlySure,
                CertaintyV5::Sure => GuessCertainty::Sure,
            },
            score,
            script,
            runner_up,
        }
    }
}
