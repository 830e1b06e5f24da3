//! The claims × sources matrix (Views ▸ Claims × sources): a row per claim cluster, a column per
//! outlet; a cell shows how that outlet's articles stand to the cluster's claim, or "silent".
//! Under a cell, the day of the outlet's first claim in the cluster. Clicking a cell jumps to the
//! claim in the text (again: the next one). Rows filter by name and sort by name, by how many
//! outlets speak or by first appearance.

use crate::model::{
    ClaimMatrix, ClusterId, Edit, MatrixEntry, Polarity, Project, Rating, Relation, Transaction,
    Verdict,
};
use crate::report::timeline::{Day, cluster_timeline, day_text};
use crate::text::normalize::normalize_key;
use crate::ui::claims::panel::relation_name;
use crate::ui::commands::Command;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::field::committed_text;
use crate::workspace::Workspace;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ClusterSort {
    #[default]
    Name,
    /// Most outlets speaking first.
    Coverage,
    /// The cluster spoken of first on top; clusters without a dated claim last.
    FirstAppearance,
}

/// When each row's cluster was first spoken of, and each cell's outlet first spoke of it (by
/// statement date, else publication date); `None` where no claim is dated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FirstDays {
    pub rows: Vec<Option<Day>>,
    pub cells: Vec<Vec<Option<Day>>>,
}

/// The first days of every row and cell of `matrix`.
pub fn first_days(project: &Project, matrix: &ClaimMatrix) -> FirstDays {
    let mut days = FirstDays::default();
    for row in &matrix.rows {
        let timeline = cluster_timeline(project, &row.cluster);
        let by_outlet = timeline
            .as_ref()
            .map(crate::report::timeline::Timeline::first_days)
            .unwrap_or_default();
        days.rows.push(timeline.and_then(|t| t.first_day));
        days.cells.push(
            matrix
                .outlets
                .iter()
                .map(|o| by_outlet.get(o).copied())
                .collect(),
        );
    }
    days
}

#[derive(Debug, Clone, Default)]
pub struct MatrixView {
    pub filter: String,
    pub sort: ClusterSort,
    /// The cluster whose name and note are being edited; forgotten once it is deleted.
    focus: Option<ClusterId>,
    /// How many times each cell was clicked, to step through its claims.
    clicks: std::collections::BTreeMap<(ClusterId, usize), usize>,
}

