//! The claims × sources matrix (Views ▸ Claims × sources): a row per claim cluster, a column per
//! outlet; a cell shows how that outlet's articles stand to the cluster's claim, or "silent".
//! Under a cell, the day of the outlet's first claim in the cluster. Clicking a cell jumps to the
//! claim in the text (again: the next one). Rows filter by name and sort by name, by how many
//! outlets speak or by first appearance.

use crate::model::{
    ClaimMatrix, ClusterId, Edit, MatrixEntry, Message, Polarity, Project, Rating, Relation,
    Transaction, Verdict,
};
use crate::report::timeline::{Day, cluster_timeline, day_text};
use crate::text::normalize::normalize_key;
use crate::ui::commands::Command;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{shown, tr};
use crate::ui::windows;
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

/// The words of a claim's relation to its cluster, as a matrix cell shows them.
pub fn relation_word(relation: Relation) -> String {
    crate::i18n::tr(match relation {
        Relation::Reports => "matrix-reports",
        Relation::Supports => "matrix-supports",
        Relation::Contradicts => "matrix-contradicts",
        Relation::Denies => "matrix-denies",
    })
}

/// What a cell says, in the interface's language: the relations of its claims (with "denial"
/// for a claim that denies), or "silent".
pub fn cell_text(entries: &[MatrixEntry]) -> String {
    if entries.is_empty() {
        return crate::i18n::tr("matrix-silent");
    }
    let mut words: Vec<String> = entries
        .iter()
        .map(|e| {
            let relation = relation_word(e.relation);
            if e.polarity == Polarity::Denies && e.relation != Relation::Denies {
                crate::i18n::tr_args("matrix-denial", &[("relation", relation.into())])
            } else {
                relation
            }
        })
        .collect();
    words.dedup();
    words.join(if crate::i18n::language().is_rtl() {
        "، "
    } else {
        ", "
    })
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
                    (true, _) => tr("matrix-unknown-outlet"),
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
        let mut picked = Picked::default();
        windows::Window::new(tr("matrix-title"))
            .open(open)
            .default_width(900.0)
            .resizable(true)
            .show(ctx, |ui| {
                windows::contents(ui, |ui| {
                    self.toolbar_ui(ui);
                    if matrix.rows.is_empty() {
                        crate::ui::widgets::bidi::paragraph(
                            ui,
                            &crate::i18n::tr("matrix-empty"),
                            true,
                        );
                        return;
                    }
                    let table = Table {
                        project,
                        matrix: &matrix,
                        names: &names,
                        columns: &columns,
                        days: &days,
                        theme,
                    };
                    egui::ScrollArea::both()
                        .stick_to_right(windows::mirrored())
                        .max_height(crate::ui::layout::fitting_height(ui.ctx(), 420.0))
                        .show(ui, |ui| self.table_ui(ui, &table, &rows, &mut picked));
                    let Some(cluster) = &focus else { return };
                    ui.separator();
                    cluster_form_ui(ui, project, cluster, &mut picked);
                });
            });
        let Picked {
            jump,
            edit,
            delete,
            timeline,
        } = picked;
        let mut commands = Vec::new();
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

/// What the analyst asked for in the window this frame.
#[derive(Default)]
struct Picked {
    /// A cell clicked: its cluster, column and claims.
    jump: Option<(ClusterId, usize, Vec<MatrixEntry>)>,
    /// An edit of the focused cluster, with its description.
    edit: Option<(Message, Option<Edit>)>,
    delete: Option<ClusterId>,
    timeline: Option<ClusterId>,
}

/// What the table draws from.
struct Table<'a> {
    project: &'a Project,
    matrix: &'a ClaimMatrix,
    names: &'a [String],
    /// The outlets' headings.
    columns: &'a [String],
    days: &'a FirstDays,
    theme: &'a Theme,
}

