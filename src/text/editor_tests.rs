use std::sync::OnceLock;

use super::*;
use crate::model::BaseDirection;
use crate::text::{HarfShaper, LayoutOptions, layout_document};

fn shaper() -> &'static HarfShaper {
    static SHAPER: OnceLock<HarfShaper> = OnceLock::new();
    SHAPER.get_or_init(|| HarfShaper::new().expect("bundled fonts load"))
}

fn lay_out(text: &str, width: f32) -> DocumentLayout {
    let options = LayoutOptions {
        width,
        font_size: 16.0,
        base: BaseDirection::Auto,
        ..LayoutOptions::default()
    };
    layout_document(text, &options, shaper())
}

/// The editor after pressing `motion` `n` times, with its layout kept up to date.
fn press(editor: &mut Editor, motion: Motion, extend: bool, n: usize) {
    for _ in 0..n {
        let layout = lay_out(editor.text(), 10_000.0);
        editor.move_caret(motion, extend, &layout);
    }
}

fn at(text: &str, index: usize) -> Editor {
    let mut e = Editor::new(text, false);
    e.place(logical_caret(index, Affinity::Downstream), false);
    e
}

#[test]
fn arrows_move_visually_in_arabic() {
    // A right-to-left line: → goes back in reading order, ← goes on.
    let mut e = Editor::new("سلام", false);
    assert_eq!(e.caret().index, 4);
    press(&mut e, Motion::Right, false, 1);
    assert_eq!(e.caret().index, 3);
    press(&mut e, Motion::Right, false, 5);
    assert_eq!(e.caret().index, 0, "stops at the right end");
    press(&mut e, Motion::Left, false, 2);
    assert_eq!(e.caret().index, 2);
}

#[test]
fn arrows_cross_a_direction_change_one_place_at_a_time() {
    // "ab " reads left to right, then an Arabic word drawn right to left: a b ␠ م ل س.
    let text = "ab سلم";
    let mut e = at(text, 0);
    let mut visited = Vec::new();
    for _ in 0..7 {
        press(&mut e, Motion::Right, false, 1);
        visited.push(e.caret().index);
    }
    assert_eq!(visited, vec![1, 2, 3, 5, 4, 3, 3]);
    // From the logical end (the left edge of the Arabic word, beside the space), → goes over
    // the last letter.
    let mut e = Editor::new(text, false);
    press(&mut e, Motion::Right, false, 1);
    assert_eq!(e.caret().index, 5);
}

/// Pressing → from the left end visits positions strictly left to right, and every grapheme
/// boundary of the text is shown at one of them.
fn assert_walks_the_line(text: &str) {
    let layout = lay_out(text, 10_000.0);
    let line = &layout.lines[0];
    let all = stops(line);
    let leftmost = all.first().expect("a line with text has stops");
    let mut e = Editor::new(text, false);
    e.place(leftmost.caret, false);
    let mut xs = vec![caret_x(&layout, e.caret()).1];
    for _ in 0..text.chars().count() * 2 + 2 {
        let before = e.caret();
        e.move_caret(Motion::Right, false, &layout);
        if e.caret() == before {
            break;
        }
        xs.push(caret_x(&layout, e.caret()).1);
    }
    for pair in xs.windows(2) {
        assert!(pair[1] > pair[0], "{text:?}: x went {pair:?}");
    }
    let boundaries: Vec<usize> = (0..=text.chars().count())
        .filter(|&i| crate::text::graphemes::is_boundary(text, i))
        .collect();
    for b in boundaries {
        let shown_at = all.iter().filter(|s| s.caret.index == b).map(|s| s.x);
        assert!(
            shown_at
                .clone()
                .any(|x| xs.iter().any(|v| (v - x).abs() <= ON_SAME_X)),
            "{text:?}: boundary {b} never reached"
        );
    }
    let last = *xs.last().expect("at least the start");
    let rightmost = all.last().expect("stops").x;
    assert!(
        (last - rightmost).abs() <= ON_SAME_X,
        "{text:?} ends at {last}"
    );
}

#[test]
fn right_arrow_walks_mixed_lines_left_to_right() {
    for text in [
        "تعليق مراقبة القافلة بطلب روسي",
        "قالت BBC إن 25 شخصا قتلوا",
        "The ministry said «لا تعليق» on 3 May",
        "لا إله",
        "بَيْتٌ (كبير)",
        "abc",
    ] {
        assert_walks_the_line(text);
    }
}

#[test]
fn home_and_end_go_to_the_logical_ends() {
    let mut e = at("سلام عليكم", 3);
    press(&mut e, Motion::LineEnd, false, 1);
    assert_eq!(e.caret().index, 10);
    press(&mut e, Motion::LineStart, false, 1);
    assert_eq!(e.caret().index, 0);
}

#[test]
fn shift_selects_in_the_visual_direction() {
    let mut e = Editor::new("سلام عليكم", false);
    press(&mut e, Motion::Right, true, 3);
    assert_eq!(e.selection(), 7..10);
    assert_eq!(e.selected_text(), "يكم");
    // Without Shift, ← collapses the selection to its left edge: the logical end.
    press(&mut e, Motion::Left, false, 1);
    assert_eq!(e.selection(), 10..10);

    let mut e = Editor::new("سلام عليكم", false);
    press(&mut e, Motion::WordRight, true, 1);
    assert_eq!(e.selected_text(), "عليكم");
    press(&mut e, Motion::WordRight, true, 1);
    assert_eq!(e.selected_text(), "سلام عليكم");
}

