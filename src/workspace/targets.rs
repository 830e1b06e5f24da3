//! Where a command may write: never over the project's own files or the articles it annotates.

use std::path::{Path, PathBuf};

use super::Workspace;
use crate::store;

/// Why an output was refused, in the interface's language, the path last.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetProblem {
    #[error("{}", refused("target-project-file", &[], path))]
    ProjectFile { path: PathBuf },
    #[error("{}", refused("target-annotations-folder", &[], path))]
    AnnotationsFolder { path: PathBuf },
    /// `what` is the message naming the file (the journal, the lock file, a save's record).
    #[error("{}", refused("target-own-file", &[("what", crate::i18n::tr(what).into())], path))]
    OwnFile { what: &'static str, path: PathBuf },
    #[error("{}", refused("target-corpus", &[], path))]
    Corpus { path: PathBuf },
    #[error("{}", refused("target-article", &[("doc", format!("{doc:?}").into())], path))]
    Article { doc: String, path: PathBuf },
    #[error("{}", refused("target-not-empty", &[], path))]
    NotEmpty { path: PathBuf },
    #[error("{}", refused("target-project-exists", &[], path))]
    ProjectExists { path: PathBuf },
}

/// Message `id` with `args`, then `": <path>"`.
fn refused(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)], path: &Path) -> String {
    format!("{}: {}", crate::i18n::tr_plain(id, args), path.display())
}

impl Workspace {
    /// Whether saving to `path` would replace another project (its file or annotations folder
    /// is there, and it is not the project open here): the window asks first.
    pub fn save_would_replace(&self, path: &Path) -> bool {
        let other = path.exists() || store::annotations_dir(path).exists();
        other && self.project_path.as_deref() != Some(path)
    }

    /// What is wrong with writing an export to `output`: the project's own files, its
    /// annotations folder, its corpus or one of its articles are refused; a folder that is not
    /// empty only with `force`.
    pub fn export_target_problem(&self, output: &Path, force: bool) -> Option<TargetProblem> {
        let target = resolved(output);
        let path = output.to_owned();
        if let Some(project_file) = &self.project_path {
            if target == resolved(project_file) {
                return Some(TargetProblem::ProjectFile { path });
            }
            if target.starts_with(resolved(&store::annotations_dir(project_file))) {
                return Some(TargetProblem::AnnotationsFolder { path });
            }
            let own = [
                (
                    "error-file-journal",
                    store::Journal::for_project(project_file).path().to_owned(),
                ),
                ("target-lock-file", store::lock_path(project_file)),
                ("error-file-commit", suffixed(project_file, ".commit")),
            ];
            if let Some((what, _)) = own.iter().find(|(_, file)| resolved(file) == target) {
                return Some(TargetProblem::OwnFile { what, path });
            }
        }
        let corpus = resolved(&self.corpus_root);
        for doc in &self.project.documents {
            if resolved(&self.corpus_root.join(&doc.path)) == target {
                return Some(TargetProblem::Article {
                    doc: doc.id.0.clone(),
                    path,
                });
            }
        }
        if target.starts_with(&corpus) {
            return Some(TargetProblem::Corpus { path });
        }
        let not_empty = std::fs::read_dir(output).is_ok_and(|mut entries| entries.next().is_some());
        (not_empty && !force).then_some(TargetProblem::NotEmpty { path })
    }
}

/// Refuses to make a new project at `output` over one that is there, unless `force`.
pub fn new_project_problem(output: &Path, force: bool) -> Option<TargetProblem> {
    let taken = output.exists() || store::annotations_dir(output).exists();
    (taken && !force).then(|| TargetProblem::ProjectExists {
        path: output.to_owned(),
    })
}

/// `path` with `suffix` added to its file name.
fn suffixed(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    path.with_file_name(name)
}

/// `path` made absolute with links resolved, as far as it exists; the rest appended as given.
fn resolved(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut rest = Vec::new();
    let mut existing = absolute.as_path();
    while let Some(parent) = existing.parent() {
        if let Some(name) = existing.file_name() {
            rest.push(name.to_owned());
        }
        existing = parent;
        if let Ok(mut real) = existing.canonicalize() {
            real.extend(rest.iter().rev());
            return real;
        }
    }
    absolute
}
