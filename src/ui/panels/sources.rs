//! Per-source summary and plots (Views ▸ Sources): for each outlet, its documents, spans,
//! entity mentions, claims by polarity and the clusters it speaks to or is silent on; bar
//! charts of the most mentioned entities per outlet and of claims per outlet by stance. What a
//! chart shows is built first ([`mentions_chart`], [`stance_chart`]), tested without a window;
//! the bars are horizontal so that long outlet and entity names fit on the category axis.

use std::collections::{BTreeMap, BTreeSet};

use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::i18n::{tr as message, tr_args as message_args};
use crate::model::{EntityId, OutletId, Polarity, Project, Schema};
use crate::ui::panels::entities::outlet_columns;
use crate::ui::widgets::bidi::{shown, tr};
use crate::ui::windows;
use crate::workspace::Workspace;

/// One outlet's figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceRow {
    pub outlet: OutletId,
    pub documents: usize,
    pub spans: usize,
    pub mentions: usize,
    pub entities: usize,
    pub asserts: usize,
    pub denies: usize,
    /// Clusters with a claim from this outlet.
    pub clusters: usize,
    /// Clusters with claims from other outlets only.
    pub silent_on: usize,
}

pub fn source_summary(project: &Project) -> Vec<SourceRow> {
    let columns = outlet_columns(project);
    let mut rows: BTreeMap<OutletId, SourceRow> = columns
        .iter()
        .map(|o| {
            (
                o.clone(),
                SourceRow {
                    outlet: o.clone(),
                    ..SourceRow::default()
                },
            )
        })
        .collect();
    let mut entities: BTreeMap<OutletId, BTreeSet<&EntityId>> = BTreeMap::new();
    for doc in &project.documents {
        let row = rows.entry(doc.outlet.clone()).or_default();
        row.outlet = doc.outlet.clone();
        row.documents += 1;
        let spans = project.annotations.spans(&doc.id);
        row.spans += spans.len();
        for e in spans.iter().filter_map(|s| s.entity.as_ref()) {
            row.mentions += 1;
            entities.entry(doc.outlet.clone()).or_default().insert(e);
        }
        for claim in project.annotations.claims(&doc.id) {
            match claim.polarity {
                Polarity::Asserts => row.asserts += 1,
                Polarity::Denies => row.denies += 1,
            }
        }
    }
    let matrix = crate::model::claim_matrix(project);
    for (column, outlet) in matrix.outlets.iter().enumerate() {
        let row = rows.entry(outlet.clone()).or_default();
        row.outlet = outlet.clone();
        for r in &matrix.rows {
            if r.cells.get(column).is_some_and(|c| !c.is_empty()) {
                row.clusters += 1;
            } else {
                row.silent_on += 1;
            }
        }
    }
    for (outlet, set) in entities {
        if let Some(row) = rows.get_mut(&outlet) {
            row.entities = set.len();
        }
    }
    let mut ordered: Vec<SourceRow> = columns.iter().filter_map(|o| rows.remove(o)).collect();
    ordered.extend(rows.into_values());
    ordered
}

/// How many entities the mentions chart shows, most mentioned first.
pub const TOP_ENTITIES: usize = 8;

/// A bar chart of counts: one bar per category, each made of one segment per series.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StackedBars {
    /// Top to bottom.
    pub categories: Vec<String>,
    pub series: Vec<Series>,
}

/// One segment of every bar: its name (in the legend) and one count per category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub name: String,
    pub values: Vec<usize>,
}

impl StackedBars {
    /// The length of category `i`'s bar.
    pub fn total(&self, i: usize) -> usize {
        self.series
            .iter()
            .map(|s| s.values.get(i).copied().unwrap_or(0))
            .sum()
    }

    /// No bar has any length: the chart would be an empty grid.
    pub fn is_empty(&self) -> bool {
        (0..self.categories.len()).all(|i| self.total(i) == 0)
    }

    pub fn max_total(&self) -> usize {
        (0..self.categories.len())
            .map(|i| self.total(i))
            .max()
            .unwrap_or(0)
    }

