//! The entity registry (Views ▸ Entities): every entity with its kind, aliases and mentions per
//! outlet — the entities × sources table — sortable and filtered; the focused entity can be
//! renamed, given aliases, a note and an external identifier, merged into another, or split by
//! moving some of its mentions to a new entity. Clicking steps through its mentions.

use std::collections::BTreeSet;

use crate::model::{
    DocId, Edit, Entity, EntityId, Message, OutletId, Project, SpanId, Transaction,
};
use crate::text::normalize::normalize_key;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::status::Status;
use crate::ui::widgets::bidi::{shown, tr, tr_args};
use crate::ui::widgets::field::committed_text;
use crate::ui::windows;
use crate::workspace::Workspace;

/// How the registry table is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EntitySort {
    #[default]
    Mentions,
    Name,
    Kind,
}

/// The registry window: its own state across frames.
#[derive(Debug, Clone, Default)]
pub struct Registry {
    pub filter: String,
    pub sort: EntitySort,
    /// The entity whose form shows.
    pub focus: Option<EntityId>,
    /// Mentions ticked to split off into a new entity.
    pub split: Vec<(DocId, SpanId)>,
    /// Why the last merge or split was refused, shown under its buttons (said in the language
    /// in use each frame).
    problem: Option<Status>,
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
    project: &Project,
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

/// What heads the outlet columns: the names, wrapped between words into lines of at most a
/// column's width in chars, or, when a word is longer than that, numbers with a key under the
/// table (so the table fits a small window instead of running past its edge).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutletHeadings {
    /// Each outlet's name in lines, in logical order.
    Wrapped(Vec<Vec<String>>),
    /// Columns headed 1, 2, …; the names in the key.
    Numbered,
}

/// Average advance of a char of a heading, in points: what turns a width into chars.
const HEADING_CHAR_WIDTH: f32 = 7.5;
/// Room the entity's name, its kind, the totals and the spacing take beside the outlets.
const FIXED_COLUMNS_WIDTH: f32 = 330.0;

/// Headings for outlet columns named `names` in a table `width` points wide.
pub fn outlet_headings(names: &[&str], width: f32) -> OutletHeadings {
    if names.is_empty() {
        return OutletHeadings::Wrapped(Vec::new());
    }
    let per_column = (width - FIXED_COLUMNS_WIDTH).max(0.0) / names.len() as f32;
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a positive width of a few hundred points"
    )]
    let chars = (per_column / HEADING_CHAR_WIDTH).floor() as usize;
    names
        .iter()
        .map(|name| heading_lines(name, chars))
        .collect::<Option<Vec<_>>>()
        .map_or(OutletHeadings::Numbered, OutletHeadings::Wrapped)
}

