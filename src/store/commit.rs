//! Saving a project as a whole: after a crash, the files on disk are all from one save — the
//! last one that finished or the one in progress — never some of each.
//!
//! A save changes several files (the project file, and the annotation files of the documents
//! whose spans changed, some of them deleted), while a rename replaces only one file atomically.
//! So a save runs in three steps around one commit point:
//!
//! 1. **Prepare.** Each new file is written in full beside the file it replaces, as a hidden
//!    *pending* file `.<name>.pending-<save>` (`<save>`: 16 hex digits drawn for this save),
//!    and flushed to disk with its folder. Nothing a reader sees has changed; a crash here
//!    leaves the previous save as it was, plus pending files that no loader reads.
//! 2. **Commit.** A small record, `<project file>.commit` (`p.ron` → `p.ron.commit`), is written
//!    atomically beside the project file, naming the save and the annotation files it replaces
//!    and deletes. Once its rename is on disk, the save has happened, whatever comes next.
//! 3. **Finish.** Each pending file is renamed over its file, the files to delete go, the
//!    folders are flushed, and the record is removed.
//!
//! Before every load and every save, [`finish_interrupted_save`] looks at what a crash may have
//! left. A record means the save passed its commit point: step 3 is done again (a pending file
//! that is gone was renamed already, a file to delete that is gone was deleted already, so
//! repeating is harmless) and the record removed. Pending files without a record belong to a
//! save that never reached its commit point: they are deleted. The files keep the format they
//! always had; a reader that knows nothing of this sees plain RON files of one save.
//!
//! A save that changes no annotation file changes one file only: its pending file's rename is
//! the commit point, and no record is written.
//!
//! ```ron
//! (
//!     version: 2,
//!     save: "4f1c0a9e7b2d3c58",
//!     annotations: [
//!         "enab%2F0001.txt.ron",
//!     ],
//!     removed: [
//!         "sana%2F0002.txt.ron",
//!     ],
//!     project: Some((size: 2210, sha256: "9f86d0…")),
//!     written: {
//!         "enab%2F0001.txt.ron": (size: 815, sha256: "60303a…"),
//!     },
//! )
//! ```
//!
//! The project file is part of every save (`.p.ron.pending-<save>` replaces `p.ron`); each of
//! `annotations` is replaced the same way in the annotations folder, and each of `removed` is
//! deleted from it. `project` and `written` give the size and SHA-256 of each pending file
//! (version 2; a record of version 1 has none and is still read and trusted).
//!
//! **A damaged save is undone, not finished.** Before finishing, every pending file is checked
//! against its size and hash (one already renamed is checked where it went). When all check, the
//! save is finished ([`Recovery::RolledForward`]). When one is missing, cut short or changed —
//! a disk that lost it, another program — and none has been put in place yet, the save is undone
//! instead: the record and its pending files go, and the project is the previous save
//! ([`Recovery::RolledBackDamaged`], naming the file). When some were already put in place, it
//! can be neither: an error ([`CommitProblem::Unrecoverable`]) and nothing is touched.
//!
//! **What a record may do.** It names files, never paths: each must be a single visible name
//! ending in `.ron`, taken inside the annotations folder; every pending file it implies must be
//! a plain file, and every file it deletes must hold annotations. A record that breaks any of
//! this, is not valid RON, or was written by a newer hashiya is reported as an error
//! ([`StoreError::Commit`], [`StoreError::Syntax`], …) and nothing is renamed or deleted: the
//! analyst decides. As leftovers, only hidden files of exactly the pending pattern are deleted
//! (in the project's folder, only those of this project file). Two hashiya processes saving or
//! opening one project take turns through an advisory lock on the project's folder, so neither
//! mistakes the other's save in progress for leftovers; where folders cannot be locked that
//! protection is missing, not the atomicity.
//!
//! A file that is a symbolic link stays one: its pending file is written through the link (by
//! [`super::atomic`]) rather than renamed over it.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::iter;
use std::path::{Component, Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::annotations_file::{self, AnnotationsPlan, annotations_dir};
use super::atomic::{folder_of, sync_folder, write_atomic};
use super::error::{CommitProblem, FileKind, IoAction, PendingProblem, StoreError};
use super::project_file::{parse, pretty_config, read_text, read_version_of, without_bom};
use super::saved_files::SavedFiles;
use crate::model::Annotations;
use crate::model::id::fresh_u64;

mod verify;
use verify::{FileCheck, Verdict};

/// The format version of commit records this build writes, and the newest it reads.
pub const COMMIT_VERSION: u32 = 2;

/// What [`finish_interrupted_save`] found. `Display` says it in the analyst's words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Recovery {
    /// Nothing to do: the last save finished.
    #[error("{}", crate::i18n::tr_plain("recovery-clean", &[]))]
    Clean,
    /// A save had passed its commit point: its files were put in place.
    #[error("{}", crate::i18n::tr_plain("recovery-rolled-forward", &[]))]
    RolledForward,
    /// A save had stopped before its commit point: its pending files were deleted, so the files
    /// are those of the save before it.
    #[error("{}", crate::i18n::tr_plain("recovery-rolled-back", &[]))]
    RolledBack,
    /// A save had passed its commit point but one of its files was not as written: the save
    /// was undone, so the files are those of the save before it.
    #[error("{}", crate::i18n::tr_plain("recovery-rolled-back-damaged", &[("file", super::error::shown(file).into()), ("problem", problem.to_string().into())]))]
    RolledBackDamaged {
        file: PathBuf,
        problem: PendingProblem,
    },
}