    /// Where category `i` sits on the plot's category axis: the first one at the top.
    pub fn position(&self, i: usize) -> f64 {
        self.categories.len().saturating_sub(i + 1) as f64
    }

    /// The category at a tick of the category axis; none between categories.
    pub fn category_at(&self, value: f64) -> Option<&str> {
        let top = self.categories.len().checked_sub(1)? as f64;
        if value.fract() != 0.0 || !(0.0..=top).contains(&value) {
            return None;
        }
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a whole number between 0 and the last category"
        )]
        let i = (top - value) as usize;
        self.categories.get(i).map(String::as_str)
    }
}

/// An outlet's name as the charts show it.
fn outlet_label(project: &Project, outlet: &OutletId) -> String {
    let name = project.outlet_name(outlet);
    if name.is_empty() {
        message("sources-unknown-outlet")
    } else {
        name.to_owned()
    }
}

/// The most mentioned entities ([`TOP_ENTITIES`]), a segment per outlet that mentions any.
pub fn mentions_chart(project: &Project, rows: &[SourceRow]) -> StackedBars {
    let counts = crate::model::mention_counts(project);
    let mut top: Vec<(usize, &EntityId)> =
        counts.iter().map(|(e, m)| (m.values().sum(), e)).collect();
    top.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    top.truncate(TOP_ENTITIES);
    let categories = top
        .iter()
        .map(|(_, e)| {
            project
                .entity(e)
                .map_or_else(|| e.0.clone(), |e| e.name.clone())
        })
        .collect();
    let series = rows
        .iter()
        .map(|r| Series {
            name: outlet_label(project, &r.outlet),
            values: top
                .iter()
                .map(|(_, e)| counts[*e].get(&r.outlet).copied().unwrap_or(0))
                .collect(),
        })
        .filter(|s| s.values.iter().any(|&v| v > 0))
        .collect();
    StackedBars { categories, series }
}

/// Claims per outlet, asserted and denied.
pub fn stance_chart(project: &Project, rows: &[SourceRow]) -> StackedBars {
    StackedBars {
        categories: rows
            .iter()
            .map(|r| outlet_label(project, &r.outlet))
            .collect(),
        series: vec![
            Series {
                name: message("sources-series-asserts"),
                values: rows.iter().map(|r| r.asserts).collect(),
            },
            Series {
                name: message("sources-series-denies"),
                values: rows.iter().map(|r| r.denies).collect(),
            },
        ],
    }
}

/// "press 8" for the label `id` when it has a key, else how to reach it without one.
fn press(schema: &Schema, id: &str) -> String {
    match schema.labels.iter().find(|l| l.id.0 == id) {
        Some(label) => match label.key {
            Some(key) => message_args(
                "sources-press",
                &[
                    ("key", key.to_string().into()),
                    ("label", label.name.as_str().into()),
                ],
            ),
            None => message_args("sources-choose", &[("label", label.name.as_str().into())]),
        },
        None => message("sources-choose-any"),
    }
}

/// What to do to fill the mentions chart, said where the chart would be.
pub fn no_mentions_message(schema: &Schema) -> String {
    message_args(
        "sources-no-mentions",
        &[("how", press(schema, "PER").into())],
    )
}

/// What to do to fill the stance chart, said where the chart would be.
pub fn no_claims_message(schema: &Schema) -> String {
    let how = press(schema, crate::ui::claims::CLAIM_LABEL);
    message_args("sources-no-claims", &[("how", how.into())])
}

/// Step sizes of a count axis: whole numbers only (1, 2, 5, 10, 20, …), the smallest at least
/// `base_step` (the smallest readable step, which the plot proposes).
pub fn count_steps(base_step: f64) -> [f64; 3] {
    let mut step = 1.0;
    for multiplier in [2.0, 2.5, 2.0].into_iter().cycle() {
        if step >= base_step {
            break;
        }
        step *= multiplier;
    }
    [step, step * 10.0, step * 100.0]
}

