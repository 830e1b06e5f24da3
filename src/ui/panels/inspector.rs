//! The inspector: the selected span (label, text, offsets, note; relabel, delete), or, with
//! nothing selected, the labels and their keys.

use egui::Sense;

use crate::text::graphemes;
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::field::committed_text;
use crate::ui::widgets::text_block::text_block_ui;

fn swatch(ui: &mut egui::Ui, theme: &Theme, rgb: crate::model::Rgb) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), Sense::hover());
    ui.painter()
        .rect_filled(rect, 3.0, theme.span_fill(rgb, ui.visuals().dark_mode));
}

pub fn inspector_ui(ui: &mut egui::Ui, app: &mut App, theme: &Theme) {
    let Some(ws) = &app.workspace else { return };
    let Some(doc) = app.selected.and_then(|i| ws.project().documents.get(i)) else {
        return;
    };
    let span = app
        .selected_span
        .as_ref()
        .and_then(|id| ws.project().annotations.get(&doc.id, id))
        .cloned();
    let schema = ws.project().schema.clone();
    let doc = doc.id.clone();
    // A claim's frame, its clusters and the span's buttons run well past a laptop's height.
    egui::ScrollArea::vertical()
        .id_salt("inspector")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if let Some(span) = span {
                span_ui(ui, app, theme, &schema, &span);
            } else {
                legend_ui(ui, app, theme, &schema, &doc);
            }
        });
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
                    .selected_text(shown(
                        &label.map_or(span.label.0.clone(), |l| l.name.clone()),
                    ))
                    .show_ui(ui, |ui| {
                        for l in &schema.labels {
                            ui.selectable_value(&mut chosen, l.id.clone(), shown(&l.name));
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
            ui.weak(shown(&format!(
                "chars {}–{} · id {}",
                span.start,
                span.end,
                span.id.as_str()
            )));
            if !span.stamp.annotator.is_empty() || !span.stamp.modified.is_empty() {
                let day = |t: &str| t.get(..10).unwrap_or(t).to_owned();
                let by = if span.stamp.annotator.is_empty() {
                    String::new()
                } else {
                    format!("by {} ", span.stamp.annotator)
                };
                let when = if span.stamp.modified == span.stamp.created {
                    format!("on {}", day(&span.stamp.created))
                } else {
                    format!(
                        "on {}, changed {}",
                        day(&span.stamp.created),
                        day(&span.stamp.modified)
                    )
                };
                ui.weak(shown(&format!("{by}{when}")));
            }
            ui.label("Note");
            if app.note_buffer.0 != span.id {
                app.note_buffer = (span.id.clone(), span.note.clone());
            }
            let response = ui.add(
                crate::ui::widgets::text_field::TextField::multiline(&mut app.note_buffer.1)
                    .name("note")
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            );
            if response.lost_focus() {
                let note = app.note_buffer.1.clone();
                app.set_selected_span_note(note);
            }
            crate::ui::claims::panel::entity_ui(ui, app, theme, span);
            crate::ui::claims::panel::claims_ui(ui, app, theme, span);
            ui.separator();
            attributes_ui(ui, app, span);
            edges_ui(ui, app, span);
            ui.horizontal(|ui| {
                if ui.button("Delete span").on_hover_text("Del").clicked() {
                    app.push(Command::DeleteSpan);
                }
            });
            ui.weak(
                "Tab / Shift+Tab: next / previous span. A label's key or Enter relabels. \
                 Shift+Left/Right move the end edge, Alt+Shift+Left/Right the start edge (Ctrl: by word).",
            );
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
                    ui.monospace(shown(&l.key.map_or(" ".to_owned(), |k| k.to_string())));
                    ui.label(shown(&l.name))
                        .on_hover_text(shown(&l.description));
                });
            }
            ui.separator();
            let mut sticky = app.sticky_label;
            let name = app
                .last_label
                .as_ref()
                .and_then(|id| schema.label(id))
                .map_or("the label used last".to_owned(), |l| l.name.clone());
            if ui
                .checkbox(
                    &mut sticky,
                    format!("Sticky: label every new selection as {name}"),
                )
                .changed()
            {
                app.push(Command::ToggleStickyLabel);
            }
            if ui.button("Edit labels…").clicked() {
                app.push(Command::ShowSchemaEditor);
            }
            ui.weak(
                "Select text, then press a label's key, or Enter to choose by name. \
                 Shift+Left/Right extend the selection (Ctrl: by word). Click a highlight to inspect it.",
            );
        }
    }
}

