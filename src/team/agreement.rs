//! Agreement between two analysts' annotations of the same documents: token-level Cohen's κ,
//! Krippendorff's unitized alpha (αU) on spans, and exact-match span precision, recall and F1,
//! each overall, per label and per outlet.
//!
//! The three figures answer different questions and disagree on purpose: κ asks whether the
//! analysts put the same words in the same category, αU whether they cut the text into the same
//! stretches (partial overlap earns partial credit), and F1 whether they produced literally the
//! same spans.
//!
//! # Inputs
//!
//! A [`DocumentPair`] holds one document's length in chars, its word tokens (sorted, disjoint char
//! ranges) and each analyst's [`Unit`]s (`[start, end)` char offsets plus a label). Spans are
//! clipped to `[0, len)`; spans that are empty after clipping are ignored everywhere. Exact
//! duplicates within one analyst's list count once.
//!
//! # Token-level Cohen's κ
//!
//! Cohen (1960): `κ = (p_o − p_e) / (1 − p_e)`, where `p_o` is the proportion of items on which
//! the two analysts chose the same category and `p_e = Σ_k p_A(k)·p_B(k)` the agreement expected
//! from each analyst's own category proportions. It is computed from exact integer tallies,
//! `κ = (N·Σ_k n_kk − Σ_k r_k·c_k) / (N² − Σ_k r_k·c_k)` with row sums `r_k` and column sums
//! `c_k`, and is `None` when `p_e = 1` (both analysts put every item in one and the same
//! category, so chance explains everything) or there are no items.
//!
//! The items are the document's word tokens; each analyst gives each token one category:
//!
//! * **Coverage.** A span covers a token when they share at least one char (`span.start <
//!   token.end && token.start < span.end`). A span that cuts a word in half therefore still
//!   claims the whole word: analysts select by mouse and routinely clip a letter, and the
//!   alternative (only whole tokens count) would turn such a slip into a miss. A span that only
//!   covers whitespace covers no token.
//! * **Per label L** the category is binary: covered by some span labelled L, or not.
//! * **Overall** the category is the label of the innermost covering span: the shortest one in
//!   chars, ties broken by the label name that sorts first; a token no span covers is "outside"
//!   (written O in the examples). Outside is kept apart from every label, so a label that happens
//!   to be named "O" does not merge with it.
//! * **Unlabelled text counts.** Every token is an item, including tokens neither analyst labelled
//!   (an O/O agreement) and tokens only one analyst labelled (the other analyst's O). Tools get
//!   this wrong in both directions: leaving out the O/O tokens typically deflates κ (it is then
//!   computed on the labelled words only), and leaving out the tokens one analyst skipped
//!   inflates it (the misses vanish). Counting everything has a known consequence: with a lot of unlabelled text,
//!   per-label κ approaches the token-level F1 (Hripcsak & Rothschild 2005), so κ and F1 read
//!   alike on long documents with sparse labels.
//!
//! Tokens of all documents in a scope are pooled into one confusion matrix.
//!
//! # Krippendorff's unitized alpha (αU)
//!
//! Krippendorff (1995) and (2004, the αU coefficient for unitizing, worked example p. 254), for
//! two coders and one category `c`. The continuum is all documents' chars one after another, of
//! total length `L`; each document is its own stretch, so no unit and no gap crosses a document
//! boundary. Each coder's units of `c` are first clipped to their document and overlapping units
//! (sharing at least one char) are merged, because the method needs every coder's units of one
//! category to be disjoint; units that merely touch stay two units, as they do in Krippendorff's
//! (1995) examples. Each coder's segmentation is then their units plus the gaps between them
//! (and before the first and after the last unit of each document).
//!
//! For a section `g` of coder A (a unit or a gap, starting at `b_g`, of length `l_g`) and a
//! section `h` of coder B, the squared-difference metric is
//!
//! ```text
//! δ²(g, h) = (b_g − b_h)² + (b_g + l_g − b_h − l_h)²   g and h both units, overlapping
//!          = l_g²                                      g a unit lying wholly inside gap h
//!          = l_h²                                      h a unit lying wholly inside gap g
//!          = 0                                         otherwise
//! ```
//!
//! "Otherwise" covers gap against gap and a unit against a gap it only partly overlaps, which is
//! already charged through the unit it does overlap.
//!
//! ```text
//! D_o = Σ_g Σ_h δ²(g, h) / L²
//!
//! D_e = (2 / L) · Σ_u [ (N_c − 1)/3 · (2l_u³ − 3l_u² + l_u)
//!                       + l_u² · Σ_{gaps γ with l_γ ≥ l_u} (l_γ − l_u + 1) ]
//!       / [ 2L(2L − 1) − Σ_u l_u(l_u − 1) ]
//!
//! αU  = 1 − D_o / D_e
//! ```
//!
//! `D_o` is Krippendorff's sum over both ordered coder pairs divided by `m(m − 1)L²`, with
//! `m = 2`. In `D_e`, `N_c` is the number of units of `c` of both coders, `u` runs over all those
//! units and `γ` over all gaps of both coders. αU is `None` when `D_e = 0` (no units of `c` at
//! all, or a degenerate continuum). Because gaps end at document boundaries, a unit is never
//! imagined placed across two documents when `D_e` counts the places it could have been put.
//!
//! **Across labels** (the overall and per-outlet αU) the per-label disagreements are pooled,
//! `αU = 1 − Σ_c D_o,c / Σ_c D_e,c`, the coefficient for all categories of Krippendorff (2004);
//! for the book's worked example it gives .859, reproduced in the tests. This equals the average
//! of the per-label αU weighted by each label's expected disagreement `D_e,c`, so a label nobody
//! used carries no weight. Krippendorff, Mathet, Bouvry & Widlöcher (2016) later revised the
//! definition because it misbehaves with more than two coders, and added coefficients that
//! separate unitizing from categorising; hashiya always compares exactly two analysts, and those
//! refinements are not computed here.
//!
//! The formulas were checked against `DKPro` Agreement (Meyer et al. 2014), which implements the
//! same definition, and by reproducing Krippendorff's (2004) published example in the tests.
//!
//! # Span precision, recall and F1
//!
//! Exact match on (document, start, end, label), analyst A as reference and B as prediction:
//!
//! ```text
//! P  = matched / (matched + only B)
//! R  = matched / (matched + only A)
//! F1 = 2·matched / (2·matched + only A + only B)
//! ```
//!
//! F1 is the harmonic mean of P and R when both are positive and 0 when nothing matched
//! (van Rijsbergen 1979). Swapping the analysts swaps P and R and leaves F1 unchanged; F1 is then
//! the positive specific agreement of Hripcsak & Rothschild (2005). Counts are summed over
//! documents before dividing (micro-average). Each figure is `None` when its denominator is 0.
//!
//! # Scopes
//!
//! * overall: all documents, all labels (multi-class κ, pooled αU, all spans);
//! * per label: all documents, that label only (binary κ, that label's αU, its spans);
//! * per outlet: that outlet's documents only, with the overall definitions. Documents without
//!   an outlet (or with a blank one) are grouped under [`NO_OUTLET`], "(no outlet)", which is
//!   visible in the text table where an empty name would not be.
//!
//! # References
//!
//! * Cohen, J. (1960). A coefficient of agreement for nominal scales. *Educational and
//!   Psychological Measurement* 20(1), 37–46.
//! * Krippendorff, K. (1995). On the reliability of unitizing continuous data. *Sociological
//!   Methodology* 25, 47–76.
//! * Krippendorff, K. (2004). *Content Analysis: An Introduction to Its Methodology* (2nd ed.).
//!   Thousand Oaks, CA: Sage.
//! * Krippendorff, K., Mathet, Y., Bouvry, S., & Widlöcher, A. (2016). On the reliability of
//!   unitizing textual continua: Further developments. *Quality & Quantity* 50, 2347–2364.
//! * Hripcsak, G., & Rothschild, A. S. (2005). Agreement, the F-measure, and reliability in
//!   information retrieval. *Journal of the American Medical Informatics Association* 12(3),
//!   296–298.
//! * van Rijsbergen, C. J. (1979). *Information Retrieval* (2nd ed.). London: Butterworths.
//! * Meyer, C. M., Mieskes, M., Stab, C., & Gurevych, I. (2014). `DKPro` Agreement: An open-source
//!   Java library for measuring inter-rater agreement. *COLING 2014, System Demonstrations*,
//!   105–109.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::i18n::number;
use crate::model::merge_overlapping;

