//! A document's text prepared once for every suggester that reads it: normalised, split into
//! UAX #29 word segments (with the char offset of each), and with the byte offset of each
//! original char, so that a suggestion can point into the text instead of copying out of it.
//!
//! The learned and registry suggesters match their forms segment by segment over it, and the
//! attribution suggester reads its tokens from the same segments: with the default
//! [`super::learned::MatchOptions::ARABIC`] a document is normalised and segmented once.
//!
//! A text written only with the chars of plain prose ([`plain_matching_fold`]: Arabic letters,
//! ASCII, digits, the usual punctuation; no harakat, tatweel or invisible marks) is normalised
//! char for char, so it is folded, split into word segments and mapped to its bytes in one pass
//! over its chars; any other text takes the general way (normalised, then segmented), which gives
//! the same.

use super::learned::MatchOptions;
use crate::text::graphemes::{WordStarts, word_starts};
use crate::text::normalize::{NormalizeOptions, Normalized, normalize, plain_matching_fold};

/// Where a word segment starts in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Segment {
    pub(super) byte: usize,
    /// Normalised char offset.
    pub(super) char: usize,
}

/// A document's text prepared for matching; see the module docs.
#[derive(Debug, PartialEq)]
pub struct Prepared {
    norm: Normalized,
    options: NormalizeOptions,
    /// Every UAX #29 word segment of the normalised text, then one at its end.
    segments: Vec<Segment>,
    /// The byte offset of each char of the original text, then the text's length.
    original_bytes: Vec<u32>,
}

impl Prepared {
    /// `text` normalised as `options` compare forms.
    pub fn new(text: &str, options: MatchOptions) -> Self {
        if options.normalize_options() == NormalizeOptions::MATCHING
            && let Some(plain) = Self::plain(text)
        {
            return plain;
        }
        Self::general(text, options)
    }

    /// A text of plain prose in one pass (see the module docs), or `None` at its first other
    /// char.
    fn plain(text: &str) -> Option<Self> {
        let mut normalised = String::with_capacity(text.len());
        let mut words = WordStarts::with_capacity(text.len() / 4);
        let mut original_bytes = Vec::with_capacity(text.len() / 2 + 1);
        for (index, (byte, c)) in text.char_indices().enumerate() {
            let folded = plain_matching_fold(c)?;
            words.step(&normalised, normalised.len(), index, folded);
            normalised.push(folded);
            original_bytes.push(byte as u32);
        }
        original_bytes.push(text.len() as u32);
        let chars = original_bytes.len() - 1;
        let segments = segments(words.finish(&normalised), normalised.len(), chars);
        Some(Self {
            norm: Normalized::one_to_one(normalised, chars),
            options: NormalizeOptions::MATCHING,
            segments,
            original_bytes,
        })
    }

    /// Any text: normalised, then split into words.
    fn general(text: &str, options: MatchOptions) -> Self {
        let options = options.normalize_options();
        let norm = normalize(text, &options);
        let normalised = norm.text();
        let segments = segments(word_starts(normalised), normalised.len(), norm.len_chars());
        let mut original_bytes = Vec::with_capacity(norm.original_len_chars() + 1);
        original_bytes.extend(text.char_indices().map(|(byte, _)| byte as u32));
        original_bytes.push(text.len() as u32);
        Self {
            norm,
            options,
            segments,
            original_bytes,
        }
    }

    pub fn normalized(&self) -> &Normalized {
        &self.norm
    }

    /// The foldings the text was normalised with.
    pub fn options(&self) -> &NormalizeOptions {
        &self.options
    }

    /// Length of the original text in chars.
    pub fn original_len(&self) -> usize {
        self.original_bytes.len() - 1
    }

    /// The byte offset in the original text of char `index` (the text's length at or past the
    /// end).
    pub fn original_byte(&self, index: usize) -> usize {
        let last = self.original_bytes.len() - 1;
        self.original_bytes[index.min(last)] as usize
    }

    /// How many word segments there are.
    pub(super) fn segment_count(&self) -> usize {
        self.segments.len() - 1
    }

