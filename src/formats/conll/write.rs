//! `CoNLL` with IOB2 tags: one token per line, the token then one tag column per layer, separated by
//! tabs; a blank line between sentences; `-DOCSTART-` (and a blank line) before each document.
//!
//! # Tokenisation (documented, so others can reproduce it)
//! 1. Sentences are the Unicode sentence segments of the text (UAX #29: after `.` `!` `?` `؟`
//!    and at line breaks), except that a boundary falling inside an exported span is dropped, so
//!    a span never straddles two sentences.
//! 2. Tokens are the Unicode word segments (UAX #29) with whitespace removed: a run of letters,
//!    digits and their marks (harakat, ZWNJ, bidi marks stay with their word) is one token, each
//!    punctuation mark is its own token («، » ( …).
//! 3. A token is split at every edge of an exported span, so each span is a whole number of
//!    tokens (e.g. «لـ«الأفق»» with «الأفق» marked).
//! 4. With `split_proclitics`, a token that begins with a proclitic (و ف, then ب ك ل; the
//!    article ال stays) is split after it, using [`crate::text::graphemes::strip_proclitic`]:
//!    «بدير» → «ب» «دير», «والتحالف» → «و» «التحالف». Without a lexicon this also splits
//!    «بغداد» → «ب» «غداد»; it is an option for that reason.
//!
//! # Tags
//! Strict IOB2: `B-LABEL` on the first token of a span, `I-LABEL` on the others, `O` outside
//! (whitespace in a label becomes `_`). Nested or overlapping spans are spread over layers:
//! reading spans by start (longer first), each goes to the first layer where it overlaps
//! nothing, so outer spans land in layer 0. [`Nested::Columns`] writes every layer as its own
//! column; [`Nested::Layer`] writes one chosen layer and reports the spans left out.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use unicode_segmentation::UnicodeSegmentation as _;

use crate::formats::corpus::{Corpus, ExportDocument};
use crate::formats::writer::{
    CheckProblem, ExportError, ExportFormat, Exporter, Progress, line_of_output, read_back,
};
use crate::intake::decode::Fault;
use crate::model::{Span, merge_overlapping};
use crate::store::write_atomic;
use crate::text::graphemes;

/// How nested spans are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nested {
    /// One tag column per layer (as many as the most deeply nested document needs).
    Columns,
    /// Only this layer (0 = outermost spans), one tag column.
    Layer(usize),
}

impl Default for Nested {
    fn default() -> Self {
        Self::Layer(0)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ConllOptions {
    /// Split proclitics off tokens (see the module docs).
    pub split_proclitics: bool,
    pub nested: Nested,
}

/// The `CoNLL` IOB2 exporter.
#[derive(Debug, Clone, Copy)]
pub struct Conll {
    options: ConllOptions,
}

impl Conll {
    pub fn new(options: ConllOptions) -> Self {
        Self { options }
    }
}

/// A token: char offsets `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

/// Spreads spans over layers: by start, longer first; each to the first layer it fits.
pub fn layers<'s>(spans: &[&'s Span]) -> Vec<Vec<&'s Span>> {
    let mut sorted: Vec<&Span> = spans.to_vec();
    sorted.sort_by(|a, b| {
        (a.start, std::cmp::Reverse(a.end)).cmp(&(b.start, std::cmp::Reverse(b.end)))
    });
    let mut layers: Vec<Vec<&Span>> = Vec::new();
    for span in sorted {
        match layers
            .iter_mut()
            .find(|layer| layer.last().is_none_or(|last| last.end <= span.start))
        {
            Some(layer) => layer.push(span),
            None => layers.push(vec![span]),
        }
    }
    layers
}

