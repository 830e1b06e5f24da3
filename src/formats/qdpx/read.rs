//! Reading a REFI-QDA project exchange file (`.qdpx`): `project.qde` and the plain texts of
//! its text sources, in the conventions [`super::write`] writes.
//!
//! The archive is read in memory and refused as a whole when an entry's name is absolute or
//! climbs out of the archive (`..`), when it has more than [`MAX_ENTRIES`] entries, or when an
//! entry inflates past [`MAX_ENTRY_BYTES`] or all of them past [`MAX_TOTAL_BYTES`] (a zip bomb):
//! sizes are counted while inflating, never trusted from the headers.
//!
//! Top-level codes are labels (matched to the schema by ID or name); a code nested in one is an
//! entity of that kind. Each `PlainTextSelection` becomes one span per label its codings name,
//! linked to the entity when an entity code is among them; its notes become the span's note.
//! The text each selection covers is taken from the archive's own copy of the source, so a
//! source whose text differs from the project's shows up as mismatching quotes. A `Link` between
//! two coded selections of one source is a relation between their (first) spans, its name the
//! relation type's name or ID, its notes the relation's note; any other link is listed as not
//! imported. A source's `VariableValue`s are its document labels (see [`super::variables`]).

use std::collections::{HashMap, HashSet};
use std::io::Read as _;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};

use crate::formats::conventions::{unsafe_entry_name, unsafe_entry_said};
use crate::formats::foreign::{
    AnnotationImportError, AnnotationImportReport, ForeignDocument, ForeignEntity, ForeignRelation,
    ForeignSpan, InvalidFile,
};
use crate::i18n::tr_plain as say;

/// At most this many entries in an archive.
pub const MAX_ENTRIES: usize = 100_000;
/// At most this many bytes in one entry once inflated.
pub const MAX_ENTRY_BYTES: u64 = 256 * 1024 * 1024;
/// At most this many bytes in all entries once inflated.
pub const MAX_TOTAL_BYTES: u64 = 1024 * 1024 * 1024;

/// The caps [`read_archive_with`] enforces; [`ArchiveLimits::default`] is the module's
/// constants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveLimits {
    pub entries: usize,
    pub entry_bytes: u64,
    pub total_bytes: u64,
}

impl Default for ArchiveLimits {
    fn default() -> Self {
        Self {
            entries: MAX_ENTRIES,
            entry_bytes: MAX_ENTRY_BYTES,
            total_bytes: MAX_TOTAL_BYTES,
        }
    }
}

/// Why an archive is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArchiveError {
    #[error("{}", say("archive-unsafe", &[("entry", format!("{entry:?}").into()), ("reason", unsafe_entry_said(reason).into())]))]
    Unsafe { entry: String, reason: &'static str },
    #[error("{}", say("archive-entry-too-large", &[("entry", format!("{entry:?}").into()), ("limit", crate::i18n::number(limit).into())]))]
    TooLarge { entry: String, limit: u64 },
    #[error("{}", say("archive-too-large", &[("limit", crate::i18n::number(limit).into())]))]
    TooLargeInAll { limit: u64 },
    #[error("{}", say("archive-too-many-entries", &[("limit", crate::i18n::number(limit).into())]))]
    TooManyEntries { limit: usize },
    #[error("{}", say("archive-no-project", &[]))]
    NoProject,
    #[error("{}", say("archive-not-utf8", &[]))]
    NotUtf8,
    #[error("{}", say("archive-not-zip", &[("error", .0.as_str().into())]))]
    Zip(String),
    #[error("{}", say("archive-entry-unnamed", &[("index", (*index).into())]))]
    Unnamed { index: usize },
    /// An entry that could not be inflated, with the zip reader's words.
    #[error("{}", say("archive-entry-unreadable", &[("entry", format!("{entry:?}").into()), ("error", error.as_str().into())]))]
    Entry { entry: String, error: String },
}

