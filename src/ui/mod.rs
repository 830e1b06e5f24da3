//! The desktop application: state that lives across frames ([`App`]), the commands it applies,
//! panels and the article view. Nothing outside `ui` depends on it.

pub mod annotate;
pub mod app;
pub mod claims;
pub mod commands;
pub mod dialogs;
pub mod doc_labels;
pub mod external;
pub mod file_browser;
pub mod fonts;
pub mod label_popup;
pub mod layout;
pub mod loading;
pub mod outlets;
pub mod panels;
pub mod prefs;
pub mod prompts;
pub mod relations;
pub mod status;
pub mod suggestions;
pub mod theme;
pub mod timeline;
pub mod widgets;
pub mod window_list;
pub mod windows;

pub use app::{App, Start};
pub use commands::Command;

/// Open the main window and run until it closes.
pub fn run(start: Start) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("hashiya")
            .with_app_id(crate::settings::APP_ID)
            .with_inner_size([1280.0, 860.0])
            .with_min_inner_size([640.0, 400.0])
            .with_drag_and_drop(true),
        // Rendering must never depend on the machine's fonts: every face is bundled.
        system_font_fallback: false,
        ..Default::default()
    };
    eframe::run_native(
        "hashiya",
        options,
        Box::new(move |cc| Ok(Box::new(App::new(cc, start)?))),
    )
    .map_err(|e| anyhow::anyhow!("could not open the window: {e}"))
}
