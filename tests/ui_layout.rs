//! The window on a laptop: the article keeps the larger part of the width, the side panels fold
//! away and come back, the inspector scrolls to its last button, the header reflows.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use hashiya::ui::layout::Side;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Command, Start};

mod common;

fn app_at(size: [f32; 2], start: Start) -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        App::with_prefs(&cc.egui_ctx, start, Prefs::default(), data_dir)
            .expect("the bundled fonts load")
    });
    harness.run();
    harness
}

fn on_sample(size: [f32; 2]) -> Harness<'static, App> {
    app_at(size, Start::Path(hashiya::sample::source_dir()))
}

/// The annotated sample saved as a project beside a copy of its articles.
fn annotated_project(dir: &std::path::Path) -> std::path::PathBuf {
    let mut ws = common::annotated_sample();
    let corpus = dir.join("corpus");
    for doc in &ws.project().documents {
        let to = corpus.join(&doc.path);
        std::fs::create_dir_all(to.parent().expect("folder")).expect("folder");
        std::fs::copy(ws.corpus_root().join(&doc.path), to).expect("copy");
    }
    ws.relocate_corpus(corpus);
    let project = dir.join("annotated.ron");
    ws.save_as(&project).expect("save");
    project
}

fn article_width(harness: &Harness<'_, App>) -> f32 {
    harness
        .state()
        .article_width()
        .expect("the article is laid out")
}

fn document_rows(harness: &Harness<'_, App>) -> usize {
    harness.query_all_by_role(Role::ListItem).count()
}

#[test]
fn the_article_keeps_the_larger_part_of_a_laptop_window() {
    for (size, inspector) in [
        ([800.0, 600.0], false),
        ([1024.0, 700.0], true),
        ([1400.0, 1000.0], true),
    ] {
        let harness = on_sample(size);
        let width = article_width(&harness);
        assert!(
            width >= size[0] / 2.0,
            "{size:?}: the article's lines are {width} px wide"
        );
        assert!(
            harness.state().panel_open(Side::Corpus),
            "{size:?}: the list shows"
        );
        assert_eq!(
            harness.state().panel_open(Side::Inspector),
            inspector,
            "{size:?}: the inspector folds away only when the window is narrow"
        );
        assert!(document_rows(&harness) > 0, "{size:?}: documents listed");
    }
}

#[test]
fn a_narrow_window_folds_both_side_panels_and_the_article_takes_the_width() {
    let harness = on_sample([700.0, 900.0]);
    assert!(!harness.state().panel_open(Side::Corpus));
    assert!(!harness.state().panel_open(Side::Inspector));
    assert_eq!(document_rows(&harness), 0, "the list is folded away");
    let width = article_width(&harness);
    assert!(width >= 700.0 * 0.8, "the article's lines are {width} px");
    // Each folded panel leaves a button that brings it back.
    harness.get_by_label("Show the documents").click();
    let mut harness = harness;
    harness.run();
    assert!(harness.state().panel_open(Side::Corpus));
    assert!(document_rows(&harness) > 0);
}

#[test]
fn side_panels_fold_away_and_come_back_with_their_shortcuts() {
    let mut harness = on_sample([1024.0, 700.0]);
    let with_both = article_width(&harness);
    assert!(document_rows(&harness) > 0);
    harness.get_by_label("Edit labels…");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::B);
    harness.run();
    assert_eq!(document_rows(&harness), 0, "Ctrl+B folds the document list");
    let without_list = article_width(&harness);
    assert!(
        without_list > with_both + 50.0,
        "the article takes the room: {with_both} → {without_list}"
    );

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    harness.run();
    assert!(
        harness.query_by_label("Edit labels…").is_none(),
        "Ctrl+I folds the inspector"
    );
    assert!(article_width(&harness) > without_list + 100.0);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::B);
    harness.state_mut().push(Command::ToggleInspector);
    harness.run();
    harness.run();
    assert!(document_rows(&harness) > 0, "the list is back");
    harness.get_by_label("Edit labels…");
    let back = article_width(&harness);
    assert!(
        (back - with_both).abs() < 1.0,
        "both back at their widths: {with_both} then {back}"
    );
}

