//! Per-source summary and plots (Views ▸ Sources): for each outlet, its documents, spans,
//! entity mentions, claims by polarity and the clusters it speaks to or is silent on; bar
//! charts of the most mentioned entities per outlet and of claims per outlet by stance.

use std::collections::{BTreeMap, BTreeSet};

use egui_plot::{Bar, BarChart, Legend, Plot};

use crate::model::{EntityId, OutletId, Polarity, Project};
use crate::text::bidi::display_order as shown;
use crate::ui::app::App;
use crate::ui::panels::entities::outlet_columns;

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

#[expect(clippy::too_many_lines, reason = "the table and both plots")]
pub fn summary_window_ui(ctx: &egui::Context, app: &mut App) {
    if !app.show_summary {
        return;
    }
    let Some(ws) = &app.workspace else { return };
    let project = &ws.project;
    let rows = source_summary(project);
    let name = |o: &OutletId| {
        let n = project.outlet_name(o);
        if n.is_empty() {
            "unknown".to_owned()
        } else {
            shown(n)
        }
    };
    let counts = crate::model::mention_counts(project);
    let mut top: Vec<(usize, &EntityId)> =
        counts.iter().map(|(e, m)| (m.values().sum(), e)).collect();
    top.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    top.truncate(8);
    let mut open = true;
    egui::Window::new("Sources")
        .open(&mut open)
        .default_width(760.0)
        .show(ctx, |ui| {
            egui::Grid::new("source-summary")
                .striped(true)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for h in [
                        "Outlet",
                        "Affiliation",
                        "Documents",
                        "Spans",
                        "Mentions",
                        "Entities",
                        "Asserts",
                        "Denies",
                        "Clusters",
                        "Silent on",
                    ] {
                        ui.strong(h);
                    }
                    ui.end_row();
                    for r in &rows {
                        ui.label(name(&r.outlet));
                        ui.label(
                            project
                                .outlet(&r.outlet)
                                .map_or("", |o| o.affiliation.as_str()),
                        );
                        for n in [
                            r.documents,
                            r.spans,
                            r.mentions,
                            r.entities,
                            r.asserts,
                            r.denies,
                            r.clusters,
                            r.silent_on,
                        ] {
                            ui.label(n.to_string());
                        }
                        ui.end_row();
                    }
                });
            ui.separator();
            ui.strong("Mentions of the most mentioned entities, per outlet");
            let n_outlets = rows.len().max(1) as f64;
            let width = 0.8 / n_outlets;
            let charts: Vec<BarChart> = rows
                .iter()
                .enumerate()
                .map(|(k, r)| {
                    let bars = top
                        .iter()
                        .enumerate()
                        .map(|(x, (_, e))| {
                            let n = counts
                                .get(*e)
                                .and_then(|m| m.get(&r.outlet))
                                .copied()
                                .unwrap_or(0);
                            let entity =
                                project.entity(e).map_or(String::new(), |e| shown(&e.name));
                            Bar::new(
                                x as f64 + (k as f64 - (n_outlets - 1.0) / 2.0) * width,
                                n as f64,
                            )
                            .width(width)
                            .name(entity)
                        })
                        .collect();
                    BarChart::new(name(&r.outlet), bars)
                })
                .collect();
            Plot::new("mentions-plot")
                .legend(Legend::default())
                .height(200.0)
                .allow_scroll(false)
                .show(ui, |plot| {
                    for chart in charts {
                        plot.bar_chart(chart);
                    }
                });
            if !top.is_empty() {
                let names: Vec<String> = top
                    .iter()
                    .enumerate()
                    .map(|(x, (_, e))| {
                        format!(
                            "{x}: {}",
                            project.entity(e).map_or(String::new(), |e| shown(&e.name))
                        )
                    })
                    .collect();
                ui.weak(names.join("   "));
            }
            ui.strong("Claims per outlet by stance");
            let asserts: Vec<Bar> = rows
                .iter()
                .enumerate()
                .map(|(x, r)| Bar::new(x as f64, r.asserts as f64).width(0.6))
                .collect();
            let denies: Vec<Bar> = rows
                .iter()
                .enumerate()
                .map(|(x, r)| Bar::new(x as f64, r.denies as f64).width(0.6))
                .collect();
            let asserts = BarChart::new("asserts", asserts);
            let denies = BarChart::new("denies", denies).stack_on(&[&asserts]);
            Plot::new("stance-plot")
                .legend(Legend::default())
                .height(180.0)
                .allow_scroll(false)
                .show(ui, |plot| {
                    plot.bar_chart(asserts);
                    plot.bar_chart(denies);
                });
            ui.weak(
                rows.iter()
                    .enumerate()
                    .map(|(x, r)| format!("{x}: {}", name(&r.outlet)))
                    .collect::<Vec<_>>()
                    .join("   "),
            );
        });
    app.show_summary = open;
}
