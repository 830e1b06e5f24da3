//! A cluster's timeline as inline SVG: one lane per outlet, a dot per dated claim coloured by
//! its relation, the first appearance ringed, the first and last day on the axis.

use std::fmt::Write as _;

use super::html::escape;
use super::timeline::{Timeline, day_text};
use crate::model::{Project, Relation, Rgb};

const LANE: f64 = 28.0;
const LEFT: f64 = 200.0;
const WIDTH: f64 = 760.0;

/// The colour of a relation as CSS.
fn relation_colour(relation: Relation) -> String {
    let Rgb(r, g, b) = super::timeline::relation_rgb(relation);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The SVG of `timeline`; empty when no claim of it is dated.
pub fn timeline_svg(project: &Project, timeline: &Timeline) -> String {
    let Some((first, last)) = timeline.span() else {
        return String::new();
    };
    let days = (last - first).max(1);
    #[expect(
        clippy::cast_precision_loss,
        reason = "a span of days is far below 2^52"
    )]
    let x = |day: i64| LEFT + 10.0 + (day - first) as f64 / days as f64 * (WIDTH - LEFT - 30.0);
    #[expect(clippy::cast_precision_loss, reason = "a handful of lanes")]
    let height = LANE * timeline.lanes.len() as f64 + 48.0;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="timeline">"#
    );
    for (i, lane) in timeline.lanes.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "a handful of lanes")]
        // Room above the first lane for the ring of a claim spread upwards.
        let y = LANE * i as f64 + LANE / 2.0 + 12.0;
        let name = match project.outlet_name(&lane.outlet) {
            "" => "unknown outlet",
            n => n,
        };
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" {} font-size="13">{}</text><line x1="{LEFT}" x2="{WIDTH}" y1="{y}" y2="{y}" stroke="#ccc"/>"##,
            LEFT - 8.0,
            y + 4.0,
            // The name ends at the lane's left edge: in right-to-left text that edge is its start.
            if super::html::is_rtl(name) {
                r#"direction="rtl" text-anchor="start""#
            } else {
                r#"direction="ltr" text-anchor="end""#
            },
            escape(name)
        );
        for (p, across) in lane.points.iter().zip(lane.spread()) {
            let (cx, cy) = (x(p.day), y + across * LANE * 0.8);
            if p.first {
                let _ = write!(
                    out,
                    r##"<circle class="first" cx="{cx:.1}" cy="{cy:.1}" r="10" fill="none" stroke="#222" stroke-width="2"/>"##
                );
            }
            let _ = write!(
                out,
                r#"<circle class="point" cx="{cx:.1}" cy="{cy:.1}" r="6" fill="{}"><title>{} {} ({})</title></circle>"#,
                relation_colour(p.relation),
                escape(name),
                super::relation_word(p.relation),
                day_text(p.day)
            );
        }
    }
    let axis = height - 12.0;
    let _ = write!(
        out,
        r#"<text class="axis" x="{:.1}" y="{axis}" font-size="12">{}</text>"#,
        x(first),
        day_text(first)
    );
    if last > first {
        let _ = write!(
            out,
            r#"<text class="axis" x="{:.1}" y="{axis}" font-size="12" text-anchor="end">{}</text>"#,
            x(last),
            day_text(last)
        );
    }
    out.push_str("</svg>");
    out
}
