//! Attribution: reporting verbs and expressions (the lexicon, data in `assets/attribution.ron`)
//! and the patterns around them that make a whole claim frame — the cue; the claimant (the noun
//! phrase right after the verb, VSO, or before it, SVO; for «وأضاف» and a verb with only a
//! pronoun for subject, the previous claim's claimant); the content (the أن/إن clause or the
//! quotation, to the end of the sentence or the closing quote); the polarity from the cue; the
//! quote mode from quotation marks.
//!
//! Text is compared normalised ([`NormalizeOptions::MATCHING`]) and split into UAX #29 words;
//! offsets handed out are char offsets of the original text.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;
use serde::Deserialize;

use super::learned::{MatchOptions, Prepared};
use crate::model::{Polarity, QuoteMode, ReportingCue};
use crate::text::normalize::{NormalizeOptions, Normalized, normalize};

/// The lexicon that comes with hashiya.
const BUILTIN: &str = include_str!("../../assets/attribution.ron");

/// Words that open the content after a reporting verb (normalised: أن, إن, بأن, أنه …).
const COMPLEMENTISERS: [&str; 12] = [
    "ان",
    "بان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "انهن",
    "بانه",
    "بانها",
    "بانهم",
    "لان",
    "انما",
];
/// Noun phrases longer than this (in words) between a verb and its content are not taken for the
/// claimant: the verb is then rarely a reporting one.
const MAX_CLAIMANT_WORDS: usize = 8;
/// How far (in tokens) a quotation may run past the sentence it opens in.
const MAX_QUOTE_TOKENS: usize = 400;

/// Score of a frame whose claimant was found in its sentence.
pub const FRAME_SCORE: f32 = 0.8;
/// Score of a frame whose claimant is the previous claim's.
pub const PREVIOUS_CLAIMANT_SCORE: f32 = 0.7;
/// Score of a frame without claimant.
pub const NO_CLAIMANT_SCORE: f32 = 0.5;

/// Why a lexicon could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::i18n::tr_plain("suggest-lexicon-invalid", &[("error", .0.to_string().into())]))]
pub struct LexiconError(#[from] ron::error::SpannedError);

/// What a cue says of its content.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum CuePolarity {
    #[default]
    Asserts,
    Denies,
}

/// How a cue frames a claim; see `assets/attribution.ron`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum CueKind {
    #[default]
    Verb,
    Source,
}

/// One entry of the lexicon: the forms of one cue.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CueEntry {
    pub forms: Vec<String>,
    #[serde(default)]
    pub polarity: CuePolarity,
    #[serde(default)]
    pub kind: CueKind,
    #[serde(default)]
    pub continues: bool,
}

/// The attribution lexicon, as in `assets/attribution.ron`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Lexicon {
    pub cues: Vec<CueEntry>,
}

impl Lexicon {
    /// The lexicon that comes with hashiya.
    pub fn builtin() -> Self {
        // The built-in file is checked by a test; should it ever fail to parse, suggesting
        // goes on without cues rather than taking the application down.
        Self::parse(BUILTIN).unwrap_or(Self { cues: Vec::new() })
    }

    /// A lexicon written in the shape of `assets/attribution.ron`.
    pub fn parse(text: &str) -> Result<Self, LexiconError> {
        Ok(ron::from_str(text)?)
    }

    /// This lexicon with the cues of `extension` added (a project's own).
    #[must_use]
    pub fn with(mut self, extension: Lexicon) -> Self {
        self.cues.extend(extension.cues);
        self
    }

    /// Whether `form` is written here already, compared normalised.
    pub fn has_form(&self, form: &str) -> bool {
        let wanted = key(form);
        self.cues
            .iter()
            .flat_map(|c| &c.forms)
            .any(|f| key(f) == wanted)
    }

    /// The cues a project added (in the label editor), as lexicon entries.
    pub fn of_project(cues: &BTreeSet<ReportingCue>) -> Self {
        Self {
            cues: cues.iter().map(CueEntry::from).collect(),
        }
    }
}

impl From<&ReportingCue> for CueEntry {
    fn from(cue: &ReportingCue) -> Self {
        Self {
            forms: vec![cue.form.clone()],
            polarity: if cue.denies {
                CuePolarity::Denies
            } else {
                CuePolarity::Asserts
            },
            kind: if cue.names_source {
                CueKind::Source
            } else {
                CueKind::Verb
            },
            continues: cue.continues,
        }
    }
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::builtin()
    }
}

