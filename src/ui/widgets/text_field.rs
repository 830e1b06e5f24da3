//! The text field for anything an analyst types: search patterns, names, aliases, notes,
//! metadata. egui's `TextEdit` lays text out as if it all ran left to right, so Arabic typed
//! into it shows with its words reversed; this field lays its text out with `text::layout` (the
//! article's engine), keeps caret and selection in a [`crate::text::editor::Editor`], places
//! the caret with `text::hit`, and moves it visually with ←/→.
//!
//! Use [`TextField`] wherever egui would take a `TextEdit` (clippy's `disallowed-methods`
//! refuses `TextEdit` in this crate); [`typing`] tells shortcuts to stand aside while a field
//! has the keyboard.

use std::sync::{Arc, OnceLock};

use egui::{
    CursorIcon, Event, EventFilter, Id, Key, Modifiers, Pos2, Rect, Response, Sense, Stroke, Ui,
    Vec2, Widget, WidgetInfo,
};

use crate::model::BaseDirection;
use crate::text::editor::{Editor, Motion, caret_x};
use crate::text::{Caret, DocumentLayout, FontStack, HarfShaper, LayoutOptions, layout_document};

use super::text_block::paint_lines;
use crate::ui::widgets::bidi::shown;

/// What fields and bidi labels lay text out with: the shaper egui paints with and the faces
/// the analyst chose. The app installs it on the context; tests without one get the defaults.
#[derive(Clone)]
pub struct TextServices {
    pub shaper: Arc<HarfShaper>,
    pub fonts: FontStack,
}

impl TextServices {
    fn key() -> Id {
        Id::unique("hashiya.text-services")
    }

    pub fn install(ctx: &egui::Context, services: TextServices) {
        ctx.data_mut(|d| d.insert_temp(Self::key(), services));
    }

    /// The services installed on `ctx`, else the bundled fonts' defaults (`None` only when the
    /// bundled fonts cannot be read, which the app refuses to start with).
    pub fn get(ctx: &egui::Context) -> Option<TextServices> {
        static FALLBACK: OnceLock<Option<Arc<HarfShaper>>> = OnceLock::new();
        if let Some(s) = ctx.data(|d| d.get_temp::<TextServices>(Self::key())) {
            return Some(s);
        }
        let shaper = FALLBACK
            .get_or_init(|| HarfShaper::new().ok().map(Arc::new))
            .clone()?;
        Some(TextServices {
            shaper,
            fonts: FontStack::default(),
        })
    }

    /// `text` laid out at `width` in the body font of `ui`.
    pub fn lay_out(&self, text: &str, width: f32, size: f32) -> DocumentLayout {
        let options = LayoutOptions {
            width,
            font_size: size,
            fonts: self.fonts,
            base: BaseDirection::Auto,
        };
        layout_document(text, &options, self.shaper.as_ref())
    }
}

/// Whether a text field has the keyboard, so single-key shortcuts must not act.
pub fn typing(ctx: &egui::Context) -> bool {
    ctx.memory(egui::Memory::focused)
        .is_some_and(|id| ctx.data(|d| d.get_temp::<FieldMark>(id).is_some()))
}

/// The field that has the keyboard: its text, selection (chars) and caret, for tests and tools.
pub fn focused_field(ctx: &egui::Context) -> Option<(String, std::ops::Range<usize>, Caret)> {
    let id = ctx.memory(egui::Memory::focused)?;
    ctx.data(|d| d.get_temp::<FieldState>(id)).map(|s| {
        (
            s.editor.text().to_owned(),
            s.editor.selection(),
            s.editor.caret(),
        )
    })
}

/// Marks an id as one of these fields, for [`typing`].
#[derive(Clone, Copy, Default)]
struct FieldMark;

/// A single-line field scrolls sideways instead of wrapping: it is laid out this wide.
const UNWRAPPED: f32 = 100_000.0;

/// What a field keeps between frames.
#[derive(Clone)]
struct FieldState {
    editor: Editor,
    /// The layout of the editor's text and the width and size it was made for.
    layout: Option<(String, f32, f32, FontStack, Arc<DocumentLayout>)>,
    /// The layout x shown at the field's left edge (single-line fields scroll sideways).
    view_left: Option<f32>,
}

