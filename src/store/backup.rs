//! A copy of a project kept before something replaces it: `p.ron` and `p.annotations/` are
//! copied to `p.backup-<time>.ron` and `p.backup-<time>.annotations/` beside them, which open
//! as a project of their own (same folder, so the same corpus).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::annotations_file::annotations_dir;
use super::error::{IoAction, StoreError};

/// Copies the project at `project_file` (whatever of it exists) to a new backup name beside
/// it; the backup's project file.
pub fn back_up_project(project_file: &Path) -> Result<PathBuf, StoreError> {
    let stem = project_file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let time = super::journal::rfc3339_utc(SystemTime::now()).replace(':', "");
    let backup = (0..1000)
        .map(|n| {
            let extra = if n == 0 {
                String::new()
            } else {
                format!("-{n}")
            };
            project_file.with_file_name(format!("{stem}.backup-{time}{extra}.ron"))
        })
        .find(|candidate| !candidate.exists() && !annotations_dir(candidate).exists())
        .unwrap_or_else(|| project_file.with_extension("backup.ron"));
    if project_file.is_file() {
        fs::copy(project_file, &backup).map_err(|e| StoreError::io(IoAction::Write, &backup, e))?;
    }
    let from = annotations_dir(project_file);
    if from.is_dir() {
        let to = annotations_dir(&backup);
        fs::create_dir(&to).map_err(|e| StoreError::io(IoAction::CreateFolder, &to, e))?;
        let entries =
            fs::read_dir(&from).map_err(|e| StoreError::io(IoAction::ListFolder, &from, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(IoAction::ListFolder, &from, e))?;
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                let target = to.join(entry.file_name());
                fs::copy(entry.path(), &target)
                    .map_err(|e| StoreError::io(IoAction::Write, &target, e))?;
            }
        }
    }
    Ok(backup)
}
