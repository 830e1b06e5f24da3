//! Annotating: turning a selection into a labelled span, selecting, relabelling and deleting
//! spans, undo and redo, the autosave journal. Every change goes through `Workspace::apply` as a
//! transaction, so undo, the dirty marker and the journal all follow from one mechanism.

use crate::model::{DocId, Edit, EditError, LabelId, Message, SpanShapeProblem, Transaction};
use crate::text::graphemes;

use super::app::App;
use super::status::Status;
use super::theme::Theme;
use super::widgets::article_view::{
    SpanPaint, SpanStyle, TextSelection, containers, nesting_depths,
};

/// How often unsaved changes are written to the journal, in seconds.
pub const AUTOSAVE_SECONDS: f64 = 2.0;

impl App {
    pub(crate) fn current_doc(&self) -> Option<DocId> {
        let i = self.selected?;
        Some(
            self.workspace
                .as_ref()?
                .project()
                .documents
                .get(i)?
                .id
                .clone(),
        )
    }

    /// Spans of document `i` as the article view paints them.
    pub(crate) fn span_paints(&self, i: usize, theme: &Theme, dark_mode: bool) -> Vec<SpanPaint> {
        let Some(ws) = &self.workspace else {
            return Vec::new();
        };
        let Some(doc) = ws.project().documents.get(i) else {
            return Vec::new();
        };
        let spans = ws.project().annotations.spans(&doc.id);
        let ranges: Vec<_> = spans.iter().map(|s| s.start..s.end).collect();
        let depths = nesting_depths(&ranges);
        let frames = containers(&ranges);
        spans
            .iter()
            .zip(depths.into_iter().zip(frames))
            .map(|(span, (depth, frame))| {
                let rgb = ws
                    .project()
                    .schema
                    .label(&span.label)
                    .map_or(crate::model::Rgb(128, 128, 128), |l| l.colour);
                SpanPaint {
                    range: span.start..span.end,
                    fill: theme.span_fill(rgb, dark_mode),
                    stroke: theme.span_stroke(rgb),
                    depth,
                    style: if frame {
                        SpanStyle::Frame
                    } else {
                        SpanStyle::Fill
                    },
                    selected: self.selected_span.as_ref() == Some(&span.id),
                }
            })
            .collect()
    }