/// The entries of a `.qdpx` that matter: `project.qde` and the files under `sources/`.
#[derive(Debug, Clone, Default)]
pub struct Archive {
    pub project_qde: String,
    /// Files under `sources/`, by their name there.
    pub sources: HashMap<String, Vec<u8>>,
}

/// Reads the archive in `bytes`, refusing it as a whole when it is unsafe (see the module docs).
pub fn read_archive(bytes: &[u8]) -> Result<Archive, ArchiveError> {
    read_archive_with(bytes, &ArchiveLimits::default())
}

/// [`read_archive`] with other caps.
pub fn read_archive_with(bytes: &[u8], limits: &ArchiveLimits) -> Result<Archive, ArchiveError> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| ArchiveError::Zip(e.to_string()))?;
    if zip.len() > limits.entries {
        return Err(ArchiveError::TooManyEntries {
            limit: limits.entries,
        });
    }
    // Every name first, so a hostile archive is refused before anything is inflated.
    for i in 0..zip.len() {
        let name = zip
            .name_for_index(i)
            .ok_or(ArchiveError::Unnamed { index: i })?
            .map_err(|e| ArchiveError::Zip(e.to_string()))?
            .into_owned();
        if let Some(reason) = unsafe_entry_name(&name) {
            return Err(ArchiveError::Unsafe {
                entry: name,
                reason,
            });
        }
    }
    let mut archive = Archive::default();
    let mut project = None;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut entry = zip
            .by_index(i)
            .map_err(|e| ArchiveError::Zip(e.to_string()))?;
        let name = entry
            .name()
            .map_err(|e| ArchiveError::Zip(e.to_string()))?
            .into_owned();
        if entry.is_dir() {
            continue;
        }
        let wanted = name == "project.qde" || name.starts_with("sources/");
        if !wanted {
            continue;
        }
        let mut data = Vec::new();
        (&mut entry)
            .take(limits.entry_bytes + 1)
            .read_to_end(&mut data)
            .map_err(|e| ArchiveError::Entry {
                entry: name.clone(),
                error: e.to_string(),
            })?;
        if data.len() as u64 > limits.entry_bytes {
            return Err(ArchiveError::TooLarge {
                entry: name,
                limit: limits.entry_bytes,
            });
        }
        total += data.len() as u64;
        if total > limits.total_bytes {
            return Err(ArchiveError::TooLargeInAll {
                limit: limits.total_bytes,
            });
        }
        if name == "project.qde" {
            project = Some(String::from_utf8(data).map_err(|_| ArchiveError::NotUtf8)?);
        } else if let Some(file) = name.strip_prefix("sources/") {
            archive.sources.insert(file.to_owned(), data);
        }
    }
    archive.project_qde = project.ok_or(ArchiveError::NoProject)?;
    Ok(archive)
}

/// A code of the code book.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QdeCode {
    pub guid: String,
    pub name: String,
    /// The code it is nested in.
    pub parent: Option<String>,
    pub colour: Option<String>,
    pub description: String,
}

/// A coded stretch of a text source; positions are characters (code points).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QdeSelection {
    pub guid: String,
    pub name: String,
    pub start: usize,
    pub end: usize,
    /// GUIDs of the codes its codings name.
    pub codes: Vec<String>,
    /// GUIDs of the notes it refers to.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QdeSource {
    pub guid: String,
    pub name: String,
    pub plain_text_path: Option<String>,
    pub content: Option<String>,
    pub selections: Vec<QdeSelection>,
    /// Its `VariableValue`s: `(variable GUID, text value)` (see [`super::variables`]).
    pub variables: Vec<(String, String)>,
}

/// What hashiya reads of a `project.qde`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QdeProject {
    pub codes: Vec<QdeCode>,
    pub sources: Vec<QdeSource>,
    /// Note texts by GUID.
    pub notes: HashMap<String, String>,
    /// Links between two objects (hashiya writes relations between selections as links).
    pub links: Vec<QdeLink>,
    /// The project's `Variable`s: `(GUID, name)`.
    pub variables: Vec<(String, String)>,
    /// Selections left out, each as `(source name, selection GUID, the position attribute
    /// that cannot be read)`: such a selection costs only itself, not the whole project.
    pub skipped: Vec<(String, String, &'static str)>,
}

