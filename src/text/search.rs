//! Searching the corpus: normalised (the default, for Arabic spelt many ways), exact, or by
//! regular expression.
//!
//! [`SearchIndex`] normalises every document once. A query then scans each text byte-wise and
//! turns every hit into char offsets of the original through per-document tables, so it costs
//! one pass over the text plus a small constant per hit, however long the documents are.
//!
//! Hits are `[start, end)` char offsets into the original text, on grapheme-cluster boundaries:
//! a match that ends on a letter takes its harakat, and one that touches part of a cluster takes
//! all of it.

use std::ops::Range;

use memchr::memmem;
use regex::Regex;
use unicode_segmentation::GraphemeCursor;

use super::normalize::{self, NormalizeOptions, Normalized, is_proclitic_prefix, is_tashkeel};

/// How much original text a hit carries on each side, in chars (fewer where the cut would split
/// a grapheme cluster).
pub const CONTEXT_CHARS: usize = 40;

/// Bytes per entry of the byte → char tables: each lookup scans at most this many bytes.
const BLOCK: usize = 64;

/// A word may carry up to four proclitic letters (و ب ا ل); harakat on them count too when the
/// index keeps harakat.
const MAX_PREFIX_CHARS: usize = 12;

/// How the pattern is matched.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SearchMode {
    /// The pattern and the documents normalised alike (harakat, alef and yeh forms, digits …; see
    /// [`NormalizeOptions`]), so «الاسلامية» finds «الإسلاميّة». With whole words, a match may
    /// follow proclitics: «دمشق» finds the stem of «وبدمشق» but not «دمشقي».
    #[default]
    Normalized,
    /// The pattern's chars exactly as typed, in the original text.
    Exact,
    /// A regular expression (the `regex` crate's syntax) over the original text.
    Regex,
}

/// What to look for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SearchQuery {
    pub pattern: String,
    pub mode: SearchMode,
    /// Only hits that are neither preceded nor followed by a letter, digit or harakah (in
    /// [`SearchMode::Normalized`], proclitics may precede).
    pub whole_words: bool,
}

impl SearchQuery {
    pub fn new(pattern: impl Into<String>, mode: SearchMode) -> Self {
        Self {
            pattern: pattern.into(),
            mode,
            whole_words: false,
        }
    }
}

/// One occurrence.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Hit {
    /// The key the document was indexed under.
    pub doc: usize,
    /// Char offsets `[start, end)` into the original text, on grapheme-cluster boundaries.
    pub range: Range<usize>,
    /// Up to [`CONTEXT_CHARS`] chars of original text before the hit.
    pub context_before: String,
    /// Up to [`CONTEXT_CHARS`] chars of original text after the hit.
    pub context_after: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SearchError {
    /// The pattern of a [`SearchMode::Regex`] query does not compile: the sentence in the
    /// interface's language, the reason in the regex library's words.
    #[error("{}", crate::i18n::tr_plain("search-invalid-regex", &[("reason", reason.as_str().into()), ("pattern", pattern.as_str().into())]))]
    InvalidRegex { reason: String, pattern: String },
}

/// Documents prepared for repeated searching: each one's original text, its normalised text and
/// map, and byte → char tables for both.
pub struct SearchIndex {
    options: NormalizeOptions,
    docs: Vec<IndexedDoc>,
}

impl SearchIndex {
    /// An index over `(key, text)` pairs, normalised with [`NormalizeOptions::default`]. Hits
    /// come in order of key (documents with equal keys in the order given), then of offset.
    pub fn new<I, S>(documents: I) -> Self
    where
        I: IntoIterator<Item = (usize, S)>,
        S: AsRef<str> + Sync,
    {
        Self::with_options(documents, NormalizeOptions::default())
    }

    /// As [`SearchIndex::new`], with the foldings of `options` for [`SearchMode::Normalized`].
    pub fn with_options<I, S>(documents: I, options: NormalizeOptions) -> Self
    where
        I: IntoIterator<Item = (usize, S)>,
        S: AsRef<str> + Sync,
    {
        let documents: Vec<(usize, S)> = documents.into_iter().collect();
        let docs = index_documents(&documents, &options);
        Self { options, docs }
    }

