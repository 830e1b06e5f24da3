//! The header above the article: its title (laid out like the article) and its metadata.

use egui::Sense;

use crate::i18n::tr;
use crate::model::{Outlet, OutletId};
use crate::text::{FontStack, TextShaper};
use crate::ui::commands::Command;
use crate::ui::outlets::{SourceChange, source_transaction};
use crate::ui::prefs::Prefs;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{self, shown};
use crate::ui::widgets::field::{committed_date, committed_text, committed_text_with_hint};
use crate::ui::widgets::mirror;
use crate::ui::widgets::text_block::{LayoutCache, text_block_ui};
use crate::workspace::Workspace;

/// What short titles are laid out with: the app's shaper and faces, and the cache of small
/// layouts (a cache, so the one thing here written to).
pub struct SmallText<'a> {
    pub cache: &'a mut LayoutCache,
    pub shaper: &'a dyn TextShaper,
    pub fonts: FontStack,
    /// The article's font size; the title is a quarter larger.
    pub font_size: f32,
}

impl<'a> SmallText<'a> {
    /// The faces and size the analyst chose.
    pub fn new(cache: &'a mut LayoutCache, shaper: &'a dyn TextShaper, prefs: &Prefs) -> Self {
        Self {
            cache,
            shaper,
            fonts: FontStack {
                primary: prefs.arabic_face,
            },
            font_size: prefs.font_size,
        }
    }
}

impl SmallText<'_> {
    /// `line` laid out like the article at the available width (at most `max_lines` lines), so
    /// a right-to-left sentence wraps and reads from the right.
    pub fn block_ui(
        &mut self,
        ui: &mut egui::Ui,
        line: &str,
        size: f32,
        color: egui::Color32,
        max_lines: usize,
    ) -> egui::Response {
        text_block_ui(
            ui,
            self.cache,
            self.shaper,
            line,
            self.fonts,
            size,
            color,
            max_lines,
            Sense::hover(),
        )
    }
}

/// The header of document `i`: it reads the workspace and asks for each change of source, and
/// each document label clicked, as one undoable edit.
pub fn header_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    i: usize,
    theme: &Theme,
    text: &mut SmallText<'_>,
) -> Vec<Command> {
    let Some(doc) = ws.project().documents.get(i) else {
        return Vec::new();
    };
    let response = text_block_ui(
        ui,
        text.cache,
        text.shaper,
        &doc.title,
        text.fonts,
        (text.font_size * 1.25).round(),
        theme.text,
        3,
        Sense::hover(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Heading, true, &doc.title));
    let change = source_ui(ui, ws, i);
    let labels = crate::ui::doc_labels::labels_row_ui(ui, ws, &doc.id);
    for p in ws.problems(i) {
        ui.colored_label(theme.warning, shown(&format!("‼ {p}")));
    }
    change
        .and_then(|change| source_transaction(ws.project(), i, change))
        .map(Command::Edit)
        .into_iter()
        .chain(labels)
        .collect()
}

#[derive(Debug, Clone, Copy, Hash, PartialEq, Eq)]
enum MetaField {
    Date,
    Author,
    Url,
    Language,
}

/// One caption with its field: the unit the header's rows are made of, so a caption never
/// ends one line while its field starts the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cell {
    Outlet,
    NewOutlet,
    Meta(MetaField),
    File,
}

const CELLS: [Cell; 7] = [
    Cell::Outlet,
    Cell::NewOutlet,
    Cell::Meta(MetaField::Date),
    Cell::Meta(MetaField::Author),
    Cell::Meta(MetaField::Language),
    Cell::Meta(MetaField::Url),
    Cell::File,
];

const CAPTION_WIDTH: f32 = 64.0;
/// The narrowest a caption and its field may be before the header drops a column.
const MIN_CELL_WIDTH: f32 = 240.0;
const MAX_COLUMNS: usize = 4;

/// How many caption-and-field columns fit in `width`: one when the article is narrow.
fn header_columns(width: f32, spacing: f32) -> usize {
    let fit = ((width + spacing) / (MIN_CELL_WIDTH + spacing)).floor();
    if fit >= MAX_COLUMNS as f32 {
        MAX_COLUMNS
    } else if fit >= 1.0 {
        // Below MAX_COLUMNS, so the cast keeps the value.
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a small positive whole number"
        )]
        let columns = fit as usize;
        columns
    } else {
        1
    }
}

/// What the cells of the header read.
struct Source<'a> {
    ws: &'a Workspace,
    doc: &'a crate::model::Document,
    outlets: Vec<&'a Outlet>,
    i: usize,
}

