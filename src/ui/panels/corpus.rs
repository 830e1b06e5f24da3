//! The corpus panel: one row per document (title, outlet, file name, how many other documents
//! have the same text, a warning mark when the import or a later read found a problem), or the recent projects when nothing is open. Only
//! visible rows are built. It reads the workspace and returns what was asked for as commands.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use egui::{Rect, Sense, Vec2};

use crate::i18n::{tr, tr_args};
use crate::model::{
    BaseDirection, CategoryId, DocId, Document, Edit, Message, OutletId, Project, Transaction,
    ValueId,
};
use crate::text::LayoutOptions;
use crate::ui::commands::Command;
use crate::ui::panels::header::SmallText;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{self, shown};
use crate::ui::widgets::field::committed_text;
use crate::ui::widgets::mirror;
use crate::ui::widgets::text_block::paint_lines;
use crate::workspace::{DocProblem, Workspace};

const TITLE_SIZE: f32 = 15.0;
const ROW_HEIGHT: f32 = 52.0;

/// One row of the document list, as plain data.
#[derive(Debug, Clone)]
pub struct DocumentRow<'a> {
    /// The document's index in the project.
    pub index: usize,
    pub title: &'a str,
    /// The outlet's name, empty when unknown.
    pub outlet: &'a str,
    pub path: &'a str,
    /// What the import or a later read found wrong; a row with any is marked. Put into words
    /// only when its tooltip shows.
    pub problems: Vec<DocProblem<'a>>,
    pub selected: bool,
    /// How many other documents have the same text (copies of one wire story); 0 for a text of
    /// its own.
    pub copies: usize,
    /// The document's labels in a few words; empty when it has none.
    pub labels: String,
}

/// The documents of each group of copies, by the group's original (`copy_of`, or the
/// document itself for the original).
fn copy_group_sizes(documents: &[Document]) -> HashMap<&DocId, usize> {
    let mut sizes: HashMap<&DocId, usize> = HashMap::new();
    for doc in documents {
        *sizes
            .entry(doc.copy_of.as_ref().unwrap_or(&doc.id))
            .or_default() += 1;
    }
    sizes
}

/// A row's second line, at the reading end of the outlet: the file name, and the copies when
/// there are.
fn path_line(row: &DocumentRow<'_>) -> String {
    let line = match row.copies {
        0 => row.path.to_owned(),
        n => format!(
            "{} · {}",
            row.path,
            tr_args("corpus-same-text", &[("count", n.into())])
        ),
    };
    if row.labels.is_empty() {
        line
    } else {
        format!("{line} · {}", row.labels)
    }
}

/// How the list orders its documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CorpusSort {
    /// Corpus order (by path at import).
    #[default]
    Corpus,
    /// Oldest first; documents without a date last.
    Date,
    /// Grouped by outlet name; the unknown outlet last.
    Outlet,
}

/// Which documents the list shows, and in which order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CorpusFilter {
    /// Only this outlet's documents (the unknown outlet's with its empty ID); all when `None`.
    pub outlet: Option<OutletId>,
    /// Only documents whose text others share.
    pub copies_only: bool,
    /// Only documents with this value of this document category.
    pub doc_label: Option<(CategoryId, ValueId)>,
    pub sort: CorpusSort,
}

/// The indices of the documents `filter` lets through, in its order.
pub fn visible_documents(project: &Project, filter: &CorpusFilter) -> Vec<usize> {
    let sizes = copy_group_sizes(&project.documents);
    let mut shown: Vec<usize> = project
        .documents
        .iter()
        .enumerate()
        .filter(|(_, doc)| filter.outlet.as_ref().is_none_or(|o| &doc.outlet == o))
        .filter(|(_, doc)| {
            filter.doc_label.as_ref().is_none_or(|(category, value)| {
                project
                    .annotations
                    .doc_label(&doc.id, category)
                    .is_some_and(|l| l.has(value))
            })
        })
        .filter(|(_, doc)| {
            !filter.copies_only
                || sizes
                    .get(doc.copy_of.as_ref().unwrap_or(&doc.id))
                    .is_some_and(|n| *n > 1)
        })
        .map(|(i, _)| i)
        .collect();
    let documents = &project.documents;
    match filter.sort {
        CorpusSort::Corpus => {}
        CorpusSort::Date => shown.sort_by_key(|&i| {
            let date = documents[i].date.as_str();
            (date.is_empty(), date, i)
        }),
        CorpusSort::Outlet => shown.sort_by_key(|&i| {
            let outlet = &documents[i].outlet;
            (outlet.is_unknown(), project.outlet_name(outlet), i)
        }),
    }
    shown
}