    pub fn options(&self) -> &NormalizeOptions {
        &self.options
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Every hit of `query`, in document then offset order; hits do not overlap. A pattern that
    /// is empty (after normalisation, in normalised mode) finds nothing, and so do empty regex
    /// matches.
    pub fn search(&self, query: &SearchQuery) -> Result<Vec<Hit>, SearchError> {
        self.search_limited(query, usize::MAX)
    }

    /// The first `max_hits` hits of [`search`](Self::search), for a UI that shows a page of them
    /// (one more than it shows tells it there are more).
    pub fn search_limited(
        &self,
        query: &SearchQuery,
        max_hits: usize,
    ) -> Result<Vec<Hit>, SearchError> {
        let matcher = match query.mode {
            SearchMode::Normalized => {
                let pattern = normalize::normalize(&query.pattern, &self.options);
                Matcher::literal(pattern.text())
            }
            SearchMode::Exact => Matcher::literal(&query.pattern),
            SearchMode::Regex => Some(Matcher::Regex(Regex::new(&query.pattern).map_err(
                |error| SearchError::InvalidRegex {
                    reason: regex_reason(&error),
                    pattern: query.pattern.clone(),
                },
            )?)),
        };
        let mut hits = Vec::new();
        let Some(matcher) = matcher else {
            return Ok(hits);
        };
        if max_hits == usize::MAX {
            // Every hit is wanted: documents are independent, so search them on every core.
            let per_doc = crate::parallel::map(&self.docs, 64, |doc| {
                let mut found = Vec::new();
                doc.search(&matcher, query, usize::MAX, &mut found);
                found
            });
            return Ok(per_doc.into_iter().flatten().collect());
        }
        for doc in &self.docs {
            if hits.len() >= max_hits {
                break;
            }
            doc.search(&matcher, query, max_hits - hits.len(), &mut hits);
        }
        Ok(hits)
    }
}

/// The gist of a regex error: its last line, without the "error: " the parser puts there.
fn regex_reason(error: &regex::Error) -> String {
    let text = error.to_string();
    let last = text.lines().rev().find(|line| !line.trim().is_empty());
    let last = last.unwrap_or(&text).trim();
    last.strip_prefix("error: ").unwrap_or(last).to_owned()
}

enum Matcher {
    Literal(Box<memmem::Finder<'static>>),
    Regex(Regex),
}

impl Matcher {
    /// `None` for an empty pattern, which matches nothing.
    fn literal(pattern: &str) -> Option<Self> {
        (!pattern.is_empty())
            .then(|| Self::Literal(Box::new(memmem::Finder::new(pattern).into_owned())))
    }

    /// The next match in `haystack` starting at or after byte `from`, as a byte range.
    fn find_at(&self, haystack: &str, from: usize) -> Option<Range<usize>> {
        match self {
            Self::Literal(finder) => {
                let at = from + finder.find(haystack.as_bytes().get(from..)?)?;
                Some(at..at + finder.needle().len())
            }
            Self::Regex(regex) => regex.find_at(haystack, from).map(|m| m.range()),
        }
    }
}

/// Normalises `documents` on every core (each document is independent), sorted by key and, for
/// equal keys, in the order given.
fn index_documents<S: AsRef<str> + Sync>(
    documents: &[(usize, S)],
    options: &NormalizeOptions,
) -> Vec<IndexedDoc> {
    let mut docs = crate::parallel::map(documents, 16, |(key, text)| {
        IndexedDoc::new(*key, text.as_ref(), options)
    });
    docs.sort_by_key(|doc| doc.key);
    docs
}

struct IndexedDoc {
    key: usize,
    original: String,
    original_chars: CharTable,
    normalized: Normalized,
    normalized_chars: CharTable,
}

impl IndexedDoc {
    fn new(key: usize, text: &str, options: &NormalizeOptions) -> Self {
        let normalized = normalize::normalize(text, options);
        Self {
            key,
            original: text.to_owned(),
            original_chars: CharTable::new(text),
            normalized_chars: CharTable::new(normalized.text()),
            normalized,
        }
    }