/// The tick label of a count axis: whole non-negative numbers, nothing between them.
pub fn count_label(value: f64) -> String {
    if value >= 0.0 && value.fract() == 0.0 {
        shown(&crate::i18n::number(format!("{value:.0}")))
    } else {
        String::new()
    }
}

/// One chart: horizontal stacked bars with the category names on their axis, or `empty` in
/// place of an empty grid. In a right-to-left interface the names stand on the right and the
/// bars run leftwards.
fn stacked_bars_ui(ui: &mut egui::Ui, id: &str, chart: &StackedBars, empty: &str) {
    if chart.is_empty() {
        ui.label(shown(empty));
        return;
    }
    let mirrored = windows::mirrored();
    let sign = if mirrored { -1.0 } else { 1.0 };
    let mut charts: Vec<BarChart> = Vec::with_capacity(chart.series.len());
    for series in &chart.series {
        let bars = series
            .values
            .iter()
            .enumerate()
            .map(|(i, &n)| {
                Bar::new(chart.position(i), sign * n as f64)
                    .width(0.6)
                    .name(shown(&chart.categories[i]))
            })
            .collect();
        let below: Vec<&BarChart> = charts.iter().collect();
        let next = BarChart::new(shown(&series.name), bars)
            .horizontal()
            .stack_on(&below);
        charts.push(next);
    }
    let rows = chart.categories.len() as f32;
    // egui_plot widens its axis for long labels only a frame later, cutting names off until then.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = chart
        .categories
        .iter()
        .map(|c| {
            let galley = ui
                .painter()
                .layout_no_wrap(shown(c), font.clone(), egui::Color32::WHITE);
            galley.size().x
        })
        .fold(0.0, f32::max);
    Plot::new(id)
        .legend(Legend::default().position(if mirrored {
            egui_plot::Corner::LeftBottom
        } else {
            egui_plot::Corner::RightBottom
        }))
        .y_axis_position(if mirrored {
            egui_plot::HPlacement::Right
        } else {
            egui_plot::HPlacement::Left
        })
        .y_axis_min_width(widest + 12.0)
        .height(28.0 * rows + 48.0)
        .allow_scroll(false)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_y(false)
        .include_x(0.0)
        // Room beyond the longest bar for the legend, so it covers no bar.
        .include_x(sign * chart.max_total() as f64 * 1.6)
        .include_y(-0.5)
        .include_y(f64::from(rows) - 0.5)
        .x_grid_spacer(egui_plot::uniform_grid_spacer(|input| {
            count_steps(input.base_step_size)
        }))
        .x_axis_formatter(move |mark, _| count_label(sign * mark.value))
        .y_grid_spacer(egui_plot::uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
        .y_axis_formatter(|mark, _| chart.category_at(mark.value).map(shown).unwrap_or_default())
        .show(ui, |plot| {
            for bars in charts {
                plot.bar_chart(bars);
            }
        });
}

/// The table's column headings (message IDs), in the order of [`SourcesModel::table`]'s cells.
pub const TABLE_HEADINGS: [&str; 10] = [
    "sources-outlet",
    "sources-affiliation",
    "sources-documents",
    "sources-spans",
    "sources-mentions",
    "sources-entities",
    "sources-asserts",
    "sources-denies",
    "sources-clusters",
    "sources-silent-on",
];

/// What the Sources window shows, built from the project alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcesModel {
    /// One row per outlet, its cells under [`TABLE_HEADINGS`] as the table writes them.
    pub table: Vec<[String; 10]>,
    pub mentions: StackedBars,
    pub stance: StackedBars,
    /// Said in place of the mentions chart when it is empty.
    pub no_mentions: String,
    /// Said in place of the stance chart when it is empty.
    pub no_claims: String,
}