    /// A click on char `index`: select the innermost span there, or none.
    pub(crate) fn select_span_at(&mut self, _doc_index: usize, index: usize) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        self.selected_span = ws
            .project()
            .annotations
            .containing(&doc, index)
            .min_by_key(|s| s.end - s.start)
            .map(|s| s.id.clone());
    }

    pub(crate) fn apply_transaction(&mut self, transaction: Transaction) -> bool {
        let Some(ws) = &mut self.workspace else {
            return false;
        };
        let description = transaction.description.clone();
        match ws.apply(transaction) {
            Ok(()) => {
                self.status = description.into();
                true
            }
            Err(e) => {
                self.status = Status::say("status-not-done").shown("reason", e);
                false
            }
        }
    }

    /// Label the current selection (optionally without its proclitic) with `label`.
    pub(crate) fn apply_label(&mut self, label: &LabelId, strip_proclitic: bool) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(sel) = self.article.selection.filter(|s| !s.is_empty()) else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let mut range = sel.range();
        if strip_proclitic
            && let Some(text) = ws.text_of(&doc)
            && let Some((start, end)) = graphemes::strip_proclitic(text, range.start, range.end)
        {
            range = start..end;
        }
        let span = match ws.new_span(&doc, range.start, range.end, label.clone()) {
            Ok(span) => span,
            Err(EditError::BadSpan {
                problem: SpanShapeProblem::OnlyWhitespace,
                ..
            }) => {
                // The gap is let go, or the status line would go back to showing it as selected.
                self.article.selection = None;
                self.status = Status::say("status-not-labelled-blank");
                return;
            }
            Err(e) => {
                self.status = Status::say("status-not-labelled").shown("reason", e);
                return;
            }
        };
        let name = ws
            .project()
            .schema
            .label(label)
            .map_or(label.0.clone(), |l| l.name.clone());
        let id = span.id.clone();
        let description = Message::STATUS_LABELLED
            .with("quote", &span.quote)
            .with("label", name);
        let mut transaction = Transaction::single(
            description,
            Edit::AddSpan {
                doc: doc.clone(),
                span,
            },
        );
        // Labelling a claim's content makes its frame at once, attributed to the outlet until
        // the analyst names the claimant.
        if label.0 == super::claims::CLAIM_LABEL {
            transaction.push(Edit::AddClaim {
                doc,
                claim: crate::model::Claim::new(
                    crate::model::ClaimId::fresh(),
                    id.clone(),
                    crate::model::Claimant::Outlet,
                ),
            });
        }
        if self.apply_transaction(transaction) {
            self.article.selection = None;
            self.article.clicked = None;
            self.selected_span = Some(id);
            self.last_label = Some(label.clone());
        }
    }

    pub(crate) fn relabel_selected_span(&mut self, label: &LabelId) {
        let (Some(doc), Some(id)) = (self.current_doc(), self.selected_span.clone()) else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        if let Some(transaction) = super::panels::inspector::relabel(ws.project(), &doc, &id, label)
        {
            self.apply_transaction(transaction);
        }
    }

    /// Deletes the selected span; claims built on it go with it (or lose their cue or their
    /// claimant mention), all in one undoable step.
    pub(crate) fn delete_selected_span(&mut self) {
        let (Some(doc), Some(id)) = (self.current_doc(), self.selected_span.clone()) else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let Some(transaction) = crate::model::remove_span_with_dependents(ws.project(), &doc, &id)
        else {
            return;
        };
        if self.apply_transaction(transaction) {
            self.selected_span = None;
        }
    }

    /// Tab / Shift+Tab: the next or previous span of the document in reading order.
    pub(crate) fn step_span(&mut self, forward: bool) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let spans = ws.project().annotations.spans(&doc);
        if spans.is_empty() {
            return;
        }
        let current = self
            .selected_span
            .as_ref()
            .and_then(|id| spans.iter().position(|s| &s.id == id));
        let next = match (current, forward) {
            (None, true) => 0,
            (None, false) => spans.len() - 1,
            (Some(i), true) => (i + 1) % spans.len(),
            (Some(i), false) => (i + spans.len() - 1) % spans.len(),
        };
        self.selected_span = Some(spans[next].id.clone());
        self.article.scroll_to = Some(spans[next].start);
        self.article.selection = None;
    }

    pub(crate) fn undo(&mut self) {
        self.step_history(true);
    }

    pub(crate) fn redo(&mut self) {
        self.step_history(false);
    }

    fn step_history(&mut self, back: bool) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let (result, done, none, failed) = if back {
            (
                ws.undo(),
                "status-undone",
                "status-nothing-to-undo",
                "status-undo-failed",
            )
        } else {
            (
                ws.redo(),
                "status-redone",
                "status-nothing-to-redo",
                "status-redo-failed",
            )
        };
        self.status = match result {
            Ok(Some(d)) => Status::say(done).with("what", d),
            Ok(None) => Status::say(none),
            Err(e) => Status::say(failed).shown("reason", e),
        };
        self.forget_missing_span();
    }

    fn forget_missing_span(&mut self) {
        let (Some(doc), Some(id)) = (self.current_doc(), self.selected_span.clone()) else {
            return;
        };
        if self
            .workspace
            .as_ref()
            .is_none_or(|ws| ws.project().annotations.get(&doc, &id).is_none())
        {
            self.selected_span = None;
        }
    }

    pub(crate) fn set_document_direction(&mut self, direction: crate::model::BaseDirection) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let Some(edit) =
            Edit::set_document_meta(ws.project(), &doc, |m| m.base_direction = direction)
        else {
            return;
        };
        self.apply_transaction(Transaction::single(Message::STATUS_DIRECTION_CHANGED, edit));
    }

    /// Label keys: with a selection, a label's key labels it (Shift+key without the proclitic);
    /// with a span selected, it relabels the span.
    pub(crate) fn label_keys(&mut self, ctx: &egui::Context) {
        if crate::ui::widgets::text_field::typing(ctx) {
            return;
        }
        let Some(ws) = &self.workspace else { return };
        let keyed: Vec<(egui::Key, LabelId)> = ws
            .project()
            .schema
            .labels
            .iter()
            .filter_map(|l| Some((egui::Key::from_name(&l.key?.to_string())?, l.id.clone())))
            .collect();
        for (key, label) in keyed {
            // Shifted first: egui's plain match ignores Shift.
            let (shifted, plain) = ctx.input_mut(|i| {
                (
                    i.consume_key(egui::Modifiers::SHIFT, key),
                    i.consume_key(egui::Modifiers::NONE, key),
                )
            });
            if !(plain || shifted) {
                continue;
            }
            if self.article.selection.is_some_and(|s| !s.is_empty()) {
                self.apply_label(&label, shifted);
            } else if self.selected_span.is_some() {
                self.relabel_selected_span(&label);
            }
        }
    }

    /// Every few seconds, write unsaved changes to the journal.
    pub(crate) fn autosave_tick(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let elapsed = now - self.last_autosave;
        if elapsed < AUTOSAVE_SECONDS {
            // egui paints only on input: ask for a frame when the next check is due, so an edit
            // reaches the journal even if the analyst then does nothing.
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                AUTOSAVE_SECONDS - elapsed,
            ));
            return;
        }
        self.last_autosave = now;
        self.check_disk();
        // While the analyst has not yet decided about an older journal, leave it alone.
        if self.prompts.recovery.is_some() {
            return;
        }
        let Some(ws) = &mut self.workspace else {
            return;
        };
        // The workspace journals only work that would be lost (not a folder as imported), and
        // keeps the journal of a recovered project at the state the analyst is in.
        if let Err(e) = ws.autosave_in_background() {
            self.status = Status::say("status-autosave-failed").shown("reason", e);
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(AUTOSAVE_SECONDS));
    }
}