    fn search(&self, matcher: &Matcher, query: &SearchQuery, limit: usize, hits: &mut Vec<Hit>) {
        let haystack = match query.mode {
            SearchMode::Normalized => self.normalized.text(),
            SearchMode::Exact | SearchMode::Regex => &self.original,
        };
        let mut found_here = 0;
        let mut from = 0;
        let mut last_end = 0;
        while found_here < limit {
            let Some(found) = matcher.find_at(haystack, from) else {
                break;
            };
            let range = if found.is_empty() {
                None
            } else if query.mode == SearchMode::Normalized {
                self.accept_normalized(&found, query.whole_words)
            } else {
                self.accept_original(&found, query.whole_words)
            };
            match range {
                // Widening to clusters can make two matches touch the same cluster (the two
                // halves of a lam-alef ligature); the first one keeps it.
                Some(range) if range.start >= last_end => {
                    last_end = range.end;
                    hits.push(self.hit(range));
                    found_here += 1;
                    from = found.end;
                }
                // A rejected match may overlap an acceptable one that starts later.
                _ => from = next_char(haystack, found.start),
            }
            if from > haystack.len() {
                break;
            }
        }
    }

    /// `found` in the normalised text → original chars, or `None` when it is not a whole word.
    fn accept_normalized(&self, found: &Range<usize>, whole_words: bool) -> Option<Range<usize>> {
        let text = self.normalized.text();
        if whole_words && !is_whole_word_after_proclitics(text, found) {
            return None;
        }
        let start = self.normalized_chars.char_at(text, found.start);
        let end = self.normalized_chars.char_at(text, found.end);
        Some(self.normalized.to_original(start..end))
    }

    /// `found` in the original text, widened to whole clusters → chars, or `None` when it is
    /// not a whole word.
    fn accept_original(&self, found: &Range<usize>, whole_words: bool) -> Option<Range<usize>> {
        let text = self.original.as_str();
        let start = snap_back(text, found.start);
        let end = snap_forward(text, found.end);
        if whole_words
            && (text[..start].chars().next_back().is_some_and(is_word_char)
                || text[end..].chars().next().is_some_and(is_word_char))
        {
            return None;
        }
        Some(self.original_chars.char_at(text, start)..self.original_chars.char_at(text, end))
    }

    fn hit(&self, range: Range<usize>) -> Hit {
        let text = self.original.as_str();
        let start = self.original_chars.byte_at(text, range.start);
        let end = self.original_chars.byte_at(text, range.end);
        let before = text[..start]
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(at, _)| at);
        let after = text[end..]
            .char_indices()
            .nth(CONTEXT_CHARS)
            .map_or(text.len(), |(at, _)| end + at);
        Hit {
            doc: self.key,
            range,
            context_before: text[snap_forward(text, before)..start].to_owned(),
            context_after: text[end..snap_back(text, after)].to_owned(),
        }
    }
}

/// Whether `found` in normalised `text` is a whole word, or a word's stem after proclitics
/// («دمشق» in «بدمشق», «جيش» in «للجيش»).
fn is_whole_word_after_proclitics(text: &str, found: &Range<usize>) -> bool {
    if text[found.end..].chars().next().is_some_and(is_word_char) {
        return false;
    }
    let mut word_start = found.start;
    for (count, (at, c)) in text[..found.start].char_indices().rev().enumerate() {
        if !is_word_char(c) {
            break;
        }
        if count == MAX_PREFIX_CHARS {
            return false;
        }
        word_start = at;
    }
    word_start == found.start || is_proclitic_prefix(&text[word_start..found.start])
}

/// Chars that continue a word: letters (tatweel included), digits, harakat, and the joiners
/// that Persian spelling puts inside words.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_tashkeel(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

fn next_char(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(1, char::len_utf8)
}

/// Byte `at` of `text` moved back to the start of its grapheme cluster.
fn snap_back(text: &str, at: usize) -> usize {
    let mut cursor = GraphemeCursor::new(at, text.len(), true);
    match cursor.is_boundary(text, 0) {
        Ok(false) => cursor.prev_boundary(text, 0).ok().flatten().unwrap_or(0),
        // The whole text is the chunk, so the cursor never asks for more.
        Ok(true) | Err(_) => at,
    }
}

/// Byte `at` of `text` moved forward to the end of its grapheme cluster.
fn snap_forward(text: &str, at: usize) -> usize {
    let mut cursor = GraphemeCursor::new(at, text.len(), true);
    match cursor.is_boundary(text, 0) {
        Ok(false) => cursor
            .next_boundary(text, 0)
            .ok()
            .flatten()
            .unwrap_or(text.len()),
        Ok(true) | Err(_) => at,
    }
}

/// Byte ↔ char offsets of one text without walking it from the start: the number of chars before
/// each block of [`BLOCK`] bytes; a lookup scans inside one block.
struct CharTable {
    chars_before_block: Vec<usize>,
}

impl CharTable {
    fn new(text: &str) -> Self {
        let mut chars_before_block = Vec::with_capacity(text.len() / BLOCK + 2);
        let mut chars = 0;
        for block in text.as_bytes().chunks(BLOCK) {
            chars_before_block.push(chars);
            chars += char_starts(block);
        }
        chars_before_block.push(chars);
        Self { chars_before_block }
    }

