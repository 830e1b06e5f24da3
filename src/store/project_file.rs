//! The project file (`*.ron`): one versioned RON document holding a [`Project`].
//!
//! ```ron
//! (
//!     version: 5,
//!     name: "دير الزور ٢٠١٧",
//!     corpus_dir: "corpus",
//!     outlets: [
//!         (id: "4c1d…", name: "عنب بلدي", affiliation: "opposition"),
//!     ],
//!     documents: [
//!         (
//!             id: "enab/0001.txt",
//!             path: "enab/0001.txt",
//!             sha256: "…",
//!             encoding: "UTF-8",
//!             title: "عنوان الخبر",
//!             outlet: "4c1d…",
//!             date: "2017-09-12",
//!             author: "",
//!             url: "",
//!             language: "ar",
//!             base_direction: Auto,
//!             char_len: 1234,
//!             warnings: [
//!                 EncodingGuessed(encoding: "windows-1256", guess: Some((certainty: Sure,
//!                     score: 981, script: "Arabic", runner_up: Some(("ISO-8859-6", 702))))),
//!             ],
//!         ),
//!         (
//!             id: "feeds/agency.csv#12",
//!             path: "feeds/agency.csv",
//!             …
//!             // written only when not empty or plain:
//!             extraction: Row(record: 12, column: "body"),
//!             date_text: "٢٠ ذو الحجة ١٤٣٨ هـ",
//!             metadata_from: {"date": "feeds/agency.csv:published", "outlet": "feeds/agency.csv:media_name"},
//!             copy_of: Some("enab/0001.txt"),
//!         ),
//!     ],
//!     schema: (
//!         labels: [
//!             (
//!                 id: "PER",
//!                 name: "Person",
//!                 colour: (230, 85, 70),
//!                 key: Some('1'),
//!                 description: "…",
//!             ),
//!         ],
//!         // written only when not empty; `sources`/`targets`: labels allowed (empty = any)
//!         relation_types: [
//!             (id: "SUPPORTS", name: "Supports", colour: (40, 150, 90), key: Some('s'),
//!              directed: true, sources: ["CLAIM"], targets: ["CLAIM"]),
//!         ],
//!     ),
//!     entities: [
//!         (id: "9e2f…", name: "…", kind: "ARMED", aliases: ["…"], note: "", external_id: None),
//!     ],
//!     clusters: [
//!         (id: "b7a0…", name: "…", note: "", members: [(doc: "enab/0001.txt", claim: "…", relation: Reports)]),
//!     ],
//!     // written only when not empty: suggesters switched off, suggestions rejected
//!     suggestions: (off: ["clusters"], rejected: [(kind: "span", form: "…", label: "ORG", context: "")]),
//! )
//! ```
//!
//! * Output is deterministic: fields in declaration order, documents and labels in project order,
//!   outlets, entities and clusters sorted by ID (aliases and members sorted too), four-space
//!   indentation, `\n` line ends, a final newline. Saving the same project twice gives
//!   byte-identical files, so project files diff well under version control.
//! * Strings are written as they are (Arabic as Arabic, marks such as U+064E or U+200F included),
//!   never as `\u{…}` escapes; a string containing `"` or `\` is written as a raw string `r#"…"#`.
//! * `corpus_dir` is relative to the project file's folder (with `/` separators) or absolute; see
//!   [`resolve_corpus_dir`] and [`corpus_dir_for`].
//! * Document paths are relative to the corpus folder and may not leave it (no absolute paths,
//!   no `..`); document, label, outlet, entity and cluster IDs are unique. See [`check_project`].
//!   References that do not resolve (an entity a span names but the project lacks, …) do not
//!   stop loading: [`load_project_with_report`] reports them and keeps the data.
//! * Spans and claims are not in this file: [`save_project`] and [`load_project`] write and read
//!   them in the folder beside it, one file per document (see [`super::annotations_file`]), and
//!   a save replaces all its files at once (see [`super::commit`]);
//!   [`to_ron_string`] and [`from_ron_str`] are about this file alone.
//!
//! # Versions and migrations
//!
//! Loading reads the `version` field first, on its own, ignoring everything else. A version newer
//! than [`CURRENT_VERSION`] is refused before anything else is interpreted, and loading never
//! writes to it, so a file from a newer hashiya is left exactly as it was. (Loading writes only
//! to finish or undo a save that a crash interrupted; see [`super::commit`].) Then the text is
//! parsed with the types of *that* version (module `v1` to `v5`) and brought forward to the
//! current version by one migration per version step ([`v1_to_v2`], [`v2_to_v3`], [`v3_to_v4`],
//! [`v4_to_v5`]).
//!
//! Each format version has its own module of types, frozen once a newer version exists, and a
//! fixture file `tests/fixtures/project-vN.ron` loaded by `tests/project_file.rs`. Project files
//! are at version 5 (`v5.rs`: import warnings kept as what was noticed), annotation files at
//! version 4 (`v4.rs`). To introduce project format version 6:
//!
//! 1. add the project types to a `v6.rs` and make the change there (`v6` now owns
//!    `from_project` / `into_project`); `v5.rs` stays as it is except that its conversions to
//!    the model go away (types a version did not change may be the older version's, with their
//!    conversions, as version 5 keeps version 4's outlets and schema);
//! 2. write the one migration `fn v5_to_v6(v5::ProjectFile) -> v6::ProjectFile` below, and in
//!    `decode` route versions 1 to 5 through it;
//! 3. switch `use super::v5 as current;` to `v6` ([`CURRENT_VERSION`] follows from it);
//! 4. keep the fixtures of versions 1 to 5 and their tests (they now exercise the migrations),
//!    and add `project-v6.ron`. Annotation files and the journal follow the same pattern.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Component, Path, PathBuf};

