//! UAX#9 for one paragraph: embedding levels and visual runs of a line, through unicode-bidi.
//! Offsets here are bytes into the paragraph text; `layout` converts them to char offsets.

use std::ops::Range;

use unicode_bidi::{BidiInfo, Level};

use crate::model::BaseDirection;

/// A maximal run of one embedding level, in visual order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelRun {
    pub bytes: Range<usize>,
    pub level: u8,
}

impl LevelRun {
    pub fn is_rtl(&self) -> bool {
        self.level % 2 == 1
    }
}

/// Resolved bidi information for one paragraph (text without its separator).
pub struct ParagraphBidi<'t> {
    info: BidiInfo<'t>,
}

impl<'t> ParagraphBidi<'t> {
    /// `text` must hold exactly one paragraph: callers split at paragraph separators first.
    pub fn new(text: &'t str, base: BaseDirection) -> Self {
        let level = match base {
            BaseDirection::Auto => None,
            BaseDirection::Ltr => Some(Level::ltr()),
            BaseDirection::Rtl => Some(Level::rtl()),
        };
        ParagraphBidi {
            info: BidiInfo::new(text, level),
        }
    }

    /// The paragraph embedding level: from the first strong character under `Auto` (P2–P3),
    /// LTR when there is none.
    pub fn base_level(&self) -> u8 {
        self.info.paragraphs.first().map_or(0, |p| p.level.number())
    }

    pub fn is_rtl(&self) -> bool {
        self.base_level() % 2 == 1
    }

    /// Levels after rules L1 (whitespace at the line end takes the paragraph level) for the line
    /// `line` (bytes), one entry per byte of the whole paragraph; and the line's level runs in
    /// visual order, left to right.
    pub fn line(&self, line: Range<usize>) -> (Vec<u8>, Vec<LevelRun>) {
        let Some(para) = self.info.paragraphs.first() else {
            return (Vec::new(), Vec::new());
        };
        if line.is_empty() {
            return (Vec::new(), Vec::new());
        }
        let (levels, runs) = self.info.visual_runs(para, line);
        let runs = runs
            .into_iter()
            .filter(|r| !r.is_empty())
            .map(|r| LevelRun {
                level: levels[r.start].number(),
                bytes: r,
            })
            .collect();
        (levels.into_iter().map(|l| l.number()).collect(), runs)
    }
}

/// Whether a character is removed by rule X9 (embedding controls and boundary neutrals): it
/// has no level of its own and takes no place in the visual order.
pub fn is_removed_by_x9(c: char) -> bool {
    use unicode_bidi::BidiClass::{BN, LRE, LRO, PDF, RLE, RLO};
    matches!(
        unicode_bidi::bidi_class(c),
        RLE | LRE | RLO | LRO | PDF | BN
    )
}

/// The characters of `text` (one paragraph, one line) in visual order, as char indices, leaving
/// out those removed by X9; with the resolved level of every char (`None` for removed ones).
/// This is the reordering the article view uses, exposed whole for conformance testing.
pub fn reorder(text: &str, base: BaseDirection) -> (u8, Vec<Option<u8>>, Vec<usize>) {
    let bidi = ParagraphBidi::new(text, base);
    let (levels, runs) = bidi.line(0..text.len());
    let char_of_byte = char_indices_by_byte(text);
    let resolved = text
        .char_indices()
        .map(|(b, c)| (!is_removed_by_x9(c)).then(|| levels[b]))
        .collect();
    let mut order = Vec::with_capacity(text.len());
    for run in &runs {
        let chars = text[run.bytes.clone()]
            .char_indices()
            .map(|(b, c)| (run.bytes.start + b, c))
            .filter(|&(_, c)| !is_removed_by_x9(c))
            .map(|(b, _)| char_of_byte[b]);
        if run.is_rtl() {
            let mut v: Vec<usize> = chars.collect();
            v.reverse();
            order.extend(v);
        } else {
            order.extend(chars);
        }
    }
    (bidi.base_level(), resolved, order)
}

/// `result[byte]` = index of the char starting at that byte (only meaningful at char starts);
/// one extra entry maps `text.len()` to the char count.
pub fn char_indices_by_byte(text: &str) -> Vec<usize> {
    let mut table = vec![0; text.len() + 1];
    let mut n = 0;
    for (b, c) in text.char_indices() {
        for slot in &mut table[b..b + c.len_utf8()] {
            *slot = n;
        }
        n += 1;
    }
    table[text.len()] = n;
    table
}

