//! A background job's progress in a window: its phase, a bar counting steps, and Cancel (which
//! turns into "Cancelling…" until the work stops).

use crate::job::Progress;
use crate::ui::widgets::bidi::shown;

/// Draws the progress of `progress`, counting `unit`s ("files", "documents"); true when
/// Cancel was pressed this frame.
pub fn progress_ui(ui: &mut egui::Ui, progress: &Progress, unit: &str) -> bool {
    let phase = progress.phase();
    if !phase.is_empty() {
        ui.label(shown(&phase));
    }
    let (done, total) = progress.counts();
    ui.add(
        egui::ProgressBar::new(progress.fraction())
            .desired_width(320.0)
            .text(format!("{done} of {total} {unit}")),
    );
    if progress.is_cancelled() {
        ui.weak("Cancelling…");
        false
    } else {
        ui.button("Cancel").clicked()
    }
}
