//! Which of the floating windows are open, in one place: a menu item, a shortcut and a window's
//! own close button all set the same flag, through a `Command` or the window's `open` handle.

mod table;

pub use table::{Row, Rows, Table, cell_lines, fixed_width, rows};

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