/// The commit record (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommitRecord {
    version: u32,
    /// Names the pending files of this save.
    save: String,
    /// Annotation files replaced by their pending files.
    annotations: Vec<String>,
    /// Annotation files deleted.
    removed: Vec<String>,
    /// Size and hash of the project file's pending file (from version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    project: Option<FileCheck>,
    /// Size and hash of each of `annotations`' pending files (from version 2).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    written: BTreeMap<String, FileCheck>,
}

/// Where the files of one project's saves are.
struct Layout {
    project_file: PathBuf,
    /// The project file's name, which the names of its pending file and record start with.
    file_name: OsString,
    /// The folder of the project file (`.` for a bare file name).
    folder: PathBuf,
    annotations: PathBuf,
    record: PathBuf,
    record_name: OsString,
}

impl Layout {
    fn of(project_file: &Path) -> Option<Self> {
        let file_name = project_file.file_name()?.to_owned();
        let mut record_name = file_name.clone();
        record_name.push(".commit");
        Some(Self {
            project_file: project_file.to_owned(),
            folder: folder_of(project_file),
            annotations: annotations_dir(project_file),
            record: project_file.with_file_name(&record_name),
            file_name,
            record_name,
        })
    }
}

/// Writes `project_text` as the project file at `project_file` and `annotations` into the
/// folder beside it, as one save (see the module docs). Finishes or undoes an interrupted save
/// first, so the files compared and replaced are those of a whole save.
pub(super) fn save(
    project_file: &Path,
    project_text: &str,
    annotations: &Annotations,
    saved: &mut SavedFiles,
) -> Result<(), StoreError> {
    let result = save_unrecorded(project_file, project_text, annotations, saved);
    match &result {
        Ok(()) => {
            // The folder is kept even without spans, so that one missing is noticed on
            // opening (`StoreWarning::NoAnnotationsFolder`). Failing to make it loses nothing.
            let folder = annotations_dir(project_file);
            if !saved.leaves_folder_missing(project_file) && !folder.is_dir() {
                let _ignored = fs::create_dir(&folder);
            }
            saved.record(&annotations_dir(project_file), annotations);
            saved.note_on_disk(project_file);
        }
        Err(_) => saved.forget(),
    }
    result
}

