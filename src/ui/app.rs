//! [`App`]: what persists across frames, and the one place commands are applied.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::i18n::{tr, tr_args};
use crate::import::annotations::ImportFormat;
use crate::text::shape::FontLoadError;
use crate::text::{FontStack, HarfShaper, LayoutOptions};
use crate::workspace::Workspace;

use super::commands::Command;
use super::dialogs::Purpose;
use super::panels;
use super::prefs::{self, Prefs};
use super::prompts::file_name;
use super::status::Status;
use super::theme::Theme;
use super::widgets::article_view::{ArticleView, TextKey};
use super::widgets::text_block::{LayoutCache, text_block_ui};
use crate::text::shape::TextShaper;
use crate::ui::widgets::bidi::{self, shown};

/// What to show when the window opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// The most recent project if it still exists, else the sample corpus.
    LastOrSample,
    SampleCorpus,
    /// A project, compared with a colleague's copy (`hashiya open mine.ron --compare theirs.ron`).
    Comparing(PathBuf, PathBuf),
    /// A folder of articles or a project file.
    Path(PathBuf),
    Nothing,
}

pub struct App {
    pub(crate) shaper: Arc<HarfShaper>,
    pub(crate) prefs: Prefs,
    pub(crate) workspace: Option<Workspace>,
    pub(crate) selected: Option<usize>,
    pub(crate) article: ArticleView,
    pub(crate) small_layouts: LayoutCache,
    /// The import report as last put into words, with the report and the locale and calendar it
    /// was said in: said again only when one of them changes.
    report_text: Option<(Arc<crate::import::ImportReport>, ReportLocale, String)>,
    pub(crate) status: super::status::Status,
    /// What the Problem window says, said in the language in use each frame.
    pub(crate) error: Option<Status>,
    pub(crate) windows: super::windows::Windows,
    pending: Vec<Command>,
    /// Label every new selection with the last label used.
    pub(crate) sticky_label: bool,
    /// The label applied last, for sticky labelling.
    pub(crate) last_label: Option<crate::model::LabelId>,
    /// The label chooser, while it is open.
    pub(crate) label_popup: Option<super::label_popup::LabelPopup>,
    /// A part of a claim the next click in the text fills in.
    pub(crate) picking: Option<super::claims::Pick>,
    registry: panels::entities::Registry,
    inspector: panels::inspector::Inspector,
    outlets: super::outlets::OutletsView,
    pub(crate) matrix: panels::matrix::MatrixView,
    timeline: super::timeline::TimelineView,
    corpus: panels::corpus::CorpusPanel,
    sources: panels::sources::SourcesView,
    review: panels::review::ReviewView,
    schema_editor: panels::schema_editor::SchemaEditor,
    /// What re-anchoring did when the project was opened, for the review window.
    pub(crate) reanchored: Vec<crate::workspace::ReanchorEntry>,
    /// A colleague's project being compared with this one.
    adjudication: Option<panels::adjudicate::Adjudication>,
    /// A folder or project being read on a background thread.
    pub(crate) loading: Option<super::loading::Loading>,
    /// The span paints of the shown document and what they were made from: rebuilt only when
    /// the spans, the selection, the comparison or the colours change, not while scrolling.
    paint_cache: Option<(
        PaintKey,
        std::sync::Arc<Vec<crate::ui::widgets::article_view::SpanPaint>>,
    )>,
    /// A colleague's project to compare with once the project being opened is read.
    compare_after_open: Option<PathBuf>,
    /// Open folders and projects and make suggestions on a background thread (the window does;
    /// tests choose).
    pub(crate) background_loading: Option<egui::Context>,
    /// Show invisible and direction-changing characters as marks in the article.
    show_marks: bool,
    /// Which side panels show, for the window's width and the analyst's choice.
    layout: super::layout::Layout,
    export: panels::transfer::ExportPanel,
    /// The file dialog, while one is open.
    pub(crate) file_dialogs: super::dialogs::FileDialogs,
    /// The files on disk as last seen, to notice changes made outside hashiya.
    pub(crate) disk: super::external::DiskWatch,
    search: panels::search::SearchPanel,
    pub(crate) suggestions: super::suggestions::SuggestionsPanel,
    /// The span shown in the inspector, if any.
    pub(crate) selected_span: Option<crate::model::SpanId>,
    /// The relation selected and the one being made.
    pub(crate) relations: super::relations::Relations,
    /// The questions asked before going on: recovery, another corpus folder, unsaved changes.
    pub(crate) prompts: super::prompts::Prompts,
    /// Seconds (egui time) of the last autosave check.
    pub(crate) last_autosave: f64,
    data_dir: PathBuf,
    installed_face: Option<crate::text::Face>,
    title: String,
    /// The system's language, read when the window starts: the interface's unless the analyst
    /// chose another.
    system_language: crate::i18n::Language,
}

/// What the span paints of a frame depend on.
#[derive(Debug, Clone, PartialEq)]
struct PaintKey {
    doc: usize,
    revision: u64,
    generation: u64,
    selected: Option<crate::model::SpanId>,
    dark_mode: bool,
    comparison: Option<(PathBuf, Option<super::panels::adjudicate::ItemKey>)>,
    suggestions: u64,
}

impl App {
    pub fn new(cc: &eframe::CreationContext<'_>, start: Start) -> Result<Self, FontLoadError> {
        let prefs: Prefs = cc
            .storage
            .and_then(|s| eframe::get_value(s, prefs::STORAGE_KEY))
            .unwrap_or_default();
        let mut app = Self::with_prefs(
            &cc.egui_ctx,
            Start::Nothing,
            prefs,
            crate::sample::data_dir(),
        )?;
        app.background_loading = Some(cc.egui_ctx.clone());
        app.start(start);
        Ok(app)
    }

    fn start(&mut self, start: Start) {
        match start {
            Start::LastOrSample => {
                match self
                    .prefs
                    .recent_projects
                    .first()
                    .filter(|p| p.is_file())
                    .cloned()
                {
                    Some(last) => self.open_path(&last),
                    None => self.open_sample(),
                }
            }
            Start::SampleCorpus => self.open_sample(),
            Start::Path(path) => self.open_path(&path),
            Start::Comparing(path, theirs) => {
                self.compare_after_open = Some(theirs);
                self.open_path(&path);
            }
            Start::Nothing => {}
        }
    }