/// A change of metadata for every ticked document at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkChange {
    Outlet(OutletId),
    Date(String),
    Language(String),
}

/// One undoable transaction setting `change` on the documents `docs` (indices); `None` when
/// none of them would change.
pub fn bulk_transaction(
    project: &Project,
    docs: &[usize],
    change: &BulkChange,
) -> Option<Transaction> {
    let mut transaction = Transaction::new(match change {
        BulkChange::Outlet(_) => Message::CORPUS_EDIT_BULK_OUTLET,
        BulkChange::Date(_) => Message::CORPUS_EDIT_BULK_DATE,
        BulkChange::Language(_) => Message::CORPUS_EDIT_BULK_LANGUAGE,
    });
    for &i in docs {
        let Some(doc) = project.documents.get(i) else {
            continue;
        };
        let before = doc.meta();
        let mut after = before.clone();
        match change {
            BulkChange::Outlet(outlet) => after.outlet = outlet.clone(),
            BulkChange::Date(date) => date.trim().clone_into(&mut after.date),
            BulkChange::Language(language) => language.trim().clone_into(&mut after.language),
        }
        if after != before {
            transaction.push(Edit::SetDocumentMeta {
                doc: doc.id.clone(),
                before,
                after,
            });
        }
    }
    (!transaction.is_empty()).then_some(transaction)
}

/// When documents lie in two first-level folders or more and some of them have no outlet: one
/// transaction making an outlet of each such folder (an outlet of the project with that name or
/// alias is reused, the folder's spelling becoming one more alias, see
/// [`crate::import::outlets`]) and giving it to the documents in it that have none.
pub fn folder_outlets_transaction(project: &Project) -> Option<Transaction> {
    let folders: BTreeSet<&str> = project
        .documents
        .iter()
        .filter_map(|doc| first_folder(&doc.path))
        .collect();
    if folders.len() < 2 || project.documents.iter().all(|d| !d.outlet.is_unknown()) {
        return None;
    }
    let mut names = crate::import::outlets::OutletNames::new(&project.outlets);
    let mut transaction = Transaction::new(Message::CORPUS_EDIT_FOLDER_OUTLETS);
    let mut changes = Vec::new();
    for doc in project.documents.iter().filter(|d| d.outlet.is_unknown()) {
        let Some(folder) = first_folder(&doc.path) else {
            continue;
        };
        if let Some(outlet) = names.intern(folder) {
            changes.extend(Edit::set_document_meta(project, &doc.id, |m| {
                m.outlet = outlet;
                folder.clone_into(&mut m.outlet_text);
            }));
        }
    }
    for outlet in names.outlets() {
        transaction.push(Edit::AddOutlet { outlet });
    }
    for (id, spellings) in names.new_aliases() {
        transaction.extend(Edit::replace_outlet(project, id, |o| {
            o.aliases.extend(spellings.iter().cloned());
        }));
    }
    for change in changes {
        transaction.push(change);
    }
    (!transaction.is_empty()).then_some(transaction)
}

/// The first-level folder of a document's path; `None` for a file at the top.
fn first_folder(path: &str) -> Option<&str> {
    path.split_once('/').map(|(folder, _)| folder)
}

/// Whether a folder just opened looks like `outlet/article` and the window should ask whether
/// its first-level folders are the outlets: no document got an outlet from another source, most
/// lie exactly one folder down, and there are several such folders.
pub fn looks_like_outlet_folders(project: &Project) -> bool {
    let documents = &project.documents;
    let one_down: Vec<&str> = documents
        .iter()
        .filter(|d| d.path.matches('/').count() == 1)
        .filter_map(|d| first_folder(&d.path))
        .collect();
    let folders: BTreeSet<&str> = one_down.iter().copied().collect();
    documents.iter().all(|d| d.outlet.is_unknown())
        && one_down.len() * 2 > documents.len()
        && folders.len() >= 2
}

