//! What a suggestion records of the text around it: the anchor a span made from it keeps
//! (`prefix`, `suffix`, as [`reanchor::context_of`] cuts them) and the normalised neighbouring
//! words a rejection is remembered with.
//!
//! A document gets hundreds of suggestions, so its grapheme-cluster boundaries are found once
//! for the whole text (with the fast path of [`cluster_starts`]) rather than segmenting a window
//! around every suggestion again.
//!
//! [`reanchor::context_of`]: crate::text::reanchor::context_of

use crate::text::graphemes::cluster_starts;
use crate::text::normalize::normalize_key;
use crate::text::reanchor::Boundaries;

/// Words of context kept with a rejection, on each side.
const CONTEXT_WORDS: usize = 1;
/// Chars looked at on each side for the words of context.
const WINDOW: usize = 64;

/// A document's chars and where its grapheme clusters start.
#[derive(Debug)]
pub(super) struct Around {
    chars: Vec<char>,
    boundaries: Boundaries,
}

impl Around {
    pub(super) fn new(text: &str) -> Self {
        let mut chars = Vec::with_capacity(text.len() / 2);
        let mut starts = Vec::with_capacity(text.len() / 2 + 1);
        for (c, start) in cluster_starts(text) {
            chars.push(c);
            starts.push(start);
        }
        Self {
            chars,
            boundaries: Boundaries::from_starts(starts),
        }
    }

    pub(super) fn len(&self) -> usize {
        self.chars.len()
    }

    pub(super) fn text(&self, start: usize, end: usize) -> String {
        self.chars[start..end].iter().collect()
    }

    /// The anchor's context of `[start, end)`, as [`crate::text::reanchor::context_of`] cuts
    /// it from the whole text.
    pub(super) fn prefix_suffix(&self, start: usize, end: usize) -> (String, String) {
        self.boundaries.context(&self.chars, start, end)
    }

    /// The normalised words on either side of `[start, end)` (`CONTEXT_WORDS` each, looked for
    /// within `WINDOW` chars), joined around a `_`.
    pub(super) fn context(&self, start: usize, end: usize) -> String {
        let from = start.saturating_sub(WINDOW);
        let to = (end + WINDOW).min(self.len());
        let before = words(self.chars[from..start].iter().rev(), CONTEXT_WORDS);
        let after = words(self.chars[end..to].iter(), CONTEXT_WORDS);
        let mut joined = String::new();
        for word in before.iter().rev() {
            joined.extend(word.iter().rev());
            joined.push(' ');
        }
        joined.push('_');
        for word in &after {
            joined.push(' ');
            joined.extend(word.iter());
        }
        normalize_key(&joined)
    }
}

/// The first `n` white-space-separated words of `chars`, each in the order read.
fn words<'c>(chars: impl Iterator<Item = &'c char>, n: usize) -> Vec<Vec<char>> {
    let mut out: Vec<Vec<char>> = Vec::new();
    let mut current: Vec<char> = Vec::new();
    for &c in chars {
        if c.is_whitespace() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
                if out.len() == n {
                    return out;
                }
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() && out.len() < n {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::reanchor::context_of;

    /// What the context was before it was computed per document: the words of a window of
    /// `WINDOW` chars on each side, split at white space.
    fn context_by_windows(text: &str, start: usize, end: usize) -> String {
        let chars: Vec<char> = text.chars().collect();
        let before: String = chars[start.saturating_sub(WINDOW)..start].iter().collect();
        let after: String = chars[end..(end + WINDOW).min(chars.len())].iter().collect();
        let before: Vec<&str> = before.split_whitespace().collect();
        let words: Vec<&str> = before[before.len().saturating_sub(CONTEXT_WORDS)..]
            .iter()
            .copied()
            .chain(std::iter::once("_"))
            .chain(after.split_whitespace().take(CONTEXT_WORDS))
            .collect();
        normalize_key(&words.join(" "))
    }

    #[test]
    fn context_and_anchor_match_those_cut_from_the_text_itself() {
        let texts = [
            "وقالت وزارة الدفاع إن القتال مستمر في مدينة حمص منذ أيام، وأضاف أن الطرق مغلقة.",
            "أعلنَ الجيشُ   أنّ  القواتِ تقدّمت 🇸🇾 نحو «حلب»\nوفي الشمال e\u{301}xample.",
            "قصير",
            "",
        ];
        for text in texts {
            let around = Around::new(text);
            let n = around.len();
            for start in 0..=n {
                for end in (start..=n).step_by(3) {
                    assert_eq!(
                        around.prefix_suffix(start, end),
                        context_of(text, start, end),
                        "{text:?} {start}..{end}"
                    );
                    assert_eq!(
                        around.context(start, end),
                        context_by_windows(text, start, end),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
    }
}
