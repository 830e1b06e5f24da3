//! Painting laid-out text: one egui galley per piece, placed where `text::layout` put it, each
//! on the line's baseline. Used by the article view, the header and the corpus panel.

use std::collections::HashMap;
use std::hash::{Hash as _, Hasher as _};
use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, Painter, Pos2, Rect, Sense, Ui, Vec2};

use crate::model::BaseDirection;
use crate::text::{DocumentLayout, FontStack, LayoutOptions, TextShaper, layout_document};
use crate::ui::fonts::font_id;

/// Paint lines `lines` of `layout` with its top-left corner at `origin`.
pub fn paint_lines(
    painter: &Painter,
    origin: Pos2,
    layout: &DocumentLayout,
    lines: Range<usize>,
    color: Color32,
) {
    let size = layout.options.font_size;
    for line in &layout.lines[lines] {
        let baseline_y = origin.y + line.top + line.baseline;
        for piece in line.runs.iter().flat_map(|r| r.pieces.iter()) {
            if piece.text.trim().is_empty() {
                continue;
            }
            let galley =
                painter.layout_no_wrap(piece.text.clone(), font_id(piece.face, size), color);
            let Some(row) = galley.rows.first() else {
                continue;
            };
            let galley_baseline = row.pos.y
                + row
                    .row
                    .glyphs
                    .first()
                    .map_or(row.row.size.y * 0.8, |g| g.pos.y);
            let pos = Pos2::new(origin.x + piece.x, baseline_y - galley_baseline);
            painter.galley(pos, galley, color);
        }
    }
}

/// Small layouts (titles, metadata lines, list rows) keyed by their text and options, so that
/// panels do not shape the same strings every frame.
#[derive(Default)]
pub struct LayoutCache {
    entries: HashMap<u64, Arc<DocumentLayout>>,
}

impl LayoutCache {
    const MAX_ENTRIES: usize = 4096;

    pub fn get(
        &mut self,
        text: &str,
        options: &LayoutOptions,
        shaper: &dyn TextShaper,
    ) -> Arc<DocumentLayout> {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        text.hash(&mut h);
        options.width.to_bits().hash(&mut h);
        options.font_size.to_bits().hash(&mut h);
        options.fonts.primary.hash(&mut h);
        (options.base as u8).hash(&mut h);
        let key = h.finish();
        if self.entries.len() > Self::MAX_ENTRIES {
            self.entries.clear();
        }
        self.entries
            .entry(key)
            .or_insert_with(|| Arc::new(layout_document(text, options, shaper)))
            .clone()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

/// A short block of text laid out with the article engine at the available width, at most
/// `max_lines` lines. Its accessibility label is the text itself.
#[expect(
    clippy::too_many_arguments,
    reason = "a leaf painter taking plain values is clearer than a one-off struct"
)]
pub fn text_block_ui(
    ui: &mut Ui,
    cache: &mut LayoutCache,
    shaper: &dyn TextShaper,
    text: &str,
    fonts: FontStack,
    size: f32,
    color: Color32,
    max_lines: usize,
    sense: Sense,
) -> egui::Response {
    let width = ui.available_width().max(40.0);
    let options = LayoutOptions {
        width,
        font_size: size,
        fonts,
        base: BaseDirection::Auto,
    };
    let layout = cache.get(text, &options, shaper);
    let shown = layout.lines.len().min(max_lines);
    let height = layout
        .lines
        .get(shown.saturating_sub(1))
        .map_or(layout.line_height, crate::text::layout::LineLayout::bottom);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), sense);
    if ui.is_rect_visible(rect) {
        let painter = ui.painter_at(Rect::from_min_size(rect.min, Vec2::new(width, height)));
        paint_lines(&painter, rect.min, &layout, 0..shown, color);
    }
    response
}
