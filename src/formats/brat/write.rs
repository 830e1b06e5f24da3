//! The brat writer: per document a `.txt` and an `.ann`, and `annotation.conf`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use super::conf::{
    BratRelationTypes, BratTypes, CLAIM_TYPE, DOC_LABELS_TYPE, ENTITY_DB, annotation_conf,
    escape_note, escape_value, files_of, parse_text_bound,
};
use crate::formats::conventions::{certainty_name, polarity_name, quote_mode_name};
use crate::formats::corpus::{Corpus, ExportDocument};
use crate::formats::writer::{
    CheckProblem, ExportError, ExportFormat, Exporter, Progress, check_quote, check_relation_set,
    create_folder, read_back, write_file,
};
use crate::intake::decode::Fault;
use crate::model::{ClaimId, Claimant, Span, SpanId};
use crate::store::write_atomic;

/// The brat standoff exporter.
#[derive(Debug, Clone, Copy)]
pub struct Brat;

/// The document as brat can hold it: a span of nothing but line breaks has no fragment a `.ann`
/// line can quote, so it is left out, with the claims that name it (and claims nested in those);
/// the second value says what was left out.
pub fn writable<'a>(doc: &ExportDocument<'a>) -> (ExportDocument<'a>, Vec<Fault>) {
    let only_breaks = |s: &Span| {
        doc.slice(s.start, s.end)
            .is_some_and(|t| t.chars().all(|c| c == '\n'))
    };
    if !doc.spans.iter().any(|s| only_breaks(s)) {
        return (doc.clone(), Vec::new());
    }
    let mut out = doc.clone();
    let mut left_out = Vec::new();
    out.spans.retain(|s| {
        let keep = !only_breaks(s);
        if !keep {
            left_out.push(only_breaks_left_out(
                "export-left-out-brat-span-breaks",
                ("span", s.id.to_string()),
                doc,
            ));
        }
        keep
    });
    loop {
        let kept: HashSet<ClaimId> = out.claims.iter().map(|c| c.id.clone()).collect();
        let before = out.claims.len();
        let spans: HashSet<&SpanId> = out.spans.iter().map(|s| &s.id).collect();
        out.claims.retain(|c| {
            let keep = c.spans().all(|id| spans.contains(id))
                && c.parent.as_ref().is_none_or(|p| kept.contains(p));
            if !keep {
                left_out.push(only_breaks_left_out(
                    "export-left-out-brat-claim-breaks",
                    ("claim", c.id.to_string()),
                    doc,
                ));
            }
            keep
        });
        if out.claims.len() == before {
            break;
        }
    }
    (out, left_out)
}

