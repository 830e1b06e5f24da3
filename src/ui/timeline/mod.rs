//! Who said it first (Views ▸ Timeline…, or a cluster of the claims × sources window): a
//! cluster's claims over time, one lane per outlet with the first to speak on top, coloured by
//! relation, the first appearance ringed, zoom and pan along the days; the undated claims are
//! listed apart. Clicking a point, or a claim of the lists, goes to the claim in its article.
//! `TimelineView` is a component: it owns which cluster it shows, reads the workspace and
//! returns `Command`s.

pub mod model;

use egui_plot::{Corner, Legend, MarkerShape, Plot, PlotPoint, Points, uniform_grid_spacer};

use crate::model::{ClaimId, ClusterId, Project, Relation};
use crate::report::timeline::relation_rgb;
use crate::ui::commands::Command;
use crate::ui::panels::matrix::relation_word;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{shown, tr};
use crate::ui::windows;
use crate::workspace::Workspace;
use model::{ClaimRow, TimelineModel, day_label, day_steps};

/// How far from a point (screen points) a click still lands on it.
const REACH: f32 = 10.0;
const RELATIONS: [Relation; 4] = [
    Relation::Reports,
    Relation::Supports,
    Relation::Contradicts,
    Relation::Denies,
];

#[derive(Debug, Clone, Default)]
pub struct TimelineView {
    pub open: bool,
    cluster: Option<ClusterId>,
    /// Where each dated claim was drawn in the last frame, in screen points.
    drawn: Vec<(ClaimId, egui::Pos2)>,
}

impl TimelineView {
    /// Opens the window on `cluster`, or on the cluster shown last (the first one at first).
    pub fn show(&mut self, cluster: Option<ClusterId>) {
        if cluster.is_some() {
            self.cluster = cluster;
        }
        self.open = true;
    }

    /// The cluster the window shows.
    pub fn cluster(&self) -> Option<&ClusterId> {
        self.cluster.as_ref()
    }

    /// Where `claim` was drawn in the last frame; `None` for an undated claim or one not shown.
    pub fn drawn_at(&self, claim: &ClaimId) -> Option<egui::Pos2> {
        self.drawn.iter().find(|(c, _)| c == claim).map(|(_, p)| *p)
    }

    /// The window, while open; a claim chosen comes back as `Command::JumpToSpan`.
    pub fn ui(&mut self, ctx: &egui::Context, ws: &Workspace, theme: &Theme) -> Vec<Command> {
        let mut commands = Vec::new();
        if !self.open {
            return commands;
        }
        let project = ws.project();
        if self
            .cluster
            .as_ref()
            .is_none_or(|c| project.cluster(c).is_none())
        {
            self.cluster = project.clusters.keys().next().cloned();
        }
        let model = self
            .cluster
            .as_ref()
            .and_then(|c| TimelineModel::new(ws, c));
        let mut open = true;
        windows::Window::new(tr("timeline-title"))
            .open(&mut open)
            .default_width(760.0)
            .default_height(600.0)
            .resizable(true)
            .show(ctx, |ui| {
                windows::contents(ui, |ui| {
                    self.chooser_ui(ui, project);
                    let Some(model) = &model else {
                        crate::ui::widgets::bidi::paragraph(
                            ui,
                            &crate::i18n::tr("timeline-empty"),
                            true,
                        );
                        self.drawn.clear();
                        return;
                    };
                    egui::ScrollArea::vertical()
                        .max_height(crate::ui::layout::fitting_height(ui.ctx(), 640.0))
                        .show(ui, |ui| {
                            let chosen = self.plot_ui(ui, model, theme);
                            let listed = claim_lists_ui(ui, model);
                            if let Some(row) = chosen.or(listed) {
                                commands.push(Command::JumpToSpan(row.doc, row.span));
                            }
                        });
                });
            });
        self.open = open;
        commands
    }

