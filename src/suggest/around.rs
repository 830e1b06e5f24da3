//! What a suggestion records of the text around it when it is accepted or rejected: the anchor
//! a span made from it keeps (`prefix`, `suffix`, as [`reanchor::context_of`] cuts them) and the
//! normalised neighbouring words a rejection is remembered with.
//!
//! Accepting every suggestion of a form in a document cuts many anchors from one text, so
//! [`Around`] finds its grapheme-cluster boundaries once for the whole text (with the fast path
//! of [`cluster_starts`]) rather than segmenting a window around every suggestion again. The
//! words of [`context`] need no boundaries: they are read from the text right there.
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

    /// The anchor's context of `[start, end)`, as [`crate::text::reanchor::context_of`] cuts
    /// it from the whole text.
    pub(super) fn prefix_suffix(&self, start: usize, end: usize) -> (String, String) {
        self.boundaries.context(&self.chars, start, end)
    }
}

/// The normalised words on either side of bytes `[from, to)` of `text` (`CONTEXT_WORDS` each,
/// looked for within `WINDOW` chars), joined around a `_`.
pub(super) fn context(text: &str, from: usize, to: usize) -> String {
    let before = text.get(..from).unwrap_or_default().chars().rev();
    let after = text.get(to..).unwrap_or_default().chars();
    let before = words(before.take(WINDOW), CONTEXT_WORDS);
    let after = words(after.take(WINDOW), CONTEXT_WORDS);
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

/// The first `n` white-space-separated words of `chars`, each in the order read.
fn words(chars: impl Iterator<Item = char>, n: usize) -> Vec<Vec<char>> {
    let mut out: Vec<Vec<char>> = Vec::new();
    let mut current: Vec<char> = Vec::new();
    for c in chars {
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
            let bytes: Vec<usize> = text
                .char_indices()
                .map(|(b, _)| b)
                .chain([text.len()])
                .collect();
            let n = bytes.len() - 1;
            for start in 0..=n {
                for end in (start..=n).step_by(3) {
                    assert_eq!(
                        around.prefix_suffix(start, end),
                        context_of(text, start, end),
                        "{text:?} {start}..{end}"
                    );
                    assert_eq!(
                        context(text, bytes[start], bytes[end]),
                        context_by_windows(text, start, end),
                        "{text:?} {start}..{end}"
                    );
                }
            }
        }
    }
}
