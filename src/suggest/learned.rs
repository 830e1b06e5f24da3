//! Learned mentions: every surface form the analyst has labelled is proposed wherever it occurs
//! unlabelled, with its label and entity link.
//!
//! Forms are compared after [`normalize`] with [`NormalizeOptions::MATCHING`] (harakat, alef and
//! yeh variants, ة/ه, tatweel), and a form may sit behind proclitics (و ف, then ب ك ل, then ال):
//! «داعش» is found in «لداعش», «الجيش» in «وللجيش» (where ل + ال is written «لل»). A match
//! starts and ends on UAX #29 word boundaries of the normalised text, or starts right after a
//! proclitic prefix of its word, and never splits a grapheme cluster of the original.
//!
//! All forms go into one trie of word segments built once per project ([`FormIndex`]). A match
//! can only start where a word segment starts or a proclitic prefix ends, and end where a segment
//! ends, so the trie is walked from those places only, one hash lookup per segment, rather than
//! scanning every byte for every form (an Aho-Corasick automaton reports the many forms that
//! occur inside words, only to have them thrown away). Once built, the trie is laid out
//! breadth first, each node's children side by side and sorted by segment: the first levels,
//! where nearly every walk goes and most end, are a small block of memory rather than entries
//! spread over a hash table of every edge. The same index, built from the entity
//! registry, serves [`super::registry`]; built without normalisation or proclitics, it is the
//! plain string matching the benchmark compares with.

use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use unicode_segmentation::UnicodeSegmentation as _;

pub use super::prepared::Prepared;
use crate::model::{EntityId, LabelId, Project, Schema};
use crate::text::normalize::{NormalizeOptions, is_proclitic_prefix, normalize};

/// Score of a form always labelled the same way; a form labelled inconsistently gets this times
/// the share of its majority label.
pub const CONSISTENT_SCORE: f32 = 0.9;

/// Forms shorter than this (in chars, once normalised) are not proposed: a single letter is
/// more often a proclitic or an abbreviation than the name it once stood for.
const MIN_FORM_CHARS: usize = 2;

