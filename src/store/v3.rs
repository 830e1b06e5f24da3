//! Format version 3 of annotation files, project files and the journal's annotations.
//!
//! - Annotation files: version 2 with who made each span and claim and when (`annotator`,
//!   `created`, `modified`), so that a team's copies of a project can be compared, merged and
//!   adjudicated. The enums of claims are version 2's, which did not change.
//! - Project files: version 2 with, per document, how its text is made from its file
//!   (`extraction`: a web page's main text, a row of an article table, …), the date as the
//!   source wrote it, where each metadata field came from and which document it copies; and the
//!   suggesters' feedback (`suggestions`). Outlets, schema, entities and clusters are version 2's
//!   types, which did not change.
//!
//! Frozen: version 4 (`v4`) keeps its documents, clusters, suggestions, spans and claims, whose
//! conversions to the model live on here; files of this version are read and migrated
//! (`project_file::v3_to_v4`, [`AnnotationsFile::into_v4`]).
//!
//! These types *are* the file format, as in `v2`: the conversions destructure every model
//! struct without `..`, so a field added to the model fails to compile here until someone
//! decides how the file stores it.
//!
//! The new fields are left out when empty (annotations made before they were recorded, plain
//! text files, no feedback), so a file migrated from version 2 gains no empty lines.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::v2::{
    BaseDirectionV2, CertaintyV2, ClaimantV2, ClusterMemberV2, ClusterV2, EntityV2, OutletV2,
    PolarityV2, QuoteModeV2, SchemaV2,
};
use super::v4;
use crate::model::{
    self, Certainty, Claim, ClaimId, Claimant, EntityId, Extraction, LabelId, Polarity, QuoteMode,
    Rejection, ReportingCue, Span, SpanId, Stamp, SuggestionFeedback,
};

/// A project file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ProjectFile", deny_unknown_fields)]
pub(super) struct ProjectFile {
    pub version: u32,
    pub name: String,
    pub corpus_dir: String,
    #[serde(default)]
    pub outlets: Vec<OutletV2>,
    pub documents: Vec<DocumentV3>,
    pub schema: SchemaV2,
    #[serde(default)]
    pub entities: Vec<EntityV2>,
    #[serde(default)]
    pub clusters: Vec<ClusterV3>,
    #[serde(default, skip_serializing_if = "SuggestionsV3::is_empty")]
    pub suggestions: SuggestionsV3,
}

/// A claim cluster: version 2's, with the analyst's verdict when one is recorded (a file
/// without verdicts reads and writes as before).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Cluster", deny_unknown_fields)]
pub(super) struct ClusterV3 {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub members: Vec<ClusterMemberV2>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<VerdictV3>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Verdict", deny_unknown_fields)]
pub(super) struct VerdictV3 {
    pub rating: RatingV3,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Rating")]
pub(super) enum RatingV3 {
    False,
    MostlyFalse,
    Mixed,
    MostlyTrue,
    True,
    Unproven,
}

impl ClusterV3 {
    /// A version 2 cluster as version 3 writes it: no verdict yet.
    pub(super) fn from_v2(cluster: ClusterV2) -> Self {
        let ClusterV2 {
            id,
            name,
            note,
            members,
        } = cluster;
        Self {
            id,
            name,
            note,
            members,
            verdict: None,
        }
    }

    pub(super) fn from_model(cluster: &model::Cluster) -> Self {
        let ClusterV2 {
            id,
            name,
            note,
            members,
        } = ClusterV2::from_model(cluster);
        let verdict = cluster.verdict.as_ref().map(|v| {
            let model::Verdict { rating, note } = v;
            VerdictV3 {
                rating: match rating {
                    model::Rating::False => RatingV3::False,
                    model::Rating::MostlyFalse => RatingV3::MostlyFalse,
                    model::Rating::Mixed => RatingV3::Mixed,
                    model::Rating::MostlyTrue => RatingV3::MostlyTrue,
                    model::Rating::True => RatingV3::True,
                    model::Rating::Unproven => RatingV3::Unproven,
                },
                note: note.clone(),
            }
        });
        Self {
            id,
            name,
            note,
            members,
            verdict,
        }
    }

