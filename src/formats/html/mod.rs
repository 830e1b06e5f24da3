//! Saved web pages (`.html`, `.htm`, and web archives `.mhtml`, `.mht` through [`mhtml`]): the
//! article's main text and what the page says about it.
//!
//! 1. The bytes are decoded by the page's own declaration ([`charset`]).
//! 2. The page is parsed by an HTML5 parser (html5ever, through `dom_query`); its metadata is read
//!    from Open Graph, `article:` and JSON-LD tags, `<time>`, `<link rel=canonical>` and `<html
//!    lang>` ([`tags`]), each value with where it was found.
//! 3. "Read also" lists and furniture named by class are removed, and readability (`dom_smoothie`,
//!    a port of Mozilla's) picks the main content, leaving navigation, menus, comments and
//!    footers out ([`text`]).
//! 4. The content becomes paragraphs separated by blank lines, the headline first.
//!
//! The text depends on the extractor, so a document records [`VERSION`]: a page read again by a
//! different version may give a different text, and its spans are re-anchored.

pub mod charset;
pub mod mhtml;
pub mod quality;
pub mod tags;
pub mod text;

use dom_smoothie::{Config, Readability, ReadabilityError};
use encoding_rs::Encoding;

use crate::intake::decode::{Fault, SkipReason};
use crate::intake::meta::{ArticleMeta, Field};
use crate::model::ImportWarning;

/// The extractor's version, recorded in `Extraction::Html`. Raise it whenever a change here can
/// change the text extracted from the same page.
pub const VERSION: u32 = 1;

/// Pages with more elements than this are refused rather than scored (readability's time grows
/// with the page): a real article page has a few thousand.
pub const MAX_ELEMENTS: usize = 200_000;

/// A page read: its article text and what is known of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The headline (also in `meta` as the title).
    pub title: String,
    /// The headline, then the article's paragraphs, separated by blank lines.
    pub text: String,
    /// The encoding the page was decoded from.
    pub encoding: &'static Encoding,
    /// The page's metadata, each value with where it came from.
    pub meta: ArticleMeta,
    /// What the analyst should know: an encoding guessed, two outlet names, …
    pub warnings: Vec<ImportWarning>,
}

/// Reads the saved page in the file `name` (a web archive by its extension, else HTML).
pub fn read_file(name: &str, bytes: &[u8]) -> Result<Page, SkipReason> {
    if !is_web_archive(name) {
        return read_page(bytes);
    }
    let part = mhtml::html_part(bytes)?;
    let Some(charset) = part.charset else {
        return read_page(&part.bytes);
    };
    // The part's own charset wins over the page's, as an HTTP header would: the page is handed
    // on as UTF-8 marked by its byte order mark.
    let (text, malformed) = charset.decode_without_bom_handling(&part.bytes);
    let mut utf8 = "\u{feff}".as_bytes().to_vec();
    utf8.extend_from_slice(text.as_bytes());
    let mut page = read_page(&utf8)?;
    page.encoding = charset;
    if malformed {
        page.warnings.push(ImportWarning::NotInCharset {
            charset: charset.name().to_owned(),
        });
    }
    Ok(page)
}

/// Whether `name` is a web archive (`.mhtml`, `.mht`) by its extension.
pub fn is_web_archive(name: &str) -> bool {
    let ext = name.rsplit_once('.').map_or("", |(_, ext)| ext);
    ext.eq_ignore_ascii_case("mhtml") || ext.eq_ignore_ascii_case("mht")
}

/// Reads a saved page. A page without article text (only scripts, only navigation) is
/// [`SkipReason::NoArticleText`].
pub fn read_page(bytes: &[u8]) -> Result<Page, SkipReason> {
    let (decoded, mut warnings) = charset::decode_page(bytes)?;
    warnings.extend(decoded.warnings());
    let dom = dom_query::Document::from(decoded.text.as_str());
    let tags = tags::page_tags(&dom);
    warnings.extend(tags.warnings);
    let mut meta = tags.meta;
    text::remove_boilerplate(&dom);
    let config = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let article = Readability::with_document(dom, None, Some(config))
        .and_then(|mut readability| readability.parse());
    let article = match article {
        Ok(article) => article,
        Err(ReadabilityError::TooManyElements(found, _)) => {
            let args = [("found", found.into()), ("limit", MAX_ELEMENTS.into())];
            let fault = Fault::said("html-too-many-elements", &args);
            return Err(SkipReason::Malformed(fault));
        }
        Err(_) => return Err(SkipReason::NoArticleText),
    };
    meta.set_if_absent(Field::Title, &tags::collapse(&article.title), "html:title");
    if let Some(byline) = &article.byline {
        meta.set_if_absent(Field::Author, &tags::collapse(byline), "html:byline");
    }
    let title = meta.value(Field::Title).to_owned();
    let mut paragraphs = text::paragraphs(&article.content);
    if paragraphs.is_empty() {
        return Err(SkipReason::NoArticleText);
    }
    if !title.is_empty() && paragraphs.first() != Some(&title) {
        paragraphs.insert(0, title.clone());
    }
    Ok(Page {
        title,
        text: paragraphs.join("\n\n"),
        encoding: decoded.encoding,
        meta,
        warnings,
    })
}
