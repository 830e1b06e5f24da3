//! A saved page's bytes → text. The page's own declaration decides when there is one, as a
//! browser would: a byte order mark, else `<meta charset>` or `<meta http-equiv=Content-Type>`
//! in the first few kilobytes, else the bytes are UTF-8 when valid, else `chardetng` guesses
//! (recorded as a warning).

use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_8};
use regex::bytes::Regex;

use crate::intake::decode::{Decoded, SkipReason, decode, decode_with};
use crate::model::ImportWarning;

/// How far into the page a charset declaration is looked for. Browsers look at 1024 bytes;
/// saved pages often carry long comments or scripts first, so a little more is read.
const PRESCAN_BYTES: usize = 4096;

/// Both `<meta charset=x>` and `<meta http-equiv=Content-Type content="text/html; charset=x">`.
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#)
        .expect("the charset pattern is valid")
});

/// The page's text and how its encoding was found.
pub fn decode_page(bytes: &[u8]) -> Result<(Decoded, Vec<ImportWarning>), SkipReason> {
    if Encoding::for_bom(bytes).is_some() {
        return decode(bytes).map(|decoded| (decoded, Vec::new()));
    }
    let Some(declared) = declared_encoding(bytes) else {
        let decoded = decode(bytes)?;
        return Ok((decoded, Vec::new()));
    };
    // A page saved by a browser as UTF-8 sometimes keeps its old declaration; legacy Arabic text
    // is never valid UTF-8, so valid UTF-8 with non-ASCII bytes is taken as UTF-8.
    if declared != UTF_8 && !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
        let decoded = decode_with(bytes, "UTF-8")?;
        let warning = ImportWarning::DeclaredButUtf8 {
            declared: declared.name().to_owned(),
        };
        return Ok((decoded, vec![warning]));
    }
    decode_with(bytes, declared.name()).map(|decoded| (decoded, Vec::new()))
}

/// The encoding the page declares in its first [`PRESCAN_BYTES`], if it names one
/// `encoding_rs` knows. UTF-16 declared in the page itself means UTF-8 (the HTML rule: a page
/// that could be read to find its declaration is not UTF-16).
pub fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    let encoding = Encoding::for_label_no_replacement(label)?;
    if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        Some(UTF_8)
    } else {
        Some(encoding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarations_are_found_in_both_forms() {
        let meta = br#"<html><head><meta charset="windows-1256"><title>x</title>"#;
        assert_eq!(declared_encoding(meta), Some(encoding_rs::WINDOWS_1256));
        let http_equiv =
            br#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Windows-1256">"#;
        assert_eq!(
            declared_encoding(http_equiv),
            Some(encoding_rs::WINDOWS_1256)
        );
        assert_eq!(declared_encoding(b"<meta charset=utf-16>"), Some(UTF_8));
        assert_eq!(declared_encoding(b"<meta name=x content=y>"), None);
        assert_eq!(declared_encoding(b"<meta charset=klingon>"), None);
    }

    #[test]
    fn declared_legacy_charset_decodes_and_utf8_bytes_win_over_a_stale_declaration() {
        let (arabic, _, _) = encoding_rs::WINDOWS_1256.encode("<p>قال الوزير</p>");
        let mut page =
            br#"<meta http-equiv="content-type" content="text/html; charset=windows-1256">"#
                .to_vec();
        page.extend_from_slice(&arabic);
        let (decoded, warnings) = decode_page(&page).expect("decodes");
        assert_eq!(decoded.encoding, encoding_rs::WINDOWS_1256);
        assert!(!decoded.guessed && warnings.is_empty());
        assert!(decoded.text.ends_with("<p>قال الوزير</p>"));

        let stale = "<meta charset=windows-1256><p>قال الوزير</p>";
        let (decoded, warnings) = decode_page(stale.as_bytes()).expect("decodes");
        assert_eq!(decoded.encoding, UTF_8);
        assert_eq!(decoded.text, stale);
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }
}
