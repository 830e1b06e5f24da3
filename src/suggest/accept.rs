//! What the analyst does with a suggestion: accept it (one [`Transaction`], so one undo step),
//! accept every one of its form at once, reject it (remembered in the project's
//! [`SuggestionFeedback`](crate::model::SuggestionFeedback)), or switch its suggester off; and
//! whether a suggestion made against an older state of the project still proposes something.

use super::around::Around;
use super::{Kind, Piece, Source, Suggestion};
use crate::i18n::tr_plain;
use crate::model::schema::{CLAIM_LABEL, CLAIMANT_LABEL, CUE_LABEL};
use crate::model::{
    Claim, ClaimId, Claimant, ClusterId, Description, Edit, EditError, LabelId, Message, Project,
    Schema, Span, SpanId, Transaction,
};

/// Why a suggestion could not be accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AcceptError {
    #[error("{}", tr_plain("suggest-missing-label", &[("label", format!("{:?}", .0.0).into())]))]
    MissingLabel(LabelId),
    #[error("{}", tr_plain("suggest-unknown-cluster", &[("cluster", .0.to_string().into())]))]
    UnknownCluster(ClusterId),
    #[error("{}", tr_plain("suggest-no-longer-fits", &[("error", .0.to_string().into())]))]
    Edit(#[from] EditError),
}

/// The grapheme boundaries of the document last accepted in, so that accepting many suggestions
/// of one document finds them once.
#[derive(Default)]
struct Anchors {
    last: Option<(Suggestion, Around)>,
}

impl Anchors {
    fn of(&mut self, suggestion: &Suggestion) -> (String, String) {
        if !self
            .last
            .as_ref()
            .is_some_and(|(last, _)| last.same_text(suggestion))
        {
            let around = Around::new(suggestion.document_text());
            self.last = Some((suggestion.clone(), around));
        }
        match &self.last {
            Some((_, around)) => suggestion.anchor_in(around),
            None => suggestion.anchor(),
        }
    }
}

/// `suggestion` as one transaction: a span; a claim with its content, cue and claimant spans (a
/// span already marking the same words with the same role is used instead of a new one); or a
/// cluster membership.
pub fn accept(project: &Project, suggestion: &Suggestion) -> Result<Transaction, AcceptError> {
    accept_with(project, suggestion, &mut Anchors::default())
}

fn accept_with(
    project: &Project,
    suggestion: &Suggestion,
    anchors: &mut Anchors,
) -> Result<Transaction, AcceptError> {
    let doc = suggestion.document();
    match &suggestion.kind {
        Kind::Span { label, entity } => {
            let mut span = new_span(suggestion, &suggestion.piece(), label, anchors);
            span.entity = entity.clone().filter(|e| project.entity(e).is_some());
            Ok(Transaction::single(
                Message::ACCEPTED_SPAN.with("text", suggestion.text()),
                Edit::AddSpan {
                    doc: doc.clone(),
                    span,
                },
            ))
        }
        Kind::Claim {
            cue,
            claimant,
            claimant_entity,
            polarity,
            quote_mode,
        } => {
            let mut transaction =
                Transaction::new(Message::ACCEPTED_CLAIM.with("text", suggestion.text()));
            let mut role = |label: &str, piece: &Piece, transaction: &mut Transaction| {
                role_span(project, suggestion, label, piece, transaction, anchors)
            };
            let content = role(CLAIM_LABEL, &suggestion.piece(), &mut transaction)?;
            let cue = role(CUE_LABEL, cue, &mut transaction)?;
            let entity = claimant_entity
                .clone()
                .filter(|e| project.entity(e).is_some());
            let claimant = match (claimant, entity) {
                (Some(piece), entity) => {
                    let id = role(CLAIMANT_LABEL, piece, &mut transaction)?;
                    if let (Some(entity), Some(Edit::AddSpan { span, .. })) =
                        (entity, transaction.edits.last_mut())
                        && span.id == id
                    {
                        span.entity = Some(entity);
                    }
                    Claimant::Mention(id)
                }
                (None, Some(entity)) => Claimant::Entity(entity),
                (None, None) => Claimant::Outlet,
            };
            let mut claim = Claim::new(ClaimId::fresh(), content, claimant);
            claim.cue = Some(cue);
            claim.polarity = *polarity;
            claim.quote_mode = *quote_mode;
            transaction.push(Edit::AddClaim {
                doc: doc.clone(),
                claim,
            });
            Ok(transaction)
        }
        Kind::Cluster {
            claim,
            cluster,
            relation,
        } => {
            let edit = Edit::replace_cluster(project, cluster, |c| {
                c.set_member(doc.clone(), claim.clone(), *relation);
            })
            .ok_or_else(|| AcceptError::UnknownCluster(cluster.clone()))?;
            Ok(Transaction::single(
                Message::ACCEPTED_MEMBER.with("text", suggestion.text()),
                edit,
            ))
        }
    }
}

/// A span over `piece` of `suggestion`'s document; over the suggestion's own range, it keeps
/// the text around as its anchor.
fn new_span(
    suggestion: &Suggestion,
    piece: &Piece,
    label: &LabelId,
    anchors: &mut Anchors,
) -> Span {
    let mut span = Span::new(
        SpanId::fresh(),
        piece.start(),
        piece.end(),
        label.clone(),
        suggestion.text_of(piece),
    );
    if *piece == suggestion.piece() {
        (span.prefix, span.suffix) = anchors.of(suggestion);
    }
    span
}

