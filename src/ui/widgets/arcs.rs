//! Arcs for relations between spans, drawn in the gap above the article's lines.
//!
//! The geometry is pure (no window): from the laid-out article and the relations' span ranges it
//! works out where each arc leaves its source and lands on its target, which lane (height) it
//! takes in the gap above its line so that arcs over one gap never run into each other, how much
//! room each line needs above it, and where a click selects an arc. Arcs follow the spans' places
//! on screen, so in a right-to-left line an arc to a later span runs right to left and its
//! arrowhead is where the reader arrives. An arc between lines is drawn as a piece on each of the
//! two lines, each running to the edge of its line with the continuation marked. A relation with
//! one end in another document is a short piece from its span, toward where reading goes on for
//! a target elsewhere (from where it comes for a source elsewhere; the other way when the span is
//! too near that edge), its open end marked.

use std::ops::Range;
use std::sync::Arc;

use egui::{Color32, Painter, Pos2, Shape, Stroke, Vec2};

use crate::text::{DocumentLayout, Rect};

/// Height of one lane of arcs (and of the label box on it, less a point either side).
pub const LANE: f32 = 14.0;
/// Space between the lowest lane and the top of the line below it.
const BASE: f32 = 4.0;
/// Where the legs stop above the line's top, so a stroke never reaches the text.
const FOOT: f32 = 2.5;
/// Horizontal padding of a label box.
const LABEL_PAD: f32 = 3.0;
/// How close to an arc's line a click still selects it.
const HIT: f32 = 4.0;
/// The arrowhead's length and half width.
const ARROW: (f32, f32) = (6.0, 4.0);
/// How far a piece to or from another document runs past its label.
const STUB: f32 = 34.0;

/// One relation to draw: the char ranges of its two spans, the width of its label as painted,
/// whether it has a direction (an arrowhead at the target) and whether it is selected.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcSpec {
    pub source: Range<usize>,
    /// Ignored when the target is in another document ([`Away::Target`]).
    pub target: Range<usize>,
    pub label_width: f32,
    pub directed: bool,
    pub selected: bool,
    /// Which end lies in another document, if one does: the other end's range is then unused.
    pub away: Option<Away>,
}

/// The end of a relation that lies in another document than the one shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Away {
    Source,
    Target,
}

/// How an arc's piece ends on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// A leg down to a span.
    Span,
    /// The arc goes on on another line: the piece stops at the edge of its line.
    Continues,
}

/// The part of an arc over one line, in layout coordinates: from the source side to the target
/// side along its lane.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcPiece {
    pub line: usize,
    pub lane: usize,
    /// Where the piece starts (the source side) and how it ends there.
    pub from: (f32, End),
    /// Where the piece ends (the target side) and how it ends there.
    pub to: (f32, End),
    /// An arrowhead where `to` meets the target span.
    pub arrow: bool,
    /// Height of the lane.
    pub y: f32,
    /// Where the legs end, just above the line's top.
    pub foot: f32,
    /// The label's box, centred on the lane.
    pub label: Rect,
}

impl ArcPiece {
    fn lo(&self) -> f32 {
        self.from.0.min(self.to.0)
    }

    fn hi(&self) -> f32 {
        self.from.0.max(self.to.0)
    }

    /// Rectangles covering what is drawn (strokes of width up to `stroke`), for checking that
    /// nothing is drawn over the text.
    pub fn drawn_rects(&self, stroke: f32) -> Vec<Rect> {
        let h = stroke / 2.0;
        let mut out = vec![
            Rect {
                x0: self.lo() - h,
                y0: self.y - h,
                x1: self.hi() + h,
                y1: self.y + h,
            },
            self.label,
        ];
        for (x, end) in [self.from, self.to] {
            if end == End::Span {
                out.push(Rect {
                    x0: x - h.max(ARROW.1),
                    y0: self.y - h,
                    x1: x + h.max(ARROW.1),
                    y1: self.foot + h,
                });
            }
        }
        out
    }