impl Default for FieldState {
    fn default() -> Self {
        FieldState {
            editor: Editor::new(String::new(), false),
            layout: None,
            view_left: None,
        }
    }
}

impl FieldState {
    fn layout(&mut self, services: &TextServices, width: f32, size: f32) -> Arc<DocumentLayout> {
        if let Some((text, w, s, fonts, layout)) = &self.layout
            && text == self.editor.text()
            && w.to_bits() == width.to_bits()
            && s.to_bits() == size.to_bits()
            && *fonts == services.fonts
        {
            return layout.clone();
        }
        let layout = Arc::new(services.lay_out(self.editor.text(), width, size));
        self.layout = Some((
            self.editor.text().to_owned(),
            width,
            size,
            services.fonts,
            layout.clone(),
        ));
        layout
    }
}

/// A text field over a `String`, single- or multi-line. `response.changed()` is true in the
/// frame its text changed; `lost_focus()` when the analyst leaves it (Enter in a single-line
/// field, Tab, a click elsewhere).
pub struct TextField<'t> {
    text: &'t mut String,
    multiline: bool,
    id_salt: Option<Id>,
    id: Option<Id>,
    hint: String,
    name: String,
    width: Option<f32>,
    rows: usize,
    align_right: bool,
}

impl<'t> TextField<'t> {
    pub fn singleline(text: &'t mut String) -> Self {
        TextField {
            text,
            multiline: false,
            id_salt: None,
            id: None,
            hint: String::new(),
            name: String::new(),
            width: None,
            rows: 1,
            align_right: crate::i18n::language().is_rtl(),
        }
    }

    pub fn multiline(text: &'t mut String) -> Self {
        TextField {
            multiline: true,
            rows: 3,
            ..TextField::singleline(text)
        }
    }

    #[must_use]
    pub fn id_salt(mut self, salt: impl egui::AsIdSalt) -> Self {
        self.id_salt = Some(Id::unique(salt));
        self
    }

    /// Exactly this id (a caller that keeps state of its own under it).
    #[must_use]
    pub fn id(mut self, id: Id) -> Self {
        self.id = Some(id);
        self
    }

    /// Shown, dimmed, while the field is empty.
    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = hint.into();
        self
    }

    /// The field's accessible name (what a screen reader says and tests look it up by).
    #[must_use]
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    #[must_use]
    pub fn desired_width(mut self, width: f32) -> Self {
        self.width = Some(width);
        self
    }

    /// A single line of text, and the hint, rest against the field's right edge whatever the
    /// direction of their text, as a right-to-left form has it (the default in a right-to-left
    /// interface). Right-to-left text rests there anyway; text wider than the field shows its
    /// start.
    #[must_use]
    pub fn align_right(mut self, right: bool) -> Self {
        self.align_right = right;
        self
    }

    /// Lines a multi-line field shows at least.
    #[must_use]
    pub fn desired_rows(mut self, rows: usize) -> Self {
        self.rows = rows.max(1);
        self
    }
}

/// Where a field is on screen and how its text is laid out this frame.
struct Geometry {
    rect: Rect,
    inner: Rect,
    multiline: bool,
    /// Width the text is laid out at (very wide for a single line, which scrolls instead).
    layout_width: f32,
    size: f32,
    align_right: bool,
}

impl Geometry {
    /// Where layout x = 0 (and the top of the first line) is on screen.
    fn origin(&self, state: &FieldState, layout: &DocumentLayout) -> Pos2 {
        if self.multiline {
            return self.inner.min;
        }
        let left = state
            .view_left
            .unwrap_or_else(|| resting_left(layout, self.inner.width(), self.align_right));
        let top = (self.inner.height() - layout.line_height).max(0.0) / 2.0;
        Pos2::new(self.inner.left() - left, self.inner.top() + top)
    }
}

