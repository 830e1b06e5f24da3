//! Who said it first: a cluster's claims placed in time, one lane per outlet. A claim's date is
//! its statement date when the analyst recorded one, else its article's publication date; a
//! claim with neither (or one that is not an ISO 8601 day) is listed apart, never dropped.

use std::collections::BTreeMap;

use crate::model::{ClaimId, ClusterId, DocId, OutletId, Project, Relation, Rgb};

/// A day as a count of days since 1970-01-01 (negative before), so dates compare and plot as
/// numbers.
pub type Day = i64;

/// The day an ISO 8601 date starts with (`2024-03-05`, `2024-03-05T10:00Z`, `2024-03-05 …`);
/// `None` for anything else, including a month or year alone.
pub fn parse_day(text: &str) -> Option<Day> {
    let text = text.trim();
    let head = text.get(..10)?;
    let rest = &text[10..];
    if !(rest.is_empty() || rest.starts_with(['T', ' ', 't'])) {
        return None;
    }
    let bytes = head.as_bytes();
    if bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = &head[range];
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// The ISO 8601 date of `day`.
pub fn day_text(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil-calendar conversions (proleptic Gregorian).
fn days_from_civil(year: i64, month: i64, day: i64) -> Day {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: Day) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The colour of a relation wherever claims are drawn by relation: the report's timeline, the
/// window's timeline and the claims × sources matrix.
pub fn relation_rgb(relation: Relation) -> Rgb {
    match relation {
        Relation::Reports => Rgb(60, 130, 220),
        Relation::Supports => Rgb(40, 170, 100),
        Relation::Contradicts => Rgb(235, 150, 30),
        Relation::Denies => Rgb(225, 70, 70),
    }
}

/// Where a claim's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    /// The claim's own statement date.
    Statement,
    /// Its article's publication date.
    Publication,
}

/// One claim of the cluster on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub doc: DocId,
    pub claim: ClaimId,
    pub relation: Relation,
    pub day: Day,
    pub source: DateSource,
    /// The earliest claim of the whole cluster (every claim of that first day).
    pub first: bool,
}

/// One outlet's claims in the cluster, by day then document and claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lane {
    pub outlet: OutletId,
    pub points: Vec<Point>,
}

impl Lane {
    /// Where each point sits across its lane, from -0.5 to 0.5 (0 when alone on its day), so
    /// that claims of one outlet on one day do not hide each other.
    #[expect(clippy::cast_precision_loss, reason = "claims of a day are few")]
    pub fn spread(&self) -> Vec<f64> {
        let same_day = |day: Day, points: &[Point]| points.iter().filter(|q| q.day == day).count();
        self.points
            .iter()
            .enumerate()
            .map(|(k, p)| {
                let same = same_day(p.day, &self.points);
                let before = same_day(p.day, &self.points[..k]);
                (before as f64 - (same - 1) as f64 / 2.0) / same as f64
            })
            .collect()
    }
}

/// A claim of the cluster with no date to place it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undated {
    pub doc: DocId,
    pub claim: ClaimId,
    pub outlet: OutletId,
    pub relation: Relation,
}

/// A cluster's timeline: lanes ordered by each outlet's first day (then outlet name), so the
/// outlet that said it first is on top.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub cluster: ClusterId,
    pub lanes: Vec<Lane>,
    pub undated: Vec<Undated>,
    /// The day of the first appearance; `None` when no claim is dated.
    pub first_day: Option<Day>,
}

impl Timeline {
    /// Earliest and latest day of the dated claims.
    pub fn span(&self) -> Option<(Day, Day)> {
        let days = self
            .lanes
            .iter()
            .flat_map(|l| l.points.iter().map(|p| p.day));
        let (min, max) = days.fold((Day::MAX, Day::MIN), |(lo, hi), d| (lo.min(d), hi.max(d)));
        (min <= max).then_some((min, max))
    }