fn save_unrecorded(
    project_file: &Path,
    project_text: &str,
    annotations: &Annotations,
    saved: &SavedFiles,
) -> Result<(), StoreError> {
    let Some(layout) = Layout::of(project_file) else {
        return Err(StoreError::io(
            IoAction::NoFileName,
            project_file,
            io::Error::from(io::ErrorKind::InvalidInput),
        ));
    };
    let _lock = FolderLock::take(&layout.folder);
    finish_locked(&layout)?;
    // Another program saved since this one looked: writing now would put back what it removed
    // and drop what it added, without anyone seeing either.
    let changed = saved.changed_on_disk(project_file);
    if !changed.is_empty() {
        return Err(StoreError::ChangedOnDisk {
            files: changed,
            path: project_file.to_owned(),
        });
    }
    let plan = annotations_file::plan_save(&layout.annotations, annotations, saved)?;
    let save = format!("{:016x}", fresh_u64());
    if plan.is_empty() {
        // One file changes, so its own rename is the commit point.
        let pending = stage(project_file, &save, project_text.as_bytes())?;
        if let Err(e) = put_in_place(&pending, project_file) {
            remove_quietly(&pending);
            return Err(e);
        }
        return sync(&layout.folder, project_file);
    }

    let record = CommitRecord {
        version: COMMIT_VERSION,
        save,
        annotations: plan.write.iter().map(|(name, _)| name.clone()).collect(),
        removed: plan.remove.clone(),
        project: Some(FileCheck::of(project_text.as_bytes())),
        written: plan
            .write
            .iter()
            .map(|(name, text)| (name.clone(), FileCheck::of(text.as_bytes())))
            .collect(),
    };
    let mut staged = Vec::new();
    let mut created_folder = false;
    if let Err(e) = prepare(
        &layout,
        &plan,
        &record,
        project_text,
        &mut staged,
        &mut created_folder,
    ) {
        // Before the commit point: undo, so the folder holds the previous save alone.
        for pending in &staged {
            remove_quietly(pending);
        }
        if created_folder {
            let _ignored = fs::remove_dir(&layout.annotations);
        }
        return Err(e);
    }
    // Past the commit point nothing is undone: if a step below fails, the record and the pending
    // files stay, and the next load or save finishes the job.
    sync(&layout.folder, &layout.record)?;
    roll_forward(&layout, &record)
}

/// Steps 1 and 2 of a save, up to and including the rename of the record. Every pending file
/// made is added to `staged`, so the caller can remove them all if this fails.
/// Threads staging annotation files at once.
const STAGE_THREADS: usize = 8;

