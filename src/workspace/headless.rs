//! What a command that reads a project does first, as the window does on opening: the spans of
//! articles changed on disk are looked for again. The result lives in memory; only a command
//! whose job is to write the project writes it.

use super::Workspace;
use crate::model::EditError;
use crate::text::reanchor::Reanchored;

impl Workspace {
    /// Re-anchors the spans of changed articles exactly as the window does on opening, as one
    /// edit; returns a line for each warning of the load (a save finished or undone after a
    /// crash, spans of a document not in the project, …) and for each span that moved, changed
    /// or was not found (kept where it was, never dropped).
    pub fn reanchor_on_open(&mut self) -> Result<Vec<String>, EditError> {
        let (moves, entries) = self.reanchor_changed();
        if !moves.is_empty() {
            self.apply(moves)?;
        }
        let warnings = self
            .load_warnings
            .iter()
            .map(|warning| format!("warning: {warning}"));
        Ok(warnings
            .chain(entries.iter().filter_map(|entry| {
                let what = match &entry.outcome {
                    Reanchored::Kept => return None,
                    Reanchored::Moved { start, end } => format!("moved to {start}..{end}"),
                    Reanchored::Changed {
                        start,
                        end,
                        new_quote,
                        ..
                    } => format!("found changed at {start}..{end} as «{new_quote}»"),
                    Reanchored::Orphaned => "not found in the changed article; kept".to_owned(),
                };
                Some(format!(
                    "{}: span «{}» at {}..{} {what}",
                    entry.doc.0, entry.quote, entry.old.start, entry.old.end
                ))
            }))
            .collect())
    }
}
