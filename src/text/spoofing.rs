//! Characters that can make text look other than it is: bidi controls, directional marks and
//! invisible characters.
//!
//! A right-to-left override (RLO) pasted into an article shows a name or a number reversed; an
//! isolate can hide where a quotation really ends; a zero-width space inside a name stops search
//! and alias matching from finding it while it looks the same on screen. An analyst comparing
//! outlets needs to see such characters, not have them silently obeyed, so:
//!
//! * [`find_suspicious`] lists them with their char offsets and kinds;
//! * [`has_overrides_or_isolates`] answers the one question worth a warning banner;
//! * [`visible_marks`] writes each one as a visible label («⟨RLO⟩»), with an offset map so a view
//!   can show the labelled text and still map clicks and spans to the original offsets.
//!
//! ZWNJ and ZWJ have a legitimate use in Arabic-script text: between two letters that would
//! otherwise join, ZWNJ breaks the join (Persian «می‌خواهم») and ZWJ keeps it. Those are not
//! reported; only a ZWNJ or ZWJ elsewhere is. A ZWJ inside an emoji sequence (👩‍💻) is not
//! reported either. A byte order mark is reported only after the first char: at the very start
//! it is the file's encoding signature (and import removes it).

use std::fmt;

use unicode_segmentation::UnicodeSegmentation as _;

/// One kind of character this module reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// U+202A LEFT-TO-RIGHT EMBEDDING.
    Lre,
    /// U+202B RIGHT-TO-LEFT EMBEDDING.
    Rle,
    /// U+202C POP DIRECTIONAL FORMATTING.
    Pdf,
    /// U+202D LEFT-TO-RIGHT OVERRIDE.
    Lro,
    /// U+202E RIGHT-TO-LEFT OVERRIDE.
    Rlo,
    /// U+2066 LEFT-TO-RIGHT ISOLATE.
    Lri,
    /// U+2067 RIGHT-TO-LEFT ISOLATE.
    Rli,
    /// U+2068 FIRST STRONG ISOLATE.
    Fsi,
    /// U+2069 POP DIRECTIONAL ISOLATE.
    Pdi,
    /// U+200E LEFT-TO-RIGHT MARK.
    Lrm,
    /// U+200F RIGHT-TO-LEFT MARK.
    Rlm,
    /// U+061C ARABIC LETTER MARK.
    Alm,
    /// U+200B ZERO WIDTH SPACE.
    Zwsp,
    /// U+200C ZERO WIDTH NON-JOINER, outside its use between joining letters.
    Zwnj,
    /// U+200D ZERO WIDTH JOINER, outside its use between joining letters or in an emoji.
    Zwj,
    /// U+2060 WORD JOINER.
    WordJoiner,
    /// U+FEFF ZERO WIDTH NO-BREAK SPACE (byte order mark) after the start of the text.
    Bom,
}

/// What a [`Kind`] does, for grouping in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// LRE, RLE, PDF: change the embedding level (neutrals and numbers move).
    Embedding,
    /// LRO, RLO: force a direction on every char up to the next PDF (letters show reversed).
    Override,
    /// LRI, RLI, FSI, PDI: isolate a stretch from its surroundings.
    Isolate,
    /// LRM, RLM, ALM: invisible strong (or Arabic-letter) characters.
    Mark,
    /// Zero-width characters that split or join words invisibly.
    Invisible,
}

impl Kind {
    /// The kind of `c` regardless of context, or `None` when `c` is not one of these characters.
    /// ([`find_suspicious`] also looks at the context of ZWNJ, ZWJ and BOM.)
    pub fn of(c: char) -> Option<Kind> {
        Some(match c {
            '\u{202A}' => Kind::Lre,
            '\u{202B}' => Kind::Rle,
            '\u{202C}' => Kind::Pdf,
            '\u{202D}' => Kind::Lro,
            '\u{202E}' => Kind::Rlo,
            '\u{2066}' => Kind::Lri,
            '\u{2067}' => Kind::Rli,
            '\u{2068}' => Kind::Fsi,
            '\u{2069}' => Kind::Pdi,
            '\u{200E}' => Kind::Lrm,
            '\u{200F}' => Kind::Rlm,
            '\u{061C}' => Kind::Alm,
            '\u{200B}' => Kind::Zwsp,
            '\u{200C}' => Kind::Zwnj,
            '\u{200D}' => Kind::Zwj,
            '\u{2060}' => Kind::WordJoiner,
            '\u{FEFF}' => Kind::Bom,
            _ => return None,
        })
    }

