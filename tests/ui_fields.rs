//! The text fields of the window, driven through `egui_kittest` as an analyst would: Arabic and
//! mixed text typed and pasted, the caret moved with arrows and Home/End, selections made with
//! Shift and the mouse; what the field holds and where its caret is are read back.

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::ui::commands::Command;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::widgets::text_field::focused_field;
use hashiya::ui::{App, Start};

mod common;

use common::gestures::{article_text, char_edge, drag};

/// An article of our own, in a folder of its own, opened in the app.
fn app_on_article(size: [f32; 2], text: &str) -> Harness<'static, App> {
    let dir = tempfile::tempdir().expect("temp dir").keep();
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    std::fs::write(corpus.join("article.txt"), text).expect("article written");
    let data = dir.join("data");
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        App::with_prefs(&cc.egui_ctx, Start::Path(corpus), Prefs::default(), data)
            .expect("the bundled fonts load")
    });
    harness.run();
    harness
}

const ARTICLE: &str =
    "قال المتحدث باسم الوزارة إن القافلة وصلت صباح الأحد.\n\nوأضاف أن 25 شاحنة عبرت المعبر.";

fn field(harness: &Harness<'_, App>) -> (String, std::ops::Range<usize>, usize) {
    let (text, selection, caret) = focused_field(&harness.ctx).expect("a field has the keyboard");
    (text, selection, caret.index)
}

