//! Layout tests over the bundled fonts only (`HarfShaper`): structural invariants and hit-testing
//! on the sample corpus at three widths, a handful of small bidi cases, and the `hashiya layout`
//! CLI output. Nothing here touches the machine's fonts or a window.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use hashiya::model::BaseDirection;
use hashiya::text::layout::{
    Cluster, DocumentLayout, LineLayout, VisualRun, is_paragraph_separator,
};
use hashiya::text::{Face, FontStack, HarfShaper, LayoutOptions, layout_document};
use unicode_segmentation::UnicodeSegmentation as _;

const WIDTHS: [f32; 3] = [300.0, 700.0, 1200.0];
const FONT_SIZE: f32 = 20.0;

fn shaper() -> &'static HarfShaper {
    static SHAPER: OnceLock<HarfShaper> = OnceLock::new();
    SHAPER.get_or_init(|| HarfShaper::new().expect("bundled fonts load"))
}

fn options(width: f32, base: BaseDirection) -> LayoutOptions {
    LayoutOptions {
        width,
        font_size: FONT_SIZE,
        fonts: FontStack::default(),
        base,
    }
}

fn lay_out(text: &str, width: f32, base: BaseDirection) -> DocumentLayout {
    layout_document(text, &options(width, base), shaper())
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/corpus")
}

/// Every `*.txt` of the sample corpus, normalised as the importer and the CLI do.
fn corpus() -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("assets/corpus exists")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 6,
        "sample corpus is missing files: {files:?}"
    );
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("corpus file is UTF-8");
            let text = text.replace("\r\n", "\n").replace('\r', "\n");
            let name = p
                .file_name()
                .expect("file name")
                .to_string_lossy()
                .into_owned();
            (
                name,
                text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_owned(),
            )
        })
        .collect()
}

/// Every corpus file laid out at every test width.
fn corpus_layouts() -> Vec<(String, f32, String, DocumentLayout)> {
    let mut out = Vec::new();
    for (name, text) in corpus() {
        for width in WIDTHS {
            let layout = lay_out(&text, width, BaseDirection::Auto);
            out.push((name.clone(), width, text.clone(), layout));
        }
    }
    out
}

fn chars(text: &str) -> Vec<char> {
    text.chars().collect()
}

fn slice(text: &[char], r: Range<usize>) -> String {
    text[r].iter().collect()
}

/// Char offsets where grapheme clusters start, plus the text length.
fn grapheme_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut n = 0;
    for g in text.graphemes(true) {
        starts.push(n);
        n += g.chars().count();
    }
    starts.push(n);
    starts
}

/// Asserts that `parts`, in any order, tile `whole` exactly: no gap, no overlap.
fn assert_tiles(whole: &Range<usize>, parts: impl IntoIterator<Item = Range<usize>>, what: &str) {
    let mut parts: Vec<Range<usize>> = parts.into_iter().collect();
    parts.sort_by_key(|r| (r.start, r.end));
    let mut at = whole.start;
    for p in &parts {
        assert!(
            p.start < p.end || whole.is_empty(),
            "{what}: empty part {p:?} in {whole:?}: {parts:?}"
        );
        assert_eq!(
            p.start, at,
            "{what}: gap or overlap at {at} in {whole:?}: {parts:?}"
        );
        at = p.end;
    }
    assert_eq!(
        at, whole.end,
        "{what}: parts {parts:?} do not reach the end of {whole:?}"
    );
}

fn find_cluster(layout: &DocumentLayout, i: usize) -> (&LineLayout, &VisualRun, &Cluster) {
    for line in &layout.lines {
        for run in &line.runs {
            for piece in &run.pieces {
                if let Some(c) = piece.clusters.iter().find(|c| c.chars.contains(&i)) {
                    return (line, run, c);
                }
            }
        }
    }
    panic!("char {i} is in no cluster");
}

// ---------------------------------------------------------------------------------------------
// Invariants, checked on the corpus and on generated text