/// The line of the export report (message `message`) for annotation `(kind, id)` of `doc`, left out
/// because it is, or names, a span of nothing but line breaks.
fn only_breaks_left_out(
    message: &'static str,
    (kind, id): (&'static str, String),
    doc: &ExportDocument<'_>,
) -> Fault {
    Fault::said(
        message,
        &[
            (kind, id.into()),
            ("doc", doc.document.id.to_string().into()),
            ("format", "brat".into()),
        ],
    )
}

/// The fragments of `[start, end)` without its line breaks (brat's discontinuous spans).
pub fn fragments(doc: &ExportDocument<'_>, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut run: Option<usize> = None;
    let chars = doc.slice(start, end).unwrap_or_default().chars();
    for (i, c) in (start..).zip(chars) {
        match (c == '\n', run) {
            (false, None) => run = Some(i),
            (true, Some(s)) => {
                out.push((s, i));
                run = None;
            }
            _ => {}
        }
    }
    if let Some(s) = run {
        out.push((s, end));
    }
    if out.is_empty() {
        out.push((start, end));
    }
    out
}

/// The `T` line body after the type: `start end[;start end…]\ttext`.
fn text_bound(doc: &ExportDocument<'_>, start: usize, end: usize) -> String {
    let frags = fragments(doc, start, end);
    let offsets: Vec<String> = frags.iter().map(|(s, e)| format!("{s} {e}")).collect();
    let texts: Vec<&str> = frags
        .iter()
        .map(|&(s, e)| doc.slice(s, e).unwrap_or_default())
        .collect();
    format!("{}\t{}", offsets.join(";"), texts.join(" "))
}

/// The `.ann` file of one document; also collects the attribute values used, for
/// `annotation.conf`.
pub fn ann_file(
    corpus: &Corpus<'_>,
    doc: &ExportDocument<'_>,
    types: &BratTypes,
    attributes: &mut BTreeMap<String, BTreeSet<String>>,
) -> String {
    let project = corpus.project;
    let mut t = String::new();
    let mut r = Vec::new();
    let mut a = Vec::new();
    let mut n = Vec::new();
    let mut notes = Vec::new();
    let entity_name = |id: &crate::model::EntityId| {
        project
            .entity(id)
            .map_or_else(|| id.0.clone(), |e| escape_note(&e.name))
    };
    for (i, span) in doc.spans.iter().enumerate() {
        let tid = format!("T{}", i + 1);
        let _ = writeln!(
            t,
            "{tid}\t{} {}",
            types.type_of(&span.label),
            text_bound(doc, span.start, span.end)
        );
        for (key, value) in &span.attributes {
            let (key, value) = (escape_value(key), escape_value(value));
            a.push(format!("{key} {tid} {value}"));
            attributes.entry(key).or_default().insert(value);
        }
        if let Some(entity) = &span.entity {
            n.push(format!(
                "Reference {tid} {ENTITY_DB}:{entity}\t{}",
                entity_name(entity)
            ));
        }
        if !span.note.is_empty() {
            notes.push(format!("AnnotatorNotes {tid}\t{}", escape_note(&span.note)));
        }
    }
    let span_t = |id: &crate::model::SpanId| doc.span_index(id).map(|i| format!("T{}", i + 1));
    let claim_t = |i: usize| format!("T{}", doc.spans.len() + i + 1);
    for (i, claim) in doc.claims.iter().enumerate() {
        let Some(content) = doc.spans.iter().find(|s| s.id == claim.content) else {
            continue;
        };
        let tid = claim_t(i);
        let _ = writeln!(
            t,
            "{tid}\t{CLAIM_TYPE} {}",
            text_bound(doc, content.start, content.end)
        );
        if let Some(arg) = span_t(&claim.content) {
            r.push(format!("Content Arg1:{tid} Arg2:{arg}"));
        }
        let mut attribute = |name: &str, value: String| {
            attributes
                .entry(name.to_owned())
                .or_default()
                .insert(value.clone());
            a.push(format!("{name} {tid} {value}"));
        };
        match &claim.claimant {
            Claimant::Mention(span) => {
                if let Some(arg) = span_t(span) {
                    r.push(format!("Claimant Arg1:{tid} Arg2:{arg}"));
                }
            }
            Claimant::Entity(entity) => {
                attribute("ClaimantKind", "Entity".to_owned());
                n.push(format!(
                    "Reference {tid} {ENTITY_DB}:{entity}\t{}",
                    entity_name(entity)
                ));
            }
            Claimant::Anonymous => attribute("ClaimantKind", "Anonymous".to_owned()),
            Claimant::Outlet => attribute("ClaimantKind", "Outlet".to_owned()),
        }
        attribute("Certainty", certainty_name(claim.certainty).to_owned());
        attribute("Polarity", polarity_name(claim.polarity).to_owned());
        attribute("QuoteMode", quote_mode_name(claim.quote_mode).to_owned());
        if !claim.statement_date.is_empty() {
            attribute("StatementDate", escape_value(&claim.statement_date));
        }
        if let Some(arg) = claim.cue.as_ref().and_then(span_t) {
            r.push(format!("HasCue Arg1:{tid} Arg2:{arg}"));
        }
        if let Some(parent) = claim.parent.as_ref().and_then(|p| doc.claim_index(p)) {
            r.push(format!("NestedIn Arg1:{tid} Arg2:{}", claim_t(parent)));
        }
        if !claim.note.is_empty() {
            notes.push(format!(
                "AnnotatorNotes {tid}\t{}",
                escape_note(&claim.note)
            ));
        }
    }
    relation_lines(corpus, doc, &mut r, &mut notes);
    doc_labels_lines(corpus, doc, &mut t, &mut a, attributes);
    let mut out = t;
    for (prefix, lines) in [("R", r), ("A", a), ("N", n), ("#", notes)] {
        for (i, line) in lines.iter().enumerate() {
            let _ = writeln!(out, "{prefix}{}\t{line}", i + 1);
        }
    }
    out
}

/// The relations between two spans of the document, after the claims' (`R5\tSUPPORTS Arg1:T3
/// Arg2:T7`), each note an `AnnotatorNotes` line on its `R`. A relation to a span of another
/// document, or to one left out, is not written ([`Brat::write`] reports it).
fn relation_lines(
    corpus: &Corpus<'_>,
    doc: &ExportDocument<'_>,
    r: &mut Vec<String>,
    notes: &mut Vec<String>,
) {
    let types = BratRelationTypes::of_relation_types(&corpus.project.schema);
    for relation in corpus.project.annotations.relations(&doc.document.id) {
        let (Some(source), Some(target)) = (
            doc.span_index(&relation.source),
            doc.span_index(&relation.target),
        ) else {
            continue;
        };
        r.push(format!(
            "{} Arg1:T{} Arg2:T{}",
            types.type_of(&relation.kind),
            source + 1,
            target + 1
        ));
        if !relation.note.is_empty() {
            notes.push(format!(
                "AnnotatorNotes R{}\t{}",
                r.len(),
                escape_note(&relation.note)
            ));
        }
    }
}

/// The document's labels: their anchor (a `T` line after the spans' and claims') and an
/// attribute line per value.
fn doc_labels_lines(
    corpus: &Corpus<'_>,
    doc: &ExportDocument<'_>,
    t: &mut String,
    a: &mut Vec<String>,
    attributes: &mut BTreeMap<String, BTreeSet<String>>,
) {
    let labels = crate::formats::doc_labels::pairs(corpus.project, &doc.document.id);
    if labels.is_empty() {
        return;
    }
    let Some((start, end)) = first_word(doc.text) else {
        return;
    };
    let tid = format!("T{}", doc.spans.len() + doc.claims.len() + 1);
    let _ = writeln!(
        t,
        "{tid}\t{DOC_LABELS_TYPE} {}",
        text_bound(doc, start, end)
    );
    for (category, value) in labels {
        let (key, value) = (escape_value(&category), escape_value(&value));
        a.push(format!("{key} {tid} {value}"));
        attributes.entry(key).or_default().insert(value);
    }
}

/// The char range of the first word of `text` (up to the first white space), where the
/// document's labels are anchored; `None` for a text of nothing but white space.
fn first_word(text: &str) -> Option<(usize, usize)> {
    let start = text.chars().position(|c| !c.is_whitespace())?;
    let len = text
        .chars()
        .skip(start)
        .take_while(|c| !c.is_whitespace())
        .count();
    Some((start, start + len))
}

/// The relations of an `.ann` read back: each `R` line of a relation type of the schema, as its
/// type and the type and range of each end's `T` line, against those of the relations written.
fn check_relations(
    corpus: &Corpus<'_>,
    doc: &ExportDocument<'_>,
    ann_text: &str,
    ann: &Path,
) -> Vec<CheckProblem> {
    type End = (String, usize, usize);
    let labels = BratTypes::of_schema(&corpus.project.schema, &corpus.labels_used());
    let kinds = BratRelationTypes::of_relation_types(&corpus.project.schema);
    let mut bounds: HashMap<&str, End> = HashMap::new();
    let mut lines = Vec::new();
    for line in ann_text.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T')
            && let Some((ty, frags)) = parse_text_bound(body)
        {
            let start = frags.iter().map(|f| f.0).min().unwrap_or(0);
            let end = frags.iter().map(|f| f.1).max().unwrap_or(0);
            bounds.insert(id, (ty.to_owned(), start, end));
        } else if id.starts_with('R') {
            lines.push((id, body));
        }
    }
    let end_of = |span: &Span| {
        let frags = fragments(doc, span.start, span.end);
        let start = frags.iter().map(|f| f.0).min().unwrap_or(span.start);
        let end = frags.iter().map(|f| f.1).max().unwrap_or(span.end);
        (labels.type_of(&span.label), start, end)
    };
    let expected: Vec<(String, End, End)> = corpus
        .project
        .annotations
        .relations(&doc.document.id)
        .iter()
        .filter_map(|r| {
            let source = doc.spans[doc.span_index(&r.source)?];
            let target = doc.spans[doc.span_index(&r.target)?];
            Some((kinds.type_of(&r.kind), end_of(source), end_of(target)))
        })
        .collect();
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for (id, body) in lines {
        let mut parts = body.split(' ');
        let ty = parts.next().unwrap_or_default();
        if kinds.key_of(ty).is_none() {
            continue;
        }
        let mut arg = |name: &str| {
            parts
                .next()
                .and_then(|p| p.strip_prefix(name))
                .and_then(|t| bounds.get(t))
                .cloned()
        };
        match (arg("Arg1:"), arg("Arg2:")) {
            (Some(source), Some(target)) => found.push((ty.to_owned(), source, target)),
            _ => problems.push(CheckProblem::at(
                format!("{} {id}", ann.display()),
                "export-check-brat-relation-arg",
                &[],
            )),
        }
    }
    problems.extend(check_relation_set(found, expected, || {
        Fault::Words(ann.display().to_string())
    }));
    problems
}

