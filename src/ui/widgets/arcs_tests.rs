use std::ops::Range;
use std::sync::OnceLock;

use super::*;
use crate::model::BaseDirection;
use crate::text::{FontStack, HarfShaper, LayoutOptions, layout_document};

fn shaper() -> &'static HarfShaper {
    static SHAPER: OnceLock<HarfShaper> = OnceLock::new();
    SHAPER.get_or_init(|| HarfShaper::new().expect("bundled fonts load"))
}

fn lay_out(text: &str, width: f32) -> DocumentLayout {
    let options = LayoutOptions {
        width,
        font_size: 20.0,
        fonts: FontStack::default(),
        base: BaseDirection::Auto,
    };
    layout_document(text, &options, shaper())
}

/// The char range of the `n`th occurrence (from 0) of `word` in `text`.
fn find(text: &str, word: &str, n: usize) -> Range<usize> {
    let byte = text
        .match_indices(word)
        .nth(n)
        .map(|(b, _)| b)
        .expect("word in text");
    let start = text[..byte].chars().count();
    start..start + word.chars().count()
}

fn spec(source: Range<usize>, target: Range<usize>) -> ArcSpec {
    ArcSpec {
        source,
        target,
        label_width: 30.0,
        directed: true,
        selected: false,
        away: None,
    }
}

const ARABIC: &str = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا في العاصمة بحضور ممثلين عن الأطراف \
كلها، ونفى مصدر آخر أن يكون موعد الاجتماع قد حدد بعد، وأضاف أن الوفود لم تصل.\n\
وفي بيان لاحق أكدت الوزارة أن الموعد ثابت.";

const LATIN: &str = "The minister said the meeting would take place tomorrow in the capital.";

fn line_of(layout: &DocumentLayout, range: &Range<usize>) -> usize {
    layout
        .lines
        .iter()
        .position(|l| l.chars.contains(&range.start))
        .expect("range on a line")
}

#[test]
fn in_a_right_to_left_line_an_arc_to_a_later_span_runs_right_to_left() {
    let layout = lay_out(ARABIC, 2000.0);
    let (source, target) = (find(ARABIC, "المتحدث", 0), find(ARABIC, "الوزارة", 0));
    assert_eq!(line_of(&layout, &source), line_of(&layout, &target));
    let arcs = arc_layout(&layout, &[spec(source, target)]);
    let [piece] = arcs.arcs[0].pieces.as_slice() else {
        panic!("one piece on one line: {:?}", arcs.arcs[0].pieces)
    };
    assert!(
        piece.to.0 < piece.from.0,
        "target left of source: {piece:?}"
    );
    assert_eq!((piece.from.1, piece.to.1), (End::Span, End::Span));
    assert!(piece.arrow, "the arrowhead is at the target");
    // The lane is above the line, the legs stop above its top.
    let top = arcs.layout.lines[piece.line].top;
    assert!(piece.y < piece.foot && piece.foot < top);
}

#[test]
fn in_a_left_to_right_line_an_arc_to_a_later_span_runs_left_to_right() {
    let layout = lay_out(LATIN, 2000.0);
    let arcs = arc_layout(
        &layout,
        &[spec(find(LATIN, "minister", 0), find(LATIN, "meeting", 0))],
    );
    let [piece] = arcs.arcs[0].pieces.as_slice() else {
        panic!("one piece")
    };
    assert!(piece.from.0 < piece.to.0, "{piece:?}");
    // Undirected: no arrowhead.
    let undirected = ArcSpec {
        directed: false,
        ..spec(find(LATIN, "minister", 0), find(LATIN, "meeting", 0))
    };
    let arcs = arc_layout(&layout, &[undirected]);
    assert!(!arcs.arcs[0].pieces[0].arrow);
}

#[test]
fn an_arc_across_a_line_break_is_a_piece_on_each_line_running_to_the_edges() {
    let layout = lay_out(ARABIC, 300.0);
    let source = find(ARABIC, "المتحدث", 0);
    let target = find(ARABIC, "الوفود", 0);
    let (ls, lt) = (line_of(&layout, &source), line_of(&layout, &target));
    assert!(lt > ls + 1, "the target is lines further on: {ls} {lt}");
    let arcs = arc_layout(&layout, &[spec(source, target)]);
    let pieces = &arcs.arcs[0].pieces;
    assert_eq!(pieces.len(), 2, "{pieces:?}");
    let (first, second) = (&pieces[0], &pieces[1]);
    assert_eq!((first.line, second.line), (ls, lt));
    // Forward in Arabic: leaves its line at the left (where reading goes on) and enters the
    // target's line from the right.
    assert_eq!(first.to, (0.0, End::Continues));
    assert!(!first.arrow);
    assert_eq!(second.from, (300.0, End::Continues));
    assert_eq!(second.to.1, End::Span);
    assert!(second.arrow);
    // Lines in between get no room: only the two lines with pieces move apart.
    let gaps: Vec<f32> = arcs
        .layout
        .lines
        .iter()
        .zip(&layout.lines)
        .map(|(a, b)| a.top - b.top)
        .collect();
    let grows: Vec<usize> = (0..gaps.len())
        .filter(|&i| gaps[i] > if i == 0 { 0.0 } else { gaps[i - 1] })
        .collect();
    assert_eq!(grows, vec![ls, lt]);
}