    /// The span paints of document `i` (mine, and theirs while comparing), from the cache when
    /// nothing they depend on changed.
    fn cached_span_paints(
        &mut self,
        i: usize,
        theme: &Theme,
        dark_mode: bool,
    ) -> std::sync::Arc<Vec<crate::ui::widgets::article_view::SpanPaint>> {
        let key = PaintKey {
            doc: i,
            revision: self
                .workspace
                .as_ref()
                .map_or(0, |w| w.history().revision()),
            generation: self.workspace.as_ref().map_or(0, Workspace::generation),
            selected: self.selected_span.clone(),
            dark_mode,
            comparison: self
                .adjudication
                .as_ref()
                .map(|a| (a.theirs_path.clone(), a.current.clone())),
            suggestions: self.suggestions.version(),
        };
        if let Some((cached, paints)) = &self.paint_cache
            && *cached == key
        {
            return paints.clone();
        }
        let mut paints = self.span_paints(i, theme, dark_mode);
        if let (Some(ws), Some(adj)) = (&self.workspace, &self.adjudication) {
            paints.extend(adj.theirs_paints(ws.project(), i, theme));
        }
        if let Some(doc) = self
            .workspace
            .as_ref()
            .and_then(|ws| Some((ws, &ws.project().documents.get(i)?.id)))
        {
            paints.extend(self.suggestions.paints(doc.0.project(), doc.1, theme));
        }
        let paints = std::sync::Arc::new(paints);
        self.paint_cache = Some((key, paints.clone()));
        paints
    }

    /// Drops the cached span paints (their source changed in a way the key cannot see).
    pub(crate) fn forget_span_paints(&mut self) {
        self.paint_cache = None;
    }

    /// Reads folders and projects on a background thread from now on, with a progress bar, and
    /// makes suggestions in the background. The window always does; a test opts in, so the
    /// frames of tests about other things do not depend on a thread's timing.
    pub fn load_in_background(&mut self, ctx: &egui::Context) {
        self.background_loading = Some(ctx.clone());
    }

    /// Whether a folder or project is being read.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Build the app on a context with the given preferences, keeping its own files (sample
    /// corpus copy, journals of never-saved projects) under `data_dir`. Tests use this directly.
    pub fn with_prefs(
        ctx: &egui::Context,
        start: Start,
        prefs: Prefs,
        data_dir: PathBuf,
    ) -> Result<Self, FontLoadError> {
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        let mut app = App {
            shaper: Arc::new(HarfShaper::new()?),
            prefs,
            workspace: None,
            selected: None,
            article: ArticleView::default(),
            small_layouts: LayoutCache::default(),
            report_text: None,
            status: super::status::Status::default(),
            error: None,
            windows: super::windows::Windows::default(),
            pending: Vec::new(),
            sticky_label: false,
            last_label: None,
            label_popup: None,
            picking: None,
            registry: panels::entities::Registry::default(),
            inspector: panels::inspector::Inspector::default(),
            outlets: super::outlets::OutletsView,
            matrix: panels::matrix::MatrixView::default(),
            timeline: super::timeline::TimelineView::default(),
            corpus: panels::corpus::CorpusPanel::default(),
            sources: panels::sources::SourcesView,
            review: panels::review::ReviewView,
            schema_editor: panels::schema_editor::SchemaEditor::default(),
            reanchored: Vec::new(),
            adjudication: None,
            loading: None,
            paint_cache: None,
            compare_after_open: None,
            background_loading: None,
            show_marks: false,
            layout: super::layout::Layout::default(),
            export: panels::transfer::ExportPanel::default(),
            file_dialogs: super::dialogs::FileDialogs::default(),
            disk: super::external::DiskWatch::default(),
            search: panels::search::SearchPanel::default(),
            suggestions: super::suggestions::SuggestionsPanel::default(),
            selected_span: None,
            relations: super::relations::Relations::default(),
            prompts: super::prompts::Prompts::default(),
            last_autosave: 0.0,
            data_dir,
            installed_face: None,
            title: String::new(),
            system_language: crate::i18n::Language::system(),
        };
        crate::i18n::set_locale_everywhere(app.locale());
        crate::i18n::set_calendar_everywhere(app.prefs.calendar);
        for side in [super::layout::Side::Corpus, super::layout::Side::Inspector] {
            if let Some(width) = app.prefs.panel_width(side) {
                app.layout.set_width(side, width);
            }
        }
        app.install_fonts(ctx);
        super::theme::install(ctx, app.prefs.theme);
        app.start(start);
        Ok(app)
    }

    pub fn workspace(&self) -> Option<&Workspace> {
        self.workspace.as_ref()
    }

    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    /// The status line as it reads now, in the language in use.
    pub fn status(&self) -> String {
        self.status.text()
    }

    /// The colleague's project being compared, if any.
    pub fn adjudication(&self) -> Option<&super::panels::adjudicate::Adjudication> {
        self.adjudication.as_ref()
    }

    /// What the Problem window says, as it reads now in the language in use.
    pub fn error(&self) -> Option<String> {
        self.error.as_ref().map(Status::text)
    }

    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// The interface's language and digits, from the preferences and the system's language.
    pub fn locale(&self) -> crate::i18n::Locale {
        self.prefs.locale(self.system_language)
    }

    /// Where the app keeps its own files: the sample's copy, journals of never-saved projects.
    pub(crate) fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn article_view(&self) -> &ArticleView {
        &self.article
    }

    /// Screen position of the article layout's origin in the last frame (for tests and tools).
    pub fn article_origin(&self) -> Option<egui::Pos2> {
        self.article.origin()
    }

    /// Width of the article's lines in the last layout (for tests and tools).
    pub fn article_width(&self) -> Option<f32> {
        self.article.layout().map(|l| l.options.width)
    }

    /// Whether the document list (`Side::Corpus`) or the inspector shows.
    pub fn panel_open(&self, side: super::layout::Side) -> bool {
        self.layout.is_open(side)
    }

