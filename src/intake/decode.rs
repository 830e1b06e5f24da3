//! One article file's bytes → its normalised text (see the [import module docs](crate::import) for what
//! "normalised" means), plus the decisions that reject a file: empty, binary, unknown encoding.
//!
//! How the encoding is chosen, in order:
//! 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides, and is removed;
//! 2. bytes that are valid UTF-8 (including pure ASCII) are UTF-8;
//! 3. bytes that are UTF-8 but for a few malformed sequences (at most one per 200 chars, or
//!    eight in all, with many well-formed non-ASCII chars around them) are UTF-8 too: one stray
//!    byte must not turn a whole Arabic article into mojibake. The bad bytes become U+FFFD and
//!    their byte positions are reported;
//! 4. otherwise the legacy encodings are guessed (see [`detect`](self::detect)): `chardetng`'s
//!    guess and a few common others are scored by how much of their decoded text reads as letters
//!    of one script, and [`Decoded::guessed`] is set with how sure the guess is.
//!
//! A file is *binary* when its decoded text contains a NUL character, or when more than 5 % of its
//! chars are C0 control characters other than tab, LF, CR and form feed (DEL counts as one).
//! Checking the decoded text rather than the raw bytes keeps UTF-16 files (full of zero bytes)
//! from looking binary. A file is *empty* when it has no bytes, or only whitespace (and BOMs)
//! once decoded.

use std::borrow::Cow;

use encoding_rs::{DecoderResult, Encoding, UTF_8};

mod detect;
pub use detect::Detection;

use crate::model::ImportWarning;
pub use crate::model::description::Arg as FaultArg;

/// Why a file was not imported (or an article could not be decoded). `Display` is a sentence
/// fragment meant to follow the file's path, e.g. `notes/a.txt: binary content, not text`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SkipReason {
    /// Zero bytes, or nothing but whitespace once decoded.
    #[error("{}", say("skip-empty", &[]))]
    Empty,
    /// NUL characters or many control characters: an image, archive or other non-text file.
    #[error("{}", say("skip-binary", &[]))]
    Binary,
    /// Larger than [`ImportOptions::max_file_bytes`](crate::import::ImportOptions::max_file_bytes).
    #[error("{}", say("skip-too-large", &[("size", human_size(*bytes).into()), ("limit", human_size(*limit).into())]))]
    TooLarge { bytes: u64, limit: u64 },
    /// An I/O error (permission, broken symbolic link, ...): the system's reason, or our words.
    #[error("{}", say("skip-unreadable", &[("error", unreadable(.0).into())]))]
    Unreadable(crate::i18n::IoCause),
    /// A symbolic link to a file outside the imported folder.
    #[error("{}", say("skip-outside-root", &[]))]
    OutsideRoot,
    /// A symbolic link to a folder. Never followed: following could loop, or leave the folder,
    /// and files inside the folder are imported where they really are.
    #[error("{}", say("skip-symlinked-folder", &[]))]
    SymlinkedDirectory,
    /// A device, socket or named pipe with an article's extension.
    #[error("{}", say("skip-not-a-file", &[]))]
    NotAFile,
    /// An article whose name starts with a dot (`.draft.txt`, `..txt`): hidden, so not imported.
    #[error("{}", say("skip-hidden", &[]))]
    Hidden,
    /// A folder whose name starts with a dot (`.d/`): hidden, so not looked into.
    #[error("{}", say("skip-hidden-folder", &[]))]
    HiddenFolder,
    /// The file name is not valid Unicode, so it cannot become a stable document ID.
    #[error("{}", say("skip-non-unicode-name", &[]))]
    NonUnicodeName,
    /// The encoding recorded for an article is not one `encoding_rs` knows.
    #[error("{}", say("skip-unknown-encoding", &[("name", format!("{:?}", .0).into())]))]
    UnknownEncoding(String),
    /// A file no article reader reads (see `formats::Format`), with a word on what it seems to be
    /// (a PDF, an image) when its extension says.
    #[error("{}", unsupported(.0))]
    UnsupportedFormat(String),
    /// A page or document that is read but holds no article text (only scripts, navigation, an
    /// empty body).
    #[error("{}", say("skip-no-article-text", &[]))]
    NoArticleText,
    /// A table none of whose columns holds article text: not an article table.
    #[error("{}", say("skip-not-article-table", &[]))]
    NotArticleTable,
    /// A file (or one record of a table) of a supported format that cannot be read as such.
    #[error("{}", say("skip-unreadable", &[("error", known(&.0.to_string()).into())]))]
    Malformed(Fault),
}

/// Why a file of a supported format cannot be read ([`SkipReason::Malformed`]): a message of
/// the catalogue with its arguments, put into words each time it is shown (so a report on
/// screen follows a switch of language), or a reader's own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    Said {
        id: &'static str,
        args: Vec<(&'static str, FaultArg)>,
    },
    /// What a library said (a CSV or zip reader), as it said it.
    Words(String),
}

