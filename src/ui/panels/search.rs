//! Corpus search (Ctrl+F): normalised by default (harakat, alef forms, ى/ي, digits… and
//! proclitics for whole words), exact or regex; hits in bidi-correct context grouped by document
//! and outlet; Enter jumps to the next hit. "Label all" labels the ticked hits in one undoable
//! step, passing over hits that a span with the chosen label already covers in part.

use std::fmt::Write as _;
use std::ops::Range;

use egui::Sense;

use crate::job::Job;
use crate::model::{Annotations, DocId, Edit, LabelId, Transaction};
use crate::text::search::{Hit, SearchIndex, SearchMode, SearchQuery};
use crate::ui::app::App;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::text_block::text_block_ui;

/// Hits shown at most; a pattern found everywhere is refined, not scrolled through.
const MAX_HITS: usize = 2_000;

#[derive(Default)]
pub struct SearchPanel {
    pub open: bool,
    pub pattern: String,
    pub mode: SearchModeChoice,
    pub whole_words: bool,
    /// What the current hits were found with.
    searched: Option<(String, SearchModeChoice, bool)>,
    pub hits: Vec<Hit>,
    /// Hits ticked for "label all".
    pub ticked: Vec<bool>,
    /// The hit Enter jumps to next.
    pub next: usize,
    pub label: Option<LabelId>,
    pub error: Option<String>,
    /// The index and what it was built from (corpus folder, text generation, document count).
    index: Option<(IndexKey, SearchIndex)>,
    /// An index being built on a background thread after the corpus opened.
    building: Option<IndexBuild>,
    focus_query: bool,
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

impl SearchPanel {
    pub fn show(&mut self) {
        self.open = true;
        self.focus_query = true;
    }
}

fn index_key(ws: &crate::workspace::Workspace) -> IndexKey {
    (ws.corpus_root.clone(), ws.generation(), ws.articles().len())
}

impl App {
    /// Starts building the search index of the open corpus on a background thread, so the
    /// first search does not wait for it (the articles are copied for the thread).
    pub(crate) fn start_indexing(&mut self, ctx: &egui::Context) {
        let Some(ws) = &self.workspace else { return };
        let key = index_key(ws);
        if self.search.index.as_ref().is_some_and(|(k, _)| *k == key) {
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
        self.search.building = Some(IndexBuild {
            key,
            job,
            search_when_ready: false,
        });
    }

    /// Whether the search index of the open corpus is built (searches then answer at once).
    pub fn search_index_ready(&self) -> bool {
        self.workspace.as_ref().is_some_and(|ws| {
            self.search
                .index
                .as_ref()
                .is_some_and(|(k, _)| *k == index_key(ws))
        })
    }

    /// Each frame: takes a finished background index, and runs the search that waited for it
    /// (which builds the index itself if the thread failed).
    pub(crate) fn poll_indexing(&mut self) {
        let Some(build) = &mut self.search.building else {
            return;
        };
        let Some(outcome) = build.job.poll() else {
            return;
        };
        let Some(build) = self.search.building.take() else {
            return;
        };
        if self.workspace.as_ref().map(index_key) == Some(build.key.clone()) {
            if let Ok(index) = outcome {
                self.search.index = Some((build.key, index));
            }
            if build.search_when_ready {
                self.run_search();
            }
        }
    }

    /// Runs the search in the panel over every readable article.
    pub(crate) fn run_search(&mut self) {
        let Some(ws) = &self.workspace else { return };
        let key = index_key(ws);
        let panel = &mut self.search;
        if let Some(build) = &mut panel.building
            && build.key == key
            && panel.index.as_ref().is_none_or(|(k, _)| *k != key)
        {
            build.search_when_ready = true;
            "Indexing the corpus for search; the search runs when it is ready"
                .clone_into(&mut self.status);
            return;
        }
        if panel.index.as_ref().is_none_or(|(k, _)| *k != key) {
            let index = SearchIndex::new(
                ws.articles()
                    .iter()
                    .enumerate()
                    .filter_map(|(i, a)| Some((i, a.text()?))),
            );
            panel.index = Some((key, index));
        }
        let Some((_, index)) = &panel.index else {
            return;
        };
        let mut query = SearchQuery::new(panel.pattern.clone(), panel.mode.into());
        query.whole_words = panel.whole_words;
        panel.searched = Some((panel.pattern.clone(), panel.mode, panel.whole_words));
        panel.next = 0;
        match index.search_limited(&query, MAX_HITS) {
            Ok(hits) => {
                let project = &ws.project();
                let label = panel.label.clone();
                // Tick what is not labelled that way already.
                panel.ticked = hits
                    .iter()
                    .map(|h| {
                        let Some(doc) = project.documents.get(h.doc) else {
                            return false;
                        };
                        match &label {
                            Some(label) => {
                                !already_labelled(&project.annotations, &doc.id, &h.range, label)
                            }
                            None => !project
                                .annotations
                                .spans(&doc.id)
                                .iter()
                                .any(|s| s.start == h.range.start && s.end == h.range.end),
                        }
                    })
                    .collect();
                self.status = format!("{} hit(s) for «{}»", hits.len(), panel.pattern);
                panel.hits = hits;
                panel.error = None;
            }
            Err(e) => {
                panel.hits.clear();
                panel.ticked.clear();
                panel.error = Some(e.to_string());
            }
        }
    }

    fn jump_to_hit(&mut self, n: usize) {
        let Some(hit) = self.search.hits.get(n).cloned() else {
            return;
        };
        self.search.next = (n + 1) % self.search.hits.len().max(1);
        self.jump_to_range(hit.doc, hit.range);
    }

    /// Labels every ticked hit with the chosen label, as one step.
    pub(crate) fn label_ticked_hits(&mut self) {
        let Some(label) = self.search.label.clone() else {
            "Choose a label first".clone_into(&mut self.status);
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let name = ws
            .project()
            .schema
            .label(&label)
            .map_or(label.0.clone(), |l| l.name.clone());
        let ticked: Vec<(DocId, Range<usize>)> = self
            .search
            .hits
            .iter()
            .zip(&self.search.ticked)
            .filter(|(_, t)| **t)
            .filter_map(|(hit, _)| {
                let doc = ws.project().documents.get(hit.doc)?;
                Some((doc.id.clone(), hit.range.clone()))
            })
            .collect();
        let plan = label_all_plan(&ws.project().annotations, &ticked, &label);
        let mut transaction = Transaction::new(String::new());
        let mut problems = 0;
        for (doc, range) in plan.to_label.iter().map(|&i| &ticked[i]) {
            match ws.new_span(doc, range.start, range.end, label.clone()) {
                Ok(span) => transaction.push(Edit::AddSpan {
                    doc: doc.clone(),
                    span,
                }),
                Err(_) => problems += 1,
            }
        }
        let n = transaction.edits.len();
        let skipped = plan.already_labelled;
        if n == 0 {
            self.status = if skipped > 0 {
                format!("Nothing to label: the {skipped} ticked hit(s) are labelled {name} already")
            } else {
                format!("Nothing to label: none of the {problems} ticked hit(s) can be a span")
            };
            return;
        }
        transaction.description = format!("Labelled {n} hit(s) as {name}");
        if self.apply_transaction(transaction) {
            if skipped > 0 {
                let _ = write!(self.status, "; {skipped} skipped, labelled so already");
            }
            if problems > 0 {
                let _ = write!(self.status, " ({problems} could not be labelled)");
            }
            self.run_search();
        }
    }
}

/// What "label all" does with the ticked hits: which of them to label, and how many it passes
/// over because a span with the chosen label already covers part of them (the same word marked
/// with or without its proclitic: 59–69 beside 60–69) or a hit taken before them does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelAllPlan {
    /// Positions in the ticked hits, in their order.
    pub to_label: Vec<usize>,
    pub already_labelled: usize,
}

/// Whether a span labelled `label` already covers part of `range` in `doc`: labelling the range
/// would mark the same words twice.
pub fn already_labelled(
    annotations: &Annotations,
    doc: &DocId,
    range: &Range<usize>,
    label: &LabelId,
) -> bool {
    annotations
        .overlapping(doc, range.start, range.end)
        .any(|s| &s.label == label)
}

/// Decides, for each ticked hit `(document, char range)`, whether "label all" labels it.
pub fn label_all_plan(
    annotations: &Annotations,
    ticked: &[(DocId, Range<usize>)],
    label: &LabelId,
) -> LabelAllPlan {
    let mut plan = LabelAllPlan {
        to_label: Vec::new(),
        already_labelled: 0,
    };
    for (i, (doc, range)) in ticked.iter().enumerate() {
        let taken = plan.to_label.iter().any(|&j| {
            let (other_doc, other) = &ticked[j];
            other_doc == doc && other.start < range.end && range.start < other.end
        });
        if taken || already_labelled(annotations, doc, range, label) {
            plan.already_labelled += 1;
        } else {
            plan.to_label.push(i);
        }
    }
    plan
}

#[expect(
    clippy::too_many_lines,
    reason = "the query row, the hits and the label-all row"
)]
pub fn search_window_ui(ctx: &egui::Context, app: &mut App, theme: &Theme) {
    if !app.search.open {
        return;
    }
    let Some(ws) = &app.workspace else { return };
    let docs: Vec<(String, String)> = ws
        .project()
        .documents
        .iter()
        .map(|d| {
            (
                d.path.clone(),
                ws.project().outlet_name(&d.outlet).to_owned(),
            )
        })
        .collect();
    let mut labels: Vec<(String, LabelId)> = ws
        .project()
        .schema
        .labels
        .iter()
        .map(|l| (l.name.clone(), l.id.clone()))
        .collect();
    labels.sort();
    let lines: Vec<(usize, String)> = app
        .search
        .hits
        .iter()
        .map(|hit| {
            let text = ws
                .articles()
                .get(hit.doc)
                .and_then(|a| a.text())
                .unwrap_or("");
            let found: String = text
                .chars()
                .skip(hit.range.start)
                .take(hit.range.len())
                .collect();
            (
                hit.doc,
                // One line per hit: paragraph breaks in the context are shown, not followed.
                format!(
                    "…{}«{found}»{}…",
                    hit.context_before.replace('\n', " ¶ "),
                    hit.context_after.replace('\n', " ¶ ")
                ),
            )
        })
        .collect();
    let mut open = true;
    let mut run = false;
    let mut jump: Option<usize> = None;
    let mut label_all = false;
    egui::Window::new("Search")
        .open(&mut open)
        .default_width(560.0)
        .default_height(520.0)
        .show(ctx, |ui| {
            let panel = &mut app.search;
            let field = ui.add(
                crate::ui::widgets::text_field::TextField::singleline(&mut panel.pattern)
                    .hint("search every article")
                    .name("search")
                    .desired_width(f32::INFINITY),
            );
            if std::mem::take(&mut panel.focus_query) {
                field.request_focus();
            }
            if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                let current = (panel.pattern.clone(), panel.mode, panel.whole_words);
                if panel.searched.as_ref() == Some(&current) && !panel.hits.is_empty() {
                    jump = Some(panel.next);
                } else {
                    run = true;
                }
                field.request_focus();
            }
            ui.horizontal(|ui| {
                let before = (panel.mode, panel.whole_words);
                ui.radio_value(&mut panel.mode, SearchModeChoice::Normalized, "normalised")
                    .on_hover_text(
                        "Ignores harakat, tatweel, alef and yeh forms, hamza seats, digit forms",
                    );
                ui.radio_value(&mut panel.mode, SearchModeChoice::Exact, "exact");
                ui.radio_value(&mut panel.mode, SearchModeChoice::Regex, "regex");
                ui.checkbox(&mut panel.whole_words, "whole words")
                    .on_hover_text(
                        "In normalised mode a word may carry a proclitic: «داعش» finds «لداعش»",
                    );
                if before != (panel.mode, panel.whole_words) && !panel.pattern.is_empty() {
                    run = true;
                }
                if ui.button("Search").clicked() {
                    run = true;
                }
            });
            if let Some(e) = &panel.error {
                ui.colored_label(theme.warning, e);
            }
            if panel.searched.is_some() {
                ui.label(shown(&format!(
                    "{} hit(s){}",
                    panel.hits.len(),
                    if panel.hits.len() >= MAX_HITS {
                        " — the first ones only; refine the search"
                    } else {
                        ""
                    }
                )));
            }
            ui.horizontal(|ui| {
                let current = panel
                    .label
                    .as_ref()
                    .and_then(|l| labels.iter().find(|(_, id)| id == l))
                    .map_or("choose a label".to_owned(), |(n, _)| n.clone());
                egui::ComboBox::from_id_salt("label-all")
                    .selected_text(shown(&current))
                    .show_ui(ui, |ui| {
                        for (name, id) in &labels {
                            ui.selectable_value(&mut panel.label, Some(id.clone()), shown(name));
                        }
                    })
                    .response
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "label for all hits")
                    });
                let ticked = panel.ticked.iter().filter(|t| **t).count();
                if ui
                    .add_enabled(
                        ticked > 0 && panel.label.is_some(),
                        egui::Button::new(shown(&format!("Label {ticked} ticked hit(s)"))),
                    )
                    .clicked()
                {
                    label_all = true;
                }
                if ui.small_button("tick all").clicked() {
                    panel.ticked.iter_mut().for_each(|t| *t = true);
                }
                if ui.small_button("tick none").clicked() {
                    panel.ticked.iter_mut().for_each(|t| *t = false);
                }
            });
            ui.separator();
            let fonts = crate::text::FontStack {
                primary: app.prefs.arabic_face,
            };
            egui::ScrollArea::vertical()
                .id_salt("search-hits")
                .show(ui, |ui| {
                    let mut last_doc = None;
                    for (n, (doc, line)) in lines.iter().enumerate() {
                        if last_doc != Some(*doc) {
                            last_doc = Some(*doc);
                            let (path, outlet) = docs.get(*doc).cloned().unwrap_or_default();
                            let outlet = if outlet.is_empty() {
                                "unknown outlet".to_owned()
                            } else {
                                outlet
                            };
                            ui.add_space(4.0);
                            ui.strong(shown(&format!("{path} · {outlet}")));
                        }
                        ui.horizontal(|ui| {
                            if let Some(t) = app.search.ticked.get_mut(n) {
                                ui.checkbox(t, "").widget_info(|| {
                                    egui::WidgetInfo::labeled(
                                        egui::Role::CheckBox,
                                        true,
                                        format!("tick hit {}", n + 1),
                                    )
                                });
                            }
                            let response = text_block_ui(
                                ui,
                                &mut app.small_layouts,
                                app.shaper.as_ref(),
                                line,
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
                                    format!("hit {}: {line}", n + 1),
                                )
                            });
                            if response.clicked() {
                                jump = Some(n);
                            }
                        });
                    }
                });
        });
    app.search.open = open;
    if run {
        app.run_search();
    }
    if let Some(n) = jump {
        app.jump_to_hit(n);
    }
    if label_all {
        app.label_ticked_hits();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Span, SpanId};

    fn doc(name: &str) -> DocId {
        DocId(name.into())
    }

    fn span(id: &str, range: Range<usize>, label: &str) -> Span {
        let quote = "ب".repeat(range.len());
        Span::new(
            SpanId(id.into()),
            range.start,
            range.end,
            LabelId(label.into()),
            &quote,
        )
    }

    #[test]
    fn label_all_skips_hits_a_span_of_that_label_covers_in_part() {
        let mut annotations = Annotations::new();
        for (d, id, range, label) in [
            ("a", "1", 60..69, "GPE"),
            ("a", "2", 100..105, "PER"),
            ("b", "3", 10..20, "GPE"),
        ] {
            annotations
                .insert(doc(d), span(id, range, label))
                .expect("a well-formed span");
        }
        let ticked = vec![
            (doc("a"), 59..69),   // the word with its proclitic, beside 60–69
            (doc("a"), 60..69),   // the very span
            (doc("a"), 69..75),   // touches it only
            (doc("a"), 100..105), // labelled, but with another label
            (doc("b"), 59..69),   // the same offsets in another document
            (doc("b"), 15..25),   // reaches into 10–20
            (doc("b"), 70..80),
            (doc("b"), 75..78), // inside the hit before it
        ];
        let plan = label_all_plan(&annotations, &ticked, &LabelId("GPE".into()));
        assert_eq!(
            plan,
            LabelAllPlan {
                to_label: vec![2, 3, 4, 6],
                already_labelled: 4,
            }
        );
        let none = label_all_plan(&annotations, &[], &LabelId("GPE".into()));
        assert!(none.to_label.is_empty() && none.already_labelled == 0);
    }
}
