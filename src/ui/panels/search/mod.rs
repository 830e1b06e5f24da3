//! Corpus search (Ctrl+F): normalised by default (harakat, alef forms, ى/ي, digits… and
//! proclitics for whole words), exact or regex; hits in bidi-correct context grouped by document
//! and outlet; Enter jumps to the next hit. "Label all" labels the ticked hits in one undoable
//! step, passing over hits that a span with the chosen label already covers in part.
//!
//! `SearchPanel` is the component (query, hits, ticks, index job, the window); what it shows and
//! the "label all" edit are built in [`model`], tested without a window.

mod model;

pub use model::{LabelAllPlan, already_labelled, label_all_plan};

use std::ops::Range;

use egui::Sense;

use crate::job::Job;
use crate::model::{DocId, LabelId};
use crate::text::search::{Hit, SearchError, SearchIndex, SearchMode, SearchQuery};
use crate::text::{FontStack, HarfShaper};
use crate::ui::commands::Command;
use crate::ui::status::Status;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{shown, tr, tr_args};
use crate::ui::widgets::text_block::{LayoutCache, text_block_ui};
use crate::ui::windows;
use crate::workspace::Workspace;
use model::{SearchView, initial_ticks, label_all_transaction};

/// Hits shown at most; a pattern found everywhere is refined, not scrolled through.
const MAX_HITS: usize = 2_000;

#[derive(Default)]
pub struct SearchPanel {
    pattern: String,
    mode: SearchModeChoice,
    whole_words: bool,
    /// What the current hits were found with.
    searched: Option<(String, SearchModeChoice, bool)>,
    hits: Vec<Hit>,
    /// Hits ticked for "label all".
    ticked: Vec<bool>,
    /// The hit Enter jumps to next.
    next: usize,
    label: Option<LabelId>,
    /// Why the query cannot be searched, kept as the error: it says itself in the language in
    /// use each frame.
    error: Option<SearchError>,
    /// The index and what it was built from (corpus folder, text generation, document count).
    index: Option<(IndexKey, SearchIndex)>,
    /// An index being built on a background thread after the corpus opened.
    building: Option<IndexBuild>,
    focus_query: bool,
    /// Search again on the next frame: "label all" changed what is labelled, and the ticks
    /// follow it.
    refresh: bool,
    /// The hit lines, shaped once.
    layouts: LayoutCache,
}

/// What an index was built from: corpus folder, text generation, document count.
type IndexKey = (std::path::PathBuf, u64, usize);

/// An index being built in the background, and whether a search waits for it. Replacing it
/// (another corpus opened) throws its result away.
struct IndexBuild {
    key: IndexKey,
    job: Job<SearchIndex>,
    search_when_ready: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SearchModeChoice {
    #[default]
    Normalized,
    Exact,
    Regex,
}

impl From<SearchModeChoice> for SearchMode {
    fn from(m: SearchModeChoice) -> Self {
        match m {
            SearchModeChoice::Normalized => SearchMode::Normalized,
            SearchModeChoice::Exact => SearchMode::Exact,
            SearchModeChoice::Regex => SearchMode::Regex,
        }
    }
}

fn index_key(ws: &Workspace) -> IndexKey {
    (
        ws.corpus_root().to_path_buf(),
        ws.generation(),
        ws.articles().len(),
    )
}

impl SearchPanel {
    /// Puts the cursor in the query field the next time the window is drawn.
    pub fn focus_query(&mut self) {
        self.focus_query = true;
    }

    /// Starts building the search index of `ws` on a background thread, so the first search
    /// does not wait for it (the articles are copied for the thread).
    pub fn start_indexing(&mut self, ws: &Workspace, ctx: &egui::Context) {
        let key = index_key(ws);
        if self.index.as_ref().is_some_and(|(k, _)| *k == key) {
            return;
        }
        let texts: Vec<(usize, String)> = ws
            .articles()
            .iter()
            .enumerate()
            .filter_map(|(i, a)| Some((i, a.text()?.to_owned())))
            .collect();
        let ctx = ctx.clone();
        let job = Job::start(move || ctx.request_repaint(), |_| SearchIndex::new(texts));
        self.building = Some(IndexBuild {
            key,
            job,
            search_when_ready: false,
        });
    }

    /// Whether the index of `ws` is built (searches then answer at once).
    pub fn index_ready(&self, ws: &Workspace) -> bool {
        self.index
            .as_ref()
            .is_some_and(|(k, _)| *k == index_key(ws))
    }

