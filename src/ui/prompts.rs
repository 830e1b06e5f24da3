//! The questions the window asks before it goes on: recover a journal left by a session that
//! ended without saving, read articles from a folder outside the project's, open another project
//! or quit with unsaved changes, take the first-level folders of a folder just opened as its
//! outlets. `Prompts` owns what is being asked; its `ui` shows the questions
//! and returns the answers as commands.

use std::path::{Path, PathBuf};

use crate::i18n::{tr, tr_args};
use crate::model::Transaction;
use crate::ui::commands::Command;
use crate::ui::widgets::bidi::{self, shown};
use crate::ui::widgets::mirror;

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

    /// The questions being asked, and the answers given this frame as commands. `paragraph`
    /// lays out a sentence (with the article's engine, so Arabic wraps and reads from the right).
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        paragraph: &mut dyn FnMut(&mut egui::Ui, &str),
    ) -> Vec<Command> {
        let mut answers = Vec::new();
        if let Some((project, corpus)) = &self.corpus {
            other_folder_ui(ctx, project, corpus, paragraph, &mut answers);
        }
        let mut ask = |title: &'static str, sentence: &str, buttons: &[(&'static str, Answer)]| {
            question_ui(
                ctx,
                title,
                |ui| paragraph(ui, sentence),
                buttons,
                &mut answers,
            );
        };
        if let Some(written) = &self.recovery {
            ask(
                "prompt-recover-title",
                &tr_args(
                    "prompt-recover-text",
                    &[(
                        "written",
                        crate::i18n::stamp(written)
                            .unwrap_or_else(|| written.clone())
                            .into(),
                    )],
                ),
                &[
                    ("prompt-recover", Answer::Recover),
                    ("prompt-recover-discard", Answer::DiscardJournal),
                ],
            );
        }
        if let Some(path) = &self.open {
            ask(
                "prompt-unsaved-title",
                &tr_args("prompt-unsaved-open", &[("name", file_name(path).into())]),
                &[
                    ("prompt-save-first", Answer::SaveThenOpen),
                    ("prompt-discard-and-open", Answer::DiscardThenOpen),
                    ("dialog-cancel", Answer::CancelOpen),
                ],
            );
        }
        if let Some(path) = &self.replace {
            ask(
                "prompt-replace-title",
                &tr_args("prompt-replace-text", &[("name", file_name(path).into())]),
                &[
                    ("prompt-replace", Answer::ReplaceProject),
                    ("dialog-cancel", Answer::CancelReplace),
                ],
            );
        }
        if let Some((folders, _)) = &self.folder_outlets {
            ask(
                "prompt-outlets-title",
                &tr_args(
                    "prompt-outlets-text",
                    &[("folders", folders.join(crate::i18n::comma()).into())],
                ),
                &[
                    ("prompt-outlets-yes", Answer::FoldersAreOutlets),
                    ("prompt-outlets-no", Answer::FoldersAreNotOutlets),
                ],
            );
        }
        if self.close {
            ask(
                "prompt-unsaved-title",
                &tr("prompt-unsaved-quit"),
                &[
                    ("prompt-save-and-quit", Answer::SaveAndQuit),
                    ("prompt-quit-without-saving", Answer::QuitWithoutSaving),
                    ("dialog-cancel", Answer::CancelQuit),
                ],
            );
        }
        answers
            .into_iter()
            .flat_map(|answer| self.answer(answer))
            .collect()
    }
}

/// The question before reading a project's articles from a folder outside its own.
fn other_folder_ui(
    ctx: &egui::Context,
    project: &Path,
    corpus: &Path,
    paragraph: &mut dyn FnMut(&mut egui::Ui, &str),
    answers: &mut Vec<Answer>,
) {
    let sentence = tr_args(
        "prompt-other-folder-text",
        &[("name", file_name(project).into())],
    );
    question_ui(
        ctx,
        "prompt-other-folder-title",
        |ui| {
            paragraph(ui, &sentence);
            ui.monospace(shown(&corpus.display().to_string()));
            paragraph(ui, &tr("prompt-other-folder-hint"));
        },
        &[
            ("prompt-other-folder-read", Answer::ReadOtherFolder),
            ("dialog-cancel", Answer::CancelOtherFolder),
        ],
        answers,
    );
}

/// A small window titled by message `title` with what `contents` shows and a row of buttons
/// (each a message and its answer), laid out from the right in a right-to-left interface. The
/// buttons tell apart two questions of one title (unsaved changes when opening and quitting).
fn question_ui(
    ctx: &egui::Context,
    title: &'static str,
    contents: impl FnOnce(&mut egui::Ui),
    buttons: &[(&'static str, Answer)],
    answers: &mut Vec<Answer>,
) {
    crate::ui::windows::Window::new(bidi::tr(title))
        .id(egui::Id::unique((
            "question",
            title,
            buttons.first().map(|b| b.0),
        )))
        .collapsible(false)
        .resizable(false)
        .default_width(380.0)
        .show(ctx, |ui| {
            ui.with_layout(mirror::column_layout(), |ui| {
                contents(ui);
                ui.add_space(4.0);
                buttons_ui(ui, buttons, answers);
            });
        });
}

fn buttons_ui(ui: &mut egui::Ui, buttons: &[(&'static str, Answer)], answers: &mut Vec<Answer>) {
    mirror::row(ui, |ui| {
        for &(caption, answer) in buttons {
            if ui.button(bidi::tr(caption)).clicked() {
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
        let transaction = Transaction::new(crate::model::Message::CORPUS_EDIT_FOLDER_OUTLETS);
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
