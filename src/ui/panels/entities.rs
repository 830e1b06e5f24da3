//! The entity registry (Views ▸ Entities): every entity with its kind, aliases and mentions per
//! outlet — the entities × sources table — sortable and filtered; the focused entity can be
//! renamed, given aliases, a note and an external identifier, merged into another, or split by
//! moving some of its mentions to a new entity. Clicking steps through its mentions.

use std::collections::BTreeSet;

use crate::model::{DocId, Edit, Entity, EntityId, OutletId, SpanId, Transaction};
use crate::text::normalize::normalize_key;
use crate::ui::app::App;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::field::committed_text;

/// How the registry table is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EntitySort {
    #[default]
    Mentions,
    Name,
    Kind,
}

/// The registry's own state across frames.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub filter: String,
    pub sort: EntitySort,
    /// Mentions ticked to split off into a new entity.
    pub split: Vec<(DocId, SpanId)>,
}

/// One row of the entities × sources table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRow {
    pub id: EntityId,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    /// Mentions per column outlet.
    pub per_outlet: Vec<usize>,
    pub total: usize,
}

/// The table behind the registry: one row per entity matching `filter` (after Arabic
/// normalisation, in its name or aliases), columns as `outlets`.
pub fn entity_rows(
    project: &crate::model::Project,
    outlets: &[OutletId],
    filter: &str,
    sort: EntitySort,
) -> Vec<EntityRow> {
    let counts = crate::model::mention_counts(project);
    let needle = normalize_key(filter);
    let mut rows: Vec<EntityRow> = project
        .entities
        .values()
        .filter(|e| needle.is_empty() || e.names().any(|n| normalize_key(n).contains(&needle)))
        .map(|e| {
            let by_outlet = counts.get(&e.id);
            let per_outlet: Vec<usize> = outlets
                .iter()
                .map(|o| by_outlet.and_then(|m| m.get(o)).copied().unwrap_or(0))
                .collect();
            EntityRow {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: project
                    .schema
                    .label(&e.kind)
                    .map_or(e.kind.0.clone(), |l| l.name.clone()),
                aliases: e.aliases.clone(),
                total: by_outlet.map_or(0, |m| m.values().sum()),
                per_outlet,
            }
        })
        .collect();
    match sort {
        EntitySort::Mentions => {
            rows.sort_by(|a, b| b.total.cmp(&a.total).then(a.name.cmp(&b.name)));
        }
        EntitySort::Name => rows.sort_by(|a, b| a.name.cmp(&b.name)),
        EntitySort::Kind => rows.sort_by(|a, b| a.kind.cmp(&b.kind).then(a.name.cmp(&b.name))),
    }
    rows
}

/// Outlets as table columns: by name, then the unknown outlet when a document has none.
pub fn outlet_columns(project: &crate::model::Project) -> Vec<OutletId> {
    let mut named: Vec<(&str, &OutletId)> = project
        .outlets
        .values()
        .map(|o| (o.name.as_str(), &o.id))
        .collect();
    named.sort_unstable();
    let mut columns: Vec<OutletId> = named.into_iter().map(|(_, id)| id.clone()).collect();
    if project.documents.iter().any(|d| d.outlet.is_unknown()) {
        columns.push(OutletId::unknown());
    }
    columns
}