    /// Whether a point (layout coordinates) is on the piece or its label.
    fn hit(&self, x: f32, y: f32) -> bool {
        let on_label = (self.label.x0..=self.label.x1).contains(&x)
            && (self.label.y0..=self.label.y1).contains(&y);
        let on_lane = (y - self.y).abs() <= HIT && (self.lo() - HIT..=self.hi() + HIT).contains(&x);
        let on_leg = [self.from, self.to].iter().any(|&(lx, end)| {
            end == End::Span
                && (x - lx).abs() <= HIT
                && (self.y - HIT..=self.foot + HIT).contains(&y)
        });
        on_label || on_lane || on_leg
    }
}

/// One relation's arc: its pieces (one, or one on each line for an arc between lines) and
/// whether it is drawn faded (another arc is selected).
#[derive(Debug, Clone, PartialEq)]
pub struct RelationArc {
    /// Index into the specs the arcs were made from.
    pub spec: usize,
    pub pieces: Vec<ArcPiece>,
    pub faded: bool,
    pub selected: bool,
}

/// The arcs of an article and its layout with room made above the lines they are drawn over.
#[derive(Debug, Clone, PartialEq)]
pub struct ArcLayout {
    pub layout: Arc<DocumentLayout>,
    pub arcs: Vec<RelationArc>,
}

impl ArcLayout {
    /// The arc under a point (layout coordinates): on a label first, then on a line; of several,
    /// the one drawn last (on top).
    pub fn arc_at(&self, x: f32, y: f32) -> Option<usize> {
        let on_label = |a: &&RelationArc| {
            a.pieces.iter().any(|p| {
                (p.label.x0..=p.label.x1).contains(&x) && (p.label.y0..=p.label.y1).contains(&y)
            })
        };
        self.arcs
            .iter()
            .rev()
            .find(on_label)
            .or_else(|| {
                self.arcs
                    .iter()
                    .rev()
                    .find(|a| a.pieces.iter().any(|p| p.hit(x, y)))
            })
            .map(|a| a.spec)
    }
}

/// Where a span shows on its first line: the line and the horizontal extent of its chars there.
fn anchor(layout: &DocumentLayout, range: &Range<usize>) -> Option<(usize, f32, f32)> {
    if range.is_empty() {
        return None;
    }
    let line = layout
        .lines
        .partition_point(|l| l.chars.end <= range.start)
        .min(layout.lines.len().checked_sub(1)?);
    let end = range
        .end
        .min(layout.lines[line].chars.end.max(range.start + 1));
    let rects = layout.range_rects(range.start..end);
    let x0 = rects.iter().map(|r| r.x0).reduce(f32::min)?;
    let x1 = rects.iter().map(|r| r.x1).reduce(f32::max)?;
    Some((line, x0, x1))
}

/// A piece before lanes and heights are known.
struct Draft {
    arc: usize,
    line: usize,
    from: (f32, End),
    to: (f32, End),
    arrow: bool,
    label_width: f32,
    /// Which span end (`anchors` index) each side sits on, to spread the ends over the span.
    from_anchor: Option<usize>,
    to_anchor: Option<usize>,
    /// The spans' offsets, to order ties the same way whatever the order of the specs.
    key: [usize; 4],
}

