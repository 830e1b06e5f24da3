//! The real App, driven through `egui_kittest`: no window, no display. Snapshot PNGs are rendered
//! on the CPU with wgpu (Debian's mesa-vulkan-drivers); update with `UPDATE_SNAPSHOTS=1`.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Start};
use hashiya::workspace::Workspace;

mod common;

use common::gestures::{article_text, char_centre, char_edge, drag, replace_in};

fn app_on_sample(size: [f32; 2]) -> Harness<'static, App> {
    app_on(
        size,
        Start::Path(hashiya::sample::source_dir()),
        scratch_dir(),
    )
}

/// A folder of the test's own for the app's files (journals), never the user's.
fn scratch_dir() -> std::path::PathBuf {
    tempfile::tempdir().expect("temp dir").keep()
}

fn app_on(size: [f32; 2], start: Start, data_dir: std::path::PathBuf) -> Harness<'static, App> {
    Harness::builder().with_size(size).build_eframe(move |cc| {
        App::with_prefs(&cc.egui_ctx, start, Prefs::default(), data_dir)
            .expect("the bundled fonts load")
    })
}

fn index_of(harness: &Harness<'_, App>, file: &str) -> usize {
    let ws = harness
        .state()
        .workspace()
        .expect("the sample corpus opens");
    ws.project()
        .documents
        .iter()
        .position(|d| d.path == file)
        .unwrap_or_else(|| panic!("{file} is in the sample corpus"))
}

#[test]
fn sample_corpus_opens_with_every_article() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let app = harness.state();
    assert_eq!(app.error(), None);
    let ws = app.workspace().expect("the sample corpus opens");
    let files: Vec<&str> = ws
        .project()
        .documents
        .iter()
        .map(|d| d.path.as_str())
        .collect();
    assert_eq!(files, hashiya::sample::FILES.map(|(name, _)| name).to_vec());
    assert_eq!(app.selected(), Some(0));
}

#[test]
fn picking_a_document_shows_its_title_in_the_header() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let i = index_of(&harness, "03-international-agency-arabic.txt");
    let title = harness
        .state()
        .workspace()
        .map(|w| w.project().documents[i].title.clone())
        .unwrap_or_default();
    assert!(
        title.starts_with("أرقام"),
        "title is the first line: {title}"
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Heading, &title)
            .is_none(),
        "not shown before it is picked"
    );

    harness
        .get_by_role_and_label(Role::ListItem, &title)
        .click();
    harness.run();

    assert_eq!(harness.state().selected(), Some(i));
    harness.get_by_role_and_label(Role::Heading, &title);
    let layout = harness
        .state()
        .article_view()
        .layout()
        .expect("the article is laid out");
    let text_len = harness
        .state()
        .workspace()
        .and_then(|w| w.articles()[i].text())
        .map(|t| t.chars().count());
    assert_eq!(
        Some(layout.char_len),
        text_len,
        "the view lays out the picked article"
    );
}

#[test]
fn clicking_a_word_reports_its_char_offsets() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let layout = harness
        .state()
        .article_view()
        .layout()
        .expect("laid out")
        .clone();
    let text = article_text(&harness, 0);
    // A char on the first line, located through the layout the view painted.
    let target = layout.lines[0].chars.start + 1;
    let rect = layout.range_rects(target..target + 1)[0];
    let origin = harness
        .state()
        .article_origin()
        .expect("the view was painted");
    let (x, y) = rect.centre();
    let pos = origin + egui::vec2(x, y);
    harness.hover_at(pos);
    harness.drag_at(pos);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    let word = hashiya::ui::widgets::article_view::word_around(&text, target);
    let status = harness.state().status();
    assert!(
        status.contains(&word.word_text),
        "status {status:?} names the word {:?}",
        word.word_text
    );
    assert!(
        status.contains(&format!("chars {}–{}", word.word.start, word.word.end)),
        "status {status:?}"
    );
}

fn snapshot_of(file: &str, name: &str) {
    let mut harness = app_on_sample([1000.0, 640.0]);
    harness.run();
    let i = index_of(&harness, file);
    harness
        .state_mut()
        .push(hashiya::ui::Command::SelectDocument(i));
    harness.run();
    harness.snapshot(name);
}