    /// Each frame: takes a finished background index, and runs the search that waited for it
    /// (which builds the index itself if the thread failed). Returns what the status bar says.
    pub fn poll_indexing(&mut self, ws: &Workspace) -> Vec<Command> {
        let Some(build) = &mut self.building else {
            return Vec::new();
        };
        let Some(outcome) = build.job.poll() else {
            return Vec::new();
        };
        let Some(build) = self.building.take() else {
            return Vec::new();
        };
        if index_key(ws) != build.key {
            return Vec::new();
        }
        if let Ok(index) = outcome {
            self.index = Some((build.key, index));
        }
        if build.search_when_ready {
            return self
                .run_search(ws)
                .map(Command::ShowStatus)
                .into_iter()
                .collect();
        }
        Vec::new()
    }

    /// Runs the query over every readable article of `ws`; returns what the status bar says.
    fn run_search(&mut self, ws: &Workspace) -> Option<Status> {
        let key = index_key(ws);
        if let Some(build) = &mut self.building
            && build.key == key
            && self.index.as_ref().is_none_or(|(k, _)| *k != key)
        {
            build.search_when_ready = true;
            return Some(Status::say("search-indexing"));
        }
        if self.index.as_ref().is_none_or(|(k, _)| *k != key) {
            let index = SearchIndex::new(
                ws.articles()
                    .iter()
                    .enumerate()
                    .filter_map(|(i, a)| Some((i, a.text()?))),
            );
            self.index = Some((key, index));
        }
        let (_, index) = self.index.as_ref()?;
        let mut query = SearchQuery::new(self.pattern.clone(), self.mode.into());
        query.whole_words = self.whole_words;
        self.searched = Some((self.pattern.clone(), self.mode, self.whole_words));
        self.next = 0;
        match index.search_limited(&query, MAX_HITS) {
            Ok(hits) => {
                self.ticked = initial_ticks(ws.project(), &hits, self.label.as_ref());
                self.hits = hits;
                self.error = None;
                Some(
                    Status::say("search-found")
                        .with("count", self.hits.len())
                        .with("pattern", self.pattern.as_str()),
                )
            }
            Err(e) => {
                self.hits.clear();
                self.ticked.clear();
                self.error = Some(e);
                None
            }
        }
    }

    /// Shows hit `n` in its document; Enter then goes on to the hit after it.
    fn jump_to_hit(&mut self, n: usize) -> Option<Command> {
        let hit = self.hits.get(n)?;
        self.next = (n + 1) % self.hits.len().max(1);
        Some(Command::ShowRange(hit.doc, hit.range.clone()))
    }

    /// Labels every ticked hit with the chosen label: one undoable edit, and a note in the
    /// status bar about the hits passed over.
    fn label_ticked_hits(&mut self, ws: &Workspace) -> Vec<Command> {
        let Some(label) = self.label.clone() else {
            return vec![Command::ShowStatus(Status::say("search-choose-first"))];
        };
        let ticked: Vec<(DocId, Range<usize>)> = self
            .hits
            .iter()
            .zip(&self.ticked)
            .filter(|(_, t)| **t)
            .filter_map(|(hit, _)| {
                let doc = ws.project().documents.get(hit.doc)?;
                Some((doc.id.clone(), hit.range.clone()))
            })
            .collect();
        let outcome = label_all_transaction(ws, &ticked, &label);
        let Some(transaction) = outcome.transaction else {
            return vec![Command::ShowStatus(outcome.message)];
        };
        // The ticks follow what is labelled now: the search runs again once the edit is in.
        self.refresh = true;
        let mut commands = vec![Command::Edit(transaction)];
        if outcome.notes {
            commands.push(Command::ShowStatus(outcome.message));
        }
        commands
    }

    /// The Search window: reads `ws`, returns the commands for what the analyst did.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        ws: &Workspace,
        theme: &Theme,
        text: (&HarfShaper, FontStack),
        open: &mut bool,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        if std::mem::take(&mut self.refresh) {
            self.run_search(ws);
        }
        let view = SearchView::new(ws, &self.hits);
        let mut action = Action::None;
        windows::Window::new(tr("search-title"))
            .open(open)
            .default_width(560.0)
            .default_height(520.0)
            .show(ctx, |ui| {
                windows::contents(ui, |ui| {
                    self.query_ui(ui, theme, &mut action);
                    self.label_row_ui(ui, &view.labels, &mut action);
                    ui.separator();
                    self.hits_ui(ui, &view, theme, text, &mut action);
                });
            });
        match action {
            Action::None => {}
            Action::Search => commands.extend(self.run_search(ws).map(Command::ShowStatus)),
            Action::Jump(n) => commands.extend(self.jump_to_hit(n)),
            Action::LabelAll => commands.extend(self.label_ticked_hits(ws)),
        }
        commands
    }

