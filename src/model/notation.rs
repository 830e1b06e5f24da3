//! A tiny span notation for tests (after helix's selection notation):
//!
//! ```text
//! قال [PER|محمد] إن [GPE|بدير الزور] …
//! ```
//!
//! `[LABEL|text]` marks `text` with the label `LABEL`; everything else is plain text. The text
//! without the markup and the marked char ranges `[start, end)` (char offsets into that text)
//! come out of [`parse`]; [`render`] writes them back. `\[`, `\]`, `\|` and `\\` stand for the
//! characters themselves. Spans may touch but not nest or overlap.
//!
//! ```
//! use hashiya::model::{notation, LabelId};
//! let (text, spans) = notation::parse("قال [PER|محمد] إن").unwrap();
//! assert_eq!(text, "قال محمد إن");
//! assert_eq!(spans, [(4, 8, LabelId("PER".into()))]);
//! assert_eq!(notation::render(&text, &spans).unwrap(), "قال [PER|محمد] إن");
//! ```

use super::{LabelId, Span};

/// A marked range: char offsets `[start, end)` and its label.
pub type Marked = (usize, usize, LabelId);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotationError {
    #[error("unexpected {found:?} at char {at} of the notation")]
    Unexpected { found: char, at: usize },
    #[error("the notation ends inside a span or an escape")]
    Unfinished,
    #[error("a span has an empty label or text, at char {at} of the notation")]
    Empty { at: usize },
    #[error("spans [{start}, {end}) cannot be written: they overlap, are empty or leave the text")]
    CannotRender { start: usize, end: usize },
    #[error("label {0:?} cannot be written in the notation (it contains `|`, `[`, `]` or `\\`)")]
    BadLabel(String),
}

/// The plain text and the marked ranges of `notation`, in order.
pub fn parse(notation: &str) -> Result<(String, Vec<Marked>), NotationError> {
    let chars: Vec<char> = notation.chars().collect();
    let mut text = String::new();
    let mut len = 0; // chars in `text`
    let mut spans = Vec::new();
    // Inside `[`: the char offset where it opened, the label once `|` was read, and the start.
    let mut open: Option<(usize, Option<String>, usize)> = None;
    let mut label = String::new();
    let mut at = 0;
    while at < chars.len() {
        let mut c = chars[at];
        let escaped = c == '\\';
        if escaped {
            at += 1;
            c = *chars.get(at).ok_or(NotationError::Unfinished)?;
        }
        match (&mut open, c, escaped) {
            (None, '[', false) => {
                open = Some((at, None, len));
                label.clear();
            }
            (None | Some((_, Some(_), _)), '|', false)
            | (None, ']', false)
            | (Some((_, None, _)), '[' | ']', false)
            | (Some((_, Some(_), _)), '[', false) => {
                return Err(NotationError::Unexpected { found: c, at });
            }
            (Some((_, None, _)), '|', false) => {
                if let Some((opened, slot, _)) = &mut open {
                    if label.is_empty() {
                        return Err(NotationError::Empty { at: *opened });
                    }
                    *slot = Some(std::mem::take(&mut label));
                }
            }
            (Some((_, None, _)), c, _) => label.push(c),
            (Some((opened, Some(name), start)), ']', false) => {
                if len == *start {
                    return Err(NotationError::Empty { at: *opened });
                }
                spans.push((*start, len, LabelId(std::mem::take(name))));
                open = None;
            }
            (_, c, _) => {
                text.push(c);
                len += 1;
            }
        }
        at += 1;
    }
    if open.is_some() {
        return Err(NotationError::Unfinished);
    }
    Ok((text, spans))
}

/// Writes `text` with `spans` marked. Spans are taken in order of start; they must be
/// non-empty, inside the text, and must not overlap.
pub fn render(text: &str, spans: &[Marked]) -> Result<String, NotationError> {
    let mut sorted: Vec<&Marked> = spans.iter().collect();
    sorted.sort();
    let len = text.chars().count();
    let mut previous_end = 0;
    for (start, end, label) in &sorted {
        if start >= end || *end > len || *start < previous_end {
            return Err(NotationError::CannotRender {
                start: *start,
                end: *end,
            });
        }
        if label.0.is_empty() || label.0.contains(['|', '[', ']', '\\']) {
            return Err(NotationError::BadLabel(label.0.clone()));
        }
        previous_end = *end;
    }
    let mut out = String::with_capacity(text.len() + spans.len() * 8);
    let mut next = sorted.iter().peekable();
    let mut inside_until = None;
    for (i, c) in text.chars().enumerate() {
        if inside_until == Some(i) {
            out.push(']');
            inside_until = None;
        }
        if let Some((start, end, label)) = next.peek()
            && *start == i
        {
            out.push('[');
            out.push_str(&label.0);
            out.push('|');
            inside_until = Some(*end);
            next.next();
        }
        if matches!(c, '[' | ']' | '|' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    if inside_until.is_some() {
        out.push(']');
    }
    Ok(out)
}

/// The notation of `text` with `spans` (their label and range; IDs and notes are not written).
pub fn render_spans(text: &str, spans: &[Span]) -> Result<String, NotationError> {
    let marked: Vec<Marked> = spans
        .iter()
        .map(|s| (s.start, s.end, s.label.clone()))
        .collect();
    render(text, &marked)
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;

    fn l(s: &str) -> LabelId {
        LabelId(s.into())
    }

    #[test]
    fn parses_and_renders() {
        let src = "قال [PER|محمد] إن [GPE|بدير الزور]";
        let (text, spans) = parse(src).unwrap();
        assert_eq!(text, "قال محمد إن بدير الزور");
        assert_eq!(spans, [(4, 8, l("PER")), (12, 22, l("GPE"))]);
        assert_eq!(render(&text, &spans).unwrap(), src);

        let touching = "[A|ab][B|c]d";
        let (text, spans) = parse(touching).unwrap();
        assert_eq!((text.as_str(), spans.len()), ("abcd", 2));
        assert_eq!(render(&text, &spans).unwrap(), touching);
    }

    #[test]
    fn escapes() {
        let src = r"a \[b\] [X|c\|d\\] \|";
        let (text, spans) = parse(src).unwrap();
        assert_eq!(text, r"a [b] c|d\ |");
        assert_eq!(spans, [(6, 10, l("X"))]);
        assert_eq!(render(&text, &spans).unwrap(), src);
    }

    #[test]
    fn errors() {
        assert_eq!(parse("[A|x"), Err(NotationError::Unfinished));
        assert_eq!(parse("x\\"), Err(NotationError::Unfinished));
        assert_eq!(parse("[|x]"), Err(NotationError::Empty { at: 0 }));
        assert_eq!(parse("ab[A|]"), Err(NotationError::Empty { at: 2 }));
        assert_eq!(
            parse("[A|x[B|y]]"),
            Err(NotationError::Unexpected { found: '[', at: 4 })
        );
        assert_eq!(
            parse("a]"),
            Err(NotationError::Unexpected { found: ']', at: 1 })
        );
        assert!(matches!(
            render("abc", &[(0, 2, l("A")), (1, 3, l("B"))]),
            Err(NotationError::CannotRender { .. })
        ));
        assert!(matches!(
            render("abc", &[(0, 4, l("A"))]),
            Err(NotationError::CannotRender { .. })
        ));
        assert!(matches!(
            render("abc", &[(0, 1, l("A|B"))]),
            Err(NotationError::BadLabel(_))
        ));
    }
}
