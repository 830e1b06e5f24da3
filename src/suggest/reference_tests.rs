//! The mentions proposed for generated documents are those of a plain reference: every known
//! form (and its «لـ» reading) looked for at every char of the normalised text, kept where it
//! starts a word or follows proclitics and ends a word, then chosen among the overlapping ones by
//! sorting all of them at once — what the trie of word segments and the choice per group of
//! overlapping forms do faster.

#![expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error"
)]

use std::collections::BTreeMap;

use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation as _;

use super::learned::{Entry, learned_forms};
use super::registry::registry_forms;
use super::*;
use crate::model::{Annotations, Document, Entity, EntityId, LabelId, Span, SpanId};
use crate::text::normalize::{NormalizeOptions, is_proclitic_prefix, normalize};

/// Words of the generated documents: names with and without the article and proclitics,
/// reporting verbs, particles, a Latin name and digits.
const WORDS: &[&str] = &[
    "الجيش",
    "للجيش",
    "والجيش",
    "بالجيش",
    "جيش",
    "لجيش",
    "داعش",
    "لداعش",
    "وداعش",
    "وزارة",
    "الصحة",
    "الصحه",
    "وِزارةُ",
    "قال",
    "وقالت",
    "إن",
    "أن",
    "في",
    "مدينة",
    "حلب",
    "بحلب",
    "كحلب",
    "الأمم",
    "المتحدة",
    "OCHA",
    "2024",
];
const PUNCTUATION: &[&str] = &[" ", " ", " ", " ", "، ", ". ", " «", "» ", "\n"];
const LABELS: &[&str] = &["ORG", "GPE", "ARMED"];

/// A document: words with what comes after each.
fn document() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (
            proptest::sample::select(WORDS),
            proptest::sample::select(PUNCTUATION),
        ),
        1..30,
    )
    .prop_map(|words| words.into_iter().flat_map(|(w, p)| [w, p]).collect())
}

/// Char ranges of runs of one to three whitespace-separated words of `text`.
fn word_runs(text: &str) -> Vec<(usize, usize)> {
    let words = crate::synth::word_ranges(text);
    let mut runs = Vec::new();
    for (i, w) in words.iter().enumerate() {
        for n in 0..3 {
            if let Some(last) = words.get(i + n) {
                runs.push((w.start, last.end));
            }
        }
    }
    runs
}

/// A project of `texts`, the runs picked by `picks` labelled (in the first documents only,
/// the last one left for suggesting), and entities named by `names`.
fn project(texts: &[String], picks: &[(usize, usize, usize)], names: &[(usize, usize)]) -> Project {
    let mut spans = Vec::new();
    for &(doc, run, label) in picks {
        let doc = doc % (texts.len() - 1);
        let runs = word_runs(&texts[doc]);
        let Some(&(start, end)) = runs.get(run % runs.len().max(1)) else {
            continue;
        };
        let quote: String = texts[doc].chars().skip(start).take(end - start).collect();
        spans.push((
            DocId(format!("d{doc}")),
            Span::new(
                SpanId::fresh(),
                start,
                end,
                LabelId(LABELS[label % LABELS.len()].into()),
                &quote,
            ),
        ));
    }
    // Spans of one document must not repeat a range with the same label.
    spans.sort_by(|a, b| (&a.0, a.1.start, a.1.end).cmp(&(&b.0, b.1.start, b.1.end)));
    spans.dedup_by(|a, b| a.0 == b.0 && (a.1.start, a.1.end) == (b.1.start, b.1.end));
    let mut p = Project {
        documents: (0..texts.len())
            .map(|i| Document::new(DocId(format!("d{i}")), format!("d{i}.txt")))
            .collect(),
        annotations: Annotations::from_spans(spans).unwrap(),
        ..Project::default()
    };
    for (k, &(word, label)) in names.iter().enumerate() {
        let id = EntityId(format!("e{k}"));
        let mut entity = Entity::new(
            id.clone(),
            WORDS[word % WORDS.len()],
            LabelId(LABELS[label % LABELS.len()].into()),
        );
        entity.add_alias(format!(
            "{} {}",
            WORDS[(word + 1) % WORDS.len()],
            WORDS[(word + 2) % WORDS.len()]
        ));
        p.entities.insert(id, entity);
    }
    p
}

/// What a mention suggestion is: range, label, entity, score, source.
type Mention = (usize, usize, String, Option<String>, u32, Source);

fn mentions(suggestions: &[Suggestion]) -> Vec<Mention> {
    suggestions
        .iter()
        .filter_map(|s| match &s.kind {
            Kind::Span { label, entity } => Some((
                s.start(),
                s.end(),
                label.0.clone(),
                entity.as_ref().map(|e| e.as_str().to_owned()),
                s.score.to_bits(),
                s.source,
            )),
            _ => None,
        })
        .collect()
}

/// Letters a proclitic is written with.
const PROCLITIC_LETTERS: [char; 7] = ['و', 'ف', 'ب', 'ك', 'ل', 'ا', 'ٱ'];

