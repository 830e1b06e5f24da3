//! The inspector: the selected span (label, text, offsets, note; relabel, delete), or, with
//! nothing selected, the labels and their keys. A component: [`Inspector`] owns what is being
//! typed, reads the workspace and what the application has selected ([`InspectorInput`]), and
//! returns what the analyst asks for as commands.

use std::ops::Range;

use egui::Sense;

use crate::i18n::{tr, tr_args};
use crate::model::{DocId, Edit, LabelId, Message, Project, Schema, Span, SpanId, Transaction};
use crate::text::graphemes;
use crate::ui::claims::Pick;
use crate::ui::commands::Command;
use crate::ui::panels::header::SmallText;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{self, shown};
use crate::ui::widgets::field::committed_text;
use crate::ui::widgets::mirror;
use crate::ui::widgets::text_block::text_block_ui;
use crate::ui::widgets::text_field::TextField;
use crate::workspace::Workspace;

/// The inspector's own state: what is being typed for the selected span.
#[derive(Debug, Clone, Default)]
pub struct Inspector {
    /// The note being edited, for the span it belongs to.
    note: Option<(SpanId, String)>,
    /// The new attribute (name, value) being typed, for the span it belongs to.
    new_attribute: Option<(SpanId, String, String)>,
}

/// What the inspector reads of the application besides the workspace.
#[derive(Debug, Clone)]
pub struct InspectorInput<'a> {
    /// The index of the document shown.
    pub doc: usize,
    /// The span selected in it, if any.
    pub span: Option<&'a SpanId>,
    /// The text selected in the article, if any (char offsets).
    pub selection: Option<Range<usize>>,
    /// The claim part the next click in the text fills in.
    pub picking: Option<&'a Pick>,
    pub sticky_label: bool,
    /// The label applied last, which sticky labelling gives.
    pub last_label: Option<&'a LabelId>,
    /// The relation selected (an arc clicked), if any.
    pub relation: Option<&'a crate::model::RelationId>,
}

/// What the inspector says about a span besides its label and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanFacts {
    /// Its char offsets and ID.
    pub place: String,
    /// Who made it and when it was made and changed (days only), if that is known.
    pub stamp: Option<String>,
}

/// In the interface's language; arguments keep Fluent's isolate marks (`bidi::shown` takes
/// them away for drawing).
pub fn span_facts(span: &Span) -> SpanFacts {
    let place = tr_args(
        "inspector-span-place",
        &[
            ("start", span.start.into()),
            ("end", span.end.into()),
            ("id", span.id.as_str().into()),
        ],
    );
    let stamp = &span.stamp;
    if stamp.annotator.is_empty() && stamp.modified.is_empty() {
        return SpanFacts { place, stamp: None };
    }
    let day = |t: &str| crate::i18n::number(t.get(..10).unwrap_or(t));
    let changed = stamp.modified != stamp.created;
    let id = match (stamp.annotator.is_empty(), changed) {
        (true, false) => "inspector-span-made-on",
        (true, true) => "inspector-span-made-on-changed",
        (false, false) => "inspector-span-made-by-on",
        (false, true) => "inspector-span-made-by-on-changed",
    };
    let stamp = tr_args(
        id,
        &[
            ("annotator", stamp.annotator.as_str().into()),
            ("created", day(&stamp.created).into()),
            ("modified", day(&stamp.modified).into()),
        ],
    );
    SpanFacts {
        place,
        stamp: Some(stamp),
    }
}

/// Where the edge buttons move a span, as new `(start, end)`: each edge a word earlier or later
/// in the text (logical terms read the same in Arabic and in English); `None` where the span
/// would keep no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EdgeMoves {
    pub start_earlier: Option<(usize, usize)>,
    pub start_later: Option<(usize, usize)>,
    pub end_earlier: Option<(usize, usize)>,
    pub end_later: Option<(usize, usize)>,
}

pub fn edge_moves(text: &str, span: &Span) -> EdgeMoves {
    let keep = |start: usize, end: usize| (start < end).then_some((start, end));
    EdgeMoves {
        start_earlier: keep(graphemes::prev_word_start(text, span.start), span.end),
        start_later: keep(graphemes::next_word_start(text, span.start), span.end),
        end_earlier: keep(span.start, graphemes::prev_word_end(text, span.end)),
        end_later: keep(span.start, graphemes::next_word_end(text, span.end)),
    }
}