/// The highlights behind the spans (fills in lanes, frames around claims), drawn from meshes
/// tessellated once per span: compared with how they looked when each frame drew them anew.
#[test]
fn snapshot_article_with_highlights() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = common::annotated_sample();
    // The project and a copy of its articles side by side, as an analyst's folder would be.
    let corpus = dir.path().join("corpus");
    for doc in &ws.project().documents {
        let to = corpus.join(&doc.path);
        std::fs::create_dir_all(to.parent().expect("folder")).expect("folder");
        std::fs::copy(ws.corpus_root().join(&doc.path), to).expect("copy");
    }
    ws.relocate_corpus(corpus);
    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("save");
    let (i, _) = ws
        .project()
        .documents
        .iter()
        .enumerate()
        .max_by_key(|(_, d)| ws.project().annotations.spans(&d.id).len())
        .expect("documents");
    let mut harness = app_on([1400.0, 1100.0], Start::Path(project), scratch_dir());
    harness.run();
    harness
        .state_mut()
        .push(hashiya::ui::Command::SelectDocument(i));
    harness.run();
    harness.snapshot("article_highlights");
}

#[test]
fn snapshot_arabic_article() {
    snapshot_of("01-state-news-agency.txt", "article_arabic");
}

#[test]
fn snapshot_mixed_article() {
    snapshot_of("03-international-agency-arabic.txt", "article_mixed");
}

#[test]
fn snapshot_persian_article() {
    snapshot_of("06-persian-news-agency.txt", "article_persian");
}

/// The first occurrence of `word` in document `i` as a char range.
fn find_word(harness: &Harness<'_, App>, i: usize, word: &str) -> std::ops::Range<usize> {
    let text = harness
        .state()
        .workspace()
        .and_then(|w| w.articles()[i].text())
        .expect("text");
    let byte = text
        .find(word)
        .unwrap_or_else(|| panic!("{word} is in the article"));
    let start = text[..byte].chars().count();
    start..start + word.chars().count()
}

/// Drag across `word` (the first occurrence in document `i`) from its first letter to its last.
fn select_word(harness: &mut Harness<'_, App>, i: usize, word: &str) -> std::ops::Range<usize> {
    let range = find_word(harness, i, word);
    // In right-to-left text a word's first letter is at its right: the drag runs from inside
    // the first letter to inside the last, wherever they are on screen; snapping completes it.
    let from = char_edge(harness, range.start, true);
    let to = char_edge(harness, range.end - 1, false);
    drag(harness, from, to);
    range
}

#[test]
fn dragging_across_an_arabic_word_selects_exactly_that_word() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let word = select_word(&mut harness, 0, "الجيش");
    let selection = harness
        .state()
        .article_view()
        .selection
        .expect("a selection");
    assert_eq!(selection.range(), word);
    let status = harness.state().status();
    assert!(status.contains("الجيش"), "{status}");
}

#[test]
fn dragging_from_arabic_into_digits_selects_the_logical_range() {
    // Tall enough that the words are on screen without scrolling.
    let mut harness = app_on_sample([1100.0, 2400.0]);
    harness.run();
    let i = index_of(&harness, "03-international-agency-arabic.txt");
    show_document(&mut harness, i);
    // «بين 7»: an Arabic word, then a digit run that is laid out left to right inside it.
    let range = select_word(&mut harness, i, "بين 7");
    let selection = harness
        .state()
        .article_view()
        .selection
        .expect("a selection");
    assert_eq!(
        selection.range(),
        range,
        "logical range from «بين» to the digit"
    );
}

fn spans_of(harness: &Harness<'_, App>, i: usize) -> Vec<(usize, usize, String, String)> {
    let ws = harness.state().workspace().expect("workspace");
    let doc = &ws.project().documents[i].id;
    ws.project()
        .annotations
        .spans(doc)
        .iter()
        .map(|s| (s.start, s.end, s.label.0.clone(), s.quote.clone()))
        .collect()
}

#[test]
fn label_undo_redo_save_and_reopen() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let range = select_word(&mut harness, 0, "الجيش");
    harness.key_press(egui::Key::Num1);
    harness.run();
    assert_eq!(
        spans_of(&harness, 0),
        vec![(range.start, range.end, "PER".to_owned(), "الجيش".to_owned())]
    );
    harness.get_by_label("span text: الجيش");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert!(spans_of(&harness, 0).is_empty(), "undo removes the span");
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.run();
    assert_eq!(spans_of(&harness, 0).len(), 1, "redo brings it back");

    let dir = tempfile::tempdir().expect("temp dir");
    let project = dir.path().join("sample.ron");
    harness
        .state_mut()
        .push(hashiya::ui::Command::SaveProjectAs(project.clone()));
    harness.run();
    assert_eq!(harness.state().error(), None);

    // A project whose corpus lies elsewhere opens only once the analyst agrees to that folder.
    let mut reopened = app_on([1100.0, 760.0], Start::Path(project), scratch_dir());
    reopened.run();
    assert!(
        reopened.state().workspace().is_none(),
        "nothing read before the answer"
    );
    reopened.get_by_label("Open and read that folder").click();
    reopened.run();
    reopened.run();
    assert_eq!(
        spans_of(&reopened, 0),
        vec![(range.start, range.end, "PER".to_owned(), "الجيش".to_owned())]
    );
}

