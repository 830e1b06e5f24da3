//! The inspector's lower half for a selected span: the entity it mentions (with suggestions
//! from the registry), and the claim frame when the span is a claim's content. It reads the
//! project and returns what the analyst asks for as commands; what it shows is built first as
//! plain data in [`super::frame`].

use crate::i18n::{tr, tr_args};
use crate::model::{
    Certainty, Claim, Claimant, DocId, EntityId, Message, Polarity, Project, QuoteMode, Relation,
    Span,
};
use crate::ui::claims::frame::{ClaimFrame, ClusterRow, EntitySection, entity_section, span_roles};
use crate::ui::claims::{Pick, PickRole};
use crate::ui::commands::Command;
use crate::ui::panels::header::SmallText;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::{self, shown};
use crate::ui::widgets::field::{committed_date, committed_text};
use crate::ui::widgets::mirror;

/// The width of the captions of the claim's fields.
const CAPTION_WIDTH: f32 = 72.0;

/// The message naming a claim's relation to a cluster.
pub fn relation_message(relation: Relation) -> &'static str {
    match relation {
        Relation::Reports => "claim-relation-reports",
        Relation::Supports => "claim-relation-supports",
        Relation::Contradicts => "claim-relation-contradicts",
        Relation::Denies => "claim-relation-denies",
    }
}

/// The word of the relation, as the matrix and the inspector show it (in the interface's
/// language, arranged for egui's widgets).
pub fn relation_name(relation: Relation) -> String {
    bidi::tr(relation_message(relation))
}

/// Arabic or mixed text in the inspector, laid out like the article; its accessible name is
/// the message `name` with the text as `$text`.
fn rtl_line(
    ui: &mut egui::Ui,
    text: &mut SmallText<'_>,
    theme: &Theme,
    line: &str,
    name: &'static str,
) {
    let response = text.block_ui(ui, line, 15.0, theme.text, 3);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Label,
            true,
            crate::ui::windows::said(name, &[("text", line.into())]),
        )
    });
}

/// The entity section of span `span` of `doc`: link, unlink, a new entity, the registry.
pub fn entity_ui(
    ui: &mut egui::Ui,
    project: &Project,
    doc: &DocId,
    span: &Span,
    (text, theme): (&mut SmallText<'_>, &Theme),
    commands: &mut Vec<Command>,
) {
    ui.separator();
    ui.strong(bidi::tr("inspector-entity"));
    let link = |entity: Option<&EntityId>| {
        super::link_span(project, doc, &span.id, entity).map(Command::Edit)
    };
    match entity_section(project, span) {
        EntitySection::Linked { id, line } => {
            rtl_line(ui, text, theme, &line, "inspector-entity-name");
            mirror::row(ui, |ui| {
                if ui.button(bidi::tr("inspector-next-mention")).clicked() {
                    commands.push(Command::NextMention(id.clone()));
                }
                if ui.button(bidi::tr("inspector-unlink")).clicked() {
                    commands.extend(link(None));
                }
                if ui.button(bidi::tr("inspector-registry")).clicked() {
                    commands.push(Command::ShowEntity(id.clone()));
                }
            });
        }
        EntitySection::Unlinked { suggested, all } => {
            for (id, name) in &suggested {
                if ui
                    .button(bidi::tr_args(
                        "inspector-link-to",
                        &[("name", name.as_str().into())],
                    ))
                    .on_hover_text(bidi::tr("inspector-link-to-hint"))
                    .clicked()
                {
                    commands.extend(link(Some(id)));
                }
            }
            mirror::row(ui, |ui| {
                if ui.button(bidi::tr("inspector-new-entity")).clicked() {
                    commands.extend(
                        super::new_entity_from_span(project, doc, &span.id).map(Command::Edit),
                    );
                }
                let mut chosen = None;
                egui::ComboBox::from_id_salt("link-entity")
                    .selected_text(bidi::tr("inspector-link-to-menu"))
                    .show_ui(ui, |ui| {
                        for (name, id) in &all {
                            if ui.selectable_label(false, shown(name)).clicked() {
                                chosen = Some(id.clone());
                            }
                        }
                    })
                    .response
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::ComboBox,
                            true,
                            tr("inspector-link-to-entity-name"),
                        )
                    });
                if let Some(id) = chosen {
                    commands.extend(link(Some(&id)));
                }
            });
        }
    }
}