    /// Queue a command; it is applied at the start of the next frame.
    pub fn push(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// The span shown in the inspector, if any.
    pub fn selected_span(&self) -> Option<&crate::model::SpanId> {
        self.selected_span.as_ref()
    }

    /// The timeline window: which cluster it shows and where it drew each claim.
    pub fn timeline(&self) -> &super::timeline::TimelineView {
        &self.timeline
    }

    /// The suggestions shown in the window and what is done with them.
    pub fn suggestions(&self) -> &super::suggestions::SuggestionsPanel {
        &self.suggestions
    }

    /// Whether the search index of the open corpus is built (searches then answer at once).
    pub fn search_index_ready(&self) -> bool {
        self.workspace
            .as_ref()
            .is_some_and(|ws| self.search.index_ready(ws))
    }

    pub fn font_stack(&self) -> FontStack {
        FontStack {
            primary: self.prefs.arabic_face,
        }
    }

    /// Options for laying out the article (the width is filled in by the view).
    pub fn layout_options(&self) -> LayoutOptions {
        let base = self
            .selected
            .and_then(|i| self.workspace.as_ref()?.project().documents.get(i))
            .map(|d| d.base_direction)
            .unwrap_or_default();
        LayoutOptions {
            width: 0.0,
            font_size: self.prefs.font_size,
            fonts: self.font_stack(),
            base,
        }
    }

    fn install_fonts(&mut self, ctx: &egui::Context) {
        if self.installed_face != Some(self.prefs.arabic_face) {
            super::fonts::install(ctx, self.font_stack());
            super::widgets::text_field::TextServices::install(
                ctx,
                super::widgets::text_field::TextServices {
                    shaper: self.shaper.clone(),
                    fonts: self.font_stack(),
                },
            );
            self.installed_face = Some(self.prefs.arabic_face);
            self.small_layouts.clear();
        }
    }

    fn open_sample(&mut self) {
        match crate::sample::project_path(&self.data_dir) {
            Ok(path) => self.open_path(&path),
            Err(e) => {
                self.error = Some(
                    Status::say("open-sample-failed")
                        .shown("error", crate::i18n::IoCause::from(&e)),
                );
            }
        }
    }

    /// The corpus folder of the project file at `path` when it lies outside the project's own
    /// folder (or beside it) and the analyst has not agreed to it yet: a project received from
    /// someone else must not make hashiya read files from anywhere without asking.
    fn untrusted_corpus(&self, path: &Path) -> Option<PathBuf> {
        // Without taking the report: the load that opens the project says what recovery did.
        let project = crate::store::load_project(path).ok()?;
        let corpus = crate::store::resolve_corpus_dir(path, &project.corpus_dir);
        let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let folder = canonical(path.parent()?);
        let corpus = canonical(&corpus);
        let inside = corpus.starts_with(&folder) || corpus.parent() == folder.parent();
        let trusted = self
            .prefs
            .trusted_corpora
            .iter()
            .any(|(p, c)| canonical(p) == canonical(path) && canonical(c) == corpus);
        (!inside && !trusted).then_some(corpus)
    }

    fn open_path(&mut self, path: &Path) {
        let is_project = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        if is_project
            && path.is_file()
            && let Some(corpus) = self.untrusted_corpus(path)
        {
            self.prompts.corpus = Some((path.to_path_buf(), corpus));
            return;
        }
        self.open_path_unchecked(path);
    }

    fn open_path_unchecked(&mut self, path: &Path) {
        if let Some(ctx) = self.background_loading.clone() {
            if let Some(previous) = &self.loading {
                previous.cancel();
            }
            self.loading = Some(super::loading::Loading::start(path, &ctx));
            return;
        }
        let result = super::loading::load_workspace(path, &crate::import::LoadProgress::default());
        self.finish_open(path, result);
    }

    /// What follows reading a folder or project: the workspace replaces the open one, its
    /// journal is offered, changed articles are re-anchored.
    pub(crate) fn finish_open(&mut self, path: &Path, result: Result<Workspace, Status>) {
        match result {
            Ok(mut ws) => {
                ws.set_journal_dir(self.data_dir.clone());
                let shipped = ws
                    .project_path()
                    .is_some_and(|p| crate::sample::is_bundled(p, &self.data_dir));
                ws.set_shipped(shipped);
                ws.name_shipped_schema_in(self.locale().language);
                ws.set_annotator(self.prefs.annotator_name());
                // Reopening its own project, the window keeps the lock it holds.
                if let Some(previous) = &self.workspace {
                    ws.adopt_lock_from(previous);
                }
                self.adjudication = None;
                // A new project starts its revisions again: nothing cached may carry over.
                self.paint_cache = None;
                self.suggestions.reset();
                self.prompts.recovery = ws.recoverable_journal().map(|entry| entry.written);
                self.prompts.folder_outlets = super::panels::corpus::folder_outlets_question(&ws);
                if let Some(p) = ws.project_path() {
                    self.prefs.remember_project(p.to_path_buf());
                }
                self.windows.report = !ws.skipped().is_empty()
                    || ws
                        .project()
                        .documents
                        .iter()
                        .any(|d| !d.warnings.is_empty());
                self.status = Status::say("status-opened")
                    .with("count", ws.project().documents.len())
                    .with("name", file_name(path));
                self.selected = (!ws.project().documents.is_empty()).then_some(0);
                // Articles changed on disk: find their spans again, as one undoable step.
                let (moves, entries) = ws.reanchor_changed();
                if !moves.is_empty()
                    && let Err(e) = ws.apply(moves)
                {
                    self.error = Some(Status::say("external-spans-not-moved").shown("error", e));
                }
                let to_review = entries
                    .iter()
                    .filter(|e| !matches!(e.outcome, crate::text::reanchor::Reanchored::Kept))
                    .count();
                if to_review > 0 {
                    let articles = entries
                        .iter()
                        .map(|e| &e.doc)
                        .collect::<std::collections::BTreeSet<_>>()
                        .len();
                    self.status = Status::say("status-changed-on-disk")
                        .with("articles", articles)
                        .with("count", to_review);
                }
                self.windows.review = to_review > 0 || !ws.load_warnings().is_empty();
                self.reanchored = entries;
                if let Some(busy) = ws.read_only() {
                    self.error = Some(Status::say("open-read-only").shown("reason", busy.clone()));
                }
                self.workspace = Some(ws);
                self.remember_disk();
                self.selected_span = None;
                self.article.reset();
                self.small_layouts.clear();
                if let Some(theirs) = self.compare_after_open.take() {
                    self.pending.push(Command::Compare(theirs));
                }
                if let Some(ctx) = self.background_loading.clone()
                    && let Some(ws) = &self.workspace
                {
                    self.search.start_indexing(ws, &ctx);
                }
            }
            Err(problem) => self.error = Some(problem),
        }
    }

    /// Imports annotations from `path` into the open project as one undoable step.
    fn import_annotations(&mut self, format: ImportFormat, path: &Path) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let cancel = std::sync::atomic::AtomicBool::new(false);
        match ws.import_annotations(format, path, &mut |_, _| {}, &cancel) {
            Ok(report) => {
                self.status = Status::say("status-imported").with("format", format.name());
                self.export.show_import_report(report);
            }
            Err(e) => self.error = Some(Status::of(e)),
        }
    }

    /// Open `path`, asking first when that would drop unsaved work.
    fn request_open(&mut self, path: &Path) {
        if self
            .workspace
            .as_ref()
            .is_some_and(Workspace::has_unsaved_work)
        {
            // The answer comes back as `OpenPathDiscarding`, or a save and `OpenPath` again.
            self.prompts.open = Some(path.to_path_buf());
        } else {
            self.open_path(path);
        }
    }

    fn open_discarding(&mut self, path: &Path) {
        if let Some(ws) = &mut self.workspace
            && let Err(e) = ws.discard_journal()
        {
            self.error = Some(Status::of(e));
        }
        self.open_path(path);
    }

