//! Relations between spans in the window: their arcs over the article, the selected relation,
//! and making one — from the keyboard (with a span selected press R, Tab / Shift+Tab to the
//! target, Enter, then the type's key or a click in the small menu; Esc cancels) or by a
//! Ctrl+drag from one span to another. Only the types whose labels allow the two spans are
//! offered; the new relation is one undoable edit. A relation to or from a span of another
//! document is drawn as a short arc from its span, labelled with its type and that document's
//! title.

pub mod editor;
pub mod panel;

use crate::model::{DocId, Edit, Message, Project, RelationId, RelationType, SpanId, Transaction};
use crate::ui::commands::Command;
use crate::ui::status::Status;
use crate::ui::theme::Theme;
use crate::ui::widgets::arcs::Away;
use crate::ui::widgets::article_view::RelationPaint;
use crate::ui::widgets::bidi::{self, shown};

use super::app::App;

/// A relation being made: its source, the target proposed (Tab moves it) and whether the target
/// is confirmed, so that the type is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Making {
    pub doc: DocId,
    pub source: SpanId,
    pub target: Option<SpanId>,
    pub choosing_type: bool,
}

/// The window's relation state: the relation selected (its arc drawn strong, its form in the
/// inspector) and the one being made.
#[derive(Debug, Clone, Default)]
pub struct Relations {
    pub selected: Option<RelationId>,
    pub making: Option<Making>,
}

/// The relation types that may join `source` to `target` (by their labels), in schema order.
pub fn allowed_types<'a>(
    project: &'a Project,
    source: &SpanId,
    target: &SpanId,
) -> Vec<&'a RelationType> {
    let (Some((_, s)), Some((_, t))) = (
        project.annotations.find(source),
        project.annotations.find(target),
    ) else {
        return Vec::new();
    };
    project
        .schema
        .relation_types
        .iter()
        .filter(|k| k.allows_source(&s.label) && k.allows_target(&t.label))
        .collect()
}

/// The spans of `doc` a relation from `source` may go to: every other span some type allows.
pub fn candidates(project: &Project, doc: &DocId, source: &SpanId) -> Vec<SpanId> {
    project
        .annotations
        .spans(doc)
        .iter()
        .filter(|s| &s.id != source && !allowed_types(project, source, &s.id).is_empty())
        .map(|s| s.id.clone())
        .collect()
}

/// The arcs of `doc`: its relations with both ends in it (those to other documents are listed
/// in the inspector), and the one being made, drawn selected. Also the relation of each arc.
pub fn relation_paints(
    project: &Project,
    doc: &DocId,
    relations: &Relations,
    theme: &Theme,
) -> (Vec<RelationPaint>, Vec<Option<RelationId>>) {
    let range = |id: &SpanId| project.annotations.get(doc, id).map(|s| s.start..s.end);
    let mut paints = Vec::new();
    let mut ids = Vec::new();
    for (_, relation) in project.annotations.relations_touching(doc) {
        let (source, target, away) = match (range(&relation.source), range(&relation.target)) {
            (Some(source), Some(target)) => (source, target, None),
            (Some(source), None) => (source, 0..0, Some(Away::Target)),
            (None, Some(target)) => (0..0, target, Some(Away::Source)),
            (None, None) => continue,
        };
        let kind = project.schema.relation_type(&relation.kind);
        let name = kind.map_or_else(|| relation.kind.0.clone(), |k| k.name.clone());
        let label = match away {
            None => name,
            Some(away) => {
                let other = match away {
                    Away::Source => &relation.source,
                    Away::Target => &relation.target,
                };
                format!("{name} · {}", other_title(project, other))
            }
        };
        paints.push(RelationPaint {
            source,
            target,
            label,
            colour: kind.map_or(theme.weak_text, |k| theme.span_stroke(k.colour)),
            directed: kind.is_none_or(|k| k.directed),
            selected: relations.selected.as_ref() == Some(&relation.id),
            away,
        });
        ids.push(Some(relation.id.clone()));
    }
    if let Some(making) = &relations.making
        && &making.doc == doc
        && let Some(target) = &making.target
        && let (Some(source), Some(target)) = (range(&making.source), range(target))
    {
        paints.push(RelationPaint {
            source,
            target,
            label: "?".to_owned(),
            colour: theme.selected_span,
            directed: true,
            selected: true,
            away: None,
        });
        ids.push(None);
    }
    // Drawn in the order of their spans, not of their random IDs, so the picture is stable.
    let mut both: Vec<_> = paints.into_iter().zip(ids).collect();
    both.sort_by(|(a, _), (b, _)| {
        (a.source.start, a.target.start, &a.label).cmp(&(b.source.start, b.target.start, &b.label))
    });
    both.into_iter().unzip()
}

