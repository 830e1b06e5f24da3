//! The article view: the document laid out by `text::layout`, painted one galley per piece,
//! only the lines inside the visible band. The layout is cached and rebuilt only when the
//! document, the width or the font options change.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};
use std::ops::Range;
use std::sync::Arc;

use egui::{Rect, ScrollArea, Sense, Ui, Vec2};

use crate::text::{DocumentLayout, LayoutOptions, TextShaper, layout_document};
use crate::ui::theme::Theme;

use super::arcs::{ArcColours, ArcLayout, ArcSpec, arc_layout, paint_arc};
use super::highlights::Highlights;
pub use super::selection::{ClickedWord, TextSelection, word_around};
use super::text_block::paint_lines;
use crate::ui::widgets::bidi::shown;

/// Margin around the text inside the view, in points.
const MARGIN: f32 = 24.0;

/// Identifies the text being shown: a document index and a counter bumped whenever the text
/// is replaced, so that the cache never shows a stale layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextKey {
    pub document: usize,
    pub generation: u64,
}

/// A span to paint behind the text: its char range, colours, nesting depth (0 for the
/// outermost; deeper spans are drawn inset so nested and overlapping spans stay distinct),
/// how it is drawn and whether it is the selected one.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanPaint {
    pub range: Range<usize>,
    pub fill: egui::Color32,
    /// The label's colour at full strength, for frames and underline bands.
    pub stroke: egui::Color32,
    pub depth: usize,
    pub style: SpanStyle,
    pub selected: bool,
}

/// How a span is drawn: a span that holds other spans (a claim around its claimant and
/// content) is a frame with an underline band, so the fills of what it holds stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanStyle {
    Fill,
    Frame,
    /// A colleague's span while comparing: a band along the top of the line, above mine.
    Theirs,
    /// A suggestion not yet accepted: a dashed outline in the label's colour, no fill.
    Suggested,
}

/// Which of `ranges` (sorted by start, then longer first) strictly contain another of them.
pub fn containers(ranges: &[Range<usize>]) -> Vec<bool> {
    let mut out = vec![false; ranges.len()];
    for (i, r) in ranges.iter().enumerate() {
        // Sorted by start: a range inside `r` starts at or after it, before its end.
        for q in ranges[i + 1..].iter().take_while(|q| q.start < r.end) {
            if q.end <= r.end && (q.start, q.end) != (r.start, r.end) {
                out[i] = true;
                break;
            }
        }
    }
    out
}

/// A relation drawn as an arc above the lines: its spans' char ranges, its label, colour,
/// whether it has a direction and whether it is selected.
#[derive(Debug, Clone, PartialEq)]
pub struct RelationPaint {
    pub source: Range<usize>,
    pub target: Range<usize>,
    pub label: String,
    pub colour: egui::Color32,
    pub directed: bool,
    pub selected: bool,
    /// The end in another document, if one is: only the other end's range is used.
    pub away: Option<super::arcs::Away>,
}

/// What happened in the view this frame.
#[derive(Debug, Default)]
pub struct ViewOutput {
    /// The relation (index into [`ArticleView::relations`]) whose arc was clicked.
    pub arc_clicked: Option<usize>,
    /// A Ctrl+drag from one char to another ended: a relation between the spans there.
    pub relation_dragged: Option<(usize, usize)>,
    /// The word clicked, if any.
    pub clicked: Option<ClickedWord>,
    /// The char under the pointer.
    pub hovered: Option<usize>,
    /// A selection gesture ended (drag released, double or triple click, Shift+click).
    pub selection_done: bool,
    /// The text area's response, to attach tooltips to.
    pub response: Option<egui::Response>,
}

