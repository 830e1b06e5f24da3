//! The conventions every annotation format here shares, so a reader and a writer agree:
//!
//! - **Offsets**: hashiya's spans are char (Unicode scalar value = code point) offsets
//!   `[start, end)` into the document's normalised text (see [`crate::import`]). Every format
//!   keeps that unit, which is also the one each of them defines: doccano and brat count
//!   characters of a Python `str` (code points), the W3C `TextPositionSelector` counts code
//!   points, REFI-QDA counts characters of the plain text. `CoNLL` has no offsets (tokens only).
//!   Each output says so where the format has room for it ([`OffsetUnit::describe`]).
//! - **Claim fields**: polarity, certainty and quote mode are written by the same names in every
//!   format ([`polarity_name`], …) and read back by them whatever their case ([`parse_polarity`], …).
//! - **Names**: a file name taken from a file (an archive entry, a document ID made a path) is
//!   refused when it could lead out of the folder it belongs in ([`unsafe_entry_name`]); IDs in
//!   IRIs and file names are percent-encoded ([`encode_iri_part`]).

use std::fmt::Write as _;

use crate::model::{Certainty, Polarity, QuoteMode};

/// The unit of the offsets a format writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    /// Unicode code points (scalar values) of the normalised text: hashiya's own unit.
    CodePoints,
    /// The format states no offsets (`CoNLL`: tokens in order).
    None,
}

impl OffsetUnit {
    /// How outputs state the unit.
    pub fn describe(self) -> &'static str {
        match self {
            Self::CodePoints => "unicode code points",
            Self::None => "none (tokens in order)",
        }
    }
}

/// How claim fields are written in every format (and read back by the imports).
pub fn polarity_name(p: Polarity) -> &'static str {
    match p {
        Polarity::Asserts => "Asserts",
        Polarity::Denies => "Denies",
    }
}

pub fn certainty_name(c: Certainty) -> &'static str {
    match c {
        Certainty::Certain => "Certain",
        Certainty::Probable => "Probable",
        Certainty::Possible => "Possible",
        Certainty::Unknown => "Unknown",
    }
}

pub fn quote_mode_name(q: QuoteMode) -> &'static str {
    match q {
        QuoteMode::Direct => "Direct",
        QuoteMode::Indirect => "Indirect",
        QuoteMode::Mixed => "Mixed",
    }
}

// Another tool (or a person editing a file) may write `certain` or `DENIES`; the values differ
// by more than case, so matching without it loses nothing.
pub fn parse_polarity(s: &str) -> Option<Polarity> {
    Polarity::ALL
        .into_iter()
        .find(|p| polarity_name(*p).eq_ignore_ascii_case(s.trim()))
}

pub fn parse_certainty(s: &str) -> Option<Certainty> {
    Certainty::ALL
        .into_iter()
        .find(|c| certainty_name(*c).eq_ignore_ascii_case(s.trim()))
}

pub fn parse_quote_mode(s: &str) -> Option<QuoteMode> {
    QuoteMode::ALL
        .into_iter()
        .find(|q| quote_mode_name(*q).eq_ignore_ascii_case(s.trim()))
}

/// Why an entry name is unsafe (see [`unsafe_entry_name`]), in English, each with its message.
const UNSAFE_ENTRY: [(&str, &str); 4] = [
    ("is an absolute path", "entry-absolute"),
    (
        "is an absolute path (with a drive letter)",
        "entry-drive-letter",
    ),
    ("holds a NUL character", "entry-nul"),
    ("climbs out of the archive with `..`", "entry-climbs-out"),
];

/// Why an entry name is unsafe, if it is: absolute, with a drive letter, climbing out with
/// `..`, or holding a NUL. In English; [`unsafe_entry_said`] says it in the interface's language.
pub fn unsafe_entry_name(name: &str) -> Option<&'static str> {
    let [absolute, drive, nul, climbs] = UNSAFE_ENTRY.map(|(english, _)| english);
    if name.starts_with('/') || name.starts_with('\\') {
        return Some(absolute);
    }
    let bytes = name.as_bytes();
    if bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' {
        return Some(drive);
    }
    if name.contains('\0') {
        return Some(nul);
    }
    if name.split(['/', '\\']).any(|part| part == "..") {
        return Some(climbs);
    }
    None
}

/// A reason of [`unsafe_entry_name`] in the interface's language.
pub fn unsafe_entry_said(reason: &str) -> String {
    crate::i18n::known(reason, &UNSAFE_ENTRY)
}

/// Percent-encodes everything but unreserved ASCII, so IDs with `/`, spaces or Arabic make valid
/// IRIs.
pub fn encode_iri_part(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_fields_are_read_whatever_their_case() {
        assert_eq!(parse_certainty("certain"), Some(Certainty::Certain));
        assert_eq!(parse_certainty("PROBABLE"), Some(Certainty::Probable));
        assert_eq!(parse_polarity("denies"), Some(Polarity::Denies));
        assert_eq!(parse_quote_mode("indirect "), Some(QuoteMode::Indirect));
        assert_eq!(parse_certainty("sure"), None);
        for c in Certainty::ALL {
            assert_eq!(parse_certainty(certainty_name(c)), Some(c));
        }
    }
}
