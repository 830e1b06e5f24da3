//! The header above the article: its title (laid out like the article) and its metadata.

use egui::Sense;

use crate::model::{Outlet, OutletId};
use crate::ui::app::App;
use crate::ui::sources::SourceChange;
use crate::ui::theme::Theme;
use crate::ui::widgets::field::{committed_text, committed_text_with_hint};
use crate::ui::widgets::text_block::text_block_ui;
use crate::ui::widgets::bidi::shown;

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
    source_ui(ui, app, i);
    for p in problems {
        ui.colored_label(theme.warning, format!("‼ {p}"));
    }
}

#[derive(Debug, Clone, Copy, Hash)]
enum MetaField {
    Date,
    Author,
    Url,
    Language,
}

/// The document's source: outlet (from the project's list, or a new one by name), date,
/// author, URL and language, each edit undoable; then encoding and file.
fn source_ui(ui: &mut egui::Ui, app: &mut App, i: usize) {
    let Some(ws) = &app.workspace else { return };
    let Some(doc) = ws.project.documents.get(i) else {
        return;
    };
    let mut outlets: Vec<&Outlet> = ws.project.outlets.values().collect();
    outlets.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let mut change = None;
    // Rows of fixed-width fields rather than a grid: a grid caps each cell at its column's
    // width from the last frame, which squeezes the outlet row.
    // Narrow windows wrap the rows rather than push the panels apart.
    let wide = ((ui.available_width() - 330.0) / 2.0).clamp(110.0, 298.0);
    let caption = |ui: &mut egui::Ui, text: &str| {
        ui.add_sized(
            [64.0, 20.0],
            egui::Label::new(egui::RichText::new(shown(&text)).weak()),
        );
    };
    ui.horizontal_wrapped(|ui| {
        caption(ui, "Outlet");
        let current = ws.project.outlet_name(&doc.outlet);
        let shown = if current.is_empty() {
            "unknown"
        } else {
            current
        };
        let mut chosen = doc.outlet.clone();
        let combo = egui::ComboBox::from_id_salt("doc-outlet")
            .selected_text(crate::text::bidi::display_order(shown))
            .width(150.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, OutletId::unknown(), "unknown");
                for o in &outlets {
                    let text = if o.affiliation.is_empty() {
                        o.name.clone()
                    } else {
                        format!("{} · {}", o.name, o.affiliation)
                    };
                    ui.selectable_value(
                        &mut chosen,
                        o.id.clone(),
                        crate::text::bidi::display_order(&text),
                    );
                }
            });
        combo
            .response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "outlet"));
        if chosen != doc.outlet {
            change = Some(SourceChange::Outlet(chosen));
        }
        if let Some(name) = committed_text_with_hint(
            ui,
            ("new-outlet", i),
            "new outlet",
            "",
            140.0,
            "or a new outlet",
        ) && !name.trim().is_empty()
        {
            change = Some(SourceChange::NewOutlet(name.trim().to_owned()));
        }
        caption(ui, "Date");
        field(ui, i, MetaField::Date, &doc.date, 120.0, &mut change);
    });
    ui.horizontal_wrapped(|ui| {
        caption(ui, "Author");
        field(ui, i, MetaField::Author, &doc.author, wide, &mut change);
        caption(ui, "Language");
        field(
            ui,
            i,
            MetaField::Language,
            &doc.language,
            120.0,
            &mut change,
        );
    });
    ui.horizontal_wrapped(|ui| {
        caption(ui, "URL");
        field(ui, i, MetaField::Url, &doc.url, wide, &mut change);
        caption(ui, "File");
        ui.weak(shown(&format!("{} · {}", doc.path, doc.encoding)))
            .on_hover_text(shown(&ws.corpus_root.join(&doc.path).display().to_string()));
    });
    if let Some(change) = change {
        app.change_source(i, change);
    }
}

fn field(
    ui: &mut egui::Ui,
    i: usize,
    which: MetaField,
    current: &str,
    width: f32,
    change: &mut Option<SourceChange>,
) {
    let name = match which {
        MetaField::Date => "publication date",
        MetaField::Author => "author",
        MetaField::Url => "URL",
        MetaField::Language => "language",
    };
    if let Some(value) = committed_text(ui, ("doc-meta", i, which), name, current, width) {
        let value = value.trim().to_owned();
        *change = Some(SourceChange::Meta(match which {
            MetaField::Date => Box::new(move |m| m.date = value),
            MetaField::Author => Box::new(move |m| m.author = value),
            MetaField::Url => Box::new(move |m| m.url = value),
            MetaField::Language => Box::new(move |m| m.language = value),
        }));
    }
}