/// The cluster name of each row of `matrix`, in row order ("" for a cluster not in `project`).
pub fn row_names(project: &crate::model::Project, matrix: &ClaimMatrix) -> Vec<String> {
    matrix
        .rows
        .iter()
        .map(|r| {
            project
                .cluster(&r.cluster)
                .map(|c| c.name.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// What a cell says: the relations of its claims (with "denies" for a claim that denies), or
/// "silent".
pub fn cell_text(entries: &[MatrixEntry]) -> String {
    if entries.is_empty() {
        return "silent".to_owned();
    }
    let mut words: Vec<String> = entries
        .iter()
        .map(|e| {
            let relation = relation_name(e.relation);
            if e.polarity == Polarity::Denies && e.relation != Relation::Denies {
                format!("{relation} (denial)")
            } else {
                relation.to_owned()
            }
        })
        .collect();
    words.dedup();
    words.join(", ")
}

/// Row order after filtering (names compared after Arabic normalisation); `first` holds each
/// row's first day, for [`ClusterSort::FirstAppearance`].
pub fn visible_rows(
    matrix: &ClaimMatrix,
    names: &[String],
    first: &[Option<Day>],
    filter: &str,
    sort: ClusterSort,
) -> Vec<usize> {
    let needle = normalize_key(filter);
    let mut rows: Vec<usize> = (0..matrix.rows.len())
        .filter(|&r| needle.is_empty() || normalize_key(&names[r]).contains(&needle))
        .collect();
    if sort == ClusterSort::Coverage {
        let speaking = |r: usize| {
            matrix.rows[r]
                .cells
                .iter()
                .filter(|c| !c.is_empty())
                .count()
        };
        rows.sort_by(|&a, &b| speaking(b).cmp(&speaking(a)).then(names[a].cmp(&names[b])));
    }
    if sort == ClusterSort::FirstAppearance {
        // Undated rows last: `None` sorts first, so compare "has no date" before the day.
        let key = |r: usize| {
            let day = first.get(r).copied().flatten();
            (day.is_none(), day)
        };
        rows.sort_by(|&a, &b| key(a).cmp(&key(b)).then(names[a].cmp(&names[b])));
    }
    rows
}

fn relation_colour(theme: &Theme, entries: &[MatrixEntry], dark: bool) -> egui::Color32 {
    // A claim that denies colours its cell as a denial whatever its relation.
    let weight = |r: Relation| match r {
        Relation::Reports => 0,
        Relation::Supports => 1,
        Relation::Contradicts => 2,
        Relation::Denies => 3,
    };
    let strongest = entries
        .iter()
        .map(|e| {
            if e.polarity == Polarity::Denies {
                Relation::Denies
            } else {
                e.relation
            }
        })
        .max_by_key(|r| weight(*r))
        .unwrap_or(Relation::Reports);
    theme.span_fill(crate::report::timeline::relation_rgb(strongest), dark)
}

impl MatrixView {
    /// The window, while `open`: the table and the focused cluster's form. Reads the project;
    /// what the analyst asks for comes back as commands (edits, deletions, jumps to a claim).
    #[expect(
        clippy::too_many_lines,
        reason = "the table and the focused cluster's form"
    )]
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        ws: &Workspace,
        theme: &Theme,
        open: &mut bool,
    ) -> Vec<Command> {
        let project = ws.project();
        let matrix = crate::model::claim_matrix(project);
        let names = row_names(project, &matrix);
        let columns: Vec<String> = matrix
            .outlets
            .iter()
            .map(|o| {
                let n = project.outlet_name(o);
                let affiliation = project.outlet(o).map_or("", |o| o.affiliation.as_str());
                match (n.is_empty(), affiliation.is_empty()) {
                    (true, _) => "unknown outlet".to_owned(),
                    (false, true) => n.to_owned(),
                    (false, false) => format!("{n}\n{affiliation}"),
                }
            })
            .collect();
        let days = first_days(project, &matrix);
        let rows = visible_rows(&matrix, &names, &days.rows, &self.filter, self.sort);
        let focus = self
            .focus
            .as_ref()
            .and_then(|c| project.cluster(c))
            .cloned();
        if focus.is_none() {
            self.focus = None;
        }
        let mut jump: Option<(ClusterId, usize, Vec<MatrixEntry>)> = None;
        let mut edit: Option<(String, Option<Edit>)> = None;
        let mut delete: Option<ClusterId> = None;
        let mut timeline: Option<ClusterId> = None;
        let mut commands = Vec::new();
        egui::Window::new("Claims × sources")
        .open(open)
        .default_width(900.0)
        .resizable(true)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label("Filter");
                ui.add(
                    crate::ui::widgets::text_field::TextField::singleline(&mut self.filter)
                        .name("filter clusters")
                        .desired_width(180.0),
                );
                ui.label("Sort by");
                ui.radio_value(&mut self.sort, ClusterSort::Name, "name");
                ui.radio_value(&mut self.sort, ClusterSort::Coverage, "outlets speaking");
                ui.radio_value(&mut self.sort, ClusterSort::FirstAppearance, "first appearance");
            });
            if matrix.rows.is_empty() {
                ui.weak("No clusters yet. Select a claim's span, then in the inspector give it a new cluster's name; add the same claim from other articles to that cluster.");
                return;
            }
            let dark = ui.visuals().dark_mode;
            egui::ScrollArea::both().max_height(crate::ui::layout::fitting_height(ui.ctx(), 420.0)).show(ui, |ui| {
                egui::Grid::new("claim-matrix").striped(true).spacing([10.0, 6.0]).show(ui, |ui| {
                    ui.strong("Cluster");
                    for c in &columns {
                        ui.strong(shown(c));
                    }
                    ui.end_row();
                    for &r in &rows {
                        let row = &matrix.rows[r];
                        let focused = self.focus.as_ref() == Some(&row.cluster);
                        let label = ui
                            .selectable_label(focused, shown(&short_name(&names[r])))
                            .on_hover_text(shown(&names[r]));
                        if label.clicked() {
                            self.focus = Some(row.cluster.clone());
                        }
                        label.context_menu(|ui| {
                            if ui.button("Timeline: who said it first").clicked() {
                                timeline = Some(row.cluster.clone());
                            }
                            if ui.button("Delete cluster (the claims stay)").clicked() {
                                delete = Some(row.cluster.clone());
                            }
                        });
                        for (column, entries) in row.cells.iter().enumerate() {
                            let mut text = cell_text(entries);
                            if crate::model::views::republished_only(project, entries) {
                                text.push_str(" (copy)");
                            }
                            if entries.is_empty() {
                                ui.weak(shown(&text)).widget_info(|| {
                                    egui::WidgetInfo::labeled(egui::Role::Label, true, format!("{}: {}: silent", names[r], columns[column]))
                                });
                            } else {
                                let button = egui::Button::new(shown(&text)).fill(relation_colour(theme, entries, dark));
                                let copies = if crate::model::views::republished_only(project, entries) {
                                    "\nOnly in copies of another outlet's text (republished, not reported itself)."
                                } else {
                                    ""
                                };
                                let first = days.cells[r][column].map(day_text);
                                let response = ui
                                    .vertical(|ui| {
                                        let response = ui.add(button);
                                        if let Some(day) = &first {
                                            ui.small(shown(day));
                                        }
                                        response
                                    })
                                    .inner
                                    .on_hover_text(shown(&format!(
                                        "{} claim(s), {}; click to go to them in the text{copies}",
                                        entries.len(),
                                        first.as_deref().map_or_else(
                                            || "none dated".to_owned(),
                                            |d| format!("the first on {d}")
                                        )
                                    )));
                                if response.clicked() {
                                    jump = Some((row.cluster.clone(), column, entries.clone()));
                                }
                            }
                        }
                        ui.end_row();
                    }
                });
            });
            let Some(cluster) = &focus else { return };
            ui.separator();
            ui.horizontal(|ui| {
                ui.label("Name");
                if let Some(name) = committed_text(ui, ("cluster-name", &cluster.id), "cluster name", &cluster.name, 320.0)
                    && !name.trim().is_empty()
                {
                    let name = name.trim().to_owned();
                    edit = Some(("Renamed a cluster".to_owned(), Edit::replace_cluster(project, &cluster.id, |c| c.name = name)));
                }
            });
            ui.horizontal(|ui| {
                ui.label("Note");
                if let Some(note) = committed_text(ui, ("cluster-note", &cluster.id), "cluster note", &cluster.note, 320.0) {
                    edit = Some(("Changed a cluster's note".to_owned(), Edit::replace_cluster(project, &cluster.id, |c| c.note = note)));
                }
            });
            if let Some(change) = verdict_ui(ui, project, cluster) {
                edit = Some(change);
            }
            ui.horizontal(|ui| {
                if ui.button("Timeline: who said it first").clicked() {
                    timeline = Some(cluster.id.clone());
                }
                if ui.button("Delete this cluster (the claims stay)").clicked() {
                    delete = Some(cluster.id.clone());
                }
            });
        });
        if let Some((description, Some(e))) = edit {
            commands.push(Command::Edit(Transaction::single(description, e)));
        }
        if let Some(cluster) = delete {
            commands.push(Command::DeleteCluster(cluster));
        }
        if let Some(cluster) = timeline {
            commands.push(Command::ShowTimeline(Some(cluster)));
        }
        if let Some((cluster, column, entries)) = jump {
            let n = self.clicks.entry((cluster, column)).or_default();
            let entry = &entries[*n % entries.len()];
            *n += 1;
            if let Some(claim) = project.annotations.claim(&entry.doc, &entry.claim) {
                commands.push(Command::JumpToSpan(
                    entry.doc.clone(),
                    claim.content.clone(),
                ));
            }
        }
        commands
    }
}

