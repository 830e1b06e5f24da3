//! Reading a brat collection: every `.ann` file below the folder with the `.txt` beside it, in
//! the conventions [`super::write`] writes (offsets are code points of the `.txt`).
//!
//! A `ClaimFrame` text-bound annotation (`Claim` in collections written before, and by other
//! tools) that is `Arg1` of a `Content` relation is a claim over that span; one without a
//! `Content` relation becomes a span labelled with its type and a claim over it. A
//! `DocumentLabels` annotation is no span: its attributes are the document's labels. An `R` line
//! of any other type than the claim frame's (`Content`, `Claimant`, `HasCue`, `NestedIn`) is a
//! relation between two spans, its type the relation type's brat type, ID or name (see
//! [`super::conf::BratRelationTypes`]), a note on it (`#` on the `R`) its note. Events (`E`) and
//! equivalences (`*`) are listed as not imported.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use super::conf::{
    CLAIM_RELATIONS, DOC_LABELS_TYPE, ENTITY_DB, is_claim_frame, parse_text_bound, unescape_note,
    unescape_value,
};
use crate::formats::conventions::{parse_certainty, parse_polarity, parse_quote_mode};
use crate::formats::foreign::{
    AnnotationImportError, AnnotationImportReport, ForeignClaim, ForeignClaimant, ForeignDocument,
    ForeignEntity, ForeignRelation, ForeignSpan, InvalidFile, annotation_place,
};
use crate::intake::decode::Fault;