/// What to ask about a workspace just opened from a folder that looks like `outlet/article`:
/// a few of its folders to name, and the edit making the folders outlets. `None` for a project
/// file, or a folder that does not look so.
pub fn folder_outlets_question(ws: &Workspace) -> Option<(Vec<String>, Transaction)> {
    let project = ws.project();
    if ws.project_path().is_some() || !looks_like_outlet_folders(project) {
        return None;
    }
    let folders: BTreeSet<&str> = project
        .documents
        .iter()
        .filter_map(|d| first_folder(&d.path))
        .collect();
    let mut named: Vec<String> = folders.iter().take(4).map(|f| format!("{f}/")).collect();
    if folders.len() > named.len() {
        named.push("…".to_owned());
    }
    Some((named, folder_outlets_transaction(project)?))
}

/// The document list as a component: its filter and order, and the documents ticked for a
/// change of metadata in one step (Ctrl-click ticks one more, Shift-click a run, "Select all"
/// every document shown).
#[derive(Debug, Default)]
pub struct CorpusPanel {
    pub filter: CorpusFilter,
    /// Ticked documents, by ID, so that they stay ticked when the order changes.
    pub ticked: BTreeSet<DocId>,
    /// Where the last click was, in the order shown, for Shift-click.
    anchor: Option<usize>,
}

impl CorpusPanel {
    /// What a click on the `position`th document shown does to the ticks; the document to
    /// select, for a click without Ctrl or Shift.
    pub fn click(
        &mut self,
        project: &Project,
        shown: &[usize],
        position: usize,
        modifiers: egui::Modifiers,
    ) -> Option<usize> {
        let index = *shown.get(position)?;
        let id = project.documents.get(index)?.id.clone();
        if modifiers.shift
            && let Some(anchor) = self.anchor
        {
            let run = anchor.min(position)..=anchor.max(position);
            for &i in &shown[run] {
                self.ticked.insert(project.documents[i].id.clone());
            }
            return None;
        }
        self.anchor = Some(position);
        if modifiers.command || modifiers.ctrl {
            if !self.ticked.remove(&id) {
                self.ticked.insert(id);
            }
            return None;
        }
        self.ticked.clear();
        self.ticked.insert(id);
        Some(index)
    }

    /// The ticked documents' indices, in corpus order.
    pub fn ticked_indices(&self, project: &Project) -> Vec<usize> {
        project
            .documents
            .iter()
            .enumerate()
            .filter(|(_, doc)| self.ticked.contains(&doc.id))
            .map(|(i, _)| i)
            .collect()
    }