    /// The character itself.
    pub fn char(self) -> char {
        match self {
            Kind::Lre => '\u{202A}',
            Kind::Rle => '\u{202B}',
            Kind::Pdf => '\u{202C}',
            Kind::Lro => '\u{202D}',
            Kind::Rlo => '\u{202E}',
            Kind::Lri => '\u{2066}',
            Kind::Rli => '\u{2067}',
            Kind::Fsi => '\u{2068}',
            Kind::Pdi => '\u{2069}',
            Kind::Lrm => '\u{200E}',
            Kind::Rlm => '\u{200F}',
            Kind::Alm => '\u{061C}',
            Kind::Zwsp => '\u{200B}',
            Kind::Zwnj => '\u{200C}',
            Kind::Zwj => '\u{200D}',
            Kind::WordJoiner => '\u{2060}',
            Kind::Bom => '\u{FEFF}',
        }
    }

    /// The usual abbreviation: `RLO`, `ZWSP`, …
    pub fn abbreviation(self) -> &'static str {
        match self {
            Kind::Lre => "LRE",
            Kind::Rle => "RLE",
            Kind::Pdf => "PDF",
            Kind::Lro => "LRO",
            Kind::Rlo => "RLO",
            Kind::Lri => "LRI",
            Kind::Rli => "RLI",
            Kind::Fsi => "FSI",
            Kind::Pdi => "PDI",
            Kind::Lrm => "LRM",
            Kind::Rlm => "RLM",
            Kind::Alm => "ALM",
            Kind::Zwsp => "ZWSP",
            Kind::Zwnj => "ZWNJ",
            Kind::Zwj => "ZWJ",
            Kind::WordJoiner => "WJ",
            Kind::Bom => "BOM",
        }
    }

    pub fn class(self) -> Class {
        match self {
            Kind::Lre | Kind::Rle | Kind::Pdf => Class::Embedding,
            Kind::Lro | Kind::Rlo => Class::Override,
            Kind::Lri | Kind::Rli | Kind::Fsi | Kind::Pdi => Class::Isolate,
            Kind::Lrm | Kind::Rlm | Kind::Alm => Class::Mark,
            Kind::Zwsp | Kind::Zwnj | Kind::Zwj | Kind::WordJoiner | Kind::Bom => Class::Invisible,
        }
    }

    /// The visible label [`visible_marks`] writes in place of the character: `⟨RLO⟩`.
    pub fn label(self) -> String {
        format!("⟨{}⟩", self.abbreviation())
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.abbreviation())
    }
}

/// One reported character: its char offset and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suspicious {
    pub offset: usize,
    pub kind: Kind,
}

/// Every bidi control, directional mark and invisible character of `text` that is not in a
/// legitimate use (see the module docs), in text order.
pub fn find_suspicious(text: &str) -> Vec<Suspicious> {
    let chars: Vec<char> = text.chars().collect();
    // Only needed to tell an emoji ZWJ from a stray one; computed when a ZWJ is seen.
    let mut cluster_ends: Option<Vec<bool>> = None;
    let mut out = Vec::new();
    for (offset, &c) in chars.iter().enumerate() {
        let Some(kind) = Kind::of(c) else { continue };
        let legitimate = match kind {
            Kind::Zwnj => between_joining_letters(&chars, offset),
            Kind::Zwj => {
                between_joining_letters(&chars, offset) || {
                    let ends = cluster_ends.get_or_insert_with(|| grapheme_ends(text, chars.len()));
                    // Inside a cluster, a ZWJ joins emoji (UAX#29 GB11); at its end it joins
                    // nothing the segmenter knows of.
                    !ends[offset + 1]
                }
            }
            Kind::Bom => offset == 0,
            _ => false,
        };
        if !legitimate {
            out.push(Suspicious { offset, kind });
        }
    }
    out
}

/// Whether `text` holds a bidi override (LRO, RLO) or isolate (LRI, RLI, FSI, PDI): the
/// controls that reorder what is shown beyond what the letters themselves say.
pub fn has_overrides_or_isolates(text: &str) -> bool {
    text.chars().any(|c| {
        Kind::of(c).is_some_and(|kind| matches!(kind.class(), Class::Override | Class::Isolate))
    })
}

/// Whether `text` holds any of the nine bidi formatting controls (embeddings, overrides,
/// isolates and their pops).
pub fn has_bidi_controls(text: &str) -> bool {
    text.chars().any(|c| {
        Kind::of(c).is_some_and(|kind| {
            matches!(
                kind.class(),
                Class::Embedding | Class::Override | Class::Isolate
            )
        })
    })
}

