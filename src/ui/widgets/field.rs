//! A one-line text field that edits a value of the project: what is typed stays a draft until
//! the field loses focus, so a whole word is one undoable change, and while the field is not
//! focused it shows the project's value (after an undo, say).

/// Shows `current` in an editable field named `name` (its accessible label); returns the new
/// value when the analyst leaves the field having changed it.
pub fn committed_text(
    ui: &mut egui::Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    current: &str,
    width: f32,
) -> Option<String> {
    committed_text_with_hint(ui, salt, name, current, width, "")
}

/// [`committed_text`] with a hint shown while the field is empty.
pub fn committed_text_with_hint(
    ui: &mut egui::Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    current: &str,
    width: f32,
    hint: &str,
) -> Option<String> {
    edited_text(ui, salt, name, (current, current), width, hint)
}

/// A date of the project (`current`, ISO 8601) shown as the interface shows dates (in the chosen
/// calendar, see [`crate::i18n::shown_date`]) while the field is not focused, and edited as it
/// is stored once the analyst clicks into it; returns the new value as [`committed_text`] does.
pub fn committed_date(
    ui: &mut egui::Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    current: &str,
    width: f32,
) -> Option<String> {
    // The field lays its text out itself: Fluent's isolate marks around the day and year are
    // not needed there.
    let shown = crate::ui::windows::unisolated(&crate::i18n::shown_date(current));
    edited_text(ui, salt, name, (current, &shown), width, "")
}

/// The field of [`committed_text`]: `current` is the project's value, `resting` what the field
/// shows while it is not focused.
fn edited_text(
    ui: &mut egui::Ui,
    salt: impl std::hash::Hash + std::fmt::Debug,
    name: &str,
    (current, resting): (&str, &str),
    width: f32,
    hint: &str,
) -> Option<String> {
    let id = ui.make_persistent_id(salt);
    let focused = ui.memory(|m| m.has_focus(id));
    let mut draft = ui
        .data(|d| d.get_temp::<String>(id))
        .filter(|_| focused)
        .unwrap_or_else(|| resting.to_owned());
    // Sized exactly: inside a grid a field would otherwise be capped at its column's width from
    // the last frame and never grow.
    let response = ui.add(
        super::text_field::TextField::singleline(&mut draft)
            .id(id)
            .hint(hint)
            .name(name)
            .desired_width(width),
    );
    // The frame the field takes the keyboard, it starts from the value as stored.
    if !focused && response.has_focus() && draft == resting {
        current.clone_into(&mut draft);
    }
    let changed = response.lost_focus() && draft != current && draft != resting;
    ui.data_mut(|d| d.insert_temp(id, draft.clone()));
    changed.then_some(draft)
}