/// `name` broken between words into lines of at most `chars` chars; none when a word is longer.
/// A haraka or shadda takes no room of its own: graphemes are counted.
fn heading_lines(name: &str, chars: usize) -> Option<Vec<String>> {
    use unicode_segmentation::UnicodeSegmentation as _;
    let width = |s: &str| s.graphemes(true).count();
    let mut lines: Vec<String> = Vec::new();
    for word in name.split_whitespace() {
        let n = width(word);
        if n > chars {
            return None;
        }
        match lines.last_mut() {
            Some(line) if width(line) + 1 + n <= chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    Some(lines)
}

/// Outlets as table columns: by name, then the unknown outlet when a document has none.
pub fn outlet_columns(project: &Project) -> Vec<OutletId> {
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

/// A mention of the focused entity, as its form lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionRow {
    pub doc: DocId,
    pub span: SpanId,
    pub quote: String,
    /// The file of its document.
    pub path: String,
}

/// The mentions of `entity` that resolve to a span of a document.
pub fn mention_rows(project: &Project, entity: &EntityId) -> Vec<MentionRow> {
    crate::model::views::mentions_of(project, entity)
        .into_iter()
        .filter_map(|(doc, span)| {
            let quote = project.annotations.get(&doc, &span)?.quote.clone();
            let path = project.document(&doc)?.path.clone();
            Some(MentionRow {
                doc,
                span,
                quote,
                path,
            })
        })
        .collect()
}

/// Where stepping through an entity's mentions goes next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionStep {
    pub doc: DocId,
    pub span: SpanId,
    /// Its place among the mentions, from 1.
    pub number: usize,
    pub of: usize,
}

/// The mention of `entity` after `selected` in corpus order (document, then offset), wrapping
/// round; the first when `selected` is none of them. `None` when the entity has no mention.
pub fn next_mention(
    project: &Project,
    entity: &EntityId,
    selected: Option<&SpanId>,
) -> Option<MentionStep> {
    let mut mentions: Vec<(usize, usize, DocId, SpanId)> =
        crate::model::views::mentions_of(project, entity)
            .into_iter()
            .filter_map(|(doc, span)| {
                let i = project.document_index(&doc)?;
                let start = project.annotations.get(&doc, &span)?.start;
                Some((i, start, doc, span))
            })
            .collect();
    mentions.sort();
    let current = selected.and_then(|s| mentions.iter().position(|m| &m.3 == s));
    let next = current.map_or(0, |i| (i + 1) % mentions.len().max(1));
    let of = mentions.len();
    let (_, _, doc, span) = mentions.into_iter().nth(next)?;
    Some(MentionStep {
        doc,
        span,
        number: next + 1,
        of,
    })
}

/// Splitting the `ticked` mentions off `from` into a new entity of the same kind, named after
/// it with "(2)" and given the ticked quotes as aliases: the edit and the new entity's ID.
///
/// # Errors
/// Why the model refuses the split: a ticked span is gone or mentions another entity.
pub fn split_off(
    project: &Project,
    from: &Entity,
    ticked: &[(DocId, SpanId)],
) -> Result<(Transaction, EntityId), crate::model::EditError> {
    let mut new = Entity::new(
        EntityId::fresh(),
        format!("{} (2)", from.name),
        from.kind.clone(),
    );
    let quotes: BTreeSet<String> = ticked
        .iter()
        .filter_map(|(d, s)| Some(project.annotations.get(d, s)?.quote.clone()))
        .collect();
    for q in quotes {
        new.add_alias(q);
    }
    let id = new.id.clone();
    crate::model::split_entity(project, &from.id, new, ticked).map(|tx| (tx, id))
}

/// A change of one entity's fields as an undoable edit (`None` when the entity is gone).
fn change(
    project: &Project,
    entity: &EntityId,
    what: Message,
    change: impl FnOnce(&mut Entity),
) -> Option<Command> {
    Edit::replace_entity(project, entity, change)
        .map(|edit| Command::Edit(Transaction::single(what, edit)))
}

impl App {
    /// Selects the next mention of `entity` after the selected span, across documents in corpus
    /// order.
    pub(crate) fn step_entity_mention(&mut self, entity: &EntityId) {
        let Some(ws) = &self.workspace else { return };
        let Some(step) = next_mention(ws.project(), entity, self.selected_span.as_ref()) else {
            self.status = crate::ui::status::Status::say("entities-no-mentions");
            return;
        };
        self.status = crate::ui::status::Status::say("entities-mention-step")
            .with("number", step.number)
            .with("of", step.of);
        self.jump_to_span(&step.doc, &step.span);
    }
}

impl Registry {
    /// Show `entity`'s form, with no mention ticked yet.
    pub fn focus_on(&mut self, entity: EntityId) {
        self.focus = Some(entity);
        self.split.clear();
        self.problem = None;
    }

    /// The window, while `open`: the table and the focused entity's form. Reads the project;
    /// what the analyst asks for comes back as commands (edits, merges and splits, jumps to a
    /// mention, stepping through mentions).
    pub fn ui(&mut self, ctx: &egui::Context, ws: &Workspace, open: &mut bool) -> Vec<Command> {
        let project = ws.project();
        let focus = self.focus.as_ref().and_then(|e| project.entity(e));
        let mut commands = Vec::new();
        windows::Window::new(tr("entities-title"))
            .vscroll(true)
            .open(open)
            .default_width(720.0)
            .max_width(ctx.content_rect().width() - 16.0)
            .default_height(520.0)
            .show(ctx, |ui| {
                windows::contents(ui, |ui| {
                    self.controls_ui(ui);
                    self.table_ui(ui, project, &mut commands);
                    let Some(entity) = focus else { return };
                    ui.separator();
                    ui.heading(shown(&entity.name));
                    form_ui(ui, project, entity, &mut commands);
                    self.merge_split_ui(ui, project, entity, &mut commands);
                    self.mentions_ui(ui, &mention_rows(project, &entity.id), &mut commands);
                });
            });
        commands
    }

    fn controls_ui(&mut self, ui: &mut egui::Ui) {
        windows::filter_and_sort(
            ui,
            (&mut self.filter, "entities-filter-field"),
            &mut self.sort,
            &[
                (EntitySort::Mentions, "entities-sort-mentions"),
                (EntitySort::Name, "entities-sort-name"),
                (EntitySort::Kind, "entities-sort-kind"),
            ],
        );
    }

    fn table_ui(&mut self, ui: &mut egui::Ui, project: &Project, commands: &mut Vec<Command>) {
        let outlets = outlet_columns(project);
        let rows = entity_rows(project, &outlets, &self.filter, self.sort);
        let unknown = crate::i18n::tr("entities-unknown-outlet");
        let names: Vec<&str> = outlets
            .iter()
            .map(|o| match project.outlet_name(o) {
                "" => unknown.as_str(),
                n => n,
            })
            .collect();
        let headings = outlet_headings(&names, ui.available_width());
        egui::ScrollArea::both()
            .stick_to_right(windows::mirrored())
            .max_height(260.0)
            .id_salt("entity-table")
            .show(ui, |ui| {
                let grid = windows::rows("entity-grid")
                    .striped(true)
                    .spacing([10.0, 4.0]);
                grid.show(ui, |grid| {
                    let width = names.len() + 3;
                    grid.row(|cells| {
                        cells.cell(|ui| ui.strong(tr("entities-entity")));
                        cells.cell(|ui| ui.strong(tr("entities-kind")));
                        for (i, name) in names.iter().enumerate() {
                            cells.cell(|ui| heading_ui(ui, name, i, &headings));
                        }
                        cells.cell(|ui| ui.strong(tr("entities-all")));
                    });
                    for row in &rows {
                        grid.row(|cells| {
                            for column in 0..width {
                                cells.cell(|ui| {
                                    self.row_cell_ui(ui, row, column, width, commands);
                                });
                            }
                        });
                    }
                });
                if rows.is_empty() {
                    ui.weak(tr("entities-empty"));
                }
            });
        if headings == OutletHeadings::Numbered {
            // Each name whole, two to a row: a wrapped right-to-left name would read backwards.
            windows::rows("outlet-key").show(ui, |grid| {
                for (row, pair) in names.chunks(2).enumerate() {
                    grid.row(|cells| {
                        for (k, name) in pair.iter().enumerate() {
                            cells.cell(|ui| {
                                ui.strong(shown(&crate::i18n::number(row * 2 + k + 1)));
                                ui.weak(shown(name));
                            });
                        }
                    });
                }
            });
        }
    }

    /// Column `column` of `row` in a table `width` columns wide: the entity (focused on a click,
    /// its aliases on hover), its kind, its mentions per outlet, and all of them (a link that
    /// steps through them).
    fn row_cell_ui(
        &mut self,
        ui: &mut egui::Ui,
        row: &EntityRow,
        column: usize,
        width: usize,
        commands: &mut Vec<Command>,
    ) {
        match column {
            0 => {
                let focused = self.focus.as_ref() == Some(&row.id);
                if ui
                    .selectable_label(focused, shown(&row.name))
                    .on_hover_text(shown(&row.aliases.join(" · ")))
                    .clicked()
                {
                    self.focus_on(row.id.clone());
                }
            }
            1 => {
                ui.label(shown(&row.kind));
            }
            c if c == width - 1 => {
                let step = ui
                    .link(shown(&crate::i18n::number(row.total)))
                    .on_hover_text(tr("entities-step"));
                step.widget_info(|| {
                    let name = crate::i18n::tr_args(
                        "entities-step-name",
                        &[("name", row.name.as_str().into())],
                    );
                    egui::WidgetInfo::labeled(egui::Role::Link, true, windows::unisolated(&name))
                });
                if step.clicked() {
                    self.focus_on(row.id.clone());
                    commands.push(Command::NextMention(row.id.clone()));
                }
            }
            c => match row.per_outlet[c - 2] {
                0 => {
                    ui.weak("·");
                }
                n => {
                    ui.label(shown(&crate::i18n::number(n)));
                }
            },
        }
    }

    fn merge_split_ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        entity: &Entity,
        commands: &mut Vec<Command>,
    ) {
        let mut others: Vec<(&str, &EntityId)> = project
            .entities
            .values()
            .filter(|e| e.id != entity.id)
            .map(|e| (e.name.as_str(), &e.id))
            .collect();
        others.sort_unstable();
        let mentions = crate::model::views::mentions_of(project, &entity.id).len();
        ui.horizontal(|ui| {
            let mut into = None;
            egui::ComboBox::from_id_salt("merge-into")
                .selected_text(tr("entities-merge-into"))
                .show_ui(ui, |ui| {
                    for (name, id) in &others {
                        if ui.selectable_label(false, shown(name)).clicked() {
                            into = Some((*id).clone());
                        }
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ComboBox,
                        true,
                        crate::i18n::tr("entities-merge-into-field"),
                    )
                });
            if let Some(keep) = into {
                match crate::model::merge_entities(project, &keep, &entity.id) {
                    Ok(tx) => {
                        commands.push(Command::Edit(tx));
                        self.focus_on(keep);
                    }
                    Err(e) => {
                        self.problem = Some(Status::say("entities-not-merged").shown("error", e));
                    }
                }
            }
            let ticked = self.split.len();
            let split = egui::Button::new(tr_args("entities-split", &[("count", ticked.into())]));
            if ui
                .add_enabled(ticked > 0 && ticked < mentions, split)
                .clicked()
            {
                match split_off(project, entity, &self.split) {
                    Ok((tx, new)) => {
                        commands.push(Command::Edit(tx));
                        self.focus_on(new);
                    }
                    Err(e) => {
                        self.problem = Some(Status::say("entities-not-split").shown("error", e));
                    }
                }
            }
        });
        if let Some(problem) = &self.problem {
            ui.colored_label(ui.visuals().warn_fg_color, shown(&problem.marked()));
        }
    }

    fn mentions_ui(
        &mut self,
        ui: &mut egui::Ui,
        mentions: &[MentionRow],
        commands: &mut Vec<Command>,
    ) {
        ui.label(tr_args(
            "entities-mentions",
            &[("count", mentions.len().into())],
        ));
        egui::ScrollArea::vertical()
            .max_height(160.0)
            .id_salt("entity-mentions")
            .show(ui, |ui| {
                for m in mentions {
                    ui.horizontal(|ui| {
                        let key = (m.doc.clone(), m.span.clone());
                        let mut ticked = self.split.contains(&key);
                        let tick = ui
                            .checkbox(&mut ticked, "")
                            .on_hover_text(tr("entities-tick"));
                        tick.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::CheckBox,
                                true,
                                windows::unisolated(&crate::i18n::tr_args(
                                    "entities-tick-name",
                                    &[("quote", m.quote.as_str().into())],
                                )),
                            )
                        });
                        if tick.changed() {
                            if ticked {
                                self.split.push(key);
                            } else {
                                self.split.retain(|k| k != &key);
                            }
                        }
                        if ui
                            .link(shown(&format!("{}  ({})", m.quote, m.path)))
                            .clicked()
                        {
                            commands.push(Command::JumpToSpan(m.doc.clone(), m.span.clone()));
                        }
                    });
                }
            });
    }
}

