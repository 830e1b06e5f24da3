//! Arabic normalisation for matching, with an exact map back to the original text.
//!
//! Outlets spell the same name differently: with or without harakat, «أ» or «ا», «ى» or «ي»,
//! Persian keyboard letters, Arabic-Indic digits, a tatweel for justification, bidi marks pasted
//! from the web. [`normalize`] folds those differences away and records where every char it
//! produces came from, so a hit found in the normalised text becomes a range of the original
//! ([`Normalized::to_original`]) that never splits a grapheme cluster and keeps the harakat of its
//! last letter.
//!
//! Folding is per char and ignores context, so normalising a slice of the original gives exactly
//! the chars that slice contributed to the normalised whole; search and alias matching rely on it.
//!
//! [`strip_proclitics`] and [`alias_matches`] add the clitics (و ف ب ك ل and ال) on top, for
//! comparing a selected mention with the names and aliases of an entity.

use std::ops::Range;

use super::graphemes::{self, ALEF, CONJUNCTIONS, LAM, PREPOSITIONS, TATWEEL};

/// Which differences [`normalize`] folds away. [`Default`] is everything except ة → ه;
/// [`NormalizeOptions::MATCHING`] is everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches, one per folding, read best as named fields"
)]
pub struct NormalizeOptions {
    /// Strip harakat (U+064B–U+065F, which includes the combining hamza and madda), the
    /// superscript alef (U+0670) and Quranic annotation marks (U+06D6–U+06ED).
    pub tashkeel: bool,
    /// Strip the tatweel (U+0640).
    pub tatweel: bool,
    /// أ إ آ ٱ → ا.
    pub alef: bool,
    /// ى → ي, and Persian ی (U+06CC) → ي.
    pub yeh: bool,
    /// ة → ه. Off by default because it merges words that differ in meaning (كتابة "writing",
    /// كتابه "his book"), while names are written both ways, hence on in `MATCHING`.
    pub teh_marbuta: bool,
    /// ؤ → و and ئ → ي; a standalone ء is kept, it is a letter of its own.
    pub hamza: bool,
    /// Persian ک (U+06A9) → ك.
    pub kaf: bool,
    /// Arabic-Indic (U+0660–U+0669) and Persian (U+06F0–U+06F9) digits → ASCII.
    pub digits: bool,
    /// Lower-case letters of cased scripts (Latin names in Arabic text).
    pub case_fold: bool,
    /// Strip chars that change rendering but not the words: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, the
    /// bidi embeddings and isolates, word joiner, soft hyphen, BOM.
    pub strip_invisible: bool,
    /// Replace Arabic Presentation Forms-B (U+FE70–U+FEFC: the positional letter forms and the
    /// lam-alef ligatures that old PDFs and some websites emit) by the letters they show, as
    /// NFKC does. Lam-alef becomes two chars, ل and the alef, both mapped to the ligature.
    /// Forms-A (U+FB50–U+FDFF, mostly Persian and Urdu letters and word ligatures) are kept.
    pub presentation_forms: bool,
}

impl NormalizeOptions {
    /// Every folding on, including ة → ه: for comparing names and aliases.
    pub const MATCHING: Self = Self {
        tashkeel: true,
        tatweel: true,
        alef: true,
        yeh: true,
        teh_marbuta: true,
        hamza: true,
        kaf: true,
        digits: true,
        case_fold: true,
        strip_invisible: true,
        presentation_forms: true,
    };

    /// What [`Default`] gives: every folding except ة → ه, for searching.
    pub const DEFAULT: Self = Self {
        teh_marbuta: false,
        ..Self::MATCHING
    };

    /// No folding at all: [`normalize`] returns the text unchanged.
    pub const NONE: Self = Self {
        tashkeel: false,
        tatweel: false,
        alef: false,
        yeh: false,
        teh_marbuta: false,
        hamza: false,
        kaf: false,
        digits: false,
        case_fold: false,
        strip_invisible: false,
        presentation_forms: false,
    };
}