/// The sentences of `doc` as lists of tokens (see the module docs); `spans` are the spans
/// written, whose edges split tokens and hold sentences together.
pub fn tokenise(
    doc: &ExportDocument<'_>,
    spans: &[&Span],
    split_proclitics: bool,
) -> Vec<Vec<Token>> {
    let text = doc.text;
    let mut tokens = Vec::new();
    // Word segments tile the text, so the char offset simply runs on from one to the next.
    let mut at = 0;
    for segment in text.split_word_bounds() {
        let mut run: Option<usize> = None;
        for c in segment.chars() {
            match (c.is_whitespace(), run) {
                (false, None) => run = Some(at),
                (true, Some(start)) => {
                    tokens.push(Token { start, end: at });
                    run = None;
                }
                _ => {}
            }
            at += 1;
        }
        if let Some(start) = run {
            tokens.push(Token { start, end: at });
        }
    }
    let mut cuts: BTreeSet<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
    if split_proclitics {
        for token in &tokens {
            if let Some((stem, _)) = graphemes::strip_proclitic(text, token.start, token.end) {
                cuts.insert(stem);
            }
        }
    }
    let mut split = Vec::with_capacity(tokens.len());
    for token in tokens {
        let mut start = token.start;
        for &cut in cuts.range(token.start + 1..token.end) {
            split.push(Token { start, end: cut });
            start = cut;
        }
        split.push(Token {
            start,
            end: token.end,
        });
    }

    let inside = span_interiors(spans);
    let boundaries: Vec<usize> = text
        .split_sentence_bound_indices()
        .map(|(byte, _)| doc.char_of(byte))
        .filter(|&b| b > 0 && !is_inside(&inside, b))
        .collect();
    let mut sentences: Vec<Vec<Token>> = Vec::new();
    let mut next = boundaries.iter().peekable();
    let mut current = Vec::new();
    for token in split {
        let mut crossed = false;
        while next.peek().is_some_and(|&&b| b <= token.start) {
            next.next();
            crossed = true;
        }
        if crossed && !current.is_empty() {
            sentences.push(std::mem::take(&mut current));
        }
        current.push(token);
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// The offsets strictly inside some span, as sorted disjoint open intervals `(start, end)`: a
/// sentence may not end there. Merged once per document, so that each sentence boundary is
/// one binary search rather than a pass over every span (5,000 in a long article).
fn span_interiors(spans: &[&Span]) -> Vec<(usize, usize)> {
    merge_overlapping(
        spans
            .iter()
            .filter(|s| s.end > s.start + 1)
            .map(|s| (s.start, s.end))
            .collect(),
    )
}

fn is_inside(interiors: &[(usize, usize)], offset: usize) -> bool {
    let before = interiors.partition_point(|&(start, _)| start < offset);
    before > 0 && offset < interiors[before - 1].1
}

/// A label as a tag suffix: whitespace would break the columns.
pub fn tag_label(label: &str) -> String {
    label
        .chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}

/// The span of `layer` (sorted by start, not overlapping) that holds `token`, if any.
fn span_at<'s>(layer: &[&'s Span], token: Token) -> Option<&'s Span> {
    let at = layer.partition_point(|s| s.end <= token.start);
    layer
        .get(at)
        .copied()
        .filter(|span| span.start <= token.start && token.end <= span.end)
}

impl Conll {
    /// One document's lines (its `-DOCSTART-`, then its sentences), and how many nested spans
    /// the chosen layer left out.
    fn document_text(
        &self,
        doc: &ExportDocument<'_>,
        doc_layers: &[Vec<&Span>],
        columns: usize,
    ) -> (String, usize) {
        let mut left_out = 0;
        let mut text = String::new();
        let written: Vec<&[&Span]> = match self.options.nested {
            Nested::Columns => doc_layers.iter().map(Vec::as_slice).collect(),
            Nested::Layer(n) => {
                left_out += doc_layers
                    .iter()
                    .enumerate()
                    .filter(|&(i, _)| i != n)
                    .map(|(_, l)| l.len())
                    .sum::<usize>();
                vec![doc_layers.get(n).map_or(&[][..], Vec::as_slice)]
            }
        };
        let spans: Vec<&Span> = written.iter().flat_map(|l| l.iter().copied()).collect();
        text.push_str("-DOCSTART-");
        for _ in 0..columns {
            text.push_str("\tO");
        }
        text.push_str("\n\n");
        for sentence in tokenise(doc, &spans, self.options.split_proclitics) {
            // The span each column's previous token was in: a token continues a span only
            // after a token of the same span (a span may begin with a space, so its first
            // token need not start where it does).
            let mut previous: Vec<Option<&Span>> = vec![None; columns];
            for token in sentence {
                text.push_str(doc.slice(token.start, token.end).unwrap_or_default());
                for (column, before) in previous.iter_mut().enumerate() {
                    let layer = written.get(column).copied().unwrap_or(&[]);
                    let span = span_at(layer, token);
                    match span {
                        Some(span) => {
                            let prefix = if before.is_some_and(|b| std::ptr::eq(b, span)) {
                                "I-"
                            } else {
                                "B-"
                            };
                            let _ = write!(text, "\t{prefix}{}", tag_label(&span.label.0));
                        }
                        None => text.push_str("\tO"),
                    }
                    *before = span;
                }
                text.push('\n');
            }
            text.push('\n');
        }
        (text, left_out)
    }
}

