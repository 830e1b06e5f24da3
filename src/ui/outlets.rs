//! Sources: each document's outlet and publication metadata, and the project's list of outlets
//! with their affiliation and aliases (other spellings), split off or merged. Every change is an
//! undoable edit.

use crate::i18n::tr_args as message;
use crate::model::outlet::{merge_outlets, split_alias};
use crate::model::{DocumentMeta, Edit, Message, Outlet, OutletId, Project, Transaction};
use crate::ui::commands::Command;
use crate::ui::widgets::bidi::{shown, tr, tr_args};
use crate::ui::widgets::field::committed_text;
use crate::ui::windows;
use crate::workspace::Workspace;

/// A change to a document's source made in the header.
pub enum SourceChange {
    /// Another outlet of the project (or the unknown one).
    Outlet(OutletId),
    /// An outlet not in the project yet, by name: reused if one has that name, else added.
    NewOutlet(String),
    /// A change to the other fields.
    Meta(Box<dyn FnOnce(&mut DocumentMeta)>),
}

/// The edit a change in the header makes to the `i`th document's source (`None` when there is
/// no such document or nothing changes).
pub fn source_transaction(
    project: &Project,
    i: usize,
    change: SourceChange,
) -> Option<Transaction> {
    let doc = project.documents.get(i)?.id.clone();
    match change {
        SourceChange::Outlet(id) => {
            let name = project.outlet_name(&id).to_owned();
            Edit::set_document_meta(project, &doc, |m| m.outlet = id)
                .map(|e| Transaction::single(Message::OUTLETS_SET.with("name", name), e))
        }
        SourceChange::NewOutlet(name) => {
            let existing = project
                .outlets
                .values()
                .find(|o| {
                    o.names()
                        .any(|n| n.trim().eq_ignore_ascii_case(name.trim()))
                })
                .map(|o| o.id.clone());
            let mut transaction = Transaction::new(Message::OUTLETS_SET.with("name", &name));
            let id = existing.unwrap_or_else(|| {
                let outlet = Outlet::new(OutletId::fresh(), name.clone());
                let id = outlet.id.clone();
                transaction.push(Edit::AddOutlet { outlet });
                id
            });
            transaction.extend(Edit::set_document_meta(project, &doc, |m| m.outlet = id));
            Some(transaction)
        }
        SourceChange::Meta(change) => Edit::set_document_meta(project, &doc, change)
            .map(|e| Transaction::single(Message::OUTLETS_DETAILS_CHANGED, e)),
    }
}

/// One row of the outlets window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletRow {
    pub outlet: Outlet,
    /// How many documents name it (an outlet still named cannot be removed).
    pub documents: usize,
    /// Its aliases in order, each with the number of its documents whose source wrote it so
    /// (those that go along when it is split off).
    pub aliases: Vec<(String, usize)>,
}

/// The project's outlets by name, each with its number of documents and its aliases'.
pub fn outlet_rows(project: &Project) -> Vec<OutletRow> {
    let mut rows: Vec<OutletRow> = project
        .outlets
        .values()
        .map(|o| {
            let documents: Vec<_> = project
                .documents
                .iter()
                .filter(|d| d.outlet == o.id)
                .collect();
            let aliases = o
                .aliases
                .iter()
                .map(|alias| {
                    let written = documents
                        .iter()
                        .filter(|d| d.outlet_text.trim() == alias)
                        .count();
                    (alias.clone(), written)
                })
                .collect();
            OutletRow {
                outlet: o.clone(),
                documents: documents.len(),
                aliases,
            }
        })
        .collect();
    rows.sort_by(|a, b| (&a.outlet.name, &a.outlet.id).cmp(&(&b.outlet.name, &b.outlet.id)));
    rows
}

/// A change of one outlet's fields as an undoable edit.
fn replace(outlet: &Outlet, description: Message, change: impl FnOnce(&mut Outlet)) -> Command {
    let mut after = outlet.clone();
    change(&mut after);
    Command::Edit(Transaction::single(
        description.with("name", &outlet.name),
        Edit::ReplaceOutlet {
            before: outlet.clone(),
            after,
        },
    ))
}