/// Where a keyboard selection would start: the selection's focus, or the clicked word.
fn sel_start(app: &App) -> usize {
    app.article.selection.map_or_else(
        || app.article.clicked.as_ref().map_or(0, |c| c.word.start),
        |s| s.focus,
    )
}

/// One Shift+arrow press: which way on screen, by word or by grapheme, and (for a selected span)
/// whether it moves the start edge rather than the end edge.
#[derive(Debug, Clone, Copy)]
struct ArrowStep {
    left: bool,
    word: bool,
    start_edge: bool,
}

impl App {
    /// Shift+←/→ extend the selection by a grapheme, Ctrl+Shift+←/→ by a word, following the
    /// direction of the text on screen (← moves forward in Arabic). With a span selected and no
    /// selection, the same keys move the span's end edge, and with Alt its start edge.
    pub(crate) fn selection_keys(&mut self, ctx: &egui::Context) {
        use egui::{Key, Modifiers};
        if crate::ui::widgets::text_field::typing(ctx) {
            return;
        }
        let mut steps = Vec::new();
        ctx.input_mut(|i| {
            for (key, left) in [(Key::ArrowLeft, true), (Key::ArrowRight, false)] {
                // Most specific first: egui ignores extra Shift and Alt when matching.
                for (modifiers, word, start_edge) in [
                    (
                        Modifiers::COMMAND | Modifiers::ALT | Modifiers::SHIFT,
                        true,
                        true,
                    ),
                    (Modifiers::ALT | Modifiers::SHIFT, false, true),
                    (Modifiers::COMMAND | Modifiers::SHIFT, true, false),
                    (Modifiers::SHIFT, false, false),
                ] {
                    if i.consume_key(modifiers, key) {
                        steps.push(ArrowStep {
                            left,
                            word,
                            start_edge,
                        });
                    }
                }
            }
        });
        for step in steps {
            if self.article.selection.is_none() && self.selected_span.is_some() {
                self.move_span_edge(step);
            } else {
                self.extend_selection(step);
            }
        }
    }

