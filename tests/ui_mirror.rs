//! The window in Arabic mirrored where it was not yet: the label editor's grids against the
//! right edge, the Compare window's rows from the right, keyboard steps in the direction on
//! screen, windows below the menu bar, arrows pointing the way the interface reads.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use hashiya::i18n::{Digits, Language};
use hashiya::ui::commands::Command;
use hashiya::ui::layout::Side;
use hashiya::ui::prefs::{LanguageChoice, Prefs};
use hashiya::ui::{App, Start};

mod common;

/// The App in `language` at `size`, on `start`, the first-run panel already read; this
/// thread's messages in the same language for the test's own lookups.
fn app(language: Language, size: [f32; 2], start: Start) -> Harness<'static, App> {
    app_built(Harness::builder(), language, size, start)
}

/// [`app`] built from `builder` (frames closer together, say).
fn app_built(
    builder: egui_kittest::HarnessBuilder<App>,
    language: Language,
    size: [f32; 2],
    start: Start,
) -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let prefs = Prefs {
        language: LanguageChoice::Chosen(language),
        welcome_dismissed: true,
        ..Prefs::default()
    };
    let mut harness = builder.with_size(size).build_eframe(move |cc| {
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
        // A paragraph that may wrap gives screen readers its text in logical order.
        let intro = hashiya::i18n::tr("cues-intro");
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

/// The node of the window titled by message `id`.
fn window_node<'h>(
    harness: &'h Harness<'_, App>,
    id: &'static str,
) -> Option<egui_kittest::Node<'h>> {
    let title = hashiya::ui::widgets::bidi::tr(id);
    harness
        .query_all_by_role(Role::Window)
        .find(|w| w.accesskit_node().label().as_deref() == Some(title.as_str()))
}

fn drag(harness: &mut Harness<'_, App>, from: egui::Pos2, by: egui::Vec2) {
    let button = |pos, pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    // Stepped, not run: a window held by the pointer asks for frames until it is let go.
    harness.event(egui::Event::PointerMoved(from));
    harness.step();
    harness.event(button(from, true));
    harness.step();
    for step in 1..=4 {
        harness.event(egui::Event::PointerMoved(from + by * (step as f32 / 4.0)));
        harness.step();
    }
    harness.event(button(from + by, false));
    harness.run();
}

/// In Arabic a window's title bar reads from the right: the title against its right edge, the
/// close button on the left; the button closes the window, the title bar moves it (its
/// contents do not), a double-click on it folds the window to its title bar and back.
/// The rect of the node of `role` (named `name`, if given) inside the window titled by message
/// `id` (another window may be open beside it).
fn inside(
    harness: &Harness<'_, App>,
    id: &'static str,
    role: Role,
    name: Option<&str>,
) -> egui::Rect {
    window_node(harness, id)
        .unwrap_or_else(|| panic!("a window titled {id}"))
        .query_all_by_role(role)
        .find(|n| name.is_none_or(|name| n.accesskit_node().label().as_deref() == Some(name)))
        .unwrap_or_else(|| panic!("a {role:?} {name:?} in {id}"))
        .rect()
}

#[test]
fn a_windows_title_bar_is_mirrored_in_arabic() {
    // Frames a sixtieth of a second apart, so that two clicks make a double-click.
    let builder = Harness::builder()
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(60);
    let mut harness = app_built(
        builder,
        Language::Arabic,
        [1024.0, 700.0],
        Start::SampleCorpus,
    );
    harness.state_mut().push(Command::ShowSearch);
    harness.run();
    let window = window_rect(&harness, "search-title");
    let bar = inside(&harness, "search-title", Role::TitleBar, None);
    let close_name = hashiya::i18n::tr("window-close");
    let close = inside(&harness, "search-title", Role::Button, Some(&close_name));
    assert!(
        close.max.x <= bar.min.x && close.min.x - window.min.x < 16.0,
        "the close button on the left: {close:?}, the title bar {bar:?}, in {window:?}"
    );
    assert!(
        window.max.x - bar.max.x < 48.0 && bar.min.y - window.min.y < 16.0,
        "the title from the right at the top: {bar:?} in {window:?}"
    );

    // The title bar moves the window; a drag on its contents' background does not.
    drag(&mut harness, bar.center(), egui::vec2(60.0, 40.0));
    let moved = window_rect(&harness, "search-title");
    assert_eq!(
        moved.min,
        window.min + egui::vec2(60.0, 40.0),
        "moved by its title bar"
    );
    let background = egui::pos2(moved.center().x, moved.max.y - 6.0);
    drag(&mut harness, background, egui::vec2(-60.0, -40.0));
    assert_eq!(
        window_rect(&harness, "search-title").min,
        moved.min,
        "not moved by its contents"
    );

    // A double-click folds it to its title bar, another unfolds it.
    let bar = inside(&harness, "search-title", Role::TitleBar, None);
    let field = hashiya::i18n::tr("search-field");
    // The field is named as the window is titled.
    let field_shows = |harness: &Harness<'_, App>| {
        harness
            .query_all_by_label(&field)
            .any(|n| n.accesskit_node().role() != Role::Window)
    };
    assert!(field_shows(&harness), "the search field shows");
    for (folded, height) in [(true, bar.height() + 16.0), (false, moved.height())] {
        let at = inside(&harness, "search-title", Role::TitleBar, None).center();
        // Half a second after the last clicks, so that these make a double-click of their own.
        for _ in 0..30 {
            harness.step();
        }
        harness.event(egui::Event::PointerMoved(at));
        for pressed in [true, false, true, false] {
            harness.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        harness.step();
        harness.run();
        harness.run();
        let now = window_rect(&harness, "search-title");
        assert_eq!(!field_shows(&harness), folded, "folded {folded}: {now:?}");
        if folded {
            assert!(now.height() <= height, "folded to its title bar: {now:?}");
        }
    }

    window_node(&harness, "search-title")
        .expect("the search window")
        .get_by_role_and_label(Role::Button, &close_name)
        .click();
    harness.run();
    assert!(window_node(&harness, "search-title").is_none(), "closed");
    // Opened again from the menu, it shows.
    harness.state_mut().push(Command::ShowSearch);
    harness.run();
    assert!(
        window_node(&harness, "search-title").is_some(),
        "opened again"
    );
}