/// The letters proclitics are written with (و ف, ب ك ل, the article's ا ل).
const PROCLITIC_LETTERS: [char; 7] = ['و', 'ف', 'ب', 'ك', 'ل', 'ا', 'ٱ'];
/// No reading of more than this many letters is proclitics only (و + ب + ا + ل).
const MAX_PROCLITIC_LETTERS: usize = 4;

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

    pub(super) fn normalize_options(self) -> NormalizeOptions {
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

/// A form as the trie knows it.
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

/// Every known form of a project in one trie of word segments; see the module docs.
#[derive(Debug, Clone)]
pub struct FormIndex {
    /// A number for each segment text some form has.
    words: FxHashMap<Box<str>, u32>,
    trie: Trie,
    entries: Vec<Entry>,
    options: MatchOptions,
}

/// The trie of word segments, numbered breadth first; node 0 is the root.
#[derive(Debug, Clone, Default)]
struct Trie {
    /// The root's child for each segment number ([`NO_NODE`] for none).
    root: Vec<u32>,
    /// Where each node's children and patterns start, then where they end.
    nodes: Vec<Node>,
    /// The children of node `n` are `children[nodes[n].child..nodes[n + 1].child]`, as
    /// (segment number, node), sorted by segment number.
    children: Vec<(u32, u32)>,
    /// The forms ending at node `n` are `patterns[nodes[n].pattern..nodes[n + 1].pattern]`, in
    /// the order they were added.
    patterns: Vec<Pattern>,
}

/// Where a node's children and the forms ending at it start: side by side, so that a step of a
/// walk reads one place for both.
#[derive(Debug, Clone, Copy, Default)]
struct Node {
    child: u32,
    pattern: u32,
}

/// No node.
const NO_NODE: u32 = u32::MAX;
/// Children up to this many are searched one by one, more by halving.
const LINEAR_CHILDREN: usize = 8;

impl Trie {
    /// The trie of `edges` (`(node, segment number)` → node, node 0 the root, `ends.len()`
    /// nodes) with the forms ending at each node, laid out breadth first.
    fn new(edges: &FxHashMap<(u32, u32), u32>, ends: Vec<Vec<Pattern>>, words: usize) -> Self {
        let mut below: Vec<Vec<(u32, u32)>> = vec![Vec::new(); ends.len()];
        for (&(node, word), &child) in edges {
            below[node as usize].push((word, child));
        }
        // Breadth first: `order[k]` is the node numbered `k`, `renumbered[node]` its number.
        let mut order: Vec<u32> = Vec::with_capacity(ends.len());
        let mut renumbered = vec![NO_NODE; ends.len()];
        order.push(0);
        renumbered[0] = 0;
        let mut k = 0;
        while let Some(&node) = order.get(k) {
            let list = &mut below[node as usize];
            list.sort_unstable();
            for &(_, child) in list.iter() {
                renumbered[child as usize] = order.len() as u32;
                order.push(child);
            }
            k += 1;
        }
        let mut trie = Trie {
            root: vec![NO_NODE; words],
            nodes: Vec::with_capacity(order.len() + 1),
            children: Vec::with_capacity(edges.len()),
            patterns: Vec::new(),
        };
        let mut ends = ends;
        for &node in &order {
            trie.nodes.push(trie.next_node());
            trie.children.extend(
                below[node as usize]
                    .iter()
                    .map(|&(word, child)| (word, renumbered[child as usize])),
            );
            trie.patterns.append(&mut ends[node as usize]);
        }
        trie.nodes.push(trie.next_node());
        for &(word, child) in &below[0] {
            trie.root[word as usize] = renumbered[child as usize];
        }
        trie
    }

    /// The child of `node` by segment number `word`.
    fn child(&self, node: u32, word: u32) -> Option<u32> {
        if node == 0 {
            return self
                .root
                .get(word as usize)
                .copied()
                .filter(|&n| n != NO_NODE);
        }
        let node = node as usize;
        let from = self.nodes[node].child as usize;
        let to = self.nodes[node + 1].child as usize;
        let children = &self.children[from..to];
        if children.len() <= LINEAR_CHILDREN {
            children.iter().find(|&&(w, _)| w == word).map(|&(_, n)| n)
        } else {
            children
                .binary_search_by_key(&word, |&(w, _)| w)
                .ok()
                .map(|k| children[k].1)
        }
    }

    /// The forms ending at `node`.
    fn patterns(&self, node: u32) -> &[Pattern] {
        let node = node as usize;
        &self.patterns[self.nodes[node].pattern as usize..self.nodes[node + 1].pattern as usize]
    }

    /// Where the children and patterns of the next node pushed start.
    fn next_node(&self) -> Node {
        Node {
            child: self.children.len() as u32,
            pattern: self.patterns.len() as u32,
        }
    }
}

/// The key a form is indexed by: normalised (when asked), white space collapsed to one space.
pub fn form_key(form: &str, options: MatchOptions) -> String {
    let norm = normalize(form, &options.normalize_options());
    norm.text().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A prefix written only with [`PROCLITIC_LETTERS`], at most [`MAX_PROCLITIC_LETTERS`] of
/// them, as a number below `8^4`: each letter a digit in base 8 (its place in the list, plus
/// one), the first letter the most significant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefix {
    Letters {
        code: usize,
        len: usize,
    },
    /// Proclitic letters only, more of them than any reading has.
    TooLong,
    /// Some other char: asked of [`is_proclitic_prefix`].
    Other,
}

impl Prefix {
    const EMPTY: Self = Self::Letters { code: 0, len: 0 };

    /// This prefix with `c` after it.
    fn then(self, c: char) -> Self {
        match (self, PROCLITIC_LETTERS.iter().position(|&l| l == c)) {
            (Self::Letters { len, .. }, Some(_)) if len == MAX_PROCLITIC_LETTERS => Self::TooLong,
            (Self::Letters { code, len }, Some(k)) => Self::Letters {
                code: code * 8 + k + 1,
                len: len + 1,
            },
            (Self::TooLong, Some(_)) => Self::TooLong,
            _ => Self::Other,
        }
    }

    /// Whether `text`, whose chars this is, consists of proclitics only, as
    /// [`is_proclitic_prefix`] reads them.
    fn is_proclitic(self, text: &str) -> bool {
        match self {
            Self::Letters { code, .. } => letter_prefixes()[code],
            Self::TooLong => false,
            Self::Other => is_proclitic_prefix(text),
        }
    }
}

/// For each number of a [`Prefix`] of proclitic letters, whether [`is_proclitic_prefix`]
/// reads it as proclitics only: what a word's first letters are looked up in.
fn letter_prefixes() -> &'static [bool] {
    static PREFIXES: OnceLock<Vec<bool>> = OnceLock::new();
    PREFIXES.get_or_init(|| {
        let mut table = vec![false; 8usize.pow(MAX_PROCLITIC_LETTERS as u32)];
        let mut all = vec![(String::new(), Prefix::EMPTY)];
        for _ in 0..MAX_PROCLITIC_LETTERS {
            all = all
                .iter()
                .flat_map(|(text, prefix)| {
                    PROCLITIC_LETTERS
                        .iter()
                        .map(move |&c| (format!("{text}{c}"), prefix.then(c)))
                })
                .collect();
            for (text, prefix) in &all {
                if let Prefix::Letters { code, .. } = prefix {
                    table[*code] = is_proclitic_prefix(text);
                }
            }
        }
        table
    })
}

