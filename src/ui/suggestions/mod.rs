//! Suggestions in the window, a component: [`SuggestionsPanel`] owns the suggestions last made
//! for the corpus, the [`Background`] work making the next ones, and the suggestion in focus. It
//! reads the workspace and returns [`Command`]s: accepting is the `Transaction` that
//! [`suggest::accept`] builds (one undo step, as is accepting every suggestion of one form in
//! the document or the corpus), rejecting is [`suggest::reject`]'s edit, stepping shows the
//! place with [`Command::ShowPlace`].
//!
//! Suggestions are made again in the background once the project stopped changing for
//! [`DEBOUNCE_SECONDS`]; meanwhile those made against an older state are shown while
//! [`suggest::is_open`] (not rejected, nothing marked over them since), so an accepted or
//! rejected suggestion goes at once and an undo brings it back at once. The document shown is
//! suggested for first and its suggestions are shown as soon as they are made; the rest of the
//! corpus follows (another document opened meanwhile goes next). Work for an older state of the
//! project is cancelled as soon as the project changes.

pub mod cues;
mod view;

pub use view::{describe, status};

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use crate::model::{DocId, Message, Project};
use crate::suggest::{self, Background, Kind, Source, SuggestOptions, Suggestion};
use crate::ui::commands::Command;
use crate::ui::status::Status;
use crate::ui::theme::Theme;
use crate::ui::widgets::article_view::{SpanPaint, SpanStyle};
use crate::workspace::Workspace;

/// How long the project must stay unchanged before suggestions are made again.
pub const DEBOUNCE_SECONDS: f64 = 0.6;

/// What a set of suggestions was made from: corpus folder, text generation, project revision,
/// number of documents.
type StateKey = (PathBuf, u64, u64, usize);

/// What the article texts were read as: corpus folder, text generation, number of documents.
type TextsKey = (PathBuf, u64, usize);

fn state_key(ws: &Workspace) -> StateKey {
    (
        ws.corpus_root().to_path_buf(),
        ws.generation(),
        ws.history().revision(),
        ws.project().documents.len(),
    )
}

/// The suggestions of the open project and what the analyst does with them; see the module
/// docs.
#[derive(Default)]
pub struct SuggestionsPanel {
    /// Suggestions per document, as last made.
    by_doc: HashMap<DocId, Vec<Suggestion>>,
    /// What `by_doc` was made from; `None` before the first suggestions arrive.
    made_for: Option<StateKey>,
    /// Suggestions being made in the background, and from what.
    job: Option<(StateKey, Background)>,
    /// The documents whose suggestions the running job has handed over.
    fresh: HashSet<DocId>,
    /// The article texts handed to the jobs, copied once per text generation rather than on
    /// every edit.
    texts: Option<(TextsKey, Arc<Vec<Option<String>>>)>,
    /// A change of the project seen, and when (egui time), waiting out the debounce.
    changed: Option<(StateKey, f64)>,
    /// The suggestion in focus (drawn selected; what accept and reject act on).
    focus: Option<Suggestion>,
    /// The index of the document shown, as the window last said (`ui`, `on_command`): it is
    /// suggested for first.
    shown: Option<usize>,
    /// The focus changed since the window last showed it: its row scrolls into view.
    scroll_to_focus: bool,
    /// Bumped whenever what is drawn may change, for the paint cache.
    version: u64,
    /// The Suggestions window shows.
    pub open: bool,
}

impl SuggestionsPanel {
    /// Forgets everything (another project was opened).
    pub fn reset(&mut self) {
        let open = self.open;
        *self = Self {
            open,
            version: self.version + 1,
            ..Self::default()
        };
    }

    /// A number that changes whenever the suggestions drawn may change.
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Whether suggestions for the project as it is now are made (none are being made).
    pub fn is_current(&self, ws: &Workspace) -> bool {
        self.job.is_none() && self.made_for.as_ref() == Some(&state_key(ws))
    }

    /// Whether the suggestions of `doc` for the project as it is now are made, though the rest
    /// of the corpus may still be on its way.
    pub fn is_ready(&self, ws: &Workspace, doc: &DocId) -> bool {
        let key = state_key(ws);
        match &self.job {
            Some((k, _)) => *k == key && self.fresh.contains(doc),
            None => self.made_for.as_ref() == Some(&key),
        }
    }