    pub(super) fn into_model(self) -> model::Cluster {
        let Self {
            id,
            name,
            note,
            members,
            verdict,
        } = self;
        let mut cluster = ClusterV2 {
            id,
            name,
            note,
            members,
        }
        .into_model();
        cluster.verdict = verdict.map(|VerdictV3 { rating, note }| model::Verdict {
            rating: match rating {
                RatingV3::False => model::Rating::False,
                RatingV3::MostlyFalse => model::Rating::MostlyFalse,
                RatingV3::Mixed => model::Rating::Mixed,
                RatingV3::MostlyTrue => model::Rating::MostlyTrue,
                RatingV3::True => model::Rating::True,
                RatingV3::Unproven => model::Rating::Unproven,
            },
            note,
        });
        cluster
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Document", deny_unknown_fields)]
pub(super) struct DocumentV3 {
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
    #[serde(default, skip_serializing_if = "ExtractionV3::is_plain")]
    pub extraction: ExtractionV3,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date_text: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata_from: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Extraction")]
pub(super) enum ExtractionV3 {
    #[default]
    Plain,
    FrontMatter,
    Html {
        version: u32,
    },
    Docx {
        version: u32,
    },
    Row {
        record: u64,
        column: String,
    },
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Suggestions", deny_unknown_fields)]
pub(super) struct SuggestionsV3 {
    #[serde(default)]
    pub off: Vec<String>,
    #[serde(default)]
    pub rejected: Vec<RejectionV3>,
    /// The project's reporting verbs and expressions; a file without them reads as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<CueV3>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Cue", deny_unknown_fields)]
pub(super) struct CueV3 {
    pub form: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub denies: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub names_source: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub continues: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Rejection", deny_unknown_fields)]
pub(super) struct RejectionV3 {
    pub kind: String,
    pub form: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub context: String,
}

impl ProjectFile {
    pub const VERSION: u32 = 3;
}

impl ExtractionV3 {
    pub(super) fn is_plain(&self) -> bool {
        *self == Self::Plain
    }

    pub(super) fn from_model(extraction: &Extraction) -> Self {
        match extraction {
            Extraction::Plain => Self::Plain,
            Extraction::FrontMatter => Self::FrontMatter,
            Extraction::Html { version } => Self::Html { version: *version },
            Extraction::Docx { version } => Self::Docx { version: *version },
            Extraction::Row { record, column } => Self::Row {
                record: *record,
                column: column.clone(),
            },
        }
    }

    pub(super) fn into_model(self) -> Extraction {
        match self {
            Self::Plain => Extraction::Plain,
            Self::FrontMatter => Extraction::FrontMatter,
            Self::Html { version } => Extraction::Html { version },
            Self::Docx { version } => Extraction::Docx { version },
            Self::Row { record, column } => Extraction::Row { record, column },
        }
    }
}

impl SuggestionsV3 {
    pub(super) fn is_empty(&self) -> bool {
        self.off.is_empty() && self.rejected.is_empty() && self.cues.is_empty()
    }

    pub(super) fn from_model(feedback: &SuggestionFeedback) -> Self {
        let SuggestionFeedback {
            off,
            rejected,
            cues,
        } = feedback;
        Self {
            off: off.iter().cloned().collect(),
            cues: cues
                .iter()
                .map(|cue| {
                    let ReportingCue {
                        form,
                        denies,
                        names_source,
                        continues,
                    } = cue.clone();
                    CueV3 {
                        form,
                        denies,
                        names_source,
                        continues,
                    }
                })
                .collect(),
            rejected: rejected
                .iter()
                .map(|rejection| {
                    let Rejection {
                        kind,
                        form,
                        label,
                        context,
                    } = rejection;
                    RejectionV3 {
                        kind: kind.clone(),
                        form: form.clone(),
                        label: label.clone(),
                        context: context.clone(),
                    }
                })
                .collect(),
        }
    }

    pub(super) fn into_model(self) -> SuggestionFeedback {
        let Self {
            off,
            rejected,
            cues,
        } = self;
        SuggestionFeedback {
            off: off.into_iter().collect(),
            cues: cues
                .into_iter()
                .map(|cue| {
                    let CueV3 {
                        form,
                        denies,
                        names_source,
                        continues,
                    } = cue;
                    ReportingCue {
                        form,
                        denies,
                        names_source,
                        continues,
                    }
                })
                .collect(),
            rejected: rejected
                .into_iter()
                .map(|rejection| {
                    let RejectionV3 {
                        kind,
                        form,
                        label,
                        context,
                    } = rejection;
                    Rejection {
                        kind,
                        form,
                        label,
                        context,
                    }
                })
                .collect(),
        }
    }
}

/// An annotation file: one document's spans and claims.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "AnnotationsFile", deny_unknown_fields)]
pub(super) struct AnnotationsFile {
    pub version: u32,
    pub document: String,
    pub spans: Vec<SpanV3>,
    #[serde(default)]
    pub claims: Vec<ClaimV3>,
}

/// One document's spans and claims in the journal, as in its annotation file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Annotations", deny_unknown_fields)]
pub(super) struct DocAnnotationsV3 {
    pub spans: Vec<SpanV3>,
    #[serde(default)]
    pub claims: Vec<ClaimV3>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Span", deny_unknown_fields)]
pub(super) struct SpanV3 {
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
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub annotator: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub modified: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Claim", deny_unknown_fields)]
pub(super) struct ClaimV3 {
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
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub annotator: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub created: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub modified: String,
}

impl AnnotationsFile {
    pub const VERSION: u32 = 3;

    /// Version 3 → 4: no relations yet.
    pub fn into_v4(self) -> v4::AnnotationsFile {
        let Self {
            version: _,
            document,
            spans,
            claims,
        } = self;
        v4::AnnotationsFile {
            version: v4::AnnotationsFile::VERSION,
            document,
            spans,
            claims,
            relations: Vec::new(),
            labels: Vec::new(),
        }
    }
}

impl DocAnnotationsV3 {
    /// Version 3 → 4: no relations or document labels yet.
    pub fn into_v4(self) -> v4::DocAnnotationsV4 {
        let Self { spans, claims } = self;
        v4::DocAnnotationsV4 {
            spans,
            claims,
            relations: Vec::new(),
            labels: Vec::new(),
        }
    }
}

fn stamp_of(annotator: String, created: String, modified: String) -> Stamp {
    Stamp {
        annotator,
        created,
        modified,
    }
}

impl SpanV3 {
    pub(super) fn from_model(span: &Span) -> Self {
        let Span {
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
            stamp:
                Stamp {
                    annotator,
                    created,
                    modified,
                },
        } = span;
        Self {
            id: id.0.clone(),
            start: *start,
            end: *end,
            label: label.0.clone(),
            quote: quote.clone(),
            entity: entity.as_ref().map(|e| e.0.clone()),
            attributes: attributes.clone(),
            note: note.clone(),
            prefix: prefix.clone(),
            suffix: suffix.clone(),
            annotator: annotator.clone(),
            created: created.clone(),
            modified: modified.clone(),
        }
    }

    pub(super) fn into_model(self) -> Span {
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
            annotator,
            created,
            modified,
        } = self;
        Span {
            id: SpanId(id),
            start,
            end,
            label: LabelId(label),
            quote,
            entity: entity.map(EntityId),
            attributes,
            note,
            prefix,
            suffix,
            stamp: stamp_of(annotator, created, modified),
        }
    }
}

impl ClaimV3 {
    pub(super) fn from_model(claim: &Claim) -> Self {
        let Claim {
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
            stamp:
                Stamp {
                    annotator,
                    created,
                    modified,
                },
        } = claim;
        Self {
            id: id.0.clone(),
            content: content.0.clone(),
            claimant: match claimant {
                Claimant::Entity(entity) => ClaimantV2::Entity(entity.0.clone()),
                Claimant::Mention(span) => ClaimantV2::Mention(span.0.clone()),
                Claimant::Anonymous => ClaimantV2::Anonymous,
                Claimant::Outlet => ClaimantV2::Outlet,
            },
            cue: cue.as_ref().map(|s| s.0.clone()),
            polarity: match polarity {
                Polarity::Asserts => PolarityV2::Asserts,
                Polarity::Denies => PolarityV2::Denies,
            },
            certainty: match certainty {
                Certainty::Certain => CertaintyV2::Certain,
                Certainty::Probable => CertaintyV2::Probable,
                Certainty::Possible => CertaintyV2::Possible,
                Certainty::Unknown => CertaintyV2::Unknown,
            },
            quote_mode: match quote_mode {
                QuoteMode::Direct => QuoteModeV2::Direct,
                QuoteMode::Indirect => QuoteModeV2::Indirect,
                QuoteMode::Mixed => QuoteModeV2::Mixed,
            },
            statement_date: statement_date.clone(),
            note: note.clone(),
            parent: parent.as_ref().map(|c| c.0.clone()),
            annotator: annotator.clone(),
            created: created.clone(),
            modified: modified.clone(),
        }
    }

    pub(super) fn into_model(self) -> Claim {
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
            annotator,
            created,
            modified,
        } = self;
        Claim {
            id: ClaimId(id),
            content: SpanId(content),
            claimant: match claimant {
                ClaimantV2::Entity(entity) => Claimant::Entity(EntityId(entity)),
                ClaimantV2::Mention(span) => Claimant::Mention(SpanId(span)),
                ClaimantV2::Anonymous => Claimant::Anonymous,
                ClaimantV2::Outlet => Claimant::Outlet,
            },
            cue: cue.map(SpanId),
            polarity: match polarity {
                PolarityV2::Asserts => Polarity::Asserts,
                PolarityV2::Denies => Polarity::Denies,
            },
            certainty: match certainty {
                CertaintyV2::Certain => Certainty::Certain,
                CertaintyV2::Probable => Certainty::Probable,
                CertaintyV2::Possible => Certainty::Possible,
                CertaintyV2::Unknown => Certainty::Unknown,
            },
            quote_mode: match quote_mode {
                QuoteModeV2::Direct => QuoteMode::Direct,
                QuoteModeV2::Indirect => QuoteMode::Indirect,
                QuoteModeV2::Mixed => QuoteMode::Mixed,
            },
            statement_date,
            note,
            parent: parent.map(ClaimId),
            stamp: stamp_of(annotator, created, modified),
        }
    }
}