/// The analyst's verdict on the focused cluster: a rating (or none yet) and, once rated, why.
/// A change comes back as the edit's description and the edit.
fn verdict_ui(
    ui: &mut egui::Ui,
    project: &Project,
    cluster: &crate::model::Cluster,
) -> Option<(String, Option<Edit>)> {
    const NONE: &str = "not checked";
    let current = cluster.verdict.as_ref().map(|v| v.rating);
    let mut chosen = current;
    let mut change = None;
    ui.horizontal(|ui| {
        ui.label("Verdict");
        let combo = egui::ComboBox::from_id_salt(("cluster-verdict", &cluster.id))
            .selected_text(shown(chosen.map_or(NONE, Rating::name)))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, "not checked");
                for rating in Rating::ALL {
                    ui.selectable_value(&mut chosen, Some(rating), shown(rating.name()));
                }
            });
        combo
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "verdict"));
    });
    if chosen != current {
        change = Some((
            "Changed a cluster's verdict".to_owned(),
            set_rating(project, &cluster.id, chosen),
        ));
    }
    if let Some(verdict) = &cluster.verdict {
        ui.horizontal(|ui| {
            ui.label("Why");
            if let Some(note) = committed_text(
                ui,
                ("cluster-verdict-note", &cluster.id),
                "verdict note",
                &verdict.note,
                320.0,
            ) {
                let edit = Edit::replace_cluster(project, &cluster.id, |c| {
                    if let Some(v) = &mut c.verdict {
                        v.note = note;
                    }
                });
                change = Some(("Changed a verdict's note".to_owned(), edit));
            }
        });
    }
    change
}

/// The edit that rates cluster `id` (keeping the verdict's note), or takes its verdict away.
pub fn set_rating(project: &Project, id: &ClusterId, rating: Option<Rating>) -> Option<Edit> {
    Edit::replace_cluster(project, id, |c| {
        let note = c.verdict.take().map(|v| v.note).unwrap_or_default();
        c.verdict = rating.map(|rating| Verdict { rating, note });
    })
}

/// A cluster's name cut to fit the first column; the whole name shows on hover.
fn short_name(name: &str) -> String {
    const MAX: usize = 42;
    if name.chars().count() <= MAX {
        return name.to_owned();
    }
    let cut: String = name.chars().take(MAX - 1).collect();
    format!("{}…", cut.trim_end())
}