/// Depth of each of `ranges` (sorted by start, then longer first): how many earlier ranges
/// overlap it, so overlapping spans get distinct lanes. Strictly, one more than the deepest
/// earlier range that overlaps it (0 when none does).
///
/// O(n log n) when the ranges are sorted by start and none is empty (what a document's spans
/// are): a sweep keeps the earlier ranges still open, by end, and a count of their depths.
/// Otherwise the direct O(n²) comparison of every pair.
pub fn nesting_depths(ranges: &[Range<usize>]) -> Vec<usize> {
    if !ranges.is_sorted_by_key(|r| r.start) || ranges.iter().any(Range::is_empty) {
        return nesting_depths_pairwise(ranges);
    }
    let mut depths = Vec::with_capacity(ranges.len());
    // Earlier ranges that may still overlap what comes: (end, depth), the smallest end first.
    let mut open: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
    // How many open ranges have each depth.
    let mut open_depths: BTreeMap<usize, usize> = BTreeMap::new();
    for r in ranges {
        // An earlier range overlaps `r` when it ends after `r` starts: it starts at or before
        // `r`, which is not empty.
        while let Some(&Reverse((end, depth))) = open.peek()
            && end <= r.start
        {
            open.pop();
            if let Some(count) = open_depths.get_mut(&depth) {
                *count -= 1;
                if *count == 0 {
                    open_depths.remove(&depth);
                }
            }
        }
        let depth = open_depths.last_key_value().map_or(0, |(&d, _)| d + 1);
        depths.push(depth);
        open.push(Reverse((r.end, depth)));
        *open_depths.entry(depth).or_default() += 1;
    }
    depths
}

/// [`nesting_depths`] by comparing every pair, for ranges in any order.
fn nesting_depths_pairwise(ranges: &[Range<usize>]) -> Vec<usize> {
    let mut depths = Vec::with_capacity(ranges.len());
    for (i, r) in ranges.iter().enumerate() {
        let mut depth = 0;
        for (j, q) in ranges[..i].iter().enumerate() {
            if q.start < r.end && r.start < q.end {
                depth = depth.max(depths[j] + 1);
            }
        }
        depths.push(depth);
    }
    depths
}

#[derive(Default)]
pub struct ArticleView {
    cache: Option<(TextKey, LayoutOptions, Arc<DocumentLayout>)>,
    /// The word last clicked, shown with a light background.
    pub clicked: Option<ClickedWord>,
    scroll_to_top: bool,
    /// Screen position of the layout's origin in the last frame painted.
    origin: Option<egui::Pos2>,
    /// The current text selection, if any.
    pub selection: Option<TextSelection>,
    /// A char to bring into view in the next frame.
    pub scroll_to: Option<usize>,
    /// Set by the pointer handling when a selection gesture ends.
    gesture_done: bool,
    /// Invisible and direction-changing characters to show as marks: char offset and a short
    /// name (RLO, ZWJ…). Empty unless the analyst asked to see them.
    pub marks: Vec<(usize, &'static str)>,
    /// The spans' highlights, tessellated once and reused while scrolling.
    highlights: Highlights,
    /// The relations to draw as arcs; with none, no room is made above the lines.
    pub relations: Vec<RelationPaint>,
    /// The arcs and the layout with room for them, and what they were made from.
    arc_cache: Option<(Arc<DocumentLayout>, Vec<RelationPaint>, Arc<ArcLayout>)>,
    /// The layout painted last (with room for arcs when there are relations).
    painted: Option<Arc<DocumentLayout>>,
    /// A Ctrl+drag making a relation: the char where it began.
    relation_drag: Option<usize>,
    /// A Ctrl+drag that ended this frame: from and to chars.
    relation_drag_done: Option<(usize, usize)>,
}

impl ArticleView {
    /// Forget the layout and the click, e.g. when another document is shown.
    pub fn reset(&mut self) {
        self.cache = None;
        self.arc_cache = None;
        self.painted = None;
        self.relation_drag = None;
        self.clicked = None;
        self.selection = None;
        self.scroll_to_top = true;
    }

    /// The current layout, if one has been computed (for tests and tools).
    pub fn layout(&self) -> Option<&Arc<DocumentLayout>> {
        self.painted
            .as_ref()
            .or_else(|| self.cache.as_ref().map(|(_, _, l)| l))
    }

