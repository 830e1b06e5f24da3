//! brat standoff: per document a `.txt` (the normalised text, UTF-8, LF line endings) and an
//! `.ann`, plus one generated `annotation.conf` for the collection.
//!
//! Offsets are **Unicode code points** into the `.txt` — brat reads the file as a Python `str`
//! and counts its characters, which are code points. `annotation.conf` says so in a comment.
//! A span holding a line break is written as fragments (`0 12;13 20`), as brat does: its text
//! is the fragments' texts joined by a space. A span of nothing but line breaks cannot be quoted
//! on an `.ann` line; it is left out (and said so), with the claims that name it.
//!
//! Fields are separated by tabs (shown as spaces below):
//!
//! | line | what |
//! |------|------|
//! | `T1 PER 53 64 سامر الحلبي` | a span: its label ID (characters brat cannot take become `_`; made unique ignoring case, see [`BratTypes`]) |
//! | `T9 ClaimFrame 68 108 …` | a claim, over the text of its content span |
//! | `R1 Content Arg1:T9 Arg2:T6` | the claim's content span |
//! | `R2 Claimant Arg1:T9 Arg2:T5` | who claims it, when a span of the document names them |
//! | `R3 HasCue Arg1:T9 Arg2:T3` | the cue («قال») |
//! | `R4 NestedIn Arg1:T10 Arg2:T9` | the claim this one is reported inside |
//! | `A1 Certainty T9 Probable` | also `Polarity`, `QuoteMode`, `StatementDate`, and `ClaimantKind` (`Entity`, `Anonymous`, `Outlet`) when no span names the claimant |
//! | `A2 certainty T4 reported` | a span's own attributes |
//! | `N1 Reference T5 hashiya:5a3e9c0d71b24f86 سامر الحلبي` | the entity a span (or, with `ClaimantKind Entity`, a claim) refers to |
//! | `#1 AnnotatorNotes T9 …` | a note |
//!
//! Attribute names and values are written with `%` escapes for `%` and whitespace (brat splits
//! them at spaces); notes with `\\`, `\n`, `\t`, `\r` escapes (brat notes are one line).
//! The document with ID `sharq/0007.txt` becomes `sharq/0007.txt` + `sharq/0007.ann`; an ID not
//! ending in `.txt` gets `.txt` and `.ann` appended.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::{
    CheckProblem, Corpus, ExportDocument, ExportError, ExportFormat, Exporter, Progress,
    certainty_name, check_quote, polarity_name, quote_mode_name,
};
use crate::model::{
    Certainty, ClaimId, Claimant, DocId, LabelId, Polarity, QuoteMode, Schema, Span, SpanId,
};
use crate::store::write_atomic;

/// The brat standoff exporter.
#[derive(Debug, Clone, Copy)]
pub struct Brat;

/// The type brat shows for a claim frame. Not `Claim`: the default schema's label of a claim's
/// content is `CLAIM`, and two types that differ only in case read as one.
pub const CLAIM_TYPE: &str = "ClaimFrame";
/// The claim frame's type in collections written before [`CLAIM_TYPE`], and in other tools'
/// collections; still read as a claim frame.
pub const LEGACY_CLAIM_TYPE: &str = "Claim";

/// Whether brat type `ty` is a claim frame.
pub fn is_claim_frame(ty: &str) -> bool {
    ty == CLAIM_TYPE || ty == LEGACY_CLAIM_TYPE
}
/// The database prefix of entity links.
pub const ENTITY_DB: &str = "hashiya";

/// The path of a document's files without extension, relative to the collection: the document
/// ID less a final `.txt`. An ID that would lead out of the collection (absolute, or with `..`,
/// as a project merged by hand might hold) is percent-encoded into one file name instead.
pub fn base_name(doc: &DocId) -> std::borrow::Cow<'_, str> {
    let base = doc.0.strip_suffix(".txt").unwrap_or(&doc.0);
    if crate::import::qdpx::unsafe_entry_name(base).is_some() || base.is_empty() {
        std::borrow::Cow::Owned(super::webanno::encode_iri_part(base))
    } else {
        std::borrow::Cow::Borrowed(base)
    }
}

