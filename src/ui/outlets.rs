//! Sources: each document's outlet and publication metadata, and the project's list of outlets
//! with their affiliation. Every change is an undoable edit.

use crate::model::{DocumentMeta, Edit, Outlet, OutletId, Project, Transaction};
use crate::ui::commands::Command;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::field::committed_text;
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
                .map(|e| Transaction::single(format!("Outlet set to {name}"), e))
        }
        SourceChange::NewOutlet(name) => {
            let existing = project
                .outlets
                .values()
                .find(|o| o.name.trim().eq_ignore_ascii_case(name.trim()))
                .map(|o| o.id.clone());
            let mut transaction = Transaction::new(format!("Outlet set to {name}"));
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
            .map(|e| Transaction::single("Changed the document's source details", e)),
    }
}

/// One row of the outlets window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletRow {
    pub outlet: Outlet,
    /// How many documents name it (an outlet still named cannot be removed).
    pub documents: usize,
}

/// The project's outlets by name, each with its number of documents.
pub fn outlet_rows(project: &Project) -> Vec<OutletRow> {
    let mut rows: Vec<OutletRow> = project
        .outlets
        .values()
        .map(|o| OutletRow {
            outlet: o.clone(),
            documents: project
                .documents
                .iter()
                .filter(|d| d.outlet == o.id)
                .count(),
        })
        .collect();
    rows.sort_by(|a, b| (&a.outlet.name, &a.outlet.id).cmp(&(&b.outlet.name, &b.outlet.id)));
    rows
}

/// A change of one outlet's fields as an undoable edit.
fn replace(outlet: &Outlet, description: String, change: impl FnOnce(&mut Outlet)) -> Command {
    let mut after = outlet.clone();
    change(&mut after);
    Command::Edit(Transaction::single(
        description,
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
        egui::Window::new("Outlets")
            .vscroll(true)
            .default_height(480.0)
            .open(open)
            .default_width(520.0)
            .show(ctx, |ui| {
                egui::Grid::new("outlets-grid")
                    .num_columns(4)
                    .striped(true)
                    .spacing([8.0, 4.0])
                    .show(ui, |ui| {
                        ui.strong("Name");
                        ui.strong("Affiliation");
                        ui.strong("Documents");
                        ui.end_row();
                        for row in &rows {
                            commands.extend(row_ui(ui, row));
                            ui.end_row();
                        }
                    });
                ui.separator();
                commands.extend(new_outlet_ui(ui));
                ui.weak(
                    "Affiliation is a free tag, e.g. state media, opposition, international agency.",
                );
            });
        commands
    }
}

fn row_ui(ui: &mut egui::Ui, row: &OutletRow) -> Vec<Command> {
    let outlet = &row.outlet;
    let mut commands = Vec::new();
    if let Some(name) = committed_text(
        ui,
        ("outlet-name", &outlet.id),
        &format!("name of {}", outlet.name),
        &outlet.name,
        160.0,
    ) && !name.trim().is_empty()
    {
        let name = name.trim().to_owned();
        commands.push(replace(
            outlet,
            format!("Renamed outlet {}", outlet.name),
            |o| {
                o.name = name;
            },
        ));
    }
    if let Some(affiliation) = committed_text(
        ui,
        ("outlet-affiliation", &outlet.id),
        &format!("affiliation of {}", outlet.name),
        &outlet.affiliation,
        160.0,
    ) {
        let affiliation = affiliation.trim().to_owned();
        commands.push(replace(
            outlet,
            format!("Affiliation of {}", outlet.name),
            |o| {
                o.affiliation = affiliation;
            },
        ));
    }
    ui.label(shown(&row.documents.to_string()));
    if ui
        .add_enabled(
            row.documents == 0,
            egui::Button::new(shown(&format!("Remove {}", outlet.name))),
        )
        .on_disabled_hover_text("Documents still name this outlet")
        .clicked()
    {
        commands.push(Command::Edit(Transaction::single(
            format!("Removed outlet {}", outlet.name),
            Edit::RemoveOutlet {
                outlet: outlet.clone(),
            },
        )));
    }
    commands
}

fn new_outlet_ui(ui: &mut egui::Ui) -> Option<Command> {
    ui.horizontal(|ui| {
        ui.label("New outlet");
        let name = committed_text(ui, "outlet-new", "new outlet name", "", 200.0)?;
        let name = name.trim();
        (!name.is_empty()).then(|| {
            Command::Edit(Transaction::single(
                format!("Added outlet {name}"),
                Edit::AddOutlet {
                    outlet: Outlet::new(OutletId::fresh(), name),
                },
            ))
        })
    })
    .inner
}
