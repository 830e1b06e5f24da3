//! The corpus panel: one row per document (title, outlet, file name, how many other documents
//! have the same text, a warning mark when the import or a later read found a problem), or the recent projects when nothing is open. Only
//! visible rows are built. It reads the workspace and returns what was asked for as commands.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use egui::{Rect, Sense, Vec2};

use crate::model::{BaseDirection, DocId, Document};
use crate::text::LayoutOptions;
use crate::ui::commands::Command;
use crate::ui::panels::header::SmallText;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::text_block::paint_lines;
use crate::workspace::Workspace;

const TITLE_SIZE: f32 = 15.0;
const ROW_HEIGHT: f32 = 52.0;

/// One row of the document list, as plain data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRow<'a> {
    /// The document's index in the project.
    pub index: usize,
    pub title: &'a str,
    /// The outlet's name, empty when unknown.
    pub outlet: &'a str,
    pub path: &'a str,
    /// What the import or a later read found wrong; a row with any is marked.
    pub problems: Vec<String>,
    pub selected: bool,
    /// How many other documents have the same text (copies of one wire story); 0 for a text of
    /// its own.
    pub copies: usize,
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

/// A row's second line at the left: the file name, and the copies when there are.
fn path_line(row: &DocumentRow<'_>) -> String {
    match row.copies {
        0 => row.path.to_owned(),
        1 => format!("{} · same text as 1 other", row.path),
        n => format!("{} · same text as {n} others", row.path),
    }
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
    documents[range.clone()]
        .iter()
        .zip(range)
        .map(|(doc, index)| DocumentRow {
            index,
            title: &doc.title,
            outlet: ws.project().outlet_name(&doc.outlet),
            path: &doc.path,
            problems: ws.problems(index),
            selected: selected == Some(index),
            copies: sizes
                .get(doc.copy_of.as_ref().unwrap_or(&doc.id))
                .map_or(0, |n| n.saturating_sub(1)),
        })
        .collect()
}

/// The document list of `ws`, or the recent projects when nothing is open. It returns what was
/// asked for: a document to select, the import report, a project to open.
pub fn corpus_panel_ui(
    ui: &mut egui::Ui,
    ws: Option<&Workspace>,
    selected: Option<usize>,
    recent: &[PathBuf],
    theme: &Theme,
    text: &mut SmallText<'_>,
) -> Vec<Command> {
    let Some(ws) = ws else {
        ui.weak("No corpus open");
        return recent_ui(ui, recent).into_iter().collect();
    };
    let mut commands: Vec<Command> = summary_ui(ui, ws).into_iter().collect();
    ui.separator();
    let count = ws.project().documents.len();
    egui::ScrollArea::vertical()
        .id_salt("corpus")
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, count, |ui, rows| {
            for row in document_rows(ws, rows, selected) {
                if row_ui(ui, &row, theme, text) {
                    commands.push(Command::SelectDocument(row.index));
                }
            }
        });
    commands
}

/// The project's name, its number of documents and, when the import skipped files, a link to
/// the report.
fn summary_ui(ui: &mut egui::Ui, ws: &Workspace) -> Option<Command> {
    ui.horizontal(|ui| {
        ui.strong(shown(&ws.project().name));
        ui.weak(shown(&format!(
            "{} documents",
            ws.project().documents.len()
        )));
    });
    (!ws.skipped.is_empty()
        && ui
            .link(format!("‼ {} files skipped", ws.skipped.len()))
            .clicked())
    .then_some(Command::ShowImportReport)
}

/// The recent projects, most recent first, each opened by a click.
fn recent_ui(ui: &mut egui::Ui, recent: &[PathBuf]) -> Option<Command> {
    if recent.is_empty() {
        return None;
    }
    ui.separator();
    ui.label("Recent projects");
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
/// and a tooltip when it has problems. True when it was clicked.
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
        let mark_width = if row.problems.is_empty() { 0.0 } else { 18.0 };
        let inner = rect.shrink2(Vec2::new(6.0, 4.0));
        let options = LayoutOptions {
            width: inner.width() - mark_width,
            font_size: TITLE_SIZE,
            fonts: text.fonts,
            base: BaseDirection::Auto,
        };
        let layout = text.cache.get(row.title, &options, text.shaper);
        let title_rect = Rect::from_min_size(
            inner.min + Vec2::new(mark_width, 0.0),
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
            ui.painter().text(
                inner.left_top(),
                egui::Align2::LEFT_TOP,
                "‼",
                egui::FontId::proportional(14.0),
                theme.warning,
            );
        }
    }
    let response = if row.problems.is_empty() {
        response
    } else {
        response.on_hover_text(shown(&row.problems.join("\n")))
    };
    response.clicked()
}

/// A row's second line: the outlet at the right, whole; the file name at the left in what room
/// is left. Joined in one string, bidi would split a Latin file name around its digits, and clip
/// the start of an Arabic outlet.
fn outlet_and_path_ui(ui: &egui::Ui, inner: Rect, outlet: &str, path: &str, theme: &Theme) {
    let font = egui::FontId::proportional(11.0);
    let outlet_left = if outlet.is_empty() {
        inner.right()
    } else {
        ui.painter_at(inner)
            .text(
                inner.right_bottom(),
                egui::Align2::RIGHT_BOTTOM,
                shown(outlet),
                font.clone(),
                theme.weak_text,
            )
            .left()
    };
    let path_room = Rect::from_min_max(
        inner.min,
        egui::pos2((outlet_left - 8.0).max(inner.left()), inner.bottom()),
    );
    ui.painter_at(path_room).text(
        inner.left_bottom(),
        egui::Align2::LEFT_BOTTOM,
        shown(path),
        font,
        theme.weak_text,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_count_the_other_documents_of_a_group() {
        let mut documents: Vec<Document> = ["a.txt", "b.txt", "c.txt", "d.txt"]
            .iter()
            .map(|p| Document::new(DocId((*p).to_owned()), (*p).to_owned()))
            .collect();
        documents[1].copy_of = Some(DocId("a.txt".to_owned()));
        documents[3].copy_of = Some(DocId("a.txt".to_owned()));
        let sizes = copy_group_sizes(&documents);
        assert_eq!(sizes[&DocId("a.txt".to_owned())], 3);
        assert_eq!(sizes[&DocId("c.txt".to_owned())], 1);
        let row = |copies| DocumentRow {
            index: 0,
            title: "",
            outlet: "",
            path: "b.txt",
            problems: Vec::new(),
            selected: false,
            copies,
        };
        assert_eq!(path_line(&row(0)), "b.txt");
        assert_eq!(path_line(&row(1)), "b.txt · same text as 1 other");
        assert_eq!(path_line(&row(2)), "b.txt · same text as 2 others");
    }
}