#[test]
fn an_arc_back_to_an_earlier_paragraph_leaves_by_the_start_of_its_line() {
    let layout = lay_out(ARABIC, 300.0);
    let source = find(ARABIC, "الموعد", 0);
    let target = find(ARABIC, "الاجتماع", 0);
    let arcs = arc_layout(&layout, &[spec(source, target)]);
    let pieces = &arcs.arcs[0].pieces;
    assert_eq!(pieces.len(), 2);
    assert_eq!(pieces[0].to, (300.0, End::Continues));
    assert_eq!(pieces[1].from, (0.0, End::Continues));
    assert!(pieces[1].arrow);
}

/// Many arcs over one line.
fn crowded() -> (DocumentLayout, Vec<ArcSpec>) {
    let layout = lay_out(ARABIC, 2000.0);
    let words = [
        "قال",
        "المتحدث",
        "الوزارة",
        "الاجتماع",
        "غدا",
        "العاصمة",
        "ممثلين",
    ];
    let ranges: Vec<Range<usize>> = words.iter().map(|w| find(ARABIC, w, 0)).collect();
    let mut specs = Vec::new();
    for (i, a) in ranges.iter().enumerate() {
        for b in ranges.iter().skip(i + 1).step_by(2) {
            specs.push(spec(a.clone(), b.clone()));
        }
    }
    (layout, specs)
}

#[test]
fn arcs_over_one_gap_take_lanes_that_do_not_collide() {
    let (layout, specs) = crowded();
    let arcs = arc_layout(&layout, &specs);
    let pieces: Vec<&ArcPiece> = arcs.arcs.iter().flat_map(|a| &a.pieces).collect();
    assert_eq!(pieces.len(), specs.len());
    assert!(pieces.iter().map(|p| p.lane).max() > Some(1));
    for (i, p) in pieces.iter().enumerate() {
        for q in &pieces[i + 1..] {
            if p.line != q.line {
                continue;
            }
            assert!(!overlap(&p.label, &q.label), "labels {p:?} {q:?}");
            if p.lane == q.lane {
                let (pl, ph) = (p.label.x0.min(p.lo()), p.label.x1.max(p.hi()));
                let (ql, qh) = (q.label.x0.min(q.lo()), q.label.x1.max(q.hi()));
                assert!(ph < ql || qh < pl, "same lane {p:?} {q:?}");
            } else {
                assert!((p.y - q.y).abs() >= LANE - 0.01);
            }
        }
    }
    // Two arcs leaving one span leave it at different places.
    let from_first: Vec<f32> = arcs
        .arcs
        .iter()
        .filter(|a| specs[a.spec].source == find(ARABIC, "قال", 0))
        .map(|a| a.pieces[0].from.0)
        .collect();
    assert!(from_first.len() > 1);
    for (i, x) in from_first.iter().enumerate() {
        assert!(from_first[i + 1..].iter().all(|y| (x - y).abs() > 0.5));
    }
}

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

#[test]
fn no_arc_is_drawn_over_a_glyph() {
    let (layout, mut specs) = crowded();
    let narrow = lay_out(ARABIC, 300.0);
    specs.push(spec(find(ARABIC, "قال", 0), find(ARABIC, "الموعد", 0)));
    // And a relation to another document from a span, and one from another document to it.
    specs.push(ArcSpec {
        away: Some(Away::Target),
        ..spec(find(ARABIC, "مصدر", 0), 0..0)
    });
    specs.push(ArcSpec {
        away: Some(Away::Source),
        ..spec(0..0, find(ARABIC, "الاجتماع", 0))
    });
    for layout in [layout, narrow] {
        let arcs = arc_layout(&layout, &specs);
        let glyphs: Vec<Rect> = arcs
            .layout
            .lines
            .iter()
            .flat_map(|l| {
                l.clusters().filter(|c| c.width > 0.0).map(|c| Rect {
                    x0: c.x,
                    y0: l.top,
                    x1: c.x + c.width,
                    y1: l.bottom(),
                })
            })
            .collect();
        assert!(glyphs.len() > 20);
        for piece in arcs.arcs.iter().flat_map(|a| &a.pieces) {
            for r in piece.drawn_rects(2.5) {
                for g in &glyphs {
                    assert!(!overlap(&r, g), "arc {r:?} over glyph {g:?}");
                }
            }
        }
    }
}

