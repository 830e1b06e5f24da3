//! The entities and outlets windows driven through the real App: what the analyst does in them
//! changes the project through undoable edits and moves the article to a mention.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::model::{Entity, EntityId};
use hashiya::ui::widgets::bidi::shown;
use hashiya::ui::{App, Command, Start};

mod common;

use common::gestures::replace_in;

fn app_on_sample_project() -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .build_eframe(move |cc| {
            App::with_prefs(
                &cc.egui_ctx,
                Start::Path(hashiya::sample::source_project()),
                hashiya::ui::prefs::Prefs::default(),
                data_dir,
            )
            .expect("the bundled fonts load")
        });
    harness.run();
    harness
}

fn run_command(harness: &mut Harness<'_, App>, command: Command) {
    harness.state_mut().push(command);
    harness.run();
    harness.run();
}

fn entity(harness: &Harness<'_, App>, id: &EntityId) -> Option<Entity> {
    let ws = harness
        .state()
        .workspace()
        .expect("the sample project opens");
    ws.project().entity(id).cloned()
}

/// The entity with the most mentions, and how many it has.
fn most_mentioned(harness: &Harness<'_, App>) -> (Entity, usize) {
    let ws = harness
        .state()
        .workspace()
        .expect("the sample project opens");
    ws.project()
        .entities
        .values()
        .map(|e| {
            let n = hashiya::model::views::mentions_of(ws.project(), &e.id).len();
            (e.clone(), n)
        })
        .max_by_key(|(e, n)| (*n, e.name.clone()))
        .expect("the sample has entities")
}

#[test]
fn the_entities_window_renames_merges_and_steps_through_mentions() {
    let mut harness = app_on_sample_project();
    run_command(&mut harness, Command::ShowEntities);
    let (bridge, mentions) = most_mentioned(&harness);
    assert!(mentions >= 2, "{mentions} mentions");

    // Clicking the row shows the entity's form; a new name is one undoable edit.
    harness.get_by_label(&shown(&bridge.name)).click();
    harness.run();
    replace_in(&mut harness, "entity name", "الجسر القديم");
    harness.run();
    assert_eq!(
        entity(&harness, &bridge.id).map(|e| e.name),
        Some("الجسر القديم".to_owned())
    );
    run_command(&mut harness, Command::Undo);
    assert_eq!(
        entity(&harness, &bridge.id).map(|e| e.name),
        Some(bridge.name.clone())
    );

    // Clicking the mention count steps to the first mention: its document opens.
    // The column of totals may lie past the table's right edge: scroll it into view first.
    let step = format!("step through mentions of {}", bridge.name);
    harness.get_by_label(&step).scroll_to_me();
    harness.run();
    harness.get_by_label(&step).click();
    harness.run();
    harness.run();
    let ws = harness.state().workspace().expect("workspace");
    let first = hashiya::ui::panels::entities::next_mention(ws.project(), &bridge.id, None)
        .expect("a first mention");
    assert_eq!(
        harness.state().selected(),
        ws.project().document_index(&first.doc)
    );
    assert_eq!(harness.state().status(), format!("Mention 1 of {mentions}"));

    // Merging another entity into it: that one is gone, its mentions are the bridge's.
    let other = ws
        .project()
        .entities
        .values()
        .find(|e| e.id != bridge.id)
        .cloned()
        .expect("another entity");
    let other_mentions = hashiya::model::views::mentions_of(ws.project(), &other.id).len();
    harness.get_by_label(&shown(&other.name)).scroll_to_me();
    harness.run();
    harness.get_by_label(&shown(&other.name)).click();
    harness.run();
    assert_eq!(
        harness.get_all_by_label(&shown(&other.name)).count(),
        2,
        "its row and its form's heading"
    );
    harness.get_by_label("merge into").scroll_to_me();
    harness.run();
    harness.get_by_label("merge into").click();
    harness.run();
    assert_eq!(
        harness.get_all_by_label(&shown(&bridge.name)).count(),
        2,
        "the bridge in the table and in the list to merge into"
    );
    harness
        .get_all_by_label(&shown(&bridge.name))
        .last()
        .expect("the bridge in the list")
        .click();
    harness.run();
    harness.run();
    assert_eq!(entity(&harness, &other.id), None, "merged away");
    let ws = harness.state().workspace().expect("workspace");
    assert_eq!(
        hashiya::model::views::mentions_of(ws.project(), &bridge.id).len(),
        mentions + other_mentions
    );
}