    fn save_to(&mut self, path: &Path) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        match ws.save_as(path) {
            Ok(()) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                self.status = Status::say("status-saved").with("name", name);
                self.prefs.remember_project(path.to_path_buf());
                self.disk.project = std::fs::metadata(path).and_then(|m| m.modified()).ok();
                // The analyst's own project reads the corpus they chose, wherever it is.
                let corpus = ws.corpus_root().to_path_buf();
                if !self
                    .prefs
                    .trusted_corpora
                    .iter()
                    .any(|(p, c)| p == path && c == &corpus)
                {
                    self.prefs
                        .trusted_corpora
                        .push((path.to_path_buf(), corpus));
                }
            }
            Err(e) => self.error = Some(Status::of(e)),
        }
    }

    /// Save as over another project, agreed to: the project there is backed up first.
    fn save_replacing(&mut self, path: &Path) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let backup = if ws.save_would_replace(path) {
            match crate::store::back_up_project(path) {
                Ok(backup) => Some(backup),
                Err(e) => {
                    self.error = Some(Status::say("save-nothing-saved").shown("error", e));
                    return;
                }
            }
        } else {
            None
        };
        self.save_to(path);
        if let Some(backup) = backup
            && self.error.is_none()
        {
            self.status = Status::say("status-saved-backup")
                .with("saved", std::mem::take(&mut self.status))
                .with("backup", file_name(&backup));
        }
    }

    /// The one place where commands change the app.
    #[expect(clippy::too_many_lines, reason = "one arm per command")]
    pub fn apply(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::OpenFolderDialog => self.ask_for_path(Purpose::OpenFolder),
            Command::OpenProjectDialog => self.ask_for_path(Purpose::OpenProject),
            Command::OpenPath(path) => self.request_open(&path),
            Command::OpenPathDiscarding(path) => self.open_discarding(&path),
            Command::OpenTrusting(path) => {
                if let Some((project, corpus)) = self.prompts.corpus.take() {
                    self.prefs.trusted_corpora.push((project, corpus));
                }
                self.open_path_unchecked(&path);
            }
            Command::SaveProject => {
                match self
                    .workspace
                    .as_ref()
                    .and_then(|w| w.project_path().map(std::path::Path::to_path_buf))
                {
                    // The bundled sample stays as shipped: work on it is saved as a copy.
                    Some(path) if crate::sample::is_bundled(&path, &self.data_dir) => {
                        self.status = Status::say("status-sample-stays");
                        self.apply(ctx, Command::SaveProjectAsDialog);
                    }
                    Some(path) => self.save_to(&path),
                    None if self.workspace.is_some() => {
                        self.apply(ctx, Command::SaveProjectAsDialog);
                    }
                    None => self.status = Status::say("status-nothing-to-save"),
                }
            }
            Command::SaveProjectAsDialog => {
                if self.workspace.is_none() {
                    self.status = Status::say("status-nothing-to-save");
                    return;
                }
                self.ask_for_path(Purpose::SaveProjectAs);
            }
            Command::SaveProjectAs(path) => {
                if self
                    .workspace
                    .as_ref()
                    .is_some_and(|ws| ws.save_would_replace(&path))
                {
                    self.prompts.replace = Some(path);
                } else {
                    self.save_to(&path);
                }
            }
            Command::SaveProjectAsReplacing(path) => self.save_replacing(&path),
            Command::SelectDocument(i) => self.select(i),
            Command::NextDocument => self.select(self.selected.map_or(0, |i| i + 1)),
            Command::PreviousDocument => {
                self.select(self.selected.map_or(0, |i| i.saturating_sub(1)));
            }
            Command::FontBigger => self.prefs.change_font_size(1.0),
            Command::FontSmaller => self.prefs.change_font_size(-1.0),
            Command::SetArabicFace(face) => {
                self.prefs.arabic_face = face;
                self.install_fonts(ctx);
            }
            Command::SetDocumentDirection(direction) => self.set_document_direction(direction),
            Command::ShowImportReport => self.windows.report = true,
            Command::Undo => self.undo(),
            Command::Redo => self.redo(),
            Command::DeleteSpan => self.delete_selected_span(),
            Command::NextSpan => {
                if !self.step_relation_target(true) {
                    self.step_span(true);
                }
            }
            Command::PreviousSpan => {
                if !self.step_relation_target(false) {
                    self.step_span(false);
                }
            }
            Command::SelectRelation(id) => self.relations.selected = id,
            Command::ToggleStickyLabel => self.sticky_label = !self.sticky_label,
            Command::ToggleInvisibleMarks => self.show_marks = !self.show_marks,
            Command::OpenLabelPopup => {
                if !self.confirm_relation_target() {
                    self.open_label_popup();
                }
            }
            Command::ApplyLabel {
                label,
                strip_proclitic,
            } => self.choose_label(&label, strip_proclitic),
            Command::StartPick(pick) => self.start_pick(pick),
            Command::ClearSelection => {
                if self.cancel_relation() {
                    return;
                }
                self.relations.selected = None;
                if self.picking.take().is_some() {
                    self.status = Status::say("status-cancelled");
                    return;
                }
                self.article.selection = None;
                self.selected_span = None;
                self.label_popup = None;
            }
            Command::ShowSearch => {
                self.windows.search = true;
                self.search.focus_query();
            }
            Command::ShowEntities => self.windows.entities = true,
            Command::ShowEntity(entity) => {
                self.windows.entities = true;
                self.registry.focus_on(entity);
            }
            Command::NextMention(entity) => self.step_entity_mention(&entity),
            Command::ShowClaimMatrix => self.windows.matrix = true,
            Command::ShowTimeline(cluster) => self.timeline.show(cluster),
            Command::ShowSources => self.windows.summary = true,
            Command::ShowOutlets => self.windows.outlets = true,
            Command::ShowReview => self.windows.review = true,
            Command::ToggleCorpusPanel => self.layout.toggle(super::layout::Side::Corpus),
            Command::ToggleInspector => self.layout.toggle(super::layout::Side::Inspector),
            Command::SetPanelOpen(side, open) => self.layout.set_open(side, open),
            Command::SetPanelWidth(side, width) => {
                self.layout.set_width(side, width);
                self.prefs.set_panel_width(side, width);
            }
            Command::SetTheme(choice) => {
                self.prefs.theme = choice;
                super::theme::install(ctx, choice);
            }
            Command::SetLanguage(choice) => {
                self.prefs.language = choice;
                crate::i18n::set_locale_everywhere(self.locale());
                let language = self.locale().language;
                if let Some(ws) = &mut self.workspace {
                    ws.name_shipped_schema_in(language);
                }
            }
            Command::SetDigits(digits) => {
                self.prefs.digits = digits;
                crate::i18n::set_locale_everywhere(self.locale());
            }
            Command::SetCalendar(calendar) => {
                self.prefs.calendar = calendar;
                crate::i18n::set_calendar_everywhere(calendar);
            }
            Command::CompareDialog => self.ask_for_path(Purpose::Compare),
            Command::Compare(path) => match panels::adjudicate::Adjudication::open(path) {
                Ok(mut adj) => {
                    let commands = self.workspace.as_ref().map_or_else(Vec::new, |ws| {
                        adj.begin(ws.project(), ws.history().revision())
                    });
                    self.adjudication = Some(adj);
                    self.forget_span_paints();
                    self.apply_in_turn(ctx, commands);
                }
                Err(e) => self.error = Some(Status::of(e)),
            },
            Command::ShowComparison => {
                if let Some(adj) = &mut self.adjudication {
                    adj.show = true;
                } else {
                    self.apply(ctx, Command::CompareDialog);
                }
            }
            Command::CloseComparison => self.adjudication = None,
            Command::NextDisagreement
            | Command::PreviousDisagreement
            | Command::TakeAllOnlyTheirs
            | Command::AcceptTheirs
            | Command::RejectTheirs
            | Command::EditMine => {
                let (Some(ws), Some(adj)) = (&self.workspace, &mut self.adjudication) else {
                    return;
                };
                let (project, revision) = (ws.project(), ws.history().revision());
                let commands = match command {
                    Command::NextDisagreement => adj.step(project, revision, true),
                    Command::PreviousDisagreement => adj.step(project, revision, false),
                    _ => adj.decide(project, revision, &command),
                };
                self.apply_in_turn(ctx, commands);
            }
            Command::ShowPlace { doc, at, span } => {
                let Some(i) = self
                    .workspace
                    .as_ref()
                    .and_then(|w| w.project().document_index(&doc))
                else {
                    return;
                };
                self.select(i);
                self.article.selection = None;
                self.selected_span = span;
                self.article.scroll_to = Some(at);
            }
            Command::ShowAgreement => {
                if let Some(adj) = &mut self.adjudication {
                    adj.show_agreement = true;
                } else {
                    self.apply(ctx, Command::CompareDialog);
                }
            }
            Command::ShowAnnotatorName => self.windows.annotator_name = true,
            Command::SetAnnotator(name) => {
                name.trim().clone_into(&mut self.prefs.annotator);
                let name = self.prefs.annotator_name();
                if let Some(ws) = &mut self.workspace {
                    ws.set_annotator(name.clone());
                }
                self.status = Status::say("status-stamped-as").with("name", name);
            }
            Command::ShowExport => self.export.open = true,
            Command::ExportDialog(format) => self.ask_for_path(Purpose::Export(format)),
            Command::ExportReportDialog(format) => self.ask_for_path(Purpose::Report(format)),
            Command::ExportReport {
                format,
                path,
                replace,
            } => {
                let commands = match &self.workspace {
                    Some(ws) => self.export.write_report(ws, format, path, replace),
                    None => vec![Command::ShowStatus(Status::say("status-nothing-to-report"))],
                };
                self.apply_in_turn(ctx, commands);
            }
            Command::Export(format, path) => {
                let started = match &self.workspace {
                    Some(ws) => self.export.start(ctx, ws, format, path),
                    None => Err(Status::say("status-nothing-to-export")),
                };
                if let Err(reason) = started {
                    self.status = reason;
                }
            }
            Command::ImportAnnotationsDialog(format) => {
                self.ask_for_path(Purpose::ImportAnnotations(format));
            }
            Command::SetBuiltinFileDialog(on) => self.prefs.builtin_file_dialog = on,
            Command::ImportAnnotations(format, path) => self.import_annotations(format, &path),
            Command::ShowSchemaEditor => self.windows.schema_editor = true,
            Command::DeleteCluster(cluster) => self.delete_cluster(&cluster),
            Command::Edit(transaction) => {
                self.apply_transaction(transaction);
            }
            Command::JumpToSpan(doc, span) => self.jump_to_span(&doc, &span),
            Command::ShowRange(doc, range) => self.jump_to_range(doc, range),
            Command::ShowStatus(message) => self.status = message,
            Command::ShowProblem(problem) => self.error = Some(problem),
            Command::RecoverJournal => {
                self.prompts.recovery = None;
                if let Some(ws) = &mut self.workspace {
                    match ws.recover_from_journal() {
                        Ok(true) => self.status = Status::say("status-recovered"),
                        Ok(false) => self.status = Status::say("status-nothing-to-recover"),
                        Err(e) => self.error = Some(Status::of(e)),
                    }
                }
                self.article.reset();
            }
            Command::DiscardJournal => {
                self.prompts.recovery = None;
                if let Some(ws) = &mut self.workspace
                    && let Err(e) = ws.discard_journal()
                {
                    self.error = Some(Status::of(e));
                }
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::NextSuggestion
            | Command::PreviousSuggestion
            | Command::FocusSuggestion(_)
            | Command::AcceptSuggestion
            | Command::RejectSuggestion
            | Command::AcceptSuggestionsInDocument
            | Command::AcceptSuggestionsInCorpus
            | Command::SwitchSuggester(..)
            | Command::ShowSuggestions => {
                let commands = match &self.workspace {
                    Some(ws) => self.suggestions.on_command(ws, self.selected, &command),
                    None => Vec::new(),
                };
                self.apply_in_turn(ctx, commands);
            }
        }
    }

    /// Applies `commands` now, in order. A refused edit drops the commands after it: a
    /// component returns them to follow that edit (the next disagreement after a decision).
    fn apply_in_turn(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        for command in commands {
            match command {
                Command::Edit(transaction) => {
                    if !self.apply_transaction(transaction) {
                        return;
                    }
                }
                command => self.apply(ctx, command),
            }
        }
    }

    fn select(&mut self, i: usize) {
        let Some(ws) = &self.workspace else { return };
        if i < ws.project().documents.len() && self.selected != Some(i) {
            self.selected = Some(i);
            self.article.reset();
        }
    }

    fn collect_input(&mut self, ctx: &egui::Context) {
        let typing = crate::ui::widgets::text_field::typing(ctx);
        for command in Command::WITH_SHORTCUTS {
            let text_editing_key = matches!(
                command,
                Command::Undo
                    | Command::Redo
                    | Command::DeleteSpan
                    | Command::NextSpan
                    | Command::PreviousSpan
                    | Command::OpenLabelPopup
                    | Command::ClearSelection
                    | Command::AcceptSuggestion
                    | Command::RejectSuggestion
                    | Command::AcceptSuggestionsInDocument
                    | Command::AcceptSuggestionsInCorpus
            );
            if typing && text_editing_key {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                self.pending.push(command);
            }
        }
        if !typing && ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Y)) {
            self.pending.push(Command::Redo);
        }
        // Ctrl+= is where Ctrl++ lives on many keyboards.
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Equals)) {
            self.pending.push(Command::FontBigger);
        }
        let dropped = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            self.pending.push(Command::OpenPath(path));
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.workspace {
            Some(ws) => {
                let place = ws.project_path().map_or_else(
                    || ws.corpus_root().display().to_string(),
                    |p| p.display().to_string(),
                );
                format!(
                    "{}{} — {place} — hashiya",
                    if ws.has_unsaved_work() { "● " } else { "" },
                    ws.project().name
                )
            }
            None => "hashiya".to_owned(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The whole window, every frame.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // The language of this frame's text (kept per thread: tests run apps side by side).
        crate::i18n::set_locale(self.locale());
        crate::i18n::set_calendar(self.prefs.calendar);
        self.collect_input(&ctx);
        self.loading_ui(&ctx);
        if let Some(ws) = &self.workspace {
            let commands = self.search.poll_indexing(ws);
            self.pending.extend(commands);
            if self.background_loading.is_some() {
                self.suggestions.poll(ws, &ctx, ctx.input(|i| i.time));
            }
        }
        if let (Some(ws), Some(doc)) = (&self.workspace, self.current_doc()) {
            let commands = crate::ui::doc_labels::doc_label_keys(&ctx, ws, &doc);
            self.pending.extend(commands);
        }
        self.relation_keys(&ctx);
        self.label_keys(&ctx);
        self.selection_keys(&ctx);
        if self.adjudication.is_some() {
            let commands = panels::adjudicate::adjudication_keys(&ctx);
            self.pending.extend(commands);
        }
        self.autosave_tick(&ctx);
        if ctx.input(|i| i.viewport().close_requested())
            && self
                .workspace
                .as_ref()
                .is_some_and(Workspace::has_unsaved_work)
            && !self.prompts.close_answered
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.prompts.close = true;
        }
        for command in std::mem::take(&mut self.pending) {
            self.apply(&ctx, command);
        }
        self.forget_missing_relation();
        self.update_title(&ctx);
        let theme = Theme::from_visuals(&ctx.global_style().visuals);

        let menu = panels::menu::MenuState {
            prefs: &self.prefs,
            layout: &self.layout,
            sticky_label: self.sticky_label,
            show_marks: self.show_marks,
            comparing: self.adjudication.is_some(),
            direction: self.layout_options().base,
            language: self.prefs.language,
            system_language: self.system_language,
            suggesters: self
                .workspace
                .as_ref()
                .map(|ws| super::suggestions::switches(ws.project()))
                .unwrap_or_default(),
            undo: self
                .workspace
                .as_ref()
                .and_then(|ws| ws.history().undo_description()),
            redo: self
                .workspace
                .as_ref()
                .and_then(|ws| ws.history().redo_description()),
        };
        let menu_bar = egui::Panel::top("menu").show(ui, |ui| panels::menu::menu_bar_ui(ui, &menu));
        self.pending.extend(menu_bar.inner);
        let status = egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui, &theme));
        super::windows::set_room(
            &ctx,
            menu_bar.response.rect.bottom(),
            status.response.rect.top(),
        );
        self.layout.fit(ui.ctx().content_rect().width());
        // The panels draw from a copy: the components inside them borrow the whole App.
        let layout = self.layout.clone();
        let mirrored = self.locale().language.is_rtl();
        let commands =
            super::layout::side_panels_ui(ui, &layout, mirrored, |ui, side| match side {
                super::layout::Side::Corpus => self.corpus_ui(ui, &theme),
                super::layout::Side::Inspector => self.inspector_ui(ui, &theme),
            });
        self.pending.extend(commands);
        egui::CentralPanel::default().show(ui, |ui| self.central_ui(ui, &theme));
        self.label_popup_ui(&ctx, &theme);
        self.relation_type_menu_ui(&ctx);
        self.windows_ui(&ctx, &theme);
        self.external_change_ui(&ctx);
        self.dialogs_ui(&ctx);
        self.file_dialogs_ui(&ctx);
        // What a window asked for this frame is applied at the start of the next one.
        if !self.pending.is_empty() {
            ctx.request_repaint();
        }
    }

    /// The floating windows that are open, each a component returning commands.
    fn windows_ui(&mut self, ctx: &egui::Context, theme: &Theme) {
        if self.windows.schema_editor
            && let Some(ws) = &self.workspace
        {
            let commands = self
                .schema_editor
                .ui(ctx, ws, theme, &mut self.windows.schema_editor);
            self.pending.extend(commands);
        }
        if self.windows.outlets
            && let Some(ws) = &self.workspace
        {
            let commands = self.outlets.ui(ctx, ws, &mut self.windows.outlets);
            self.pending.extend(commands);
        }
        if self.windows.entities
            && let Some(ws) = &self.workspace
        {
            let commands = self.registry.ui(ctx, ws, &mut self.windows.entities);
            self.pending.extend(commands);
        }
        if self.windows.matrix
            && let Some(ws) = &self.workspace
        {
            let commands = self.matrix.ui(ctx, ws, theme, &mut self.windows.matrix);
            self.pending.extend(commands);
        }
        if let Some(ws) = &self.workspace {
            let commands = self.timeline.ui(ctx, ws, theme);
            self.pending.extend(commands);
        }
        if self.windows.summary
            && let Some(ws) = &self.workspace
        {
            self.sources.ui(ctx, ws, &mut self.windows.summary);
        }
        let fonts = self.font_stack();
        let (cache, shaper, color) = (&mut self.small_layouts, self.shaper.as_ref(), theme.text);
        let mut paragraph =
            |ui: &mut egui::Ui, text: &str| paragraph_ui(ui, cache, shaper, fonts, color, text);
        let welcome = panels::welcome::Welcome {
            prefs: &self.prefs,
            workspace: self.workspace.as_ref(),
            data_dir: &self.data_dir,
        };
        if welcome.ui(ctx, &mut paragraph) {
            self.prefs.welcome_dismissed = true;
        }
        if self.windows.search
            && let Some(ws) = &self.workspace
        {
            let text = (self.shaper.as_ref(), self.font_stack());
            let commands = self
                .search
                .ui(ctx, ws, theme, text, &mut self.windows.search);
            self.pending.extend(commands);
        }
        if self.windows.review
            && let Some(ws) = &self.workspace
        {
            let commands =
                self.review
                    .ui(ctx, ws, &self.reanchored, theme, &mut self.windows.review);
            self.pending.extend(commands);
        }
        if let (Some(ws), Some(adj)) = (&self.workspace, &mut self.adjudication) {
            let commands = adj.ui(ctx, ws);
            self.pending.extend(commands);
        }
        if self.windows.annotator_name {
            let commands = panels::adjudicate::annotator_window_ui(
                ctx,
                &self.prefs.annotator_name(),
                &mut self.windows.annotator_name,
            );
            self.pending.extend(commands);
        }
        let commands = self.export.ui(ctx);
        self.pending.extend(commands);
        if let Some(ws) = &self.workspace {
            let mut text = panels::header::SmallText::new(
                &mut self.small_layouts,
                self.shaper.as_ref(),
                &self.prefs,
            );
            let commands = self
                .suggestions
                .ui(ctx, ws, self.selected, &mut text, theme);
            self.pending.extend(commands);
        }
    }

    #[expect(
        clippy::too_many_lines,
        reason = "the article and what its clicks, drags and arcs lead to, in order"
    )]
    fn central_ui(&mut self, ui: &mut egui::Ui, theme: &Theme) {
        let (Some(ws), Some(i)) = (&self.workspace, self.selected) else {
            ui.centered_and_justified(|ui| ui.label(shown(&tr("article-none-open"))));
            return;
        };
        let generation = ws.generation();
        let mut text = panels::header::SmallText::new(
            &mut self.small_layouts,
            self.shaper.as_ref(),
            &self.prefs,
        );
        let commands = panels::header::header_ui(ui, ws, i, theme, &mut text);
        self.pending.extend(commands);
        ui.separator();
        let spans = self.cached_span_paints(i, theme, ui.visuals().dark_mode);
        let Some(ws) = &self.workspace else { return };
        let Some(text) = ws.articles().get(i).and_then(|a| a.text()) else {
            let reason = panels::corpus::problems_text(&ws.problems(i));
            ui.colored_label(
                theme.warning,
                shown(&tr_args(
                    "article-cannot-show",
                    &[("reason", reason.into())],
                )),
            );
            return;
        };
        let options = self.layout_options();
        let shaper = self.shaper.clone();
        self.article.marks = if self.show_marks {
            crate::text::spoofing::find_suspicious(text)
                .into_iter()
                .map(|s| (s.offset, s.kind.abbreviation()))
                .collect()
        } else {
            Vec::new()
        };
        let text = text.to_owned();
        let arcs = self.set_relation_paints(i, theme);
        let output = self.article.ui(
            ui,
            TextKey {
                document: i,
                generation,
            },
            &text,
            options,
            shaper.as_ref(),
            theme,
            &spans,
        );
        if let Some(k) = output.arc_clicked {
            self.pending.extend(super::relations::select_arc(&arcs, k));
        }
        if let Some((from, to)) = output.relation_dragged {
            self.relation_dragged(from, to);
        }
        if self.picking.is_some() {
            let picked = if output.selection_done {
                self.article.selection.map(|s| s.range())
            } else {
                // A click on a space or a punctuation mark picks nothing; keep waiting.
                output
                    .clicked
                    .as_ref()
                    .filter(|w| w.word_text.chars().any(char::is_alphanumeric))
                    .map(|w| w.word.clone())
            };
            if let Some(range) = picked.filter(|r| !r.is_empty()) {
                self.finish_pick(range);
                return;
            }
        }
        if let Some(word) = &output.clicked {
            self.status = Status::say("status-word")
                .with("word", word.word_text.as_str())
                .with("start", word.word.start)
                .with("end", word.word.end)
                .with("at", word.char_index);
            self.select_span_at(i, word.char_index);
            self.relations.selected = None;
            // A dashed outline clicked where no span is: that suggestion comes into focus.
            if self.selected_span.is_none()
                && let Some(ws) = &self.workspace
                && let Some(doc) = ws.project().documents.get(i)
                && let Some(s) = self.suggestions.at(ws.project(), &doc.id, word.char_index)
            {
                self.pending
                    .push(Command::FocusSuggestion(Box::new(s.clone())));
            }
        }
        if let Some(sel) = self.article.selection.filter(|s| !s.is_empty()) {
            let r = sel.range();
            let quote: String = text.chars().skip(r.start).take(r.len()).collect();
            self.status = Status::say("status-selected")
                .with("quote", quote)
                .with("start", r.start)
                .with("end", r.end);
            self.selected_span = None;
        }
        if output.selection_done {
            self.selection_finished();
        }
        if let Some(response) = &output.response {
            if response.secondary_clicked() {
                if let (Some(at), None) = (output.hovered, self.article.selection) {
                    self.select_span_at(i, at);
                }
                self.open_label_popup();
            }
            if let Some(at) = output.hovered
                && self.label_popup.is_none()
            {
                self.span_tooltip(response, i, at, theme);
            }
        }
    }

    /// The document list, in its side panel.
    fn corpus_ui(&mut self, ui: &mut egui::Ui, theme: &Theme) {
        let mut text = panels::header::SmallText::new(
            &mut self.small_layouts,
            self.shaper.as_ref(),
            &self.prefs,
        );
        let commands = self.corpus.ui(
            ui,
            self.workspace.as_ref(),
            self.selected,
            &self.prefs.recent_projects,
            theme,
            &mut text,
        );
        self.pending.extend(commands);
    }

    /// The label chooser, while it is open.
    fn label_popup_ui(&mut self, ctx: &egui::Context, theme: &Theme) {
        let (Some(popup), Some(ws), Some(doc)) =
            (&mut self.label_popup, &self.workspace, self.selected)
        else {
            return;
        };
        let mut text = panels::header::SmallText::new(
            &mut self.small_layouts,
            self.shaper.as_ref(),
            &self.prefs,
        );
        let selection = self.article.selection.map(|s| s.range());
        let mut open = true;
        let commands = popup.ui(ctx, ws, (doc, selection), (&mut text, theme), &mut open);
        self.pending.extend(commands);
        if !open {
            self.label_popup = None;
        }
    }

    /// The inspector's contents, in its side panel.
    pub(crate) fn inspector_ui(&mut self, ui: &mut egui::Ui, theme: &Theme) {
        let (Some(ws), Some(doc)) = (&self.workspace, self.selected) else {
            return;
        };
        let input = panels::inspector::InspectorInput {
            doc,
            span: self.selected_span.as_ref(),
            selection: self.article.selection.map(|s| s.range()),
            picking: self.picking.as_ref(),
            sticky_label: self.sticky_label,
            last_label: self.last_label.as_ref(),
            relation: self.relations.selected.as_ref(),
        };
        let mut text = panels::header::SmallText::new(
            &mut self.small_layouts,
            self.shaper.as_ref(),
            &self.prefs,
        );
        let commands = self.inspector.ui(ui, ws, &input, theme, &mut text);
        self.pending.extend(commands);
    }

    /// Hovering a highlight shows the spans there: label, text, attributes and note.
    fn span_tooltip(&mut self, response: &egui::Response, i: usize, at: usize, theme: &Theme) {
        let Some(ws) = &self.workspace else { return };
        let Some(doc) = ws.project().documents.get(i) else {
            return;
        };
        let lines: Vec<String> = ws
            .project()
            .annotations
            .containing(&doc.id, at)
            .map(|span| {
                let name = ws
                    .project()
                    .schema
                    .label(&span.label)
                    .map_or(span.label.0.as_str(), |l| l.name.as_str());
                let mut line = format!("{name}: «{}»", span.quote);
                for (k, v) in &span.attributes {
                    let _ = write!(line, "\n{k} = {v}");
                }
                if !span.note.is_empty() {
                    let _ = write!(line, "\n{}", span.note);
                }
                line
            })
            .collect();
        if lines.is_empty() {
            return;
        }
        let fonts = self.font_stack();
        let text = lines.join("\n");
        response.clone().on_hover_ui_at_pointer(|ui| {
            ui.set_max_width(360.0);
            text_block_ui(
                ui,
                &mut self.small_layouts,
                self.shaper.as_ref(),
                &text,
                fonts,
                15.0,
                theme.text,
                12,
                egui::Sense::hover(),
            );
        });
    }

    /// The status line may quote Arabic: it is laid out like article text, not as an egui label
    /// (which would place the words of a right-to-left quote left to right).
    fn status_bar_ui(&mut self, ui: &mut egui::Ui, theme: &Theme) {
        // The face and counts at the line's end (the left in a right-to-left interface), the
        // message from its start.
        let (ends, starts) = if crate::i18n::language().is_rtl() {
            (
                egui::Layout::left_to_right(egui::Align::Center),
                egui::Layout::right_to_left(egui::Align::Center),
            )
        } else {
            (
                egui::Layout::right_to_left(egui::Align::Center),
                egui::Layout::left_to_right(egui::Align::Center),
            )
        };
        ui.horizontal(|ui| {
            ui.with_layout(ends, |ui| {
                ui.weak(super::widgets::bidi::tr_args(
                    "status-face",
                    &[
                        ("face", self.prefs.arabic_face.display_name().into()),
                        ("size", self.prefs.font_size.into()),
                    ],
                ));
                if let Some(ws) = &self.workspace {
                    ui.weak(super::widgets::bidi::tr_args(
                        "documents-count",
                        &[("count", ws.project().documents.len().into())],
                    ));
                }
                ui.with_layout(starts, |ui| {
                    let fonts = self.font_stack();
                    // Said each frame: a switch of language changes the message already shown.
                    let status = self.status.text();
                    let response = text_block_ui(
                        ui,
                        &mut self.small_layouts,
                        self.shaper.as_ref(),
                        &crate::text::bidi::with_isolated_quotes(&status),
                        fonts,
                        14.0,
                        theme.text,
                        1,
                        egui::Sense::hover(),
                    );
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Status, true, &status)
                    });
                });
            });
        });
    }

    fn dialogs_ui(&mut self, ctx: &egui::Context) {
        let fonts = self.font_stack();
        let color = Theme::from_visuals(&ctx.global_style().visuals).text;
        let (cache, shaper) = (&mut self.small_layouts, self.shaper.as_ref());
        let mut paragraph =
            |ui: &mut egui::Ui, text: &str| paragraph_ui(ui, cache, shaper, fonts, color, text);
        let commands = self.prompts.ui(ctx, &mut paragraph);
        self.pending.extend(commands);
        // Said each frame: a switch of language changes the problem already shown.
        if let Some(message) = self.error.as_ref().map(Status::marked) {
            let mut open = true;
            crate::ui::windows::Window::new(bidi::tr("dialog-problem"))
                .collapsible(false)
                .resizable(true)
                .open(&mut open)
                .show(ctx, |ui| {
                    ui.with_layout(super::widgets::mirror::column_layout(), |ui| {
                        ui.label(shown(&message));
                        if ui.button(bidi::tr("dialog-ok")).clicked() {
                            self.error = None;
                        }
                    });
                });
            if !open {
                self.error = None;
            }
        }
        if self.windows.report {
            let summary = self.import_report_text();
            let mut open = true;
            crate::ui::windows::Window::new(bidi::tr("menu-import-report"))
                .open(&mut open)
                .default_width(520.0)
                .show(ctx, |ui| {
                    egui::ScrollArea::vertical()
                        .max_height(super::layout::fitting_height(ctx, 400.0))
                        .show(ui, |ui| {
                            ui.monospace(shown(&summary));
                        });
                });
            self.windows.report = open;
        }
    }
}

