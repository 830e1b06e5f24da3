//! The article view: the document laid out by `text::layout`, painted one galley per piece,
//! only the lines inside the visible band. The layout is cached and rebuilt only when the
//! document, the width or the font options change.

use std::ops::Range;
use std::sync::Arc;

use egui::{Rect, ScrollArea, Sense, Ui, Vec2};
use unicode_segmentation::UnicodeSegmentation as _;

use crate::text::{DocumentLayout, LayoutOptions, TextShaper, layout_document};
use crate::ui::theme::Theme;

use super::text_block::paint_lines;

/// Margin around the text inside the view, in points.
const MARGIN: f32 = 24.0;

/// Identifies the text being shown: a document index and a counter bumped whenever the text
/// is replaced, so that the cache never shows a stale layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextKey {
    pub document: usize,
    pub generation: u64,
}

/// What a click on the text hit: the char under the pointer and the word around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClickedWord {
    pub char_index: usize,
    pub word: Range<usize>,
    pub word_text: String,
}

#[derive(Default)]
pub struct ArticleView {
    cache: Option<(TextKey, LayoutOptions, Arc<DocumentLayout>)>,
    /// The word last clicked, shown with a light background.
    pub clicked: Option<ClickedWord>,
    scroll_to_top: bool,
    /// Screen position of the layout's origin in the last frame painted.
    origin: Option<egui::Pos2>,
}

impl ArticleView {
    /// Forget the layout and the click, e.g. when another document is shown.
    pub fn reset(&mut self) {
        self.cache = None;
        self.clicked = None;
        self.scroll_to_top = true;
    }

    /// The current layout, if one has been computed (for tests and tools).
    pub fn layout(&self) -> Option<&Arc<DocumentLayout>> {
        self.cache.as_ref().map(|(_, _, l)| l)
    }

    /// Where the layout's (0, 0) was on screen in the last frame.
    pub fn origin(&self) -> Option<egui::Pos2> {
        self.origin
    }

    /// Layout for `key` at `options`, recomputed only when either changed.
    pub fn layout_for(
        &mut self,
        key: TextKey,
        text: &str,
        options: LayoutOptions,
        shaper: &dyn TextShaper,
    ) -> Arc<DocumentLayout> {
        match &self.cache {
            Some((k, o, layout)) if *k == key && *o == options => layout.clone(),
            _ => {
                let layout = Arc::new(layout_document(text, &options, shaper));
                self.cache = Some((key, options, layout.clone()));
                layout
            }
        }
    }

    /// Shows the article; returns the word clicked this frame, if any.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        key: TextKey,
        text: &str,
        options: LayoutOptions,
        shaper: &dyn TextShaper,
        theme: &Theme,
    ) -> Option<ClickedWord> {
        let bar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin;
        let width = (ui.available_width() - 2.0 * MARGIN - bar).max(80.0);
        let layout = self.layout_for(key, text, LayoutOptions { width, ..options }, shaper);
        let mut scroll = ScrollArea::vertical()
            .id_salt("article")
            .auto_shrink([false, false]);
        if std::mem::take(&mut self.scroll_to_top) {
            scroll = scroll.vertical_scroll_offset(0.0);
        }
        let mut clicked = None;
        scroll.show_viewport(ui, |ui, viewport| {
            let size = Vec2::new(width + 2.0 * MARGIN, layout.height + 2.0 * MARGIN);
            let (rect, response) = ui.allocate_exact_size(size, Sense::click());
            let origin = rect.min + Vec2::splat(MARGIN);
            self.origin = Some(origin);
            let painter = ui.painter_at(rect);
            let band = layout.lines_in_band(viewport.min.y - MARGIN, viewport.max.y - MARGIN);
            if let Some(word) = &self.clicked {
                for r in layout.range_rects(word.word.clone()) {
                    let r = Rect::from_min_max(
                        origin + Vec2::new(r.x0, r.y0),
                        origin + Vec2::new(r.x1, r.y1),
                    );
                    painter.rect_filled(r, 3.0, theme.clicked_word);
                }
            }
            paint_lines(&painter, origin, &layout, band, theme.text);
            if response.clicked()
                && let Some(pos) = response.interact_pointer_pos()
            {
                let p = pos - origin;
                clicked = layout.char_at(p.x, p.y).map(|i| word_around(text, i));
                self.clicked.clone_from(&clicked);
            }
        });
        clicked
    }
}

/// The word (UAX#29 word boundaries) that contains char `i`.
pub fn word_around(text: &str, i: usize) -> ClickedWord {
    let mut char_pos = 0;
    for (_, w) in text.split_word_bound_indices() {
        let n = w.chars().count();
        if i < char_pos + n {
            return ClickedWord {
                char_index: i,
                word: char_pos..char_pos + n,
                word_text: w.to_owned(),
            };
        }
        char_pos += n;
    }
    ClickedWord {
        char_index: i,
        word: i..i,
        word_text: String::new(),
    }
}