    fn query_ui(&mut self, ui: &mut egui::Ui, theme: &Theme, action: &mut Action) {
        let field = ui.add(
            crate::ui::widgets::text_field::TextField::singleline(&mut self.pattern)
                .hint(crate::i18n::tr("search-hint"))
                .name(crate::i18n::tr("search-field"))
                .desired_width(f32::INFINITY),
        );
        if std::mem::take(&mut self.focus_query) {
            field.request_focus();
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            let current = (self.pattern.clone(), self.mode, self.whole_words);
            *action = if self.searched.as_ref() == Some(&current) && !self.hits.is_empty() {
                Action::Jump(self.next)
            } else {
                Action::Search
            };
            field.request_focus();
        }
        ui.horizontal(|ui| {
            let before = (self.mode, self.whole_words);
            ui.radio_value(
                &mut self.mode,
                SearchModeChoice::Normalized,
                tr("search-normalised"),
            )
            .on_hover_text(tr("search-normalised-hint"));
            ui.radio_value(&mut self.mode, SearchModeChoice::Exact, tr("search-exact"));
            ui.radio_value(&mut self.mode, SearchModeChoice::Regex, tr("search-regex"));
            ui.checkbox(&mut self.whole_words, tr("search-whole-words"))
                .on_hover_text(tr("search-whole-words-hint"));
            if before != (self.mode, self.whole_words) && !self.pattern.is_empty() {
                *action = Action::Search;
            }
            if ui.button(tr("search-button")).clicked() {
                *action = Action::Search;
            }
        });
        if let Some(e) = &self.error {
            ui.colored_label(theme.warning, shown(&e.to_string()));
        }
        if self.searched.is_some() {
            let id = if self.hits.len() >= MAX_HITS {
                "search-hits-capped"
            } else {
                "search-hits"
            };
            ui.label(tr_args(id, &[("count", self.hits.len().into())]));
        }
    }

    fn label_row_ui(
        &mut self,
        ui: &mut egui::Ui,
        labels: &[(String, LabelId)],
        action: &mut Action,
    ) {
        ui.horizontal(|ui| {
            let current = self
                .label
                .as_ref()
                .and_then(|l| labels.iter().find(|(_, id)| id == l))
                .map_or_else(
                    || crate::i18n::tr("search-choose-label"),
                    |(n, _)| n.clone(),
                );
            egui::ComboBox::from_id_salt("label-all")
                .selected_text(shown(&current))
                .show_ui(ui, |ui| {
                    for (name, id) in labels {
                        ui.selectable_value(&mut self.label, Some(id.clone()), shown(name));
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ComboBox,
                        true,
                        crate::i18n::tr("search-label-field"),
                    )
                });
            let ticked = self.ticked.iter().filter(|t| **t).count();
            if ui
                .add_enabled(
                    ticked > 0 && self.label.is_some(),
                    egui::Button::new(tr_args("search-label-ticked", &[("count", ticked.into())])),
                )
                .clicked()
            {
                *action = Action::LabelAll;
            }
            if ui.small_button(tr("search-tick-all")).clicked() {
                self.ticked.iter_mut().for_each(|t| *t = true);
            }
            if ui.small_button(tr("search-tick-none")).clicked() {
                self.ticked.iter_mut().for_each(|t| *t = false);
            }
        });
    }

    fn hits_ui(
        &mut self,
        ui: &mut egui::Ui,
        view: &SearchView,
        theme: &Theme,
        (shaper, fonts): (&HarfShaper, FontStack),
        action: &mut Action,
    ) {
        egui::ScrollArea::vertical()
            .id_salt("search-hits")
            .show(ui, |ui| {
                for (n, line) in view.lines.iter().enumerate() {
                    if let Some(heading) = &line.heading {
                        ui.add_space(4.0);
                        ui.strong(shown(heading));
                    }
                    ui.horizontal(|ui| {
                        if let Some(t) = self.ticked.get_mut(n) {
                            ui.checkbox(t, "").widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::CheckBox,
                                    true,
                                    windows::unisolated(&crate::i18n::tr_args(
                                        "search-tick-name",
                                        &[("n", (n + 1).into())],
                                    )),
                                )
                            });
                        }
                        let response = text_block_ui(
                            ui,
                            &mut self.layouts,
                            shaper,
                            &line.text,
                            fonts,
                            15.0,
                            theme.text,
                            2,
                            Sense::click(),
                        );
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                windows::unisolated(&crate::i18n::tr_args(
                                    "search-hit-name",
                                    &[("n", (n + 1).into()), ("text", line.text.as_str().into())],
                                )),
                            )
                        });
                        if response.clicked() {
                            *action = Action::Jump(n);
                        }
                    });
                }
            });
    }
}