/// What the import report is said in: the interface's locale and calendar.
type ReportLocale = (crate::i18n::Locale, crate::i18n::Calendar);

impl App {
    /// The import report of the open workspace in the interface's language, said again only
    /// when the report, the language, the digits or the calendar changed since it last was.
    fn import_report_text(&mut self) -> String {
        let Some(report) = self.workspace.as_ref().and_then(Workspace::import_report) else {
            return String::new();
        };
        let now = (crate::i18n::locale(), crate::i18n::calendar());
        match &self.report_text {
            Some((said, locale, text)) if Arc::ptr_eq(said, report) && *locale == now => {
                text.clone()
            }
            _ => {
                let text = report.summary();
                self.report_text = Some((Arc::clone(report), now, text.clone()));
                text
            }
        }
    }
}

/// A paragraph of the interface (the first-run panel, a question) laid out with the article's
/// engine, so Arabic wraps and reads from the right.
pub(crate) fn paragraph_ui(
    ui: &mut egui::Ui,
    cache: &mut LayoutCache,
    shaper: &dyn TextShaper,
    fonts: FontStack,
    color: egui::Color32,
    text: &str,
) {
    text_block_ui(
        ui,
        cache,
        shaper,
        text,
        fonts,
        13.5,
        color,
        24,
        egui::Sense::hover(),
    );
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }

    /// Tab and Shift+Tab step through the spans of the document unless a text field has the
    /// focus: egui would otherwise move its keyboard focus to the next widget (a note field,
    /// say) and the keys meant for the article would go there.
    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if crate::ui::widgets::text_field::typing(ctx) || self.workspace.is_none() {
            return;
        }
        let pending = &mut self.pending;
        raw_input.events.retain(|event| match event {
            egui::Event::Key {
                key: egui::Key::Tab,
                pressed,
                modifiers,
                ..
            } => {
                if *pressed {
                    pending.push(if modifiers.shift {
                        Command::PreviousSpan
                    } else {
                        Command::NextSpan
                    });
                }
                false
            }
            _ => true,
        });
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, prefs::STORAGE_KEY, &self.prefs);
    }
}