/// One form of a cue, normalised and split into words.
#[derive(Debug, Clone)]
struct CueForm {
    words: Vec<String>,
    /// The form ends in «لـ», written on the next word.
    attached_lam: bool,
    polarity: Polarity,
    kind: CueKind,
    continues: bool,
}

/// The lexicon ready for matching: forms by their first word, longest first.
#[derive(Debug, Clone)]
pub struct Cues {
    by_first: FxHashMap<String, Vec<CueForm>>,
    /// The chars the first words start with, sorted: most words of a text start with none of
    /// them and are passed over without hashing them.
    first_chars: Vec<char>,
}

fn key(text: &str) -> String {
    normalize(text, &NormalizeOptions::MATCHING)
        .text()
        .to_owned()
}

impl Cues {
    pub fn new(lexicon: &Lexicon) -> Self {
        let mut by_first: FxHashMap<String, Vec<CueForm>> = FxHashMap::default();
        for entry in &lexicon.cues {
            for form in &entry.forms {
                let mut words: Vec<String> =
                    key(form).split_whitespace().map(String::from).collect();
                let attached_lam = words.len() > 1 && words.last().is_some_and(|w| w == "ل");
                if attached_lam {
                    words.pop();
                }
                let Some(first) = words.first().cloned() else {
                    continue;
                };
                by_first.entry(first).or_default().push(CueForm {
                    words,
                    attached_lam,
                    polarity: match entry.polarity {
                        CuePolarity::Asserts => Polarity::Asserts,
                        CuePolarity::Denies => Polarity::Denies,
                    },
                    kind: entry.kind,
                    continues: entry.continues,
                });
            }
        }
        for forms in by_first.values_mut() {
            forms.sort_by_key(|f| std::cmp::Reverse(f.words.len() + usize::from(f.attached_lam)));
        }
        let mut first_chars: Vec<char> = by_first.keys().filter_map(|k| k.chars().next()).collect();
        first_chars.sort_unstable();
        first_chars.dedup();
        Self {
            by_first,
            first_chars,
        }
    }

    /// The forms whose first word is `word`, longest first.
    fn starting_with(&self, word: &str) -> &[CueForm] {
        let first = word.chars().next();
        if first.is_none_or(|c| self.first_chars.binary_search(&c).is_err()) {
            return &[];
        }
        self.by_first.get(word).map_or(&[], Vec::as_slice)
    }
}

/// A stretch of the original text, in chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

/// A claim frame found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub cue: Range,
    pub claimant: Option<Range>,
    /// Whether the claimant is the previous claim's rather than a phrase at the cue.
    pub claimant_is_previous: bool,
    pub content: Range,
    pub polarity: Polarity,
    pub quote_mode: QuoteMode,
    pub score: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Word,
    OpenQuote,
    CloseQuote,
    /// `"` opens or closes, depending on which comes first.
    Straight,
    Comma,
    Colon,
    End,
    Other,
}

#[derive(Debug, Clone, Copy)]
struct Token<'t> {
    /// Normalised char offsets.
    start: usize,
    end: usize,
    text: &'t str,
    kind: Tok,
}

fn classify(segment: &str) -> Option<Tok> {
    let first = segment.chars().next()?;
    Some(match first {
        // The Arabic letters first: `is_alphanumeric` walks Unicode tables for them.
        '\u{621}'..='\u{64A}' => Tok::Word,
        c if c.is_alphanumeric() => Tok::Word,
        '«' | '“' | '„' => Tok::OpenQuote,
        '»' | '”' => Tok::CloseQuote,
        '"' => Tok::Straight,
        '،' | ',' => Tok::Comma,
        ':' => Tok::Colon,
        '.' | '؟' | '?' | '!' | '؛' | ';' | '\n' | '\u{2029}' => Tok::End,
        c if c.is_whitespace() => return None,
        _ => Tok::Other,
    })
}

/// Prepositions a reporting verb takes before its أن clause (normalised).
const VERB_PREPOSITIONS: [&str; 4] = ["الي", "من", "علي", "عن"];

