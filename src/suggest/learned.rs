//! Learned mentions: every surface form the analyst has labelled is proposed wherever it occurs
//! unlabelled, with its label and entity link.
//!
//! Forms are compared after [`normalize`] with [`NormalizeOptions::MATCHING`] (harakat, alef and
//! yeh variants, ة/ه, tatweel), and a form may sit behind proclitics (و ف, then ب ك ل, then ال):
//! «داعش» is found in «لداعش», «الجيش» in «وللجيش» (where ل + ال is written «لل»). A match
//! starts and ends on UAX #29 word boundaries of the normalised text, or starts right after a
//! proclitic prefix of its word, and never splits a grapheme cluster of the original.
//!
//! All forms go into one Aho-Corasick automaton built once per project ([`FormIndex`]), so a
//! document is scanned once whatever the number of forms. The same index, built from the entity
//! registry, serves [`super::registry`]; built without normalisation or proclitics, it is the
//! plain string matching the benchmark compares with.

use std::collections::{BTreeMap, HashMap};

use aho_corasick::{AhoCorasick, MatchKind};
use unicode_segmentation::UnicodeSegmentation as _;

use crate::model::{EntityId, LabelId, Project, Schema};
use crate::text::normalize::{NormalizeOptions, Normalized, is_proclitic_prefix, normalize};

/// Score of a form always labelled the same way; a form labelled inconsistently gets this times
/// the share of its majority label.
pub const CONSISTENT_SCORE: f32 = 0.9;

/// Forms shorter than this (in chars, once normalised) are not proposed: a single letter is
/// more often a proclitic or an abbreviation than the name it once stood for.
const MIN_FORM_CHARS: usize = 2;

/// How forms are compared with the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatchOptions {
    /// Compare normalised forms (else the exact characters).
    pub normalise: bool,
    /// Find forms behind proclitics (else only at word starts).
    pub proclitics: bool,
}

impl MatchOptions {
    /// What the suggesters use.
    pub const ARABIC: Self = Self {
        normalise: true,
        proclitics: true,
    };
    /// Exact string matching at word boundaries, as other annotation tools recommend.
    pub const EXACT: Self = Self {
        normalise: false,
        proclitics: false,
    };

    fn normalize_options(self) -> NormalizeOptions {
        if self.normalise {
            NormalizeOptions::MATCHING
        } else {
            NormalizeOptions::NONE
        }
    }
}

/// What a form proposes.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub label: LabelId,
    pub entity: Option<EntityId>,
    pub score: f32,
}

/// One pattern of the automaton.
#[derive(Debug, Clone, Copy)]
struct Pattern {
    entry: usize,
    /// The form «الX» written «لX» after the preposition ل («للجيش»): only valid right after a
    /// proclitic prefix ending in ل.
    after_lam: bool,
}

/// A form found in a document: original char offsets `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found<'i> {
    pub start: usize,
    pub end: usize,
    pub entry: &'i Entry,
}

/// Every known form of a project in one automaton; see the module docs.
#[derive(Debug, Clone)]
pub struct FormIndex {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    entries: Vec<Entry>,
    options: MatchOptions,
}

/// A document's text prepared once for every index of the same options: normalised, with its
/// word boundaries.
#[derive(Debug)]
pub struct Prepared {
    norm: Normalized,
    /// Byte offsets into the normalised text where a UAX #29 word segment starts (and its end).
    boundaries: Vec<usize>,
    /// Char offset at each byte offset of the normalised text that starts a char (and at its
    /// end); `u32::MAX` inside a char.
    char_at: Vec<u32>,
}

impl Prepared {
    pub fn new(text: &str, options: MatchOptions) -> Self {
        let norm = normalize(text, &options.normalize_options());
        let normalised = norm.text();
        let mut boundaries: Vec<usize> = normalised
            .split_word_bound_indices()
            .map(|(at, _)| at)
            .collect();
        boundaries.push(normalised.len());
        let mut char_at = vec![u32::MAX; normalised.len() + 1];
        for (index, byte) in normalised
            .char_indices()
            .map(|(byte, _)| byte)
            .chain(std::iter::once(normalised.len()))
            .enumerate()
        {
            char_at[byte] = u32::try_from(index).unwrap_or(u32::MAX);
        }
        Self {
            norm,
            boundaries,
            char_at,
        }
    }

    pub fn normalized(&self) -> &Normalized {
        &self.norm
    }

    fn char_index(&self, byte: usize) -> Option<usize> {
        self.char_at
            .get(byte)
            .filter(|&&c| c != u32::MAX)
            .map(|&c| c as usize)
    }