    /// The suggestion in focus.
    pub fn focus(&self) -> Option<&Suggestion> {
        self.focus.as_ref()
    }

    /// Each frame: takes suggestions made in the background, and starts making them again when
    /// the project changed and then stayed unchanged for [`DEBOUNCE_SECONDS`] (at once the
    /// first time), the document shown first. `now` is egui's time; the window is woken when the
    /// document shown is done and when a job ends.
    pub fn poll(&mut self, ws: &Workspace, ctx: &egui::Context, now: f64) {
        let key = state_key(ws);
        let shown = self.shown;
        // Made for an older state of the project: dropping it cancels it.
        if self.job.as_ref().is_some_and(|(k, _)| *k != key) {
            self.job = None;
        }
        let shown_doc = shown.and_then(|i| Some(&ws.project().documents.get(i)?.id));
        if let Some((made_for, job)) = &mut self.job {
            if let Some(i) = shown {
                job.prefer(i);
            }
            let ended = job.has_ended();
            for (doc, suggestions) in job.take() {
                // Only the document shown is drawn from these; the others are read when asked.
                if Some(&doc) == shown_doc {
                    self.version += 1;
                }
                self.fresh.insert(doc.clone());
                self.by_doc.insert(doc, suggestions);
            }
            if ended {
                self.made_for = Some(made_for.clone());
                self.job = None;
                self.fresh.clear();
                self.version += 1;
            }
        }
        let wanted = self.made_for.as_ref() != Some(&key) && self.job.is_none();
        if !wanted {
            self.changed = None;
            return;
        }
        let since = match &self.changed {
            Some((k, at)) if *k == key => *at,
            _ => {
                self.changed = Some((key.clone(), now));
                now
            }
        };
        let quiet_for = now - since;
        if self.made_for.is_some() && quiet_for < DEBOUNCE_SECONDS {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                DEBOUNCE_SECONDS - quiet_for,
            ));
            return;
        }
        self.changed = None;
        let texts = self.texts(ws);
        let ctx = ctx.clone();
        // Rejected suggestions are made too and left out while shown (`is_open`), so that undoing
        // a rejection brings its suggestion back at once.
        let mut project = ws.project().clone();
        project.suggestions.rejected.clear();
        self.fresh.clear();
        self.job = Some((
            key,
            Background::start(
                project,
                texts,
                SuggestOptions::default(),
                shown,
                move || {
                    ctx.request_repaint();
                },
            ),
        ));
    }

    /// The article texts as the jobs read them, copied again only when they changed.
    fn texts(&mut self, ws: &Workspace) -> Arc<Vec<Option<String>>> {
        let key = (
            ws.corpus_root().to_path_buf(),
            ws.generation(),
            ws.articles().len(),
        );
        match &self.texts {
            Some((k, texts)) if *k == key => texts.clone(),
            _ => {
                let texts: Arc<Vec<Option<String>>> = Arc::new(
                    ws.articles()
                        .iter()
                        .map(|a| a.text().map(str::to_owned))
                        .collect(),
                );
                self.texts = Some((key, texts.clone()));
                texts
            }
        }
    }

    /// The progress of suggestions being made, `(done, total)`.
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.job.as_ref().map(|(_, job)| job.progress().counts())
    }

    /// The open suggestions of `doc` (see [`suggest::is_open`]), in reading order.
    pub fn open_in(&self, project: &Project, doc: &DocId) -> Vec<&Suggestion> {
        self.by_doc
            .get(doc)
            .into_iter()
            .flatten()
            .filter(|s| suggest::is_open(project, s))
            .collect()
    }

    /// The open suggestion of `doc` whose outline holds char `at`: the shortest, so a mention
    /// inside a claim frame's content is the one clicked; a claim frame also by its cue and
    /// claimant.
    pub fn at(&self, project: &Project, doc: &DocId, at: usize) -> Option<&Suggestion> {
        self.open_in(project, doc)
            .into_iter()
            .filter_map(|s| {
                outlines(s)
                    .into_iter()
                    .filter(|(r, _)| r.contains(&at))
                    .map(|(r, _)| r.len())
                    .min()
                    .map(|len| (len, s))
            })
            .min_by_key(|(len, _)| *len)
            .map(|(_, s)| s)
    }

    /// Every open suggestion of the corpus, in project order then reading order.
    fn open_everywhere<'s>(&'s self, project: &Project) -> Vec<&'s Suggestion> {
        project
            .documents
            .iter()
            .flat_map(|d| self.open_in(project, &d.id))
            .collect()
    }

    /// What a suggestion command (`NextSuggestion` … `FocusSuggestion`) comes to, for the
    /// document at index `shown`; the edits and places the App applies.
    pub fn on_command(
        &mut self,
        ws: &Workspace,
        shown: Option<usize>,
        command: &Command,
    ) -> Vec<Command> {
        self.shown = shown;
        let project = ws.project();
        match command {
            Command::NextSuggestion => self.step(project, shown, true),
            Command::PreviousSuggestion => self.step(project, shown, false),
            Command::FocusSuggestion(s) => {
                self.open = true;
                self.show(project, (**s).clone())
            }
            Command::AcceptSuggestion => {
                let Some(s) = self.target(project, shown) else {
                    return vec![nothing_here()];
                };
                self.focus = None;
                self.version += 1;
                match suggest::accept(project, &s) {
                    Ok(transaction) => vec![Command::Edit(transaction)],
                    Err(e) => vec![Command::ShowProblem(Status::of(e))],
                }
            }
            Command::RejectSuggestion => {
                let Some(s) = self.target(project, shown) else {
                    return vec![nothing_here()];
                };
                self.focus = None;
                self.version += 1;
                suggest::reject(project, &s)
                    .map(Command::Edit)
                    .into_iter()
                    .collect()
            }
            Command::AcceptSuggestionsInDocument | Command::AcceptSuggestionsInCorpus => {
                let corpus = matches!(command, Command::AcceptSuggestionsInCorpus);
                let Some(like) = self.target(project, shown) else {
                    return vec![nothing_here()];
                };
                let pool: Vec<Suggestion> = if corpus {
                    self.open_everywhere(project).into_iter().cloned().collect()
                } else {
                    self.open_in(project, like.document())
                        .into_iter()
                        .cloned()
                        .collect()
                };
                let all = suggest::same_form(&pool, &like, corpus);
                let description = if corpus {
                    Message::SUGGESTIONS_ACCEPTED_CORPUS
                } else {
                    Message::SUGGESTIONS_ACCEPTED_DOCUMENT
                }
                .with("count", all.len())
                .with("text", like.text());
                // Accepting in the corpus while the corpus pass runs takes what is made so far.
                let unfinished = self.progress().filter(|_| corpus).map(|(done, total)| {
                    Command::ShowStatus(
                        Status::say("suggestions-so-far")
                            .with("description", description.clone())
                            .with("done", done)
                            .with("total", total),
                    )
                });
                self.focus = None;
                self.version += 1;
                match suggest::accept_all(project, all, description) {
                    Ok(transaction) => std::iter::once(Command::Edit(transaction))
                        .chain(unfinished)
                        .collect(),
                    Err(e) => vec![Command::ShowProblem(Status::of(e))],
                }
            }
            Command::SwitchSuggester(source, on) => suggest::switch(project, *source, *on)
                .map(Command::Edit)
                .into_iter()
                .collect(),
            Command::ShowSuggestions => {
                self.open = true;
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// The suggestion accept and reject act on: the one in focus while it is open, else the
    /// first open one of the document shown.
    fn target(&self, project: &Project, shown: Option<usize>) -> Option<Suggestion> {
        self.focus
            .clone()
            .filter(|s| suggest::is_open(project, s))
            .or_else(|| {
                let doc = &project.documents.get(shown?)?.id;
                self.open_in(project, doc).first().map(|s| (*s).clone())
            })
    }

    /// Focus on the next (or previous) open suggestion after the focus, in the document shown
    /// then the documents after it; the view goes there.
    fn step(&mut self, project: &Project, shown: Option<usize>, forward: bool) -> Vec<Command> {
        let all = self.open_everywhere(project);
        let order = |s: &Suggestion| (project.document_index(s.document()), s.start(), s.end());
        let from = self
            .focus
            .as_ref()
            .map(order)
            .or_else(|| {
                let i = shown?;
                Some(if forward {
                    (Some(i), 0, 0)
                } else {
                    (Some(i), usize::MAX, usize::MAX)
                })
            })
            .unwrap_or((None, 0, 0));
        let same = |s: &&Suggestion| self.focus.as_ref() == Some(*s);
        let next = if forward {
            all.iter()
                .find(|s| !same(s) && order(s) >= from)
                .or_else(|| all.first())
        } else {
            all.iter()
                .rev()
                .find(|s| !same(s) && order(s) <= from)
                .or_else(|| all.last())
        };
        match next {
            Some(s) => {
                let s = (*s).clone();
                self.show(project, s)
            }
            None => vec![Command::ShowStatus(Status::say("suggestions-none"))],
        }
    }

    fn show(&mut self, project: &Project, s: Suggestion) -> Vec<Command> {
        let status = status(project, &s);
        let place = Command::ShowPlace {
            doc: s.document().clone(),
            at: s.start(),
            span: None,
        };
        self.focus = Some(s);
        self.scroll_to_focus = true;
        self.version += 1;
        vec![place, Command::ShowStatus(status)]
    }

    /// The dashed outlines of the open suggestions of `doc`: a mention in its label's colour;
    /// a claim frame's content, cue and claimant in their roles' colours.
    pub fn paints(&self, project: &Project, doc: &DocId, theme: &Theme) -> Vec<SpanPaint> {
        let colour = |label: &str| {
            let rgb = project
                .schema
                .label(&crate::model::LabelId(label.to_owned()))
                .map_or(crate::model::Rgb(128, 128, 128), |l| l.colour);
            theme.span_stroke(rgb)
        };
        let mut out = Vec::new();
        for s in self.open_in(project, doc) {
            let selected = self.focus.as_ref() == Some(s);
            for (range, label) in outlines(s) {
                out.push(SpanPaint {
                    range,
                    fill: egui::Color32::TRANSPARENT,
                    stroke: colour(label),
                    depth: 0,
                    style: SpanStyle::Suggested,
                    selected,
                });
            }
        }
        out
    }

    /// The suggestion window: switches, and the open suggestions of the document shown.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        ws: &Workspace,
        shown: Option<usize>,
        text: &mut crate::ui::panels::header::SmallText<'_>,
        theme: &Theme,
    ) -> Vec<Command> {
        self.shown = shown;
        if !self.open {
            return Vec::new();
        }
        let mut open = true;
        let commands = view::window_ui(ctx, self, ws, shown, text, theme, &mut open);
        self.open = open;
        commands
    }
}

/// The stretches a suggestion outlines, each with the label whose colour it is drawn in: a
/// mention; a claim frame's content, cue and claimant; a clustered claim's content.
fn outlines(s: &Suggestion) -> Vec<(std::ops::Range<usize>, &str)> {
    use crate::model::schema::{CLAIM_LABEL, CLAIMANT_LABEL, CUE_LABEL};
    match &s.kind {
        Kind::Span { label, .. } => vec![(s.range(), label.0.as_str())],
        Kind::Claim { cue, claimant, .. } => {
            let mut out = vec![(s.range(), CLAIM_LABEL), (cue.range(), CUE_LABEL)];
            out.extend(claimant.iter().map(|c| (c.range(), CLAIMANT_LABEL)));
            out
        }
        Kind::Cluster { .. } => vec![(s.range(), CLAIM_LABEL)],
    }
}

fn nothing_here() -> Command {
    Command::ShowStatus(Status::say("suggestions-nothing-here"))
}

/// The suggesters, each with whether it runs for this project, for menus.
pub fn switches(project: &Project) -> Vec<(Source, bool)> {
    Source::ALL
        .iter()
        .map(|s| (*s, project.suggestions.is_on(s.name())))
        .collect()
}
