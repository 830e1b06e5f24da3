//! The menu bar. It reads what its entries show (preferences, the side panels, toggles) and
//! returns the [`Command`] of the entry chosen; shortcuts are shown from the same enum.

use crate::model::BaseDirection;
use crate::text::fonts::ARABIC_FACES;
use crate::ui::commands::Command;
use crate::ui::layout::{Layout, Side};
use crate::ui::prefs::Prefs;
use crate::ui::theme::ThemeChoice;
use crate::ui::widgets::bidi::shown;

/// What the menu bar shows besides its fixed entries: ticks, radio buttons, recent projects.
pub struct MenuState<'a> {
    pub prefs: &'a Prefs,
    pub layout: &'a Layout,
    pub sticky_label: bool,
    pub show_marks: bool,
    /// A colleague's project is being compared.
    pub comparing: bool,
    /// The base direction of the document shown.
    pub direction: BaseDirection,
    /// Each suggester and whether it runs for the open project.
    pub suggesters: Vec<(crate::suggest::Source, bool)>,
}

fn item(ui: &mut egui::Ui, commands: &mut Vec<Command>, label: &str, command: Command) {
    let mut button = egui::Button::new(shown(label));
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add(button).clicked() {
        commands.push(command);
        ui.close();
    }
}

/// View ▸ the side panels (fold away, bring back) and the theme.
fn panels_and_theme_ui(ui: &mut egui::Ui, state: &MenuState, commands: &mut Vec<Command>) {
    for (side, name) in [
        (Side::Corpus, "the document list"),
        (Side::Inspector, "the inspector"),
    ] {
        let verb = if state.layout.is_open(side) {
            "Hide"
        } else {
            "Show"
        };
        item(ui, commands, &format!("{verb} {name}"), side.command());
    }
    ui.menu_button("Theme", |ui| {
        for choice in ThemeChoice::ALL {
            if ui
                .radio(state.prefs.theme == choice, shown(choice.name()))
                .clicked()
            {
                commands.push(Command::SetTheme(choice));
                ui.close();
            }
        }
    });
}

/// Suggestions ▸ the keys that step through, accept and reject suggestions, and a switch per
/// suggester for the open project.
fn suggestions_menu_ui(ui: &mut egui::Ui, state: &MenuState, commands: &mut Vec<Command>) {
    item(ui, commands, "Suggestions…", Command::ShowSuggestions);
    ui.separator();
    item(ui, commands, "Next suggestion", Command::NextSuggestion);
    item(
        ui,
        commands,
        "Previous suggestion",
        Command::PreviousSuggestion,
    );
    item(ui, commands, "Accept", Command::AcceptSuggestion);
    item(ui, commands, "Reject", Command::RejectSuggestion);
    item(
        ui,
        commands,
        "Accept all of this form in this document",
        Command::AcceptSuggestionsInDocument,
    );
    item(
        ui,
        commands,
        "Accept all of this form in the corpus",
        Command::AcceptSuggestionsInCorpus,
    );
    ui.separator();
    for (source, on) in &state.suggesters {
        let mut ticked = *on;
        if ui
            .checkbox(&mut ticked, shown(&format!("From {}", source.title())))
            .clicked()
        {
            commands.push(Command::SwitchSuggester(*source, ticked));
            ui.close();
        }
    }
}