impl Fault {
    /// Message `id` of the catalogue with `args`.
    pub fn said(id: &'static str, args: &[(&'static str, FaultArg)]) -> Self {
        Self::Said {
            id,
            args: args.to_vec(),
        }
    }
}

impl std::fmt::Display for Fault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fault::Said { id, args } => {
                let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = args
                    .iter()
                    .map(|(name, arg)| {
                        let value = match arg {
                            FaultArg::Text(text) => text.as_str().into(),
                            FaultArg::Count(n) => (*n).into(),
                            FaultArg::Message(m) => crate::i18n::tr(m.id()).into(),
                        };
                        (*name, value)
                    })
                    .collect();
                f.write_str(&say(id, &args))
            }
            Fault::Words(words) => f.write_str(words),
        }
    }
}

/// What a skipped file seems to be, said after "not a supported article format" (see
/// [`SkipReason::UnsupportedFormat`]), and a broken link's reason: the English text a reason
/// holds, and the message that says it in the interface's language.
pub const NOTE_PDF: &str = "a PDF; save its text as .txt to import it";
pub const NOTE_IMAGE: &str = "an image";
pub const NOTE_OLD_DOCUMENT: &str = "save it as .docx or .txt to import it";
pub const NOTE_SPREADSHEET: &str = "a spreadsheet; save it as .csv to import it";
pub const BROKEN_LINK: &str = "broken symbolic link, its target does not exist";
const KNOWN: [(&str, &str); 5] = [
    (NOTE_PDF, "skip-note-pdf"),
    (NOTE_IMAGE, "skip-note-image"),
    (NOTE_OLD_DOCUMENT, "skip-note-old-document"),
    (NOTE_SPREADSHEET, "skip-note-spreadsheet"),
    (BROKEN_LINK, "skip-broken-link"),
];

/// Message `id` of the interface's language, for a terminal or the status bar.
fn say(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    crate::i18n::tr_plain(id, args)
}

/// `text` in the interface's language when it is one of hashiya's own [`KNOWN`] phrases.
fn known(text: &str) -> String {
    crate::i18n::known(text, &KNOWN)
}

/// Why a file could not be read, in the interface's language.
fn unreadable(cause: &crate::i18n::IoCause) -> String {
    match cause {
        crate::i18n::IoCause::Words(words) => known(words),
        kind @ crate::i18n::IoCause::Kind(_) => kind.to_string(),
    }
}

/// "not a supported article format", and what the file seems to be in brackets when known.
fn unsupported(note: &str) -> String {
    if note.is_empty() {
        say("skip-unsupported", &[])
    } else {
        let note = known(note).into();
        say("skip-unsupported-noted", &[("note", note)])
    }
}

/// `1234` → `"1234 bytes"`, `3_500_000` → `"3.3 MB"` (binary units, as file managers show them;
/// the unit and the digits in the interface's language).
fn human_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    let (id, size) = if bytes >= MB {
        ("skip-size-mb", format!("{:.1}", bytes as f64 / MB as f64))
    } else if bytes >= 10 * KB {
        ("skip-size-kb", format!("{:.1}", bytes as f64 / KB as f64))
    } else {
        ("skip-size-bytes", bytes.to_string())
    };
    let size = crate::i18n::number(size).into();
    say(id, &[("size", size)])
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
    /// Where each malformed sequence starts, as a byte offset into the file.
    pub malformed_at: Vec<usize>,
    /// How the guess was made when [`guessed`](Self::guessed): its score and the runner-up.
    pub detection: Option<Detection>,
}

/// How many malformed positions a warning lists before "…".
const POSITIONS_SHOWN: usize = 10;

impl Decoded {
    /// The warnings a document records for this decoding, in a fixed order.
    pub fn warnings(&self) -> Vec<ImportWarning> {
        let mut warnings = Vec::new();
        if self.guessed {
            warnings.push(ImportWarning::EncodingGuessed {
                encoding: self.encoding.name().to_owned(),
                guess: self.detection.as_ref().map(Detection::guess),
            });
        }
        if self.had_errors {
            warnings.push(ImportWarning::MalformedBytes {
                encoding: self.encoding.name().to_owned(),
                replaced: self.text.chars().filter(|&c| c == '\u{FFFD}').count(),
                at: self
                    .malformed_at
                    .iter()
                    .take(POSITIONS_SHOWN)
                    .copied()
                    .collect(),
                more: self.malformed_at.len() > POSITIONS_SHOWN,
            });
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
        return finish(encoding, None, &bytes[bom_len..], bom_len);
    }
    if Encoding::utf8_valid_up_to(bytes) == bytes.len() || detect::mostly_utf8(bytes) {
        return finish(UTF_8, None, bytes, 0);
    }
    let detection = detect::guess_legacy(bytes);
    finish(detection.encoding, Some(detection), bytes, 0)
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
        Some((bom_encoding, bom_len)) => finish(bom_encoding, None, &bytes[bom_len..], bom_len),
        None => finish(encoding, None, bytes, 0),
    }
}