/// Paragraphs plus one separator between each two cover the text, in order; lines tile each
/// paragraph, contiguous and in order.
fn check_cover(ctx: &str, text: &str, layout: &DocumentLayout) {
    let cs = chars(text);
    assert_eq!(layout.char_len, cs.len(), "{ctx}: char_len");
    let mut at = 0;
    for (k, para) in layout.paragraphs.iter().enumerate() {
        assert_eq!(para.chars.start, at, "{ctx}: paragraph {k} start");
        assert!(
            cs[para.chars.clone()]
                .iter()
                .all(|&c| !is_paragraph_separator(c)),
            "{ctx}: paragraph {k} holds a separator"
        );
        at = para.chars.end;
        if k + 1 < layout.paragraphs.len() {
            assert!(
                is_paragraph_separator(cs[at]),
                "{ctx}: no separator after paragraph {k}"
            );
            at += 1;
        }
    }
    assert_eq!(at, cs.len(), "{ctx}: paragraphs stop before the end");
    assert_eq!(
        layout.paragraphs.len(),
        text.split('\n').count(),
        "{ctx}: paragraph count"
    );

    let mut next_line = 0;
    for (k, para) in layout.paragraphs.iter().enumerate() {
        assert_eq!(para.lines.start, next_line, "{ctx}: paragraph {k} lines");
        assert!(!para.lines.is_empty(), "{ctx}: paragraph {k} has no line");
        next_line = para.lines.end;
        let mut at = para.chars.start;
        for (j, line) in layout.lines[para.lines.clone()].iter().enumerate() {
            assert_eq!(line.para, k, "{ctx}: line para");
            assert_eq!(line.index_in_para, j, "{ctx}: line index");
            assert_eq!(
                line.chars.start, at,
                "{ctx}: paragraph {k} line {j} does not continue the previous"
            );
            assert!(
                !line.chars.is_empty() || para.chars.is_empty(),
                "{ctx}: empty line {j} in paragraph {k}"
            );
            at = line.chars.end;
        }
        assert_eq!(
            at, para.chars.end,
            "{ctx}: lines of paragraph {k} stop early"
        );
    }
    assert_eq!(
        next_line,
        layout.lines.len(),
        "{ctx}: lines outside any paragraph"
    );
    for pair in layout.lines.windows(2) {
        assert!(
            pair[1].top >= pair[0].bottom() - 0.01,
            "{ctx}: lines overlap vertically"
        );
    }
}

/// Runs tile each line, pieces each run, clusters each piece; each is placed right after the
/// previous one, left to right.
fn check_tiling(ctx: &str, text: &str, layout: &DocumentLayout) {
    let cs = chars(text);
    for (li, line) in layout.lines.iter().enumerate() {
        let ctx = format!("{ctx}, line {li} {:?}", slice(&cs, line.chars.clone()));
        assert_tiles(
            &line.chars,
            line.runs.iter().map(|r| r.chars.clone()),
            &format!("{ctx}: runs"),
        );
        let mut x = line.left();
        for run in &line.runs {
            assert_eq!(run.rtl, run.level % 2 == 1, "{ctx}: run direction vs level");
            assert!(
                (run.x - x).abs() < 0.01,
                "{ctx}: runs are not placed side by side"
            );
            x = run.x + run.width;
            assert_tiles(
                &run.chars,
                run.pieces.iter().map(|p| p.chars.clone()),
                &format!("{ctx}: pieces"),
            );
            let mut px = run.x;
            for piece in &run.pieces {
                assert!(
                    (piece.x - px).abs() < 0.01,
                    "{ctx}: pieces are not placed side by side"
                );
                px = piece.x + piece.width;
                assert_tiles(
                    &piece.chars,
                    piece.clusters.iter().map(|c| c.chars.clone()),
                    &format!("{ctx}: clusters"),
                );
                let mut cx = piece.x;
                for c in &piece.clusters {
                    assert!(
                        (c.x - cx).abs() < 0.01,
                        "{ctx}: clusters are not placed side by side"
                    );
                    assert!(c.width >= 0.0, "{ctx}: negative advance");
                    assert_eq!(c.rtl, run.rtl, "{ctx}: cluster direction");
                    assert!(
                        c.parts.windows(2).all(|w| w[0] < w[1])
                            && c.parts
                                .iter()
                                .all(|p| c.chars.start < *p && *p < c.chars.end),
                        "{ctx}: cluster parts {c:?}"
                    );
                    cx = c.x + c.width;
                }
                assert!(
                    (cx - px).abs() < 0.01,
                    "{ctx}: piece width is not the sum of its clusters"
                );
            }
            assert!(
                (px - x).abs() < 0.01,
                "{ctx}: run width is not the sum of its pieces"
            );
        }
    }
}