    /// Where a step from caret `from` lands in `text`.
    fn step_caret(&self, text: &str, from: usize, step: ArrowStep) -> usize {
        let rtl = self.article.layout().is_some_and(|l| l.rtl_at(from));
        let forward = step.left == rtl;
        match (forward, step.word) {
            (true, true) => graphemes::next_word_end(text, from),
            (true, false) => graphemes::next_boundary(text, from),
            (false, true) => graphemes::prev_word_start(text, from),
            (false, false) => graphemes::prev_boundary(text, from),
        }
    }

    fn extend_selection(&mut self, step: ArrowStep) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(text) = self.workspace.as_ref().and_then(|ws| ws.text_of(&doc)) else {
            return;
        };
        // From a clicked word, the selection starts at the edge of the word it grows away from.
        let rtl = self
            .article
            .layout()
            .is_some_and(|l| l.rtl_at(sel_start(self)));
        let Some(mut sel) = self.article.selection.or_else(|| {
            let word = &self.article.clicked.as_ref()?.word;
            let at = if step.left == rtl {
                word.start
            } else {
                word.end
            };
            Some(TextSelection {
                anchor: at,
                focus: at,
            })
        }) else {
            return;
        };
        sel.focus = self.step_caret(text, sel.focus, step);
        self.article.selection = Some(sel);
        self.article.scroll_to = Some(sel.focus.saturating_sub(1));
        self.selected_span = None;
    }

    fn move_span_edge(&mut self, step: ArrowStep) {
        let (Some(doc), Some(id)) = (self.current_doc(), self.selected_span.clone()) else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let (Some(text), Some(span)) = (ws.text_of(&doc), ws.project().annotations.get(&doc, &id))
        else {
            return;
        };
        let (mut start, mut end) = (span.start, span.end);
        let edge = if step.start_edge { start } else { end };
        let rtl = self.article.layout().is_some_and(|l| l.rtl_at(edge));
        let forward = step.left == rtl;
        // By word, an edge stops next to a word, never after the space or comma beyond it: the
        // start goes to word starts, the end to word ends.
        let moved = match (step.word, step.start_edge, forward) {
            (true, true, true) => graphemes::next_word_start(text, start),
            (true, true, false) => graphemes::prev_word_start(text, start),
            (true, false, true) => graphemes::next_word_end(text, end),
            (true, false, false) => graphemes::prev_word_end(text, end),
            (false, ..) => self.step_caret(text, edge, step),
        };
        if step.start_edge {
            start = moved;
        } else {
            end = moved;
        }
        if start >= end || (start, end) == (span.start, span.end) {
            self.status = Status::say("status-span-not-empty");
            return;
        }
        self.resize_selected_span(start, end);
    }

    /// Moves the selected span's edges to `[start, end)` (widened to whole graphemes).
    fn resize_selected_span(&mut self, start: usize, end: usize) {
        let (Some(doc), Some(id)) = (self.current_doc(), self.selected_span.clone()) else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let Some(text) = ws.text_of(&doc) else { return };
        let Some(transaction) =
            super::panels::inspector::resize(ws.project(), text, &doc, &id, (start, end))
        else {
            return;
        };
        if self.apply_transaction(transaction) {
            self.article.scroll_to = self
                .workspace
                .as_ref()
                .and_then(|ws| ws.project().annotations.get(&doc, &id))
                .map(|s| s.start);
        }
    }

    /// Sticky labelling: a finished selection gets the last label used straight away.
    pub(crate) fn selection_finished(&mut self) {
        if self.sticky_label
            && let Some(label) = self.last_label.clone()
        {
            self.apply_label(&label, false);
        }
    }
}