/// An Arabic letter that is no proclitic: a prefix holding it is no proclitic prefix, nor is
/// any longer one.
fn ends_proclitics(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | 'a'..='z' | 'A'..='Z')
        && !PROCLITIC_LETTERS.contains(&c)
}

impl FormIndex {
    /// An index of `forms` (form → what it proposes).
    pub fn new(forms: BTreeMap<String, Entry>, options: MatchOptions) -> Self {
        let mut index = Self {
            words: FxHashMap::default(),
            trie: Trie::default(),
            entries: Vec::new(),
            options,
        };
        let mut edges = FxHashMap::default();
        let mut ends = vec![Vec::new()];
        for (key, entry) in forms {
            if key.chars().count() < MIN_FORM_CHARS {
                continue;
            }
            let entry_index = index.entries.len();
            index.entries.push(entry);
            if options.proclitics
                && let Some(rest) = key.strip_prefix("ال")
                && rest.chars().count() >= MIN_FORM_CHARS
            {
                index.insert(
                    &mut edges,
                    &mut ends,
                    &format!("ل{rest}"),
                    Pattern {
                        entry: entry_index,
                        after_lam: true,
                    },
                );
            }
            index.insert(
                &mut edges,
                &mut ends,
                &key,
                Pattern {
                    entry: entry_index,
                    after_lam: false,
                },
            );
        }
        index.trie = Trie::new(&edges, ends, index.words.len());
        index
    }