#[test]
fn a_click_on_an_arc_or_its_label_finds_it() {
    let layout = lay_out(ARABIC, 2000.0);
    let specs = [
        spec(find(ARABIC, "المتحدث", 0), find(ARABIC, "الوزارة", 0)),
        spec(find(ARABIC, "الاجتماع", 0), find(ARABIC, "العاصمة", 0)),
    ];
    let arcs = arc_layout(&layout, &specs);
    for arc in &arcs.arcs {
        let p = &arc.pieces[0];
        let (cx, cy) = p.label.centre();
        assert_eq!(arcs.arc_at(cx, cy), Some(arc.spec));
        // On the lane beside the label, and on a leg halfway down.
        assert_eq!(arcs.arc_at(p.to.0 + 1.0, p.y + 2.0), Some(arc.spec));
        assert_eq!(
            arcs.arc_at(p.from.0 - 2.0, f32::midpoint(p.y, p.foot)),
            Some(arc.spec)
        );
    }
    // On the text, or in the gap far from any arc: nothing.
    let line = &arcs.layout.lines[0];
    let (x, y) = (line.right() - 2.0, line.top + line.height / 2.0);
    assert_eq!(arcs.arc_at(x, y), None);
    assert_eq!(arcs.arc_at(1990.0, line.top - 10.0), None);
}

#[test]
fn room_is_made_only_where_arcs_are_and_the_selected_one_stands_out() {
    let layout = lay_out(ARABIC, 300.0);
    assert_eq!(*arc_layout(&layout, &[]).layout, layout);
    let mut specs = vec![
        spec(find(ARABIC, "المتحدث", 0), find(ARABIC, "الوزارة", 0)),
        spec(find(ARABIC, "الموعد", 0), find(ARABIC, "الوزارة", 1)),
    ];
    specs[1].selected = true;
    let arcs = arc_layout(&layout, &specs);
    assert!(arcs.layout.height > layout.height);
    let by_spec = |i: usize| arcs.arcs.iter().find(|a| a.spec == i).expect("arc");
    assert!(by_spec(0).faded && !by_spec(0).selected);
    assert!(!by_spec(1).faded && by_spec(1).selected);
    // The selected one is drawn last.
    assert_eq!(arcs.arcs.last().map(|a| a.spec), Some(1));
    // A span outside the text gets no arc.
    let far = spec(5000..5004, 0..3);
    assert!(arc_layout(&layout, &[far]).arcs[0].pieces.is_empty());
}

#[test]
fn a_relation_to_another_document_is_a_short_piece_toward_where_reading_goes() {
    let layout = lay_out(ARABIC, 2000.0);
    let here = find(ARABIC, "الوزارة", 0);
    let to_elsewhere = ArcSpec {
        away: Some(Away::Target),
        ..spec(here.clone(), 0..0)
    };
    let from_elsewhere = ArcSpec {
        away: Some(Away::Source),
        ..spec(0..0, here.clone())
    };
    let arcs = arc_layout(&layout, &[to_elsewhere, from_elsewhere]);
    let piece = |i: usize| {
        let arc = arcs.arcs.iter().find(|a| a.spec == i).expect("an arc");
        let [piece] = arc.pieces.as_slice() else {
            panic!("one piece: {:?}", arc.pieces)
        };
        piece.clone()
    };
    let (out, into) = (piece(0), piece(1));
    assert_eq!(out.line, line_of(&layout, &here));
    // Arabic: reading goes on to the left. The target elsewhere is left of the span, the
    // piece open there; no arrowhead on this document's side.
    assert_eq!((out.from.1, out.to.1), (End::Span, End::Continues));
    assert!(out.to.0 < out.from.0, "{out:?}");
    assert!(!out.arrow);
    // Short: its label and a little more, not to the edge of the page.
    let reach = out.from.0 - out.to.0;
    assert!(reach > 30.0 && reach < 80.0, "{reach}");
    // A source elsewhere comes in from the right (where reading comes from), arrow at the span.
    assert_eq!((into.from.1, into.to.1), (End::Continues, End::Span));
    assert!(into.from.0 > into.to.0, "{into:?}");
    assert!(into.arrow);
    // The two ends on one span are spread apart, not one leg for both.
    assert!((into.to.0 - out.from.0).abs() > 1.0, "{into:?} {out:?}");
    // A click on the piece finds it.
    let x = f32::midpoint(out.from.0, out.to.0);
    assert!(arcs.arcs[arcs.arc_at(x, out.y).expect("hit")].spec <= 1);
}
