//! A document's text prepared once for every suggester that reads it: normalised, split into
//! UAX #29 word segments (with the char offset of each), and with the byte offset of each
//! original char, so that a suggestion can point into the text instead of copying out of it.
//!
//! The learned and registry suggesters match their forms segment by segment over it, and the
//! attribution suggester reads its tokens from the same segments: with the default
//! [`super::learned::MatchOptions::ARABIC`] a document is normalised and segmented once.

use super::learned::MatchOptions;
use crate::text::graphemes::word_starts;
use crate::text::normalize::{NormalizeOptions, Normalized, normalize};

/// Where a word segment starts in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Segment {
    pub(super) byte: usize,
    /// Normalised char offset.
    pub(super) char: usize,
}

/// A document's text prepared for matching; see the module docs.
#[derive(Debug)]
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
        let options = options.normalize_options();
        let norm = normalize(text, &options);
        let normalised = norm.text();
        let mut segments: Vec<Segment> = word_starts(normalised)
            .into_iter()
            .map(|(byte, char)| Segment { byte, char })
            .collect();
        segments.push(Segment {
            byte: normalised.len(),
            char: norm.len_chars(),
        });
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
}