impl Exporter for Brat {
    fn format(&self) -> ExportFormat {
        ExportFormat::Brat
    }

    fn write(
        &self,
        corpus: &Corpus<'_>,
        out: &Path,
        progress: &mut Progress<'_>,
    ) -> Result<Vec<Fault>, ExportError> {
        create_folder(out)?;
        let types = BratTypes::of_schema(&corpus.project.schema, &corpus.labels_used());
        let mut attributes = BTreeMap::new();
        let mut left_out: Vec<Fault> = corpus.cross_document_left_out("brat").into_iter().collect();
        let relations = corpus.relations();
        for (index, doc) in corpus.documents.iter().enumerate() {
            let (txt, ann) = files_of(out, &doc.document.id);
            if let Some(parent) = txt.parent() {
                create_folder(parent)?;
            }
            let (doc, dropped) = writable(doc);
            left_out.extend(dropped);
            for relation in relations
                .iter()
                .filter(|r| r.source.0 == index && !r.crosses_documents())
            {
                let r = relation.relation;
                if doc.span_index(&r.source).is_none() || doc.span_index(&r.target).is_none() {
                    left_out.push(only_breaks_left_out(
                        "export-left-out-brat-relation-breaks",
                        ("relation", r.id.to_string()),
                        &doc,
                    ));
                }
            }
            write_file(&txt, doc.text.as_bytes())?;
            write_file(
                &ann,
                ann_file(corpus, &doc, &types, &mut attributes).as_bytes(),
            )?;
            progress.step()?;
        }
        write_atomic(
            &out.join("annotation.conf"),
            annotation_conf(&types, &corpus.project.schema, &attributes).as_bytes(),
        )?;
        Ok(left_out)
    }