/// Span `id` of `doc` relabelled as `label`.
pub fn relabel(
    project: &Project,
    doc: &DocId,
    id: &SpanId,
    label: &LabelId,
) -> Option<Transaction> {
    let edit = Edit::replace_span(project, doc, id, |s| s.label = label.clone())?;
    let name = project
        .schema
        .label(label)
        .map_or(label.0.as_str(), |l| l.name.as_str());
    Some(Transaction::single(
        Message::INSPECTOR_EDIT_RELABEL.with("label", name),
        edit,
    ))
}

/// Span `id` of `doc` with note `note` (`None` when that is its note already).
pub fn note_change(
    project: &Project,
    doc: &DocId,
    id: &SpanId,
    note: String,
) -> Option<Transaction> {
    if project.annotations.get(doc, id)?.note == note {
        return None;
    }
    let edit = Edit::replace_span(project, doc, id, |s| s.note = note)?;
    Some(Transaction::single(Message::INSPECTOR_EDIT_NOTE, edit))
}

/// Attribute `key` of span `id` of `doc` set to `value`, or removed with `None` (`None` when
/// the key is blank or nothing would change).
pub fn attribute_change(
    project: &Project,
    doc: &DocId,
    id: &SpanId,
    key: &str,
    value: Option<String>,
) -> Option<Transaction> {
    let key = key.trim();
    let span = project.annotations.get(doc, id)?;
    if key.is_empty() || span.attributes.get(key) == value.as_ref() {
        return None;
    }
    let description = match &value {
        Some(v) => Message::INSPECTOR_EDIT_ATTRIBUTE_SET
            .with("name", key)
            .with("value", v),
        None => Message::INSPECTOR_EDIT_ATTRIBUTE_REMOVED.with("name", key),
    };
    let edit = Edit::replace_span(project, doc, id, |s| match value {
        Some(v) => {
            s.attributes.insert(key.to_owned(), v);
        }
        None => {
            s.attributes.remove(key);
        }
    })?;
    Some(Transaction::single(description, edit))
}

/// Span `id` of `doc`, whose article is `text`, moved to `[start, end)` widened to whole
/// graphemes, with its quote and context.
pub fn resize(
    project: &Project,
    text: &str,
    doc: &DocId,
    id: &SpanId,
    (start, end): (usize, usize),
) -> Option<Transaction> {
    let (start, end) = graphemes::snap_to_boundaries(text, start, end);
    if start >= end {
        return None;
    }
    let quote: String = text.chars().skip(start).take(end - start).collect();
    let description = Message::INSPECTOR_EDIT_RESIZED.with("quote", &quote);
    let (prefix, suffix) = crate::text::reanchor::context_of(text, start, end);
    let edit = Edit::replace_span(project, doc, id, |s| {
        s.start = start;
        s.end = end;
        s.quote = quote;
        s.prefix = prefix;
        s.suffix = suffix;
    })?;
    Some(Transaction::single(description, edit))
}

/// Dimmed lines of the interface (facts, keys), laid out like the article so that a
/// right-to-left sentence wraps and reads from the right.
fn weak_lines(ui: &mut egui::Ui, (text, theme): (&mut SmallText<'_>, &Theme), line: &str) {
    let response = text.block_ui(ui, line, 12.5, theme.weak_text, 6);
    let name = crate::ui::windows::unisolated(line);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &name));
}

fn swatch(ui: &mut egui::Ui, theme: &Theme, rgb: crate::model::Rgb) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(14.0, 14.0), Sense::hover());
    ui.painter()
        .rect_filled(rect, 3.0, theme.span_fill(rgb, ui.visuals().dark_mode));
}

