//! Working with a colleague's copy of the project (Team ▸ Compare with…): their spans drawn as
//! bands above mine in the article view, every disagreement listed per document with accept /
//! reject / edit, and the agreement table. Accepting changes my project (one undoable step
//! each), so adjudicating turns my copy into the curated project.
//!
//! Keys while comparing (and no text field has the focus): F8 / Shift+F8 next / previous
//! disagreement, Alt+A accept theirs, Alt+R reject theirs (keep mine), Alt+E edit mine.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::model::{DocId, Edit, Project, Span, SpanId, Transaction, compound};
use crate::team::agreement::{Agreement, agreement};
use crate::team::pairs::document_pairs;
use crate::team::{Comparison, MatchKind, SpanMatch, compare};
use crate::ui::app::App;
use crate::ui::commands::Command;
use crate::ui::theme::Theme;
use crate::ui::widgets::article_view::{SpanPaint, SpanStyle};
use crate::ui::widgets::bidi::shown;

/// Identifies a disagreement across recomputations: its document and both spans' IDs.
pub type ItemKey = (DocId, Option<SpanId>, Option<SpanId>);

/// A colleague's project opened for comparison.
#[derive(Debug, Clone)]
pub struct Adjudication {
    pub theirs: Project,
    pub theirs_path: PathBuf,
    /// Disagreements dismissed (mine kept); they stay out of the list.
    pub rejected: BTreeSet<ItemKey>,
    /// The disagreement in focus.
    pub current: Option<ItemKey>,
    pub show: bool,
    pub show_agreement: bool,
    comparison: Option<(u64, Comparison)>,
    agreement: Option<(u64, Agreement, usize)>,
}

impl Adjudication {
    pub fn new(theirs: Project, theirs_path: PathBuf) -> Self {
        Self {
            theirs,
            theirs_path,
            rejected: BTreeSet::new(),
            current: None,
            show: true,
            show_agreement: false,
            comparison: None,
            agreement: None,
        }
    }

    /// The comparison of `mine` at `revision` with theirs, computed once per revision.
    pub fn comparison(&mut self, mine: &Project, revision: u64) -> &Comparison {
        if self.comparison.as_ref().is_none_or(|(r, _)| *r != revision) {
            self.comparison = Some((revision, compare(mine, &self.theirs)));
        }
        &self
            .comparison
            .get_or_insert_with(|| (revision, Comparison::default()))
            .1
    }

    /// The open disagreements, in document and reading order.
    pub fn items(&mut self, mine: &Project, revision: u64) -> Vec<(DocId, SpanMatch)> {
        self.comparison(mine, revision);
        let Some((_, comparison)) = &self.comparison else {
            return Vec::new();
        };
        comparison
            .documents
            .iter()
            .flat_map(|d| d.disagreements().map(move |m| (&d.doc, m)))
            .filter(|(doc, m)| !self.rejected.contains(&key_of(doc, m)))
            .map(|(doc, m)| (doc.clone(), m.clone()))
            .collect()
    }
}

pub fn key_of(doc: &DocId, m: &SpanMatch) -> ItemKey {
    (
        doc.clone(),
        m.mine.as_ref().map(|s| s.id.clone()),
        m.theirs.as_ref().map(|s| s.id.clone()),
    )
}