impl Widget for TextField<'_> {
    fn ui(self, ui: &mut Ui) -> Response {
        let id = match (self.id, self.id_salt) {
            (Some(id), _) => id,
            (None, Some(salt)) => ui.make_persistent_id(salt),
            (None, None) => ui.next_auto_id(),
        };
        let Some(services) = TextServices::get(ui.ctx()) else {
            return ui.label(shown(self.text.as_str()));
        };
        let mut state = ui
            .data_mut(|d| d.remove_temp::<FieldState>(id))
            .unwrap_or_else(|| FieldState {
                editor: Editor::new(self.text.clone(), self.multiline),
                layout: None,
                view_left: None,
            });
        if state.editor.text() != self.text.as_str() && state.editor.preedit().is_none() {
            state.editor.set_text(self.text.clone());
        }
        let (geometry, mut layout) = self.place(ui, &services, &mut state);
        let mut response = ui.interact(geometry.rect, id, Sense::click_and_drag());
        let enabled = ui.is_enabled();
        let before = self.text.clone();
        if enabled {
            let at = geometry.origin(&state, &layout);
            pointer(ui, &response, &mut state, &layout, at);
            if input(ui, id, &mut state, &layout) {
                layout = state.layout(&services, geometry.layout_width, geometry.size);
            }
        }
        if state.editor.text() != before {
            self.text.clear();
            self.text.push_str(state.editor.text());
            response.mark_changed();
        }
        let focused = ui.memory(|m| m.has_focus(id));
        if !self.multiline {
            scroll_to_caret(
                &mut state,
                &layout,
                geometry.inner.width(),
                focused,
                geometry.align_right,
            );
        }
        if ui.is_rect_visible(geometry.rect) {
            paint(ui, &response, &geometry, &state, &layout, focused);
            if state.editor.text().is_empty() && !self.hint.is_empty() {
                paint_hint(ui, &services, &geometry, &state, &layout, &self.hint);
            }
            if focused {
                paint_caret(ui, id, &geometry, &state, &layout);
            }
        }
        response = response.on_hover_cursor(CursorIcon::Text);
        let text_now = state.editor.text().to_owned();
        ui.data_mut(|d| {
            d.insert_temp(id, state);
            d.insert_temp(id, FieldMark);
        });
        let (name, hint) = (self.name, self.hint);
        response.widget_info(|| {
            let mut info = WidgetInfo::text_edit(enabled, &before, &text_now, &hint);
            if !name.is_empty() {
                info.label = Some(name.clone());
            }
            info
        });
        response
    }
}

impl TextField<'_> {
    /// The field's size from its text and settings; allocates its space.
    fn place(
        &self,
        ui: &mut Ui,
        services: &TextServices,
        state: &mut FieldState,
    ) -> (Geometry, Arc<DocumentLayout>) {
        let size = ui
            .style()
            .text_styles
            .get(&egui::TextStyle::Body)
            .map_or(14.0, |f| f.size);
        let margin = ui.spacing().button_padding;
        let width = self
            .width
            .map_or_else(
                || ui.available_width().min(ui.spacing().text_edit_width),
                |w| w.min(ui.available_width()),
            )
            .max(24.0);
        let layout_width = if self.multiline {
            (width - 2.0 * margin.x).max(8.0)
        } else {
            UNWRAPPED
        };
        let layout = state.layout(services, layout_width, size);
        let inner_height = if self.multiline {
            (layout.line_height * self.rows as f32).max(layout.height)
        } else {
            layout
                .line_height
                .max(ui.spacing().interact_size.y - 2.0 * margin.y)
        };
        let (_, rect) = ui.allocate_space(Vec2::new(width, inner_height + 2.0 * margin.y));
        let geometry = Geometry {
            rect,
            inner: rect.shrink2(margin),
            multiline: self.multiline,
            layout_width,
            size,
            align_right: self.align_right,
        };
        (geometry, layout)
    }
}

