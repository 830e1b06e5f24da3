//! Paragraph layout: UAX#9 levels → greedy line breaking at UAX#14 opportunities with measured
//! widths → visual runs per line → pieces of one face each, placed left to right. The result is
//! what the article view paints (one galley per piece) and what `hashiya layout` prints.
//!
//! All public offsets are char offsets into the whole document text.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

use super::bidi::{ParagraphBidi, char_indices_by_byte};
use super::fonts::{Face, FontStack};
use super::linebreak::opportunities;
use super::shape::TextShaper;
use crate::model::BaseDirection;

/// What a layout depends on besides the text. Two layouts with equal options and text are equal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutOptions {
    /// Available width in points.
    pub width: f32,
    /// Font size in points.
    pub font_size: f32,
    pub fonts: FontStack,
    pub base: BaseDirection,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            width: 700.0,
            font_size: 20.0,
            fonts: FontStack::default(),
            base: BaseDirection::Auto,
        }
    }
}

/// One shaped cluster: the smallest unit the shaper positions.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub chars: Range<usize>,
    /// Left edge relative to the layout's left edge.
    pub x: f32,
    pub width: f32,
    pub rtl: bool,
    /// Char offsets where further grapheme clusters start inside this shaping cluster (a
    /// ligature such as lam-alef spans two graphemes); empty for the usual single grapheme.
    pub parts: Vec<usize>,
}

impl Cluster {
    /// Horizontal extent of the grapheme part that contains char `i`, splitting a ligature's
    /// width evenly between its graphemes, from the right in right-to-left text.
    pub fn part_extent(&self, i: usize) -> (Range<usize>, f32, f32) {
        let k = self.parts.iter().take_while(|&&p| p <= i).count();
        self.part_by_index(k)
    }

    /// The grapheme part under `x` (clamped to the cluster) and its extent. Found from the
    /// position, so a point at or past an edge gets the part on that side, also in right-to-left
    /// text where the first logical part is the rightmost.
    pub fn part_at_x(&self, x: f32) -> (Range<usize>, f32, f32) {
        let n = self.parts.len() + 1;
        let w = self.width / n as f32;
        #[expect(clippy::cast_sign_loss, reason = "clamped to 0..n first")]
        let from_left = if w > 0.0 {
            ((x - self.x) / w).floor().clamp(0.0, (n - 1) as f32) as usize
        } else {
            0
        };
        self.part_by_index(if self.rtl {
            n - 1 - from_left
        } else {
            from_left
        })
    }

    /// Part `k` (in logical order): its char range and horizontal extent.
    fn part_by_index(&self, k: usize) -> (Range<usize>, f32, f32) {
        let n = self.parts.len() + 1;
        let k = k.min(n - 1);
        let start = if k == 0 {
            self.chars.start
        } else {
            self.parts[k - 1]
        };
        let end = self.parts.get(k).copied().unwrap_or(self.chars.end);
        let w = self.width / n as f32;
        let x0 = if self.rtl {
            self.x + self.width - (k as f32 + 1.0) * w
        } else {
            self.x + k as f32 * w
        };
        (start..end, x0, x0 + w)
    }
}

/// A stretch of one face within a visual run, painted as one galley.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub chars: Range<usize>,
    pub face: Face,
    /// The string handed to the painter: the logical text, or for a piece whose script makes
    /// the shaper choose the other direction than its run (neutrals inside right-to-left text),
    /// its graphemes reversed and mirrored so that it shows in the run's order.
    pub text: String,
    pub x: f32,
    pub width: f32,
    /// Clusters left to right.
    pub clusters: Vec<Cluster>,
}

/// A run of one embedding level on a line.
#[derive(Debug, Clone, PartialEq)]
pub struct VisualRun {
    pub chars: Range<usize>,
    pub level: u8,
    pub rtl: bool,
    pub x: f32,
    pub width: f32,
    /// Pieces left to right.
    pub pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LineLayout {
    pub para: usize,
    /// Index of the line within its paragraph.
    pub index_in_para: usize,
    pub chars: Range<usize>,
    pub top: f32,
    pub height: f32,
    /// Baseline, relative to `top`.
    pub baseline: f32,
    /// Runs left to right.
    pub runs: Vec<VisualRun>,
}

impl LineLayout {
    pub fn bottom(&self) -> f32 {
        self.top + self.height
    }