    fn is_word_boundary(&self, byte: usize) -> bool {
        self.boundaries.binary_search(&byte).is_ok()
    }

    /// Where the word segment holding `byte` starts.
    fn segment_start(&self, byte: usize) -> usize {
        let at = self.boundaries.partition_point(|&b| b <= byte);
        at.checked_sub(1).map_or(0, |i| self.boundaries[i])
    }
}

/// The key a form is indexed by: normalised (when asked), white space collapsed to one space.
pub fn form_key(form: &str, options: MatchOptions) -> String {
    let norm = normalize(form, &options.normalize_options());
    norm.text().split_whitespace().collect::<Vec<_>>().join(" ")
}

impl FormIndex {
    /// An index of `forms` (form → what it proposes).
    pub fn new(forms: BTreeMap<String, Entry>, options: MatchOptions) -> Self {
        let mut keys: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        let mut entries = Vec::new();
        for (key, entry) in forms {
            if key.chars().count() < MIN_FORM_CHARS {
                continue;
            }
            let index = entries.len();
            entries.push(entry);
            if options.proclitics
                && let Some(rest) = key.strip_prefix("ال")
                && rest.chars().count() >= MIN_FORM_CHARS
            {
                keys.push(format!("ل{rest}"));
                patterns.push(Pattern {
                    entry: index,
                    after_lam: true,
                });
            }
            keys.push(key);
            patterns.push(Pattern {
                entry: index,
                after_lam: false,
            });
        }
        // Overlapping matches need the standard semantics; which one wins is decided later,
        // at word boundaries, longest first.
        let automaton = if keys.is_empty() {
            None
        } else {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&keys)
                .ok()
        };
        Self {
            automaton,
            patterns,
            entries,
            options,
        }
    }

    pub fn options(&self) -> MatchOptions {
        self.options
    }

    /// How many forms it knows.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every occurrence of a known form in `doc` at word boundaries (overlapping ones included),
    /// in original char offsets, sorted by position.
    pub fn find<'i>(&'i self, doc: &Prepared) -> Vec<Found<'i>> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let normalised = doc.norm.text();
        let mut found = Vec::new();
        for hit in automaton.find_overlapping_iter(normalised) {
            let pattern = self.patterns[hit.pattern().as_usize()];
            let (start, end) = (hit.start(), hit.end());
            if !doc.is_word_boundary(end) || !self.starts_well(doc, start, pattern) {
                continue;
            }
            let (Some(cs), Some(ce)) = (doc.char_index(start), doc.char_index(end)) else {
                continue;
            };
            if !doc.norm.is_boundary(cs) || !doc.norm.is_boundary(ce) {
                continue;
            }
            let range = doc.norm.to_original(cs..ce);
            found.push(Found {
                start: range.start,
                end: range.end,
                entry: &self.entries[pattern.entry],
            });
        }
        found.sort_by_key(|f| (f.start, f.end));
        found
    }

    fn starts_well(&self, doc: &Prepared, start: usize, pattern: Pattern) -> bool {
        if !pattern.after_lam && doc.is_word_boundary(start) {
            return true;
        }
        if !self.options.proclitics {
            return false;
        }
        let word = doc.segment_start(start);
        let prefix = &doc.norm.text()[word..start];
        !prefix.is_empty()
            && prefix.chars().all(char::is_alphabetic)
            && is_proclitic_prefix(prefix)
            && (!pattern.after_lam || prefix.ends_with('ل'))
    }
}

/// How often a form was labelled with each label, and linked to each entity.
#[derive(Debug, Default)]
struct Tally {
    labels: BTreeMap<LabelId, usize>,
    entities: BTreeMap<(LabelId, EntityId), usize>,
}

/// The forms of every span of `project` labelled with a kind of thing (claim roles — content,
/// claimant, cue — are proposed by the attribution suggester instead), each with its majority
/// label (ties go to the label first in ID order), the entity most often linked under that label,
/// and a score lowered by the share of the other labels.
pub fn learned_forms(project: &Project, options: MatchOptions) -> BTreeMap<String, Entry> {
    let mut tallies: HashMap<String, Tally> = HashMap::new();
    for (_, span) in project.annotations.all_spans() {
        if Schema::is_claim_role(&span.label) {
            continue;
        }
        let tally = tallies.entry(form_key(&span.quote, options)).or_default();
        *tally.labels.entry(span.label.clone()).or_default() += 1;
        if let Some(entity) = &span.entity {
            *tally
                .entities
                .entry((span.label.clone(), entity.clone()))
                .or_default() += 1;
        }
    }
    tallies
        .into_iter()
        .filter_map(|(key, tally)| {
            let total: usize = tally.labels.values().sum();
            let (label, count) = tally
                .labels
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))?;
            let entity = tally
                .entities
                .iter()
                .filter(|((l, _), _)| l == label)
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|((_, e), _)| e.clone());
            let share = *count as f32 / total as f32;
            Some((
                key,
                Entry {
                    label: label.clone(),
                    entity,
                    score: CONSISTENT_SCORE * share,
                },
            ))
        })
        .collect()
}

