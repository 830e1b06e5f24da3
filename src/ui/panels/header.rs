//! The header above the article: its title (laid out like the article) and its metadata.

use egui::Sense;

use crate::ui::app::App;
use crate::ui::theme::Theme;
use crate::ui::widgets::text_block::text_block_ui;

pub fn header_ui(ui: &mut egui::Ui, app: &mut App, i: usize, theme: &Theme) {
    let Some(ws) = &app.workspace else { return };
    let Some(doc) = ws.project.documents.get(i) else {
        return;
    };
    let problems = ws.problems(i);
    let title = doc.title.clone();
    let size = (app.prefs.font_size * 1.25).round();
    let fonts = app.font_stack();
    let response = text_block_ui(
        ui,
        &mut app.small_layouts,
        app.shaper.as_ref(),
        &title,
        fonts,
        size,
        theme.text,
        3,
        Sense::hover(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, &title));
    let Some(ws) = &app.workspace else { return };
    let Some(doc) = ws.project.documents.get(i) else {
        return;
    };
    let unknown = |s: &str| {
        if s.is_empty() {
            "—".to_owned()
        } else {
            s.to_owned()
        }
    };
    egui::Grid::new("header-meta")
        .num_columns(4)
        .spacing([12.0, 2.0])
        .show(ui, |ui| {
            ui.weak("Outlet");
            ui.label(unknown(ws.project.outlet_name(&doc.outlet)));
            ui.weak("Date");
            ui.label(unknown(&doc.date));
            ui.end_row();
            ui.weak("Encoding");
            ui.label(&doc.encoding);
            ui.weak("File");
            ui.label(&doc.path)
                .on_hover_text(ws.corpus_root.join(&doc.path).display().to_string());
            ui.end_row();
        });
    for p in problems {
        ui.colored_label(theme.warning, format!("⚠ {p}"));
    }
}
