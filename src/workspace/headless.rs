//! What a command that reads a project does first, as the window does on opening: the spans of
//! articles changed on disk are looked for again. The result lives in memory; only a command
//! whose job is to write the project writes it.

use super::{ReanchorEntry, Workspace};
use crate::i18n::tr_plain;
use crate::model::EditError;
use crate::store::StoreWarning;
use crate::text::reanchor::Reanchored;

/// What opening a project for a command noticed, kept as data and said in the interface's
/// language when shown (`cli.ftl`).
#[derive(Debug, Clone)]
pub enum OpenNote {
    /// A warning of the load: a save finished or undone after a crash, spans of a document not
    /// in the project, …
    Warning(StoreWarning),
    /// A span of a changed article that moved, changed or was not found (kept where it was).
    Span(ReanchorEntry),
}

impl std::fmt::Display for OpenNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let entry = match self {
            OpenNote::Warning(warning) => {
                let warning = warning.to_string();
                return f.write_str(&tr_plain(
                    "cli-load-warning",
                    &[("warning", warning.into())],
                ));
            }
            OpenNote::Span(entry) => entry,
        };
        let mut args = vec![
            ("doc", entry.doc.0.as_str().into()),
            ("quote", entry.quote.as_str().into()),
            ("from", entry.old.start.into()),
            ("to", entry.old.end.into()),
        ];
        let id = match &entry.outcome {
            Reanchored::Kept => "cli-span-kept",
            Reanchored::Moved { start, end } => {
                args.extend([("start", (*start).into()), ("end", (*end).into())]);
                "cli-span-moved"
            }
            Reanchored::Changed {
                start,
                end,
                new_quote,
                ..
            } => {
                args.extend([
                    ("start", (*start).into()),
                    ("end", (*end).into()),
                    ("new", new_quote.as_str().into()),
                ]);
                "cli-span-changed"
            }
            Reanchored::Orphaned => "cli-span-not-found",
        };
        f.write_str(&tr_plain(id, &args))
    }
}

impl Workspace {
    /// Re-anchors the spans of changed articles exactly as the window does on opening, as one
    /// edit; returns a note for each warning of the load (a save finished or undone after a
    /// crash, spans of a document not in the project, …) and for each span that moved, changed
    /// or was not found (kept where it was, never dropped).
    pub fn reanchor_on_open(&mut self) -> Result<Vec<OpenNote>, EditError> {
        let (moves, entries) = self.reanchor_changed();
        if !moves.is_empty() {
            self.apply(moves)?;
        }
        let warnings = self.load_warnings.iter().cloned().map(OpenNote::Warning);
        Ok(warnings
            .chain(
                entries
                    .into_iter()
                    .filter(|entry| !matches!(entry.outcome, Reanchored::Kept))
                    .map(OpenNote::Span),
            )
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, assert_arabic, in_language};
    use crate::model::{DocId, SpanId};

    #[test]
    fn what_opening_noticed_is_said_in_arabic() {
        let entry = |outcome| {
            OpenNote::Span(ReanchorEntry {
                doc: DocId("enab/0001.txt".into()),
                span: SpanId("s".into()),
                quote: "الوزير".into(),
                old: 4..10,
                outcome,
            })
        };
        let notes = [
            entry(Reanchored::Kept),
            entry(Reanchored::Moved { start: 9, end: 15 }),
            entry(Reanchored::Changed {
                start: 9,
                end: 16,
                new_quote: "الوزيرة".into(),
                score: 0.9,
            }),
            entry(Reanchored::Orphaned),
        ];
        let said = |language| -> Vec<String> {
            in_language(language, || notes.iter().map(ToString::to_string).collect())
        };
        let english = said(Language::English);
        assert_eq!(
            english[1],
            "enab/0001.txt: span «الوزير» at 4..10 moved to 9..15"
        );
        assert_eq!(
            english[3],
            "enab/0001.txt: span «الوزير» at 4..10 not found in the changed article; kept"
        );
        let arabic = said(Language::Arabic);
        assert_arabic(
            &arabic,
            &english,
            &["span", "moved", "found", "changed", "kept", " at "],
        );
    }
}