/// A text with its reported characters replaced by visible labels, and the way back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisibleMarks {
    text: String,
    /// `starts[i]`: char offset in `text` where original char `i` begins; one more entry for
    /// the end.
    starts: Vec<usize>,
    marks: Vec<Suspicious>,
}

impl VisibleMarks {
    /// The text to show.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The characters that were replaced, with their original offsets.
    pub fn marks(&self) -> &[Suspicious] {
        &self.marks
    }

    /// Where original char offset `original` is in the shown text (offsets past the end map to
    /// the end).
    pub fn to_visible(&self, original: usize) -> usize {
        let last = self.starts.len() - 1;
        self.starts[original.min(last)]
    }

    /// The original char offset of the char shown at `visible`: a position inside a label maps
    /// to the character the label stands for; past the end maps to the end.
    pub fn to_original(&self, visible: usize) -> usize {
        // The last start at or before `visible`.
        self.starts
            .partition_point(|&s| s <= visible)
            .saturating_sub(1)
    }

    /// The shown range of the original range `[start, end)`.
    pub fn range_to_visible(&self, start: usize, end: usize) -> (usize, usize) {
        (self.to_visible(start), self.to_visible(end))
    }
}

/// `text` with every character [`find_suspicious`] reports written as its label («⟨RLO⟩»), so
/// none of them takes effect and each can be seen; the rest of the text is unchanged.
pub fn visible_marks(text: &str) -> VisibleMarks {
    let marks = find_suspicious(text);
    let mut out = String::with_capacity(text.len() + marks.len() * 8);
    let mut starts = Vec::with_capacity(text.len() + 1);
    let mut shown = 0;
    let mut next_mark = marks.iter().peekable();
    for (offset, c) in text.chars().enumerate() {
        starts.push(shown);
        if let Some(mark) = next_mark.next_if(|mark| mark.offset == offset) {
            let label = mark.kind.label();
            shown += label.chars().count();
            out.push_str(&label);
        } else {
            shown += 1;
            out.push(c);
        }
    }
    starts.push(shown);
    VisibleMarks {
        text: out,
        starts,
        marks,
    }
}

/// `ends[i]`: whether a grapheme cluster boundary is at char offset `i`, for `0..=len`.
fn grapheme_ends(text: &str, len: usize) -> Vec<bool> {
    let mut ends = vec![false; len + 1];
    ends[0] = true;
    let mut at = 0;
    for grapheme in text.graphemes(true) {
        at += grapheme.chars().count();
        ends[at] = true;
    }
    ends
}

/// Whether the char at `offset` sits between an Arabic-script letter that joins forward and one
/// that joins backward (harakat and other transparent marks between them skipped), which is
/// where ZWNJ and ZWJ change how letters connect.
fn between_joining_letters(chars: &[char], offset: usize) -> bool {
    let before = chars[..offset]
        .iter()
        .rev()
        .find(|&&c| !is_transparent(c))
        .copied();
    let after = chars[offset + 1..]
        .iter()
        .find(|&&c| !is_transparent(c))
        .copied();
    let joins_forward = before
        .and_then(joining_type)
        .is_some_and(|t| matches!(t, Joining::Dual | Joining::Causing));
    let joins_backward = after
        .and_then(joining_type)
        .is_some_and(|t| matches!(t, Joining::Dual | Joining::Right | Joining::Causing));
    joins_forward && joins_backward
}

/// Joining types of Unicode's ArabicShaping.txt that matter here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joining {
    /// Joins on both sides (ب).
    Dual,
    /// Joins only to the letter before it (ا د ر و).
    Right,
    /// Makes its neighbours join (tatweel).
    Causing,
}

