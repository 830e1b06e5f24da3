//! Grapheme-cluster and word boundaries in **char offsets**, and Arabic proclitics.
//!
//! Span edges never split a grapheme cluster (a letter with its harakat, an emoji sequence, a
//! CRLF): [`snap_to_boundaries`] widens a selection to whole clusters. [`word_range_at`] gives the
//! UAX#29 word under a char; [`strip_proclitic`] trims an Arabic word's attached conjunction or
//! preposition so a span covers the name only («بدير» → «دير»).
//!
//! All functions take and return char offsets; they walk the text from its start, which is
//! fine for articles (a few thousand chars) and keeps the API free of byte offsets.

use unicode_segmentation::UnicodeSegmentation as _;

/// Chars that are always a grapheme cluster of their own when their neighbours are such chars
/// too: printable ASCII, LF, and the Arabic letters, tatweel and digits. None of them extends,
/// joins or prefixes a neighbour (UAX #29 classes Other, LF), so the boundary between two of
/// them is certain.
fn is_plain(c: char) -> bool {
    matches!(c, ' '..='~' | '\n' | '\u{621}'..='\u{64A}' | '\u{660}'..='\u{669}')
}

/// Each char of `text` with whether it starts an extended grapheme cluster (as
/// `text.graphemes(true)` segments it), faster on Arabic and Latin prose: a plain char between
/// plain neighbours starts its own cluster without consulting the UAX #29 tables, and only the
/// stretches in between (harakat, emoji, other scripts) are segmented by unicode-segmentation.
/// Each stretch starts and ends on a certain boundary, so the result is the same.
pub fn cluster_starts(text: &str) -> ClusterStarts<'_> {
    ClusterStarts {
        text,
        chars: text.char_indices().peekable(),
        previous_plain: true,
        stretch_end: 0,
        stretch_starts: Vec::new(),
    }
}

/// The iterator of [`cluster_starts`].
pub struct ClusterStarts<'a> {
    text: &'a str,
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    /// Whether the char before the next one is plain (or there is none).
    previous_plain: bool,
    /// Byte offset where the current stretch ends (0 when outside one).
    stretch_end: usize,
    /// Byte offsets of the cluster starts in the current stretch, last first.
    stretch_starts: Vec<usize>,
}

impl Iterator for ClusterStarts<'_> {
    type Item = (char, bool);

    fn next(&mut self) -> Option<(char, bool)> {
        let (at, c) = self.chars.next()?;
        let plain = is_plain(c);
        let previous_plain = std::mem::replace(&mut self.previous_plain, plain);
        if at < self.stretch_end {
            let starts = self.stretch_starts.last() == Some(&at);
            if starts {
                self.stretch_starts.pop();
            }
            return Some((c, starts));
        }
        let next_plain = self.chars.peek().is_none_or(|&(_, n)| is_plain(n));
        if plain && previous_plain && next_plain {
            return Some((c, true));
        }
        // A stretch up to the first plain char whose predecessor is plain too, the boundary
        // before it being certain.
        let rest = &self.text[at..];
        let mut end = rest.len();
        let mut last_plain = plain;
        for (i, n) in rest.char_indices().skip(1) {
            let plain = is_plain(n);
            if plain && last_plain {
                end = i;
                break;
            }
            last_plain = plain;
        }
        self.stretch_end = at + end;
        self.stretch_starts.clear();
        self.stretch_starts.extend(
            rest[..end]
                .grapheme_indices(true)
                .skip(1)
                .map(|(i, _)| at + i),
        );
        self.stretch_starts.reverse();
        Some((c, true))
    }
}

/// The UAX #29 word break class of a char whose boundaries with a neighbour of the same kind
/// follow from the two chars alone: no rule that looks further (WB4's ignored marks, WB6/7 and
/// WB11/12 around a medial char, WB7b/c, WB15/16) can apply between two of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// `ALetter`: Latin and Arabic letters.
    Letter,
    /// Numeric: ASCII and Arabic-Indic digits.
    Digit,
    /// `WSegSpace`: the space.
    Space,
    /// Other: punctuation that is neither medial (`. , ; : ' "` and the Arabic comma are) nor
    /// joins anything.
    Other,
}

