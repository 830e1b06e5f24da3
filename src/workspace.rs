//! An open project: the model, where it lives on disk, the text of each article, its undo
//! history and its autosave journal. This is what both the GUI and the headless commands work on.
//!
//! Every change to the project's content goes through [`Workspace::apply`] as a
//! [`Transaction`]; that one path gives undo/redo ([`Workspace::undo`]), the dirty flag
//! ([`Workspace::is_dirty`]) and the journal ([`Workspace::autosave`]). The workspace also checks
//! what the model cannot: that a span's offsets fit the article text, never split a grapheme
//! cluster, and that its quote is the text there.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::time::SystemTime;

use crate::export::{self, ExportError, ExportFormat, ExportOptions, ExportReport};
use crate::import::{
    self, AnnotationImportError, AnnotationImportReport, ImportFormat, ImportOptions, Skipped,
};
use crate::model::{
    DocId, Edit, EditError, History, LabelId, Project, Span, SpanId, SpanShapeProblem, Stamp,
    Transaction,
};
use crate::store::{self, Journal, JournalEntry, JournalWrite, StoreError, StoreWarning};
use crate::text::{graphemes, reanchor};

mod checks;
mod headless;
mod locking;
#[cfg(test)]
mod problems_tests;
mod targets;

pub use headless::OpenNote;
pub use locking::{LOCK_WAIT, lock_wait};
pub use targets::{TargetProblem, new_project_problem};

/// A journal write running in the background and the revision it holds. A copy of the
/// workspace starts without one: the write belongs to the original.
#[derive(Debug, Default)]
struct InFlightJournal(Option<(u64, JournalWrite)>);

impl Clone for InFlightJournal {
    fn clone(&self) -> Self {
        Self(None)
    }
}

/// The text of one article as it could be read now.
#[derive(Debug, Clone)]
pub enum ArticleState {
    /// Read and decoded; `changed` when the file differs from the one annotated; `overrides`
    /// when the text holds bidi overrides or isolates (found once, when it was read).
    Ready {
        text: String,
        changed: bool,
        overrides: bool,
    },
    /// Could not be read: the reason, for the panel and the header.
    Failed(ArticleFailure),
}

impl ArticleState {
    /// An article read as `text`, looked through once for bidi overrides and isolates.
    pub fn ready(text: String, changed: bool) -> Self {
        let overrides = crate::text::spoofing::has_overrides_or_isolates(&text);
        ArticleState::Ready {
            text,
            changed,
            overrides,
        }
    }

    pub fn text(&self) -> Option<&str> {
        match self {
            ArticleState::Ready { text, .. } => Some(text),
            ArticleState::Failed(_) => None,
        }
    }
}

/// Why an article could not be read; put into words in the interface's language when shown, so
/// it follows a switch of language.
#[derive(Debug, Clone)]
pub enum ArticleFailure {
    /// Opening was cancelled before the article was read.
    Cancelled,
    /// Reading or decoding its file failed.
    Unreadable(std::sync::Arc<import::ArticleError>),
}

impl std::fmt::Display for ArticleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ArticleFailure::Cancelled => {
                f.write_str(&crate::i18n::tr_plain("problem-not-read-cancelled", &[]))
            }
            ArticleFailure::Unreadable(error) => error.fmt(f),
        }
    }
}