impl Default for NormalizeOptions {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// A normalised text and where each of its chars came from in the original.
///
/// Offsets are char offsets. The map is stored as runs (a new run starts wherever a char was
/// dropped or one char became two), so text that needed no folding costs almost nothing beyond
/// its copy; [`Normalized::map`] expands it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Normalized {
    text: String,
    chars: usize,
    original_chars: usize,
    /// `(normalised offset, original offset)` where a run starts; inside a run both advance
    /// together.
    runs: Vec<(usize, usize)>,
    /// `(normalised offset, original offset)` for chars that sit inside a grapheme cluster of
    /// the original: a range starting there starts at the cluster's start instead.
    starts: Vec<(usize, usize)>,
    /// `(normalised end, original end)` where a range ending there ends later than one past
    /// its last char's source: over the harakat and tatweel dropped after it, and to the end of
    /// its cluster.
    ends: Vec<(usize, usize)>,
}

impl Normalized {
    /// The normalised text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Length of the normalised text in chars.
    pub fn len_chars(&self) -> usize {
        self.chars
    }

    /// Length of the original text in chars.
    pub fn original_len_chars(&self) -> usize {
        self.original_chars
    }

    /// The char offset in the original that normalised char `index` came from; for `index` at
    /// (or past) the end, the original's length.
    pub fn original_offset(&self, index: usize) -> usize {
        if index >= self.chars {
            return self.original_chars;
        }
        let run = self.runs.partition_point(|&(n, _)| n <= index);
        // `runs[0]` starts at 0 whenever there is a char, so `run >= 1` here.
        let (n, o) = self.runs[run - 1];
        o + (index - n)
    }

    /// The whole map: for each normalised char its original offset, then the original's length
    /// (`len_chars() + 1` entries, non-decreasing). Expanded on each call, so meant for tests and
    /// inspection rather than per-hit use.
    pub fn map(&self) -> Vec<usize> {
        let mut map = Vec::with_capacity(self.chars + 1);
        for (i, &(n, o)) in self.runs.iter().enumerate() {
            let next = self.runs.get(i + 1).map_or(self.chars, |&(n, _)| n);
            map.extend((0..next - n).map(|k| o + k));
        }
        map.push(self.original_chars);
        map
    }

    /// The original char range that normalised chars `[start, end)` came from, widened to whole
    /// grapheme clusters and over the harakat and tatweel dropped after the last char, so a hit
    /// for «محمد» in «مُحَمَّدٌ» covers the whole word. Invisible controls dropped after the last
    /// char (RLM, ZWSP…) are not taken. Ends past the normalised text are clamped; an empty
    /// range maps to an empty range on a cluster boundary.
    pub fn to_original(&self, normalized: Range<usize>) -> Range<usize> {
        let end = normalized.end.min(self.chars);
        let start = normalized.start.min(end);
        if self.is_one_to_one() {
            return start..end;
        }
        if start == end {
            let at = if start == self.chars {
                self.original_chars
            } else {
                self.range_start(start)
            };
            return at..at;
        }
        self.range_start(start)..self.range_end(end)
    }

    /// Whether a range may start or end at normalised offset `index` without
    /// [`to_original`](Self::to_original) taking in original chars that normalise to something
    /// outside the range: false inside a grapheme cluster of the original (a kept combining
    /// mark) and between the two chars of a lam-alef ligature. The normalised text of
    /// `to_original(a..b)` equals `text[a..b]` whenever both ends are boundaries.
    pub fn is_boundary(&self, index: usize) -> bool {
        if index > self.chars {
            return false;
        }
        if self.is_one_to_one() {
            return true;
        }
        let start_ok = index == 0
            || index == self.chars
            || self.original_offset(index - 1) < self.range_start(index);
        let end_ok = index == 0
            || index == self.chars
            || self.range_end(index) <= self.original_offset(index);
        start_ok && end_ok
    }

    /// Whether each char came from the original char at the same offset, each a cluster of
    /// its own (as [`Normalized::one_to_one`] makes it): every offset is a boundary and maps to
    /// itself.
    fn is_one_to_one(&self) -> bool {
        self.chars == self.original_chars
            && self.runs.len() <= 1
            && self.runs.first().is_none_or(|&run| run == (0, 0))
            && self.starts.is_empty()
            && self.ends.is_empty()
    }

    fn range_start(&self, index: usize) -> usize {
        match self.starts.binary_search_by_key(&index, |&(n, _)| n) {
            Ok(found) => self.starts[found].1,
            Err(_) => self.original_offset(index),
        }
    }

