//! Working with a colleague's copy of the project (Team ▸ Compare with…): their spans drawn as
//! bands above mine in the article view, every disagreement listed per document with accept /
//! reject / edit, and the agreement table. Accepting changes my project (one undoable step
//! each), so adjudicating turns my copy into the curated project.
//!
//! Keys while comparing (and no text field has the focus): F8 / Shift+F8 next / previous
//! disagreement, Alt+A accept theirs, Alt+R reject theirs (keep mine), Alt+E edit mine.
//!
//! `Adjudication` is a component: it owns the colleague's project, the disagreement in focus and
//! what was kept, reads the workspace, and returns `Command`s (`Edit` for a decision, `ShowPlace`
//! to show a disagreement) that `App::apply` runs.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::model::{DocId, Edit, Project, Span, SpanId, Transaction, compound};
use crate::team::agreement::{Agreement, agreement};
use crate::team::pairs::document_pairs;
use crate::team::{Comparison, MatchKind, SpanMatch, compare};
use crate::ui::commands::Command;
use crate::ui::status::Status;
use crate::ui::theme::Theme;
use crate::ui::widgets::article_view::{SpanPaint, SpanStyle};
use crate::ui::widgets::bidi::{shown, tr, tr_args};
use crate::ui::windows;
use crate::workspace::Workspace;

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
                crate::model::Message::COMPARE_TOOK_VERSION,
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
                crate::model::Message::COMPARE_TOOK_SPAN,
                Edit::AddSpan {
                    doc: doc.clone(),
                    span,
                },
            ))
        }
        (MatchKind::OnlyMine, Some(span), _) => {
            compound::remove_span_with_dependents(mine, doc, &span.id).map(|mut t| {
                t.description = crate::model::Message::COMPARE_REMOVED_MINE.into();
                t
            })
        }
        _ => None,
    }
}

/// Where the focus goes from position `at` (none: nothing in focus, or it was resolved) in a list
/// of `len` disagreements: the first, or the next / previous one, wrapping around.
fn next_position(at: Option<usize>, forward: bool, len: usize) -> usize {
    match (at, forward) {
        (None, _) => 0,
        (Some(i), true) => (i + 1) % len,
        (Some(i), false) => (i + len - 1) % len,
    }
}

/// The ID of the span a transaction adds, if it adds one.
fn added_span(transaction: &Transaction) -> Option<SpanId> {
    transaction.edits.iter().find_map(|edit| match edit {
        Edit::AddSpan { span, .. } => Some(span.id.clone()),
        _ => None,
    })
}

/// One disagreement as the Compare window lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisagreementRow {
    /// The document's path, on the first row of each document.
    pub heading: Option<String>,
    /// Kind, my span and theirs, one line each.
    pub text: String,
    pub key: ItemKey,
    pub current: bool,
}

impl Adjudication {
    /// The colleague's project at `path`, read from disk.
    pub fn open(path: PathBuf) -> Result<Self, crate::store::StoreError> {
        crate::store::load_project(&path).map(|theirs| Self::new(theirs, path))
    }

    /// The file name of the colleague's project, for titles and messages.
    pub fn theirs_name(&self) -> String {
        self.theirs_path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    }

    /// What comparing begins with: how many disagreements there are, and the first in focus.
    pub fn begin(&mut self, mine: &Project, revision: u64) -> Vec<Command> {
        let n = self.comparison(mine, revision).disagreement_count();
        let mut commands = vec![Command::ShowStatus(
            Status::say("compare-begins")
                .with("count", n)
                .with("name", self.theirs_name()),
        )];
        commands.extend(self.step(mine, revision, true));
        commands
    }

    /// Moves to the next (or previous) open disagreement and asks to show it.
    pub fn step(&mut self, mine: &Project, revision: u64, forward: bool) -> Vec<Command> {
        let items = self.items(mine, revision);
        if items.is_empty() {
            self.current = None;
            return vec![Command::ShowStatus(Status::say("compare-status-none-left"))];
        }
        let at = self
            .current
            .as_ref()
            .and_then(|c| items.iter().position(|(d, m)| key_of(d, m) == *c));
        let (doc, m) = &items[next_position(at, forward, items.len())];
        vec![self.focus(doc, m)]
    }