/// The focused entity's fields; each committed change is one undoable edit.
fn form_ui(ui: &mut egui::Ui, project: &Project, entity: &Entity, commands: &mut Vec<Command>) {
    let id = &entity.id;
    let row = |form: &mut windows::Rows<'_>,
               caption: &'static str,
               add: &mut dyn FnMut(&mut egui::Ui)| {
        form.row(|cells| {
            cells.cell(|ui| ui.label(tr(caption)));
            cells.cell(|ui| add(ui));
        });
    };
    windows::rows("entity-form")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |form| {
            row(form, "entities-name", &mut |ui| {
                let field = crate::i18n::tr("entities-name-field");
                if let Some(name) =
                    committed_text(ui, ("entity-name", id), &field, &entity.name, 260.0)
                    && !name.trim().is_empty()
                {
                    let name = name.trim().to_owned();
                    commands.extend(change(project, id, Message::ENTITIES_RENAMED, |e| {
                        e.name = name;
                    }));
                }
            });
            row(form, "entities-kind", &mut |ui| {
                kind_ui(ui, project, entity, commands);
            });
            row(form, "entities-aliases", &mut |ui| {
                let aliases = entity.aliases.join(" | ");
                let field = crate::i18n::tr("entities-aliases-field");
                if let Some(list) =
                    committed_text(ui, ("entity-aliases", id), &field, &aliases, 360.0)
                {
                    commands.extend(change(
                        project,
                        id,
                        Message::ENTITIES_ALIASES_CHANGED,
                        |e| {
                            e.aliases.clear();
                            for a in list.split('|').map(str::trim).filter(|a| !a.is_empty()) {
                                e.add_alias(a.to_owned());
                            }
                        },
                    ));
                }
            });
            row(form, "entities-note", &mut |ui| {
                let field = crate::i18n::tr("entities-note-field");
                if let Some(note) =
                    committed_text(ui, ("entity-note", id), &field, &entity.note, 360.0)
                {
                    commands.extend(change(project, id, Message::ENTITIES_NOTE_CHANGED, |e| {
                        e.note = note;
                    }));
                }
            });
            row(form, "entities-external", &mut |ui| {
                let external = entity.external_id.clone().unwrap_or_default();
                let field = crate::i18n::tr("entities-external-field");
                if let Some(x) = committed_text(ui, ("entity-ext", id), &field, &external, 200.0) {
                    let x = x.trim().to_owned();
                    commands.extend(change(
                        project,
                        id,
                        Message::ENTITIES_EXTERNAL_CHANGED,
                        |e| {
                            e.external_id = (!x.is_empty()).then_some(x);
                        },
                    ));
                }
            });
        });
}

