//! The Suggestions window: a switch per suggester, progress while suggestions are made, and the
//! open suggestions of the document shown with score and source; a click goes to one, and the
//! one in focus (also when its outline in the article was clicked) is scrolled into view; and
//! the line saying what a suggestion proposes, in the window and the status bar.

use super::{SuggestionsPanel, switches};
use crate::model::Project;
use crate::suggest::{Kind, Source, Suggestion};
use crate::ui::commands::Command;
use crate::ui::panels::header::SmallText;
use crate::ui::status::Status;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{tr, tr_args};
use crate::ui::widgets::text_block::text_block_ui;
use crate::ui::windows;
use crate::workspace::Workspace;

pub(super) fn window_ui(
    ctx: &egui::Context,
    panel: &mut SuggestionsPanel,
    ws: &Workspace,
    shown_doc: Option<usize>,
    text: &mut SmallText<'_>,
    theme: &Theme,
    open: &mut bool,
) -> Vec<Command> {
    let mut commands = Vec::new();
    windows::Window::new(tr("suggestions-title"))
        .open(open)
        .default_width(420.0)
        .show(ctx, |ui| {
            windows::contents(ui, |ui| {
                switches_ui(ui, ws, &mut commands);
                ui.separator();
                if let Some((done, total)) = panel.progress() {
                    ui.weak(tr_args(
                        "suggestions-progress",
                        &[("done", done.into()), ("total", total.into())],
                    ));
                }
                rows_ui(ui, panel, ws, shown_doc, text, theme, &mut commands);
            });
        });
    commands
}

fn switches_ui(ui: &mut egui::Ui, ws: &Workspace, commands: &mut Vec<Command>) {
    for (source, on) in switches(ws.project()) {
        let mut ticked = on;
        if ui
            .checkbox(
                &mut ticked,
                tr(crate::ui::panels::menu::suggester_message(source)),
            )
            .clicked()
        {
            commands.push(Command::SwitchSuggester(source, ticked));
        }
    }
}

fn rows_ui(
    ui: &mut egui::Ui,
    panel: &mut SuggestionsPanel,
    ws: &Workspace,
    shown_doc: Option<usize>,
    text: &mut SmallText<'_>,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let project = ws.project();
    let Some(doc) = shown_doc.and_then(|i| project.documents.get(i)) else {
        return;
    };
    let scroll = std::mem::take(&mut panel.scroll_to_focus);
    let open = panel.open_in(project, &doc.id);
    ui.label(tr_args(
        "suggestions-in-document",
        &[("count", open.len().into())],
    ));
    egui::ScrollArea::vertical()
        .max_height(crate::ui::layout::fitting_height(ui.ctx(), 420.0))
        .show(ui, |ui| {
            for s in open {
                let focused = panel.focus() == Some(s);
                let colour = if focused { theme.warning } else { theme.text };
                let response = text_block_ui(
                    ui,
                    text.cache,
                    text.shaper,
                    &crate::text::bidi::with_isolated_quotes(&describe(project, s)),
                    text.fonts,
                    14.0,
                    colour,
                    3,
                    egui::Sense::click(),
                );
                let line = describe(project, s);
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &line));
                if focused && scroll {
                    response.scroll_to_me(Some(egui::Align::Center));
                }
                if response.clicked() {
                    commands.push(Command::FocusSuggestion(Box::new(s.clone())));
                }
                ui.separator();
            }
        });
}

/// One line saying what a suggestion proposes, in the interface's language: label or claim
/// frame, score and source.
pub fn describe(project: &Project, s: &Suggestion) -> String {
    line(&Names::of(project, s), s)
}

/// [`describe`] for the status bar: said again in the language in use each time it is shown.
pub fn status(project: &Project, s: &Suggestion) -> Status {
    let (names, s) = (Names::of(project, s), s.clone());
    Status::new(move || line(&names, &s))
}

/// The names of the project a suggestion's line shows: its label's (or its cluster's) and its
/// entity's.
struct Names {
    kind: String,
    entity: Option<String>,
}

impl Names {
    fn of(project: &Project, s: &Suggestion) -> Self {
        match &s.kind {
            Kind::Span { label, entity } => Self {
                kind: project
                    .schema
                    .label(label)
                    .map_or_else(|| label.0.clone(), |l| l.name.clone()),
                entity: entity
                    .as_ref()
                    .and_then(|e| project.entity(e))
                    .map(|e| e.name.clone()),
            },
            Kind::Claim { .. } => Self {
                kind: String::new(),
                entity: None,
            },
            Kind::Cluster { cluster, .. } => Self {
                kind: project
                    .clusters
                    .get(cluster)
                    .map_or_else(|| cluster.0.clone(), |c| c.name.clone()),
                entity: None,
            },
        }
    }
}

/// [`describe`] with the project's names taken out.
fn line(names: &Names, s: &Suggestion) -> String {
    let what = match &s.kind {
        Kind::Span { .. } => {
            let name = &names.kind;
            let arrow = if crate::i18n::language().is_rtl() {
                "←"
            } else {
                "→"
            };
            let entity = names
                .entity
                .as_ref()
                .map(|e| format!(" {arrow} {e}"))
                .unwrap_or_default();
            format!("{name} «{}»{entity}", s.text())
        }
        Kind::Claim {
            cue,
            claimant,
            polarity,
            ..
        } => {
            let who = claimant.as_ref().map_or_else(
                || crate::i18n::tr("suggestions-the-outlet"),
                |c| format!("«{}»", s.text_of(c)),
            );
            let id = match polarity {
                crate::model::Polarity::Asserts => "suggestions-claim",
                crate::model::Polarity::Denies => "suggestions-denial",
            };
            crate::ui::windows::said(
                id,
                &[
                    ("who", who.into()),
                    ("cue", s.text_of(cue).into()),
                    ("text", s.text().into()),
                ],
            )
        }
        Kind::Cluster { .. } => crate::ui::windows::said(
            "suggestions-cluster",
            &[
                ("text", s.text().into()),
                ("cluster", names.kind.as_str().into()),
            ],
        ),
    };
    let source = crate::i18n::tr(match s.source {
        Source::Learned => "suggestions-source-learned",
        Source::Registry => "suggestions-source-registry",
        Source::Attribution => "suggestions-source-attribution",
        Source::Clusters => "suggestions-source-clusters",
    });
    let score = crate::i18n::number(format!("{:.2}", s.score));
    crate::ui::windows::said(
        "suggestions-line",
        &[
            ("what", what.into()),
            ("score", score.into()),
            ("source", source.into()),
        ],
    )
}