fn prepare(
    layout: &Layout,
    plan: &AnnotationsPlan,
    record: &CommitRecord,
    project_text: &str,
    staged: &mut Vec<PathBuf>,
    created_folder: &mut bool,
) -> Result<(), StoreError> {
    if !plan.write.is_empty() {
        match fs::create_dir(&layout.annotations) {
            Ok(()) => *created_folder = true,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                return Err(StoreError::io(
                    IoAction::CreateFolder,
                    &layout.annotations,
                    e,
                ));
            }
        }
    }
    // Staged on several threads: each mostly waits for its file to reach the disk. Every file
    // staged is listed before an error is returned, so that a failed save cleans them all up.
    let results = crate::parallel::map_on(STAGE_THREADS, &plan.write, 1, |(name, text)| {
        stage(
            &layout.annotations.join(name),
            &record.save,
            text.as_bytes(),
        )
    });
    let mut first_error = None;
    for result in results {
        match result {
            Ok(path) => staged.push(path),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    if let Some(e) = first_error {
        return Err(e);
    }
    staged.push(stage(
        &layout.project_file,
        &record.save,
        project_text.as_bytes(),
    )?);
    // A record that could not be followed must never be committed: it would block every load.
    check(layout, record)?;
    // The pending files must be on disk before a record that counts on them.
    if !plan.write.is_empty() {
        sync(&layout.annotations, &layout.annotations)?;
    }
    sync(&layout.folder, &layout.project_file)?;

    let pending_record = stage(
        &layout.record,
        &record.save,
        record_text(record)?.as_bytes(),
    )?;
    staged.push(pending_record.clone());
    fs::rename(&pending_record, &layout.record)
        .map_err(|e| StoreError::io(IoAction::Replace, &layout.record, e))
}

/// Finishes or undoes a save of the project file at `project_file` that was interrupted (see
/// the module docs); does nothing when the last save finished. [`super::load_project`] and
/// [`super::save_project`] call it first.
pub fn finish_interrupted_save(project_file: &Path) -> Result<Recovery, StoreError> {
    let Some(layout) = Layout::of(project_file) else {
        return Ok(Recovery::Clean); // no file name: there is nothing of ours beside it
    };
    let _lock = FolderLock::take(&layout.folder);
    let recovery = finish_locked(&layout)?;
    if recovery != Recovery::Clean {
        let mut untold = UNTOLD
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if untold.len() >= UNTOLD_KEPT {
            untold.remove(0);
        }
        untold.push((project_file.to_owned(), recovery.clone()));
    }
    Ok(recovery)
}

/// Recoveries not yet reported with a load, by project file: a quick look at a project (which
/// corpus it reads) finishes an interrupted save, and the load that opens it must still say so.
static UNTOLD: std::sync::Mutex<Vec<(PathBuf, Recovery)>> = std::sync::Mutex::new(Vec::new());
const UNTOLD_KEPT: usize = 16;

/// The recovery made on `project_file` since its last report, if any; forgotten once taken.
pub(super) fn take_untold(project_file: &Path) -> Option<Recovery> {
    let mut untold = UNTOLD
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let at = untold.iter().rposition(|(path, _)| path == project_file)?;
    let (_, recovery) = untold.remove(at);
    untold.retain(|(path, _)| path != project_file);
    Some(recovery)
}

fn finish_locked(layout: &Layout) -> Result<Recovery, StoreError> {
    let finished = match read_record(&layout.record)? {
        Some(record) => {
            check(layout, &record)?;
            match verify::verify(layout, &record) {
                Verdict::Complete => {
                    roll_forward(layout, &record)?;
                    Some(Recovery::RolledForward)
                }
                Verdict::Damaged {
                    file,
                    problem,
                    in_place: true,
                } => {
                    return Err(StoreError::Commit {
                        problem: CommitProblem::Unrecoverable {
                            path: file,
                            problem,
                        },
                        path: layout.record.clone(),
                    });
                }
                Verdict::Damaged { file, problem, .. } => {
                    // Without the record its pending files are leftovers, removed below; a
                    // crash from here on leaves the previous save, as it should.
                    fs::remove_file(&layout.record)
                        .map_err(|e| StoreError::io(IoAction::Remove, &layout.record, e))?;
                    sync(&layout.folder, &layout.record)?;
                    Some(Recovery::RolledBackDamaged { file, problem })
                }
            }
        }
        None => None,
    };
    let removed = remove_leftovers(layout);
    Ok(match finished {
        Some(recovery) => recovery,
        None if removed => Recovery::RolledBack,
        None => Recovery::Clean,
    })
}

/// Step 3: puts the pending files of `record` in place, deletes its files to delete, and removes
/// the record. Every step can run again after a crash with the same outcome.
fn roll_forward(layout: &Layout, record: &CommitRecord) -> Result<(), StoreError> {
    check(layout, record)?;
    for name in &record.annotations {
        let target = layout.annotations.join(name);
        put_in_place(&pending_path(&target, &record.save), &target)?;
    }
    put_in_place(
        &pending_path(&layout.project_file, &record.save),
        &layout.project_file,
    )?;
    for name in &record.removed {
        let path = layout.annotations.join(name);
        match fs::remove_file(&path) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => {
                return Err(StoreError::io(IoAction::Remove, &path, e));
            }
            _ => {}
        }
    }
    if layout.annotations.is_dir() {
        sync(&layout.annotations, &layout.annotations)?;
    }
    sync(&layout.folder, &layout.project_file)?;
    // Only now may the record go: without it, nothing would finish a half-done save.
    fs::remove_file(&layout.record)
        .map_err(|e| StoreError::io(IoAction::Remove, &layout.record, e))?;
    sync(&layout.folder, &layout.record)
}