    /// Adds `key` to the trie being built: `edges` from `(node, segment number)` to node, the
    /// forms ending at each node in `ends`.
    fn insert(
        &mut self,
        edges: &mut FxHashMap<(u32, u32), u32>,
        ends: &mut Vec<Vec<Pattern>>,
        key: &str,
        pattern: Pattern,
    ) {
        let mut node = 0;
        for segment in key.split_word_bounds() {
            let word = if let Some(&word) = self.words.get(segment) {
                word
            } else {
                let word = self.words.len() as u32;
                self.words.insert(segment.into(), word);
                word
            };
            let fresh = ends.len() as u32;
            node = *edges.entry((node, word)).or_insert(fresh);
            if node == fresh {
                ends.push(Vec::new());
            }
        }
        ends[node as usize].push(pattern);
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
        if self.entries.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::with_capacity(doc.segment_count() / 2);
        // Each segment is looked up once, however many walks go through it; the space between
        // words, half of them, is looked up once for all.
        let space = self.word(" ");
        let words: Vec<u32> = (0..doc.segment_count())
            .map(|i| match doc.segment_text(i) {
                " " => space,
                segment => self.word(segment),
            })
            .collect();
        for i in 0..doc.segment_count() {
            let segment = doc.segment_text(i);
            // Forms never start with white space.
            let Some(first) = segment.chars().next().filter(|c| !c.is_whitespace()) else {
                continue;
            };
            let (start, _) = doc.segment(i);
            let mut at_start = Start {
                segment: i,
                byte: start.byte,
                char: start.char,
                after_lam: false,
            };
            self.walk(doc, &words, at_start, &mut found);
            if !self.options.proclitics || !PROCLITIC_LETTERS.contains(&first) {
                continue;
            }
            // Where a proclitic prefix of the word ends, a form may start.
            let mut prefix = Prefix::EMPTY;
            for (at, c) in segment.char_indices() {
                if at > 0 {
                    let text = &segment[..at];
                    if prefix.is_proclitic(text) {
                        at_start.after_lam = text.ends_with('ل');
                        at_start.byte = start.byte + at;
                        self.walk(doc, &words, at_start, &mut found);
                    }
                }
                // The cheap test first: `is_alphabetic` walks Unicode tables for Arabic letters.
                if ends_proclitics(c) || !(PROCLITIC_LETTERS.contains(&c) || c.is_alphabetic()) {
                    break;
                }
                prefix = prefix.then(c);
                at_start.char += 1;
            }
        }
        // Walks go in reading order, so this only checks, unless widening to whole clusters
        // moved a start.
        if !found.is_sorted_by_key(|f| (f.start, f.end)) {
            found.sort_by_key(|f| (f.start, f.end));
        }
        found
    }

    /// The number of segment text `text`, or [`NO_WORD`] when no form has it.
    fn word(&self, text: &str) -> u32 {
        self.words.get(text).copied().unwrap_or(NO_WORD)
    }

    /// The forms starting at `start`, each ending where a segment ends; `words` are the
    /// numbers of the document's segments.
    fn walk<'i>(&'i self, doc: &Prepared, words: &[u32], start: Start, found: &mut Vec<Found<'i>>) {
        let norm = doc.normalized();
        let mut node = 0;
        let mut starts_well = None;
        for (j, &whole) in words.iter().enumerate().skip(start.segment) {
            let (from, end) = doc.segment(j);
            let word = if j == start.segment && start.byte != from.byte {
                self.word(&norm.text()[start.byte..end.byte])
            } else {
                whole
            };
            if word == NO_WORD {
                return;
            }
            let Some(next) = self.trie.child(node, word) else {
                return;
            };
            node = next;
            for pattern in self.trie.patterns(node) {
                if pattern.after_lam && !start.after_lam {
                    continue;
                }
                if !*starts_well.get_or_insert_with(|| norm.is_boundary(start.char))
                    || !norm.is_boundary(end.char)
                {
                    continue;
                }
                let range = norm.to_original(start.char..end.char);
                found.push(Found {
                    start: range.start,
                    end: range.end,
                    entry: &self.entries[pattern.entry],
                });
            }
        }
    }
}

/// Where a walk of the trie starts: a segment, the byte and char in it, and whether what comes
/// before in the word is proclitics ending in ل.
#[derive(Debug, Clone, Copy)]
struct Start {
    segment: usize,
    byte: usize,
    char: usize,
    after_lam: bool,
}

/// A segment text no form has.
const NO_WORD: u32 = u32::MAX;

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
