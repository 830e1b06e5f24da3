//! What the timeline window shows, built from [`crate::report::timeline`] without a window: a
//! lane per outlet (the first to speak on top), a point per dated claim with the span to go to,
//! the undated claims apart, and which point a click lands on.

use crate::model::{ClaimId, ClusterId, DocId, Relation, SpanId};
use crate::report::timeline::{DateSource, Day, cluster_timeline, day_text};
use crate::ui::panels::matrix::relation_word;
use crate::workspace::Workspace;

/// One claim of the cluster as the window lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRow {
    pub doc: DocId,
    pub claim: ClaimId,
    /// The claim's content span: where a click on it goes.
    pub span: SpanId,
    pub relation: Relation,
    /// The outlet's name as a reader knows it.
    pub outlet: String,
    /// The claim's text, cut short.
    pub quote: String,
    /// The day it is placed on and where that came from; `None` for an undated claim.
    pub day: Option<(Day, DateSource)>,
    /// The earliest claim of the cluster.
    pub first: bool,
    /// Where it sits across its lane, from -0.5 to 0.5, apart from claims of the same day.
    pub across: f64,
}

impl ClaimRow {
    /// One line saying how, when and who, in the interface's language: `reports · 2025-08-27
    /// (statement) · «outlet»`. The name is quoted, so an Arabic name reads as one piece inside
    /// an English line.
    pub fn summary(&self) -> String {
        use crate::i18n::{shown_date, tr, tr_args};
        let when = match self.day {
            Some((day, DateSource::Statement)) => tr_args(
                "timeline-statement",
                &[("day", shown_date(&day_text(day)).into())],
            ),
            Some((day, DateSource::Publication)) => shown_date(&day_text(day)),
            None => tr("timeline-undated"),
        };
        let text = tr_args(
            "timeline-summary",
            &[
                ("relation", relation_word(self.relation).into()),
                ("when", when.into()),
                ("outlet", self.outlet.as_str().into()),
                ("first", if self.first { "yes" } else { "no" }.into()),
            ],
        );
        crate::ui::windows::unisolated(&text)
    }
}

/// A lane: one outlet's dated claims, by day.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneRow {
    pub outlet: String,
    pub points: Vec<ClaimRow>,
}

/// The timeline of one cluster, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineModel {
    pub cluster: ClusterId,
    pub name: String,
    pub lanes: Vec<LaneRow>,
    pub undated: Vec<ClaimRow>,
    /// Earliest and latest day of the dated claims.
    pub days: Option<(Day, Day)>,
}

/// How much of a lane's height the claims of one outlet on one day spread over.
const SPREAD: f64 = 0.5;

/// How much of a claim's text a row shows.
const QUOTE_CHARS: usize = 80;

impl TimelineModel {
    /// The timeline of `cluster` in the open project; `None` when there is no such cluster.
    pub fn new(ws: &Workspace, cluster: &ClusterId) -> Option<Self> {
        let project = ws.project();
        let timeline = cluster_timeline(project, cluster)?;
        let outlet_name = |doc: &DocId| outlet_label(project, &project.outlet_of(doc));
        let row = |doc: &DocId, claim: &ClaimId, relation, day, first| {
            let content = project.annotations.claim(doc, claim)?.content.clone();
            let quote = project
                .annotations
                .get(doc, &content)
                .and_then(|s| Some((s, ws.text_of(doc)?)))
                .map(|(s, text)| cut(text, s.start, s.end))
                .unwrap_or_default();
            Some(ClaimRow {
                doc: doc.clone(),
                claim: claim.clone(),
                span: content,
                relation,
                outlet: outlet_name(doc),
                quote,
                day,
                first,
                across: 0.0,
            })
        };
        let lanes = timeline
            .lanes
            .iter()
            .map(|lane| LaneRow {
                outlet: outlet_label(project, &lane.outlet),
                points: lane
                    .points
                    .iter()
                    .zip(lane.spread())
                    .filter_map(|(p, across)| {
                        let day = Some((p.day, p.source));
                        let row = row(&p.doc, &p.claim, p.relation, day, p.first)?;
                        Some(ClaimRow { across, ..row })
                    })
                    .collect(),
            })
            .collect();
        let undated = timeline
            .undated
            .iter()
            .filter_map(|u| row(&u.doc, &u.claim, u.relation, None, false))
            .collect();
        Some(Self {
            cluster: cluster.clone(),
            name: project
                .cluster(cluster)
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            lanes,
            undated,
            days: timeline.span(),
        })
    }

    /// Where lane `i` sits on the plot's vertical axis: the first lane on top.
    pub fn lane_y(i: usize) -> f64 {
        #[expect(clippy::cast_precision_loss, reason = "a handful of lanes")]
        -(i as f64)
    }