use ron::error::SpannedError;
use ron::ser::PrettyConfig;
use serde::{Deserialize, Deserializer};
use sha2::{Digest as _, Sha256};

use super::annotations_file::{self, annotations_dir};
use super::commit;
use super::error::{FileKind, IoAction, ProjectProblem, StoreError, StoreWarning};
use super::saved_files::SavedFiles;
use super::v5 as current;
use super::{v1, v2, v3, v4, v5};
use crate::model::{Project, RecordKind};

/// The format version this build writes, and the newest it reads.
pub const CURRENT_VERSION: u32 = current::ProjectFile::VERSION;

/// Writes `project` to `path`: the project file, and its spans in the annotations folder beside
/// it (only the files whose bytes change; see [`annotations_file`]). The save is atomic as a
/// whole: whatever happens, the files on disk are all from this save or all from the one before
/// (see [`super::commit`]). Refuses an invalid project (see [`check_project`]) before writing
/// anything.
pub fn save_project(path: &Path, project: &Project) -> Result<(), StoreError> {
    save_project_with(path, project, &mut SavedFiles::default())
}

/// [`save_project`] for a program that saves the same project again and again: `saved`
/// remembers what each save wrote, so the next one serialises and compares only the documents
/// changed since (see [`SavedFiles`]).
pub fn save_project_with(
    path: &Path,
    project: &Project,
    saved: &mut SavedFiles,
) -> Result<(), StoreError> {
    let text = encode(project, path)?;
    commit::save(path, &text, &project.annotations, saved)
}

/// Reads a project file of any version up to [`CURRENT_VERSION`], and the spans in the folder
/// beside it (none when there is no folder). Writes nothing, except to finish or undo a save
/// that a crash interrupted ([`commit::finish_interrupted_save`]). See
/// [`load_project_with_report`] for the warnings.
pub fn load_project(path: &Path) -> Result<Project, StoreError> {
    load(path).map(|(project, _)| project)
}

/// [`load_project`], with what is worth telling the analyst: spans of documents that are not in
/// the project (kept), labels the schema lacks, files under another name.
/// A save a crash interrupted, finished or undone by this load or a [`load_project`] before it,
/// is the first warning.
pub fn load_project_with_report(path: &Path) -> Result<(Project, Vec<StoreWarning>), StoreError> {
    let (project, mut warnings) = load(path)?;
    if let Some(recovery) = commit::take_untold(path) {
        warnings.insert(
            0,
            StoreWarning::Recovered {
                recovery,
                path: path.to_owned(),
            },
        );
    }
    Ok((project, warnings))
}

fn load(path: &Path) -> Result<(Project, Vec<StoreWarning>), StoreError> {
    commit::finish_interrupted_save(path)?;
    // The project file and the annotation files are independent: read them side by side.
    let (project, loaded) = std::thread::scope(|scope| {
        let annotations =
            scope.spawn(|| annotations_file::load_annotations(&annotations_dir(path)));
        let project = read_text(path).and_then(|text| from_ron_str(&text, path));
        let loaded = annotations
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (project, loaded)
    });
    let mut project = project?;
    let loaded = loaded?;
    let mut warnings = Vec::new();
    let folder = annotations_dir(path);
    // Opened as a project without spans, it would be saved as one; a save never deletes the
    // folder, so one missing is worth saying.
    if !project.documents.is_empty() && !folder.is_dir() {
        warnings.push(StoreWarning::NoAnnotationsFolder { path: folder });
    }
    warnings.extend(loaded.warnings);
    warnings.extend(annotations_file::project_warnings(
        &project,
        &loaded.annotations,
        &loaded.files,
    ));
    project.annotations = loaded.annotations;
    for reference in project.broken_references() {
        // Point at the file to open to mend it: the document's annotation file, or this one.
        let file = reference
            .annotation_document()
            .and_then(|doc| loaded.files.get(doc))
            .map_or_else(|| path.to_owned(), Clone::clone);
        warnings.push(StoreWarning::BrokenReference {
            reference,
            path: file,
        });
    }
    Ok((project, warnings))
}