impl Exporter for Conll {
    fn format(&self) -> ExportFormat {
        ExportFormat::Conll
    }

    fn write(
        &self,
        corpus: &Corpus<'_>,
        out: &Path,
        progress: &mut Progress<'_>,
    ) -> Result<Vec<Fault>, ExportError> {
        let per_doc: Vec<Vec<Vec<&Span>>> =
            corpus.documents.iter().map(|d| layers(&d.spans)).collect();
        let columns = match self.options.nested {
            Nested::Columns => per_doc.iter().map(Vec::len).max().unwrap_or(0).max(1),
            Nested::Layer(_) => 1,
        };
        let mut left_out = 0;
        let mut text = String::new();
        let jobs: Vec<_> = corpus.documents.iter().zip(&per_doc).collect();
        // Documents are independent: each batch is written on every core, then appended in
        // order, with progress and cancelling between batches.
        for batch in jobs.chunks(256) {
            let parts = crate::parallel::map(batch, 16, |&(doc, doc_layers)| {
                self.document_text(doc, doc_layers, columns)
            });
            for (part, skipped) in parts {
                text.push_str(&part);
                left_out += skipped;
                progress.step()?;
            }
        }
        write_atomic(out, text.as_bytes())?;
        let mut report = Vec::new();
        if left_out > 0 {
            report.push(Fault::said(
                "export-left-out-conll-layer",
                &[("count", left_out.into())],
            ));
        }
        let relations = corpus.relations().len();
        if relations > 0 {
            report.push(Fault::said(
                "export-left-out-no-relations",
                &[("count", relations.into()), ("format", "CoNLL".into())],
            ));
        }
        let labelled: Vec<usize> = corpus
            .documents
            .iter()
            .map(|d| crate::formats::doc_labels::pairs(corpus.project, &d.document.id).len())
            .filter(|&n| n > 0)
            .collect();
        if !labelled.is_empty() {
            report.push(Fault::said(
                "export-left-out-no-doc-labels",
                &[
                    ("labels", labelled.iter().sum::<usize>().into()),
                    ("documents", labelled.len().into()),
                    ("format", "CoNLL".into()),
                ],
            ));
        }
        Ok(report)
    }

    fn check(&self, corpus: &Corpus<'_>, out: &Path) -> Result<Vec<CheckProblem>, ExportError> {
        let written = read_back(out)?;
        let columns = written
            .lines()
            .find(|l| !l.is_empty())
            .map(|l| l.split('\t').count());
        // The file cut before each `-DOCSTART-` line, each piece checked on its own core: its
        // tags, and its tokens against the next document's text, in order.
        let pieces = document_pieces(&written);
        let (before_first, pieces) = match pieces.first() {
            Some((_, text)) if !text.starts_with("-DOCSTART-") => (Some(pieces[0]), &pieces[1..]),
            _ => (None, &pieces[..]),
        };
        let mut problems = Vec::new();
        if let Some((first_line, text)) = before_first {
            problems.extend(tag_problems(text, first_line, columns));
            for (n, _) in text.lines().enumerate().filter(|(_, l)| !l.is_empty()) {
                problems.push(CheckProblem::at_line(
                    first_line + n,
                    "export-check-conll-before-first",
                    &[],
                ));
            }
        }
        let numbered: Vec<(usize, (usize, &str))> = pieces.iter().copied().enumerate().collect();
        let checked = crate::parallel::map(&numbered, 1, |&(k, (first_line, text))| {
            let mut problems = tag_problems(text, first_line, columns);
            match corpus.documents.get(k) {
                Some(doc) => problems.extend(token_problems(doc, text, first_line)),
                None => problems.push(CheckProblem::at_line(
                    first_line,
                    "export-check-conll-more-documents",
                    &[],
                )),
            }
            problems
        });
        problems.extend(checked.into_iter().flatten());
        if pieces.len() < corpus.documents.len() {
            problems.push(CheckProblem::at(
                out.display().to_string(),
                "export-check-conll-fewer-documents",
                &[],
            ));
        }
        Ok(problems)
    }
}

/// `text` cut before each line that starts with `-DOCSTART-`, each piece with the (1-based)
/// number of its first line.
fn document_pieces(text: &str) -> Vec<(usize, &str)> {
    let mut pieces = Vec::new();
    let (mut start, mut start_line) = (0, 1);
    let mut at = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if line.starts_with("-DOCSTART-") && at > start {
            pieces.push((start_line, &text[start..at]));
            (start, start_line) = (at, n + 1);
        }
        at += line.len();
    }
    if at > start {
        pieces.push((start_line, &text[start..at]));
    }
    pieces
}

