//! The spans of a project: one RON file per document, in a folder beside the project file.
//!
//! ```text
//! study/
//!   deir-ez-zor.ron                      the project file (documents, schema; no spans)
//!   deir-ez-zor.annotations/             one file per document that has spans
//!     enab%2F0001.txt.ron                spans of document "enab/0001.txt"
//!     windows%2F%D9%82%D8%AF%D9%8A%D9%85.txt.ron    spans of "windows/قديم.txt"
//! ```
//!
//! A file:
//!
//! ```ron
//! (
//!     version: 3,
//!     document: "enab/0001.txt",
//!     spans: [
//!         (
//!             id: "3f9a0c1b2d4e5f60",
//!             start: 12,
//!             end: 16,
//!             label: "PER",
//!             quote: "محمد",
//!             entity: Some("9e2f4a7b1c0d3e58"),
//!             attributes: {},
//!             note: "",
//!             annotator: "huda",
//!             created: "2026-11-23T09:15:02Z",
//!             modified: "2026-11-23T09:20:40Z",
//!         ),
//!     ],
//!     claims: [
//!         (
//!             id: "c41m000000000001",
//!             content: "…",
//!             claimant: Mention("3f9a0c1b2d4e5f60"),
//!             cue: Some("…"),
//!             polarity: Asserts,
//!             certainty: Unknown,
//!             quote_mode: Indirect,
//!             statement_date: "",
//!             note: "",
//!             parent: None,
//!         ),
//!     ],
//! )
//! ```
//!
//! * `start` and `end` are char offsets `[start, end)` into the document's normalised text;
//!   `quote` is the text there when the span was made or last edited; `entity` is an entity ID
//!   of the project.
//! * A claim names spans of the same file (`content`, `cue`, a `Mention` claimant) and its
//!   `parent` is a claim of the same file; an `Entity` claimant names an entity of the project.
//! * Spans are in reading order (start, end, ID); claims by ID; attributes sorted by key. The output is
//!   deterministic (same options as the project file: Arabic written as Arabic), so saving twice
//!   gives identical bytes and a span edit shows as a few changed lines under version control.
//! * **Why one file per document**: two analysts annotating different articles of the same
//!   project touch different files, so their work merges without conflicts.
//! * **File names** ([`file_name_for`]) are the document ID with every byte outside
//!   `[A-Za-z0-9._-]` (and a leading `.`) written `%XX`, plus `.ron` — reversible, and safe on
//!   every file system. An ID whose name would exceed [`MAX_NAME_BYTES`] gets a cut name ending
//!   in `~` and 16 hex digits of its SHA-256. The name is only where the file goes: the
//!   `document` field inside is what counts when loading. Two IDs that differ only in letter
//!   case (`A.txt`, `a.txt`) get names that collide on case-insensitive file systems (macOS,
//!   Windows); a corpus folder there cannot hold both articles either.
//! * **Saving** ([`save_annotations`]) writes only the files whose bytes change (each atomically)
//!   and deletes the files of documents that no longer have spans — any `*.ron` file of the
//!   folder that holds annotations and was not just written, unless it holds spans that are not
//!   in memory under a name that is not its document's (a file kept apart on loading, see
//!   `super::kept_apart`; copied to `<name>~kept-apart.ron` when a document's file must go
//!   where it lies). [`super::save_project`] does the
//!   same together with the project file, as one atomic save ([`super::commit`]). Files that
//!   are not annotation files (a README, `.gitkeep`, hidden files) are left alone; the one
//!   exception is the pending files of an interrupted save, `.<name>.pending-<16 hex digits>`,
//!   which are finished or deleted. [`save_annotations`] creates the folder when the first span is saved and
//!   removes it when its last file goes; a project save ([`super::save_project`]) keeps it,
//!   even empty, so that a folder missing is noticed on loading. The folder belongs to the open project: pull a
//!   colleague's changes with the project closed (or reopen it), since a save makes the folder
//!   match what is in memory.
//! * **Loading** ([`load_annotations`]) reads every `*.ron` file of the folder (none when there
//!   is no folder), of format version 1 (spans only), 2 or 3. Spans of documents that are not in
//!   the project are kept and reported as warnings, never dropped; so are references that do
//!   not resolve. A file that cannot be read fails the load with its line, column and path.
//!   Files under their document's name are read first; a file under another name that names a
//!   document one of them holds, or whose span or claim IDs clash with theirs, is kept apart
//!   (attached to no document, reported, left as it is). One span or claim ID used twice in
//!   files under their own names fails the load. Whether a file under another name holds its
//!   document's text is checked once the articles are read (`workspace`).