/// Where a form may start in a word segment `word`: its start, and after each prefix of
/// proclitic letters (and no other letter) that reads as proclitics only; with whether that
/// prefix ends in ل.
fn starts_in(word: &str) -> Vec<(usize, bool)> {
    let mut out = vec![(0, false)];
    if !word.starts_with(PROCLITIC_LETTERS) {
        return out;
    }
    for (k, (at, _)) in word.char_indices().enumerate().skip(1) {
        let prefix = &word[..at];
        if !prefix.chars().all(|c| PROCLITIC_LETTERS.contains(&c)) {
            break;
        }
        if is_proclitic_prefix(prefix) {
            out.push((k, prefix.ends_with('ل')));
        }
    }
    out
}

/// Every occurrence of the forms of `forms` in `text`, as the module docs of `learned` describe
/// them, in the order the forms come, then by place.
fn reference_found(forms: &BTreeMap<String, Entry>, text: &str) -> Vec<(usize, usize, Entry)> {
    let norm = normalize(text, &NormalizeOptions::MATCHING);
    let chars: Vec<char> = norm.text().chars().collect();
    // Word segments as (start, end) in normalised chars.
    let mut segments = Vec::new();
    let mut at = 0;
    for segment in norm.text().split_word_bounds() {
        let n = segment.chars().count();
        segments.push((at, at + n, segment));
        at += n;
    }
    let mut starts: Vec<(usize, bool)> = Vec::new();
    for &(start, _, segment) in &segments {
        if segment.starts_with(char::is_whitespace) {
            continue;
        }
        starts.extend(
            starts_in(segment)
                .into_iter()
                .map(|(k, lam)| (start + k, lam)),
        );
    }
    let ends: BTreeSet<usize> = segments.iter().map(|&(_, end, _)| end).collect();
    let mut found = Vec::new();
    for (key, entry) in forms {
        if key.chars().count() < 2 {
            continue;
        }
        let mut patterns = Vec::new();
        if let Some(rest) = key.strip_prefix("ال")
            && rest.chars().count() >= 2
        {
            patterns.push((format!("ل{rest}"), true));
        }
        patterns.push((key.clone(), false));
        for (pattern, after_lam) in patterns {
            let pattern: Vec<char> = pattern.chars().collect();
            for &(start, lam) in &starts {
                let end = start + pattern.len();
                if (after_lam && !lam)
                    || chars.get(start..end) != Some(pattern.as_slice())
                    || !ends.contains(&end)
                    || !norm.is_boundary(start)
                    || !norm.is_boundary(end)
                {
                    continue;
                }
                let range = norm.to_original(start..end);
                found.push((range.start, range.end, entry.clone()));
            }
        }
    }
    found
}

/// The mentions of document `index`: each index's finds in reading order (stable, so the
/// forms' order stays at one place), all of them sorted longest first, the surer, the earlier,
/// the learned, the found first; chosen unless labelled or overlapping one chosen before.
fn reference_mentions(p: &Project, index: usize, text: &str) -> Vec<Mention> {
    let len = text.chars().count();
    let mut labelled = vec![false; len];
    for s in p.annotations.spans(&p.documents[index].id) {
        labelled[s.start..s.end].fill(true);
    }
    let mut pool = Vec::new();
    for (forms, source) in [
        (learned_forms(p, MatchOptions::ARABIC), Source::Learned),
        (registry_forms(p, MatchOptions::ARABIC), Source::Registry),
    ] {
        let mut found = reference_found(&forms, text);
        found.sort_by_key(|f| (f.0, f.1));
        for (start, end, entry) in found {
            if !labelled[start..end].iter().any(|&c| c) {
                pool.push((start, end, entry, source, pool.len()));
            }
        }
    }
    pool.sort_by(|a, b| {
        (b.1 - b.0)
            .cmp(&(a.1 - a.0))
            .then(b.2.score.total_cmp(&a.2.score))
            .then(a.0.cmp(&b.0))
            .then(a.3.cmp(&b.3))
            .then(a.4.cmp(&b.4))
    });
    let mut chosen: Vec<Mention> = Vec::new();
    for (start, end, entry, source, _) in pool {
        if let Some(same) = chosen.iter_mut().find(|m| (m.0, m.1) == (start, end)) {
            if same.3.is_none() {
                same.3 = entry.entity.as_ref().map(|e| e.as_str().to_owned());
            }
            continue;
        }
        if chosen.iter().any(|m| m.0 < end && start < m.1) {
            continue;
        }
        chosen.push((
            start,
            end,
            entry.label.0.clone(),
            entry.entity.as_ref().map(|e| e.as_str().to_owned()),
            entry.score.to_bits(),
            source,
        ));
    }
    chosen.sort_by_key(|m| m.0);
    chosen
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn mentions_are_those_of_the_plain_reference(
        texts in proptest::collection::vec(document(), 2..5),
        picks in proptest::collection::vec((0..4usize, 0..90usize, 0..3usize), 0..12),
        names in proptest::collection::vec((0..WORDS.len(), 0..3usize), 0..3),
    ) {
        let p = project(&texts, &picks, &names);
        let suggester = Suggester::new(&p, SuggestOptions::default());
        for (i, text) in texts.iter().enumerate() {
            let got = mentions(&suggester.document(i, text));
            prop_assert_eq!(got, reference_mentions(&p, i, text), "document {}: {:?}", i, text);
        }
    }
}