/// Outlet name under which documents without an outlet are reported (in JSON; a table says
/// [`outlet_name`]).
pub const NO_OUTLET: &str = "(no outlet)";

/// An outlet of [`Agreement::per_outlet`] as a table names it: [`NO_OUTLET`] in the interface's
/// language.
pub fn outlet_name(outlet: &str) -> String {
    if outlet == NO_OUTLET {
        crate::i18n::tr("team-no-outlet")
    } else {
        outlet.to_owned()
    }
}

/// One labelled span: char offsets [start, end), start < end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

/// One document annotated by both analysts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentPair {
    /// Document path, for reports.
    pub name: String,
    /// Outlet (news source) name, for per-outlet figures.
    pub outlet: Option<String>,
    /// Length of the text in chars.
    pub len: usize,
    /// Word tokens as char ranges, sorted, disjoint (whitespace not in any token).
    pub tokens: Vec<(usize, usize)>,
    /// Analyst A's spans (any order; may nest or overlap).
    pub a: Vec<Unit>,
    /// Analyst B's spans.
    pub b: Vec<Unit>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// Cohen's κ on token-level labels; `None` when undefined (expected agreement 1, or no
    /// tokens).
    pub kappa: Option<f64>,
    /// Krippendorff's unitized alpha on spans; `None` when undefined.
    pub alpha_u: Option<f64>,
    /// Exact span match (same start, end, label), A as reference, B as prediction:
    /// matched / (matched + only B).
    pub precision: Option<f64>,
    /// matched / (matched + only A).
    pub recall: Option<f64>,
    /// 2·matched / (2·matched + only A + only B).
    pub f1: Option<f64>,
    /// Spans both analysts drew identically.
    pub matched: usize,
    /// Spans only analyst A drew.
    pub only_a: usize,
    /// Spans only analyst B drew.
    pub only_b: usize,
    /// Tokens compared.
    pub tokens: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Agreement {
    pub overall: Scores,
    pub per_label: BTreeMap<String, Scores>,
    /// Keyed by outlet name; documents without one under [`NO_OUTLET`].
    pub per_outlet: BTreeMap<String, Scores>,
    /// Cohen's κ per document category, filled in from the two projects
    /// ([`super::doc_agreement::doc_label_agreement`]); empty without categories.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub document_labels: Vec<super::doc_agreement::CategoryAgreement>,
    /// Relation P/R/F1 overall and per type, filled in from the two projects
    /// ([`super::relation_agreement::relation_agreement`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relations: Option<super::relation_agreement::RelationAgreement>,
}

/// The parts of Cohen's κ for one confusion matrix.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KappaTerms {
    /// Observed agreement `p_o`.
    pub observed: f64,
    /// Agreement expected by chance `p_e`.
    pub expected: f64,
    /// κ, `None` when `p_e = 1`.
    pub kappa: Option<f64>,
}

/// `p_o`, `p_e` and κ of a square confusion matrix (`matrix[i][j]`: items analyst A put in category
/// i and analyst B in category j). `None` when the matrix is not square or holds no items.
pub fn kappa_terms(matrix: &[Vec<u64>]) -> Option<KappaTerms> {
    let k = matrix.len();
    if matrix.iter().any(|row| row.len() != k) {
        return None;
    }
    let mut rows = vec![0_i128; k];
    let mut cols = vec![0_i128; k];
    let mut diagonal = 0_i128;
    for (i, row) in matrix.iter().enumerate() {
        for (j, &cell) in row.iter().enumerate() {
            let cell = i128::from(cell);
            rows[i] += cell;
            cols[j] += cell;
            if i == j {
                diagonal += cell;
            }
        }
    }
    let total: i128 = rows.iter().sum();
    if total == 0 {
        return None;
    }
    let chance: i128 = rows.iter().zip(&cols).map(|(r, c)| r * c).sum();
    let squared = total * total;
    let kappa =
        (squared != chance).then(|| (total * diagonal - chance) as f64 / (squared - chance) as f64);
    Some(KappaTerms {
        observed: diagonal as f64 / total as f64,
        expected: chance as f64 / squared as f64,
        kappa,
    })
}

/// Cohen's κ of a square confusion matrix; see [`kappa_terms`].
pub fn cohen_kappa(matrix: &[Vec<u64>]) -> Option<f64> {
    kappa_terms(matrix).and_then(|terms| terms.kappa)
}

/// Cohen's κ of paired categories, one `(A's category, B's category)` pair per item.
pub fn cohen_kappa_pairs<T: Ord>(pairs: impl IntoIterator<Item = (T, T)>) -> Option<f64> {
    let pairs: Vec<(T, T)> = pairs.into_iter().collect();
    let categories: Vec<&T> = pairs
        .iter()
        .flat_map(|(a, b)| [a, b])
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let index = |c: &T| categories.binary_search(&c).unwrap_or_default();
    let mut matrix = vec![vec![0_u64; categories.len()]; categories.len()];
    for (a, b) in &pairs {
        matrix[index(a)][index(b)] += 1;
    }
    cohen_kappa(&matrix)
}

/// One document's stretch of a continuum with both coders' units of one category, as
/// `[start, end)` offsets within the stretch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stretch {
    /// Length of the stretch in chars.
    pub len: usize,
    /// Coder A's units (any order; overlapping ones are merged).
    pub a: Vec<(usize, usize)>,
    /// Coder B's units.
    pub b: Vec<(usize, usize)>,
}

/// Observed and expected disagreement of one category over a continuum.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct UnitizedDisagreement {
    /// `D_o`.
    pub observed: f64,
    /// `D_e`.
    pub expected: f64,
}

impl UnitizedDisagreement {
    /// `αU = 1 − D_o / D_e`, `None` when `D_e = 0`.
    pub fn alpha(self) -> Option<f64> {
        (self.expected > 0.0).then(|| 1.0 - self.observed / self.expected)
    }
}

/// `D_o` and `D_e` of one category over a continuum made of `stretches` (one per document), with
/// each coder's units clipped to their stretch and overlapping units merged first.
pub fn unitized_disagreement(stretches: &[Stretch]) -> UnitizedDisagreement {
    let mut length = 0_u128;
    let mut observed = 0_u128;
    let mut units: Vec<u128> = Vec::new();
    let mut gaps: Vec<u128> = Vec::new();
    for stretch in stretches {
        let a = sections(&merged(&stretch.a, stretch.len), stretch.len);
        let b = sections(&merged(&stretch.b, stretch.len), stretch.len);
        length += stretch.len as u128;
        observed += observed_sum(&a, &b);
        for section in a.iter().chain(&b) {
            let len = (section.end - section.start) as u128;
            if section.unit {
                units.push(len);
            } else {
                gaps.push(len);
            }
        }
    }
    if length == 0 || units.is_empty() {
        return UnitizedDisagreement::default();
    }

    gaps.sort_unstable();
    // suffix[i] = sum of gaps[i..], so the gaps at least as long as a unit are found by one
    // binary search instead of a scan per unit.
    let mut suffix = vec![0_u128; gaps.len() + 1];
    for i in (0..gaps.len()).rev() {
        suffix[i] = suffix[i + 1] + gaps[i];
    }
    let others = units.len() as u128 - 1;
    let mut numerator = 0_u128;
    let mut same_unit_pairs = 0_u128;
    for &l in &units {
        // l(l − 1)(2l − 1) = 6·Σ_{k<l} k², so the division by 3 is exact.
        let within = l * (l - 1) * (2 * l - 1) / 3;
        let first = gaps.partition_point(|&g| g < l);
        let fitting = (gaps.len() - first) as u128;
        let placements = suffix[first] - fitting * (l - 1);
        numerator += others * within + l * l * placements;
        same_unit_pairs += l * (l - 1);
    }
    let pairable = 2 * length * (2 * length - 1) - same_unit_pairs;
    let length = length as f64;
    UnitizedDisagreement {
        observed: observed as f64 / (length * length),
        expected: 2.0 * numerator as f64 / (length * pairable as f64),
    }
}

