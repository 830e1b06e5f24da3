//! The menu bar. Every entry pushes a [`Command`]; shortcuts are shown from the same enum.

use crate::model::BaseDirection;
use crate::text::fonts::ARABIC_FACES;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::layout::Side;
use crate::ui::theme::ThemeChoice;
use crate::ui::widgets::bidi::shown;

fn item(ui: &mut egui::Ui, app: &mut App, label: &str, command: Command) {
    let mut button = egui::Button::new(shown(label));
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add(button).clicked() {
        app.push(command);
        ui.close();
    }
}

/// View ▸ the side panels (fold away, bring back) and the theme.
fn panels_and_theme_ui(ui: &mut egui::Ui, app: &mut App) {
    for (side, name) in [
        (Side::Corpus, "the document list"),
        (Side::Inspector, "the inspector"),
    ] {
        let verb = if app.layout.is_open(side) {
            "Hide"
        } else {
            "Show"
        };
        item(ui, app, &format!("{verb} {name}"), side.command());
    }
    ui.menu_button("Theme", |ui| {
        for choice in ThemeChoice::ALL {
            if ui
                .radio(app.prefs.theme == choice, shown(choice.name()))
                .clicked()
            {
                app.push(Command::SetTheme(choice));
                ui.close();
            }
        }
    });
}

#[expect(clippy::too_many_lines, reason = "the menu bar, entry after entry")]
pub fn menu_bar_ui(ui: &mut egui::Ui, app: &mut App) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            item(ui, app, "Open folder…", Command::OpenFolderDialog);
            item(ui, app, "Open project…", Command::OpenProjectDialog);
            ui.menu_button("Recent projects", |ui| {
                let recent = app.prefs.recent_projects.clone();
                if recent.is_empty() {
                    ui.weak("none yet");
                }
                for path in recent {
                    item(
                        ui,
                        app,
                        &path.display().to_string(),
                        Command::OpenPath(path.clone()),
                    );
                }
            });
            ui.separator();
            item(ui, app, "Save project", Command::SaveProject);
            item(ui, app, "Save project as…", Command::SaveProjectAsDialog);
            ui.separator();
            item(ui, app, "Export…", Command::ShowExport);
            ui.menu_button("Import annotations", |ui| {
                for format in crate::import::annotations::ImportFormat::ALL {
                    item(
                        ui,
                        app,
                        &format!("{}…", format.name()),
                        Command::ImportAnnotationsDialog(format),
                    );
                }
            });
            ui.separator();
            item(ui, app, "Import report", Command::ShowImportReport);
            ui.separator();
            let mut builtin = app.prefs.builtin_file_dialog;
            if ui
                .checkbox(&mut builtin, "Use the built-in file dialog")
                .on_hover_text("hashiya's own dialog instead of the system's, which needs a desktop portal or zenity")
                .clicked()
            {
                app.push(Command::SetBuiltinFileDialog(builtin));
                ui.close();
            }
            ui.separator();
            item(ui, app, "Quit", Command::Quit);
        });
        ui.menu_button("Labels", |ui| {
            item(ui, app, "Choose a label…", Command::OpenLabelPopup);
            let mut sticky = app.sticky_label;
            if ui
                .checkbox(&mut sticky, "Sticky label: label every new selection")
                .on_hover_text("Each selection you finish gets the label you used last")
                .clicked()
            {
                app.push(Command::ToggleStickyLabel);
                ui.close();
            }
            ui.separator();
            item(ui, app, "Edit labels…", Command::ShowSchemaEditor);
        });
        ui.menu_button("Views", |ui| {
            item(ui, app, "Search…", Command::ShowSearch);
            item(ui, app, "Entities…", Command::ShowEntities);
            item(ui, app, "Claims × sources…", Command::ShowClaimMatrix);
            item(ui, app, "Sources and plots…", Command::ShowSources);
            item(ui, app, "Outlets…", Command::ShowOutlets);
            item(ui, app, "Review spans…", Command::ShowReview);
        });
        ui.menu_button("Team", |ui| {
            let name = app.prefs.annotator_name();
            item(
                ui,
                app,
                &format!("Your name: {name}…"),
                Command::ShowAnnotatorName,
            );
            ui.separator();
            item(ui, app, "Compare with a colleague's project…", Command::CompareDialog);
            if app.adjudication.is_some() {
                item(ui, app, "Disagreements", Command::ShowComparison);
                item(ui, app, "Agreement", Command::ShowAgreement);
                item(ui, app, "Stop comparing", Command::CloseComparison);
            }
        });
        ui.menu_button("View", |ui| {
            panels_and_theme_ui(ui, app);
            ui.separator();
            ui.label("Arabic face");
            for face in ARABIC_FACES {
                if ui
                    .radio(app.prefs.arabic_face == face, face.display_name())
                    .clicked()
                {
                    app.push(Command::SetArabicFace(face));
                    ui.close();
                }
            }
            ui.separator();
            let mut marks = app.show_marks;
            if ui
                .checkbox(&mut marks, "Show invisible marks")
                .on_hover_text("Bidi controls, direction marks and zero-width characters, named where they sit")
                .clicked()
            {
                app.show_marks = marks;
                ui.close();
            }
            ui.separator();
            item(ui, app, "Larger text", Command::FontBigger);
            item(ui, app, "Smaller text", Command::FontSmaller);
            ui.separator();
            ui.label("Direction of this document");
            let current = app.layout_options().base;
            for (direction, label) in [
                (BaseDirection::Auto, "Automatic (first strong letter)"),
                (BaseDirection::Rtl, "Right to left"),
                (BaseDirection::Ltr, "Left to right"),
            ] {
                if ui.radio(current == direction, shown(label)).clicked() {
                    app.push(Command::SetDocumentDirection(direction));
                    ui.close();
                }
            }
            ui.separator();
            item(ui, app, "Next document", Command::NextDocument);
            item(ui, app, "Previous document", Command::PreviousDocument);
        });
    });
}
