//! The inspector's lower half for a selected span: the entity it mentions (with suggestions
//! from the registry), and the claim frame when the span is a claim's content.

use egui::Sense;

use crate::model::{
    Certainty, Claim, ClaimId, Claimant, ClusterId, Polarity, Project, QuoteMode, Relation, Span,
};
use crate::ui::app::App;
use crate::ui::claims::PickRole;
use crate::ui::commands::Command;
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

pub fn claimant_name(project: &Project, doc: &crate::model::DocId, claimant: &Claimant) -> String {
    match claimant {
        Claimant::Entity(e) => project
            .entity(e)
            .map_or_else(|| "a missing entity".to_owned(), |e| e.name.clone()),
        Claimant::Mention(s) => project.annotations.get(doc, s).map_or_else(
            || "a missing mention".to_owned(),
            |s| {
                let entity = s.entity.as_ref().and_then(|e| project.entity(e));
                match entity {
                    Some(e) if e.name != s.quote => format!("«{}» ({})", s.quote, e.name),
                    _ => format!("«{}»", s.quote),
                }
            },
        ),
        Claimant::Anonymous => "an anonymous source".to_owned(),
        Claimant::Outlet => "the outlet itself".to_owned(),
    }
}

/// Arabic or mixed text in the inspector, laid out like the article.
fn rtl_line(ui: &mut egui::Ui, app: &mut App, theme: &Theme, text: &str, name: &str) {
    let fonts = app.font_stack();
    let response = text_block_ui(
        ui,
        &mut app.small_layouts,
        app.shaper.as_ref(),
        text,
        fonts,
        15.0,
        theme.text,
        3,
        Sense::hover(),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, format!("{name}: {text}"))
    });
}

pub fn entity_ui(ui: &mut egui::Ui, app: &mut App, theme: &Theme, span: &Span) {
    ui.separator();
    ui.strong("Entity");
    let Some(ws) = &app.workspace else { return };
    let project = ws.project();
    if let Some(entity) = span.entity.as_ref().and_then(|e| project.entity(e)) {
        let name = entity.name.clone();
        let kind = project
            .schema
            .label(&entity.kind)
            .map_or(entity.kind.0.clone(), |l| l.name.clone());
        let id = entity.id.clone();
        rtl_line(ui, app, theme, &format!("{name} · {kind}"), "entity");
        ui.horizontal(|ui| {
            if ui.button("Next mention").clicked() {
                app.push(Command::NextMention(id.clone()));
            }
            if ui.button("Unlink").clicked() {
                app.link_selected_span(None);
            }
            if ui.button("Registry…").clicked() {
                app.push(Command::ShowEntity(id.clone()));
            }
        });
        return;
    }
    let suggestions = app.entity_suggestions(&span.quote, &span.label);
    let Some(ws) = &app.workspace else { return };
    let named: Vec<(crate::model::EntityId, String)> = suggestions
        .iter()
        .filter_map(|id| Some((id.clone(), ws.project().entity(id)?.name.clone())))
        .collect();
    let mut all: Vec<(String, crate::model::EntityId)> = ws
        .project()
        .entities
        .values()
        .map(|e| (e.name.clone(), e.id.clone()))
        .collect();
    all.sort();
    for (id, name) in named.iter().take(4) {
        if ui
            .button(shown(&format!("Link to {name}")))
            .on_hover_text("Its name or an alias matches this text")
            .clicked()
        {
            app.link_selected_span(Some(id));
        }
    }
    ui.horizontal(|ui| {
        if ui.button("New entity").clicked() {
            app.new_entity_from_selected_span();
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
            app.link_selected_span(Some(&id));
        }
    });
}

pub fn claims_ui(ui: &mut egui::Ui, app: &mut App, theme: &Theme, span: &Span) {
    let Some(ws) = &app.workspace else { return };
    let Some(doc) = app.current_doc() else { return };
    let claims: Vec<Claim> = ws
        .project()
        .annotations
        .claims(&doc)
        .iter()
        .filter(|c| c.content == span.id)
        .cloned()
        .collect();
    let roles: Vec<String> = ws
        .project()
        .annotations
        .claims(&doc)
        .iter()
        .filter(|c| c.content != span.id && c.uses_span(&span.id))
        .filter_map(|c| {
            let content = ws.project().annotations.get(&doc, &c.content)?;
            let role = if c.cue.as_ref() == Some(&span.id) {
                "cue"
            } else {
                "claimant"
            };
            Some(format!("The {role} of the claim «{}»", content.quote))
        })
        .collect();
    ui.separator();
    for line in roles {
        rtl_line(ui, app, theme, &line, "role");
    }
    if claims.is_empty() {
        if ui
            .button("Make this a claim")
            .on_hover_text("This span becomes what is claimed; then name who claims it")
            .clicked()
        {
            app.make_claim();
        }
        return;
    }
    for claim in claims {
        claim_frame_ui(ui, app, theme, &doc, &claim);
    }
}