impl MatrixView {
    /// The filter and the sort order.
    fn toolbar_ui(&mut self, ui: &mut egui::Ui) {
        windows::filter_and_sort(
            ui,
            (&mut self.filter, "matrix-filter-field"),
            &mut self.sort,
            &[
                (ClusterSort::Name, "matrix-sort-name"),
                (ClusterSort::Coverage, "matrix-sort-coverage"),
                (ClusterSort::FirstAppearance, "matrix-sort-first"),
            ],
        );
    }

    /// The table: the cluster column first (rightmost in a right-to-left interface), then a
    /// column per outlet running away from it.
    fn table_ui(
        &mut self,
        ui: &mut egui::Ui,
        table: &Table<'_>,
        rows: &[usize],
        picked: &mut Picked,
    ) {
        let grid = windows::rows("claim-matrix")
            .striped(true)
            .spacing([10.0, 6.0]);
        grid.show(ui, |grid| {
            grid.row(|row| {
                row.cell(|ui| ui.strong(tr("matrix-cluster")));
                for heading in table.columns {
                    row.cell(|ui| ui.strong(shown(heading)));
                }
            });
            for &r in rows {
                grid.row(|row| {
                    row.cell(|ui| self.cluster_cell_ui(ui, table, r, picked));
                    for column in 0..table.columns.len() {
                        row.cell(|ui| cell_ui(ui, table, r, column, picked));
                    }
                });
            }
        });
    }

    /// A row's cluster: its name (whole on hover) focuses it; its menu opens its timeline or
    /// deletes it.
    fn cluster_cell_ui(
        &mut self,
        ui: &mut egui::Ui,
        table: &Table<'_>,
        r: usize,
        picked: &mut Picked,
    ) {
        let row = &table.matrix.rows[r];
        let name = &table.names[r];
        let focused = self.focus.as_ref() == Some(&row.cluster);
        let label = ui
            .selectable_label(focused, shown(&short_name(name)))
            .on_hover_text(shown(name));
        if label.clicked() {
            self.focus = Some(row.cluster.clone());
        }
        label.context_menu(|ui| {
            if ui.button(tr("matrix-timeline")).clicked() {
                picked.timeline = Some(row.cluster.clone());
            }
            if ui.button(tr("matrix-delete-cluster")).clicked() {
                picked.delete = Some(row.cluster.clone());
            }
        });
    }
}

/// How outlet `column` stands to row `r`'s cluster, coloured by the strongest relation, with
/// the day it first spoke of it; clicking goes to its claims one after the other.
fn cell_ui(ui: &mut egui::Ui, table: &Table<'_>, r: usize, column: usize, picked: &mut Picked) {
    let row = &table.matrix.rows[r];
    let entries = &row.cells[column];
    let copies = crate::model::views::republished_only(table.project, entries);
    let mut text = cell_text(entries);
    if copies {
        text = crate::i18n::tr_args("matrix-copy", &[("text", text.into())]);
    }
    if entries.is_empty() {
        ui.weak(shown(&text)).widget_info(|| {
            let name = crate::i18n::tr_args(
                "matrix-silent-cell",
                &[
                    ("cluster", table.names[r].as_str().into()),
                    ("outlet", table.columns[column].as_str().into()),
                ],
            );
            egui::WidgetInfo::labeled(egui::Role::Label, true, windows::unisolated(&name))
        });
        return;
    }
    let dark = ui.visuals().dark_mode;
    let button = egui::Button::new(shown(&text)).fill(relation_colour(table.theme, entries, dark));
    let first = table.days.cells[r][column].map(|d| crate::i18n::shown_date(&day_text(d)));
    let mut hover = crate::i18n::tr_args(
        "matrix-cell-hover",
        &[
            ("count", entries.len().into()),
            ("dated", if first.is_some() { "yes" } else { "no" }.into()),
            ("day", first.clone().unwrap_or_default().into()),
        ],
    );
    if copies {
        hover.push('\n');
        hover.push_str(&crate::i18n::tr("matrix-cell-copies"));
    }
    let response = windows::cell_lines(ui, |ui| {
        let response = ui.add(button);
        if let Some(day) = &first {
            ui.small(shown(day));
        }
        response
    })
    .on_hover_text(shown(&hover));
    if response.clicked() {
        picked.jump = Some((row.cluster.clone(), column, entries.clone()));
    }
}