    /// The arcs painted last, with the layout they were placed on (for tests and tools).
    pub fn arcs(&self) -> Option<&Arc<ArcLayout>> {
        self.arc_cache.as_ref().map(|(_, _, a)| a)
    }

    /// The arcs of [`Self::relations`] over `base`, recomputed only when either changed.
    fn arcs_for(&mut self, ui: &Ui, base: &Arc<DocumentLayout>) -> Option<Arc<ArcLayout>> {
        if self.relations.is_empty() {
            self.arc_cache = None;
            return None;
        }
        if let Some((b, relations, arcs)) = &self.arc_cache
            && Arc::ptr_eq(b, base)
            && *relations == self.relations
        {
            return Some(arcs.clone());
        }
        let specs: Vec<ArcSpec> = self
            .relations
            .iter()
            .map(|r| ArcSpec {
                source: r.source.clone(),
                target: r.target.clone(),
                label_width: ui
                    .painter()
                    .layout_no_wrap(shown(&r.label), super::arcs::label_font(), r.colour)
                    .size()
                    .x,
                directed: r.directed,
                selected: r.selected,
                away: r.away,
            })
            .collect();
        let arcs = Arc::new(arc_layout(base, &specs));
        self.arc_cache = Some((base.clone(), self.relations.clone(), arcs.clone()));
        Some(arcs)
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

    /// Shows the article and reports what the pointer did. Dragging selects: the
    /// selection is the logical range between the caret where the drag started and the caret
    /// under the pointer, whatever the direction of the text in between; on release its edges
    /// snap outward to word boundaries unless Alt is held. Double-click selects a word,
    /// triple-click a paragraph, Shift+click extends.
    #[expect(
        clippy::too_many_arguments,
        reason = "the view's inputs are independent values owned by different parts of the app"
    )]
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        key: TextKey,
        text: &str,
        options: LayoutOptions,
        shaper: &dyn TextShaper,
        theme: &Theme,
        spans: &[SpanPaint],
    ) -> ViewOutput {
        let bar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin;
        let width = (ui.available_width() - 2.0 * MARGIN - bar).max(80.0);
        let base = self.layout_for(key, text, LayoutOptions { width, ..options }, shaper);
        let arcs = self.arcs_for(ui, &base);
        let layout = arcs.as_ref().map_or(base, |a| a.layout.clone());
        self.painted = Some(layout.clone());
        let mut scroll = ScrollArea::vertical()
            .id_salt("article")
            .auto_shrink([false, false]);
        if std::mem::take(&mut self.scroll_to_top) {
            scroll = scroll.vertical_scroll_offset(0.0);
        }
        let mut output = ViewOutput::default();
        scroll.show_viewport(ui, |ui, viewport| {
            let size = Vec2::new(width + 2.0 * MARGIN, layout.height + 2.0 * MARGIN);
            let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
            let origin = rect.min + Vec2::splat(MARGIN);
            self.origin = Some(origin);
            let painter = ui.painter_at(rect);
            let band = layout.lines_in_band(viewport.min.y - MARGIN, viewport.max.y - MARGIN);
            let to_screen = |r: crate::text::Rect| {
                Rect::from_min_max(
                    origin + Vec2::new(r.x0, r.y0),
                    origin + Vec2::new(r.x1, r.y1),
                )
            };
            if let Some(word) = &self.clicked
                && self.selection.is_none_or(|s| s.is_empty())
            {
                for r in layout.range_rects(word.word.clone()) {
                    painter.rect_filled(to_screen(r), 3.0, theme.clicked_word);
                }
            }
            // Only spans on visible lines: a long article may hold thousands.
            let visible = layout.lines.get(band.start).map_or(0, |l| l.chars.start)
                ..layout
                    .lines
                    .get(band.end.saturating_sub(1))
                    .map_or(0, |l| l.chars.end);
            if let Some(index) = self.scroll_to.take()
                && let Some(r) = layout.range_rects(index..index + 1).first()
            {
                ui.scroll_to_rect(to_screen(*r), Some(egui::Align::Center));
            }
            let on_screen = spans
                .iter()
                .enumerate()
                .filter(|(_, s)| s.range.start < visible.end && visible.start < s.range.end)
                .map(|(i, _)| i);
            painter.add(self.highlights.shape(
                ui.ctx(),
                &layout,
                spans,
                on_screen,
                theme.selected_span,
                origin,
            ));
            if let Some(sel) = self.selection.filter(|s| !s.is_empty()) {
                for r in layout.range_rects(sel.range()) {
                    painter.rect_filled(to_screen(r), 0.0, theme.selection);
                }
            }
            paint_lines(&painter, origin, &layout, band.clone(), theme.text);
            paint_marks(&painter, theme, &layout, &self.marks, &visible, to_screen);
            if let Some(arcs) = &arcs {
                // The line after the band too: its arcs sit above it, maybe inside the view.
                let lines = band.start..band.end + 1;
                self.paint_arcs(&painter, origin, arcs, &lines, theme);
            }
            self.paint_relation_drag(ui, &painter, &response);
            output.hovered = response
                .hover_pos()
                .and_then(|p| layout.char_at(p.x - origin.x, p.y - origin.y));
            let on_arc = response
                .interact_pointer_pos()
                .filter(|_| response.clicked())
                .and_then(|p| arcs.as_ref()?.arc_at(p.x - origin.x, p.y - origin.y));
            if on_arc.is_some() {
                output.arc_clicked = on_arc;
            } else {
                output.clicked = self.pointer_input(ui, &response, origin, &layout, text);
                output.relation_dragged = self.relation_drag_done.take();
            }
            output.selection_done = std::mem::take(&mut self.gesture_done)
                && self.selection.is_some_and(|s| !s.is_empty());
            output.response = Some(response);
        });
        output
    }

    /// The arcs on `lines`, each with its label.
    fn paint_arcs(
        &self,
        painter: &egui::Painter,
        origin: egui::Pos2,
        arcs: &ArcLayout,
        lines: &Range<usize>,
        theme: &Theme,
    ) {
        for arc in &arcs.arcs {
            if !arc.pieces.iter().any(|p| lines.contains(&p.line)) {
                continue;
            }
            let Some(relation) = self.relations.get(arc.spec) else {
                continue;
            };
            let colours = ArcColours {
                stroke: relation.colour,
                label_fill: theme.article_background,
                label_text: theme.text,
            };
            paint_arc(painter, origin, arc, &relation.label, colours);
        }
    }

    /// While a Ctrl+drag makes a relation: a line from where it began to the pointer.
    fn paint_relation_drag(&self, ui: &Ui, painter: &egui::Painter, response: &egui::Response) {
        if self.relation_drag.is_none() {
            return;
        }
        let (Some(from), Some(to)) = (
            ui.input(|i| i.pointer.press_origin()),
            response.interact_pointer_pos(),
        ) else {
            return;
        };
        painter.arrow(
            from,
            to - from,
            egui::Stroke::new(2.0, ui.visuals().selection.stroke.color),
        );
    }

    fn pointer_input(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        origin: egui::Pos2,
        layout: &DocumentLayout,
        text: &str,
    ) -> Option<ClickedWord> {
        let modifiers = ui.input(|i| i.modifiers);
        let pos = response.interact_pointer_pos()?;
        let p = pos - origin;
        let caret = layout.caret_at(p.x, p.y).index;
        // Ctrl+drag draws a relation from the span where it began to the one where it ends;
        // the selection stays as it was.
        if response.drag_started() && modifiers.command {
            self.relation_drag = ui
                .input(|i| i.pointer.press_origin())
                .and_then(|o| layout.char_at(o.x - origin.x, o.y - origin.y));
            return None;
        }
        if let Some(from) = self.relation_drag {
            if response.drag_stopped() {
                self.relation_drag = None;
                self.relation_drag_done = layout.char_at(p.x, p.y).map(|to| (from, to));
            }
            return None;
        }
        if response.triple_clicked() {
            let para = layout
                .paragraphs
                .iter()
                .find(|para| para.chars.contains(&caret) || para.chars.end == caret)?;
            self.selection = Some(TextSelection {
                anchor: para.chars.start,
                focus: para.chars.end,
            });
            self.gesture_done = true;
            return None;
        }
        if response.double_clicked() {
            let word = word_around(text, layout.char_at(p.x, p.y)?);
            self.selection = Some(TextSelection {
                anchor: word.word.start,
                focus: word.word.end,
            });
            self.gesture_done = true;
            return None;
        }
        if response.drag_started() {
            // egui reports the start of a drag once the pointer has moved a little: anchor the
            // selection where the button went down, not where the drag was recognised.
            let anchor = ui.input(|i| i.pointer.press_origin()).map_or(caret, |o| {
                layout.caret_at(o.x - origin.x, o.y - origin.y).index
            });
            self.selection = Some(match self.selection {
                Some(sel) if modifiers.shift => TextSelection {
                    focus: caret,
                    ..sel
                },
                _ => TextSelection {
                    anchor,
                    focus: caret,
                },
            });
        } else if response.dragged() {
            if let Some(sel) = &mut self.selection {
                sel.focus = caret;
            }
        } else if response.drag_stopped() {
            if let Some(sel) = &mut self.selection {
                sel.focus = caret;
                if !modifiers.alt {
                    *sel = sel.snapped_to_words(text);
                }
                self.gesture_done = true;
            }
        } else if response.clicked() {
            if modifiers.shift
                && let Some(sel) = &mut self.selection
            {
                sel.focus = caret;
                if !modifiers.alt {
                    *sel = sel.snapped_to_words(text);
                }
                self.gesture_done = true;
                return None;
            }
            self.selection = None;
            let word = layout.char_at(p.x, p.y).map(|i| word_around(text, i));
            self.clicked.clone_from(&word);
            return word;
        }
        None
    }
}

