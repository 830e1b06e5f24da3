//! Every window the App can show, each named by the message of its title, with the file that
//! draws it. The check of the interface's language (`tests/ui_language.rs`) opens each in turn
//! and reads every text of the window; a test here reads `src/ui` and fails on a window
//! (`egui::Window`, or an `egui::Area` that floats like one) that this list does not name, so a
//! window cannot be added without being checked.

macro_rules! window_list {
    ($($(#[$doc:meta])* $kind:ident => ($title:literal, $file:literal),)*) => {
        /// A window the App can show.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum WindowKind {
            $($(#[$doc])* $kind,)*
        }

        impl WindowKind {
            /// Every kind, in the order written.
            pub const ALL: &[Self] = &[$(Self::$kind,)*];

            /// The message of the window's title (for the label chooser, which has none, the
            /// name of its field).
            pub fn title(self) -> &'static str {
                match self {
                    $(Self::$kind => $title,)*
                }
            }

            /// The file under `src/ui` that draws the window.
            pub fn file(self) -> &'static str {
                match self {
                    $(Self::$kind => $file,)*
                }
            }
        }
    };
}

window_list! {
    /// The first-run panel over the sample.
    Welcome => ("welcome-title", "panels/welcome.rs"),
    ClaimMatrix => ("matrix-title", "panels/matrix.rs"),
    Entities => ("entities-title", "panels/entities.rs"),
    Outlets => ("outlets-title", "outlets.rs"),
    Sources => ("sources-title", "panels/sources.rs"),
    Timeline => ("timeline-title", "timeline/mod.rs"),
    Search => ("search-title", "panels/search/mod.rs"),
    Suggestions => ("suggestions-title", "suggestions/view.rs"),
    Review => ("review-title", "panels/review.rs"),
    LabelEditor => ("editor-title", "panels/schema_editor.rs"),
    Export => ("export-title", "panels/transfer.rs"),
    /// The question before an export of a report replaces a file.
    ReplaceReport => ("export-replace-title", "panels/transfer.rs"),
    /// What an import of annotations read and passed over.
    AnnotationsImported => ("export-import-report", "panels/transfer.rs"),
    /// The comparison with a colleague's copy (its title names their project).
    Comparison => ("compare-title", "panels/adjudicate.rs"),
    Agreement => ("agreement-title", "panels/adjudicate.rs"),
    AnnotatorName => ("annotator-title", "panels/adjudicate.rs"),
    Problem => ("dialog-problem", "app.rs"),
    /// What the last import of articles skipped or warned about.
    ImportReport => ("menu-import-report", "app.rs"),
    /// A folder or project being read, with its progress.
    Loading => ("loading-title", "loading.rs"),
    /// The types a relation being made may take.
    RelationType => ("relation-choose-type", "relations/mod.rs"),
    RecoverJournal => ("prompt-recover-title", "prompts.rs"),
    UnsavedChanges => ("prompt-unsaved-title", "prompts.rs"),
    ReplaceProject => ("prompt-replace-title", "prompts.rs"),
    FolderOutlets => ("prompt-outlets-title", "prompts.rs"),
    OtherCorpusFolder => ("prompt-other-folder-title", "prompts.rs"),
    ProjectChangedOnDisk => ("external-project-title", "external.rs"),
    ArticleChangedOnDisk => ("external-article-title", "external.rs"),
    /// The file dialog drawn inside the window (titled by what it asks for).
    FileDialog => ("dialog-open-project", "file_browser.rs"),
    /// The label chooser with type-ahead beside the selection.
    LabelChooser => ("label-chooser-name", "label_popup.rs"),
}

#[cfg(test)]
mod tests {
    use super::WindowKind;
    use std::path::Path;

    fn sources(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).expect("source folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.strip_prefix(root).expect("under src/ui");
                let text = std::fs::read_to_string(&path).expect("source");
                out.push((name.to_string_lossy().replace('\\', "/"), text));
            }
        }
    }

    /// The window-making calls of a file, outside its tests.
    fn windows_made(text: &str) -> usize {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        // Spelt in two halves, so that the check of labels does not read them as calls.
        [concat!("Window", "::new("), concat!("egui::Area", "::new(")]
            .iter()
            .map(|call| code.matches(call).count())
            .sum()
    }

    /// A file draws no more windows than the list gives it, and each title the list names is a
    /// message the window's source uses.
    #[test]
    fn every_window_of_the_source_is_listed() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
        let mut files = Vec::new();
        sources(&root, &root, &mut files);
        let all: String = files.iter().map(|(_, text)| text.as_str()).collect();
        let mut report = Vec::new();
        // `windows::Window` itself, through which the windows below are built.
        for (name, text) in files.iter().filter(|(name, _)| name != "windows.rs") {
            let listed = WindowKind::ALL.iter().filter(|k| k.file() == name).count();
            let made = windows_made(text);
            if made > listed {
                report.push(format!("{name}: {made} windows made, {listed} listed"));
            }
        }
        for kind in WindowKind::ALL {
            if !files.iter().any(|(name, _)| name == kind.file()) {
                report.push(format!("{kind:?}: no file {}", kind.file()));
            }
            if !all.contains(&format!("\"{}\"", kind.title())) {
                report.push(format!("{kind:?}: no message {}", kind.title()));
            }
        }
        assert!(report.is_empty(), "{}", report.join("\n"));
    }

    #[test]
    fn the_check_counts_the_windows_a_file_makes() {
        let window = concat!("windows::Window", "::new");
        let area = concat!("egui::Area", "::new");
        let text = format!("{window}(a)\n{area}(id)\n#[cfg(test)]\n{window}(b)");
        assert_eq!(windows_made(&text), 2);
    }

    /// The windows built with egui's own builder rather than `windows::Window`, outside
    /// `windows.rs` and outside tests: `file:line` of each.
    fn built_without_the_mirrored_title_bar(name: &str, text: &str) -> Vec<String> {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let call = concat!("Window", "::new(");
        code.match_indices(call)
            .filter(|&(at, _)| !code[..at].ends_with("windows::"))
            .map(|(at, _)| format!("{name}:{}", code[..at].matches('\n').count() + 1))
            .collect()
    }

    /// Every window goes through `windows::Window`, which mirrors its title bar in a
    /// right-to-left interface: none is built with `egui::Window` directly.
    #[test]
    fn every_window_is_built_through_windows_window() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
        let mut files = Vec::new();
        sources(&root, &root, &mut files);
        let found: Vec<String> = files
            .iter()
            .filter(|(name, _)| name != "windows.rs")
            .flat_map(|(name, text)| built_without_the_mirrored_title_bar(name, text))
            .collect();
        assert!(found.is_empty(), "built without windows::Window: {found:?}");
        let made: usize = files.iter().map(|(_, text)| windows_made(text)).sum();
        assert!(made > 20, "the check reads the windows of src/ui: {made}");
    }

    #[test]
    fn the_check_finds_a_window_built_with_egui_directly() {
        let direct = concat!("egui::Window", "::new");
        let through = concat!("windows::Window", "::new");
        let text = format!("{through}(a)\n{direct}(b)\n#[cfg(test)]\n{direct}(c)");
        assert_eq!(
            built_without_the_mirrored_title_bar("x.rs", &text),
            vec!["x.rs:2".to_owned()]
        );
    }
}
