//! Reading and writing hashiya's files: the versioned RON project file (with one migration per
//! format version), the annotation files beside it, the autosave journal, atomic replacement of
//! files, and the default label schema.
//!
//! # On disk
//!
//! ```text
//! study/
//!   deir-ez-zor.ron                 project file: name, corpus folder, outlets, documents, label
//!                                   schema, entities, claim clusters
//!   deir-ez-zor.annotations/        spans and claims: one file per document that has any
//!     enab%2F0001.txt.ron           the spans of document "enab/0001.txt"
//!     enab%2F0007.txt.ron
//!   deir-ez-zor.ron.journal         autosave snapshot while there are unsaved changes
//!   deir-ez-zor.ron.commit          commit record, only while a save puts its files in place
//!   deir-ez-zor.ron.lock            who may change the project, while a window or command does
//!   corpus/…                        the articles (never written by hashiya)
//! ```
//!
//! [`save_project`] writes the annotation files that changed (deleting those of documents left
//! without spans) and the project file, as one atomic save: a crash leaves every file from this
//! save or every file from the one before ([`commit`]); [`load_project`] finishes or undoes such
//! an interrupted save, then reads both. Every file is RON, written deterministically (Arabic
//! as Arabic, stable order, a `version` field). Spans are kept apart from the project file, one file per document, so that two
//! analysts annotating different articles of a shared project (e.g. under git) never edit the
//! same file. See [`project_file`], [`annotations_file`] and [`journal`] for each format.
//!
//! | module              | owns                                                              |
//! |---------------------|-------------------------------------------------------------------|
//! | [`project_file`]    | the project file: load/save, version check, migrations, validation |
//! | `v1`                | the types of format version 1 (project and annotation files), frozen |
//! | `v2`                | the types of format version 2: outlets, entities, claims, clusters |
//! | `v3`                | annotation files of version 3: annotator and times of spans and claims |
//! | `v4`                | version 4: relation types in the schema, relations in annotation files |
//! | `v5`                | project files of version 5: import warnings kept as what was noticed |
//! | [`annotations_file`]| the annotations folder: file names, format, save only what changed |
//! | [`journal`]         | [`Journal`]: autosave snapshot for crash recovery                  |
//! | [`saved_files`]     | [`SavedFiles`]: what the last save wrote, so the next one skips it  |
//! | [`commit`]          | a save as a whole: pending files, commit record, recovery          |
//! | [`backup`]          | [`back_up_project`]: a copy kept before a project is replaced       |
//! | [`lock`]            | [`ProjectLock`]: one writer at a time, `<project>.ron.lock`         |
//! | `kept_apart`        | annotation files a save must neither delete nor overwrite           |
//! | [`atomic`]          | [`write_atomic`]: temp file + fsync + rename + folder fsync       |
//! | [`error`]           | [`StoreError`], [`ProjectProblem`], [`StoreWarning`]              |
//!
//! May import `model`; never `ui`.

pub mod annotations_file;
pub mod atomic;
pub mod backup;
pub mod commit;
pub mod error;
pub mod journal;
mod kept_apart;
pub mod lock;
pub mod project_file;
pub mod saved_files;
pub mod schema_names;
mod v1;
mod v2;
mod v3;
mod v4;
mod v5;

pub use annotations_file::{
    ANNOTATIONS_VERSION, DocFile, DocFileRefusal, LoadedAnnotations, SaveReport, annotations_dir,
    load_annotations, save_annotations,
};
pub use atomic::{write_atomic, write_atomic_with};
pub use backup::back_up_project;
pub use commit::{COMMIT_VERSION, Recovery, finish_interrupted_save};
pub use error::{
    AnnotationsProblem, CommitProblem, FileKind, IoAction, KeptApartReason, PendingProblem,
    ProjectProblem, StoreError, StoreWarning,
};
pub use journal::{JOURNAL_VERSION, Journal, JournalEntry, JournalWrite};
pub use lock::{LockHolder, LockedBy, ProjectLock, lock_path};
pub use project_file::{
    CURRENT_VERSION, check_project, corpus_dir_for, from_ron_str, load_project,
    load_project_with_report, outlet_id_for_name, resolve_corpus_dir, save_project,
    save_project_with, to_ron_string,
};
pub use saved_files::SavedFiles;