    /// The document list of `ws`, or the recent projects when nothing is open. It returns what
    /// was asked for: a document to select, the import report, a project to open, a change of
    /// metadata for the ticked documents as one `Command::Edit`.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ws: Option<&Workspace>,
        selected: Option<usize>,
        recent: &[PathBuf],
        theme: &Theme,
        text: &mut SmallText<'_>,
    ) -> Vec<Command> {
        let Some(ws) = ws else {
            ui.weak(bidi::tr("corpus-none-open"));
            return recent_ui(ui, recent).into_iter().collect();
        };
        let project = ws.project();
        let mut commands: Vec<Command> = summary_ui(ui, ws).into_iter().collect();
        self.filter_ui(ui, project);
        let shown = visible_documents(project, &self.filter);
        let sizes = copy_group_sizes(&project.documents);
        if ui
            .small_button(bidi::tr_args(
                "corpus-select-all",
                &[("count", shown.len().into())],
            ))
            .clicked()
        {
            self.ticked = shown
                .iter()
                .map(|&i| project.documents[i].id.clone())
                .collect();
        }
        if let Some(transaction) = folder_outlets_transaction(project)
            && ui
                .button(bidi::tr("corpus-folder-outlets"))
                .on_hover_text(bidi::tr("corpus-folder-outlets-hint"))
                .clicked()
        {
            commands.push(Command::Edit(transaction));
        }
        let ticked = self.ticked_indices(project);
        if ticked.len() > 1 {
            commands.extend(bulk_ui(ui, project, &ticked).map(Command::Edit));
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("corpus")
            .auto_shrink([false, false])
            .show_rows(ui, ROW_HEIGHT, shown.len(), |ui, rows| {
                for position in rows {
                    let index = shown[position];
                    let mut row = document_row(ws, index, selected, &sizes);
                    row.selected |= ticked.len() > 1 && ticked.contains(&index);
                    if row_ui(ui, &row, theme, text) {
                        let modifiers = ui.input(|i| i.modifiers);
                        if let Some(index) = self.click(project, &shown, position, modifiers) {
                            commands.push(Command::SelectDocument(index));
                        }
                    }
                }
            });
        commands
    }

    /// The outlet chosen, copies only, and the order.
    fn filter_ui(&mut self, ui: &mut egui::Ui, project: &Project) {
        mirror::wrapped_row(ui, |ui| {
            let current = self
                .filter
                .outlet
                .as_ref()
                .map_or_else(|| tr("corpus-all-outlets"), |o| outlet_label(project, o));
            let combo = egui::ComboBox::from_id_salt("corpus-outlet")
                .selected_text(shown(&current))
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut self.filter.outlet,
                        None,
                        bidi::tr("corpus-all-outlets"),
                    );
                    for outlet in project.outlets.values() {
                        ui.selectable_value(
                            &mut self.filter.outlet,
                            Some(outlet.id.clone()),
                            shown(&outlet.name),
                        );
                    }
                    ui.selectable_value(
                        &mut self.filter.outlet,
                        Some(OutletId::unknown()),
                        bidi::tr("corpus-unknown-outlet"),
                    );
                });
            combo.response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("corpus-outlet-shown"))
            });
            doc_label_filter_ui(ui, project, &mut self.filter.doc_label);
            ui.checkbox(&mut self.filter.copies_only, bidi::tr("corpus-copies-only"));
            let order = |sort: CorpusSort| match sort {
                CorpusSort::Corpus => "corpus-order-corpus",
                CorpusSort::Date => "corpus-order-date",
                CorpusSort::Outlet => "corpus-order-outlet",
            };
            let combo = egui::ComboBox::from_id_salt("corpus-sort")
                .selected_text(bidi::tr(order(self.filter.sort)))
                .show_ui(ui, |ui| {
                    for sort in [CorpusSort::Corpus, CorpusSort::Date, CorpusSort::Outlet] {
                        ui.selectable_value(&mut self.filter.sort, sort, bidi::tr(order(sort)));
                    }
                });
            combo.response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("corpus-order-name"))
            });
        });
    }
}

/// The document-label filter: all documents, or those with one value of one category.
fn doc_label_filter_ui(
    ui: &mut egui::Ui,
    project: &Project,
    chosen: &mut Option<(CategoryId, ValueId)>,
) {
    if project.schema.document_categories.is_empty() {
        return;
    }
    let name = |(category, value): &(CategoryId, ValueId)| {
        project.schema.category(category).map_or_else(
            || format!("{category}: {value}"),
            |c| {
                let value = c.value(value).map_or(value.0.as_str(), |v| &v.name);
                format!("{}: {value}", c.name)
            },
        )
    };
    let current = chosen
        .as_ref()
        .map_or_else(|| tr("corpus-all-labels"), name);
    let combo = egui::ComboBox::from_id_salt("corpus-doc-label")
        .selected_text(shown(&current))
        .show_ui(ui, |ui| {
            ui.selectable_value(chosen, None, bidi::tr("corpus-all-labels"));
            for category in &project.schema.document_categories {
                for value in &category.values {
                    let choice = Some((category.id.clone(), value.id.clone()));
                    let text = format!("{}: {}", category.name, value.name);
                    ui.selectable_value(chosen, choice, shown(&text));
                }
            }
        });
    combo.response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("corpus-doc-label-shown"))
    });
}

/// The outlet's name as the filter shows it.
fn outlet_label(project: &Project, outlet: &OutletId) -> String {
    if outlet.is_unknown() {
        tr("corpus-unknown-outlet")
    } else {
        project.outlet_name(outlet).to_owned()
    }
}