use std::collections::HashSet;
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest as _, Sha256};

use super::atomic::write_atomic;
use super::error::{FileKind, IoAction, StoreError};
use super::kept_apart;
use super::project_file::{parse, pretty_config, read_version_of, without_bom};
use super::saved_files::SavedFiles;
use super::{v1, v2, v3, v4};
use crate::model::{Annotations, Claim, DocId, DocLabels, Span, SpanRelation};

/// The format version of annotation files this build writes, and the newest it reads.
pub const ANNOTATIONS_VERSION: u32 = v4::AnnotationsFile::VERSION;

/// What one annotation file holds: the document, its spans (reading order), claims and
/// relations (by ID).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocFile {
    pub doc: DocId,
    pub spans: Vec<Span>,
    pub claims: Vec<Claim>,
    pub relations: Vec<SpanRelation>,
    /// The document's labels, by category.
    pub labels: DocLabels,
}

impl DocFile {
    /// What the annotation file of `doc` holds in `annotations`.
    pub fn of(annotations: &Annotations, doc: &DocId) -> Self {
        Self {
            doc: doc.clone(),
            spans: annotations.spans(doc).to_vec(),
            claims: annotations.claims(doc).to_vec(),
            relations: annotations.relations(doc).to_vec(),
            labels: annotations.doc_labels(doc).clone(),
        }
    }

    /// Adds the file's annotations to `annotations`; nothing changed when refused.
    pub fn insert_into(self, annotations: &mut Annotations) -> Result<(), DocFileRefusal> {
        let Self {
            doc,
            spans,
            claims,
            relations,
            labels,
        } = self;
        if let Some(refusal) = annotations.relations_refusal(&doc, &relations) {
            return Err(DocFileRefusal::Relation(refusal));
        }
        annotations
            .insert_document(doc.clone(), spans, claims)
            .map_err(DocFileRefusal::Annotation)?;
        annotations
            .insert_relations(&doc, relations)
            .map_err(DocFileRefusal::Relation)?;
        for (category, label) in labels {
            annotations.set_doc_label(&doc, &category, Some(label));
        }
        Ok(())
    }
}

/// Why a [`DocFile`] cannot be added to a project's annotations.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocFileRefusal {
    #[error(transparent)]
    Annotation(crate::model::AnnotationError),
    #[error(transparent)]
    Relation(crate::model::RelationProblem),
}

/// Longest file name (in bytes, with `.ron`) written; most file systems allow 255.
pub const MAX_NAME_BYTES: usize = 200;

/// The annotations folder of the project file at `project_file`: `<stem>.annotations` beside it
/// (`study/p.ron` → `study/p.annotations`).
pub fn annotations_dir(project_file: &Path) -> PathBuf {
    let stem = project_file.file_stem().unwrap_or_default();
    let mut name = stem.to_owned();
    name.push(".annotations");
    if Some(name.as_os_str()) == project_file.file_name() {
        // A project file itself named `x.annotations`: use `x.annotations.annotations`.
        project_file
            .file_name()
            .unwrap_or_default()
            .clone_into(&mut name);
        name.push(".annotations");
    }
    project_file.with_file_name(name)
}

/// The file name of `doc`'s spans (see the module docs).
pub fn file_name_for(doc: &DocId) -> String {
    let mut name = String::with_capacity(doc.0.len() + 4);
    for (i, byte) in doc.0.bytes().enumerate() {
        let plain = byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'-');
        if plain && !(i == 0 && byte == b'.') {
            name.push(char::from(byte));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(name, "%{byte:02X}");
        }
    }
    if name.len() + ".ron".len() > MAX_NAME_BYTES {
        let hash = Sha256::digest(doc.0.as_bytes());
        let mut cut = MAX_NAME_BYTES - ".ron".len() - "~".len() - 16;
        // Never cut inside a `%XX`.
        while name
            .as_bytes()
            .get(cut.saturating_sub(2)..cut)
            .is_some_and(|b| b.contains(&b'%'))
        {
            cut -= 1;
        }
        name.truncate(cut);
        name.push('~');
        for byte in &hash[..8] {
            let _ = write!(name, "{byte:02x}");
        }
    }
    name.push_str(".ron");
    name
}

