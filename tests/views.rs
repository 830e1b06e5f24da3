//! The views over sources, entities and claims, computed from a project with entities, claims
//! and clusters (the version-2 fixture, fictional articles written for hashiya).

use std::path::PathBuf;

use hashiya::model::{Entity, EntityId, LabelId, Outlet, OutletId, Project};
use hashiya::ui::claims::suggest_entities;
use hashiya::ui::outlets::{SourceChange, outlet_rows, source_transaction};
use hashiya::ui::panels::entities::{
    EntitySort, MentionStep, entity_rows, mention_rows, next_mention, outlet_columns, split_off,
};
use hashiya::ui::panels::matrix::{ClusterSort, cell_text, visible_rows};
use hashiya::ui::panels::sources::source_summary;
use hashiya::workspace::Workspace;

fn fixture() -> Project {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated-v2.ron");
    Workspace::open_project(&path)
        .expect("the version-2 fixture opens")
        .project()
        .clone()
}

fn outlet_named(project: &Project, name: &str) -> OutletId {
    project
        .outlets
        .values()
        .find(|o| o.name == name)
        .map_or_else(|| panic!("outlet {name}"), |o| o.id.clone())
}

#[test]
fn entities_by_sources_count_mentions_per_outlet_and_filter_normalised() {
    let project = fixture();
    let columns = outlet_columns(&project);
    // Two named outlets, then the unknown outlet of the eyewitness page.
    assert_eq!(columns.len(), 3);
    assert!(columns[2].is_unknown());
    let rows = entity_rows(&project, &columns, "", EntitySort::Name);
    let bridge = rows
        .iter()
        .find(|r| r.name == "جسر الرمان")
        .expect("the bridge");
    assert_eq!(bridge.total, bridge.per_outlet.iter().sum::<usize>());
    let nahar = columns
        .iter()
        .position(|c| c == &outlet_named(&project, "صحيفة النهار الجديد"))
        .expect("column");
    assert_eq!(bridge.per_outlet[nahar], 2, "two mentions in the daily");
    // Sorted by name; by mentions the most mentioned come first.
    assert!(rows.windows(2).all(|w| w[0].name <= w[1].name));
    let by_mentions = entity_rows(&project, &columns, "", EntitySort::Mentions);
    assert!(by_mentions.windows(2).all(|w| w[0].total >= w[1].total));
    // The filter ignores alef forms and harakat: «الدفاع» finds both defence bodies.
    let filtered = entity_rows(&project, &columns, "الدِّفاع", EntitySort::Name);
    let names: Vec<&str> = filtered.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["الدفاع المدني", "وزارة الدفاع"]);
}

#[test]
fn alias_suggestions_match_after_normalisation_and_proclitics() {
    let project = fixture();
    let name_of = |ids: Vec<hashiya::model::EntityId>| -> Vec<String> {
        ids.iter()
            .filter_map(|id| project.entity(id).map(|e| e.name.clone()))
            .collect()
    };
    let gpe = LabelId("GPE".to_owned());
    // An alias with a proclitic and harakat on the mention.
    assert_eq!(
        name_of(suggest_entities(&project, "وَالجسر", &gpe)),
        ["جسر الرمان"]
    );
    assert_eq!(
        name_of(suggest_entities(&project, "للحلبي", &gpe)),
        ["سامر الحلبي"]
    );
    assert!(suggest_entities(&project, "النهر", &gpe).is_empty());
}

#[test]
fn the_matrix_shows_stances_and_silence() {
    let project = fixture();
    let matrix = hashiya::model::claim_matrix(&project);
    let names = hashiya::ui::panels::matrix::row_names(&project, &matrix);
    let bombing = names
        .iter()
        .position(|n| n == "قصف جسر الرمان")
        .expect("the cluster");
    let sharq = matrix
        .outlets
        .iter()
        .position(|o| o == &outlet_named(&project, "وكالة الشرق للأنباء"))
        .expect("column");
    assert_eq!(
        cell_text(matrix.cell(bombing, sharq)),
        "denies, contradicts"
    );
    assert_eq!(cell_text(&[]), "silent");
    // The filter is normalised too, and sorting by coverage puts the widest row first.
    assert_eq!(
        visible_rows(&matrix, &names, &[], "قَصف", ClusterSort::Name),
        [bombing]
    );
    let by_coverage = visible_rows(&matrix, &names, &[], "", ClusterSort::Coverage);
    let speaking = |r: usize| {
        matrix.rows[r]
            .cells
            .iter()
            .filter(|c| !c.is_empty())
            .count()
    };
    assert!(
        by_coverage
            .windows(2)
            .all(|w| speaking(w[0]) >= speaking(w[1]))
    );
}