/// The focused cluster's name, note and verdict, its timeline and its deletion.
fn cluster_form_ui(
    ui: &mut egui::Ui,
    project: &Project,
    cluster: &crate::model::Cluster,
    picked: &mut Picked,
) {
    let id = &cluster.id;
    if let Some(name) = windows::field_row(
        ui,
        "matrix-name",
        (("cluster-name", id), "matrix-name-field"),
        &cluster.name,
    ) && !name.trim().is_empty()
    {
        let name = name.trim().to_owned();
        picked.edit = Some((
            Message::MATRIX_RENAMED,
            Edit::replace_cluster(project, id, |c| c.name = name),
        ));
    }
    let salt = ("cluster-note", id);
    if let Some(note) = windows::field_row(
        ui,
        "matrix-note",
        (salt, "matrix-note-field"),
        &cluster.note,
    ) {
        picked.edit = Some((
            Message::MATRIX_NOTE_CHANGED,
            Edit::replace_cluster(project, id, |c| c.note = note),
        ));
    }
    if let Some(change) = verdict_ui(ui, project, cluster) {
        picked.edit = Some(change);
    }
    ui.horizontal(|ui| {
        if ui.button(tr("matrix-timeline")).clicked() {
            picked.timeline = Some(cluster.id.clone());
        }
        if ui.button(tr("matrix-delete-this-cluster")).clicked() {
            picked.delete = Some(cluster.id.clone());
        }
    });
}

/// The message naming a verdict's rating in the window (the exports keep [`Rating::name`]).
fn rating_message(rating: Option<Rating>) -> &'static str {
    match rating {
        None => "matrix-not-checked",
        Some(Rating::False) => "matrix-rating-false",
        Some(Rating::MostlyFalse) => "matrix-rating-mostly-false",
        Some(Rating::Mixed) => "matrix-rating-mixed",
        Some(Rating::MostlyTrue) => "matrix-rating-mostly-true",
        Some(Rating::True) => "matrix-rating-true",
        Some(Rating::Unproven) => "matrix-rating-unproven",
    }
}

/// The analyst's verdict on the focused cluster: a rating (or none yet) and, once rated, why.
/// A change comes back as the edit's description and the edit.
fn verdict_ui(
    ui: &mut egui::Ui,
    project: &Project,
    cluster: &crate::model::Cluster,
) -> Option<(Message, Option<Edit>)> {
    let current = cluster.verdict.as_ref().map(|v| v.rating);
    let mut chosen = current;
    let mut change = None;
    ui.horizontal(|ui| {
        ui.label(tr("matrix-verdict"));
        let combo = egui::ComboBox::from_id_salt(("cluster-verdict", &cluster.id))
            .selected_text(tr(rating_message(chosen)))
            .show_ui(ui, |ui| {
                for rating in std::iter::once(None).chain(Rating::ALL.map(Some)) {
                    ui.selectable_value(&mut chosen, rating, tr(rating_message(rating)));
                }
            });
        combo.response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::ComboBox,
                true,
                crate::i18n::tr("matrix-verdict-field"),
            )
        });
    });
    if chosen != current {
        change = Some((
            Message::MATRIX_VERDICT_CHANGED,
            set_rating(project, &cluster.id, chosen),
        ));
    }
    if let Some(verdict) = &cluster.verdict {
        let salt = ("cluster-verdict-note", &cluster.id);
        if let Some(note) =
            windows::field_row(ui, "matrix-why", (salt, "matrix-why-field"), &verdict.note)
        {
            let edit = Edit::replace_cluster(project, &cluster.id, |c| {
                if let Some(v) = &mut c.verdict {
                    v.note = note;
                }
            });
            change = Some((Message::MATRIX_VERDICT_NOTE_CHANGED, edit));
        }
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