/// The pieces of each spec's arc, ends at the middle of their spans, with the span ends they
/// sit on spread apart.
#[expect(
    clippy::too_many_lines,
    reason = "one pass over the specs: same-document arcs, and the stubs of those to another article"
)]
fn drafts(layout: &DocumentLayout, specs: &[ArcSpec]) -> Vec<Draft> {
    let width = layout.options.width;
    let rtl_line = |line: usize| {
        layout
            .paragraphs
            .get(layout.lines[line].para)
            .is_some_and(|p| p.rtl)
    };
    // Where reading leaves a line (its end) and where it enters it (its start).
    let end_edge = |line: usize| if rtl_line(line) { 0.0 } else { width };
    let start_edge = |line: usize| if rtl_line(line) { width } else { 0.0 };
    let mut anchors: Vec<(usize, f32, f32)> = Vec::new();
    let mut anchor_index = |a: (usize, f32, f32)| {
        anchors.iter().position(|b| *b == a).unwrap_or_else(|| {
            anchors.push(a);
            anchors.len() - 1
        })
    };
    let mut drafts = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        if let Some(away) = spec.away {
            let here = match away {
                Away::Target => &spec.source,
                Away::Source => &spec.target,
            };
            let Some(a) = anchor(layout, here) else {
                continue;
            };
            let index = anchor_index(a);
            let mid = f32::midpoint(a.1, a.2);
            // Toward the line's end for a target elsewhere, toward its start for a source; the
            // other way when the span is too near that edge for the piece and its label.
            let (end, start) = (end_edge(a.0), start_edge(a.0));
            let (edge, other) = match away {
                Away::Target => (end, start),
                Away::Source => (start, end),
            };
            let reach = spec.label_width + 2.0 * LABEL_PAD + STUB;
            let edge = if (edge - mid).abs() < reach && (other - mid).abs() > (edge - mid).abs() {
                other
            } else {
                edge
            };
            let open = if edge < mid {
                (mid - reach).max(edge)
            } else {
                (mid + reach).min(edge)
            };
            let (from, to, from_anchor, to_anchor) = match away {
                Away::Target => ((mid, End::Span), (open, End::Continues), Some(index), None),
                Away::Source => ((open, End::Continues), (mid, End::Span), None, Some(index)),
            };
            drafts.push(Draft {
                arc: i,
                line: a.0,
                from,
                to,
                arrow: away == Away::Source && spec.directed,
                label_width: spec.label_width,
                from_anchor,
                to_anchor,
                key: [here.start, here.end, usize::MAX, usize::MAX],
            });
            continue;
        }
        let (Some(s), Some(t)) = (anchor(layout, &spec.source), anchor(layout, &spec.target))
        else {
            continue;
        };
        let (sa, ta) = (anchor_index(s), anchor_index(t));
        let (sx, tx) = (f32::midpoint(s.1, s.2), f32::midpoint(t.1, t.2));
        let key = [
            spec.source.start,
            spec.source.end,
            spec.target.start,
            spec.target.end,
        ];
        if s.0 == t.0 {
            drafts.push(Draft {
                arc: i,
                line: s.0,
                from: (sx, End::Span),
                to: (tx, End::Span),
                arrow: spec.directed,
                label_width: spec.label_width,
                from_anchor: Some(sa),
                to_anchor: Some(ta),
                key,
            });
            continue;
        }
        let forward = t.0 > s.0;
        let (out_edge, in_edge) = if forward {
            (end_edge(s.0), start_edge(t.0))
        } else {
            (start_edge(s.0), end_edge(t.0))
        };
        drafts.push(Draft {
            arc: i,
            line: s.0,
            from: (sx, End::Span),
            to: (out_edge, End::Continues),
            arrow: false,
            label_width: spec.label_width,
            from_anchor: Some(sa),
            to_anchor: None,
            key,
        });
        drafts.push(Draft {
            arc: i,
            line: t.0,
            from: (in_edge, End::Continues),
            to: (tx, End::Span),
            arrow: spec.directed,
            label_width: spec.label_width,
            from_anchor: None,
            to_anchor: Some(ta),
            key,
        });
    }
    spread_ends(&mut drafts, &anchors);
    drafts
}