    /// Where segment `i` starts and ends (`i < segment_count()`).
    pub(super) fn segment(&self, i: usize) -> (Segment, Segment) {
        (self.segments[i], self.segments[i + 1])
    }

    /// The normalised text of segment `i`.
    pub(super) fn segment_text(&self, i: usize) -> &str {
        let (start, end) = self.segment(i);
        &self.norm.text()[start.byte..end.byte]
    }
}

/// Segments starting at `starts`, then one at the end of a text of `bytes` bytes and `chars`
/// chars.
fn segments(starts: Vec<(usize, usize)>, bytes: usize, chars: usize) -> Vec<Segment> {
    let mut segments = Vec::with_capacity(starts.len() + 1);
    segments.extend(
        starts
            .into_iter()
            .map(|(byte, char)| Segment { byte, char }),
    );
    segments.push(Segment {
        byte: bytes,
        char: chars,
    });
    segments
}

#[cfg(test)]
mod tests {
    use unicode_segmentation::UnicodeSegmentation as _;

    use super::*;

    #[test]
    fn segments_cover_the_normalised_text_with_their_char_offsets() {
        let text = "قالَ الوزيرُ: «إنّ 3 قتلى» في e\u{301}xample.";
        let prepared = Prepared::new(text, MatchOptions::ARABIC);
        let normalised = prepared.normalized().text();
        let words: Vec<&str> = normalised.split_word_bounds().collect();
        let mine: Vec<&str> = (0..prepared.segment_count())
            .map(|i| prepared.segment_text(i))
            .collect();
        assert_eq!(mine, words);
        for i in 0..prepared.segment_count() {
            let (start, _) = prepared.segment(i);
            assert_eq!(start.char, normalised[..start.byte].chars().count());
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        assert_eq!(prepared.original_len(), chars.len());
        for (i, (byte, _)) in chars.iter().enumerate() {
            assert_eq!(prepared.original_byte(i), *byte);
        }
        assert_eq!(prepared.original_byte(chars.len()), text.len());
        assert_eq!(prepared.original_byte(chars.len() + 5), text.len());
    }

    /// Pieces of plain prose, and a few chars that are not plain (harakat, tatweel, an
    /// invisible mark, CR, a combining accent, an emoji).
    const PIECES: &[&str] = &[
        "قالت",
        "الأمم",
        "المتحدة",
        "إن",
        "مؤسسة",
        "ى",
        "ئ",
        "ة",
        "OCHA",
        "Raqqa",
        "٣",
        "12",
        " ",
        "  ",
        "، ",
        "؛",
        "؟",
        ".",
        ",",
        ":",
        "'",
        "«",
        "»",
        "(",
        ")",
        "“",
        "”",
        "–",
        "—",
        "_",
        "\n",
    ];
    const NOT_PLAIN: &[&str] = &[
        "\u{64e}", "\u{651}", "\u{640}", "\u{200f}", "\r", "e\u{301}", "👍",
    ];

    #[test]
    fn plain_prose_takes_the_one_pass() {
        let text = "قالت الأمم المتحدة (OCHA)، إن ٣ مؤسسات «تضررت».\n";
        assert!(Prepared::plain(text).is_some());
        assert!(Prepared::plain("قالَت").is_none());
        assert_eq!(
            Prepared::plain(""),
            Some(Prepared::general("", MatchOptions::ARABIC))
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1_000))]

        /// The one pass over plain prose prepares a text as the general way does.
        #[test]
        fn the_one_pass_is_the_general_way(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    12 => proptest::sample::select(PIECES),
                    1 => proptest::sample::select(NOT_PLAIN),
                ],
                0..40,
            ),
        ) {
            let text = pieces.concat();
            let general = Prepared::general(&text, MatchOptions::ARABIC);
            match Prepared::plain(&text) {
                Some(plain) => proptest::prop_assert_eq!(&plain, &general),
                None => proptest::prop_assert!(text.chars().any(|c| plain_matching_fold(c).is_none())),
            }
            proptest::prop_assert_eq!(&Prepared::new(&text, MatchOptions::ARABIC), &general);
        }
    }
}