/// A `Link` of the project: its name, direction and the GUIDs of its two ends.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QdeLink {
    pub guid: String,
    pub name: String,
    /// `OneWay`, `Associative` or `Bidirectional`.
    pub direction: Option<String>,
    pub origin: Option<String>,
    pub target: Option<String>,
    /// GUIDs of the notes it refers to.
    pub notes: Vec<String>,
}

fn attribute(element: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    for attribute in element.attributes() {
        let attribute = attribute.map_err(|e| e.to_string())?;
        if attribute.key.local_name().as_ref() == name.as_bytes() {
            let value = attribute
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|e| e.to_string())?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

/// The position in attribute `name`; `Err(name)` when it has none that reads as one.
fn position(element: &BytesStart<'_>, name: &'static str) -> Result<usize, &'static str> {
    attribute(element, name)
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse().ok())
        .ok_or(name)
}

/// Why `project.qde` could not be parsed, said in the interface's language (the XML reader's
/// own words as it gives them).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QdeError {
    /// The XML is not well formed at byte `at`.
    #[error("{}", crate::i18n::tr_plain("qde-xml-at", &[("at", (*.at).into()), ("error", .error.as_str().into())]))]
    Xml { at: u64, error: String },
    /// An entity reference XML does not define.
    #[error("{}", crate::i18n::tr_plain("qde-unknown-entity", &[("name", .0.as_str().into())]))]
    UnknownEntity(String),
    /// An attribute or a character reference the XML reader refused, in its words.
    #[error("{0}")]
    Malformed(String),
}

impl From<String> for QdeError {
    fn from(error: String) -> Self {
        Self::Malformed(error)
    }
}

