//! Editing a short text (a search pattern, a name, a note) the way the article view shows it.
//!
//! [`Editor`] is the state: the text, a caret with its affinity, the other end of a selection,
//! and an undo history of its own. Moves that depend on what is on screen (←/→, ↑/↓, Home/End)
//! take the text's [`DocumentLayout`], laid out by the caller with the same engine as the
//! article, so ←/→ follow the visual direction across right-to-left and left-to-right runs.
//! Everything is in char offsets; a caret never lands inside a grapheme cluster.
//!
//! The split follows parley's `PlainEditor`: the state lives across frames, the widget that
//! feeds it events and paints it is built anew each frame.

use std::ops::Range;

use super::graphemes::{next_boundary, next_word_end, prev_boundary, prev_word_start};
use super::hit::{Affinity, Caret};
use super::layout::{DocumentLayout, LineLayout};

/// Where a caret move goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    /// One grapheme to the left on screen.
    Left,
    /// One grapheme to the right on screen.
    Right,
    /// One word to the left on screen.
    WordLeft,
    /// One word to the right on screen.
    WordRight,
    /// The logical start of the line (its right end in a right-to-left paragraph).
    LineStart,
    /// The logical end of the line.
    LineEnd,
    Up,
    Down,
    TextStart,
    TextEnd,
}

/// What an edit was, so that typing a word is one undo step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EditKind {
    Typing,
    Deleting,
    Other,
}

#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    text: String,
    caret: Caret,
    anchor: Option<usize>,
}

/// Undo steps kept per field; older ones are dropped.
const MAX_UNDO: usize = 200;

/// A text being edited: caret, selection and undo history.
#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    text: String,
    caret: Caret,
    /// The fixed end of the selection; the caret is the moving end.
    anchor: Option<usize>,
    multiline: bool,
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    last_edit: Option<EditKind>,
    /// The horizontal position ↑/↓ try to keep, in layout coordinates.
    goal_x: Option<f32>,
    /// What an input method is composing, shown in the text but not yet committed.
    preedit: Option<Range<usize>>,
}