/// One problem worth a warning mark next to a document ([`Workspace::problems`]), put into
/// words in the interface's language when shown.
#[derive(Debug, Clone, Copy)]
pub enum DocProblem<'a> {
    /// What the import noticed, kept with the document.
    Import(&'a crate::model::ImportWarning),
    /// The article file changed since it was annotated.
    Changed,
    /// The article could not be read.
    Unread(&'a ArticleFailure),
    /// The text holds bidi overrides or isolates.
    Overrides,
}

impl std::fmt::Display for DocProblem<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = |id: &str| crate::i18n::tr_plain(id, &[]);
        match self {
            DocProblem::Import(warning) => warning.fmt(f),
            DocProblem::Changed => f.write_str(&said("problem-article-changed")),
            DocProblem::Unread(failure) => failure.fmt(f),
            DocProblem::Overrides => f.write_str(&said("problem-bidi-overrides")),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Workspace {
    /// Read through [`Workspace::project`]; changed only by [`Workspace::apply`] (and undo, redo,
    /// loading and recovery), so history, journal and the dirty flag see every change.
    project: Project,
    /// Where the project was loaded from or last saved; `None` for a folder not yet saved.
    project_path: Option<PathBuf>,
    /// The corpus folder, resolved.
    corpus_root: PathBuf,
    /// One entry per document, in project order.
    articles: Vec<ArticleState>,
    /// Files the last folder import passed over, with reasons.
    skipped: Vec<Skipped>,
    /// The report of the last import, if this workspace came from one, its documents' texts
    /// taken out (they are in `articles`); put into words when shown.
    import_report: Option<std::sync::Arc<import::ImportReport>>,
    /// The same report as one JSON object for scripts (`hashiya new --json`).
    import_json: Option<serde_json::Value>,
    /// Bumped whenever article texts are replaced, so views drop cached layouts.
    generation: u64,
    /// Undo/redo of the project's content and whether it is saved.
    history: History,
    /// What opening the project found worth telling: spans of documents not in the project
    /// (kept), labels the schema lacks, files under another name.
    load_warnings: Vec<StoreWarning>,
    /// Folder for the journals of projects never saved (the application's data folder). Without
    /// it, only saved projects get a journal.
    journal_dir: Option<PathBuf>,
    /// A project hashiya ships (the bundled sample): its own files are left as they are, so
    /// its journal goes under [`Workspace::journal_dir`] as a never-saved project's does.
    shipped: bool,
    /// The revision last written to the journal, if the journal is current.
    journaled_revision: Option<u64>,
    /// A journal write running in the background, with the revision it holds.
    journal_write: InFlightJournal,
    /// What the last save wrote, so the next one serialises only what changed since.
    saved_files: store::SavedFiles,
    /// Who is annotating (the preferences' name, or `--annotator`): spans and claims added or
    /// changed through [`Workspace::apply`] are stamped with it and the time. `None` leaves
    /// stamps as the edits carry them.
    annotator: Option<String>,
    /// The project's lock, while this workspace is the one that may change it (see
    /// [`store::lock`]); shared by copies of the workspace.
    lock: Option<std::sync::Arc<store::ProjectLock>>,
    /// Opened while another window or command held the lock: saving over it is refused.
    read_only: Option<store::LockedBy>,
}

impl Workspace {
    /// Import a folder of articles as a new, unsaved project with the default schema.
    pub fn import_folder(
        root: &Path,
        options: &ImportOptions,
    ) -> Result<Self, import::ImportError> {
        Self::import_folder_with(root, options, &import::LoadProgress::default())
    }

    /// [`Workspace::import_folder`], counting files read in `progress` (see
    /// [`import::folder::import_folder_with`] for cancelling).
    pub fn import_folder_with(
        root: &Path,
        options: &ImportOptions,
        progress: &import::LoadProgress,
    ) -> Result<Self, import::ImportError> {
        let mut report = import::folder::import_folder_with(root, options, progress)?;
        let import_json = Some(report.to_json());
        let name = root
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "corpus".to_owned());
        let mut project = Project {
            name,
            corpus_dir: root.to_string_lossy().into_owned(),
            documents: Vec::with_capacity(report.documents.len()),
            schema: store::default_schema(),
            outlets: report
                .outlets
                .iter()
                .map(|outlet| (outlet.id.clone(), outlet.clone()))
                .collect(),
            ..Project::default()
        };
        let mut articles = Vec::with_capacity(report.documents.len());
        for imported in &mut report.documents {
            project.documents.push(imported.document.clone());
            let text = std::mem::take(&mut imported.text);
            articles.push(ArticleState::ready(text, false));
        }
        Ok(Workspace {
            project,
            project_path: None,
            corpus_root: root.to_path_buf(),
            articles,
            skipped: report.skipped.clone(),
            import_report: Some(std::sync::Arc::new(report)),
            import_json,
            generation: 0,
            history: History::unsaved(),
            load_warnings: Vec::new(),
            journal_dir: None,
            shipped: false,
            journaled_revision: None,
            journal_write: InFlightJournal::default(),
            saved_files: store::SavedFiles::default(),
            annotator: None,
            lock: None,
            read_only: None,
        })
    }

    /// Open a saved project (with its spans) and read its articles. Articles that cannot be
    /// read are kept in the project and marked as failed; nothing is dropped. What loading found
    /// worth telling is in [`Workspace::load_warnings`].
    pub fn open_project(path: &Path) -> Result<Self, StoreError> {
        Self::open_project_with(path, &import::LoadProgress::default())
    }

    /// [`Workspace::open_project`], counting articles read in `progress`; once it is cancelled,
    /// the articles not read yet are marked as not read (the caller drops the result).
    pub fn open_project_with(
        path: &Path,
        progress: &import::LoadProgress,
    ) -> Result<Self, StoreError> {
        let (project, load_warnings) = store::load_project_with_report(path)?;
        let corpus_root = store::resolve_corpus_dir(path, &project.corpus_dir);
        let articles = read_articles(&corpus_root, &project, progress);
        // What is on disk now is what this workspace has seen: a save refuses to write over
        // anything another program changes after this.
        let mut saved_files = store::SavedFiles::default();
        saved_files.note_on_disk(path);
        if load_warnings
            .iter()
            .any(|w| matches!(w, StoreWarning::NoAnnotationsFolder { .. }))
        {
            saved_files.note_folder_missing(path);
        }
        let mut workspace = Workspace {
            project,
            project_path: Some(path.to_path_buf()),
            corpus_root,
            articles,
            skipped: Vec::new(),
            import_report: None,
            import_json: None,
            generation: 0,
            history: History::new(),
            load_warnings,
            journal_dir: None,
            shipped: false,
            journaled_revision: None,
            journal_write: InFlightJournal::default(),
            saved_files,
            annotator: None,
            lock: None,
            read_only: None,
        };
        workspace.check_loaded_spans(path);
        Ok(workspace)
    }

    /// Save to `path` (atomically, spans included), writing the corpus folder relative to it
    /// when possible. Afterwards the project is clean and its journal is gone.
    /// Saving takes the lock of `path` unless this workspace holds it already, and refuses when
    /// another window or command holds it ([`StoreError::Locked`]) or when files of the project
    /// changed on disk since it was opened or saved here ([`StoreError::ChangedOnDisk`]).
    pub fn save_as(&mut self, path: &Path) -> Result<(), StoreError> {
        let new_lock = self.lock_to_save(path)?;
        // A journal still being written must not land after the save has removed journals. Its
        // failure no longer matters: the save supersedes it.
        let _ignored = self.settle_journal();
        // The corpus folder is written relative to the new file. Set in place rather than on a
        // copy of the project: copying 100,000 spans took a fifth of a save.
        let corpus_dir = store::corpus_dir_for(path, &self.corpus_root);
        let old_corpus_dir = std::mem::replace(&mut self.project.corpus_dir, corpus_dir);
        if let Err(e) = store::save_project_with(path, &self.project, &mut self.saved_files) {
            self.project.corpus_dir = old_corpus_dir;
            return Err(e);
        }
        self.keep_lock_after_save(new_lock);
        // The save succeeded; journals are now older than the files. A journal that cannot be
        // deleted is harmless: it equals what is saved, so it is never offered for recovery.
        let old_journal = self.journal();
        self.project_path = Some(path.to_path_buf());
        // Saved elsewhere, a shipped project is the analyst's own from now on.
        self.shipped = false;
        self.history.mark_saved();
        for journal in [old_journal, self.journal(), self.unsaved_journal()]
            .into_iter()
            .flatten()
        {
            let _ignored = journal.discard();
        }
        self.journaled_revision = None;
        Ok(())
    }

    // ---- edits ----------------------------------------------------------------------------

    /// Applies a new transaction through the history (undoable), after checking every span it
    /// adds or moves against the article text. On error nothing changed.
    pub fn apply(&mut self, mut transaction: Transaction) -> Result<(), EditError> {
        if let Some(annotator) = &self.annotator {
            stamp_edits(
                &mut transaction,
                annotator,
                &store::journal::rfc3339_utc(SystemTime::now()),
            );
        }
        for edit in &transaction.edits {
            match edit {
                Edit::AddSpan { doc, span } => self.check_span_text(doc, span)?,
                Edit::ReplaceSpan { doc, before, after }
                    if (before.start, before.end, &before.quote)
                        != (after.start, after.end, &after.quote) =>
                {
                    self.check_span_text(doc, after)?;
                }
                _ => {}
            }
        }
        self.history.apply(&mut self.project, transaction)
    }

    /// Undoes the last transaction; its description, or `None` when there was nothing to undo.
    /// Back at a state with nothing to lose, the journal goes (see
    /// [`Workspace::retire_journal_when_nothing_to_lose`]).
    pub fn undo(&mut self) -> Result<Option<crate::model::Description>, EditError> {
        let undone = self.history.undo(&mut self.project)?;
        self.retire_journal_when_nothing_to_lose();
        Ok(undone)
    }

    /// Redoes the last undone transaction; its description, or `None`.
    pub fn redo(&mut self) -> Result<Option<crate::model::Description>, EditError> {
        let redone = self.history.redo(&mut self.project)?;
        self.retire_journal_when_nothing_to_lose();
        Ok(redone)
    }

    /// The same articles and documents with nothing annotated: no spans, claims, entities or
    /// clusters, the default labels, a history of its own. Where annotations made elsewhere are
    /// imported to be compared with these.
    #[must_use]
    pub fn unannotated_copy(&self) -> Workspace {
        let mut copy = self.clone();
        copy.project.annotations = crate::model::Annotations::new();
        copy.project.entities.clear();
        copy.project.clusters.clear();
        copy.project.schema = store::default_schema();
        copy.history = History::new();
        copy
    }

    /// The project as it stands: change it with [`Workspace::apply`].
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// Each document's article: its text, or why it could not be read.
    /// Where the project was loaded from or last saved; `None` for a folder not yet saved.
    pub fn project_path(&self) -> Option<&Path> {
        self.project_path.as_deref()
    }

    /// The corpus folder, resolved.
    pub fn corpus_root(&self) -> &Path {
        &self.corpus_root
    }

    /// The articles now live in `root` (moved or copied there with their paths): they are read
    /// from there from now on.
    pub fn relocate_corpus(&mut self, root: PathBuf) {
        self.corpus_root = root;
    }

    /// Files the last folder import passed over, with reasons.
    pub fn skipped(&self) -> &[Skipped] {
        &self.skipped
    }

    /// Human-readable report of the last import, if this workspace came from one, said in the
    /// interface's language of the moment.
    pub fn import_summary(&self) -> Option<String> {
        self.import_report
            .as_deref()
            .map(import::ImportReport::summary)
    }

    /// The last import's report (its documents without their text): the same `Arc` as long as
    /// this workspace holds it, so a view can keep what it says until the language changes.
    pub fn import_report(&self) -> Option<&std::sync::Arc<import::ImportReport>> {
        self.import_report.as_ref()
    }

    /// The last import's report as one JSON object for scripts (`hashiya new --json`).
    pub fn import_json(&self) -> Option<&serde_json::Value> {
        self.import_json.as_ref()
    }

    /// What opening the project found worth telling.
    pub fn load_warnings(&self) -> &[StoreWarning] {
        &self.load_warnings
    }

    /// Journals of projects never saved (and of shipped ones) go under `dir`.
    pub fn set_journal_dir(&mut self, dir: PathBuf) {
        self.journal_dir = Some(dir);
    }

    /// Marks the project as one hashiya ships: its files are left as they are.
    pub fn set_shipped(&mut self, shipped: bool) {
        self.shipped = shipped;
    }

    /// Names a project hashiya ships (the bundled sample) in the interface's `language`: the
    /// items of its schema that have a default name take that name in `language` (see
    /// [`store::schema_names`]). Not an edit: nothing to undo or save, the same project in
    /// another language. Other projects keep the names they were saved with.
    pub fn name_shipped_schema_in(&mut self, language: crate::i18n::Language) {
        if self.shipped && store::schema_names::localise(&mut self.project.schema, language) {
            self.generation += 1;
        }
    }

    /// Who is annotating.
    pub fn annotator(&self) -> Option<&str> {
        self.annotator.as_deref()
    }

    /// Stamps edits applied from now on with `name` and the time.
    pub fn set_annotator(&mut self, name: String) {
        self.annotator = Some(name);
    }

    pub fn articles(&self) -> &[ArticleState] {
        &self.articles
    }

    /// Counts replacements of article texts, so views drop what they laid out from the old ones.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Undo and redo of the project's content, and its saved revision.
    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Whether the project differs from what is saved (always, for a project never saved).
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Whether closing now would lose work the analyst did: unsaved edits, or a project
    /// recovered from the journal and not saved since. A folder imported and not touched (or
    /// undone back to that) holds nothing to lose.
    pub fn has_unsaved_work(&self) -> bool {
        self.history.has_unsaved_work()
    }

    /// The text of document `doc`, if it could be read.
    pub fn text_of(&self, doc: &DocId) -> Option<&str> {
        let i = self.project.document_index(doc)?;
        self.articles.get(i)?.text()
    }

    /// A new span of `doc` over the char range `[start, end)` widened to whole grapheme clusters
    /// and without the white space at its edges, with a fresh ID and its quote taken from the
    /// text. Not added yet: put it in an [`Edit::AddSpan`] and [`Workspace::apply`] it. A range
    /// of nothing but white space is refused ([`SpanShapeProblem::OnlyWhitespace`]).
    pub fn new_span(
        &self,
        doc: &DocId,
        start: usize,
        end: usize,
        label: LabelId,
    ) -> Result<Span, EditError> {
        let text = self.text_for_spans(doc)?;
        let (start, end) = graphemes::snap_to_boundaries(text, start, end);
        let id = SpanId::fresh();
        let (trimmed_start, trimmed_end) = graphemes::trim_whitespace(text, start, end);
        if start < end && trimmed_start >= trimmed_end {
            return Err(EditError::BadSpan {
                doc: doc.clone(),
                id,
                problem: SpanShapeProblem::OnlyWhitespace,
            });
        }
        let (start, end) = (trimmed_start, trimmed_end);
        if start >= end {
            return Err(EditError::BadSpan {
                doc: doc.clone(),
                id,
                problem: SpanShapeProblem::EmptyRange { start, end },
            });
        }
        let quote: String = text.chars().skip(start).take(end - start).collect();
        let mut span = Span::new(id, start, end, label, &quote);
        (span.prefix, span.suffix) = reanchor::context_of(text, start, end);
        Ok(span)
    }

    /// Checks `span` against the text of `doc`: inside it, edges on grapheme boundaries, quote
    /// equal to the text at its offsets.
    pub fn check_span_text(&self, doc: &DocId, span: &Span) -> Result<(), EditError> {
        let text = self.text_for_spans(doc)?;
        span_text_problem(text, doc, span).map_or(Ok(()), Err)
    }

    /// Spans whose text no longer fits the article (the file changed since they were made):
    /// offsets past the end, a split grapheme, or a quote that differs from the text there.
    /// Spans of documents whose text could not be read are not listed.
    pub fn span_text_problems(&self) -> Vec<EditError> {
        let mut problems = Vec::new();
        for (doc, spans) in self.project.annotations.iter() {
            let Some(text) = self.text_of(doc) else {
                continue;
            };
            problems.extend(
                spans
                    .iter()
                    .filter_map(|span| span_text_problem(text, doc, span)),
            );
        }
        problems
    }

    fn text_for_spans(&self, doc: &DocId) -> Result<&str, EditError> {
        if self.project.document(doc).is_none() {
            return Err(EditError::UnknownDocument { doc: doc.clone() });
        }
        self.text_of(doc)
            .ok_or_else(|| EditError::TextUnavailable { doc: doc.clone() })
    }

    // ---- export and import of annotations ----------------------------------------------

    /// The text of each document, in project order (`None` where it could not be read).
    pub fn texts(&self) -> Vec<Option<&str>> {
        self.articles.iter().map(ArticleState::text).collect()
    }

    /// Exports the project as `format` to `out` (a file, or a folder for brat and CSV), then
    /// checks what was written (see [`export::export`]). `progress(done, total)` is called after
    /// each document; setting `cancel` stops with [`ExportError::Cancelled`].
    pub fn export(
        &self,
        format: ExportFormat,
        options: &ExportOptions,
        out: &Path,
        progress: &mut dyn FnMut(usize, usize),
        cancel: &AtomicBool,
    ) -> Result<ExportReport, ExportError> {
        export::export(
            &self.project,
            &self.texts(),
            format,
            options,
            out,
            progress,
            cancel,
        )
    }

    /// Reads annotations in `format` from `src` and the transaction that would add them (not
    /// applied). For a caller that reads on another thread and applies on its own.
    pub fn plan_import(
        &self,
        format: ImportFormat,
        src: &Path,
        progress: &mut dyn FnMut(usize, usize),
        cancel: &AtomicBool,
    ) -> Result<(Transaction, AnnotationImportReport), AnnotationImportError> {
        let mut report = AnnotationImportReport::default();
        let documents = format.read(src, &mut report, progress, cancel)?;
        let name = src.file_name().map_or_else(
            || src.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let description = crate::model::Message::IMPORTED_ANNOTATIONS
            .with("format", format.name())
            .with("name", name);
        let transaction = import::plan(
            &self.project,
            &self.texts(),
            documents,
            description,
            &mut report,
        );
        Ok((transaction, report))
    }

    /// Imports annotations in `format` from `src` as one undoable transaction. Annotations that
    /// do not fit (offsets outside the text, quotes that differ from it, …) are listed in the
    /// report and left out; they never stop the import. The project is not saved.
    pub fn import_annotations(
        &mut self,
        format: ImportFormat,
        src: &Path,
        progress: &mut dyn FnMut(usize, usize),
        cancel: &AtomicBool,
    ) -> Result<AnnotationImportReport, AnnotationImportError> {
        let (transaction, report) = self.plan_import(format, src, progress, cancel)?;
        if !transaction.is_empty() {
            self.apply(transaction)?;
        }
        Ok(report)
    }

    // ---- autosave journal -----------------------------------------------------------------

    /// Where this project's journal goes: beside the project file, or for a project never saved
    /// under [`Workspace::journal_dir`] (`None` when that is not set).
    pub fn journal(&self) -> Option<Journal> {
        match &self.project_path {
            Some(path) if !self.shipped && self.read_only.is_none() => {
                Some(Journal::for_project(path))
            }
            _ => self.unsaved_journal(),
        }
    }

    fn unsaved_journal(&self) -> Option<Journal> {
        let dir = self.journal_dir.as_deref()?;
        Some(Journal::for_unsaved(dir, &self.corpus_root))
    }

    /// Call every few seconds: writes the journal when there are unsaved changes not yet in it,
    /// deletes it when the project is back to its saved state. Returns whether it wrote.
    pub fn autosave(&mut self) -> Result<bool, StoreError> {
        // A background write of an older revision ends first, so that it cannot land after this
        // one; if it failed, this write replaces it.
        let _ignored = self.settle_journal();
        let Some((journal, revision)) = self.journal_due()? else {
            return Ok(false);
        };
        journal.write(&self.project)?;
        self.journaled_revision = Some(revision);
        Ok(true)
    }

    /// [`Workspace::autosave`] for the GUI: the snapshot is written on a thread of its own, so
    /// the window does not freeze while 100,000 spans are written (about 200 ms); only copying
    /// the project happens here. Call every few seconds. While a write is still running nothing
    /// else happens; a finished one is recorded, or its error returned. Returns whether a write
    /// was started.
    pub fn autosave_in_background(&mut self) -> Result<bool, StoreError> {
        if self
            .journal_write
            .0
            .as_ref()
            .is_some_and(|(_, write)| !write.is_finished())
        {
            return Ok(false);
        }
        self.settle_journal()?;
        let Some((journal, revision)) = self.journal_due()? else {
            return Ok(false);
        };
        let write = journal.write_in_background(self.project.clone());
        self.journal_write.0 = Some((revision, write));
        Ok(true)
    }

    /// Waits for a journal write running in the background and records its revision as
    /// journaled; its error, if it failed.
    fn settle_journal(&mut self) -> Result<(), StoreError> {
        if let Some((revision, write)) = self.journal_write.0.take() {
            write.wait()?;
            self.journaled_revision = Some(revision);
        }
        Ok(())
    }

    /// Called after undo and redo. Once the project is back where closing would lose nothing
    /// (its saved state, or the folder as imported), the journal written this session holds an
    /// older state: it goes now rather than at the next autosave, or quitting at once would leave
    /// it to be offered on the next start. A write still running ends first, so it cannot land
    /// after the removal. A journal this session did not write (one not yet recovered or
    /// declined) is left alone; if the removal fails, the next autosave tries again and says so.
    fn retire_journal_when_nothing_to_lose(&mut self) {
        if self.has_unsaved_work() {
            return;
        }
        // A write that failed wrote nothing; `journaled_revision` still says whether an earlier
        // one did.
        let _ignored = self.settle_journal();
        if self.journaled_revision.is_none() {
            return;
        }
        if self
            .journal()
            .is_none_or(|journal| journal.discard().is_ok())
        {
            self.journaled_revision = None;
        }
    }

    /// The journal to write and the revision it will hold, when the project has changes not
    /// yet in it. Deletes the journal when closing would lose nothing (the project is back to
    /// its saved state, or to the folder as imported); a folder not yet changed gets none.
    fn journal_due(&mut self) -> Result<Option<(Journal, u64)>, StoreError> {
        let Some(journal) = self.journal() else {
            return Ok(None);
        };
        if !self.has_unsaved_work() {
            if self.journaled_revision.is_some() {
                // Forgotten only once gone, so a failed removal is tried again next time.
                journal.discard()?;
                self.journaled_revision = None;
            }
            return Ok(None);
        }
        let revision = self.history.revision();
        Ok((self.journaled_revision != Some(revision)).then_some((journal, revision)))
    }

    /// A journal left by a session that ended without saving, when it holds something other
    /// than what is saved; to offer recovery when a project is opened (or a folder imported
    /// again). `None` when there is none, or it cannot be read.
    pub fn recoverable_journal(&self) -> Option<JournalEntry> {
        let journal = self.journal()?;
        if !journal.is_newer_than_saved() {
            return None;
        }
        journal.read_entry()?.ok()
    }

    /// Replaces the project with the one in the journal (articles are read again). The history
    /// starts afresh and the project is dirty, with work to lose, until saved; the journal stays
    /// until then. Returns `false` when there was no journal.
    pub fn recover_from_journal(&mut self) -> Result<bool, StoreError> {
        let _ignored = self.settle_journal();
        let Some(journal) = self.journal() else {
            return Ok(false);
        };
        let Some(entry) = journal.read_entry() else {
            return Ok(false);
        };
        let project = entry?.project;
        if let Some(path) = &self.project_path {
            self.corpus_root = store::resolve_corpus_dir(path, &project.corpus_dir);
        }
        self.articles = read_articles(
            &self.corpus_root,
            &project,
            &import::LoadProgress::default(),
        );
        self.project = project;
        self.generation += 1;
        self.history = History::recovered();
        self.journaled_revision = Some(self.history.revision());
        Ok(true)
    }

    /// Deletes the journal (the analyst declined to recover it).
    pub fn discard_journal(&mut self) -> Result<(), StoreError> {
        let _ignored = self.settle_journal();
        self.journaled_revision = None;
        self.journal().map_or(Ok(()), |journal| journal.discard())
    }

    /// Finds the spans of every article that changed on disk since it was annotated: each by its
    /// quote (at its old offset, elsewhere, or approximately). Returns the transaction that
    /// moves the spans found elsewhere (empty when nothing moved; apply it to make it undoable)
    /// and what happened to each span. Spans not found stay as they are, to be reviewed.
    pub fn reanchor_changed(&self) -> (Transaction, Vec<ReanchorEntry>) {
        let mut transaction = Transaction::new(crate::model::Message::REANCHORED);
        let mut entries = Vec::new();
        for (doc, state) in self.project.documents.iter().zip(&self.articles) {
            let ArticleState::Ready {
                text,
                changed: true,
                ..
            } = state
            else {
                continue;
            };
            // How far the last span found moved: text inserted or deleted before a span moves
            // its neighbours alike, so closeness is measured from where they went. This decides
            // between repeated words when a span has no recorded context.
            let mut shift: isize = 0;
            for span in self.project.annotations.spans(&doc.id) {
                let anchor = reanchor::Anchor {
                    start: span.start,
                    end: span.end,
                    quote: &span.quote,
                    prefix: Some(span.prefix.as_str()).filter(|p| !p.is_empty()),
                    suffix: Some(span.suffix.as_str()).filter(|s| !s.is_empty()),
                };
                // Looked for where its neighbours' shift puts it: found exactly there, it moved.
                let shifted = |at: usize| at.saturating_add_signed(shift);
                let expected = reanchor::Anchor {
                    start: shifted(span.start),
                    end: shifted(span.end),
                    ..anchor
                };
                let outcome = match reanchor::reanchor(text, &expected) {
                    reanchor::Reanchored::Kept if shift != 0 => reanchor::Reanchored::Moved {
                        start: expected.start,
                        end: expected.end,
                    },
                    other => other,
                };
                match &outcome {
                    reanchor::Reanchored::Kept => shift = 0,
                    reanchor::Reanchored::Moved { start, .. } => {
                        shift = start.cast_signed() - span.start.cast_signed();
                    }
                    _ => {}
                }
                let moved = match &outcome {
                    reanchor::Reanchored::Moved { start, end } => {
                        Some((*start, *end, span.quote.clone()))
                    }
                    reanchor::Reanchored::Changed {
                        start,
                        end,
                        new_quote,
                        ..
                    } => Some((*start, *end, new_quote.clone())),
                    reanchor::Reanchored::Kept | reanchor::Reanchored::Orphaned => None,
                };
                if let Some((start, end, quote)) = moved {
                    let (prefix, suffix) = reanchor::context_of(text, start, end);
                    transaction.extend(Edit::replace_span(&self.project, &doc.id, &span.id, |s| {
                        s.start = start;
                        s.end = end;
                        s.quote = quote;
                        s.prefix = prefix;
                        s.suffix = suffix;
                    }));
                }
                entries.push(ReanchorEntry {
                    doc: doc.id.clone(),
                    span: span.id.clone(),
                    quote: span.quote.clone(),
                    old: span.start..span.end,
                    outcome,
                });
            }
        }
        (transaction, entries)
    }

    /// Reads every article again (after a change on disk); the texts' generation moves on so
    /// that no stale layout is shown.
    pub fn reload_articles(&mut self) {
        self.articles = read_articles(
            &self.corpus_root,
            &self.project,
            &import::LoadProgress::default(),
        );
        self.generation += 1;
    }

    pub fn document_index(&self, id: &DocId) -> Option<usize> {
        self.project.document_index(id)
    }

    /// Problems worth a warning mark next to document `i`: import warnings, a changed or
    /// unreadable article, and bidi overrides or isolates in its text (found when it was read,
    /// so this is cheap enough for every row of the document list every frame).
    pub fn problems(&self, i: usize) -> Vec<DocProblem<'_>> {
        let mut out: Vec<DocProblem<'_>> = self
            .project
            .documents
            .get(i)
            .map(|d| d.warnings.iter().map(DocProblem::Import).collect())
            .unwrap_or_default();
        match self.articles.get(i) {
            Some(ArticleState::Ready {
                changed, overrides, ..
            }) => {
                if *changed {
                    out.push(DocProblem::Changed);
                }
                if *overrides {
                    out.push(DocProblem::Overrides);
                }
            }
            Some(ArticleState::Failed(failure)) => out.push(DocProblem::Unread(failure)),
            None => {}
        }
        out
    }
}

/// What re-anchoring did with one span of a changed article.
#[derive(Debug, Clone, PartialEq)]
pub struct ReanchorEntry {
    pub doc: DocId,
    pub span: crate::model::SpanId,
    /// The span's text when it was made.
    pub quote: String,
    /// Where it was.
    pub old: std::ops::Range<usize>,
    pub outcome: reanchor::Reanchored,
}

/// Reads the article of each document; failures are kept as [`ArticleState::Failed`].
/// Every article of `project`, read and decoded on every core.
fn read_articles(
    corpus_root: &Path,
    project: &Project,
    progress: &import::LoadProgress,
) -> Vec<ArticleState> {
    progress.start(project.documents.len());
    crate::parallel::map(&project.documents, 64, |doc| {
        if progress.is_cancelled() {
            return ArticleState::Failed(ArticleFailure::Cancelled);
        }
        let state = match import::read_article(corpus_root, doc) {
            Ok(a) => ArticleState::ready(a.text, a.changed),
            Err(e) => ArticleState::Failed(ArticleFailure::Unreadable(std::sync::Arc::new(e))),
        };
        progress.step();
        state
    })
}

/// What is wrong with `span` against `text`, if anything (see [`Workspace::check_span_text`]).
fn span_text_problem(text: &str, doc: &DocId, span: &Span) -> Option<EditError> {
    let len = text.chars().count();
    if span.end > len {
        return Some(EditError::OutsideText {
            doc: doc.clone(),
            id: span.id.clone(),
            end: span.end,
            len,
        });
    }
    for offset in [span.start, span.end] {
        if !graphemes::is_boundary(text, offset) {
            return Some(EditError::SplitsGrapheme {
                doc: doc.clone(),
                id: span.id.clone(),
                offset,
            });
        }
    }
    let at = text.chars().skip(span.start).take(span.len());
    if !at.eq(span.quote.chars()) || span.quote.chars().count() != span.len() {
        return Some(EditError::QuoteMismatch {
            doc: doc.clone(),
            id: span.id.clone(),
        });
    }
    None
}

/// The annotator name to use when none is set: `HASHIYA_ANNOTATOR`, else the login name, else
/// `analyst`.
pub fn default_annotator() -> String {
    ["HASHIYA_ANNOTATOR", "USER", "USERNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.trim().is_empty()))
        .map_or_else(|| "analyst".to_owned(), |v| v.trim().to_owned())
}

/// Records `annotator` and `now` on what `transaction` adds or changes: a new span or claim keeps
/// a stamp it already carries (one taken from a colleague's project, say) and gets what it lacks;
/// a changed one gets `now` as its modification time unless the edit set a stamp itself.
pub fn stamp_edits(transaction: &mut Transaction, annotator: &str, now: &str) {
    let touch = |before: &Stamp, after: &mut Stamp| {
        if after == before {
            now.clone_into(&mut after.modified);
        }
        after.fill(annotator, now);
    };
    for edit in &mut transaction.edits {
        match edit {
            Edit::AddSpan { span, .. } => span.stamp.fill(annotator, now),
            Edit::AddClaim { claim, .. } => claim.stamp.fill(annotator, now),
            Edit::ReplaceSpan { before, after, .. } => touch(&before.stamp, &mut after.stamp),
            Edit::ReplaceClaim { before, after, .. } => touch(&before.stamp, &mut after.stamp),
            Edit::SetDocLabel {
                before,
                after: Some(after),
                ..
            } => match before {
                Some(before) => touch(&before.stamp, &mut after.stamp),
                None => after.stamp.fill(annotator, now),
            },
            _ => {}
        }
    }
}