/// The claims section of span `span` of `doc`: its roles in other claims, then the frame of each
/// claim it is the content of, or a button making it one. `picking` is the claim part the next
/// click in the text fills in, if any.
pub fn claims_ui(
    ui: &mut egui::Ui,
    project: &Project,
    doc: &DocId,
    span: &Span,
    picking: Option<&Pick>,
    (text, theme): (&mut SmallText<'_>, &Theme),
    commands: &mut Vec<Command>,
) {
    let claims: Vec<&Claim> = project
        .annotations
        .claims(doc)
        .iter()
        .filter(|c| c.content == span.id)
        .collect();
    ui.separator();
    for line in span_roles(project, doc, span) {
        rtl_line(ui, text, theme, &line, "claim-role-name");
    }
    if claims.is_empty() {
        if ui
            .button(bidi::tr("claim-make"))
            .on_hover_text(bidi::tr("claim-make-hint"))
            .clicked()
        {
            commands.push(Command::Edit(super::make_claim(doc, &span.id)));
        }
        return;
    }
    for claim in claims {
        let frame = ClaimFrame::new(project, doc, claim);
        let picking = picking
            .filter(|p| &p.doc == doc && p.claim == claim.id)
            .map(|p| p.role);
        let mut form = ClaimForm {
            project,
            doc,
            claim,
            commands: &mut *commands,
        };
        claim_frame_ui(ui, &mut form, &frame, picking, (&mut *text, theme));
    }
}

/// The claim a frame edits, and where its requests go.
struct ClaimForm<'a> {
    project: &'a Project,
    doc: &'a DocId,
    claim: &'a Claim,
    commands: &'a mut Vec<Command>,
}

impl ClaimForm<'_> {
    /// Asks for the claim changed by `change`, as one step called by the message `what`.
    fn change(&mut self, what: Message, change: impl FnOnce(&mut Claim)) {
        self.commands.extend(
            super::change_claim(self.project, self.doc, &self.claim.id, what, change)
                .map(Command::Edit),
        );
    }

    fn pick(&mut self, role: PickRole) {
        self.commands.push(Command::StartPick(Pick {
            doc: self.doc.clone(),
            claim: self.claim.id.clone(),
            role,
        }));
    }
}

fn claim_frame_ui(
    ui: &mut egui::Ui,
    form: &mut ClaimForm<'_>,
    frame: &ClaimFrame,
    picking: Option<PickRole>,
    (text, theme): (&mut SmallText<'_>, &Theme),
) {
    ui.strong(bidi::tr("claim-heading"));
    let id = form.claim.id.clone();
    rtl_line(
        ui,
        text,
        theme,
        &tr_args(
            "claim-claimant-line",
            &[("name", frame.claimant.as_str().into())],
        ),
        "claim-claimant-name",
    );
    mirror::row(ui, |ui| {
        let mut chosen: Option<Claimant> = None;
        egui::ComboBox::from_id_salt(("claimant", &id))
            .selected_text(bidi::tr("claim-claimant-menu"))
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(false, bidi::tr("claim-claimant-outlet"))
                    .clicked()
                {
                    chosen = Some(Claimant::Outlet);
                }
                if ui
                    .selectable_label(false, bidi::tr("claim-claimant-anonymous"))
                    .clicked()
                {
                    chosen = Some(Claimant::Anonymous);
                }
                ui.separator();
                for (name, e) in &frame.entities {
                    if ui.selectable_label(false, shown(name)).clicked() {
                        chosen = Some(Claimant::Entity(e.clone()));
                    }
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::ComboBox,
                    true,
                    tr("claim-choose-claimant-name"),
                )
            });
        if let Some(c) = chosen {
            form.change(Message::CLAIM_EDIT_CLAIMANT, |claim| claim.claimant = c);
        }
        let pick = ui.selectable_label(
            picking == Some(PickRole::Claimant),
            bidi::tr("claim-click-in-text"),
        );
        if pick.clicked() {
            form.pick(PickRole::Claimant);
        }
    });
    rtl_line(
        ui,
        text,
        theme,
        &match frame.cue.as_deref() {
            Some(cue) => tr_args("claim-cue-line", &[("cue", cue.into())]),
            None => tr("claim-cue-none"),
        },
        "claim-cue-name",
    );
    mirror::row(ui, |ui| {
        if ui
            .selectable_label(picking == Some(PickRole::Cue), bidi::tr("claim-click-cue"))
            .clicked()
        {
            form.pick(PickRole::Cue);
        }
        if form.claim.cue.is_some() && ui.button(bidi::tr("claim-no-cue")).clicked() {
            form.change(Message::CLAIM_EDIT_NO_CUE, |c| c.cue = None);
        }
    });
    fields_ui(ui, form, frame);
    clusters_ui(ui, form, frame);
    if ui.button(bidi::tr("claim-remove")).clicked() {
        form.commands.extend(
            crate::model::remove_claim_with_dependents(form.project, form.doc, &id)
                .map(Command::Edit),
        );
    }
}