/// The span of `suggestion`'s document labelled `role` over `piece`: one already there, or a new
/// one added to `transaction`.
fn role_span(
    project: &Project,
    suggestion: &Suggestion,
    role: &str,
    piece: &Piece,
    transaction: &mut Transaction,
    anchors: &mut Anchors,
) -> Result<SpanId, AcceptError> {
    let label = LabelId(role.to_owned());
    if project.schema.label(&label).is_none() {
        return Err(AcceptError::MissingLabel(label));
    }
    let doc = suggestion.document();
    if let Some(span) = project
        .annotations
        .spans(doc)
        .iter()
        .find(|s| (s.start, s.end, &s.label) == (piece.start(), piece.end(), &label))
    {
        return Ok(span.id.clone());
    }
    let span = new_span(suggestion, piece, &label, anchors);
    let id = span.id.clone();
    transaction.push(Edit::AddSpan {
        doc: doc.clone(),
        span,
    });
    Ok(id)
}

/// Every suggestion of `suggestions` as one transaction (one undo step), each accepted against
/// the project as the ones before left it, so two claims naming the same claimant share its span.
pub fn accept_all<'s>(
    project: &Project,
    suggestions: impl IntoIterator<Item = &'s Suggestion>,
    description: impl Into<Description>,
) -> Result<Transaction, AcceptError> {
    let mut scratch = project.clone();
    let mut all = Transaction::new(description);
    let mut anchors = Anchors::default();
    for s in suggestions {
        let one = accept_with(&scratch, s, &mut anchors)?;
        one.apply_checked(&mut scratch)?;
        all.extend(one.edits);
    }
    Ok(all)
}

/// Rejecting `suggestion`: one edit remembering it in the project (so undo brings it back and a
/// save keeps it); `None` when it is rejected already.
pub fn reject(project: &Project, suggestion: &Suggestion) -> Option<Transaction> {
    let rejection = suggestion.rejection();
    (!project.suggestions.is_rejected(&rejection)).then(|| {
        Transaction::single(
            Message::REJECTED.with("text", suggestion.text()),
            Edit::RejectSuggestion { rejection },
        )
    })
}

/// Switching `source` on or off for the project, as one edit; `None` when it already is.
pub fn switch(project: &Project, source: Source, on: bool) -> Option<Transaction> {
    let name = source.name();
    (project.suggestions.is_on(name) != on).then(|| {
        Transaction::single(
            if on {
                Message::SUGGESTER_ON
            } else {
                Message::SUGGESTER_OFF
            }
            .with("suggester", source.message()),
            Edit::SwitchSuggester {
                name: name.to_owned(),
                on,
            },
        )
    })
}

/// Whether `suggestion`, made against an older state of `project`, still proposes something
/// new: not rejected since, its suggester still on, and nothing marked over it since (a span
/// where it proposes one, a claim over its content, a cluster for its claim). A window keeps
/// showing the suggestions it has through edits and undo this way, until they are made again.
pub fn is_open(project: &Project, suggestion: &Suggestion) -> bool {
    let doc = suggestion.document();
    let annotations = &project.annotations;
    let feedback = &project.suggestions;
    if !feedback.is_on(suggestion.source.name()) || suggestion.is_rejected(feedback) {
        return false;
    }
    let (start, end) = (suggestion.start(), suggestion.end());
    match &suggestion.kind {
        Kind::Span { .. } => !annotations
            .spans(doc)
            .iter()
            .any(|s| !Schema::is_claim_role(&s.label) && s.overlaps(start, end)),
        Kind::Claim { .. } => !annotations.claims(doc).iter().any(|c| {
            annotations
                .get(doc, &c.content)
                .is_some_and(|s| s.start < end && start < s.end)
        }),
        Kind::Cluster { claim, .. } => {
            annotations.claim(doc, claim).is_some()
                && !project
                    .clusters
                    .values()
                    .any(|c| c.members.iter().any(|m| &m.doc == doc && &m.claim == claim))
        }
    }
}

/// The suggestions of `suggestions` that propose what `like` proposes — the same normalised form
/// and label (spans), or the same kind otherwise — in `like`'s document, or in every document
/// when `corpus`: what "accept all of this form" accepts.
pub fn same_form<'s>(
    suggestions: &'s [Suggestion],
    like: &Suggestion,
    corpus: bool,
) -> Vec<&'s Suggestion> {
    let key = like.proposal();
    suggestions
        .iter()
        .filter(|s| corpus || s.document() == like.document())
        .filter(|s| s.kind.name() == key.0 && s.proposal() == key)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_is_said_in_the_interface_language() {
        use crate::i18n::Language;
        let errors = [
            AcceptError::MissingLabel(LabelId("CUE".to_owned())),
            AcceptError::UnknownCluster(ClusterId("c7".to_owned())),
        ];
        let said = |language| crate::i18n::said_in(language, &errors);
        let english = said(Language::English);
        assert_eq!(
            english,
            [
                "the schema has no label \"CUE\", which a claim frame's parts need",
                "there is no cluster c7",
            ]
        );
        let arabic = said(Language::Arabic);
        crate::i18n::assert_arabic(&arabic, &english, &["schema", "cluster"]);
        assert!(
            arabic[0].contains("\"CUE\"") && arabic[1].contains("c7"),
            "{arabic:?}"
        );
    }
}