fn word_class(c: char) -> Option<WordClass> {
    Some(match c {
        'a'..='z' | 'A'..='Z' | '\u{621}'..='\u{63A}' | '\u{641}'..='\u{64A}' => WordClass::Letter,
        '0'..='9' | '\u{660}'..='\u{669}' => WordClass::Digit,
        ' ' => WordClass::Space,
        '!'
        | '#'..='&'
        | '('..='+'
        | '-'
        | '/'
        | '<'..='@'
        | '['..='^'
        | '`'
        | '{'..='~'
        | '«'
        | '»'
        | '؟' => WordClass::Other,
        _ => return None,
    })
}

/// Whether UAX #29 keeps two chars of these classes in one word segment: letters and digits
/// together (WB5, WB8–WB10), spaces together (`WB3d`); anything else breaks (`WB999`).
fn joins(before: WordClass, after: WordClass) -> bool {
    use WordClass::{Digit, Letter, Space};
    matches!(
        (before, after),
        (Letter | Digit, Letter | Digit) | (Space, Space)
    )
}

/// Where each UAX #29 word segment of `text` starts (as `text.split_word_bound_indices()` gives
/// them), as a byte offset and a char offset, faster on Arabic and Latin prose: between two chars
/// of a [`WordClass`] the boundary follows from their classes alone, and only the stretches
/// around other chars (harakat, medial punctuation, line breaks, other scripts) are segmented by
/// unicode-segmentation. Each such stretch starts and ends on a boundary between two classed
/// chars, which no rule can move, so the result is the same.
pub fn word_starts(text: &str) -> Vec<(usize, usize)> {
    let mut starts = WordStarts::with_capacity(text.len() / 4);
    for (index, (at, c)) in text.char_indices().enumerate() {
        starts.step(text, at, index, c);
    }
    starts.finish(text)
}

/// [`word_starts`] fed one char at a time, for a text being written: each step reads only the
/// text before the char it is given, so the caller may append the char before or after.
#[derive(Debug, Default)]
pub struct WordStarts {
    starts: Vec<(usize, usize)>,
    /// Where the current stretch starts, in bytes and chars: a certain boundary (or the start of
    /// the text).
    cut: (usize, usize),
    /// Whether the stretch holds a char without a class.
    tangled: bool,
    previous: Option<WordClass>,
}

impl WordStarts {
    pub fn with_capacity(segments: usize) -> Self {
        Self {
            starts: Vec::with_capacity(segments),
            ..Self::default()
        }
    }

    /// Char `c`, char number `index`, at byte `at` of `text`.
    #[inline]
    pub fn step(&mut self, text: &str, at: usize, index: usize, c: char) {
        let class = word_class(c);
        match (self.previous, class) {
            (Some(before), Some(after)) if !joins(before, after) => {
                self.flush(text, at);
                self.cut = (at, index);
                self.tangled = false;
            }
            (_, None) => self.tangled = true,
            _ => {}
        }
        self.previous = class;
    }

    /// The starts of `text`, every char of which was given to [`step`](Self::step).
    pub fn finish(mut self, text: &str) -> Vec<(usize, usize)> {
        if !text.is_empty() {
            self.flush(text, text.len());
        }
        self.starts
    }

    /// The segments of the stretch from the cut to byte `end`.
    fn flush(&mut self, text: &str, end: usize) {
        let (byte, char) = self.cut;
        if self.tangled {
            let mut chars = char;
            for (at, segment) in text[byte..end].split_word_bound_indices() {
                self.starts.push((byte + at, chars));
                chars += segment.chars().count();
            }
        } else {
            // Classed chars only, none breaking from the one before: one segment.
            self.starts.push((byte, char));
        }
    }
}

/// The char offsets of `text`'s grapheme-cluster boundaries, in order: where each cluster
/// starts, then the end of the text.
fn boundaries(text: &str) -> impl Iterator<Item = usize> {
    cluster_starts(text)
        .enumerate()
        .filter_map(|(i, (_, starts))| starts.then_some(i))
        .chain(std::iter::once_with(|| text.chars().count()))
}

/// Whether char offset `index` is on a grapheme-cluster boundary of `text`. The start and the
/// end of the text are boundaries; an offset past the end is not.
pub fn is_boundary(text: &str, index: usize) -> bool {
    boundaries(text)
        .take_while(|&b| b <= index)
        .any(|b| b == index)
}