/// Keyboard, clipboard, IME and assistive input while the field has focus; true when the text
/// changed.
fn input(ui: &Ui, id: Id, state: &mut FieldState, layout: &DocumentLayout) -> bool {
    let before = state.editor.text().to_owned();
    if ui.memory(|m| m.has_focus(id)) {
        let multiline = state.editor.is_multiline();
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: multiline,
                    // Escape leaves the field here, within the frame, so the caller sees
                    // `lost_focus` before anything else reads the key.
                    escape: true,
                    ..EventFilter::default()
                },
            );
        });
        let events = ui.input(|i| i.events.clone());
        // Moves after an edit in the same frame need the edited text's layout.
        let mut fresh: Option<Arc<DocumentLayout>> = None;
        for event in &events {
            let current = fresh.as_deref().unwrap_or(layout);
            if keyboard(ui, id, event, &mut state.editor, current) {
                let width = layout.options.width;
                let size = layout.options.font_size;
                if let Some(services) = TextServices::get(ui.ctx()) {
                    fresh = Some(state.layout(&services, width, size));
                }
            }
        }
    }
    if let Some(value) = set_value_request(ui, id) {
        state.editor.select_all();
        state.editor.insert(&value);
    }
    state.editor.text() != before
}

fn paint_hint(
    ui: &Ui,
    services: &TextServices,
    geometry: &Geometry,
    state: &FieldState,
    layout: &DocumentLayout,
    hint: &str,
) {
    let hint = services.lay_out(hint, geometry.layout_width, geometry.size);
    let inner = geometry.inner;
    let origin = geometry.origin(state, layout);
    let rest = resting_left(
        &hint,
        inner.width(),
        geometry.align_right && !geometry.multiline,
    );
    let hint_origin = Pos2::new(inner.left() - rest, origin.y);
    paint_lines(
        &ui.painter_at(inner),
        hint_origin,
        &hint,
        0..hint.lines.len(),
        ui.visuals().weak_text_color(),
    );
}

/// The caret, and where an input method should show its candidates.
fn paint_caret(ui: &Ui, id: Id, geometry: &Geometry, state: &FieldState, layout: &DocumentLayout) {
    let origin = geometry.origin(state, layout);
    let (li, x) = caret_x(layout, state.editor.caret());
    let top = layout.lines.get(li).map_or(0.0, |l| l.top);
    let caret = Rect::from_min_size(
        Pos2::new(origin.x + x, origin.y + top),
        Vec2::new(1.0, layout.line_height),
    );
    ui.painter_at(geometry.inner.expand(1.0)).rect_filled(
        caret,
        0.0,
        ui.visuals().text_cursor.stroke.color,
    );
    if ui.memory(|m| m.owns_ime_events(id)) {
        let to_global = ui
            .ctx()
            .layer_transform_to_global(ui.layer_id())
            .unwrap_or_default();
        ui.output_mut(|o| {
            o.ime = Some(egui::output::IMEOutput {
                purpose: egui::IMEPurpose::Normal,
                rect: to_global * geometry.inner,
                cursor_rect: to_global * caret,
                should_interrupt_composition: false,
            });
        });
    }
}

/// The layout x shown at the left edge of a field `width` wide when nothing needs scrolling:
/// text that reads right to left rests against the right edge, and with `align_right` any text
/// that fits (an empty field keeps its caret there).
fn resting_left(layout: &DocumentLayout, width: f32, align_right: bool) -> f32 {
    let Some(line) = layout.lines.first() else {
        return if align_right { -width } else { 0.0 };
    };
    let rtl = layout.paragraphs.first().is_some_and(|p| p.rtl);
    if line.runs.is_empty() {
        return match (rtl, align_right) {
            (true, _) => layout.options.width - width,
            (false, true) => -width,
            (false, false) => 0.0,
        };
    }
    if rtl {
        line.right() - width
    } else if align_right {
        (line.right() - width).min(line.left())
    } else {
        line.left()
    }
}