/// In English a window keeps egui's own title bar, its close button on the right.
#[test]
fn a_windows_title_bar_reads_from_the_left_in_english() {
    let mut harness = app(Language::English, [1024.0, 700.0], Start::SampleCorpus);
    harness.state_mut().push(Command::ShowSearch);
    harness.run();
    let window = window_rect(&harness, "search-title");
    let close = inside(&harness, "search-title", Role::Button, Some("Close window"));
    assert!(window.max.x - close.max.x < 16.0, "{close:?} in {window:?}");
    assert!(harness.query_by_role(Role::TitleBar).is_none());
}

/// Focuses the field named `fields[0]`, then checks that Tab takes the keyboard to each of the
/// others in turn (`what`: where, for the failure's message).
fn tab_through(harness: &mut Harness<'_, App>, fields: &[String], what: &str) {
    harness
        .query_all_by_label(&fields[0])
        .find(|n| n.accesskit_node().role() != Role::Label)
        .expect("the first field")
        .focus();
    harness.run();
    for next in &fields[1..] {
        harness.key_press(egui::Key::Tab);
        harness.run();
        assert_eq!(
            focused(harness).as_deref(),
            Some(next.as_str()),
            "{what}: Tab goes on to the next"
        );
    }
}

#[test]
fn tab_goes_through_a_row_of_the_label_editor_in_reading_order() {
    for language in [Language::Arabic, Language::English] {
        let mut harness = app(language, [1024.0, 700.0], Start::SampleCorpus);
        harness.state_mut().push(Command::ShowSchemaEditor);
        harness.run();
        let ws = harness.state().workspace().expect("the sample");
        let label = ws.project().schema.labels[1].name.clone();
        // The row's fields in reading order: name, key, description.
        let fields = [
            said("editor-name-of", &label),
            said("editor-key-of", &label),
            said("editor-description-of", &label),
        ];
        let rects: Vec<egui::Rect> = fields.iter().map(|f| widget(&harness, f)).collect();
        for pair in rects.windows(2) {
            if language.is_rtl() {
                assert!(pair[1].max.x < pair[0].min.x, "{language:?}: {rects:?}");
            } else {
                assert!(pair[1].min.x > pair[0].max.x, "{language:?}: {rects:?}");
            }
        }
        tab_through(
            &mut harness,
            &fields,
            &format!("{language:?}: as the row reads"),
        );
        harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Tab);
        harness.run();
        assert_eq!(
            focused(&harness).as_deref(),
            Some(fields[1].as_str()),
            "{language:?}: and back"
        );
    }
}

/// The node with the keyboard focus.
fn focused_node(harness: &Harness<'_, App>) -> Option<egui::accesskit::NodeId> {
    harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .map(|n| n.accesskit_node().locate().0)
}