#[expect(clippy::too_many_lines, reason = "one form, field after field")]
fn claim_frame_ui(
    ui: &mut egui::Ui,
    app: &mut App,
    theme: &Theme,
    doc: &crate::model::DocId,
    claim: &Claim,
) {
    ui.strong("Claim");
    let Some(ws) = &app.workspace else { return };
    let project = ws.project();
    let claimant = claimant_name(project, doc, &claim.claimant);
    let cue = claim
        .cue
        .as_ref()
        .and_then(|c| project.annotations.get(doc, c))
        .map(|s| s.quote.clone());
    let mut entities: Vec<(String, crate::model::EntityId)> = project
        .entities
        .values()
        .map(|e| (e.name.clone(), e.id.clone()))
        .collect();
    entities.sort();
    let others: Vec<(ClaimId, String)> = project
        .annotations
        .claims(doc)
        .iter()
        .filter(|c| c.id != claim.id)
        .filter_map(|c| {
            let q = project.annotations.get(doc, &c.content)?.quote.clone();
            Some((c.id.clone(), q))
        })
        .collect();
    let mut clusters: Vec<(String, ClusterId, Option<Relation>)> = project
        .clusters
        .values()
        .map(|c| {
            let relation = c.member(doc, &claim.id).map(|m| m.relation);
            (c.name.clone(), c.id.clone(), relation)
        })
        .collect();
    clusters.sort();
    let picking = app
        .picking
        .as_ref()
        .filter(|p| p.claim == claim.id)
        .map(|p| p.role);

    rtl_line(ui, app, theme, &format!("Claimant: {claimant}"), "claimant");
    let id = claim.id.clone();
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
                for (name, e) in &entities {
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
            app.change_claim(&id, "Set the claimant", |claim| claim.claimant = c);
        }
        let pick = ui.selectable_label(picking == Some(PickRole::Claimant), "Click in text");
        if pick.clicked() {
            app.start_pick(&id, PickRole::Claimant);
        }
    });
    rtl_line(
        ui,
        app,
        theme,
        &format!(
            "Cue: {}",
            cue.as_deref().map_or("—".to_owned(), |c| format!("«{c}»"))
        ),
        "cue",
    );
    ui.horizontal(|ui| {
        if ui
            .selectable_label(picking == Some(PickRole::Cue), "Click the cue word")
            .clicked()
        {
            app.start_pick(&id, PickRole::Cue);
        }
        if claim.cue.is_some() && ui.button("No cue").clicked() {
            app.change_claim(&id, "Removed the cue", |c| c.cue = None);
        }
    });
    egui::Grid::new(("claim-fields", &id))
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            ui.label("Polarity");
            ui.horizontal(|ui| {
                for (p, name) in [(Polarity::Asserts, "asserts"), (Polarity::Denies, "denies")] {
                    if ui.radio(claim.polarity == p, shown(name)).clicked() && claim.polarity != p {
                        app.change_claim(&id, "Changed the polarity", |c| c.polarity = p);
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
                app.change_claim(&id, "Changed the certainty", |c| c.certainty = certainty);
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
                        app.change_claim(&id, "Changed the quote mode", |c| c.quote_mode = q);
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
                app.change_claim(&id, "Changed the statement date", |c| {
                    date.trim().clone_into(&mut c.statement_date);
                });
            }
            ui.end_row();
            ui.label("Note");
            if let Some(note) =
                committed_text(ui, ("claim-note", &id), "claim note", &claim.note, 180.0)
            {
                app.change_claim(&id, "Changed the claim's note", |c| c.note = note);
            }
            ui.end_row();
            ui.label("Within");
            let mut parent = claim.parent.clone();
            let current = parent
                .as_ref()
                .and_then(|p| others.iter().find(|(o, _)| o == p))
                .map_or("no other claim".to_owned(), |(_, q)| shown(&short(q)));
            egui::ComboBox::from_id_salt(("parent", &id))
                .selected_text(shown(&current))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut parent, None, "no other claim");
                    for (o, q) in &others {
                        ui.selectable_value(&mut parent, Some(o.clone()), shown(&short(q)));
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "claim it is nested in")
                });
            if parent != claim.parent {
                app.change_claim(&id, "Nested the claim", |c| c.parent = parent);
            }
            ui.end_row();
        });
    ui.strong("Clusters");
    for (name, cluster, relation) in clusters.iter().filter(|c| c.2.is_some()) {
        ui.horizontal_wrapped(|ui| {
            let mut r = relation.unwrap_or_default();
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
            if Some(r) != *relation {
                app.set_cluster_member(cluster, &id, r);
            }
            ui.add(egui::Label::new(shown(name)).truncate());
            let leave = ui
                .small_button("Leave")
                .on_hover_text(shown(&format!("Take the claim out of «{name}»")));
            leave.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Leave {name}"))
            });
            if leave.clicked() {
                app.leave_cluster(cluster, &id);
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
                app.push(crate::ui::Command::DeleteCluster(cluster.clone()));
            }
        });
    }
    ui.horizontal(|ui| {
        let mut chosen = None;
        egui::ComboBox::from_id_salt(("join-cluster", &id))
            .selected_text("Add to cluster…")
            .show_ui(ui, |ui| {
                for (name, cluster, _) in clusters.iter().filter(|c| c.2.is_none()) {
                    if ui.selectable_label(false, shown(name)).clicked() {
                        chosen = Some(cluster.clone());
                    }
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "add to cluster")
            });
        if let Some(cluster) = chosen {
            app.set_cluster_member(&cluster, &id, Relation::Reports);
        }
    });
    ui.horizontal(|ui| {
        ui.label("New cluster");
        if let Some(name) = committed_text(ui, ("new-cluster", &id), "new cluster name", "", 170.0)
        {
            app.new_cluster(&name, &id, Relation::Reports);
        }
    });
    if ui.button("Remove the claim (keep the span)").clicked() {
        app.remove_claim(&id);
    }
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
