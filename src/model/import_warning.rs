//! What an import noticed about a document's file and kept with the document
//! ([`super::Document::warnings`]): data, not sentences, so it is put into words in the
//! interface's language each time it is shown (`intake::warning` says it).

/// One thing an import noticed about a document's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportWarning {
    /// A sentence as projects of format version 4 and older kept their warnings (in English);
    /// shown as it is.
    Said(String),
    /// The file had no byte order mark and was not UTF-8: its encoding was guessed.
    EncodingGuessed {
        encoding: String,
        guess: Option<EncodingGuess>,
    },
    /// Bytes malformed for `encoding` were replaced with U+FFFD: `replaced` of them in the text,
    /// the first malformed sequences at the byte offsets `at`, and `more` when there were others.
    MalformedBytes {
        encoding: String,
        replaced: usize,
        at: Vec<usize>,
        more: bool,
    },
    /// A web page declared `declared` but its bytes are UTF-8, and were read as UTF-8.
    DeclaredButUtf8 { declared: String },
    /// Bytes of a web archive's page that are not in its `charset` were replaced by U+FFFD.
    NotInCharset { charset: String },
    /// A web page names several outlets; `taken` was taken.
    SeveralOutlets { names: Vec<String>, taken: String },
}

/// How a legacy encoding was guessed: how sure, the share (in thousandths) of the non-ASCII
/// text that reads as letters of `script` (its English name), and the best other candidate with
/// its share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodingGuess {
    pub certainty: GuessCertainty,
    pub score: u16,
    pub script: String,
    pub runner_up: Option<(String, u16)>,
}

/// How sure a guess of an encoding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GuessCertainty {
    Unsure,
    FairlySure,
    Sure,
}
