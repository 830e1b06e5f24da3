//! REFI-QDA project exchange (`.qdpx`): a zip holding `project.qde` (XML valid against the
//! REFI-QDA Project 1.0 schema) and each document as plain UTF-8 text in
//! `sources/<guid>.txt`.
//!
//! * Labels are `Code`s of the code book (name = the label's name, colour, description); each
//!   entity is a `Code` nested in the code of its kind (name = the entity's name, description =
//!   its note).
//! * Documents are `TextSource`s (name = the document ID, `plainTextPath="internal://<guid>.txt"`,
//!   description = outlet, date and URL).
//! * Spans are `PlainTextSelection`s (name = the quoted text, `startPosition`/`endPosition` in
//!   Unicode code points of the plain text) with one `Coding` for the label and one for the
//!   entity a mention refers to; a span's note is a `Note` the selection points to by `NoteRef`.
//! * Relations between spans are `Link`s (in `<Links>`) from the selection of the source span
//!   (`originGUID`) to that of the target (`targetGUID`), across documents too: name = the
//!   relation type's name, `direction` `OneWay` (or `Associative` for a type without direction),
//!   `color` the type's, a note as a `Note` the link points to by `NoteRef`.
//! * Document labels are document variables: a `Variable` per category in use, a
//!   `VariableValue` on each labelled source (see [`super::variables`]).
//! * Claims, span attributes and clusters have no place in REFI-QDA and are not written (the
//!   report says how many claims were left out); use JSONL or brat to carry them.
//!
//! GUIDs are derived from IDs (SHA-256 of the kind and ID, shaped as a version-8 UUID) and the
//! zip entries carry no timestamps, so the same project gives the same bytes.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

use quick_xml::Writer;
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use sha2::{Digest as _, Sha256};
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use super::read::{QdeProject, parse_qde, read_archive, source_text};
use crate::formats::corpus::Corpus;
use crate::formats::writer::{
    CheckProblem, ExportError, ExportFormat, Exporter, Progress, check_quote,
};
use crate::intake::decode::Fault;
use crate::model::{DocId, EntityId, LabelId, RelationId, Rgb, SpanId};
use crate::store::write_atomic;

/// The REFI-QDA exporter.
#[derive(Debug, Clone, Copy)]
pub struct Qdpx;

/// The XML namespace of `project.qde`.
pub const NAMESPACE: &str = "urn:QDA-XML:project:1.0";

/// A GUID derived from `key`: the first 16 bytes of SHA-256(`hashiya:` + key), with the version
/// (8, "custom") and variant bits of RFC 9562 set.
pub fn guid(key: &str) -> String {
    let digest = Sha256::digest(format!("hashiya:{key}").as_bytes());
    let mut b = [0_u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0F) | 0x80;
    b[8] = (b[8] & 0x3F) | 0x80;
    let hex = b.iter().fold(String::new(), |mut hex, x| {
        let _ = write!(hex, "{x:02x}");
        hex
    });
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

pub fn label_guid(label: &LabelId) -> String {
    guid(&format!("label:{}", label.0))
}

pub fn entity_guid(entity: &EntityId) -> String {
    guid(&format!("entity:{}", entity.0))
}

/// Escapes an attribute value, line breaks and tabs included (an XML parser would turn them
/// into spaces otherwise).
fn escape_attribute(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes element text; a carriage return is kept as a reference (a parser would drop it).
fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c => out.push(c),
        }
    }
    out
}

/// A small layer over quick-xml's writer for the elements `project.qde` needs.
struct Xml {
    writer: Writer<Vec<u8>>,
}

impl Xml {
    fn new() -> Self {
        Self {
            writer: Writer::new_with_indent(Vec::new(), b' ', 2),
        }
    }

    fn event(&mut self, event: Event<'_>) -> Result<(), ExportError> {
        self.writer
            .write_event(event)
            .map_err(|e| ExportError::encode("export-what-qde", e))
    }

