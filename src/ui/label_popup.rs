//! The label chooser: Enter (or a right click on a selection) opens it beside the selection;
//! typing filters the labels, ↑/↓ move, Enter applies, Shift+Enter applies without the
//! proclitic, Escape closes. With a span selected instead of text, it relabels the span. A
//! component: [`LabelPopup`] owns the filter and the highlighted row, and the choice comes back
//! as [`Command::ApplyLabel`].

use std::ops::Range;

use egui::{Key, Modifiers, Sense};

use crate::model::{Label, LabelId, Schema};
use crate::text::graphemes;
use crate::workspace::Workspace;

use super::app::App;
use super::commands::Command;
use super::panels::header::SmallText;
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

/// A key the chooser answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PopupKey {
    Up,
    Down,
    Enter,
    ShiftEnter,
}

/// The text of `range` in `text` without its proclitic (و ف ب ل ك), if it has one.
pub fn without_proclitic(text: &str, range: Range<usize>) -> Option<String> {
    let (start, end) = graphemes::strip_proclitic(text, range.start, range.end)?;
    Some(text.chars().skip(start).take(end - start).collect())
}

impl LabelPopup {
    pub fn at(at: egui::Pos2) -> Self {
        Self {
            at,
            ..Self::default()
        }
    }

    /// What `key` does with `matches` listed: ↑/↓ move the highlight within the list; Enter
    /// chooses the highlighted label, Shift+Enter the same without the proclitic when the
    /// selection has one (`strippable`). The choice is the label and whether to strip.
    pub fn on_key(
        &mut self,
        key: PopupKey,
        matches: &[&Label],
        strippable: bool,
    ) -> Option<(LabelId, bool)> {
        match key {
            PopupKey::Down => {
                if self.highlighted + 1 < matches.len() {
                    self.highlighted += 1;
                }
                None
            }
            PopupKey::Up => {
                self.highlighted = self.highlighted.saturating_sub(1);
                None
            }
            PopupKey::Enter | PopupKey::ShiftEnter => {
                let label = matches.get(self.highlighted)?;
                Some((label.id.clone(), key == PopupKey::ShiftEnter && strippable))
            }
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

/// The chooser's commands, run by `App::apply`.
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
            self.status = super::status::Status::say("status-select-first");
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

    /// Labels the selection with `label` (without its proclitic if `strip`), or with no text
    /// selected relabels the selected span.
    pub(crate) fn choose_label(&mut self, label: &LabelId, strip: bool) {
        self.label_popup = None;
        if self.article.selection.is_some_and(|s| !s.is_empty()) {
            self.apply_label(label, strip);
        } else {
            self.relabel_selected_span(label);
        }
    }
}

impl LabelPopup {
    /// The chooser over document `doc` with `selection` selected in it (char offsets); reads the
    /// workspace and returns the label chosen as a command. `open` turns false when it closes.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        ws: &Workspace,
        (doc, selection): (usize, Option<Range<usize>>),
        (text, theme): (&mut SmallText<'_>, &Theme),
        open: &mut bool,
    ) -> Vec<Command> {
        let schema = &ws.project().schema;
        // The selection without its proclitic, offered as Shift+Enter.
        let stripped = selection.filter(|r| !r.is_empty()).and_then(|r| {
            let doc = ws.project().documents.get(doc)?;
            without_proclitic(ws.text_of(&doc.id)?, r)
        });
        let mut chosen: Option<(LabelId, bool)> = None;
        let mut close = false;
        egui::Area::new(egui::Id::unique("label-popup"))
            .order(egui::Order::Foreground)
            .fixed_pos(self.at)
            .show(ctx, |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(280.0);
                    // In a right-to-left interface the rows line up on the right.
                    ui.with_layout(crate::ui::widgets::mirror::column_layout(), |ui| {
                        let edit = ui.add(
                            crate::ui::widgets::text_field::TextField::singleline(&mut self.filter)
                                .hint(crate::i18n::tr("label-chooser-hint"))
                                .name(crate::i18n::tr("label-chooser-name"))
                                .desired_width(260.0),
                        );
                        if !self.focused {
                            edit.request_focus();
                            self.focused = true;
                        }
                        let matches = matching_labels(schema, &self.filter);
                        if edit.changed() {
                            self.highlighted = 0;
                        }
                        let (keys, escape) = ui.input_mut(|i| {
                            let enter = i.key_pressed(Key::Enter);
                            let keys = [
                                (i.consume_key(Modifiers::NONE, Key::ArrowUp), PopupKey::Up),
                                (
                                    i.consume_key(Modifiers::NONE, Key::ArrowDown),
                                    PopupKey::Down,
                                ),
                                (enter && !i.modifiers.shift, PopupKey::Enter),
                                (enter && i.modifiers.shift, PopupKey::ShiftEnter),
                            ];
                            (keys, i.consume_key(Modifiers::NONE, Key::Escape))
                        });
                        let mut enter = false;
                        for (_, key) in keys.into_iter().filter(|(pressed, _)| *pressed) {
                            enter |= matches!(key, PopupKey::Enter | PopupKey::ShiftEnter);
                            let choice = self.on_key(key, &matches, stripped.is_some());
                            if chosen.is_none() {
                                chosen = choice;
                            }
                        }
                        for (i, label) in matches.iter().enumerate() {
                            let key = label.key.map_or("  ".to_owned(), |k| format!("{k} "));
                            let row = ui.selectable_label(
                                i == self.highlighted,
                                shown(&format!("{key}{}", label.name)),
                            );
                            if row.clicked() {
                                chosen = Some((label.id.clone(), false));
                            }
                        }
                        if matches.is_empty() {
                            ui.weak(crate::ui::widgets::bidi::tr("label-chooser-none"));
                        }
                        if let Some(stem) = &stripped {
                            ui.separator();
                            text_block_ui(
                                ui,
                                text.cache,
                                text.shaper,
                                &crate::i18n::tr_args(
                                    "label-chooser-without-proclitic",
                                    &[("stem", stem.as_str().into())],
                                ),
                                text.fonts,
                                14.0,
                                theme.text,
                                2,
                                Sense::hover(),
                            );
                        }
                        close = escape || (edit.lost_focus() && !enter && chosen.is_none());
                    });
                });
            });
        if close || chosen.is_some() {
            *open = false;
        }
        chosen
            .map(|(label, strip_proclitic)| Command::ApplyLabel {
                label,
                strip_proclitic,
            })
            .into_iter()
            .collect()
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
            ..Schema::default()
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