/// What the analyst asked of the window this frame.
enum Action {
    None,
    Search,
    Jump(usize),
    LabelAll,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Transaction};

    /// Two articles naming the same city three times, opened as a corpus.
    fn corpus() -> (tempfile::TempDir, Workspace) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(
            dir.path().join("a.txt"),
            "زار الوفد بيروت ثم عاد إلى بيروت مساء الخميس.\n",
        )
        .expect("write");
        std::fs::write(dir.path().join("b.txt"), "وصلت القافلة إلى بيروت فجرا.\n").expect("write");
        let ws = Workspace::import_folder(dir.path(), &crate::import::ImportOptions::default())
            .expect("import");
        (dir, ws)
    }

    fn edits(commands: &[Command]) -> Vec<&Transaction> {
        commands
            .iter()
            .filter_map(|c| match c {
                Command::Edit(t) => Some(t),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn label_all_returns_one_edit_and_the_ticks_follow_what_is_labelled() {
        let (_dir, mut ws) = corpus();
        let place = LabelId("GPE".into());
        let mut panel = SearchPanel {
            pattern: "بيروت".into(),
            ..SearchPanel::default()
        };
        let status = panel.run_search(&ws).expect("a status");
        assert!(status.text().starts_with("3 hits for «بيروت»"), "{status}");
        assert_eq!(panel.ticked, vec![true; 3], "nothing is labelled yet");
        let view = SearchView::new(&ws, &panel.hits);
        let headed: Vec<bool> = view.lines.iter().map(|l| l.heading.is_some()).collect();
        assert_eq!(headed, vec![true, false, true], "one heading per document");
        assert!(view.lines.iter().all(|l| l.text.contains("«بيروت»")));

        // The first hit labelled by hand: with the label chosen it is no longer ticked.
        let first = panel.hits[0].clone();
        let doc = ws.project().documents[first.doc].id.clone();
        let span = ws
            .new_span(&doc, first.range.start, first.range.end, place.clone())
            .expect("a span");
        let mut by_hand = Transaction::new(crate::model::Message::STATUS_LABELLED);
        by_hand.push(Edit::AddSpan { doc, span });
        ws.apply(by_hand).expect("applied");
        panel.label = Some(place.clone());
        panel.run_search(&ws);
        assert_eq!(panel.ticked, vec![false, true, true]);

        // Ticking it again: it is passed over, and the status bar says so.
        panel.ticked.iter_mut().for_each(|t| *t = true);
        let commands = panel.label_ticked_hits(&ws);
        let transactions = edits(&commands);
        assert_eq!(transactions.len(), 1, "one undoable step");
        assert_eq!(transactions[0].edits.len(), 2);
        assert!(
            crate::ui::windows::described(&transactions[0].description)
                .starts_with("Labelled 2 hits")
        );
        assert!(
            commands
                .iter()
                .any(|c| matches!(c, Command::ShowStatus(m) if m.text().contains("1 skipped"))),
            "{commands:?}"
        );
        ws.apply(transactions[0].clone()).expect("applied");

        // The search runs again before the next frame draws: nothing is left to tick.
        assert!(panel.refresh);
        panel.run_search(&ws);
        assert_eq!(panel.ticked, vec![false; 3]);
        panel.ticked.iter_mut().for_each(|t| *t = true);
        let commands = panel.label_ticked_hits(&ws);
        assert!(edits(&commands).is_empty(), "nothing left to label");
        assert!(
            matches!(&commands[..], [Command::ShowStatus(m)] if m.text().contains("labelled Place already")),
            "{commands:?}"
        );
    }

    #[test]
    fn a_hit_clicked_shows_its_range_and_enter_goes_on_to_the_next() {
        let (_dir, ws) = corpus();
        let mut panel = SearchPanel {
            pattern: "بيروت".into(),
            ..SearchPanel::default()
        };
        panel.run_search(&ws);
        let last = panel.hits[2].clone();
        assert_eq!(
            panel.jump_to_hit(2),
            Some(Command::ShowRange(last.doc, last.range))
        );
        assert_eq!(panel.next, 0, "after the last hit, the first");
        assert_eq!(panel.jump_to_hit(3), None);
    }
}