    /// The outlet of the lane at `y` on the vertical axis, for its label.
    pub fn lane_at(&self, y: f64) -> Option<&str> {
        let i = -y;
        if i < -0.01 || (i - i.round()).abs() > 0.01 {
            return None;
        }
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a small non-negative whole number, checked above"
        )]
        let i = i.round() as usize;
        self.lanes.get(i).map(|l| l.outlet.as_str())
    }

    /// Every dated claim with its place on the plot (day, lane), in lane then day order; claims
    /// of one outlet on one day spread across their lane.
    pub fn placed(&self) -> impl Iterator<Item = ([f64; 2], &ClaimRow)> {
        self.lanes.iter().enumerate().flat_map(|(i, lane)| {
            lane.points.iter().filter_map(move |p| {
                let (day, _) = p.day?;
                #[expect(clippy::cast_precision_loss, reason = "days are far below 2^52")]
                Some(([day as f64, Self::lane_y(i) - p.across * SPREAD], p))
            })
        })
    }

    /// The days the plot shows at first: the dated claims with a day's margin before them and
    /// room after them for the legend.
    pub fn x_range(&self) -> Option<(f64, f64)> {
        #[expect(clippy::cast_precision_loss, reason = "days are far below 2^52")]
        self.days.map(|(a, b)| {
            let (a, b) = (a as f64 - 1.0, b as f64 + 1.0);
            (a, b + (b - a) * 0.3)
        })
    }

    /// The dated claim drawn nearest to `pointer` (screen points), if one is within `reach`;
    /// `screen` places a plot position on the screen.
    pub fn point_near(
        &self,
        pointer: egui::Pos2,
        reach: f32,
        screen: impl Fn([f64; 2]) -> egui::Pos2,
    ) -> Option<&ClaimRow> {
        self.placed()
            .map(|(at, row)| (screen(at).distance(pointer), row))
            .filter(|(d, _)| *d <= reach)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, row)| row)
    }
}

/// An outlet's name as a reader knows it.
fn outlet_label(project: &crate::model::Project, outlet: &crate::model::OutletId) -> String {
    match project.outlet_name(outlet) {
        "" => crate::i18n::tr("matrix-unknown-outlet"),
        name => name.to_owned(),
    }
}

/// The date's label on the horizontal axis, in the chosen calendar: a whole day only.
pub fn day_label(value: f64) -> String {
    if (value - value.round()).abs() > 1e-6 {
        return String::new();
    }
    #[expect(clippy::cast_possible_truncation, reason = "days are whole numbers")]
    let day = value.round() as Day;
    crate::ui::widgets::bidi::shown(&crate::i18n::shown_date(&day_text(day)))
}

/// Grid steps in whole days, never finer than one day.
pub fn day_steps(base_step: f64) -> [f64; 3] {
    const STEPS: [f64; 9] = [1.0, 2.0, 7.0, 14.0, 28.0, 91.0, 182.0, 364.0, 728.0];
    let small = STEPS
        .iter()
        .copied()
        .find(|s| *s >= base_step)
        .unwrap_or_else(|| (base_step / 364.0).ceil() * 364.0);
    [small, small * 2.0, small * 4.0]
}