    #[test]
    fn keys_move_the_highlight_within_the_list_and_enter_chooses_it() {
        let labels = [
            label("PER", "Person", Some('1'), ""),
            label("ORG", "Organisation", Some('2'), ""),
        ];
        let matches: Vec<&Label> = labels.iter().collect();
        let mut popup = LabelPopup::default();
        assert_eq!(popup.on_key(PopupKey::Up, &matches, false), None);
        assert_eq!(popup.highlighted, 0, "stays on the first row");
        popup.on_key(PopupKey::Down, &matches, false);
        popup.on_key(PopupKey::Down, &matches, false);
        assert_eq!(popup.highlighted, 1, "stays on the last row");
        let org = LabelId("ORG".into());
        assert_eq!(
            popup.on_key(PopupKey::Enter, &matches, true),
            Some((org.clone(), false))
        );
        assert_eq!(
            popup.on_key(PopupKey::ShiftEnter, &matches, true),
            Some((org.clone(), true))
        );
        assert_eq!(
            popup.on_key(PopupKey::ShiftEnter, &matches, false),
            Some((org, false)),
            "nothing to strip: the selection as it is"
        );
        assert_eq!(
            popup.on_key(PopupKey::Enter, &[], false),
            None,
            "no label matches"
        );
    }

    #[test]
    fn a_selection_without_its_proclitic() {
        let text = "قال إن والجيش انسحب";
        // «والجيش» is chars 7..13.
        assert_eq!(without_proclitic(text, 7..13).as_deref(), Some("الجيش"));
        assert_eq!(without_proclitic(text, 0..3), None, "قال has none");
    }
}
