//! The questions the window asks before it goes on: recover a journal left by a session that
//! ended without saving, read articles from a folder outside the project's, open another project
//! or quit with unsaved changes, take the first-level folders of a folder just opened as its
//! outlets. `Prompts` owns what is being asked; its `ui` shows the questions
//! and returns the answers as commands.

use std::path::{Path, PathBuf};

use crate::model::Transaction;
use crate::ui::commands::Command;
use crate::ui::widgets::bidi::shown;

/// What the window is asking the analyst, one field per question.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prompts {
    /// When the journal of a session that ended without saving was written, offered for recovery.
    pub recovery: Option<String>,
    /// A project whose corpus folder is outside its own folder, waiting for the analyst to agree
    /// to read it: the project file and that folder.
    pub corpus: Option<(PathBuf, PathBuf)>,
    /// Something to open once the analyst has said what to do with unsaved changes.
    pub open: Option<PathBuf>,
    /// The window was asked to close with unsaved changes: ask first.
    pub close: bool,
    /// The analyst chose to quit without saving: closing goes ahead without asking again.
    pub close_answered: bool,
    /// Save as chose a file where another project is: replace it (keeping a backup)?
    pub replace: Option<PathBuf>,
    /// A folder just opened looks like `outlet/article`: its first-level folders (a few, for
    /// the question) and the edit making them the outlets, applied if the analyst agrees.
    pub folder_outlets: Option<(Vec<String>, Transaction)>,
}

/// A button of one of the questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Recover,
    DiscardJournal,
    ReadOtherFolder,
    CancelOtherFolder,
    SaveThenOpen,
    DiscardThenOpen,
    CancelOpen,
    SaveAndQuit,
    QuitWithoutSaving,
    CancelQuit,
    ReplaceProject,
    CancelReplace,
    FoldersAreOutlets,
    FoldersAreNotOutlets,
}

impl Prompts {
    /// What an answer does: the question goes away (or waits for its command) and the commands
    /// that carry the answer out.
    pub fn answer(&mut self, answer: Answer) -> Vec<Command> {
        match answer {
            Answer::Recover => vec![Command::RecoverJournal],
            Answer::DiscardJournal => vec![Command::DiscardJournal],
            // The command takes the folder from the question when it opens the project.
            Answer::ReadOtherFolder => self
                .corpus
                .as_ref()
                .map(|(project, _)| Command::OpenTrusting(project.clone()))
                .into_iter()
                .collect(),
            Answer::CancelOtherFolder => {
                self.corpus = None;
                Vec::new()
            }
            Answer::SaveThenOpen => self
                .open
                .take()
                .map(|path| vec![Command::SaveProject, Command::OpenPath(path)])
                .unwrap_or_default(),
            Answer::DiscardThenOpen => self
                .open
                .take()
                .map(Command::OpenPathDiscarding)
                .into_iter()
                .collect(),
            Answer::CancelOpen => {
                self.open = None;
                Vec::new()
            }
            Answer::SaveAndQuit => {
                self.close = false;
                vec![Command::SaveProject, Command::Quit]
            }
            Answer::QuitWithoutSaving => {
                self.close = false;
                self.close_answered = true;
                vec![Command::DiscardJournal, Command::Quit]
            }
            Answer::CancelQuit => {
                self.close = false;
                Vec::new()
            }
            Answer::ReplaceProject => self
                .replace
                .take()
                .map(Command::SaveProjectAsReplacing)
                .into_iter()
                .collect(),
            Answer::CancelReplace => {
                self.replace = None;
                Vec::new()
            }
            Answer::FoldersAreOutlets => self
                .folder_outlets
                .take()
                .map(|(_, transaction)| Command::Edit(transaction))
                .into_iter()
                .collect(),
            Answer::FoldersAreNotOutlets => {
                self.folder_outlets = None;
                Vec::new()
            }
        }
    }