#[test]
fn label_a_word_in_a_mixed_line() {
    // Tall enough that the word is on screen without scrolling.
    let mut harness = app_on_sample([1100.0, 2400.0]);
    harness.run();
    let i = index_of(&harness, "03-international-agency-arabic.txt");
    show_document(&mut harness, i);
    let range = select_word(&mut harness, i, "OCHA");
    harness.key_press(egui::Key::Num2);
    harness.run();
    assert_eq!(
        spans_of(&harness, i),
        vec![(range.start, range.end, "ORG".to_owned(), "OCHA".to_owned())]
    );
}

#[test]
fn a_drag_from_the_gap_before_a_word_labels_the_word_and_a_gap_alone_is_refused() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let before = spans_of(&harness, 0);
    let gap_and_word = find_word(&harness, 0, " الجيش");
    let word = gap_and_word.start + 1..gap_and_word.end;
    let from = char_edge(&harness, gap_and_word.start, true);
    let to = char_edge(&harness, word.end - 1, false);
    drag(&mut harness, from, to);
    assert_eq!(selection_range(&harness), Some(word.clone()));
    harness.key_press(egui::Key::Num1);
    harness.run();
    let added: Vec<_> = spans_of(&harness, 0)
        .into_iter()
        .filter(|s| !before.contains(s))
        .collect();
    assert_eq!(
        added,
        vec![(word.start, word.end, "PER".to_owned(), "الجيش".to_owned())]
    );

    // A double click on the gap selects the space alone; a label key then says why it does
    // nothing.
    let gap = char_edge(&harness, gap_and_word.start, true);
    harness.hover_at(gap);
    harness.run();
    // Both clicks in one frame: queued one by one, each event takes a frame of a quarter
    // second, past egui's double-click delay.
    for pressed in [true, false, true, false] {
        harness.input_mut().events.push(egui::Event::PointerButton {
            pos: gap,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
    assert_eq!(
        selection_range(&harness),
        Some(gap_and_word.start..gap_and_word.start + 1)
    );
    let spans = spans_of(&harness, 0);
    harness.key_press(egui::Key::Num4);
    harness.run();
    assert_eq!(spans_of(&harness, 0), spans, "no span of a space");
    assert_eq!(selection_range(&harness), None, "the gap is let go");
    let status = harness.state().status();
    assert!(status.contains("only white space"), "{status}");
}

#[test]
fn shift_and_a_label_key_leaves_out_the_proclitic() {
    let mut harness = app_on_sample([1100.0, 2400.0]);
    harness.run();
    let range = select_word(&mut harness, 0, "بالمدينة");
    let text = article_text(&harness, 0);
    let (start, end) = hashiya::text::graphemes::strip_proclitic(&text, range.start, range.end)
        .expect("«ب» is a proclitic");
    assert!(start > range.start && end == range.end);
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Num3);
    harness.run();
    let quote: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(
        spans_of(&harness, 0),
        vec![(start, end, "GPE".to_owned(), quote)]
    );
}

#[test]
fn opening_another_folder_with_unsaved_labels_asks_first() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let other = tempfile::tempdir().expect("temp dir");
    std::fs::write(other.path().join("a.txt"), "خبر قصير\n").expect("write");

    // Nothing done yet: opening does not ask.
    harness
        .state_mut()
        .push(hashiya::ui::Command::OpenPath(other.path().to_path_buf()));
    harness.run();
    assert_eq!(
        harness
            .state()
            .workspace()
            .map(|w| w.project().documents.len()),
        Some(1)
    );

    harness
        .state_mut()
        .push(hashiya::ui::Command::OpenPath(hashiya::sample::source_dir()));
    harness.run();
    select_word(&mut harness, 0, "الجيش");
    harness.key_press(egui::Key::Num1);
    harness.run();
    assert_eq!(spans_of(&harness, 0).len(), 1);

    harness
        .state_mut()
        .push(hashiya::ui::Command::OpenPath(other.path().to_path_buf()));
    harness.run();
    assert_eq!(
        spans_of(&harness, 0).len(),
        1,
        "nothing is dropped before the analyst answers"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(spans_of(&harness, 0).len(), 1, "cancel keeps the work");

    harness
        .state_mut()
        .push(hashiya::ui::Command::OpenPath(other.path().to_path_buf()));
    harness.run();
    harness.get_by_label("Discard changes and open").click();
    harness.run();
    assert_eq!(
        harness
            .state()
            .workspace()
            .map(|w| w.project().documents.len()),
        Some(1)
    );
}

/// Click on the middle of the first letter of `word` (first occurrence in document `i`).
fn click_word(harness: &mut Harness<'_, App>, i: usize, word: &str) -> std::ops::Range<usize> {
    let range = find_word(harness, i, word);
    let at = char_centre(harness, range.start);
    harness.hover_at(at);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    range
}

fn selection_range(harness: &Harness<'_, App>) -> Option<std::ops::Range<usize>> {
    harness.state().article_view().selection.map(|s| s.range())
}

#[test]
fn shift_arrows_select_in_the_direction_the_text_runs() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let word = click_word(&mut harness, 0, "الجيش");
    let shift = egui::Modifiers::SHIFT;
    // Arabic runs right to left: ← moves forward in the text, one letter at a time.
    harness.key_press_modifiers(shift, egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(selection_range(&harness), Some(word.start..word.start + 1));
    harness.key_press_modifiers(shift, egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(selection_range(&harness), Some(word.start..word.start + 2));
    harness.key_press_modifiers(shift, egui::Key::ArrowRight);
    harness.run();
    assert_eq!(selection_range(&harness), Some(word.start..word.start + 1));
    // Ctrl+Shift+← to the end of the word.
    harness.key_press_modifiers(shift | egui::Modifiers::COMMAND, egui::Key::ArrowLeft);
    harness.run();
    assert_eq!(selection_range(&harness), Some(word.clone()));
    harness.key_press(egui::Key::Num3);
    harness.run();
    assert_eq!(
        spans_of(&harness, 0),
        vec![(word.start, word.end, "GPE".to_owned(), "الجيش".to_owned())]
    );
}

#[test]
fn shift_arrows_in_latin_text_run_left_to_right() {
    let mut harness = app_on_sample([1100.0, 2400.0]);
    harness.run();
    let i = index_of(&harness, "03-international-agency-arabic.txt");
    show_document(&mut harness, i);
    let word = click_word(&mut harness, i, "OCHA");
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::ArrowRight);
    harness.run();
    assert_eq!(selection_range(&harness), Some(word.start..word.start + 1));
}

#[test]
fn the_label_chooser_filters_as_you_type() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let word = select_word(&mut harness, 0, "الجيش");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.event(egui::Event::Text("armed".to_owned()));
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(
        spans_of(&harness, 0),
        vec![(word.start, word.end, "ARMED".to_owned(), "الجيش".to_owned())]
    );
    assert!(harness.state().article_view().selection.is_none());
}

