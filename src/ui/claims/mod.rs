//! Claims and entities from the article view: the claim frame (content, claimant, cue and its
//! fields), claim clusters across documents, and linking mentions to entities. Each gesture is
//! one transaction, so it undoes as one step.

use crate::model::{
    Claim, ClaimId, Claimant, Cluster, ClusterId, DocId, Edit, Entity, EntityId, LabelId, Message,
    Project, Relation, SpanId, Transaction,
};
use crate::text::normalize::alias_matches;

use crate::ui::app::App;

pub mod frame;
pub mod panel;

/// The label a claim's content span carries in the default schema (labelling with it makes the
/// claim frame at once), and those given to spans made by clicking a claimant or a cue word.
pub use crate::model::schema::{CLAIM_LABEL, CLAIMANT_LABEL, CUE_LABEL};

/// A part of a claim the next click (or selection) in the text fills in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    pub doc: DocId,
    pub claim: ClaimId,
    pub role: PickRole,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickRole {
    Claimant,
    Cue,
}

impl App {
    /// Shows document `doc` with span `span` selected and scrolled into view.
    pub(crate) fn jump_to_span(&mut self, doc: &DocId, span: &SpanId) {
        let Some(ws) = &self.workspace else { return };
        let Some(i) = ws.project().document_index(doc) else {
            return;
        };
        let start = ws.project().annotations.get(doc, span).map(|s| s.start);
        if self.selected != Some(i) {
            self.selected = Some(i);
            self.article.reset();
        }
        self.article.selection = None;
        self.selected_span = Some(span.clone());
        self.article.scroll_to = start;
    }

    /// Shows document `doc` with the char range selected, as a search hit.
    pub(crate) fn jump_to_range(&mut self, doc: usize, range: std::ops::Range<usize>) {
        if self.selected != Some(doc) {
            self.selected = Some(doc);
            self.article.reset();
        }
        self.selected_span = None;
        self.article.selection = Some(crate::ui::widgets::article_view::TextSelection {
            anchor: range.start,
            focus: range.end,
        });
        self.article.scroll_to = Some(range.start);
    }

    /// The next click on a word (or the next selection) fills in the claim's claimant or cue
    /// (asked for by the inspector as [`crate::ui::Command::StartPick`]).
    pub(crate) fn start_pick(&mut self, pick: Pick) {
        if Some(&pick.doc) != self.current_doc().as_ref() {
            return;
        }
        self.status = crate::ui::status::Status::say(match pick.role {
            PickRole::Claimant => "status-pick-claimant",
            PickRole::Cue => "status-pick-cue",
        });
        self.picking = Some(pick);
    }

    /// Fills in the part being picked with the span at `range` (an existing span with exactly
    /// that range, the innermost span there, or a new one), in one step.
    pub(crate) fn finish_pick(&mut self, range: std::ops::Range<usize>) {
        let Some(pick) = self.picking.take() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        if Some(&pick.doc) != self.current_doc().as_ref() {
            return;
        }
        let project = ws.project();
        let Some(claim) = project.annotations.claim(&pick.doc, &pick.claim) else {
            return;
        };
        let content = claim.content.clone();
        let existing = project
            .annotations
            .spans(&pick.doc)
            .iter()
            .filter(|s| s.id != content)
            .filter(|s| s.start <= range.start && range.end <= s.end)
            .min_by_key(|s| s.end - s.start)
            .map(|s| s.id.clone());
        let mut transaction = Transaction::new(match pick.role {
            PickRole::Claimant => Message::CLAIM_EDIT_CLAIMANT,
            PickRole::Cue => Message::CLAIM_EDIT_CUE,
        });
        let span_id = if let Some(id) = existing {
            id
        } else {
            let label = match pick.role {
                PickRole::Claimant => CLAIMANT_LABEL,
                PickRole::Cue => CUE_LABEL,
            };
            let label = if project.schema.label(&LabelId(label.to_owned())).is_some() {
                LabelId(label.to_owned())
            } else {
                // A schema without those labels: mark it like the claim's content.
                project
                    .annotations
                    .get(&pick.doc, &content)
                    .map_or(LabelId(label.to_owned()), |s| s.label.clone())
            };
            match ws.new_span(&pick.doc, range.start, range.end, label) {
                Ok(span) => {
                    let id = span.id.clone();
                    transaction.push(Edit::AddSpan {
                        doc: pick.doc.clone(),
                        span,
                    });
                    id
                }
                Err(e) => {
                    self.status =
                        crate::ui::status::Status::say("status-not-set").shown("reason", e);
                    return;
                }
            }
        };
        let role = pick.role;
        let linked = span_id.clone();
        transaction.extend(Edit::replace_claim(
            project,
            &pick.doc,
            &pick.claim,
            |c| match role {
                PickRole::Claimant => c.claimant = Claimant::Mention(linked),
                PickRole::Cue => c.cue = Some(linked),
            },
        ));
        if self.apply_transaction(transaction) {
            self.selected_span = Some(content);
            self.article.selection = None;
        }
    }