    fn element(name: &str, attributes: &[(&str, &str)]) -> BytesStart<'static> {
        let mut start = BytesStart::new(name.to_owned());
        for (key, value) in attributes {
            let value = escape_attribute(value);
            start.push_attribute(Attribute::from((key.as_bytes(), value.as_bytes())));
        }
        start
    }

    fn open(&mut self, name: &str, attributes: &[(&str, &str)]) -> Result<(), ExportError> {
        self.event(Event::Start(Self::element(name, attributes)))
    }

    fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) -> Result<(), ExportError> {
        self.event(Event::Empty(Self::element(name, attributes)))
    }

    fn close(&mut self, name: &str) -> Result<(), ExportError> {
        self.event(Event::End(BytesEnd::new(name.to_owned())))
    }

    fn text_element(&mut self, name: &str, text: &str) -> Result<(), ExportError> {
        self.open(name, &[])?;
        self.event(Event::Text(BytesText::from_escaped(escape_text(text))))?;
        self.close(name)
    }
}

fn colour(Rgb(r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The key of the GUID of a span's `PlainTextSelection`.
fn selection_key(doc: &DocId, span: &SpanId) -> String {
    format!("span:{doc}:{span}")
}

/// The key of the GUID of a relation's `Link`, under the document it is kept with.
fn link_key(doc: &DocId, relation: &RelationId) -> String {
    format!("relation:{doc}:{relation}")
}

/// A relation as a `Link` between the selections of its two spans.
struct Link {
    guid: String,
    /// The relation type's name.
    name: String,
    /// `OneWay` from origin to target, or `Associative` for a type without direction.
    direction: &'static str,
    colour: String,
    origin: String,
    target: String,
    /// `(GUID, name, text)` of the note, as the notes of spans are written.
    note: Option<(String, String, String)>,
}

/// The `Link` of every exported relation, across documents too (a link joins any two objects).
fn links(corpus: &Corpus<'_>) -> Vec<Link> {
    let schema = &corpus.project.schema;
    corpus
        .relations()
        .iter()
        .map(|relation| {
            let (source_doc, source) = corpus.span_at(relation.source);
            let (target_doc, target) = corpus.span_at(relation.target);
            let r = relation.relation;
            let kind = schema.relation_type(&r.kind);
            let key = link_key(&source_doc.document.id, &r.id);
            let note = (!r.note.is_empty()).then(|| {
                let name = format!("Note on «{}» → «{}»", source.quote, target.quote);
                (guid(&format!("note:{key}")), name, r.note.clone())
            });
            Link {
                guid: guid(&key),
                name: kind.map_or_else(|| r.kind.0.clone(), |k| k.name.clone()),
                direction: if kind.is_none_or(|k| k.directed) {
                    "OneWay"
                } else {
                    "Associative"
                },
                colour: kind.map_or_else(|| colour(Rgb(128, 128, 128)), |k| colour(k.colour)),
                origin: guid(&selection_key(&source_doc.document.id, &source.id)),
                target: guid(&selection_key(&target_doc.document.id, &target.id)),
                note,
            }
        })
        .collect()
}

/// The plain text of each source: `(guid, text)`.
pub type SourceTexts = Vec<(String, String)>;

/// `project.qde` and the plain texts of the sources.
#[expect(
    clippy::too_many_lines,
    reason = "the elements in the order the schema requires, read top to bottom"
)]
pub fn project_qde(
    corpus: &Corpus<'_>,
    progress: &mut Progress<'_>,
) -> Result<(Vec<u8>, SourceTexts), ExportError> {
    let project = corpus.project;
    let mut xml = Xml::new();
    xml.event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let user = guid("user:hashiya");
    let origin = format!("hashiya {}", env!("CARGO_PKG_VERSION"));
    xml.open(
        "Project",
        &[
            ("xmlns", NAMESPACE),
            ("name", &project.name),
            ("origin", &origin),
            ("creatingUserGUID", &user),
        ],
    )?;
    xml.open("Users", &[])?;
    xml.empty("User", &[("guid", &user), ("name", "hashiya")])?;
    xml.close("Users")?;

    // Labels of the schema, then labels only spans use; entities under the code of their kind.
    let mut labels: Vec<LabelId> = project.schema.labels.iter().map(|l| l.id.clone()).collect();
    labels.extend(
        corpus
            .labels_used()
            .into_iter()
            .filter(|l| project.schema.label(l).is_none()),
    );
    let linked: std::collections::BTreeSet<&EntityId> = corpus
        .documents
        .iter()
        .flat_map(|d| d.spans.iter().filter_map(|s| s.entity.as_ref()))
        .collect();
    if !labels.is_empty() {
        xml.open("CodeBook", &[])?;
        xml.open("Codes", &[])?;
        for label in &labels {
            let known = project.schema.label(label);
            let name = known.map_or(label.0.as_str(), |l| l.name.as_str());
            let code_guid = label_guid(label);
            let mut attributes = vec![
                ("guid", code_guid.as_str()),
                ("name", name),
                ("isCodable", "true"),
            ];
            let colour = known.map(|l| colour(l.colour));
            if let Some(c) = &colour {
                attributes.push(("color", c));
            }
            let entities: Vec<_> = project
                .entities
                .values()
                .filter(|e| &e.kind == label && linked.contains(&e.id))
                .collect();
            let description = known.map_or("", |l| l.description.as_str());
            if entities.is_empty() && description.is_empty() {
                xml.empty("Code", &attributes)?;
                continue;
            }
            xml.open("Code", &attributes)?;
            if !description.is_empty() {
                xml.text_element("Description", description)?;
            }
            for entity in entities {
                let entity_guid = entity_guid(&entity.id);
                let attributes = [
                    ("guid", entity_guid.as_str()),
                    ("name", entity.name.as_str()),
                    ("isCodable", "true"),
                ];
                if entity.note.is_empty() {
                    xml.empty("Code", &attributes)?;
                } else {
                    xml.open("Code", &attributes)?;
                    xml.text_element("Description", &entity.note)?;
                    xml.close("Code")?;
                }
            }
            xml.close("Code")?;
        }
        xml.close("Codes")?;
        xml.close("CodeBook")?;
    }
    let variables = super::variables::variables(corpus);
    if !variables.is_empty() {
        xml.open("Variables", &[])?;
        for v in &variables {
            let attributes = [
                ("guid", v.guid.as_str()),
                ("name", v.name.as_str()),
                ("typeOfVariable", "Text"),
            ];
            xml.open("Variable", &attributes)?;
            xml.text_element("Description", &v.description)?;
            xml.close("Variable")?;
        }
        xml.close("Variables")?;
    }

    let mut sources = Vec::new();
    let mut notes = Vec::new();
    if !corpus.documents.is_empty() {
        xml.open("Sources", &[])?;
    }
    for doc in &corpus.documents {
        let id = &doc.document.id;
        let source_guid = guid(&format!("document:{id}"));
        let path = format!("internal://{source_guid}.txt");
        xml.open(
            "TextSource",
            &[
                ("guid", &source_guid),
                ("name", &id.0),
                ("plainTextPath", &path),
            ],
        )?;
        let meta: Vec<String> = [
            ("outlet", project.outlet_name(&doc.document.outlet)),
            ("date", doc.document.date.as_str()),
            ("url", doc.document.url.as_str()),
        ]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
        if !meta.is_empty() {
            xml.text_element("Description", &meta.join("\n"))?;
        }
        for span in &doc.spans {
            let key = selection_key(id, &span.id);
            let selection_guid = guid(&key);
            let start = span.start.to_string();
            let end = span.end.to_string();
            let quote = doc.slice(span.start, span.end).unwrap_or_default();
            xml.open(
                "PlainTextSelection",
                &[
                    ("guid", &selection_guid),
                    ("name", quote),
                    ("startPosition", &start),
                    ("endPosition", &end),
                    ("creatingUser", &user),
                ],
            )?;
            let mut codes = vec![(format!("{key}:label"), label_guid(&span.label))];
            if let Some(entity) = &span.entity
                && project.entity(entity).is_some()
            {
                codes.push((format!("{key}:entity"), entity_guid(entity)));
            }
            for (coding_key, code) in codes {
                let coding_guid = guid(&coding_key);
                xml.open("Coding", &[("guid", &coding_guid), ("creatingUser", &user)])?;
                xml.empty("CodeRef", &[("targetGUID", &code)])?;
                xml.close("Coding")?;
            }
            if !span.note.is_empty() {
                let note_guid = guid(&format!("note:{key}"));
                xml.empty("NoteRef", &[("targetGUID", &note_guid)])?;
                notes.push((note_guid, format!("Note on «{quote}»"), span.note.clone()));
            }
            xml.close("PlainTextSelection")?;
        }
        for v in &variables {
            if let Some(value) = super::variables::text_value(project, id, &v.category) {
                xml.open("VariableValue", &[])?;
                xml.empty("VariableRef", &[("targetGUID", &v.guid)])?;
                xml.text_element("TextValue", &value)?;
                xml.close("VariableValue")?;
            }
        }
        xml.close("TextSource")?;
        sources.push((source_guid, doc.text.to_owned()));
        progress.step()?;
    }
    if !corpus.documents.is_empty() {
        xml.close("Sources")?;
    }
    let links = links(corpus);
    notes.extend(links.iter().filter_map(|l| l.note.clone()));
    if !notes.is_empty() {
        xml.open("Notes", &[])?;
        for (note_guid, name, text) in &notes {
            xml.open("Note", &[("guid", note_guid), ("name", name)])?;
            xml.text_element("PlainTextContent", text)?;
            xml.close("Note")?;
        }
        xml.close("Notes")?;
    }
    if !links.is_empty() {
        xml.open("Links", &[])?;
        for link in &links {
            let attributes = [
                ("guid", link.guid.as_str()),
                ("name", link.name.as_str()),
                ("direction", link.direction),
                ("color", link.colour.as_str()),
                ("originGUID", link.origin.as_str()),
                ("targetGUID", link.target.as_str()),
            ];
            match &link.note {
                Some((note_guid, ..)) => {
                    xml.open("Link", &attributes)?;
                    xml.empty("NoteRef", &[("targetGUID", note_guid)])?;
                    xml.close("Link")?;
                }
                None => xml.empty("Link", &attributes)?,
            }
        }
        xml.close("Links")?;
    }
    xml.close("Project")?;
    let mut bytes = xml.writer.into_inner();
    bytes.push(b'\n');
    Ok((bytes, sources))
}