#[test]
fn the_label_chooser_offers_the_word_without_its_proclitic() {
    let mut harness = app_on_sample([1100.0, 2400.0]);
    harness.run();
    let range = select_word(&mut harness, 0, "بالمدينة");
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.event(egui::Event::Text("place".to_owned()));
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::SHIFT, egui::Key::Enter);
    harness.run();
    harness.run();
    let spans = spans_of(&harness, 0);
    assert_eq!(spans.len(), 1, "{spans:?}");
    assert_eq!((spans[0].1, spans[0].2.as_str()), (range.end, "GPE"));
    assert_eq!(spans[0].3, "المدينة");
}

#[test]
fn sticky_label_labels_each_new_selection() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    select_word(&mut harness, 0, "الجيش");
    harness.key_press(egui::Key::Num4);
    harness.run();
    harness
        .state_mut()
        .push(hashiya::ui::Command::ToggleStickyLabel);
    harness.run();
    let second = select_word(&mut harness, 0, "الوطني");
    harness.run();
    let spans = spans_of(&harness, 0);
    assert_eq!(spans.len(), 2, "{spans:?} {}", harness.state().status());
    assert!(
        spans
            .iter()
            .any(|s| (s.0, s.1, s.2.as_str()) == (second.start, second.end, "ARMED"))
    );
}