/// What a decision does to my project.
pub fn accept_transaction(mine: &Project, doc: &DocId, m: &SpanMatch) -> Option<Transaction> {
    match (m.kind, &m.mine, &m.theirs) {
        (MatchKind::OtherLabel | MatchKind::Overlapping, Some(before), Some(theirs)) => {
            let mut after = before.clone();
            after.start = theirs.start;
            after.end = theirs.end;
            after.label = theirs.label.clone();
            after.quote.clone_from(&theirs.quote);
            after.prefix.clone_from(&theirs.prefix);
            after.suffix.clone_from(&theirs.suffix);
            Some(Transaction::single(
                "Took their version of a span",
                Edit::ReplaceSpan {
                    doc: doc.clone(),
                    before: before.clone(),
                    after,
                },
            ))
        }
        (MatchKind::OnlyTheirs, _, Some(theirs)) => {
            let mut span: Span = theirs.clone();
            if mine.annotations.find(&span.id).is_some() {
                span.id = SpanId::fresh();
            }
            // Their entity link holds only if my project has that entity.
            if span
                .entity
                .as_ref()
                .is_some_and(|e| !mine.entities.contains_key(e))
            {
                span.entity = None;
            }
            Some(Transaction::single(
                "Took their span",
                Edit::AddSpan {
                    doc: doc.clone(),
                    span,
                },
            ))
        }
        (MatchKind::OnlyMine, Some(span), _) => {
            compound::remove_span_with_dependents(mine, doc, &span.id).map(|mut t| {
                "Removed my span (they had none)".clone_into(&mut t.description);
                t
            })
        }
        _ => None,
    }
}

impl App {
    /// Their spans of document `i`, as bands above the text.
    pub(crate) fn theirs_paints(&self, i: usize, theme: &Theme) -> Vec<SpanPaint> {
        let (Some(ws), Some(adj)) = (&self.workspace, &self.adjudication) else {
            return Vec::new();
        };
        let Some(doc) = ws.project().documents.get(i) else {
            return Vec::new();
        };
        let current = adj.current.as_ref().filter(|k| k.0 == doc.id);
        adj.theirs
            .annotations
            .spans(&doc.id)
            .iter()
            .map(|span| {
                let rgb = ws
                    .project()
                    .schema
                    .label(&span.label)
                    .or_else(|| adj.theirs.schema.label(&span.label))
                    .map_or(crate::model::Rgb(128, 128, 128), |l| l.colour);
                SpanPaint {
                    range: span.start..span.end,
                    fill: theme.span_fill(rgb, false),
                    stroke: theme.span_stroke(rgb),
                    depth: 0,
                    style: SpanStyle::Theirs,
                    selected: current.is_some_and(|k| k.2.as_ref() == Some(&span.id)),
                }
            })
            .collect()
    }

