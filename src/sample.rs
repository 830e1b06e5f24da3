//! The sample bundled with hashiya: six fictional articles written for it (see
//! `assets/sample-corpus.md`) and a small annotated project over them (`assets/sample.ron` and
//! `assets/sample.annotations/`, built by `tests/sample_project.rs`), so that every view shows
//! something on first launch. Opened when hashiya starts with nothing else to open.

use std::path::{Path, PathBuf};

/// The sample articles, embedded so an installed binary can still offer them.
pub const FILES: [(&str, &str); 6] = [
    (
        "01-state-news-agency.txt",
        include_str!("../assets/corpus/01-state-news-agency.txt"),
    ),
    (
        "02-opposition-website.txt",
        include_str!("../assets/corpus/02-opposition-website.txt"),
    ),
    (
        "03-international-agency-arabic.txt",
        include_str!("../assets/corpus/03-international-agency-arabic.txt"),
    ),
    (
        "04-local-monitor.txt",
        include_str!("../assets/corpus/04-local-monitor.txt"),
    ),
    (
        "05-english-wire.txt",
        include_str!("../assets/corpus/05-english-wire.txt"),
    ),
    (
        "06-persian-news-agency.txt",
        include_str!("../assets/corpus/06-persian-news-agency.txt"),
    ),
];

/// The folder in the source tree, when hashiya runs from its repository.
pub fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join("corpus")
}

/// The sample project file, as checked in (its corpus folder is `corpus`, beside it).
pub const PROJECT: &str = include_str!("../assets/sample.ron");

/// The sample project's annotation files, by file name, as checked in.
pub const ANNOTATIONS: [(&str, &str); 6] = [
    (
        "01-state-news-agency.txt.ron",
        include_str!("../assets/sample.annotations/01-state-news-agency.txt.ron"),
    ),
    (
        "02-opposition-website.txt.ron",
        include_str!("../assets/sample.annotations/02-opposition-website.txt.ron"),
    ),
    (
        "03-international-agency-arabic.txt.ron",
        include_str!("../assets/sample.annotations/03-international-agency-arabic.txt.ron"),
    ),
    (
        "04-local-monitor.txt.ron",
        include_str!("../assets/sample.annotations/04-local-monitor.txt.ron"),
    ),
    (
        "05-english-wire.txt.ron",
        include_str!("../assets/sample.annotations/05-english-wire.txt.ron"),
    ),
    (
        "06-persian-news-agency.txt.ron",
        include_str!("../assets/sample.annotations/06-persian-news-agency.txt.ron"),
    ),
];

/// The sample project in the source tree, when hashiya runs from its repository.
pub fn source_project() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join("sample.ron")
}

/// The sample project file to open: the source tree's when present, otherwise the embedded copy
/// written under `data_dir` (see [`write_project`]).
pub fn project_path(data_dir: &Path) -> std::io::Result<PathBuf> {
    let source = source_project();
    if source.is_file() && source_dir().is_dir() {
        return Ok(source);
    }
    write_project(&data_dir.join("sample"))
}

/// Whether `path` is the sample project file [`project_path`] gives (for the first-run panel).
pub fn is_bundled(path: &Path, data_dir: &Path) -> bool {
    path == source_project() || path == data_dir.join("sample").join("sample.ron")
}

/// Writes the embedded sample project, its annotations and its articles under `dir` and
/// returns the project file's path. A file already there with the same bytes is left alone; one
/// that differs is put back, so opening the sample always gives the sample (work on it is kept
/// by saving it elsewhere). Annotation files the sample does not have are removed, since the
/// project would load them.
pub fn write_project(dir: &Path) -> std::io::Result<PathBuf> {
    let project = dir.join("sample.ron");
    let annotations = crate::store::annotations_dir(&project);
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&annotations)?;
    std::fs::create_dir_all(&corpus)?;
    for entry in std::fs::read_dir(&annotations)? {
        let entry = entry?;
        let name = entry.file_name();
        if !ANNOTATIONS.iter().any(|(n, _)| name.to_str() == Some(n)) {
            std::fs::remove_file(entry.path())?;
        }
    }
    let files = FILES
        .iter()
        .map(|(name, text)| (corpus.join(name), *text))
        .chain(
            ANNOTATIONS
                .iter()
                .map(|(name, text)| (annotations.join(name), *text)),
        )
        .chain(std::iter::once((project.clone(), PROJECT)));
    for (path, text) in files {
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
            crate::store::write_atomic(&path, text.as_bytes()).map_err(std::io::Error::other)?;
        }
    }
    Ok(project)
}

/// Where hashiya may keep its own files (the sample corpus copy): `$XDG_DATA_HOME/hashiya` or
/// `~/.local/share/hashiya`, else the temporary folder.
pub fn data_dir() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local").join("share")))
        .unwrap_or_else(std::env::temp_dir)
        .join("hashiya")
}