/// Arabic, Arabic Supplement and Arabic Extended-A/B letters by joining type, from Unicode's
/// ArabicShaping.txt (letters not listed do not join: ء, digits, punctuation).
const JOINING: [(char, char, Joining); 56] = {
    use Joining::{Causing as C, Dual as D, Right as R};
    [
        ('\u{0620}', '\u{0620}', D),
        ('\u{0622}', '\u{0625}', R),
        ('\u{0626}', '\u{0626}', D),
        ('\u{0627}', '\u{0627}', R),
        ('\u{0628}', '\u{0628}', D),
        ('\u{0629}', '\u{0629}', R),
        ('\u{062A}', '\u{062E}', D),
        ('\u{062F}', '\u{0632}', R),
        ('\u{0633}', '\u{063F}', D),
        ('\u{0640}', '\u{0640}', C),
        ('\u{0641}', '\u{0647}', D),
        ('\u{0648}', '\u{0648}', R),
        ('\u{0649}', '\u{064A}', D),
        ('\u{066E}', '\u{066F}', D),
        ('\u{0671}', '\u{0673}', R),
        ('\u{0675}', '\u{0677}', R),
        ('\u{0678}', '\u{0687}', D),
        ('\u{0688}', '\u{0699}', R),
        ('\u{069A}', '\u{06BF}', D),
        ('\u{06C0}', '\u{06C0}', R),
        ('\u{06C1}', '\u{06C2}', D),
        ('\u{06C3}', '\u{06CB}', R),
        ('\u{06CC}', '\u{06CC}', D),
        ('\u{06CD}', '\u{06CD}', R),
        ('\u{06CE}', '\u{06CE}', D),
        ('\u{06CF}', '\u{06CF}', R),
        ('\u{06D0}', '\u{06D1}', D),
        ('\u{06D2}', '\u{06D3}', R),
        ('\u{06D5}', '\u{06D5}', R),
        ('\u{06EE}', '\u{06EF}', R),
        ('\u{06FA}', '\u{06FC}', D),
        ('\u{06FF}', '\u{06FF}', D),
        ('\u{0750}', '\u{0758}', D),
        ('\u{0759}', '\u{075B}', R),
        ('\u{075C}', '\u{076A}', D),
        ('\u{076B}', '\u{076C}', R),
        ('\u{076D}', '\u{0770}', D),
        ('\u{0771}', '\u{0771}', R),
        ('\u{0772}', '\u{0772}', D),
        ('\u{0773}', '\u{0774}', R),
        ('\u{0775}', '\u{0777}', D),
        ('\u{0778}', '\u{0779}', R),
        ('\u{077A}', '\u{077F}', D),
        ('\u{0870}', '\u{0882}', R),
        ('\u{0883}', '\u{0885}', C),
        ('\u{0886}', '\u{0886}', D),
        ('\u{0889}', '\u{088D}', D),
        ('\u{088E}', '\u{088E}', R),
        ('\u{08A0}', '\u{08A9}', D),
        ('\u{08AA}', '\u{08AC}', R),
        ('\u{08AE}', '\u{08AE}', R),
        ('\u{08AF}', '\u{08B0}', D),
        ('\u{08B1}', '\u{08B2}', R),
        ('\u{08B3}', '\u{08B8}', D),
        ('\u{08B9}', '\u{08B9}', R),
        ('\u{08BA}', '\u{08C8}', D),
    ]
};

fn joining_type(c: char) -> Option<Joining> {
    let i = JOINING.partition_point(|&(_, last, _)| last < c);
    JOINING
        .get(i)
        .filter(|&&(first, _, _)| first <= c)
        .map(|&(_, _, joining)| joining)
}