/// Outlet, date and language for all `ticked` documents; a change is one transaction.
fn bulk_ui(ui: &mut egui::Ui, project: &Project, ticked: &[usize]) -> Option<Transaction> {
    let mut change = None;
    ui.group(|ui| {
        ui.label(bidi::tr_args(
            "corpus-bulk-selected",
            &[("count", ticked.len().into())],
        ));
        mirror::wrapped_row(ui, |ui| {
            let combo = egui::ComboBox::from_id_salt("corpus-bulk-outlet")
                .selected_text(bidi::tr("corpus-bulk-outlet"))
                .show_ui(ui, |ui| {
                    for outlet in project.outlets.values() {
                        if ui.selectable_label(false, shown(&outlet.name)).clicked() {
                            change = Some(BulkChange::Outlet(outlet.id.clone()));
                        }
                    }
                    if ui
                        .selectable_label(false, bidi::tr("corpus-unknown-outlet"))
                        .clicked()
                    {
                        change = Some(BulkChange::Outlet(OutletId::unknown()));
                    }
                });
            combo.response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("corpus-bulk-outlet-name"))
            });
            ui.label(bidi::tr("header-date"));
            if let Some(date) = committed_text(
                ui,
                "corpus-bulk-date",
                &tr("corpus-bulk-date-name"),
                "",
                90.0,
            ) {
                change = Some(BulkChange::Date(date));
            }
            ui.label(bidi::tr("header-language"));
            if let Some(language) = committed_text(
                ui,
                "corpus-bulk-language",
                &tr("corpus-bulk-language-name"),
                "",
                40.0,
            ) {
                change = Some(BulkChange::Language(language));
            }
        });
    });
    change.and_then(|change| bulk_transaction(project, ticked, &change))
}

/// The rows of documents `range` (clamped to the project), `selected` marked: the list builds
/// only the rows it shows.
pub fn document_rows(
    ws: &Workspace,
    range: Range<usize>,
    selected: Option<usize>,
) -> Vec<DocumentRow<'_>> {
    let documents = &ws.project().documents;
    let range = range.start.min(documents.len())..range.end.min(documents.len());
    let sizes = copy_group_sizes(documents);
    range
        .map(|index| document_row(ws, index, selected, &sizes))
        .collect()
}

/// The row of document `index` (in range), with the sizes of the groups of copies.
fn document_row<'a>(
    ws: &'a Workspace,
    index: usize,
    selected: Option<usize>,
    sizes: &HashMap<&DocId, usize>,
) -> DocumentRow<'a> {
    let doc = &ws.project().documents[index];
    DocumentRow {
        index,
        title: &doc.title,
        outlet: ws.project().outlet_name(&doc.outlet),
        path: &doc.path,
        problems: ws.problems(index),
        selected: selected == Some(index),
        copies: sizes
            .get(doc.copy_of.as_ref().unwrap_or(&doc.id))
            .map_or(0, |n| n.saturating_sub(1)),
        labels: crate::ui::doc_labels::summary(ws.project(), &doc.id),
    }
}

/// The project's name, its number of documents and, when the import skipped files, a link to
/// the report.
fn summary_ui(ui: &mut egui::Ui, ws: &Workspace) -> Option<Command> {
    mirror::row(ui, |ui| {
        ui.strong(shown(&ws.project().name));
        ui.weak(bidi::tr_args(
            "documents-count",
            &[("count", ws.project().documents.len().into())],
        ));
    });
    (!ws.skipped().is_empty()
        && ui
            .link(bidi::tr_args(
                "corpus-files-skipped",
                &[("count", ws.skipped().len().into())],
            ))
            .clicked())
    .then_some(Command::ShowImportReport)
}

/// The recent projects, most recent first, each opened by a click.
fn recent_ui(ui: &mut egui::Ui, recent: &[PathBuf]) -> Option<Command> {
    if recent.is_empty() {
        return None;
    }
    ui.separator();
    ui.label(bidi::tr("menu-recent-projects"));
    let mut chosen = None;
    for path in recent {
        let name = recent_name(path);
        let response = ui
            .link(shown(&name))
            .on_hover_text(shown(&path.display().to_string()));
        // Read out in logical order, not the order it is drawn in.
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, true, &name));
        if response.clicked() {
            chosen = Some(Command::OpenPath(path.clone()));
        }
    }
    chosen
}

