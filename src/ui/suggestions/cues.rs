//! The project's reporting verbs and expressions, in the label editor: what the attribution
//! suggester looks for besides the built-in lexicon (`assets/attribution.ron`). [`CuesEditor`]
//! owns the cue being typed and why the last one was refused; adding and removing are
//! [`Command::Edit`]s made by [`add_cue`] and [`remove_cue`], so they are undone like any
//! change, saved with the project and used by the window's suggestions and `hashiya suggest`
//! alike.

use crate::model::schema::label_name_problem;
use crate::model::{Edit, Message, Project, ReportingCue, Transaction};
use crate::suggest::attribution::Lexicon;
use crate::ui::commands::Command;
use crate::ui::status::Status;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{shown, tr, tr_args};
use crate::ui::widgets::text_field::TextField;
use crate::ui::windows::said;

/// The cue being typed and the last refusal; see the module docs.
#[derive(Debug, Default)]
pub struct CuesEditor {
    new: ReportingCue,
    /// Said in the language in use each frame.
    refusal: Option<Status>,
}

/// Adding `cue` to the project's lexicon as one edit, or why not: a blank form, one with a
/// control or direction character, one the built-in lexicon or the project has already.
pub fn add_cue(project: &Project, cue: &ReportingCue) -> Result<Transaction, Status> {
    let form = cue.form.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(problem) = label_name_problem(&form) {
        return Err(Status::say("cues-refused").shown("problem", problem));
    }
    if Lexicon::builtin().has_form(&form) {
        return Err(Status::say("cues-builtin").with("form", form));
    }
    if Lexicon::of_project(&project.suggestions.cues).has_form(&form) {
        return Err(Status::say("cues-in-project").with("form", form));
    }
    Ok(Transaction::single(
        Message::CUES_ADDED.with("form", &form),
        Edit::AddCue {
            cue: ReportingCue {
                form,
                ..cue.clone()
            },
        },
    ))
}

/// Removing `cue` from the project's lexicon as one edit.
pub fn remove_cue(cue: &ReportingCue) -> Transaction {
    Transaction::single(
        Message::CUES_REMOVED.with("form", &cue.form),
        Edit::RemoveCue { cue: cue.clone() },
    )
}

/// What a cue does, in a few words.
fn describe(cue: &ReportingCue) -> String {
    let mut what = vec![if cue.names_source {
        "cues-names-source"
    } else {
        "cues-verb"
    }];
    if cue.denies {
        what.push("cues-denies");
    }
    if cue.continues {
        what.push("cues-carries-on-before");
    }
    let comma = if crate::i18n::language().is_rtl() {
        "، "
    } else {
        ", "
    };
    let what: Vec<String> = what.into_iter().map(crate::i18n::tr).collect();
    said(
        "cues-line",
        &[
            ("form", cue.form.as_str().into()),
            ("what", what.join(comma).into()),
        ],
    )
}

impl CuesEditor {
    /// The section: the project's cues, each with Remove, and a row to add one.
    pub fn ui(&mut self, ui: &mut egui::Ui, project: &Project, theme: &Theme) -> Vec<Command> {
        let mut commands = Vec::new();
        crate::ui::widgets::mirror::collapsing(ui, "cues", "cues-title", false, |ui| {
            crate::ui::widgets::bidi::paragraph(ui, &crate::i18n::tr("cues-intro"), true);
            for cue in &project.suggestions.cues {
                ui.horizontal(|ui| {
                    ui.label(shown(&describe(cue)));
                    if ui
                        .button(tr_args(
                            "cues-remove",
                            &[("form", cue.form.as_str().into())],
                        ))
                        .clicked()
                    {
                        commands.push(Command::Edit(remove_cue(cue)));
                    }
                });
            }
            self.new_cue_ui(ui, project, &mut commands);
            if let Some(refusal) = &self.refusal {
                ui.colored_label(theme.warning, shown(&refusal.marked()));
            }
        });
        commands
    }

    fn new_cue_ui(&mut self, ui: &mut egui::Ui, project: &Project, commands: &mut Vec<Command>) {
        let mut add = false;
        ui.horizontal(|ui| {
            let field = ui.add(
                TextField::singleline(&mut self.new.form)
                    .name(crate::i18n::tr("cues-field"))
                    .hint("غرّد")
                    .desired_width(140.0),
            );
            add |= field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.checkbox(&mut self.new.denies, tr("cues-denies"));
            ui.checkbox(&mut self.new.names_source, tr("cues-names-source"));
            ui.checkbox(&mut self.new.continues, tr("cues-carries-on"));
            add |= ui.button(tr("cues-add")).clicked();
        });
        if add {
            match add_cue(project, &self.new) {
                Ok(transaction) => {
                    commands.push(Command::Edit(transaction));
                    self.new = ReportingCue::default();
                    self.refusal = None;
                }
                Err(refusal) => self.refusal = Some(refusal),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue(form: &str) -> ReportingCue {
        ReportingCue {
            form: form.into(),
            ..ReportingCue::default()
        }
    }

    #[test]
    fn a_new_cue_is_one_undoable_edit_and_blank_built_in_or_repeated_ones_are_refused() {
        let mut project = Project::default();
        let added = add_cue(&project, &cue("  غرّد   على ")).expect("a new verb");
        added.apply_checked(&mut project).expect("applies");
        assert_eq!(
            project
                .suggestions
                .cues
                .iter()
                .next()
                .map(|c| c.form.as_str()),
            Some("غرّد على")
        );
        // The same form, written without its shadda, is there already.
        assert!(add_cue(&project, &cue("غرد على")).is_err());
        assert!(
            add_cue(&project, &cue("قال"))
                .expect_err("built in")
                .text()
                .contains("built-in")
        );
        assert!(add_cue(&project, &cue("  ")).is_err());
        assert!(add_cue(&project, &cue("قال\u{202E}")).is_err());
        let removed = remove_cue(project.suggestions.cues.iter().next().expect("one"));
        removed.apply_checked(&mut project).expect("applies");
        assert!(project.suggestions.cues.is_empty());
    }
}
