//! Tables laid out from where the interface reads, their cells added in reading order.

use super::mirrored;

/// A table whose rows lay their cells out from where the interface reads, the first cell on the
/// right in a right-to-left interface, each added in reading order so that Tab steps through a
/// row as it reads (egui's focus follows the order widgets are added, and `egui::Grid` adds
/// them from the left only). Set up as an `egui::Grid` is, with the same defaults:
/// `rows("claim-matrix").striped(true).spacing([10.0, 6.0]).show(ui, |table| …)`. Each column
/// is as wide as its widest cell of the frame before (and at least [`Table::min_col_width`]),
/// so the columns line up as a grid's do, and each row is as tall as its tallest cell of the
/// frame before, its cells centred in it. Text in a cell stays on one line, as in a grid.
pub fn rows(id_salt: impl egui::AsIdSalt) -> Table {
    Table {
        id_salt: egui::IdSalt::new(id_salt),
        spacing: None,
        striped: false,
        min_col_width: None,
        num_columns: None,
    }
}

/// A table in reading order being set up; see [`rows`].
#[must_use = "call .show()"]
pub struct Table {
    id_salt: egui::IdSalt,
    spacing: Option<egui::Vec2>,
    striped: bool,
    min_col_width: Option<f32>,
    num_columns: Option<usize>,
}

impl Table {
    /// Between columns and between rows; the interface's item spacing unless set, as in a grid.
    pub fn spacing(mut self, spacing: impl Into<egui::Vec2>) -> Self {
        self.spacing = Some(spacing.into());
        self
    }

    /// Every other row shaded, the first row (the headings) not.
    pub fn striped(mut self, striped: bool) -> Self {
        self.striped = striped;
        self
    }

    /// The narrowest a column gets; the width of an interactive widget unless set, as in a grid.
    pub fn min_col_width(mut self, width: f32) -> Self {
        self.min_col_width = Some(width);
        self
    }

    /// How many columns the table has: its last column may then take the rest of the row, as
    /// a grid's does (a field there gets the width it asks for from the first frame, not its
    /// column's width of the frame before).
    pub fn num_columns(mut self, columns: usize) -> Self {
        self.num_columns = Some(columns);
        self
    }

    /// Lays the table out, its rows added by `add`. In a right-to-left interface it rests
    /// against the right edge, placed by its width of the frame before; one wider than the
    /// room starts at the room's left edge and runs on past its right edge, where a scroll
    /// area can follow it (a table running past the left edge could not be scrolled to).
    pub fn show<R>(self, ui: &mut egui::Ui, add: impl FnOnce(&mut Rows<'_>) -> R) -> R {
        let id = ui.make_persistent_id(("reading rows", self.id_salt));
        let known: Option<(Vec<f32>, Vec<f32>)> = ui.data(|d| d.get_temp(id));
        let first = known.is_none();
        let (widths, heights) = known.unwrap_or_default();
        let spacing = self.spacing.unwrap_or(ui.spacing().item_spacing);
        let min_width = self.min_col_width.unwrap_or(ui.spacing().interact_size.x);
        let (striped, last) = (self.striped, self.num_columns.map(|n| n.saturating_sub(1)));
        // The cells' own spacing, as in a grid: the table's is between its cells only.
        let within = ui.spacing().item_spacing;
        let lay_out = |ui: &mut egui::Ui| {
            ui.spacing_mut().item_spacing.y = spacing.y;
            let mut rows = Rows {
                ui,
                id,
                widths: &widths,
                heights: &heights,
                tallest: Vec::new(),
                measured: Vec::new(),
                spacing,
                within,
                min_width,
                last,
                striped,
                count: 0,
            };
            let inner = add(&mut rows);
            let measured = (rows.measured, rows.tallest);
            let changed = |now: &[f32], before: &[f32]| {
                now.len() != before.len()
                    || now.iter().zip(before).any(|(a, b)| (a - b).abs() > 0.5)
            };
            if changed(&measured.0, &widths) || changed(&measured.1, &heights) {
                // The columns or rows measured anew: show them lined up at once.
                ui.ctx().request_discard("a table's columns measured");
            }
            ui.data_mut(|d| d.insert_temp(id, measured));
            inner
        };
        let room = ui.available_rect_before_wrap();
        if first {
            // Nothing measured yet: measure the cells unseen and taking no room, since cells of no
            // width spill over their neighbours and would widen the window for good; the frame
            // is drawn again at once with the columns known.
            let builder = egui::UiBuilder::new()
                .max_rect(room)
                .layout(*ui.layout())
                .sizing_pass()
                .invisible();
            return lay_out(&mut ui.new_child(builder));
        }
        let gaps = spacing.x * widths.len().saturating_sub(1) as f32;
        let width = widths.iter().sum::<f32>() + gaps;
        let left = if mirrored() {
            (room.right() - width).max(room.left())
        } else {
            room.left()
        };
        let right = (left + width).max(room.right());
        let rect = egui::Rect::from_x_y_ranges(left..=right, room.y_range());
        let builder = egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::top_down(egui::Align::Min));
        ui.scope_builder(builder, lay_out).inner
    }
}

/// The rows of a table being laid out by [`rows`].
pub struct Rows<'u> {
    ui: &'u mut egui::Ui,
    id: egui::Id,
    widths: &'u [f32],
    heights: &'u [f32],
    measured: Vec<f32>,
    tallest: Vec<f32>,
    spacing: egui::Vec2,
    /// The spacing of the widgets within a cell.
    within: egui::Vec2,
    min_width: f32,
    /// The column that may take the rest of its row, if any.
    last: Option<usize>,
    striped: bool,
    count: usize,
}