fn press(harness: &mut Harness<'_, App>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

fn open_search(harness: &mut Harness<'_, App>) {
    press(harness, Modifiers::COMMAND, Key::F);
    harness.run();
}

#[test]
fn pasted_arabic_stays_in_reading_order_and_arrows_move_visually() {
    let mut harness = app_on_article([1024.0, 700.0], ARTICLE);
    open_search(&mut harness);
    let pasted = "تعليق مراقبة القافلة بطلب روسي";
    harness.event(Event::Paste(pasted.to_owned()));
    harness.run();
    assert_eq!(
        harness.get_by_label("search").value().as_deref(),
        Some(pasted)
    );
    let len = pasted.chars().count();
    assert_eq!(field(&harness), (pasted.to_owned(), len..len, len));

    // Right to left: → goes back in reading order, ← on; Home and End are the logical ends.
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    press(&mut harness, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(field(&harness).2, len - 2);
    press(&mut harness, Modifiers::NONE, Key::Home);
    assert_eq!(field(&harness).2, 0);
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(field(&harness).2, 1);
    press(&mut harness, Modifiers::NONE, Key::End);
    assert_eq!(field(&harness).2, len);

    // Shift+Ctrl+→ takes the last word (it is at the left end, so → goes back over it).
    press(
        &mut harness,
        Modifiers::COMMAND | Modifiers::SHIFT,
        Key::ArrowRight,
    );
    let (text, selection, _) = field(&harness);
    assert_eq!(&text[char_bytes(&text, selection)], "روسي");
    harness.get_by_label("search").type_text("تركي");
    harness.run();
    assert_eq!(field(&harness).0, "تعليق مراقبة القافلة بطلب تركي");
    // The field's own undo, inside the field: the word typed goes in one step.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        field(&harness).0,
        pasted,
        "undo brings back what was replaced"
    );
}

fn char_bytes(text: &str, chars: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    byte(chars.start)..byte(chars.end)
}

#[test]
fn mixed_text_typed_a_key_at_a_time() {
    let mut harness = app_on_article([1024.0, 700.0], ARTICLE);
    open_search(&mut harness);
    let typed = "قالت BBC إن 25 شخصا";
    for c in typed.chars() {
        harness.get_by_label("search").type_text(&c.to_string());
        harness.run();
    }
    let len = typed.chars().count();
    assert_eq!(field(&harness), (typed.to_owned(), len..len, len));
    // Backspace at the end takes the last letter typed, wherever it is on screen.
    press(&mut harness, Modifiers::NONE, Key::Backspace);
    assert_eq!(field(&harness).0, "قالت BBC إن 25 شخص");
    // From the start, ← walks on through «قالت » into the Latin run.
    press(&mut harness, Modifiers::NONE, Key::Home);
    for _ in 0..5 {
        press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    }
    assert_eq!(field(&harness).2, 5);
    press(&mut harness, Modifiers::SHIFT, Key::End);
    assert_eq!(field(&harness).1, 5..len - 1);
    press(&mut harness, Modifiers::NONE, Key::Delete);
    assert_eq!(field(&harness).0, "قالت ");
}

#[test]
fn the_mouse_places_the_caret_and_selects() {
    let mut harness = app_on_article([1024.0, 700.0], ARTICLE);
    open_search(&mut harness);
    let pasted = "نقلا عن مصدر";
    harness.event(Event::Paste(pasted.to_owned()));
    harness.run();
    let rect = harness.get_by_label("search").rect();
    // The text rests against the right edge: a drag from there leftwards past the text takes
    // it all, in reading order.
    let y = rect.center().y;
    drag(
        &mut harness,
        egui::pos2(rect.right() - 6.0, y),
        egui::pos2(rect.left() + 4.0, y),
    );
    assert_eq!(field(&harness).1, 0..pasted.chars().count());
    // A click at the right edge puts the caret before the first letter.
    harness.hover_at(egui::pos2(rect.right() - 5.0, y));
    harness.event(Event::PointerButton {
        pos: egui::pos2(rect.right() - 5.0, y),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(Event::PointerButton {
        pos: egui::pos2(rect.right() - 5.0, y),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert_eq!(field(&harness).1, 0..0);
}

/// Drags across the first occurrence of `word` in the article and labels it with key `key`.
fn label_word(harness: &mut Harness<'_, App>, word: &str, key: Key) {
    let text = article_text(harness, 0);
    let start = text[..text.find(word).expect("word in the article")]
        .chars()
        .count();
    let end = start + word.chars().count();
    let (from, to) = (
        char_edge(harness, start, true),
        char_edge(harness, end - 1, false),
    );
    drag(harness, from, to);
    harness.key_press(key);
    harness.run();
}

#[test]
fn a_note_in_arabic_over_two_lines_is_kept_as_typed() {
    let mut harness = app_on_article([1400.0, 1000.0], ARTICLE);
    label_word(&mut harness, "المتحدث", Key::Num1);
    let spans = harness
        .state()
        .workspace()
        .expect("workspace")
        .project()
        .annotations
        .len();
    assert_eq!(spans, 1, "{}", harness.state().status());
    harness.get_by_label("note").click();
    harness.run();
    harness.event(Event::Paste("مصدر غير مسمى\nيُراجع لاحقا".to_owned()));
    harness.run();
    // Up goes to the first line, End to its end: text typed there lands before the break.
    press(&mut harness, Modifiers::NONE, Key::ArrowUp);
    press(&mut harness, Modifiers::NONE, Key::End);
    harness.get_by_label("note").type_text(" (2)");
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Escape);
    harness.run();
    let ws = harness.state().workspace().expect("workspace");
    let notes: Vec<String> = ws
        .project()
        .annotations
        .all_spans()
        .map(|(_, s)| s.note.clone())
        .collect();
    assert_eq!(notes, vec!["مصدر غير مسمى (2)\nيُراجع لاحقا".to_owned()]);
}

#[test]
fn a_cluster_named_in_arabic_keeps_its_name() {
    let mut harness = app_on_article([1400.0, 1400.0], ARTICLE);
    label_word(&mut harness, "وصلت", Key::Num8);
    harness.get_by_label("new cluster name").click();
    harness.run();
    harness
        .get_by_label("new cluster name")
        .type_text("وصول القافلة (AP)");
    harness.run();
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let ws = harness.state().workspace().expect("workspace");
    let names: Vec<&str> = ws
        .project()
        .clusters
        .values()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, vec!["وصول القافلة (AP)"]);
}

/// A field on its own, shown once the bundled faces are installed.
fn field_harness(text: &str) -> Harness<'static, (String, bool)> {
    let mut harness = Harness::builder().with_size([380.0, 40.0]).build_ui_state(
        |ui, (text, ready): &mut (String, bool)| {
            if *ready {
                ui.add(
                    hashiya::ui::widgets::text_field::TextField::singleline(text)
                        .name("mixed")
                        .desired_width(360.0),
                );
            }
        },
        (text.to_owned(), false),
    );
    hashiya::ui::fonts::install(&harness.ctx, hashiya::text::FontStack::default());
    harness.run();
    harness.state_mut().1 = true;
    harness.run();
    harness
}

#[test]
fn snapshot_of_a_mixed_text_field() {
    let mut harness = field_harness("قالت وكالة AP إن 25 شاحنة (تقريبا) عبرت");
    harness.get_by_label("mixed").click();
    harness.run();
    harness.key_press(Key::Home);
    harness.run();
    harness.key_press_modifiers(Modifiers::SHIFT | Modifiers::COMMAND, Key::ArrowLeft);
    harness.run();
    assert_eq!(
        focused_field(&harness.ctx).map(|f| f.1),
        Some(0..4),
        "Shift+Ctrl+← from the start takes the first word"
    );
    harness.snapshot("field_mixed");
}

/// What the document list is drawn from in these tests: the app only for its workspace and
/// selection, and the commands the list returned.
struct ListState {
    app: App,
    recent: Vec<std::path::PathBuf>,
    /// Draw the list as if nothing were open.
    closed: bool,
    cache: hashiya::ui::widgets::text_block::LayoutCache,
    shaper: hashiya::text::HarfShaper,
    commands: Vec<Command>,
}

fn list_ui(ui: &mut egui::Ui, state: &mut Option<ListState>) {
    let Some(state) = state else { return };
    let theme = hashiya::ui::theme::Theme::from_visuals(ui.visuals());
    let mut text = hashiya::ui::panels::header::SmallText {
        cache: &mut state.cache,
        shaper: &state.shaper,
        fonts: hashiya::text::FontStack::default(),
        font_size: 16.0,
    };
    let ws = state.app.workspace().filter(|_| !state.closed);
    let commands = hashiya::ui::panels::corpus::CorpusPanel::default().ui(
        ui,
        ws,
        state.app.selected(),
        &state.recent,
        &theme,
        &mut text,
    );
    state.commands.extend(commands);
}

/// The document list over the bundled sample project, in a 300×380 panel.
fn list_on_sample() -> Harness<'static, Option<ListState>> {
    let mut harness = Harness::builder()
        .with_size([300.0, 380.0])
        .build_ui_state(list_ui, None);
    let data = tempfile::tempdir().expect("temp dir").keep();
    let app = App::with_prefs(
        &harness.ctx,
        Start::Path(hashiya::sample::source_project()),
        Prefs::default(),
        data,
    )
    .expect("the bundled fonts load");
    // The faces are installed from the next frame on.
    harness.run();
    *harness.state_mut() = Some(ListState {
        app,
        recent: Vec::new(),
        closed: false,
        cache: hashiya::ui::widgets::text_block::LayoutCache::default(),
        shaper: hashiya::text::HarfShaper::new().expect("bundled fonts load"),
        commands: Vec::new(),
    });
    harness.run();
    harness
}

fn list_commands(harness: &mut Harness<'_, Option<ListState>>) -> Vec<Command> {
    harness
        .state_mut()
        .as_mut()
        .map(|s| std::mem::take(&mut s.commands))
        .unwrap_or_default()
}

#[test]
fn a_click_on_a_document_asks_for_it_without_selecting_it_itself() {
    let mut harness = list_on_sample();
    let title = {
        let ws = harness
            .state()
            .as_ref()
            .and_then(|s| s.app.workspace())
            .expect("the sample opens");
        let rows = hashiya::ui::panels::corpus::document_rows(ws, 1..usize::MAX, Some(1));
        let indices: Vec<(usize, bool)> = rows.iter().map(|r| (r.index, r.selected)).collect();
        let mut expected = vec![(1, true)];
        expected.extend((2..ws.project().documents.len()).map(|i| (i, false)));
        assert_eq!(
            indices, expected,
            "rows from the second on, none beyond the last"
        );
        ws.project().documents[1].title.clone()
    };
    list_commands(&mut harness);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ListItem, &title)
        .click();
    harness.run();
    let commands = list_commands(&mut harness);
    assert!(
        matches!(commands.as_slice(), [Command::SelectDocument(1)]),
        "{commands:?}"
    );
    assert_eq!(
        harness.state().as_ref().and_then(|s| s.app.selected()),
        Some(0),
        "the list only asks; the app selects"
    );
}