    /// The first day each outlet speaks, by outlet.
    pub fn first_days(&self) -> BTreeMap<OutletId, Day> {
        self.lanes
            .iter()
            .filter_map(|l| Some((l.outlet.clone(), l.points.first()?.day)))
            .collect()
    }
}

/// The day of a claim of `doc` and where it came from.
pub fn claim_day(project: &Project, doc: &DocId, claim: &ClaimId) -> Option<(Day, DateSource)> {
    if let Some(day) = project
        .annotations
        .claim(doc, claim)
        .and_then(|c| parse_day(&c.statement_date))
    {
        return Some((day, DateSource::Statement));
    }
    let day = parse_day(&project.document(doc)?.date)?;
    Some((day, DateSource::Publication))
}

/// The timeline of cluster `id`; `None` when the project has no such cluster. Members whose
/// claim the project lacks are left out, as the claims × sources matrix does.
pub fn cluster_timeline(project: &Project, id: &ClusterId) -> Option<Timeline> {
    let cluster = project.cluster(id)?;
    let mut lanes: BTreeMap<OutletId, Vec<Point>> = BTreeMap::new();
    let mut undated = Vec::new();
    for m in &cluster.members {
        if project.annotations.claim(&m.doc, &m.claim).is_none() {
            continue;
        }
        let outlet = project.outlet_of(&m.doc);
        match claim_day(project, &m.doc, &m.claim) {
            Some((day, source)) => lanes.entry(outlet).or_default().push(Point {
                doc: m.doc.clone(),
                claim: m.claim.clone(),
                relation: m.relation,
                day,
                source,
                first: false,
            }),
            None => undated.push(Undated {
                doc: m.doc.clone(),
                claim: m.claim.clone(),
                outlet,
                relation: m.relation,
            }),
        }
    }
    let first_day = lanes.values().flatten().map(|p| p.day).min();
    let mut lanes: Vec<Lane> = lanes
        .into_iter()
        .map(|(outlet, mut points)| {
            points.sort_by(|a, b| (a.day, &a.doc, &a.claim).cmp(&(b.day, &b.doc, &b.claim)));
            for p in &mut points {
                p.first = Some(p.day) == first_day;
            }
            Lane { outlet, points }
        })
        .collect();
    lanes.sort_by(|a, b| {
        let first = |l: &Lane| l.points.first().map(|p| p.day);
        first(a)
            .cmp(&first(b))
            .then_with(|| {
                project
                    .outlet_name(&a.outlet)
                    .cmp(project.outlet_name(&b.outlet))
            })
            .then_with(|| a.outlet.cmp(&b.outlet))
    });
    Some(Timeline {
        cluster: id.clone(),
        lanes,
        undated,
        first_day,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_of_one_day_spread_across_their_lane() {
        let point = |day: Day, claim: u64| Point {
            doc: DocId("a".into()),
            claim: ClaimId::from_u64(claim),
            relation: Relation::Reports,
            day,
            source: DateSource::Publication,
            first: false,
        };
        let lane = Lane {
            outlet: OutletId::from_u64(1),
            points: vec![point(1, 1), point(2, 2), point(2, 3), point(2, 4)],
        };
        let spread = lane.spread();
        assert!(spread[0].abs() < 1e-9, "alone on its day: on the lane");
        let thirds: Vec<String> = spread[1..].iter().map(|s| format!("{s:.3}")).collect();
        assert_eq!(thirds, ["-0.333", "0.000", "0.333"]);
    }

    #[test]
    fn days_round_trip_and_reject_what_is_not_a_day() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(
            parse_day("2024-03-01"),
            Some(parse_day("2024-02-29").expect("a leap day") + 1)
        );
        assert_eq!(parse_day("2024-03-05T10:00:00Z"), parse_day("2024-03-05"));
        for day in [-700_000 / 3, -1, 0, 19_000, 20_000, 60_000] {
            assert_eq!(parse_day(&day_text(day)), Some(day));
        }
        for bad in [
            "",
            "2024-03",
            "2023-02-29",
            "2024-13-01",
            "٢٠٢٤-٠٣-٠٥",
            "2024-03-05x",
        ] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }
}
