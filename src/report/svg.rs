//! A cluster's timeline as inline SVG: one lane per outlet, a dot per dated claim coloured by
//! its relation, the first appearance ringed, the first and last day on the axis.
//!
//! In a right-to-left language the drawing is mirrored: time runs from right to left, the
//! outlets' names stand at the right of their lanes. The window's timeline runs that way in
//! Arabic too, and a reader who reads from the right then meets the first appearance first,
//! on the side where the page's tables put their first column, as the page's own order of
//! "who said it first" asks; dates and names keep their own direction inside the drawing.

use std::fmt::Write as _;

use super::Sources;
use super::html::{escape, is_rtl, outlet_label, shown_day};
use super::timeline::Timeline;
use crate::model::{Relation, Rgb};

const LANE: f64 = 28.0;
const LEFT: f64 = 200.0;
const WIDTH: f64 = 760.0;

/// The colour of a relation as CSS.
fn relation_colour(relation: Relation) -> String {
    let Rgb(r, g, b) = super::timeline::relation_rgb(relation);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The `direction` and `text-anchor` of an SVG text that begins or ends at its `x` and runs
/// from there towards the right (`rightwards`) or the left, written in its own direction: the
/// start of right-to-left text is its right edge.
fn anchored(text: &str, rightwards: bool) -> &'static str {
    match (is_rtl(text), rightwards) {
        (false, true) => r#"direction="ltr" text-anchor="start""#,
        (false, false) => r#"direction="ltr" text-anchor="end""#,
        (true, true) => r#"direction="rtl" text-anchor="end""#,
        (true, false) => r#"direction="rtl" text-anchor="start""#,
    }
}

/// The SVG of `timeline`, mirrored in a right-to-left language; empty when no claim of it is
/// dated.
pub fn timeline_svg(sources: &Sources<'_>, timeline: &Timeline) -> String {
    let Some((first, last)) = timeline.span() else {
        return String::new();
    };
    let mirrored = crate::i18n::language().is_rtl();
    // Where an x of the left-to-right drawing goes.
    let place = |x: f64| if mirrored { WIDTH - x } else { x };
    let days = (last - first).max(1);
    #[expect(
        clippy::cast_precision_loss,
        reason = "a span of days is far below 2^52"
    )]
    let x =
        |day: i64| place(LEFT + 10.0 + (day - first) as f64 / days as f64 * (WIDTH - LEFT - 30.0));
    #[expect(clippy::cast_precision_loss, reason = "a handful of lanes")]
    let height = LANE * timeline.lanes.len() as f64 + 48.0;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{}">"#,
        escape(&crate::i18n::tr_plain("report-timeline", &[]))
    );
    let (lane_from, lane_to) = if mirrored {
        (0.0, WIDTH - LEFT)
    } else {
        (LEFT, WIDTH)
    };
    for (i, lane) in timeline.lanes.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "a handful of lanes")]
        // Room above the first lane for the ring of a claim spread upwards.
        let y = LANE * i as f64 + LANE / 2.0 + 12.0;
        let name = outlet_label(sources, &lane.outlet);
        // The name ends where its lane begins, outside it.
        let _ = write!(
            out,
            r##"<text x="{}" y="{}" {} font-size="13">{}</text><line x1="{lane_from}" x2="{lane_to}" y1="{y}" y2="{y}" stroke="#ccc"/>"##,
            place(LEFT - 8.0),
            y + 4.0,
            anchored(&name, mirrored),
            escape(&name)
        );
        for (p, across) in lane.points.iter().zip(lane.spread()) {
            let (cx, cy) = (x(p.day), y + across * LANE * 0.8);
            if p.first {
                let _ = write!(
                    out,
                    r##"<circle class="first" cx="{cx:.1}" cy="{cy:.1}" r="10" fill="none" stroke="#222" stroke-width="2"/>"##
                );
            }
            let title = crate::i18n::tr_plain(
                "report-timeline-point",
                &[
                    ("outlet", name.as_str().into()),
                    ("relation", super::relation_text(p.relation).into()),
                    ("day", shown_day(p.day).into()),
                ],
            );
            let _ = write!(
                out,
                r#"<circle class="point" cx="{cx:.1}" cy="{cy:.1}" r="6" fill="{}"><title>{}</title></circle>"#,
                relation_colour(p.relation),
                escape(&title)
            );
        }
    }
    // The first day begins at its dot and runs on over the lane, the last ends at its dot.
    let axis = height - 12.0;
    let day = shown_day(first);
    let _ = write!(
        out,
        r#"<text class="axis" x="{:.1}" y="{axis}" {} font-size="12">{}</text>"#,
        x(first),
        anchored(&day, !mirrored),
        escape(&day)
    );
    if last > first {
        let day = shown_day(last);
        let _ = write!(
            out,
            r#"<text class="axis" x="{:.1}" y="{axis}" {} font-size="12">{}</text>"#,
            x(last),
            anchored(&day, mirrored),
            escape(&day)
        );
    }
    out.push_str("</svg>");
    out
}
