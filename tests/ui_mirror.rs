//! The window in Arabic mirrored where it was not yet: the label editor's grids against the
//! right edge, the Compare window's rows from the right, keyboard steps in the direction on
//! screen, windows below the menu bar, arrows pointing the way the interface reads.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use hashiya::i18n::{Digits, Language};
use hashiya::ui::commands::Command;
use hashiya::ui::prefs::{LanguageChoice, Prefs};
use hashiya::ui::{App, Start};

mod common;

/// The App in `language` at `size`, on `start`, the first-run panel already read; this
/// thread's messages in the same language for the test's own lookups.
fn app(language: Language, size: [f32; 2], start: Start) -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let prefs = Prefs {
        language: LanguageChoice::Chosen(language),
        welcome_dismissed: true,
        ..Prefs::default()
    };
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        App::with_prefs(&cc.egui_ctx, start, prefs, data_dir).expect("the bundled fonts load")
    });
    harness.run();
    hashiya::i18n::set_locale(hashiya::i18n::Locale {
        language,
        digits: Digits::Latin,
    });
    harness
}

/// The rect of the window titled by message `id`.
fn window_rect(harness: &Harness<'_, App>, id: &'static str) -> egui::Rect {
    let titles = [hashiya::i18n::tr(id), hashiya::ui::widgets::bidi::tr(id)];
    harness
        .query_all_by_role(Role::Window)
        .find(|w| {
            w.accesskit_node()
                .label()
                .is_some_and(|l| titles.iter().any(|t| l.contains(t.as_str())))
        })
        .unwrap_or_else(|| panic!("a window titled {id}"))
        .rect()
}

/// The rect of the widget named `name` (a role other than a label's: a field, a button, a menu).
fn widget(harness: &Harness<'_, App>, name: &str) -> egui::Rect {
    harness
        .query_all_by_label(name)
        .find(|n| n.accesskit_node().role() != Role::Label)
        .unwrap_or_else(|| panic!("a widget named {name:?}"))
        .rect()
}