#[test]
fn tab_goes_through_a_row_of_the_matrix_in_reading_order() {
    for language in [Language::Arabic, Language::English] {
        let mut harness = app(language, [1400.0, 1000.0], Start::SampleCorpus);
        for side in [Side::Corpus, Side::Inspector] {
            harness.state_mut().push(side.command());
        }
        harness.state_mut().push(Command::ShowClaimMatrix);
        harness.run();
        let first = {
            let ws = harness.state().workspace().expect("the sample");
            let matrix = hashiya::model::claim_matrix(ws.project());
            hashiya::ui::panels::matrix::row_names(ws.project(), &matrix)[0].clone()
        };
        let title = hashiya::ui::widgets::bidi::tr("matrix-title");
        let window = harness.get_by_label(&title);
        let name = hashiya::ui::widgets::bidi::shown(&first);
        let cluster = window.get_by_label(&name);
        let band = cluster.rect().center().y;
        // The row's cells that take the keyboard: the cluster's name and the buttons of the
        // outlets that speak of it (a silent outlet's cell is a label), as they stand.
        let mut cells: Vec<(egui::accesskit::NodeId, egui::Rect)> = window
            .query_all_by_role(Role::Button)
            .map(|n| (n.accesskit_node().locate().0, n.rect()))
            .filter(|(_, r)| (r.center().y - band).abs() < 20.0)
            .collect();
        let cluster_id = cluster.accesskit_node().locate().0;
        if !cells.iter().any(|(id, _)| *id == cluster_id) {
            cells.push((cluster_id, cluster.rect()));
        }
        if language.is_rtl() {
            cells.sort_by(|a, b| b.1.max.x.total_cmp(&a.1.max.x));
        } else {
            cells.sort_by(|a, b| a.1.min.x.total_cmp(&b.1.min.x));
        }
        assert!(
            cells.len() >= 3,
            "{language:?}: the cluster and its cells: {cells:?}"
        );
        assert_eq!(
            cells[0].0, cluster_id,
            "{language:?}: the cluster first: {cells:?}"
        );
        cluster.focus();
        harness.run();
        for (i, (next, rect)) in cells.iter().enumerate().skip(1) {
            harness.key_press(egui::Key::Tab);
            harness.run();
            assert_eq!(
                focused_node(&harness),
                Some(*next),
                "{language:?}: Tab goes on to cell {i} of the row as it reads, at {rect:?}"
            );
        }
    }
}

#[test]
fn tab_goes_down_the_entity_form_its_captions_first_in_reading_order() {
    for language in [Language::Arabic, Language::English] {
        let mut harness = app(language, [1200.0, 900.0], Start::SampleCorpus);
        harness.state_mut().push(Command::ShowEntities);
        harness.run();
        let entity = {
            let ws = harness.state().workspace().expect("the sample");
            let e = ws.project().entities.values().next().expect("an entity");
            e.name.clone()
        };
        harness
            .get_by_label(&hashiya::ui::widgets::bidi::shown(&entity))
            .click();
        harness.run();
        let rows = [
            ("entities-name", "entities-name-field"),
            ("entities-kind", "entities-kind-field"),
            ("entities-aliases", "entities-aliases-field"),
            ("entities-note", "entities-note-field"),
            ("entities-external", "entities-external-field"),
        ];
        let fields: Vec<String> = rows.iter().map(|(_, f)| hashiya::i18n::tr(f)).collect();
        let title = hashiya::ui::widgets::bidi::tr("entities-title");
        let window = harness.get_by_label(&title);
        let mut starts = Vec::new();
        for ((caption, _), field) in rows.iter().zip(&fields) {
            let field = widget(&harness, field);
            // The caption on the field's line (the table above has a column of that name).
            let caption = window
                .query_all_by_label(&hashiya::ui::widgets::bidi::tr(caption))
                .map(|n| n.rect())
                .min_by(|a, b| {
                    let off = |r: &egui::Rect| (r.center().y - field.center().y).abs();
                    off(a).total_cmp(&off(b))
                })
                .expect("a caption");
            // Where the caption and its field start, from where the line reads.
            let (caption_start, field_start) = if language.is_rtl() {
                (caption.max.x, field.max.x)
            } else {
                (-caption.min.x, -field.min.x)
            };
            let side = if language.is_rtl() {
                caption.min.x - field.max.x
            } else {
                field.min.x - caption.max.x
            };
            assert!(
                side > 0.0 && caption_start - field_start < 150.0,
                "{language:?}: the caption first, its field beside it: {caption:?} {field:?}"
            );
            starts.push((caption_start, field_start));
        }
        for pair in starts.windows(2) {
            assert!(
                (pair[0].0 - pair[1].0).abs() < 1.0 && (pair[0].1 - pair[1].1).abs() < 1.0,
                "{language:?}: captions and fields in two columns: {starts:?}"
            );
        }
        tab_through(
            &mut harness,
            &fields,
            &format!("{language:?}: down the form"),
        );
    }
}

#[test]
fn a_hint_that_wraps_in_arabic_reads_from_its_first_line_within_the_window() {
    let mut harness = app(Language::Arabic, [800.0, 600.0], Start::SampleCorpus);
    harness.state_mut().push(Command::ShowOutlets);
    harness.run();
    let window = window_rect(&harness, "outlets-title");
    let hint = hashiya::i18n::tr("outlets-hint");
    let node = harness.get_by_label(&hint);
    node.scroll_to_me();
    harness.run();
    let rect = harness.get_by_label(&hint).rect();
    // Wrapped (egui would have given one label whose last line is on top), one node for screen
    // readers holding the hint in logical order, within the window.
    assert!(rect.height() > 30.0, "{rect:?}");
    assert!(
        window.min.x <= rect.min.x && rect.max.x <= window.max.x,
        "{rect:?} in {window:?}"
    );
}