    pub fn clusters(&self) -> impl Iterator<Item = &Cluster> {
        self.runs
            .iter()
            .flat_map(|r| r.pieces.iter())
            .flat_map(|p| p.clusters.iter())
    }

    pub fn left(&self) -> f32 {
        self.runs.first().map_or(0.0, |r| r.x)
    }

    pub fn right(&self) -> f32 {
        self.runs.last().map_or(0.0, |r| r.x + r.width)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParagraphLayout {
    /// The paragraph's text, without its separator.
    pub chars: Range<usize>,
    pub rtl: bool,
    /// Indices into [`DocumentLayout::lines`].
    pub lines: Range<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocumentLayout {
    pub options: LayoutOptions,
    pub paragraphs: Vec<ParagraphLayout>,
    /// All lines in reading order, top to bottom.
    pub lines: Vec<LineLayout>,
    pub height: f32,
    pub line_height: f32,
    /// Number of chars in the laid-out text.
    pub char_len: usize,
}

/// Paragraph separators of UAX#9 (bidi class B): each ends a paragraph.
pub fn is_paragraph_separator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{1C}'..='\u{1E}' | '\u{85}' | '\u{2029}')
}

/// Characters with no visible glyph; they never decide which face a piece uses.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{AD}' | '\u{61C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
                | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        )
}

/// Paragraphs longer than this many bytes are laid out in pieces (see [`piece_end`]).
const LONG_PARAGRAPH: usize = 16 * 1024;

/// The end of the piece of a long paragraph that starts at byte `start`: about
/// [`LONG_PARAGRAPH`] bytes on, at a space when there is one in the last quarter, else at a
/// grapheme boundary.
fn piece_end(text: &str, start: usize) -> usize {
    if text.len() - start <= LONG_PARAGRAPH {
        return text.len();
    }
    let mut cut = start + LONG_PARAGRAPH;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut from = start + LONG_PARAGRAPH * 3 / 4;
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if let Some(space) = text[from..cut].rfind(char::is_whitespace) {
        let at = from + space;
        return at + text[at..].chars().next().map_or(0, char::len_utf8);
    }
    // No space: the last grapheme boundary before the cut; inside a grapheme that is itself
    // longer than a piece (a letter with thousands of marks), the cut itself.
    match text[start..cut].grapheme_indices(true).next_back() {
        Some((offset, _)) if offset > 0 => start + offset,
        _ => cut,
    }
}

/// Lay out `text` (a whole document, normalised to LF line endings).
#[expect(
    clippy::too_many_lines,
    reason = "one pass over the paragraphs, with the long-paragraph case inline"
)]
pub fn layout_document(
    text: &str,
    options: &LayoutOptions,
    shaper: &dyn TextShaper,
) -> DocumentLayout {
    let faces = options.fonts.faces();
    let (ascent, descent) = faces.iter().fold((0.0_f32, 0.0_f32), |(a, d), &f| {
        let m = shaper.metrics(f, options.font_size);
        (a.max(m.ascent), d.max(m.descent))
    });
    let gap = (0.15 * options.font_size).round();
    let line_height = (ascent + descent + gap).ceil();
    let baseline = (gap / 2.0 + ascent).round();
    let paragraph_gap = (0.4 * line_height).round();

    let mut out = DocumentLayout {
        options: *options,
        paragraphs: Vec::new(),
        lines: Vec::new(),
        height: 0.0,
        line_height,
        char_len: 0,
    };
    let mut y = 0.0;
    let mut char_pos = 0;
    let mut rest = text;
    loop {
        let end = rest.find(is_paragraph_separator).unwrap_or(rest.len());
        let para_text = &rest[..end];
        let para_chars = para_text.chars().count();
        let para_index = out.paragraphs.len();
        let first_line = out.lines.len();
        let ctx = ParaContext {
            text: para_text,
            char_base: char_pos,
            options,
            shaper,
            faces: &faces,
        };
        let rtl = if para_text.is_empty() {
            out.lines.push(LineLayout {
                para: para_index,
                index_in_para: 0,
                chars: char_pos..char_pos,
                top: y,
                height: (line_height / 2.0).round(),
                baseline,
                runs: Vec::new(),
            });
            y += (line_height / 2.0).round();
            options.base == BaseDirection::Rtl
        } else if para_text.len() <= LONG_PARAGRAPH {
            let (rtl, lines) = ctx.lay_out(para_index, y, line_height, baseline);
            y += line_height * lines.len() as f32 + paragraph_gap;
            out.lines.extend(lines);
            rtl
        } else {
            // A pathological paragraph (a megabyte without a break, say): resolving bidi and
            // breaking lines cost time in the paragraph's length for every line, so it is laid
            // out in pieces of bounded size with the direction of the whole paragraph; a piece
            // always ends on a line break.
            let whole_rtl = match options.base {
                BaseDirection::Auto => ParagraphBidi::new(para_text, BaseDirection::Auto).is_rtl(),
                base => base == BaseDirection::Rtl,
            };
            let forced = LayoutOptions {
                base: if whole_rtl {
                    BaseDirection::Rtl
                } else {
                    BaseDirection::Ltr
                },
                ..*options
            };
            let mut piece_start = 0;
            let mut piece_chars = 0;
            while piece_start < para_text.len() {
                let piece_end = piece_end(para_text, piece_start);
                let piece = &para_text[piece_start..piece_end];
                let ctx = ParaContext {
                    text: piece,
                    char_base: char_pos + piece_chars,
                    options: &forced,
                    shaper,
                    faces: &faces,
                };
                let before = out.lines.len() - first_line;
                let (_, mut lines) = ctx.lay_out(para_index, y, line_height, baseline);
                for line in &mut lines {
                    line.index_in_para += before;
                }
                y += line_height * lines.len() as f32;
                out.lines.extend(lines);
                piece_chars += piece.chars().count();
                piece_start = piece_end;
            }
            y += paragraph_gap;
            whole_rtl
        };
        out.paragraphs.push(ParagraphLayout {
            chars: char_pos..char_pos + para_chars,
            rtl,
            lines: first_line..out.lines.len(),
        });
        char_pos += para_chars;
        if end == rest.len() {
            break;
        }
        // Skip the separator (one char).
        let sep_len = rest[end..].chars().next().map_or(1, char::len_utf8);
        rest = &rest[end + sep_len..];
        char_pos += 1;
    }
    out.height = y;
    out.char_len = char_pos;
    out
}