/// The title of the document holding `span` (its ID when untitled), cut to a few words for an
/// arc's label.
fn other_title(project: &Project, span: &SpanId) -> String {
    const MOST: usize = 16;
    let Some((doc, _)) = project.annotations.find(span) else {
        return String::new();
    };
    let title = project
        .document(doc)
        .map(|d| d.title.trim())
        .filter(|t| !t.is_empty())
        .unwrap_or(doc.0.as_str());
    if title.chars().count() <= MOST {
        return title.to_owned();
    }
    let cut: String = title.chars().take(MOST).collect();
    format!("{}…", cut.trim_end())
}

/// The transaction adding a relation of `kind` from `source` to `target`.
pub fn new_relation(
    project: &Project,
    kind: &RelationType,
    source: &SpanId,
    target: &SpanId,
) -> Option<Transaction> {
    let quote = |id: &SpanId| {
        project
            .annotations
            .find(id)
            .map_or_else(String::new, |(_, s)| s.quote.clone())
    };
    let edit = Edit::add_relation(project, kind.id.clone(), source, target)?;
    Some(Transaction::single(
        Message::RELATION_EDIT_MADE
            .with("source", quote(source))
            .with("target", quote(target))
            .with("kind", &kind.name),
        edit,
    ))
}

impl App {
    /// R with a span selected starts a relation from it; while the type is asked for, a type's
    /// key chooses it. Runs before the label keys, which would otherwise take these letters.
    pub(crate) fn relation_keys(&mut self, ctx: &egui::Context) {
        if crate::ui::widgets::text_field::typing(ctx) {
            return;
        }
        let Some(ws) = &self.workspace else { return };
        if let Some(making) = self.relations.making.clone() {
            if !making.choosing_type {
                return;
            }
            let Some(target) = &making.target else { return };
            let keyed: Vec<(egui::Key, RelationType)> =
                allowed_types(ws.project(), &making.source, target)
                    .into_iter()
                    .filter_map(|k| Some((egui::Key::from_name(&k.key?.to_string())?, k.clone())))
                    .collect();
            for (key, kind) in keyed {
                if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key)) {
                    self.finish_relation(&kind);
                    return;
                }
            }
            return;
        }
        let label_has_r = ws
            .project()
            .schema
            .labels
            .iter()
            .any(|l| l.key.is_some_and(|k| k.eq_ignore_ascii_case(&'r')));
        if self.selected_span.is_some()
            && !label_has_r
            && self.article.selection.is_none_or(|s| s.is_empty())
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::R))
        {
            self.start_relation();
        }
    }

    /// Starts a relation from the selected span, the next possible target proposed.
    pub(crate) fn start_relation(&mut self) {
        let (Some(doc), Some(source)) = (self.current_doc(), self.selected_span.clone()) else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let targets = candidates(ws.project(), &doc, &source);
        if targets.is_empty() {
            self.status = Status::say("relation-no-target");
            return;
        }
        let start = ws
            .project()
            .annotations
            .get(&doc, &source)
            .map_or(0, |s| s.start);
        let after = targets
            .iter()
            .find(|t| {
                ws.project()
                    .annotations
                    .get(&doc, t)
                    .is_some_and(|s| s.start > start)
            })
            .unwrap_or(&targets[0])
            .clone();
        self.relations.making = Some(Making {
            doc,
            source,
            target: Some(after),
            choosing_type: false,
        });
        self.relation_status();
    }

    /// Tab / Shift+Tab while choosing the target: the next or previous possible target. False
    /// when no relation is being made (the keys then step through the spans).
    pub(crate) fn step_relation_target(&mut self, forward: bool) -> bool {
        let Some(making) = &mut self.relations.making else {
            return false;
        };
        let Some(ws) = &self.workspace else {
            return false;
        };
        let targets = candidates(ws.project(), &making.doc, &making.source);
        if targets.is_empty() || making.choosing_type {
            return true;
        }
        let at = making
            .target
            .as_ref()
            .and_then(|t| targets.iter().position(|x| x == t));
        let next = match (at, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1) % targets.len(),
            (Some(i), false) => (i + targets.len() - 1) % targets.len(),
        };
        making.target = Some(targets[next].clone());
        self.article.scroll_to = ws
            .project()
            .annotations
            .get(&making.doc, &targets[next])
            .map(|s| s.start);
        self.relation_status();
        true
    }

    /// Enter while choosing the target: the type is asked for next (or, when only one type
    /// fits, the relation is made). False when no relation is being made.
    pub(crate) fn confirm_relation_target(&mut self) -> bool {
        let Some(making) = self.relations.making.clone() else {
            return false;
        };
        let (Some(ws), Some(target)) = (&self.workspace, &making.target) else {
            return true;
        };
        let types = allowed_types(ws.project(), &making.source, target);
        if making.choosing_type || types.len() == 1 {
            if let Some(kind) = types.first().map(|k| (*k).clone()) {
                self.finish_relation(&kind);
            }
            return true;
        }
        if let Some(m) = &mut self.relations.making {
            m.choosing_type = true;
        }
        self.relation_status();
        true
    }

    /// A Ctrl+drag ended from char `from` to char `to`: a relation between the innermost spans
    /// there, its type asked for.
    pub(crate) fn relation_dragged(&mut self, from: usize, to: usize) {
        let Some(doc) = self.current_doc() else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let innermost = |at: usize| {
            ws.project()
                .annotations
                .containing(&doc, at)
                .min_by_key(|s| s.end - s.start)
                .map(|s| s.id.clone())
        };
        let (Some(source), Some(target)) = (innermost(from), innermost(to)) else {
            self.status = Status::say("relation-drag-between");
            return;
        };
        if source == target || allowed_types(ws.project(), &source, &target).is_empty() {
            self.status = Status::say("relation-no-type");
            return;
        }
        self.selected_span = Some(source.clone());
        self.relations.making = Some(Making {
            doc,
            source,
            target: Some(target),
            choosing_type: false,
        });
        self.confirm_relation_target();
    }

    /// Makes the relation being made with type `kind`.
    pub(crate) fn finish_relation(&mut self, kind: &RelationType) {
        let Some(making) = self.relations.making.take() else {
            return;
        };
        let (Some(ws), Some(target)) = (&self.workspace, &making.target) else {
            return;
        };
        let Some(transaction) = new_relation(ws.project(), kind, &making.source, target) else {
            return;
        };
        let id = transaction.edits.iter().find_map(|e| match e {
            Edit::AddRelation { relation, .. } => Some(relation.id.clone()),
            _ => None,
        });
        if self.apply_transaction(transaction) {
            self.relations.selected = id;
        }
    }

    /// Esc while a relation is being made: it is let go. False when none is.
    pub(crate) fn cancel_relation(&mut self) -> bool {
        if self.relations.making.take().is_some() {
            self.status = Status::say("relation-cancelled");
            return true;
        }
        false
    }

    fn relation_status(&mut self) {
        let Some(making) = &self.relations.making else {
            return;
        };
        let Some(ws) = &self.workspace else { return };
        let quote = |id: &SpanId| {
            ws.project()
                .annotations
                .get(&making.doc, id)
                .map_or_else(String::new, |s| s.quote.clone())
        };
        let target = making.target.as_ref().map(quote).unwrap_or_default();
        self.status = if making.choosing_type {
            let keys: Vec<String> = making
                .target
                .as_ref()
                .map(|t| allowed_types(ws.project(), &making.source, t))
                .unwrap_or_default()
                .iter()
                .map(|k| match k.key {
                    Some(key) => format!("{key} {}", k.name),
                    None => k.name.clone(),
                })
                .collect();
            Status::say("relation-making-type")
                .with("source", quote(&making.source))
                .with("target", target)
                .with("keys", keys.join(" · "))
        } else {
            Status::say("relation-making-target")
                .with("source", quote(&making.source))
                .with("target", target)
        };
    }

    /// The small menu of types while the type is asked for.
    pub(crate) fn relation_type_menu_ui(&mut self, ctx: &egui::Context) {
        let Some(making) = &self.relations.making else {
            return;
        };
        if !making.choosing_type {
            return;
        }
        let (Some(ws), Some(target)) = (&self.workspace, &making.target) else {
            return;
        };
        let mut chosen = None;
        let mut cancel = false;
        crate::ui::windows::Window::new(bidi::tr("relation-choose-type"))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
            .show(ctx, |ui| {
                for kind in allowed_types(ws.project(), &making.source, target) {
                    let text = match kind.key {
                        Some(key) => format!("{key}  {}", kind.name),
                        None => kind.name.clone(),
                    };
                    if ui.button(shown(&text)).clicked() {
                        chosen = Some(kind.clone());
                    }
                }
                if ui.button(bidi::tr("relation-choose-type-cancel")).clicked() {
                    cancel = true;
                }
            });
        if let Some(kind) = chosen {
            self.finish_relation(&kind);
        } else if cancel {
            self.cancel_relation();
        }
    }

    /// A relation deleted or undone away is no longer selected.
    pub(crate) fn forget_missing_relation(&mut self) {
        if let Some(id) = &self.relations.selected
            && self
                .workspace
                .as_ref()
                .is_none_or(|ws| ws.project().annotations.find_relation(id).is_none())
        {
            self.relations.selected = None;
        }
    }
}

/// What a click on an arc selects.
pub fn select_arc(ids: &[Option<RelationId>], clicked: usize) -> Option<Command> {
    ids.get(clicked)
        .cloned()
        .flatten()
        .map(|id| Command::SelectRelation(Some(id)))
}

impl App {
    /// Hands the article view the arcs of document `i`; returns the relation of each arc.
    pub(crate) fn set_relation_paints(
        &mut self,
        i: usize,
        theme: &Theme,
    ) -> Vec<Option<RelationId>> {
        let Some((project, doc)) = self
            .workspace
            .as_ref()
            .and_then(|ws| Some((ws.project(), &ws.project().documents.get(i)?.id)))
        else {
            self.article.relations.clear();
            return Vec::new();
        };
        let (paints, ids) = relation_paints(project, doc, &self.relations, theme);
        self.article.relations = paints;
        ids
    }
}