/// Marks that sit on a letter without breaking its joining (joining type T): harakat, Quranic
/// marks, the superscript alef.
fn is_transparent(c: char) -> bool {
    matches!(
        c,
        '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06DC}'
            | '\u{06DF}'..='\u{06E4}'
            | '\u{06E7}'..='\u{06E8}'
            | '\u{06EA}'..='\u{06ED}'
            | '\u{0898}'..='\u{089F}'
            | '\u{08CA}'..='\u{08E1}'
            | '\u{08E3}'..='\u{08FF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(usize, Kind)> {
        find_suspicious(text)
            .into_iter()
            .map(|s| (s.offset, s.kind))
            .collect()
    }

    #[test]
    fn every_bidi_control_and_mark_is_found_with_its_offset() {
        let all = [
            Kind::Lre,
            Kind::Rle,
            Kind::Pdf,
            Kind::Lro,
            Kind::Rlo,
            Kind::Lri,
            Kind::Rli,
            Kind::Fsi,
            Kind::Pdi,
            Kind::Lrm,
            Kind::Rlm,
            Kind::Alm,
            Kind::Zwsp,
            Kind::WordJoiner,
        ];
        for kind in all {
            assert_eq!(Kind::of(kind.char()), Some(kind));
            let text = format!("قال {}الوزير", kind.char());
            assert_eq!(kinds(&text), [(4, kind)], "{kind}");
        }
    }

    #[test]
    fn trojan_source_style_override_is_flagged() {
        // A price whose digits an RLO shows reversed: «١٢٠» reads «٠٢١».
        let text = "بلغ السعر \u{202E}١٢٠\u{202C} ليرة";
        assert!(has_overrides_or_isolates(text));
        assert!(has_bidi_controls(text));
        assert_eq!(kinds(text), [(10, Kind::Rlo), (14, Kind::Pdf)]);
        let isolated = "قال \u{2068}John\u{2069} إن";
        assert!(has_overrides_or_isolates(isolated));
        let embedded = "قال \u{202B}John\u{202C} إن";
        assert!(!has_overrides_or_isolates(embedded));
        assert!(has_bidi_controls(embedded));
        assert!(!has_overrides_or_isolates("نص عادي بلا علامات \u{200F}"));
    }

    #[test]
    fn zwnj_and_zwj_between_joining_letters_are_legitimate() {
        // Persian «می‌خواهم»: ی (dual) ZWNJ خ.
        assert_eq!(kinds("می\u{200C}خواهم"), []);
        // ZWJ keeping a join, with a haraka between the letter and the joiner.
        assert_eq!(kinds("بَ\u{200D}ت"), []);
        // After a right-joining letter (ر joins only backwards) there is nothing to break.
        assert_eq!(kinds("ر\u{200C}ب"), [(1, Kind::Zwnj)]);
        // Before ء (non-joining), at a word edge, between Latin letters, doubled.
        assert_eq!(kinds("ب\u{200C}ء"), [(1, Kind::Zwnj)]);
        assert_eq!(kinds("كلمة\u{200C} ثانية"), [(4, Kind::Zwnj)]);
        assert_eq!(kinds("ab\u{200D}cd"), [(2, Kind::Zwj)]);
        assert_eq!(
            kinds("ب\u{200C}\u{200C}ت"),
            [(1, Kind::Zwnj), (2, Kind::Zwnj)]
        );
        // A ZWSP is never legitimate, even between letters.
        assert_eq!(kinds("محم\u{200B}د"), [(3, Kind::Zwsp)]);
    }

    #[test]
    fn emoji_zwj_sequence_is_legitimate() {
        assert_eq!(kinds("👩\u{200D}💻 مبرمجة"), []);
        assert_eq!(kinds("👩\u{200D} مبرمجة"), [(1, Kind::Zwj)]);
    }

    #[test]
    fn bom_only_after_the_start() {
        assert_eq!(kinds("\u{FEFF}خبر"), []);
        assert_eq!(kinds("خبر\u{FEFF}عاجل"), [(3, Kind::Bom)]);
    }

    #[test]
    fn visible_marks_map_offsets_both_ways() {
        let text = "أ\u{202E}بج\u{200B}د";
        let shown = visible_marks(text);
        assert_eq!(shown.text(), "أ⟨RLO⟩بج⟨ZWSP⟩د");
        assert_eq!(shown.marks().len(), 2);
        // original: أ=0 RLO=1 ب=2 ج=3 ZWSP=4 د=5 end=6
        let expected_starts = [0, 1, 6, 7, 8, 14, 15];
        for (original, &visible) in expected_starts.iter().enumerate() {
            assert_eq!(shown.to_visible(original), visible, "{original}");
            assert_eq!(shown.to_original(visible), original, "{visible}");
        }
        // Inside a label: the char it stands for.
        assert_eq!(shown.to_original(3), 1);
        assert_eq!(shown.to_original(10), 4);
        assert_eq!(shown.to_visible(99), 15);
        assert_eq!(shown.to_original(99), 6);
        assert_eq!(shown.range_to_visible(2, 4), (6, 8));
        // Nothing to show: the same text, the identity map.
        let plain = visible_marks("نص");
        assert_eq!(plain.text(), "نص");
        assert_eq!(plain.to_visible(1), 1);
        assert_eq!(plain.to_original(2), 2);
        let empty = visible_marks("");
        assert_eq!(
            (empty.text(), empty.to_visible(3), empty.to_original(3)),
            ("", 0, 0)
        );
    }

    #[test]
    fn joining_table_is_sorted_and_disjoint() {
        for pair in JOINING.windows(2) {
            assert!(pair[0].1 < pair[1].0, "{pair:?}");
        }
        for (first, last, _) in JOINING {
            assert!(first <= last);
        }
        assert_eq!(joining_type('ب'), Some(Joining::Dual));
        assert_eq!(joining_type('ر'), Some(Joining::Right));
        assert_eq!(joining_type('ء'), None);
        assert_eq!(joining_type('a'), None);
        assert_eq!(joining_type('ـ'), Some(Joining::Causing));
    }
}
