//! Which of the floating windows are open, in one place: a menu item, a shortcut and a window's
//! own close button all set the same flag, through a `Command` or the window's `open` handle.

/// The floating windows that open and close on their own (the comparison's and the export's
/// windows live with their own state).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "one flag per window, each independent of the others"
)]
pub struct Windows {
    /// What the last import skipped or warned about.
    pub report: bool,
    pub entities: bool,
    pub outlets: bool,
    pub matrix: bool,
    pub summary: bool,
    /// Spans moved or lost when articles changed on disk.
    pub review: bool,
    pub schema_editor: bool,
    /// Corpus search (Ctrl+F).
    pub search: bool,
    /// Where the analyst types the name their spans are stamped with.
    pub annotator_name: bool,
}

/// Where the floating windows may go: below the menu bar and above the status bar, so that
/// none opens over a menu. [`set_room`] keeps it each frame once those bars are placed.
pub fn room(ctx: &egui::Context) -> egui::Rect {
    ctx.data(|d| d.get_temp(room_id()))
        .unwrap_or_else(|| ctx.content_rect())
}

/// The room left between the menu bar (its bottom at `top`) and the status bar (its top at
/// `bottom`), for [`room`].
pub fn set_room(ctx: &egui::Context, top: f32, bottom: f32) {
    let whole = ctx.content_rect();
    let room = egui::Rect::from_x_y_ranges(whole.x_range(), top..=bottom.max(top));
    ctx.data_mut(|d| d.insert_temp(room_id(), room));
}

fn room_id() -> egui::Id {
    egui::Id::unique("floating windows' room")
}

/// Whether the windows are laid out from the right (the interface reads right to left).
pub fn mirrored() -> bool {
    crate::i18n::language().is_rtl()
}

/// A window's contents laid out from where the interface reads: in a right-to-left interface
/// lines are aligned right and rows (`ui.horizontal`) run from the right.
pub fn contents<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if mirrored() {
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), add)
            .inner
    } else {
        add(ui)
    }
}

/// Room for an `egui::Grid`, which places its cells from the left only: a mirrored table gives
/// its columns in [`reading_order`] and aligns each cell with [`cell`] or [`cell_lines`]. In a
/// right-to-left interface the table rests against the right edge, placed by its width of the
/// frame before; one wider than the room starts at its left edge.
pub fn table<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let layout = egui::Layout::top_down(egui::Align::Min);
    if !mirrored() {
        return ui.with_layout(layout, add).inner;
    }
    let id = ui.next_auto_id().with("mirrored table width");
    let room = ui.available_rect_before_wrap();
    // The width measured, and whether it is a whole table's: a grid's first frame measures
    // its cells squeezed, and a table placed by that would stick out past the right edge and
    // widen its window for good.
    let known: Option<(f32, bool)> = ui.data(|d| d.get_temp(id));
    let left = match known {
        Some((width, true)) => (room.right() - width).max(room.left()),
        _ => room.left(),
    };
    let rect = egui::Rect::from_min_max(egui::pos2(left, room.top()), room.max);
    let inner = ui.scope_builder(egui::UiBuilder::new().max_rect(rect).layout(layout), add);
    let width = inner.response.rect.width();
    if matches!(known, Some((_, false))) {
        // Placed from the left one frame: show it from the right at once.
        ui.ctx()
            .request_discard("a mirrored table placed by its width");
    }
    ui.data_mut(|d| d.insert_temp(id, (width, known.is_some())));
    inner.inner
}

/// The indices of `n` columns in the order they are placed from the left: the first column
/// rightmost in a right-to-left interface.
pub fn reading_order(n: usize) -> impl Iterator<Item = usize> {
    let mirrored = mirrored();
    (0..n).map(move |i| if mirrored { n - 1 - i } else { i })
}

/// A table cell's row of widgets, from the cell's right edge in a right-to-left interface.
pub fn cell<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let layout = if mirrored() {
        egui::Layout::right_to_left(egui::Align::Center)
    } else {
        egui::Layout::left_to_right(egui::Align::Center)
    };
    ui.with_layout(layout, add).inner
}

/// A table cell's lines, one under the other, aligned where the interface reads from.
pub fn cell_lines<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let align = if mirrored() {
        egui::Align::Max
    } else {
        egui::Align::Min
    };
    ui.with_layout(egui::Layout::top_down(align), add).inner
}

/// A message built with arguments, without the isolate marks Fluent puts around them: for the
/// names a window gives its widgets (screen readers and tests find them by these).
pub fn unisolated(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// A table's tools: a filter (its field named by message `field` for screen readers) and the
/// orders it can be sorted in, each a value and the message naming it.
pub fn filter_and_sort<S: PartialEq + Copy>(
    ui: &mut egui::Ui,
    (filter, field): (&mut String, &'static str),
    sort: &mut S,
    orders: &[(S, &'static str)],
) {
    use crate::ui::widgets::bidi::tr;
    ui.horizontal(|ui| {
        ui.label(tr("matrix-filter"));
        ui.add(
            crate::ui::widgets::text_field::TextField::singleline(filter)
                .name(crate::i18n::tr(field))
                .desired_width(180.0),
        );
        ui.label(tr("matrix-sort-by"));
        for &(order, id) in orders {
            ui.radio_value(sort, order, tr(id));
        }
    });
}

/// A caption and a field holding `current`, named by message `field`: the text once the
/// analyst commits a change (see `committed_text`).
pub fn field_row(
    ui: &mut egui::Ui,
    caption: &'static str,
    (salt, field): (impl std::hash::Hash + std::fmt::Debug, &'static str),
    current: &str,
) -> Option<String> {
    ui.horizontal(|ui| {
        ui.label(crate::ui::widgets::bidi::tr(caption));
        crate::ui::widgets::field::committed_text(ui, salt, &crate::i18n::tr(field), current, 320.0)
    })
    .inner
}

/// Message `id` with `args` in logical order, without the isolate marks Fluent puts around
/// them: for what is not drawn by egui's own widgets (the status bar, laid out with the
/// article's engine, which isolates quotes itself), an edit's description, accessible names and
/// a window's lines that tests and screen readers find by their text. Text for a terminal goes
/// through `crate::i18n::tr_plain` instead, which keeps the marks in a right-to-left language.
pub fn said(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    unisolated(&crate::i18n::tr_args(id, args))
}

/// An edit's description said like [`said`], in the language in use now.
pub fn described(description: &crate::model::Description) -> String {
    said(description.message().id(), &description.args())
}