    fn chooser_ui(&mut self, ui: &mut egui::Ui, project: &Project) {
        let name = |id: &ClusterId| project.cluster(id).map_or("", |c| c.name.as_str());
        let current = self.cluster.as_ref().map_or("", name).to_owned();
        ui.horizontal(|ui| {
            ui.label(tr("matrix-cluster"));
            let combo = egui::ComboBox::from_id_salt("timeline-cluster")
                .selected_text(shown(&current))
                .width(360.0)
                .show_ui(ui, |ui| {
                    for id in project.clusters.keys() {
                        ui.selectable_value(&mut self.cluster, Some(id.clone()), shown(name(id)));
                    }
                });
            combo.response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::ComboBox,
                    true,
                    crate::i18n::tr("timeline-cluster-field"),
                )
            });
        });
    }

    /// The lanes and their points; the claim clicked, if any. In a right-to-left interface the
    /// outlets stand on the right and the days run leftwards.
    fn plot_ui(
        &mut self,
        ui: &mut egui::Ui,
        model: &TimelineModel,
        theme: &Theme,
    ) -> Option<ClaimRow> {
        self.drawn.clear();
        let Some((x0, x1)) = model.x_range() else {
            crate::ui::widgets::bidi::paragraph(ui, &crate::i18n::tr("timeline-no-dates"), true);
            return None;
        };
        let lanes = model.lanes.len();
        // egui_plot widens its axis for long labels only a frame later, cutting names off until then.
        let font = egui::TextStyle::Body.resolve(ui.style());
        let widest = model
            .lanes
            .iter()
            .map(|l| {
                let galley = ui.painter().layout_no_wrap(
                    shown(&l.outlet),
                    font.clone(),
                    egui::Color32::WHITE,
                );
                galley.size().x
            })
            .fold(0.0, f32::max);
        let ring = ui.visuals().strong_text_color();
        #[expect(clippy::cast_precision_loss, reason = "a handful of lanes")]
        let height = 46.0 * lanes as f32 + 70.0;
        let mirrored = windows::mirrored();
        let sign = if mirrored { -1.0 } else { 1.0 };
        let response = Plot::new(("timeline", &model.cluster))
            .legend(Legend::default().position(if mirrored {
                Corner::LeftBottom
            } else {
                Corner::RightBottom
            }))
            .y_axis_position(if mirrored {
                egui_plot::HPlacement::Right
            } else {
                egui_plot::HPlacement::Left
            })
            .height(height)
            .y_axis_min_width(widest + 12.0)
            // Days zoom and pan; the lanes stay where they are.
            .allow_zoom([true, false])
            .allow_scroll([true, false])
            .allow_drag([true, false])
            .allow_boxed_zoom(false)
            .show_x(false)
            .show_y(false)
            .label_formatter(|_| None)
            .include_x(sign * x0)
            .include_x(sign * x1)
            .include_y(0.6)
            .include_y(TimelineModel::lane_y(lanes.saturating_sub(1)) - 0.6)
            .x_grid_spacer(uniform_grid_spacer(|input| day_steps(input.base_step_size)))
            .x_axis_formatter(move |mark, _| day_label(sign * mark.value))
            .y_grid_spacer(uniform_grid_spacer(|_| [1.0, 1.0, 1.0]))
            .y_axis_formatter(|mark, _| model.lane_at(mark.value).map(shown).unwrap_or_default())
            .show(ui, |plot| points_ui(plot, model, sign, (ring, theme)));
        let transform = response.transform;
        let screen = |[x, y]: [f64; 2]| transform.position_from_point(&PlotPoint::new(sign * x, y));
        self.drawn = model
            .placed()
            .map(|(at, row)| (row.claim.clone(), screen(at)))
            .collect();
        let plot = response.response;
        let hovered = plot
            .hover_pos()
            .and_then(|p| model.point_near(p, REACH, screen));
        if let Some(row) = hovered {
            plot.clone().on_hover_text_at_pointer(shown(&format!(
                "{}\n{}",
                row.summary(),
                row.quote
            )));
        }
        if plot.clicked() {
            return plot
                .interact_pointer_pos()
                .and_then(|p| model.point_near(p, REACH, screen))
                .cloned();
        }
        None
    }
}

/// The claims as points on their lanes (days negated by `sign` in a mirrored plot), coloured
/// by relation, the first appearance ringed in `ring`.
fn points_ui(
    plot: &mut egui_plot::PlotUi<'_>,
    model: &TimelineModel,
    sign: f64,
    (ring, theme): (egui::Color32, &Theme),
) {
    let at = |keep: &dyn Fn(&ClaimRow) -> bool| -> Vec<[f64; 2]> {
        model
            .placed()
            .filter(|(_, row)| keep(row))
            .map(|([x, y], _)| [sign * x, y])
            .collect()
    };
    let firsts = at(&|row| row.first);
    plot.points(
        Points::new(tr("timeline-first-appearance"), firsts)
            .shape(MarkerShape::Circle)
            .filled(false)
            .radius(11.0)
            .color(ring),
    );
    for relation in RELATIONS {
        let at = at(&|row| row.relation == relation);
        if !at.is_empty() {
            plot.points(
                Points::new(shown(&relation_word(relation)), at)
                    .shape(MarkerShape::Circle)
                    .radius(6.0)
                    .color(theme.span_stroke(relation_rgb(relation))),
            );
        }
    }
}

/// The dated claims in order of time, then the undated ones; the claim clicked, if any.
fn claim_lists_ui(ui: &mut egui::Ui, model: &TimelineModel) -> Option<ClaimRow> {
    let mut dated: Vec<&ClaimRow> = model.lanes.iter().flat_map(|l| &l.points).collect();
    dated.sort_by_key(|row| row.day.map(|(day, _)| day));
    let mut chosen = None;
    ui.separator();
    ui.strong(tr("timeline-claims-by-date"));
    for row in dated {
        if claim_row_ui(ui, row) {
            chosen = Some(row.clone());
        }
    }
    ui.separator();
    ui.strong(tr("timeline-without-date"));
    if model.undated.is_empty() {
        ui.weak(tr("timeline-none"));
    }
    for row in &model.undated {
        if claim_row_ui(ui, row) {
            chosen = Some(row.clone());
        }
    }
    chosen
}

/// A claim's line: a button saying when, who and how, then its text; whether it was clicked.
fn claim_row_ui(ui: &mut egui::Ui, row: &ClaimRow) -> bool {
    ui.horizontal(|ui| {
        let clicked = ui
            .button(shown(&row.summary()))
            .on_hover_text(tr("timeline-go"))
            .clicked();
        ui.weak(shown(&row.quote));
        clicked
    })
    .inner
}