fn outlet_named(harness: &Harness<'_, App>, name: &str) -> Option<hashiya::model::Outlet> {
    let ws = harness
        .state()
        .workspace()
        .expect("the sample project opens");
    ws.project()
        .outlets
        .values()
        .find(|o| o.name == name)
        .cloned()
}

#[test]
fn the_outlets_window_adds_renames_and_removes_outlets() {
    let mut harness = app_on_sample_project();
    run_command(&mut harness, Command::ShowOutlets);
    let ws = harness
        .state()
        .workspace()
        .expect("the sample project opens");
    let used = ws
        .project()
        .documents
        .iter()
        .find(|d| !d.outlet.is_unknown())
        .and_then(|d| ws.project().outlets.get(&d.outlet))
        .cloned()
        .expect("an outlet the sample's articles name");
    let count = ws.project().outlets.len();

    replace_in(&mut harness, "new outlet name", "إذاعة الوادي");
    harness.run();
    let added = outlet_named(&harness, "إذاعة الوادي").expect("the new outlet");
    assert_eq!(added.affiliation, "");

    // A new name and an affiliation, each its own undoable edit.
    replace_in(&mut harness, "name of إذاعة الوادي", "راديو الوادي");
    harness.run();
    replace_in(&mut harness, "affiliation of راديو الوادي", "محلية");
    harness.run();
    let renamed = outlet_named(&harness, "راديو الوادي").expect("renamed");
    assert_eq!(
        (renamed.id.clone(), renamed.affiliation.as_str()),
        (added.id, "محلية")
    );

    // An outlet no article names can go; one still named cannot. The button says "Remove"; its
    // name for screen readers names the outlet, in logical order.
    let remove = |name: &str| format!("Remove {name}");
    harness.get_by_label(&remove(&used.name)).scroll_to_me();
    harness.run();
    harness.get_by_label(&remove(&used.name)).click();
    harness.run();
    harness.run();
    assert!(
        outlet_named(&harness, &used.name).is_some(),
        "still named by an article"
    );
    harness.get_by_label(&remove("راديو الوادي")).scroll_to_me();
    harness.run();
    harness.get_by_label(&remove("راديو الوادي")).click();
    harness.run();
    harness.run();
    assert_eq!(outlet_named(&harness, "راديو الوادي"), None);
    let ws = harness.state().workspace().expect("workspace");
    assert_eq!(ws.project().outlets.len(), count);
}

#[test]
fn the_entities_table_fits_a_small_window() {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let mut harness = Harness::builder()
        .with_size([800.0, 600.0])
        .build_eframe(move |cc| {
            App::with_prefs(
                &cc.egui_ctx,
                Start::Path(hashiya::sample::source_project()),
                hashiya::ui::prefs::Prefs::default(),
                data_dir,
            )
            .expect("the bundled fonts load")
        });
    harness.run();
    run_command(&mut harness, Command::ShowEntities);
    let (entity, _) = most_mentioned(&harness);
    // The last column, the totals, is in view without scrolling sideways.
    let total = harness
        .get_by_label(&format!("step through mentions of {}", entity.name))
        .rect();
    let heading = harness.get_by_label("All").rect();
    for (what, rect) in [("the total", total), ("the totals' heading", heading)] {
        assert!(
            rect.min.x >= 0.0 && rect.max.x <= 800.0,
            "{what} lies at {rect:?}, outside an 800 px window"
        );
    }
    let name = harness.get_by_label(&shown(&entity.name)).rect();
    assert!(
        name.max.x < total.min.x,
        "its name comes before its total: {name:?} {total:?}"
    );
}
