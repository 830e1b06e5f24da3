//! The entity registry as a gazetteer: every entity's name and aliases are proposed as mentions
//! of it, labelled with its kind, wherever they occur unlabelled — matched as learned forms are
//! (normalised, behind proclitics, at word boundaries; see [`super::learned`]).

use std::collections::BTreeMap;

use super::learned::{Entry, FormIndex, MatchOptions, form_key};
use crate::model::Project;

/// Score of a name only one entity goes by.
pub const REGISTRY_SCORE: f32 = 0.8;
/// Score of a name several entities go by: the first by ID is proposed, with this lower score.
pub const SHARED_NAME_SCORE: f32 = 0.5;

/// Every name and alias of the project's entities, each proposing its entity.
pub fn registry_forms(project: &Project, options: MatchOptions) -> BTreeMap<String, Entry> {
    let mut forms: BTreeMap<String, Entry> = BTreeMap::new();
    // Entities come in ID order, so which one a shared name proposes does not depend on when
    // it was added.
    for entity in project.entities.values() {
        for name in entity.names() {
            let key = form_key(name, options);
            if key.is_empty() {
                continue;
            }
            match forms.get_mut(&key) {
                Some(known) if known.entity.as_ref() != Some(&entity.id) => {
                    known.score = SHARED_NAME_SCORE;
                }
                Some(_) => {}
                None => {
                    forms.insert(
                        key,
                        Entry {
                            label: entity.kind.clone(),
                            entity: Some(entity.id.clone()),
                            score: REGISTRY_SCORE,
                        },
                    );
                }
            }
        }
    }
    forms
}

/// The registry suggester's index for `project`.
pub fn registry_index(project: &Project, options: MatchOptions) -> FormIndex {
    FormIndex::new(registry_forms(project, options), options)
}

#[cfg(test)]
mod tests {
    use super::super::learned::Prepared;
    use super::*;
    use crate::model::{Entity, EntityId, LabelId};

    #[test]
    fn names_and_aliases_propose_their_entity_and_shared_names_score_lower() {
        let mut project = Project::default();
        let mut sdf = Entity::new(
            EntityId("e1".into()),
            "قوات سوريا الديمقراطية",
            LabelId("ARMED".into()),
        );
        sdf.add_alias("قسد");
        let mut other = Entity::new(EntityId("e2".into()), "قسد", LabelId("ORG".into()));
        other.add_alias("جمعية قسد");
        for e in [sdf, other] {
            project.entities.insert(e.id.clone(), e);
        }
        let index = registry_index(&project, MatchOptions::ARABIC);
        let text = "قالت قوات سوريا الديمقراطية إن مقاتلي قسد تقدموا";
        let found = index.find(&Prepared::new(text, MatchOptions::ARABIC));
        let chars: Vec<char> = text.chars().collect();
        let hits: Vec<(String, Option<&str>, f32)> = found
            .iter()
            .map(|f| {
                (
                    chars[f.start..f.end].iter().collect(),
                    f.entry.entity.as_ref().map(EntityId::as_str),
                    f.entry.score,
                )
            })
            .collect();
        assert_eq!(
            hits,
            [
                (
                    "قوات سوريا الديمقراطية".to_owned(),
                    Some("e1"),
                    REGISTRY_SCORE
                ),
                ("قسد".to_owned(), Some("e1"), SHARED_NAME_SCORE),
            ]
        );
    }
}