/// The outlets window: name and affiliation of each outlet, its documents, adding and removing.
/// It keeps no state of its own: the outlets are the project's.
#[derive(Debug, Default)]
pub struct OutletsView;

impl OutletsView {
    /// The window, while `open`. Reads the project; every change comes back as an edit.
    pub fn ui(&mut self, ctx: &egui::Context, ws: &Workspace, open: &mut bool) -> Vec<Command> {
        let rows = outlet_rows(ws.project());
        let mut commands = Vec::new();
        windows::Window::new(tr("outlets-title"))
            .vscroll(true)
            .default_height(480.0)
            .open(open)
            .default_width(520.0)
            .show(ctx, |ui| {
                windows::contents(ui, |ui| {
                    windows::rows("outlets-grid")
                        .spacing([8.0, 4.0])
                        .striped(true)
                        .show(ui, |table| {
                            table.row(|row| {
                                for id in HEADINGS {
                                    row.cell(|ui| ui.strong(tr(id)));
                                }
                            });
                            for outlet in &rows {
                                table.row(|row| {
                                    for column in 0..COLUMNS {
                                        commands.extend(row.cell(|ui| {
                                            row_ui(ui, (outlet, column), &rows, ws.project())
                                        }));
                                    }
                                });
                            }
                        });
                    ui.separator();
                    commands.extend(new_outlet_ui(ui));
                    crate::ui::widgets::bidi::paragraph(ui, &crate::i18n::tr("outlets-hint"), true);
                });
            });
        commands
    }
}

/// The columns of the outlets' table: name, affiliation, documents, other spellings, then a
/// menu merging the outlet into another and its removal.
const COLUMNS: usize = 6;
const HEADINGS: [&str; 4] = [
    "outlets-name",
    "outlets-affiliation",
    "outlets-documents",
    "outlets-also-written",
];

/// The name field's width, for a news agency's full name. Given whole from the first frame (see
/// `windows::fixed_width`), as the affiliation's is: a field sized by its column alone would
/// stay as narrow as its heading.
const NAME_WIDTH: f32 = 220.0;

/// Column `column` of an outlet's row.
fn row_ui(
    ui: &mut egui::Ui,
    (row, column): (&OutletRow, usize),
    rows: &[OutletRow],
    project: &Project,
) -> Option<Command> {
    let outlet = &row.outlet;
    let name = || -> [(&str, fluent_bundle::FluentValue<'_>); 1] {
        [("name", outlet.name.as_str().into())]
    };
    // A field given its width whole (see `NAME_WIDTH`), named for screen readers by `what`.
    let field = |ui: &mut egui::Ui, what: &str, current: &str, width: f32| {
        let said = windows::unisolated(&message(what, &name()));
        windows::fixed_width(ui, width, |ui| {
            committed_text(ui, (what, &outlet.id), &said, current, width)
        })
        .map(|value| value.trim().to_owned())
    };
    match column {
        0 => {
            let new = field(ui, "outlets-name-field", &outlet.name, NAME_WIDTH)
                .filter(|n| !n.is_empty())?;
            Some(replace(outlet, Message::OUTLETS_RENAMED, |o| o.name = new))
        }
        1 => {
            let affiliation = field(ui, "outlets-affiliation-field", &outlet.affiliation, 190.0)?;
            Some(replace(outlet, Message::OUTLETS_AFFILIATION_CHANGED, |o| {
                o.affiliation = affiliation;
            }))
        }
        2 => {
            ui.label(shown(&crate::i18n::number(row.documents)));
            None
        }
        3 => aliases_ui(ui, row, project),
        4 => merge_ui(ui, row, rows, project),
        // The row's buttons say what they do, not the outlet again (its name is in the row's
        // first field, and repeated it would widen the table past a small screen); their
        // accessible names name it.
        _ => {
            let remove = ui
                .add_enabled(
                    row.documents == 0,
                    egui::Button::new(tr("outlets-remove-button")),
                )
                .on_disabled_hover_text(tr("outlets-remove-refused"));
            let said = windows::said("outlets-remove", &name());
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, row.documents == 0, &said)
            });
            remove.clicked().then(|| {
                Command::Edit(Transaction::single(
                    Message::OUTLETS_REMOVED.with("name", &outlet.name),
                    Edit::RemoveOutlet {
                        outlet: outlet.clone(),
                    },
                ))
            })
        }
    }
}