/// `text` rearranged so that egui's own label, which shapes each word on its own but places the
/// words left to right, shows it in bidi order: within each right-to-left run the words (and
/// the spaces between them) are put in reverse order, each word's letters left in logical
/// order for the shaper. For short single-line strings in widgets egui draws itself (menus,
/// table cells, buttons); article text goes through [`crate::text::layout`] instead.
///
/// In a message that starts left to right, what stands between « and » (how hashiya quotes an
/// analyst's or an article's words) is a bidi isolate: a quote that mixes Arabic with Latin or
/// digits reads as one piece, instead of its runs being ordered with the message's.
///
/// egui shapes a run of Arabic-Indic digits (one face's run, like Arabic letters) right to
/// left: "١٢" would show as "٢١". Each such run is handed over reversed, so it shows in the
/// order it reads.
pub fn display_order(text: &str) -> String {
    with_digit_runs_reversed(&arranged(text))
}

/// Arabic-Indic and Extended Arabic-Indic digits, with the Arabic decimal and thousands
/// separators that stand between them.
fn is_arabic_digit(c: char) -> bool {
    matches!(c, '\u{0660}'..='\u{0669}' | '\u{066B}' | '\u{066C}' | '\u{06F0}'..='\u{06F9}')
}

/// `text` with every run of [`is_arabic_digit`] characters reversed.
fn with_digit_runs_reversed(text: &str) -> String {
    if !text.chars().any(is_arabic_digit) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut run: Vec<char> = Vec::new();
    for c in text.chars() {
        if is_arabic_digit(c) {
            run.push(c);
        } else {
            out.extend(run.drain(..).rev());
            out.push(c);
        }
    }
    out.extend(run.drain(..).rev());
    out
}

/// [`display_order`] before the digits' runs are turned round for egui's shaper.
fn arranged(text: &str) -> String {
    if !text.chars().any(is_strong_rtl) {
        // Isolate marks are for the reordering; egui has no glyph for them.
        return text.chars().filter(|&c| c != FSI && c != PDI).collect();
    }
    let text = with_isolated_quotes(text);
    let mut out = String::with_capacity(text.len());
    for (i, para) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if para.is_empty() {
            continue;
        }
        let bidi = ParagraphBidi::new(para, BaseDirection::Auto);
        let (_, runs) = bidi.line(0..para.len());
        for run in runs {
            let s = &para[run.bytes.clone()];
            let shown = |t: &str, out: &mut String| {
                out.extend(t.chars().filter(|&c| c != FSI && c != PDI));
            };
            if run.is_rtl() {
                for piece in rtl_pieces(s).iter().rev() {
                    match mirrored_alone(piece) {
                        Some(mirror) => out.push(mirror),
                        None => shown(piece, &mut out),
                    }
                }
            } else {
                shown(s, &mut out);
            }
        }
    }
    out
}

/// First strong isolate … pop directional isolate, around every «…».
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// `text` with what stands between « and » made a bidi isolate when the text starts left to
/// right (a message of hashiya's quoting an analyst's or an article's words): a quote mixing
/// Arabic with Latin or digits then reads as one piece. Text that starts in Arabic is one
/// right-to-left paragraph already and is returned as it is. The isolate marks are invisible;
/// [`crate::text::layout`] draws nothing for them.
pub fn with_isolated_quotes(text: &str) -> String {
    let first_strong_ltr = text
        .chars()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            unicode_bidi::BidiClass::L => Some(true),
            unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL => Some(false),
            _ => None,
        })
        .unwrap_or(false);
    if first_strong_ltr && text.contains('«') {
        isolate_quotes(text)
    } else {
        text.to_owned()
    }
}

