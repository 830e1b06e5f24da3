//! Importing a folder of articles: every file under it, recursively, of a format
//! [`Format::of`] knows by its extension (compared case-insensitively): `.txt`, `.md`, saved web
//! pages (`.html`, `.htm`).
//!
//! - Hidden files and folders (name starting with `.`) are skipped silently. Every other file of
//!   no supported format is listed as skipped ([`SkipReason::UnsupportedFormat`]).
//! - A file that cannot be used (empty, binary, too large, unreadable, not a regular file, ...)
//!   is listed in [`ImportReport::skipped`] with its reason and never stops the import. Only a root
//!   that cannot be read, or is not a folder, is an [`ImportError`].
//! - Symbolic links: a link to a folder is never followed (no loops, no leaving the folder; the
//!   files inside the folder are imported where they really are) and is listed as skipped. A link
//!   to a file is imported under the link's own path when its target lies inside the folder, and
//!   skipped as [`SkipReason::OutsideRoot`] otherwise. A broken link is unreadable.
//! - Documents and skipped entries are sorted by their relative `/`-separated path, byte-wise, so
//!   two imports of the same folder give the same order and the same IDs.

use std::ffi::OsStr;
use std::fs;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};

use super::LoadProgress;
use super::decode::{SkipReason, decode};
use super::digest::sha256_hex;
use super::report::{ImportReport, ImportedDocument, Skipped};
use crate::formats::Format;
use crate::i18n::tr_path;
use crate::model::{BaseDirection, DocId, Document, OutletId, document::title_of};

/// Files larger than this are skipped unless [`ImportOptions::max_file_bytes`] says otherwise.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// Settings of a folder import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// Files with more bytes than this are skipped as [`SkipReason::TooLarge`] without being read.
    pub max_file_bytes: u64,
    /// The first-level folder of an article names its outlet when nothing else does
    /// (`enab/01.txt` → «enab»); see [`super::enrich`].
    pub outlet_from_folder: bool,
    /// Which columns of article tables hold the text and metadata, over the recognised names
    /// (`--columns text=body,outlet=media_name`).
    pub columns: crate::formats::table::ColumnMap,
}

impl Default for ImportOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
            outlet_from_folder: false,
            columns: crate::formats::table::ColumnMap::default(),
        }
    }
}

/// The folder to import itself cannot be used. Problems with files inside it are not errors: they
/// are listed in [`ImportReport::skipped`].
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}", tr_path("error-import-not-found", &[], .0.display()))]
    NotFound(PathBuf),
    #[error("{}", tr_path("error-import-not-a-folder", &[], .0.display()))]
    NotADirectory(PathBuf),
    #[error("{}", tr_path("error-import-unreadable", &[("error", crate::i18n::io_reason(error).into())], path.display()))]
    Unreadable { error: io::Error, path: PathBuf },
}

/// Imports every article file under `root`; see the [module docs](self) for the rules.
pub fn import_folder(root: &Path, options: &ImportOptions) -> Result<ImportReport, ImportError> {
    import_folder_with(root, options, &LoadProgress::default())
}

/// [`import_folder`], counting files read in `progress`; once `progress` is cancelled, the
/// files not read yet are left out (the caller drops the result).
pub fn import_folder_with(
    root: &Path,
    options: &ImportOptions,
    progress: &LoadProgress,
) -> Result<ImportReport, ImportError> {
    let unreadable = |error: io::Error| {
        if error.kind() == io::ErrorKind::NotFound {
            ImportError::NotFound(root.to_path_buf())
        } else {
            ImportError::Unreadable {
                error,
                path: root.to_path_buf(),
            }
        }
    };
    let metadata = fs::metadata(root).map_err(unreadable)?;
    if !metadata.is_dir() {
        return Err(ImportError::NotADirectory(root.to_path_buf()));
    }
    let canonical_root = fs::canonicalize(root).map_err(unreadable)?;
    let entries = fs::read_dir(root).map_err(unreadable)?;

    let mut walker = Walker {
        canonical_root,
        report: ImportReport::default(),
        files: Vec::new(),
    };
    walker.walk_entries(entries, "");
    let mut report = walker.report;
    progress.start(walker.files.len());
    for result in read_files(&walker.files, options, progress)
        .into_iter()
        .flatten()
        .flatten()
    {
        match result {
            Ok(document) => report.documents.push(document),
            Err(skipped) => report.skipped.push(skipped),
        }
    }
    report
        .documents
        .sort_by(|a, b| a.document.path.cmp(&b.document.path));
    report.skipped.sort_by(|a, b| a.path.cmp(&b.path));
    if !progress.is_cancelled() {
        super::enrich::enrich(root, options, &mut report);
    }
    Ok(report)
}

