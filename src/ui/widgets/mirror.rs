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