    /// Deletes `cluster` (its claims stay); the matrix forgets a focus on it by itself.
    pub(crate) fn delete_cluster(&mut self, cluster: &ClusterId) {
        let Some(ws) = &self.workspace else { return };
        if let Some(tx) = crate::model::delete_cluster(ws.project(), cluster) {
            self.apply_transaction(tx);
        }
    }
}

/// Entities whose name or an alias matches `quote` after Arabic normalisation (a proclitic on
/// the mention is allowed: «لداعش» matches «داعش»), those of the kind `label` first, then by name.
pub fn suggest_entities(project: &Project, quote: &str, label: &LabelId) -> Vec<EntityId> {
    let mut found: Vec<(bool, &str, EntityId)> = project
        .entities
        .values()
        .filter(|e| e.names().any(|n| alias_matches(n, quote)))
        .map(|e| (&e.kind != label, e.name.as_str(), e.id.clone()))
        .collect();
    found.sort();
    found.into_iter().map(|(_, _, id)| id).collect()
}

/// Span `span` of `doc` becomes the content of a new claim, attributed to the outlet until the
/// analyst names the claimant.
pub fn make_claim(doc: &DocId, span: &SpanId) -> Transaction {
    let claim = Claim::new(ClaimId::fresh(), span.clone(), Claimant::Outlet);
    Transaction::single(
        Message::CLAIM_EDIT_MADE,
        Edit::AddClaim {
            doc: doc.clone(),
            claim,
        },
    )
}

/// Claim `id` of `doc` changed by `change`, as one step described by `what` (`None` when there
/// is no such claim).
pub fn change_claim(
    project: &Project,
    doc: &DocId,
    id: &ClaimId,
    what: Message,
    change: impl FnOnce(&mut Claim),
) -> Option<Transaction> {
    Edit::replace_claim(project, doc, id, change).map(|edit| Transaction::single(what, edit))
}

/// Claim `claim` of `doc` put into `cluster` with `relation` (the relation changed if it is a
/// member already).
pub fn set_cluster_member(
    project: &Project,
    doc: &DocId,
    cluster: &ClusterId,
    claim: &ClaimId,
    relation: Relation,
) -> Option<Transaction> {
    let name = project.cluster(cluster)?.name.clone();
    let edit = Edit::replace_cluster(project, cluster, |c| {
        c.set_member(doc.clone(), claim.clone(), relation);
    })?;
    Some(Transaction::single(
        Message::CLAIM_EDIT_IN_CLUSTER.with("name", name),
        edit,
    ))
}

/// A new cluster named `name` with claim `claim` of `doc` as its first member, or why not (the
/// ID of the message saying so).
pub fn new_cluster(
    doc: &DocId,
    name: &str,
    claim: &ClaimId,
    relation: Relation,
) -> Result<Transaction, &'static str> {
    let name = name.trim();
    if name.is_empty() {
        return Err("claim-cluster-needs-name");
    }
    let mut cluster = Cluster::new(ClusterId::fresh(), name);
    cluster.set_member(doc.clone(), claim.clone(), relation);
    Ok(Transaction::single(
        Message::CLAIM_EDIT_NEW_CLUSTER.with("name", name),
        Edit::add_cluster(cluster),
    ))
}

/// Span `span` of `doc` linked to `entity` (or unlinked with `None`); the span's text becomes
/// an alias of the entity when it is not one already.
pub fn link_span(
    project: &Project,
    doc: &DocId,
    span: &SpanId,
    entity: Option<&EntityId>,
) -> Option<Transaction> {
    let quote = project.annotations.get(doc, span)?.quote.clone();
    let entity = entity.and_then(|e| project.entity(e));
    let mut transaction = Transaction::new(match entity {
        Some(e) => Message::CLAIM_EDIT_LINKED
            .with("quote", &quote)
            .with("name", &e.name),
        None => Message::CLAIM_EDIT_UNLINKED.with("quote", &quote),
    });
    if let Some(e) = entity
        && !e.names().any(|n| n == quote)
    {
        transaction.extend(Edit::replace_entity(project, &e.id, |e| {
            e.add_alias(quote.clone());
        }));
    }
    let target = entity.map(|e| e.id.clone());
    transaction.extend(Edit::replace_span(project, doc, span, |s| {
        s.entity = target;
    }));
    Some(transaction)
}

/// A new entity named after span `span` of `doc`, with the span as its first mention. Its kind
/// is the span's label, unless that is a claim role (a Claimant span): then the label of a span
/// over the same words, else the schema's first kind ([`crate::model::Schema::entity_kind`]).
pub fn new_entity_from_span(project: &Project, doc: &DocId, span: &SpanId) -> Option<Transaction> {
    let span = project.annotations.get(doc, span)?;
    let alongside = project
        .annotations
        .overlapping(doc, span.start, span.end)
        .filter(|s| (s.start, s.end) == (span.start, span.end))
        .map(|s| &s.label);
    let kind = project.schema.entity_kind(&span.label, alongside);
    let mut entity = Entity::new(EntityId::fresh(), span.quote.trim(), kind);
    entity.add_alias(span.quote.trim());
    let entity_id = entity.id.clone();
    let mut transaction =
        Transaction::new(Message::CLAIM_EDIT_NEW_ENTITY.with("name", &entity.name));
    transaction.push(Edit::add_entity(entity));
    transaction.extend(Edit::replace_span(project, doc, &span.id, |s| {
        s.entity = Some(entity_id);
    }));
    Some(transaction)
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error"
)]
mod tests {
    use super::*;
    use crate::model::compound::tests::{claim_id, doc, entity_id, project, span_id};