fn said(id: &str, name: &str) -> String {
    hashiya::i18n::tr_args(id, &[("name", name.into())]).replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn the_label_editors_grids_rest_against_the_right_edge_in_arabic() {
    for language in [Language::Arabic, Language::English] {
        let mut harness = app(language, [1024.0, 700.0], Start::SampleCorpus);
        harness.state_mut().push(Command::ShowSchemaEditor);
        harness.run();
        let window = window_rect(&harness, "editor-title");
        let ws = harness.state().workspace().expect("the sample");
        let label = ws.project().schema.labels[0].name.clone();
        let kind = ws.project().schema.relation_types[0].name.clone();
        // The first column (colour) and the last (remove) of the labels' and the relation
        // types' grids.
        for (first, last) in [
            (
                said("editor-colour-of", &label),
                said("editor-remove", &label),
            ),
            (
                said("editor-relation-colour-of", &kind),
                said("editor-remove-relation-type", &kind),
            ),
        ] {
            // A button's name is its text as drawn.
            let last = hashiya::ui::widgets::bidi::shown(&last);
            let (first, last) = (widget(&harness, &first), widget(&harness, &last));
            if language.is_rtl() {
                assert!(
                    first.min.x > last.max.x,
                    "{language:?}: the first column on the right: {first:?}, the last {last:?}"
                );
                assert!(
                    window.max.x - first.max.x < 24.0,
                    "{language:?}: against the window's right edge {}: {first:?}",
                    window.max.x
                );
            } else {
                assert!(first.max.x < last.min.x, "{language:?}: {first:?} {last:?}");
                assert!(first.min.x - window.min.x < 24.0, "{language:?}: {first:?}");
            }
        }
    }
}

/// The windows of the views, each with the command that opens it as it opens by default.
fn views() -> Vec<(Command, &'static str)> {
    vec![
        (Command::ShowSearch, "search-title"),
        (Command::ShowSchemaEditor, "editor-title"),
        (Command::ShowClaimMatrix, "matrix-title"),
        (Command::ShowEntities, "entities-title"),
        (Command::ShowOutlets, "outlets-title"),
        (Command::ShowSources, "sources-title"),
        (Command::ShowTimeline(None), "timeline-title"),
        (Command::ShowReview, "review-title"),
        (Command::ShowSuggestions, "suggestions-title"),
        (Command::ShowExport, "export-title"),
        (Command::ShowAnnotatorName, "annotator-title"),
    ]
}

#[test]
fn no_window_opens_over_the_menu_bar_of_a_small_window() {
    for language in [Language::Arabic, Language::English] {
        for (command, title) in views() {
            let mut harness = app(language, [800.0, 600.0], Start::SampleCorpus);
            let menu_bar = widget(&harness, &hashiya::ui::widgets::bidi::tr("menu-file"));
            if title == "search-title" {
                // Ctrl+F, as the analyst opens it.
                harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
            } else {
                harness.state_mut().push(command);
            }
            harness.run();
            let window = window_rect(&harness, title);
            assert!(
                window.min.y >= menu_bar.max.y,
                "{language:?}: {title} at {window:?} covers the menu bar (to {})",
                menu_bar.max.y
            );
        }
    }
}

/// My project, the annotated sample, and theirs: the same articles without a span, so that
/// every span of mine is a disagreement.
fn mine_and_theirs(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let mut annotated = common::annotated_sample();
    let mut bare = common::bare_copy(&annotated);
    let (mine, theirs) = (dir.join("mine.ron"), dir.join("theirs.ron"));
    annotated.save_as(&mine).expect("mine saves");
    bare.save_as(&theirs).expect("theirs saves");
    (mine, theirs)
}

#[test]
fn the_compare_windows_rows_read_from_the_right_in_arabic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mine, theirs) = mine_and_theirs(dir.path());
    for language in [Language::Arabic, Language::English] {
        let mut harness = app(language, [1024.0, 700.0], Start::Nothing);
        harness
            .state_mut()
            .push(Command::OpenTrusting(mine.clone()));
        harness.run();
        harness.state_mut().push(Command::Compare(theirs.clone()));
        harness.run();
        let window = harness
            .query_all_by_role(Role::Window)
            .find(|w| {
                w.accesskit_node()
                    .label()
                    .is_some_and(|l| l.contains("theirs.ron"))
            })
            .expect("the Compare window");
        // The first row: the first disagreement, its kind on the first line, my span and
        // theirs on the next two.
        let row = window
            .query_all_by_role(Role::Button)
            .find(|n| n.accesskit_node().label().is_some_and(|l| l.contains('\n')))
            .expect("a row")
            .rect();
        let mut lines: Vec<egui::Rect> = window
            .query_all_by_role(Role::Label)
            .map(|n| n.rect())
            .filter(|r| row.contains_rect(*r))
            .collect();
        lines.sort_by(|a, b| a.min.y.total_cmp(&b.min.y));
        assert_eq!(
            lines.len(),
            3,
            "{language:?}: kind, mine, theirs: {lines:?}"
        );
        let (kind, mine_line) = (lines[0], lines[1]);
        let heading = window.get_by_label("01-state-news-agency.txt").rect();
        if language.is_rtl() {
            assert!(
                row.max.x - kind.max.x < 12.0 && kind.max.x - mine_line.max.x > 8.0,
                "{language:?}: the kind against the row's right edge, the spans indented from \
                 it: row {row:?}, kind {kind:?}, mine {mine_line:?}"
            );
            assert!(
                row.max.x - heading.max.x < 12.0,
                "{language:?}: {heading:?}"
            );
        } else {
            assert!(
                kind.min.x - row.min.x < 12.0 && mine_line.min.x - kind.min.x > 8.0,
                "{language:?}: row {row:?}, kind {kind:?}, mine {mine_line:?}"
            );
            assert!(
                heading.min.x - row.min.x < 12.0,
                "{language:?}: {heading:?}"
            );
        }
    }
}