    /// `end` is at least 1.
    fn range_end(&self, end: usize) -> usize {
        match self.ends.binary_search_by_key(&end, |&(n, _)| n) {
            Ok(found) => self.ends[found].1,
            Err(_) => self.original_offset(end - 1) + 1,
        }
    }
}

impl Normalized {
    /// The normalised text of an original of `original_chars` chars that became `text` char for
    /// char, each char a grapheme cluster of its own (what [`normalize`] makes of a text of
    /// [`plain_matching_fold`] chars): the map is one run, no range is widened.
    pub(crate) fn one_to_one(text: String, original_chars: usize) -> Self {
        Self {
            text,
            chars: original_chars,
            original_chars,
            runs: if original_chars == 0 {
                Vec::new()
            } else {
                vec![(0, 0)]
            },
            starts: Vec::new(),
            ends: Vec::new(),
        }
    }
}

/// What [`normalize`] with [`NormalizeOptions::MATCHING`] makes of `c`, when `c` is a char of
/// plain Arabic or Latin prose: printable ASCII, the line feed, the Arabic letters (without the
/// tatweel), Arabic-Indic digits and the punctuation of news text («» ، ؛ ؟ “” – —). Each of
/// them folds to exactly one char, and none joins a neighbour of the kind into a grapheme
/// cluster, so a text made only of them normalises char for char
/// ([`Normalized::one_to_one`]). `None` for every other char.
pub fn plain_matching_fold(c: char) -> Option<char> {
    Some(match c {
        ' '..='~' => c.to_ascii_lowercase(),
        '\n' | '\u{621}'..='\u{63A}' | '\u{641}'..='\u{64A}' => match c {
            'أ' | 'إ' | 'آ' => ALEF,
            'ى' | 'ئ' => 'ي',
            'ة' => 'ه',
            'ؤ' => 'و',
            _ => c,
        },
        '\u{660}'..='\u{669}' => ascii_digit(c, 0x0660),
        '«' | '»' | '،' | '؛' | '؟' | '“' | '”' | '–' | '—' => c,
        _ => return None,
    })
}

/// `text` with the foldings of `options` applied, and the map back (see [`Normalized`]).
pub fn normalize(text: &str, options: &NormalizeOptions) -> Normalized {
    let mut builder = Builder {
        out: Normalized {
            text: String::with_capacity(text.len()),
            ..Normalized::default()
        },
        open: Vec::new(),
        open_end: 0,
    };
    let mut index = 0;
    let mut cluster_start = 0;
    for (c, starts_cluster) in graphemes::cluster_starts(text) {
        if starts_cluster {
            cluster_start = index;
        }
        let first = builder.out.chars;
        fold(c, options, &mut |folded| builder.push(folded, index));
        let produced = first..builder.out.chars;
        // Later chars of a cluster always go with it; dropped harakat and tatweel go with
        // the letter before them even when they start a cluster of their own.
        if !starts_cluster || (produced.is_empty() && is_attached(c)) {
            builder.open_end = index + 1;
        } else {
            builder.close();
        }
        if !produced.is_empty() {
            if cluster_start < index {
                builder
                    .out
                    .starts
                    .extend(produced.clone().map(|n| (n, cluster_start)));
            }
            builder.open.extend(produced.map(|n| (n + 1, index)));
            builder.open_end = index + 1;
        }
        index += 1;
    }
    builder.close();
    builder.out.original_chars = index;
    builder.out
}

struct Builder {
    out: Normalized,
    /// Normalised ends whose original end is still growing, with their last char's source.
    open: Vec<(usize, usize)>,
    /// The original end those ranges have reached so far.
    open_end: usize,
}

impl Builder {
    fn push(&mut self, c: char, source: usize) {
        let at = self.out.chars;
        let continues = self
            .out
            .runs
            .last()
            .is_some_and(|&(n, o)| o + (at - n) == source);
        if !continues {
            self.out.runs.push((at, source));
        }
        self.out.text.push(c);
        self.out.chars += 1;
    }

    fn close(&mut self) {
        let end = self.open_end;
        self.out.ends.extend(
            self.open
                .drain(..)
                .filter(|&(_, source)| end != source + 1)
                .map(|(n, _)| (n, end)),
        );
    }
}

/// Passes what `c` becomes under `options` (zero, one or more chars) to `out`.
fn fold(c: char, options: &NormalizeOptions, out: &mut impl FnMut(char)) {
    if options.presentation_forms
        && let Some((first, second)) = presentation_form(c)
    {
        fold_letter(first, options, out);
        if let Some(second) = second {
            fold_letter(second, options, out);
        }
        return;
    }
    fold_letter(c, options, out);
}