    pub(crate) fn open_comparison(&mut self, path: PathBuf) {
        match crate::store::load_project(&path) {
            Ok(theirs) => {
                let mut adj = Adjudication::new(theirs, path);
                if let Some(ws) = &self.workspace {
                    let n = adj
                        .comparison(ws.project(), ws.history().revision())
                        .disagreement_count();
                    let name = adj
                        .theirs_path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                    self.status = format!("Comparing with {name}: {n} disagreement(s)");
                }
                self.adjudication = Some(adj);
                self.forget_span_paints();
                self.step_disagreement(true);
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Moves to the next (or previous) open disagreement and shows it.
    pub(crate) fn step_disagreement(&mut self, forward: bool) {
        let (Some(ws), Some(adj)) = (&self.workspace, &mut self.adjudication) else {
            return;
        };
        let items = adj.items(ws.project(), ws.history().revision());
        if items.is_empty() {
            adj.current = None;
            "No disagreements left".clone_into(&mut self.status);
            return;
        }
        let keys: Vec<ItemKey> = items.iter().map(|(d, m)| key_of(d, m)).collect();
        let at = adj
            .current
            .as_ref()
            .and_then(|c| keys.iter().position(|k| k == c));
        let next = match (at, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1) % keys.len(),
            (Some(i), false) => (i + keys.len() - 1) % keys.len(),
        };
        self.focus_item(&items[next].0, &items[next].1);
    }

    fn focus_item(&mut self, doc: &DocId, m: &SpanMatch) {
        if let Some(adj) = &mut self.adjudication {
            adj.current = Some(key_of(doc, m));
        }
        let Some(ws) = &self.workspace else { return };
        let Some(i) = ws.project().document_index(doc) else {
            return;
        };
        if self.selected != Some(i) {
            self.selected = Some(i);
            self.article.reset();
        }
        self.article.selection = None;
        self.selected_span = m.mine.as_ref().map(|s| s.id.clone());
        self.article.scroll_to = Some(m.range().0);
    }

    /// The disagreement in focus, as it stands now.
    fn current_item(&mut self) -> Option<(DocId, SpanMatch)> {
        let (Some(ws), Some(adj)) = (&self.workspace, &mut self.adjudication) else {
            return None;
        };
        let current = adj.current.clone()?;
        adj.items(ws.project(), ws.history().revision())
            .into_iter()
            .find(|(d, m)| key_of(d, m) == current)
    }

    pub(crate) fn decide(&mut self, command: &Command) {
        let Some((doc, m)) = self.current_item() else {
            self.step_disagreement(true);
            return;
        };
        match command {
            Command::AcceptTheirs => {
                let Some(ws) = &self.workspace else { return };
                if let Some(t) = accept_transaction(ws.project(), &doc, &m)
                    && self.apply_transaction(t)
                {
                    self.step_disagreement(true);
                }
            }
            Command::RejectTheirs => {
                if let Some(adj) = &mut self.adjudication {
                    adj.rejected.insert(key_of(&doc, &m));
                }
                "Kept mine".clone_into(&mut self.status);
                self.step_disagreement(true);
            }
            Command::EditMine => {
                if m.mine.is_none() {
                    let Some(ws) = &self.workspace else { return };
                    if let Some(t) = accept_transaction(ws.project(), &doc, &m) {
                        self.apply_transaction(t);
                    }
                }
                let Some(ws) = &self.workspace else { return };
                let target = m
                    .mine
                    .as_ref()
                    .or(m.theirs.as_ref())
                    .map(|s| (s.start, s.end));
                if let Some(span) = ws
                    .project()
                    .annotations
                    .spans(&doc)
                    .iter()
                    .find(|s| target == Some((s.start, s.end)))
                {
                    let id = span.id.clone();
                    self.jump_to_span(&doc, &id);
                }
                "Editing my span: labels, Shift+arrows for its edges, Delete"
                    .clone_into(&mut self.status);
            }
            _ => {}
        }
    }

    /// Adds every span only the colleague marked (and I did not reject) in one transaction.
    pub(crate) fn take_all_only_theirs(&mut self) {
        let (Some(ws), Some(adj)) = (&self.workspace, &mut self.adjudication) else {
            return;
        };
        let items = adj.items(ws.project(), ws.history().revision());
        let mut transaction = Transaction::new("Took all their spans I lacked");
        for (doc, m) in items
            .iter()
            .filter(|(_, m)| m.kind == MatchKind::OnlyTheirs)
        {
            if let Some(t) = accept_transaction(ws.project(), doc, m) {
                transaction.edits.extend(t.edits);
            }
        }
        if transaction.edits.is_empty() {
            "They have no span you lack".clone_into(&mut self.status);
            return;
        }
        let n = transaction.edits.len();
        if self.apply_transaction(transaction) {
            self.status = format!("Took {n} of their spans");
            self.step_disagreement(true);
        }
    }

    /// F8 / Shift+F8 and Alt+A / Alt+R / Alt+E while comparing.
    pub(crate) fn adjudication_keys(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        if self.adjudication.is_none() || crate::ui::widgets::text_field::typing(ctx) {
            return;
        }
        let mut commands = Vec::new();
        ctx.input_mut(|i| {
            if i.consume_key(Modifiers::SHIFT, Key::F8) {
                commands.push(Command::PreviousDisagreement);
            }
            if i.consume_key(Modifiers::NONE, Key::F8) {
                commands.push(Command::NextDisagreement);
            }
            for (key, command) in [
                (Key::A, Command::AcceptTheirs),
                (Key::R, Command::RejectTheirs),
                (Key::E, Command::EditMine),
            ] {
                if i.consume_key(Modifiers::ALT, key) {
                    commands.push(command);
                }
            }
        });
        self.pending.extend(commands);
    }
}

fn describe_span(project: &Project, span: &Span) -> String {
    let label = project
        .schema
        .label(&span.label)
        .map_or(span.label.0.as_str(), |l| l.name.as_str());
    let who = if span.stamp.annotator.is_empty() {
        String::new()
    } else {
        format!(" · {}", span.stamp.annotator)
    };
    format!(
        "{label} «{}» {}–{}{who}",
        shown(&span.quote),
        span.start,
        span.end
    )
}

/// Team ▸ Your name: the name stamped on every span and claim this analyst makes or changes.
pub fn annotator_window_ui(ctx: &egui::Context, app: &mut App) {
    if !app.windows.annotator_name {
        return;
    }
    let mut open = true;
    let current = app.prefs.annotator_name();
    let mut typed = None;
    egui::Window::new("Your name")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.label("Stamped, with the time, on every span and claim you make or change:");
            typed = crate::ui::widgets::field::committed_text_with_hint(
                ui,
                "annotator-name",
                "your name",
                &current,
                220.0,
                "name or initials",
            );
            ui.weak("Empty: your login name. Colleagues comparing projects see it.");
        });
    app.windows.annotator_name = open;
    if let Some(name) = typed {
        app.push(Command::SetAnnotator(name));
    }
}