/// αU of one category over a single continuum `[0, len)`; see [`unitized_disagreement`].
pub fn unitized_alpha(len: usize, a: &[(usize, usize)], b: &[(usize, usize)]) -> Option<f64> {
    unitized_disagreement(&[Stretch {
        len,
        a: a.to_vec(),
        b: b.to_vec(),
    }])
    .alpha()
}

/// αU across categories, `1 − Σ_c D_o,c / Σ_c D_e,c`; `None` when `Σ_c D_e,c = 0`.
pub fn pooled_unitized_alpha(parts: &[UnitizedDisagreement]) -> Option<f64> {
    let total = parts
        .iter()
        .fold(UnitizedDisagreement::default(), |sum, part| {
            UnitizedDisagreement {
                observed: sum.observed + part.observed,
                expected: sum.expected + part.expected,
            }
        });
    total.alpha()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Section {
    start: usize,
    end: usize,
    unit: bool,
}

/// Units clipped to `[0, len)`, empty ones dropped, sorted, overlapping ones merged.
fn merged(units: &[(usize, usize)], len: usize) -> Vec<(usize, usize)> {
    merge_overlapping(
        units
            .iter()
            .map(|&(start, end)| (start, end.min(len)))
            .filter(|&(start, end)| start < end)
            .collect(),
    )
}

/// A coder's segmentation of `[0, len)`: sorted disjoint units and the gaps around them.
fn sections(units: &[(usize, usize)], len: usize) -> Vec<Section> {
    let mut out = Vec::with_capacity(2 * units.len() + 1);
    let mut pos = 0;
    for &(start, end) in units {
        if pos < start {
            out.push(Section {
                start: pos,
                end: start,
                unit: false,
            });
        }
        out.push(Section {
            start,
            end,
            unit: true,
        });
        pos = end;
    }
    if pos < len {
        out.push(Section {
            start: pos,
            end: len,
            unit: false,
        });
    }
    out
}

/// Σ δ² over the overlapping pairs of sections; only overlapping pairs can be non-zero, and a
/// sweep over both segmentations visits each such pair exactly once.
fn observed_sum(a: &[Section], b: &[Section]) -> u128 {
    let (mut i, mut j) = (0, 0);
    let mut sum = 0;
    while let (Some(g), Some(h)) = (a.get(i), b.get(j)) {
        sum += squared_difference(*g, *h);
        if g.end <= h.end {
            i += 1;
        }
        if h.end <= g.end {
            j += 1;
        }
    }
    sum
}

/// Krippendorff's δ² for two overlapping sections.
fn squared_difference(g: Section, h: Section) -> u128 {
    let square = |x: usize, y: usize| {
        let d = x.abs_diff(y) as u128;
        d * d
    };
    let inside =
        |inner: Section, outer: Section| outer.start <= inner.start && inner.end <= outer.end;
    match (g.unit, h.unit) {
        (true, true) => square(g.start, h.start) + square(g.end, h.end),
        (true, false) if inside(g, h) => square(g.start, g.end),
        (false, true) if inside(h, g) => square(h.start, h.end),
        _ => 0,
    }
}

/// Exact-match span counts, A as reference and B as prediction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SpanCounts {
    /// Spans both analysts drew identically.
    pub matched: usize,
    /// Spans only analyst A drew.
    pub only_a: usize,
    /// Spans only analyst B drew.
    pub only_b: usize,
}

impl SpanCounts {
    /// matched / (matched + only B).
    pub fn precision(self) -> Option<f64> {
        ratio(self.matched, self.matched + self.only_b)
    }

    /// matched / (matched + only A).
    pub fn recall(self) -> Option<f64> {
        ratio(self.matched, self.matched + self.only_a)
    }

    /// 2·matched / (2·matched + only A + only B).
    pub fn f1(self) -> Option<f64> {
        ratio(
            2 * self.matched,
            2 * self.matched + self.only_a + self.only_b,
        )
    }

    fn add(self, other: Self) -> Self {
        Self {
            matched: self.matched + other.matched,
            only_a: self.only_a + other.only_a,
            only_b: self.only_b + other.only_b,
        }
    }
}

/// Exact-match counts for one document's spans; duplicates within one analyst count once and
/// empty spans are ignored.
pub fn span_counts(a: &[Unit], b: &[Unit]) -> SpanCounts {
    let key = |u: &Unit| (u.start, u.end, u.label.clone());
    let valid = |u: &&Unit| u.start < u.end;
    let a: BTreeSet<_> = a.iter().filter(valid).map(key).collect();
    let b: BTreeSet<_> = b.iter().filter(valid).map(key).collect();
    count_matches(&a, &b)
}

/// Matched and unmatched items of two sets (exact match), `a` as reference.
pub(crate) fn count_matches<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> SpanCounts {
    let matched = a.intersection(b).count();
    SpanCounts {
        matched,
        only_a: a.len() - matched,
        only_b: b.len() - matched,
    }
}

fn ratio(numerator: usize, denominator: usize) -> Option<f64> {
    (denominator > 0).then(|| numerator as f64 / denominator as f64)
}

/// A span with its label replaced by the label's index in the sorted label list.
type Span = (usize, usize, usize);

/// Category of every token for one analyst: 0 outside, i + 1 for label i.
struct Coverage {
    innermost: Vec<usize>,
    by_label: BTreeMap<usize, Vec<bool>>,
}

struct Prepared {
    outlet: String,
    len: usize,
    a: BTreeSet<Span>,
    b: BTreeSet<Span>,
    cover_a: Coverage,
    cover_b: Coverage,
}

/// Which tokens each span covers (sharing at least one char) and, per token, the label of the
/// shortest covering span, ties going to the label that sorts first.
fn coverage(tokens: &[(usize, usize)], spans: &BTreeSet<Span>) -> Coverage {
    let mut best: Vec<Option<(usize, usize)>> = vec![None; tokens.len()];
    let mut by_label: BTreeMap<usize, Vec<bool>> = BTreeMap::new();
    for &(start, end, label) in spans {
        let covered = by_label
            .entry(label)
            .or_insert_with(|| vec![false; tokens.len()]);
        let first = tokens.partition_point(|&(_, token_end)| token_end <= start);
        let overlapping = tokens[first..]
            .iter()
            .take_while(|&&(token_start, _)| token_start < end);
        for (k, _) in overlapping.enumerate() {
            let k = first + k;
            covered[k] = true;
            let candidate = (end - start, label);
            if best[k].is_none_or(|current| candidate < current) {
                best[k] = Some(candidate);
            }
        }
    }
    Coverage {
        innermost: best
            .into_iter()
            .map(|b| b.map_or(0, |(_, label)| label + 1))
            .collect(),
        by_label,
    }
}