/// Keeps the caret of a single-line field in view, scrolling by as little as it can.
fn scroll_to_caret(
    state: &mut FieldState,
    layout: &DocumentLayout,
    width: f32,
    focused: bool,
    align_right: bool,
) {
    let rest = resting_left(layout, width, align_right);
    let Some(line) = layout.lines.first() else {
        state.view_left = None;
        return;
    };
    let (content_left, content_right) = if line.runs.is_empty() {
        (rest, rest + width)
    } else {
        (line.left(), line.right())
    };
    if content_right - content_left <= width || !focused {
        state.view_left = None;
        return;
    }
    let (_, x) = caret_x(layout, state.editor.caret());
    let mut left = state.view_left.unwrap_or(rest);
    if x < left {
        left = x;
    } else if x > left + width - 1.0 {
        left = x - width + 1.0;
    }
    state.view_left = Some(left.clamp(content_left, content_right - width));
}

/// Mouse: a press places the caret (Shift extends), a drag selects, a double click selects a
/// word, a triple click everything.
fn pointer(
    ui: &Ui,
    response: &Response,
    state: &mut FieldState,
    layout: &DocumentLayout,
    origin: Pos2,
) {
    let Some(pos) = response.interact_pointer_pos() else {
        return;
    };
    let local = pos - origin;
    let caret = layout.caret_at(local.x, local.y);
    let (pressed, shift) = ui.input(|i| (i.pointer.primary_pressed(), i.modifiers.shift));
    if response.triple_clicked() {
        state.editor.select_all();
    } else if response.double_clicked() {
        let index = layout.char_at(local.x, local.y).unwrap_or(caret.index);
        state.editor.select_word_at(index);
    } else if pressed && response.is_pointer_button_down_on() {
        state.editor.place(caret, shift);
        ui.memory_mut(|m| m.request_focus(response.id));
    } else if response.dragged() {
        state.editor.place(caret, true);
    }
    if response.clicked() {
        ui.memory_mut(|m| m.request_focus(response.id));
    }
}

/// Applies one keyboard event to the editor; true when the text changed (the layout is stale).
fn keyboard(ui: &Ui, id: Id, event: &Event, editor: &mut Editor, layout: &DocumentLayout) -> bool {
    let before_len = editor.text().len();
    let before = editor.text().to_owned();
    match event {
        Event::Text(s) if s != "\n" && s != "\r" => editor.insert(s),
        Event::Paste(s) => editor.insert(s),
        Event::Copy => {
            let selected = editor.selected_text();
            if !selected.is_empty() {
                ui.ctx().copy_text(selected.to_owned());
            }
        }
        Event::Cut => {
            if let Some(cut) = editor.cut() {
                ui.ctx().copy_text(cut);
            }
        }
        Event::Ime(egui::ImeEvent::Preedit { text, .. }) => editor.set_preedit(text),
        Event::Ime(egui::ImeEvent::Commit(text)) => editor.commit_preedit(text),
        Event::Key {
            key,
            pressed: true,
            modifiers,
            ..
        } => key_press(ui, id, *key, *modifiers, editor, layout),
        _ => {}
    }
    editor.text().len() != before_len || editor.text() != before
}

fn key_press(
    ui: &Ui,
    id: Id,
    key: Key,
    m: Modifiers,
    editor: &mut Editor,
    layout: &DocumentLayout,
) {
    let word = m.command || m.alt;
    let shift = m.shift;
    let motion = match key {
        Key::ArrowLeft if word => Some(Motion::WordLeft),
        Key::ArrowRight if word => Some(Motion::WordRight),
        Key::ArrowLeft => Some(Motion::Left),
        Key::ArrowRight => Some(Motion::Right),
        Key::ArrowUp if editor.is_multiline() => Some(Motion::Up),
        Key::ArrowDown if editor.is_multiline() => Some(Motion::Down),
        Key::Home if m.command => Some(Motion::TextStart),
        Key::End if m.command => Some(Motion::TextEnd),
        Key::Home => Some(Motion::LineStart),
        Key::End => Some(Motion::LineEnd),
        _ => None,
    };
    if let Some(motion) = motion {
        editor.move_caret(motion, shift, layout);
        return;
    }
    match key {
        Key::Backspace if word => editor.delete_word_back(),
        Key::Backspace => editor.backspace(),
        Key::Delete if word => editor.delete_word_forward(),
        Key::Delete => editor.delete_forward(),
        Key::Enter if editor.is_multiline() => editor.insert("\n"),
        Key::Enter | Key::Escape => ui.memory_mut(|mem| mem.surrender_focus(id)),
        Key::A if m.command => editor.select_all(),
        Key::Z if m.command && shift => {
            editor.redo();
        }
        Key::Z if m.command => {
            editor.undo();
        }
        Key::Y if m.command => {
            editor.redo();
        }
        _ => {}
    }
}

