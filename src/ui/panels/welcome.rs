//! The first-run panel: shown over the bundled sample until the analyst closes it (remembered
//! in the preferences), it lists the five gestures that matter, with the keys of the open
//! project's labels. The list is built by [`gestures`], tested without a window.

use std::path::Path;

use crate::model::Schema;
use crate::ui::claims::CLAIM_LABEL;
use crate::ui::commands::Command;
use crate::ui::prefs::Prefs;
use crate::ui::widgets::bidi::shown;
use crate::workspace::Workspace;

/// The window's title, which tests look for.
pub const TITLE: &str = "Getting started";

/// One gesture: what it achieves and how to do it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gesture {
    pub what: &'static str,
    pub how: String,
}

/// The shortcut of `command` as the menus show it ("Ctrl+S").
fn keys(command: &Command) -> String {
    command.shortcut().map_or_else(String::new, |s| {
        s.format(&egui::ModifierNames::NAMES, cfg!(target_os = "macos"))
    })
}

/// "1 Person, 2 Organisation, 3 Place": the first keyed labels of `schema`, other than the
/// claim's.
fn label_keys(schema: &Schema) -> String {
    let keyed: Vec<String> = schema
        .labels
        .iter()
        .filter(|l| l.id.0 != CLAIM_LABEL)
        .filter_map(|l| Some(format!("{} {}", l.key?, l.name)))
        .take(3)
        .collect();
    if keyed.is_empty() {
        "its label key".to_owned()
    } else {
        format!("a label key ({}, …)", keyed.join(", "))
    }
}

/// The key that labels a claim's content in `schema`, as "8", or how to reach the label.
fn claim_key(schema: &Schema) -> String {
    match schema.labels.iter().find(|l| l.id.0 == CLAIM_LABEL) {
        Some(label) => label.key.map_or_else(
            || {
                format!(
                    "choose {} with {}",
                    label.name,
                    keys(&Command::OpenLabelPopup)
                )
            },
            |key| format!("press {key} ({})", label.name),
        ),
        None => format!(
            "choose a claim label with {}",
            keys(&Command::OpenLabelPopup)
        ),
    }
}

/// The five gestures, with the keys of `schema` and of the app's commands.
pub fn gestures(schema: &Schema) -> Vec<Gesture> {
    vec![
        Gesture {
            what: "Label a span",
            how: format!(
                "Select words in the article and press {}. {} opens the label chooser; Shift \
                 with the key leaves out a proclitic (wa-, bi-, li-).",
                label_keys(schema),
                keys(&Command::OpenLabelPopup)
            ),
        },
        Gesture {
            what: "Make a claim",
            how: format!(
                "Select what is claimed and {}. In the inspector, \"Click in text\" then click \
                 who says it, and \"Click the cue word\" (قال، نفى); set Polarity to Denies for \
                 a denial.",
                claim_key(schema)
            ),
        },
        Gesture {
            what: "Link a mention to an entity",
            how: "Click a labelled name; in the inspector, \"Link to…\" an entity, or \"New \
                  entity\". Names matching an alias are offered first."
                .to_owned(),
        },
        Gesture {
            what: "Gather a claim across outlets",
            how: "With a claim selected, \"Add to cluster…\" in the inspector, or name a \
                  \"New cluster\"."
                .to_owned(),
        },
        Gesture {
            what: "Compare the sources, and save",
            how: format!(
                "In the Views menu, Claims × sources shows which outlet reports, contradicts \
                 or denies each cluster, and Sources and plots counts per outlet. {} saves, {} \
                 undoes.",
                keys(&Command::SaveProject),
                keys(&Command::Undo)
            ),
        },
    ]
}

/// Whether the panel shows: not closed before, and the bundled sample is open (the first
/// launch opens it; an analyst's own project is left alone).
pub fn is_due(prefs: &Prefs, workspace: Option<&Workspace>, data_dir: &Path) -> bool {
    !prefs.welcome_dismissed
        && workspace
            .and_then(|ws| ws.project_path.as_deref())
            .is_some_and(|path| crate::sample::is_bundled(path, data_dir))
}

/// Draws the panel while it is due; true when the analyst closed it this frame.
pub fn welcome_ui(
    ctx: &egui::Context,
    prefs: &Prefs,
    workspace: Option<&Workspace>,
    data_dir: &Path,
) -> bool {
    if !is_due(prefs, workspace, data_dir) {
        return false;
    }
    let schema = workspace.map_or_else(crate::store::default_schema, |ws| {
        ws.project().schema.clone()
    });
    let mut open = true;
    let mut dismissed = false;
    egui::Window::new(shown(TITLE))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(360.0)
        .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -36.0])
        .show(ctx, |ui| {
            ui.label(
                "This sample holds six fictional articles about one week, from six outlets, \
                 already annotated. Five gestures do most of the work:",
            );
            ui.add_space(4.0);
            // On a small screen the list scrolls, so the panel leaves the article in view and
            // its button stays where it can be pressed.
            egui::ScrollArea::vertical()
                .max_height(crate::ui::layout::fitting_height(ctx, 580.0) - 120.0)
                .show(ui, |ui| {
                    for (n, gesture) in gestures(&schema).iter().enumerate() {
                        ui.strong(shown(&format!("{}. {}", n + 1, gesture.what)));
                        ui.label(shown(&gesture.how));
                        ui.add_space(2.0);
                    }
                });
            ui.add_space(4.0);
            dismissed = ui.button("Got it").clicked();
        });
    dismissed || !open
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LabelId;

    #[test]
    fn gestures_name_the_keys_of_the_project() {
        let schema = crate::store::default_schema();
        let list = gestures(&schema);
        assert_eq!(list.len(), 5);
        assert!(list[0].how.contains("1 Person"), "{}", list[0].how);
        assert!(list[0].how.contains("Enter"), "{}", list[0].how);
        assert!(list[1].how.contains("press 8 (Claim)"), "{}", list[1].how);
        assert!(list[4].how.contains("Ctrl+S"), "{}", list[4].how);
        // Another schema, other keys: a claim label without a key is reached by the chooser.
        let mut other = schema.clone();
        for label in &mut other.labels {
            if label.id == LabelId(CLAIM_LABEL.into()) {
                label.key = None;
            }
        }
        let list = gestures(&other);
        assert!(
            list[1].how.contains("choose Claim with Enter"),
            "{}",
            list[1].how
        );
    }
}