/// Files larger than this are not read (no brat file of a news article comes near it).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Every `.ann` file below `root`, sorted, as paths relative to it.
fn ann_files(root: &Path) -> Result<Vec<PathBuf>, AnnotationImportError> {
    let mut out = Vec::new();
    let mut folders = vec![PathBuf::new()];
    while let Some(relative) = folders.pop() {
        let folder = root.join(&relative);
        let entries =
            std::fs::read_dir(&folder).map_err(|e| AnnotationImportError::io(&folder, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| AnnotationImportError::io(&folder, e))?;
            let kind = entry
                .file_type()
                .map_err(|e| AnnotationImportError::io(&entry.path(), e))?;
            let path = relative.join(entry.file_name());
            if kind.is_dir() {
                folders.push(path);
            } else if kind.is_file() && path.extension().is_some_and(|e| e == "ann") {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

fn read_capped(path: &Path) -> Result<String, Unread> {
    let size = std::fs::metadata(path)
        .map_err(|e| Unread::Io(crate::i18n::io_reason(&e)))?
        .len();
    if size > MAX_FILE_BYTES {
        return Err(Unread::TooLarge);
    }
    let bytes = std::fs::read(path).map_err(|e| Unread::Io(crate::i18n::io_reason(&e)))?;
    String::from_utf8(bytes).map_err(|_| Unread::NotUtf8)
}

/// Why a file of the collection was not read.
enum Unread {
    /// The system's reason, in the interface's language.
    Io(String),
    TooLarge,
    NotUtf8,
}

impl Unread {
    /// What the report says of an `.ann` file (`text` false) or a `.txt` file not read.
    fn said(&self, text: bool) -> Fault {
        let id = |ann, txt| if text { txt } else { ann };
        let limit = || crate::i18n::number(MAX_FILE_BYTES).into();
        match self {
            Self::Io(error) => Fault::said(
                id("annotation-skip-brat-ann-io", "annotation-skip-brat-txt-io"),
                &[("error", error.as_str().into())],
            ),
            Self::TooLarge => Fault::said(
                id(
                    "annotation-skip-brat-ann-too-large",
                    "annotation-skip-brat-txt-too-large",
                ),
                &[("limit", limit())],
            ),
            Self::NotUtf8 => Fault::said(
                id(
                    "annotation-skip-brat-ann-not-utf8",
                    "annotation-skip-brat-txt-not-utf8",
                ),
                &[],
            ),
        }
    }
}

/// Reads the brat collection in `root`.
pub fn read(
    root: &Path,
    report: &mut AnnotationImportReport,
    progress: &mut dyn FnMut(usize, usize),
    cancel: &AtomicBool,
) -> Result<Vec<ForeignDocument>, AnnotationImportError> {
    if !root.is_dir() {
        return Err(AnnotationImportError::invalid(
            root,
            InvalidFile::BratNotAFolder,
        ));
    }
    let files = ann_files(root)?;
    if files.is_empty() {
        return Err(AnnotationImportError::invalid(
            root,
            InvalidFile::BratNoAnnFile,
        ));
    }
    let mut documents = Vec::with_capacity(files.len());
    for (done, relative) in files.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            return Err(AnnotationImportError::Cancelled);
        }
        let ann_path = root.join(relative);
        let base = relative.with_extension("");
        let base = base.to_string_lossy().replace('\\', "/");
        let source = relative.to_string_lossy().replace('\\', "/");
        let ann = match read_capped(&ann_path) {
            Ok(text) => text,
            Err(reason) => {
                report.problem(source, reason.said(false));
                continue;
            }
        };
        let txt_path = root.join(format!("{base}.txt"));
        let text = match read_capped(&txt_path) {
            // The .txt is compared with the document's normalised text.
            Ok(text) => Some(crate::intake::decode::normalise_line_endings(&text).into_owned()),
            Err(reason) => {
                report.problem(format!("{base}.txt"), reason.said(true));
                None
            }
        };
        let mut doc = parse_ann(&ann, &source, report);
        doc.name = format!("{base}.txt");
        doc.text = text;
        documents.push(doc);
        progress(done + 1, files.len());
    }
    Ok(documents)
}

/// One text-bound annotation.
struct TextBound {
    line: usize,
    ty: String,
    frags: Vec<(usize, usize)>,
    text: String,
}

/// Parses one `.ann` file (what cannot be read goes to `report`, line by line).
#[expect(
    clippy::too_many_lines,
    reason = "one pass per kind of line over the same maps; split up, they would be passed around"
)]
pub fn parse_ann(ann: &str, source: &str, report: &mut AnnotationImportReport) -> ForeignDocument {
    let mut bounds: BTreeMap<String, TextBound> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut relations: Vec<(usize, &str, String, String, String)> = Vec::new();
    let mut attributes: Vec<(usize, String, String, Option<String>)> = Vec::new();
    let mut references: Vec<(usize, String, String, String)> = Vec::new();
    let mut notes: Vec<(usize, String, String)> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let line_no = n + 1;
        let at = || format!("{source}:{line_no}");
        if line.trim().is_empty() {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            report.said(at(), "annotation-skip-brat-not-a-line", &[]);
            continue;
        };
        let rest = fields.next();
        match id.chars().next() {
            Some('T') => match (parse_text_bound(body), rest) {
                (Some((ty, frags)), Some(text)) => {
                    order.push(id.to_owned());
                    bounds.insert(
                        id.to_owned(),
                        TextBound {
                            line: line_no,
                            ty: ty.to_owned(),
                            frags,
                            text: text.to_owned(),
                        },
                    );
                }
                _ => report.said(at(), "annotation-skip-brat-text-bound-incomplete", &[]),
            },
            Some('R') => {
                let parts: Vec<&str> = body.split(' ').collect();
                let arg = |name: &str| {
                    parts
                        .iter()
                        .find_map(|p| p.strip_prefix(name).map(str::to_owned))
                };
                match (parts.first(), arg("Arg1:"), arg("Arg2:")) {
                    (Some(ty), Some(a), Some(b)) => {
                        relations.push((line_no, id, (*ty).to_owned(), a, b));
                    }
                    _ => report.said(at(), "annotation-skip-brat-relation-incomplete", &[]),
                }
            }
            Some('A' | 'M') => {
                let parts: Vec<&str> = body.split(' ').collect();
                match parts.as_slice() {
                    [name, target] => {
                        attributes.push((line_no, (*name).to_owned(), (*target).to_owned(), None));
                    }
                    [name, target, value] => attributes.push((
                        line_no,
                        (*name).to_owned(),
                        (*target).to_owned(),
                        Some((*value).to_owned()),
                    )),
                    _ => report.said(at(), "annotation-skip-brat-attribute-line", &[]),
                }
            }
            Some('N') => {
                let parts: Vec<&str> = body.split(' ').collect();
                match parts.as_slice() {
                    [_, target, reference] => references.push((
                        line_no,
                        (*target).to_owned(),
                        (*reference).to_owned(),
                        unescape_note(rest.unwrap_or_default()),
                    )),
                    _ => report.said(at(), "annotation-skip-brat-normalization-incomplete", &[]),
                }
            }
            Some('#') => match body.split_once(' ') {
                Some((_, target)) => notes.push((
                    line_no,
                    target.to_owned(),
                    unescape_note(rest.unwrap_or_default()),
                )),
                None => report.said(at(), "annotation-skip-brat-note-no-target", &[]),
            },
            _ => report.said(at(), "annotation-skip-brat-events", &[]),
        }
    }

    // Claims over a content span (Content relation), and Claim annotations standing alone.
    let content_of: HashMap<&str, &str> = relations
        .iter()
        .filter(|(_, _, ty, a, _)| {
            ty == "Content" && bounds.get(a).is_some_and(|t| is_claim_frame(&t.ty))
        })
        .map(|(_, _, _, a, b)| (a.as_str(), b.as_str()))
        .collect();
    let mut doc = ForeignDocument {
        source: source.to_owned(),
        ..ForeignDocument::default()
    };
    let mut span_of: HashMap<&str, usize> = HashMap::new();
    let mut claim_of: HashMap<&str, usize> = HashMap::new();
    let mut frames: Vec<&str> = Vec::new();
    let doc_label_anchors: HashSet<&str> = order
        .iter()
        .filter(|id| bounds[*id].ty == DOC_LABELS_TYPE)
        .map(String::as_str)
        .collect();
    for id in &order {
        let bound = &bounds[id];
        if doc_label_anchors.contains(id.as_str()) {
            continue;
        }
        if is_claim_frame(&bound.ty) {
            frames.push(id);
            if content_of.contains_key(id.as_str()) {
                continue;
            }
        }
        let start = bound.frags.iter().map(|f| f.0).min().unwrap_or(0);
        let end = bound.frags.iter().map(|f| f.1).max().unwrap_or(0);
        span_of.insert(id, doc.spans.len());
        doc.spans.push(ForeignSpan {
            location: id.clone(),
            line: Some(bound.line),
            start,
            end,
            label: bound.ty.clone(),
            quotes: quotes(&bound.frags, &bound.text),
            ..ForeignSpan::default()
        });
    }
    for (i, id) in frames.iter().enumerate() {
        claim_of.insert(id, i);
    }
    let mut claims: Vec<ForeignClaim> = frames
        .iter()
        .map(|id| ForeignClaim {
            location: (*id).to_string(),
            line: Some(bounds[*id].line),
            // A content that is no span shows as a claim whose content was not imported.
            content: span_of
                .get(content_of.get(id).copied().unwrap_or(id))
                .copied()
                .unwrap_or(usize::MAX),
            claimant: ForeignClaimant::Anonymous,
            cue: None,
            polarity: crate::model::Polarity::default(),
            certainty: crate::model::Certainty::default(),
            quote_mode: crate::model::QuoteMode::default(),
            statement_date: String::new(),
            note: String::new(),
            parent: None,
            clusters: Vec::new(),
        })
        .collect();
    let mut claimant_kind: HashMap<usize, String> = HashMap::new();
    let mut claimant_entity: HashMap<usize, ForeignEntity> = HashMap::new();

    let mut relation_of: HashMap<&str, usize> = HashMap::new();
    for (line, id, ty, a, b) in &relations {
        let at = format!("{source}:{line}");
        if !CLAIM_RELATIONS.contains(&ty.as_str()) {
            if let (Some(&from), Some(&to)) = (span_of.get(a.as_str()), span_of.get(b.as_str())) {
                relation_of.insert(*id, doc.relations.len());
                doc.relations.push(ForeignRelation {
                    location: (*id).to_string(),
                    line: Some(*line),
                    kind: ty.clone(),
                    source: from,
                    target: to,
                    note: String::new(),
                });
            } else {
                let args = [("type", ty.into()), ("a", a.into()), ("b", b.into())];
                report.said(at, "annotation-skip-brat-relation-end-not-span", &args);
            }
            continue;
        }
        let claim = claim_of.get(a.as_str()).copied();
        match (ty.as_str(), claim) {
            ("Content", Some(_)) => {}
            ("Claimant", Some(c)) => match span_of.get(b.as_str()) {
                Some(&s) => claims[c].claimant = ForeignClaimant::Mention(s),
                None => report.said(
                    at,
                    "annotation-skip-brat-claimant-not-span",
                    &[("id", b.into())],
                ),
            },
            ("HasCue", Some(c)) => match span_of.get(b.as_str()) {
                Some(&s) => claims[c].cue = Some(s),
                None => report.said(at, "annotation-skip-brat-cue-not-span", &[("id", b.into())]),
            },
            ("NestedIn", Some(c)) => match claim_of.get(b.as_str()) {
                Some(&p) => claims[c].parent = Some(p),
                None => report.said(
                    at,
                    "annotation-skip-brat-parent-not-claim",
                    &[("id", b.into())],
                ),
            },
            _ => {
                let args = [("type", ty.into()), ("a", a.into()), ("b", b.into())];
                report.said(at, "annotation-skip-brat-relation-not-imported", &args);
            }
        }
    }
    for (line, name, target, value) in attributes {
        let at = format!("{source}:{line}");
        if doc_label_anchors.contains(target.as_str()) {
            match (
                unescape_value(&name),
                value.as_deref().and_then(unescape_value),
            ) {
                (Some(category), Some(value)) => doc.doc_labels.push((category, value)),
                _ => report.said(at, "annotation-skip-brat-doc-label-incomplete", &[]),
            }
            continue;
        }
        if let Some(&c) = claim_of.get(target.as_str()) {
            let value = value.unwrap_or_default();
            let claim = &mut claims[c];
            // Names and values brat shows in the case the conf gives, but a file edited by hand
            // or written by another tool may not; the claim attributes differ by more than case.
            let ok = match name.to_ascii_lowercase().as_str() {
                "certainty" => parse_certainty(&value)
                    .map(|v| claim.certainty = v)
                    .is_some(),
                "polarity" => parse_polarity(&value).map(|v| claim.polarity = v).is_some(),
                "quotemode" => parse_quote_mode(&value)
                    .map(|v| claim.quote_mode = v)
                    .is_some(),
                "statementdate" => unescape_value(&value)
                    .map(|v| claim.statement_date = v)
                    .is_some(),
                "claimantkind" => {
                    claimant_kind.insert(c, value.clone());
                    true
                }
                _ => false,
            };
            if !ok {
                let args = [("name", name.as_str().into()), ("value", value.into())];
                report.said(at, "annotation-skip-brat-claim-attribute", &args);
            }
            // A Claim standing alone is a span too; its own attributes stay with the claim.
            continue;
        }
        if let (Some(&s), Some(key)) = (span_of.get(target.as_str()), unescape_value(&name)) {
            let value = match value {
                Some(v) => unescape_value(&v),
                None => Some("true".to_owned()),
            };
            match value {
                Some(value) => {
                    doc.spans[s].attributes.insert(key, value);
                }
                None => report.said(at, "annotation-skip-brat-bad-escape", &[]),
            }
        } else {
            let args = [("name", name.into()), ("target", target.into())];
            report.said(at, "annotation-skip-brat-attribute-not-span", &args);
        }
    }
    for (line, target, reference, name) in references {
        let at = format!("{source}:{line}");
        let (db, id) = reference
            .split_once(':')
            .unwrap_or(("", reference.as_str()));
        let entity = ForeignEntity {
            id: (db == ENTITY_DB).then(|| id.to_owned()),
            name,
            external_id: (db != ENTITY_DB).then(|| reference.clone()),
            ..ForeignEntity::default()
        };
        if let Some(&c) = claim_of.get(target.as_str())
            && !span_of.contains_key(target.as_str())
        {
            claimant_entity.insert(c, entity);
        } else if let Some(&s) = span_of.get(target.as_str()) {
            doc.spans[s].entity = Some(entity);
        } else {
            report.said(
                at,
                "annotation-skip-brat-reference-not-span",
                &[("target", target.into())],
            );
        }
    }
    for (line, target, note) in notes {
        if let Some(&c) = claim_of.get(target.as_str()) {
            claims[c].note = note;
        } else if let Some(&s) = span_of.get(target.as_str()) {
            doc.spans[s].note = note;
        } else if let Some(&r) = relation_of.get(target.as_str()) {
            doc.relations[r].note = note;
        } else {
            report.said(
                format!("{source}:{line}"),
                "annotation-skip-brat-note-unknown-target",
                &[("target", target.into())],
            );
        }
    }
    for (c, claim) in claims.iter_mut().enumerate() {
        match claimant_kind
            .get(&c)
            .map(|k| k.to_ascii_lowercase())
            .as_deref()
        {
            Some("entity") => match claimant_entity.remove(&c) {
                Some(entity) => claim.claimant = ForeignClaimant::Entity(entity),
                None => report.said_at(
                    annotation_place(source, &claim.location, claim.line),
                    "annotation-skip-brat-claimant-entity-missing",
                    &[],
                ),
            },
            Some("outlet") => claim.claimant = ForeignClaimant::Outlet,
            Some("anonymous") | None => {}
            Some(other) => report.said_at(
                annotation_place(source, &claim.location, claim.line),
                "annotation-skip-brat-claimant-kind",
                &[("kind", other.into())],
            ),
        }
    }
    doc.claims = claims;
    doc
}