/// `[start, end)` widened to whole grapheme clusters: `start` moves back and `end` forward to the
/// nearest boundary. Offsets past the end are clamped to it; a reversed range is put in order.
/// An empty range inside a cluster becomes that cluster; an empty range on a boundary stays
/// empty.
pub fn snap_to_boundaries(text: &str, start: usize, end: usize) -> (usize, usize) {
    let (start, end) = if start <= end {
        (start, end)
    } else {
        (end, start)
    };
    let (mut snapped_start, mut last) = (0, 0);
    for b in boundaries(text) {
        if b <= start {
            snapped_start = b;
        }
        if b >= end {
            return (snapped_start, b);
        }
        last = b;
    }
    (snapped_start, last)
}

/// The UAX#29 word containing char `index` as `[start, end)`, or `None` when the char there is
/// not part of a word (space, punctuation) or `index` is past the end. Harakat and tatweel stay
/// inside their word; digits make words too.
pub fn word_range_at(text: &str, index: usize) -> Option<(usize, usize)> {
    let mut at = 0;
    for word in text.split_word_bounds() {
        let next = at + word.chars().count();
        if index < next {
            return is_word(word).then_some((at, next));
        }
        at = next;
    }
    None
}

/// `[start, end)` widened so it begins and ends on word edges: each end inside a word moves to
/// that word's edge (outward). Ends that are not inside a word are only snapped to graphemes.
pub fn expand_to_words(text: &str, start: usize, end: usize) -> (usize, usize) {
    let (start, end) = snap_to_boundaries(text, start, end);
    let new_start = word_range_at(text, start).map_or(start, |(s, _)| s);
    let new_end = if end > start {
        word_range_at(text, end - 1).map_or(end, |(_, e)| e)
    } else {
        end
    };
    (new_start.min(start), new_end.max(end))
}

fn is_word(segment: &str) -> bool {
    segment.chars().any(char::is_alphanumeric)
}

/// Arabic letters that attach to the next word as proclitics.
pub(crate) const CONJUNCTIONS: [char; 2] = ['و', 'ف'];
pub(crate) const PREPOSITIONS: [char; 3] = ['ب', 'ك', 'ل'];
pub(crate) const ALEF: char = 'ا';
pub(crate) const LAM: char = 'ل';
pub(crate) const TATWEEL: char = '\u{0640}';

/// The word at `[start, end)` without a leading Arabic proclitic — the conjunctions و ف and the
/// prepositions ب ك ل, alone or combined (وب، فل، وك …) — keeping the definite article ال,
/// which belongs to names like «التحالف»:
///
/// | word        | result     |                                                     |
/// |-------------|------------|-----------------------------------------------------|
/// | «بدير»       | «دير»      | preposition                                         |
/// | «لداعش»      | «داعش»     |                                                     |
/// | «والتحالف»   | «التحالف»  | conjunction; the article stays                      |
/// | «وبالقرب»    | «القرب»    | conjunction + preposition                           |
/// | «كَالعادة»    | «العادة»   | harakat on a clitic go with it                      |
/// | «للجيش»      | «جيش»      | ل + ال written «لل»: the article's alef is not in the text, so no range spells «الجيش»; the stem is returned |
/// | «الرقة»      | `None`     | nothing to strip                                    |
/// | «بال»، «لا»  | `None`     | what would remain is under 2 letters, or a bare «ال» |
///
/// Returns `None` when `[start, end)` does not begin with a proclitic, or when what remains
/// (not counting a leading ال) would be shorter than 2 letters. The result ends at `end` and
/// starts on a grapheme boundary.
///
/// This is a suggestion for an explicit analyst action, never to apply on its own: without a
/// lexicon a clitic cannot be told from a root letter (وزير، فرنسا، بغداد، كركوك، لبنان — and
/// «للبنان» is ل + لبنان, not ل + ال + بنان), so the same rule that turns «بدير» into «دير»
/// turns «بغداد» into «غداد».
pub fn strip_proclitic(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let slice = char_slice(text, start, end)?;
    let letters = letters(slice, start);
    let base = |i: usize| letters.get(i).map(|&(c, _)| c);

    let mut i = 0;
    if base(i).is_some_and(|c| CONJUNCTIONS.contains(&c)) {
        i += 1;
    }
    if base(i).is_some_and(|c| PREPOSITIONS.contains(&c)) {
        // «لل» + stem: ل and the article with its alef dropped.
        if base(i) == Some(LAM) && base(i + 1) == Some(LAM) && letters.len() - (i + 2) >= 2 {
            i += 2;
        } else {
            i += 1;
        }
    }
    if i == 0 {
        return None;
    }
    let rest = &letters[i..];
    // The clitic must be attached: a letter follows it directly.
    if !rest.first().is_some_and(|&(c, _)| c.is_alphabetic()) {
        return None;
    }
    let after_article = if rest.len() >= 2 && rest[0].0 == ALEF && rest[1].0 == LAM {
        &rest[2..]
    } else {
        rest
    };
    if after_article
        .iter()
        .filter(|(c, _)| c.is_alphabetic())
        .count()
        < 2
    {
        return None;
    }
    Some((rest[0].1, end))
}

