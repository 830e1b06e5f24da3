//! What does not hold together in a project, said in the interface's language each time it is
//! shown (`assets/i18n/*/problems.ftl`): a reference that does not resolve
//! ([`BrokenReference`]), a span or claim refused by [`Annotations`](super::Annotations)
//! ([`AnnotationError`]), a relation or relation type refused ([`RelationProblem`],
//! [`RelabelBreak`]). The values stay as they are (a load warning, an edit refused), so a switch
//! of language changes the words at once; English is word for word what it was.

use std::fmt;

use fluent_bundle::FluentValue;

use super::relation::{End, RelabelBreak};
use super::{AnnotationError, BrokenReference, RelationId, RelationProblem};
use crate::i18n::{comma, tr_plain};

/// An argument of a message: a name or ID as Rust quotes it (`"a.txt"`, escapes and all), so
/// a line break or a direction mark in it can neither break the message nor disguise itself.
pub(crate) fn quoted(text: &str) -> FluentValue<'static> {
    format!("{text:?}").into()
}

/// An ID as it is written, unquoted (span, claim, relation and entity IDs are hex digits).
pub(crate) fn id(value: &impl fmt::Display) -> FluentValue<'static> {
    value.to_string().into()
}

/// The key a message selects its words by for a relation's end.
fn end_key(end: End) -> FluentValue<'static> {
    match end {
        End::Source => "source",
        End::Target => "target",
    }
    .into()
}

impl fmt::Display for BrokenReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::DocumentOutlet { doc, outlet } => tr_plain(
                "problem-reference-document-outlet",
                &[("doc", quoted(&doc.0)), ("outlet", id(outlet))],
            ),
            Self::EntityKind { entity, kind } => tr_plain(
                "problem-reference-entity-kind",
                &[("entity", id(entity)), ("kind", quoted(&kind.0))],
            ),
            Self::SpanEntity { doc, span, entity } => tr_plain(
                "problem-reference-span-entity",
                &[
                    ("span", id(span)),
                    ("doc", quoted(&doc.0)),
                    ("entity", id(entity)),
                ],
            ),
            Self::ClaimSpan { doc, claim, span } => tr_plain(
                "problem-reference-claim-span",
                &[
                    ("claim", id(claim)),
                    ("doc", quoted(&doc.0)),
                    ("span", id(span)),
                ],
            ),
            Self::ClaimEntity { doc, claim, entity } => tr_plain(
                "problem-reference-claim-entity",
                &[
                    ("claim", id(claim)),
                    ("doc", quoted(&doc.0)),
                    ("entity", id(entity)),
                ],
            ),
            Self::ClaimParent { doc, claim, parent } => tr_plain(
                "problem-reference-claim-parent",
                &[
                    ("claim", id(claim)),
                    ("doc", quoted(&doc.0)),
                    ("parent", id(parent)),
                ],
            ),
            Self::ClaimCycle { doc, claim } => tr_plain(
                "problem-reference-claim-cycle",
                &[("claim", id(claim)), ("doc", quoted(&doc.0))],
            ),
            Self::ClusterMember {
                cluster,
                doc,
                claim,
            } => tr_plain(
                "problem-reference-cluster-member",
                &[
                    ("cluster", id(cluster)),
                    ("claim", id(claim)),
                    ("doc", quoted(&doc.0)),
                ],
            ),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for AnnotationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Self::DuplicateId { id: span, doc } => tr_plain(
                "problem-annotation-span-exists",
                &[("id", id(span)), ("doc", quoted(&doc.0))],
            ),
            Self::Missing { id: span, doc } => tr_plain(
                "problem-annotation-span-missing",
                &[("id", id(span)), ("doc", quoted(&doc.0))],
            ),
            Self::Empty {
                id: span,
                start,
                end,
            } => tr_plain(
                "problem-annotation-span-empty",
                &[
                    ("id", id(span)),
                    ("start", (*start).into()),
                    ("end", (*end).into()),
                ],
            ),
            Self::DuplicateClaimId { id: claim, doc } => tr_plain(
                "problem-annotation-claim-exists",
                &[("id", id(claim)), ("doc", quoted(&doc.0))],
            ),
            Self::MissingClaim { id: claim, doc } => tr_plain(
                "problem-annotation-claim-missing",
                &[("id", id(claim)), ("doc", quoted(&doc.0))],
            ),
            Self::EmptyClaimId { doc } => tr_plain(
                "problem-annotation-claim-empty-id",
                &[("doc", quoted(&doc.0))],
            ),
        };
        f.write_str(&text)
    }
}

impl fmt::Display for RelationProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&relation_problem(self))
    }
}

