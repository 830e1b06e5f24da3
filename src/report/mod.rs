//! A report an analyst can hand on: one self-contained HTML file (the claims × sources matrix,
//! each cluster's quotes per outlet, its timeline as inline SVG, entities per outlet, the
//! corpus), and the clusters as schema.org `Claim`s in JSON-LD with a `ClaimReview` for each
//! recorded verdict. Both are built from the project and the article texts only, so they are
//! tested without a window; the timeline's view model is shared with the window's.

pub mod claims_jsonld;
pub mod html;
mod svg;
pub mod timeline;

use std::collections::BTreeMap;
use std::path::Path;

use crate::model::{Claim, Claimant, DocId, Project, Relation, Span};

/// What a report is made from: the project and the text of each document that could be read.
pub struct Sources<'a> {
    pub project: &'a Project,
    pub texts: BTreeMap<&'a DocId, &'a str>,
}

impl<'a> Sources<'a> {
    /// The open project and its articles as the workspace holds them.
    pub fn of(ws: &'a crate::workspace::Workspace) -> Self {
        let project = ws.project();
        let texts = project
            .documents
            .iter()
            .filter_map(|d| Some((&d.id, ws.text_of(&d.id)?)))
            .collect();
        Self { project, texts }
    }

    /// The text of `span` of `doc` at its char offsets; `None` when the text is missing or
    /// shorter than the span.
    pub fn span_text(&self, doc: &DocId, span: &Span) -> Option<String> {
        let text = self.texts.get(doc)?;
        let taken: String = text
            .chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect();
        (taken.chars().count() == span.end - span.start).then_some(taken)
    }

    /// The text of the span `id` of `doc`.
    pub fn span_text_of(&self, doc: &DocId, id: &crate::model::SpanId) -> Option<String> {
        self.span_text(doc, self.project.annotations.get(doc, id)?)
    }

    /// Who made `claim` of `doc`, as a reader would name them.
    pub fn claimant(&self, doc: &DocId, claim: &Claim) -> String {
        match &claim.claimant {
            Claimant::Entity(e) => self
                .project
                .entity(e)
                .map_or_else(|| e.to_string(), |e| e.name.clone()),
            Claimant::Mention(s) => {
                let span = self.project.annotations.get(doc, s);
                let entity = span
                    .and_then(|s| s.entity.as_ref())
                    .and_then(|e| self.project.entity(e));
                match entity {
                    Some(e) => e.name.clone(),
                    None => self.span_text_of(doc, s).unwrap_or_default(),
                }
            }
            Claimant::Anonymous => crate::i18n::tr("report-anonymous"),
            Claimant::Outlet => self
                .project
                .outlet_name(&self.project.outlet_of(doc))
                .to_owned(),
        }
    }
}

/// How a member claim relates to its cluster's claim, as one English word: the CSS class of a
/// cell of the page, the same in every language.
pub fn relation_word(relation: Relation) -> &'static str {
    match relation {
        Relation::Reports => "reports",
        Relation::Supports => "supports",
        Relation::Contradicts => "contradicts",
        Relation::Denies => "denies",
    }
}

/// How a member claim relates to its cluster's claim, in words of the interface's language.
pub fn relation_text(relation: Relation) -> String {
    crate::i18n::tr(match relation {
        Relation::Reports => "report-reports",
        Relation::Supports => "report-supports",
        Relation::Contradicts => "report-contradicts",
        Relation::Denies => "report-denies",
    })
}

/// Why a report was not written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Target(#[from] crate::workspace::TargetProblem),
    #[error("{}", crate::i18n::tr_plain("report-not-written", &[]))]
    Write(#[from] crate::store::StoreError),
}

/// Which report to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// One self-contained HTML page.
    #[default]
    Html,
    /// schema.org `Claim` and `ClaimReview` records as JSON-LD.
    ClaimsJsonld,
}

impl ReportFormat {
    pub const ALL: [ReportFormat; 2] = [Self::Html, Self::ClaimsJsonld];

    /// The usual extension of the file written.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::ClaimsJsonld => "jsonld",
        }
    }
}

/// Writes the report of the open project to `output` (atomically), refusing the project's own
/// files, its annotations and its corpus as exports do.
pub fn write_report(
    ws: &crate::workspace::Workspace,
    format: ReportFormat,
    output: &Path,
    force: bool,
) -> Result<(), ReportError> {
    if let Some(problem) = ws.export_target_problem(output, force) {
        return Err(problem.into());
    }
    let sources = Sources::of(ws);
    let bytes = match format {
        ReportFormat::Html => html::report_html(&sources).into_bytes(),
        ReportFormat::ClaimsJsonld => {
            let mut text = claims_jsonld::claims_jsonld(&sources).to_string();
            text.push('\n');
            text.into_bytes()
        }
    };
    crate::store::write_atomic(output, &bytes)?;
    Ok(())
}