/// `<out>/<base>.txt` and `<out>/<base>.ann`.
pub fn files_of(out: &Path, doc: &DocId) -> (PathBuf, PathBuf) {
    let base = base_name(doc);
    (
        out.join(format!("{base}.txt")),
        out.join(format!("{base}.ann")),
    )
}

/// A label ID as a brat type: letters, digits, `-` and `_` pass; anything else becomes `_`.
pub fn brat_type(label: &str) -> String {
    label
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The brat type of each label, shared by the writer and the reader so a label comes back as
/// itself: its ID through [`brat_type`], with `_2`, `_3`… added when that type is already taken
/// ignoring case (labels `per` and `PER`, or `a b` and `a_b`) or is a claim frame's type. Built in
/// a fixed order (the schema's labels first), so the same schema always gives the same types.
#[derive(Debug, Clone, Default)]
pub struct BratTypes {
    /// Label and type, in the order built.
    types: Vec<(LabelId, String)>,
}

impl BratTypes {
    pub fn new<'a>(labels: impl IntoIterator<Item = &'a LabelId>) -> Self {
        let mut taken: HashSet<String> = HashSet::from([CLAIM_TYPE.to_lowercase()]);
        let mut types: Vec<(LabelId, String)> = Vec::new();
        for label in labels {
            if types.iter().any(|(l, _)| l == label) {
                continue;
            }
            let base = brat_type(&label.0);
            let free = |ty: &str| ty != LEGACY_CLAIM_TYPE && !taken.contains(&ty.to_lowercase());
            let mut ty = base.clone();
            // At most one suffix per type taken before (and the two claim frame types).
            for n in 2..types.len() + 4 {
                if free(&ty) {
                    break;
                }
                ty = format!("{base}_{n}");
            }
            taken.insert(ty.to_lowercase());
            types.push((label.clone(), ty));
        }
        Self { types }
    }

    /// The types of the schema's labels, then of `extra` labels (used but not in the schema).
    pub fn of_schema<'a>(schema: &'a Schema, extra: impl IntoIterator<Item = &'a LabelId>) -> Self {
        Self::new(schema.labels.iter().map(|l| &l.id).chain(extra))
    }

    /// The type of `label` (its plain [`brat_type`] when it was not in the table).
    pub fn type_of(&self, label: &LabelId) -> String {
        self.types
            .iter()
            .find(|(l, _)| l == label)
            .map_or_else(|| brat_type(&label.0), |(_, ty)| ty.clone())
    }

    /// The label written as type `ty`.
    pub fn label_of(&self, ty: &str) -> Option<&LabelId> {
        self.types.iter().find(|(_, t)| t == ty).map(|(l, _)| l)
    }

    /// Every type, in the order built.
    pub fn types(&self) -> impl Iterator<Item = &str> {
        self.types.iter().map(|(_, ty)| ty.as_str())
    }
}

/// Escapes `%` and whitespace as `%XX` (brat attribute names and values are split at spaces).
pub fn escape_value(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c == '%' || c.is_whitespace() {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        } else {
            out.push(c);
        }
    }
    if out.is_empty() {
        // brat cannot write an empty value; `%` alone never comes out of the escaping above.
        out.push('%');
    }
    out
}

