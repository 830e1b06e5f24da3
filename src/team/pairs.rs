//! Two projects' documents as the inputs of [`super::agreement`]: the word tokens of each text
//! (UAX #29 word boundaries, whitespace left out, in chars) and each analyst's spans with their
//! label's name.
//!
//! Only documents that at least one analyst annotated are compared: a document neither has
//! touched yet says nothing about agreement, and its unlabelled words would inflate κ.

use unicode_segmentation::UnicodeSegmentation as _;

use super::agreement::{DocumentPair, Unit};
use crate::model::{DocId, Project};

/// The word tokens of `text` as char ranges, sorted and disjoint.
pub fn word_tokens(text: &str) -> Vec<(usize, usize)> {
    let mut tokens = Vec::new();
    let mut at = 0;
    for segment in text.split_word_bounds() {
        let len = segment.chars().count();
        let mut run: Option<usize> = None;
        for (i, c) in segment.chars().enumerate() {
            match (c.is_whitespace(), run) {
                (false, None) => run = Some(at + i),
                (true, Some(start)) => {
                    tokens.push((start, at + i));
                    run = None;
                }
                _ => {}
            }
        }
        if let Some(start) = run {
            tokens.push((start, at + len));
        }
        at += len;
    }
    tokens
}

/// One [`DocumentPair`] per document of `mine` that either project annotated and whose text
/// `text_of` gives; `a` is mine, `b` theirs. Labels are named as `mine`'s schema names them.
pub fn document_pairs<'t>(
    mine: &Project,
    theirs: &Project,
    text_of: impl Fn(&DocId) -> Option<&'t str>,
) -> Vec<DocumentPair> {
    let label_name = |id: &crate::model::LabelId| {
        mine.schema
            .label(id)
            .or_else(|| theirs.schema.label(id))
            .map_or_else(|| id.0.clone(), |l| l.name.clone())
    };
    let units = |project: &Project, doc: &DocId| -> Vec<Unit> {
        project
            .annotations
            .spans(doc)
            .iter()
            .map(|s| Unit {
                start: s.start,
                end: s.end,
                label: label_name(&s.label),
            })
            .collect()
    };
    mine.documents
        .iter()
        .filter(|d| {
            !mine.annotations.spans(&d.id).is_empty() || !theirs.annotations.spans(&d.id).is_empty()
        })
        .filter_map(|d| {
            let text = text_of(&d.id)?;
            let outlet = mine.outlet_name(&d.outlet);
            Some(DocumentPair {
                name: d.path.clone(),
                outlet: (!outlet.is_empty()).then(|| outlet.to_owned()),
                len: text.chars().count(),
                tokens: word_tokens(text),
                a: units(mine, &d.id),
                b: units(theirs, &d.id),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_words_without_spaces() {
        let text = "قال «محمد» 12 شخصاً.";
        let words: Vec<String> = word_tokens(text)
            .into_iter()
            .map(|(s, e)| text.chars().skip(s).take(e - s).collect())
            .collect();
        assert_eq!(words, ["قال", "«", "محمد", "»", "12", "شخصاً", "."]);
    }
}