/// The arcs for `specs` over `layout`, and the layout with room above each line that has arcs.
/// A spec whose span is not in the layout gets no pieces.
pub fn arc_layout(layout: &DocumentLayout, specs: &[ArcSpec]) -> ArcLayout {
    let drafts = drafts(layout, specs);
    let lanes = assign_lanes(&drafts);
    let mut rooms = vec![0.0_f32; layout.lines.len()];
    for (d, &lane) in drafts.iter().zip(&lanes) {
        let room = BASE + (lane + 1) as f32 * LANE;
        rooms[d.line] = rooms[d.line].max(room);
    }
    let spaced = with_room(layout, &rooms);
    let any_selected = specs.iter().any(|s| s.selected);
    let mut arcs: Vec<RelationArc> = specs
        .iter()
        .enumerate()
        .map(|(i, s)| RelationArc {
            spec: i,
            pieces: Vec::new(),
            faded: any_selected && !s.selected,
            selected: s.selected,
        })
        .collect();
    for (d, lane) in drafts.into_iter().zip(lanes) {
        let top = spaced.lines[d.line].top;
        let y = top - BASE - (lane as f32 + 0.5) * LANE;
        let mid = f32::midpoint(d.from.0, d.to.0);
        let half = d.label_width / 2.0 + LABEL_PAD;
        arcs[d.arc].pieces.push(ArcPiece {
            line: d.line,
            lane,
            from: d.from,
            to: d.to,
            arrow: d.arrow,
            y,
            foot: top - FOOT,
            label: Rect {
                x0: mid - half,
                y0: y - LANE / 2.0 + 1.0,
                x1: mid + half,
                y1: y + LANE / 2.0 - 1.0,
            },
        });
    }
    // Unselected first, so the selected arc is drawn (and hit) on top.
    arcs.sort_by_key(|a| a.selected);
    ArcLayout {
        layout: Arc::new(spaced),
        arcs,
    }
}

/// Several arcs meeting one span leave it side by side, ordered by where each goes, so they
/// neither share a leg nor cross right above the span.
fn spread_ends(drafts: &mut [Draft], anchors: &[(usize, f32, f32)]) {
    for (a, &(_, x0, x1)) in anchors.iter().enumerate() {
        // (draft, whether the end is `from`, where the other side is, the spans)
        let mut ends: Vec<(usize, bool, f32, [usize; 4])> = Vec::new();
        for (i, d) in drafts.iter().enumerate() {
            if d.from_anchor == Some(a) {
                ends.push((i, true, d.to.0, d.key));
            }
            if d.to_anchor == Some(a) {
                ends.push((i, false, d.from.0, d.key));
            }
        }
        if ends.len() < 2 {
            continue;
        }
        ends.sort_by(|p, q| p.2.total_cmp(&q.2).then(p.3.cmp(&q.3)));
        let n = ends.len() as f32;
        for (k, &(i, is_from, ..)) in ends.iter().enumerate() {
            let x = x0 + (x1 - x0) * (k as f32 + 1.0) / (n + 1.0);
            if is_from {
                drafts[i].from.0 = x;
            } else {
                drafts[i].to.0 = x;
            }
        }
    }
}

/// The horizontal extent a piece takes in its lane: its line and its label.
fn extent(d: &Draft) -> (f32, f32) {
    let mid = f32::midpoint(d.from.0, d.to.0);
    let half = d.label_width / 2.0 + LABEL_PAD;
    (
        d.from.0.min(d.to.0).min(mid - half),
        d.from.0.max(d.to.0).max(mid + half),
    )
}

/// A lane for each piece: per line, shorter pieces lower, each in the lowest lane where it
/// overlaps no other piece (nor its label); so an arc over a shorter one goes above it.
fn assign_lanes(drafts: &[Draft]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by(|&a, &b| {
        let (ea, eb) = (extent(&drafts[a]), extent(&drafts[b]));
        drafts[a]
            .line
            .cmp(&drafts[b].line)
            .then((ea.1 - ea.0).total_cmp(&(eb.1 - eb.0)))
            .then(ea.0.total_cmp(&eb.0))
            .then(drafts[a].key.cmp(&drafts[b].key))
    });
    let mut lanes = vec![0; drafts.len()];
    // For the line being filled: each lane's occupied extents.
    let mut taken: Vec<Vec<(f32, f32)>> = Vec::new();
    let mut line = None;
    for i in order {
        if line != Some(drafts[i].line) {
            line = Some(drafts[i].line);
            taken.clear();
        }
        let (lo, hi) = extent(&drafts[i]);
        let free = |lane: &Vec<(f32, f32)>| lane.iter().all(|&(a, b)| hi + 1.0 < a || b + 1.0 < lo);
        let chosen = taken.iter().position(free).unwrap_or_else(|| {
            taken.push(Vec::new());
            taken.len() - 1
        });
        taken[chosen].push((lo, hi));
        lanes[i] = chosen;
    }
    lanes
}