/// The `.qdpx` archive: `project.qde` first, then `sources/<guid>.txt`, deflated, no timestamps.
pub fn archive(qde: &[u8], sources: &[(String, String)]) -> Result<Vec<u8>, ExportError> {
    let zip_error = |e: zip::result::ZipError| ExportError::encode("export-what-qdpx", e);
    let io_error = |e: std::io::Error| ExportError::encode("export-what-qdpx", e);
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        // Fixed, so the same project gives the same bytes (and whatever features of `zip`
        // another crate turns on).
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    zip.start_file("project.qde", options).map_err(zip_error)?;
    zip.write_all(qde).map_err(io_error)?;
    for (source_guid, text) in sources {
        zip.start_file(format!("sources/{source_guid}.txt"), options)
            .map_err(zip_error)?;
        zip.write_all(text.as_bytes()).map_err(io_error)?;
    }
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}

/// The links read back: one per exported relation, from the selection of its source to that of
/// its target, each selection in its document's source at the span's range.
fn check_links(corpus: &Corpus<'_>, qde: &QdeProject) -> Vec<CheckProblem> {
    let selections: std::collections::HashMap<&str, (&str, usize, usize)> = qde
        .sources
        .iter()
        .flat_map(|source| {
            source
                .selections
                .iter()
                .map(move |s| (s.guid.as_str(), (source.name.as_str(), s.start, s.end)))
        })
        .collect();
    let mut problems = Vec::new();
    let expected = corpus.relations();
    if qde.links.len() != expected.len() {
        problems.push(CheckProblem::at(
            "project.qde Links",
            "export-check-qdpx-links",
            &[
                ("links", qde.links.len().into()),
                ("relations", expected.len().into()),
            ],
        ));
    }
    let place = |at: (usize, usize)| {
        let (doc, span) = corpus.span_at(at);
        Some((doc.document.id.0.as_str(), span.start, span.end))
    };
    for relation in &expected {
        let doc = &corpus.documents[relation.source.0].document.id;
        let link_guid = guid(&link_key(doc, &relation.relation.id));
        let Some(link) = qde.links.iter().find(|l| l.guid == link_guid) else {
            problems.push(CheckProblem::at(
                format!("project.qde Link {link_guid}"),
                "export-check-qdpx-no-link",
                &[("relation", relation.relation.id.to_string().into())],
            ));
            continue;
        };
        let end = |g: &Option<String>| g.as_deref().and_then(|g| selections.get(g).copied());
        if (end(&link.origin), end(&link.target))
            != (place(relation.source), place(relation.target))
        {
            problems.push(CheckProblem::at(
                format!("project.qde Link {link_guid}"),
                "export-check-qdpx-link-ends",
                &[],
            ));
        }
    }
    problems
}