impl Rows<'_> {
    /// A row, its cells added by `add` in reading order.
    pub fn row<R>(&mut self, add: impl FnOnce(&mut Row<'_>) -> R) -> R {
        let (inner, rect, background) = self.row_ui(add);
        self.shade(rect, background);
        self.count += 1;
        inner
    }

    /// A row clicked and hovered as a whole, across the table's width (the room's, when the
    /// table is narrower), filled as a selectable label is while `selected` or hovered; its
    /// cells added by `add` in reading order. Its response names no widget: give it its
    /// `widget_info`.
    pub fn selectable_row<R>(
        &mut self,
        selected: bool,
        add: impl FnOnce(&mut Row<'_>) -> R,
    ) -> egui::InnerResponse<R> {
        let (inner, rect, background) = self.row_ui(add);
        let ui = &mut *self.ui;
        let across = egui::Rect::from_x_y_ranges(ui.max_rect().x_range(), rect.y_range());
        let response = ui.interact(across, self.id.with(self.count), egui::Sense::click());
        let visuals = ui.style().interact_selectable(&response, selected);
        if selected || response.hovered() {
            let fill =
                egui::Shape::rect_filled(across, visuals.corner_radius, visuals.weak_bg_fill);
            ui.painter().set(background, fill);
        } else {
            self.shade(rect, background);
        }
        self.count += 1;
        egui::InnerResponse::new(inner, response)
    }

    /// A row's cells laid out: what `add` gives, the row's rect (as tall as the row, as wide
    /// as its cells) and the shape to fill in behind it.
    fn row_ui<R>(
        &mut self,
        add: impl FnOnce(&mut Row<'_>) -> R,
    ) -> (R, egui::Rect, egui::layers::ShapeIdx) {
        let ui = &mut *self.ui;
        let background = ui.painter().add(egui::Shape::Noop);
        let height = (self.heights.get(self.count).copied())
            .unwrap_or_default()
            .max(ui.spacing().interact_size.y);
        let top = ui.cursor().min.y;
        let size = egui::vec2(ui.available_width(), height);
        let layout = crate::ui::widgets::mirror::row_layout();
        let spacing = self.spacing;
        let (widths, measured, min_width) = (self.widths, &mut self.measured, self.min_width);
        let (within, last) = (self.within, self.last);
        let mut tallest = 0.0_f32;
        let row = ui.allocate_ui_with_layout(size, layout, |ui| {
            ui.spacing_mut().item_spacing.x = spacing.x;
            add(&mut Row {
                ui,
                widths,
                measured,
                min_width,
                within,
                last,
                height,
                tallest: &mut tallest,
                column: 0,
            })
        });
        self.tallest.push(tallest);
        let rect = row.response.rect;
        let rect = rect
            .with_min_y(top)
            .with_max_y(rect.max.y.max(top + height));
        (row.inner, rect, background)
    }

    /// Every other row of a striped table shaded as `egui::Grid` shades it: half the spacing
    /// above and below, a little aside.
    fn shade(&mut self, rect: egui::Rect, background: egui::layers::ShapeIdx) {
        if self.striped && self.count % 2 == 1 {
            let rect = rect.expand2(egui::vec2(2.0, self.spacing.y / 2.0));
            let colour = self.ui.visuals().faint_bg_color;
            (self.ui.painter()).set(background, egui::Shape::rect_filled(rect, 2.0, colour));
        }
    }
}

/// A row of a table being laid out by [`rows`].
pub struct Row<'u> {
    ui: &'u mut egui::Ui,
    widths: &'u [f32],
    measured: &'u mut Vec<f32>,
    min_width: f32,
    within: egui::Vec2,
    last: Option<usize>,
    height: f32,
    /// The height of the tallest cell so far, measured on its own (not the row's height).
    tallest: &'u mut f32,
    column: usize,
}

impl Row<'_> {
    /// The next cell in reading order, as wide as its column, its widgets from the cell's
    /// start (its right edge in a right-to-left interface).
    pub fn cell<R>(&mut self, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
        let width = self.widths.get(self.column).copied().unwrap_or(0.0);
        let room = if self.last == Some(self.column) {
            self.ui.available_width().max(width)
        } else {
            width
        };
        let size = egui::vec2(room, self.height);
        let (layout, within) = (crate::ui::widgets::mirror::row_layout(), self.within);
        let cell = self.ui.allocate_ui_with_layout(size, layout, |ui| {
            // Text does not wrap in a cell, as in `egui::Grid`: a cell measured narrow would
            // otherwise wrap to that width and keep its column narrow for good.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
            ui.spacing_mut().item_spacing = within;
            ui.set_min_width(width);
            // Measured on its own, not widened to the column's width: a column narrows again
            // when its widest cell does.
            let own = ui.scope(add);
            (own.inner, own.response.rect.size())
        });
        let (inner, natural) = cell.inner;
        *self.tallest = self.tallest.max(natural.y);
        if self.measured.len() <= self.column {
            self.measured.resize(self.column + 1, 0.0);
        }
        let measured = &mut self.measured[self.column];
        *measured = measured.max(natural.x).max(self.min_width);
        self.column += 1;
        inner
    }
}

/// What `add` puts in a grid's cell given `width` whole, from the first frame: a field is
/// otherwise held to its column's width of the frame before, and shows clipped.
pub fn fixed_width<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let at = ui.available_rect_before_wrap().min;
    let rect = egui::Rect::from_min_size(at, egui::vec2(width, ui.spacing().interact_size.y));
    ui.scope_builder(egui::UiBuilder::new().max_rect(rect), add)
        .inner
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