#[test]
fn a_section_that_opens_has_its_heading_from_the_right_in_arabic() {
    for language in [Language::Arabic, Language::English] {
        let mut harness = app(language, [1024.0, 900.0], Start::SampleCorpus);
        harness.state_mut().push(Command::ShowSchemaEditor);
        harness.run();
        let window = window_rect(&harness, "editor-title");
        let title = hashiya::ui::widgets::bidi::tr("cues-title");
        let intro = hashiya::ui::widgets::bidi::tr("cues-intro");
        harness.get_by_label(&title).scroll_to_me();
        harness.run();
        let heading = harness.get_by_label(&title).rect();
        if language.is_rtl() {
            assert!(
                window.max.x - heading.max.x < 48.0,
                "{heading:?} in {window:?}"
            );
        } else {
            assert!(
                heading.min.x - window.min.x < 48.0,
                "{heading:?} in {window:?}"
            );
        }
        assert!(harness.query_by_label(&intro).is_none(), "closed at first");
        // Its heading opens it, as its triangle does.
        harness.get_by_label(&title).click();
        harness.run();
        assert!(
            harness.query_by_label(&intro).is_some(),
            "{language:?}: open"
        );
    }
}

/// The field with the keyboard focus: its name.
fn focused(harness: &Harness<'_, App>) -> Option<String> {
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .and_then(|n| n.accesskit_node().label())
}

#[test]
fn tab_goes_through_the_header_in_reading_order() {
    for language in [Language::Arabic, Language::English] {
        let mut harness = app(language, [1400.0, 900.0], Start::SampleCorpus);
        let (author, language_field) = (
            hashiya::i18n::tr("header-author-name"),
            hashiya::i18n::tr("header-language-name"),
        );
        let field = |harness: &Harness<'_, App>, name: &str| widget(harness, name);
        let (author_rect, next_rect) = (field(&harness, &author), field(&harness, &language_field));
        harness
            .query_all_by_label(&author)
            .find(|n| n.accesskit_node().role() != Role::Label)
            .expect("the author field")
            .focus();
        harness.run();
        assert_eq!(focused(&harness).as_deref(), Some(author.as_str()));
        harness.key_press(egui::Key::Tab);
        harness.run();
        assert_eq!(
            focused(&harness).as_deref(),
            Some(language_field.as_str()),
            "{language:?}: Tab goes on to the next field as the row reads"
        );
        if language.is_rtl() {
            assert!(
                next_rect.max.x < author_rect.min.x,
                "{language:?}: the next on the left"
            );
        } else {
            assert!(
                next_rect.min.x > author_rect.max.x,
                "{language:?}: the next on the right"
            );
        }
        harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
        harness.run();
        assert_eq!(
            focused(&harness).as_deref(),
            Some(author.as_str()),
            "{language:?}: and back"
        );
    }
}

/// At 800×600 the label editor is taller than the window: it scrolls, down to its last button.
#[test]
fn the_whole_label_editor_is_reachable_in_a_small_window() {
    for language in [Language::Arabic, Language::English] {
        let mut harness = app(language, [800.0, 600.0], Start::SampleCorpus);
        harness.state_mut().push(Command::ShowSchemaEditor);
        harness.run();
        let last = hashiya::ui::widgets::bidi::tr("editor-add-category");
        harness.get_by_label(&last).scroll_to_me();
        harness.run();
        let window = window_rect(&harness, "editor-title");
        let button = harness.get_by_label(&last).rect();
        assert!(
            button.max.y < 570.0 && button.min.y > window.min.y && window.contains_rect(button),
            "{language:?}: Add category at {button:?}, the window at {window:?}"
        );
    }
}
