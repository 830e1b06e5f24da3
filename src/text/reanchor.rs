//! Finding a span again after its article changed (re-anchoring).
//!
//! A span records its char offsets, its `quote` (the text there when it was made) and, when
//! known, up to [`CONTEXT_CHARS`] chars of context on each side ([`context_of`]). When the
//! article file changes, the offsets may point at other text. [`reanchor`] looks for the span in
//! the new text, in this order:
//!
//! 1. **Kept**: the quote is still at the old offsets.
//! 2. **Moved**: the quote occurs elsewhere, exactly. Among several occurrences the one whose
//!    surroundings best match the stored context wins, then the one nearest the old offset.
//! 3. **Changed**: a stretch of text within a bounded edit distance of the quote (at most
//!    [`ReanchorOptions::max_error_ratio`] of its length) — searched first in a window around
//!    the old offset, then over the whole text within a work budget, so a hostile or huge
//!    document costs bounded time.
//! 4. **Orphaned**: none of the above; the span is kept for the analyst to place by hand.
//!
//! Every offset returned is a char offset on grapheme-cluster boundaries: a candidate whose
//! edges would split a cluster (e.g. a haraka added right after the quote) is widened to whole
//! clusters, which makes it a `Changed` result rather than an exact one.
//!
//! The approximate search is Sellers' algorithm (edit distance to any substring) with Ukkonen's
//! cut-off, which skips the rows that already exceed the bound, so its cost is about
//! *k* × text length rather than quote length × text length. Each end it reports is then
//! traced back to its best start by a small anchored edit-distance table.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

/// How many chars of context [`context_of`] records on each side of a span.
pub const CONTEXT_CHARS: usize = 32;

/// What is known about a span from when it was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Anchor<'a> {
    /// Old char offsets `[start, end)`.
    pub start: usize,
    pub end: usize,
    /// The text that was at `[start, end)`.
    pub quote: &'a str,
    /// Up to [`CONTEXT_CHARS`] chars just before the span, if recorded.
    pub prefix: Option<&'a str>,
    /// Up to [`CONTEXT_CHARS`] chars just after the span, if recorded.
    pub suffix: Option<&'a str>,
}

/// Where a span is in the new text.
#[derive(Debug, Clone, PartialEq)]
pub enum Reanchored {
    /// The quote is still at the old offsets.
    Kept,
    /// The quote, unchanged, is now at `[start, end)`.
    Moved { start: usize, end: usize },
    /// Text close to the quote is at `[start, end)`; `new_quote` is that text and `score` its
    /// similarity to the old quote (1 − edit distance / longer length, in `(0, 1]`).
    Changed {
        start: usize,
        end: usize,
        new_quote: String,
        score: f32,
    },
    /// Nothing close enough was found.
    Orphaned,
}

/// Tuning of [`reanchor_with`]; [`Default`] suits news articles.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReanchorOptions {
    /// Largest edit distance accepted, as a fraction of the quote's length in chars. With 0.2 a
    /// quote shorter than five chars is only ever found exactly.
    pub max_error_ratio: f32,
    /// Chars searched on each side of the old range before the whole text is.
    pub window: usize,
    /// Most table cells the approximate search over the whole text may compute before it gives
    /// up (the window search is always complete).
    pub budget: usize,
    /// Most exact occurrences whose context is compared (the nearest to the old offset); a
    /// one-letter quote in a large text would otherwise cost a context comparison per letter.
    pub max_candidates: usize,
}

impl Default for ReanchorOptions {
    fn default() -> Self {
        Self {
            max_error_ratio: 0.2,
            window: 2_000,
            budget: 40_000_000,
            max_candidates: 10_000,
        }
    }
}

/// The context of `[start, end)` in `text`: up to [`CONTEXT_CHARS`] chars before and after,
/// cut on grapheme boundaries (so each may be shorter). Offsets past the end are clamped and the
/// range itself is first widened to whole clusters.
pub fn context_of(text: &str, start: usize, end: usize) -> (String, String) {
    let chars: Vec<char> = text.chars().collect();
    Boundaries::new(text).context(&chars, start, end)
}

/// [`reanchor_with`] and the default options.
pub fn reanchor(text: &str, anchor: &Anchor<'_>) -> Reanchored {
    reanchor_with(text, anchor, &ReanchorOptions::default())
}