/// Parses `project.qde`.
#[expect(
    clippy::too_many_lines,
    reason = "one event loop; the elements it cares about are listed in one match"
)]
pub fn parse_qde(xml: &str) -> Result<QdeProject, QdeError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut project = QdeProject::default();
    let mut stack: Vec<String> = Vec::new();
    let mut codes: Vec<usize> = Vec::new();
    let mut source: Option<QdeSource> = None;
    let mut selection: Option<QdeSelection> = None;
    let mut note: Option<(String, String)> = None;
    let mut text: Option<String> = None;
    loop {
        let event = reader.read_event().map_err(|e| QdeError::Xml {
            at: reader.error_position(),
            error: e.to_string(),
        })?;
        let (element, empty) = match &event {
            Event::Start(e) => (Some(e), false),
            Event::Empty(e) => (Some(e), true),
            _ => (None, false),
        };
        if let Some(e) = element {
            let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
            match name.as_str() {
                "Code" => {
                    project.codes.push(QdeCode {
                        guid: attribute(e, "guid")?.unwrap_or_default(),
                        name: attribute(e, "name")?.unwrap_or_default(),
                        parent: codes.last().map(|&i| project.codes[i].guid.clone()),
                        colour: attribute(e, "color")?,
                        description: String::new(),
                    });
                    if !empty {
                        codes.push(project.codes.len() - 1);
                    }
                }
                "TextSource" => {
                    source = Some(QdeSource {
                        guid: attribute(e, "guid")?.unwrap_or_default(),
                        name: attribute(e, "name")?.unwrap_or_default(),
                        plain_text_path: attribute(e, "plainTextPath")?,
                        ..QdeSource::default()
                    });
                }
                "PlainTextSelection" if source.is_some() => {
                    let guid = attribute(e, "guid")?.unwrap_or_default();
                    match (position(e, "startPosition"), position(e, "endPosition")) {
                        (Ok(start), Ok(end)) => {
                            selection = Some(QdeSelection {
                                guid,
                                name: attribute(e, "name")?.unwrap_or_default(),
                                start,
                                end,
                                ..QdeSelection::default()
                            });
                        }
                        (Err(why), _) | (_, Err(why)) => {
                            let source = source.as_ref().map(|s| s.name.clone());
                            project
                                .skipped
                                .push((source.unwrap_or_default(), guid, why));
                        }
                    }
                }
                "Variable" => project.variables.push((
                    attribute(e, "guid")?.unwrap_or_default(),
                    attribute(e, "name")?.unwrap_or_default(),
                )),
                "VariableValue" if selection.is_none() => {
                    if let Some(s) = source.as_mut() {
                        s.variables.push((String::new(), String::new()));
                    }
                }
                "VariableRef" => {
                    if selection.is_none()
                        && stack.last().is_some_and(|n| n == "VariableValue")
                        && let Some((guid, _)) =
                            source.as_mut().and_then(|s| s.variables.last_mut())
                    {
                        *guid = attribute(e, "targetGUID")?.unwrap_or_default();
                    }
                }
                "CodeRef" => {
                    if let Some(s) = selection.as_mut() {
                        s.codes.extend(attribute(e, "targetGUID")?);
                    }
                }
                "NoteRef" => {
                    if let Some(s) = selection.as_mut() {
                        s.notes.extend(attribute(e, "targetGUID")?);
                    } else if stack.last().is_some_and(|n| n == "Link")
                        && let Some(link) = project.links.last_mut()
                    {
                        link.notes.extend(attribute(e, "targetGUID")?);
                    }
                }
                "Note" => {
                    note = Some((attribute(e, "guid")?.unwrap_or_default(), String::new()));
                }
                "Link" => project.links.push(QdeLink {
                    guid: attribute(e, "guid")?.unwrap_or_default(),
                    name: attribute(e, "name")?.unwrap_or_default(),
                    direction: attribute(e, "direction")?,
                    origin: attribute(e, "originGUID")?,
                    target: attribute(e, "targetGUID")?,
                    notes: Vec::new(),
                }),
                "Description" | "PlainTextContent" | "TextValue" => text = Some(String::new()),
                _ => {}
            }
            if !empty {
                stack.push(name);
            } else if name != "Code" {
                // An empty Code was never pushed as a parent, so there is nothing to pop.
                close(
                    &name,
                    &mut project,
                    &mut codes,
                    &mut source,
                    &mut selection,
                    &mut note,
                    &mut text,
                    &stack,
                );
            }
            continue;
        }
        match event {
            Event::End(e) => {
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                stack.pop();
                close(
                    &name,
                    &mut project,
                    &mut codes,
                    &mut source,
                    &mut selection,
                    &mut note,
                    &mut text,
                    &stack,
                );
            }
            Event::Text(t) => {
                if let Some(buffer) = text.as_mut() {
                    buffer.push_str(
                        &t.xml_content(XmlVersion::Implicit1_0)
                            .map_err(|e| e.to_string())?,
                    );
                }
            }
            Event::CData(t) => {
                if let Some(buffer) = text.as_mut() {
                    buffer.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::GeneralRef(r) => {
                if let Some(buffer) = text.as_mut() {
                    if let Some(c) = r.resolve_char_ref().map_err(|e| e.to_string())? {
                        buffer.push(c);
                    } else {
                        let name = r.decode().map_err(|e| e.to_string())?;
                        let value = quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| QdeError::UnknownEntity(name.into_owned()))?;
                        buffer.push_str(value);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(project)
}

/// What ends with the element `name` (its parent is the top of `stack`).
#[expect(
    clippy::too_many_arguments,
    reason = "the parser's state, kept as locals of one loop rather than a struct only this uses"
)]
fn close(
    name: &str,
    project: &mut QdeProject,
    codes: &mut Vec<usize>,
    source: &mut Option<QdeSource>,
    selection: &mut Option<QdeSelection>,
    note: &mut Option<(String, String)>,
    text: &mut Option<String>,
    stack: &[String],
) {
    let parent = stack.last().map(String::as_str);
    match name {
        "Code" => {
            codes.pop();
        }
        "Description" => {
            if let (Some("Code"), Some(&i), Some(t)) = (parent, codes.last(), text.take()) {
                project.codes[i].description = t;
            }
            *text = None;
        }
        "PlainTextContent" => {
            let t = text.take().unwrap_or_default();
            match parent {
                Some("Note") => {
                    if let Some((_, body)) = note.as_mut() {
                        *body = t;
                    }
                }
                Some("TextSource") => {
                    if let Some(s) = source.as_mut() {
                        s.content = Some(t);
                    }
                }
                _ => {}
            }
        }
        "TextValue" => {
            let t = text.take().unwrap_or_default();
            if parent == Some("VariableValue")
                && selection.is_none()
                && let Some((_, value)) = source.as_mut().and_then(|s| s.variables.last_mut())
            {
                *value = t;
            }
        }
        "PlainTextSelection" => {
            if let (Some(s), Some(sel)) = (source.as_mut(), selection.take()) {
                s.selections.push(sel);
            }
        }
        "TextSource" => {
            if let Some(s) = source.take() {
                project.sources.push(s);
            }
        }
        "Note" => {
            if let Some((guid, body)) = note.take() {
                project.notes.insert(guid, body);
            }
        }
        _ => {}
    }
}

/// The text of `source`: inline, or `internal://<file>` from the archive's `sources/`.
/// External paths are not followed (an archive never makes hashiya read other files).
pub fn source_text(archive: &Archive, source: &QdeSource) -> Option<String> {
    if let Some(content) = &source.content {
        return Some(content.clone());
    }
    let file = source
        .plain_text_path
        .as_deref()?
        .strip_prefix("internal://")?;
    if unsafe_entry_name(file).is_some() {
        return None;
    }
    let bytes = archive.sources.get(file)?;
    let text = String::from_utf8(bytes.clone()).ok()?;
    Some(crate::intake::decode::normalise_line_endings(&text).into_owned())
}

/// Reads the `.qdpx` file `path`.
pub fn read(
    path: &Path,
    report: &mut AnnotationImportReport,
    progress: &mut dyn FnMut(usize, usize),
    cancel: &AtomicBool,
) -> Result<Vec<ForeignDocument>, AnnotationImportError> {
    let bytes = std::fs::read(path).map_err(|e| AnnotationImportError::io(path, e))?;
    let archive = read_archive(&bytes).map_err(|e| match e {
        ArchiveError::Unsafe { entry, reason } => AnnotationImportError::UnsafeEntry {
            path: path.to_path_buf(),
            entry,
            reason,
        },
        other => AnnotationImportError::invalid(path, InvalidFile::Archive(other)),
    })?;
    let qde = parse_qde(&archive.project_qde)
        .map_err(|e| AnnotationImportError::invalid(path, InvalidFile::Qde(e)))?;
    for (source, guid, attribute) in &qde.skipped {
        report.said(
            format!("TextSource {source:?} PlainTextSelection {guid}"),
            "annotation-skip-qdpx-position",
            &[("attribute", (*attribute).into())],
        );
    }
    let codes: HashMap<&str, &QdeCode> = qde.codes.iter().map(|c| (c.guid.as_str(), c)).collect();
    let mut documents = Vec::with_capacity(qde.sources.len());
    let mut linked: HashSet<&str> = HashSet::new();
    for (done, source) in qde.sources.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Err(AnnotationImportError::Cancelled);
        }
        progress(done + 1, qde.sources.len());
        let location = format!("TextSource {:?}", source.name);
        let Some(text) = source_text(&archive, source) else {
            report.said(location, "annotation-skip-qdpx-no-text", &[]);
            continue;
        };
        let chars: Vec<char> = text.chars().collect();
        let mut doc = ForeignDocument {
            source: location,
            name: source.name.clone(),
            text: Some(text.clone()),
            ..ForeignDocument::default()
        };
        // The first span each selection became, for the links between selections.
        let mut first_span: HashMap<&str, usize> = HashMap::new();
        for selection in &source.selections {
            let labels = selection_labels(selection, &codes, report);
            let note = notes_text(&qde, &selection.notes);
            let quote: Option<String> = (selection.start <= selection.end
                && selection.end <= chars.len())
            .then(|| chars[selection.start..selection.end].iter().collect());
            if !labels.is_empty() {
                first_span.insert(selection.guid.as_str(), doc.spans.len());
            }
            for (label, entity) in labels {
                doc.spans.push(ForeignSpan {
                    location: format!("PlainTextSelection {}", selection.guid),
                    start: selection.start,
                    end: selection.end,
                    label,
                    quotes: quote
                        .clone()
                        .map(|q| (selection.start, selection.end, q))
                        .into_iter()
                        .collect(),
                    entity,
                    note: note.clone(),
                    attributes: std::collections::BTreeMap::new(),
                    line: None,
                });
            }
        }
        doc.relations = link_relations(&qde, &first_span, &mut linked);
        for (guid, value) in &source.variables {
            match qde.variables.iter().find(|(g, _)| g == guid) {
                Some((_, name)) => doc.doc_labels.extend(super::variables::pairs(name, value)),
                None => report.said(
                    format!("TextSource {:?} VariableValue", source.name),
                    "annotation-skip-qdpx-unknown-variable",
                    &[("guid", guid.into())],
                ),
            }
        }
        documents.push(doc);
    }
    for link in qde
        .links
        .iter()
        .filter(|l| !linked.contains(l.guid.as_str()))
    {
        report.said(
            format!("Link {}", link.guid),
            "annotation-skip-qdpx-link",
            &[],
        );
    }
    Ok(documents)
}

/// The label code names a selection's codings name, each with the entity when an entity code
/// (a code nested in a label's) is among them; an unknown code is reported.
fn selection_labels(
    selection: &QdeSelection,
    codes: &HashMap<&str, &QdeCode>,
    report: &mut AnnotationImportReport,
) -> Vec<(String, Option<ForeignEntity>)> {
    let mut labels: Vec<(String, Option<ForeignEntity>)> = Vec::new();
    for guid in &selection.codes {
        let Some(code) = codes.get(guid.as_str()) else {
            report.said(
                format!("PlainTextSelection {}", selection.guid),
                "annotation-skip-qdpx-unknown-code",
                &[("guid", guid.into())],
            );
            continue;
        };
        let (label, entity) = match code.parent.as_deref().and_then(|p| codes.get(p)) {
            Some(parent) => (
                parent.name.clone(),
                Some(ForeignEntity {
                    name: code.name.clone(),
                    kind: parent.name.clone(),
                    note: code.description.clone(),
                    ..ForeignEntity::default()
                }),
            ),
            None => (code.name.clone(), None),
        };
        match labels.iter_mut().find(|(l, _)| *l == label) {
            Some((_, slot)) => {
                if slot.is_none() {
                    *slot = entity;
                }
            }
            None => labels.push((label, entity)),
        }
    }
    labels
}

/// The links of `qde` whose two ends are among the selections of one source (`first_span`: the
/// first span each became), as relations; each one's GUID goes into `linked`.
fn link_relations<'q>(
    qde: &'q QdeProject,
    first_span: &HashMap<&str, usize>,
    linked: &mut HashSet<&'q str>,
) -> Vec<ForeignRelation> {
    let mut relations = Vec::new();
    for link in &qde.links {
        let end = |g: &Option<String>| g.as_deref().and_then(|g| first_span.get(g).copied());
        if let (Some(from), Some(to)) = (end(&link.origin), end(&link.target)) {
            linked.insert(&link.guid);
            relations.push(ForeignRelation {
                location: format!("Link {}", link.guid),
                line: None,
                kind: link.name.clone(),
                source: from,
                target: to,
                note: notes_text(qde, &link.notes),
            });
        }
    }
    relations
}

/// The texts of the notes `guids` name, a blank line between two.
fn notes_text(qde: &QdeProject, guids: &[String]) -> String {
    guids
        .iter()
        .filter_map(|g| qde.notes.get(g))
        .cloned()
        .collect::<Vec<_>>()
        .join("\n\n")
}
