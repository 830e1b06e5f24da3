//! The menu bar. It reads what its entries show (preferences, the side panels, toggles) and
//! returns the [`Command`] of the entry chosen; shortcuts are shown from the same enum.

use crate::i18n;
use crate::i18n::{Digits, Language};
use crate::model::{BaseDirection, Description};
use crate::text::fonts::ARABIC_FACES;
use crate::ui::commands::Command;
use crate::ui::layout::{Layout, Side};
use crate::ui::prefs::{LanguageChoice, Prefs};
use crate::ui::theme::ThemeChoice;
use crate::ui::widgets::bidi::{shown, tr};

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
    /// The interface's language as chosen, and the system's.
    pub language: LanguageChoice,
    pub system_language: Language,
    /// What Undo and Redo would undo and redo, if anything.
    pub undo: Option<&'a Description>,
    pub redo: Option<&'a Description>,
}

/// A menu entry: `label` in logical order (an interface message, a path), with the command's
/// shortcut.
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

/// [`item`] labelled with the catalogue's message `id`.
fn entry(ui: &mut egui::Ui, commands: &mut Vec<Command>, id: &str, command: Command) {
    item(ui, commands, &i18n::tr(id), command);
}

/// Edit ▸ Undo and Redo, each naming what it would undo or redo in the language in use (greyed
/// out when there is nothing).
fn edit_menu_ui(ui: &mut egui::Ui, state: &MenuState, commands: &mut Vec<Command>) {
    for (description, plain, what, command) in [
        (state.undo, "menu-undo", "menu-undo-what", Command::Undo),
        (state.redo, "menu-redo", "menu-redo-what", Command::Redo),
    ] {
        match description {
            // The description keeps the isolate marks around its names, so each stays in its
            // place when the entry is put in display order.
            Some(description) => item(
                ui,
                commands,
                &i18n::tr_args(what, &[("what", description.text().into())]),
                command,
            ),
            None => {
                ui.add_enabled_ui(false, |ui| item(ui, commands, &i18n::tr(plain), command));
            }
        }
    }
}

/// The catalogue message of a theme's name.
fn theme_message(choice: ThemeChoice) -> &'static str {
    match choice {
        ThemeChoice::Dark => "theme-dark",
        ThemeChoice::Light => "theme-light",
        ThemeChoice::System => "theme-system",
    }
}

/// The catalogue message of a suggester's switch.
pub(crate) fn suggester_message(source: crate::suggest::Source) -> &'static str {
    use crate::suggest::Source;
    match source {
        Source::Learned => "menu-suggester-learned",
        Source::Registry => "menu-suggester-registry",
        Source::Attribution => "menu-suggester-attribution",
        Source::Clusters => "menu-suggester-clusters",
    }
}

/// View ▸ Language: the interface's language (the system's, or one chosen) and the digits of
/// numbers; a choice takes effect at once.
fn language_menu_ui(ui: &mut egui::Ui, state: &MenuState, commands: &mut Vec<Command>) {
    let system = i18n::tr_args(
        "language-follow-system",
        &[("language", state.system_language.native_name().into())],
    );
    let mut choose = |ui: &mut egui::Ui, on: bool, label: String, command: Command| {
        if ui.radio(on, shown(&label)).clicked() {
            commands.push(command);
            ui.close();
        }
    };
    choose(
        ui,
        state.language == LanguageChoice::System,
        system,
        Command::SetLanguage(LanguageChoice::System),
    );
    for language in Language::OFFERED {
        let choice = LanguageChoice::Chosen(language);
        choose(
            ui,
            state.language == choice,
            language.native_name().to_owned(),
            Command::SetLanguage(choice),
        );
    }
    ui.separator();
    for digits in Digits::ALL {
        let message = match digits {
            Digits::Latin => "digits-latin",
            Digits::ArabicIndic => "digits-arabic-indic",
        };
        let label = i18n::tr_args(message, &[("sample", digits.sample().into())]);
        choose(
            ui,
            state.prefs.digits == digits,
            label,
            Command::SetDigits(digits),
        );
    }
}