/// The learned suggester's index for `project`.
pub fn learned_index(project: &Project, options: MatchOptions) -> FormIndex {
    FormIndex::new(learned_forms(project, options), options)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(label: &str) -> Entry {
        Entry {
            label: LabelId(label.into()),
            entity: None,
            score: CONSISTENT_SCORE,
        }
    }

    fn found(forms: &[(&str, &str)], text: &str, options: MatchOptions) -> Vec<(String, String)> {
        let index = FormIndex::new(
            forms
                .iter()
                .map(|(f, l)| (form_key(f, options), entry(l)))
                .collect(),
            options,
        );
        let chars: Vec<char> = text.chars().collect();
        index
            .find(&Prepared::new(text, options))
            .into_iter()
            .map(|f| {
                (
                    chars[f.start..f.end].iter().collect(),
                    f.entry.label.0.clone(),
                )
            })
            .collect()
    }

    fn pair(text: &str, label: &str) -> (String, String) {
        (text.to_owned(), label.to_owned())
    }

    #[test]
    fn a_form_is_found_behind_proclitics() {
        let hits = found(
            &[("داعش", "ARMED")],
            "أعلن التحالف الحرب لداعش وقال إن داعش انسحب",
            MatchOptions::ARABIC,
        );
        assert_eq!(hits, [pair("داعش", "ARMED"), pair("داعش", "ARMED")]);
    }

    #[test]
    fn a_form_with_the_article_is_found_after_lam() {
        let hits = found(
            &[("الجيش", "ARMED")],
            "قدم الدعم للجيش ثم انسحب الجيش",
            MatchOptions::ARABIC,
        );
        assert_eq!(hits, [pair("لجيش", "ARMED"), pair("الجيش", "ARMED")]);
    }

    #[test]
    fn a_form_inside_a_longer_word_is_not_found() {
        // «مصر» inside «مصرف» (a bank), and «سلم» after «ا» which is no proclitic.
        let hits = found(
            &[("مصر", "GPE"), ("سلم", "PER")],
            "افتتح مصرف جديد واستلم الوفد",
            MatchOptions::ARABIC,
        );
        assert!(hits.is_empty(), "{hits:?}");
    }

    #[test]
    fn spelling_variants_and_harakat_fold_away_and_the_original_is_covered() {
        let hits = found(
            &[("وزارة الصحة", "ORG")],
            "وأكدت وِزارةُ الصحه ذلك",
            MatchOptions::ARABIC,
        );
        assert_eq!(hits, [pair("وِزارةُ الصحه", "ORG")]);
    }

    #[test]
    fn exact_matching_takes_neither_proclitics_nor_variants() {
        let text = "قال إن داعش هاجم ثم انسحب لداعش وزارة الصحه";
        let hits = found(
            &[("داعش", "ARMED"), ("وزارة الصحة", "ORG")],
            text,
            MatchOptions::EXACT,
        );
        assert_eq!(hits, [pair("داعش", "ARMED")]);
    }

    #[test]
    fn an_inconsistent_form_proposes_its_majority_label_with_a_lower_score() {
        use crate::model::{Annotations, DocId, Span, SpanId};
        let span = |id: &str, label: &str| {
            (
                DocId("d".into()),
                Span::new(SpanId(id.into()), 0, 4, LabelId(label.into()), "حماة"),
            )
        };
        let project = Project {
            annotations: Annotations::from_spans(vec![
                span("1", "GPE"),
                span("2", "GPE"),
                span("3", "PER"),
            ])
            .expect("valid spans"),
            ..Project::default()
        };
        let forms = learned_forms(&project, MatchOptions::ARABIC);
        let entry = &forms["حماه"];
        assert_eq!(entry.label.0, "GPE");
        assert!((entry.score - CONSISTENT_SCORE * 2.0 / 3.0).abs() < 1e-6);
    }
}
