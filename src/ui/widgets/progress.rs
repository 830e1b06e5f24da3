//! A background job's progress in a window: its phase, a bar counting steps, and Cancel (which
//! turns into "Cancelling…" until the work stops), in the interface's language.

use crate::job::Progress;
use crate::ui::widgets::bidi::{shown, tr, tr_args};

/// Draws the progress of `progress`, counting `unit`s ("files", "documents": the bar's text is
/// the message `progress-<unit>`); true when Cancel was pressed this frame.
pub fn progress_ui(ui: &mut egui::Ui, progress: &Progress, unit: &str) -> bool {
    let phase = progress.phase();
    if !phase.is_empty() {
        ui.label(shown(&phase));
    }
    let (done, total) = progress.counts();
    ui.add(
        egui::ProgressBar::new(progress.fraction())
            .desired_width(320.0)
            .text(tr_args(
                &format!("progress-{unit}"),
                &[("done", done.into()), ("total", total.into())],
            )),
    );
    if progress.is_cancelled() {
        ui.weak(tr("progress-cancelling"));
        false
    } else {
        ui.button(tr("progress-cancel")).clicked()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, Locale, set_locale};
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    /// Every text of the progress (its count and Cancel, then Cancelling…) comes from the
    /// catalogue: in the pseudo-locale each is marked.
    #[test]
    fn progress_speaks_the_interface_language() {
        let progress = std::sync::Arc::new(Progress::default());
        progress.start(7);
        progress.step();
        let shown = progress.clone();
        let mut harness = egui_kittest::Harness::new_ui(move |ui| {
            set_locale(Locale {
                language: Language::Pseudo,
                ..Locale::default()
            });
            let _ = progress_ui(ui, &shown, "documents");
        });
        harness.run();
        harness.get_by_label("[[Cancel]]");
        let texts = |harness: &egui_kittest::Harness<'_>| -> Vec<String> {
            harness
                .root()
                .children_recursive()
                .flat_map(|n| {
                    let node = n.accesskit_node();
                    node.label()
                        .into_iter()
                        .chain(node.value())
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        let before = texts(&harness);
        assert!(
            before
                .iter()
                .any(|t| t.starts_with("[[") && t.contains("1 of 7 documents")),
            "{before:?}"
        );
        progress.cancel();
        harness.run();
        let after = texts(&harness);
        assert!(after.iter().any(|t| t == "[[Cancelling…]]"), "{after:?}");
        for text in before.iter().chain(&after) {
            assert!(text.starts_with("[[") && text.ends_with("]]"), "{text:?}");
        }
    }
}