/// The value an assistive technology (or a test) set for the field, if any this frame.
fn set_value_request(ui: &Ui, id: Id) -> Option<String> {
    ui.input(|input| {
        input
            .accesskit_action_requests(id, egui::accesskit::Action::SetValue)
            .filter_map(|request| match &request.data {
                Some(egui::accesskit::ActionData::Value(value)) => Some(value.to_string()),
                _ => None,
            })
            .last()
    })
}

fn paint(
    ui: &Ui,
    response: &Response,
    geometry: &Geometry,
    state: &FieldState,
    layout: &DocumentLayout,
    focused: bool,
) {
    let (rect, inner) = (geometry.rect, geometry.inner);
    let origin = geometry.origin(state, layout);
    let visuals = ui.visuals();
    let widget = if focused {
        &visuals.widgets.active
    } else if response.hovered() {
        &visuals.widgets.hovered
    } else {
        &visuals.widgets.inactive
    };
    let stroke = if focused {
        visuals.selection.stroke
    } else {
        Stroke::new(1.0, widget.bg_stroke.color)
    };
    let fill = if ui.is_enabled() {
        visuals.text_edit_bg_color()
    } else {
        visuals.faint_bg_color
    };
    ui.painter().rect(
        rect,
        widget.corner_radius,
        fill,
        stroke,
        egui::StrokeKind::Inside,
    );
    let painter = ui.painter_at(inner);
    let selection = state.editor.selection();
    if !selection.is_empty() {
        for r in layout.range_rects(selection) {
            painter.rect_filled(
                Rect::from_min_max(
                    Pos2::new(origin.x + r.x0, origin.y + r.y0),
                    Pos2::new(origin.x + r.x1, origin.y + r.y1),
                ),
                0.0,
                visuals.selection.bg_fill,
            );
        }
    }
    let color = if ui.is_enabled() {
        crate::ui::theme::field_text_color(visuals)
    } else {
        visuals.weak_text_color()
    };
    paint_lines(&painter, origin, layout, 0..layout.lines.len(), color);
    if let Some(preedit) = state.editor.preedit() {
        for r in layout.range_rects(preedit) {
            let y = origin.y + r.y1 - 1.0;
            painter.line_segment(
                [Pos2::new(origin.x + r.x0, y), Pos2::new(origin.x + r.x1, y)],
                Stroke::new(1.0, color),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn single_line(text: &str) -> DocumentLayout {
        let services = TextServices::get(&egui::Context::default()).expect("bundled fonts");
        services.lay_out(text, UNWRAPPED, 14.0)
    }

    #[test]
    fn a_field_aligned_right_rests_its_text_and_caret_on_the_right_edge() {
        let width = 200.0;
        let date = single_line("2026-03-01");
        let line = &date.lines[0];
        assert!((resting_left(&date, width, false) - line.left()).abs() < 0.01);
        let rest = resting_left(&date, width, true);
        assert!(
            (line.right() - rest - width).abs() < 0.01,
            "the date ends at the right edge"
        );
        // Empty: the caret (layout x 0) stands at the right edge.
        let empty = single_line("");
        assert!((resting_left(&empty, width, true) + width).abs() < 0.01);
        assert!(resting_left(&empty, width, false).abs() < 0.01);
        // Arabic rests on the right either way.
        let arabic = single_line("وكالة الأنباء");
        assert!(
            (resting_left(&arabic, width, true) - resting_left(&arabic, width, false)).abs() < 0.01
        );
        // Text wider than the field shows its start.
        let long = single_line(&"https://example.org/a-long-address/".repeat(6));
        assert!((resting_left(&long, width, true) - long.lines[0].left()).abs() < 0.01);
    }
}
