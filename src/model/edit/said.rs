//! Why an edit was refused, said in the interface's language each time it is shown
//! (`assets/i18n/*/edits.ftl`): [`EditError`], the kinds of record it names ([`RecordKind`]) and
//! the problems it carries ([`SpanShapeProblem`], [`LabelNameProblem`], [`CategoryProblem`]).
//! The errors stay values (in a window's refusal, a row of Review spans) and are put into words
//! only when shown, so a switch of language changes them at once. English is word for word what
//! it was, but for counts, which now take their plural. IDs and names are data: shown as they
//! are, names and document IDs quoted as Rust quotes them (escapes and all), so a line break or a
//! direction mark in one can neither break the message nor disguise itself.

use std::fmt;

use fluent_bundle::FluentValue;

use super::{EditError, RecordKind};
use crate::i18n::tr_plain;
use crate::model::doc_labels::CategoryProblem;
use crate::model::problems::{id, listed, quoted};
use crate::model::schema::{LabelNameProblem, MAX_LABEL_NAME_CHARS, shown_label_name};
use crate::model::{ClaimId, SpanShapeProblem};

type Args<'a> = Vec<(&'static str, FluentValue<'a>)>;

/// A count: a Fluent number, so it chooses the plural form and takes the chosen digits.
fn count(n: usize) -> FluentValue<'static> {
    n.into()
}

/// A problem carried inside the sentence, said first.
fn inner(problem: &impl fmt::Display) -> FluentValue<'static> {
    problem.to_string().into()
}

fn write(
    f: &mut fmt::Formatter<'_>,
    message: &str,
    args: &[(&str, FluentValue<'_>)],
) -> fmt::Result {
    f.write_str(&tr_plain(message, args))
}

impl RecordKind {
    /// The key the catalogue's messages select their words by (`{ $kind -> [outlet] … }`):
    /// the noun's gender and the sentence around it change with the kind in Arabic.
    pub fn key(self) -> &'static str {
        match self {
            Self::Outlet => "outlet",
            Self::Entity => "entity",
            Self::Cluster => "cluster",
        }
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = match self {
            Self::Outlet => "edit-error-kind-outlet",
            Self::Entity => "edit-error-kind-entity",
            Self::Cluster => "edit-error-kind-cluster",
        };
        write(f, message, &[])
    }
}

impl fmt::Display for SpanShapeProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::EmptyId => write(f, "edit-error-span-empty-id", &[]),
            Self::EmptyRange { start, end } => write(
                f,
                "edit-error-span-empty-range",
                &[("start", count(start)), ("end", count(end))],
            ),
            Self::QuoteLength {
                quote_chars,
                range_chars,
            } => write(
                f,
                "edit-error-span-quote-length",
                &[("quote", count(quote_chars)), ("range", count(range_chars))],
            ),
            Self::OnlyWhitespace => write(f, "edit-error-span-only-whitespace", &[]),
            Self::WhitespaceEdge => write(f, "edit-error-span-whitespace-edge", &[]),
        }
    }
}

impl std::error::Error for SpanShapeProblem {}

/// Said after the name it is about ("the label name "…" is empty or only white space").
impl fmt::Display for LabelNameProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = |c: u32| [("code", FluentValue::from(format!("{c:04X}")))];
        match *self {
            Self::Blank => write(f, "edit-error-name-blank", &[]),
            Self::Control(c) => write(f, "edit-error-name-control", &code(c)),
            Self::DirectionControl(c) => write(f, "edit-error-name-direction", &code(c)),
            Self::TooLong(n) => write(
                f,
                "edit-error-name-too-long",
                &[("count", count(n)), ("max", count(MAX_LABEL_NAME_CHARS))],
            ),
        }
    }
}

impl std::error::Error for LabelNameProblem {}

impl fmt::Display for CategoryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::EmptyId => write(f, "edit-error-category-empty-id", &[]),
            Self::BadName { name, problem } => write(
                f,
                "edit-error-category-bad-name",
                &[
                    ("name", shown_label_name(name).into()),
                    ("problem", inner(problem)),
                ],
            ),
            Self::EmptyValueId { category } => write(
                f,
                "edit-error-category-empty-value-id",
                &[("category", id(category))],
            ),
            Self::DuplicateValue { category, value } => write(
                f,
                "edit-error-category-duplicate-value",
                &[("category", id(category)), ("value", id(value))],
            ),
            Self::KeyTaken { key, taken } => write(
                f,
                "edit-error-category-key-taken",
                &[
                    ("key", format!("{key:?}").into()),
                    ("taken", taken.as_str().into()),
                ],
            ),
            Self::BadKey { key } => write(
                f,
                "edit-error-category-bad-key",
                &[("key", format!("{key:?}").into())],
            ),
        }
    }
}

impl std::error::Error for CategoryProblem {}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&sentence(self))
    }
}

impl std::error::Error for EditError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Relation(problem) => problem.source(),
            _ => None,
        }
    }
}

impl From<crate::model::RelationProblem> for EditError {
    fn from(problem: crate::model::RelationProblem) -> Self {
        Self::Relation(problem)
    }
}