#[test]
fn a_selected_span_grows_by_a_word_with_ctrl_shift_arrow() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let word = select_word(&mut harness, 0, "الجيش");
    harness.key_press(egui::Key::Num2);
    harness.run();
    // The span is selected after labelling; Ctrl+Shift+← moves its end a word on (Arabic).
    harness.key_press_modifiers(
        egui::Modifiers::SHIFT | egui::Modifiers::COMMAND,
        egui::Key::ArrowLeft,
    );
    harness.run();
    let spans = spans_of(&harness, 0);
    assert_eq!(spans.len(), 1);
    assert_eq!(spans[0].0, word.start);
    assert!(spans[0].1 > word.end, "{spans:?}");
    assert!(spans[0].3.starts_with("الجيش "), "{spans:?}");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        spans_of(&harness, 0)[0].1,
        word.end,
        "undo puts the edge back"
    );
}

#[test]
fn labels_are_added_in_the_editor_and_undone() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let labels = |h: &Harness<'_, App>| {
        h.state()
            .workspace()
            .map_or(0, |w| w.project().schema.labels.len())
    };
    let before = labels(&harness);
    harness
        .state_mut()
        .push(hashiya::ui::Command::ShowSchemaEditor);
    harness.run();
    harness.get_by_label("Add label").click();
    harness.run();
    assert_eq!(labels(&harness), before + 1);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(labels(&harness), before);
}

/// A key another label has is refused in the window itself, and the next change clears it.
#[test]
fn a_taken_label_key_is_refused_in_the_editor() {
    let mut harness = app_on_sample([1100.0, 760.0]);
    harness.run();
    let organisation = |h: &Harness<'_, App>| {
        h.state()
            .workspace()
            .and_then(|w| w.project().schema.labels.iter().find(|l| l.id.0 == "ORG"))
            .map(|l| (l.name.clone(), l.key))
            .expect("the sample has organisations")
    };
    harness
        .state_mut()
        .push(hashiya::ui::Command::ShowSchemaEditor);
    harness.run();
    replace_in(&mut harness, "key of Organisation", "1");
    assert_eq!(
        organisation(&harness),
        ("Organisation".to_owned(), Some('2'))
    );
    harness.get_by_label_contains("already belongs to Person");
    replace_in(&mut harness, "name of Organisation", "منظمة");
    assert_eq!(organisation(&harness), ("منظمة".to_owned(), Some('2')));
    assert!(
        harness
            .query_by_label_contains("already belongs to Person")
            .is_none(),
        "a change made clears the refusal"
    );
}