/// The file at `path` as UTF-8 text.
pub(super) fn read_text(path: &Path) -> Result<String, StoreError> {
    let bytes = fs::read(path).map_err(|e| StoreError::io(IoAction::Read, path, e))?;
    String::from_utf8(bytes).map_err(|e| StoreError::NotUtf8 {
        offset: e.utf8_error().valid_up_to(),
        path: path.to_owned(),
    })
}

/// The text [`save_project`] writes, in the current format version.
pub fn to_ron_string(project: &Project) -> Result<String, StoreError> {
    encode(project, Path::new(""))
}

/// Parses the text of a project file; `path_for_messages` only ends error messages. The
/// project's annotations are empty: they live in other files.
pub fn from_ron_str(text: &str, path_for_messages: &Path) -> Result<Project, StoreError> {
    let path = path_for_messages;
    let text = without_bom(text, path, FileKind::Project)?;
    let version = read_version(text, path)?;
    let project = decode(version, text, path)?;
    check_project(&project).map_err(|problem| StoreError::Invalid {
        problem,
        path: path.to_owned(),
    })?;
    Ok(project)
}

/// The folder that `corpus_dir` (as written in the project file at `project_file`) names:
/// absolute paths as they are, relative ones joined to the project file's folder.
pub fn resolve_corpus_dir(project_file: &Path, corpus_dir: &str) -> PathBuf {
    let corpus = Path::new(corpus_dir);
    if corpus.is_absolute() {
        return corpus.to_owned();
    }
    match project_file.parent() {
        Some(folder) => folder.join(corpus),
        None => corpus.to_owned(),
    }
}

/// How a project file at `project_file` should write the corpus folder `corpus_root`: relative,
/// with `/` separators, when the corpus is inside the project file's folder or beside it (one
/// `..`), so the two can be moved or shared together; absolute otherwise. Works on the paths as
/// written (made absolute against the current folder, `.` and `..` resolved lexically), without
/// touching the file system, so the project file need not exist yet.
pub fn corpus_dir_for(project_file: &Path, corpus_root: &Path) -> String {
    /// More `..` than this and the corpus is "somewhere else": absolute is clearer then.
    const MAX_PARENT_STEPS: usize = 1;

    let corpus = absolute_lexical(corpus_root);
    let folder = absolute_lexical(project_file).and_then(|file| file.parent().map(Path::to_owned));
    if let (Some(corpus), Some(folder)) = (&corpus, folder)
        && let Some((parent_steps, relative)) = relative_path(&folder, corpus)
        && parent_steps <= MAX_PARENT_STEPS
    {
        return relative;
    }
    corpus
        .as_deref()
        .unwrap_or(corpus_root)
        .to_string_lossy()
        .into_owned()
}

/// Checks the invariants a loaded or saved project must keep: unique, non-empty document IDs;
/// document paths that are non-empty, relative and free of `..` (so that no document can name a
/// file outside the corpus folder); unique label IDs; non-empty outlet, entity and cluster IDs,
/// each the key it is kept under. References between records are not checked here (see
/// [`Project::broken_references`]): a dangling one is reported, never a reason to lose work.
pub fn check_project(project: &Project) -> Result<(), ProjectProblem> {
    let mut doc_ids = HashSet::new();
    for (index, document) in project.documents.iter().enumerate() {
        let id = &document.id.0;
        if id.is_empty() {
            return Err(ProjectProblem::EmptyDocumentId { index: index + 1 });
        }
        if !doc_ids.insert(id.as_str()) {
            return Err(ProjectProblem::DuplicateDocumentId { id: id.clone() });
        }
        check_document_path(id, &document.path)?;
    }
    let mut label_ids = HashSet::new();
    for label in &project.schema.labels {
        if !label_ids.insert(label.id.0.as_str()) {
            return Err(ProjectProblem::DuplicateLabelId {
                id: label.id.0.clone(),
            });
        }
    }
    check_keys(RecordKind::Outlet, &project.outlets, |o| o.id.as_str())?;
    check_keys(RecordKind::Entity, &project.entities, |e| e.id.as_str())?;
    check_keys(RecordKind::Cluster, &project.clusters, |c| c.id.as_str())?;
    Ok(())
}