/// The pieces of text a brat annotation quotes: its fragments' texts were joined by a space.
fn quotes(frags: &[(usize, usize)], text: &str) -> Vec<(usize, usize, String)> {
    let lengths: Vec<usize> = frags.iter().map(|(s, e)| e.saturating_sub(*s)).collect();
    let expected = lengths.iter().sum::<usize>() + frags.len().saturating_sub(1);
    if text.chars().count() != expected {
        let start = frags.iter().map(|f| f.0).min().unwrap_or(0);
        let end = frags.iter().map(|f| f.1).max().unwrap_or(0);
        return vec![(start, end, text.to_owned())];
    }
    let mut chars = text.chars();
    let mut out = Vec::with_capacity(frags.len());
    for (i, (&(s, e), &len)) in frags.iter().zip(&lengths).enumerate() {
        if i > 0 {
            chars.next();
        }
        out.push((s, e, chars.by_ref().take(len).collect()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Certainty, Polarity, QuoteMode};

    #[test]
    fn claim_attributes_are_read_whatever_their_case() {
        let ann = "T1\tClaimFrame 0 4\tنفى\n\
                   A1\tCertainty T1 certain\n\
                   A2\tpolarity T1 DENIES\n\
                   A3\tQuoteMode T1 indirect\n\
                   A4\tclaimantKind T1 outlet\n";
        let mut report = AnnotationImportReport::default();
        let doc = parse_ann(ann, "a.ann", &mut report);
        assert!(report.problems.is_empty(), "{:?}", report.problems);
        let claim = &doc.claims[0];
        assert_eq!(claim.certainty, Certainty::Certain);
        assert_eq!(claim.polarity, Polarity::Denies);
        assert_eq!(claim.quote_mode, QuoteMode::Indirect);
        assert_eq!(claim.claimant, ForeignClaimant::Outlet);
    }

    #[test]
    fn a_claim_attribute_value_unknown_in_any_case_is_reported() {
        let ann = "T1\tClaimFrame 0 4\tنفى\nA1\tCertainty T1 sure\n";
        let mut report = AnnotationImportReport::default();
        let doc = parse_ann(ann, "a.ann", &mut report);
        assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
        assert_eq!(doc.claims[0].certainty, Certainty::default());
    }

    /// A claim's place names its ID as written and its line in the interface's words.
    #[test]
    fn the_line_of_a_claim_passed_over_is_said_in_the_interface_language() {
        use crate::i18n::{Language, in_language};
        let ann = "T1\tClaimFrame 0 4\tنفى\nA1\tclaimantKind T1 robot\n";
        let mut report = AnnotationImportReport::default();
        parse_ann(ann, "a.ann", &mut report);
        assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
        let place = &report.problems[0].location;
        let english = in_language(Language::English, || place.to_string());
        assert_eq!(english, "a.ann T1 (line 1)");
        let arabic = in_language(Language::Arabic, || place.to_string());
        assert_eq!(
            arabic.replace(['\u{2068}', '\u{2069}'], ""),
            "a.ann T1 (السطر 1)"
        );
    }
}