fn outlet_key(outlet: Option<&str>) -> String {
    match outlet.map(str::trim) {
        Some(name) if !name.is_empty() => name.to_owned(),
        _ => NO_OUTLET.to_owned(),
    }
}

fn prepare(doc: &DocumentPair, labels: &[&str]) -> Prepared {
    let spans = |units: &[Unit]| -> BTreeSet<Span> {
        units
            .iter()
            .filter_map(|u| {
                let end = u.end.min(doc.len);
                let label = labels.binary_search(&u.label.as_str()).ok()?;
                (u.start < end).then_some((u.start, end, label))
            })
            .collect()
    };
    let a = spans(&doc.a);
    let b = spans(&doc.b);
    Prepared {
        outlet: outlet_key(doc.outlet.as_deref()),
        len: doc.len,
        cover_a: coverage(&doc.tokens, &a),
        cover_b: coverage(&doc.tokens, &b),
        a,
        b,
    }
}

fn label_stretches(docs: &[&Prepared], label: usize) -> Vec<Stretch> {
    let of = |spans: &BTreeSet<Span>| -> Vec<(usize, usize)> {
        spans
            .iter()
            .filter(|s| s.2 == label)
            .map(|&(start, end, _)| (start, end))
            .collect()
    };
    docs.iter()
        .map(|d| Stretch {
            len: d.len,
            a: of(&d.a),
            b: of(&d.b),
        })
        .collect()
}

/// Scores over `docs`, for one label (binary κ, that label's αU and spans) or for all of them.
fn scope_scores(docs: &[&Prepared], label: Option<usize>, label_count: usize) -> Scores {
    let tokens: usize = docs.iter().map(|d| d.cover_a.innermost.len()).sum();
    let (kappa, alpha_u, spans) = if let Some(label) = label {
        let mut matrix = vec![vec![0_u64; 2]; 2];
        for d in docs {
            let bits = |c: &Coverage, k: usize| {
                c.by_label
                    .get(&label)
                    .and_then(|v| v.get(k).copied())
                    .unwrap_or(false)
            };
            for k in 0..d.cover_a.innermost.len() {
                matrix[usize::from(bits(&d.cover_a, k))][usize::from(bits(&d.cover_b, k))] += 1;
            }
        }
        let alpha = unitized_disagreement(&label_stretches(docs, label)).alpha();
        let spans = docs.iter().fold(SpanCounts::default(), |sum, d| {
            let only = |s: &BTreeSet<Span>| -> BTreeSet<Span> {
                s.iter().filter(|s| s.2 == label).copied().collect()
            };
            sum.add(count_matches(&only(&d.a), &only(&d.b)))
        });
        (cohen_kappa(&matrix), alpha, spans)
    } else {
        let mut matrix = vec![vec![0_u64; label_count + 1]; label_count + 1];
        for d in docs {
            for (&a, &b) in d.cover_a.innermost.iter().zip(&d.cover_b.innermost) {
                matrix[a][b] += 1;
            }
        }
        let used: BTreeSet<usize> = docs
            .iter()
            .flat_map(|d| d.a.iter().chain(&d.b).map(|s| s.2))
            .collect();
        let parts: Vec<UnitizedDisagreement> = used
            .into_iter()
            .map(|l| unitized_disagreement(&label_stretches(docs, l)))
            .collect();
        let spans = docs.iter().fold(SpanCounts::default(), |sum, d| {
            sum.add(count_matches(&d.a, &d.b))
        });
        (cohen_kappa(&matrix), pooled_unitized_alpha(&parts), spans)
    };
    Scores {
        kappa,
        alpha_u,
        precision: spans.precision(),
        recall: spans.recall(),
        f1: spans.f1(),
        matched: spans.matched,
        only_a: spans.only_a,
        only_b: spans.only_b,
        tokens,
    }
}