impl App {
    /// Selects the next mention of `entity` after the selected span, across documents in corpus
    /// order.
    pub(crate) fn step_entity_mention(&mut self, entity: &EntityId) {
        let Some(ws) = &self.workspace else { return };
        let mut mentions: Vec<(usize, usize, DocId, SpanId)> =
            crate::model::views::mentions_of(&ws.project, entity)
                .into_iter()
                .filter_map(|(doc, span)| {
                    let i = ws.project.document_index(&doc)?;
                    let start = ws.project.annotations.get(&doc, &span)?.start;
                    Some((i, start, doc, span))
                })
                .collect();
        mentions.sort();
        if mentions.is_empty() {
            "No mentions of this entity yet".clone_into(&mut self.status);
            return;
        }
        let current = self
            .selected_span
            .as_ref()
            .and_then(|s| mentions.iter().position(|m| &m.3 == s));
        let next = current.map_or(0, |i| (i + 1) % mentions.len());
        let (_, _, doc, span) = mentions[next].clone();
        self.status = format!("Mention {} of {}", next + 1, mentions.len());
        self.jump_to_span(&doc, &span);
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "the table and the focused entity's form"
)]
pub fn entities_window_ui(ctx: &egui::Context, app: &mut App) {
    if !app.windows.entities {
        return;
    }
    let Some(ws) = &app.workspace else { return };
    let project = &ws.project;
    let outlets = outlet_columns(project);
    let rows = entity_rows(project, &outlets, &app.registry.filter, app.registry.sort);
    let outlet_names: Vec<String> = outlets
        .iter()
        .map(|o| {
            let n = project.outlet_name(o);
            if n.is_empty() {
                "unknown".to_owned()
            } else {
                n.to_owned()
            }
        })
        .collect();
    let focus: Option<Entity> = app
        .entity_focus
        .as_ref()
        .and_then(|e| project.entity(e))
        .cloned();
    let mentions: Vec<(DocId, SpanId, String, String)> = focus
        .as_ref()
        .map(|e| {
            crate::model::views::mentions_of(project, &e.id)
                .into_iter()
                .filter_map(|(doc, span)| {
                    let quote = project.annotations.get(&doc, &span)?.quote.clone();
                    let path = project.document(&doc)?.path.clone();
                    Some((doc, span, quote, path))
                })
                .collect()
        })
        .unwrap_or_default();
    let others: Vec<(String, EntityId)> = {
        let mut v: Vec<_> = project
            .entities
            .values()
            .filter(|e| Some(&e.id) != app.entity_focus.as_ref())
            .map(|e| (e.name.clone(), e.id.clone()))
            .collect();
        v.sort();
        v
    };
    let kinds: Vec<(String, crate::model::LabelId)> = project
        .schema
        .labels
        .iter()
        .map(|l| (l.name.clone(), l.id.clone()))
        .collect();
    let mut open = true;
    let mut action: Option<Action> = None;
    egui::Window::new("Entities")
        .vscroll(true)
        .open(&mut open)
        .default_width(720.0)
        .default_height(520.0)
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label("Filter");
                ui.add(
                    crate::ui::widgets::text_field::TextField::singleline(&mut app.registry.filter)
                        .name("filter entities")
                        .desired_width(180.0),
                );
                ui.label("Sort by");
                ui.radio_value(&mut app.registry.sort, EntitySort::Mentions, "mentions");
                ui.radio_value(&mut app.registry.sort, EntitySort::Name, "name");
                ui.radio_value(&mut app.registry.sort, EntitySort::Kind, "kind");
            });
            egui::ScrollArea::both().max_height(260.0).id_salt("entity-table").show(ui, |ui| {
                egui::Grid::new("entity-grid").striped(true).spacing([10.0, 4.0]).show(ui, |ui| {
                    ui.strong("Entity");
                    ui.strong("Kind");
                    for n in &outlet_names {
                        ui.strong(shown(n));
                    }
                    ui.strong("All");
                    ui.end_row();
                    for row in &rows {
                        let focused = app.entity_focus.as_ref() == Some(&row.id);
                        if ui
                            .selectable_label(focused, shown(&row.name))
                            .on_hover_text(shown(&row.aliases.join(" · ")))
                            .clicked()
                        {
                            action = Some(Action::Focus(row.id.clone()));
                        }
                        ui.label(shown(&row.kind));
                        for n in &row.per_outlet {
                            if *n == 0 {
                                ui.weak("·");
                            } else {
                                ui.label(shown(&n.to_string()));
                            }
                        }
                        if ui.link(row.total.to_string()).on_hover_text("Step through its mentions").clicked() {
                            action = Some(Action::Step(row.id.clone()));
                        }
                        ui.end_row();
                    }
                });
                if rows.is_empty() {
                    ui.weak("No entities yet: select a span and press \"New entity\" in the inspector.");
                }
            });
            let Some(entity) = &focus else { return };
            ui.separator();
            ui.heading(shown(&entity.name));
            egui::Grid::new("entity-form").num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
                ui.label("Name");
                if let Some(name) = committed_text(ui, ("entity-name", &entity.id), "entity name", &entity.name, 260.0)
                    && !name.trim().is_empty()
                {
                    let name = name.trim().to_owned();
                    action = Some(Action::Change(entity.id.clone(), "Renamed an entity", Box::new(move |e| e.name = name)));
                }
                ui.end_row();
                ui.label("Kind");
                let mut kind = entity.kind.clone();
                let current = kinds
                    .iter()
                    .find(|(_, id)| id == &kind)
                    .map_or(kind.0.clone(), |(n, _)| n.clone());
                egui::ComboBox::from_id_salt(("entity-kind", &entity.id))
                    .selected_text(shown(&current))
                    .show_ui(ui, |ui| {
                        for (name, id) in &kinds {
                            ui.selectable_value(&mut kind, id.clone(), shown(name));
                        }
                    })
                    .response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "entity kind"));
                if kind != entity.kind {
                    action = Some(Action::Change(
                        entity.id.clone(),
                        "Changed the entity's kind",
                        Box::new(move |e| e.kind = kind),
                    ));
                }
                ui.end_row();
                ui.label("Aliases");
                let aliases = entity.aliases.join(" | ");
                if let Some(list) = committed_text(ui, ("entity-aliases", &entity.id), "aliases", &aliases, 360.0) {
                    let list: Vec<String> = list.split('|').map(|a| a.trim().to_owned()).filter(|a| !a.is_empty()).collect();
                    action = Some(Action::Change(
                        entity.id.clone(),
                        "Changed the aliases",
                        Box::new(move |e| {
                            e.aliases.clear();
                            for a in list {
                                e.add_alias(a);
                            }
                        }),
                    ));
                }
                ui.end_row();
                ui.label("Note");
                if let Some(note) = committed_text(ui, ("entity-note", &entity.id), "entity note", &entity.note, 360.0) {
                    action = Some(Action::Change(entity.id.clone(), "Changed the entity's note", Box::new(move |e| e.note = note)));
                }
                ui.end_row();
                ui.label("External ID");
                let external = entity.external_id.clone().unwrap_or_default();
                if let Some(x) = committed_text(ui, ("entity-ext", &entity.id), "external identifier", &external, 200.0) {
                    let x = x.trim().to_owned();
                    action = Some(Action::Change(
                        entity.id.clone(),
                        "Changed the external identifier",
                        Box::new(move |e| e.external_id = (!x.is_empty()).then_some(x)),
                    ));
                }
                ui.end_row();
            });
            ui.horizontal(|ui| {
                let mut into = None;
                egui::ComboBox::from_id_salt("merge-into")
                    .selected_text("Merge into…")
                    .show_ui(ui, |ui| {
                        for (name, id) in &others {
                            if ui.selectable_label(false, shown(name)).clicked() {
                                into = Some(id.clone());
                            }
                        }
                    })
                    .response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "merge into"));
                if let Some(keep) = into {
                    action = Some(Action::Merge { keep, absorb: entity.id.clone() });
                }
                let ticked = app.registry.split.len();
                if ui
                    .add_enabled(ticked > 0 && ticked < mentions.len(), egui::Button::new(shown(&format!("Split {ticked} ticked mention(s) off"))))
                    .clicked()
                {
                    action = Some(Action::Split(entity.id.clone()));
                }
            });
            ui.label(shown(&format!("{} mention(s)", mentions.len())));
            egui::ScrollArea::vertical().max_height(160.0).id_salt("entity-mentions").show(ui, |ui| {
                for (doc, span, quote, path) in &mentions {
                    ui.horizontal(|ui| {
                        let key = (doc.clone(), span.clone());
                        let mut ticked = app.registry.split.contains(&key);
                        let tick = ui.checkbox(&mut ticked, "").on_hover_text("Tick to split off");
                        tick.widget_info(|| egui::WidgetInfo::labeled(egui::Role::CheckBox, true, format!("split off {quote}")));
                        if tick.changed() {
                            if ticked {
                                app.registry.split.push(key);
                            } else {
                                app.registry.split.retain(|k| k != &key);
                            }
                        }
                        if ui.link(shown(&format!("{quote}  ({path})"))).clicked() {
                            action = Some(Action::Jump(doc.clone(), span.clone()));
                        }
                    });
                }
            });
        });
    app.windows.entities = open;
    if let Some(action) = action {
        apply_action(app, action);
    }
}