/// The Compare window: disagreements per document with their buttons, and the agreement table.
pub fn adjudication_window_ui(ctx: &egui::Context, app: &mut App, theme: &Theme) {
    let (Some(ws), Some(adj)) = (&app.workspace, &mut app.adjudication) else {
        return;
    };
    if !adj.show {
        return;
    }
    let revision = ws.history().revision();
    let items = adj.items(ws.project(), revision);
    let counts = adj.comparison(ws.project(), revision).counts();
    let current = adj.current.clone();
    let theirs_name = adj
        .theirs_path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut open = true;
    let mut commands = Vec::new();
    let mut focus = None;
    egui::Window::new(shown(&format!("Compare with {theirs_name}")))
        .open(&mut open)
        .default_width(460.0)
        .default_pos(ctx.content_rect().left_bottom() + egui::vec2(12.0, -320.0))
        .show(ctx, |ui| {
            ui.label(
                shown(&MatchKind::ALL
                    .iter()
                    .map(|k| format!("{} {}", counts.get(k).copied().unwrap_or(0), k.describe()))
                    .collect::<Vec<_>>()
                    .join(" · ")),
            );
            ui.weak("Their spans are the bands above the text. F8 / Shift+F8 next / previous, Alt+A accept theirs, Alt+R keep mine, Alt+E edit mine.");
            decision_buttons_ui(ui, &mut commands);
            ui.separator();
            if items.is_empty() {
                ui.label("No disagreements left.");
            }
            egui::ScrollArea::both().max_height(crate::ui::layout::fitting_height(ui.ctx(), 420.0)).show(ui, |ui| {
                let mut last_doc = None;
                for (doc, m) in &items {
                    if last_doc != Some(doc) {
                        let path = ws
                            .project()
                            .document(doc)
                            .map_or_else(|| doc.0.clone(), |d| d.path.clone());
                        ui.strong(shown(&path));
                        last_doc = Some(doc);
                    }
                    let mine = m
                        .mine
                        .as_ref()
                        .map_or_else(|| "—".to_owned(), |s| describe_span(ws.project(), s));
                    let theirs = m
                        .theirs
                        .as_ref()
                        .map_or_else(|| "—".to_owned(), |s| describe_span(&adj.theirs, s));
                    let is_current = current.as_ref() == Some(&key_of(doc, m));
                    // One line each, never wrapped: a wrapped line would split an Arabic
                    // quote shown in visual order and read it backwards.
                    let text = format!("{}\n   mine: {mine}\n   theirs: {theirs}", m.kind.describe());
                    let response = ui.add(
                        egui::Button::selectable(is_current, text)
                            .wrap_mode(egui::TextWrapMode::Extend),
                    );
                    if is_current {
                        response.scroll_to_me(None);
                    }
                    if response.clicked() {
                        focus = Some((doc.clone(), m.clone()));
                    }
                }
            });
        });
    if let Some(adj) = &mut app.adjudication {
        adj.show = open;
    }
    if let Some((doc, m)) = focus {
        app.focus_item(&doc, &m);
    }
    app.pending.extend(commands);
    agreement_window_ui(ctx, app, theme);
}