/// Types `text` into the field with accessible name `field` and leaves it with Enter.
fn fill_in(harness: &mut Harness<'_, App>, field: &str, text: &str) {
    harness.get_by_label(field).click();
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

fn claims_of(harness: &Harness<'_, App>, i: usize) -> Vec<hashiya::model::Claim> {
    let ws = harness.state().workspace().expect("workspace");
    ws.project()
        .annotations
        .claims(&ws.project().documents[i].id)
        .to_vec()
}

fn quote_of(harness: &Harness<'_, App>, i: usize, span: &hashiya::model::SpanId) -> String {
    let ws = harness.state().workspace().expect("workspace");
    ws.project()
        .annotations
        .get(&ws.project().documents[i].id, span)
        .map(|s| s.quote.clone())
        .expect("the span exists")
}

fn show_document(harness: &mut Harness<'_, App>, i: usize) {
    harness
        .state_mut()
        .push(hashiya::ui::Command::SelectDocument(i));
    harness.run();
    harness.run();
}

#[test]
fn a_claim_in_one_gesture_then_a_cluster_across_outlets_in_the_matrix() {
    use hashiya::model::Claimant;
    let mut harness = app_on_sample([1400.0, 1400.0]);
    harness.run();
    let state = index_of(&harness, "01-state-news-agency.txt");
    let opposition = index_of(&harness, "02-opposition-website.txt");
    let agency = index_of(&harness, "03-international-agency-arabic.txt");
    for (i, outlet) in [
        (state, "Wahda"),
        (opposition, "Daffatayn"),
        (agency, "Wire"),
    ] {
        show_document(&mut harness, i);
        fill_in(&mut harness, "new outlet", outlet);
    }

    // The state agency: the content, labelled as a claim (key 8), makes the frame at once.
    show_document(&mut harness, state);
    select_word(&mut harness, state, "أحكمت سيطرتها");
    harness.key_press(egui::Key::Num8);
    harness.run();
    let claims = claims_of(&harness, state);
    assert_eq!(claims.len(), 1, "labelling as a claim makes its frame");
    assert_eq!(
        quote_of(&harness, state, &claims[0].content),
        "أحكمت سيطرتها"
    );
    assert_eq!(claims[0].claimant, Claimant::Outlet);
    // The claimant and the cue are clicked in the text.
    harness.get_by_label("Click in text").click();
    harness.run();
    click_word(&mut harness, state, "القيادة");
    harness.get_by_label("Click the cue word").click();
    harness.run();
    click_word(&mut harness, state, "أعلنت");
    let claim = &claims_of(&harness, state)[0];
    let Claimant::Mention(claimant) = &claim.claimant else {
        panic!("the claimant is the clicked mention: {:?}", claim.claimant)
    };
    assert_eq!(quote_of(&harness, state, claimant), "القيادة");
    assert_eq!(
        quote_of(&harness, state, claim.cue.as_ref().expect("a cue")),
        "أعلنت"
    );
    fill_in(&mut harness, "new cluster name", "the crossing was taken");

    // The opposition site: the same proposition, denied.
    show_document(&mut harness, opposition);
    select_word(&mut harness, opposition, "قُتلوا");
    harness.key_press(egui::Key::Num8);
    harness.run();
    harness.get_by_label("add to cluster").click();
    harness.run();
    harness.get_by_label("the crossing was taken").click();
    harness.run();
    harness
        .get_by_label("relation to the crossing was taken")
        .click();
    harness.run();
    harness.get_by_label("contradicts").click();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();

    // The matrix: one row, two outlets speaking, the third silent.
    harness
        .state_mut()
        .push(hashiya::ui::Command::ShowClaimMatrix);
    harness.run();
    harness.get_by_label("the crossing was taken: Wire: silent");
    harness.get_by_label("reports");
    harness.get_by_label("contradicts").click();
    harness.run();
    assert_eq!(
        harness.state().selected(),
        Some(opposition),
        "a cell leads to its claim"
    );
    let ws = harness.state().workspace().expect("workspace");
    let matrix = hashiya::model::claim_matrix(ws.project());
    assert_eq!(matrix.rows.len(), 1);
    let speaking = matrix.rows[0]
        .cells
        .iter()
        .filter(|c| !c.is_empty())
        .count();
    assert_eq!((speaking, matrix.outlets.len()), (2, 3));

    // One undo takes the last change back, the cluster stays.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let ws = harness.state().workspace().expect("workspace");
    let cluster = ws.project().clusters.values().next().expect("the cluster");
    assert_eq!(cluster.members.len(), 2);
    assert!(
        cluster
            .members
            .iter()
            .all(|m| m.relation == hashiya::model::Relation::Reports),
        "undo restores the relation"
    );
}

#[test]
fn search_finds_spellings_and_labels_every_hit_in_one_step() {
    let mut harness = app_on_sample([1400.0, 1000.0]);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run();
    harness.get_by_label("search").type_text("الزيزفون");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    let hits = harness.state().status();
    assert!(hits.contains(" hits for "), "{hits}");
    let n: usize = hits
        .split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .expect("a count");
    assert!(n >= 2, "{hits}");
    harness.get_by_label("label for all hits").click();
    harness.run();
    // The popup's entry (in the search window), not the legend's (in the right panel).
    harness
        .get_all_by_label("Place")
        .min_by(|a, b| a.rect().min.x.total_cmp(&b.rect().min.x))
        .expect("the label in the popup")
        .click_accesskit();
    harness.run();
    harness
        .get_by_label(&format!("Label {n} ticked hits"))
        .click();
    harness.run();
    let ws = harness.state().workspace().expect("workspace");
    let labelled: usize = ws
        .project()
        .annotations
        .all_spans()
        .filter(|(_, s)| s.label.0 == "GPE")
        .count();
    assert_eq!(labelled, n, "{}", harness.state().status());
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let ws = harness.state().workspace().expect("workspace");
    assert_eq!(
        ws.project().annotations.len(),
        0,
        "one undo takes them all back"
    );
}

#[test]
fn an_article_edited_on_disk_moves_one_span_and_lists_the_lost_one() {
    use hashiya::model::{Edit, LabelId, Transaction};
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus folder");
    let article = corpus.join("a.txt");
    std::fs::write(&article, "أعلن المجلس المحلي أن الجسر مغلق حتى الخميس.\n").expect("write");
    let mut ws = Workspace::import_folder(&corpus, &hashiya::import::ImportOptions::default())
        .expect("import");
    let doc = ws.project().documents[0].id.clone();
    let text = ws.text_of(&doc).expect("text").to_owned();
    let at = |w: &str| {
        let b = text.find(w).expect("word");
        let s = text[..b].chars().count();
        (s, s + w.chars().count())
    };
    let mut tx = Transaction::new(hashiya::model::Message::STATUS_LABELLED);
    for (word, label) in [("الجسر", "GPE"), ("الخميس", "DATE")] {
        let (s, e) = at(word);
        let span = ws
            .new_span(&doc, s, e, LabelId(label.to_owned()))
            .expect("span");
        tx.push(Edit::AddSpan {
            doc: doc.clone(),
            span,
        });
    }
    ws.apply(tx).expect("apply");
    let project = dir.path().join("p.ron");
    ws.save_as(&project).expect("save");
    // In a text editor: a sentence before the first span, the second span's word deleted.
    std::fs::write(
        &article,
        "قال سكان إن الطريق هادئ. أعلن المجلس المحلي أن الجسر مغلق حتى إشعار آخر.\n",
    )
    .expect("edit");

    let mut harness = app_on([1200.0, 900.0], Start::Path(project), scratch_dir());
    harness.run();
    let spans = spans_of(&harness, 0);
    let bridge = spans
        .iter()
        .find(|s| s.2 == "GPE")
        .expect("the bridge span");
    let new_text = std::fs::read_to_string(&article).expect("read");
    let b = new_text.find("الجسر").expect("still there");
    let start = new_text[..b].chars().count();
    assert_eq!(
        (bridge.0, bridge.1),
        (start, start + 5),
        "moved with its word"
    );
    let day = spans
        .iter()
        .find(|s| s.2 == "DATE")
        .expect("kept, not dropped");
    assert_eq!(day.3, "الخميس");
    harness.get_by_label_contains("not found: kept at its old place");
    // A click on a listed span selects it, in the inspector.
    assert!(harness.query_by_label("Delete span").is_none());
    harness
        .get_by(|node| {
            node.role() == egui::accesskit::Role::Link
                && node.label().is_some_and(|t| t.contains("«الخميس»"))
        })
        .click();
    harness.run();
    harness.get_by_label("Delete span");
    // One undo puts the moved span back where it was.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let (s, _) = at("الجسر");
    let spans = spans_of(&harness, 0);
    assert!(spans.iter().any(|x| x.2 == "GPE" && x.0 == s));
}

#[test]
fn export_runs_in_the_background_and_checks_itself() {
    let mut harness = app_on_sample([1200.0, 900.0]);
    harness.run();
    select_word(&mut harness, 0, "الجيش");
    harness.key_press(egui::Key::Num2);
    harness.run();
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("corpus.jsonl");
    harness.state_mut().push(hashiya::ui::Command::Export(
        hashiya::export::ExportFormat::Jsonl,
        out.clone(),
    ));
    // While the export runs it wakes the window as it goes: single frames, not `run`, which
    // waits for the window to settle.
    for _ in 0..200 {
        harness.step();
        if harness
            .query_by_label_contains("Exported 6 documents")
            .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    harness.get_by_label_contains("Exported 6 documents");
    let written = std::fs::read_to_string(&out).expect("the export is written");
    assert_eq!(written.lines().count(), 6, "one line per document");
    assert!(written.contains("\"ORG\""), "the span is exported");
    // Importing it back finds the span already there and adds nothing.
    harness
        .state_mut()
        .push(hashiya::ui::Command::ImportAnnotations(
            hashiya::import::annotations::ImportFormat::Jsonl,
            out,
        ));
    harness.run();
    let spans: usize = harness
        .state()
        .workspace()
        .map_or(0, |w| w.project().annotations.len());
    assert_eq!(spans, 1);
    harness.get_by_label("Import report");
}

/// A saved project `p.ron` in `dir` on a corpus of one short article, `corpus/a.txt`: the
/// project file and the article.
fn saved_one_article_project(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).expect("corpus folder");
    let article = corpus.join("a.txt");
    std::fs::write(&article, "أعلن المجلس المحلي أن الجسر مغلق.\n").expect("write");
    let mut ws = Workspace::import_folder(&corpus, &hashiya::import::ImportOptions::default())
        .expect("import");
    let project = dir.join("p.ron");
    ws.save_as(&project).expect("save");
    (project, article)
}

#[test]
fn an_article_changed_while_open_is_noticed_and_read_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, article) = saved_one_article_project(dir.path());
    let mut harness = app_on([1200.0, 900.0], Start::Path(project), scratch_dir());
    harness.run();
    select_word(&mut harness, 0, "الجسر");
    harness.key_press(egui::Key::Num3);
    harness.run();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(
        &article,
        "قال سكان إن الطريق هادئ. أعلن المجلس المحلي أن الجسر مغلق.\n",
    )
    .expect("edit");
    // The check runs with the autosave, every two seconds of the app's time.
    for _ in 0..200 {
        harness.run();
        if harness.query_by_label("Read the articles again").is_some() {
            break;
        }
    }
    harness.get_by_label("Read the articles again").click();
    harness.run();
    let text = std::fs::read_to_string(&article).expect("read");
    let b = text.find("الجسر").expect("there");
    let start = text[..b].chars().count();
    let spans = spans_of(&harness, 0);
    assert_eq!(spans.len(), 1);
    assert_eq!((spans[0].0, spans[0].3.as_str()), (start, "الجسر"));
}