impl Inspector {
    /// The panel's contents for the document and span in `input`: reads the workspace and
    /// returns what the analyst asks for as commands.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        ws: &Workspace,
        input: &InspectorInput<'_>,
        theme: &Theme,
        text: &mut SmallText<'_>,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        let project = ws.project();
        let Some(doc) = project.documents.get(input.doc) else {
            return commands;
        };
        let span = input
            .span
            .and_then(|id| project.annotations.get(&doc.id, id));
        // A claim's frame, its clusters and the span's buttons run well past a laptop's height.
        egui::ScrollArea::vertical()
            .id_salt("inspector")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.with_layout(mirror::column_layout(), |ui| {
                    let place = (ws, &doc.id);
                    if let Some(id) = input.relation {
                        crate::ui::relations::panel::selected_relation_ui(
                            ui,
                            project,
                            id,
                            &mut commands,
                        );
                    }
                    if let Some(span) = span {
                        self.span_ui(ui, place, span, input, (text, theme), &mut commands);
                    } else {
                        legend_ui(ui, place, input, (text, theme), &mut commands);
                    }
                });
            });
        commands
    }

    fn span_ui(
        &mut self,
        ui: &mut egui::Ui,
        (ws, doc): (&Workspace, &DocId),
        span: &Span,
        input: &InspectorInput<'_>,
        (text, theme): (&mut SmallText<'_>, &Theme),
        commands: &mut Vec<Command>,
    ) {
        let project = ws.project();
        ui.heading(bidi::tr("inspector-span"));
        label_ui(ui, project, doc, span, theme, commands);
        let r = text_block_ui(
            ui,
            text.cache,
            text.shaper,
            &span.quote,
            text.fonts,
            18.0,
            theme.text,
            6,
            Sense::hover(),
        );
        r.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Label,
                true,
                crate::ui::windows::said(
                    "inspector-span-text-name",
                    &[("quote", span.quote.as_str().into())],
                ),
            )
        });
        let facts = span_facts(span);
        weak_lines(ui, (&mut *text, theme), &facts.place);
        if let Some(stamp) = &facts.stamp {
            weak_lines(ui, (&mut *text, theme), stamp);
        }
        ui.label(bidi::tr("inspector-note"));
        let note = match &mut self.note {
            Some((id, note)) if *id == span.id => note,
            other => &mut other.insert((span.id.clone(), span.note.clone())).1,
        };
        let response = ui.add(
            TextField::multiline(note)
                .name(tr("inspector-note-name"))
                .desired_rows(3)
                .desired_width(f32::INFINITY),
        );
        if response.lost_focus() {
            commands.extend(note_change(project, doc, &span.id, note.clone()).map(Command::Edit));
        }
        crate::ui::claims::panel::entity_ui(ui, project, doc, span, (&mut *text, theme), commands);
        crate::ui::claims::panel::claims_ui(
            ui,
            project,
            doc,
            span,
            input.picking,
            (&mut *text, theme),
            commands,
        );
        crate::ui::relations::panel::span_relations_ui(ui, project, (doc, &span.id), commands);
        ui.separator();
        self.attributes_ui(ui, project, doc, span, commands);
        if let Some(article) = ws.text_of(doc) {
            edges_ui(ui, project, (article, doc), span, commands);
        }
        mirror::row(ui, |ui| {
            let key = Command::DeleteSpan
                .shortcut()
                .map(|s| ui.ctx().format_shortcut(&s))
                .unwrap_or_default();
            if ui
                .button(bidi::tr("inspector-delete-span"))
                .on_hover_text(bidi::tr_args(
                    "inspector-delete-span-key",
                    &[("key", key.into())],
                ))
                .clicked()
            {
                commands.push(Command::DeleteSpan);
            }
        });
        weak_lines(ui, (&mut *text, theme), &tr("inspector-span-keys"));
    }

    /// Free attributes of the span: edit a value in place (committed when the field loses
    /// focus), remove one, or add a new key and value.
    fn attributes_ui(
        &mut self,
        ui: &mut egui::Ui,
        project: &Project,
        doc: &DocId,
        span: &Span,
        commands: &mut Vec<Command>,
    ) {
        ui.label(bidi::tr("inspector-attributes"));
        let (new_key, new_value) = match &mut self.new_attribute {
            Some((id, key, value)) if *id == span.id => (key, value),
            other => {
                let (_, key, value) = other.insert((span.id.clone(), String::new(), String::new()));
                (key, value)
            }
        };
        let mut commit: Vec<(String, Option<String>)> = Vec::new();
        // Rows of cells of fixed widths, so the columns line up (and start from the right in
        // a right-to-left interface, which egui's grid cannot).
        for (key, value) in &span.attributes {
            mirror::row(ui, |ui| {
                mirror::cell(ui, 80.0, |ui| ui.label(shown(key)));
                let name = crate::ui::windows::said(
                    "inspector-attribute-value-name",
                    &[("name", key.into())],
                );
                if let Some(draft) =
                    committed_text(ui, ("attribute", &span.id, key), &name, value, 120.0)
                {
                    commit.push((key.clone(), Some(draft)));
                }
                if ui
                    .small_button(bidi::tr_args(
                        "inspector-attribute-remove",
                        &[("name", key.into())],
                    ))
                    .clicked()
                {
                    commit.push((key.clone(), None));
                }
            });
        }
        mirror::row(ui, |ui| {
            ui.add(
                TextField::singleline(new_key)
                    .hint(tr("inspector-attribute-name-hint"))
                    .name(tr("inspector-new-attribute-name"))
                    .desired_width(80.0),
            );
            ui.add(
                TextField::singleline(new_value)
                    .hint(tr("inspector-attribute-value-hint"))
                    .name(tr("inspector-new-attribute-value"))
                    .desired_width(120.0),
            );
            if ui
                .small_button(bidi::tr("inspector-attribute-add"))
                .clicked()
                && !new_key.trim().is_empty()
            {
                commit.push((new_key.trim().to_owned(), Some(new_value.clone())));
                new_key.clear();
                new_value.clear();
            }
        });
        // Each change is made from the span as it is now, so a second one in the same frame
        // would put the first one back: one a frame (a field commits only when it is left).
        for (key, value) in commit {
            if let Some(tx) = attribute_change(project, doc, &span.id, &key, value) {
                commands.push(Command::Edit(tx));
                break;
            }
        }
    }
}

