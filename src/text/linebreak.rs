//! UAX#14 line-break opportunities through unicode-linebreak.

use unicode_linebreak::BreakOpportunity;

/// A place after which a line may (or must) end, as a byte offset into the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Break {
    pub at: usize,
    pub mandatory: bool,
}

/// Break opportunities of one paragraph, ascending; the last one is always at `text.len()`.
pub fn opportunities(text: &str) -> Vec<Break> {
    let mut out: Vec<Break> = unicode_linebreak::linebreaks(text)
        .map(|(at, kind)| Break {
            at,
            mandatory: kind == BreakOpportunity::Mandatory,
        })
        .collect();
    if out.last().is_none_or(|b| b.at != text.len()) {
        out.push(Break {
            at: text.len(),
            mandatory: true,
        });
    }
    out
}