#[test]
fn per_source_summary_adds_up() {
    let project = fixture();
    let rows = source_summary(&project);
    assert_eq!(
        rows.iter().map(|r| r.documents).sum::<usize>(),
        project.documents.len()
    );
    assert_eq!(
        rows.iter().map(|r| r.spans).sum::<usize>(),
        project.annotations.len()
    );
    assert_eq!(
        rows.iter().map(|r| r.asserts + r.denies).sum::<usize>(),
        project.annotations.claim_count()
    );
    let clusters = project.clusters.len();
    let matrix = hashiya::model::claim_matrix(&project);
    for r in rows.iter().filter(|r| matrix.outlets.contains(&r.outlet)) {
        assert_eq!(r.clusters + r.silent_on, clusters, "{:?}", r.outlet);
    }
}

/// Each outlet's (clusters it speaks to, clusters it is silent on), from the per-source summary.
fn stances(project: &Project) -> std::collections::BTreeMap<OutletId, (usize, usize)> {
    source_summary(project)
        .into_iter()
        .map(|r| (r.outlet, (r.clusters, r.silent_on)))
        .collect()
}

#[test]
fn clusters_without_claims_have_no_row_and_no_silence() {
    use hashiya::model::{Cluster, ClusterId, Edit, Transaction, claim_matrix, leave_cluster};
    let mut project = fixture();
    let matrix = claim_matrix(&project);
    let before = stances(&project);

    // A cluster with no claims, as a project written before clusters went with their last claim
    // may hold: no row, no silence counted against any outlet.
    let empty = Cluster::new(ClusterId::from_u64(0xe0), "خبر لم يتناوله أحد");
    Transaction::single(
        hashiya::model::Message::CLAIM_EDIT_NEW_CLUSTER,
        Edit::add_cluster(empty),
    )
    .apply_checked(&mut project)
    .expect("an empty cluster can be added");
    assert_eq!(claim_matrix(&project), matrix);
    assert_eq!(stances(&project), before);

    // Taking the claims out of «انفجار قرب الجسر فجر الثلاثاء» (only the daily reported it) one
    // by one: its row goes with the last one, and with it one cluster from each outlet's count,
    // spoken to or silent on.
    let explosion = project
        .clusters
        .values()
        .find(|c| c.name == "انفجار قرب الجسر فجر الثلاثاء")
        .expect("the cluster")
        .clone();
    let row = matrix
        .rows
        .iter()
        .find(|r| r.cluster == explosion.id)
        .expect("its row");
    for member in &explosion.members {
        leave_cluster(&project, &explosion.id, &member.doc, &member.claim)
            .expect("a member")
            .apply_checked(&mut project)
            .expect("leaving applies");
    }
    assert!(project.cluster(&explosion.id).is_none());
    let after = claim_matrix(&project);
    assert_eq!(after.rows.len(), matrix.rows.len() - 1);
    assert!(after.rows.iter().all(|r| r.cluster != explosion.id));
    assert_eq!(after.outlets, matrix.outlets);
    let after_stances = stances(&project);
    let mut silent = 0;
    for (column, outlet) in matrix.outlets.iter().enumerate() {
        let (clusters, silent_on) = before[outlet];
        let expected = if row.cells[column].is_empty() {
            silent += 1;
            (clusters, silent_on - 1)
        } else {
            (clusters - 1, silent_on)
        };
        assert_eq!(after_stances[outlet], expected, "{outlet:?}");
    }
    assert_eq!(
        silent, 2,
        "the agency and the eyewitness page said nothing of it"
    );
}