fn check_keys<K: AsRef<str>, T>(
    kind: RecordKind,
    map: &BTreeMap<K, T>,
    id: impl Fn(&T) -> &str,
) -> Result<(), ProjectProblem> {
    for (key, record) in map {
        let key = key.as_ref();
        if key.is_empty() {
            return Err(ProjectProblem::EmptyRecordId { kind });
        }
        if id(record) != key {
            return Err(ProjectProblem::RecordKeyMismatch {
                kind,
                key: key.to_owned(),
                id: id(record).to_owned(),
            });
        }
    }
    Ok(())
}

/// Both `/` and `\` count as separators, and a drive prefix (`C:`) as absolute, so a project file
/// written or edited on Windows cannot escape the corpus folder either.
fn check_document_path(id: &str, doc_path: &str) -> Result<(), ProjectProblem> {
    let problem = if doc_path.is_empty() {
        ProjectProblem::EmptyDocumentPath { id: id.to_owned() }
    } else if doc_path.starts_with(['/', '\\'])
        || has_drive_prefix(doc_path)
        || Path::new(doc_path).is_absolute()
    {
        ProjectProblem::AbsoluteDocumentPath {
            id: id.to_owned(),
            doc_path: doc_path.to_owned(),
        }
    } else if doc_path.split(['/', '\\']).any(|part| part == "..") {
        ProjectProblem::EscapingDocumentPath {
            id: id.to_owned(),
            doc_path: doc_path.to_owned(),
        }
    } else {
        return Ok(());
    };
    Err(problem)
}

fn has_drive_prefix(path: &str) -> bool {
    let bytes = path.as_bytes();
    bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':'
}

fn encode(project: &Project, path: &Path) -> Result<String, StoreError> {
    check_project(project).map_err(|problem| StoreError::Invalid {
        problem,
        path: path.to_owned(),
    })?;
    let file = current::ProjectFile::from_project(project);
    let mut text =
        ron::ser::to_string_pretty(&file, pretty_config()).map_err(StoreError::Encode)?;
    text.push('\n');
    Ok(text)
}

/// `text` without a byte order mark (editors on Windows may add one; RON does not allow one);
/// refuses blank text.
pub(super) fn without_bom<'a>(
    text: &'a str,
    path: &Path,
    file: FileKind,
) -> Result<&'a str, StoreError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(StoreError::Empty {
            file,
            path: path.to_owned(),
        });
    }
    Ok(text)
}