impl Editor {
    /// An editor of `text` with the caret at its end. A single-line editor turns line breaks
    /// typed or pasted into spaces.
    pub fn new(text: impl Into<String>, multiline: bool) -> Self {
        let text = text.into();
        let end = text.chars().count();
        Editor {
            text,
            caret: Caret {
                index: end,
                affinity: Affinity::Upstream,
            },
            anchor: None,
            multiline,
            undo: Vec::new(),
            redo: Vec::new(),
            last_edit: None,
            goal_x: None,
            preedit: None,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn caret(&self) -> Caret {
        self.caret
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// The selected chars, `[start, end)`; empty (at the caret) when nothing is selected.
    pub fn selection(&self) -> Range<usize> {
        match self.anchor {
            Some(a) if a != self.caret.index => a.min(self.caret.index)..a.max(self.caret.index),
            _ => self.caret.index..self.caret.index,
        }
    }

    pub fn selected_text(&self) -> &str {
        let range = self.selection();
        &self.text[byte_range(&self.text, range)]
    }

    /// Replaces the whole text from outside (the value changed elsewhere, by an undo of the
    /// project say): the caret goes to the end and the field's own history starts again.
    pub fn set_text(&mut self, text: impl Into<String>) {
        *self = Editor::new(text, self.multiline);
    }

    /// Puts the caret at `caret` (from a click), extending the selection when `extend`.
    pub fn place(&mut self, caret: Caret, extend: bool) {
        let caret = self.snapped(caret);
        self.set_caret(caret, extend);
    }

    /// Selects `range` with the caret at its end.
    pub fn select(&mut self, range: Range<usize>) {
        let len = self.len();
        let start = range.start.min(len);
        let end = range.end.min(len);
        self.anchor = Some(start);
        self.caret = Caret {
            index: end,
            affinity: Affinity::Upstream,
        };
        self.last_edit = None;
        self.goal_x = None;
    }

    pub fn select_all(&mut self) {
        self.select(0..self.len());
    }

    /// Selects the word at char `index` (a double click); on a space or a mark, that char.
    pub fn select_word_at(&mut self, index: usize) {
        let index = index.min(self.len());
        match super::graphemes::word_range_at(&self.text, index) {
            Some((start, end)) => self.select(start..end),
            None if index < self.len() => {
                let start = prev_boundary(&self.text, index + 1).min(index);
                self.select(start..next_boundary(&self.text, start));
            }
            None => self.place(
                Caret {
                    index,
                    affinity: Affinity::Upstream,
                },
                false,
            ),
        }
    }

    /// Moves the caret; with `extend` the selection grows or shrinks instead of collapsing.
    pub fn move_caret(&mut self, motion: Motion, extend: bool, layout: &DocumentLayout) {
        let selection = self.selection();
        // Without Shift, ←/→ on a selection collapse it to its edge on that side.
        if !extend && !selection.is_empty() && matches!(motion, Motion::Left | Motion::Right) {
            let (start_line, start_x) =
                caret_x(layout, logical_caret(selection.start, Affinity::Downstream));
            let (end_line, end_x) =
                caret_x(layout, logical_caret(selection.end, Affinity::Upstream));
            let start_is_left = if start_line == end_line {
                start_x <= end_x
            } else {
                !layout.rtl_at(selection.start)
            };
            let index = if (motion == Motion::Left) == start_is_left {
                selection.start
            } else {
                selection.end
            };
            self.set_caret(
                self.snapped(logical_caret(index, Affinity::Downstream)),
                false,
            );
            return;
        }
        let vertical = matches!(motion, Motion::Up | Motion::Down);
        let goal = self.goal_x;
        let caret = match motion {
            Motion::Left => visual_step(layout, self.caret, false),
            Motion::Right => visual_step(layout, self.caret, true),
            Motion::WordLeft | Motion::WordRight => {
                let rightwards = motion == Motion::WordRight;
                // To the right inside right-to-left text is back in reading order.
                let forward = rightwards != layout.rtl_at(self.caret.index);
                let index = if forward {
                    next_word_end(&self.text, self.caret.index)
                } else {
                    prev_word_start(&self.text, self.caret.index)
                };
                logical_caret(
                    index,
                    if forward {
                        Affinity::Upstream
                    } else {
                        Affinity::Downstream
                    },
                )
            }
            Motion::LineStart => match line_of(layout, self.caret) {
                Some(line) => logical_caret(layout.lines[line].chars.start, Affinity::Downstream),
                None => logical_caret(0, Affinity::Downstream),
            },
            Motion::LineEnd => match line_of(layout, self.caret) {
                Some(line) => logical_caret(layout.lines[line].chars.end, Affinity::Upstream),
                None => logical_caret(self.len(), Affinity::Upstream),
            },
            Motion::Up | Motion::Down => {
                let (line, x) = caret_x(layout, self.caret);
                let goal_x = goal.unwrap_or(x);
                self.goal_x = Some(goal_x);
                let target = if motion == Motion::Up {
                    line.checked_sub(1)
                } else {
                    Some(line + 1).filter(|&l| l < layout.lines.len())
                };
                match target {
                    Some(t) => {
                        let l = &layout.lines[t];
                        layout.caret_at(goal_x, l.top + l.height / 2.0)
                    }
                    None if motion == Motion::Up => logical_caret(0, Affinity::Downstream),
                    None => logical_caret(self.len(), Affinity::Upstream),
                }
            }
            Motion::TextStart => logical_caret(0, Affinity::Downstream),
            Motion::TextEnd => logical_caret(self.len(), Affinity::Upstream),
        };
        let caret = self.snapped(caret);
        self.set_caret(caret, extend);
        if vertical {
            self.goal_x = goal.or(self.goal_x);
        }
    }

    /// Inserts `s` at the caret, replacing the selection (typing, pasting, an IME commit).
    pub fn insert(&mut self, s: &str) {
        let cleaned = self.clean(s);
        if cleaned.is_empty() && self.selection().is_empty() {
            return;
        }
        let typing = cleaned.chars().count() == 1 && self.selection().is_empty();
        // A word typed is one undo step: a space after a letter starts a new one.
        let breaks_word = cleaned.chars().all(char::is_whitespace)
            && self.char_before().is_some_and(|c| !c.is_whitespace());
        let kind = if typing && !breaks_word {
            EditKind::Typing
        } else {
            EditKind::Other
        };
        self.checkpoint(kind);
        let range = self.selection();
        self.replace(range.clone(), &cleaned);
        let index = range.start + cleaned.chars().count();
        self.caret = Caret {
            index,
            affinity: Affinity::Upstream,
        };
        self.anchor = None;
        self.goal_x = None;
        self.last_edit = Some(kind);
    }

    /// Backspace: deletes the selection, else what is before the caret. A combining mark (a
    /// haraka) on the letter before the caret goes alone, so a wrong vowel can be retyped;
    /// otherwise the whole grapheme before the caret goes (never half of one).
    pub fn backspace(&mut self) {
        if self.delete_selection() {
            return;
        }
        let end = self.caret.index;
        if end == 0 {
            return;
        }
        let start = prev_boundary(&self.text, end);
        let grapheme: Vec<char> = self.text[byte_range(&self.text, start..end)]
            .chars()
            .collect();
        let start = match grapheme.as_slice() {
            [_, .., last] if is_mark(*last) => end - 1,
            _ => start,
        };
        self.delete(start..end, EditKind::Deleting);
    }

    /// Delete: the selection, else the grapheme after the caret.
    pub fn delete_forward(&mut self) {
        if self.delete_selection() {
            return;
        }
        let start = self.caret.index;
        let end = next_boundary(&self.text, start);
        if end > start {
            self.delete(start..end, EditKind::Deleting);
        }
    }

    /// Ctrl+Backspace: the selection, else back to the start of the word before the caret.
    pub fn delete_word_back(&mut self) {
        if !self.delete_selection() {
            let start = prev_word_start(&self.text, self.caret.index);
            self.delete(start..self.caret.index, EditKind::Other);
        }
    }

    /// Ctrl+Delete: the selection, else on to the end of the word after the caret.
    pub fn delete_word_forward(&mut self) {
        if !self.delete_selection() {
            let end = next_word_end(&self.text, self.caret.index);
            self.delete(self.caret.index..end, EditKind::Other);
        }
    }

    /// Removes the selection and returns it (for the clipboard); `None` with nothing selected.
    pub fn cut(&mut self) -> Option<String> {
        let taken = self.selected_text().to_owned();
        (!taken.is_empty() && self.delete_selection()).then_some(taken)
    }

    /// The chars an input method is composing, if any.
    pub fn preedit(&self) -> Option<Range<usize>> {
        self.preedit.clone()
    }

    /// An input method shows `s` as its composition so far: it replaces the previous one (or
    /// the selection), is not an undo step, and an empty `s` ends it.
    pub fn set_preedit(&mut self, s: &str) {
        let range = self.preedit.take().unwrap_or_else(|| self.selection());
        let cleaned = self.clean(s);
        self.replace(range.clone(), &cleaned);
        let end = range.start + cleaned.chars().count();
        self.preedit = (!cleaned.is_empty()).then_some(range.start..end);
        self.caret = Caret {
            index: end,
            affinity: Affinity::Upstream,
        };
        self.anchor = None;
    }

    /// An input method commits `s`: the composition is replaced by it, as one typed edit.
    pub fn commit_preedit(&mut self, s: &str) {
        if let Some(range) = self.preedit.take() {
            self.replace(range.clone(), "");
            self.caret = Caret {
                index: range.start,
                affinity: Affinity::Upstream,
            };
            self.anchor = None;
        }
        if !s.is_empty() {
            self.insert(s);
        }
    }

    /// Undoes the last edit of this field; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        let current = self.snapshot();
        self.restore(previous);
        self.redo.push(current);
        true
    }

    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        let current = self.snapshot();
        self.restore(next);
        self.undo.push(current);
        true
    }

    fn len(&self) -> usize {
        self.text.chars().count()
    }

    fn char_before(&self) -> Option<char> {
        self.caret
            .index
            .checked_sub(1)
            .and_then(|i| self.text.chars().nth(i))
    }

    /// `s` as this field takes it: line breaks become spaces in a single-line field, other
    /// control characters (except tab in a multi-line one) are dropped, CR LF becomes LF.
    fn clean(&self, s: &str) -> String {
        let s = s.replace("\r\n", "\n");
        s.chars()
            .filter_map(|c| match c {
                '\n' | '\r' if self.multiline => Some('\n'),
                '\n' | '\r' | '\t' if !self.multiline => Some(' '),
                '\t' => Some('\t'),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect()
    }

    /// The caret moved onto a grapheme boundary (a click inside a ligature's second half, a
    /// layout offset into a cluster), within the text.
    fn snapped(&self, caret: Caret) -> Caret {
        let index = caret.index.min(self.len());
        if super::graphemes::is_boundary(&self.text, index) {
            Caret { index, ..caret }
        } else {
            Caret {
                index: prev_boundary(&self.text, index),
                ..caret
            }
        }
    }

    fn set_caret(&mut self, caret: Caret, extend: bool) {
        if extend {
            self.anchor.get_or_insert(self.caret.index);
        } else {
            self.anchor = None;
        }
        self.caret = caret;
        self.last_edit = None;
        self.goal_x = None;
    }

    fn delete_selection(&mut self) -> bool {
        let range = self.selection();
        if range.is_empty() {
            return false;
        }
        self.delete(range, EditKind::Other);
        true
    }

    fn delete(&mut self, range: Range<usize>, kind: EditKind) {
        if range.is_empty() {
            return;
        }
        self.checkpoint(kind);
        self.replace(range.clone(), "");
        self.caret = Caret {
            index: range.start,
            affinity: Affinity::Downstream,
        };
        self.anchor = None;
        self.goal_x = None;
        self.last_edit = Some(kind);
    }

    fn replace(&mut self, range: Range<usize>, with: &str) {
        let bytes = byte_range(&self.text, range);
        self.text.replace_range(bytes, with);
    }

    /// Saves the state before an edit, unless the edit continues the last one (a word typed).
    fn checkpoint(&mut self, kind: EditKind) {
        if kind != EditKind::Other && self.last_edit == Some(kind) {
            return;
        }
        let snapshot = self.snapshot();
        self.undo.push(snapshot);
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            text: self.text.clone(),
            caret: self.caret,
            anchor: self.anchor,
        }
    }

    fn restore(&mut self, s: Snapshot) {
        self.text = s.text;
        self.caret = s.caret;
        self.anchor = s.anchor;
        self.last_edit = None;
        self.goal_x = None;
    }
}

/// A non-spacing combining mark (harakat, shadda, Hebrew points, Latin accents).
fn is_mark(c: char) -> bool {
    unicode_bidi::bidi_class(c) == unicode_bidi::BidiClass::NSM
}

fn logical_caret(index: usize, affinity: Affinity) -> Caret {
    Caret { index, affinity }
}

/// The byte range of char range `range` in `text`.
fn byte_range(text: &str, range: Range<usize>) -> Range<usize> {
    let mut indices = text.char_indices().map(|(b, _)| b).chain([text.len()]);
    let start = indices.nth(range.start).unwrap_or(text.len());
    let end = if range.end > range.start {
        indices
            .nth(range.end - range.start - 1)
            .unwrap_or(text.len())
    } else {
        start
    };
    start..end
}

/// A place a caret can be on a line: its x, the caret, and whether it is the right edge of
/// the grapheme it belongs to (so a move to the right lands on the edge of what it passed).
#[derive(Debug, Clone, Copy)]
struct Stop {
    x: f32,
    caret: Caret,
    right_edge: bool,
}

/// Every caret position of a line, left to right: both edges of each grapheme. Inside
/// right-to-left text the right edge of a grapheme is its logical start.
fn stops(line: &LineLayout) -> Vec<Stop> {
    let mut out = Vec::new();
    for cluster in line.clusters() {
        let mut i = cluster.chars.start;
        while i < cluster.chars.end {
            let (part, x0, x1) = cluster.part_extent(i);
            i = part.end.max(i + 1);
            let (left, right) = if cluster.rtl {
                (
                    logical_caret(part.end, Affinity::Upstream),
                    logical_caret(part.start, Affinity::Downstream),
                )
            } else {
                (
                    logical_caret(part.start, Affinity::Downstream),
                    logical_caret(part.end, Affinity::Upstream),
                )
            };
            out.push(Stop {
                x: x0.min(x1),
                caret: left,
                right_edge: false,
            });
            out.push(Stop {
                x: x0.max(x1),
                caret: right,
                right_edge: true,
            });
        }
    }
    out.sort_by(|a, b| a.x.total_cmp(&b.x));
    out
}

/// The line a caret is on: where a soft line break gives one offset two lines, the affinity
/// decides (upstream stays at the end of the earlier line).
fn line_of(layout: &DocumentLayout, caret: Caret) -> Option<usize> {
    let first = layout.lines.partition_point(|l| l.chars.end < caret.index);
    let line = layout.lines.get(first)?;
    if caret.index < line.chars.start {
        // Between paragraphs (on a separator): the line before.
        return Some(first.saturating_sub(1));
    }
    let next_starts_here = layout
        .lines
        .get(first + 1)
        .is_some_and(|n| n.chars.start == caret.index);
    if line.chars.end == caret.index && next_starts_here && caret.affinity == Affinity::Downstream {
        Some(first + 1)
    } else {
        Some(first)
    }
}

/// The screen position of a caret: its line and x in layout coordinates.
pub fn caret_x(layout: &DocumentLayout, caret: Caret) -> (usize, f32) {
    let Some(li) = line_of(layout, caret) else {
        return (0, 0.0);
    };
    let line = &layout.lines[li];
    let stops = stops(line);
    let exact = stops.iter().find(|s| s.caret == caret);
    let same_index = || stops.iter().find(|s| s.caret.index == caret.index);
    if let Some(stop) = exact.or_else(same_index) {
        return (li, stop.x);
    }
    if stops.is_empty() {
        // An empty line sits at the start edge of its paragraph.
        let rtl = layout.paragraphs.get(line.para).is_some_and(|p| p.rtl);
        return (li, if rtl { layout.options.width } else { 0.0 });
    }
    // An offset no cluster edge shows (an invisible char): the nearest one that is shown.
    let nearest = stops
        .iter()
        .min_by_key(|s| s.caret.index.abs_diff(caret.index))
        .map_or(0.0, |s| s.x);
    (li, nearest)
}

/// One step to the right (or left) on screen from `caret`; at the end of a line, on to the
/// line that follows in that direction (the next line when moving the way the paragraph reads).
fn visual_step(layout: &DocumentLayout, caret: Caret, rightwards: bool) -> Caret {
    let Some(li) = line_of(layout, caret) else {
        return caret;
    };
    let (_, x) = caret_x(layout, caret);
    let line_stops = stops(&layout.lines[li]);
    let beyond = |s: &&Stop| {
        if rightwards {
            s.x > x + ON_SAME_X
        } else {
            s.x < x - ON_SAME_X
        }
    };
    let target_x = if rightwards {
        line_stops
            .iter()
            .filter(beyond)
            .map(|s| s.x)
            .reduce(f32::min)
    } else {
        line_stops
            .iter()
            .filter(beyond)
            .map(|s| s.x)
            .reduce(f32::max)
    };
    if let Some(tx) = target_x {
        let at_target: Vec<&Stop> = line_stops
            .iter()
            .filter(|s| (s.x - tx).abs() <= ON_SAME_X)
            .collect();
        let passed = at_target
            .iter()
            .find(|s| s.right_edge == rightwards)
            .or_else(|| at_target.first());
        if let Some(stop) = passed {
            return stop.caret;
        }
    }
    let rtl = layout
        .paragraphs
        .get(layout.lines[li].para)
        .is_some_and(|p| p.rtl);
    let onwards = rightwards != rtl;
    let next = if onwards {
        Some(li + 1).filter(|&l| l < layout.lines.len())
    } else {
        li.checked_sub(1)
    };
    let Some(next) = next else {
        return caret;
    };
    let line = &layout.lines[next];
    if onwards {
        logical_caret(line.chars.start, Affinity::Downstream)
    } else {
        logical_caret(line.chars.end, Affinity::Upstream)
    }
}

/// Stops closer than this (in points) are one place on screen.
const ON_SAME_X: f32 = 0.5;

#[cfg(test)]
#[path = "editor_tests.rs"]
mod tests;