#[test]
fn the_inspector_of_a_claim_scrolls_to_its_delete_button() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = annotated_project(dir.path());
    let height = 700.0;
    let mut harness = app_at([1024.0, height], Start::Path(project));
    let spans_before = |harness: &Harness<'_, App>| {
        let ws = harness.state().workspace().expect("open");
        ws.project()
            .annotations
            .spans(&ws.project().documents[0].id)
            .len()
    };
    let before = spans_before(&harness);
    // Tab from span to span until one is the content of a claim.
    let mut steps = 0;
    while harness.query_by_label("Said on").is_none() {
        steps += 1;
        assert!(steps < 40, "no claim among the first spans");
        harness.state_mut().push(Command::NextSpan);
        harness.run();
    }
    let delete = harness.get_by_label("Delete span");
    assert!(
        delete.rect().min.y > height,
        "the test needs an inspector taller than the window: Delete span at {:?}",
        delete.rect()
    );
    delete.scroll_to_me();
    harness.run();
    let delete = harness.get_by_label("Delete span");
    let rect = delete.rect();
    assert!(
        rect.min.y >= 0.0 && rect.max.y <= height,
        "scrolled into the window: {rect:?}"
    );
    delete.click();
    harness.run();
    assert_eq!(
        spans_before(&harness),
        before - 1,
        "the button was reachable and deleted the span"
    );
}

#[test]
fn the_header_keeps_each_caption_beside_its_field() {
    for size in [[800.0, 600.0], [1024.0, 700.0], [1400.0, 1000.0]] {
        let harness = on_sample(size);
        for (caption, field) in [
            ("Date", "publication date"),
            ("Author", "author"),
            ("URL", "URL"),
        ] {
            let field_rect = harness
                .query_all_by_label(field)
                .find(|n| n.accesskit_node().role() != Role::Label)
                .unwrap_or_else(|| panic!("{size:?}: a field named {field}"))
                .rect();
            // A label of the schema may bear the same name: the caption is the one nearest
            // the field on its left.
            let caption_rect = harness
                .query_all_by_role_and_label(Role::Label, caption)
                .map(|n| n.rect())
                .filter(|r| r.right() <= field_rect.left())
                .max_by(|a, b| a.right().total_cmp(&b.right()))
                .unwrap_or_else(|| panic!("{size:?}: no caption {caption} left of {field}"));
            assert!(
                (caption_rect.center().y - field_rect.center().y).abs() < 6.0
                    && field_rect.left() > caption_rect.left(),
                "{size:?}: {caption} at {caption_rect:?}, its field at {field_rect:?}"
            );
            assert!(
                field_rect.right() <= size[0],
                "{size:?}: the {field} field fits the window: {field_rect:?}"
            );
        }
    }
}

#[test]
fn the_theme_follows_the_view_menu_and_is_remembered() {
    let mut harness = on_sample([1024.0, 700.0]);
    for (choice, theme) in [
        (hashiya::ui::theme::ThemeChoice::Light, egui::Theme::Light),
        (hashiya::ui::theme::ThemeChoice::Dark, egui::Theme::Dark),
    ] {
        harness.state_mut().push(Command::SetTheme(choice));
        harness.run();
        assert_eq!(harness.ctx.theme(), theme);
        assert_eq!(harness.state().prefs().theme, choice);
    }
}

#[test]
fn side_panels_narrowed_by_a_smaller_window_grow_back_with_it() {
    let mut harness = on_sample([1400.0, 900.0]);
    let wide = article_width(&harness);
    harness.set_size(egui::vec2(920.0, 900.0));
    harness.run();
    let narrower = article_width(&harness);
    assert!(
        narrower >= 920.0 / 2.0,
        "the panels gave way: {narrower} px"
    );
    harness.set_size(egui::vec2(1400.0, 900.0));
    harness.run();
    let back = article_width(&harness);
    assert!(
        (back - wide).abs() < 1.0,
        "the panels took their widths back: {wide} then {back}"
    );
}

#[test]
fn a_side_panel_keeps_the_width_it_was_given_across_restarts() {
    let mut harness = on_sample([1400.0, 900.0]);
    let before = article_width(&harness);
    // What dragging the document list's edge to 200 px comes to.
    harness
        .state_mut()
        .push(Command::SetPanelWidth(Side::Corpus, 200.0));
    harness.run();
    let narrower_list = article_width(&harness);
    assert!(
        narrower_list > before + 30.0,
        "the article takes the room: {before} → {narrower_list}"
    );
    let prefs = harness.state().prefs().clone();
    assert_eq!(prefs.corpus_width, Some(200.0));
    assert_eq!(prefs.inspector_width, None, "the inspector was left alone");

    // The next start reads the preferences eframe kept.
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let mut restarted = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| {
            App::with_prefs(
                &cc.egui_ctx,
                Start::Path(hashiya::sample::source_dir()),
                prefs,
                data_dir,
            )
            .expect("the bundled fonts load")
        });
    restarted.run();
    let again = article_width(&restarted);
    assert!(
        (again - narrower_list).abs() < 1.0,
        "the same width after a restart: {narrower_list} then {again}"
    );
}