/// Refuses a record that names anything but what a save writes (see the module docs), before
/// anything is renamed or deleted.
fn check(layout: &Layout, record: &CommitRecord) -> Result<(), StoreError> {
    let refuse = |problem| {
        Err(StoreError::Commit {
            problem,
            path: layout.record.clone(),
        })
    };
    if !is_save_id(record.save.as_bytes()) {
        return refuse(CommitProblem::BadSaveId {
            save: record.save.clone(),
        });
    }
    for name in record.annotations.iter().chain(&record.removed) {
        if !is_annotation_name(name) {
            return refuse(CommitProblem::BadName { name: name.clone() });
        }
    }
    if let Some(name) = record
        .annotations
        .iter()
        .find(|name| record.removed.contains(name))
    {
        return refuse(CommitProblem::ReplacedAndRemoved { name: name.clone() });
    }
    if record.version >= 2 {
        // A record that checks some files and not others would finish an unchecked one.
        let unchecked = record
            .annotations
            .iter()
            .find(|name| !record.written.contains_key(*name))
            .cloned()
            .or_else(|| {
                record
                    .project
                    .is_none()
                    .then(|| layout.file_name.to_string_lossy().into_owned())
            });
        if let Some(name) = unchecked {
            return refuse(CommitProblem::MissingCheck { name });
        }
    }
    let replaced = record
        .annotations
        .iter()
        .map(|name| layout.annotations.join(name))
        .chain(iter::once(layout.project_file.clone()));
    for target in replaced {
        let pending = pending_path(&target, &record.save);
        // Only plain files are renamed into place, and never over a folder.
        if fs::symlink_metadata(&pending).is_ok_and(|meta| !meta.is_file()) {
            return refuse(CommitProblem::NotAFile { path: pending });
        }
        if fs::symlink_metadata(&target).is_ok_and(|meta| meta.is_dir()) {
            return refuse(CommitProblem::NotAFile { path: target });
        }
    }
    for name in &record.removed {
        let path = layout.annotations.join(name);
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => return refuse(CommitProblem::NotAFile { path }),
            // A save deletes annotation files only; anything else there is not its to delete.
            Ok(_) if !annotations_file::is_annotation_file(&path) => {
                return refuse(CommitProblem::NotAnnotations { path });
            }
            _ => {}
        }
    }
    Ok(())
}

/// The record at `path`, if there is one.
fn read_record(path: &Path) -> Result<Option<CommitRecord>, StoreError> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(IoAction::Read, path, e)),
        Ok(_) => {}
    }
    let text = read_text(path)?;
    let text = without_bom(&text, path, FileKind::Commit)?;
    let version = read_version_of(text, path, FileKind::Commit, COMMIT_VERSION)?;
    parse::<CommitRecord>(text, version, path, FileKind::Commit).map(Some)
}

fn record_text(record: &CommitRecord) -> Result<String, StoreError> {
    let mut text =
        ron::ser::to_string_pretty(record, pretty_config()).map_err(StoreError::Encode)?;
    text.push('\n');
    Ok(text)
}

/// Writes `bytes` to the pending file of `target` for save `save` and flushes it to disk,
/// keeping the target's mode. Whatever would make the rename fail later (a read-only target, a
/// folder, a link that leads nowhere) is refused here, before the commit point. Errors name
/// `target`, the file the analyst knows.
fn stage(target: &Path, save: &str, bytes: &[u8]) -> Result<PathBuf, StoreError> {
    let permissions = match fs::metadata(target) {
        Ok(meta) if meta.is_dir() => {
            return Err(StoreError::io(
                IoAction::Replace,
                target,
                io::Error::from(io::ErrorKind::IsADirectory),
            ));
        }
        Ok(meta) if meta.permissions().readonly() => {
            return Err(StoreError::io(
                IoAction::ReadOnlyTarget,
                target,
                io::Error::from(io::ErrorKind::PermissionDenied),
            ));
        }
        Ok(meta) => Some(meta.permissions()),
        Err(e) if is_symlink(target) => return Err(StoreError::io(IoAction::Replace, target, e)),
        Err(_) => None, // a new file: whether its folder is writable shows when creating it
    };
    let pending = pending_path(target, save);
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&pending)
        .map_err(|e| StoreError::io(IoAction::CreateTemp, target, e))?;
    let written = (|| {
        file.write_all(bytes)?;
        if let Some(permissions) = permissions {
            // Keep the mode the analyst gave the file (e.g. group-readable on a shared drive).
            file.set_permissions(permissions)?;
        }
        file.sync_all()
    })();
    drop(file);
    if let Err(e) = written {
        remove_quietly(&pending);
        return Err(StoreError::io(IoAction::Write, target, e));
    }
    Ok(pending)
}