    /// The char offset of byte `byte`, a char boundary of `text` (the text the table was made
    /// from).
    fn char_at(&self, text: &str, byte: usize) -> usize {
        let block = byte / BLOCK;
        self.chars_before_block[block] + char_starts(&text.as_bytes()[block * BLOCK..byte])
    }

    /// The byte offset of char `index` of `text`; the length for `index` at or past the end.
    fn byte_at(&self, text: &str, index: usize) -> usize {
        let total = self.chars_before_block.last().copied().unwrap_or(0);
        if index >= total {
            return text.len();
        }
        // The first entry is 0, so at least one entry is <= index.
        let block = self.chars_before_block.partition_point(|&n| n <= index) - 1;
        let mut chars = self.chars_before_block[block];
        for (at, &byte) in text.as_bytes()[block * BLOCK..].iter().enumerate() {
            if is_char_start(byte) {
                if chars == index {
                    return block * BLOCK + at;
                }
                chars += 1;
            }
        }
        text.len()
    }
}

fn is_char_start(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

fn char_starts(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| is_char_start(b)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_table_round_trips() {
        let text = "a".repeat(63) + "بلدة الفضة 2024 😀 e\u{301}" + &"ج".repeat(100);
        let table = CharTable::new(&text);
        for (index, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(table.char_at(&text, byte), index);
            assert_eq!(table.byte_at(&text, index), byte);
        }
        let chars = text.chars().count();
        assert_eq!(table.char_at(&text, text.len()), chars);
        assert_eq!(table.byte_at(&text, chars), text.len());
        assert_eq!(table.byte_at(&text, chars + 5), text.len());
        let empty = CharTable::new("");
        assert_eq!((empty.char_at("", 0), empty.byte_at("", 0)), (0, 0));
    }

    #[test]
    fn snapping_keeps_clusters_whole() {
        let text = "بَدر";
        assert_eq!(snap_back(text, 2), 0);
        assert_eq!(snap_forward(text, 2), 4);
        assert_eq!(snap_forward(text, 4), 4);
    }

    #[test]
    fn whole_words_after_proclitics() {
        let check = |text: &str, pattern: &str| {
            let at = text.find(pattern).expect("pattern in text");
            is_whole_word_after_proclitics(text, &(at..at + pattern.len()))
        };
        assert!(check("في دمشق اليوم", "دمشق"));
        assert!(check("وبدمشق", "دمشق"));
        assert!(check("للجيش", "جيش"));
        assert!(check("والجيش", "جيش"));
        assert!(!check("مدمشق", "دمشق"));
        assert!(!check("دمشقي", "دمشق"));
        assert!(!check("لاجيش", "جيش"));
    }

    #[test]
    #[expect(clippy::invalid_regex, reason = "the error is what is tested")]
    fn regex_errors_read_well() {
        let error = Regex::new("(").expect_err("unclosed");
        assert_eq!(regex_reason(&error), "unclosed group");
    }

    /// The sentence is the interface's, the reason the regex library's own words.
    #[test]
    fn an_invalid_pattern_is_said_in_the_interface_language() {
        use crate::i18n::{Language, in_language};
        let error = SearchError::InvalidRegex {
            reason: "unclosed group".to_owned(),
            pattern: "(قال".to_owned(),
        };
        let english = in_language(Language::English, || error.to_string());
        assert_eq!(english, "invalid regular expression (unclosed group): (قال");
        let arabic = in_language(Language::Arabic, || error.to_string());
        crate::i18n::assert_arabic(
            std::slice::from_ref(&arabic),
            &[english],
            &["invalid", "regular"],
        );
        assert!(
            arabic.contains("unclosed group") && arabic.contains("(قال"),
            "{arabic}"
        );
    }
}