/// Decodes `body` (BOM of `skipped` bytes already removed), rejects binary and blank text,
/// normalises line endings.
fn finish(
    encoding: &'static Encoding,
    detection: Option<Detection>,
    body: &[u8],
    skipped: usize,
) -> Result<Decoded, SkipReason> {
    let (text, malformed) = decode_reporting(encoding, body);
    check_is_text(&text)?;
    let text = if text.contains('\r') {
        normalise_line_endings(&text).into_owned()
    } else {
        text
    };
    Ok(Decoded {
        text,
        encoding,
        guessed: detection.is_some(),
        had_errors: !malformed.is_empty(),
        malformed_at: malformed.into_iter().map(|at| at + skipped).collect(),
        detection,
    })
}

/// `body` decoded with U+FFFD for each malformed sequence, and where each of those starts.
fn decode_reporting(encoding: &'static Encoding, body: &[u8]) -> (String, Vec<usize>) {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(body.len())
        .unwrap_or(body.len());
    let mut text = String::with_capacity(capacity);
    let mut malformed = Vec::new();
    let mut read_total = 0;
    loop {
        let (result, read) =
            decoder.decode_to_string_without_replacement(&body[read_total..], &mut text, true);
        read_total += read;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                let more = decoder
                    .max_utf8_buffer_length_without_replacement(body.len() - read_total)
                    .unwrap_or(64)
                    .max(4);
                text.reserve(more);
            }
            DecoderResult::Malformed(bad, pending) => {
                let end = read_total - usize::from(pending);
                malformed.push(end.saturating_sub(usize::from(bad)));
                text.push('\u{FFFD}');
            }
        }
    }
    (text, malformed)
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

    /// Every reason a file is passed over, in `language`.
    fn reasons_in(language: crate::i18n::Language) -> Vec<String> {
        let reasons = [
            SkipReason::Empty,
            SkipReason::Binary,
            SkipReason::TooLarge {
                bytes: 3_500_000,
                limit: 2048,
            },
            SkipReason::Unreadable(crate::i18n::IoCause::Words(BROKEN_LINK.to_owned())),
            SkipReason::OutsideRoot,
            SkipReason::SymlinkedDirectory,
            SkipReason::NotAFile,
            SkipReason::Hidden,
            SkipReason::HiddenFolder,
            SkipReason::NonUnicodeName,
            SkipReason::UnknownEncoding("x-mac-klingon".to_owned()),
            SkipReason::UnsupportedFormat(String::new()),
            SkipReason::UnsupportedFormat(NOTE_PDF.to_owned()),
            SkipReason::NoArticleText,
            SkipReason::NotArticleTable,
            SkipReason::Malformed(Fault::Words("bad row".to_owned())),
        ];
        crate::i18n::in_language(language, || {
            reasons.iter().map(ToString::to_string).collect()
        })
    }

    #[test]
    fn skip_reasons_are_said_in_the_interface_language() {
        let english = reasons_in(crate::i18n::Language::English);
        assert_eq!(english[0], "empty file: no text, or only whitespace");
        assert_eq!(
            english[2],
            "too large: 3.3 MB is over the limit of 2048 bytes"
        );
        assert_eq!(
            english[3],
            "cannot be read: broken symbolic link, its target does not exist"
        );
        assert_eq!(english[10], "unknown encoding \"x-mac-klingon\"");
        assert_eq!(english[11], "not a supported article format");
        assert_eq!(
            english[12],
            "not a supported article format (a PDF; save its text as .txt to import it)"
        );
        let arabic = reasons_in(crate::i18n::Language::Arabic);
        let words = [
            "file", "link", "folder", "bytes", "format", "PDF;", "table", "read",
        ];
        crate::i18n::assert_arabic(&arabic, &english, &words);
        assert!(
            arabic[2].contains("ميغابايت") && arabic[2].contains("بايت"),
            "{}",
            arabic[2]
        );
        // The system's or a reader's words, and an encoding's name, are kept as they are.
        assert!(arabic[10].contains("x-mac-klingon"), "{}", arabic[10]);
        assert!(arabic[15].contains("bad row"), "{}", arabic[15]);
        // What machines read (the import's JSON) stays English, the interface Arabic after it.
        let (json, after) = crate::i18n::in_language(crate::i18n::Language::Arabic, || {
            let json = crate::i18n::in_english(|| SkipReason::Empty.to_string());
            (json, SkipReason::Empty.to_string())
        });
        assert_eq!(
            (json.as_str(), after.as_str()),
            (english[0].as_str(), arabic[0].as_str())
        );
    }

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