/// The span's label with its colour, and a menu to relabel it.
fn label_ui(
    ui: &mut egui::Ui,
    project: &Project,
    doc: &DocId,
    span: &Span,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    let schema = &project.schema;
    let label = schema.label(&span.label);
    mirror::row(ui, |ui| {
        if let Some(l) = label {
            swatch(ui, theme, l.colour);
        }
        let mut chosen = span.label.clone();
        egui::ComboBox::new("relabel", bidi::tr("inspector-label"))
            .selected_text(shown(
                label.map_or(span.label.0.as_str(), |l| l.name.as_str()),
            ))
            .show_ui(ui, |ui| {
                for l in &schema.labels {
                    ui.selectable_value(&mut chosen, l.id.clone(), shown(&l.name));
                }
            });
        if chosen != span.label {
            commands.extend(relabel(project, doc, &span.id, &chosen).map(Command::Edit));
        }
    });
}

/// Buttons moving either edge of the span by a word, in logical terms (earlier / later in the
/// text), which read the same in Arabic and in English.
fn edges_ui(
    ui: &mut egui::Ui,
    project: &Project,
    (text, doc): (&str, &DocId),
    span: &Span,
    commands: &mut Vec<Command>,
) {
    let moves = edge_moves(text, span);
    let mut resize_to = None;
    let mut button = |ui: &mut egui::Ui, to: Option<(usize, usize)>, name: &'static str| {
        if ui
            .add_enabled(to.is_some(), egui::Button::new(bidi::tr(name)).small())
            .clicked()
        {
            resize_to = to;
        }
    };
    mirror::form_row(ui, 48.0, "inspector-edge-start", |ui| {
        button(ui, moves.start_earlier, "inspector-word-earlier");
        button(ui, moves.start_later, "inspector-word-later");
    });
    mirror::form_row(ui, 48.0, "inspector-edge-end", |ui| {
        button(ui, moves.end_earlier, "inspector-word-earlier");
        button(ui, moves.end_later, "inspector-word-later");
    });
    if let Some(tx) = resize_to.and_then(|to| resize(project, text, doc, &span.id, to)) {
        commands.push(Command::Edit(tx));
        // Shown again where it now starts.
        commands.push(Command::JumpToSpan(doc.clone(), span.id.clone()));
    }
}