    /// Puts a disagreement in focus; the command shows it, with my span in the inspector.
    fn focus(&mut self, doc: &DocId, m: &SpanMatch) -> Command {
        self.current = Some(key_of(doc, m));
        Command::ShowPlace {
            doc: doc.clone(),
            at: m.range().0,
            span: m.mine.as_ref().map(|s| s.id.clone()),
        }
    }

    /// The disagreement in focus, as it stands now.
    fn current_item(&mut self, mine: &Project, revision: u64) -> Option<(DocId, SpanMatch)> {
        let current = self.current.clone()?;
        self.items(mine, revision)
            .into_iter()
            .find(|(d, m)| key_of(d, m) == current)
    }

    /// What a decision (`AcceptTheirs`, `RejectTheirs`, `EditMine`, `TakeAllOnlyTheirs`) comes
    /// to. Commands after an `Edit` depend on it: they are meant to run only if it is applied.
    pub fn decide(&mut self, mine: &Project, revision: u64, command: &Command) -> Vec<Command> {
        if *command == Command::TakeAllOnlyTheirs {
            return self.take_all_only_theirs(mine, revision);
        }
        let Some((doc, m)) = self.current_item(mine, revision) else {
            return self.step(mine, revision, true);
        };
        match command {
            Command::AcceptTheirs => accept_transaction(mine, &doc, &m)
                .map(|t| vec![Command::Edit(t), Command::NextDisagreement])
                .unwrap_or_default(),
            Command::RejectTheirs => {
                self.rejected.insert(key_of(&doc, &m));
                let mut commands = vec![Command::ShowStatus(Status::say("compare-kept"))];
                commands.extend(self.step(mine, revision, true));
                commands
            }
            Command::EditMine => {
                let mut commands = Vec::new();
                // Without a span of mine, theirs becomes mine first.
                let span = match &m.mine {
                    Some(span) => Some(span.id.clone()),
                    None => accept_transaction(mine, &doc, &m).and_then(|t| {
                        let id = added_span(&t);
                        commands.push(Command::Edit(t));
                        id
                    }),
                };
                commands.extend(span.map(|span| Command::JumpToSpan(doc, span)));
                commands.push(Command::ShowStatus(Status::say("compare-editing")));
                commands
            }
            _ => Vec::new(),
        }
    }

    /// Adds every span only the colleague marked (and I did not reject) in one transaction.
    fn take_all_only_theirs(&mut self, mine: &Project, revision: u64) -> Vec<Command> {
        let items = self.items(mine, revision);
        let mut transaction = Transaction::new(crate::model::Message::COMPARE_TOOK_ALL);
        for (doc, m) in items
            .iter()
            .filter(|(_, m)| m.kind == MatchKind::OnlyTheirs)
        {
            if let Some(t) = accept_transaction(mine, doc, m) {
                transaction.edits.extend(t.edits);
            }
        }
        if transaction.edits.is_empty() {
            return vec![Command::ShowStatus(Status::say("compare-nothing-to-take"))];
        }
        let n = transaction.edits.len();
        vec![
            Command::Edit(transaction),
            Command::ShowStatus(Status::say("compare-took").with("count", n)),
            Command::NextDisagreement,
        ]
    }