/// Polarity, certainty, quote mode, date, note and nesting of the claim.
fn fields_ui(ui: &mut egui::Ui, form: &mut ClaimForm<'_>, frame: &ClaimFrame) {
    let claim = form.claim;
    let id = claim.id.clone();
    mirror::form_row(ui, CAPTION_WIDTH, "claim-polarity", |ui| {
        for (p, name) in [
            (Polarity::Asserts, "claim-polarity-asserts"),
            (Polarity::Denies, "claim-polarity-denies"),
        ] {
            if ui.radio(claim.polarity == p, bidi::tr(name)).clicked() && claim.polarity != p {
                form.change(Message::CLAIM_EDIT_POLARITY, |c| c.polarity = p);
            }
        }
    });
    mirror::form_row(ui, CAPTION_WIDTH, "claim-certainty", |ui| {
        let mut certainty = claim.certainty;
        egui::ComboBox::from_id_salt(("certainty", &id))
            .selected_text(bidi::tr(certainty_message(certainty)))
            .show_ui(ui, |ui| {
                for c in [
                    Certainty::Certain,
                    Certainty::Probable,
                    Certainty::Possible,
                    Certainty::Unknown,
                ] {
                    ui.selectable_value(&mut certainty, c, bidi::tr(certainty_message(c)));
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("claim-certainty-name"))
            });
        if certainty != claim.certainty {
            form.change(Message::CLAIM_EDIT_CERTAINTY, |c| c.certainty = certainty);
        }
    });
    mirror::form_row(ui, CAPTION_WIDTH, "claim-quote", |ui| {
        for (q, name) in [
            (QuoteMode::Direct, "claim-quote-direct"),
            (QuoteMode::Indirect, "claim-quote-indirect"),
            (QuoteMode::Mixed, "claim-quote-mixed"),
        ] {
            if ui.radio(claim.quote_mode == q, bidi::tr(name)).clicked() && claim.quote_mode != q {
                form.change(Message::CLAIM_EDIT_QUOTE_MODE, |c| c.quote_mode = q);
            }
        }
    });
    mirror::form_row(ui, CAPTION_WIDTH, "claim-said-on", |ui| {
        if let Some(date) = committed_date(
            ui,
            ("claim-date", &id),
            &tr("claim-said-on-name"),
            &claim.statement_date,
            140.0,
        ) {
            form.change(Message::CLAIM_EDIT_DATE, |c| {
                date.trim().clone_into(&mut c.statement_date);
            });
        }
    });
    mirror::form_row(ui, CAPTION_WIDTH, "inspector-note", |ui| {
        if let Some(note) = committed_text(
            ui,
            ("claim-note", &id),
            &tr("claim-note-name"),
            &claim.note,
            180.0,
        ) {
            form.change(Message::CLAIM_EDIT_NOTE, |c| c.note = note);
        }
    });
    mirror::form_row(ui, CAPTION_WIDTH, "claim-within", |ui| {
        let mut parent = claim.parent.clone();
        let current = parent
            .as_ref()
            .and_then(|p| frame.others.iter().find(|(o, _)| o == p))
            .map_or_else(|| tr("claim-within-none"), |(_, q)| short(q));
        egui::ComboBox::from_id_salt(("parent", &id))
            .selected_text(shown(&current))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut parent, None, bidi::tr("claim-within-none"));
                for (o, q) in &frame.others {
                    ui.selectable_value(&mut parent, Some(o.clone()), shown(&short(q)));
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, tr("claim-within-name"))
            });
        if parent != claim.parent {
            form.change(Message::CLAIM_EDIT_NESTED, |c| c.parent = parent);
        }
    });
}