impl SourcesModel {
    pub fn new(project: &Project) -> Self {
        let rows = source_summary(project);
        let table = rows
            .iter()
            .map(|r| {
                let name = project.outlet_name(&r.outlet);
                let affiliation = project
                    .outlet(&r.outlet)
                    .map_or("", |o| o.affiliation.as_str());
                let figures = [
                    r.documents,
                    r.spans,
                    r.mentions,
                    r.entities,
                    r.asserts,
                    r.denies,
                    r.clusters,
                    r.silent_on,
                ];
                let name = if name.is_empty() {
                    message("sources-unknown")
                } else {
                    name.to_owned()
                };
                std::array::from_fn(|i| match i {
                    0 => name.clone(),
                    1 => affiliation.to_owned(),
                    _ => crate::i18n::number(figures[i - 2]),
                })
            })
            .collect();
        Self {
            table,
            mentions: mentions_chart(project, &rows),
            stance: stance_chart(project, &rows),
            no_mentions: no_mentions_message(&project.schema),
            no_claims: no_claims_message(&project.schema),
        }
    }
}

/// The Sources window (Views ▸ Sources). It only reads the project: nothing in it changes
/// anything, so it asks for no commands.
#[derive(Debug, Default)]
pub struct SourcesView;

impl SourcesView {
    /// The window, while `open`: the table of outlets and the two charts.
    pub fn ui(&mut self, ctx: &egui::Context, ws: &Workspace, open: &mut bool) {
        let model = SourcesModel::new(ws.project());
        windows::Window::new(tr("sources-title"))
            .vscroll(true)
            .default_height(480.0)
            .open(open)
            .default_width(760.0)
            .show(ctx, |ui| {
                windows::contents(ui, |ui| {
                    table_ui(ui, &model.table);
                    ui.separator();
                    ui.strong(tr("sources-mentions-chart"));
                    stacked_bars_ui(ui, "mentions-plot", &model.mentions, &model.no_mentions);
                    ui.strong(tr("sources-stance-chart"));
                    stacked_bars_ui(ui, "stance-plot", &model.stance, &model.no_claims);
                });
            });
    }
}

fn table_ui(ui: &mut egui::Ui, table: &[[String; 10]]) {
    let grid = windows::rows("source-summary")
        .striped(true)
        .spacing([12.0, 4.0]);
    grid.show(ui, |grid| {
        grid.row(|row| {
            for heading in TABLE_HEADINGS {
                row.cell(|ui| ui.strong(tr(heading)));
            }
        });
        for cells in table {
            grid.row(|row| {
                for cell in cells {
                    row.cell(|ui| ui.label(shown(cell)));
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compound::tests::project;

    fn cells(row: &[String; 10]) -> Vec<&str> {
        row.iter().map(String::as_str).collect()
    }

    #[test]
    fn the_table_names_each_outlet_and_writes_its_figures() {
        let mut p = project();
        if let Some(o) = p.outlets.values_mut().find(|o| o.name == "عنب بلدي") {
            "معارضة".clone_into(&mut o.affiliation);
        }
        let model = SourcesModel::new(&p);
        // Outlets by name: «سانا» before «عنب بلدي».
        assert_eq!(
            cells(&model.table[0]),
            ["سانا", "", "1", "1", "1", "1", "0", "0", "0", "1"]
        );
        assert_eq!(
            cells(&model.table[1]),
            ["عنب بلدي", "معارضة", "1", "4", "2", "2", "3", "0", "1", "0"]
        );
        assert_eq!(model.table.len(), 2);
        assert_eq!(model.stance.categories, ["سانا", "عنب بلدي"]);
    }

    #[test]
    fn a_document_without_an_outlet_has_a_row_of_its_own() {
        let mut p = project();
        let mut orphan = p.documents[0].clone();
        orphan.id = crate::model::DocId("c".into());
        orphan.outlet = OutletId::unknown();
        p.documents.push(orphan);
        let model = SourcesModel::new(&p);
        let last = model.table.last().expect("a row for the unknown outlet");
        assert_eq!(last[0], "unknown");
        assert_eq!(last[2], "1", "its one document");
        assert_eq!(last[3], "0", "no spans");
    }
}
