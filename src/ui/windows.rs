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

/// A floating window, built the same way everywhere: kept in the [`room`] between the menu bar
/// and the status bar, and in a right-to-left interface its title bar mirrored (the title from
/// the right with the collapse triangle on its right, the close button on the left). egui draws
/// its title bar from the left whatever the layout, so there the window goes without it and
/// draws this one at the top of its contents; dragging the title bar moves the window, a
/// double-click on it folds the window, the close button closes it, and the window keeps its
/// title as its name for screen readers. In a left-to-right interface it is egui's own window.
#[must_use = "call .show()"]
pub struct Window<'a> {
    inner: egui::Window<'a>,
    title: String,
    id: Option<egui::Id>,
    closable: bool,
    collapsible: bool,
    scroll: egui::Vec2b,
}

impl<'a> Window<'a> {
    /// A window titled `title`, text already arranged for egui (`bidi::tr`, `bidi::shown`).
    pub fn new(title: String) -> Self {
        Self {
            inner: egui::Window::new(title.clone()),
            title,
            id: None,
            closable: false,
            collapsible: true,
            scroll: egui::Vec2b::FALSE,
        }
    }

    /// See `egui::Window::id`: for a title that changes or is shared.
    pub fn id(mut self, id: egui::Id) -> Self {
        self.id = Some(id);
        self.inner = self.inner.id(id);
        self
    }

    /// A close button that sets `open` false; the window is hidden while it is false.
    pub fn open(mut self, open: &'a mut bool) -> Self {
        self.closable = true;
        self.inner = self.inner.open(open);
        self
    }

    /// Whether the window folds to its title bar (a double-click on it, or its triangle).
    pub fn collapsible(mut self, collapsible: bool) -> Self {
        self.collapsible = collapsible;
        self.inner = self.inner.collapsible(collapsible);
        self
    }

    /// Whether its contents scroll up and down (below the title bar).
    pub fn vscroll(mut self, vscroll: bool) -> Self {
        self.scroll.y = vscroll;
        self
    }

    pub fn resizable(mut self, resizable: bool) -> Self {
        self.inner = self.inner.resizable(resizable);
        self
    }

    pub fn default_width(mut self, width: f32) -> Self {
        self.inner = self.inner.default_width(width);
        self
    }

    pub fn default_height(mut self, height: f32) -> Self {
        self.inner = self.inner.default_height(height);
        self
    }

    pub fn default_size(mut self, size: impl Into<egui::Vec2>) -> Self {
        self.inner = self.inner.default_size(size);
        self
    }

    pub fn max_width(mut self, width: f32) -> Self {
        self.inner = self.inner.max_width(width);
        self
    }

    pub fn default_pos(mut self, pos: impl Into<egui::Pos2>) -> Self {
        self.inner = self.inner.default_pos(pos);
        self
    }

    /// See `egui::Window::anchor`: placed against a corner or side of the screen, not moved.
    pub fn anchor(mut self, align: egui::Align2, offset: impl Into<egui::Vec2>) -> Self {
        self.inner = self.inner.anchor(align, offset);
        self
    }

    /// Shows the window; `None` while it is closed, an inner `None` while it is folded.
    pub fn show<R>(
        self,
        ctx: &egui::Context,
        add: impl FnOnce(&mut egui::Ui) -> R,
    ) -> Option<egui::InnerResponse<Option<R>>> {
        let window = self.inner.constrain_to(room(ctx));
        if !mirrored() {
            return window.scroll(self.scroll).show(ctx, add);
        }
        let frame = egui::Frame::window(&ctx.global_style());
        let margin = frame.inner_margin;
        let key = self
            .id
            .unwrap_or_else(|| egui::Id::unique(self.title.as_str()))
            .with("mirrored title bar");
        let (title, closable, collapsible, scroll) =
            (self.title, self.closable, self.collapsible, self.scroll);
        let shown = window
            .title_bar(false)
            .frame(frame.inner_margin(0.0))
            .show(ctx, |ui| {
                let mut folded = egui::collapsing_header::CollapsingState::load_with_default_open(
                    ui.ctx(),
                    key,
                    true,
                );
                title_bar_ui(ui, &title, frame, (&mut folded, collapsible), closable);
                // Only the title bar moves the window, as in a left-to-right interface: a drag
                // on the contents' background goes nowhere.
                let window = ui.ctx().memory(|m| m.area_rect(ui.layer_id().id));
                let body = ui.available_rect_before_wrap();
                let body = window.map_or(body, |w| body.intersect(w));
                ui.interact(body, key.with("contents"), egui::Sense::drag());
                folded
                    .show_body_unindented(ui, |ui| {
                        if scroll.any() {
                            egui::ScrollArea::new(scroll)
                                .auto_shrink(false)
                                .content_margin(margin)
                                .show(ui, add)
                                .inner
                        } else {
                            egui::Frame::NONE.inner_margin(margin).show(ui, add).inner
                        }
                    })
                    .map(|inner| inner.inner)
            })?;
        Some(egui::InnerResponse {
            inner: shown.inner.flatten(),
            response: shown.response,
        })
    }
}