/// The clusters the claim is in (relation, leave, delete), joining one, making one.
fn clusters_ui(ui: &mut egui::Ui, form: &mut ClaimForm<'_>, frame: &ClaimFrame) {
    let (project, doc, id) = (form.project, form.doc, form.claim.id.clone());
    ui.strong(bidi::tr("claim-clusters"));
    for row in frame.clusters.iter().filter(|c| c.relation.is_some()) {
        mirror::wrapped_row(ui, |ui| cluster_row_ui(ui, form, row));
    }
    mirror::row(ui, |ui| {
        let mut chosen = None;
        egui::ComboBox::from_id_salt(("join-cluster", &id))
            .selected_text(bidi::tr("claim-add-to-cluster"))
            .show_ui(ui, |ui| {
                for row in frame.clusters.iter().filter(|c| c.relation.is_none()) {
                    if ui.selectable_label(false, shown(&row.name)).clicked() {
                        chosen = Some(row.id.clone());
                    }
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::ComboBox,
                    true,
                    tr("claim-add-to-cluster-name"),
                )
            });
        if let Some(cluster) = chosen {
            form.commands.extend(
                super::set_cluster_member(project, doc, &cluster, &id, Relation::Reports)
                    .map(Command::Edit),
            );
        }
    });
    mirror::row(ui, |ui| {
        ui.label(bidi::tr("claim-new-cluster"));
        let field_name = tr("claim-new-cluster-name");
        if let Some(name) = committed_text(ui, ("new-cluster", &id), &field_name, "", 170.0) {
            form.commands.push(
                match super::new_cluster(doc, &name, &id, Relation::Reports) {
                    Ok(tx) => Command::Edit(tx),
                    Err(why) => Command::ShowStatus(crate::ui::status::Status::say(why)),
                },
            );
        }
    });
}

/// A cluster the claim is in: its relation to it, its name, leave and delete.
fn cluster_row_ui(ui: &mut egui::Ui, form: &mut ClaimForm<'_>, row: &ClusterRow) {
    let (project, doc, id) = (form.project, form.doc, form.claim.id.clone());
    let (name, cluster) = (&row.name, &row.id);
    let mut r = row.relation.unwrap_or_default();
    egui::ComboBox::from_id_salt(("relation", cluster, &id))
        .selected_text(bidi::tr(relation_message(r)))
        .width(90.0)
        .show_ui(ui, |ui| {
            for x in [
                Relation::Reports,
                Relation::Supports,
                Relation::Contradicts,
                Relation::Denies,
            ] {
                ui.selectable_value(&mut r, x, bidi::tr(relation_message(x)));
            }
        })
        .response
        .widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::ComboBox,
                true,
                crate::ui::windows::said(
                    "claim-relation-to-name",
                    &[("name", name.as_str().into())],
                ),
            )
        });
    if Some(r) != row.relation {
        form.commands
            .extend(super::set_cluster_member(project, doc, cluster, &id, r).map(Command::Edit));
    }
    ui.add(egui::Label::new(shown(name)).truncate());
    let [leave, delete] = [
        ["claim-leave", "claim-leave-hint", "claim-leave-name"],
        [
            "claim-cluster-delete",
            "claim-cluster-delete-hint",
            "claim-cluster-delete-name",
        ],
    ]
    .map(|[text, hint, accessible]| {
        let args = [("name", name.as_str().into())];
        let button = ui
            .small_button(bidi::tr(text))
            .on_hover_text(bidi::tr_args(hint, &args));
        // Named after the cluster, as there is a button of each kind per cluster.
        button.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                crate::ui::windows::said(accessible, &args),
            )
        });
        button.clicked()
    });
    if leave {
        form.commands
            .extend(crate::model::leave_cluster(project, cluster, doc, &id).map(Command::Edit));
    }
    if delete {
        form.commands.push(Command::DeleteCluster(cluster.clone()));
    }
}

fn certainty_message(c: Certainty) -> &'static str {
    match c {
        Certainty::Certain => "claim-certainty-certain",
        Certainty::Probable => "claim-certainty-probable",
        Certainty::Possible => "claim-certainty-possible",
        Certainty::Unknown => "claim-certainty-unknown",
    }
}

/// The first words of a long quote, for menus.
fn short(quote: &str) -> String {
    let mut words: Vec<&str> = quote.split_whitespace().take(6).collect();
    if quote.split_whitespace().count() > 6 {
        words.push("…");
    }
    words.join(" ")
}
