//! An open project: the model, where it lives on disk, and the text of each article. This is
//! what both the GUI and the headless commands work on.

use std::path::{Path, PathBuf};

use crate::import::{self, ImportOptions, Skipped};
use crate::model::{DocId, Project};
use crate::store::{self, StoreError};

/// The text of one article as it could be read now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleState {
    /// Read and decoded; `changed` when the file differs from the one annotated.
    Ready { text: String, changed: bool },
    /// Could not be read: the reason, for the panel and the header.
    Failed(String),
}

impl ArticleState {
    pub fn text(&self) -> Option<&str> {
        match self {
            ArticleState::Ready { text, .. } => Some(text),
            ArticleState::Failed(_) => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Workspace {
    pub project: Project,
    /// Where the project was loaded from or last saved; `None` for a folder not yet saved.
    pub project_path: Option<PathBuf>,
    /// The corpus folder, resolved.
    pub corpus_root: PathBuf,
    /// One entry per document, in project order.
    pub articles: Vec<ArticleState>,
    /// Files the last folder import passed over, with reasons.
    pub skipped: Vec<Skipped>,
    /// Human-readable report of the last import, if this workspace came from one.
    pub import_summary: Option<String>,
    /// Bumped whenever article texts are replaced, so views drop cached layouts.
    pub generation: u64,
}

impl Workspace {
    /// Import a folder of articles as a new, unsaved project with the default schema.
    pub fn import_folder(
        root: &Path,
        options: &ImportOptions,
    ) -> Result<Self, import::ImportError> {
        let report = import::import_folder(root, options)?;
        let import_summary = Some(report.summary());
        let name = root
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "corpus".to_owned());
        let mut project = Project {
            name,
            corpus_dir: root.to_string_lossy().into_owned(),
            documents: Vec::with_capacity(report.documents.len()),
            schema: store::default_schema(),
        };
        let mut articles = Vec::with_capacity(report.documents.len());
        for imported in report.documents {
            project.documents.push(imported.document);
            articles.push(ArticleState::Ready {
                text: imported.text,
                changed: false,
            });
        }
        Ok(Workspace {
            project,
            project_path: None,
            corpus_root: root.to_path_buf(),
            articles,
            skipped: report.skipped,
            import_summary,
            generation: 0,
        })
    }

    /// Open a saved project and read its articles. Articles that cannot be read are kept in the
    /// project and marked as failed; nothing is dropped.
    pub fn open_project(path: &Path) -> Result<Self, StoreError> {
        let project = store::load_project(path)?;
        let corpus_root = store::resolve_corpus_dir(path, &project.corpus_dir);
        let articles = project
            .documents
            .iter()
            .map(|doc| match import::read_article(&corpus_root, doc) {
                Ok(a) => ArticleState::Ready {
                    text: a.text,
                    changed: a.changed,
                },
                Err(e) => ArticleState::Failed(e.to_string()),
            })
            .collect();
        Ok(Workspace {
            project,
            project_path: Some(path.to_path_buf()),
            corpus_root,
            articles,
            skipped: Vec::new(),
            import_summary: None,
            generation: 0,
        })
    }

    /// Save to `path` (atomically), writing the corpus folder relative to it when possible.
    pub fn save_as(&mut self, path: &Path) -> Result<(), StoreError> {
        let mut project = self.project.clone();
        project.corpus_dir = store::corpus_dir_for(path, &self.corpus_root);
        store::save_project(path, &project)?;
        self.project = project;
        self.project_path = Some(path.to_path_buf());
        Ok(())
    }

    pub fn document_index(&self, id: &DocId) -> Option<usize> {
        self.project.document_index(id)
    }

    /// Problems worth a warning mark next to document `i`: import warnings, a changed or
    /// unreadable file.
    pub fn problems(&self, i: usize) -> Vec<String> {
        let mut out = self
            .project
            .documents
            .get(i)
            .map(|d| d.warnings.clone())
            .unwrap_or_default();
        match self.articles.get(i) {
            Some(ArticleState::Ready { changed: true, .. }) => {
                out.push("the article file changed since it was imported; annotations are kept as they were".to_owned());
            }
            Some(ArticleState::Failed(reason)) => out.push(reason.clone()),
            _ => {}
        }
        out
    }
}