/// The title bar of a window in a right-to-left interface: from the right, the triangle that
/// folds the window (when it folds) and the title, then the close button on the left edge (when
/// it closes); drawn in the window's frame, filled while the window is the one on top.
fn title_bar_ui(
    ui: &mut egui::Ui,
    title: &str,
    frame: egui::Frame,
    (folded, collapsible): (&mut egui::collapsing_header::CollapsingState, bool),
    closable: bool,
) {
    let height = ui.fonts_mut(|f| f.row_height(&egui::TextStyle::Heading.resolve(ui.style())));
    let mut bar = frame.shadow(egui::Shadow::NONE);
    if ui.ctx().top_layer_id() == Some(ui.layer_id()) {
        bar = bar.fill(ui.visuals().widgets.open.weak_bg_fill);
    }
    if folded.openness(ui.ctx()) > 0.0 {
        bar.corner_radius.sw = 0;
        bar.corner_radius.se = 0;
    }
    let spacing = ui.spacing().item_spacing;
    bar.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let size = egui::vec2(ui.available_width(), height);
        ui.allocate_ui_with_layout(size, crate::ui::widgets::mirror::row_layout(), |ui| {
            if collapsible {
                folded.show_toggle_button(ui, crate::ui::widgets::mirror::disclosure_icon);
            }
            let close_width = if closable { height + spacing.x } else { 0.0 };
            let room = (ui.available_width() - close_width).max(0.0);
            let galley = egui::WidgetText::from(title).into_galley(
                ui,
                Some(egui::TextWrapMode::Truncate),
                room,
                egui::TextStyle::Heading,
            );
            let (rect, response) =
                ui.allocate_exact_size(egui::vec2(room, height), egui::Sense::click());
            // Unnamed: the window is named by its title already, and tests and screen
            // readers find it by that name alone.
            response.widget_info(|| egui::WidgetInfo::new(egui::accesskit::Role::TitleBar));
            let at = egui::pos2(
                rect.right() - galley.size().x,
                rect.center().y - galley.size().y / 2.0,
            );
            ui.painter().galley(at, galley, ui.visuals().text_color());
            if collapsible && response.double_clicked() {
                folded.toggle(ui);
            }
            if closable && close_button_ui(ui, height).clicked() {
                ui.close_kind(egui::UiKind::Window);
            }
        });
    });
    // As close under the bar as egui puts a window's contents under its own.
    ui.add_space(-spacing.y);
}

/// The ✕ that closes a window, drawn as egui draws its own, named for screen readers.
fn close_button_ui(ui: &mut egui::Ui, height: f32) -> egui::Response {
    let (space, _) = ui.allocate_exact_size(egui::Vec2::splat(height), egui::Sense::hover());
    let rect =
        egui::Rect::from_center_size(space.center(), egui::Vec2::splat(ui.spacing().icon_width));
    let response = ui.interact(rect, ui.auto_id_with("close window"), egui::Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::accesskit::Role::Button,
            ui.is_enabled(),
            crate::i18n::tr("window-close"),
        )
    });
    let visuals = ui.style().interact(&response);
    let cross = rect.shrink(2.0).expand(visuals.expansion);
    let painter = ui.painter();
    painter.line_segment([cross.left_top(), cross.right_bottom()], visuals.fg_stroke);
    painter.line_segment([cross.right_top(), cross.left_bottom()], visuals.fg_stroke);
    response
}
