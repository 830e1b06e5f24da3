//! The inspector on the real App: what its buttons and fields ask for comes back as commands
//! and changes the project one undoable step at a time.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::model::Span;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Start};

mod common;

use common::gestures::{article_text, char_edge, drag};

fn app_on_sample() -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    Harness::builder()
        .with_size([1400.0, 1400.0])
        .build_eframe(move |cc| {
            App::with_prefs(
                &cc.egui_ctx,
                Start::Path(hashiya::sample::source_dir()),
                Prefs::default(),
                data_dir,
            )
            .expect("the bundled fonts load")
        })
}

/// The first `word` of the shown article (document 0) as a char range.
fn find_word(harness: &Harness<'_, App>, word: &str) -> std::ops::Range<usize> {
    let text = article_text(harness, 0);
    let byte = text
        .find(word)
        .unwrap_or_else(|| panic!("{word} is in the article"));
    let start = text[..byte].chars().count();
    start..start + word.chars().count()
}

/// Selects `word` with a drag and labels it with the first label's key: the new span is shown
/// in the inspector.
fn label_word(harness: &mut Harness<'_, App>, word: &str) -> Span {
    let range = find_word(harness, word);
    let from = char_edge(harness, range.start, true);
    let to = char_edge(harness, range.end - 1, false);
    drag(harness, from, to);
    harness.key_press(egui::Key::Num1);
    harness.run();
    let span = span_at(harness, range.start).expect("the word is labelled");
    assert_eq!(span.quote, word);
    span
}

fn span_at(harness: &Harness<'_, App>, start: usize) -> Option<Span> {
    let ws = harness.state().workspace().expect("workspace");
    let doc = &ws.project().documents[0].id;
    ws.project()
        .annotations
        .spans(doc)
        .iter()
        .find(|s| s.start == start)
        .cloned()
}

fn undo(harness: &mut Harness<'_, App>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
}

#[test]
fn attributes_are_added_and_removed_from_the_inspector_as_single_steps() {
    let mut harness = app_on_sample();
    harness.run();
    let span = label_word(&mut harness, "القيادة");
    for (field, text) in [
        ("new attribute name", "صفة"),
        ("new attribute value", "رسمية"),
    ] {
        harness.get_by_label(field).click();
        harness.run();
        harness.get_by_label(field).type_text(text);
        harness.run();
    }
    harness.get_by_label("Add").click();
    harness.run();
    let added = span_at(&harness, span.start).expect("the span stays");
    assert_eq!(
        added.attributes.get("صفة").map(String::as_str),
        Some("رسمية")
    );
    harness
        .get_by_label(&hashiya::ui::widgets::bidi::shown("Remove صفة"))
        .click();
    harness.run();
    let removed = span_at(&harness, span.start).expect("the span stays");
    assert!(removed.attributes.is_empty());
    undo(&mut harness);
    let back = span_at(&harness, span.start).expect("the span stays");
    assert_eq!(
        back.attributes.get("صفة").map(String::as_str),
        Some("رسمية"),
        "undo brings back the one attribute removed"
    );
}

#[test]
fn the_end_edge_moves_a_word_later_and_undo_moves_it_back() {
    let mut harness = app_on_sample();
    harness.run();
    let span = label_word(&mut harness, "القيادة");
    // Start's "a word later" is greyed out for a one-word span; End's comes second.
    let buttons = harness.get_all_by_label("a word later").count();
    assert_eq!(buttons, 2);
    harness
        .get_all_by_label("a word later")
        .last()
        .expect("End's button")
        .click();
    harness.run();
    let grown = span_at(&harness, span.start).expect("the span keeps its start");
    assert_eq!(grown.quote, "القيادة العامة");
    harness.get_by_label("span text: القيادة العامة");
    undo(&mut harness);
    let back = span_at(&harness, span.start).expect("the span keeps its start");
    assert_eq!(back.quote, "القيادة");
}

#[test]
fn a_mention_becomes_an_entity_and_is_unlinked_from_the_inspector() {
    let mut harness = app_on_sample();
    harness.run();
    let span = label_word(&mut harness, "القيادة");
    harness.get_by_label("New entity").click();
    harness.run();
    let linked = span_at(&harness, span.start).expect("the span stays");
    let entity = linked.entity.expect("linked to the new entity");
    let ws = harness.state().workspace().expect("workspace");
    assert_eq!(
        ws.project().entity(&entity).map(|e| e.name.as_str()),
        Some("القيادة")
    );
    harness.get_by_label("Unlink").click();
    harness.run();
    let unlinked = span_at(&harness, span.start).expect("the span stays");
    assert_eq!(unlinked.entity, None);
    let ws = harness.state().workspace().expect("workspace");
    assert!(
        ws.project().entity(&entity).is_some(),
        "the entity stays in the registry"
    );
}
