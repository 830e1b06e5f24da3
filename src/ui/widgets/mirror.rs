//! Rows and columns of egui's own widgets mirrored when the interface reads right to left: a
//! row starts from the right, a caption stands on the right of its field, a panel's items line
//! up on its right edge. In a left-to-right interface each helper is the plain egui call.

use egui::{Align, InnerResponse, Layout, Ui, vec2};

/// Whether the interface in use reads right to left.
pub fn rtl() -> bool {
    crate::i18n::language().is_rtl()
}

/// The layout of a row: from the left, or from the right in a right-to-left interface.
pub fn row_layout() -> Layout {
    if rtl() {
        Layout::right_to_left(Align::Center)
    } else {
        Layout::left_to_right(Align::Center)
    }
}

/// The layout of a panel's column: items on its left edge, or on its right edge.
pub fn column_layout() -> Layout {
    if rtl() {
        Layout::top_down(Align::Max)
    } else {
        Layout::top_down(Align::Min)
    }
}

/// `ui.horizontal`, started from the right in a right-to-left interface.
pub fn row<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
    if rtl() {
        let size = vec2(
            ui.available_size_before_wrap().x,
            ui.spacing().interact_size.y,
        );
        ui.allocate_ui_with_layout(size, row_layout(), add)
    } else {
        ui.horizontal(add)
    }
}

/// `ui.horizontal_wrapped`, started from the right in a right-to-left interface.
pub fn wrapped_row<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
    if rtl() {
        let size = vec2(
            ui.available_size_before_wrap().x,
            ui.spacing().interact_size.y,
        );
        ui.allocate_ui_with_layout(size, row_layout().with_main_wrap(true), add)
    } else {
        ui.horizontal_wrapped(add)
    }
}

/// A row of a form: the message `caption` in a column `width` wide (the first column: on the
/// right in a right-to-left interface), then what `add` puts after it, wrapped below when the
/// row is too narrow.
pub fn form_row<R>(
    ui: &mut Ui,
    width: f32,
    caption: &'static str,
    add: impl FnOnce(&mut Ui) -> R,
) -> InnerResponse<R> {
    wrapped_row(ui, |ui| {
        cell(ui, width, |ui| ui.label(super::bidi::tr(caption)));
        add(ui)
    })
}

/// A cell `width` wide in a row, its contents from the row's start (the right in a
/// right-to-left interface): columns that line up from one row to the next.
pub fn cell<R>(ui: &mut Ui, width: f32, add: impl FnOnce(&mut Ui) -> R) -> InnerResponse<R> {
    let height = ui.spacing().interact_size.y;
    ui.allocate_ui_with_layout(vec2(width, height), row_layout(), |ui| {
        ui.set_width(width);
        add(ui)
    })
}

/// A section that opens and closes under its heading, the message `heading`, as
/// `egui::CollapsingHeader` does; in a right-to-left interface the triangle stands on the right
/// of the heading and points left while the section is closed. What `add` returns, while open.
pub fn collapsing<R>(
    ui: &mut Ui,
    id_salt: &str,
    heading: &'static str,
    default_open: bool,
    add: impl FnOnce(&mut Ui) -> R,
) -> Option<R> {
    use egui::collapsing_header::CollapsingState;
    let id = ui.make_persistent_id(id_salt);
    let mut state = CollapsingState::load_with_default_open(ui.ctx(), id, default_open);
    let heading_clicked = row(ui, |ui| {
        state.show_toggle_button(ui, disclosure_icon);
        ui.add(egui::Label::new(super::bidi::tr(heading)).sense(egui::Sense::click()))
            .clicked()
    })
    .inner;
    if heading_clicked {
        state.toggle(ui);
    }
    state.show_body_unindented(ui, add).map(|r| r.inner)
}

/// The triangle of a section that opens: pointing the way the interface reads while closed
/// (right, or left in a right-to-left interface), down once open.
pub fn disclosure_icon(ui: &mut Ui, openness: f32, response: &egui::Response) {
    use std::f32::consts::TAU;
    let visuals = ui.style().interact(response);
    let rect = egui::Rect::from_center_size(response.rect.center(), response.rect.size() * 0.75)
        .expand(visuals.expansion);
    let closed = if rtl() { TAU * 0.25 } else { -TAU * 0.25 };
    let rotation = egui::remap(openness, 0.0..=1.0, closed..=0.0);
    ui.painter().add(egui::Shape::rotated_triangle(
        rect,
        rotation,
        visuals.fg_stroke.color,
    ));
}

/// An entry of a menu, the message `id`, that opens a submenu: its arrow at the end toward
/// which the submenu opens, pointing left on the left in a right-to-left interface.
pub fn submenu<R>(ui: &mut Ui, id: &'static str, add: impl FnOnce(&mut Ui) -> R) {
    if !rtl() {
        ui.menu_button(super::bidi::tr(id), add);
        return;
    }
    let arrow = egui::AtomKind::closure(|ui, _args| {
        let size = egui::Vec2::splat(ui.spacing().icon_width);
        egui::IntoSizedResult {
            intrinsic_size: size,
            sized: egui::SizedAtomKind::Paint {
                paint: std::sync::Arc::new(|ui: &Ui, args: egui::AtomPaintArgs| {
                    let rect = egui::Rect::from_center_size(
                        args.rect.center(),
                        vec2(args.rect.width() * 0.55, args.rect.height() * 0.35),
                    );
                    ui.painter().add(egui::Shape::rotated_triangle(
                        rect,
                        std::f32::consts::TAU / 4.0,
                        args.fallback_text_color,
                    ));
                }),
                size,
            },
        }
    });
    let button = egui::Button::new(super::bidi::tr(id)).left_text(arrow);
    egui::containers::menu::SubMenuButton::from_button(button).ui(ui, add);
}