#[test]
fn with_nothing_open_the_list_offers_the_recent_projects() {
    let mut harness = list_on_sample();
    let path = std::path::PathBuf::from("/projects/غزة-2024.ron");
    if let Some(state) = harness.state_mut().as_mut() {
        state.closed = true;
        state.recent = vec![path.clone()];
    }
    harness.run();
    list_commands(&mut harness);
    harness.get_by_label("غزة-2024.ron").click();
    harness.run();
    let commands = list_commands(&mut harness);
    assert!(
        matches!(commands.as_slice(), [Command::OpenPath(p)] if *p == path),
        "{commands:?}"
    );
}

/// The header of the sample's first document, and the commands it returned.
struct HeaderState {
    ws: hashiya::workspace::Workspace,
    cache: hashiya::ui::widgets::text_block::LayoutCache,
    shaper: hashiya::text::HarfShaper,
    commands: Vec<Command>,
    /// Drawn only once the faces are installed.
    ready: bool,
}

#[test]
fn a_date_typed_in_the_header_comes_back_as_one_edit_and_changes_nothing_itself() {
    let ws = hashiya::workspace::Workspace::open_project(&hashiya::sample::source_project())
        .expect("the sample opens");
    let before = ws.project().documents[0].date.clone();
    let state = HeaderState {
        ws,
        cache: hashiya::ui::widgets::text_block::LayoutCache::default(),
        shaper: hashiya::text::HarfShaper::new().expect("bundled fonts load"),
        commands: Vec::new(),
        ready: false,
    };
    let mut harness = Harness::builder().with_size([900.0, 300.0]).build_ui_state(
        |ui, state: &mut HeaderState| {
            if !state.ready {
                return;
            }
            let theme = hashiya::ui::theme::Theme::from_visuals(ui.visuals());
            let mut text = hashiya::ui::panels::header::SmallText::new(
                &mut state.cache,
                &state.shaper,
                &Prefs::default(),
            );
            let commands =
                hashiya::ui::panels::header::header_ui(ui, &state.ws, 0, &theme, &mut text);
            state.commands.extend(commands);
        },
        state,
    );
    hashiya::ui::fonts::install(&harness.ctx, hashiya::text::FontStack::default());
    // The faces are installed from the next frame on.
    harness.run();
    harness.state_mut().ready = true;
    harness.run();
    harness.get_by_label("publication date").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("publication date")
        .type_text("٢٠٢٤-٠٣-١٧");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let commands = std::mem::take(&mut harness.state_mut().commands);
    let [Command::Edit(transaction)] = commands.as_slice() else {
        panic!("one edit: {commands:?}");
    };
    assert_eq!(
        harness.state().ws.project().documents[0].date,
        before,
        "the header only asks"
    );
    let ws = &mut harness.state_mut().ws;
    ws.apply(transaction.clone()).expect("the edit applies");
    assert_eq!(ws.project().documents[0].date, "٢٠٢٤-٠٣-١٧");
}

/// The document list alone, over the bundled sample project: Arabic and Latin titles, and
/// outlet names in Arabic and Persian beside Latin file names.
#[test]
fn snapshot_of_the_document_list_with_arabic_outlets() {
    let mut harness = list_on_sample();
    let ws = harness
        .state()
        .as_ref()
        .and_then(|s| s.app.workspace())
        .expect("the sample opens");
    let outlets: Vec<&str> = ws
        .project()
        .documents
        .iter()
        .map(|d| ws.project().outlet_name(&d.outlet))
        .collect();
    assert!(
        outlets
            .iter()
            .filter(|o| o.chars().any(|c| ('\u{600}'..='\u{6FF}').contains(&c)))
            .count()
            >= 4,
        "the sample's outlets are named in Arabic script: {outlets:?}"
    );
    harness.snapshot("document_list");
}