impl Exporter for Qdpx {
    fn format(&self) -> ExportFormat {
        ExportFormat::Qdpx
    }

    fn write(
        &self,
        corpus: &Corpus<'_>,
        out: &Path,
        progress: &mut Progress<'_>,
    ) -> Result<Vec<Fault>, ExportError> {
        let (qde, sources) = project_qde(corpus, progress)?;
        write_atomic(out, &archive(&qde, &sources)?)?;
        let claims = corpus.claim_count();
        Ok(if claims > 0 {
            vec![Fault::said(
                "export-left-out-no-claims",
                &[("count", claims.into()), ("format", "REFI-QDA".into())],
            )]
        } else {
            Vec::new()
        })
    }

    fn check(&self, corpus: &Corpus<'_>, out: &Path) -> Result<Vec<CheckProblem>, ExportError> {
        let bytes = std::fs::read(out).map_err(|e| ExportError::read_back(out, e))?;
        let archive = read_archive(&bytes).map_err(|e| ExportError::read_back(out, e))?;
        let qde: QdeProject =
            parse_qde(&archive.project_qde).map_err(|e| ExportError::read_back(out, e))?;
        let mut problems: Vec<CheckProblem> = qde
            .skipped
            .iter()
            .map(|(source, guid, attribute)| {
                CheckProblem::at(
                    format!("project.qde {source} {guid}"),
                    "check-qdpx-position",
                    &[("attribute", (*attribute).into())],
                )
            })
            .collect();
        for doc in &corpus.documents {
            let Some(source) = qde.sources.iter().find(|s| s.name == doc.document.id.0) else {
                problems.push(CheckProblem::at(
                    "project.qde",
                    "export-check-qdpx-no-source",
                    &[("doc", doc.document.id.to_string().into())],
                ));
                continue;
            };
            match source_text(&archive, source) {
                Some(text) if text == doc.text => {}
                _ => {
                    problems.push(CheckProblem::at(
                        format!("TextSource {}", source.guid),
                        "export-check-qdpx-text",
                        &[("doc", doc.document.id.to_string().into())],
                    ));
                    continue;
                }
            }
            for selection in &source.selections {
                problems.extend(check_quote(
                    doc,
                    selection.start,
                    selection.end,
                    &selection.name,
                    || Fault::Words(format!("PlainTextSelection {}", selection.guid)),
                ));
            }
        }
        problems.extend(check_links(corpus, &qde));
        problems.extend(super::variables::check(corpus, &qde));
        Ok(problems)
    }
}