/// The document whose spans [`file_name_for`] puts in a file of this name; `None` for names it
/// never makes (including the cut names of very long IDs).
pub fn doc_id_from_file_name(name: &str) -> Option<DocId> {
    let stem = name.strip_suffix(".ron")?;
    let mut bytes = Vec::with_capacity(stem.len());
    let mut rest = stem.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    let doc = DocId(String::from_utf8(bytes).ok()?);
    (file_name_for(&doc) == name).then_some(doc)
}

/// The text of `doc`'s annotation file holding `spans`, `claims` and `relations` (in the order
/// given; [`Annotations`] keeps spans in reading order, claims and relations by ID).
pub fn to_ron_string(
    doc: &DocId,
    spans: &[Span],
    claims: &[Claim],
    relations: &[SpanRelation],
) -> Result<String, StoreError> {
    document_text(doc, spans, claims, relations, &DocLabels::new())
}

/// [`to_ron_string`] with the document's labels.
pub fn document_text(
    doc: &DocId,
    spans: &[Span],
    claims: &[Claim],
    relations: &[SpanRelation],
    labels: &DocLabels,
) -> Result<String, StoreError> {
    let file = v4::AnnotationsFile::from_model(doc, spans, claims, relations, labels);
    let mut text =
        ron::ser::to_string_pretty(&file, pretty_config()).map_err(StoreError::Encode)?;
    text.push('\n');
    Ok(text)
}

/// Parses the text of an annotation file: the document, its spans, claims and relations as
/// written. `path_for_messages` only ends error messages.
pub fn from_ron_str(text: &str, path_for_messages: &Path) -> Result<DocFile, StoreError> {
    let path = path_for_messages;
    let text = without_bom(text, path, FileKind::Annotations)?;
    let version = read_version_of(text, path, FileKind::Annotations, ANNOTATIONS_VERSION)?;
    let file = match version {
        v1::AnnotationsFile::VERSION => {
            parse::<v1::AnnotationsFile>(text, version, path, FileKind::Annotations)
                .map(annotations_v1_to_v2)?
                .into_v3()
                .into_v4()
        }
        v2::AnnotationsFile::VERSION => {
            parse::<v2::AnnotationsFile>(text, version, path, FileKind::Annotations)?
                .into_v3()
                .into_v4()
        }
        v3::AnnotationsFile::VERSION => {
            parse::<v3::AnnotationsFile>(text, version, path, FileKind::Annotations)?.into_v4()
        }
        v4::AnnotationsFile::VERSION => {
            parse::<v4::AnnotationsFile>(text, version, path, FileKind::Annotations)?
        }
        _ => {
            return Err(StoreError::TooNew {
                file: FileKind::Annotations,
                version,
                newest: ANNOTATIONS_VERSION,
                path: path.to_owned(),
            });
        }
    };
    Ok(file.into_model())
}

/// Version 1 → 2: the spans, linked to no entity; no claims.
pub(super) fn annotations_v1_to_v2(file: v1::AnnotationsFile) -> v2::AnnotationsFile {
    let v1::AnnotationsFile {
        version: _,
        document,
        spans,
    } = file;
    v2::AnnotationsFile {
        version: v2::AnnotationsFile::VERSION,
        document,
        spans: spans.into_iter().map(span_v1_to_v2).collect(),
        claims: Vec::new(),
    }
}

pub(super) fn span_v1_to_v2(span: v1::SpanV1) -> v2::SpanV2 {
    let v1::SpanV1 {
        id,
        start,
        end,
        label,
        quote,
        attributes,
        note,
    } = span;
    v2::SpanV2 {
        id,
        start,
        end,
        label,
        quote,
        entity: None,
        attributes,
        note,
        prefix: String::new(),
        suffix: String::new(),
    }
}

mod load;

pub(super) use load::annotation_problem;
pub use load::{LoadedAnnotations, load_annotations, project_warnings};

