//! Everything the user can do, as data. Menus, keyboard shortcuts and tests all go through
//! [`Command`] and one function applies them (`App::apply`).

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::BaseDirection;
use crate::text::Face;

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    OpenFolderDialog,
    OpenProjectDialog,
    /// Open a folder of articles or a project file.
    OpenPath(PathBuf),
    /// Open a project whose corpus folder lies outside its own folder (the analyst agreed).
    OpenTrusting(PathBuf),
    /// Open, dropping unsaved changes (after the analyst said so).
    OpenPathDiscarding(PathBuf),
    SaveProject,
    SaveProjectAsDialog,
    SaveProjectAs(PathBuf),
    /// Save as over another project, the analyst having agreed: it is backed up first.
    SaveProjectAsReplacing(PathBuf),
    SelectDocument(usize),
    NextDocument,
    PreviousDocument,
    FontBigger,
    FontSmaller,
    SetArabicFace(Face),
    SetDocumentDirection(BaseDirection),
    ShowImportReport,
    Undo,
    Redo,
    DeleteSpan,
    NextSpan,
    PreviousSpan,
    ToggleStickyLabel,
    /// View ▸ Show invisible marks: bidi controls and zero-width characters named in the article.
    ToggleInvisibleMarks,
    /// The label chooser (type-ahead) for the selection or the selected span.
    OpenLabelPopup,
    /// Label the selection with this label (without its proclitic if `strip_proclitic`), or,
    /// with no text selected, relabel the selected span (what the label chooser chose).
    ApplyLabel {
        label: crate::model::LabelId,
        strip_proclitic: bool,
    },
    /// The next click (or selection) in the text fills in this part of a claim.
    StartPick(crate::ui::claims::Pick),
    /// Select this relation (its arc drawn strong, its form in the inspector), or none.
    SelectRelation(Option<crate::model::RelationId>),
    /// Escape: forget the selection and the selected span.
    ClearSelection,
    ShowSchemaEditor,
    ShowSearch,
    ShowEntities,
    /// The entity registry, open on this entity's form.
    ShowEntity(crate::model::EntityId),
    /// Select this entity's next mention after the selected span, in corpus order.
    NextMention(crate::model::EntityId),
    ShowClaimMatrix,
    /// The timeline of this cluster (who said it first), or of the one shown last.
    ShowTimeline(Option<crate::model::ClusterId>),
    /// Delete a claim cluster; its claims stay. One undoable step.
    DeleteCluster(crate::model::ClusterId),
    /// Change the project: checked, undoable, journaled (what a panel's form asks for).
    Edit(crate::model::Transaction),
    /// Show a span: its document, scrolled to it, selected in the inspector.
    JumpToSpan(crate::model::DocId, crate::model::SpanId),
    /// Show a document scrolled to a char offset, nothing selected, with this span (if any) in
    /// the inspector (a disagreement in focus, which may have no span of mine).
    ShowPlace {
        doc: crate::model::DocId,
        at: usize,
        span: Option<crate::model::SpanId>,
    },
    /// Show a char range of the document at this index, scrolled to and selected (a search hit,
    /// labelled or not).
    ShowRange(usize, std::ops::Range<usize>),
    /// Say this in the status bar (what a window's action came to).
    ShowStatus(crate::ui::status::Status),
    /// Show this in the Problem window (what went wrong in work done in the background), said
    /// in the language in use each frame.
    ShowProblem(crate::ui::status::Status),
    ShowSources,
    ShowOutlets,
    ShowReview,
    ShowExport,
    /// Ask where to export in this format (a button of the Export window).
    ExportDialog(crate::export::ExportFormat),
    /// Export in this format to this file or folder (the window's buttons ask where first).
    Export(crate::export::ExportFormat, PathBuf),
    /// File ▸ Export report…: ask where to write the report in this format.
    ExportReportDialog(crate::report::ReportFormat),
    /// Write the report to this file; a file already there only when `replace` (the analyst
    /// agreed), else the window asks first.
    ExportReport {
        format: crate::report::ReportFormat,
        path: PathBuf,
        replace: bool,
    },
    ImportAnnotationsDialog(crate::import::annotations::ImportFormat),
    /// Import annotations in this format from this file or folder into the open project.
    ImportAnnotations(crate::import::annotations::ImportFormat, PathBuf),
    /// Team ▸ Compare with…: pick a colleague's project file.
    CompareDialog,
    /// Compare the open project with this colleague's project file.
    Compare(PathBuf),
    ShowComparison,
    CloseComparison,
    NextDisagreement,
    PreviousDisagreement,
    /// Take the colleague's version of the disagreement in focus.
    AcceptTheirs,
    /// Keep mine; the disagreement leaves the list.
    RejectTheirs,
    /// Select my span of the disagreement in focus (taking theirs first if I have none).
    EditMine,
    /// Take every span only the colleague marked, as one undoable step.
    TakeAllOnlyTheirs,
    ShowAgreement,
    /// The name stamped on new and changed spans and claims.
    SetAnnotator(String),
    /// The small window where the annotator name is typed.
    ShowAnnotatorName,
    /// Fold the document list away, or bring it back.
    ToggleCorpusPanel,
    /// Fold the inspector away, or bring it back.
    ToggleInspector,
    /// Open or fold a side panel (dragging its edge or its strip).
    SetPanelOpen(crate::ui::layout::Side, bool),
    /// The analyst dragged a side panel to this width; it is kept across restarts.
    SetPanelWidth(crate::ui::layout::Side, f32),
    SetTheme(crate::ui::theme::ThemeChoice),
    /// View ▸ Language: the interface's language, at once.
    SetLanguage(crate::ui::prefs::LanguageChoice),
    /// View ▸ Language ▸ the digits numbers are shown in.
    SetDigits(crate::i18n::Digits),
    /// View ▸ Calendar: the calendar dates are shown in, at once.
    SetCalendar(crate::i18n::Calendar),
    /// File ▸ Use the built-in file dialog: hashiya's own instead of the system's.
    SetBuiltinFileDialog(bool),
    RecoverJournal,
    DiscardJournal,
    Quit,
    /// Show the next suggestion (in this document, then the next ones) and focus on it.
    NextSuggestion,
    PreviousSuggestion,
    /// Focus on this suggestion and show it (a row of the Suggestions window clicked).
    FocusSuggestion(Box<crate::suggest::Suggestion>),
    /// Accept the suggestion in focus (or the first of the document): one undoable step.
    AcceptSuggestion,
    /// Reject it: remembered in the project, never proposed again; undoable.
    RejectSuggestion,
    /// Accept every suggestion of the focused one's form and label in this document, as one step.
    AcceptSuggestionsInDocument,
    /// The same in every document of the corpus.
    AcceptSuggestionsInCorpus,
    /// Switch a suggester on or off for this project (an undoable change of the project).
    SwitchSuggester(crate::suggest::Source, bool),
    ShowSuggestions,
}

