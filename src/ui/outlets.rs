//! Sources: each document's outlet and publication metadata, and the project's list of outlets
//! with their affiliation. Every change is an undoable edit.

use crate::model::{DocumentMeta, Edit, Outlet, OutletId, Transaction};

use crate::ui::app::App;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::field::committed_text;

/// A change to a document's source made in the header.
pub enum SourceChange {
    /// Another outlet of the project (or the unknown one).
    Outlet(OutletId),
    /// An outlet not in the project yet, by name: reused if one has that name, else added.
    NewOutlet(String),
    /// A change to the other fields.
    Meta(Box<dyn FnOnce(&mut DocumentMeta)>),
}

impl App {
    pub(crate) fn change_source(&mut self, i: usize, change: SourceChange) {
        let Some(ws) = &self.workspace else { return };
        let Some(doc) = ws.project.documents.get(i).map(|d| d.id.clone()) else {
            return;
        };
        let project = &ws.project;
        let transaction = match change {
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
        };
        if let Some(transaction) = transaction {
            self.apply_transaction(transaction);
        }
    }
}

/// The outlets window: name and affiliation of each outlet, its documents, adding and removing.
#[expect(
    clippy::too_many_lines,
    reason = "the outlets table and the new-outlet row"
)]
pub fn outlets_window_ui(ctx: &egui::Context, app: &mut App) {
    if !app.windows.outlets {
        return;
    }
    let Some(ws) = &app.workspace else { return };
    let mut outlets: Vec<Outlet> = ws.project.outlets.values().cloned().collect();
    outlets.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let documents = |id: &OutletId| {
        ws.project
            .documents
            .iter()
            .filter(|d| &d.outlet == id)
            .count()
    };
    let counts: Vec<usize> = outlets.iter().map(|o| documents(&o.id)).collect();
    let mut edits: Vec<(String, Option<Edit>)> = Vec::new();
    let mut open = true;
    egui::Window::new("Outlets")
        .vscroll(true)
        .default_height(480.0)
        .open(&mut open)
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
                    for (outlet, used) in outlets.iter().zip(&counts) {
                        let replace = |change: &dyn Fn(&mut Outlet)| {
                            let mut after = outlet.clone();
                            change(&mut after);
                            Some(Edit::ReplaceOutlet {
                                before: outlet.clone(),
                                after,
                            })
                        };
                        if let Some(name) = committed_text(
                            ui,
                            ("outlet-name", &outlet.id),
                            &format!("name of {}", outlet.name),
                            &outlet.name,
                            160.0,
                        ) && !name.trim().is_empty()
                        {
                            let name = name.trim().to_owned();
                            edits.push((
                                format!("Renamed outlet {}", outlet.name),
                                replace(&|o| o.name.clone_from(&name)),
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
                            edits.push((
                                format!("Affiliation of {}", outlet.name),
                                replace(&|o| o.affiliation.clone_from(&affiliation)),
                            ));
                        }
                        ui.label(shown(&used.to_string()));
                        if ui
                            .add_enabled(
                                *used == 0,
                                egui::Button::new(shown(&format!("Remove {}", outlet.name))),
                            )
                            .on_disabled_hover_text("Documents still name this outlet")
                            .clicked()
                        {
                            edits.push((
                                format!("Removed outlet {}", outlet.name),
                                Some(Edit::RemoveOutlet {
                                    outlet: outlet.clone(),
                                }),
                            ));
                        }
                        ui.end_row();
                    }
                });
            ui.separator();
            ui.horizontal(|ui| {
                ui.label("New outlet");
                if let Some(name) = committed_text(ui, "outlet-new", "new outlet name", "", 200.0)
                    && !name.trim().is_empty()
                {
                    edits.push((
                        format!("Added outlet {}", name.trim()),
                        Some(Edit::AddOutlet {
                            outlet: Outlet::new(OutletId::fresh(), name.trim()),
                        }),
                    ));
                }
            });
            ui.weak(
                "Affiliation is a free tag, e.g. state media, opposition, international agency.",
            );
        });
    app.windows.outlets = open;
    for (description, edit) in edits {
        if let Some(edit) = edit {
            app.apply_transaction(Transaction::single(description, edit));
        }
    }
}