/// What [`save_annotations`] did, for tests and the status line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaveReport {
    /// Files written because their bytes changed (or they were new).
    pub written: Vec<PathBuf>,
    /// Files left as they were: their bytes were already right.
    pub unchanged: usize,
    /// Files deleted: their documents no longer have spans (or were under another name).
    pub removed: Vec<PathBuf>,
}

/// What saving `annotations` into a folder has to do: the files whose bytes change, with their new
/// text, and the annotation files no longer needed. Names are file names inside the folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct AnnotationsPlan {
    /// File name and new text of each file that is new or whose bytes change.
    pub write: Vec<(String, String)>,
    /// Files left as they were: their bytes were already right.
    pub unchanged: usize,
    /// Annotation files of the folder that no saved document needs any more.
    pub remove: Vec<String>,
}

impl AnnotationsPlan {
    /// Whether the folder already holds exactly what is to be saved.
    pub fn is_empty(&self) -> bool {
        self.write.is_empty() && self.remove.is_empty()
    }
}

/// What [`save_annotations`] (or a project save) must do to make `dir` hold exactly
/// `annotations`: only the files whose bytes change are written, and only files that hold
/// annotations are removed (see the module docs). Reads the folder; writes nothing.
/// Documents that `saved` knows to be on disk as they are now are neither serialised nor read.
pub(super) fn plan_save(
    dir: &Path,
    annotations: &Annotations,
    saved: &SavedFiles,
) -> Result<AnnotationsPlan, StoreError> {
    let mut plan = AnnotationsPlan::default();
    let mut kept: HashSet<String> = HashSet::new();
    let documents: Vec<_> = annotations.iter_documents().collect();
    // Serialised and compared with what is on disk on every core.
    let planned = crate::parallel::map(&documents, 16, |&(doc, spans, claims)| {
        let name = file_name_for(doc);
        if annotations
            .version_of(doc)
            .is_some_and(|version| saved.unchanged(dir, doc, &version))
        {
            return Ok((name, None, None));
        }
        let text = document_text(
            doc,
            spans,
            claims,
            annotations.relations(doc),
            annotations.doc_labels(doc),
        )?;
        let path = dir.join(&name);
        if file_has_bytes(&path, text.as_bytes()) {
            return Ok((name, None, None));
        }
        // A file this program did not write lies there: one kept apart must not be lost.
        let preserve = (path.exists() && !saved.wrote(dir, doc))
            .then(|| kept_apart::to_preserve(&path, doc, annotations))
            .flatten();
        Ok::<_, StoreError>((name, Some(text), preserve))
    });
    let mut preserved = Vec::new();
    for result in planned {
        let (name, text, preserve) = result?;
        match text {
            Some(text) => plan.write.push((name.clone(), text)),
            None => plan.unchanged += 1,
        }
        if let Some(old) = preserve {
            preserved.push((name.clone(), old));
        }
        kept.insert(name);
    }
    for (name, old) in preserved {
        let copy = kept_apart::preserved_name(dir, &name, &kept);
        kept.insert(copy.clone());
        plan.write.push((copy, old));
    }
    for path in annotation_candidates(dir)? {
        // Candidates are UTF-8 names by construction.
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if kept.contains(name)
            || !is_annotation_file(&path)
            || !kept_apart::may_remove(&path, annotations)
        {
            continue;
        }
        plan.remove.push(name.to_owned());
    }
    Ok(plan)
}

/// Makes the folder `dir` hold exactly `annotations` (see the module docs): writes the files
/// whose bytes change, atomically each, and deletes annotation files that are no longer needed.
///
/// This is about the folder alone, one file at a time; [`super::save_project`] saves the same
/// files together with the project file as one atomic save (see [`super::commit`]).
pub fn save_annotations(dir: &Path, annotations: &Annotations) -> Result<SaveReport, StoreError> {
    let plan = plan_save(dir, annotations, &SavedFiles::default())?;
    let mut report = SaveReport {
        unchanged: plan.unchanged,
        ..SaveReport::default()
    };
    if !plan.write.is_empty() {
        create_folder(dir)?;
    }
    for (name, text) in plan.write {
        let path = dir.join(name);
        write_atomic(&path, text.as_bytes())?;
        report.written.push(path);
    }
    for name in plan.remove {
        let path = dir.join(name);
        fs::remove_file(&path).map_err(|e| StoreError::io(IoAction::Remove, &path, e))?;
        report.removed.push(path);
    }
    if annotations.is_empty() && !report.removed.is_empty() {
        // Only succeeds when nothing else is in the folder; otherwise the folder stays.
        let _ignored = fs::remove_dir(dir);
    }
    Ok(report)
}