/// Every line boundary inside a paragraph is a UAX#14 opportunity (`whole_words`, for normal
/// widths) or at least a grapheme boundary; every line fits, apart from whitespace hanging at
/// its end and a single grapheme wider than the line.
fn check_breaks(ctx: &str, text: &str, layout: &DocumentLayout, whole_words: bool) {
    let cs = chars(text);
    let width = layout.options.width;
    let graphemes = grapheme_starts(text);
    for para in &layout.paragraphs {
        let para_text = slice(&cs, para.chars.clone());
        // Char offsets (within the paragraph) of UAX#14 opportunities, from the crate directly.
        let allowed: Vec<usize> = unicode_linebreak::linebreaks(&para_text)
            .map(|(b, _)| para_text[..b].chars().count())
            .collect();
        for line in &layout.lines[para.lines.clone()] {
            let show = || {
                format!(
                    "{:?} | {:?}",
                    slice(&cs, line.chars.clone()),
                    slice(&cs, line.chars.end..para.chars.end.min(line.chars.end + 20))
                )
            };
            if line.chars.end < para.chars.end {
                let at = line.chars.end - para.chars.start;
                if whole_words {
                    assert!(
                        allowed.contains(&at),
                        "{ctx}: line ends inside a word: {}",
                        show()
                    );
                } else {
                    assert!(
                        graphemes.contains(&line.chars.end),
                        "{ctx}: line ends inside a grapheme: {}",
                        show()
                    );
                }
            }
            let visible: Vec<&Cluster> = line
                .clusters()
                .filter(|c| !cs[c.chars.start].is_whitespace() && c.width > 0.0)
                .collect();
            let (l, r) = visible.iter().fold((f32::MAX, f32::MIN), |(l, r), c| {
                (l.min(c.x), r.max(c.x + c.width))
            });
            let one_grapheme = graphemes
                .iter()
                .filter(|&&g| line.chars.contains(&g))
                .count()
                <= 1;
            if !visible.is_empty() && !one_grapheme {
                assert!(
                    l >= -0.01 && r <= width + 0.01,
                    "{ctx}: line overflows ({l}..{r}): {}",
                    show()
                );
            }
        }
    }
}

/// For every grapheme with a visible extent: the centre of its rectangle hits it, and its
/// leading edge (left in LTR text, right in RTL text) gives the caret before it. Returns how
/// many graphemes were checked.
fn check_hits(ctx: &str, text: &str, layout: &DocumentLayout) -> usize {
    let cs = chars(text);
    let mut checked = 0;
    for &i in &grapheme_starts(text) {
        if i >= cs.len() || is_paragraph_separator(cs[i]) {
            continue;
        }
        let rects = layout.range_rects(i..i + 1);
        let Some(rect) = rects.first() else {
            panic!("{ctx}: no rect for char {i}")
        };
        if rect.x1 - rect.x0 <= 0.0 {
            continue;
        }
        checked += 1;
        let ctx = format!(
            "{ctx}: char {i} {:?} in {:?}",
            cs[i],
            slice(&cs, i.saturating_sub(5)..(i + 5).min(cs.len()))
        );
        let (cx, cy) = rect.centre();
        assert_eq!(
            layout.char_at(cx, cy),
            Some(i),
            "{ctx}: char_at the centre of its rect {rect:?}"
        );

        let (_, run, _) = find_cluster(layout, i);
        let edge = if run.rtl { rect.x1 } else { rect.x0 };
        let caret = layout.caret_at(edge, cy);
        if caret.index != i {
            // Only where the neighbour across the edge has its own leading edge there too (a
            // change of direction) may the point give the neighbour's offset.
            let (_, other_run, _) = find_cluster(layout, caret.index);
            let other = layout.range_rects(caret.index..caret.index + 1)[0];
            let other_edge = if other_run.rtl { other.x1 } else { other.x0 };
            assert!(
                other_run.rtl != run.rtl && (other_edge - edge).abs() < 0.02,
                "{ctx}: caret at the leading edge {edge} of {rect:?} (rtl {}) gives {caret:?}",
                run.rtl
            );
        }
        // Just inside the leading edge there is no ambiguity.
        let inset = ((rect.x1 - rect.x0) / 4.0).min(0.25);
        let x = if run.rtl {
            rect.x1 - inset
        } else {
            rect.x0 + inset
        };
        assert_eq!(
            layout.caret_at(x, cy).index,
            i,
            "{ctx}: caret just inside the leading edge of {rect:?}"
        );
    }
    checked
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{660}'..='\u{669}').contains(&c)
        || ('\u{6F0}'..='\u{6F9}').contains(&c)
}

fn is_arabic_or_hebrew_letter(c: char) -> bool {
    c.is_alphabetic()
        && (('\u{590}'..='\u{5FF}').contains(&c) || ('\u{600}'..='\u{6FF}').contains(&c))
        && !is_digit(c)
}

