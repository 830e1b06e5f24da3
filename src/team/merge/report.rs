//! What a merge did, kept as data and put into words when shown (`team.ftl`).

use std::collections::BTreeMap;

use super::Side;
use crate::i18n::{comma, tr_plain};
use crate::model::{BrokenReference, DocId};
use crate::team::compare::{Comparison, MatchKind};

/// The kind of record a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordKind {
    Document,
    Label,
    RelationType,
    Category,
    Outlet,
    Entity,
    Cluster,
    Span,
    Claim,
    Relation,
    /// A document's label in one category (the record's ID is the category's).
    DocLabel,
}

impl RecordKind {
    /// The kind's key in the catalogue (`$kind` of `team-record`).
    pub fn key(self) -> &'static str {
        match self {
            RecordKind::Document => "document",
            RecordKind::Label => "label",
            RecordKind::RelationType => "relation-type",
            RecordKind::Category => "category",
            RecordKind::Outlet => "outlet",
            RecordKind::Entity => "entity",
            RecordKind::Cluster => "cluster",
            RecordKind::Span => "span",
            RecordKind::Claim => "claim",
            RecordKind::Relation => "relation",
            RecordKind::DocLabel => "doc-label",
        }
    }
}

/// A record of the project, named for people when shown (`span 3f9a0c1b2d4e5f60 in
/// enab/0001.txt`), in the interface's language of that moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub kind: RecordKind,
    pub id: String,
    /// The document of a span, claim, relation or document label.
    pub doc: Option<DocId>,
}

impl Record {
    pub(crate) fn new(kind: RecordKind, id: impl std::fmt::Display, doc: Option<&DocId>) -> Self {
        Self {
            kind,
            id: id.to_string(),
            doc: doc.cloned(),
        }
    }
}

impl std::fmt::Display for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let doc = self.doc.as_ref().map(|d| d.0.as_str()).unwrap_or_default();
        f.write_str(&tr_plain(
            "team-record",
            &[
                ("kind", self.kind.key().into()),
                ("id", self.id.as_str().into()),
                ("doc", doc.into()),
            ],
        ))
    }
}

/// A record both sides changed (or one changed and the other deleted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub what: Record,
    pub kept: Side,
}

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// How the two sides' spans compared before merging, per document.
    pub comparison: Comparison,
    pub conflicts: Vec<Conflict>,
    /// Their spans and claims that duplicated one of mine and were joined to it.
    pub joined_spans: usize,
    pub joined_claims: usize,
    /// Records the merged project names but lacks (e.g. an entity one side deleted while the
    /// other linked a new mention to it); kept as they are and listed.
    pub broken: Vec<BrokenReference>,
    /// Labels whose key was already taken by another label, left without a key.
    pub unkeyed_labels: Vec<String>,
    /// Spans and claims of the merged project.
    pub spans: usize,
    pub claims: usize,
}

/// `count` pairs of spans of `kind`, in the interface's language (for a terminal).
pub(super) fn counted(kind: MatchKind, count: usize) -> String {
    tr_plain(
        "team-matches",
        &[("kind", kind.key().into()), ("count", count.into())],
    )
}

impl MergeReport {
    /// A plain-text report in the interface's language: totals, conflicts, and per document
    /// how the spans compared.
    pub fn to_text(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let merged = tr_plain(
            "team-merged",
            &[
                ("spans", self.spans.into()),
                ("claims", self.claims.into()),
                ("joined-spans", self.joined_spans.into()),
                ("joined-claims", self.joined_claims.into()),
            ],
        );
        let _ = writeln!(out, "{merged}");
        let counts = self.comparison.counts();
        let before = MatchKind::ALL
            .iter()
            .map(|&k| counted(k, counts.get(&k).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
            .join(comma());
        let _ = writeln!(
            out,
            "{}",
            tr_plain("team-before-merging", &[("counts", before.into())])
        );
        for doc in &self.comparison.documents {
            let mut per: BTreeMap<_, usize> = BTreeMap::new();
            for m in &doc.matches {
                *per.entry(m.kind).or_default() += 1;
            }
            let parts: Vec<String> = per.iter().map(|(&k, &n)| counted(k, n)).collect();
            let _ = writeln!(out, "  {}\t{}", doc.doc, parts.join(comma()));
        }
        if self.conflicts.is_empty() {
            let _ = writeln!(out, "{}", tr_plain("team-no-conflicts", &[]));
        } else {
            let heading = tr_plain("team-conflicts", &[("count", self.conflicts.len().into())]);
            let _ = writeln!(out, "{heading}");
            for c in &self.conflicts {
                let kept = match c.kept {
                    Side::Mine => "mine",
                    Side::Theirs => "theirs",
                };
                let line = tr_plain(
                    "team-conflict",
                    &[("what", c.what.to_string().into()), ("kept", kept.into())],
                );
                let _ = writeln!(out, "  {line}");
            }
        }
        for label in &self.unkeyed_labels {
            let line = tr_plain("team-label-unkeyed", &[("label", label.as_str().into())]);
            let _ = writeln!(out, "{line}");
        }
        for broken in &self.broken {
            let line = tr_plain(
                "team-unresolved",
                &[("reference", broken.to_string().into())],
            );
            let _ = writeln!(out, "{line}");
        }
        out
    }
}
