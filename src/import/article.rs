//! Re-reading one article of a saved project from its corpus folder.
//!
//! A project file names its articles by relative path, and project files travel between
//! analysts, so a path is treated as untrusted: it must be relative, made of plain names only
//! (no `..`, `.`, empty segments, drive prefixes), and must still lie inside the corpus folder
//! once symbolic links are resolved. A path that fails this is refused before anything is read.

use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use super::decode::{SkipReason, decode_with};
use super::digest::sha256_hex;
use crate::i18n::tr_path;
use crate::model::Document;

/// The normalised text of an article and whether its file changed since it was imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleText {
    /// Decoded with the recorded encoding and normalised (see the [module docs](super)).
    pub text: String,
    /// True when the file's SHA-256 differs from `Document::sha256`: offsets recorded against
    /// the old text may no longer be valid.
    pub changed: bool,
}

/// Why an article could not be re-read.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error("{}", tr_path("error-corpus-missing", &[], .0.display()))]
    CorpusMissing(PathBuf),
    #[error("{}", tr_path("error-article-missing", &[], .0.display()))]
    Missing(PathBuf),
    /// The recorded path is absolute, has `..` or similar, or resolves (through symbolic links)
    /// outside the corpus folder. Holds the path as recorded in the project.
    #[error("{}", tr_path("error-article-escapes", &[], .0))]
    EscapesCorpus(String),
    #[error("{}", tr_path("error-article-not-a-file", &[], .0.display()))]
    NotAFile(PathBuf),
    #[error("{}", tr_path("error-article-unreadable", &[("error", crate::i18n::io_reason(error).into())], path.display()))]
    Unreadable { error: io::Error, path: PathBuf },
    #[error("{}", tr_path("error-article-undecodable", &[("reason", reason.to_string().into())], path.display()))]
    Undecodable { reason: SkipReason, path: PathBuf },
}

/// Reads `doc.path` under `corpus_root`, decodes it with `doc.encoding` and compares its hash with
/// `doc.sha256`. Refuses, without reading, any path that would leave `corpus_root`.
pub fn read_article(corpus_root: &Path, doc: &Document) -> Result<ArticleText, ArticleError> {
    let relative = safe_relative_path(&doc.path)
        .ok_or_else(|| ArticleError::EscapesCorpus(doc.path.clone()))?;
    let canonical_root = fs::canonicalize(corpus_root).map_err(|error| {
        if error.kind() == io::ErrorKind::NotFound {
            ArticleError::CorpusMissing(corpus_root.to_path_buf())
        } else {
            ArticleError::Unreadable {
                error,
                path: corpus_root.to_path_buf(),
            }
        }
    })?;
    let path = corpus_root.join(relative);
    let resolved = fs::canonicalize(&path).map_err(|error| {
        if error.kind() == io::ErrorKind::NotFound {
            ArticleError::Missing(path.clone())
        } else {
            ArticleError::Unreadable {
                error,
                path: path.clone(),
            }
        }
    })?;
    if !resolved.starts_with(&canonical_root) {
        return Err(ArticleError::EscapesCorpus(doc.path.clone()));
    }
    let unreadable = |error| ArticleError::Unreadable {
        error,
        path: path.clone(),
    };
    if !fs::metadata(&resolved).map_err(unreadable)?.is_file() {
        return Err(ArticleError::NotAFile(path));
    }
    let bytes = fs::read(&resolved).map_err(unreadable)?;
    // A page, Word document or table row is read again by its format's reader; one read by an
    // older reader counts as changed, so its spans are re-anchored in the new text.
    if let Some(text) = super::readers::text_again(doc, &bytes) {
        let text = text.map_err(|reason| ArticleError::Undecodable {
            reason,
            path: path.clone(),
        })?;
        let changed = !sha256_hex(&bytes).eq_ignore_ascii_case(doc.sha256.trim())
            || super::readers::read_by_older_reader(doc);
        return Ok(ArticleText { text, changed });
    }
    let decoded =
        decode_with(&bytes, &doc.encoding).map_err(|reason| ArticleError::Undecodable {
            reason,
            path: path.clone(),
        })?;
    let changed = !sha256_hex(&bytes).eq_ignore_ascii_case(doc.sha256.trim());
    let text = match doc.extraction {
        crate::model::Extraction::FrontMatter => {
            super::front_matter::body(&decoded.text).to_owned()
        }
        _ => decoded.text,
    };
    Ok(ArticleText { text, changed })
}