/// Puts the pending file `pending` in place of `target`. A pending file that is gone was put in
/// place by an earlier attempt (a record is only written once all its pending files are on
/// disk), so there is nothing left to do.
fn put_in_place(pending: &Path, target: &Path) -> Result<(), StoreError> {
    match fs::symlink_metadata(pending) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::io(IoAction::Replace, target, e)),
        Ok(_) => {}
    }
    if is_symlink(target) {
        // A rename would replace the link itself; write the file it leads to instead.
        let bytes = fs::read(pending).map_err(|e| StoreError::io(IoAction::Read, pending, e))?;
        write_atomic(target, &bytes)?;
        fs::remove_file(pending).map_err(|e| StoreError::io(IoAction::Remove, pending, e))
    } else {
        fs::rename(pending, target).map_err(|e| StoreError::io(IoAction::Replace, target, e))
    }
}

/// Deletes the pending files no record names: what a save left when it stopped before its
/// commit point. Best effort, since a leftover is hidden and never read; whether any went.
fn remove_leftovers(layout: &Layout) -> bool {
    let own = remove_matching(&layout.folder, |name| {
        is_pending_of(name, &layout.file_name) || is_pending_of(name, &layout.record_name)
    });
    let annotations = remove_matching(&layout.annotations, is_annotation_pending);
    own || annotations
}

/// Deletes the plain files of `folder` whose names `is_leftover`; whether any went.
fn remove_matching(folder: &Path, is_leftover: impl Fn(&OsStr) -> bool) -> bool {
    let Ok(entries) = fs::read_dir(folder) else {
        return false; // no folder, no leftovers
    };
    let mut removed = false;
    for entry in entries.flatten() {
        if is_leftover(&entry.file_name())
            && entry.file_type().is_ok_and(|t| t.is_file())
            && fs::remove_file(entry.path()).is_ok()
        {
            removed = true;
        }
    }
    removed
}

/// `.<name>.pending-<save>`: hidden, so loaders and folder listings pass over it, and tied to
/// one file and one save.
fn pending_name(name: &OsStr, save: &str) -> OsString {
    let mut pending = OsString::from(".");
    pending.push(name);
    pending.push(".pending-");
    pending.push(save);
    pending
}

fn pending_path(target: &Path, save: &str) -> PathBuf {
    target.with_file_name(pending_name(target.file_name().unwrap_or_default(), save))
}

/// Whether `name` is the pending file of `file` for some save.
fn is_pending_of(name: &OsStr, file: &OsStr) -> bool {
    name.as_encoded_bytes()
        .strip_prefix(b".")
        .and_then(|rest| rest.strip_prefix(file.as_encoded_bytes()))
        .and_then(|rest| rest.strip_prefix(b".pending-"))
        .is_some_and(is_save_id)
}

/// Whether `name` is the pending file of an annotation file for some save.
fn is_annotation_pending(name: &OsStr) -> bool {
    name.to_str()
        .and_then(|name| name.strip_prefix('.'))
        .and_then(|rest| rest.rsplit_once(".pending-"))
        .is_some_and(|(file, save)| is_annotation_name(file) && is_save_id(save.as_bytes()))
}

/// 16 lower-case hex digits, as [`save`] draws them.
fn is_save_id(save: &[u8]) -> bool {
    save.len() == 16 && save.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A name that can only mean a visible `.ron` file directly inside the annotations folder, on
/// this system's rules for paths: one plain component, not hidden.
fn is_annotation_name(name: &str) -> bool {
    let mut components = Path::new(name).components();
    let single = matches!(
        (components.next(), components.next()),
        (Some(Component::Normal(only)), None) if only == OsStr::new(name)
    );
    single
        && !name.starts_with('.')
        && !name.contains(['/', '\0'])
        && Path::new(name).extension() == Some(OsStr::new("ron"))
}

fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_symlink())
}

/// Best effort: the error that stopped the save is the one worth reporting, and a pending file
/// left behind is deleted by the next load or save.
fn remove_quietly(path: &Path) {
    let _ignored = fs::remove_file(path);
}

fn sync(folder: &Path, path_for_messages: &Path) -> Result<(), StoreError> {
    sync_folder(folder).map_err(|e| StoreError::io(IoAction::SyncFolder, path_for_messages, e))
}

/// An advisory lock on the project's folder, held while a save or a recovery runs, so that two
/// processes never interleave them: one would take the other's pending files for leftovers.
/// Best effort: where the folder cannot be opened or locked, saving works as it would alone.
/// Released when dropped (closing the folder releases the lock).
struct FolderLock {
    _folder: Option<File>,
}