/// Finds the span described by `anchor` in `text` (see the module docs).
pub fn reanchor_with(text: &str, anchor: &Anchor<'_>, options: &ReanchorOptions) -> Reanchored {
    let quote: Vec<char> = anchor.quote.chars().collect();
    if quote.is_empty() {
        return Reanchored::Orphaned;
    }
    let chars: Vec<char> = text.chars().collect();
    let bounds = Boundaries::new(text);
    let scorer = Scorer::new(&chars, anchor);

    if chars.get(anchor.start..anchor.end) == Some(&quote[..])
        && bounds.is(anchor.start)
        && bounds.is(anchor.end)
    {
        return Reanchored::Kept;
    }

    let exact = exact_candidates(text, anchor, &quote, &bounds, options);
    let best_exact = exact
        .into_iter()
        .map(|range| (scorer.total(range.clone(), 1.0), range))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, range)) = &best_exact
        && scorer.context_is_convincing(range.clone())
    {
        return Reanchored::Moved {
            start: range.start,
            end: range.end,
        };
    }

    // The quote is gone, or it occurs only where the surroundings differ: look for text close to
    // it, where its surroundings may still be.
    let max_distance = max_distance(quote.len(), options.max_error_ratio);
    let old_start = anchor.start.min(chars.len());
    let old_end = anchor.end.clamp(old_start, chars.len());
    let window = old_start.saturating_sub(options.window)
        ..old_end.saturating_add(options.window).min(chars.len());
    let mut fuzzy = None;
    if max_distance > 0 {
        fuzzy = best_fuzzy(
            &chars,
            window.clone(),
            &quote,
            max_distance,
            &bounds,
            &scorer,
            None,
        );
        let whole_text_is_larger = window.start > 0 || window.end < chars.len();
        if fuzzy.is_none() && best_exact.is_none() && whole_text_is_larger {
            fuzzy = best_fuzzy(
                &chars,
                0..chars.len(),
                &quote,
                max_distance,
                &bounds,
                &scorer,
                Some(options.budget),
            );
        }
    }

    let exact_total = best_exact.as_ref().map(|(total, _)| *total);
    match (best_exact, fuzzy) {
        (Some((_, range)), None) => Reanchored::Moved {
            start: range.start,
            end: range.end,
        },
        (Some((_, range)), Some(found))
            if exact_total.is_some_and(|total| total >= found.total) =>
        {
            Reanchored::Moved {
                start: range.start,
                end: range.end,
            }
        }
        (_, Some(found)) => found.into_result(&chars, anchor, &quote),
        (None, None) => Reanchored::Orphaned,
    }
}

/// The largest accepted edit distance for a quote of `len` chars.
fn max_distance(len: usize, ratio: f32) -> usize {
    let ratio = if ratio.is_finite() {
        ratio.clamp(0.0, 1.0)
    } else {
        0.0
    };
    // Quote lengths are far below f32's exact integer range in practice; a rounding error only
    // moves the bound by one.
    #[expect(
        clippy::cast_sign_loss,
        reason = "ratio is clamped to [0, 1], so the product is never negative"
    )]
    let distance = (len as f32 * ratio).floor() as usize;
    distance.min(len.saturating_sub(1))
}

/// Every exact occurrence of the quote on grapheme boundaries (overlapping ones included), at
/// most `options.max_candidates` of them, the nearest to the old offset kept. A text holding
/// the quote more than four times that often (a hostile file of one repeated letter) is only
/// searched up to there, so the cost stays linear in the text.
fn exact_candidates(
    text: &str,
    anchor: &Anchor<'_>,
    quote: &[char],
    bounds: &Boundaries,
    options: &ReanchorOptions,
) -> Vec<Range<usize>> {
    let needle = anchor.quote;
    let mut found = Vec::new();
    let mut byte = 0;
    let mut char_at = 0;
    while let Some(relative) = text.get(byte..).and_then(|rest| rest.find(needle)) {
        let hit = byte + relative;
        char_at += text[byte..hit].chars().count();
        let range = char_at..char_at + quote.len();
        if bounds.is(range.start) && bounds.is(range.end) {
            found.push(range);
            if found.len() >= options.max_candidates.saturating_mul(4) {
                break;
            }
        }
        // Step one char forward, so overlapping occurrences («ـاـاـا») are all seen.
        let step = text[hit..].chars().next().map_or(1, char::len_utf8);
        byte = hit + step;
        char_at += 1;
    }
    if found.len() > options.max_candidates {
        found.sort_by_key(|range| range.start.abs_diff(anchor.start));
        found.truncate(options.max_candidates);
    }
    found
}