use crate::model::Schema;

/// `assets/schema.ron`, in the form of a project file's `schema` field.
pub const DEFAULT_SCHEMA_RON: &str = include_str!("../../assets/schema.ron");

/// The label schema a new project starts with: person, organisation, place, armed group, event,
/// date, quantity, claim, claimant and cue, on keys `1`–`9` and `0`; and the document categories
/// genre, dialect and relevance; the relation types supports, contradicts, evidence for, speaks
/// for and same as. Named in the interface's language (IDs are the same in every language).
pub fn default_schema() -> Schema {
    let mut schema = default_schema_english();
    schema_names::localise(&mut schema, crate::i18n::language());
    schema
}

/// [`default_schema`] with its English names, as `assets/schema.ron` has them.
///
/// # Panics
/// Never in a released build: the bundled `assets/schema.ron` is checked by this module's tests.
pub fn default_schema_english() -> Schema {
    let mut schema = ron::from_str::<v2::SchemaV2>(DEFAULT_SCHEMA_RON)
        .map(v2::SchemaV2::into_model)
        .expect("assets/schema.ron is valid (checked by store::tests::default_schema_is_valid)");
    schema.document_categories = crate::model::doc_labels::default_categories();
    schema.relation_types = crate::model::relation::default_relation_types();
    schema
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::model::{Project, Rgb};

    #[test]
    fn default_schema_is_valid() {
        let schema = default_schema();
        let ids: Vec<&str> = schema.labels.iter().map(|l| l.id.0.as_str()).collect();
        assert_eq!(
            ids,
            [
                "PER", "ORG", "GPE", "ARMED", "EVENT", "DATE", "QTY", "CLAIM", "CLAIMANT", "CUE"
            ]
        );
        let keys: Vec<char> = schema.labels.iter().map(|l| l.key.unwrap()).collect();
        assert_eq!(keys, ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0']);
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
        assert_eq!(keys.iter().collect::<HashSet<_>>().len(), keys.len());
        for label in &schema.labels {
            assert!(!label.name.is_empty(), "{:?}", label.id);
            let d = &label.description;
            assert!(
                d.ends_with('.') && d.matches(". ").count() == 0,
                "one sentence: {d}"
            );
        }
        // A project holding it passes the same checks as a loaded one.
        let project = Project {
            schema: schema.clone(),
            ..Project::default()
        };
        assert_eq!(check_project(&project), Ok(()));
        assert_eq!(
            from_ron_str(&to_ron_string(&project).unwrap(), "t".as_ref()).unwrap(),
            project
        );
    }

    /// Highlights are drawn translucent over both a light and a dark page, so each colour needs a
    /// middle lightness (CIELAB L* 45–75) and every pair must stay apart (ΔE*ab ≥ 25).
    #[test]
    fn default_colours_are_mid_tone_and_distinct() {
        let schema = default_schema();
        let labs: Vec<(&str, [f64; 3])> = schema
            .labels
            .iter()
            .map(|l| (l.id.0.as_str(), cielab(l.colour)))
            .collect();
        for (id, lab) in &labs {
            assert!((45.0..=75.0).contains(&lab[0]), "{id}: L* = {:.1}", lab[0]);
        }
        for (i, (a, lab_a)) in labs.iter().enumerate() {
            for (b, lab_b) in &labs[i + 1..] {
                let distance = lab_a
                    .iter()
                    .zip(lab_b)
                    .map(|(x, y)| (x - y).powi(2))
                    .sum::<f64>()
                    .sqrt();
                assert!(
                    distance >= 25.0,
                    "{a} and {b} are too close: ΔE = {distance:.1}"
                );
            }
        }
    }

    #[expect(
        clippy::many_single_char_names,
        reason = "r, g, b, x, y, z are the names of colour science"
    )]
    fn cielab(Rgb(r, g, b): Rgb) -> [f64; 3] {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let (r, g, b) = (linear(r), linear(g), linear(b));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
        let f = |t: f64| {
            if t > 0.008_856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        [
            116.0 * f(y) - 16.0,
            500.0 * (f(x) - f(y)),
            200.0 * (f(y) - f(z)),
        ]
    }
}