/// Free attributes of the span: edit a value in place (committed when the field loses focus),
/// remove one, or add a new key and value.
fn attributes_ui(ui: &mut egui::Ui, app: &mut App, span: &crate::model::Span) {
    ui.label("Attributes");
    if app.attribute_buffer.0 != span.id {
        app.attribute_buffer = (span.id.clone(), String::new(), String::new());
    }
    let mut commit: Vec<(String, Option<String>)> = Vec::new();
    egui::Grid::new("span-attributes")
        .num_columns(3)
        .spacing([6.0, 4.0])
        .show(ui, |ui| {
            for (key, value) in &span.attributes {
                ui.label(shown(key));
                if let Some(draft) = committed_text(
                    ui,
                    ("attribute", &span.id, key),
                    &format!("value of {key}"),
                    value,
                    120.0,
                ) {
                    commit.push((key.clone(), Some(draft)));
                }
                if ui.small_button(shown(&format!("Remove {key}"))).clicked() {
                    commit.push((key.clone(), None));
                }
                ui.end_row();
            }
            let (_, new_key, new_value) = &mut app.attribute_buffer;
            ui.add(
                crate::ui::widgets::text_field::TextField::singleline(new_key)
                    .hint("name")
                    .name("new attribute name")
                    .desired_width(80.0),
            );
            ui.add(
                crate::ui::widgets::text_field::TextField::singleline(new_value)
                    .hint("value")
                    .name("new attribute value")
                    .desired_width(120.0),
            );
            if ui.small_button("Add").clicked() && !new_key.trim().is_empty() {
                commit.push((new_key.trim().to_owned(), Some(new_value.clone())));
                new_key.clear();
                new_value.clear();
            }
            ui.end_row();
        });
    for (key, value) in commit {
        app.set_selected_span_attribute(&key, value);
    }
}

/// Buttons moving either edge of the span by a word, in logical terms (earlier / later in the
/// text), which read the same in Arabic and in English.
fn edges_ui(ui: &mut egui::Ui, app: &mut App, span: &crate::model::Span) {
    let Some(text) = app
        .workspace
        .as_ref()
        .zip(app.selected)
        .and_then(|(ws, i)| ws.articles().get(i)?.text())
    else {
        return;
    };
    let start_earlier = graphemes::prev_word_start(text, span.start);
    let start_later = graphemes::next_word_start(text, span.start);
    let end_earlier = graphemes::prev_word_end(text, span.end);
    let end_later = graphemes::next_word_end(text, span.end);
    let mut resize = None;
    ui.horizontal(|ui| {
        ui.label("Start");
        if ui.small_button("a word earlier").clicked() {
            resize = Some((start_earlier, span.end));
        }
        if ui
            .add_enabled(
                start_later < span.end,
                egui::Button::new("a word later").small(),
            )
            .clicked()
        {
            resize = Some((start_later, span.end));
        }
    });
    ui.horizontal(|ui| {
        ui.label("End");
        if ui
            .add_enabled(
                end_earlier > span.start,
                egui::Button::new("a word earlier").small(),
            )
            .clicked()
        {
            resize = Some((span.start, end_earlier));
        }
        if ui.small_button("a word later").clicked() {
            resize = Some((span.start, end_later));
        }
    });
    if let Some((start, end)) = resize
        && start < end
    {
        app.resize_selected_span(start, end);
    }
}