fn fold_letter(c: char, o: &NormalizeOptions, out: &mut impl FnMut(char)) {
    if (o.tashkeel && is_tashkeel(c))
        || (o.tatweel && c == TATWEEL)
        || (o.strip_invisible && is_invisible(c))
    {
        return;
    }
    let folded = match c {
        'أ' | 'إ' | 'آ' | 'ٱ' if o.alef => ALEF,
        'ى' | '\u{06CC}' if o.yeh => 'ي',
        'ة' if o.teh_marbuta => 'ه',
        'ؤ' if o.hamza => 'و',
        'ئ' if o.hamza => 'ي',
        '\u{06A9}' if o.kaf => 'ك',
        '\u{0660}'..='\u{0669}' if o.digits => ascii_digit(c, 0x0660),
        '\u{06F0}'..='\u{06F9}' if o.digits => ascii_digit(c, 0x06F0),
        _ if o.case_fold && c.is_ascii() => c.to_ascii_lowercase(),
        // The cheap range test first: `is_lowercase` and `is_alphabetic` walk Unicode tables
        // for every non-ASCII char, and Arabic letters are most of an article.
        _ if o.case_fold && !is_arabic_block(c) && !c.is_lowercase() && c.is_alphabetic() => {
            c.to_lowercase().for_each(&mut *out);
            return;
        }
        _ => c,
    };
    out(folded);
}

fn ascii_digit(c: char, zero: u32) -> char {
    char::from_digit(u32::from(c) - zero, 10).unwrap_or(c)
}

fn is_arabic_block(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}')
}

/// Harakat, the superscript alef and Quranic marks.
pub fn is_tashkeel(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Format characters with no glyph of their own (see [`NormalizeOptions::strip_invisible`]).
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Dropped chars that belong to the letter before them: a range ending at that letter takes
/// them along.
fn is_attached(c: char) -> bool {
    is_tashkeel(c) || c == TATWEEL || matches!(c, '\u{FE70}'..='\u{FE7F}')
}

/// Arabic Presentation Forms-B letters: the base letter of each group and how many positional
/// forms (isolated, final, initial, medial) it has, in code point order from U+FE80.
const FORMS_B: [(char, u8); 36] = [
    ('ء', 1),
    ('آ', 2),
    ('أ', 2),
    ('ؤ', 2),
    ('إ', 2),
    ('ئ', 4),
    ('ا', 2),
    ('ب', 4),
    ('ة', 2),
    ('ت', 4),
    ('ث', 4),
    ('ج', 4),
    ('ح', 4),
    ('خ', 4),
    ('د', 2),
    ('ذ', 2),
    ('ر', 2),
    ('ز', 2),
    ('س', 4),
    ('ش', 4),
    ('ص', 4),
    ('ض', 4),
    ('ط', 4),
    ('ظ', 4),
    ('ع', 4),
    ('غ', 4),
    ('ف', 4),
    ('ق', 4),
    ('ك', 4),
    ('ل', 4),
    ('م', 4),
    ('ن', 4),
    ('ه', 4),
    ('و', 2),
    ('ى', 2),
    ('ي', 4),
];

/// Harakat of U+FE70–U+FE7F, one per pair (isolated form, then the form on a tatweel).
const FORMS_B_MARKS: [char; 8] = [
    '\u{064B}', '\u{064C}', '\u{064D}', '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}',
];

/// The letters a Presentation Forms-B char stands for, or `None` for any other char.
///
/// The isolated harakat (U+FE70, U+FE72 …) are NFKC space + haraka; the space is dropped here,
/// as it only gave the mark something to sit on.
fn presentation_form(c: char) -> Option<(char, Option<char>)> {
    let code = u32::from(c);
    match code {
        0xFE70..=0xFE7F => {
            // U+FE73 is the tail fragment and U+FE75 unassigned; they stay.
            if code == 0xFE73 || code == 0xFE75 {
                return None;
            }
            // FE70/FE71 fathatan, FE72 dammatan, FE74 kasratan, then pairs from FE76.
            let (mark, on_tatweel) = match code {
                0xFE70 => (0, false),
                0xFE71 => (0, true),
                0xFE72 => (1, false),
                0xFE74 => (2, false),
                _ => (3 + (code - 0xFE76) / 2, code % 2 == 1),
            };
            let mark = FORMS_B_MARKS[mark as usize];
            Some(if on_tatweel {
                (TATWEEL, Some(mark))
            } else {
                (mark, None)
            })
        }
        0xFE80..=0xFEF4 => {
            let mut offset = code - 0xFE80;
            FORMS_B.iter().find_map(|&(letter, forms)| {
                if offset < u32::from(forms) {
                    Some((letter, None))
                } else {
                    offset -= u32::from(forms);
                    None
                }
            })
        }
        0xFEF5..=0xFEFC => {
            let alef = ['آ', 'أ', 'إ', 'ا'][((code - 0xFEF5) / 2) as usize];
            Some((LAM, Some(alef)))
        }
        _ => None,
    }
}

/// One reading of a word as proclitics + stem, from [`strip_proclitics`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ProcliticSplit {
    /// Char offset in the word where the stem starts (a grapheme boundary).
    pub stem_start: usize,
    /// Whether the definite article is part of what was stripped: written «ال», or implied by
    /// «لل» (ل + ال, whose alef is not written).
    pub article: bool,
}