#[test]
fn an_edit_reaches_the_journal_from_a_background_write_and_ctrl_s_removes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (project, _) = saved_one_article_project(dir.path());
    let journal = hashiya::store::Journal::for_project(&project);
    let mut harness = app_on([1200.0, 900.0], Start::Path(project), scratch_dir());
    harness.run();
    select_word(&mut harness, 0, "الجسر");
    harness.key_press(egui::Key::Num3);
    harness.run();
    // The autosave runs every two seconds of the app's time; the write itself on its own
    // thread, whose outcome a later tick collects.
    let journaled = |harness: &Harness<'_, App>| {
        journal.read().is_some_and(|read| {
            read.expect("a readable journal").annotations
                == harness
                    .state()
                    .workspace()
                    .expect("open")
                    .project()
                    .annotations
        })
    };
    for _ in 0..400 {
        harness.run();
        if journaled(&harness) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(journaled(&harness), "the edit never reached the journal");
    assert_eq!(spans_of(&harness, 0).len(), 1);

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!journal.exists(), "the save left the journal");
    for _ in 0..200 {
        harness.run();
    }
    assert!(!journal.exists(), "a journal came back after the save");
    let saved = hashiya::store::load_project(&dir.path().join("p.ron")).expect("load");
    assert_eq!(saved.annotations.len(), 1);
}