/// The document's source: outlet (from the project's list, or a new one by name), date,
/// author, URL and language, each edit undoable; then encoding and file. The cells fill as
/// many equal columns as the article's width allows, from the right in a right-to-left
/// interface.
fn source_ui(ui: &mut egui::Ui, ws: &Workspace, i: usize) -> Option<SourceChange> {
    let doc = ws.project().documents.get(i)?;
    let mut outlets: Vec<&Outlet> = ws.project().outlets.values().collect();
    outlets.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let source = Source {
        ws,
        doc,
        outlets,
        i,
    };
    let mut change = None;
    let spacing = ui.spacing().item_spacing.x;
    let width = ui.available_width();
    let columns = header_columns(width, spacing);
    #[expect(clippy::cast_precision_loss, reason = "at most four columns")]
    let cell_width = ((width - spacing * (columns - 1) as f32) / columns as f32).floor();
    let field_width = (cell_width - CAPTION_WIDTH - spacing).max(40.0);
    for row in CELLS.chunks(columns) {
        mirror::row(ui, |ui| {
            for &cell in row {
                mirror::cell(ui, cell_width, |ui| {
                    cell_ui(ui, cell, &source, field_width, &mut change);
                });
            }
        });
    }
    change
}

/// The caption of a cell: the message `id`, on the cell's reading start.
fn caption(ui: &mut egui::Ui, id: &'static str) {
    mirror::cell(ui, CAPTION_WIDTH, |ui| {
        ui.add(egui::Label::new(egui::RichText::new(bidi::tr(id)).weak()).truncate())
    });
}

fn cell_ui(
    ui: &mut egui::Ui,
    cell: Cell,
    source: &Source<'_>,
    width: f32,
    change: &mut Option<SourceChange>,
) {
    let Source {
        ws,
        doc,
        outlets,
        i,
    } = source;
    let i = *i;
    match cell {
        Cell::Outlet => {
            caption(ui, "header-outlet");
            let current = ws.project().outlet_name(&doc.outlet);
            let current = if current.is_empty() {
                tr("header-outlet-unknown")
            } else {
                current.to_owned()
            };
            let mut chosen = doc.outlet.clone();
            let combo = egui::ComboBox::from_id_salt("doc-outlet")
                .selected_text(shown(&current))
                .width(width)
                .truncate()
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut chosen,
                        OutletId::unknown(),
                        bidi::tr("header-outlet-unknown"),
                    );
                    for o in outlets {
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
            combo.response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("header-outlet-name"))
            });
            if chosen != doc.outlet {
                *change = Some(SourceChange::Outlet(chosen));
            }
        }
        Cell::NewOutlet => {
            caption(ui, "header-new-outlet");
            if let Some(name) = committed_text_with_hint(
                ui,
                ("new-outlet", i),
                &tr("header-new-outlet-name"),
                "",
                width,
                &tr("header-new-outlet-hint"),
            ) && !name.trim().is_empty()
            {
                *change = Some(SourceChange::NewOutlet(name.trim().to_owned()));
            }
        }
        Cell::Meta(which) => {
            caption(
                ui,
                match which {
                    MetaField::Date => "header-date",
                    MetaField::Author => "header-author",
                    MetaField::Url => "header-url",
                    MetaField::Language => "header-language",
                },
            );
            field(ui, i, which, meta_value(doc, which), width, change);
        }
        Cell::File => {
            caption(ui, "header-file");
            ui.add(
                egui::Label::new(
                    egui::RichText::new(shown(&format!("{} · {}", doc.path, doc.encoding))).weak(),
                )
                .truncate(),
            )
            .on_hover_text(shown(
                &ws.corpus_root().join(&doc.path).display().to_string(),
            ));
        }
    }
}

fn meta_value(doc: &crate::model::Document, which: MetaField) -> &str {
    match which {
        MetaField::Date => &doc.date,
        MetaField::Author => &doc.author,
        MetaField::Url => &doc.url,
        MetaField::Language => &doc.language,
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
    let name = tr(match which {
        MetaField::Date => "header-date-name",
        MetaField::Author => "header-author-name",
        MetaField::Url => "header-url-name",
        MetaField::Language => "header-language-name",
    });
    let salt = ("doc-meta", i, which);
    // The date as the interface shows dates (chosen calendar and digits), typed as stored.
    let edited = if which == MetaField::Date {
        committed_date(ui, salt, &name, current, width)
    } else {
        committed_text(ui, salt, &name, current, width)
    };
    if let Some(value) = edited {
        let value = value.trim().to_owned();
        *change = Some(SourceChange::Meta(match which {
            MetaField::Date => Box::new(move |m| m.date = value),
            MetaField::Author => Box::new(move |m| m.author = value),
            MetaField::Url => Box::new(move |m| m.url = value),
            MetaField::Language => Box::new(move |m| m.language = value),
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_drops_to_one_column_when_the_article_is_narrow() {
        assert_eq!(header_columns(300.0, 8.0), 1);
        assert_eq!(header_columns(120.0, 8.0), 1, "never none");
        assert_eq!(header_columns(520.0, 8.0), 2);
        assert_eq!(header_columns(760.0, 8.0), 3);
        assert_eq!(header_columns(2400.0, 8.0), MAX_COLUMNS);
    }

    #[test]
    fn every_cell_fits_the_width_it_was_given() {
        for width in [200.0, 480.0, 700.0, 1000.0, 1600.0] {
            let columns = header_columns(width, 8.0);
            #[expect(clippy::cast_precision_loss, reason = "at most four columns")]
            let cell = (width - 8.0 * (columns - 1) as f32) / columns as f32;
            assert!(
                columns == 1 || cell >= MIN_CELL_WIDTH,
                "{width}: {columns} columns of {cell}"
            );
        }
    }
}