/// A recent project as the list names it: its file or folder name, the whole path when it has
/// none.
fn recent_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// One document's row: its title on the first line, outlet and file name on the second, a mark
/// and a tooltip when it has problems; mirrored in a right-to-left interface (the mark and the
/// file name on the right, the outlet on the left). True when it was clicked.
fn row_ui(
    ui: &mut egui::Ui,
    row: &DocumentRow<'_>,
    theme: &Theme,
    text: &mut SmallText<'_>,
) -> bool {
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, ROW_HEIGHT), Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::ListItem, true, row.selected, row.title)
    });
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, row.selected);
        if row.selected || response.hovered() {
            ui.painter().rect_filled(rect, 4.0, visuals.weak_bg_fill);
        }
        let mirrored = mirror::rtl();
        let mark_width = if row.problems.is_empty() { 0.0 } else { 18.0 };
        let inner = rect.shrink2(Vec2::new(6.0, 4.0));
        let options = LayoutOptions {
            width: inner.width() - mark_width,
            font_size: TITLE_SIZE,
            fonts: text.fonts,
            base: BaseDirection::Auto,
        };
        let layout = text.cache.get(row.title, &options, text.shaper);
        let title_left = if mirrored { 0.0 } else { mark_width };
        let title_rect = Rect::from_min_size(
            inner.min + Vec2::new(title_left, 0.0),
            Vec2::new(options.width, inner.height() - 14.0),
        );
        paint_lines(
            &ui.painter_at(title_rect),
            title_rect.min,
            &layout,
            0..layout.lines.len().min(1),
            theme.text,
        );
        outlet_and_path_ui(ui, inner, row.outlet, &path_line(row), theme);
        if !row.problems.is_empty() {
            let (at, align) = if mirrored {
                (inner.right_top(), egui::Align2::RIGHT_TOP)
            } else {
                (inner.left_top(), egui::Align2::LEFT_TOP)
            };
            ui.painter().text(
                at,
                align,
                "‼",
                egui::FontId::proportional(14.0),
                theme.warning,
            );
        }
    }
    let response = if row.problems.is_empty() || !response.hovered() {
        response
    } else {
        response.on_hover_text(shown(&problems_text(&row.problems)))
    };
    response.clicked()
}

/// A document's problems in the interface's language, one a line.
pub fn problems_text(problems: &[DocProblem<'_>]) -> String {
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    lines.join("\n")
}

/// A row's second line: the outlet at the right, whole; the file name at the left in what room
/// is left (the other way round in a right-to-left interface). Joined in one string, bidi would
/// split a Latin file name around its digits, and clip the start of an Arabic outlet.
fn outlet_and_path_ui(ui: &egui::Ui, inner: Rect, outlet: &str, path: &str, theme: &Theme) {
    let font = egui::FontId::proportional(11.0);
    let mirrored = mirror::rtl();
    let (outlet_at, outlet_align, path_at, path_align) = if mirrored {
        (
            inner.left_bottom(),
            egui::Align2::LEFT_BOTTOM,
            inner.right_bottom(),
            egui::Align2::RIGHT_BOTTOM,
        )
    } else {
        (
            inner.right_bottom(),
            egui::Align2::RIGHT_BOTTOM,
            inner.left_bottom(),
            egui::Align2::LEFT_BOTTOM,
        )
    };
    let outlet_rect = (!outlet.is_empty()).then(|| {
        ui.painter_at(inner).text(
            outlet_at,
            outlet_align,
            shown(outlet),
            font.clone(),
            theme.weak_text,
        )
    });
    let path_room = match (outlet_rect, mirrored) {
        (None, _) => inner,
        (Some(o), false) => Rect::from_min_max(
            inner.min,
            egui::pos2((o.left() - 8.0).max(inner.left()), inner.bottom()),
        ),
        (Some(o), true) => Rect::from_min_max(
            egui::pos2((o.right() + 8.0).min(inner.right()), inner.top()),
            inner.max,
        ),
    };
    ui.painter_at(path_room)
        .text(path_at, path_align, shown(path), font, theme.weak_text);
}

#[cfg(test)]
#[path = "corpus_tests.rs"]
mod tests;