/// `[start, end)` without the white space at its edges, so a span marks words and not the gap
/// a selection started in. Whole grapheme clusters go: one that begins with white space at the
/// start (a stray haraka on a space), one that ends with it at the end. Edges already on
/// cluster boundaries stay on them; the result is empty (`start == end`) when nothing but white
/// space is selected, or when the range is empty or leaves the text.
pub fn trim_whitespace(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(slice) = char_slice(text, start, end) else {
        return (start, start);
    };
    let (mut from, mut to) = (start, end);
    for cluster in slice.graphemes(true) {
        if !cluster.starts_with(char::is_whitespace) {
            break;
        }
        from += cluster.chars().count();
    }
    for cluster in slice.graphemes(true).rev() {
        if from >= to || !cluster.ends_with(char::is_whitespace) {
            break;
        }
        to -= cluster.chars().count();
    }
    if from >= to { (from, from) } else { (from, to) }
}

/// The grapheme-cluster boundary after char offset `index` (the end of the text at most).
pub fn next_boundary(text: &str, index: usize) -> usize {
    let mut at = 0;
    for grapheme in text.graphemes(true) {
        at += grapheme.chars().count();
        if at > index {
            return at;
        }
    }
    at
}

/// The grapheme-cluster boundary before char offset `index` (0 at least).
pub fn prev_boundary(text: &str, index: usize) -> usize {
    let mut at = 0;
    for grapheme in text.graphemes(true) {
        let next = at + grapheme.chars().count();
        if next >= index {
            return at;
        }
        at = next;
    }
    at
}

/// Where a word-wise step forward from `index` lands: the end of the next word that ends after
/// `index` (UAX#29; spaces and punctuation are stepped over), else the end of the text.
pub fn next_word_end(text: &str, index: usize) -> usize {
    let mut at = 0;
    for segment in text.split_word_bounds() {
        at += segment.chars().count();
        if at > index && is_word(segment) {
            return at;
        }
    }
    at
}

/// Where a word-wise step back from `index` lands: the start of the nearest word that starts
/// before `index`, else 0.
pub fn prev_word_start(text: &str, index: usize) -> usize {
    let mut at = 0;
    let mut best = 0;
    for segment in text.split_word_bounds() {
        if at >= index {
            break;
        }
        if is_word(segment) {
            best = at;
        }
        at += segment.chars().count();
    }
    best
}

/// The start of the first word that starts after `index`, else the end of the text.
pub fn next_word_start(text: &str, index: usize) -> usize {
    let mut at = 0;
    for segment in text.split_word_bounds() {
        if at > index && is_word(segment) {
            return at;
        }
        at += segment.chars().count();
    }
    at
}

/// The end of the last word that ends before `index`, else 0.
pub fn prev_word_end(text: &str, index: usize) -> usize {
    let mut at = 0;
    let mut best = 0;
    for segment in text.split_word_bounds() {
        let next = at + segment.chars().count();
        if next >= index {
            break;
        }
        if is_word(segment) {
            best = next;
        }
        at = next;
    }
    best
}

/// The letters of `slice` as (base char, char offset of its cluster's start, counting from
/// `start`): harakat stay with their letter, and a tatweel is skipped because it stretches the
/// letter before it rather than being one (a tatweel after a clitic is part of the clitic).
pub(crate) fn letters(slice: &str, start: usize) -> Vec<(char, usize)> {
    let mut letters = Vec::new();
    let mut at = start;
    for grapheme in slice.graphemes(true) {
        if let Some(base) = grapheme.chars().next()
            && base != TATWEEL
        {
            letters.push((base, at));
        }
        at += grapheme.chars().count();
    }
    letters
}