/// `problem` in the interface's language.
#[expect(
    clippy::too_many_lines,
    reason = "one arm per variant, each its message and arguments"
)]
fn relation_problem(problem: &RelationProblem) -> String {
    use RelationProblem as P;
    let (message, args): (&str, Vec<(&str, FluentValue<'static>)>) = match problem {
        P::EmptyId => ("problem-relation-empty-id", vec![]),
        P::DuplicateId { id: relation, doc } => (
            "problem-relation-exists",
            vec![("id", id(relation)), ("doc", quoted(&doc.0))],
        ),
        P::Missing { id: relation, doc } => (
            "problem-relation-missing",
            vec![("id", id(relation)), ("doc", quoted(&doc.0))],
        ),
        P::Stale { id: relation, doc } => (
            "problem-relation-stale",
            vec![("id", id(relation)), ("doc", quoted(&doc.0))],
        ),
        P::IdChanged { before, after } => (
            "problem-relation-id-changed",
            vec![("before", id(before)), ("after", id(after))],
        ),
        P::MissingSource {
            id: relation,
            doc,
            span,
        } => (
            "problem-relation-missing-source",
            vec![
                ("id", id(relation)),
                ("span", id(span)),
                ("doc", quoted(&doc.0)),
            ],
        ),
        P::MissingTarget { id: relation, span } => (
            "problem-relation-missing-target",
            vec![("id", id(relation)), ("span", id(span))],
        ),
        P::UnknownType { kind } => (
            "problem-relation-unknown-type",
            vec![("kind", quoted(&kind.0))],
        ),
        P::SourceLabel { kind, label } => (
            "problem-relation-source-label",
            vec![("kind", quoted(&kind.0)), ("label", quoted(&label.0))],
        ),
        P::TargetLabel { kind, label } => (
            "problem-relation-target-label",
            vec![("kind", quoted(&kind.0)), ("label", quoted(&label.0))],
        ),
        P::SelfRelation { span } => ("problem-relation-self", vec![("span", id(span))]),
        P::Duplicate { existing, kind } => (
            "problem-relation-duplicate",
            vec![("existing", id(existing)), ("kind", quoted(&kind.0))],
        ),
        P::SpanInUse { span, relations } => (
            "problem-relation-span-in-use",
            vec![
                ("span", id(span)),
                ("count", relations.len().into()),
                (
                    "relations",
                    listed(relations.iter().map(RelationId::as_str)),
                ),
            ],
        ),
        P::TypeIndex { index, len } => (
            "problem-relation-type-index",
            vec![("index", (*index).into()), ("count", (*len).into())],
        ),
        P::StaleType { index } => (
            "problem-relation-type-stale",
            vec![("index", (*index).into())],
        ),
        P::TypeExists { kind } => (
            "problem-relation-type-exists",
            vec![("kind", quoted(&kind.0))],
        ),
        P::TypeIdChanged { before, after } => (
            "problem-relation-type-id-changed",
            vec![("before", quoted(&before.0)), ("after", quoted(&after.0))],
        ),
        P::EmptyTypeId => ("problem-relation-type-empty-id", vec![]),
        P::BadTypeName { name, problem } => (
            "problem-relation-type-bad-name",
            vec![
                ("name", super::schema::shown_label_name(name).into()),
                ("problem", problem.to_string().into()),
            ],
        ),
        P::TypeInUse { kind, relations } => (
            "problem-relation-type-in-use",
            vec![("kind", quoted(&kind.0)), ("count", (*relations).into())],
        ),
        P::LabelAllowed { label, kind, end } => (
            "problem-relation-label-allowed",
            vec![
                ("label", quoted(&label.0)),
                ("kind", quoted(&kind.0)),
                ("end", end_key(*end)),
            ],
        ),
        P::RelabelBreaks(breaks) => return breaks.to_string(),
        P::TypeNarrowed {
            kind,
            relations,
            label,
            end,
        } => (
            "problem-relation-type-narrowed",
            vec![
                ("count", (*relations).into()),
                ("kind", quoted(&kind.0)),
                ("label", quoted(&label.0)),
                ("end", end_key(*end)),
            ],
        ),
        P::TypeBothWays {
            kind,
            first,
            second,
        } => (
            "problem-relation-type-both-ways",
            vec![
                ("first", id(first)),
                ("second", id(second)),
                ("kind", quoted(&kind.0)),
            ],
        ),
    };
    tr_plain(message, &args)
}

/// IDs one after the other, with the language's comma.
pub(crate) fn listed<'a>(ids: impl IntoIterator<Item = &'a str>) -> FluentValue<'static> {
    ids.into_iter().collect::<Vec<_>>().join(comma()).into()
}

impl fmt::Display for RelabelBreak {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr_plain(
            "problem-relation-relabel-breaks",
            &[
                ("span", id(&self.span)),
                ("label", quoted(&self.label.0)),
                ("end", end_key(self.end)),
                ("relation", id(&self.relation)),
                ("kind", self.kind_name.as_str().to_owned().into()),
            ],
        ))
    }
}

#[cfg(test)]
mod tests;