    /// Their spans of document `i`, as bands above the text.
    pub fn theirs_paints(&self, mine: &Project, i: usize, theme: &Theme) -> Vec<SpanPaint> {
        let Some(doc) = mine.documents.get(i) else {
            return Vec::new();
        };
        let current = self.current.as_ref().filter(|k| k.0 == doc.id);
        self.theirs
            .annotations
            .spans(&doc.id)
            .iter()
            .map(|span| {
                let rgb = mine
                    .schema
                    .label(&span.label)
                    .or_else(|| self.theirs.schema.label(&span.label))
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

    /// The Compare window's rows: the open disagreements, a heading where a document begins.
    pub fn rows(&mut self, mine: &Project, revision: u64) -> Vec<DisagreementRow> {
        let items = self.items(mine, revision);
        let mut last_doc = None;
        items
            .iter()
            .map(|(doc, m)| {
                let heading = (last_doc != Some(doc)).then(|| {
                    mine.document(doc)
                        .map_or_else(|| doc.0.clone(), |d| d.path.clone())
                });
                last_doc = Some(doc);
                let describe = |project: &Project, span: Option<&Span>| {
                    span.map_or_else(|| "—".to_owned(), |s| describe_span(project, s))
                };
                let key = key_of(doc, m);
                DisagreementRow {
                    heading,
                    text: windows::said(
                        "compare-row",
                        &[
                            ("kind", kind_text(m.kind).into()),
                            ("mine", describe(mine, m.mine.as_ref()).into()),
                            ("theirs", describe(&self.theirs, m.theirs.as_ref()).into()),
                        ],
                    ),
                    current: self.current.as_ref() == Some(&key),
                    key,
                }
            })
            .collect()
    }

    /// The Compare window and the agreement table, while shown.
    pub fn ui(&mut self, ctx: &egui::Context, ws: &Workspace) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.show {
            commands = self.compare_window_ui(ctx, ws);
        }
        if self.show_agreement {
            self.agreement_window_ui(ctx, ws);
        }
        commands
    }

    /// Disagreements per document with their buttons.
    fn compare_window_ui(&mut self, ctx: &egui::Context, ws: &Workspace) -> Vec<Command> {
        let revision = ws.history().revision();
        let rows = self.rows(ws.project(), revision);
        let counts = self.comparison(ws.project(), revision).counts();
        let counts = MatchKind::ALL
            .iter()
            .map(|k| {
                windows::said(
                    "team-matches",
                    &[
                        ("count", counts.get(k).copied().unwrap_or(0).into()),
                        ("kind", k.key().into()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(" · ");
        let mut open = true;
        let mut commands = Vec::new();
        let mut focus = None;
        windows::Window::new(tr_args(
            "compare-title",
            &[("name", self.theirs_name().into())],
        ))
        .open(&mut open)
        .default_width(460.0)
        .default_pos(ctx.content_rect().left_bottom() + egui::vec2(12.0, -320.0))
        .show(ctx, |ui| {
            windows::contents(ui, |ui| {
                ui.label(shown(&counts));
                crate::ui::widgets::bidi::paragraph(ui, &crate::i18n::tr("compare-hint"), true);
                decision_buttons_ui(ui, &mut commands);
                ui.separator();
                if rows.is_empty() {
                    ui.label(tr("compare-none-left"));
                }
                // Rows wider than the window scroll, showing their start first: their right
                // in a right-to-left interface.
                egui::ScrollArea::both()
                    .max_height(crate::ui::layout::fitting_height(ui.ctx(), 420.0))
                    .stick_to_right(windows::mirrored())
                    .show(ui, |ui| {
                        focus = rows_ui(ui, &rows);
                    });
            });
        });
        self.show = open;
        if let Some(key) = focus
            && let Some((doc, m)) = self
                .items(ws.project(), revision)
                .into_iter()
                .find(|(d, m)| key_of(d, m) == key)
        {
            commands.push(self.focus(&doc, &m));
        }
        commands
    }

    fn agreement_window_ui(&mut self, ctx: &egui::Context, ws: &Workspace) {
        let revision = ws.history().revision();
        if self
            .agreement
            .as_ref()
            .is_none_or(|(r, _, _)| *r != revision)
        {
            let pairs = document_pairs(ws.project(), &self.theirs, |doc| {
                ws.articles().get(ws.project().document_index(doc)?)?.text()
            });
            self.agreement = Some((revision, agreement(&pairs), pairs.len()));
        }
        let Some((_, figures, documents)) = &self.agreement else {
            return;
        };
        let mut open = true;
        windows::Window::new(tr("agreement-title"))
            .open(&mut open)
            .default_width(560.0)
            .show(ctx, |ui| {
                windows::contents(ui, |ui| agreement_ui(ui, figures, *documents));
            });
        self.show_agreement = open;
    }
}

/// The rows of the Compare window; the key of the one clicked. Each row's lines (the kind, then
/// my span and theirs, indented) start where the interface reads from, the right in a
/// right-to-left interface; the rows are as wide as the widest, so they line up on that side.
fn rows_ui(ui: &mut egui::Ui, rows: &[DisagreementRow]) -> Option<ItemKey> {
    let padding = ui.spacing().button_padding;
    let (mut clicked, mut current) = (None, None);
    windows::rows("compare-rows").show(ui, |table| {
        for row in rows {
            if let Some(heading) = &row.heading {
                table.row(|cells| cells.cell(|ui| ui.strong(shown(heading))));
            }
            let response = table
                .selectable_row(row.current, |cells| {
                    cells.cell(|ui| {
                        egui::Frame::new()
                            .inner_margin(padding)
                            .show(ui, |ui| lines_ui(ui, &row.text));
                    });
                })
                .response;
            response.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, row.current, &row.text)
            });
            if row.current {
                current = Some(response.rect);
            }
            if response.clicked() {
                clicked = Some(row.key.clone());
            }
        }
    });
    if let Some(rect) = current {
        // Into view up or down only: sideways the rows stay where they start.
        let visible = ui.clip_rect().x_range();
        ui.scroll_to_rect(egui::Rect::from_x_y_ranges(visible, rect.y_range()), None);
    }
    clicked
}

/// A row's lines, one under the other from where the interface reads, all but the first
/// indented. Each stays on one line: a wrapped line would split an Arabic quote shown in
/// visual order and read it backwards.
fn lines_ui(ui: &mut egui::Ui, text: &str) {
    let indent = ui.spacing().indent;
    windows::cell_lines(ui, |ui| {
        ui.spacing_mut().item_spacing.y = 0.0;
        for (i, line) in text.lines().enumerate() {
            let width = egui::WidgetText::from(shown(line.trim_start()))
                .into_galley(
                    ui,
                    Some(egui::TextWrapMode::Extend),
                    f32::INFINITY,
                    egui::TextStyle::Body,
                )
                .size()
                .x;
            let indent = if i == 0 { 0.0 } else { indent };
            crate::ui::widgets::mirror::cell(ui, width + indent, |ui| {
                ui.add_space(indent);
                ui.add(egui::Label::new(shown(line.trim_start())).selectable(false));
            });
        }
    });
}

/// F8 / Shift+F8 and Alt+A / Alt+R / Alt+E while comparing, unless a text field has the keys.
pub fn adjudication_keys(ctx: &egui::Context) -> Vec<Command> {
    use egui::{Key, Modifiers};
    if crate::ui::widgets::text_field::typing(ctx) {
        return Vec::new();
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
    commands
}

/// What kind of (dis)agreement a match is, in the interface's language.
fn kind_text(kind: MatchKind) -> String {
    crate::i18n::tr(match kind {
        MatchKind::Same => "compare-same",
        MatchKind::OtherLabel => "compare-other-label",
        MatchKind::Overlapping => "compare-overlapping",
        MatchKind::OnlyMine => "compare-only-mine",
        MatchKind::OnlyTheirs => "compare-only-theirs",
    })
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
    format!("{label} «{}» {}–{}{who}", span.quote, span.start, span.end)
}

/// Team ▸ Your name: the name stamped on every span and claim this analyst makes or changes.
pub fn annotator_window_ui(ctx: &egui::Context, current: &str, open: &mut bool) -> Vec<Command> {
    let mut typed = None;
    windows::Window::new(tr("annotator-title"))
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            windows::contents(ui, |ui| {
                crate::ui::widgets::bidi::paragraph(ui, &crate::i18n::tr("annotator-intro"), false);
                typed = crate::ui::widgets::field::committed_text_with_hint(
                    ui,
                    "annotator-name",
                    &crate::i18n::tr("annotator-field"),
                    current,
                    220.0,
                    &crate::i18n::tr("annotator-hint"),
                );
                ui.weak(tr("annotator-empty"));
            });
        });
    typed.map(Command::SetAnnotator).into_iter().collect()
}

/// Previous / Next, the three decisions, taking all theirs, and the agreement table.
fn decision_buttons_ui(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui.button(tr("compare-previous")).clicked() {
            commands.push(Command::PreviousDisagreement);
        }
        if ui.button(tr("compare-next")).clicked() {
            commands.push(Command::NextDisagreement);
        }
        ui.separator();
        if ui.button(tr("compare-accept")).clicked() {
            commands.push(Command::AcceptTheirs);
        }
        if ui.button(tr("compare-keep")).clicked() {
            commands.push(Command::RejectTheirs);
        }
        if ui.button(tr("compare-edit")).clicked() {
            commands.push(Command::EditMine);
        }
        ui.separator();
        if ui
            .button(tr("compare-take-all"))
            .on_hover_text(tr("compare-take-all-hint"))
            .clicked()
        {
            commands.push(Command::TakeAllOnlyTheirs);
        }
        if ui.button(tr("compare-agreement-button")).clicked() {
            commands.push(Command::ShowAgreement);
        }
    });
}

/// The agreement figures: overall, per label, per outlet.
fn agreement_ui(ui: &mut egui::Ui, figures: &Agreement, documents: usize) {
    crate::ui::widgets::bidi::paragraph(
        ui,
        &crate::i18n::tr_args("agreement-intro", &[("count", documents.into())]),
        false,
    );
    let row = |table: &mut windows::Rows<'_>, scope: &str, s: &crate::team::agreement::Scores| {
        let f = |v: Option<f64>| {
            v.map_or_else(
                || "—".to_owned(),
                |v| crate::i18n::number(format!("{v:.3}")),
            )
        };
        let mut cells = vec![scope.to_owned()];
        cells.extend([s.kappa, s.alpha_u, s.precision, s.recall, s.f1].map(f));
        cells.extend([s.matched, s.only_a, s.only_b].map(crate::i18n::number));
        table.row(|row| {
            row.cell(|ui| ui.label(shown(&cells[0])));
            for cell in &cells[1..] {
                row.cell(|ui| ui.monospace(shown(cell)));
            }
        });
    };
    egui::ScrollArea::vertical()
        .max_height(crate::ui::layout::fitting_height(ui.ctx(), 460.0))
        .show(ui, |ui| {
            windows::rows("agreement-table")
                .striped(true)
                .show(ui, |table| {
                    let headings = [
                        String::new(),
                        crate::i18n::tr("agreement-kappa"),
                        crate::i18n::tr("agreement-alpha"),
                        crate::i18n::tr("agreement-precision"),
                        crate::i18n::tr("agreement-recall"),
                        crate::i18n::tr("agreement-f1"),
                        crate::i18n::tr("agreement-same"),
                        crate::i18n::tr("agreement-only-mine"),
                        crate::i18n::tr("agreement-only-theirs"),
                    ];
                    table.row(|cells| {
                        for heading in &headings {
                            cells.cell(|ui| ui.strong(shown(heading)));
                        }
                    });
                    row(
                        table,
                        &crate::i18n::tr("agreement-overall"),
                        &figures.overall,
                    );
                    for (label, s) in &figures.per_label {
                        let scope =
                            windows::said("agreement-label", &[("name", label.as_str().into())]);
                        row(table, &scope, s);
                    }
                    for (outlet, s) in &figures.per_outlet {
                        let outlet = crate::team::agreement::outlet_name(outlet);
                        let scope = windows::said("agreement-outlet", &[("name", outlet.into())]);
                        row(table, &scope, s);
                    }
                });
        });
}

#[cfg(test)]
#[path = "adjudicate_tests.rs"]
mod tests;