fn is_verb_preposition(t: &Token<'_>) -> bool {
    t.kind == Tok::Word && VERB_PREPOSITIONS.contains(&t.text)
}

/// The tokens of a prepared text: its word segments, white space left out.
fn tokens(prepared: &Prepared) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(prepared.segment_count());
    for i in 0..prepared.segment_count() {
        let segment = prepared.segment_text(i);
        let kind = if segment.contains('\n') {
            Some(Tok::End)
        } else {
            classify(segment)
        };
        if let Some(kind) = kind {
            let (start, end) = prepared.segment(i);
            out.push(Token {
                start: start.char,
                end: end.char,
                text: segment,
                kind,
            });
        }
    }
    out
}

/// Claim frames of `text`. `claimants_before` are the claimants of claims the document already
/// has (original char ranges), so «وأضاف» after an annotated claim takes its claimant.
pub fn frames(cues: &Cues, text: &str, claimants_before: &[Range]) -> Vec<Frame> {
    frames_in(
        cues,
        &Prepared::new(text, MatchOptions::ARABIC),
        claimants_before,
    )
}

/// [`frames`] of a text prepared already, normalised with [`NormalizeOptions::MATCHING`] (as
/// [`MatchOptions::ARABIC`] prepares it; with other foldings it finds what their text allows).
pub fn frames_in(cues: &Cues, text: &Prepared, claimants_before: &[Range]) -> Vec<Frame> {
    let toks = tokens(text);
    let finder = Finder::new(cues, &toks, text.normalized());
    let mut frames: Vec<Frame> = Vec::new();
    let mut last_claimant: Option<Range> = None;
    let mut i = 0;
    while i < toks.len() {
        let Some((form, cue_end)) = finder.cue[i] else {
            i += 1;
            continue;
        };
        let cue = finder.original(i, cue_end);
        // The latest claimant named before this cue, in a frame found here or in an existing claim.
        let previous = claimants_before
            .iter()
            .filter(|r| r.end <= cue.start)
            .chain(last_claimant.iter())
            .max_by_key(|r| r.end)
            .copied();
        let frame = match form.kind {
            CueKind::Verb => finder.verb_frame(i, cue_end, form, previous),
            CueKind::Source => finder.source_frame(i, cue_end, form),
        };
        if let Some(frame) = frame {
            if let (Some(claimant), false) = (frame.claimant, frame.claimant_is_previous) {
                last_claimant = Some(claimant);
            }
            frames.push(frame);
        }
        i = cue_end.max(i + 1);
    }
    frames
}

/// The cue starting at token `i` of `toks` and the token after it.
fn cue_at<'c>(cues: &'c Cues, toks: &[Token<'_>], i: usize) -> Option<(&'c CueForm, usize)> {
    let tok = toks.get(i)?;
    if tok.kind != Tok::Word {
        return None;
    }
    // The word as written, then without a conjunction «و» or «ف» before it.
    let bare = tok
        .text
        .strip_prefix(['و', 'ف'])
        .filter(|rest| rest.chars().count() >= 2);
    for first in std::iter::once(tok.text).chain(bare) {
        for form in cues.starting_with(first) {
            let n = form.words.len();
            let rest_matches = form.words[1..].iter().enumerate().all(|(k, w)| {
                toks.get(i + 1 + k)
                    .is_some_and(|t| t.kind == Tok::Word && t.text == w)
            });
            let lam_follows = !form.attached_lam
                || toks
                    .get(i + n)
                    .is_some_and(|t| t.kind == Tok::Word && t.text.starts_with('ل'));
            if rest_matches && lam_follows {
                return Some((form, i + n));
            }
        }
    }
    None
}

/// A text's tokens and, worked out once for all of them, where cues, sentence ends and openers
/// of content are.
struct Finder<'a> {
    toks: &'a [Token<'a>],
    norm: &'a Normalized,
    /// The cue starting at each token and the token after it.
    cue: Vec<Option<(&'a CueForm, usize)>>,
    /// For each token and the end, the first token from there that starts a cue (or the end).
    next_cue: Vec<usize>,
    /// For each token and the end, the first [`Tok::End`] from there (or the end).
    next_end: Vec<usize>,
    /// For each token, where its sentence starts: after the last [`Tok::End`] before it.
    sentence: Vec<usize>,
    /// For each token and the end, the first token from there that opens content: a
    /// complementiser or a quotation mark (or the end).
    next_opener: Vec<usize>,
}

