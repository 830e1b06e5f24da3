//! One article of the corpus as the project records it. The text itself is not stored in the
//! project: it is read from the article file and checked against `sha256`.

use serde::{Deserialize, Serialize};

use super::OutletId;

/// Stable identifier of a document: its path relative to the corpus folder, with `/` separators.
/// Two analysts who import the same folder get the same IDs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocId(pub String);

impl std::fmt::Display for DocId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Paragraph direction for a whole document. `Auto` follows UAX#9 rules P2–P3: each paragraph
/// takes the direction of its first strong character.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum BaseDirection {
    #[default]
    Auto,
    Ltr,
    Rtl,
}

/// Metadata of one article. Offsets anywhere in the project are char (Unicode scalar) offsets into
/// the document's *normalised text*: the decoded file with any BOM removed and every CRLF or lone
/// CR turned into LF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: DocId,
    /// Path of the article file relative to the corpus folder, `/`-separated.
    pub path: String,
    /// SHA-256 (lower-case hex) of the article file's bytes when it was imported.
    pub sha256: String,
    /// Name of the encoding the file was decoded from (WHATWG label, e.g. `UTF-8`, `windows-1256`).
    pub encoding: String,
    /// First non-empty line of the text, trimmed.
    pub title: String,
    /// The outlet that published it, one of [`crate::model::Project::outlets`]; empty when
    /// unknown.
    pub outlet: OutletId,
    /// Publication date as the analyst writes it (ISO 8601 preferred); empty when unknown.
    pub date: String,
    /// Who signed it; empty when unsigned or unknown.
    pub author: String,
    /// Where it was published; empty when unknown.
    pub url: String,
    /// Its language as a BCP 47 tag (`ar`, `ar-SY`, `en`); empty when not recorded.
    pub language: String,
    pub base_direction: BaseDirection,
    /// Length of the normalised text in chars, to detect changed files cheaply.
    pub char_len: usize,
    /// Problems noticed while importing (e.g. malformed bytes replaced); shown as a warning mark.
    pub warnings: Vec<String>,
}

/// The part of a document's metadata an analyst edits (one undoable [`crate::model::Edit`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentMeta {
    pub title: String,
    pub outlet: OutletId,
    pub date: String,
    pub author: String,
    pub url: String,
    pub language: String,
    pub base_direction: BaseDirection,
}

impl Document {
    /// The editable metadata of this document.
    pub fn meta(&self) -> DocumentMeta {
        DocumentMeta {
            title: self.title.clone(),
            outlet: self.outlet.clone(),
            date: self.date.clone(),
            author: self.author.clone(),
            url: self.url.clone(),
            language: self.language.clone(),
            base_direction: self.base_direction,
        }
    }

    /// Replaces the editable metadata.
    pub fn set_meta(&mut self, meta: DocumentMeta) {
        let DocumentMeta {
            title,
            outlet,
            date,
            author,
            url,
            language,
            base_direction,
        } = meta;
        self.title = title;
        self.outlet = outlet;
        self.date = date;
        self.author = author;
        self.url = url;
        self.language = language;
        self.base_direction = base_direction;
    }
}

/// The first non-empty line of `text`, trimmed; falls back to `fallback` (usually the file name).
pub fn title_of(text: &str, fallback: &str) -> String {
    text.lines()
        .map(|line| line.trim_matches(|c: char| c.is_whitespace() || is_invisible_format(c)))
        .find(|line| !line.is_empty())
        .map_or_else(|| fallback.to_owned(), str::to_owned)
}

/// Marks that carry no glyph (bidi controls, BOM, zero-width spaces) and so never make a title.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_skips_blank_lines_and_marks() {
        assert_eq!(
            title_of("\n  \n\u{200F} عنوان الخبر \nنص", "f.txt"),
            "عنوان الخبر"
        );
        assert_eq!(title_of(" \n\n", "f.txt"), "f.txt");
    }
}