/// Every option spelled out, so a change of ron's defaults cannot change the files we write.
/// Shared by every file hashiya writes (project, annotations, journal).
pub(super) fn pretty_config() -> PrettyConfig {
    PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .separator(" ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false)
        .compact_structs(false)
        .compact_maps(false)
        .number_suffixes(false)
        .escape_strings(false)
}

/// Parses `text` written in format `version` and brings it forward to the current model.
/// This is the one place that knows every version; see the module docs for adding one.
fn decode(version: u32, text: &str, path: &Path) -> Result<Project, StoreError> {
    let file = match version {
        v1::ProjectFile::VERSION => v4_to_v5(v3_to_v4(v2_to_v3(
            parse::<v1::ProjectFile>(text, version, path, FileKind::Project).map(v1_to_v2)?,
        ))),
        v2::ProjectFile::VERSION => v4_to_v5(v3_to_v4(v2_to_v3(parse::<v2::ProjectFile>(
            text,
            version,
            path,
            FileKind::Project,
        )?))),
        v3::ProjectFile::VERSION => v4_to_v5(v3_to_v4(parse::<v3::ProjectFile>(
            text,
            version,
            path,
            FileKind::Project,
        )?)),
        v4::ProjectFile::VERSION => v4_to_v5(parse::<v4::ProjectFile>(
            text,
            version,
            path,
            FileKind::Project,
        )?),
        v5::ProjectFile::VERSION => {
            parse::<v5::ProjectFile>(text, version, path, FileKind::Project)?
        }
        _ => {
            return Err(StoreError::TooNew {
                file: FileKind::Project,
                version,
                newest: CURRENT_VERSION,
                path: path.to_owned(),
            });
        }
    };
    file.into_project().map_err(|problem| StoreError::Invalid {
        problem,
        path: path.to_owned(),
    })
}

/// Version 1 → 2: each distinct outlet name of the documents becomes an outlet of the project
/// (named after it, no affiliation) and documents name it by ID; the new fields are empty. The
/// IDs come from the names ([`outlet_id_for_name`]), so two analysts migrating copies of one
/// project get the same outlets and their files still merge.
pub(super) fn v1_to_v2(file: v1::ProjectFile) -> v2::ProjectFile {
    let v1::ProjectFile {
        version: _,
        name,
        corpus_dir,
        documents,
        schema,
    } = file;
    let mut outlets: BTreeMap<String, v2::OutletV2> = BTreeMap::new();
    let documents = documents
        .into_iter()
        .map(|document| {
            let v1::DocumentV1 {
                id,
                path,
                sha256,
                encoding,
                title,
                outlet,
                date,
                base_direction,
                char_len,
                warnings,
            } = document;
            let outlet = if outlet.is_empty() {
                String::new()
            } else {
                let id = outlet_id_for_name(&outlet);
                outlets.entry(id.clone()).or_insert_with(|| v2::OutletV2 {
                    id: id.clone(),
                    name: outlet,
                    affiliation: String::new(),
                });
                id
            };
            v2::DocumentV2 {
                id,
                path,
                sha256,
                encoding,
                title,
                outlet,
                date,
                author: String::new(),
                url: String::new(),
                language: String::new(),
                base_direction: match base_direction {
                    v1::BaseDirectionV1::Auto => v2::BaseDirectionV2::Auto,
                    v1::BaseDirectionV1::Ltr => v2::BaseDirectionV2::Ltr,
                    v1::BaseDirectionV1::Rtl => v2::BaseDirectionV2::Rtl,
                },
                char_len,
                warnings,
            }
        })
        .collect();
    v2::ProjectFile {
        version: v2::ProjectFile::VERSION,
        name,
        corpus_dir,
        outlets: outlets.into_values().collect(),
        documents,
        schema: schema_v1_to_v2(schema),
        entities: Vec::new(),
        clusters: Vec::new(),
    }
}

/// Version 2 → 3: every document's text is its whole file (`extraction` plain), with no date
/// text, metadata sources or copy recorded; no suggestion feedback yet.
pub(super) fn v2_to_v3(file: v2::ProjectFile) -> v3::ProjectFile {
    let v2::ProjectFile {
        version: _,
        name,
        corpus_dir,
        outlets,
        documents,
        schema,
        entities,
        clusters,
    } = file;
    let documents = documents
        .into_iter()
        .map(|document| {
            let v2::DocumentV2 {
                id,
                path,
                sha256,
                encoding,
                title,
                outlet,
                date,
                author,
                url,
                language,
                base_direction,
                char_len,
                warnings,
            } = document;
            v3::DocumentV3 {
                id,
                path,
                sha256,
                encoding,
                title,
                outlet,
                date,
                author,
                url,
                language,
                base_direction,
                char_len,
                warnings,
                extraction: v3::ExtractionV3::Plain,
                date_text: String::new(),
                metadata_from: BTreeMap::new(),
                copy_of: None,
            }
        })
        .collect();
    v3::ProjectFile {
        version: v3::ProjectFile::VERSION,
        name,
        corpus_dir,
        outlets,
        documents,
        schema,
        entities,
        clusters: clusters.into_iter().map(v3::ClusterV3::from_v2).collect(),
        suggestions: v3::SuggestionsV3::default(),
    }
}

/// Version 3 → 4: the schema has no relation types yet (and the annotation files no relations),
/// outlets no aliases and documents no spelling of their outlet.
pub(super) fn v3_to_v4(file: v3::ProjectFile) -> v4::ProjectFile {
    let v3::ProjectFile {
        version: _,
        name,
        corpus_dir,
        outlets,
        documents,
        schema,
        entities,
        clusters,
        suggestions,
    } = file;
    v4::ProjectFile {
        version: v4::ProjectFile::VERSION,
        name,
        corpus_dir,
        outlets: outlets.into_iter().map(v4::OutletV4::from_v2).collect(),
        documents: documents.into_iter().map(v4::DocumentV4::from_v3).collect(),
        schema: v4::SchemaV4::from_v2(schema),
        entities,
        clusters,
        suggestions,
    }
}

/// Version 4 → 5: each document's warnings are the sentences they were (`Said`), shown as
/// they are in every language.
pub(super) fn v4_to_v5(file: v4::ProjectFile) -> v5::ProjectFile {
    v5::ProjectFile::from_v4(file)
}

fn schema_v1_to_v2(schema: v1::SchemaV1) -> v2::SchemaV2 {
    let v1::SchemaV1 { labels } = schema;
    v2::SchemaV2 {
        labels: labels
            .into_iter()
            .map(|label| {
                let v1::LabelV1 {
                    id,
                    name,
                    colour,
                    key,
                    description,
                } = label;
                v2::LabelV2 {
                    id,
                    name,
                    colour,
                    key,
                    description,
                }
            })
            .collect(),
    }
}

/// The outlet ID a migration gives the outlet named `name`: the first 16 hex digits of the
/// SHA-256 of the name, so the same name gets the same ID on every machine.
pub fn outlet_id_for_name(name: &str) -> String {
    let hash = Sha256::digest(name.as_bytes());
    let mut id = String::with_capacity(16);
    for byte in &hash[..8] {
        // Writing to a String cannot fail.
        let _ = write!(id, "{byte:02x}");
    }
    id
}

/// ron's message for `code`, in the analyst's words where ron speaks to programmers.
fn message_of(code: &ron::Error) -> String {
    match code {
        // ron suggests raising a limit of its own; no hashiya file nests that deep.
        ron::Error::ExceededRecursionLimit => {
            "brackets are nested deeper than any hashiya file nests them, so the file is damaged or not a hashiya file"
                .to_owned()
        }
        other => other.to_string(),
    }
}

/// Parses `text` as a `T`, the types of format `version` of a `file`.
pub(super) fn parse<'a, T: Deserialize<'a>>(
    text: &'a str,
    version: u32,
    path: &Path,
    file: FileKind,
) -> Result<T, StoreError> {
    ron::from_str(text).map_err(|e: SpannedError| {
        // Not valid RON at all is a syntax error, whatever the version says; the version may
        // have been read without parsing the rest (see `read_version_of`).
        if let Err(syntax) = probe_version(text, path, file, u32::MAX) {
            return syntax;
        }
        let (line, column) = error_position(text, &e);
        StoreError::Format {
            file,
            version,
            line,
            column,
            message: message_of(&e.code),
            path: path.to_owned(),
        }
    })
}

/// 1-based line and column (in chars) of an error. ron reports the position *before* the
/// whitespace that precedes the offending token; move it onto the token, where the reader looks.
fn error_position(text: &str, error: &SpannedError) -> (usize, usize) {
    let (mut line, mut column) = (error.span.start.line, error.span.start.col);
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let Some(rest) = text.get(line_start..) else {
        return (line, column);
    };
    for c in rest.chars().skip(column.saturating_sub(1)) {
        match c {
            '\n' => (line, column) = (line + 1, 1),
            c if c.is_whitespace() => column += 1,
            _ => break,
        }
    }
    (line, column)
}

/// The top-level struct with only its `version` field; all other fields are skipped unread.
#[derive(Deserialize)]
#[serde(rename = "ProjectFile")]
struct VersionProbe {
    #[serde(default, deserialize_with = "present")]
    version: Option<ron::Value>,
}

fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<ron::Value>, D::Error> {
    ron::Value::deserialize(deserializer).map(Some)
}

fn read_version(text: &str, path: &Path) -> Result<u32, StoreError> {
    read_version_of(text, path, FileKind::Project, CURRENT_VERSION)
}

/// Reads the format version of a `file` whose newest version is `newest`. The probe accepts any
/// RON value in any field, so an error here is a syntax error (or a top level that is not a
/// struct), whatever the version.
///
/// Files as hashiya writes them open with `Name(version: N,`: then the number is read from there
/// and the probe is left for [`parse`] to run if the file turns out not to parse, because probing
/// a file reads all of it, which doubled the time to load a project.
pub(super) fn read_version_of(
    text: &str,
    path: &Path,
    file: FileKind,
    newest: u32,
) -> Result<u32, StoreError> {
    if let Some(version) = leading_version(text)
        && (1..=newest).contains(&version)
    {
        return Ok(version);
    }
    probe_version(text, path, file, newest)
}

/// The version of a file that opens with `Name(version: N,` or `(version: N)` (whitespace
/// allowed between the tokens); `None` for anything else, comments and extensions included.
fn leading_version(text: &str) -> Option<u32> {
    let rest = text.trim_start();
    let rest = rest
        .trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_')
        .trim_start()
        .strip_prefix('(')?
        .trim_start()
        .strip_prefix("version")?
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let after = rest[digits..].trim_start();
    if digits == 0 || !(after.starts_with(',') || after.starts_with(')')) {
        return None;
    }
    rest[..digits].parse().ok()
}

fn probe_version(text: &str, path: &Path, file: FileKind, newest: u32) -> Result<u32, StoreError> {
    let probe: VersionProbe = ron::from_str(text).map_err(|e: SpannedError| {
        let (line, column) = error_position(text, &e);
        StoreError::Syntax {
            file,
            line,
            column,
            message: message_of(&e.code),
            path: path.to_owned(),
        }
    })?;
    let Some(value) = probe.version else {
        return Err(StoreError::MissingVersion {
            file,
            path: path.to_owned(),
        });
    };
    match value.clone().into_rust::<u32>() {
        Ok(version) if version > newest => Err(StoreError::TooNew {
            file,
            version,
            newest,
            path: path.to_owned(),
        }),
        Ok(version) if version >= 1 => Ok(version),
        _ => Err(StoreError::InvalidVersion {
            file,
            found: ron::to_string(&value).unwrap_or_else(|_| format!("{value:?}")),
            newest,
            path: path.to_owned(),
        }),
    }
}

/// `path` made absolute against the current folder, with `.` and `..` resolved lexically.
pub(super) fn absolute_lexical(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    let mut normal = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                // `pop` refuses to remove the root, which is where `/..` stays.
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    Some(normal)
}

/// The `/`-separated path leading from the folder `from` to `to` (both absolute and normalised)
/// and how many `..` it starts with; `None` across drives or for names that are not UTF-8.
fn relative_path(from: &Path, to: &Path) -> Option<(usize, String)> {
    let from: Vec<Component<'_>> = from.components().collect();
    let to: Vec<Component<'_>> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None; // different drives (or not absolute)
    }
    let parent_steps = from.len() - common;
    let mut parts: Vec<&str> = vec![".."; parent_steps];
    for component in &to[common..] {
        match component {
            Component::Normal(name) => parts.push(name.to_str()?),
            _ => return None,
        }
    }
    if parts.is_empty() {
        return Some((0, ".".to_owned()));
    }
    Some((parent_steps, parts.join("/")))
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;
    use crate::model::{BaseDirection, DocId, Document, Label, LabelId, Rgb, Schema};

    fn document(id: &str, path: &str) -> Document {
        Document {
            id: DocId(id.to_owned()),
            path: path.to_owned(),
            sha256: "00".repeat(32),
            encoding: "UTF-8".to_owned(),
            title: "عنوان".to_owned(),
            outlet: crate::model::OutletId::unknown(),
            date: String::new(),
            author: String::new(),
            url: String::new(),
            language: String::new(),
            base_direction: BaseDirection::Auto,
            char_len: 5,
            warnings: vec![],
            extraction: crate::model::Extraction::Plain,
            date_text: String::new(),
            outlet_text: String::new(),
            metadata_from: std::collections::BTreeMap::new(),
            copy_of: None,
        }
    }

    fn project(documents: Vec<Document>) -> Project {
        Project {
            name: "تجربة".to_owned(),
            corpus_dir: "corpus".to_owned(),
            documents,
            schema: Schema {
                labels: vec![Label {
                    id: LabelId("PER".to_owned()),
                    name: "Person".to_owned(),
                    colour: Rgb(230, 85, 70),
                    key: Some('1'),
                    description: "A person.".to_owned(),
                }],
                ..Schema::default()
            },
            ..Project::default()
        }
    }

    #[test]
    fn writes_the_documented_format() {
        let mut doc = document("a/b.txt", "a/b.txt");
        doc.warnings = vec![
            crate::model::ImportWarning::EncodingGuessed {
                encoding: "windows-1256".to_owned(),
                guess: Some(crate::model::EncodingGuess {
                    certainty: crate::model::GuessCertainty::Sure,
                    score: 981,
                    script: "Arabic".to_owned(),
                    runner_up: Some(("ISO-8859-6".to_owned(), 702)),
                }),
            },
            crate::model::ImportWarning::Said("an older sentence".to_owned()),
        ];
        let text = to_ron_string(&project(vec![doc])).unwrap();
        let expected = r#"(
    version: 5,
    name: "تجربة",
    corpus_dir: "corpus",
    outlets: [],
    documents: [
        (
            id: "a/b.txt",
            path: "a/b.txt",
            sha256: "0000000000000000000000000000000000000000000000000000000000000000",
            encoding: "UTF-8",
            title: "عنوان",
            outlet: "",
            date: "",
            author: "",
            url: "",
            language: "",
            base_direction: Auto,
            char_len: 5,
            warnings: [
                EncodingGuessed(
                    encoding: "windows-1256",
                    guess: Some((
                        certainty: Sure,
                        score: 981,
                        script: "Arabic",
                        runner_up: Some(("ISO-8859-6", 702)),
                    )),
                ),
                Said("an older sentence"),
            ],
        ),
    ],
    schema: (
        labels: [
            (
                id: "PER",
                name: "Person",
                colour: (230, 85, 70),
                key: Some('1'),
                description: "A person.",
            ),
        ],
    ),
    entities: [],
    clusters: [],
)
"#;
        assert_eq!(text, expected);
    }

    #[test]
    fn document_path_checks() {
        let ok = [
            "a.txt",
            "a/b.txt",
            "./a.txt",
            "a..b.txt",
            "..a/b",
            "عنب/خبر.txt",
        ];
        for path in ok {
            assert_eq!(check_document_path("x", path), Ok(()), "{path}");
        }
        let absolute = [
            "/etc/passwd",
            "\\\\server\\share\\a.txt",
            "C:\\a.txt",
            "c:a.txt",
        ];
        for path in absolute {
            assert!(
                matches!(
                    check_document_path("x", path),
                    Err(ProjectProblem::AbsoluteDocumentPath { .. })
                ),
                "{path}"
            );
        }
        let escaping = [
            "..",
            "../a.txt",
            "a/../../b.txt",
            "a\\..\\..\\b.txt",
            "a/..",
        ];
        for path in escaping {
            assert!(
                matches!(
                    check_document_path("x", path),
                    Err(ProjectProblem::EscapingDocumentPath { .. })
                ),
                "{path}"
            );
        }
        assert!(matches!(
            check_document_path("x", ""),
            Err(ProjectProblem::EmptyDocumentPath { .. })
        ));
    }

    #[test]
    fn version_probe_classifies_versions() {
        let path = Path::new("/p.ron");
        assert_eq!(
            read_version(
                "(name: \"x\", version: 1, documents: [(a: Some('1'), b: Auto)])",
                path
            )
            .unwrap(),
            1
        );
        assert!(matches!(
            read_version("(name: \"x\")", path),
            Err(StoreError::MissingVersion { .. })
        ));
        for (text, found) in [
            ("(version: 0)", "0"),
            ("(version: \"1\")", "\"1\""),
            ("(version: -2)", "-2"),
            ("(version: 1.5)", "1.5"),
        ] {
            match read_version(text, path) {
                Err(StoreError::InvalidVersion { found: f, .. }) => assert_eq!(f, found),
                other => panic!("{text}: {other:?}"),
            }
        }
        assert!(matches!(
            read_version("(version: 7, future: Thing(x: [1]))", path),
            Err(StoreError::TooNew { version: 7, .. })
        ));
        assert!(matches!(
            read_version("[1, 2]", path),
            Err(StoreError::Syntax { .. })
        ));
    }

    #[test]
    fn leading_version_reads_only_the_form_hashiya_writes() {
        for (text, version) in [
            ("ProjectFile(\n    version: 2,\n    name: \"x\")", Some(2)),
            ("  AnnotationsFile ( version : 13 )", Some(13)),
            ("(version: 1, a: 1)", Some(1)),
            ("// comment\nProjectFile(version: 2,", None),
            ("ProjectFile(name: \"x\", version: 2)", None),
            ("ProjectFile(version: 1.5)", None),
            ("ProjectFile(version: -2)", None),
            ("ProjectFile(versions: 2,", None),
            ("ProjectFile(version: 99999999999,", None),
            ("ProjectFile(version: 2", None),
        ] {
            assert_eq!(leading_version(text), version, "{text}");
        }
    }

    #[test]
    fn broken_ron_after_a_leading_version_is_still_a_syntax_error() {
        let path = Path::new("/p.ron");
        let broken = "ProjectFile(version: 2, name: \"x\", documents: [)";
        assert!(matches!(
            from_ron_str(broken, path),
            Err(StoreError::Syntax { line: 1, .. })
        ));
        // Valid RON of the wrong shape is a format error of that version.
        assert!(matches!(
            from_ron_str("ProjectFile(version: 2, name: 5)", path),
            Err(StoreError::Format { version: 2, .. })
        ));
    }

    #[test]
    fn corpus_dir_round_trips_through_resolve() {
        let cases = [
            ("/home/a/study/p.ron", "/home/a/study/corpus", "corpus"),
            (
                "/home/a/study/p.ron",
                "/home/a/study/corpus/deir-ez-zor",
                "corpus/deir-ez-zor",
            ),
            ("/home/a/study/p.ron", "/home/a/study", "."),
            (
                "/home/a/study/project/p.ron",
                "/home/a/study/corpus",
                "../corpus",
            ),
            (
                "/home/a/study/p.ron",
                "/home/a/./study/x/../corpus",
                "corpus",
            ),
            (
                "/home/a/study/project/p.ron",
                "/home/a/other/corpus",
                "/home/a/other/corpus",
            ),
            ("/home/a/p.ron", "/mnt/usb/corpus", "/mnt/usb/corpus"),
            ("/p.ron", "/corpus", "corpus"),
        ];
        for (project_file, corpus_root, expected) in cases {
            let written = corpus_dir_for(Path::new(project_file), Path::new(corpus_root));
            assert_eq!(written, expected, "{project_file} + {corpus_root}");
            let resolved = resolve_corpus_dir(Path::new(project_file), &written);
            assert_eq!(
                absolute_lexical(&resolved),
                absolute_lexical(Path::new(corpus_root)),
                "{project_file} + {corpus_root}"
            );
        }
    }

    #[test]
    fn corpus_dir_for_relative_inputs_uses_current_folder() {
        assert_eq!(
            corpus_dir_for(Path::new("p.ron"), Path::new("corpus")),
            "corpus"
        );
        assert_eq!(
            corpus_dir_for(Path::new("study/p.ron"), Path::new("data")),
            "../data"
        );
        assert_eq!(
            resolve_corpus_dir(Path::new("p.ron"), "corpus"),
            Path::new("corpus")
        );
        assert_eq!(
            resolve_corpus_dir(Path::new("/x/p.ron"), "/abs/c"),
            Path::new("/abs/c")
        );
    }
}
