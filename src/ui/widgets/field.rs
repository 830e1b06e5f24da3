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
    let id = ui.make_persistent_id(salt);
    let focused = ui.memory(|m| m.has_focus(id));
    let mut draft = ui
        .data(|d| d.get_temp::<String>(id))
        .filter(|_| focused)
        .unwrap_or_else(|| current.to_owned());
    // Sized exactly: inside a grid a field would otherwise be capped at its column's width from
    // the last frame and never grow.
    let response = ui.add(
        super::text_field::TextField::singleline(&mut draft)
            .id(id)
            .hint(hint)
            .name(name)
            .desired_width(width),
    );
    let changed = response.lost_focus() && draft != current;
    ui.data_mut(|d| d.insert_temp(id, draft.clone()));
    changed.then_some(draft)
}
