//! Review spans (Views ▸ Review spans): what re-anchoring did with the spans of articles that
//! changed on disk — moved, changed, or not found (orphaned, kept where they were) — and every
//! span whose quote no longer matches its text. A click shows the span in its article.

use crate::model::{DocId, SpanId};
use crate::text::bidi::display_order as shown;
use crate::text::reanchor::Reanchored;
use crate::ui::app::App;
use crate::ui::theme::Theme;

pub fn review_window_ui(ctx: &egui::Context, app: &mut App, theme: &Theme) {
    if !app.windows.review {
        return;
    }
    let Some(ws) = &app.workspace else { return };
    let path_of = |doc: &DocId| {
        ws.project
            .document(doc)
            .map_or_else(|| doc.0.clone(), |d| d.path.clone())
    };
    let mut rows: Vec<(String, String, DocId, SpanId, bool)> = Vec::new();
    for e in &app.reanchored {
        let (what, attention) = match &e.outcome {
            Reanchored::Kept => continue,
            Reanchored::Moved { start, end } => (
                format!("moved from {}–{} to {start}–{end}", e.old.start, e.old.end),
                false,
            ),
            Reanchored::Changed {
                start,
                end,
                new_quote,
                score,
            } => (
                format!(
                    "changed, now «{new_quote}» at {start}–{end} (similarity {:.0}%)",
                    score * 100.0
                ),
                true,
            ),
            Reanchored::Orphaned => ("not found: kept at its old place".to_owned(), true),
        };
        rows.push((
            format!("{} · «{}»", path_of(&e.doc), e.quote),
            what,
            e.doc.clone(),
            e.span.clone(),
            attention,
        ));
    }
    let mismatched: Vec<(String, DocId, SpanId)> = ws
        .span_text_problems()
        .into_iter()
        .filter_map(|p| {
            let (doc, span) = p.span()?;
            Some((p.to_string(), doc.clone(), span.clone()))
        })
        .collect();
    let mut open = true;
    let mut jump = None;
    egui::Window::new("Review spans")
        .open(&mut open)
        .default_width(640.0)
        .show(ctx, |ui| {
            if rows.is_empty() && mismatched.is_empty() {
                ui.label("Every span is where its text is.");
            }
            egui::ScrollArea::vertical()
                .max_height(crate::ui::layout::fitting_height(ui.ctx(), 420.0))
                .show(ui, |ui| {
                    for (title, what, doc, span, attention) in &rows {
                        ui.horizontal(|ui| {
                            if ui.link(shown(title)).clicked() {
                                jump = Some((doc.clone(), span.clone()));
                            }
                            if *attention {
                                ui.colored_label(theme.warning, shown(what));
                            } else {
                                ui.weak(shown(what));
                            }
                        });
                    }
                    if !mismatched.is_empty() {
                        ui.separator();
                        ui.strong("Spans whose text no longer matches the article");
                        for (problem, doc, span) in &mismatched {
                            if ui.link(shown(problem)).clicked() {
                                jump = Some((doc.clone(), span.clone()));
                            }
                        }
                    }
                });
        });
    app.windows.review = open;
    if let Some((doc, span)) = jump {
        app.jump_to_span(&doc, &span);
    }
}
