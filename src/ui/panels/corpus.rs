//! The corpus panel: one row per document (title, outlet, file name, a warning mark when the
//! import or a later read found a problem). Only visible rows are built.

use egui::{Rect, Sense, Vec2};

use crate::model::BaseDirection;
use crate::text::LayoutOptions;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::text_block::paint_lines;

const TITLE_SIZE: f32 = 15.0;
const ROW_HEIGHT: f32 = 52.0;

pub fn corpus_panel_ui(ui: &mut egui::Ui, app: &mut App, theme: &Theme) {
    let Some(ws) = &app.workspace else {
        ui.weak("No corpus open");
        return;
    };
    ui.horizontal(|ui| {
        ui.strong(shown(&ws.project().name));
        ui.weak(shown(&format!(
            "{} documents",
            ws.project().documents.len()
        )));
    });
    if !ws.skipped.is_empty()
        && ui
            .link(format!("‼ {} files skipped", ws.skipped.len()))
            .clicked()
    {
        app.pending.push(Command::ShowImportReport);
    }
    ui.separator();
    let count = ws.project().documents.len();
    let mut clicked = None;
    egui::ScrollArea::vertical()
        .id_salt("corpus")
        .auto_shrink([false, false])
        .show_rows(ui, ROW_HEIGHT, count, |ui, rows| {
            let Some(ws) = &app.workspace else { return };
            for i in rows {
                let doc = &ws.project().documents[i];
                let problems = ws.problems(i);
                let width = ui.available_width();
                let (rect, response) =
                    ui.allocate_exact_size(Vec2::new(width, ROW_HEIGHT), Sense::click());
                let selected = app.selected == Some(i);
                response.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::ListItem, true, selected, &doc.title)
                });
                if ui.is_rect_visible(rect) {
                    let visuals = ui.style().interact_selectable(&response, selected);
                    if selected || response.hovered() {
                        ui.painter().rect_filled(rect, 4.0, visuals.weak_bg_fill);
                    }
                    let mark_width = if problems.is_empty() { 0.0 } else { 18.0 };
                    let inner = rect.shrink2(Vec2::new(6.0, 4.0));
                    let options = LayoutOptions {
                        width: inner.width() - mark_width,
                        font_size: TITLE_SIZE,
                        fonts: app.font_stack(),
                        base: BaseDirection::Auto,
                    };
                    let layout = app
                        .small_layouts
                        .get(&doc.title, &options, app.shaper.as_ref());
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
                    outlet_and_path_ui(
                        ui,
                        inner,
                        ws.project().outlet_name(&doc.outlet),
                        &doc.path,
                        theme,
                    );
                    if !problems.is_empty() {
                        ui.painter().text(
                            inner.left_top(),
                            egui::Align2::LEFT_TOP,
                            "‼",
                            egui::FontId::proportional(14.0),
                            theme.warning,
                        );
                    }
                }
                let response = if problems.is_empty() {
                    response
                } else {
                    response.on_hover_text(shown(&problems.join("\n")))
                };
                if response.clicked() {
                    clicked = Some(i);
                }
            }
        });
    if let Some(i) = clicked {
        app.pending.push(Command::SelectDocument(i));
    }
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
