//! One article file's bytes → its normalised text (see the [module docs](super) for what
//! "normalised" means), plus the decisions that reject a file: empty, binary, unknown encoding.
//!
//! How the encoding is chosen, in order:
//! 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides, and is removed;
//! 2. bytes that are valid UTF-8 (including pure ASCII) are UTF-8;
//! 3. otherwise `chardetng` guesses among the legacy encodings (UTF-8 excluded, no top-level
//!    domain hint, ISO-2022-JP excluded) and [`Decoded::guessed`] is set.
//!
//! A file is *binary* when its decoded text contains a NUL character, or when more than 5 % of its
//! chars are C0 control characters other than tab, LF, CR and form feed (DEL counts as one).
//! Checking the decoded text rather than the raw bytes keeps UTF-16 files (full of zero bytes)
//! from looking binary. A file is *empty* when it has no bytes, or only whitespace (and BOMs)
//! once decoded.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_8};

/// Why a file was not imported (or an article could not be decoded). `Display` is a sentence
/// fragment meant to follow the file's path, e.g. `notes/a.txt: binary content, not text`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    /// Zero bytes, or nothing but whitespace once decoded.
    #[error("empty file: no text, or only whitespace")]
    Empty,
    /// NUL characters or many control characters: an image, archive or other non-text file.
    #[error("binary content (NUL bytes or many control characters), not text")]
    Binary,
    /// Larger than [`ImportOptions::max_file_bytes`](super::ImportOptions::max_file_bytes).
    #[error("too large: {} is over the limit of {}", human_size(*bytes), human_size(*limit))]
    TooLarge { bytes: u64, limit: u64 },
    /// An I/O error (permission, broken symbolic link, ...), with the system's message.
    #[error("cannot be read: {0}")]
    Unreadable(String),
    /// A symbolic link to a file outside the imported folder.
    #[error("symbolic link to a file outside the imported folder; not followed")]
    OutsideRoot,
    /// A symbolic link to a folder. Never followed: following could loop, or leave the folder,
    /// and files inside the folder are imported where they really are.
    #[error("symbolic link to a folder; not followed")]
    SymlinkedDirectory,
    /// A device, socket or named pipe with an article's extension.
    #[error("not a regular file (device, socket or named pipe)")]
    NotAFile,
    /// The file name is not valid Unicode, so it cannot become a stable document ID.
    #[error("file name is not valid Unicode")]
    NonUnicodeName,
    /// The encoding recorded for an article is not one `encoding_rs` knows.
    #[error("unknown encoding {0:?}")]
    UnknownEncoding(String),
    /// A file no article reader reads (see `formats::Format`), with a word on what it seems to be
    /// (a PDF, an image) when its extension says.
    #[error("not a supported article format{}", if .0.is_empty() { String::new() } else { format!(" ({})", .0) })]
    UnsupportedFormat(String),
    /// A page or document that is read but holds no article text (only scripts, navigation, an
    /// empty body).
    #[error("no article text found in it")]
    NoArticleText,
    /// A table none of whose columns holds article text: not an article table.
    #[error("a table without a text column (text, body, content, article), so not articles")]
    NotArticleTable,
    /// A file (or one record of a table) of a supported format that cannot be read as such.
    #[error("cannot be read: {0}")]
    Malformed(String),
}

/// `1234` → `"1234 bytes"`, `3_500_000` → `"3.3 MB"` (binary units, as file managers show them).
fn human_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else if bytes >= 10 * KB {
        format!("{:.1} kB", bytes as f64 / KB as f64)
    } else {
        format!("{bytes} bytes")
    }
}

/// The normalised text of one file and how it was obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// Decoded text, BOM removed, every CRLF and lone CR turned into LF.
    pub text: String,
    /// The encoding the bytes were decoded from; `encoding.name()` is what a document records.
    pub encoding: &'static Encoding,
    /// True when the encoding was guessed by `chardetng` (no BOM, not valid UTF-8).
    pub guessed: bool,
    /// True when some bytes were malformed for `encoding` and replaced with U+FFFD.
    pub had_errors: bool,
}

impl Decoded {
    /// The warnings a document records for this decoding, in a fixed order.
    pub fn warnings(&self) -> Vec<String> {
        let mut warnings = Vec::new();
        if self.guessed {
            warnings.push(format!("encoding guessed as {}", self.encoding.name()));
        }
        if self.had_errors {
            let replaced = self.text.chars().filter(|&c| c == '\u{FFFD}').count();
            warnings.push(format!(
                "malformed {} bytes replaced with U+FFFD ({replaced} in the text)",
                self.encoding.name()
            ));
        }
        warnings
    }
}