#[test]
fn a_large_folder_opens_in_the_background_with_progress_and_can_be_cancelled() {
    let corpus = tempfile::tempdir().expect("temp dir");
    let count = 4_000;
    for i in 0..count {
        let (path, text) = hashiya::synth::corpus_article(i);
        let file = corpus.path().join(path);
        std::fs::create_dir_all(file.parent().expect("folder")).expect("folder");
        std::fs::write(file, text).expect("article");
    }
    let mut harness = app_on([1100.0, 760.0], Start::Nothing, scratch_dir());
    harness.run();
    let ctx = harness.ctx.clone();
    harness.state_mut().load_in_background(&ctx);
    let folder = corpus.path().to_path_buf();
    harness
        .state_mut()
        .push(hashiya::ui::Command::OpenPath(folder.clone()));
    // One frame starts the load, the next lays the window out, the third shows it.
    for _ in 0..3 {
        harness.step();
    }
    assert!(
        harness.state().is_loading(),
        "reading goes on between frames"
    );
    harness.get_by_label("Opening");
    harness.get_by_label("Cancel").click();
    let mut frames = 0;
    while harness.state().is_loading() {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
        frames += 1;
        assert!(frames < 20_000, "cancelling ends the load");
    }
    assert!(
        harness.state().workspace().is_none(),
        "a cancelled load opens nothing"
    );
    assert!(
        harness.state().status().contains("cancelled"),
        "{}",
        harness.state().status()
    );

    harness
        .state_mut()
        .push(hashiya::ui::Command::OpenPath(folder));
    let mut frames = 0;
    let mut seen_progress = false;
    while harness.state().workspace().is_none() {
        harness.step();
        seen_progress |= harness.query_by_label_contains("files").is_some();
        std::thread::sleep(std::time::Duration::from_millis(5));
        frames += 1;
        assert!(frames < 20_000, "the folder opens");
    }
    assert!(seen_progress, "a progress bar counted the files");
    let ws = harness.state().workspace().expect("opened");
    assert_eq!(ws.project().documents.len(), count);
    // The search index follows on its own thread; the window keeps painting meanwhile.
    let mut frames = 0;
    while !harness.state().search_index_ready() {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
        frames += 1;
        assert!(frames < 20_000, "the index is built");
    }
}