/// Invisible characters as a thin bar where they sit, named above it (they have no width, so
/// they are drawn over the text rather than in it; offsets stay those of the text).
fn paint_marks(
    painter: &egui::Painter,
    theme: &Theme,
    layout: &DocumentLayout,
    marks: &[(usize, &'static str)],
    visible: &Range<usize>,
    to_screen: impl Fn(crate::text::Rect) -> Rect,
) {
    for &(at, name) in marks.iter().filter(|(at, _)| visible.contains(at)) {
        let Some(r) = layout.range_rects(at..at + 1).first().copied().or_else(|| {
            layout
                .range_rects(at.saturating_sub(1)..at)
                .first()
                .map(|r| crate::text::Rect { x0: r.x1, ..*r })
        }) else {
            continue;
        };
        let r = to_screen(r);
        let x = r.min.x;
        painter.line_segment(
            [egui::pos2(x, r.min.y + 2.0), egui::pos2(x, r.max.y - 2.0)],
            egui::Stroke::new(2.0, theme.warning),
        );
        painter.text(
            egui::pos2(x, r.min.y),
            egui::Align2::CENTER_BOTTOM,
            shown(name),
            egui::FontId::proportional(10.0),
            theme.warning,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sweep gives the depths of the pairwise comparison, on sorted spans with nesting,
    /// overlaps, equal starts and duplicates.
    #[test]
    fn nesting_depths_sweep_matches_pairwise() {
        let mut rng = crate::synth::Rng::new(3);
        for _ in 0..200 {
            let mut ranges: Vec<Range<usize>> = (0..rng.below(60))
                .map(|_| {
                    let start = rng.below(200);
                    start..start + 1 + rng.below(30)
                })
                .collect();
            ranges.sort_by_key(|r| (r.start, r.end));
            assert_eq!(nesting_depths(&ranges), nesting_depths_pairwise(&ranges));
        }
        assert_eq!(
            nesting_depths(&[0..10, 2..4, 3..5, 4..6, 12..13]),
            [0, 1, 2, 3, 0]
        );
        // Unsorted or empty ranges take the pairwise path.
        assert_eq!(nesting_depths(&[5..9, 0..6, 3..3]), [0, 1, 2]);
    }
}