#[test]
fn word_steps_in_latin_go_the_usual_way() {
    let mut e = at("one two three", 0);
    press(&mut e, Motion::WordRight, false, 2);
    assert_eq!(e.caret().index, 7);
    press(&mut e, Motion::WordLeft, false, 1);
    assert_eq!(e.caret().index, 4);
}

#[test]
fn backspace_never_splits_a_grapheme_and_takes_a_haraka_alone() {
    let mut e = Editor::new("لا", false);
    e.backspace();
    assert_eq!(
        e.text(),
        "ل",
        "lam-alef is two graphemes: only the alef goes"
    );
    let mut e = Editor::new("بَ", false);
    e.backspace();
    assert_eq!(e.text(), "ب", "the fatha goes, the letter stays");
    e.backspace();
    assert_eq!(e.text(), "");
    e.backspace();
    assert_eq!(e.text(), "");
    // Delete takes the whole grapheme after the caret, marks and all.
    let mut e = at("بَّت", 0);
    e.delete_forward();
    assert_eq!(e.text(), "ت");
}

#[test]
fn deletions_at_the_edges_of_runs_take_the_logical_neighbour() {
    // The caret right after the space (where the Arabic word begins on screen, too).
    let mut e = at("ab سلم", 3);
    e.backspace();
    assert_eq!(e.text(), "abسلم");
    let mut e = Editor::new("ab سلم", false);
    e.backspace();
    assert_eq!(e.text(), "ab سل");
    let mut e = at("ab سلم", 2);
    e.delete_forward();
    assert_eq!(e.text(), "abسلم");
    let mut e = Editor::new("قال 25", false);
    e.backspace();
    assert_eq!(e.text(), "قال 2");
}

#[test]
fn typing_replaces_the_selection_and_keeps_lines_as_the_field_allows() {
    let mut e = Editor::new("وزارة الدفاع", false);
    e.select(6..12);
    e.insert("الخارجية");
    assert_eq!(e.text(), "وزارة الخارجية");
    assert_eq!(e.caret().index, 14);
    e.insert("\r\nأمس");
    assert_eq!(
        e.text(),
        "وزارة الخارجية أمس",
        "one line: a break is a space"
    );
    let mut m = Editor::new("", true);
    m.insert("سطر\r\nآخر\u{7}");
    assert_eq!(m.text(), "سطر\nآخر", "CR LF is LF, a bell is dropped");
}

#[test]
fn a_typed_word_is_one_undo_step() {
    let mut e = Editor::new("", false);
    for c in "سلام عليكم".chars() {
        e.insert(&c.to_string());
    }
    assert!(e.undo());
    assert_eq!(e.text(), "سلام ");
    assert!(e.undo());
    assert_eq!(e.text(), "سلام");
    assert!(e.undo());
    assert_eq!(e.text(), "");
    assert!(!e.undo());
    assert!(e.redo());
    assert_eq!(e.text(), "سلام");
    e.insert("!");
    assert!(!e.redo(), "an edit drops what could be redone");
}

#[test]
fn cut_takes_the_selection() {
    let mut e = Editor::new("قال BBC اليوم", false);
    e.select(4..7);
    assert_eq!(e.cut().as_deref(), Some("BBC"));
    assert_eq!(e.text(), "قال  اليوم");
    assert_eq!(e.cut(), None);
}

#[test]
fn double_click_selects_the_word() {
    let mut e = Editor::new("نقلا عن مصدر", false);
    e.select_word_at(6);
    assert_eq!(e.selected_text(), "عن");
    e.select_word_at(4);
    assert_eq!(e.selected_text(), " ");
}

#[test]
fn up_and_down_keep_the_column_across_lines() {
    let text = "السطر الأول\nالسطر الثاني\nثالث";
    let layout = lay_out(text, 400.0);
    assert_eq!(layout.lines.len(), 3);
    let mut e = Editor::new(text, true);
    e.place(logical_caret(2, Affinity::Downstream), false);
    e.move_caret(Motion::Down, false, &layout);
    let second = &layout.lines[1];
    assert!(second.chars.contains(&e.caret().index), "{:?}", e.caret());
    e.move_caret(Motion::Down, false, &layout);
    assert!(layout.lines[2].chars.start <= e.caret().index);
    e.move_caret(Motion::Down, false, &layout);
    assert_eq!(
        e.caret().index,
        text.chars().count(),
        "past the last line: the end"
    );
    e.move_caret(Motion::Up, false, &layout);
    assert!(second.chars.contains(&e.caret().index) || e.caret().index == second.chars.end);
}

#[test]
fn a_click_puts_the_caret_where_the_layout_says() {
    let text = "سلام عليكم";
    let layout = lay_out(text, 10_000.0);
    let line = &layout.lines[0];
    // The right end of a right-to-left line is the start of the text.
    let caret = layout.caret_at(line.right() - 0.5, line.top + 2.0);
    let mut e = Editor::new(text, false);
    e.place(caret, false);
    assert_eq!(e.caret().index, 0);
    let caret = layout.caret_at(line.left() + 0.5, line.top + 2.0);
    e.place(caret, true);
    assert_eq!(e.selection(), 0..10);
}

#[test]
fn an_input_method_composes_in_place_and_commits_once() {
    let mut e = Editor::new("قال ", false);
    e.set_preedit("م");
    e.set_preedit("مح");
    assert_eq!(e.text(), "قال مح");
    assert_eq!(e.preedit(), Some(4..6));
    e.commit_preedit("محمد");
    assert_eq!(e.text(), "قال محمد");
    assert_eq!(e.preedit(), None);
    assert!(e.undo());
    assert_eq!(
        e.text(),
        "قال ",
        "the commit is one step; the composition none"
    );
}