struct Walker {
    canonical_root: PathBuf,
    report: ImportReport,
    /// Article files found, to read once the walk is done.
    files: Vec<ArticleFile>,
}

/// An article file found by the walk: where it is, its relative path, its size then and its
/// format.
struct ArticleFile {
    path: PathBuf,
    relative: String,
    len: u64,
    format: Format,
}

impl Walker {
    fn skip(&mut self, path: String, reason: SkipReason) {
        self.report.skipped.push(Skipped { path, reason });
    }

    /// Visits the entries of one folder whose relative path is `prefix` (empty for the root).
    fn walk_entries(&mut self, entries: fs::ReadDir, prefix: &str) {
        for entry in entries {
            match entry {
                Ok(entry) => self.visit(&entry, prefix),
                Err(error) => {
                    let path = if prefix.is_empty() {
                        ".".to_owned()
                    } else {
                        prefix.to_owned()
                    };
                    self.skip(path, SkipReason::Unreadable((&error).into()));
                }
            }
        }
    }

    fn visit(&mut self, entry: &fs::DirEntry, prefix: &str) {
        let name = entry.file_name();
        if name.as_encoded_bytes().starts_with(b".") {
            self.visit_hidden(entry, prefix);
            return;
        }
        let is_article = has_article_extension(&name);
        let file_type = entry.file_type();
        let is_dir = file_type.as_ref().is_ok_and(fs::FileType::is_dir);
        let relative = join(prefix, &name.to_string_lossy());
        if name.to_str().is_none() {
            if is_article || is_dir {
                self.skip(relative, SkipReason::NonUnicodeName);
            }
            return;
        }
        let path = entry.path();
        let file_type = match file_type {
            Ok(file_type) => file_type,
            Err(error) => {
                if is_article {
                    self.skip(relative, SkipReason::Unreadable((&error).into()));
                }
                return;
            }
        };

        if file_type.is_dir() {
            match fs::read_dir(&path) {
                Ok(entries) => self.walk_entries(entries, &relative),
                Err(error) => self.skip(relative, SkipReason::Unreadable((&error).into())),
            }
        } else if file_type.is_symlink() {
            self.visit_symlink(&path, relative, is_article);
        } else if is_article {
            match entry.metadata() {
                Ok(metadata) if metadata.is_file() => self.import_file(&path, relative, &metadata),
                Ok(_) => self.skip(relative, SkipReason::NotAFile),
                Err(error) => self.skip(relative, SkipReason::Unreadable((&error).into())),
            }
        } else {
            let reason = super::readers::unsupported(&relative);
            self.skip(relative, reason);
        }
    }

    /// A hidden entry is not imported, but said, unless it is a version control folder or
    /// a file no article reader would read (`.DS_Store`, `.gitignore`).
    fn visit_hidden(&mut self, entry: &fs::DirEntry, prefix: &str) {
        let name = entry.file_name();
        let relative = join(prefix, &name.to_string_lossy());
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            if !matches!(name.to_str(), Some(".git" | ".hg" | ".svn")) {
                self.skip(format!("{relative}/"), SkipReason::HiddenFolder);
            }
        } else if has_article_extension(&name) {
            self.skip(relative, SkipReason::Hidden);
        }
    }

    fn visit_symlink(&mut self, path: &Path, relative: String, is_article: bool) {
        let metadata = match fs::metadata(path) {
            Ok(metadata) => metadata,
            Err(error) => {
                if is_article {
                    let message = if error.kind() == io::ErrorKind::NotFound {
                        crate::i18n::IoCause::Words(crate::intake::decode::BROKEN_LINK.to_owned())
                    } else {
                        (&error).into()
                    };
                    self.skip(relative, SkipReason::Unreadable(message));
                }
                return;
            }
        };
        if metadata.is_dir() {
            self.skip(relative, SkipReason::SymlinkedDirectory);
            return;
        }
        if !is_article {
            let reason = super::readers::unsupported(&relative);
            self.skip(relative, reason);
            return;
        }
        match fs::canonicalize(path) {
            Ok(target) if target.starts_with(&self.canonical_root) => {
                if metadata.is_file() {
                    self.import_file(path, relative, &metadata);
                } else {
                    self.skip(relative, SkipReason::NotAFile);
                }
            }
            Ok(_) => self.skip(relative, SkipReason::OutsideRoot),
            Err(error) => self.skip(relative, SkipReason::Unreadable((&error).into())),
        }
    }

    fn import_file(&mut self, path: &Path, relative: String, metadata: &fs::Metadata) {
        let Some(format) = Format::of(&relative) else {
            return;
        };
        self.files.push(ArticleFile {
            path: path.to_path_buf(),
            relative,
            len: metadata.len(),
            format,
        });
    }
}

