//! What the inspector's claim and entity sections show, built from the project before drawing
//! and tested without a window.

use crate::i18n::{tr, tr_args};
use crate::model::{Claim, ClaimId, Claimant, ClusterId, DocId, EntityId, Project, Relation, Span};

/// Who makes a claim, in words: an entity's name, a mention's text (with its entity's name
/// when that differs), an anonymous source, or the outlet; in the interface's language.
pub fn claimant_name(project: &Project, doc: &DocId, claimant: &Claimant) -> String {
    match claimant {
        Claimant::Entity(e) => project
            .entity(e)
            .map_or_else(|| tr("claim-missing-entity"), |e| e.name.clone()),
        Claimant::Mention(s) => project.annotations.get(doc, s).map_or_else(
            || tr("claim-missing-mention"),
            |s| {
                let entity = s.entity.as_ref().and_then(|e| project.entity(e));
                match entity {
                    Some(e) if e.name != s.quote => format!("«{}» ({})", s.quote, e.name),
                    _ => format!("«{}»", s.quote),
                }
            },
        ),
        Claimant::Anonymous => tr("claim-claimant-anonymous"),
        Claimant::Outlet => tr("claim-claimant-outlet"),
    }
}

/// Every entity of the project as (name, ID), sorted by name, for the menus.
fn entities_by_name(project: &Project) -> Vec<(String, EntityId)> {
    let mut all: Vec<(String, EntityId)> = project
        .entities
        .values()
        .map(|e| (e.name.clone(), e.id.clone()))
        .collect();
    all.sort();
    all
}

/// What the inspector's entity section shows for a span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntitySection {
    /// The span mentions this entity; `line` is its name and kind.
    Linked { id: EntityId, line: String },
    /// No entity yet: those whose name or an alias matches the span's text (at most four, best
    /// first), and every entity by name for the menu.
    Unlinked {
        suggested: Vec<(EntityId, String)>,
        all: Vec<(String, EntityId)>,
    },
}

pub fn entity_section(project: &Project, span: &Span) -> EntitySection {
    if let Some(entity) = span.entity.as_ref().and_then(|e| project.entity(e)) {
        let kind = project
            .schema
            .label(&entity.kind)
            .map_or(entity.kind.0.as_str(), |l| l.name.as_str());
        return EntitySection::Linked {
            id: entity.id.clone(),
            line: format!("{} · {kind}", entity.name),
        };
    }
    let suggested = super::suggest_entities(project, &span.quote, &span.label)
        .into_iter()
        .filter_map(|id| {
            let name = project.entity(&id)?.name.clone();
            Some((id, name))
        })
        .take(4)
        .collect();
    EntitySection::Unlinked {
        suggested,
        all: entities_by_name(project),
    }
}

/// What span `span` of `doc` is in claims other than as their content: one line per claim it is
/// the claimant or the cue of (with Fluent's isolate marks around the quote).
pub fn span_roles(project: &Project, doc: &DocId, span: &Span) -> Vec<String> {
    project
        .annotations
        .claims(doc)
        .iter()
        .filter(|c| c.content != span.id && c.uses_span(&span.id))
        .filter_map(|c| {
            let content = project.annotations.get(doc, &c.content)?;
            let id = if c.cue.as_ref() == Some(&span.id) {
                "claim-role-cue"
            } else {
                "claim-role-claimant"
            };
            Some(tr_args(id, &[("quote", content.quote.as_str().into())]))
        })
        .collect()
}

/// A cluster as the claim frame lists it: the claim's relation to it, if it is a member.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClusterRow {
    pub name: String,
    pub id: ClusterId,
    pub relation: Option<Relation>,
}

/// What the claim frame shows, built from the project before drawing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimFrame {
    /// Who claims it, in words ([`claimant_name`]).
    pub claimant: String,
    /// The cue word's text, if there is one.
    pub cue: Option<String>,
    /// Every entity by name, for the claimant menu.
    pub entities: Vec<(String, EntityId)>,
    /// The document's other claims with their content's text, for "Within".
    pub others: Vec<(ClaimId, String)>,
    /// Every cluster by name.
    pub clusters: Vec<ClusterRow>,
}

