//! Which of the floating windows are open, in one place: a menu item, a shortcut and a window's
//! own close button all set the same flag, through a `Command` or the window's `open` handle.

/// The floating windows that open and close on their own (the comparison's and the export's
/// windows live with their own state).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "one flag per window, each independent of the others"
)]
pub struct Windows {
    /// What the last import skipped or warned about.
    pub report: bool,
    pub entities: bool,
    pub outlets: bool,
    pub matrix: bool,
    pub summary: bool,
    /// Spans moved or lost when articles changed on disk.
    pub review: bool,
    pub schema_editor: bool,
    /// Corpus search (Ctrl+F).
    pub search: bool,
    /// Where the analyst types the name their spans are stamped with.
    pub annotator_name: bool,
}
