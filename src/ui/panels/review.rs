//! Review spans (Views ▸ Review spans): what re-anchoring did with the spans of articles that
//! changed on disk — moved, changed, or not found (orphaned, kept where they were) — and every
//! span whose quote no longer matches its text. A click shows the span in its article. Above
//! them, what loading the project found worth saying (a save a crash interrupted, finished or
//! undone; spans of a document the project lacks; files under another name).

use crate::model::{DocId, Project, SpanId};
use crate::text::reanchor::Reanchored;
use crate::ui::commands::Command;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{shown, tr};
use crate::ui::windows;
use crate::workspace::{ReanchorEntry, Workspace};

/// A span the analyst may want to look at, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRow {
    /// Its article and quote, or the problem with its text.
    pub title: String,
    /// What happened to it; empty when the title says it.
    pub what: String,
    pub doc: DocId,
    pub span: SpanId,
    /// The analyst should check it (changed or lost), not only note it (moved).
    pub attention: bool,
}

/// The spans re-anchoring moved, changed or lost, in the order it met them; spans still at
/// their place are left out.
pub fn reanchored_rows(project: &Project, entries: &[ReanchorEntry]) -> Vec<ReviewRow> {
    let path_of = |doc: &DocId| {
        project
            .document(doc)
            .map_or_else(|| doc.0.clone(), |d| d.path.clone())
    };
    entries
        .iter()
        .filter_map(|e| {
            let (what, attention) = match &e.outcome {
                Reanchored::Kept => return None,
                Reanchored::Moved { start, end } => (
                    windows::said(
                        "review-moved",
                        &[
                            ("from", e.old.start.into()),
                            ("to", e.old.end.into()),
                            ("start", (*start).into()),
                            ("end", (*end).into()),
                        ],
                    ),
                    false,
                ),
                Reanchored::Changed {
                    start,
                    end,
                    new_quote,
                    score,
                } => (
                    windows::said(
                        "review-changed",
                        &[
                            ("quote", new_quote.as_str().into()),
                            ("start", (*start).into()),
                            ("end", (*end).into()),
                            (
                                "score",
                                crate::i18n::number(format!("{:.0}", score * 100.0)).into(),
                            ),
                        ],
                    ),
                    true,
                ),
                Reanchored::Orphaned => (crate::i18n::tr("review-orphaned"), true),
            };
            Some(ReviewRow {
                title: format!("{} · «{}»", path_of(&e.doc), e.quote),
                what,
                doc: e.doc.clone(),
                span: e.span.clone(),
                attention,
            })
        })
        .collect()
}

/// Every span whose quote no longer matches the article's text.
fn mismatched_rows(ws: &Workspace) -> Vec<ReviewRow> {
    ws.span_text_problems()
        .into_iter()
        .filter_map(|p| {
            let (doc, span) = p.span()?;
            Some(ReviewRow {
                title: p.to_string(),
                what: String::new(),
                doc: doc.clone(),
                span: span.clone(),
                attention: true,
            })
        })
        .collect()
}

/// What loading the project warned of, one line each, first letter capitalised.
pub fn load_warning_lines(ws: &Workspace) -> Vec<String> {
    ws.load_warnings()
        .iter()
        .map(|warning| {
            let text = warning.to_string();
            let mut chars = text.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

/// The Review spans window. It keeps no state of its own: what re-anchoring did is the
/// application's (passed in, read-only), and a click asks for [`Command::JumpToSpan`].
#[derive(Debug, Default)]
pub struct ReviewView;

impl ReviewView {
    /// The window, while `open`.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        ws: &Workspace,
        reanchored: &[ReanchorEntry],
        theme: &Theme,
        open: &mut bool,
    ) -> Vec<Command> {
        let moved = reanchored_rows(ws.project(), reanchored);
        let mismatched = mismatched_rows(ws);
        let warnings = load_warning_lines(ws);
        let mut commands = Vec::new();
        windows::Window::new(tr("review-title"))
            .open(open)
            .default_width(640.0)
            .show(ctx, |ui| {
                windows::contents(ui, |ui| {
                    if !warnings.is_empty() {
                        ui.strong(tr("review-when-opened"));
                        for line in &warnings {
                            ui.colored_label(theme.warning, shown(line));
                        }
                        ui.separator();
                    }
                    if moved.is_empty() && mismatched.is_empty() {
                        ui.label(tr("review-all-in-place"));
                    }
                    egui::ScrollArea::vertical()
                        .max_height(crate::ui::layout::fitting_height(ui.ctx(), 420.0))
                        .show(ui, |ui| {
                            rows_ui(ui, theme, &moved, &mut commands);
                            if !mismatched.is_empty() {
                                ui.separator();
                                ui.strong(tr("review-mismatched"));
                                rows_ui(ui, theme, &mismatched, &mut commands);
                            }
                        });
                });
            });
        commands
    }
}

fn rows_ui(ui: &mut egui::Ui, theme: &Theme, rows: &[ReviewRow], commands: &mut Vec<Command>) {
    for row in rows {
        ui.horizontal(|ui| {
            if ui.link(shown(&row.title)).clicked() {
                commands.push(Command::JumpToSpan(row.doc.clone(), row.span.clone()));
            }
            match (row.what.is_empty(), row.attention) {
                (true, _) => {}
                (false, true) => {
                    ui.colored_label(theme.warning, shown(&row.what));
                }
                (false, false) => {
                    ui.weak(shown(&row.what));
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::compound::tests::{doc, project, span_id};

    fn entry(d: &str, span: &str, outcome: Reanchored) -> ReanchorEntry {
        ReanchorEntry {
            doc: doc(d),
            span: span_id(span),
            quote: "قال الناطق".to_owned(),
            old: 4..14,
            outcome,
        }
    }

    #[test]
    fn spans_kept_in_place_are_left_out_and_lost_ones_need_attention() {
        let entries = [
            entry("a", "a1", Reanchored::Kept),
            entry("a", "a2", Reanchored::Moved { start: 9, end: 19 }),
            entry(
                "b",
                "b1",
                Reanchored::Changed {
                    start: 2,
                    end: 11,
                    new_quote: "قال المتحدث".to_owned(),
                    score: 0.75,
                },
            ),
            entry("gone", "g1", Reanchored::Orphaned),
        ];
        let rows = reanchored_rows(&project(), &entries);
        let spans: Vec<&str> = rows.iter().map(|r| r.span.0.as_str()).collect();
        assert_eq!(spans, ["a2", "b1", "g1"]);
        assert_eq!(rows[0].title, "a · «قال الناطق»");
        assert_eq!(rows[0].what, "moved from 4–14 to 9–19");
        assert!(!rows[0].attention, "a moved span is only noted");
        assert_eq!(
            rows[1].what,
            "changed, now «قال المتحدث» at 2–11 (similarity 75%)"
        );
        assert!(rows[1].attention);
        // A document the project no longer has is named by its ID.
        assert_eq!(rows[2].title, "gone · «قال الناطق»");
        assert_eq!(rows[2].what, "not found: kept at its old place");
        assert!(rows[2].attention);
    }
}
