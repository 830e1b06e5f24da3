//! The views over sources, entities and claims, computed from a project with entities, claims
//! and clusters (the version-2 fixture, fictional articles written for hashiya).

use std::path::PathBuf;

use hashiya::model::{LabelId, OutletId, Project};
use hashiya::ui::claims::suggest_entities;
use hashiya::ui::panels::entities::{EntitySort, entity_rows, outlet_columns};
use hashiya::ui::panels::matrix::{ClusterSort, cell_text, visible_rows};
use hashiya::ui::panels::summary::source_summary;
use hashiya::workspace::Workspace;

fn fixture() -> Project {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated-v2.ron");
    Workspace::open_project(&path)
        .expect("the version-2 fixture opens")
        .project
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
    let names: Vec<String> = matrix
        .rows
        .iter()
        .map(|r| {
            project
                .cluster(&r.cluster)
                .map(|c| c.name.clone())
                .unwrap_or_default()
        })
        .collect();
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
        visible_rows(&matrix, &names, "قَصف", ClusterSort::Name),
        [bombing]
    );
    let by_coverage = visible_rows(&matrix, &names, "", ClusterSort::Coverage);
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
    Transaction::single("empty", Edit::add_cluster(empty))
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