/// The chars `[start, end)` of `text`, or `None` when the range is empty or leaves the text.
fn char_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    if start >= end {
        return None;
    }
    let mut indices = text.char_indices().map(|(b, _)| b).chain([text.len()]);
    let from = indices.nth(start)?;
    let to = indices.nth(end - start - 1)?;
    text.get(from..to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_keep_harakat_with_their_letter() {
        let text = "كَتَبَ"; // 6 chars, 3 clusters
        assert_eq!(text.chars().count(), 6);
        let boundaries: Vec<usize> = (0..=7).filter(|&i| is_boundary(text, i)).collect();
        assert_eq!(boundaries, [0, 2, 4, 6]);
        assert_eq!(snap_to_boundaries(text, 1, 3), (0, 4));
        assert_eq!(snap_to_boundaries(text, 3, 1), (0, 4));
        assert_eq!(snap_to_boundaries(text, 2, 2), (2, 2));
        assert_eq!(snap_to_boundaries(text, 1, 1), (0, 2));
        assert_eq!(snap_to_boundaries(text, 5, 99), (4, 6));
        assert_eq!(snap_to_boundaries("", 0, 3), (0, 0));
        assert!(is_boundary("", 0) && !is_boundary("", 1));
    }

    #[test]
    fn words() {
        let text = "قال محمّدٌ: «بدير الزور» 2017.";
        let word = |i| {
            word_range_at(text, i)
                .map(|(s, e)| text.chars().skip(s).take(e - s).collect::<String>())
        };
        assert_eq!(word(0).as_deref(), Some("قال"));
        assert_eq!(word(5).as_deref(), Some("محمّدٌ"));
        assert_eq!(word(3), None);
        assert_eq!(word(10), None, "the colon");
        assert_eq!(word(14).as_deref(), Some("بدير"));
        assert_eq!(word(26).as_deref(), Some("2017"));
        assert_eq!(word(99), None);
        // "محمّدٌ" is chars 4..10; a selection inside it grows to the whole word.
        assert_eq!(expand_to_words(text, 5, 7), (4, 10));
        assert_eq!(expand_to_words(text, 3, 4), (3, 4));
    }

    #[test]
    fn steps() {
        let text = "كَتَبَ و2017 ok"; // clusters: كَ تَ بَ · space · و · 2017 …
        assert_eq!(next_boundary(text, 0), 2);
        assert_eq!(next_boundary(text, 1), 2);
        assert_eq!(prev_boundary(text, 4), 2);
        assert_eq!(prev_boundary(text, 5), 4);
        assert_eq!(prev_boundary(text, 0), 0);
        let len = text.chars().count();
        assert_eq!(next_boundary(text, len), len);
        // Words: كَتَبَ 0..6, و2017 7..12, ok 13..15.
        assert_eq!(next_word_end(text, 0), 6);
        assert_eq!(next_word_end(text, 6), 12);
        assert_eq!(next_word_end(text, 12), 15);
        assert_eq!(next_word_end(text, 15), 15);
        assert_eq!(prev_word_start(text, 15), 13);
        assert_eq!(prev_word_start(text, 13), 7);
        assert_eq!(prev_word_start(text, 3), 0);
        assert_eq!(prev_word_start(text, 0), 0);
        assert_eq!(next_word_start(text, 0), 7);
        assert_eq!(next_word_start(text, 7), 13);
        assert_eq!(next_word_start(text, 13), 15);
        assert_eq!(prev_word_end(text, 15), 12);
        assert_eq!(prev_word_end(text, 12), 6);
        assert_eq!(prev_word_end(text, 6), 0);
    }

    #[test]
    fn white_space_at_the_edges_is_trimmed() {
        // «نقلت  وكالات\nالأنباء» with two spaces, a line break and a space carrying a haraka.
        let text = "نقلت  وكالات\nالأنباء \u{64B}ما";
        let trimmed = |s, e| {
            let (s, e) = trim_whitespace(text, s, e);
            text.chars().skip(s).take(e - s).collect::<String>()
        };
        assert_eq!(
            trim_whitespace(text, 4, 12),
            (6, 12),
            "the gap before the word"
        );
        assert_eq!(trimmed(5, 13), "وكالات");
        assert_eq!(trimmed(6, 21), "وكالات\nالأنباء", "inner white space stays");
        // The space with its haraka is one cluster: it goes whole, never split.
        assert_eq!(trim_whitespace(text, 20, 24), (22, 24));
        assert_eq!(trim_whitespace(text, 4, 6), (6, 6), "only spaces");
        assert_eq!(trim_whitespace(text, 12, 13), (13, 13), "only a line break");
        assert_eq!(trim_whitespace(text, 0, 4), (0, 4), "nothing to trim");
        assert_eq!(trim_whitespace(text, 3, 3), (3, 3));
        assert_eq!(trim_whitespace(text, 20, 99), (20, 20), "outside the text");
        assert_eq!(trim_whitespace("\u{A0}مصدر\u{2029}", 0, 6), (1, 5));
    }

    #[test]
    fn slices() {
        assert_eq!(char_slice("أبجد", 1, 3), Some("بج"));
        assert_eq!(char_slice("أبجد", 0, 4), Some("أبجد"));
        assert_eq!(char_slice("أبجد", 2, 5), None);
        assert_eq!(char_slice("أبجد", 2, 2), None);
    }
}