/// Previous / Next, the three decisions, taking all theirs, and the agreement table.
fn decision_buttons_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui.button("Previous").clicked() {
            commands.push(Command::PreviousDisagreement);
        }
        if ui.button("Next").clicked() {
            commands.push(Command::NextDisagreement);
        }
        ui.separator();
        if ui.button("Accept theirs").clicked() {
            commands.push(Command::AcceptTheirs);
        }
        if ui.button("Keep mine").clicked() {
            commands.push(Command::RejectTheirs);
        }
        if ui.button("Edit mine").clicked() {
            commands.push(Command::EditMine);
        }
        ui.separator();
        if ui
            .button("Take all only theirs")
            .on_hover_text("Add every span only they marked, as one step")
            .clicked()
        {
            commands.push(Command::TakeAllOnlyTheirs);
        }
        if ui.button("Agreement…").clicked() {
            commands.push(Command::ShowAgreement);
        }
    });
}

fn agreement_window_ui(ctx: &egui::Context, app: &mut App, _theme: &Theme) {
    let (Some(ws), Some(adj)) = (&app.workspace, &mut app.adjudication) else {
        return;
    };
    if !adj.show_agreement {
        return;
    }
    let revision = ws.history().revision();
    if adj
        .agreement
        .as_ref()
        .is_none_or(|(r, _, _)| *r != revision)
    {
        let pairs = document_pairs(ws.project(), &adj.theirs, |doc| {
            ws.articles().get(ws.project().document_index(doc)?)?.text()
        });
        adj.agreement = Some((revision, agreement(&pairs), pairs.len()));
    }
    let Some((_, figures, documents)) = &adj.agreement else {
        return;
    };
    let mut open = true;
    egui::Window::new("Agreement")
        .open(&mut open)
        .default_width(560.0)
        .show(ctx, |ui| {
            ui.label(shown(&format!(
                "{documents} documents either of you annotated. κ: Cohen's kappa on word tokens; αU: Krippendorff's unitized alpha on spans; P, R, F1: exact spans, mine as reference."
            )));
            let row = |ui: &mut egui::Ui, scope: &str, s: &crate::team::agreement::Scores| {
                let f = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format!("{v:.3}"));
                ui.label(shown(scope));
                for v in [s.kappa, s.alpha_u, s.precision, s.recall, s.f1] {
                    ui.monospace(shown(&f(v)));
                }
                ui.monospace(shown(&s.matched.to_string()));
                ui.monospace(shown(&s.only_a.to_string()));
                ui.monospace(shown(&s.only_b.to_string()));
                ui.end_row();
            };
            egui::ScrollArea::vertical().max_height(crate::ui::layout::fitting_height(ui.ctx(), 460.0)).show(ui, |ui| {
                egui::Grid::new("agreement-table").striped(true).show(ui, |ui| {
                    for h in ["", "κ", "αU", "P", "R", "F1", "same", "only mine", "only theirs"] {
                        ui.strong(shown(h));
                    }
                    ui.end_row();
                    row(ui, "overall", &figures.overall);
                    for (label, s) in &figures.per_label {
                        row(ui, &format!("label {label}"), s);
                    }
                    for (outlet, s) in &figures.per_outlet {
                        row(ui, &format!("outlet {outlet}"), s);
                    }
                });
            });
        });
    adj.show_agreement = open;
}