/// All scores for a set of documents annotated by both analysts.
pub fn agreement(docs: &[DocumentPair]) -> Agreement {
    let labels: Vec<&str> = docs
        .iter()
        .flat_map(|d| {
            d.a.iter()
                .chain(&d.b)
                .filter(|u| u.start < u.end.min(d.len))
                .map(|u| u.label.as_str())
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let prepared: Vec<Prepared> = docs.iter().map(|d| prepare(d, &labels)).collect();
    let all: Vec<&Prepared> = prepared.iter().collect();

    let per_label = labels
        .iter()
        .enumerate()
        .map(|(i, name)| {
            (
                (*name).to_owned(),
                scope_scores(&all, Some(i), labels.len()),
            )
        })
        .collect();

    let mut by_outlet: BTreeMap<&str, Vec<&Prepared>> = BTreeMap::new();
    for doc in &prepared {
        by_outlet.entry(doc.outlet.as_str()).or_default().push(doc);
    }
    let per_outlet = by_outlet
        .into_iter()
        .map(|(outlet, docs)| (outlet.to_owned(), scope_scores(&docs, None, labels.len())))
        .collect();

    Agreement {
        overall: scope_scores(&all, None, labels.len()),
        per_label,
        per_outlet,
        document_labels: Vec::new(),
        relations: None,
    }
}

/// A plain-text table: overall, then each label, then each outlet (both sorted by name), with
/// figures at 3 decimals and "—" where a figure is undefined, in the interface's language and
/// digits.
pub fn to_text(agreement: &Agreement) -> String {
    use crate::i18n::{tr, tr_args};
    // The measures by the names the literature gives them, from the catalogue as the window's
    // agreement table has them.
    let header = [
        tr("cli-agreement-scope"),
        tr("agreement-kappa"),
        tr("agreement-alpha"),
        tr("agreement-precision"),
        tr("agreement-recall"),
        tr("agreement-f1"),
        tr("cli-agreement-matched"),
        tr("cli-agreement-only-a"),
        tr("cli-agreement-only-b"),
    ];
    // Without isolate marks, which would count as width in the columns.
    let scope = |id: &str, name: &str| {
        tr_args(id, &[("name", name.into())]).replace(['\u{2068}', '\u{2069}'], "")
    };
    let mut rows = vec![header, row(tr("cli-agreement-overall"), &agreement.overall)];
    for (label, scores) in &agreement.per_label {
        rows.push(row(scope("cli-agreement-label", label), scores));
    }
    for (outlet, scores) in &agreement.per_outlet {
        rows.push(row(
            scope("cli-agreement-outlet", &outlet_name(outlet)),
            scores,
        ));
    }

    let mut widths = [0_usize; 9];
    for cells in &rows {
        for (width, cell) in widths.iter_mut().zip(cells) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for cells in &rows {
        let mut line = String::new();
        for (i, (cell, &width)) in cells.iter().zip(&widths).enumerate() {
            let pad = width - cell.chars().count();
            if i == 0 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str("  ");
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    out
}

fn row(scope: String, s: &Scores) -> [String; 9] {
    [
        scope,
        figure(s.kappa),
        figure(s.alpha_u),
        figure(s.precision),
        figure(s.recall),
        figure(s.f1),
        number(s.matched),
        number(s.only_a),
        number(s.only_b),
    ]
}

/// A figure at 3 decimals in the chosen digits, "—" when undefined: the agreement tables' cells.
pub(crate) fn figure(value: Option<f64>) -> String {
    match value {
        None => "—".to_owned(),
        Some(v) => {
            let text = format!("{v:.3}");
            // A tiny negative rounds to "-0.000", which reads as a sign that means something.
            number(if text == "-0.000" { "0.000" } else { &text })
        }
    }
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]
mod tests {
    use super::*;

    fn close(actual: Option<f64>, expected: f64, tolerance: f64) {
        let actual = actual.unwrap();
        assert!(
            (actual - expected).abs() <= tolerance,
            "expected {expected}, got {actual}"
        );
    }

    fn unit(start: usize, end: usize, label: &str) -> Unit {
        Unit {
            start,
            end,
            label: label.to_owned(),
        }
    }

    /// Six three-letter words separated by single spaces: "aaa bbb ccc ddd eee fff".
    fn six_tokens() -> Vec<(usize, usize)> {
        vec![(0, 3), (4, 7), (8, 11), (12, 15), (16, 19), (20, 23)]
    }

    fn doc(outlet: Option<&str>, a: Vec<Unit>, b: Vec<Unit>) -> DocumentPair {
        DocumentPair {
            name: "doc".to_owned(),
            outlet: outlet.map(str::to_owned),
            len: 23,
            tokens: six_tokens(),
            a,
            b,
        }
    }

    fn swapped(docs: &[DocumentPair]) -> Vec<DocumentPair> {
        docs.iter()
            .map(|d| DocumentPair {
                a: d.b.clone(),
                b: d.a.clone(),
                ..d.clone()
            })
            .collect()
    }

    #[test]
    fn kappa_textbook_fifty_items() {
        // The widely reproduced 50-proposal example (e.g. the "Cohen's kappa" article on
        // Wikipedia, "Simple example"): both yes 20, A yes / B no 5, A no / B yes 10, both no 15.
        // p_o = 35/50 = 0.70; A says yes 25/50, B 30/50:
        // p_e = 0.5·0.6 + 0.5·0.4 = 0.50; κ = (0.70 − 0.50)/(1 − 0.50) = 0.40.
        let matrix = vec![vec![20, 5], vec![10, 15]];
        let terms = kappa_terms(&matrix).unwrap();
        assert!((terms.observed - 0.70).abs() < 1e-9);
        assert!((terms.expected - 0.50).abs() < 1e-9);
        close(terms.kappa, 0.40, 1e-9);
    }

    #[test]
    fn kappa_cohen_1960_three_categories() {
        // Cohen (1960), numerical example with 200 items in three categories (cell proportions
        // .44 .07 .09 / .05 .20 .05 / .01 .03 .06), published p_o = .70, p_c = .41, κ = .492.
        // By hand: p_o = (88 + 40 + 12)/200 = .70; rows 120, 60, 20; columns 100, 60, 40;
        // p_e = (120·100 + 60·60 + 20·40)/200² = 16400/40000 = .41;
        // κ = (.70 − .41)/(1 − .41) = .29/.59 = 0.491525…
        let matrix = vec![vec![88, 14, 18], vec![10, 40, 10], vec![2, 6, 12]];
        let terms = kappa_terms(&matrix).unwrap();
        assert!((terms.observed - 0.70).abs() < 1e-9);
        assert!((terms.expected - 0.41).abs() < 1e-9);
        close(terms.kappa, 0.29 / 0.59, 1e-9);
        close(terms.kappa, 0.492, 1e-3);
    }

    #[test]
    fn kappa_pairs_match_matrix_and_complete_disagreement() {
        // Same 50 items as above, given as pairs.
        let mut pairs = Vec::new();
        pairs.extend(std::iter::repeat_n(("yes", "yes"), 20));
        pairs.extend(std::iter::repeat_n(("yes", "no"), 5));
        pairs.extend(std::iter::repeat_n(("no", "yes"), 10));
        pairs.extend(std::iter::repeat_n(("no", "no"), 15));
        close(cohen_kappa_pairs(pairs), 0.40, 1e-9);
        // By hand: A yes/B no 5, A no/B yes 5: p_o = 0, p_e = .5·.5 + .5·.5 = .5, κ = −1.
        close(cohen_kappa(&[vec![0, 5], vec![5, 0]]), -1.0, 1e-9);
    }

    #[test]
    fn kappa_undefined_cases() {
        // Everything in one category for both analysts: p_e = 1.
        assert_eq!(cohen_kappa(&[vec![6, 0], vec![0, 0]]), None);
        assert_eq!(cohen_kappa_pairs([("O", "O"), ("O", "O")]), None);
        // No items, or not a square matrix.
        assert_eq!(cohen_kappa(&[vec![0, 0], vec![0, 0]]), None);
        assert_eq!(cohen_kappa(&[]), None);
        assert_eq!(cohen_kappa(&[vec![1, 2]]), None);
        assert_eq!(cohen_kappa_pairs(Vec::<(u8, u8)>::new()), None);
    }

    #[test]
    fn kappa_symmetric_and_approaches_f1_with_many_negatives() {
        // Cohen's κ is unchanged by transposing the matrix (swapping the analysts).
        let m = vec![vec![88, 14, 18], vec![10, 40, 10], vec![2, 6, 12]];
        let t = vec![vec![88, 10, 2], vec![14, 40, 6], vec![18, 10, 12]];
        close(cohen_kappa(&t), cohen_kappa(&m).unwrap(), 1e-12);
        // Hripcsak & Rothschild (2005): as the count d of items both leave negative grows, κ
        // approaches the F-measure 2a/(2a + b + c). Here a = 20, b = 5, c = 10:
        // 40/55 = 0.727272…; with d = 10⁹ the two agree to about 1e-7.
        close(
            cohen_kappa(&[vec![20, 5], vec![10, 1_000_000_000]]),
            40.0 / 55.0,
            1e-6,
        );
    }

    /// Krippendorff (2004, p. 254): continuum [150, 450), two coders, categories c and k.
    /// Offsets here are shifted by −150, which changes nothing (only lengths and differences
    /// enter the formulas).
    fn krippendorff_2004(category: char) -> Stretch {
        let shift = |v: &[(usize, usize)]| -> Vec<(usize, usize)> {
            v.iter().map(|&(s, e)| (s - 150, e - 150)).collect()
        };
        let (a, b) = if category == 'c' {
            (
                shift(&[(225, 295), (370, 400)]),
                shift(&[(220, 300), (355, 375), (400, 420)]),
            )
        } else {
            (
                shift(&[(180, 240), (300, 350)]),
                shift(&[(180, 240), (300, 350)]),
            )
        };
        Stretch { len: 300, a, b }
    }

    #[test]
    fn unitized_krippendorff_2004_example() {
        // Published (Krippendorff 2004, p. 254): D_o,c = .0144, D_e,c = .0532, αU_c = .7286;
        // D_o,k = 0, D_e,k = .0490, αU_k = 1; over both categories αU = .859.
        //
        // Category c, L = 300. Coder A: gap 75, unit [225,295) 70, gap 75, unit [370,400) 30,
        // gap 50. Coder B: gap 70, unit [220,300) 80, gap 55, unit [355,375) 20, gap 25,
        // unit [400,420) 20, gap 30.
        // δ²: [225,295)/[220,300): 5² + 5² = 50; [370,400)/[355,375): 15² + 25² = 850;
        // B's [400,420) inside A's gap [400,450): 20² = 400. Σ = 1300.
        // D_o = 1300/300² = 0.014444…
        //
        // D_e: N_c = 5; (N_c − 1)/3·(2l³ − 3l² + l) = 4/3·l(l − 1)(2l − 1):
        // l=70: 895 160; l=30: 68 440; l=80: 1 339 840; l=20 (twice): 39 520. Σ = 2 342 960.
        // Gaps of both coders: 75, 75, 50, 70, 55, 25, 30; l²·Σ_{gap ≥ l}(gap − l + 1):
        // l=70: 4900·(6 + 6 + 1) = 63 700; l=30: 900·(46 + 46 + 21 + 41 + 26 + 1) = 162 900;
        // l=80: 0; l=20 (twice): 2·400·(56 + 56 + 31 + 51 + 36 + 6 + 11) = 197 600.
        // Σ = 424 200; numerator 2 767 160.
        // Denominator 2L(2L − 1) − Σ l(l − 1) = 600·599 − (4830 + 870 + 6320 + 380 + 380)
        // = 346 620. D_e = (2/300)·2 767 160/346 620 = 5 534 320/103 986 000 = 0.053222…
        let c = unitized_disagreement(&[krippendorff_2004('c')]);
        assert!((c.observed - 1300.0 / 90_000.0).abs() < 1e-12);
        assert!((c.expected - 5_534_320.0 / 103_986_000.0).abs() < 1e-12);
        assert!((c.observed - 0.0144).abs() < 1e-4);
        assert!((c.expected - 0.0532).abs() < 1e-4);
        close(c.alpha(), 0.7286, 1e-4);

        // Category k: both coders [180,240) 60 and [300,350) 50; D_o = 0.
        // N_c = 4: 3/3·l(l − 1)(2l − 1): 2·421 260 + 2·242 550 = 1 327 620.
        // Gaps 30, 60, 100 for each coder: l=60: 3600·2·(1 + 41) = 302 400, twice;
        // l=50: 2500·2·(11 + 51) = 310 000, twice. Σ = 1 224 800; numerator 2 552 420.
        // Denominator 359 400 − (2·3540 + 2·2450) = 347 420.
        // D_e = 2·2 552 420/(300·347 420) = 5 104 840/104 226 000 = 0.048978…
        let k = unitized_disagreement(&[krippendorff_2004('k')]);
        assert!(k.observed.abs() < 1e-12);
        assert!((k.expected - 5_104_840.0 / 104_226_000.0).abs() < 1e-12);
        assert!((k.expected - 0.0490).abs() < 1e-4);
        close(k.alpha(), 1.0, 1e-12);

        // Both categories: 1 − (0.014444 + 0)/(0.053222 + 0.048978) = 0.858666…; the book's
        // .859 is computed from the rounded figures, 1 − .0144/(.0532 + .0490).
        let pooled = pooled_unitized_alpha(&[c, k]);
        close(pooled, 1.0 - c.observed / (c.expected + k.expected), 1e-12);
        close(pooled, 0.859, 1e-3);
    }

    #[test]
    fn unitized_krippendorff_1995_observed_disagreement() {
        // Krippendorff (1995, p. 57) compares pairs of coders on a continuum of 24, here as
        // transcribed in DKPro Agreement's test suite (Meyer et al. 2014). Only D_o is checked:
        // the 1995 paper's D_e uses an earlier expression than the 2004 one implemented here.
        //
        // Pair A: coder 1 units [2,10), [14,20); coder 2 units [4,8), [15,17).
        // δ²: (2 − 4)² + (10 − 8)² = 8; (14 − 15)² + (20 − 17)² = 10; no unit lies inside a gap.
        // D_o = 18/24² = 0.03125.
        let a = unitized_disagreement(&[Stretch {
            len: 24,
            a: vec![(2, 10), (14, 20)],
            b: vec![(4, 8), (15, 17)],
        }]);
        assert!((a.observed - 18.0 / 576.0).abs() < 1e-12);

        // Pair B: coder 1 one unit [0,18); coder 2 seven touching units [0,2), [2,3), [3,4),
        // [4,5), [5,6), [6,9), [9,10). Touching units are not merged, so each is compared with
        // [0,18): 0+256, 4+225, 9+196, 16+169, 25+144, 36+81, 81+64; Σ = 1306.
        // D_o = 1306/576 = 2.267361…
        let b = unitized_disagreement(&[Stretch {
            len: 24,
            a: vec![(0, 18)],
            b: vec![(0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 9), (9, 10)],
        }]);
        assert!((b.observed - 1306.0 / 576.0).abs() < 1e-12);
    }

    #[test]
    fn unitized_identical_annotations() {
        // D_o = 0 and D_e > 0, so αU = 1 (formulas as in Krippendorff 2004).
        let units = [(2, 5), (7, 9)];
        close(unitized_alpha(10, &units, &units), 1.0, 1e-12);
    }

    #[test]
    fn unitized_one_coder_only() {
        // Krippendorff (2004) formulas, by hand. L = 10; A has [2,5), B has nothing.
        // A: gap 2, unit 3, gap 5; B: gap 10.
        // D_o: A's unit lies inside B's gap: 3² = 9; D_o = 9/100.
        // D_e: N_c = 1, so the unit-unit term is 0; gaps ≥ 3: 5 → 3, 10 → 8; 3²·11 = 99;
        // denominator 20·19 − 3·2 = 374; D_e = (2/10)·99/374 = 99/1870.
        // αU = 1 − (9/100)/(99/1870) = 1 − 16 830/9900 = −0.7.
        let d = unitized_disagreement(&[Stretch {
            len: 10,
            a: vec![(2, 5)],
            b: vec![],
        }]);
        assert!((d.observed - 0.09).abs() < 1e-12);
        assert!((d.expected - 99.0 / 1870.0).abs() < 1e-12);
        close(d.alpha(), -0.7, 1e-12);
        close(unitized_alpha(10, &[], &[(2, 5)]), -0.7, 1e-12);
    }

    #[test]
    fn unitized_partial_overlap() {
        // Krippendorff (2004) formulas, by hand. L = 10; A has [2,6), B has [4,8).
        // A: gap 2, unit 4, gap 4; B: gap 4, unit 4, gap 2.
        // D_o: units overlap: (2 − 4)² + (6 − 8)² = 8; neither unit inside a gap; D_o = 8/100.
        // D_e: N_c = 2; each unit 1/3·4·3·7 = 28 → 56; gaps ≥ 4: 4, 4 → 16·(1 + 1) = 32 each
        // → 64; numerator 120; denominator 20·19 − 2·12 = 356; D_e = (2/10)·120/356 = 6/89.
        // αU = 1 − (8/100)/(6/89) = 1 − 89/75 = −14/75 = −0.186666…
        let d = unitized_disagreement(&[Stretch {
            len: 10,
            a: vec![(2, 6)],
            b: vec![(4, 8)],
        }]);
        assert!((d.observed - 0.08).abs() < 1e-12);
        assert!((d.expected - 6.0 / 89.0).abs() < 1e-12);
        close(d.alpha(), -14.0 / 75.0, 1e-12);
    }

    #[test]
    fn unitized_separate_documents() {
        // Krippendorff (2004) formulas, by hand, with each document its own stretch.
        // Document 1 (4 chars): A [0,2), B [0,2). Document 2 (4 chars): A [2,4), B nothing.
        // L = 8. A: unit 2, gap 2 | gap 2, unit 2. B: unit 2, gap 2 | gap 4.
        // D_o: document 1 agrees (0); A's [2,4) inside B's gap [0,4): 2² = 4. D_o = 4/64.
        // D_e: N_c = 3, all l = 2: unit-unit term 2/3·2·1·3 = 4 each → 12; gaps 2, 2, 2, 4:
        // Σ(gap − 1) = 1 + 1 + 1 + 3 = 6, times l² = 24 per unit → 72; numerator 84;
        // denominator 16·15 − 3·2 = 234; D_e = (2/8)·84/234 = 21/234 = 7/78.
        // αU = 1 − (1/16)/(7/78) = 1 − 39/56 = 17/56 = 0.303571…
        let docs = [
            Stretch {
                len: 4,
                a: vec![(0, 2)],
                b: vec![(0, 2)],
            },
            Stretch {
                len: 4,
                a: vec![(2, 4)],
                b: vec![],
            },
        ];
        let d = unitized_disagreement(&docs);
        assert!((d.observed - 1.0 / 16.0).abs() < 1e-12);
        assert!((d.expected - 7.0 / 78.0).abs() < 1e-12);
        close(d.alpha(), 17.0 / 56.0, 1e-12);

        // Treating the two documents as one text of 8 chars would join A's gaps into one of 4
        // and B's into one of 6: gap term 4·(3 + 5) = 32 per unit, numerator 12 + 96 = 108,
        // D_e = (2/8)·108/234 = 27/234 and αU = 1 − (1/16)/(27/234) = 11/24 = 0.458333…
        close(
            unitized_alpha(8, &[(0, 2), (6, 8)], &[(0, 2)]),
            11.0 / 24.0,
            1e-12,
        );
    }

    #[test]
    fn unitized_merges_overlapping_units_of_one_coder() {
        // A's [2,6) and [4,8) overlap and become [2,8), identical to B's: αU = 1.
        let d = unitized_disagreement(&[Stretch {
            len: 10,
            a: vec![(4, 8), (2, 6)],
            b: vec![(2, 8)],
        }]);
        assert!(d.observed.abs() < 1e-12);
        close(d.alpha(), 1.0, 1e-12);
        // Touching units stay apart: [2,5) and [5,8) against [2,8) give
        // (0² + 3²) + (3² + 0²) = 18, D_o = 18/100.
        let t = unitized_disagreement(&[Stretch {
            len: 10,
            a: vec![(2, 5), (5, 8)],
            b: vec![(2, 8)],
        }]);
        assert!((t.observed - 0.18).abs() < 1e-12);
    }

    #[test]
    fn unitized_undefined_and_clipping() {
        // No units at all: D_e = 0.
        assert_eq!(unitized_alpha(10, &[], &[]), None);
        assert_eq!(unitized_alpha(0, &[], &[]), None);
        // Empty units are ignored; units past the end are clipped ([8,15) becomes [8,10)).
        assert_eq!(unitized_alpha(10, &[(3, 3)], &[]), None);
        close(unitized_alpha(10, &[(8, 15)], &[(8, 10)]), 1.0, 1e-12);
        assert_eq!(pooled_unitized_alpha(&[]), None);
    }

    #[test]
    fn unitized_symmetric_in_coders() {
        let c = krippendorff_2004('c');
        let swapped = Stretch {
            len: c.len,
            a: c.b.clone(),
            b: c.a.clone(),
        };
        let d = unitized_disagreement(&[c]);
        let e = unitized_disagreement(&[swapped]);
        assert!((d.observed - e.observed).abs() < 1e-15);
        assert!((d.expected - e.expected).abs() < 1e-15);
    }

    #[test]
    fn span_counts_and_scores() {
        // By hand: A has 3 spans, B has 2; one is identical (same start, end and label), one of
        // B's has the right offsets but another label, and a duplicate in A counts once.
        let a = [
            unit(0, 3, "PER"),
            unit(4, 7, "LOC"),
            unit(8, 11, "ORG"),
            unit(8, 11, "ORG"),
        ];
        let b = [unit(0, 3, "PER"), unit(4, 7, "ORG")];
        let c = span_counts(&a, &b);
        assert_eq!(
            c,
            SpanCounts {
                matched: 1,
                only_a: 2,
                only_b: 1
            }
        );
        // P = 1/2, R = 1/3, F1 = 2·1/(2 + 2 + 1) = 0.4 = 2·(1/2)(1/3)/(1/2 + 1/3).
        close(c.precision(), 0.5, 1e-12);
        close(c.recall(), 1.0 / 3.0, 1e-12);
        close(c.f1(), 0.4, 1e-12);

        // Swapping the analysts swaps P and R; F1 is symmetric (Hripcsak & Rothschild 2005).
        let s = span_counts(&b, &a);
        assert_eq!((s.matched, s.only_a, s.only_b), (1, 1, 2));
        assert_eq!(s.precision(), c.recall());
        assert_eq!(s.recall(), c.precision());
        assert_eq!(s.f1(), c.f1());
    }

    #[test]
    fn span_scores_undefined() {
        // No spans at all: every denominator is 0.
        let none = span_counts(&[], &[]);
        assert_eq!(
            (none.precision(), none.recall(), none.f1()),
            (None, None, None)
        );
        // Only A labelled: P has no denominator, R = 0, F1 = 0.
        let only_a = span_counts(&[unit(0, 3, "PER")], &[]);
        assert_eq!(only_a.precision(), None);
        assert_eq!(only_a.recall(), Some(0.0));
        assert_eq!(only_a.f1(), Some(0.0));
    }

    #[test]
    fn coverage_partial_tokens_innermost_and_ties() {
        // Labels by index: 0 = LOC, 1 = ORG, 2 = PER, 3 = X, 4 = Y.
        // PER [0,11) covers tokens 0–2; ORG [4,7) is shorter, so token 1 is ORG.
        let spans: BTreeSet<Span> = [(0, 11, 2), (4, 7, 1)].into_iter().collect();
        let c = coverage(&six_tokens(), &spans);
        assert_eq!(c.innermost, vec![3, 2, 3, 0, 0, 0]);
        assert_eq!(c.by_label[&2], vec![true, true, true, false, false, false]);
        assert_eq!(
            c.by_label[&1],
            vec![false, true, false, false, false, false]
        );

        // [1,5) cuts into tokens 0 and 1 and covers both; [7,8) is only whitespace.
        let spans: BTreeSet<Span> = [(1, 5, 2), (7, 8, 0)].into_iter().collect();
        let c = coverage(&six_tokens(), &spans);
        assert_eq!(c.innermost, vec![3, 3, 0, 0, 0, 0]);
        assert_eq!(c.by_label[&0], vec![false; 6]);

        // Equal lengths: the label that sorts first wins; both count for their binary label.
        let spans: BTreeSet<Span> = [(0, 3, 4), (0, 3, 3)].into_iter().collect();
        let c = coverage(&six_tokens(), &spans);
        assert_eq!(c.innermost[0], 4);
        assert!(c.by_label[&3][0] && c.by_label[&4][0]);
    }

    /// "aaa bbb ccc ddd eee fff": both analysts mark PER [0,7) (tokens 0–1); only A marks
    /// LOC [12,15) (token 3).
    fn only_a_labelled() -> Vec<DocumentPair> {
        vec![doc(
            Some("Alpha"),
            vec![unit(0, 7, "PER"), unit(12, 15, "LOC")],
            vec![unit(0, 7, "PER")],
        )]
    }

    #[test]
    fn span_only_one_analyst_labelled() {
        let r = agreement(&only_a_labelled());

        // κ (Cohen 1960), overall, by hand. Tokens: A = PER PER O LOC O O,
        // B = PER PER O O O O; B's token 3 counts as O. Confusion (A × B): PER/PER 2, O/O 3,
        // LOC/O 1. p_o = 5/6; rows O 3, PER 2, LOC 1; columns O 4, PER 2, LOC 0;
        // p_e = (3·4 + 2·2 + 1·0)/36 = 16/36; κ = (30/36 − 16/36)/(20/36) = 0.7.
        // (Dropping the three O/O tokens would give p_o = 2/3, p_e = 4/9, κ = 0.4.)
        close(r.overall.kappa, 0.7, 1e-12);
        assert_eq!(r.overall.tokens, 6);

        // Span F1: PER matched, LOC only A. P = 1/1, R = 1/2, F1 = 2/(2 + 1) = 2/3.
        assert_eq!(
            (r.overall.matched, r.overall.only_a, r.overall.only_b),
            (1, 1, 0)
        );
        close(r.overall.precision, 1.0, 1e-12);
        close(r.overall.recall, 0.5, 1e-12);
        close(r.overall.f1, 2.0 / 3.0, 1e-12);

        // LOC alone. κ: A = 0 0 0 1 0 0, B all 0: p_o = 5/6, p_e = (5·6 + 1·0)/36 = 5/6, κ = 0.
        // F1: only A 1, so P undefined, R = 0, F1 = 0.
        // αU (Krippendorff 2004 formulas): L = 23; A: gap 12, unit [12,15) 3, gap 8; B is one
        // gap of 23, and A's unit lies inside it: D_o = 3²/23² = 9/529.
        // D_e: N_c = 1; gaps 12, 8, 23 are all ≥ 3: 9·(10 + 6 + 21) = 333;
        // denominator 46·45 − 3·2 = 2064; D_e = (2/23)·333/2064 = 666/47 472.
        // αU = 1 − (9/529)/(666/47 472) = 1 − 18 576/15 318 = −181/851 = −0.212691…
        let loc = &r.per_label["LOC"];
        close(loc.kappa, 0.0, 1e-12);
        assert_eq!(loc.precision, None);
        assert_eq!(loc.recall, Some(0.0));
        assert_eq!(loc.f1, Some(0.0));
        assert_eq!((loc.matched, loc.only_a, loc.only_b), (0, 1, 0));
        close(loc.alpha_u, -181.0 / 851.0, 1e-12);

        // PER alone: identical, κ = 1, αU = 1, F1 = 1.
        // D_e,PER: N_c = 2, l = 7: 1/3·7·6·13 = 182 each → 364; each coder has one gap of 16:
        // 49·2·(16 − 7 + 1) = 980 each → 1960; numerator 2324; denominator 2070 − 2·42 = 1986;
        // D_e = (2/23)·2324/1986 = 4648/45 678.
        let per = &r.per_label["PER"];
        close(per.kappa, 1.0, 1e-12);
        close(per.alpha_u, 1.0, 1e-12);
        close(per.f1, 1.0, 1e-12);

        // Overall αU pools both labels: 1 − (0 + 9/529)/(4648/45 678 + 666/47 472)
        // = 1 − 0.017013/0.115785 = 0.853062…
        let expected = 1.0 - (9.0 / 529.0) / (4648.0 / 45_678.0 + 666.0 / 47_472.0);
        close(r.overall.alpha_u, expected, 1e-12);
    }

    #[test]
    fn whitespace_span_and_partial_tokens() {
        // A: PER [0,11) with ORG [4,7) inside; B: PER [1,5), cutting into tokens 0 and 1, and
        // LOC [7,8), which covers only the space between tokens 1 and 2.
        // Tokens, by hand: A = PER ORG PER O O O; B = PER PER O O O O.
        // Confusion: PER/PER 1, ORG/PER 1, PER/O 1, O/O 3. p_o = 4/6; rows O 3, ORG 1, PER 2;
        // columns O 4, ORG 0, PER 2; p_e = (12 + 0 + 4)/36 = 16/36;
        // κ = (24/36 − 16/36)/(20/36) = 0.4 (Cohen 1960).
        let docs = [doc(
            None,
            vec![unit(0, 11, "PER"), unit(4, 7, "ORG")],
            vec![unit(1, 5, "PER"), unit(7, 8, "LOC")],
        )];
        let r = agreement(&docs);
        close(r.overall.kappa, 0.4, 1e-12);

        // LOC covers no token for either analyst: every token is "not LOC" for both, p_e = 1.
        let loc = &r.per_label["LOC"];
        assert_eq!(loc.kappa, None);
        // αU still sees B's one-char unit inside A's gap (Krippendorff 2004 formulas):
        // D_o = 1/23²; N_c = 1, gaps 23 (A), 7 and 15 (B): 1²·(23 + 7 + 15) = 45;
        // D_e = (2/23)·45/(46·45 − 0) = 90/47 610 = 1/529; αU = 1 − 1 = 0.
        close(loc.alpha_u, 0.0, 1e-12);
    }

    #[test]
    fn nothing_labelled_is_undefined() {
        let r = agreement(&[doc(Some("Alpha"), vec![], vec![])]);
        let s = &r.overall;
        // All six tokens O/O: p_e = 1, κ undefined; no units, no spans.
        assert_eq!(s.kappa, None);
        assert_eq!(s.alpha_u, None);
        assert_eq!((s.precision, s.recall, s.f1), (None, None, None));
        assert_eq!((s.matched, s.only_a, s.only_b, s.tokens), (0, 0, 0, 6));
        assert!(r.per_label.is_empty());
        assert_eq!(r.per_outlet["Alpha"], *s);
        assert_eq!(agreement(&[]).overall.tokens, 0);
        // Spans that are empty once clipped to the document are ignored, label and all.
        let r = agreement(&[doc(
            None,
            vec![unit(5, 5, "PER")],
            vec![unit(30, 40, "LOC")],
        )]);
        assert!(r.per_label.is_empty());
        assert_eq!(r.overall.f1, None);
        assert_eq!(agreement(&[]).overall.kappa, None);
    }

    #[test]
    fn per_outlet_scores() {
        let mut docs = only_a_labelled();
        docs.push(doc(None, vec![unit(0, 3, "PER")], vec![unit(0, 3, "PER")]));
        docs.push(doc(Some("  "), vec![], vec![]));
        let r = agreement(&docs);
        assert_eq!(
            r.per_outlet.keys().collect::<Vec<_>>(),
            vec![NO_OUTLET, "Alpha"]
        );
        assert_eq!(r.per_outlet["Alpha"], agreement(&docs[..1]).overall);
        assert_eq!(r.per_outlet[NO_OUTLET], agreement(&docs[1..]).overall);

        // Overall κ by hand over all 18 tokens: PER/PER 3, O/O 3 + 5 + 6 = 14, LOC/O 1.
        // p_o = 17/18; rows O 14, PER 3, LOC 1; columns O 15, PER 3, LOC 0;
        // p_e = (210 + 9)/324 = 219/324; κ = (306 − 219)/(324 − 219) = 87/105 = 29/35.
        close(r.overall.kappa, 29.0 / 35.0, 1e-12);
        assert_eq!(r.overall.tokens, 18);
        assert_eq!(
            (r.overall.matched, r.overall.only_a, r.overall.only_b),
            (2, 1, 0)
        );
    }

    #[test]
    fn agreement_symmetry() {
        let mut docs = only_a_labelled();
        docs.push(doc(
            None,
            vec![unit(0, 11, "PER"), unit(4, 7, "ORG")],
            vec![unit(1, 5, "PER"), unit(16, 23, "ORG")],
        ));
        let r = agreement(&docs);
        let s = agreement(&swapped(&docs));
        let scopes = |a: &Agreement| {
            let mut v = vec![a.overall.clone()];
            v.extend(a.per_label.values().cloned());
            v.extend(a.per_outlet.values().cloned());
            v
        };
        let same = |x: Option<f64>, y: Option<f64>| match (x, y) {
            (Some(x), Some(y)) => (x - y).abs() < 1e-12,
            (x, y) => x == y,
        };
        for (x, y) in scopes(&r).iter().zip(&scopes(&s)) {
            assert!(same(x.kappa, y.kappa));
            assert!(same(x.alpha_u, y.alpha_u));
            assert!(same(x.f1, y.f1));
            assert_eq!(x.precision, y.recall);
            assert_eq!(x.recall, y.precision);
            assert_eq!(
                (x.matched, x.only_a, x.only_b),
                (y.matched, y.only_b, y.only_a)
            );
        }
    }

    #[test]
    fn text_table() {
        let text = to_text(&agreement(&only_a_labelled()));
        let expected = "\
scope             κ      αU      P      R     F1  matched  only A  only B
overall       0.700   0.853  1.000  0.500  0.667        1       1       0
label LOC     0.000  -0.213      —  0.000  0.000        0       1       0
label PER     1.000   1.000  1.000  1.000  1.000        1       0       0
outlet Alpha  0.700   0.853  1.000  0.500  0.667        1       1       0
";
        assert_eq!(text, expected);
    }
}
