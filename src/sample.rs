//! The sample corpus bundled with hashiya (fictional articles written for it; see
//! `assets/sample-corpus.md`). Opened when hashiya starts with nothing else to open.

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

/// A folder holding the sample corpus: the source tree's when present, otherwise a copy written
/// under `data_dir` (kept if already there and unchanged).
pub fn corpus_dir(data_dir: &Path) -> std::io::Result<PathBuf> {
    let source = source_dir();
    if source.is_dir() {
        return Ok(source);
    }
    let target = data_dir.join("sample-corpus");
    std::fs::create_dir_all(&target)?;
    for (name, text) in FILES {
        let path = target.join(name);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text) {
            crate::store::write_atomic(&path, text.as_bytes()).map_err(std::io::Error::other)?;
        }
    }
    Ok(target)
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
