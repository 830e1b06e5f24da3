//! The Suggestions window: a switch per suggester, progress while suggestions are made, and the
//! open suggestions of the document shown with score and source; a click goes to one, and the
//! one in focus (also when its outline in the article was clicked) is scrolled into view.

use super::{SuggestionsPanel, describe, switches};
use crate::ui::commands::Command;
use crate::ui::panels::header::SmallText;
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