struct ParaContext<'a> {
    text: &'a str,
    char_base: usize,
    options: &'a LayoutOptions,
    shaper: &'a dyn TextShaper,
    faces: &'a [Face],
}

impl ParaContext<'_> {
    fn lay_out(
        &self,
        para_index: usize,
        top: f32,
        line_height: f32,
        baseline: f32,
    ) -> (bool, Vec<LineLayout>) {
        let bidi = ParagraphBidi::new(self.text, self.options.base);
        let rtl = bidi.is_rtl();
        let char_of = char_indices_by_byte(self.text);
        let prefix = self.measure(&bidi);
        let ranges = self.break_lines(&bidi, &prefix);
        let lines = ranges
            .into_iter()
            .enumerate()
            .map(|(i, bytes)| {
                let runs = self.line_runs(&bidi, bytes.clone(), &char_of, rtl);
                LineLayout {
                    para: para_index,
                    index_in_para: i,
                    chars: self.char_base + char_of[bytes.start]
                        ..self.char_base + char_of[bytes.end],
                    top: top + line_height * i as f32,
                    height: line_height,
                    baseline,
                    runs,
                }
            })
            .collect();
        (rtl, lines)
    }

    /// Prefix sums of advances by byte: `prefix[b]` = width of `text[..b]` shaped as one line.
    fn measure(&self, bidi: &ParagraphBidi<'_>) -> Vec<f32> {
        let mut advance = vec![0.0_f32; self.text.len() + 1];
        let (_, runs) = bidi.line(0..self.text.len());
        for run in runs {
            for (bytes, face) in self.font_chunks(run.bytes.clone()) {
                let shaped = self.shape_piece(bytes.clone(), face, run.is_rtl());
                for c in &shaped.clusters {
                    advance[c.bytes.start] += c.advance;
                }
            }
        }
        let mut sum = 0.0;
        let mut prefix = Vec::with_capacity(advance.len());
        for a in advance {
            prefix.push(sum);
            sum += a;
        }
        prefix
    }

    /// Width of `text[start..end]` without its trailing whitespace, which may hang past the edge.
    fn visible_width(&self, prefix: &[f32], start: usize, end: usize) -> f32 {
        let trimmed = start + self.text[start..end].trim_end().len();
        prefix[trimmed] - prefix[start]
    }

    /// Width of the line `text[start..end]` without its trailing whitespace, shaped on its own
    /// as [`Self::line_runs`] will shape it. Needed where a line starts or ends inside a word:
    /// there the letters take other joining forms than in the paragraph-wide measurement.
    fn line_width(&self, bidi: &ParagraphBidi<'_>, start: usize, end: usize) -> f32 {
        let trimmed = start + self.text[start..end].trim_end().len();
        if trimmed == start {
            return 0.0;
        }
        let (_, runs) = bidi.line(start..trimmed);
        let mut width = 0.0;
        for run in runs {
            for (bytes, face) in self.font_chunks(run.bytes.clone()) {
                let shaped = self.shape_piece(bytes, face, run.is_rtl());
                width += shaped.clusters.iter().map(|c| c.advance).sum::<f32>();
            }
        }
        width
    }

    /// Greedy breaking at UAX#14 opportunities; a segment wider than the line is broken at
    /// grapheme boundaries.
    fn break_lines(&self, bidi: &ParagraphBidi<'_>, prefix: &[f32]) -> Vec<Range<usize>> {
        let max = self.options.width;
        let mut lines = Vec::new();
        let mut start = 0;
        // Whether `start` lies inside a word (after an emergency break). The prefix sums were
        // measured with the letters on both sides of it joined, so such a line is measured by
        // shaping it.
        let mut start_in_word = false;
        // Shaping a line on its own changes only the letters at its ends: an estimate from the
        // prefix sums this far over the width cannot fit, and the (long) line is not shaped.
        let slack = 4.0 * self.options.font_size;
        let fits = |start: usize, end: usize, in_word: bool| {
            let estimate = self.visible_width(prefix, start, end);
            if in_word {
                estimate <= max + slack && self.line_width(bidi, start, end) <= max
            } else {
                estimate <= max
            }
        };
        let mut candidate: Option<usize> = None;
        let breaks = opportunities(self.text);
        let mut i = 0;
        while i < breaks.len() {
            let b = breaks[i];
            if b.at <= start {
                i += 1;
                continue;
            }
            if fits(start, b.at, start_in_word) {
                if b.mandatory {
                    lines.push(start..b.at);
                    start = b.at;
                    start_in_word = false;
                    candidate = None;
                } else {
                    candidate = Some(b.at);
                }
                i += 1;
            } else if let Some(c) = candidate.take() {
                lines.push(start..c);
                start = c;
                start_in_word = false;
            } else {
                let end = self.emergency_break(bidi, prefix, start, b.at, max);
                lines.push(start..end);
                start = end;
                start_in_word = end < b.at;
            }
        }
        if start < self.text.len() || lines.is_empty() {
            lines.push(start..self.text.len());
        }
        lines
    }

    /// The end of the longest stretch of whole graphemes from `start` (at least one) that fits
    /// in `max`, inside a segment `start..end` that has no break opportunity and is too wide.
    /// Estimated from the prefix sums, then checked by shaping the line, whose letters at the
    /// cut take other forms.
    fn emergency_break(
        &self,
        bidi: &ParagraphBidi<'_>,
        prefix: &[f32],
        start: usize,
        end: usize,
        max: f32,
    ) -> usize {
        // Only as far as could fit: the segment may be a megabyte long.
        let slack = 4.0 * self.options.font_size;
        let mut boundaries: Vec<usize> = Vec::new();
        for (offset, g) in self.text[start..end].grapheme_indices(true) {
            let b = start + offset + g.len();
            boundaries.push(b);
            if self.visible_width(prefix, start, b) > max + slack {
                break;
            }
        }
        let Some(&first) = boundaries.first() else {
            return end;
        };
        let mut k = boundaries
            .partition_point(|&b| b == first || self.visible_width(prefix, start, b) <= max);
        while k > 1 && self.line_width(bidi, start, boundaries[k - 1]) > max {
            k -= 1;
        }
        boundaries[k.max(1) - 1]
    }

    /// Split a run into chunks of one face each, in logical order. Each grapheme goes to the
    /// face already in use if that face has it, else to the first face of the stack that has it.
    fn font_chunks(&self, bytes: Range<usize>) -> Vec<(Range<usize>, Face)> {
        let mut chunks: Vec<(Range<usize>, Face)> = Vec::new();
        for (offset, g) in self.text[bytes.clone()].grapheme_indices(true) {
            let start = bytes.start + offset;
            let covered = |face: Face| {
                g.chars()
                    .filter(|&c| !is_invisible(c))
                    .all(|c| self.shaper.covers(face, c))
            };
            let current = chunks.last().map(|c| c.1);
            let face = match current {
                Some(f) if covered(f) => f,
                _ => self
                    .faces
                    .iter()
                    .copied()
                    .find(|&f| covered(f))
                    .or(current)
                    .unwrap_or(self.faces[0]),
            };
            match chunks.last_mut() {
                Some((range, f)) if *f == face => range.end = start + g.len(),
                _ => chunks.push((start..start + g.len(), face)),
            }
        }
        chunks
    }

    /// Shape the chunk `bytes` for display in a run of direction `rtl`, returning clusters whose
    /// byte ranges refer to the paragraph text.
    fn shape_piece(&self, bytes: Range<usize>, face: Face, rtl: bool) -> ShapedPiece {
        let logical = &self.text[bytes.clone()];
        let shaped = self.shaper.shape(face, logical, self.options.font_size);
        if shaped.rtl == rtl {
            let mut clusters = shaped
                .clusters
                .into_iter()
                .map(|c| PieceCluster {
                    bytes: bytes.start + c.bytes.start..bytes.start + c.bytes.end,
                    advance: c.advance,
                })
                .collect();
            self.fold_zero_width_components(&mut clusters);
            return ShapedPiece {
                text: logical.to_owned(),
                clusters,
            };
        }
        // The shaper would order this piece against its run (e.g. brackets and spaces inside
        // right-to-left text): reverse its graphemes, mirror them in RTL, and shape that.
        let mut display = String::with_capacity(logical.len());
        let mut map: Vec<(usize, Range<usize>)> = Vec::new();
        for (offset, g) in logical.grapheme_indices(true).rev() {
            map.push((
                display.len(),
                bytes.start + offset..bytes.start + offset + g.len(),
            ));
            if rtl {
                display.extend(
                    g.chars()
                        .map(|c| unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)),
                );
            } else {
                display.push_str(g);
            }
        }
        let shaped = self.shaper.shape(face, &display, self.options.font_size);
        let mut clusters = shaped
            .clusters
            .into_iter()
            .map(|c| {
                let (mut lo, mut hi) = (usize::MAX, 0);
                for (d, range) in &map {
                    if *d >= c.bytes.start && *d < c.bytes.end {
                        lo = lo.min(range.start);
                        hi = hi.max(range.end);
                    }
                }
                PieceCluster {
                    bytes: lo..hi.max(lo),
                    advance: c.advance,
                }
            })
            .filter(|c| c.bytes.start != usize::MAX)
            .collect();
        self.fold_zero_width_components(&mut clusters);
        ShapedPiece {
            text: display,
            clusters,
        }
    }

    /// Folds each zero-advance cluster of a visible character into its logical neighbour (the
    /// preceding one, else the following one), making one cluster of several grapheme parts.
    ///
    /// Some fonts draw a ligature as one glyph carrying the whole advance plus a zero-advance
    /// glyph in a cluster of its own for the other component: Noto Naskh Arabic shapes lam-alef
    /// «لا» as a lam with the full width and an empty alef. Left alone, that alef has no width,
    /// so it can be neither clicked nor highlighted; as a part of the lam's cluster it gets half
    /// of the ligature, as in fonts that form one ligature cluster. Invisible characters
    /// (joiners, LRM, ...) keep their zero width.
    fn fold_zero_width_components(&self, clusters: &mut Vec<PieceCluster>) {
        let mut k = 0;
        while k < clusters.len() {
            let c = &clusters[k];
            let visible = self.text[c.bytes.clone()]
                .chars()
                .next()
                .is_some_and(|ch| !is_invisible(ch));
            if c.advance.abs() > 1e-6 || !visible || clusters.len() < 2 {
                k += 1;
                continue;
            }
            let (start, end) = (c.bytes.start, c.bytes.end);
            let neighbours = [
                k.checked_sub(1),
                Some(k + 1).filter(|&j| j < clusters.len()),
            ];
            let target = neighbours
                .into_iter()
                .flatten()
                .find(|&j| clusters[j].bytes.end == start)
                .or_else(|| {
                    neighbours
                        .into_iter()
                        .flatten()
                        .find(|&j| clusters[j].bytes.start == end)
                });
            if let Some(j) = target {
                let t = &mut clusters[j];
                t.bytes = t.bytes.start.min(start)..t.bytes.end.max(end);
                clusters.remove(k);
            } else {
                k += 1;
            }
        }
    }

    fn line_runs(
        &self,
        bidi: &ParagraphBidi<'_>,
        line: Range<usize>,
        char_of: &[usize],
        para_rtl: bool,
    ) -> Vec<VisualRun> {
        let (_, level_runs) = bidi.line(line);
        let base = self.char_base;
        let chars = |r: &Range<usize>| base + char_of[r.start]..base + char_of[r.end];
        let mut x = 0.0;
        let mut runs = Vec::with_capacity(level_runs.len());
        for run in level_runs {
            let rtl = run.is_rtl();
            let mut chunks = self.font_chunks(run.bytes.clone());
            if rtl {
                chunks.reverse();
            }
            let run_x = x;
            let mut pieces = Vec::with_capacity(chunks.len());
            for (bytes, face) in chunks {
                let shaped = self.shape_piece(bytes.clone(), face, rtl);
                let piece_x = x;
                let clusters = shaped
                    .clusters
                    .into_iter()
                    .map(|c| {
                        let cluster_chars = chars(&c.bytes);
                        let parts = self.text[c.bytes.clone()]
                            .grapheme_indices(true)
                            .skip(1)
                            .map(|(o, _)| base + char_of[c.bytes.start + o])
                            .collect();
                        let cluster = Cluster {
                            chars: cluster_chars,
                            x,
                            width: c.advance,
                            rtl,
                            parts,
                        };
                        x += c.advance;
                        cluster
                    })
                    .collect();
                pieces.push(Piece {
                    chars: chars(&bytes),
                    face,
                    text: shaped.text,
                    x: piece_x,
                    width: x - piece_x,
                    clusters,
                });
            }
            runs.push(VisualRun {
                chars: chars(&run.bytes),
                level: run.level,
                rtl,
                x: run_x,
                width: x - run_x,
                pieces,
            });
        }
        if para_rtl {
            // Right-align; whitespace at the logical end sits at the left (rule L1) and may hang.
            let shift = self.options.width - x;
            for run in &mut runs {
                run.x += shift;
                for piece in &mut run.pieces {
                    piece.x += shift;
                    for c in &mut piece.clusters {
                        c.x += shift;
                    }
                }
            }
        }
        runs
    }
}