/// With nothing selected: the labels, their keys and colours, sticky labelling, the editor.
fn legend_ui(
    ui: &mut egui::Ui,
    (ws, doc): (&Workspace, &DocId),
    input: &InspectorInput<'_>,
    (text, theme): (&mut SmallText<'_>, &Theme),
    commands: &mut Vec<Command>,
) {
    let schema: &Schema = &ws.project().schema;
    ui.heading(bidi::tr("inspector-labels"));
    if let Some(stem) = input
        .selection
        .clone()
        .filter(|r| !r.is_empty())
        .and_then(|r| crate::ui::label_popup::without_proclitic(ws.text_of(doc)?, r))
    {
        let line = tr_args("inspector-without-proclitic", &[("stem", stem.into())]);
        text_block_ui(
            ui,
            text.cache,
            text.shaper,
            &line,
            text.fonts,
            14.0,
            theme.text,
            2,
            Sense::hover(),
        );
    }
    for l in &schema.labels {
        mirror::row(ui, |ui| {
            swatch(ui, theme, l.colour);
            ui.monospace(shown(&l.key.map_or(" ".to_owned(), |k| k.to_string())));
            ui.label(shown(&l.name))
                .on_hover_text(shown(&l.description));
        });
    }
    ui.separator();
    let mut sticky = input.sticky_label;
    let sticky_text = match input.last_label.and_then(|id| schema.label(id)) {
        Some(l) => tr_args("inspector-sticky-as", &[("label", l.name.as_str().into())]),
        None => tr("inspector-sticky-last"),
    };
    // The sentence beside the box is laid out like the article, so that in Arabic it wraps
    // from the right (egui's checkbox would break its lines as if it ran left to right).
    let toggled = mirror::row(ui, |ui| {
        let response = ui.checkbox(&mut sticky, "");
        let name = crate::ui::windows::unisolated(&sticky_text);
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, sticky, &name));
        text.block_ui(ui, &sticky_text, 14.0, theme.text, 3);
        response.changed()
    })
    .inner;
    if toggled {
        commands.push(Command::ToggleStickyLabel);
    }
    if ui.button(bidi::tr("menu-edit-labels")).clicked() {
        commands.push(Command::ShowSchemaEditor);
    }
    weak_lines(ui, (&mut *text, theme), &tr("inspector-legend-keys"));
}

#[cfg(test)]
#[expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error"
)]
mod tests {
    use super::*;
    use crate::i18n::{Digits, Language, Locale, set_locale};
    use crate::model::compound::tests::{doc, project, span_id};

    /// English, and the text without the isolate marks around arguments.
    fn english() {
        set_locale(Locale::default());
    }

    fn plain(text: &str) -> String {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn facts_say_where_a_span_is_and_who_made_it_when() {
        english();
        let mut span = Span::new(span_id("s"), 3, 9, LabelId("PER".into()), "محمد");
        assert_eq!(plain(&span_facts(&span).place), "chars 3–9 · id s");
        assert_eq!(span_facts(&span).stamp, None);
        span.stamp.annotator = "سلمى".into();
        span.stamp.created = "2026-03-01T10:00:00Z".into();
        span.stamp.modified = span.stamp.created.clone();
        assert_eq!(
            span_facts(&span).stamp.as_deref().map(plain).as_deref(),
            Some("by سلمى on 2026-03-01")
        );
        span.stamp.modified = "2026-03-04T08:00:00Z".into();
        span.stamp.annotator.clear();
        assert_eq!(
            span_facts(&span).stamp.as_deref().map(plain).as_deref(),
            Some("on 2026-03-01, changed 2026-03-04")
        );
        set_locale(Locale {
            language: Language::Arabic,
            digits: Digits::ArabicIndic,
        });
        assert_eq!(
            span_facts(&span).stamp.as_deref().map(plain).as_deref(),
            Some("أُنشئ في ٢٠٢٦-٠٣-٠١، وعُدِّل في ٢٠٢٦-٠٣-٠٤")
        );
        english();
    }

    #[test]
    fn counts_of_the_status_line_and_document_list_take_their_plural_forms() {
        let say =
            |id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]| plain(&tr_args(id, args));
        english();
        assert_eq!(
            say(
                "status-changed-on-disk",
                &[("articles", 1.into()), ("count", 3.into())]
            ),
            "1 article changed on disk: 3 spans moved or to review"
        );
        assert_eq!(
            say("corpus-same-text", &[("count", 1.into())]),
            "same text as 1 other"
        );
        set_locale(Locale {
            language: Language::Arabic,
            digits: Digits::Latin,
        });
        assert_eq!(
            say(
                "status-changed-on-disk",
                &[("articles", 2.into()), ("count", 11.into())]
            ),
            "تغيّرت مقالتان على القرص: 11 مقطعًا نُقل أو ينتظر المراجعة"
        );
        assert_eq!(
            say("corpus-bulk-selected", &[("count", 3.into())]),
            "3 مستندات محدَّدة: تعيين للكل"
        );
        english();
    }

