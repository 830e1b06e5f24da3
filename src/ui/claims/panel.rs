//! The inspector's lower half for a selected span: the entity it mentions (with suggestions
//! from the registry), and the claim frame when the span is a claim's content. It reads the
//! project and returns what the analyst asks for as commands; what it shows is built first as
//! plain data in [`super::frame`].

use egui::Sense;

use crate::model::{
    Certainty, Claim, Claimant, DocId, EntityId, Polarity, Project, QuoteMode, Relation, Span,
};
use crate::ui::claims::frame::{ClaimFrame, EntitySection, entity_section, span_roles};
use crate::ui::claims::{Pick, PickRole};
use crate::ui::commands::Command;
use crate::ui::panels::header::SmallText;
use crate::ui::theme::Theme;
use crate::ui::widgets::bidi::shown;
use crate::ui::widgets::field::committed_text;
use crate::ui::widgets::text_block::text_block_ui;

/// Words of the relation and the stance, as the matrix and the inspector show them.
pub fn relation_name(relation: Relation) -> &'static str {
    match relation {
        Relation::Reports => "reports",
        Relation::Supports => "supports",
        Relation::Contradicts => "contradicts",
        Relation::Denies => "denies",
    }
}

/// Arabic or mixed text in the inspector, laid out like the article.
fn rtl_line(ui: &mut egui::Ui, text: &mut SmallText<'_>, theme: &Theme, line: &str, name: &str) {
    let response = text_block_ui(
        ui,
        text.cache,
        text.shaper,
        line,
        text.fonts,
        15.0,
        theme.text,
        3,
        Sense::hover(),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, format!("{name}: {line}"))
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
    ui.strong("Entity");
    let link = |entity: Option<&EntityId>| {
        super::link_span(project, doc, &span.id, entity).map(Command::Edit)
    };
    match entity_section(project, span) {
        EntitySection::Linked { id, line } => {
            rtl_line(ui, text, theme, &line, "entity");
            ui.horizontal(|ui| {
                if ui.button("Next mention").clicked() {
                    commands.push(Command::NextMention(id.clone()));
                }
                if ui.button("Unlink").clicked() {
                    commands.extend(link(None));
                }
                if ui.button("Registry…").clicked() {
                    commands.push(Command::ShowEntity(id.clone()));
                }
            });
        }
        EntitySection::Unlinked { suggested, all } => {
            for (id, name) in &suggested {
                if ui
                    .button(shown(&format!("Link to {name}")))
                    .on_hover_text("Its name or an alias matches this text")
                    .clicked()
                {
                    commands.extend(link(Some(id)));
                }
            }
            ui.horizontal(|ui| {
                if ui.button("New entity").clicked() {
                    commands.extend(
                        super::new_entity_from_span(project, doc, &span.id).map(Command::Edit),
                    );
                }
                let mut chosen = None;
                egui::ComboBox::from_id_salt("link-entity")
                    .selected_text("Link to…")
                    .show_ui(ui, |ui| {
                        for (name, id) in &all {
                            if ui.selectable_label(false, shown(name)).clicked() {
                                chosen = Some(id.clone());
                            }
                        }
                    })
                    .response
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "link to entity")
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
        rtl_line(ui, text, theme, &line, "role");
    }
    if claims.is_empty() {
        if ui
            .button("Make this a claim")
            .on_hover_text("This span becomes what is claimed; then name who claims it")
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
    /// Asks for the claim changed by `change`, as one step called `what`.
    fn change(&mut self, what: &str, change: impl FnOnce(&mut Claim)) {
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
    ui.strong("Claim");
    let id = form.claim.id.clone();
    rtl_line(
        ui,
        text,
        theme,
        &format!("Claimant: {}", frame.claimant),
        "claimant",
    );
    ui.horizontal(|ui| {
        let mut chosen: Option<Claimant> = None;
        egui::ComboBox::from_id_salt(("claimant", &id))
            .selected_text("Claimant…")
            .show_ui(ui, |ui| {
                if ui.selectable_label(false, "the outlet itself").clicked() {
                    chosen = Some(Claimant::Outlet);
                }
                if ui.selectable_label(false, "an anonymous source").clicked() {
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
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "choose the claimant")
            });
        if let Some(c) = chosen {
            form.change("Set the claimant", |claim| claim.claimant = c);
        }
        let pick = ui.selectable_label(picking == Some(PickRole::Claimant), "Click in text");
        if pick.clicked() {
            form.pick(PickRole::Claimant);
        }
    });
    rtl_line(
        ui,
        text,
        theme,
        &format!(
            "Cue: {}",
            frame
                .cue
                .as_deref()
                .map_or("—".to_owned(), |c| format!("«{c}»"))
        ),
        "cue",
    );
    ui.horizontal(|ui| {
        if ui
            .selectable_label(picking == Some(PickRole::Cue), "Click the cue word")
            .clicked()
        {
            form.pick(PickRole::Cue);
        }
        if form.claim.cue.is_some() && ui.button("No cue").clicked() {
            form.change("Removed the cue", |c| c.cue = None);
        }
    });
    fields_ui(ui, form, frame);
    clusters_ui(ui, form, frame);
    if ui.button("Remove the claim (keep the span)").clicked() {
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
    egui::Grid::new(("claim-fields", &id))
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            ui.label("Polarity");
            ui.horizontal(|ui| {
                for (p, name) in [(Polarity::Asserts, "asserts"), (Polarity::Denies, "denies")] {
                    if ui.radio(claim.polarity == p, shown(name)).clicked() && claim.polarity != p {
                        form.change("Changed the polarity", |c| c.polarity = p);
                    }
                }
            });
            ui.end_row();
            ui.label("Certainty");
            let mut certainty = claim.certainty;
            egui::ComboBox::from_id_salt(("certainty", &id))
                .selected_text(shown(certainty_name(certainty)))
                .show_ui(ui, |ui| {
                    for c in [
                        Certainty::Certain,
                        Certainty::Probable,
                        Certainty::Possible,
                        Certainty::Unknown,
                    ] {
                        ui.selectable_value(&mut certainty, c, shown(certainty_name(c)));
                    }
                })
                .response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "certainty"));
            if certainty != claim.certainty {
                form.change("Changed the certainty", |c| c.certainty = certainty);
            }
            ui.end_row();
            ui.label("Quote");
            ui.horizontal(|ui| {
                for (q, name) in [
                    (QuoteMode::Direct, "direct"),
                    (QuoteMode::Indirect, "indirect"),
                    (QuoteMode::Mixed, "mixed"),
                ] {
                    if ui.radio(claim.quote_mode == q, shown(name)).clicked()
                        && claim.quote_mode != q
                    {
                        form.change("Changed the quote mode", |c| c.quote_mode = q);
                    }
                }
            });
            ui.end_row();
            ui.label("Said on");
            if let Some(date) = committed_text(
                ui,
                ("claim-date", &id),
                "statement date",
                &claim.statement_date,
                140.0,
            ) {
                form.change("Changed the statement date", |c| {
                    date.trim().clone_into(&mut c.statement_date);
                });
            }
            ui.end_row();
            ui.label("Note");
            if let Some(note) =
                committed_text(ui, ("claim-note", &id), "claim note", &claim.note, 180.0)
            {
                form.change("Changed the claim's note", |c| c.note = note);
            }
            ui.end_row();
            ui.label("Within");
            let mut parent = claim.parent.clone();
            let current = parent
                .as_ref()
                .and_then(|p| frame.others.iter().find(|(o, _)| o == p))
                .map_or("no other claim".to_owned(), |(_, q)| shown(&short(q)));
            egui::ComboBox::from_id_salt(("parent", &id))
                .selected_text(shown(&current))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut parent, None, "no other claim");
                    for (o, q) in &frame.others {
                        ui.selectable_value(&mut parent, Some(o.clone()), shown(&short(q)));
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "claim it is nested in")
                });
            if parent != claim.parent {
                form.change("Nested the claim", |c| c.parent = parent);
            }
            ui.end_row();
        });
}

