//! Format version 3 of annotation files (and of the journal's annotations): version 2 with who
//! made each span and claim and when (`annotator`, `created`, `modified`), so that a team's
//! copies of a project can be compared, merged and adjudicated. The project file is unchanged
//! (version 2); the enums of claims are version 2's, which did not change.
//!
//! These types *are* the file format, as in `v2`: the conversions destructure every model
//! struct without `..`, so a field added to the model fails to compile here until someone
//! decides how the file stores it.
//!
//! The three new fields are left out when empty (annotations made before they were recorded),
//! so a file migrated from version 2 gains no empty lines.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::v2::{CertaintyV2, ClaimantV2, PolarityV2, QuoteModeV2};
use crate::model::{
    Certainty, Claim, ClaimId, Claimant, DocId, EntityId, LabelId, Polarity, QuoteMode, Span,
    SpanId, Stamp,
};

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

    pub fn from_model(doc: &DocId, spans: &[Span], claims: &[Claim]) -> Self {
        Self {
            version: Self::VERSION,
            document: doc.0.clone(),
            spans: spans.iter().map(SpanV3::from_model).collect(),
            claims: claims.iter().map(ClaimV3::from_model).collect(),
        }
    }

    pub fn into_model(self) -> (DocId, Vec<Span>, Vec<Claim>) {
        let Self {
            version: _,
            document,
            spans,
            claims,
        } = self;
        (
            DocId(document),
            spans.into_iter().map(SpanV3::into_model).collect(),
            claims.into_iter().map(ClaimV3::into_model).collect(),
        )
    }
}

impl DocAnnotationsV3 {
    pub fn from_model(spans: &[Span], claims: &[Claim]) -> Self {
        Self {
            spans: spans.iter().map(SpanV3::from_model).collect(),
            claims: claims.iter().map(ClaimV3::from_model).collect(),
        }
    }

    pub fn into_model(self) -> (Vec<Span>, Vec<Claim>) {
        let Self { spans, claims } = self;
        (
            spans.into_iter().map(SpanV3::into_model).collect(),
            claims.into_iter().map(ClaimV3::into_model).collect(),
        )
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
    fn from_model(span: &Span) -> Self {
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

    fn into_model(self) -> Span {
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
    fn from_model(claim: &Claim) -> Self {
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

    fn into_model(self) -> Claim {
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