impl FolderLock {
    fn take(folder: &Path) -> Self {
        Self {
            _folder: lock_folder(folder),
        }
    }
}

#[cfg(unix)]
fn lock_folder(folder: &Path) -> Option<File> {
    let file = File::open(folder).ok()?;
    file.lock().ok()?;
    Some(file)
}

/// The standard library opens folders only on Unix.
#[cfg(not(unix))]
fn lock_folder(_folder: &Path) -> Option<File> {
    None
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;

    #[test]
    fn record_is_readable_ron() {
        let record = CommitRecord {
            version: COMMIT_VERSION,
            save: "4f1c0a9e7b2d3c58".to_owned(),
            annotations: vec!["enab%2F0001.txt.ron".to_owned()],
            removed: vec!["sana%2F0002.txt.ron".to_owned()],
            project: Some(FileCheck::of(b"(version: 3)")),
            written: BTreeMap::from([("enab%2F0001.txt.ron".to_owned(), FileCheck::of(b""))]),
        };
        let text = record_text(&record).unwrap();
        assert_eq!(
            text,
            r#"(
    version: 2,
    save: "4f1c0a9e7b2d3c58",
    annotations: [
        "enab%2F0001.txt.ron",
    ],
    removed: [
        "sana%2F0002.txt.ron",
    ],
    project: Some((
        size: 12,
        sha256: "PROJECT_HASH",
    )),
    written: {
        "enab%2F0001.txt.ron": (
            size: 0,
            sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ),
    },
)
"#
            .replace("PROJECT_HASH", &crate::import::sha256_hex(b"(version: 3)"))
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron.commit");
        fs::write(&path, &text).unwrap();
        assert_eq!(read_record(&path).unwrap(), Some(record));
        assert_eq!(read_record(&dir.path().join("none")).unwrap(), None);
    }

    #[test]
    fn names_a_record_may_use() {
        for ok in [
            "a.ron",
            "enab%2F0001.txt.ron",
            "قديم.ron",
            "a b.ron",
            "a..ron",
        ] {
            assert!(is_annotation_name(ok), "{ok}");
        }
        for bad in [
            "",
            ".ron",
            ".hidden.ron",
            "..",
            ".",
            "../p.ron",
            "a/b.ron",
            "/etc/x.ron",
            "a.txt",
            "a.ron/",
            "a\0.ron",
            "p.ron.journal",
        ] {
            assert!(!is_annotation_name(bad), "{bad:?}");
        }
        #[cfg(windows)]
        for bad in ["..\\p.ron", "C:x.ron", "a\\b.ron"] {
            assert!(!is_annotation_name(bad), "{bad:?}");
        }
        assert!(is_save_id(b"0123456789abcdef"));
        for bad in [
            "0123456789ABCDEF",
            "0123456789abcde",
            "0123456789abcdefa",
            "../../../etc/x",
        ] {
            assert!(!is_save_id(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn leftover_patterns_are_exact() {
        let project = OsStr::new("p.ron");
        let id = "0123456789abcdef";
        assert!(is_pending_of(&pending_name(project, id), project));
        for not_ours in [
            "p.ron".to_owned(),
            format!(".p.ron.pending-{id}x"),
            format!(".p.ron.x.pending-{id}"),
            format!(".q.ron.pending-{id}"),
            ".p.ron.journal.tmp-1-2".to_owned(),
            format!("p.ron.pending-{id}"),
        ] {
            assert!(!is_pending_of(OsStr::new(&not_ours), project), "{not_ours}");
        }
        assert!(is_annotation_pending(OsStr::new(&format!(
            ".a%2Fb.txt.ron.pending-{id}"
        ))));
        for not_ours in [
            format!(".gitkeep.pending-{id}"),
            format!(".notes.txt.pending-{id}"),
            format!("a.ron.pending-{id}"),
            format!(".a.ron.tmp-1-{id}"),
            format!(".a.ron.pending-{}", &id[1..]),
        ] {
            assert!(!is_annotation_pending(OsStr::new(&not_ours)), "{not_ours}");
        }
    }
}
