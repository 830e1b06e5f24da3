//! The label chooser: Enter (or a right click on a selection) opens it beside the selection;
//! typing filters the labels, ↑/↓ move, Enter applies, Shift+Enter applies without the
//! proclitic, Escape closes. With a span selected instead of text, it relabels the span.

use egui::{Key, Modifiers, Sense};

use crate::model::{Label, LabelId, Schema};
use crate::text::graphemes;

use super::app::App;
use super::theme::Theme;
use super::widgets::text_block::text_block_ui;
use crate::text::bidi::display_order as shown;

#[derive(Debug, Clone, Default)]
pub struct LabelPopup {
    pub filter: String,
    /// Index into the filtered list.
    pub highlighted: usize,
    /// Where to show it, in screen points.
    pub at: egui::Pos2,
    focused: bool,
}

impl LabelPopup {
    pub fn at(at: egui::Pos2) -> Self {
        Self {
            at,
            ..Self::default()
        }
    }
}

/// Labels matching what was typed, best first: the label whose key is the typed character,
/// then names that start with the text, then names containing it, then descriptions containing
/// it (case-insensitive). An empty filter lists every label in schema order.
pub fn matching_labels<'a>(schema: &'a Schema, filter: &str) -> Vec<&'a Label> {
    let needle = filter.trim().to_lowercase();
    if needle.is_empty() {
        return schema.labels.iter().collect();
    }
    let mut chars = needle.chars();
    let single = chars.next().filter(|_| chars.next().is_none());
    let rank = |l: &Label| {
        let name = l.name.to_lowercase();
        if single.is_some() && l.key.is_some_and(|k| k.to_lowercase().eq(single)) {
            Some(0)
        } else if name.starts_with(&needle) || l.id.0.to_lowercase().starts_with(&needle) {
            Some(1)
        } else if name.contains(&needle) {
            Some(2)
        } else if l.description.to_lowercase().contains(&needle) {
            Some(3)
        } else {
            None
        }
    };
    let mut ranked: Vec<(usize, usize, &Label)> = schema
        .labels
        .iter()
        .enumerate()
        .filter_map(|(i, l)| Some((rank(l)?, i, l)))
        .collect();
    ranked.sort_by_key(|&(r, i, _)| (r, i));
    ranked.into_iter().map(|(_, _, l)| l).collect()
}

impl App {
    /// Opens the chooser for the selection or the selected span, beside it.
    pub(crate) fn open_label_popup(&mut self) {
        let target = match (
            self.article.selection.filter(|s| !s.is_empty()),
            &self.selected_span,
        ) {
            (Some(sel), _) => Some(sel.range()),
            (None, Some(id)) => self.with_current_doc(|ws, doc| {
                ws.project()
                    .annotations
                    .get(doc, id)
                    .map(|s| s.start..s.end)
            }),
            (None, None) => None,
        };
        let Some(range) = target else {
            "Select some text or a span first".clone_into(&mut self.status);
            return;
        };
        let at = match (self.article.layout(), self.article.origin()) {
            (Some(layout), Some(origin)) => layout.range_rects(range).last().map_or(origin, |r| {
                origin + egui::vec2(f32::midpoint(r.x0, r.x1), r.y1 + 4.0)
            }),
            _ => egui::Pos2::ZERO,
        };
        self.label_popup = Some(LabelPopup::at(at));
    }

    /// Calls `f` with the workspace and the current document's ID.
    fn with_current_doc<T>(
        &self,
        f: impl FnOnce(&crate::workspace::Workspace, &crate::model::DocId) -> Option<T>,
    ) -> Option<T> {
        let ws = self.workspace.as_ref()?;
        let doc = &ws.project().documents.get(self.selected?)?.id;
        f(ws, doc)
    }

    fn choose_label(&mut self, label: &LabelId, strip: bool) {
        self.label_popup = None;
        if self.article.selection.is_some_and(|s| !s.is_empty()) {
            self.apply_label(label, strip);
        } else {
            self.relabel_selected_span(label);
        }
    }