/// [`iob2_problems`] of a piece starting at line `first_line`, whose rows must have `columns`.
fn tag_problems(text: &str, first_line: usize, columns: Option<usize>) -> Vec<CheckProblem> {
    iob2_problems_in(text, columns)
        .into_iter()
        .map(|(line, message)| CheckProblem {
            location: line_of_output(first_line + line - 1),
            message,
        })
        .collect()
}

/// Each token of one document's piece must be the next non-blank piece of its text, and the
/// tokens must reach the end of the text.
fn token_problems(doc: &ExportDocument<'_>, text: &str, first_line: usize) -> Vec<CheckProblem> {
    let mut problems = Vec::new();
    let mut at = 0;
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.is_empty() {
            continue;
        }
        let token = line.split('\t').next().unwrap_or_default();
        let rest = &doc.text[at..];
        let skipped = rest.len() - rest.trim_start().len();
        if rest[skipped..].starts_with(token) && !token.is_empty() {
            at += skipped + token.len();
        } else {
            problems.push(CheckProblem::at_line(
                first_line + n,
                "export-check-conll-token",
                &[
                    ("token", format!("{token:?}").into()),
                    ("doc", doc.document.id.to_string().into()),
                ],
            ));
        }
    }
    if !doc.text[at..].chars().all(char::is_whitespace) {
        problems.push(CheckProblem::at(
            doc.document.id.to_string(),
            "export-check-conll-tokens-stop",
            &[("at", at.into())],
        ));
    }
    problems
}

/// Every line (1-based) of a `CoNLL` text whose tags break strict IOB2: a tag that is not `O`,
/// `B-X` or `I-X`; an `I-X` not preceded (in its column and sentence) by `B-X` or `I-X`; a
/// row with a different number of columns than the first.
pub fn iob2_problems(conll: &str) -> Vec<(usize, Fault)> {
    iob2_problems_in(conll, None)
}

/// [`iob2_problems`] with the number of columns every row must have (`None`: the first row's).
fn iob2_problems_in(conll: &str, columns: Option<usize>) -> Vec<(usize, Fault)> {
    let mut problems = Vec::new();
    let mut columns = columns;
    let mut previous: Vec<String> = Vec::new();
    for (n, line) in conll.lines().enumerate() {
        let line_no = n + 1;
        if line.is_empty() {
            previous.clear();
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let expected = *columns.get_or_insert(fields.len());
        if fields.len() != expected {
            let args = [
                ("found", fields.len().into()),
                ("expected", expected.into()),
            ];
            problems.push((line_no, Fault::said("export-check-conll-columns", &args)));
            continue;
        }
        if fields[0] == "-DOCSTART-" {
            previous.clear();
            continue;
        }
        previous.resize(fields.len() - 1, "O".to_owned());
        for (column, tag) in fields[1..].iter().enumerate() {
            let ok = match tag.split_once('-') {
                _ if *tag == "O" => true,
                Some(("B", label)) => !label.is_empty(),
                Some(("I", label)) => {
                    let before = previous[column].as_str();
                    !label.is_empty()
                        && (before.strip_prefix("B-") == Some(label)
                            || before.strip_prefix("I-") == Some(label))
                }
                _ => false,
            };
            if !ok {
                let args = [
                    ("tag", format!("{tag:?}").into()),
                    ("column", (column + 2).into()),
                    ("previous", format!("{:?}", previous[column]).into()),
                ];
                problems.push((line_no, Fault::said("export-check-conll-tag", &args)));
            }
            (*tag).clone_into(&mut previous[column]);
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::model::{LabelId, SpanId};

    proptest! {
        /// The merged interiors answer exactly what a pass over every span answers.
        #[test]
        fn interiors_agree_with_every_span(
            ranges in prop::collection::vec((0usize..40, 0usize..8), 0..12),
            offset in 0usize..50,
        ) {
            let spans: Vec<Span> = ranges
                .iter()
                .map(|&(start, len)| {
                    Span::new(SpanId::fresh(), start, start + len, LabelId("L".into()), "")
                })
                .collect();
            let refs: Vec<&Span> = spans.iter().collect();
            let naive = spans.iter().any(|s| s.start < offset && offset < s.end);
            prop_assert_eq!(is_inside(&span_interiors(&refs), offset), naive);
        }
    }
}
