//! The inspector: the selected span (label, text, offsets, note; relabel, delete), or, with
//! nothing selected, the labels and their keys.

use egui::Sense;

use crate::text::graphemes;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::theme::Theme;
use crate::ui::widgets::text_block::text_block_ui;

fn swatch(ui: &mut egui::Ui, theme: &Theme, rgb: crate::model::Rgb) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), Sense::hover());
    ui.painter()
        .rect_filled(rect, 3.0, theme.span_fill(rgb, ui.visuals().dark_mode));
}

pub fn inspector_ui(ui: &mut egui::Ui, app: &mut App, theme: &Theme) {
    let Some(ws) = &app.workspace else { return };
    let Some(doc) = app.selected.and_then(|i| ws.project.documents.get(i)) else {
        return;
    };
    let span = app
        .selected_span
        .as_ref()
        .and_then(|id| ws.project.annotations.get(&doc.id, id))
        .cloned();
    let schema = ws.project.schema.clone();
    let doc = doc.id.clone();
    if let Some(span) = span {
        span_ui(ui, app, theme, &schema, &span);
    } else {
        legend_ui(ui, app, theme, &schema, &doc);
    }
}

fn span_ui(
    ui: &mut egui::Ui,
    app: &mut App,
    theme: &Theme,
    schema: &crate::model::Schema,
    span: &crate::model::Span,
) {
    let fonts = app.font_stack();
    {
        {
            ui.heading("Span");
            let label = schema.label(&span.label);
            ui.horizontal(|ui| {
                if let Some(l) = label {
                    swatch(ui, theme, l.colour);
                }
                let mut chosen = span.label.clone();
                egui::ComboBox::new("relabel", "label")
                    .selected_text(label.map_or(span.label.0.clone(), |l| l.name.clone()))
                    .show_ui(ui, |ui| {
                        for l in &schema.labels {
                            ui.selectable_value(&mut chosen, l.id.clone(), &l.name);
                        }
                    });
                if chosen != span.label {
                    app.relabel_selected_span(&chosen);
                }
            });
            let r = text_block_ui(
                ui,
                &mut app.small_layouts,
                app.shaper.as_ref(),
                &span.quote,
                fonts,
                18.0,
                theme.text,
                6,
                Sense::hover(),
            );
            r.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Label,
                    true,
                    format!("span text: {}", span.quote),
                )
            });
            ui.weak(format!(
                "chars {}–{} · id {}",
                span.start,
                span.end,
                span.id.as_str()
            ));
            let note_label = ui.label("Note");
            if app.note_buffer.0 != span.id {
                app.note_buffer = (span.id.clone(), span.note.clone());
            }
            let response = ui
                .add(
                    egui::TextEdit::multiline(&mut app.note_buffer.1)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(note_label.id);
            if response.lost_focus() {
                let note = app.note_buffer.1.clone();
                app.set_selected_span_note(note);
            }
            ui.horizontal(|ui| {
                if ui.button("Delete span").on_hover_text("Del").clicked() {
                    app.push(Command::DeleteSpan);
                }
            });
            ui.weak("Tab / Shift+Tab: next / previous span. A label's key relabels.");
        }
    }
}

fn legend_ui(
    ui: &mut egui::Ui,
    app: &mut App,
    theme: &Theme,
    schema: &crate::model::Schema,
    doc: &crate::model::DocId,
) {
    let fonts = app.font_stack();
    {
        {
            ui.heading("Labels");
            if let Some(sel) = app.article.selection.filter(|s| !s.is_empty())
                && let Some(text) = app.workspace.as_ref().and_then(|ws| ws.text_of(doc))
            {
                let r = sel.range();
                if let Some((start, end)) = graphemes::strip_proclitic(text, r.start, r.end) {
                    let without: String = text.chars().skip(start).take(end - start).collect();
                    let line = format!("Shift+key labels «{without}» without its proclitic");
                    text_block_ui(
                        ui,
                        &mut app.small_layouts,
                        app.shaper.as_ref(),
                        &line,
                        fonts,
                        14.0,
                        theme.text,
                        2,
                        Sense::hover(),
                    );
                }
            }
            for l in &schema.labels {
                ui.horizontal(|ui| {
                    swatch(ui, theme, l.colour);
                    ui.monospace(l.key.map_or(" ".to_owned(), |k| k.to_string()));
                    ui.label(&l.name).on_hover_text(&l.description);
                });
            }
            ui.separator();
            let mut sticky = app.sticky_label;
            if ui
                .checkbox(&mut sticky, "Keep the selection after labelling")
                .changed()
            {
                app.push(Command::ToggleStickyLabel);
            }
            ui.weak("Select text, then press a label's key. Click a highlight to inspect it.");
        }
    }
}