#[expect(clippy::too_many_lines, reason = "the menu bar, entry after entry")]
pub fn menu_bar_ui(ui: &mut egui::Ui, state: &MenuState) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        let commands = &mut commands;
        ui.menu_button("File", |ui| {
            item(ui, commands, "Open folder…", Command::OpenFolderDialog);
            item(ui, commands, "Open project…", Command::OpenProjectDialog);
            ui.menu_button("Recent projects", |ui| {
                let recent = &state.prefs.recent_projects;
                if recent.is_empty() {
                    ui.weak("none yet");
                }
                for path in recent {
                    item(
                        ui,
                        commands,
                        &path.display().to_string(),
                        Command::OpenPath(path.clone()),
                    );
                }
            });
            ui.separator();
            item(ui, commands, "Save project", Command::SaveProject);
            item(ui, commands, "Save project as…", Command::SaveProjectAsDialog);
            ui.separator();
            item(ui, commands, "Export…", Command::ShowExport);
            item(
                ui,
                commands,
                "Export report…",
                Command::ExportReportDialog(crate::report::ReportFormat::Html),
            );
            ui.menu_button("Import annotations", |ui| {
                for format in crate::import::annotations::ImportFormat::ALL {
                    item(
                        ui,
                        commands,
                        &format!("{}…", format.name()),
                        Command::ImportAnnotationsDialog(format),
                    );
                }
            });
            ui.separator();
            item(ui, commands, "Import report", Command::ShowImportReport);
            ui.separator();
            let mut builtin = state.prefs.builtin_file_dialog;
            if ui
                .checkbox(&mut builtin, "Use the built-in file dialog")
                .on_hover_text("hashiya's own dialog instead of the system's, which needs a desktop portal or zenity")
                .clicked()
            {
                commands.push(Command::SetBuiltinFileDialog(builtin));
                ui.close();
            }
            ui.separator();
            item(ui, commands, "Quit", Command::Quit);
        });
        ui.menu_button("Labels", |ui| {
            item(ui, commands, "Choose a label…", Command::OpenLabelPopup);
            let mut sticky = state.sticky_label;
            if ui
                .checkbox(&mut sticky, "Sticky label: label every new selection")
                .on_hover_text("Each selection you finish gets the label you used last")
                .clicked()
            {
                commands.push(Command::ToggleStickyLabel);
                ui.close();
            }
            ui.separator();
            item(ui, commands, "Edit labels…", Command::ShowSchemaEditor);
        });
        ui.menu_button("Views", |ui| {
            item(ui, commands, "Search…", Command::ShowSearch);
            item(ui, commands, "Entities…", Command::ShowEntities);
            item(ui, commands, "Claims × sources…", Command::ShowClaimMatrix);
            item(ui, commands, "Timeline…", Command::ShowTimeline(None));
            item(ui, commands, "Sources and plots…", Command::ShowSources);
            item(ui, commands, "Outlets…", Command::ShowOutlets);
            item(ui, commands, "Review spans…", Command::ShowReview);
        });
        ui.menu_button("Suggestions", |ui| suggestions_menu_ui(ui, state, commands));
        ui.menu_button("Team", |ui| {
            let name = state.prefs.annotator_name();
            item(
                ui,
                commands,
                &format!("Your name: {name}…"),
                Command::ShowAnnotatorName,
            );
            ui.separator();
            item(ui, commands, "Compare with a colleague's project…", Command::CompareDialog);
            if state.comparing {
                item(ui, commands, "Disagreements", Command::ShowComparison);
                item(ui, commands, "Agreement", Command::ShowAgreement);
                item(ui, commands, "Stop comparing", Command::CloseComparison);
            }
        });
        ui.menu_button("View", |ui| {
            panels_and_theme_ui(ui, state, commands);
            ui.separator();
            ui.label("Arabic face");
            for face in ARABIC_FACES {
                if ui
                    .radio(state.prefs.arabic_face == face, face.display_name())
                    .clicked()
                {
                    commands.push(Command::SetArabicFace(face));
                    ui.close();
                }
            }
            ui.separator();
            let mut marks = state.show_marks;
            if ui
                .checkbox(&mut marks, "Show invisible marks")
                .on_hover_text("Bidi controls, direction marks and zero-width characters, named where they sit")
                .clicked()
            {
                commands.push(Command::ToggleInvisibleMarks);
                ui.close();
            }
            ui.separator();
            item(ui, commands, "Larger text", Command::FontBigger);
            item(ui, commands, "Smaller text", Command::FontSmaller);
            ui.separator();
            ui.label("Direction of this document");
            let current = state.direction;
            for (direction, label) in [
                (BaseDirection::Auto, "Automatic (first strong letter)"),
                (BaseDirection::Rtl, "Right to left"),
                (BaseDirection::Ltr, "Left to right"),
            ] {
                if ui.radio(current == direction, shown(label)).clicked() {
                    commands.push(Command::SetDocumentDirection(direction));
                    ui.close();
                }
            }
            ui.separator();
            item(ui, commands, "Next document", Command::NextDocument);
            item(ui, commands, "Previous document", Command::PreviousDocument);
        });
    });
    commands
}