/// An approximate match and how it ranks.
struct Fuzzy {
    range: Range<usize>,
    total: f32,
}

impl Fuzzy {
    fn into_result(self, chars: &[char], anchor: &Anchor<'_>, quote: &[char]) -> Reanchored {
        let found = &chars[self.range.clone()];
        if found == quote {
            if self.range.start == anchor.start && self.range.end == anchor.end {
                return Reanchored::Kept;
            }
            return Reanchored::Moved {
                start: self.range.start,
                end: self.range.end,
            };
        }
        Reanchored::Changed {
            start: self.range.start,
            end: self.range.end,
            new_quote: found.iter().collect(),
            score: similarity(quote, found),
        }
    }
}

/// The best approximate match of `quote` inside `region` of `chars`, snapped to grapheme
/// boundaries; `None` when nothing is within `max_distance` (or the budget ran out first).
fn best_fuzzy(
    chars: &[char],
    region: Range<usize>,
    quote: &[char],
    max_distance: usize,
    bounds: &Boundaries,
    scorer: &Scorer<'_>,
    budget: Option<usize>,
) -> Option<Fuzzy> {
    /// More ends than this are not traced back: each costs a table of quote² cells.
    const MAX_ENDS: usize = 64;

    let text = chars.get(region.clone())?;
    let mut ends = match_ends(text, quote, max_distance, budget.unwrap_or(usize::MAX));
    // Keep the best end of each run of adjacent ends: they are one match seen with its last
    // chars dropped or repeated.
    ends = best_of_runs(&ends);
    ends.sort_by_key(|&(end, distance)| (distance, (region.start + end).abs_diff(scorer.old_end)));
    ends.truncate(MAX_ENDS);

    let mut best: Option<Fuzzy> = None;
    for (end, _) in ends {
        let start = best_start(text, end, quote, max_distance);
        let (start, end) = bounds.snap(region.start + start, region.start + end);
        if start >= end {
            continue;
        }
        let found = &chars[start..end];
        let quote_similarity = similarity(quote, found);
        let total = scorer.total(start..end, quote_similarity);
        if best.as_ref().is_none_or(|b| total > b.total) {
            best = Some(Fuzzy {
                range: start..end,
                total,
            });
        }
    }
    best
}

/// Sellers' algorithm with Ukkonen's cut-off: every end `j` (exclusive, in `text`) of a substring
/// within `max_distance` edits of `pattern`, with that distance. Stops after `budget` cells.
fn match_ends(
    text: &[char],
    pattern: &[char],
    max_distance: usize,
    budget: usize,
) -> Vec<(usize, usize)> {
    let m = pattern.len();
    let k = max_distance;
    if m == 0 || k >= m {
        return Vec::new();
    }
    // column[i]: edit distance between pattern[..i] and the best substring ending here; values
    // above k may be stale, but stay above k, which is all that matters.
    let mut column: Vec<usize> = (0..=m).collect();
    let mut last_active = k + 1; // highest row that may be ≤ k
    let mut spent = 0_usize;
    let mut ends = Vec::new();
    for (j, &t) in text.iter().enumerate() {
        let mut diagonal = 0; // old column[i - 1]
        let mut above = 0; // new column[i - 1]
        for (row, &p) in pattern.iter().enumerate().take(last_active) {
            let i = row + 1;
            let value = if p == t {
                diagonal
            } else {
                1 + diagonal.min(above).min(column[i])
            };
            diagonal = column[i];
            column[i] = value;
            above = value;
        }
        spent += last_active;
        while last_active > 0 && column[last_active] > k {
            last_active -= 1;
        }
        if last_active == m {
            ends.push((j + 1, column[m]));
        } else {
            last_active += 1;
        }
        if spent > budget {
            break;
        }
    }
    ends
}