/// The outlet's aliases, each with a button splitting it off (with its documents).
fn aliases_ui(ui: &mut egui::Ui, row: &OutletRow, project: &Project) -> Option<Command> {
    let outlet = &row.outlet;
    windows::cell_lines(ui, |ui| {
        let mut command = None;
        for (alias, documents) in &row.aliases {
            let split = ui
                .button(tr_args(
                    "outlets-split-off",
                    &[("alias", alias.as_str().into())],
                ))
                .on_hover_text(tr_args(
                    "outlets-split-off-hint",
                    &[
                        ("alias", alias.as_str().into()),
                        ("count", (*documents).into()),
                    ],
                ));
            if split.clicked() {
                command =
                    split_alias(project, &outlet.id, alias, OutletId::fresh()).map(Command::Edit);
            }
        }
        command
    })
}

/// A menu merging this outlet into another: its documents and names go to the other.
fn merge_ui(
    ui: &mut egui::Ui,
    row: &OutletRow,
    rows: &[OutletRow],
    project: &Project,
) -> Option<Command> {
    let outlet = &row.outlet;
    let others = rows.iter().filter(|r| r.outlet.id != outlet.id);
    let said = windows::said("outlets-merge", &[("name", outlet.name.as_str().into())]);
    let menu = ui.menu_button(tr("outlets-merge-button"), |ui| {
        let mut command = None;
        for other in others {
            if ui.button(shown(&other.outlet.name)).clicked() {
                command = merge_outlets(project, &other.outlet.id, &outlet.id).map(Command::Edit);
            }
        }
        command
    });
    (menu.response).widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &said));
    menu.inner.flatten()
}

fn new_outlet_ui(ui: &mut egui::Ui) -> Option<Command> {
    ui.horizontal(|ui| {
        ui.label(tr("outlets-new"));
        let name = committed_text(
            ui,
            "outlet-new",
            &crate::i18n::tr("outlets-new-field"),
            "",
            200.0,
        )?;
        let name = name.trim();
        (!name.is_empty()).then(|| {
            Command::Edit(Transaction::single(
                Message::OUTLETS_ADDED.with("name", name),
                Edit::AddOutlet {
                    outlet: Outlet::new(OutletId::fresh(), name),
                },
            ))
        })
    })
    .inner
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocId, Document};

    #[test]
    fn rows_count_the_documents_written_with_each_alias() {
        let mut outlet = Outlet::new(OutletId("j".into()), "الجزيرة");
        outlet.aliases = vec!["Al Jazeera".into(), "aljazeera.net".into()];
        let documents = ["", "Al Jazeera", "aljazeera.net", "aljazeera.net"]
            .iter()
            .enumerate()
            .map(|(i, written)| {
                let mut d = Document::new(DocId(i.to_string()), i.to_string());
                d.outlet = outlet.id.clone();
                (*written).clone_into(&mut d.outlet_text);
                d
            })
            .collect();
        let project = Project {
            outlets: [(outlet.id.clone(), outlet)].into(),
            documents,
            ..Project::default()
        };
        let rows = outlet_rows(&project);
        assert_eq!(rows[0].documents, 4);
        assert_eq!(
            rows[0].aliases,
            [
                ("Al Jazeera".to_owned(), 1),
                ("aljazeera.net".to_owned(), 2)
            ]
        );
        let Some(Transaction { edits, .. }) = source_transaction(
            &project,
            0,
            SourceChange::NewOutlet("al jazeera".to_owned()),
        ) else {
            panic!("the document's outlet is set");
        };
        assert!(
            !edits.iter().any(|e| matches!(e, Edit::AddOutlet { .. })),
            "an alias names the outlet"
        );
    }
}