struct PieceCluster {
    bytes: Range<usize>,
    advance: f32,
}

struct ShapedPiece {
    text: String,
    clusters: Vec<PieceCluster>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::shape::{FaceMetrics, Shaped, ShapedCluster};

    /// Every char is a cluster 10 wide, except `z`, which is 0 wide like the empty alef of a
    /// lam-alef in Noto Naskh Arabic, and the LRM mark. Hebrew text shapes right to left.
    struct Fixed;

    impl TextShaper for Fixed {
        fn covers(&self, _: Face, _: char) -> bool {
            true
        }

        fn shape(&self, _: Face, text: &str, _: f32) -> Shaped {
            let rtl = text.chars().any(|c| ('\u{5D0}'..='\u{5EA}').contains(&c));
            let mut clusters: Vec<ShapedCluster> = text
                .char_indices()
                .map(|(b, c)| ShapedCluster {
                    bytes: b..b + c.len_utf8(),
                    advance: if matches!(c, 'z' | '\u{200E}') {
                        0.0
                    } else {
                        10.0
                    },
                })
                .collect();
            if rtl {
                clusters.reverse();
            }
            Shaped { rtl, clusters }
        }

        fn metrics(&self, _: Face, size: f32) -> FaceMetrics {
            FaceMetrics {
                ascent: size,
                descent: size / 4.0,
            }
        }
    }

