//! The first-run panel: shown over the bundled sample until the analyst closes it (remembered
//! in the preferences), it lists the five gestures that matter, with the keys of the open
//! project's labels. The list is built by [`gestures`], tested without a window.

use std::path::Path;

use crate::i18n::{tr, tr_args};
use crate::model::Schema;
use crate::ui::claims::CLAIM_LABEL;
use crate::ui::commands::Command;
use crate::ui::prefs::Prefs;
use crate::workspace::Workspace;

/// The window's title in English, which tests look for.
pub const TITLE: &str = "Getting started";

/// One gesture: what it achieves and how to do it, in the interface's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gesture {
    pub what: String,
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
        tr("welcome-label-keys-none")
    } else {
        // The list's comma is the language's own.
        let comma = if crate::i18n::language().is_rtl() {
            "، "
        } else {
            ", "
        };
        tr_args(
            "welcome-label-keys",
            &[("labels", keyed.join(comma).into())],
        )
    }
}

/// The key that labels a claim's content in `schema`, as "press 8 (Claim)", or how to reach
/// the label.
fn claim_key(schema: &Schema) -> String {
    let chooser = keys(&Command::OpenLabelPopup);
    match schema.labels.iter().find(|l| l.id.0 == CLAIM_LABEL) {
        Some(label) => match label.key {
            Some(key) => tr_args(
                "welcome-claim-press",
                &[
                    ("key", key.to_string().into()),
                    ("label", label.name.as_str().into()),
                ],
            ),
            None => tr_args(
                "welcome-claim-choose",
                &[
                    ("label", label.name.as_str().into()),
                    ("chooser", chooser.into()),
                ],
            ),
        },
        None => tr_args("welcome-claim-choose-any", &[("chooser", chooser.into())]),
    }
}

/// The five gestures, with the keys of `schema` and of the app's commands.
pub fn gestures(schema: &Schema) -> Vec<Gesture> {
    vec![
        Gesture {
            what: tr("welcome-label-what"),
            how: tr_args(
                "welcome-label-how",
                &[
                    ("keys", label_keys(schema).into()),
                    ("chooser", keys(&Command::OpenLabelPopup).into()),
                ],
            ),
        },
        Gesture {
            what: tr("welcome-claim-what"),
            how: tr_args("welcome-claim-how", &[("how", claim_key(schema).into())]),
        },
        Gesture {
            what: tr("welcome-entity-what"),
            how: tr("welcome-entity-how"),
        },
        Gesture {
            what: tr("welcome-cluster-what"),
            how: tr("welcome-cluster-how"),
        },
        Gesture {
            what: tr("welcome-compare-what"),
            how: tr_args(
                "welcome-compare-how",
                &[
                    ("save", keys(&Command::SaveProject).into()),
                    ("undo", keys(&Command::Undo).into()),
                ],
            ),
        },
    ]
}

/// Whether the panel shows: not closed before, and the bundled sample is open (the first
/// launch opens it; an analyst's own project is left alone).
pub fn is_due(prefs: &Prefs, workspace: Option<&Workspace>, data_dir: &Path) -> bool {
    !prefs.welcome_dismissed
        && workspace
            .and_then(|ws| ws.project_path())
            .is_some_and(|path| crate::sample::is_bundled(path, data_dir))
}

/// What the panel reads.
pub struct Welcome<'a> {
    pub prefs: &'a Prefs,
    pub workspace: Option<&'a Workspace>,
    pub data_dir: &'a Path,
}

impl Welcome<'_> {
    /// Draws the panel while it is due, its paragraphs through `paragraph` (the article's
    /// engine, which wraps right-to-left lines correctly); true when the analyst closed it this
    /// frame.
    pub fn ui(&self, ctx: &egui::Context, paragraph: &mut dyn FnMut(&mut egui::Ui, &str)) -> bool {
        if !is_due(self.prefs, self.workspace, self.data_dir) {
            return false;
        }
        let schema = self
            .workspace
            .map_or_else(crate::store::default_schema, |ws| {
                ws.project().schema.clone()
            });
        let mut open = true;
        let mut dismissed = false;
        let rtl = crate::i18n::language().is_rtl();
        crate::ui::windows::Window::new(crate::ui::widgets::bidi::tr("welcome-title"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(360.0)
            .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -36.0])
            .show(ctx, |ui| {
                // Headings and the button from the right in Arabic, as the paragraphs are.
                let align = if rtl {
                    egui::Align::Max
                } else {
                    egui::Align::Min
                };
                ui.with_layout(egui::Layout::top_down(align), |ui| {
                    paragraph(ui, &tr("welcome-intro"));
                    ui.add_space(4.0);
                    // On a small screen the list scrolls, so the panel leaves the article in view
                    // and its button stays where it can be pressed.
                    egui::ScrollArea::vertical()
                        .max_height(crate::ui::layout::fitting_height(ctx, 580.0) - 120.0)
                        .show(ui, |ui| {
                            for (n, gesture) in gestures(&schema).iter().enumerate() {
                                ui.strong(crate::ui::widgets::bidi::tr_args(
                                    "welcome-numbered",
                                    &[
                                        ("n", (n + 1).into()),
                                        ("what", gesture.what.as_str().into()),
                                    ],
                                ));
                                paragraph(ui, &gesture.how);
                                ui.add_space(2.0);
                            }
                        });
                    ui.add_space(4.0);
                    dismissed = ui
                        .button(crate::ui::widgets::bidi::tr("welcome-got-it"))
                        .clicked();
                });
            });
        dismissed || !open
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LabelId;

    #[test]
    fn gestures_name_the_keys_of_the_project() {
        let schema = crate::store::default_schema();
        let plain = |g: &Gesture| g.how.replace(['\u{2068}', '\u{2069}'], "");
        let list: Vec<Gesture> = gestures(&schema)
            .into_iter()
            .map(|g| Gesture {
                how: plain(&g),
                what: g.what,
            })
            .collect();
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
        let list: Vec<String> = gestures(&other).iter().map(plain).collect();
        assert!(list[1].contains("choose Claim with Enter"), "{}", list[1]);
    }
}