    /// The questions being asked, and the answers given this frame as commands.
    pub fn ui(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut answers = Vec::new();
        if let Some(written) = &self.recovery {
            question_ui(
                ctx,
                "Recover unsaved changes?",
                &format!(
                    "This project has changes that were never saved; the last were written at {written}."
                ),
                &[
                    ("Recover them", Answer::Recover),
                    ("Discard them", Answer::DiscardJournal),
                ],
                &mut answers,
            );
        }
        if let Some((project, corpus)) = &self.corpus {
            egui::Window::new("Read articles from another folder?")
                .collapsible(false)
                .resizable(false)
                .show(ctx, |ui| {
                    ui.label(shown(&format!(
                        "The project {} reads its articles from a folder outside its own:",
                        file_name(project)
                    )));
                    ui.monospace(shown(&corpus.display().to_string()));
                    ui.label("Open it only if you expect it to read that folder.");
                    buttons_ui(
                        ui,
                        &[
                            ("Open and read that folder", Answer::ReadOtherFolder),
                            ("Cancel", Answer::CancelOtherFolder),
                        ],
                        &mut answers,
                    );
                });
        }
        if let Some(path) = &self.open {
            // The trailing space keeps its window apart from the question asked when quitting.
            question_ui(
                ctx,
                "Unsaved changes ",
                &format!(
                    "The project has changes that are not saved. Open {} anyway?",
                    file_name(path)
                ),
                &[
                    ("Save first", Answer::SaveThenOpen),
                    ("Discard changes and open", Answer::DiscardThenOpen),
                    ("Cancel", Answer::CancelOpen),
                ],
                &mut answers,
            );
        }
        if let Some(path) = &self.replace {
            question_ui(
                ctx,
                "Replace a project?",
                &format!(
                    "{} is another hashiya project. Replace it with this one? It is kept as a backup beside it.",
                    file_name(path)
                ),
                &[
                    ("Replace it, keeping a backup", Answer::ReplaceProject),
                    ("Cancel", Answer::CancelReplace),
                ],
                &mut answers,
            );
        }
        if let Some((folders, _)) = &self.folder_outlets {
            question_ui(
                ctx,
                "Outlets from folders?",
                &format!(
                    "The articles lie in one folder per outlet ({}). Use each first-level folder \
                     as the outlet of the articles in it? Undo takes it back.",
                    folders.join("، ")
                ),
                &[
                    ("Yes, folders are outlets", Answer::FoldersAreOutlets),
                    ("No", Answer::FoldersAreNotOutlets),
                ],
                &mut answers,
            );
        }
        if self.close {
            question_ui(
                ctx,
                "Unsaved changes",
                "The project has changes that are not saved.",
                &[
                    ("Save and quit", Answer::SaveAndQuit),
                    ("Quit without saving", Answer::QuitWithoutSaving),
                    ("Cancel", Answer::CancelQuit),
                ],
                &mut answers,
            );
        }
        answers
            .into_iter()
            .flat_map(|answer| self.answer(answer))
            .collect()
    }
}

/// A small window with a sentence and a row of buttons.
fn question_ui(
    ctx: &egui::Context,
    title: &str,
    sentence: &str,
    buttons: &[(&str, Answer)],
    answers: &mut Vec<Answer>,
) {
    egui::Window::new(shown(title))
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.label(shown(sentence));
            buttons_ui(ui, buttons, answers);
        });
}

fn buttons_ui(ui: &mut egui::Ui, buttons: &[(&str, Answer)], answers: &mut Vec<Answer>) {
    ui.horizontal(|ui| {
        for &(caption, answer) in buttons {
            if ui.button(shown(caption)).clicked() {
                answers.push(answer);
            }
        }
    });
}

/// The last component of a path, for messages that should not show where the user keeps files.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_close_their_question_and_say_what_follows() {
        let mut prompts = Prompts {
            open: Some(PathBuf::from("تقرير.ron")),
            close: true,
            ..Prompts::default()
        };
        assert_eq!(
            prompts.answer(Answer::SaveThenOpen),
            vec![
                Command::SaveProject,
                Command::OpenPath(PathBuf::from("تقرير.ron"))
            ]
        );
        assert_eq!(prompts.open, None);
        assert_eq!(
            prompts.answer(Answer::QuitWithoutSaving),
            vec![Command::DiscardJournal, Command::Quit]
        );
        assert!(!prompts.close && prompts.close_answered);
        // Asked again after a cancel, nothing is carried out.
        prompts.open = Some(PathBuf::from("أخرى.ron"));
        assert!(prompts.answer(Answer::CancelOpen).is_empty());
        assert_eq!(prompts.open, None);
        assert!(prompts.answer(Answer::DiscardThenOpen).is_empty());
    }

    #[test]
    fn reading_another_folder_waits_for_the_project_to_open() {
        let project = PathBuf::from("مشروع/annotated.ron");
        let mut prompts = Prompts {
            corpus: Some((project.clone(), PathBuf::from("elsewhere"))),
            ..Prompts::default()
        };
        assert_eq!(
            prompts.answer(Answer::ReadOtherFolder),
            vec![Command::OpenTrusting(project)]
        );
        assert!(prompts.corpus.is_some(), "the command takes the folder");
        assert!(prompts.answer(Answer::CancelOtherFolder).is_empty());
        assert_eq!(prompts.corpus, None);
    }

    #[test]
    fn folders_become_outlets_only_when_the_analyst_agrees() {
        let transaction = Transaction::new("outlets from the first-level folders");
        let mut prompts = Prompts {
            folder_outlets: Some((vec!["watan/".to_owned()], transaction.clone())),
            ..Prompts::default()
        };
        assert_eq!(
            prompts.answer(Answer::FoldersAreOutlets),
            vec![Command::Edit(transaction.clone())]
        );
        assert_eq!(prompts.folder_outlets, None);
        prompts.folder_outlets = Some((Vec::new(), transaction));
        assert!(prompts.answer(Answer::FoldersAreNotOutlets).is_empty());
        assert_eq!(prompts.folder_outlets, None);
    }
}
