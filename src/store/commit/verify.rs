//! Checking a save's pending files against the sizes and hashes its commit record gives them,
//! so recovery never puts a missing, cut-short or changed file in place of a good one.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{CommitRecord, Layout, pending_path};
use crate::import::sha256_hex;
use crate::store::error::PendingProblem;

/// What a pending file holds: its length and SHA-256 (lower-case hex, as articles record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileCheck {
    pub size: u64,
    pub sha256: String,
}

impl FileCheck {
    pub(super) fn of(bytes: &[u8]) -> Self {
        Self {
            size: bytes.len() as u64,
            sha256: sha256_hex(bytes),
        }
    }

    /// Whether `path` holds these bytes; the problem when it does not.
    fn against(&self, path: &Path) -> Result<(), PendingProblem> {
        let bytes = match fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(PendingProblem::Missing),
            Err(e) => return Err(PendingProblem::Unreadable((&e).into())),
        };
        if bytes.len() as u64 != self.size {
            return Err(PendingProblem::WrongSize {
                size: bytes.len() as u64,
                expected: self.size,
            });
        }
        if sha256_hex(&bytes) != self.sha256 {
            return Err(PendingProblem::WrongContent);
        }
        Ok(())
    }
}

/// What the files of an interrupted save were found to be.
pub(super) enum Verdict {
    /// Every new file is there as written, pending or already in place: finish the save.
    Complete,
    /// A pending file is not as written. `in_place` tells whether another file of the save was
    /// already put in place, in which case the save can no longer be undone either.
    Damaged {
        file: PathBuf,
        problem: PendingProblem,
        in_place: bool,
    },
}

/// Checks each file `record` replaces: its pending file, or, once that is gone, the file it was
/// renamed to. A record of version 1 carries no checks and is trusted, as it always was.
pub(super) fn verify(layout: &Layout, record: &CommitRecord) -> Verdict {
    let Some(project) = &record.project else {
        return Verdict::Complete;
    };
    let replaced = record
        .annotations
        .iter()
        .filter_map(|name| {
            let check = record.written.get(name)?;
            Some((layout.annotations.join(name), check))
        })
        .chain(std::iter::once((layout.project_file.clone(), project)));
    let mut damage = None;
    let mut in_place = false;
    for (target, check) in replaced {
        let pending = pending_path(&target, &record.save);
        match check.against(&pending) {
            Ok(()) => {}
            Err(PendingProblem::Missing) if check.against(&target).is_ok() => in_place = true,
            Err(problem) => {
                damage.get_or_insert((target, problem));
            }
        }
    }
    match damage {
        None => Verdict::Complete,
        Some((file, problem)) => Verdict::Damaged {
            file,
            problem,
            in_place,
        },
    }
}
