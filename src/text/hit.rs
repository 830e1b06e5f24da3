//! Hit-testing on a [`DocumentLayout`]: point → char or caret, and char range → rectangles.
//! Inside right-to-left text the leading edge of a cluster is its right edge, so a point in the
//! right half of an Arabic letter puts the caret before it in logical order.

use std::ops::Range;

use super::layout::{Cluster, DocumentLayout, LineLayout};

/// Which side of a caret position the caret belongs to, where a line break or a direction
/// change gives one logical offset two screen positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Affinity {
    /// Attached to the character before the offset.
    Upstream,
    /// Attached to the character after the offset.
    Downstream,
}

/// A caret: a char offset between characters, `0..=len`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caret {
    pub index: usize,
    pub affinity: Affinity,
}

/// An axis-aligned rectangle in layout coordinates (points, origin at the top-left).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f32,
    pub y0: f32,
    pub x1: f32,
    pub y1: f32,
}

impl Rect {
    pub fn centre(&self) -> (f32, f32) {
        (
            f32::midpoint(self.x0, self.x1),
            f32::midpoint(self.y0, self.y1),
        )
    }
}

impl DocumentLayout {
    /// The line whose vertical extent contains `y`, or the nearest one.
    pub fn line_index_at_y(&self, y: f32) -> Option<usize> {
        if self.lines.is_empty() {
            return None;
        }
        let i = self.lines.partition_point(|l| l.bottom() <= y);
        Some(i.min(self.lines.len() - 1))
    }

    /// Lines that intersect the vertical band `y0..y1`, for painting only what is visible.
    pub fn lines_in_band(&self, y0: f32, y1: f32) -> Range<usize> {
        let start = self.lines.partition_point(|l| l.bottom() <= y0);
        let end = self.lines.partition_point(|l| l.top < y1);
        start..end.max(start)
    }

    /// The character under the point, if the point is on a glyph cluster (or on the space it
    /// advances over). Resolves to the first char of a grapheme.
    pub fn char_at(&self, x: f32, y: f32) -> Option<usize> {
        let line = &self.lines[self.line_index_at_y(y)?];
        if y < line.top || y >= line.bottom() {
            return None;
        }
        let cluster = line.clusters().find(|c| x >= c.x && x < c.x + c.width)?;
        Some(cluster.part_at_x(x).0.start)
    }

    /// The caret position nearest to the point.
    ///
    /// A point on the boundary of two clusters (within [`ON_EDGE`]) is on both; the caret then
    /// goes before the character whose leading edge is there, so that a point on the leading
    /// edge of a char always gives that char's offset. Where both neighbours have their leading
    /// edge there (a change of direction), the left one wins.
    pub fn caret_at(&self, x: f32, y: f32) -> Caret {
        let Some(li) = self.line_index_at_y(y) else {
            return Caret {
                index: 0,
                affinity: Affinity::Downstream,
            };
        };
        let line = &self.lines[li];
        let para_rtl = self.paragraphs[line.para].rtl;
        let distance = |c: &Cluster| (c.x - x).max(x - (c.x + c.width)).max(0.0);
        let nearest = line
            .clusters()
            .filter(|c| c.width > 0.0)
            .map(distance)
            .fold(f32::INFINITY, f32::min);
        if nearest.is_infinite() {
            let index = if para_rtl == (x < line.left()) {
                line.chars.end
            } else {
                line.chars.start
            };
            return Caret {
                index,
                affinity: Affinity::Upstream,
            };
        }
        let mut best: Option<Caret> = None;
        for c in line
            .clusters()
            .filter(|c| c.width > 0.0 && distance(c) <= nearest + ON_EDGE)
        {
            let caret = caret_in_cluster(c, x);
            if best.is_none_or(|b| {
                b.affinity == Affinity::Upstream && caret.affinity == Affinity::Downstream
            }) {
                best = Some(caret);
            }
        }
        best.unwrap_or(Caret {
            index: line.chars.start,
            affinity: Affinity::Downstream,
        })
    }

    /// Whether the text around caret `index` runs right to left, so that arrow keys can follow
    /// the visual direction: the run holding the char after the caret, or the char before it at
    /// the end of a line or the text; the paragraph's direction where there is no char.
    pub fn rtl_at(&self, index: usize) -> bool {
        let li = self
            .lines
            .partition_point(|l| l.chars.end <= index)
            .min(self.lines.len().saturating_sub(1));
        let Some(line) = self.lines.get(li) else {
            return false;
        };
        let probe = if index < line.chars.end {
            index
        } else {
            index.saturating_sub(1)
        };
        line.runs
            .iter()
            .find(|r| r.chars.contains(&probe))
            .map_or(self.paragraphs[line.para].rtl, |r| r.rtl)
    }

    /// Rectangles covering the chars of `range`, one per contiguous stretch on each line; a range
    /// that crosses a direction change gives several rectangles on one line.
    pub fn range_rects(&self, range: Range<usize>) -> Vec<Rect> {
        let mut rects = Vec::new();
        if range.is_empty() {
            return rects;
        }
        let first = self.lines.partition_point(|l| l.chars.end <= range.start);
        for line in &self.lines[first..] {
            if line.chars.start >= range.end {
                break;
            }
            line_rects(line, &range, &mut rects);
        }
        rects
    }
}

/// Points closer than this (in points) to a cluster edge are on the edge.
pub const ON_EDGE: f32 = 0.01;

/// The caret for a point over (or beside) `cluster`: before the grapheme part under it when
/// the point is in the part's leading half, after it otherwise.
fn caret_in_cluster(cluster: &Cluster, x: f32) -> Caret {
    let xc = x.clamp(cluster.x, cluster.x + cluster.width);
    let (part, x0, x1) = cluster.part_at_x(xc);
    let mid = f32::midpoint(x0, x1);
    let leading = if cluster.rtl { xc >= mid } else { xc < mid };
    if leading {
        Caret {
            index: part.start,
            affinity: Affinity::Downstream,
        }
    } else {
        Caret {
            index: part.end,
            affinity: Affinity::Upstream,
        }
    }
}

fn line_rects(line: &LineLayout, range: &Range<usize>, out: &mut Vec<Rect>) {
    // Parts of a ligature split between graphemes come right half first inside right-to-left
    // text, so collect every piece of the line and merge by position, not by visiting order.
    let mut pieces: Vec<(f32, f32)> = Vec::new();
    for c in line.clusters() {
        if c.chars.end <= range.start || c.chars.start >= range.end {
            continue;
        }
        let mut i = c.chars.start;
        while i < c.chars.end {
            let (part, x0, x1) = c.part_extent(i);
            i = part.end;
            if part.end > range.start && part.start < range.end {
                pieces.push((x0.min(x1), x0.max(x1)));
            }
        }
    }
    pieces.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut merged: Vec<(f32, f32)> = Vec::new();
    for (x0, x1) in pieces {
        match merged.last_mut() {
            Some((_, b)) if x0 <= *b + 0.01 => *b = b.max(x1),
            _ => merged.push((x0, x1)),
        }
    }
    out.extend(merged.into_iter().map(|(x0, x1)| Rect {
        x0,
        y0: line.top,
        x1,
        y1: line.bottom(),
    }));
}