/// Every way to read `word` as proclitics — a conjunction و ف, then a preposition ب ك ل, then
/// the article ال, each optional — plus a stem of at least 2 letters besides a leading ال,
/// shortest prefix first:
///
/// | word       | stems (article stripped?)                              |
/// |------------|--------------------------------------------------------|
/// | «والتحالف» | «التحالف», «تحالف» (yes)                               |
/// | «وبالقرب»  | «بالقرب», «القرب», «قرب» (yes)                          |
/// | «للجيش»    | «لجيش» (ل only), «جيش» (yes: ل + ال)                    |
/// | «الرقة»    | «رقة» (yes)                                            |
/// | «دمشق»     | none                                                   |
///
/// Harakat and tatweel are allowed anywhere (they stay with their letter). Like
/// [`graphemes::strip_proclitic`], these are candidates: without a lexicon «بغداد» also reads as
/// ب + «غداد», so callers compare the stems against something known (an alias, a pattern).
pub fn strip_proclitics(word: &str) -> Vec<ProcliticSplit> {
    let letters = graphemes::letters(word, 0);
    let bases: Vec<char> = letters.iter().map(|&(c, _)| c).collect();
    prefix_readings(&bases)
        .into_iter()
        .filter(|&(consumed, _)| {
            let stem = &bases[consumed..];
            // A stem that is only an article («بال») is no stem.
            let after_article = match stem {
                [ALEF | 'ٱ', LAM, rest @ ..] => rest,
                _ => stem,
            };
            stem.first().is_some_and(|c| c.is_alphabetic())
                && after_article.iter().filter(|c| c.is_alphabetic()).count() >= 2
        })
        .map(|(consumed, article)| ProcliticSplit {
            stem_start: letters[consumed].1,
            article,
        })
        .collect()
}

/// Whether `prefix` consists of proclitics only (one reading of [`strip_proclitics`] consumes
/// all of it): «و», «بال», «لل», «وبال» yes; «وا», «با», «لا» no.
pub fn is_proclitic_prefix(prefix: &str) -> bool {
    let bases: Vec<char> = graphemes::letters(prefix, 0)
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    !bases.is_empty()
        && prefix_readings(&bases)
            .iter()
            .any(|&(consumed, _)| consumed == bases.len())
}

/// `(letters consumed, article among them)` for each non-empty proclitic prefix of `bases`,
/// shortest first, without duplicates.
fn prefix_readings(bases: &[char]) -> Vec<(usize, bool)> {
    let at = |i: usize| bases.get(i).copied();
    let mut readings = Vec::new();
    for conjunction in [false, true] {
        let after_conjunction = usize::from(conjunction);
        if conjunction && !at(0).is_some_and(|c| CONJUNCTIONS.contains(&c)) {
            continue;
        }
        for preposition in [false, true] {
            let after_preposition = after_conjunction + usize::from(preposition);
            let prep = at(after_conjunction);
            if preposition && !prep.is_some_and(|c| PREPOSITIONS.contains(&c)) {
                continue;
            }
            if after_preposition > 0 {
                readings.push((after_preposition, false));
            }
            let lam_before = preposition && prep == Some(LAM);
            if lam_before {
                // ل + ال is written «لل»: the second lam is the article's.
                if at(after_preposition) == Some(LAM) {
                    readings.push((after_preposition + 1, true));
                }
            } else if matches!(at(after_preposition), Some(ALEF | 'ٱ'))
                && at(after_preposition + 1) == Some(LAM)
            {
                readings.push((after_preposition + 2, true));
            }
        }
    }
    readings.sort_unstable();
    readings.dedup();
    readings
}