    fn lay_out(text: &str, width: f32) -> DocumentLayout {
        let options = LayoutOptions {
            width,
            ..LayoutOptions::default()
        };
        layout_document(text, &options, &Fixed)
    }

    fn clusters(layout: &DocumentLayout) -> Vec<(Range<usize>, f32, Vec<usize>)> {
        layout.lines[0]
            .clusters()
            .map(|c| (c.chars.clone(), c.width, c.parts.clone()))
            .collect()
    }

    #[test]
    fn zero_width_components_join_their_neighbour() {
        // Into the preceding cluster, else the following one; an invisible mark stays alone.
        assert_eq!(
            clusters(&lay_out("abz\u{200E}", 700.0)),
            vec![
                (0..1, 10.0, vec![]),
                (1..3, 10.0, vec![2]),
                (3..4, 0.0, vec![])
            ]
        );
        assert_eq!(clusters(&lay_out("za", 700.0)), vec![(0..2, 10.0, vec![1])]);
        assert_eq!(clusters(&lay_out("z", 700.0)), vec![(0..1, 0.0, vec![])]);
    }

    #[test]
    fn parts_split_a_cluster_from_the_right_in_rtl() {
        let cluster = |rtl| Cluster {
            chars: 4..6,
            x: 100.0,
            width: 20.0,
            rtl,
            parts: vec![5],
        };
        let ltr = cluster(false);
        assert_eq!(ltr.part_extent(4), (4..5, 100.0, 110.0));
        assert_eq!(ltr.part_extent(5), (5..6, 110.0, 120.0));
        assert_eq!(ltr.part_at_x(90.0).0, 4..5);
        assert_eq!(ltr.part_at_x(119.0).0, 5..6);
        assert_eq!(ltr.part_at_x(120.0).0, 5..6);
        let rtl = cluster(true);
        assert_eq!(rtl.part_extent(4), (4..5, 110.0, 120.0));
        assert_eq!(rtl.part_extent(5), (5..6, 100.0, 110.0));
        assert_eq!(rtl.part_at_x(100.0).0, 5..6);
        assert_eq!(
            rtl.part_at_x(120.0).0,
            4..5,
            "the right edge belongs to the first part"
        );
        assert_eq!(rtl.part_at_x(500.0).0, 4..5);
    }

    #[test]
    fn rtl_lines_are_right_aligned_with_trailing_space_hanging_left() {
        let layout = lay_out("\u{5D0}\u{5D1} \u{5D2}\u{5D3} ", 25.0);
        let lines: Vec<Range<usize>> = layout.lines.iter().map(|l| l.chars.clone()).collect();
        assert_eq!(lines, vec![0..3, 3..6]);
        for line in &layout.lines {
            // The letters end at the right edge; the space hangs past the left one.
            assert!((line.right() - 25.0).abs() < 0.01);
            assert!((line.left() - -5.0).abs() < 0.01);
        }
    }

    #[test]
    fn emergency_breaks_fall_between_graphemes() {
        // "a" + combining acute is one grapheme (20 wide here: every char is 10) and is never cut;
        // the word has no break opportunity, so it is cut wherever the next grapheme overflows.
        let layout = lay_out("a\u{301}bcdefgh", 25.0);
        let lines: Vec<Range<usize>> = layout.lines.iter().map(|l| l.chars.clone()).collect();
        assert_eq!(lines, vec![0..2, 2..4, 4..6, 6..8, 8..9]);
    }
}