type EntityChange = Box<dyn FnOnce(&mut Entity)>;

enum Action {
    Focus(EntityId),
    Step(EntityId),
    Jump(DocId, SpanId),
    Change(EntityId, &'static str, EntityChange),
    Merge { keep: EntityId, absorb: EntityId },
    Split(EntityId),
}

fn apply_action(app: &mut App, action: Action) {
    match action {
        Action::Focus(id) => {
            app.entity_focus = Some(id);
            app.registry.split.clear();
        }
        Action::Step(id) => {
            app.entity_focus = Some(id.clone());
            app.step_entity_mention(&id);
        }
        Action::Jump(doc, span) => app.jump_to_span(&doc, &span),
        Action::Change(id, what, change) => {
            let Some(ws) = &app.workspace else { return };
            if let Some(edit) = Edit::replace_entity(&ws.project, &id, change) {
                app.apply_transaction(Transaction::single(what, edit));
            }
        }
        Action::Merge { keep, absorb } => {
            let Some(ws) = &app.workspace else { return };
            match crate::model::merge_entities(&ws.project, &keep, &absorb) {
                Ok(tx) => {
                    if app.apply_transaction(tx) {
                        app.entity_focus = Some(keep);
                    }
                }
                Err(e) => app.status = format!("Not merged: {e}"),
            }
        }
        Action::Split(from) => {
            let Some(ws) = &app.workspace else { return };
            let Some(old) = ws.project.entity(&from) else {
                return;
            };
            let mut new = Entity::new(
                EntityId::fresh(),
                format!("{} (2)", old.name),
                old.kind.clone(),
            );
            let quotes: BTreeSet<String> = app
                .registry
                .split
                .iter()
                .filter_map(|(d, s)| Some(ws.project.annotations.get(d, s)?.quote.clone()))
                .collect();
            for q in quotes {
                new.add_alias(q);
            }
            let new_id = new.id.clone();
            match crate::model::split_entity(&ws.project, &from, new, &app.registry.split) {
                Ok(tx) => {
                    if app.apply_transaction(tx) {
                        app.entity_focus = Some(new_id);
                        app.registry.split.clear();
                    }
                }
                Err(e) => app.status = format!("Not split: {e}"),
            }
        }
    }
}