#[test]
#[expect(
    clippy::float_cmp,
    reason = "plot positions are whole numbers, exact in f64"
)]
fn sources_charts_name_their_categories_and_add_up() {
    use hashiya::ui::panels::sources::{TOP_ENTITIES, mentions_chart, stance_chart};
    let project = fixture();
    let rows = source_summary(&project);
    let mentions = mentions_chart(&project, &rows);
    let counts = hashiya::model::mention_counts(&project);
    assert_eq!(mentions.categories.len(), counts.len().min(TOP_ENTITIES));
    assert!(!mentions.is_empty());
    // Entity names, most mentioned first, each bar as long as the entity's mentions.
    for (i, name) in mentions.categories.iter().enumerate() {
        let entity = project
            .entities
            .values()
            .find(|e| &e.name == name)
            .unwrap_or_else(|| panic!("{name} is an entity"));
        assert_eq!(
            mentions.total(i),
            counts[&entity.id].values().sum::<usize>()
        );
    }
    assert!((1..mentions.categories.len()).all(|i| mentions.total(i - 1) >= mentions.total(i)));
    // Segments are outlets by name, only those with a mention.
    for series in &mentions.series {
        assert!(series.values.iter().any(|&v| v > 0), "{}", series.name);
        assert!(
            series.name == "unknown outlet"
                || project.outlets.values().any(|o| o.name == series.name),
            "{}",
            series.name
        );
    }
    // The category axis names each bar at its position, and nothing in between or beyond.
    for (i, name) in mentions.categories.iter().enumerate() {
        assert_eq!(
            mentions.category_at(mentions.position(i)),
            Some(name.as_str())
        );
    }
    assert_eq!(
        mentions.position(0),
        (mentions.categories.len() - 1) as f64,
        "first on top"
    );
    assert_eq!(mentions.category_at(0.5), None);
    assert_eq!(mentions.category_at(-1.0), None);
    assert_eq!(mentions.category_at(mentions.categories.len() as f64), None);

    let stance = stance_chart(&project, &rows);
    let names: Vec<String> = rows
        .iter()
        .map(|r| {
            let name = project.outlet_name(&r.outlet);
            if name.is_empty() {
                "unknown outlet".to_owned()
            } else {
                name.to_owned()
            }
        })
        .collect();
    assert_eq!(stance.categories, names);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(stance.total(i), r.asserts + r.denies);
    }
    assert_eq!(
        stance.max_total(),
        rows.iter().map(|r| r.asserts + r.denies).max().unwrap_or(0)
    );
}

#[test]
fn sources_charts_without_annotations_say_what_to_do() {
    use hashiya::ui::panels::sources::{
        mentions_chart, no_claims_message, no_mentions_message, stance_chart,
    };
    let mut project = fixture();
    project.annotations = hashiya::model::Annotations::new();
    let rows = source_summary(&project);
    assert!(mentions_chart(&project, &rows).is_empty());
    let stance = stance_chart(&project, &rows);
    assert_eq!(
        stance.categories.len(),
        rows.len(),
        "outlets are still listed"
    );
    assert!(stance.is_empty());
    // The messages name the keys of this project's labels (read without the marks that isolate
    // the parts put into a message).
    let plain = |text: String| text.replace(['\u{2068}', '\u{2069}'], "");
    let mentions = plain(no_mentions_message(&project.schema));
    let key = |id: &str| {
        project
            .schema
            .labels
            .iter()
            .find(|l| l.id.0 == id)
            .and_then(|l| l.key)
            .expect("keyed label")
    };
    assert!(
        mentions.contains(&format!("press {}", key("PER"))),
        "{mentions}"
    );
    let claims = plain(no_claims_message(&project.schema));
    assert!(
        claims.contains(&format!("press {}", key("CLAIM"))),
        "{claims}"
    );
    // Without a key, the chooser (Enter) is named instead.
    for label in &mut project.schema.labels {
        label.key = None;
    }
    assert!(plain(no_claims_message(&project.schema)).contains("with Enter"));
}

#[test]
#[expect(clippy::float_cmp, reason = "steps are whole numbers, exact in f64")]
fn count_axes_step_by_whole_numbers() {
    use hashiya::ui::panels::sources::{count_label, count_steps};
    assert_eq!(count_steps(0.01), [1.0, 10.0, 100.0]);
    assert_eq!(count_steps(1.0)[0], 1.0);
    assert_eq!(count_steps(1.5)[0], 2.0);
    assert_eq!(count_steps(3.0)[0], 5.0);
    assert_eq!(count_steps(7.0)[0], 10.0);
    assert_eq!(count_steps(11.0)[0], 20.0);
    assert_eq!(count_steps(40.0)[0], 50.0);
    assert_eq!(count_label(3.0), "3");
    assert_eq!(count_label(0.0), "0");
    assert_eq!(count_label(0.5), "");
    assert_eq!(count_label(-1.0), "");
}

fn entity_named(project: &Project, name: &str) -> Entity {
    project
        .entities
        .values()
        .find(|e| e.name == name)
        .cloned()
        .unwrap_or_else(|| panic!("entity {name}"))
}

