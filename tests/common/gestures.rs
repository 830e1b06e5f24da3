//! Pointer gestures on the real App, shared by the UI tests.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::ui::App;

/// Press at `from`, move to `to` over a few frames, release: a drag as a mouse makes it.
pub fn drag(harness: &mut Harness<'_, App>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.drag_at(from);
    harness.run();
    for k in 1..=4 {
        harness.hover_at(from + (to - from) * (k as f32 / 4.0));
        harness.run();
    }
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
}

/// Where on screen a quarter into char `i` of the shown article lies from its leading edge
/// (`leading`) or its trailing one: the caret there is that edge, in either direction.
pub fn char_edge(harness: &Harness<'_, App>, i: usize, leading: bool) -> egui::Pos2 {
    let layout = harness.state().article_view().layout().expect("laid out");
    let origin = harness.state().article_origin().expect("painted");
    let r = layout.range_rects(i..i + 1)[0];
    let fraction = if layout.rtl_at(i) == leading {
        0.75
    } else {
        0.25
    };
    origin + egui::vec2(r.x0 + (r.x1 - r.x0) * fraction, f32::midpoint(r.y0, r.y1))
}

/// Where on screen the middle of char `i` of the shown article lies.
pub fn char_centre(harness: &Harness<'_, App>, i: usize) -> egui::Pos2 {
    let layout = harness.state().article_view().layout().expect("laid out");
    let origin = harness.state().article_origin().expect("painted");
    let (x, y) = layout.range_rects(i..i + 1)[0].centre();
    origin + egui::vec2(x, y)
}

/// Replaces the text of the field with accessible name `field` and leaves it with Enter.
pub fn replace_in(harness: &mut Harness<'_, App>, field: &str, text: &str) {
    harness.get_by_label(field).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
}

/// The text of article `i` of the open project.
pub fn article_text(harness: &Harness<'_, App>, i: usize) -> String {
    harness
        .state()
        .workspace()
        .and_then(|w| w.articles()[i].text())
        .expect("the article is readable")
        .to_owned()
}