    fn check(&self, corpus: &Corpus<'_>, out: &Path) -> Result<Vec<CheckProblem>, ExportError> {
        let mut problems = Vec::new();
        for doc in &corpus.documents {
            let (txt, ann) = files_of(out, &doc.document.id);
            let doc = &writable(doc).0;
            let written = read_back(&txt)?;
            if written != doc.text {
                problems.push(CheckProblem::at(
                    txt.display().to_string(),
                    "export-check-text-of-differs",
                    &[("doc", doc.document.id.to_string().into())],
                ));
                continue;
            }
            let ann_text = read_back(&ann)?;
            problems.extend(check_relations(corpus, doc, &ann_text, &ann));
            for (n, line) in ann_text.lines().enumerate() {
                let location = || Fault::Words(format!("{}:{}", ann.display(), n + 1));
                let Some(rest) = line.strip_prefix('T') else {
                    continue;
                };
                let mut fields = rest.splitn(3, '\t');
                let (_, bound, quoted) = (fields.next(), fields.next(), fields.next());
                let parsed = bound.and_then(|b| parse_text_bound(b).map(|(_, f)| f));
                let (Some(frags), Some(quoted)) = (parsed, quoted) else {
                    problems.push(CheckProblem::said_at(
                        location(),
                        "export-check-brat-not-text-bound",
                        &[],
                    ));
                    continue;
                };
                let mut slices = Vec::new();
                for &(s, e) in &frags {
                    match doc.slice(s, e) {
                        Some(slice) => slices.push(slice),
                        None => problems.extend(check_quote(doc, s, e, quoted, location)),
                    }
                }
                if slices.len() == frags.len() && slices.join(" ") != quoted {
                    problems.push(CheckProblem::said_at(
                        location(),
                        "export-check-brat-quote-differs",
                        &[
                            ("quoted", format!("{quoted:?}").into()),
                            ("found", format!("{:?}", slices.join(" ")).into()),
                        ],
                    ));
                }
            }
        }
        Ok(problems)
    }
}
