//! Claims and entities from the article view: the claim frame (content, claimant, cue and its
//! fields), claim clusters across documents, and linking mentions to entities. Each gesture is
//! one transaction, so it undoes as one step.

use crate::model::{
    Claim, ClaimId, Claimant, Cluster, ClusterId, DocId, Edit, Entity, EntityId, LabelId, Project,
    Relation, SpanId, Transaction,
};
use crate::text::normalize::alias_matches;

use crate::ui::app::App;

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

    /// The selected span becomes the content of a new claim, attributed to the outlet until the
    /// analyst names the claimant.
    pub(crate) fn make_claim(&mut self) {
        let (Some(doc), Some(span)) = (self.current_doc(), self.selected_span.clone()) else {
            return;
        };
        let claim = Claim::new(ClaimId::fresh(), span, Claimant::Outlet);
        self.apply_transaction(Transaction::single(
            "Made a claim",
            Edit::AddClaim { doc, claim },
        ));
    }

    /// Changes claim `id` of the current document.
    pub(crate) fn change_claim(
        &mut self,
        id: &ClaimId,
        what: &str,
        change: impl FnOnce(&mut Claim),
    ) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        if let Some(edit) = Edit::replace_claim(ws.project(), &doc, id, change) {
            self.apply_transaction(Transaction::single(what, edit));
        }
    }

    pub(crate) fn remove_claim(&mut self, id: &ClaimId) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        if let Some(tx) = crate::model::remove_claim_with_dependents(ws.project(), &doc, id) {
            self.apply_transaction(tx);
        }
    }

    /// The next click on a word (or the next selection) fills in the claim's claimant or cue.
    pub(crate) fn start_pick(&mut self, claim: &ClaimId, role: PickRole) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        self.picking = Some(Pick {
            doc,
            claim: claim.clone(),
            role,
        });
        match role {
            PickRole::Claimant => "Click the claimant in the text (or select it); Esc cancels",
            PickRole::Cue => "Click the cue word in the text (قال، أعلن، نفى…); Esc cancels",
        }
        .clone_into(&mut self.status);
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
            PickRole::Claimant => "Set the claimant",
            PickRole::Cue => "Set the cue",
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
                    self.status = format!("Not set: {e}");
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

    /// Puts claim `claim` of the current document into cluster `cluster` with `relation`
    /// (changing the relation if it is a member already).
    pub(crate) fn set_cluster_member(
        &mut self,
        cluster: &ClusterId,
        claim: &ClaimId,
        relation: Relation,
    ) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let name = ws
            .project()
            .cluster(cluster)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        if let Some(edit) = Edit::replace_cluster(ws.project(), cluster, |c| {
            c.set_member(doc, claim.clone(), relation);
        }) {
            self.apply_transaction(Transaction::single(format!("Claim in «{name}»"), edit));
        }
    }

    /// Takes claim `claim` of the current document out of `cluster`; the cluster goes with its
    /// last claim.
    pub(crate) fn leave_cluster(&mut self, cluster: &ClusterId, claim: &ClaimId) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        if let Some(tx) = crate::model::leave_cluster(ws.project(), cluster, &doc, claim) {
            self.apply_transaction(tx);
        }
    }

    /// Deletes `cluster` (its claims stay); the matrix stops showing it as focused.
    pub(crate) fn delete_cluster(&mut self, cluster: &ClusterId) {
        let Some(ws) = &self.workspace else { return };
        if let Some(tx) = crate::model::delete_cluster(ws.project(), cluster)
            && self.apply_transaction(tx)
            && self.matrix.focus.as_ref() == Some(cluster)
        {
            self.matrix.focus = None;
        }
    }

    /// A new cluster named `name` with claim `claim` of the current document as its first member.
    pub(crate) fn new_cluster(&mut self, name: &str, claim: &ClaimId, relation: Relation) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let name = name.trim();
        if name.is_empty() {
            "A cluster needs a name".clone_into(&mut self.status);
            return;
        }
        let mut cluster = Cluster::new(ClusterId::fresh(), name);
        cluster.set_member(doc, claim.clone(), relation);
        self.apply_transaction(Transaction::single(
            format!("New cluster «{name}»"),
            Edit::add_cluster(cluster),
        ));
    }

    pub(crate) fn entity_suggestions(&self, quote: &str, label: &LabelId) -> Vec<EntityId> {
        self.workspace
            .as_ref()
            .map(|ws| suggest_entities(ws.project(), quote, label))
            .unwrap_or_default()
    }

    /// The selected span of the shown document, with its document and the project.
    fn selected_span_record(&self) -> Option<(DocId, &Project, &crate::model::Span)> {
        let doc = self.current_doc()?;
        let id = self.selected_span.as_ref()?;
        let project = self.workspace.as_ref()?.project();
        let span = project.annotations.get(&doc, id)?;
        Some((doc, project, span))
    }

    /// Links the selected span to `entity` (or unlinks it with `None`); the span's text becomes
    /// an alias of the entity when it is not one already.
    pub(crate) fn link_selected_span(&mut self, entity: Option<&EntityId>) {
        let Some((doc, project, span)) = self.selected_span_record() else {
            return;
        };
        let id = span.id.clone();
        let quote = span.quote.clone();
        let mut transaction = Transaction::new(match entity.and_then(|e| project.entity(e)) {
            Some(e) => format!("«{quote}» is {}", e.name),
            None => format!("«{quote}» linked to no entity"),
        });
        if let Some(e) = entity.and_then(|e| project.entity(e))
            && !e.names().any(|n| n == quote)
        {
            transaction.extend(Edit::replace_entity(project, &e.id, |e| {
                e.add_alias(quote.clone());
            }));
        }
        let target = entity.cloned();
        transaction.extend(Edit::replace_span(project, &doc, &id, |s| {
            s.entity = target;
        }));
        self.apply_transaction(transaction);
    }

    /// A new entity named after the selected span, with the span as its first mention. Its kind
    /// is the span's label, unless that is a claim role (a Claimant span): then the label of a
    /// span over the same words, else the schema's first kind ([`crate::model::Schema::entity_kind`]).
    pub(crate) fn new_entity_from_selected_span(&mut self) {
        let Some((doc, project, span)) = self.selected_span_record() else {
            return;
        };
        let id = span.id.clone();
        let alongside = project
            .annotations
            .overlapping(&doc, span.start, span.end)
            .filter(|s| (s.start, s.end) == (span.start, span.end))
            .map(|s| &s.label);
        let kind = project.schema.entity_kind(&span.label, alongside);
        let mut entity = Entity::new(EntityId::fresh(), span.quote.trim(), kind);
        entity.add_alias(span.quote.trim());
        let entity_id = entity.id.clone();
        let mut transaction = Transaction::new(format!("New entity «{}»", entity.name));
        transaction.push(Edit::add_entity(entity));
        transaction.extend(Edit::replace_span(project, &doc, &id, |s| {
            s.entity = Some(entity_id);
        }));
        self.apply_transaction(transaction);
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