/// `error` in the interface's language.
#[expect(clippy::too_many_lines, reason = "one arm per refusal")]
fn sentence(error: &EditError) -> String {
    use EditError as E;
    let doc = |doc: &crate::model::DocId| ("doc", quoted(&doc.0));
    let (message, args): (&str, Args<'_>) = match error {
        E::StaleSpan { doc: d, id: s } => ("edit-error-stale-span", vec![("id", id(s)), doc(d)]),
        E::MissingSpan { doc: d, id: s } => {
            ("edit-error-missing-span", vec![("id", id(s)), doc(d)])
        }
        E::SpanExists { doc: d, id: s } => ("edit-error-span-exists", vec![("id", id(s)), doc(d)]),
        E::SpanIdChanged { before, after } => (
            "edit-error-span-id-changed",
            vec![("before", id(before)), ("after", id(after))],
        ),
        E::BadSpan {
            doc: d,
            id: s,
            problem,
        } => (
            "edit-error-bad-span",
            vec![("id", id(s)), doc(d), ("problem", inner(problem))],
        ),
        E::UnknownDocument { doc: d } => ("edit-error-unknown-document", vec![doc(d)]),
        E::StaleDocumentMeta { doc: d } => ("edit-error-stale-document-meta", vec![doc(d)]),
        E::LabelIndex { index, len } => (
            "edit-error-label-index",
            vec![("index", count(*index)), ("len", count(*len))],
        ),
        E::StaleLabel { index } => ("edit-error-stale-label", vec![("index", count(*index))]),
        E::LabelExists { id: l } => ("edit-error-label-exists", vec![("id", quoted(&l.0))]),
        E::LabelIdChanged { before, after } => (
            "edit-error-label-id-changed",
            vec![("before", quoted(&before.0)), ("after", quoted(&after.0))],
        ),
        E::EmptyLabelId => ("edit-error-empty-label-id", vec![]),
        E::BadLabelName { name, problem } => (
            "edit-error-bad-label-name",
            vec![
                ("name", shown_label_name(name).into()),
                ("problem", inner(problem)),
            ],
        ),
        E::UnknownLabel { label } => (
            "edit-error-unknown-label",
            vec![("label", quoted(&label.0))],
        ),
        E::LabelInUse { id: l, spans } => (
            "edit-error-label-in-use",
            vec![("id", quoted(&l.0)), ("spans", count(*spans))],
        ),
        E::StaleDocLabel { doc: d, category } => (
            "edit-error-stale-doc-label",
            vec![doc(d), ("category", id(category))],
        ),
        E::UnknownCategory { category } => (
            "edit-error-unknown-category",
            vec![("category", id(category))],
        ),
        E::UnknownCategoryValue { category, value } => (
            "edit-error-unknown-category-value",
            vec![("category", id(category)), ("value", id(value))],
        ),
        E::SingleChoice { category, values } => (
            "edit-error-single-choice",
            vec![("category", id(category)), ("values", count(*values))],
        ),
        E::DocLabelNotNormalised => ("edit-error-doc-label-not-normalised", vec![]),
        E::StaleCategory { index } => ("edit-error-stale-category", vec![("index", count(*index))]),
        E::CategoryExists { category } => (
            "edit-error-category-exists",
            vec![("category", id(category))],
        ),
        E::CategoryIdChanged { before, after } => (
            "edit-error-category-id-changed",
            vec![("before", id(before)), ("after", id(after))],
        ),
        E::BadCategory { category, problem } => (
            "edit-error-bad-category",
            vec![("category", id(category)), ("problem", inner(problem))],
        ),
        E::CategoryInUse {
            category,
            value,
            documents,
        } => {
            let mut args = vec![("category", id(category)), ("documents", count(*documents))];
            match value {
                Some(value) => {
                    args.push(("value", id(value)));
                    ("edit-error-category-value-in-use", args)
                }
                None => ("edit-error-category-in-use", args),
            }
        }
        E::LabelIsEntityKind { id: l, entities } => (
            "edit-error-label-is-entity-kind",
            vec![("id", quoted(&l.0)), ("entities", count(*entities))],
        ),
        E::TextUnavailable { doc: d } => ("edit-error-text-unavailable", vec![doc(d)]),
        E::OutsideText {
            doc: d,
            id: s,
            end,
            len,
        } => (
            "edit-error-outside-text",
            vec![
                ("id", id(s)),
                ("end", count(*end)),
                doc(d),
                ("len", count(*len)),
            ],
        ),
        E::SplitsGrapheme {
            doc: d,
            id: s,
            offset,
        } => (
            "edit-error-splits-grapheme",
            vec![("id", id(s)), doc(d), ("offset", count(*offset))],
        ),
        E::QuoteMismatch { doc: d, id: s } => {
            ("edit-error-quote-mismatch", vec![("id", id(s)), doc(d)])
        }
        E::MissingRecord { kind, id: r } => (
            "edit-error-missing-record",
            vec![("kind", kind.key().into()), ("id", r.as_str().into())],
        ),
        E::RecordExists { kind, id: r } => (
            "edit-error-record-exists",
            vec![("kind", kind.key().into()), ("id", r.as_str().into())],
        ),
        E::StaleRecord { kind, id: r } => (
            "edit-error-stale-record",
            vec![("kind", kind.key().into()), ("id", r.as_str().into())],
        ),
        E::RecordIdChanged {
            kind,
            before,
            after,
        } => (
            "edit-error-record-id-changed",
            vec![
                ("kind", kind.key().into()),
                ("before", before.as_str().into()),
                ("after", after.as_str().into()),
            ],
        ),
        E::EmptyRecordId { kind } => (
            "edit-error-empty-record-id",
            vec![("kind", kind.key().into())],
        ),
        E::EmptyName { kind, id: r } => (
            "edit-error-empty-name",
            vec![("kind", kind.key().into()), ("id", r.as_str().into())],
        ),
        E::NotNormalised { kind, id: r, what } => (
            "edit-error-not-normalised",
            vec![
                ("what", (*what).into()),
                ("kind", kind.key().into()),
                ("id", r.as_str().into()),
            ],
        ),
        E::UnknownOutlet { outlet } => ("edit-error-unknown-outlet", vec![("outlet", id(outlet))]),
        E::UnknownEntity { entity } => ("edit-error-unknown-entity", vec![("entity", id(entity))]),
        E::OutletInUse { id: o, documents } => (
            "edit-error-outlet-in-use",
            vec![("id", id(o)), ("documents", count(*documents))],
        ),
        E::EntityInUse {
            id: e,
            mentions,
            claims,
        } => (
            "edit-error-entity-in-use",
            vec![
                ("id", id(e)),
                ("mentions", count(*mentions)),
                ("claims", count(*claims)),
            ],
        ),
        E::SameEntity { id: e } => ("edit-error-same-entity", vec![("id", id(e))]),
        E::NotAMention {
            doc: d,
            span,
            entity,
        } => (
            "edit-error-not-a-mention",
            vec![("span", id(span)), doc(d), ("entity", id(entity))],
        ),
        E::StaleClaim { doc: d, id: c } => ("edit-error-stale-claim", vec![("id", id(c)), doc(d)]),
        E::MissingClaim { doc: d, id: c } => {
            ("edit-error-missing-claim", vec![("id", id(c)), doc(d)])
        }
        E::ClaimExists { doc: d, id: c } => {
            ("edit-error-claim-exists", vec![("id", id(c)), doc(d)])
        }
        E::ClaimIdChanged { before, after } => (
            "edit-error-claim-id-changed",
            vec![("before", id(before)), ("after", id(after))],
        ),
        E::EmptyClaimId { doc: d } => ("edit-error-empty-claim-id", vec![doc(d)]),
        E::SpanInUse {
            doc: d,
            id: s,
            claims,
        } => (
            "edit-error-span-in-use",
            vec![
                ("id", id(s)),
                doc(d),
                ("claims", listed(claims.iter().map(ClaimId::as_str))),
                ("count", count(claims.len())),
            ],
        ),
        E::ClaimSpanMissing {
            doc: d,
            claim,
            span,
        } => (
            "edit-error-claim-span-missing",
            vec![("claim", id(claim)), doc(d), ("span", id(span))],
        ),
        E::UnknownParentClaim {
            doc: d,
            claim,
            parent,
        } => (
            "edit-error-unknown-parent-claim",
            vec![("claim", id(claim)), doc(d), ("parent", id(parent))],
        ),
        E::ClaimCycle {
            doc: d,
            claim,
            parent,
        } => (
            "edit-error-claim-cycle",
            vec![("claim", id(claim)), doc(d), ("parent", id(parent))],
        ),
        E::ClaimInUse {
            doc: d,
            id: c,
            nested,
            clusters,
        } => (
            "edit-error-claim-in-use",
            vec![
                ("id", id(c)),
                doc(d),
                ("nested", count(*nested)),
                ("clusters", count(*clusters)),
            ],
        ),
        E::UnknownClusterMember {
            cluster,
            doc: d,
            claim,
        } => (
            "edit-error-unknown-cluster-member",
            vec![("cluster", id(cluster)), ("claim", id(claim)), doc(d)],
        ),
        E::AlreadyRejected { rejection } => (
            "edit-error-already-rejected",
            vec![("form", rejection.form.as_str().into())],
        ),
        E::NotRejected { rejection } => (
            "edit-error-not-rejected",
            vec![("form", rejection.form.as_str().into())],
        ),
        E::SuggesterAlready { name, on } => (
            if *on {
                "edit-error-suggester-already-on"
            } else {
                "edit-error-suggester-already-off"
            },
            vec![("name", name.as_str().into())],
        ),
        E::CueAlready { cue } => (
            "edit-error-cue-already",
            vec![("form", cue.form.as_str().into())],
        ),
        E::NoSuchCue { cue } => (
            "edit-error-no-such-cue",
            vec![("form", cue.form.as_str().into())],
        ),
        E::Relation(problem) => return problem.to_string(),
    };
    tr_plain(message, &args)
}

#[cfg(test)]
mod tests;
