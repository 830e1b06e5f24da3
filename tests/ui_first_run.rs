//! First launch, driven through `egui_kittest`: the bundled sample opens as an annotated project
//! and the first-run panel lists the gestures until it is closed, which the preferences keep.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::ui::panels::welcome::TITLE;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Start};

fn app(start: Start, prefs: Prefs) -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let mut harness = Harness::builder()
        .with_size([1200.0, 860.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, start, prefs, data_dir).expect("the bundled fonts load")
        });
    harness.run();
    harness
}

#[test]
fn first_launch_opens_the_annotated_sample_with_the_gestures_until_dismissed() {
    let mut harness = app(Start::SampleCorpus, Prefs::default());
    let ws = harness.state().workspace().expect("the sample opens");
    assert_eq!(
        ws.project_path(),
        Some(hashiya::sample::source_project().as_path())
    );
    assert_eq!(ws.project().outlets.len(), 6);
    assert!(ws.project().clusters.len() >= 2);
    assert!(harness.query_by_label(TITLE).is_some(), "the panel shows");
    for gesture in [
        "1. Label a span",
        "2. Make a claim",
        "3. Link a mention to an entity",
        "4. Gather a claim across outlets",
        "5. Compare the sources, and save",
    ] {
        assert!(harness.query_by_label(gesture).is_some(), "{gesture}");
    }
    harness.get_by_label("Got it").click();
    harness.run();
    assert!(harness.query_by_label(TITLE).is_none(), "closed");
    assert!(harness.state().prefs().welcome_dismissed, "remembered");
    // The preferences carry it to the next start.
    let prefs = harness.state().prefs().clone();
    let harness = app(Start::SampleCorpus, prefs);
    assert!(harness.state().workspace().is_some());
    assert!(harness.query_by_label(TITLE).is_none(), "not shown again");
}

#[test]
fn the_panel_stays_off_an_analysts_own_corpus() {
    let harness = app(Start::Path(hashiya::sample::source_dir()), Prefs::default());
    assert!(harness.state().workspace().is_some());
    assert!(harness.query_by_label(TITLE).is_none());
}

/// On articles nobody has annotated yet, the Sources charts say what to do instead of drawing
/// empty grids; on the sample they draw.
#[test]
fn sources_charts_say_what_to_do_until_there_is_data() {
    let mut harness = app(Start::Path(hashiya::sample::source_dir()), Prefs::default());
    harness
        .state_mut()
        .push(hashiya::ui::commands::Command::ShowSources);
    harness.run();
    let said = |harness: &Harness<'_, App>, start: &str| {
        harness
            .query_all_by(|node| {
                node.label()
                    .or_else(|| node.value())
                    .is_some_and(|text| text.starts_with(start))
            })
            .count()
    };
    assert!(said(&harness, "No entity mentions yet") > 0);
    assert!(said(&harness, "No claims yet") > 0);

    let mut harness = app(Start::SampleCorpus, Prefs::default());
    harness
        .state_mut()
        .push(hashiya::ui::commands::Command::ShowSources);
    harness.run();
    assert_eq!(said(&harness, "No entity mentions yet"), 0);
    assert_eq!(said(&harness, "No claims yet"), 0);
}