/// View ▸ the side panels (fold away, bring back) and the theme.
fn panels_and_theme_ui(ui: &mut egui::Ui, state: &MenuState, commands: &mut Vec<Command>) {
    for side in [Side::Corpus, Side::Inspector] {
        let message = match (side, state.layout.is_open(side)) {
            (Side::Corpus, true) => "menu-hide-documents",
            (Side::Corpus, false) => "menu-show-documents",
            (Side::Inspector, true) => "menu-hide-inspector",
            (Side::Inspector, false) => "menu-show-inspector",
        };
        item(ui, commands, &i18n::tr(message), side.command());
    }
    crate::ui::widgets::mirror::submenu(ui, "menu-language", |ui| {
        language_menu_ui(ui, state, commands);
    });
    crate::ui::widgets::mirror::submenu(ui, "menu-calendar", |ui| {
        for calendar in i18n::Calendar::ALL {
            if ui
                .radio(state.prefs.calendar == calendar, tr(calendar.message()))
                .clicked()
            {
                commands.push(Command::SetCalendar(calendar));
                ui.close();
            }
        }
    });
    crate::ui::widgets::mirror::submenu(ui, "menu-theme", |ui| {
        for choice in ThemeChoice::ALL {
            if ui
                .radio(state.prefs.theme == choice, tr(theme_message(choice)))
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
    entry(
        ui,
        commands,
        "menu-suggestions-window",
        Command::ShowSuggestions,
    );
    ui.separator();
    entry(
        ui,
        commands,
        "menu-next-suggestion",
        Command::NextSuggestion,
    );
    entry(
        ui,
        commands,
        "menu-previous-suggestion",
        Command::PreviousSuggestion,
    );
    entry(ui, commands, "menu-accept", Command::AcceptSuggestion);
    entry(ui, commands, "menu-reject", Command::RejectSuggestion);
    entry(
        ui,
        commands,
        "menu-accept-in-document",
        Command::AcceptSuggestionsInDocument,
    );
    entry(
        ui,
        commands,
        "menu-accept-in-corpus",
        Command::AcceptSuggestionsInCorpus,
    );
    ui.separator();
    for (source, on) in &state.suggesters {
        let mut ticked = *on;
        if ui
            .checkbox(&mut ticked, tr(suggester_message(*source)))
            .clicked()
        {
            commands.push(Command::SwitchSuggester(*source, ticked));
            ui.close();
        }
    }
}

/// The menu bar, laid out from the right when the interface is right to left (shortcuts stay
/// the same keys).
pub fn menu_bar_ui(ui: &mut egui::Ui, state: &MenuState) -> Vec<Command> {
    let mut commands = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        let layout = if i18n::language().is_rtl() {
            egui::Layout::right_to_left(egui::Align::Center)
        } else {
            egui::Layout::left_to_right(egui::Align::Center)
        };
        ui.with_layout(layout, |ui| menus_ui(ui, state, &mut commands));
    });
    commands
}

#[expect(clippy::too_many_lines, reason = "the menu bar, entry after entry")]
fn menus_ui(ui: &mut egui::Ui, state: &MenuState, commands: &mut Vec<Command>) {
    {
        ui.menu_button(tr("menu-file"), |ui| {
            entry(ui, commands, "menu-open-folder", Command::OpenFolderDialog);
            entry(
                ui,
                commands,
                "menu-open-project",
                Command::OpenProjectDialog,
            );
            crate::ui::widgets::mirror::submenu(ui, "menu-recent-projects", |ui| {
                let recent = &state.prefs.recent_projects;
                if recent.is_empty() {
                    ui.weak(tr("menu-recent-none"));
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
            entry(ui, commands, "menu-save-project", Command::SaveProject);
            entry(
                ui,
                commands,
                "menu-save-project-as",
                Command::SaveProjectAsDialog,
            );
            ui.separator();
            entry(ui, commands, "menu-export", Command::ShowExport);
            entry(
                ui,
                commands,
                "menu-export-report",
                Command::ExportReportDialog(crate::report::ReportFormat::Html),
            );
            crate::ui::widgets::mirror::submenu(ui, "menu-import-annotations", |ui| {
                for format in crate::import::annotations::ImportFormat::ALL {
                    item(
                        ui,
                        commands,
                        &i18n::tr_args("menu-import-format", &[("format", format.name().into())]),
                        Command::ImportAnnotationsDialog(format),
                    );
                }
            });
            ui.separator();
            entry(
                ui,
                commands,
                "menu-import-report",
                Command::ShowImportReport,
            );
            ui.separator();
            let mut builtin = state.prefs.builtin_file_dialog;
            if ui
                .checkbox(&mut builtin, tr("menu-builtin-file-dialog"))
                .on_hover_text(tr("menu-builtin-file-dialog-hint"))
                .clicked()
            {
                commands.push(Command::SetBuiltinFileDialog(builtin));
                ui.close();
            }
            ui.separator();
            entry(ui, commands, "menu-quit", Command::Quit);
        });
        ui.menu_button(tr("menu-edit"), |ui| edit_menu_ui(ui, state, commands));
        ui.menu_button(tr("menu-labels"), |ui| {
            entry(ui, commands, "menu-choose-label", Command::OpenLabelPopup);
            let mut sticky = state.sticky_label;
            if ui
                .checkbox(&mut sticky, tr("menu-sticky-label"))
                .on_hover_text(tr("menu-sticky-label-hint"))
                .clicked()
            {
                commands.push(Command::ToggleStickyLabel);
                ui.close();
            }
            ui.separator();
            entry(ui, commands, "menu-edit-labels", Command::ShowSchemaEditor);
        });
        ui.menu_button(tr("menu-views"), |ui| {
            entry(ui, commands, "menu-search", Command::ShowSearch);
            entry(ui, commands, "menu-entities", Command::ShowEntities);
            entry(ui, commands, "menu-claim-matrix", Command::ShowClaimMatrix);
            entry(ui, commands, "menu-timeline", Command::ShowTimeline(None));
            entry(ui, commands, "menu-sources", Command::ShowSources);
            entry(ui, commands, "menu-outlets", Command::ShowOutlets);
            entry(ui, commands, "menu-review", Command::ShowReview);
        });
        ui.menu_button(tr("menu-suggestions"), |ui| {
            suggestions_menu_ui(ui, state, commands);
        });
        ui.menu_button(tr("menu-team"), |ui| {
            let name = state.prefs.annotator_name();
            item(
                ui,
                commands,
                &i18n::tr_args("menu-your-name", &[("name", name.as_str().into())]),
                Command::ShowAnnotatorName,
            );
            ui.separator();
            entry(ui, commands, "menu-compare", Command::CompareDialog);
            if state.comparing {
                entry(ui, commands, "menu-disagreements", Command::ShowComparison);
                entry(ui, commands, "menu-agreement", Command::ShowAgreement);
                entry(
                    ui,
                    commands,
                    "menu-stop-comparing",
                    Command::CloseComparison,
                );
            }
        });
        ui.menu_button(tr("menu-view"), |ui| {
            panels_and_theme_ui(ui, state, commands);
            ui.separator();
            ui.label(tr("menu-arabic-face"));
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
                .checkbox(&mut marks, tr("menu-invisible-marks"))
                .on_hover_text(tr("menu-invisible-marks-hint"))
                .clicked()
            {
                commands.push(Command::ToggleInvisibleMarks);
                ui.close();
            }
            ui.separator();
            entry(ui, commands, "menu-larger-text", Command::FontBigger);
            entry(ui, commands, "menu-smaller-text", Command::FontSmaller);
            ui.separator();
            ui.label(tr("menu-direction"));
            let current = state.direction;
            for (direction, label) in [
                (BaseDirection::Auto, "direction-auto"),
                (BaseDirection::Rtl, "direction-rtl"),
                (BaseDirection::Ltr, "direction-ltr"),
            ] {
                if ui.radio(current == direction, tr(label)).clicked() {
                    commands.push(Command::SetDocumentDirection(direction));
                    ui.close();
                }
            }
            ui.separator();
            entry(ui, commands, "menu-next-document", Command::NextDocument);
            entry(
                ui,
                commands,
                "menu-previous-document",
                Command::PreviousDocument,
            );
        });
    }
}