/// `a/b.txt` → `a/b.txt` as a native path; `None` for anything that is not a non-empty list of
/// plain names separated by `/` (absolute paths, `..`, `.`, empty segments, drive prefixes, and
/// on Windows a backslash inside a segment).
fn safe_relative_path(recorded: &str) -> Option<PathBuf> {
    let mut path = PathBuf::new();
    for segment in recorded.split('/') {
        let mut components = Path::new(segment).components();
        match (components.next(), components.next()) {
            (Some(Component::Normal(name)), None) => path.push(name),
            _ => return None,
        }
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, in_language};
    use crate::import::ImportError;

    /// A folder not imported and an article not read again, in `language`.
    fn errors_in(language: Language) -> Vec<String> {
        let path = || PathBuf::from("/news/a.txt");
        let denied = || crate::i18n::io_reason(&io::Error::from(io::ErrorKind::PermissionDenied));
        let (said, denied) = in_language(language, || {
            let said = [
                ImportError::NotFound(path()).to_string(),
                ImportError::NotADirectory(path()).to_string(),
                ImportError::Unreadable {
                    error: io::Error::from(io::ErrorKind::PermissionDenied),
                    path: path(),
                }
                .to_string(),
                ArticleError::CorpusMissing(path()).to_string(),
                ArticleError::Missing(path()).to_string(),
                ArticleError::EscapesCorpus("../a.txt".to_owned()).to_string(),
                ArticleError::NotAFile(path()).to_string(),
                ArticleError::Unreadable {
                    error: io::Error::from(io::ErrorKind::PermissionDenied),
                    path: path(),
                }
                .to_string(),
                ArticleError::Undecodable {
                    reason: SkipReason::Binary,
                    path: path(),
                }
                .to_string(),
            ];
            (said, denied())
        });
        // The system's reason, in the same language.
        assert!(
            said[2].contains(&denied) && said[7].contains(&denied),
            "{said:?}"
        );
        said.into()
    }

    #[test]
    fn import_and_article_errors_are_said_in_the_interface_language() {
        let english = errors_in(Language::English);
        assert_eq!(english[0], "folder to import not found: /news/a.txt");
        assert_eq!(
            english[5],
            "article path points outside the corpus folder, refused: ../a.txt"
        );
        assert!(english[8].starts_with("article file is not usable text (binary content"));
        let arabic = errors_in(Language::Arabic);
        let words = ["folder", "article", "file", "corpus", "binary", "denied"];
        crate::i18n::assert_arabic(&arabic, &english, &words);
        for (text, english) in arabic.iter().zip(&english) {
            // The path stays last, as in English.
            assert_eq!(text.rsplit(": ").next(), english.rsplit(": ").next());
        }
    }

    #[test]
    fn only_plain_relative_paths_are_safe() {
        assert_eq!(
            safe_relative_path("a/b.txt"),
            Some(PathBuf::from("a").join("b.txt"))
        );
        assert_eq!(
            safe_relative_path("أخبار/خبر.txt"),
            Some(PathBuf::from("أخبار").join("خبر.txt"))
        );
        for bad in [
            "",
            "/etc/passwd",
            "../x.txt",
            "a/../../x.txt",
            "a//b.txt",
            "./a.txt",
            "a/",
            "..",
        ] {
            assert_eq!(safe_relative_path(bad), None, "{bad:?}");
        }
    }
}