/// Undoes [`escape_value`]; `None` when an escape is malformed.
pub fn unescape_value(s: &str) -> Option<String> {
    if s == "%" {
        return Some(String::new());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Escapes a note for one `.ann` line.
pub fn escape_note(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// Undoes [`escape_note`] (an unknown escape is kept as it is).
pub fn unescape_note(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            // An unknown escape, or a lone backslash at the end, is kept as written.
            other => {
                out.push('\\');
                out.extend(other);
            }
        }
    }
    out
}

/// The document as brat can hold it: a span of nothing but line breaks has no fragment a `.ann`
/// line can quote, so it is left out, with the claims that name it (and claims nested in those);
/// the second value says what was left out.
pub fn writable<'a>(doc: &ExportDocument<'a>) -> (ExportDocument<'a>, Vec<String>) {
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
            left_out.push(format!(
                "span {} of {} (brat): it holds only line breaks",
                s.id, doc.document.id
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
                left_out.push(format!(
                    "claim {} of {} (brat): a span it names holds only line breaks",
                    c.id, doc.document.id
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
    let mut out = t;
    for (prefix, lines) in [("R", r), ("A", a), ("N", n), ("#", notes)] {
        for (i, line) in lines.iter().enumerate() {
            let _ = writeln!(out, "{prefix}{}\t{line}", i + 1);
        }
    }
    out
}

/// The generated `annotation.conf`: every label of the schema (and any other label used), the
/// claim frame and its relations, and the attributes: a claim's with every value it can take, so
/// a brat user can pick any of them; a span's with the values that occur (the schema does not
/// list them).
pub fn annotation_conf(
    types: &BratTypes,
    attributes: &BTreeMap<String, BTreeSet<String>>,
) -> String {
    let mut out = String::from(
        "# Written by hashiya. Offsets in the .ann files are Unicode code points into the .txt \
         files (UTF-8, LF line endings).\n[entities]\n",
    );
    for ty in types.types().chain([CLAIM_TYPE]) {
        let _ = writeln!(out, "{ty}");
    }
    let _ = write!(
        out,
        "\n[relations]\nContent\tArg1:{CLAIM_TYPE}, Arg2:<ENTITY>\n\
         Claimant\tArg1:{CLAIM_TYPE}, Arg2:<ENTITY>\nHasCue\tArg1:{CLAIM_TYPE}, Arg2:<ENTITY>\n\
         NestedIn\tArg1:{CLAIM_TYPE}, Arg2:{CLAIM_TYPE}\n\
         <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n",
    );
    let mut attributes = attributes.clone();
    for (name, values) in claim_attribute_values() {
        attributes
            .entry(name.to_owned())
            .or_default()
            .extend(values.into_iter().map(str::to_owned));
    }
    for (name, values) in &attributes {
        let arg = if CLAIM_ATTRIBUTES.contains(&name.as_str()) {
            CLAIM_TYPE
        } else {
            "<ENTITY>"
        };
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        let _ = writeln!(out, "{name}\tArg:{arg}, Value:{}", values.join("|"));
    }
    out
}

/// The attributes written on claim frames.
const CLAIM_ATTRIBUTES: [&str; 5] = [
    "Certainty",
    "Polarity",
    "QuoteMode",
    "ClaimantKind",
    "StatementDate",
];

/// Every value of each claim attribute with a closed set of them (a statement date is free).
fn claim_attribute_values() -> [(&'static str, Vec<&'static str>); 4] {
    [
        (
            "Certainty",
            Certainty::ALL.into_iter().map(certainty_name).collect(),
        ),
        (
            "Polarity",
            Polarity::ALL.into_iter().map(polarity_name).collect(),
        ),
        (
            "QuoteMode",
            QuoteMode::ALL.into_iter().map(quote_mode_name).collect(),
        ),
        ("ClaimantKind", CLAIMANT_KINDS.to_vec()),
    ]
}

/// The `ClaimantKind` values: who claims when no span of the document names them.
pub const CLAIMANT_KINDS: [&str; 3] = ["Anonymous", "Entity", "Outlet"];

impl Exporter for Brat {
    fn format(&self) -> ExportFormat {
        ExportFormat::Brat
    }

    fn write(
        &self,
        corpus: &Corpus<'_>,
        out: &Path,
        progress: &mut Progress<'_>,
    ) -> Result<Vec<String>, ExportError> {
        super::create_folder(out)?;
        let types = BratTypes::of_schema(&corpus.project.schema, &corpus.labels_used());
        let mut attributes = BTreeMap::new();
        let mut left_out = Vec::new();
        for doc in &corpus.documents {
            let (txt, ann) = files_of(out, &doc.document.id);
            if let Some(parent) = txt.parent() {
                super::create_folder(parent)?;
            }
            let (doc, dropped) = writable(doc);
            left_out.extend(dropped);
            super::write_file(&txt, doc.text.as_bytes())?;
            super::write_file(
                &ann,
                ann_file(corpus, &doc, &types, &mut attributes).as_bytes(),
            )?;
            progress.step()?;
        }
        write_atomic(
            &out.join("annotation.conf"),
            annotation_conf(&types, &attributes).as_bytes(),
        )?;
        Ok(left_out)
    }

    fn check(&self, corpus: &Corpus<'_>, out: &Path) -> Result<Vec<CheckProblem>, ExportError> {
        let mut problems = Vec::new();
        for doc in &corpus.documents {
            let (txt, ann) = files_of(out, &doc.document.id);
            let doc = &writable(doc).0;
            let written = super::read_back(&txt)?;
            if written != doc.text {
                problems.push(CheckProblem {
                    location: txt.display().to_string(),
                    message: format!("differs from the text of {}", doc.document.id),
                });
                continue;
            }
            for (n, line) in super::read_back(&ann)?.lines().enumerate() {
                let location = || format!("{}:{}", ann.display(), n + 1);
                let Some(rest) = line.strip_prefix('T') else {
                    continue;
                };
                let mut fields = rest.splitn(3, '\t');
                let (_, bound, quoted) = (fields.next(), fields.next(), fields.next());
                let parsed = bound.and_then(|b| parse_text_bound(b).map(|(_, f)| f));
                let (Some(frags), Some(quoted)) = (parsed, quoted) else {
                    problems.push(CheckProblem {
                        location: location(),
                        message: "not a well-formed text-bound annotation".to_owned(),
                    });
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
                    problems.push(CheckProblem {
                        location: location(),
                        message: format!(
                            "quotes {quoted:?} but the text at its offsets is {:?}",
                            slices.join(" ")
                        ),
                    });
                }
            }
        }
        Ok(problems)
    }
}

/// Parses `TYPE start end[;start end…]` into the type and the fragments.
pub fn parse_text_bound(bound: &str) -> Option<(&str, Vec<(usize, usize)>)> {
    let (ty, offsets) = bound.split_once(' ')?;
    let mut frags = Vec::new();
    for frag in offsets.split(';') {
        let (s, e) = frag.trim().split_once(' ')?;
        frags.push((s.parse().ok()?, e.parse().ok()?));
    }
    Some((ty, frags))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brat_types_differ_ignoring_case_and_from_the_claim_frame() {
        let ids = [
            "CLAIM",
            "per",
            "PER",
            "a b",
            "a_b",
            "ClaimFrame",
            "Claim",
            "per",
        ]
        .map(|id| LabelId(id.into()));
        let types = BratTypes::new(&ids);
        let all: Vec<&str> = types.types().collect();
        assert_eq!(
            all,
            [
                "CLAIM",
                "per",
                "PER_2",
                "a_b",
                "a_b_2",
                "ClaimFrame_2",
                "Claim_2"
            ]
        );
        assert_eq!(types.type_of(&LabelId("a b".into())), "a_b");
        assert_eq!(types.label_of("PER_2"), Some(&LabelId("PER".into())));
        assert_eq!(types.label_of("Claim"), None, "a claim frame, not a label");
        assert_eq!(types.type_of(&LabelId("not there".into())), "not_there");
        assert!(is_claim_frame(CLAIM_TYPE) && is_claim_frame("Claim") && !is_claim_frame("CLAIM"));
    }

    #[test]
    fn annotation_conf_offers_every_value_of_a_claim_attribute() {
        let types = BratTypes::new(&[LabelId("PER".into()), LabelId("CLAIM".into())]);
        let used = BTreeMap::from([
            (
                "Polarity".to_owned(),
                BTreeSet::from(["Asserts".to_owned()]),
            ),
            ("source".to_owned(), BTreeSet::from(["wire".to_owned()])),
        ]);
        let conf = annotation_conf(&types, &used);
        for line in [
            "[entities]\nPER\nCLAIM\nClaimFrame\n",
            "Certainty\tArg:ClaimFrame, Value:Certain|Possible|Probable|Unknown\n",
            "ClaimantKind\tArg:ClaimFrame, Value:Anonymous|Entity|Outlet\n",
            "Polarity\tArg:ClaimFrame, Value:Asserts|Denies\n",
            "QuoteMode\tArg:ClaimFrame, Value:Direct|Indirect|Mixed\n",
            "source\tArg:<ENTITY>, Value:wire\n",
            "Content\tArg1:ClaimFrame, Arg2:<ENTITY>\n",
        ] {
            assert!(conf.contains(line), "{line:?} missing from\n{conf}");
        }
        assert!(
            !conf.contains("StatementDate"),
            "no date, no values to offer"
        );
    }
}