/// Clusters of an RTL run, read right to left, and of an LTR run, read left to right, follow
/// logical order; Latin letters and digits sit in LTR runs, Arabic and Hebrew letters in RTL
/// runs (the texts tested use no explicit embeddings or overrides).
fn check_order(ctx: &str, text: &str, layout: &DocumentLayout) {
    let cs = chars(text);
    for line in &layout.lines {
        let ctx = format!("{ctx}: {:?}", slice(&cs, line.chars.clone()));
        for run in &line.runs {
            let clusters: Vec<&Cluster> = run.pieces.iter().flat_map(|p| &p.clusters).collect();
            for pair in clusters.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                assert!(b.x >= a.x - 0.01, "{ctx}: clusters out of x order");
                if run.rtl {
                    assert_eq!(
                        b.chars.end, a.chars.start,
                        "{ctx}: RTL run not in logical order right to left"
                    );
                } else {
                    assert_eq!(
                        a.chars.end, b.chars.start,
                        "{ctx}: LTR run not in logical order left to right"
                    );
                }
            }
            for c in &clusters {
                for &ch in &cs[c.chars.clone()] {
                    if ch.is_ascii_alphabetic() || is_digit(ch) {
                        assert!(!run.rtl, "{ctx}: {ch:?} in a right-to-left run");
                    }
                    if is_arabic_or_hebrew_letter(ch) {
                        assert!(run.rtl, "{ctx}: {ch:?} in a left-to-right run");
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The corpus

#[test]
fn paragraphs_and_lines_cover_the_text() {
    for (name, width, text, layout) in corpus_layouts() {
        check_cover(&format!("{name} at {width}"), &text, &layout);
    }
}

#[test]
fn runs_pieces_and_clusters_tile_their_parents() {
    for (name, width, text, layout) in corpus_layouts() {
        check_tiling(&format!("{name} at {width}"), &text, &layout);
    }
}

#[test]
fn lines_break_only_at_uax14_opportunities_and_fit() {
    for (name, width, text, layout) in corpus_layouts() {
        check_breaks(&format!("{name} at {width}"), &text, &layout, true);
    }
}

#[test]
fn hit_testing_round_trips_on_every_grapheme() {
    for (name, width, text, layout) in corpus_layouts() {
        let checked = check_hits(&format!("{name} at {width}"), &text, &layout);
        assert!(
            checked > 500,
            "{name} at {width}: only {checked} graphemes checked"
        );
    }
}

#[test]
fn visual_order_follows_runs() {
    let mut rtl_lines = 0;
    for (name, width, text, layout) in corpus_layouts() {
        check_order(&format!("{name} at {width}"), &text, &layout);
        rtl_lines += layout
            .lines
            .iter()
            .filter(|l| layout.paragraphs[l.para].rtl)
            .count();
    }
    assert!(
        rtl_lines > 50,
        "the corpus should exercise right-to-left paragraphs"
    );
}

#[test]
fn paragraph_direction_of_corpus_files() {
    for (name, text) in corpus() {
        let layout = lay_out(&text, 700.0, BaseDirection::Auto);
        let cs = chars(&text);
        for para in &layout.paragraphs {
            let first_strong = cs[para.chars.clone()]
                .iter()
                .find(|c| c.is_alphabetic() || **c == '\u{200E}' || **c == '\u{200F}');
            if let Some(&c) = first_strong {
                let want = c == '\u{200F}' || is_arabic_or_hebrew_letter(c);
                assert_eq!(
                    para.rtl,
                    want,
                    "{name}: paragraph {:?}",
                    slice(&cs, para.chars.clone())
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Small cases

/// Left edge of the cluster holding char `i`.
fn x_of(layout: &DocumentLayout, i: usize) -> f32 {
    find_cluster(layout, i).2.x
}

#[test]
fn digits_after_arabic_sit_left_in_order() {
    let text = "في 29 آب";
    let layout = lay_out(text, 700.0, BaseDirection::Auto);
    assert!(layout.paragraphs[0].rtl);
    let line = &layout.lines[0];
    // Visual order left to right: «آب», «29», «في».
    assert!(
        x_of(&layout, 6) < x_of(&layout, 3),
        "آب should be left of 29"
    );
    assert!(
        x_of(&layout, 4) < x_of(&layout, 0),
        "29 should be left of في"
    );
    assert!(x_of(&layout, 3) < x_of(&layout, 4), "2 should be left of 9");
    let digits = line
        .runs
        .iter()
        .find(|r| r.chars == (3..5))
        .expect("the digits are a run of their own");
    assert!(!digits.rtl);
    assert_eq!(digits.level, 2);
    let shown: String = digits.pieces.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(shown, "29");
    let right_edge = line.right();
    assert!(
        (right_edge - 700.0).abs() < 0.01,
        "an RTL paragraph is right-aligned, ends at {right_edge}"
    );
}

#[test]
fn arabic_indic_digits_keep_their_order() {
    let text = "في ٢٩ آب";
    let layout = lay_out(text, 700.0, BaseDirection::Auto);
    assert!(x_of(&layout, 3) < x_of(&layout, 4), "٢ should be left of ٩");
    assert!(x_of(&layout, 4) < x_of(&layout, 0));
}

#[test]
fn brackets_in_rtl_runs_are_reversed_and_mirrored() {
    let text = "قال (مصدر) إن";
    let cs = chars(text);
    let layout = lay_out(text, 700.0, BaseDirection::Auto);
    let line = &layout.lines[0];
    assert_eq!(line.runs.len(), 1, "all of it is one RTL run");
    let open = cs.iter().position(|&c| c == '(').expect("open bracket");
    let close = cs.iter().position(|&c| c == ')').expect("close bracket");
    // "(" is a piece of its own (the Arabic face has no brackets); ") " is another, whose space
    // stays in the face already in use. Both show reversed and mirrored.
    for (i, chars, shown) in [(open, open..open + 1, ")"), (close, close..close + 2, " (")] {
        let piece = line.runs[0]
            .pieces
            .iter()
            .find(|p| p.chars.contains(&i))
            .expect("piece");
        assert_eq!(
            piece.face,
            Face::NotoSans,
            "the Arabic face has no brackets"
        );
        assert_eq!(piece.chars, chars);
        assert_eq!(piece.text, shown, "bracket {i} should show mirrored");
    }
    // The opening bracket sits right of the word it opens, the closing one left of it.
    assert!(x_of(&layout, open) > x_of(&layout, open + 1));
    assert!(x_of(&layout, close) < x_of(&layout, close - 1));

    // A neutral-only piece of several graphemes is reversed as well as mirrored.
    let text = "قال ([مصدر]) إن";
    let layout = lay_out(text, 700.0, BaseDirection::Auto);
    let piece = layout.lines[0].runs[0]
        .pieces
        .iter()
        .find(|p| p.chars.start == 4)
        .expect("bracket piece");
    assert_eq!(piece.chars, 4..6);
    assert_eq!(piece.text, "])", "\"([\" shown right to left");
    assert!(x_of(&layout, 4) > x_of(&layout, 5), "( is right of [");
}

#[test]
fn hebrew_paragraph_is_rtl() {
    let text = "שלום עולם";
    let layout = lay_out(text, 700.0, BaseDirection::Auto);
    assert!(layout.paragraphs[0].rtl);
    let line = &layout.lines[0];
    assert!(line.runs.iter().all(|r| r.rtl));
    assert!(
        line.runs
            .iter()
            .flat_map(|r| &r.pieces)
            .all(|p| p.face == Face::NotoSansHebrew || p.text.trim().is_empty())
    );
    assert!(
        x_of(&layout, 0) > x_of(&layout, 5),
        "the first word is on the right"
    );
    assert!((line.right() - 700.0).abs() < 0.01);
}

#[test]
fn english_paragraph_is_ltr() {
    let text = "Nine of 18 aid trucks crossed the bridge.";
    let layout = lay_out(text, 700.0, BaseDirection::Auto);
    assert!(!layout.paragraphs[0].rtl);
    let line = &layout.lines[0];
    assert_eq!(line.runs.len(), 1);
    assert!(!line.runs[0].rtl);
    assert!(
        line.left().abs() < 0.01,
        "an LTR paragraph starts at the left edge"
    );
    assert!(x_of(&layout, 0) < x_of(&layout, 5));
    assert!(line.runs[0].pieces.iter().all(|p| p.face == Face::NotoSans));
}

#[test]
fn base_direction_auto_and_forced() {
    let text = "Reuters قال إن الجسر مغلق";
    let auto = lay_out(text, 700.0, BaseDirection::Auto);
    assert!(!auto.paragraphs[0].rtl, "first strong char is Latin");
    assert!(x_of(&auto, 0) < x_of(&auto, 8), "Latin word on the left");
    let rtl = lay_out(text, 700.0, BaseDirection::Rtl);
    assert!(rtl.paragraphs[0].rtl);
    assert!(
        x_of(&rtl, 0) > x_of(&rtl, 8),
        "under RTL the Latin word starts the line on the right"
    );
    let ltr = lay_out("قال Reuters", 700.0, BaseDirection::Ltr);
    assert!(!ltr.paragraphs[0].rtl);
}

#[test]
fn overlong_word_breaks_only_between_graphemes() {
    // One word with tashkeel on most letters, far wider than the line.
    let word = "اَلْمُسْتَشْفَيَاتُ".repeat(4);
    for text in [word.clone(), format!("في {word} آب")] {
        let cs = chars(&text);
        let starts = grapheme_starts(&text);
        for width in [40.0, 80.0] {
            let layout = lay_out(&text, width, BaseDirection::Auto);
            assert!(
                layout.lines.len() > 3,
                "the word should take several lines at {width}"
            );
            for line in &layout.lines {
                assert!(!line.chars.is_empty());
                assert!(
                    starts.contains(&line.chars.start),
                    "line starts inside a grapheme at {width}: {:?}",
                    slice(&cs, line.chars.clone())
                );
                let first = cs[line.chars.start];
                assert!(
                    !('\u{64B}'..='\u{652}').contains(&first),
                    "line starts with tashkeel {first:?}"
                );
                let visible: Vec<&Cluster> = line
                    .clusters()
                    .filter(|c| c.width > 0.0 && !cs[c.chars.start].is_whitespace())
                    .collect();
                let w: f32 = visible.iter().map(|c| c.width).sum();
                // A line holds at least one grapheme even when that alone is too wide.
                assert!(
                    w <= width + 0.01 || line.chars.len() <= 2,
                    "line too wide ({w}) at {width}"
                );
            }
        }
    }
}

/// Lam-alef is one ligature in every Arabic face, shaped as one cluster of two graphemes or as a
/// full-width lam and a zero-width alef (Noto Naskh Arabic); either way lam and alef must each
/// get half of it for hit-testing.
#[test]
fn lam_alef_ligature_hits_two_chars() {
    for face in hashiya::text::fonts::ARABIC_FACES {
        let opts = LayoutOptions {
            fonts: FontStack { primary: face },
            ..options(700.0, BaseDirection::Auto)
        };
        let layout = layout_document("لا", &opts, shaper());
        let ctx = format!("{face:?}");
        let lam = layout.range_rects(0..1);
        let alef = layout.range_rects(1..2);
        assert_eq!((lam.len(), alef.len()), (1, 1), "{ctx}");
        let (lam, alef) = (lam[0], alef[0]);
        assert!(
            lam.x1 - lam.x0 > 2.0 && alef.x1 - alef.x0 > 2.0,
            "{ctx}: both halves have width: {lam:?} {alef:?}"
        );
        assert!(
            lam.x0 >= alef.x1 - 0.01,
            "{ctx}: lam is right of alef in RTL"
        );
        let (lx, y) = lam.centre();
        let (ax, _) = alef.centre();
        assert_eq!(layout.char_at(lx, y), Some(0), "{ctx}");
        assert_eq!(layout.char_at(ax, y), Some(1), "{ctx}");
        // Carets: at the right edge before lam, between the halves after it, at the left edge
        // after alef; beyond either edge as at the edge.
        assert_eq!(layout.caret_at(lam.x1 - 0.1, y).index, 0, "{ctx}");
        assert_eq!(
            layout.caret_at(lam.x1, y).index,
            0,
            "{ctx}: on the right edge"
        );
        assert_eq!(
            layout.caret_at(lam.x1 + 5.0, y).index,
            0,
            "{ctx}: past the right edge"
        );
        assert_eq!(layout.caret_at(lam.x0 + 0.1, y).index, 1, "{ctx}");
        assert_eq!(layout.caret_at(alef.x1 - 0.1, y).index, 1, "{ctx}");
        assert_eq!(layout.caret_at(alef.x0 + 0.1, y).index, 2, "{ctx}");
        assert_eq!(
            layout.caret_at(alef.x0 - 5.0, y).index,
            2,
            "{ctx}: past the left edge"
        );
        assert_eq!(
            layout.range_rects(0..2).len(),
            1,
            "{ctx}: the whole ligature is one rectangle"
        );

        // Inside a word.
        let layout = layout_document("السلام عليكم", &opts, shaper());
        let (l, a) = (layout.range_rects(3..4)[0], layout.range_rects(4..5)[0]);
        assert!(l.x1 - l.x0 > 2.0 && a.x1 - a.x0 > 2.0, "{ctx}: {l:?} {a:?}");
        assert_eq!(layout.char_at(l.centre().0, l.centre().1), Some(3), "{ctx}");
        assert_eq!(layout.char_at(a.centre().0, a.centre().1), Some(4), "{ctx}");
    }
}

#[test]
fn empty_paragraphs() {
    for text in ["", "\n", "\n\nقال\n\n", "abc\n"] {
        let layout = lay_out(text, 300.0, BaseDirection::Auto);
        assert_eq!(
            layout.paragraphs.len(),
            text.split('\n').count(),
            "{text:?}"
        );
        assert_eq!(layout.char_len, text.chars().count());
        for para in &layout.paragraphs {
            assert!(
                !para.lines.is_empty(),
                "{text:?}: every paragraph has a line"
            );
            if para.chars.is_empty() {
                let line = &layout.lines[para.lines.start];
                assert_eq!(para.lines.len(), 1);
                assert_eq!(line.chars, para.chars);
                assert!(line.runs.is_empty());
                assert!(
                    line.height > 0.0,
                    "an empty paragraph still takes vertical space"
                );
            }
        }
        assert!(
            layout
                .range_rects(0..text.chars().count())
                .iter()
                .all(|r| r.x1 >= r.x0)
        );
        let _ = layout.caret_at(10.0, 5.0);
        let _ = layout.char_at(10.0, 5.0);
    }
    let rtl = lay_out("\n", 300.0, BaseDirection::Rtl);
    assert!(rtl.paragraphs.iter().all(|p| p.rtl));
}

// ---------------------------------------------------------------------------------------------
// Generated text

/// Words, numbers, punctuation and spacing of the kinds the corpus mixes, including the awkward
/// ones: lam-alef, tashkeel, tatweel, ZWNJ, LRM/RLM, Hebrew, mirrored brackets, a very long word.
const TOKENS: &[&str] = &[
    "قال",
    "السلام",
    "الإغاثة",
    "مُحَمَّدٌ",
    "لا",
    "الزيزفون",
    "بـ«العصابات»",
    "عـاجـل",
    "(ومو)",
    "ضد",
    "اَلْمُسْتَشْفَيَاتُ",
    "می\u{200C}خواهد",
    "שלום",
    "עולם",
    "Reuters",
    "U.N.",
    "OCHA",
    "al-Qadi",
    "29",
    "2025",
    "٢٩",
    "١٢٠٠",
    "۱۴۰۲",
    "6,400",
    "3.5%",
    "(",
    ")",
    "[",
    "]",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "–",
    "،",
    ".",
    "؛",
    "!",
    "\u{200F}",
    "\u{200E}",
    " ",
    " ",
    " ",
    "  ",
    "\n",
];

fn check_all(ctx: &str, text: &str, layout: &DocumentLayout) {
    check_cover(ctx, text, layout);
    check_tiling(ctx, text, layout);
    check_breaks(ctx, text, layout, false);
    check_hits(ctx, text, layout);
    check_order(ctx, text, layout);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 96, ..Default::default() })]

    #[test]
    fn generated_text_keeps_every_invariant(
        tokens in proptest::collection::vec(proptest::sample::select(TOKENS), 0..60),
        width in 15.0_f32..900.0,
        base in proptest::sample::select(vec![BaseDirection::Auto, BaseDirection::Ltr, BaseDirection::Rtl]),
    ) {
        let text: String = tokens.concat();
        let layout = lay_out(&text, width, base);
        check_all(&format!("{text:?} at {width} {base:?}"), &text, &layout);
    }
}

// ---------------------------------------------------------------------------------------------
// The CLI

fn run_cli(args: &[&str], file: &Path) -> Vec<serde_json::Value> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .arg("layout")
        .args(args)
        .arg(file)
        .output()
        .expect("run hashiya layout");
    assert!(
        out.status.success(),
        "hashiya layout failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn check_cli_output(lines: &[serde_json::Value], text: &str, layout: &DocumentLayout) {
    let cs = chars(text);
    assert_eq!(
        lines.len(),
        layout.lines.len(),
        "one JSON object per laid-out line"
    );
    for (json, line) in lines.iter().zip(&layout.lines) {
        let num = |v: &serde_json::Value, k: &str| {
            v[k].as_u64()
                .unwrap_or_else(|| panic!("{k} missing in {v}")) as usize
        };
        let (start, end) = (num(json, "start"), num(json, "end"));
        assert_eq!(num(json, "para"), line.para);
        assert_eq!(num(json, "line"), line.index_in_para);
        assert_eq!(start..end, line.chars);
        assert_eq!(
            json["base_rtl"].as_bool(),
            Some(layout.paragraphs[line.para].rtl)
        );
        assert_eq!(
            json["text"].as_str(),
            Some(slice(&cs, start..end).as_str()),
            "text is the char slice"
        );
        let runs = json["runs"].as_array().expect("runs");
        assert_eq!(runs.len(), line.runs.len());
        let mut prev_right = f64::MIN;
        let mut covered = Vec::new();
        for (r, run) in runs.iter().zip(&line.runs) {
            let x = r["x"].as_f64().expect("x");
            let w = r["width"].as_f64().expect("width");
            assert!(
                x >= prev_right - 0.01,
                "runs are printed left to right: {json}"
            );
            prev_right = x + w;
            assert_eq!(num(r, "start")..num(r, "end"), run.chars);
            assert_eq!(r["rtl"].as_bool(), Some(run.rtl));
            assert!((x - f64::from(run.x)).abs() < 0.01);
            covered.push(num(r, "start")..num(r, "end"));
        }
        assert_tiles(&line.chars, covered, "CLI runs");
    }
}

#[test]
fn cli_layout_prints_json_lines() {
    for (name, text) in corpus() {
        let path = corpus_dir().join(&name);
        for width in [300.0_f32, 700.0] {
            let lines = run_cli(&["--width", &width.to_string()], &path);
            let layout = lay_out(&text, width, BaseDirection::Auto);
            check_cli_output(&lines, &text, &layout);
        }
    }
    // A small file of our own, CRLF line endings, forced direction.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("mixed.txt");
    std::fs::write(&path, "في 29 آب (Reuters)\r\n\r\nEnglish «عربي» 12\r\n").expect("write");
    let text = "في 29 آب (Reuters)\n\nEnglish «عربي» 12\n";
    let lines = run_cli(&["--width", "700", "--direction", "rtl"], &path);
    check_cli_output(&lines, text, &lay_out(text, 700.0, BaseDirection::Rtl));
    assert_eq!(lines[0]["text"].as_str(), Some("في 29 آب (Reuters)"));
    assert!(lines.iter().all(|l| l["base_rtl"].as_bool() == Some(true)));
    let runs = lines[0]["runs"].as_array().expect("runs");
    // Left to right: ")" (mirrored, RTL), "Reuters" (LTR), "( آب 29 في" (RTL, digits LTR inside).
    assert_eq!(runs[0]["rtl"], true, "{}", lines[0]);
    assert_eq!(
        (
            runs[1]["start"].as_u64(),
            runs[1]["end"].as_u64(),
            runs[1]["rtl"].as_bool()
        ),
        (Some(10), Some(17), Some(false))
    );
}

#[test]
fn a_word_with_a_lam_alef_ligature_highlights_as_one_rectangle() {
    // «الحافلات» holds «لا», one glyph for two graphemes: its halves must not split the word's
    // highlight (the right half comes first in right-to-left text).
    let text = "وصلت الحافلات إلى البلدة";
    let layout = lay_out(text, 600.0, BaseDirection::Auto);
    let start = text.chars().position(|c| c == 'ح').expect("ح") - 2;
    let word = start..start + "الحافلات".chars().count();
    let rects = layout.range_rects(word.clone());
    assert_eq!(rects.len(), 1, "{rects:?}");
    // And every tail of the word is one rectangle too.
    for s in word.start..word.end {
        assert_eq!(layout.range_rects(s..word.end).len(), 1, "from {s}");
    }
}

#[test]
fn a_paragraph_of_forty_thousand_letters_without_a_space_is_laid_out_in_pieces() {
    // Long enough to be cut into pieces: lines still tile the text in order, fit the width,
    // keep the paragraph's direction, and never split a grapheme.
    let word = "بَيْت".repeat(8_000);
    let text = format!("{word} نهاية");
    let layout = lay_out(&text, 300.0, BaseDirection::Auto);
    check_cover("long", &text, &layout);
    check_tiling("long", &text, &layout);
    assert!(layout.paragraphs[0].rtl);
    let starts = grapheme_starts(&text);
    for line in &layout.lines {
        assert!(line.right() - line.left() <= 300.5, "{:?}", line.chars);
        assert!(starts.binary_search(&line.chars.start).is_ok() || line.chars.start == 0);
    }
    let n = layout.lines.len();
    assert!(n > 100, "{n} lines");
    let in_para: Vec<usize> = layout.lines.iter().map(|l| l.index_in_para).collect();
    assert_eq!(
        in_para,
        (0..n).collect::<Vec<_>>(),
        "one paragraph, lines numbered in order"
    );
}