/// Decodes one file's bytes, choosing the encoding as described in the module docs.
pub fn decode(bytes: &[u8]) -> Result<Decoded, SkipReason> {
    if bytes.is_empty() {
        return Err(SkipReason::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return finish(encoding, false, &bytes[bom_len..]);
    }
    if Encoding::utf8_valid_up_to(bytes) == bytes.len() {
        return finish(UTF_8, false, bytes);
    }
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, Utf8Detection::Deny);
    finish(encoding, true, bytes)
}

/// Decodes one file's bytes with a recorded encoding (a WHATWG label such as `windows-1256`),
/// as when re-reading an article of a saved project. A byte order mark still wins over the label,
/// exactly as in [`decode`], so an unchanged file always gives the text it gave at import.
pub fn decode_with(bytes: &[u8], encoding_name: &str) -> Result<Decoded, SkipReason> {
    let encoding = Encoding::for_label_no_replacement(encoding_name.trim().as_bytes())
        .ok_or_else(|| SkipReason::UnknownEncoding(encoding_name.to_owned()))?;
    if bytes.is_empty() {
        return Err(SkipReason::Empty);
    }
    match Encoding::for_bom(bytes) {
        Some((bom_encoding, bom_len)) => finish(bom_encoding, false, &bytes[bom_len..]),
        None => finish(encoding, false, bytes),
    }
}

/// Decodes `body` (BOM already removed), rejects binary and blank text, normalises line endings.
fn finish(encoding: &'static Encoding, guessed: bool, body: &[u8]) -> Result<Decoded, SkipReason> {
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    check_is_text(&text)?;
    let text = if text.contains('\r') {
        normalise_line_endings(&text).into_owned()
    } else {
        text.into_owned()
    };
    Ok(Decoded {
        text,
        encoding,
        guessed,
        had_errors,
    })
}

/// `Err(Binary)` for NULs or more than 5 % suspicious control chars, `Err(Empty)` for blank text.
fn check_is_text(text: &str) -> Result<(), SkipReason> {
    let mut chars = 0usize;
    let mut controls = 0usize;
    let mut blank = true;
    for c in text.chars() {
        if c == '\0' {
            return Err(SkipReason::Binary);
        }
        chars += 1;
        if c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C') {
            controls += 1;
        }
        if blank && !(c.is_whitespace() || c == '\u{FEFF}') {
            blank = false;
        }
    }
    if controls * 20 > chars {
        Err(SkipReason::Binary)
    } else if blank {
        Err(SkipReason::Empty)
    } else {
        Ok(())
    }
}

/// Turns every CRLF pair and every lone CR into LF; borrows when there is no CR at all.
/// Each line break becomes exactly one char, so offsets agree across LF, CRLF and CR files.
pub fn normalise_line_endings(s: &str) -> Cow<'_, str> {
    if !s.contains('\r') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(cr) = rest.find('\r') {
        out.push_str(&rest[..cr]);
        out.push('\n');
        rest = &rest[cr + 1..];
        if let Some(after_lf) = rest.strip_prefix('\n') {
            rest = after_lf;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings() {
        assert_eq!(normalise_line_endings("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(normalise_line_endings("\r\r\n\n\r"), "\n\n\n\n");
        assert_eq!(normalise_line_endings("\r\n\r\n"), "\n\n");
        assert!(matches!(
            normalise_line_endings("سطر\nآخر"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn control_characters() {
        assert_eq!(check_is_text("نص\tعادي\x0C\n"), Ok(()));
        assert_eq!(check_is_text("a\0b"), Err(SkipReason::Binary));
        // One escape in a long line is tolerated; a quarter of controls is not.
        let long = format!("{}\x1b", "ك".repeat(40));
        assert_eq!(check_is_text(&long), Ok(()));
        assert_eq!(check_is_text("ab\x01\x02cdefgh"), Err(SkipReason::Binary));
        assert_eq!(
            check_is_text(" \n\t\u{FEFF}\u{3000}"),
            Err(SkipReason::Empty)
        );
    }

    #[test]
    fn bom_wins_over_recorded_label() {
        let bytes = [0xEF, 0xBB, 0xBF, b'h', b'i', b'\r', b'\n'];
        let decoded = decode_with(&bytes, "windows-1256").expect("decodes");
        assert_eq!(decoded.encoding, UTF_8);
        assert_eq!(decoded.text, "hi\n");
        assert_eq!(
            decode_with(b"x", "no-such-encoding"),
            Err(SkipReason::UnknownEncoding("no-such-encoding".to_owned()))
        );
        // The "replacement" encoding (labels like iso-2022-kr) would decode to one U+FFFD.
        assert!(matches!(
            decode_with(b"x", "iso-2022-kr"),
            Err(SkipReason::UnknownEncoding(_))
        ));
    }

    #[test]
    fn sizes_read_well() {
        assert_eq!(human_size(11), "11 bytes");
        assert_eq!(human_size(20 * 1024 * 1024), "20.0 MB");
        assert_eq!(human_size(15 * 1024), "15.0 kB");
    }
}