/// Reads and decodes `files` on every core (reading, decoding and hashing are independent per
/// file); results in the order of `files`.
/// Each file read and decoded (on every core); `None` for those not read once cancelled.
fn read_files(
    files: &[ArticleFile],
    options: &ImportOptions,
    progress: &LoadProgress,
) -> Vec<Option<Vec<Result<ImportedDocument, Skipped>>>> {
    crate::parallel::map(files, 64, |file| {
        if progress.is_cancelled() {
            return None;
        }
        let read = match file.format {
            Format::Text => vec![read_file(file, options.max_file_bytes)],
            format @ (Format::Html | Format::Table(_) | Format::Docx) => {
                match read_bytes(file, options.max_file_bytes) {
                    Ok(bytes) => super::readers::read_documents(
                        &file.relative,
                        format,
                        &bytes,
                        &options.columns,
                    ),
                    Err(skipped) => vec![Err(skipped)],
                }
            }
        };
        progress.step();
        Some(read)
    })
}

/// The bytes of `file`, unless it is over `limit` (checked again after reading: it may have
/// grown since the walk) or cannot be read.
fn read_bytes(file: &ArticleFile, limit: u64) -> Result<Vec<u8>, Skipped> {
    let skip = |reason| Skipped {
        path: file.relative.clone(),
        reason,
    };
    if file.len > limit {
        return Err(skip(SkipReason::TooLarge {
            bytes: file.len,
            limit,
        }));
    }
    let bytes =
        read_at_most(&file.path, limit).map_err(|e| skip(SkipReason::Unreadable((&e).into())))?;
    if bytes.len() as u64 > limit {
        return Err(skip(SkipReason::TooLarge {
            bytes: bytes.len() as u64,
            limit,
        }));
    }
    Ok(bytes)
}

fn read_file(file: &ArticleFile, limit: u64) -> Result<ImportedDocument, Skipped> {
    let relative = &file.relative;
    let skip = |reason| Skipped {
        path: relative.clone(),
        reason,
    };
    let bytes = read_bytes(file, limit)?;
    let decoded = decode(&bytes).map_err(skip)?;
    let file_name = relative.rsplit('/').next().unwrap_or(relative);
    let document = Document {
        id: DocId(relative.clone()),
        path: relative.clone(),
        sha256: sha256_hex(&bytes),
        encoding: decoded.encoding.name().to_owned(),
        title: title_of(&decoded.text, file_name),
        outlet: OutletId::unknown(),
        date: String::new(),
        author: String::new(),
        url: String::new(),
        language: String::new(),
        base_direction: BaseDirection::Auto,
        char_len: decoded.text.chars().count(),
        warnings: decoded.warnings(),
        extraction: crate::model::Extraction::Plain,
        date_text: String::new(),
        outlet_text: String::new(),
        metadata_from: std::collections::BTreeMap::new(),
        copy_of: None,
    };
    Ok(ImportedDocument {
        document,
        text: decoded.text,
        meta: super::meta::ArticleMeta::default(),
    })
}

/// Reads up to `limit + 1` bytes, so a file that grew past the limit is noticed without reading
/// all of it.
fn read_at_most(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    fs::File::open(path)?
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn has_article_extension(name: &OsStr) -> bool {
    name.to_str().and_then(Format::of).is_some()
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_owned()
    } else {
        format!("{prefix}/{name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions() {
        for name in ["a.txt", "b.TXT", "c.Md", "d.tar.md"] {
            assert!(has_article_extension(OsStr::new(name)), "{name}");
        }
        for name in ["a.text", "b.txt.bak", "md", "c.markdown", "d."] {
            assert!(!has_article_extension(OsStr::new(name)), "{name}");
        }
    }
}