#[cfg(test)]
mod cluster_props {
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation as _;

    use super::boundaries;

    const PIECES: &[&str] = &[
        "م", "ا", "ب", "ـ", "\u{64e}", "\u{651}", "\u{670}", " ", "\n", "\r", "a", "Z", "1", "٢",
        ".", "\u{600}", "\u{200d}", "\u{200c}", "👍", "🏽", "🇸", "🇾", "e", "\u{301}", "가",
        "\u{1161}", "\u{11a8}", "क", "\u{94d}", "ष", "\u{feff}",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        /// The fast path gives exactly unicode-segmentation's cluster boundaries.
        #[test]
        fn boundaries_are_those_of_the_extended_grapheme_clusters(
            pieces in proptest::collection::vec(
                prop_oneof![
                    6 => proptest::sample::select(PIECES).prop_map(str::to_owned),
                    1 => any::<char>().prop_map(String::from),
                ],
                0..40,
            ),
        ) {
            let text = pieces.concat();
            let fast: Vec<usize> = boundaries(&text).collect();
            let mut reference = vec![0];
            for cluster in text.graphemes(true) {
                let last = reference.last().copied().unwrap_or(0);
                reference.push(last + cluster.chars().count());
            }
            prop_assert_eq!(fast, reference);
        }

        /// The fast path gives exactly unicode-segmentation's word segments.
        #[test]
        fn word_starts_are_those_of_the_word_segments(
            pieces in proptest::collection::vec(
                prop_oneof![
                    6 => proptest::sample::select(WORD_PIECES).prop_map(str::to_owned),
                    2 => proptest::sample::select(PIECES).prop_map(str::to_owned),
                    1 => any::<char>().prop_map(String::from),
                ],
                0..40,
            ),
        ) {
            let text = pieces.concat();
            prop_assert_eq!(super::word_starts(&text), reference_word_starts(&text));
        }
    }

    /// Byte and char offset of each word segment of `text`, as unicode-segmentation gives them.
    fn reference_word_starts(text: &str) -> Vec<(usize, usize)> {
        text.split_word_bound_indices()
            .map(|(at, _)| (at, text[..at].chars().count()))
            .collect()
    }

    /// Chars around which word boundaries depend on more than two chars, or that the fast path
    /// classes: medial punctuation between letters and digits, quotes after Hebrew letters,
    /// marks, spaces of several kinds, regional indicators, underscores.
    const WORD_PIECES: &[&str] = &[
        "قال",
        "ب",
        "ة",
        "ى",
        "٣",
        "7",
        "x",
        "Q",
        " ",
        "  ",
        "\u{3000}",
        "\u{a0}",
        ".",
        ",",
        ";",
        ":",
        "'",
        "\"",
        "\u{2019}",
        "\u{60c}",
        "\u{60d}",
        "\u{61b}",
        "\u{66b}",
        "\u{66c}",
        "\u{640}",
        "\u{64b}",
        "«",
        "»",
        "(",
        ")",
        "-",
        "_",
        "؟",
        "!",
        "#",
        "\n",
        "\r\n",
        "\u{200d}",
        "\u{200f}",
        "\u{5d0}",
        "\u{30a2}",
        "\u{1f1f8}",
        "👍",
        "\u{2029}",
    ];

    /// Every pair of classed chars, and each between chars of the other kinds.
    #[test]
    fn word_starts_of_every_pair_of_classed_chars() {
        let classed: Vec<char> = ('\0'..='\u{700}')
            .filter(|&c| super::word_class(c).is_some())
            .collect();
        assert!(classed.len() > 130, "{}", classed.len());
        for &a in &classed {
            for &b in &classed {
                for (before, after) in [("", ""), ("a", "b"), (":", "."), ("\u{64e}", "\u{5d0}")] {
                    let text = format!("{before}{a}{b}{after}");
                    assert_eq!(
                        super::word_starts(&text),
                        reference_word_starts(&text),
                        "{text:?}"
                    );
                }
            }
        }
    }
}