/// The clusters the claim is in (relation, leave, delete), joining one, making one.
fn clusters_ui(ui: &mut egui::Ui, form: &mut ClaimForm<'_>, frame: &ClaimFrame) {
    let (project, doc, id) = (form.project, form.doc, form.claim.id.clone());
    ui.strong("Clusters");
    for row in frame.clusters.iter().filter(|c| c.relation.is_some()) {
        let (name, cluster) = (&row.name, &row.id);
        ui.horizontal_wrapped(|ui| {
            let mut r = row.relation.unwrap_or_default();
            egui::ComboBox::from_id_salt(("relation", cluster, &id))
                .selected_text(shown(relation_name(r)))
                .width(90.0)
                .show_ui(ui, |ui| {
                    for x in [
                        Relation::Reports,
                        Relation::Supports,
                        Relation::Contradicts,
                        Relation::Denies,
                    ] {
                        ui.selectable_value(&mut r, x, shown(relation_name(x)));
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ComboBox,
                        true,
                        format!("relation to {name}"),
                    )
                });
            if Some(r) != row.relation {
                form.commands.extend(
                    super::set_cluster_member(project, doc, cluster, &id, r).map(Command::Edit),
                );
            }
            ui.add(egui::Label::new(shown(name)).truncate());
            let leave = ui
                .small_button("Leave")
                .on_hover_text(shown(&format!("Take the claim out of «{name}»")));
            leave.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Leave {name}"))
            });
            if leave.clicked() {
                form.commands.extend(
                    crate::model::leave_cluster(project, cluster, doc, &id).map(Command::Edit),
                );
            }
            let delete = ui.small_button("Delete").on_hover_text(shown(&format!(
                "Delete the cluster «{name}» for all its claims; the claims stay (Ctrl+Z brings it back)"
            )));
            delete.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("Delete cluster {name}"),
                )
            });
            if delete.clicked() {
                form.commands.push(Command::DeleteCluster(cluster.clone()));
            }
        });
    }
    ui.horizontal(|ui| {
        let mut chosen = None;
        egui::ComboBox::from_id_salt(("join-cluster", &id))
            .selected_text("Add to cluster…")
            .show_ui(ui, |ui| {
                for row in frame.clusters.iter().filter(|c| c.relation.is_none()) {
                    if ui.selectable_label(false, shown(&row.name)).clicked() {
                        chosen = Some(row.id.clone());
                    }
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "add to cluster")
            });
        if let Some(cluster) = chosen {
            form.commands.extend(
                super::set_cluster_member(project, doc, &cluster, &id, Relation::Reports)
                    .map(Command::Edit),
            );
        }
    });
    ui.horizontal(|ui| {
        ui.label("New cluster");
        if let Some(name) = committed_text(ui, ("new-cluster", &id), "new cluster name", "", 170.0)
        {
            form.commands.push(
                match super::new_cluster(doc, &name, &id, Relation::Reports) {
                    Ok(tx) => Command::Edit(tx),
                    Err(why) => Command::ShowStatus(why.to_owned()),
                },
            );
        }
    });
}

fn certainty_name(c: Certainty) -> &'static str {
    match c {
        Certainty::Certain => "certain",
        Certainty::Probable => "probable",
        Certainty::Possible => "possible",
        Certainty::Unknown => "unknown",
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