fn kind_ui(ui: &mut egui::Ui, project: &Project, entity: &Entity, commands: &mut Vec<Command>) {
    let mut kind = entity.kind.clone();
    let current = project
        .schema
        .label(&kind)
        .map_or(kind.0.clone(), |l| l.name.clone());
    egui::ComboBox::from_id_salt(("entity-kind", &entity.id))
        .selected_text(shown(&current))
        .show_ui(ui, |ui| {
            for label in &project.schema.labels {
                ui.selectable_value(&mut kind, label.id.clone(), shown(&label.name));
            }
        })
        .response
        .widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::ComboBox,
                true,
                crate::i18n::tr("entities-kind-field"),
            )
        });
    if kind != entity.kind {
        commands.extend(change(
            project,
            &entity.id,
            Message::ENTITIES_KIND_CHANGED,
            |e| {
                e.kind = kind;
            },
        ));
    }
}

/// Outlet column `i`'s heading: its name's lines stacked (one label per line, so that no
/// right-to-left line is wrapped by egui), or a number with the name on hover.
fn heading_ui(ui: &mut egui::Ui, name: &str, i: usize, headings: &OutletHeadings) {
    match headings {
        OutletHeadings::Wrapped(lines) => {
            windows::cell_lines(ui, |ui| {
                for line in &lines[i] {
                    ui.strong(shown(line));
                }
            });
        }
        OutletHeadings::Numbered => {
            ui.strong(shown(&crate::i18n::number(i + 1)))
                .on_hover_text(shown(name));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_headings_wrap_between_words_or_become_numbers() {
        let names = ["وكالة أنباء الوطن الموحّد", "Northgate Wire Service"];
        // Wide: whole names on one line.
        assert_eq!(
            outlet_headings(&names, 330.0 + 2.0 * 30.0 * HEADING_CHAR_WIDTH),
            OutletHeadings::Wrapped(vec![
                vec!["وكالة أنباء الوطن الموحّد".to_owned()],
                vec!["Northgate Wire Service".to_owned()],
            ])
        );
        // Twelve chars a column: broken between words, in logical order.
        assert_eq!(
            outlet_headings(&names, 330.0 + 2.0 * 12.0 * HEADING_CHAR_WIDTH),
            OutletHeadings::Wrapped(vec![
                vec!["وكالة أنباء".to_owned(), "الوطن الموحّد".to_owned()],
                vec!["Northgate".to_owned(), "Wire Service".to_owned()],
            ])
        );
        // A word longer than a column: numbers and a key instead.
        assert_eq!(
            outlet_headings(&names, 330.0 + 2.0 * 8.0 * HEADING_CHAR_WIDTH),
            OutletHeadings::Numbered
        );
        assert_eq!(outlet_headings(&names, 100.0), OutletHeadings::Numbered);
    }

    #[test]
    fn focusing_an_entity_forgets_the_ticks_and_the_last_refusal() {
        let mut registry = Registry {
            split: vec![(DocId("d".into()), SpanId::fresh())],
            problem: Some(Status::words("Not split")),
            ..Registry::default()
        };
        let id = EntityId::fresh();
        registry.focus_on(id.clone());
        assert_eq!(registry.focus, Some(id));
        assert!(registry.split.is_empty());
        assert!(registry.problem.is_none());
    }
}