impl Command {
    /// Shortcuts that fire without a focused widget. Kept beside the enum so menus can show them.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let ctrl = Modifiers::COMMAND;
        let ctrl_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        Some(match self {
            Command::OpenFolderDialog => KeyboardShortcut::new(ctrl, Key::O),
            Command::OpenProjectDialog => KeyboardShortcut::new(ctrl_shift, Key::O),
            Command::SaveProject => KeyboardShortcut::new(ctrl, Key::S),
            Command::SaveProjectAsDialog => KeyboardShortcut::new(ctrl_shift, Key::S),
            Command::FontBigger => KeyboardShortcut::new(ctrl, Key::Plus),
            Command::FontSmaller => KeyboardShortcut::new(ctrl, Key::Minus),
            Command::NextDocument => KeyboardShortcut::new(Modifiers::ALT, Key::ArrowDown),
            Command::PreviousDocument => KeyboardShortcut::new(Modifiers::ALT, Key::ArrowUp),
            Command::Quit => KeyboardShortcut::new(ctrl, Key::Q),
            Command::Undo => KeyboardShortcut::new(ctrl, Key::Z),
            Command::Redo => KeyboardShortcut::new(ctrl_shift, Key::Z),
            Command::DeleteSpan => KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
            Command::NextSpan => KeyboardShortcut::new(Modifiers::NONE, Key::Tab),
            Command::PreviousSpan => KeyboardShortcut::new(Modifiers::SHIFT, Key::Tab),
            Command::OpenLabelPopup => KeyboardShortcut::new(Modifiers::NONE, Key::Enter),
            Command::ClearSelection => KeyboardShortcut::new(Modifiers::NONE, Key::Escape),
            Command::ShowSearch => KeyboardShortcut::new(ctrl, Key::F),
            Command::ToggleCorpusPanel => KeyboardShortcut::new(ctrl, Key::B),
            Command::ToggleInspector => KeyboardShortcut::new(ctrl, Key::I),
            Command::NextSuggestion => KeyboardShortcut::new(Modifiers::NONE, Key::F7),
            Command::PreviousSuggestion => KeyboardShortcut::new(Modifiers::SHIFT, Key::F7),
            Command::AcceptSuggestion => KeyboardShortcut::new(ctrl, Key::Enter),
            Command::RejectSuggestion => KeyboardShortcut::new(ctrl, Key::Backspace),
            Command::AcceptSuggestionsInDocument => KeyboardShortcut::new(ctrl_shift, Key::Enter),
            Command::AcceptSuggestionsInCorpus => {
                KeyboardShortcut::new(ctrl | Modifiers::ALT, Key::Enter)
            }
            _ => return None,
        })
    }

    /// Commands reachable by a shortcut, checked every frame. egui matches a shortcut even when
    /// Shift or Alt are held besides its own modifiers, so the more specific come first.
    pub const WITH_SHORTCUTS: [Command; 25] = [
        Command::AcceptSuggestionsInCorpus,
        Command::AcceptSuggestionsInDocument,
        Command::AcceptSuggestion,
        Command::RejectSuggestion,
        Command::PreviousSuggestion,
        Command::NextSuggestion,
        Command::ShowSearch,
        Command::ToggleCorpusPanel,
        Command::ToggleInspector,
        Command::Redo,
        Command::Undo,
        Command::DeleteSpan,
        Command::PreviousSpan,
        Command::NextSpan,
        Command::OpenLabelPopup,
        Command::ClearSelection,
        Command::OpenProjectDialog,
        Command::OpenFolderDialog,
        Command::SaveProjectAsDialog,
        Command::SaveProject,
        Command::FontBigger,
        Command::FontSmaller,
        Command::NextDocument,
        Command::PreviousDocument,
        Command::Quit,
    ];
}