    #[test]
    fn edges_move_by_words_and_never_empty_the_span() {
        let text = "قال الوزير إن الجسر مغلق";
        // «الوزير» is chars 4..10.
        let span = Span::new(span_id("s"), 4, 10, LabelId("PER".into()), "الوزير");
        let moves = edge_moves(text, &span);
        assert_eq!(moves.start_earlier, Some((0, 10)));
        assert_eq!(
            moves.start_later, None,
            "one word: its start cannot pass its end"
        );
        assert_eq!(moves.end_earlier, None);
        assert_eq!(moves.end_later, Some((4, 13)));
        let two = Span::new(span_id("t"), 4, 13, LabelId("PER".into()), "الوزير إن");
        assert_eq!(edge_moves(text, &two).start_later, Some((11, 13)));
        assert_eq!(edge_moves(text, &two).end_earlier, Some((4, 10)));
    }

    #[test]
    fn span_changes_are_single_undoable_edits_and_nothing_when_unchanged() {
        english();
        let mut p = project();
        let (a, s) = (doc("a"), span_id("a2"));
        assert!(
            note_change(&p, &a, &s, String::new()).is_none(),
            "same note"
        );
        let tx = note_change(&p, &a, &s, "مصدر مطلع".into()).unwrap();
        tx.apply_checked(&mut p).unwrap();
        assert_eq!(p.annotations.get(&a, &s).unwrap().note, "مصدر مطلع");

        assert!(attribute_change(&p, &a, &s, "  ", Some("x".into())).is_none());
        let tx = attribute_change(&p, &a, &s, " role ", Some("وزير".into())).unwrap();
        assert_eq!(plain(&tx.description.text()), "Set role = وزير");
        tx.apply_checked(&mut p).unwrap();
        assert_eq!(
            p.annotations.get(&a, &s).unwrap().attributes.get("role"),
            Some(&"وزير".to_owned())
        );
        assert!(attribute_change(&p, &a, &s, "role", Some("وزير".into())).is_none());
        attribute_change(&p, &a, &s, "role", None)
            .unwrap()
            .apply_checked(&mut p)
            .unwrap();
        assert!(p.annotations.get(&a, &s).unwrap().attributes.is_empty());

        let tx = relabel(&p, &a, &s, &LabelId("CUE".into())).unwrap();
        assert_eq!(plain(&tx.description.text()), "Relabelled as CUE");
        tx.apply_checked(&mut p).unwrap();
        assert_eq!(p.annotations.get(&a, &s).unwrap().label.0, "CUE");
        assert!(relabel(&p, &a, &span_id("none"), &LabelId("CUE".into())).is_none());
    }

    #[test]
    fn resizing_snaps_to_graphemes_and_takes_the_new_quote() {
        let mut p = project();
        let (a, s) = (doc("a"), span_id("a2"));
        // The fixture's spans quote «x»s: an article of as many chars, with a haraka at 8.
        let text: String = "قال محمدُ إن"
            .chars()
            .chain("ن".repeat(40).chars())
            .collect();
        let tx = resize(&p, &text, &a, &s, (4, 8)).unwrap();
        tx.apply_checked(&mut p).unwrap();
        let span = p.annotations.get(&a, &s).unwrap();
        assert_eq!(
            (span.start, span.end),
            (4, 9),
            "the haraka goes with its letter"
        );
        assert_eq!(span.quote, "محمدُ");
        assert!(resize(&p, &text, &a, &s, (5, 5)).is_none());
    }
}