    /// The English text without the isolate marks around arguments.
    fn plain(text: &str) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn claim_gestures_are_single_transactions_that_apply() {
        let mut p = project();
        let a = doc("a");
        make_claim(&a, &span_id("a4"))
            .apply_checked(&mut p)
            .unwrap();
        let made = p.annotations.claims(&a).iter().filter(|c| {
            c.content == span_id("a4") && c.claimant == Claimant::Outlet && c.parent.is_none()
        });
        assert_eq!(made.count(), 1, "a new claim besides kc");

        let tx = change_claim(&p, &a, &claim_id("ka"), Message::CLAIM_EDIT_NOTE, |c| {
            c.note = "بحسب الوكالة".into();
        })
        .unwrap();
        assert_eq!(tx.description, Message::CLAIM_EDIT_NOTE.into());
        tx.apply_checked(&mut p).unwrap();
        assert_eq!(
            p.annotations.claim(&a, &claim_id("ka")).unwrap().note,
            "بحسب الوكالة"
        );
        assert!(
            change_claim(&p, &a, &claim_id("none"), Message::CLAIM_EDIT_NOTE, |_| {}).is_none()
        );
    }

    #[test]
    fn clusters_take_claims_and_need_a_name() {
        crate::i18n::set_locale(crate::i18n::Locale::default());
        let mut p = project();
        let (a, k) = (doc("a"), ClusterId("k".into()));
        let tx = set_cluster_member(&p, &a, &k, &claim_id("kc"), Relation::Supports).unwrap();
        assert_eq!(plain(&tx.description.text()), "Claim in «حقل»");
        tx.apply_checked(&mut p).unwrap();
        let cluster = p.cluster(&k).unwrap();
        assert_eq!(
            cluster.member(&a, &claim_id("kc")).map(|m| m.relation),
            Some(Relation::Supports)
        );
        assert!(
            set_cluster_member(
                &p,
                &a,
                &ClusterId("none".into()),
                &claim_id("kc"),
                Relation::Reports
            )
            .is_none()
        );

        assert_eq!(
            new_cluster(&a, "  ", &claim_id("kc"), Relation::Reports).err(),
            Some("claim-cluster-needs-name")
        );
        new_cluster(&a, " نفي الانسحاب ", &claim_id("kc"), Relation::Denies)
            .unwrap()
            .apply_checked(&mut p)
            .unwrap();
        let made = p
            .clusters
            .values()
            .find(|c| c.name == "نفي الانسحاب")
            .unwrap();
        assert_eq!(
            made.member(&a, &claim_id("kc")).map(|m| m.relation),
            Some(Relation::Denies)
        );
    }

    #[test]
    fn linking_a_mention_adds_its_text_as_an_alias_and_unlinking_keeps_the_entity() {
        crate::i18n::set_locale(crate::i18n::Locale::default());
        let mut p = project();
        let (a, a4) = (doc("a"), span_id("a4"));
        let tx = link_span(&p, &a, &a4, Some(&entity_id("m"))).unwrap();
        assert_eq!(plain(&tx.description.text()), "«xxxxxx» is محمد");
        tx.apply_checked(&mut p).unwrap();
        assert_eq!(
            p.annotations.get(&a, &a4).unwrap().entity,
            Some(entity_id("m"))
        );
        assert!(
            p.entity(&entity_id("m"))
                .unwrap()
                .names()
                .any(|n| n == "xxxxxx")
        );

        link_span(&p, &a, &a4, None)
            .unwrap()
            .apply_checked(&mut p)
            .unwrap();
        assert_eq!(p.annotations.get(&a, &a4).unwrap().entity, None);
        assert!(p.entity(&entity_id("m")).is_some());
        assert!(link_span(&p, &a, &span_id("none"), None).is_none());
    }

    #[test]
    fn a_new_entity_is_named_after_the_span_and_takes_its_label_as_kind() {
        let mut p = project();
        let (a, a2) = (doc("a"), span_id("a2"));
        new_entity_from_span(&p, &a, &a2)
            .unwrap()
            .apply_checked(&mut p)
            .unwrap();
        let linked = p.annotations.get(&a, &a2).unwrap().entity.clone().unwrap();
        assert_ne!(linked, entity_id("m"));
        let entity = p.entity(&linked).unwrap();
        assert_eq!(entity.name, "xxxx");
        assert_eq!(entity.kind, LabelId("PER".into()));
    }
}