/// `layout` with `rooms[i]` points of room added above line `i`; everything below moves down.
pub fn with_room(layout: &DocumentLayout, rooms: &[f32]) -> DocumentLayout {
    let mut out = layout.clone();
    let mut shift = 0.0;
    for (line, room) in out.lines.iter_mut().zip(rooms) {
        shift += room;
        line.top += shift;
    }
    out.height += shift;
    out
}

/// Colours of one arc as painted.
#[derive(Debug, Clone, Copy)]
pub struct ArcColours {
    pub stroke: Color32,
    /// Behind the label, so it reads over any line passing under it.
    pub label_fill: Color32,
    pub label_text: Color32,
}

/// Paints `arc` at `origin` (where the layout's (0, 0) is on screen) with its label `text`.
pub fn paint_arc(
    painter: &Painter,
    origin: Pos2,
    arc: &RelationArc,
    text: &str,
    colours: ArcColours,
) {
    let fade = |c: Color32| if arc.faded { c.gamma_multiply(0.3) } else { c };
    let width = if arc.selected { 2.5 } else { 1.5 };
    let stroke = Stroke::new(width, fade(colours.stroke));
    let at = |x: f32, y: f32| origin + Vec2::new(x, y);
    for p in &arc.pieces {
        let mut points = Vec::with_capacity(4);
        if p.from.1 == End::Span {
            points.push(at(p.from.0, p.foot));
        }
        points.push(at(p.from.0, p.y));
        points.push(at(p.to.0, p.y));
        if p.to.1 == End::Span {
            points.push(at(p.to.0, p.foot));
        }
        painter.add(Shape::line(points, stroke));
        if p.arrow {
            let tip = at(p.to.0, p.foot);
            painter.add(Shape::convex_polygon(
                vec![
                    tip,
                    tip + Vec2::new(-ARROW.1, -ARROW.0),
                    tip + Vec2::new(ARROW.1, -ARROW.0),
                ],
                fade(colours.stroke),
                Stroke::NONE,
            ));
        }
        for (x, end, other) in [(p.from.0, p.from.1, p.to.0), (p.to.0, p.to.1, p.from.0)] {
            if end == End::Continues {
                continuation_mark(painter, at(x, p.y), x < other, stroke);
            }
        }
        let label =
            egui::Rect::from_min_max(at(p.label.x0, p.label.y0), at(p.label.x1, p.label.y1));
        painter.rect(
            label,
            3.0,
            fade(colours.label_fill),
            Stroke::new(1.0, fade(colours.stroke)),
            egui::StrokeKind::Inside,
        );
        painter.text(
            label.center(),
            egui::Align2::CENTER_CENTER,
            crate::ui::widgets::bidi::shown(text),
            label_font(),
            fade(colours.label_text),
        );
    }
}

/// The font of arc labels.
pub fn label_font() -> egui::FontId {
    egui::FontId::proportional(10.5)
}

/// Two short chevrons at the open end of a piece, pointing off the line (left when `left`).
fn continuation_mark(painter: &Painter, at: Pos2, left: bool, stroke: Stroke) {
    let dir = if left { -1.0 } else { 1.0 };
    for step in [0.0, 4.0] {
        let tip = at + Vec2::new(dir * step, 0.0);
        painter.add(Shape::line(
            vec![
                tip + Vec2::new(-dir * 3.5, -3.5),
                tip,
                tip + Vec2::new(-dir * 3.5, 3.5),
            ],
            stroke,
        ));
    }
}

#[cfg(test)]
#[path = "arcs_tests.rs"]
mod tests;