#[test]
fn stepping_goes_through_every_mention_in_corpus_order_and_wraps() {
    let project = fixture();
    let bridge = entity_named(&project, "جسر الرمان").id;
    let first = next_mention(&project, &bridge, None).expect("mentions");
    assert_eq!(first.number, 1);
    assert!(first.of >= 3, "{} mentions", first.of);
    let mut seen = vec![first.clone()];
    for _ in 1..first.of {
        let last = seen.last().expect("a step");
        seen.push(next_mention(&project, &bridge, Some(&last.span)).expect("next"));
    }
    let numbers: Vec<usize> = seen.iter().map(|s| s.number).collect();
    assert_eq!(numbers, (1..=first.of).collect::<Vec<_>>());
    let place = |s: &MentionStep| {
        let doc = project.document_index(&s.doc).expect("document");
        (
            doc,
            project
                .annotations
                .get(&s.doc, &s.span)
                .expect("span")
                .start,
        )
    };
    assert!(seen.windows(2).all(|w| place(&w[0]) < place(&w[1])));
    let after_last = seen.last().expect("last");
    assert_eq!(
        next_mention(&project, &bridge, Some(&after_last.span)),
        Some(first.clone()),
        "after the last mention comes the first"
    );
    // A selected span that is not one of its mentions starts from the first.
    let elsewhere = project
        .annotations
        .all_spans()
        .find(|(_, s)| s.entity.as_ref() != Some(&bridge))
        .map(|(_, s)| s.id.clone())
        .expect("another span");
    assert_eq!(
        next_mention(&project, &bridge, Some(&elsewhere)),
        Some(first)
    );
}

#[test]
fn an_entity_without_mentions_has_no_step_and_no_rows() {
    let mut project = fixture();
    let lonely = Entity::new(
        EntityId::fresh(),
        "مجهول",
        entity_named(&project, "جسر الرمان").kind,
    );
    let id = lonely.id.clone();
    project.entities.insert(id.clone(), lonely);
    assert_eq!(next_mention(&project, &id, None), None);
    assert!(mention_rows(&project, &id).is_empty());
}

#[test]
fn splitting_moves_the_ticked_mentions_to_a_new_entity_named_after_the_old() {
    let mut project = fixture();
    let bridge = entity_named(&project, "جسر الرمان");
    let rows = mention_rows(&project, &bridge.id);
    let ticked = vec![(rows[0].doc.clone(), rows[0].span.clone())];
    let (tx, new) = split_off(&project, &bridge, &ticked).expect("a split");
    tx.apply(&mut project).expect("the split applies");
    let made = project.entity(&new).expect("the new entity");
    assert_eq!(made.name, "جسر الرمان (2)");
    assert_eq!(made.kind, bridge.kind);
    assert!(made.aliases.contains(&rows[0].quote));
    assert_eq!(mention_rows(&project, &new), rows[..1]);
    assert_eq!(mention_rows(&project, &bridge.id), rows[1..]);
    // A ticked span that mentions another entity is refused.
    let other = project
        .annotations
        .all_spans()
        .find(|(_, s)| s.entity.is_some() && s.entity.as_ref() != Some(&bridge.id))
        .map(|(doc, s)| (doc.clone(), s.id.clone()))
        .expect("a mention of another entity");
    let old = entity_named(&project, "جسر الرمان");
    assert!(split_off(&project, &old, &[other]).is_err());
}

#[test]
fn outlets_are_listed_by_name_with_how_many_documents_name_them() {
    let mut project = fixture();
    let unused = Outlet::new(OutletId::fresh(), "إذاعة الوادي");
    project.outlets.insert(unused.id.clone(), unused.clone());
    let rows = outlet_rows(&project);
    let listed: Vec<(&str, usize)> = rows
        .iter()
        .map(|r| (r.outlet.name.as_str(), r.documents))
        .collect();
    assert_eq!(
        listed,
        [
            ("إذاعة الوادي", 0),
            ("صحيفة النهار الجديد", 1),
            ("وكالة الشرق للأنباء", 1)
        ]
    );
}

#[test]
fn a_new_outlet_typed_in_the_header_is_added_once_and_reused_by_name() {
    let mut project = fixture();
    let before = project.outlets.len();
    let eyewitness = project
        .documents
        .iter()
        .position(|d| d.outlet.is_unknown())
        .expect("a document without outlet");
    let tx = source_transaction(
        &project,
        eyewitness,
        SourceChange::NewOutlet("Radio Wadi".into()),
    )
    .expect("an edit");
    tx.apply(&mut project).expect("it applies");
    assert_eq!(project.outlets.len(), before + 1);
    let wadi = outlet_named(&project, "Radio Wadi");
    assert_eq!(project.documents[eyewitness].outlet, wadi);
    // The same name in another case names the outlet already there.
    let nahar = project
        .documents
        .iter()
        .position(|d| d.outlet == outlet_named(&project, "صحيفة النهار الجديد"))
        .expect("the daily's article");
    let tx = source_transaction(
        &project,
        nahar,
        SourceChange::NewOutlet("radio wadi".into()),
    )
    .expect("an edit");
    tx.apply(&mut project).expect("it applies");
    assert_eq!(project.outlets.len(), before + 1);
    assert_eq!(project.documents[nahar].outlet, wadi);
    // No such document, no edit.
    assert!(source_transaction(&project, 99, SourceChange::Outlet(OutletId::unknown())).is_none());
}