    pub(crate) fn label_popup_ui(&mut self, ctx: &egui::Context, theme: &Theme) {
        let Some(mut popup) = self.label_popup.take() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let schema = ws.project().schema.clone();
        // The selection without its proclitic, offered as Shift+Enter.
        let stripped = self
            .article
            .selection
            .filter(|s| !s.is_empty())
            .and_then(|sel| {
                let r = sel.range();
                self.with_current_doc(|ws, doc| {
                    let text = ws.text_of(doc)?;
                    let (s, e) = graphemes::strip_proclitic(text, r.start, r.end)?;
                    Some(text.chars().skip(s).take(e - s).collect::<String>())
                })
            });
        let fonts = self.font_stack();
        let mut chosen: Option<(LabelId, bool)> = None;
        let mut close = false;
        egui::Area::new(egui::Id::unique("label-popup"))
            .order(egui::Order::Foreground)
            .fixed_pos(popup.at)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(280.0);
                    let edit = ui.add(
                        crate::ui::widgets::text_field::TextField::singleline(&mut popup.filter)
                            .hint("type to filter labels")
                            .name("filter labels")
                            .desired_width(260.0),
                    );
                    if !popup.focused {
                        edit.request_focus();
                        popup.focused = true;
                    }
                    let matches = matching_labels(&schema, &popup.filter);
                    if edit.changed() {
                        popup.highlighted = 0;
                    }
                    let (up, down, enter, shift_enter, escape) = ui.input_mut(|i| {
                        (
                            i.consume_key(Modifiers::NONE, Key::ArrowUp),
                            i.consume_key(Modifiers::NONE, Key::ArrowDown),
                            i.key_pressed(Key::Enter) && !i.modifiers.shift,
                            i.key_pressed(Key::Enter) && i.modifiers.shift,
                            i.consume_key(Modifiers::NONE, Key::Escape),
                        )
                    });
                    if down && popup.highlighted + 1 < matches.len() {
                        popup.highlighted += 1;
                    }
                    if up {
                        popup.highlighted = popup.highlighted.saturating_sub(1);
                    }
                    for (i, label) in matches.iter().enumerate() {
                        let key = label.key.map_or("  ".to_owned(), |k| format!("{k} "));
                        let row = ui.selectable_label(
                            i == popup.highlighted,
                            shown(&format!("{key}{}", label.name)),
                        );
                        if row.clicked() {
                            chosen = Some((label.id.clone(), false));
                        }
                    }
                    if matches.is_empty() {
                        ui.weak("no label matches");
                    }
                    if let Some(stem) = &stripped {
                        ui.separator();
                        text_block_ui(
                            ui,
                            &mut self.small_layouts,
                            self.shaper.as_ref(),
                            &format!("Shift+Enter: «{stem}» without its proclitic"),
                            fonts,
                            14.0,
                            theme.text,
                            2,
                            Sense::hover(),
                        );
                    }
                    if let Some(label) = matches.get(popup.highlighted)
                        && (enter || shift_enter)
                    {
                        chosen = Some((label.id.clone(), shift_enter && stripped.is_some()));
                    }
                    close =
                        escape || (edit.lost_focus() && !enter && !shift_enter && chosen.is_none());
                });
            });
        if let Some((label, strip)) = chosen {
            self.choose_label(&label, strip);
        } else if !close {
            self.label_popup = Some(popup);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rgb;

    fn label(id: &str, name: &str, key: Option<char>, description: &str) -> Label {
        Label {
            id: LabelId(id.to_owned()),
            name: name.to_owned(),
            colour: Rgb(1, 2, 3),
            key,
            description: description.to_owned(),
        }
    }

    #[test]
    fn type_ahead_ranks_keys_then_prefixes_then_substrings() {
        let schema = Schema {
            labels: vec![
                label("PER", "Person", Some('1'), "an individual"),
                label("ORG", "Organisation", Some('2'), "a named body"),
                label("GPE", "Place", Some('3'), "a town or a country"),
                label(
                    "ARMED",
                    "Armed group",
                    Some('4'),
                    "an organisation that fights",
                ),
            ],
        };
        let names = |f: &str| -> Vec<String> {
            matching_labels(&schema, f)
                .iter()
                .map(|l| l.name.clone())
                .collect()
        };
        assert_eq!(names("").len(), 4);
        assert_eq!(names("2"), ["Organisation"]);
        assert_eq!(names("pl"), ["Place"]);
        assert_eq!(
            names("org"),
            ["Organisation", "Armed group"],
            "name first, description after"
        );
        assert_eq!(names("group"), ["Armed group"]);
        assert_eq!(names("PER"), ["Person"]);
        assert!(names("zzz").is_empty());
    }
}