/// `s` as a key for comparing names: normalised with [`NormalizeOptions::MATCHING`], runs of
/// whitespace collapsed to one space, no leading or trailing space.
pub fn normalize_key(s: &str) -> String {
    let normalized = normalize(s, &NormalizeOptions::MATCHING);
    let mut key = String::with_capacity(normalized.text.len());
    for word in normalized.text.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

/// Whether `mention` (text selected in an article) names what `alias` names: their
/// [`normalize_key`]s are equal, or equal once proclitics are stripped from the mention's first
/// word (the article kept or, after «لل», restored): «والتحالف الدولي» and «للتحالف الدولي» match
/// «التحالف الدولي», «لداعش» matches «داعش».
///
/// Spelling variants beyond the foldings are not unified. In particular «سورية» and «سوريا»
/// (both write the country) differ, so «قوات سورية الديمقراطية» does not match «قوات سوريا
/// الديمقراطية». Unifying a final ية/يا cannot be done soundly without a lexicon: the same rule
/// would make «تركية» ("Turkish", feminine) a mention of «تركيا» (the country), and «عربية» of
/// «عربيا». Record such variants as aliases of their own.
pub fn alias_matches(alias: &str, mention: &str) -> bool {
    let alias = normalize_key(alias);
    let mention = normalize_key(mention);
    if alias.is_empty() {
        return false;
    }
    if alias == mention {
        return true;
    }
    let (first, rest) = match mention.split_once(' ') {
        Some((first, rest)) => (first, Some(rest)),
        None => (mention.as_str(), None),
    };
    strip_proclitics(first).into_iter().any(|split| {
        let Some((stem_byte, _)) = first.char_indices().nth(split.stem_start) else {
            return false;
        };
        let stem = &first[stem_byte..];
        let article = if split.article { "ال" } else { "" };
        let Some(after) = alias
            .strip_prefix(article)
            .and_then(|a| a.strip_prefix(stem))
        else {
            return false;
        };
        match rest {
            None => after.is_empty(),
            Some(rest) => after.strip_prefix(' ') == Some(rest),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(text: &str, range: Range<usize>) -> String {
        text.chars().skip(range.start).take(range.len()).collect()
    }

    #[test]
    fn default_folds_everything_but_teh_marbuta() {
        let n = normalize("الإسلاميّة", &NormalizeOptions::default());
        assert_eq!(n.text(), "الاسلامية");
        let n = normalize("الإسلاميّة", &NormalizeOptions::MATCHING);
        assert_eq!(n.text(), "الاسلاميه");
        let text = "قالَ مُـــحمّدٌ: أتى إلى مصرَ، وٱلرئيسُ سُئل عن مؤتمر ٢٠١٩ و۱۴۰۲ ABC ک ی";
        assert_eq!(
            normalize(text, &NormalizeOptions::default()).text(),
            "قال محمد: اتي الي مصر، والرييس سيل عن موتمر 2019 و1402 abc ك ي"
        );
        assert_eq!(normalize(text, &NormalizeOptions::NONE).text(), text);
    }

    #[test]
    fn plain_chars_fold_as_normalize_does_and_stand_alone() {
        use unicode_segmentation::UnicodeSegmentation as _;
        let plain: Vec<char> = ('\0'..='\u{2100}')
            .filter(|&c| plain_matching_fold(c).is_some())
            .collect();
        assert_eq!(
            plain.len(),
            151,
            "ASCII, LF, 36 letters, 10 digits, 9 marks"
        );
        for &a in &plain {
            let n = normalize(&a.to_string(), &NormalizeOptions::MATCHING);
            assert_eq!(
                n.text(),
                plain_matching_fold(a).unwrap_or(a).to_string(),
                "{a:?}"
            );
            for &b in &plain {
                let pair = format!("{a}{b}");
                assert_eq!(pair.graphemes(true).count(), 2, "{pair:?}");
            }
        }
        let text = "قالت الأمم المتحدة (OCHA) إن 12 مؤسسة، «تضررت»؟\n٣ شاحنات";
        let whole = normalize(text, &NormalizeOptions::MATCHING);
        let folded: String = text.chars().filter_map(plain_matching_fold).collect();
        assert_eq!(
            whole,
            Normalized::one_to_one(folded, text.chars().count()),
            "one char for one, the map one run"
        );
        assert_eq!(
            normalize("", &NormalizeOptions::MATCHING),
            Normalized::one_to_one(String::new(), 0)
        );
        // Every offset a boundary that maps to itself, as the general lookups find.
        let chars = whole.len_chars();
        assert_eq!(whole.map(), (0..=chars).collect::<Vec<_>>());
        for a in 0..=chars {
            assert!(whole.is_boundary(a));
            for b in a..=chars + 1 {
                assert_eq!(whole.to_original(a..b), a..b.min(chars));
            }
        }
        assert_eq!(plain_matching_fold('\u{64e}'), None, "harakat are dropped");
        assert_eq!(plain_matching_fold('\u{640}'), None, "so is the tatweel");
        assert_eq!(plain_matching_fold('\r'), None, "CR LF is one cluster");
    }

    #[test]
    fn invisible_chars_go() {
        let text = "\u{FEFF}\u{200F}نهر\u{200C}الفضة\u{2067}12\u{2069}\u{00AD}";
        let n = normalize(text, &NormalizeOptions::default());
        assert_eq!(n.text(), "نهرالفضة12");
    }

    #[test]
    fn map_is_exact() {
        let text = "مُحَمَّدٌ قال";
        let n = normalize(text, &NormalizeOptions::default());
        assert_eq!(n.text(), "محمد قال");
        assert_eq!(n.map(), [0, 2, 4, 7, 9, 10, 11, 12, 13]);
        // The whole word including the final dammatan, the space excluded.
        assert_eq!(n.to_original(0..4), 0..9);
        assert_eq!(slice(text, n.to_original(0..4)), "مُحَمَّدٌ");
        assert_eq!(slice(text, n.to_original(1..3)), "حَمَّ");
        assert_eq!(n.to_original(5..8), 10..13);
        assert_eq!(n.to_original(2..2), 4..4);
        assert_eq!(n.to_original(8..8), 13..13);
        assert_eq!(n.to_original(3..99), 7..13);
        for i in 0..=8 {
            assert!(n.is_boundary(i));
            assert_eq!(n.original_offset(i), n.map()[i]);
        }
    }

    #[test]
    fn trailing_controls_are_not_taken() {
        let text = "دير\u{200F} ـبَـ";
        let n = normalize(text, &NormalizeOptions::default());
        assert_eq!(n.text(), "دير ب");
        assert_eq!(n.to_original(0..3), 0..3, "RLM stays out");
        // The tatweel before «ب» is its own; the one after the haraka belongs to «ب».
        assert_eq!(n.to_original(4..5), 6..9);
    }

    #[test]
    fn ligature_maps_both_letters_to_itself() {
        let text = "\u{FEFB}جئ \u{FEF7}";
        let n = normalize(text, &NormalizeOptions::default());
        assert_eq!(n.text(), "لاجي لا");
        assert_eq!(n.map(), [0, 0, 1, 2, 3, 4, 4, 5]);
        assert_eq!(n.to_original(1..2), 0..1);
        assert!(!n.is_boundary(1));
        assert!(n.is_boundary(2));
        let kept = normalize(
            text,
            &NormalizeOptions {
                alef: false,
                ..NormalizeOptions::default()
            },
        );
        assert_eq!(kept.text(), "لاجي لأ");
    }

    #[test]
    fn presentation_forms_b_match_nfkc() {
        // NFKC of U+FE80..=U+FEFC (from the Unicode Character Database), one entry per char.
        let expected = "ءآآأأؤؤإإئئئئااببببةةتتتتثثثثججججححححخخخخددذذررززسسسسششششصصصصضضضضططططظظظظععععغغغغففففققققككككللللممممننننههههووىىييييلآلآلألألإلإلالا";
        let mut got = String::new();
        for code in 0xFE80..=0xFEFC_u32 {
            let c = char::from_u32(code).expect("assigned");
            let (first, second) = presentation_form(c).expect("a form");
            got.push(first);
            got.extend(second);
        }
        assert_eq!(got, expected);
        assert_eq!(
            presentation_form('\u{FE71}'),
            Some((TATWEEL, Some('\u{064B}')))
        );
        assert_eq!(presentation_form('\u{FE7C}'), Some(('\u{0651}', None)));
        assert_eq!(
            presentation_form('\u{FE7F}'),
            Some((TATWEEL, Some('\u{0652}')))
        );
        assert_eq!(presentation_form('\u{FE73}'), None);
        assert_eq!(presentation_form('ب'), None);
        let n = normalize("\u{FE97}\u{FEE4}\u{FEAE}", &NormalizeOptions::default());
        assert_eq!(n.text(), "تمر");
    }

    #[test]
    fn latin_case_folds() {
        let n = normalize("Raqqa İ Ä", &NormalizeOptions::default());
        assert_eq!(n.text(), "raqqa i\u{307} ä");
        assert_eq!(n.map()[6..8], [6, 6]);
    }

    #[test]
    fn kept_combining_marks_widen_ranges() {
        let text = "Cafe\u{301} x";
        let n = normalize(text, &NormalizeOptions::default());
        assert_eq!(n.text(), "cafe\u{301} x");
        assert_eq!(n.to_original(3..4), 3..5);
        assert_eq!(n.to_original(4..5), 3..5);
        assert!(!n.is_boundary(4));
        assert!(n.is_boundary(5));
    }

    #[test]
    fn proclitic_readings() {
        let stems = |word: &str| -> Vec<(String, bool)> {
            strip_proclitics(word)
                .into_iter()
                .map(|s| (word.chars().skip(s.stem_start).collect(), s.article))
                .collect()
        };
        let own = |list: &[(&str, bool)]| -> Vec<(String, bool)> {
            list.iter().map(|&(s, a)| (s.to_owned(), a)).collect()
        };
        assert_eq!(
            stems("والتحالف"),
            own(&[("التحالف", false), ("تحالف", true)])
        );
        assert_eq!(
            stems("وبالقرب"),
            own(&[("بالقرب", false), ("القرب", false), ("قرب", true)])
        );
        assert_eq!(stems("للجيش"), own(&[("لجيش", false), ("جيش", true)]));
        assert_eq!(stems("وللجيش").last(), Some(&("جيش".to_owned(), true)));
        assert_eq!(stems("فالمدينة").last(), Some(&("مدينة".to_owned(), true)));
        assert_eq!(stems("كالعادة").last(), Some(&("عادة".to_owned(), true)));
        assert_eq!(stems("الرقة"), own(&[("رقة", true)]));
        assert_eq!(stems("دمشق"), own(&[]));
        assert_eq!(stems("بال"), own(&[]), "a stem keeps 2 letters");
        assert_eq!(stems("ولا"), own(&[("لا", false)]));
        assert_eq!(stems("لا"), own(&[]));
        // Harakat stay with their letter, so the stem starts on a cluster boundary.
        assert_eq!(stems("وَبِالقُرب").last(), Some(&("قُرب".to_owned(), true)));
        assert!(is_proclitic_prefix("وبال"));
        assert!(is_proclitic_prefix("لل"));
        assert!(is_proclitic_prefix("ف"));
        assert!(!is_proclitic_prefix("لا"));
        assert!(!is_proclitic_prefix("م"));
        assert!(!is_proclitic_prefix(""));
    }

    #[test]
    fn aliases() {
        assert_eq!(normalize_key("  التحالفُ \n الدولي "), "التحالف الدولي");
        assert!(alias_matches("التحالف الدولي", "والتحالف الدولي"));
        assert!(alias_matches("التحالف الدولي", "للتحالف الدولي"));
        assert!(alias_matches("التحالف الدولي", "التحالفِ  الدوليِّ"));
        assert!(alias_matches("داعش", "لداعش"));
        assert!(alias_matches("مدينة الفضة", "بمدينه الفضة"));
        assert!(!alias_matches("داعش", "داعشي"));
        assert!(!alias_matches("التحالف الدولي", "والتحالف"));
        assert!(!alias_matches(
            "قوات سوريا الديمقراطية",
            "قوات سورية الديمقراطية"
        ));
        assert!(!alias_matches("", ""));
    }
}