impl ClaimFrame {
    pub fn new(project: &Project, doc: &DocId, claim: &Claim) -> Self {
        let cue = claim
            .cue
            .as_ref()
            .and_then(|c| project.annotations.get(doc, c))
            .map(|s| s.quote.clone());
        let others = project
            .annotations
            .claims(doc)
            .iter()
            .filter(|c| c.id != claim.id)
            .filter_map(|c| {
                let q = project.annotations.get(doc, &c.content)?.quote.clone();
                Some((c.id.clone(), q))
            })
            .collect();
        let mut clusters: Vec<ClusterRow> = project
            .clusters
            .values()
            .map(|c| ClusterRow {
                name: c.name.clone(),
                id: c.id.clone(),
                relation: c.member(doc, &claim.id).map(|m| m.relation),
            })
            .collect();
        clusters.sort();
        Self {
            claimant: claimant_name(project, doc, &claim.claimant),
            cue,
            entities: entities_by_name(project),
            others,
            clusters,
        }
    }
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error"
)]
mod tests {
    use super::*;
    use crate::model::LabelId;
    use crate::model::compound::tests::{claim_id, doc, entity_id, project, span_id};

    fn english() {
        crate::i18n::set_locale(crate::i18n::Locale::default());
    }

    fn span(p: &Project, id: &str) -> Span {
        p.annotations.get(&doc("a"), &span_id(id)).unwrap().clone()
    }

    #[test]
    fn a_span_says_which_claims_it_is_the_cue_or_claimant_of() {
        english();
        let p = project();
        let content = "x".repeat(18);
        assert_eq!(
            span_roles(&p, &doc("a"), &span(&p, "a1")),
            [format!("The cue of the claim «\u{2068}{content}\u{2069}»")]
        );
        assert_eq!(
            span_roles(&p, &doc("a"), &span(&p, "a2")),
            [format!(
                "The claimant of the claim «\u{2068}{content}\u{2069}»"
            )]
        );
        assert!(
            span_roles(&p, &doc("a"), &span(&p, "a3")).is_empty(),
            "the content of its claims is not a role"
        );
    }

    #[test]
    fn the_claim_frame_names_its_parts_and_lists_the_clusters_with_its_relation() {
        english();
        let p = project();
        let ka = p.annotations.claim(&doc("a"), &claim_id("ka")).unwrap();
        let frame = ClaimFrame::new(&p, &doc("a"), ka);
        assert_eq!(frame.claimant, "«xxxx» (محمد)");
        assert_eq!(frame.cue.as_deref(), Some("xxx"));
        assert_eq!(
            frame.entities,
            [
                ("محمد".to_owned(), entity_id("m")),
                ("محمد الأحمد".to_owned(), entity_id("h"))
            ]
        );
        let others: Vec<&ClaimId> = frame.others.iter().map(|(id, _)| id).collect();
        assert_eq!(others, [&claim_id("kb"), &claim_id("kc")]);
        assert_eq!(
            frame.clusters,
            [ClusterRow {
                name: "حقل".into(),
                id: ClusterId("k".into()),
                relation: Some(Relation::Reports),
            }]
        );
        let kc = p.annotations.claim(&doc("a"), &claim_id("kc")).unwrap();
        let frame = ClaimFrame::new(&p, &doc("a"), kc);
        assert_eq!(frame.claimant, "the outlet itself");
        assert_eq!(frame.cue, None);
        assert_eq!(frame.clusters[0].relation, None, "kc is in no cluster");
    }

    #[test]
    fn a_linked_span_shows_its_entity_and_an_unlinked_one_the_matching_names() {
        let p = project();
        assert_eq!(
            entity_section(&p, &span(&p, "a2")),
            EntitySection::Linked {
                id: entity_id("m"),
                line: "محمد · PER".into(),
            }
        );
        let unlinked = Span::new(span_id("new"), 50, 56, LabelId("PER".into()), "الأحمد");
        let EntitySection::Unlinked { suggested, all } = entity_section(&p, &unlinked) else {
            panic!("not linked yet");
        };
        assert_eq!(suggested, [(entity_id("h"), "محمد الأحمد".to_owned())]);
        assert_eq!(all.len(), 2);
    }
}
