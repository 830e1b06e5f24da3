//! The text selection of the article view, in logical order, and the word around a click.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation as _;

use crate::text::graphemes;

/// What a click on the text hit: the char under the pointer and the word around it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClickedWord {
    pub char_index: usize,
    pub word: Range<usize>,
    pub word_text: String,
}

/// A selection in logical order terms: the caret where it started and the caret where it ends
/// now. `range()` is the logical span between them, whichever comes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextSelection {
    pub anchor: usize,
    pub focus: usize,
}

impl TextSelection {
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.focus)..self.anchor.max(self.focus)
    }

    pub fn is_empty(&self) -> bool {
        self.anchor == self.focus
    }

    /// Grow both edges outward to the nearest word boundaries (UAX#29), keeping the direction;
    /// then drop the white space at the edges, so a drag that began in the gap before a word
    /// shows the word it will label. A selection of nothing but white space stays as it is, so
    /// labelling it can say why it is refused.
    #[must_use]
    pub fn snapped_to_words(&self, text: &str) -> TextSelection {
        let r = self.range();
        if r.is_empty() {
            return *self;
        }
        let mut start = r.start;
        let mut end = r.end;
        let mut pos = 0;
        for (_, w) in text.split_word_bound_indices() {
            let n = w.chars().count();
            let word = pos..pos + n;
            let wordlike = w.chars().any(char::is_alphanumeric);
            if wordlike && word.start < r.start && r.start < word.end {
                start = word.start;
            }
            if wordlike && word.start < r.end && r.end < word.end {
                end = word.end;
            }
            pos += n;
            if pos >= r.end {
                break;
            }
        }
        let (trimmed_start, trimmed_end) = graphemes::trim_whitespace(text, start, end);
        if trimmed_start < trimmed_end {
            (start, end) = (trimmed_start, trimmed_end);
        }
        if self.anchor <= self.focus {
            TextSelection {
                anchor: start,
                focus: end,
            }
        } else {
            TextSelection {
                anchor: end,
                focus: start,
            }
        }
    }
}

/// The word (UAX#29 word boundaries) that contains char `i`.
pub fn word_around(text: &str, i: usize) -> ClickedWord {
    let mut char_pos = 0;
    for (_, w) in text.split_word_bound_indices() {
        let n = w.chars().count();
        if i < char_pos + n {
            return ClickedWord {
                char_index: i,
                word: char_pos..char_pos + n,
                word_text: w.to_owned(),
            };
        }
        char_pos += n;
    }
    ClickedWord {
        char_index: i,
        word: i..i,
        word_text: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapping_to_words_leaves_out_the_gap_a_drag_began_in() {
        let text = "نقلت وكالات الأنباء  عن مصدر";
        let snapped = |anchor, focus| TextSelection { anchor, focus }.snapped_to_words(text);
        // From the space before «وكالات» (char 4) into the middle of it.
        assert_eq!(
            snapped(4, 8),
            TextSelection {
                anchor: 5,
                focus: 11
            }
        );
        // Dragged right to left from inside «الأنباء» to the gap after «نقلت».
        assert_eq!(
            snapped(14, 4),
            TextSelection {
                anchor: 19,
                focus: 5
            }
        );
        // Across the double space, ending in it.
        assert_eq!(
            snapped(13, 21),
            TextSelection {
                anchor: 12,
                focus: 19
            }
        );
        // Only spaces: kept, so labelling it can say why it is refused.
        assert_eq!(
            snapped(19, 21),
            TextSelection {
                anchor: 19,
                focus: 21
            }
        );
    }
}