fn create_folder(dir: &Path) -> Result<(), StoreError> {
    match fs::create_dir(dir) {
        Err(e) if e.kind() != io::ErrorKind::AlreadyExists => {
            Err(StoreError::io(IoAction::CreateFolder, dir, e))
        }
        _ => Ok(()),
    }
}

/// Whether the file at `path` holds exactly `bytes` (length compared first, so an unchanged
/// folder costs one `stat` per file and a read only when the length matches).
fn file_has_bytes(path: &Path, bytes: &[u8]) -> bool {
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => {
            fs::read(path).is_ok_and(|on_disk| on_disk == bytes)
        }
        _ => false,
    }
}

/// Whether `path` holds an annotation file (a `version` and a `document`), so deleting it is
/// hashiya's business.
pub fn is_annotation_file(path: &Path) -> bool {
    #[derive(Deserialize)]
    struct Probe {
        #[expect(dead_code, reason = "only its presence matters")]
        version: ron::Value,
        #[expect(dead_code, reason = "only its presence matters")]
        document: String,
    }
    fs::read_to_string(path).is_ok_and(|text| {
        ron::from_str::<Probe>(text.strip_prefix('\u{FEFF}').unwrap_or(&text)).is_ok()
    })
}

/// The visible `*.ron` files of `dir`, sorted by name; none when `dir` does not exist.
fn annotation_candidates(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(IoAction::ListFolder, dir, e)),
    };
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::io(IoAction::ListFolder, dir, e))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let is_ron = Path::new(name).extension() == Some(OsStr::new("ron"));
        if name.starts_with('.') || !is_ron {
            continue; // hidden (e.g. temporary files of atomic writes) or not ours
        }
        let is_file = fs::metadata(entry.path()).is_ok_and(|m| m.is_file());
        if is_file {
            paths.push(entry.path());
        }
    }
    paths.sort();
    Ok(paths)
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_reversible_and_safe() {
        let cases = [
            ("enab/0001.txt", "enab%2F0001.txt.ron"),
            ("a b+c.txt", "a%20b%2Bc.txt.ron"),
            (".hidden", "%2Ehidden.ron"),
            ("a.b", "a.b.ron"),
            ("قديم", "%D9%82%D8%AF%D9%8A%D9%85.ron"),
            ("100%", "100%25.ron"),
        ];
        for (id, name) in cases {
            let doc = DocId(id.into());
            assert_eq!(file_name_for(&doc), name);
            assert_eq!(doc_id_from_file_name(name), Some(doc));
        }
        for foreign in [
            "README.md",
            "x.ron.bak",
            "%zz.ron",
            "%D9.ron",
            "a%2fb.ron",
            "%41.ron",
        ] {
            assert_eq!(doc_id_from_file_name(foreign), None, "{foreign}");
        }
    }

    #[test]
    fn long_ids_get_cut_names() {
        let long = DocId("مقال/".repeat(40) + "x.txt");
        let name = file_name_for(&long);
        assert!(name.len() <= MAX_NAME_BYTES, "{}", name.len());
        assert!(name.contains('~'));
        assert_eq!(Path::new(&name).extension(), Some(OsStr::new("ron")));
        assert_eq!(doc_id_from_file_name(&name), None);
        let other = DocId("مقال/".repeat(40) + "y.txt");
        assert_ne!(file_name_for(&other), name);
        // Never a broken escape before the `~`.
        let stem = name.split('~').next().unwrap();
        assert!(!stem.ends_with('%') && stem.as_bytes()[stem.len() - 2] != b'%');
    }

    #[test]
    fn folder_beside_the_project_file() {
        assert_eq!(
            annotations_dir(Path::new("/s/p.ron")),
            Path::new("/s/p.annotations")
        );
        assert_eq!(annotations_dir(Path::new("p")), Path::new("p.annotations"));
        assert_eq!(
            annotations_dir(Path::new("/s/x.annotations")),
            Path::new("/s/x.annotations.annotations")
        );
    }
}