/// The text of `[start, end)` (chars) of `text`, cut to [`QUOTE_CHARS`] with an ellipsis.
fn cut(text: &str, start: usize, end: usize) -> String {
    let len = end.saturating_sub(start);
    let mut quote: String = text
        .chars()
        .skip(start)
        .take(len.min(QUOTE_CHARS))
        .collect();
    if len > QUOTE_CHARS {
        quote = format!("{}…", quote.trim_end());
    }
    quote
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Claim, Claimant, Cluster, Edit, LabelId, Outlet, OutletId, Transaction};

    /// Three articles of three outlets, each with a claim in one cluster; the first and third
    /// dated, the second not.
    fn workspace() -> (tempfile::TempDir, Workspace, ClusterId) {
        let dir = tempfile::tempdir().expect("temp dir");
        let texts = [
            "قالت الوزارة إن الطريق أعيد فتحه.\n",
            "The ministry said the road was open again.\n",
            "نفى السكان أن الطريق فتح.\n",
        ];
        for (i, text) in texts.iter().enumerate() {
            std::fs::write(dir.path().join(format!("{i}.txt")), text).expect("write");
        }
        let mut ws = Workspace::import_folder(dir.path(), &crate::import::ImportOptions::default())
            .expect("import");
        let cluster_id = ClusterId::from_u64(0xc1);
        let mut cluster = Cluster::new(cluster_id.clone(), "فتح الطريق");
        let relations = [Relation::Reports, Relation::Supports, Relation::Denies];
        let dates = ["2025-03-02", "", "2025-03-01"];
        for i in 0..3 {
            let doc = ws.project().documents[i].id.clone();
            let outlet = OutletId::from_u64(0x10 + i as u64);
            let mut edits = vec![Edit::AddOutlet {
                outlet: Outlet::new(outlet.clone(), ["الوطن", "Wire", "الضفة"][i]),
            }];
            edits.extend(Edit::set_document_meta(ws.project(), &doc, |m| {
                m.outlet = outlet;
                m.date = dates[i].into();
            }));
            ws.apply(Transaction {
                description: crate::model::Message::STATUS_LABELLED.into(),
                edits,
            })
            .expect("meta");
            let span = ws
                .new_span(&doc, 0, 4, LabelId("CLAIM".into()))
                .expect("span");
            let content = span.id.clone();
            let claim = Claim::new(
                ClaimId::from_u64(0xa0 + i as u64),
                content,
                Claimant::Outlet,
            );
            cluster.set_member(doc.clone(), claim.id.clone(), relations[i]);
            let edits = vec![
                Edit::AddSpan {
                    doc: doc.clone(),
                    span,
                },
                Edit::AddClaim { doc, claim },
            ];
            ws.apply(Transaction {
                description: crate::model::Message::CLAIM_EDIT_MADE.into(),
                edits,
            })
            .expect("claim");
        }
        ws.apply(Transaction::single(
            crate::model::Message::CLAIM_EDIT_NEW_CLUSTER,
            Edit::add_cluster(cluster),
        ))
        .expect("cluster");
        (dir, ws, cluster_id)
    }

    #[test]
    fn lanes_put_the_first_outlet_on_top_and_keep_the_undated() {
        let (_dir, ws, id) = workspace();
        let model = TimelineModel::new(&ws, &id).expect("cluster");
        let outlets: Vec<&str> = model.lanes.iter().map(|l| l.outlet.as_str()).collect();
        assert_eq!(outlets, ["الضفة", "الوطن"]);
        assert_eq!(model.lane_at(0.0), Some("الضفة"));
        assert_eq!(model.lane_at(-1.0), Some("الوطن"));
        assert_eq!(model.lane_at(-0.5), None);
        assert_eq!(model.lane_at(-2.0), None);
        let first = &model.lanes[0].points[0];
        assert!(first.first);
        assert_eq!(first.relation, Relation::Denies);
        assert_eq!(first.quote, "نفى");
        assert_eq!(first.summary(), "denies · 1 March 2025 · «الضفة» · first");
        assert_eq!(model.undated.len(), 1);
        assert_eq!(model.undated[0].outlet, "Wire");
        assert_eq!(model.undated[0].summary(), "supports · undated · «Wire»");
        let span = ws
            .project()
            .annotations
            .claim(&model.undated[0].doc, &model.undated[0].claim);
        assert_eq!(span.map(|c| &c.content), Some(&model.undated[0].span));
    }

    #[test]
    fn a_click_lands_on_the_nearest_point_within_reach() {
        let (_dir, ws, id) = workspace();
        let model = TimelineModel::new(&ws, &id).expect("cluster");
        let (first, last) = model.days.expect("dated");
        assert_eq!(last - first, 1);
        // A day is 100 points wide, a lane 50 high, the first day at x = 100.
        #[expect(clippy::cast_precision_loss, reason = "test days")]
        let screen = |[x, y]: [f64; 2]| {
            egui::pos2(
                ((x - first as f64) * 100.0 + 100.0) as f32,
                (-y * 50.0 + 20.0) as f32,
            )
        };
        let near_second = model.point_near(egui::pos2(196.0, 72.0), 8.0, screen);
        assert_eq!(near_second.map(|r| r.outlet.as_str()), Some("الوطن"));
        let near_first = model.point_near(egui::pos2(103.0, 18.0), 8.0, screen);
        assert_eq!(near_first.map(|r| r.relation), Some(Relation::Denies));
        assert_eq!(model.point_near(egui::pos2(150.0, 45.0), 8.0, screen), None);
    }

    #[test]
    fn the_axis_names_whole_days_in_steps_of_days() {
        assert_eq!(day_label(0.0), "1 January 1970");
        assert_eq!(day_label(0.5), "");
        let day = crate::report::timeline::parse_day("2017-10-17").expect("a day");
        crate::i18n::set_calendar(crate::i18n::Calendar::Hijri);
        #[expect(clippy::cast_precision_loss, reason = "a day of 2017")]
        let hijri = day_label(day as f64);
        crate::i18n::set_calendar(crate::i18n::Calendar::Gregorian);
        assert_eq!(hijri, "27 Muharram 1439 AH", "in the chosen calendar");
        let steps = |base: f64| format!("{:?}", day_steps(base));
        assert_eq!(steps(0.01), "[1.0, 2.0, 4.0]");
        assert_eq!(steps(5.0), "[7.0, 14.0, 28.0]");
        assert_eq!(steps(1000.0), "[1092.0, 2184.0, 4368.0]");
    }
}