impl<'a> Finder<'a> {
    fn new(cues: &'a Cues, toks: &'a [Token<'a>], norm: &'a Normalized) -> Self {
        let n = toks.len();
        let cue: Vec<Option<(&'a CueForm, usize)>> =
            (0..n).map(|i| cue_at(cues, toks, i)).collect();
        let mut next_cue = vec![n; n + 1];
        let mut next_end = vec![n; n + 1];
        let mut next_opener = vec![n; n + 1];
        for i in (0..n).rev() {
            let t = &toks[i];
            next_cue[i] = if cue[i].is_some() { i } else { next_cue[i + 1] };
            next_end[i] = if t.kind == Tok::End {
                i
            } else {
                next_end[i + 1]
            };
            let opens = match t.kind {
                Tok::Word => COMPLEMENTISERS.contains(&t.text),
                Tok::OpenQuote | Tok::Straight => true,
                _ => false,
            };
            next_opener[i] = if opens { i } else { next_opener[i + 1] };
        }
        let mut sentence = Vec::with_capacity(n);
        let mut start = 0;
        for (i, t) in toks.iter().enumerate() {
            sentence.push(start);
            if t.kind == Tok::End {
                start = i + 1;
            }
        }
        Self {
            toks,
            norm,
            cue,
            next_cue,
            next_end,
            sentence,
            next_opener,
        }
    }

    /// Original char range of tokens `[from, to)`.
    fn original(&self, from: usize, to: usize) -> Range {
        let r = self
            .norm
            .to_original(self.toks[from].start..self.toks[to - 1].end);
        Range {
            start: r.start,
            end: r.end,
        }
    }

    fn sentence_start(&self, i: usize) -> usize {
        self.sentence[i]
    }

    fn sentence_end(&self, i: usize) -> usize {
        self.next_end[i]
    }

    /// Tokens `[from, to)` without punctuation at either edge; `None` when no word is left.
    fn trimmed(&self, mut from: usize, mut to: usize) -> Option<(usize, usize)> {
        while from < to && self.toks[from].kind != Tok::Word {
            from += 1;
        }
        while to > from && self.toks[to - 1].kind != Tok::Word {
            to -= 1;
        }
        (from < to).then_some((from, to))
    }

    fn words(&self, from: usize, to: usize) -> usize {
        self.toks[from..to]
            .iter()
            .filter(|t| t.kind == Tok::Word)
            .count()
    }

    /// The closing quote for the quote opened at token `open`.
    fn closing_quote(&self, open: usize) -> Option<usize> {
        let straight = self.toks[open].kind == Tok::Straight;
        (open + 1..self.toks.len().min(open + MAX_QUOTE_TOKENS)).find(|&k| {
            match self.toks[k].kind {
                Tok::CloseQuote => !straight,
                Tok::Straight => straight,
                _ => false,
            }
        })
    }

    fn verb_frame(
        &self,
        i: usize,
        cue_end: usize,
        form: &CueForm,
        previous: Option<Range>,
    ) -> Option<Frame> {
        let end = self.sentence_end(cue_end);
        // What opens the content: a complementiser, or a quotation (perhaps after a colon).
        let opener = Some(self.next_opener[cue_end]).filter(|&k| k < end)?;
        let quoted = self.toks[opener].kind != Tok::Word;
        let (content, quote_mode) = if quoted {
            let close = self.closing_quote(opener)?;
            let (from, to) = self.trimmed(opener + 1, close)?;
            (self.original(from, to), QuoteMode::Direct)
        } else {
            let (from, to) = self.trimmed(opener + 1, end)?;
            (self.original(from, to), QuoteMode::Indirect)
        };
        // Another cue before the content: this one frames nothing of its own («أعلن … وقال … إن»).
        if self.next_cue[cue_end] < opener {
            return None;
        }
        // «أشار إلى أن», «حذر من أن», «شدد على أن»: the preposition belongs to the verb.
        let before_opener = match opener.checked_sub(1).map(|k| &self.toks[k]) {
            Some(t) if is_verb_preposition(t) => opener - 1,
            _ => opener,
        };
        let between = self.trimmed(cue_end, before_opener.max(cue_end));
        let mut claimant_is_previous = false;
        let claimant = match between {
            Some((from, to)) if self.words(from, to) <= MAX_CLAIMANT_WORDS => {
                Some(self.original(from, to))
            }
            Some(_) => return None,
            None => {
                let start = self.sentence_start(i);
                let before = self
                    .trimmed(start, i)
                    .filter(|&(from, to)| !form.continues && self.words(from, to) <= 6);
                if let Some((from, to)) = before {
                    Some(self.original(from, to))
                } else {
                    claimant_is_previous = previous.is_some();
                    previous
                }
            }
        };
        let score = match (claimant, claimant_is_previous) {
            (None, _) => NO_CLAIMANT_SCORE,
            (Some(_), true) => PREVIOUS_CLAIMANT_SCORE,
            (Some(_), false) => FRAME_SCORE,
        };
        Some(Frame {
            cue: self.original(i, cue_end),
            claimant,
            claimant_is_previous,
            content,
            polarity: form.polarity,
            quote_mode,
            score,
        })
    }

    /// «بحسب X، …» or «… ، بحسب X»: the claimant after the expression up to a comma or the end
    /// of the sentence, the content the rest of the sentence.
    fn source_frame(&self, i: usize, cue_end: usize, form: &CueForm) -> Option<Frame> {
        let start = self.sentence_start(i);
        let end = self.sentence_end(cue_end);
        let comma = (cue_end..end).find(|&k| self.toks[k].kind == Tok::Comma);
        let (claimant_from, claimant_to) = self.trimmed(cue_end, comma.unwrap_or(end))?;
        if self.words(claimant_from, claimant_to) > 6 {
            return None;
        }
        let mut cue = self.original(i, cue_end);
        let mut claimant = self.original(claimant_from, claimant_to);
        if form.attached_lam {
            // «لوزارة»: the ل (with its harakat) belongs to the cue.
            let at = self.toks[cue_end].start;
            let lam = self.norm.to_original(at..at + 1);
            cue.end = lam.end;
            claimant.start = lam.end;
        }
        // Content before the expression («…، بحسب X») or after its claimant («بحسب X، …»).
        let (from, to) = if let Some(before) = self.trimmed(start, i) {
            before
        } else {
            self.trimmed(comma? + 1, end)?
        };
        let content = self.original(from, to);
        Some(Frame {
            cue,
            claimant: Some(claimant),
            claimant_is_previous: false,
            content,
            polarity: form.polarity,
            quote_mode: QuoteMode::Indirect,
            score: PREVIOUS_CLAIMANT_SCORE,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(text: &str, r: Range) -> String {
        text.chars().skip(r.start).take(r.end - r.start).collect()
    }

    /// (cue, claimant, content, polarity, quote mode) of each frame of `text`.
    fn found(text: &str) -> Vec<(String, Option<String>, String, Polarity, QuoteMode)> {
        frames(&Cues::new(&Lexicon::builtin()), text, &[])
            .into_iter()
            .map(|f| {
                (
                    slice(text, f.cue),
                    f.claimant.map(|c| slice(text, c)),
                    slice(text, f.content),
                    f.polarity,
                    f.quote_mode,
                )
            })
            .collect()
    }

    fn frame(
        cue: &str,
        claimant: Option<&str>,
        content: &str,
        polarity: Polarity,
        quote: QuoteMode,
    ) -> (String, Option<String>, String, Polarity, QuoteMode) {
        (
            cue.into(),
            claimant.map(String::from),
            content.into(),
            polarity,
            quote,
        )
    }

    #[test]
    fn the_builtin_lexicon_parses() {
        let lexicon = Lexicon::parse(BUILTIN).expect("assets/attribution.ron");
        assert!(lexicon.cues.len() > 20);
        assert!(
            lexicon
                .cues
                .iter()
                .any(|c| c.polarity == CuePolarity::Denies && c.forms.iter().any(|f| f == "نفى"))
        );
    }

    #[test]
    fn vso_verb_with_an_an_clause() {
        assert_eq!(
            found("وقال وزير الزراعة إن المحصول تضاعف هذا العام. ثم غادر."),
            [frame(
                "وقال",
                Some("وزير الزراعة"),
                "المحصول تضاعف هذا العام",
                Polarity::Asserts,
                QuoteMode::Indirect
            )]
        );
    }

    #[test]
    fn a_continuing_verb_takes_the_previous_claimant() {
        let text = "قالت النقابة إن الأجور تأخرت. وأضاف أن الإضراب مستمر.";
        let got = found(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[1],
            frame(
                "وأضاف",
                Some("النقابة"),
                "الإضراب مستمر",
                Polarity::Asserts,
                QuoteMode::Indirect
            )
        );
    }

    #[test]
    fn a_continuing_verb_after_an_annotated_claim_takes_its_claimant() {
        let text = "رئيس البلدية تحدث أمس. وأضاف أن الطريق سيفتح.";
        let mayor = Range { start: 0, end: 12 };
        let got = frames(&Cues::new(&Lexicon::builtin()), text, &[mayor]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].claimant, Some(mayor));
        assert!(got[0].claimant_is_previous);
        assert!((got[0].score - PREVIOUS_CLAIMANT_SCORE).abs() < f32::EPSILON);
    }

    #[test]
    fn a_denial_denies() {
        assert_eq!(
            found("ونفت الوزارة أن تكون الشحنة قد فقدت"),
            [frame(
                "ونفت",
                Some("الوزارة"),
                "تكون الشحنة قد فقدت",
                Polarity::Denies,
                QuoteMode::Indirect
            )]
        );
    }

    #[test]
    fn a_quotation_is_direct_and_runs_to_the_closing_quote() {
        assert_eq!(
            found("وقال المحافظ: «لن نترك أحدا. سنعيد الجميع» ثم صمت."),
            [frame(
                "وقال",
                Some("المحافظ"),
                "لن نترك أحدا. سنعيد الجميع",
                Polarity::Asserts,
                QuoteMode::Direct
            )]
        );
    }

    #[test]
    fn svo_takes_the_subject_before_the_verb() {
        assert_eq!(
            found("المتحدث باسم الشرطة أكد أن الطريق آمن."),
            [frame(
                "أكد",
                Some("المتحدث باسم الشرطة"),
                "الطريق آمن",
                Polarity::Asserts,
                QuoteMode::Indirect
            )]
        );
    }

    #[test]
    fn a_source_expression_frames_the_rest_of_the_sentence() {
        assert_eq!(
            found(
                "ارتفعت الأسعار بنسبة كبيرة، بحسب غرفة التجارة. وفقا لوزارة المالية، تراجع العجز."
            ),
            [
                frame(
                    "بحسب",
                    Some("غرفة التجارة"),
                    "ارتفعت الأسعار بنسبة كبيرة",
                    Polarity::Asserts,
                    QuoteMode::Indirect
                ),
                frame(
                    "وفقا ل",
                    Some("وزارة المالية"),
                    "تراجع العجز",
                    Polarity::Asserts,
                    QuoteMode::Indirect
                ),
            ]
        );
    }

    #[test]
    fn a_verb_without_content_is_no_frame_and_a_project_may_add_cues() {
        assert!(found("قال الراوي حكاية طويلة.").is_empty());
        let text = "وغرد الوزير أن الاجتماع انتهى";
        assert!(frames(&Cues::new(&Lexicon::builtin()), text, &[]).is_empty());
        let extended = Lexicon::builtin()
            .with(Lexicon::parse(r#"(cues: [(forms: ["غرد", "غردت"])])"#).expect("parses"));
        let got = frames(&Cues::new(&extended), text, &[]);
        assert_eq!(got.len(), 1);
        assert_eq!(slice(text, got[0].content), "الاجتماع انتهى");
    }

    #[test]
    fn an_invalid_lexicon_is_said_in_the_interface_language() {
        use crate::i18n::{Language, in_language};
        let error = LexiconError::from(ron::from_str::<Lexicon>("(").expect_err("not a lexicon"));
        let english = in_language(Language::English, || error.to_string());
        assert!(
            english.starts_with("the attribution lexicon is not valid: "),
            "{english}"
        );
        let arabic = in_language(Language::Arabic, || error.to_string());
        crate::i18n::assert_arabic(&[arabic], &[english], &["lexicon", "valid"]);
    }
}