fn isolate_quotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut open = 0usize;
    for c in text.chars() {
        match c {
            '»' if open > 0 => {
                out.push(PDI);
                out.push(c);
                open -= 1;
            }
            '«' => {
                out.push(c);
                out.push(FSI);
                open += 1;
            }
            '\n' => {
                // An isolate never spans paragraphs.
                out.extend(std::iter::repeat_n(PDI, open));
                open = 0;
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A neutral character of the Arabic blocks that is not a digit (those are turned round on their
/// own): the comma, the date separator, the percent sign and the like.
fn is_arabic_punctuation(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}')
        && !is_arabic_digit(c)
        && matches!(
            unicode_bidi::bidi_class(c),
            unicode_bidi::BidiClass::CS
                | unicode_bidi::BidiClass::ET
                | unicode_bidi::BidiClass::ES
                | unicode_bidi::BidiClass::ON
        )
}

fn is_strong_rtl(c: char) -> bool {
    matches!(
        unicode_bidi::bidi_class(c),
        unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
    )
}

/// A right-to-left run cut where egui would place its pieces left to right: each stretch of
/// letters written right to left (with their marks and joiners) stays whole, for the shaper to
/// join and order; every other character (spaces, punctuation, brackets, which the Arabic face
/// often lacks and egui takes from another face) is a piece of its own — except the Arabic
/// script's own punctuation (`،` `٪`), which the Arabic face draws: egui shapes it in one run with
/// the word it touches, right to left, so it must stay in that word in logical order (as its own
/// piece it would land on the word's right, «،تنقل تعارض»).
fn rtl_pieces(s: &str) -> Vec<&str> {
    let joins = |c: char| {
        is_strong_rtl(c)
            || is_arabic_punctuation(c)
            || matches!(
                unicode_bidi::bidi_class(c),
                unicode_bidi::BidiClass::NSM | unicode_bidi::BidiClass::BN
            )
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        let word = joins(c);
        if i > start && !(word && in_word) {
            out.push(&s[start..i]);
            start = i;
        }
        in_word = word;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// The mirrored form of a piece that is one bracket-like character (at a right-to-left level
/// "(" shows as ")"; egui draws the glyph as it is given).
fn mirrored_alone(piece: &str) -> Option<char> {
    let mut chars = piece.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => unicode_bidi_mirroring::get_mirrored(c),
        _ => None,
    }
}

#[cfg(test)]
mod display_tests {
    use super::display_order;

    #[test]
    fn brackets_in_right_to_left_text_are_mirrored_and_placed_apart() {
        // "(6)" after the words, read from the right: shown on the left, the right way round.
        assert_eq!(display_order("تحديد الكل (6)"), "(6) الكل تحديد");
        // A bracket against a word is its own piece: egui would put it on the word's left.
        assert_eq!(display_order("قال (نعم)"), "(نعم) قال");
        assert_eq!(display_order("قال: «نعم»"), "«نعم» :قال");
        // The Arabic comma and percent sign stay with the word they follow, in logical order:
        // egui shapes them with it, right to left.
        assert_eq!(display_order("تنقل، تعارض"), "تعارض تنقل،");
        assert_eq!(display_order("أحمد، محمد وعلي"), "وعلي محمد أحمد،");
        assert_eq!(display_order("نسبة ٥٠٪ تقريبًا"), "تقريبًا ٪٠٥ نسبة");
        assert_eq!(display_order("تنقل ، تعارض"), "تعارض ، تنقل");
        // Harakat and joiners stay with their letters.
        assert_eq!(display_order("كَتَبَ الدرسَ"), "الدرسَ كَتَبَ");
        assert_eq!(display_order("می\u{200c}خواهم"), "می\u{200c}خواهم");
        // Left-to-right text keeps its brackets as they are.
        assert_eq!(display_order("Select all (6)"), "Select all (6)");
    }

    #[test]
    fn arabic_indic_digits_are_handed_to_egui_turned_round() {
        // egui shapes them right to left, as it does Arabic letters.
        assert_eq!(display_order("١٢"), "٢١");
        assert_eq!(display_order("٢٠٢٥-٠٨-٢٩"), "٥٢٠٢-٨٠-٩٢");
        assert_eq!(display_order("١٢ مستندًا"), "مستندًا ٢١");
        assert_eq!(display_order("12 مستندًا"), "مستندًا 12");
    }

    #[test]
    fn words_of_rtl_runs_are_reversed_for_egui() {
        assert_eq!(display_order("Hello"), "Hello");
        assert_eq!(
            display_order("وزارة الدفاع الروسية"),
            "الروسية الدفاع وزارة"
        );
        // A Latin word inside Arabic keeps its place in the visual order.
        assert_eq!(display_order("قالت BBC اليوم"), "اليوم BBC قالت");
        // Latin text with an Arabic name: only the Arabic run is reversed.
        assert_eq!(
            display_order("Claim by وزارة الدفاع"),
            "Claim by الدفاع وزارة"
        );
        // A quoted mix of Arabic, Latin and digits reads as one piece inside an English message.
        assert_eq!(
            display_order("0 hit(s) for «قالت وكالة AP اليوم»"),
            "0 hit(s) for «اليوم AP وكالة قالت»"
        );
        assert!(!display_order("Labelled «قال 25» as X").contains(['\u{2068}', '\u{2069}']));
        // An isolate keeps a name's own direction inside a left-to-right row, and its marks,
        // which egui cannot draw, are gone whether or not there was anything to reorder.
        assert_eq!(
            display_order("🗀 \u{2068}مقالات 2017\u{2069}"),
            "🗀 2017 مقالات"
        );
        assert_eq!(display_order("🗀 \u{2068}notes\u{2069}"), "🗀 notes");
    }
}