/// From each run of consecutive ends, the one with the least distance (the first on a tie).
fn best_of_runs(ends: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut previous_end = None;
    for &(end, distance) in ends {
        match out.last_mut() {
            Some(last) if previous_end == Some(end - 1) => {
                if distance < last.1 {
                    *last = (end, distance);
                }
            }
            _ => out.push((end, distance)),
        }
        previous_end = Some(end);
    }
    out
}

/// The start of the best substring of `text` ending at `end` that matches `pattern`: the
/// pattern reversed is aligned with the text read backwards from `end`, anchored there and free
/// at the other side. Of equally good starts the one giving the length nearest the pattern's
/// wins.
fn best_start(text: &[char], end: usize, pattern: &[char], max_distance: usize) -> usize {
    let m = pattern.len();
    let reach = (m + max_distance).min(end);
    let before: Vec<char> = text[end - reach..end].iter().rev().copied().collect();
    // table over (pattern reversed, text reversed); row i = pattern chars used, column c = text
    // chars used. We need the last row, for every c.
    let mut previous: Vec<usize> = (0..=before.len()).collect();
    let mut current = vec![0; before.len() + 1];
    for (i, &p) in pattern.iter().rev().enumerate() {
        current[0] = i + 1;
        for (c, &t) in before.iter().enumerate() {
            let substitution = previous[c] + usize::from(p != t);
            current[c + 1] = substitution.min(previous[c + 1] + 1).min(current[c] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    let best = (0..=before.len())
        .min_by_key(|&c| (previous[c], c.abs_diff(m)))
        .unwrap_or(m.min(before.len()));
    end - best
}

/// Levenshtein distance of two char slices (two rows).
fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, &x) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(x != y);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// 1 − distance / longer length: 1 for equal slices, 0 for nothing in common.
fn similarity(a: &[char], b: &[char]) -> f32 {
    let longer = a.len().max(b.len());
    if longer == 0 {
        return 1.0;
    }
    1.0 - levenshtein(a, b) as f32 / longer as f32
}

/// Ranks candidate ranges by how well their quote, their surroundings and their place match.
struct Scorer<'a> {
    chars: &'a [char],
    prefix: Vec<char>,
    suffix: Vec<char>,
    old_start: usize,
    old_end: usize,
}

impl<'a> Scorer<'a> {
    /// Weights of quote similarity, context similarity and closeness. The quote matters most; the
    /// context picks between occurrences; closeness only breaks ties, so a span moved far by a
    /// long insertion still finds its text.
    const QUOTE: f32 = 0.6;
    const CONTEXT: f32 = 0.3;
    const CLOSENESS: f32 = 0.1;
    /// Context similarity from which an exact occurrence is trusted without looking for an
    /// approximate one near the old place.
    const CONVINCING: f32 = 0.5;

    fn new(chars: &'a [char], anchor: &Anchor<'_>) -> Self {
        let cut = |s: Option<&str>| -> Vec<char> { s.unwrap_or_default().chars().collect() };
        let mut prefix = cut(anchor.prefix);
        let mut suffix = cut(anchor.suffix);
        // Hand-edited files may carry longer context; only the chars next to the span count.
        if prefix.len() > CONTEXT_CHARS {
            prefix.drain(..prefix.len() - CONTEXT_CHARS);
        }
        suffix.truncate(CONTEXT_CHARS);
        Self {
            chars,
            prefix,
            suffix,
            old_start: anchor.start,
            old_end: anchor.end,
        }
    }

    fn has_context(&self) -> bool {
        !self.prefix.is_empty() || !self.suffix.is_empty()
    }

    /// How alike the stored context and the text around `range` are, in `[0, 1]`; 1 without a
    /// stored context.
    fn context(&self, range: Range<usize>) -> f32 {
        if !self.has_context() {
            return 1.0;
        }
        let before = &self.chars[range.start.saturating_sub(self.prefix.len())..range.start];
        let after_end = range
            .end
            .saturating_add(self.suffix.len())
            .min(self.chars.len());
        let after = &self.chars[range.end..after_end];
        let weight = (self.prefix.len() + self.suffix.len()) as f32;
        (similarity(&self.prefix, before) * self.prefix.len() as f32
            + similarity(&self.suffix, after) * self.suffix.len() as f32)
            / weight
    }

    fn context_is_convincing(&self, range: Range<usize>) -> bool {
        !self.has_context() || self.context(range) >= Self::CONVINCING
    }

    /// 1 at the old offset, falling towards 0 across the text.
    fn closeness(&self, range: &Range<usize>) -> f32 {
        let distance = range.start.abs_diff(self.old_start);
        let scale = self.chars.len().max(1);
        1.0 - (distance.min(scale) as f32 / scale as f32)
    }

    fn total(&self, range: Range<usize>, quote_similarity: f32) -> f32 {
        Self::QUOTE * quote_similarity
            + Self::CLOSENESS * self.closeness(&range)
            + Self::CONTEXT * self.context(range)
    }
}

/// The grapheme-cluster boundaries of a text, as a bitmap over char offsets `0..=len`.
#[derive(Debug)]
pub(crate) struct Boundaries {
    is: Vec<bool>,
}

impl Boundaries {
    pub(crate) fn new(text: &str) -> Self {
        let mut is = vec![false; text.chars().count() + 1];
        let mut at = 0;
        is[0] = true;
        for grapheme in text.graphemes(true) {
            at += grapheme.chars().count();
            is[at] = true;
        }
        Self { is }
    }

    /// From `starts[i]`: a cluster starts at char `i`, for every char of the text (the end is
    /// added).
    pub(crate) fn from_starts(mut starts: Vec<bool>) -> Self {
        starts.push(true);
        Self { is: starts }
    }

    fn len(&self) -> usize {
        self.is.len() - 1
    }

    /// The anchor's context of `[start, end)` in `chars` (the text these are the boundaries
    /// of): up to [`CONTEXT_CHARS`] chars on each side, cut on cluster boundaries, the range
    /// first widened to whole clusters.
    pub(crate) fn context(&self, chars: &[char], start: usize, end: usize) -> (String, String) {
        let (start, end) = self.snap(start, end);
        let from = self.at_or_after(start.saturating_sub(CONTEXT_CHARS));
        let to = self.at_or_before(end.saturating_add(CONTEXT_CHARS));
        (
            chars[from..start].iter().collect(),
            chars[end..to.max(end)].iter().collect(),
        )
    }

    fn is(&self, index: usize) -> bool {
        self.is.get(index).copied().unwrap_or(false)
    }

    fn at_or_before(&self, index: usize) -> usize {
        let index = index.min(self.len());
        (0..=index).rev().find(|&i| self.is[i]).unwrap_or(0)
    }

    fn at_or_after(&self, index: usize) -> usize {
        let index = index.min(self.len());
        (index..=self.len())
            .find(|&i| self.is[i])
            .unwrap_or(self.len())
    }

    /// The same widening as [`super::graphemes::snap_to_boundaries`], without walking the text
    /// again.
    fn snap(&self, start: usize, end: usize) -> (usize, usize) {
        let (start, end) = if start <= end {
            (start, end)
        } else {
            (end, start)
        };
        let start = self.at_or_before(start);
        let end = self.at_or_after(end);
        (start, end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn sellers_finds_ends_with_distances() {
        let ends = match_ends(&v("xxabcdxx"), &v("abXd"), 1, usize::MAX);
        assert!(ends.contains(&(6, 1)), "{ends:?}");
        assert!(ends.iter().all(|&(_, d)| d <= 1));
        assert_eq!(best_start(&v("xxabcdxx"), 6, &v("abXd"), 1), 2);
    }

    #[test]
    fn levenshtein_basics() {
        assert_eq!(levenshtein(&v("kitten"), &v("sitting")), 3);
        assert_eq!(levenshtein(&v(""), &v("abc")), 3);
        assert!((similarity(&v("abcd"), &v("abcd")) - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn snapping_matches_graphemes_module() {
        let text = "بَيتٌ كبير";
        let bounds = Boundaries::new(text);
        for start in 0..=text.chars().count() + 2 {
            for end in 0..=text.chars().count() + 2 {
                assert_eq!(
                    bounds.snap(start, end),
                    crate::text::graphemes::snap_to_boundaries(text, start, end),
                    "{start}..{end}"
                );
            }
        }
    }
}
