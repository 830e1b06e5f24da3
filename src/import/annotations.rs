//! Bringing annotations made elsewhere (brat, doccano JSONL, REFI-QDA) into an existing project
//! as **one transaction**, so the analyst can undo the whole import at once.
//!
//! Each format's reader turns its files into [`ForeignDocument`]s (spans and claims with offsets
//! in code points and the text they quote); [`plan`] matches them to the project's documents,
//! checks every annotation against the document's text, and builds the [`Transaction`]:
//! labels the schema lacks, then entities, spans, claims, relation types the schema lacks,
//! relations between spans, and clusters, then the documents' labels (see [`doc_labels`]). A problem with one
//! annotation (offsets outside the text, a quote that differs from the text, an edge inside a
//! grapheme cluster, a reference to something not imported) is listed in the
//! [`AnnotationImportReport`] and that annotation skipped; it never stops the import. A span
//! that begins or ends with white space is imported without it (spans start and end on a word);
//! one of nothing but white space is skipped and listed.
//!
//! Documents are matched by ID, then by path, then by file name (when only one document has
//! it), then by text (when only one document has that exact text). A span already in the
//! document (same offsets and label) is not added again: claims that name it use the existing
//! span, and an identical claim is not added twice either.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::intake::decode::{Fault, FaultArg};
use crate::model::{
    Claim, ClaimId, Claimant, Cluster, ClusterId, ClusterMember, DocId, Edit, Entity, EntityId,
    Label, LabelId, Project, RelationId, RelationType, RelationTypeId, Rgb, Span, SpanId,
    SpanRelation, Transaction,
};
use crate::text::graphemes;

mod doc_labels;

use crate::formats::foreign::annotation_place;
pub use crate::formats::foreign::{
    AnnotationImportError, AnnotationImportReport, AnnotationProblem, ForeignClaim,
    ForeignClaimant, ForeignDocument, ForeignEntity, ForeignRelation, ForeignSpan, ImportFormat,
};

/// Colours for labels an import adds: middle lightness, so they read on light and dark pages
/// (the same range the default schema keeps to).
const PALETTE: [Rgb; 8] = [
    Rgb(230, 85, 70),
    Rgb(60, 130, 220),
    Rgb(40, 170, 100),
    Rgb(150, 95, 210),
    Rgb(235, 150, 30),
    Rgb(0, 170, 190),
    Rgb(190, 170, 20),
    Rgb(225, 75, 160),
];

/// The transaction importing `documents` into `project` (texts in project order), and what it
/// does. Nothing is changed yet: apply the transaction through the workspace.
pub fn plan(
    project: &Project,
    texts: &[Option<&str>],
    documents: Vec<ForeignDocument>,
    description: crate::model::Description,
    report: &mut AnnotationImportReport,
) -> Transaction {
    let mut planner = Planner {
        project,
        labels: Vec::new(),
        known_labels: project.schema.labels.iter().map(|l| l.id.clone()).collect(),
        brat_types: crate::formats::brat::BratTypes::of_schema(&project.schema, []),
        entities: Vec::new(),
        new_entity_ids: BTreeSet::new(),
        spans: Vec::new(),
        claims: Vec::new(),
        clusters: BTreeMap::new(),
        relation_types: Vec::new(),
        relations: Vec::new(),
    };
    let matcher = Matcher::new(project, texts);
    let mut seen: BTreeSet<DocId> = BTreeSet::new();
    let mut doc_labels: Vec<doc_labels::FoundLabels> = Vec::new();
    for foreign in documents {
        let Some(index) = matcher.find(&foreign) else {
            report.unmatched.push(foreign.source.clone());
            continue;
        };
        let doc = project.documents[index].id.clone();
        if !seen.insert(doc.clone()) {
            let args = [("doc", doc.to_string().into())];
            report.said(
                foreign.source.clone(),
                "annotation-skip-matched-twice",
                &args,
            );
            continue;
        }
        report.matched.push((foreign.source.clone(), doc.clone()));
        let Some(text) = texts.get(index).copied().flatten() else {
            let args = [("doc", doc.to_string().into())];
            report.said(
                foreign.source.clone(),
                "annotation-skip-text-unreadable",
                &args,
            );
            continue;
        };
        planner.document(&doc, text, &foreign, report);
        if !foreign.doc_labels.is_empty() {
            doc_labels.push((doc, foreign.source, foreign.doc_labels));
        }
    }
    let mut transaction = planner.finish(description, report);
    transaction.extend(doc_labels::doc_label_edits(project, &doc_labels, report));
    transaction
}

/// Finds the project document a foreign document stands for.
struct Matcher<'a> {
    project: &'a Project,
    by_file_name: HashMap<&'a str, Vec<usize>>,
    by_text: HashMap<&'a str, Vec<usize>>,
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

impl<'a> Matcher<'a> {
    fn new(project: &'a Project, texts: &[Option<&'a str>]) -> Self {
        let mut by_file_name: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_text: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, doc) in project.documents.iter().enumerate() {
            by_file_name
                .entry(file_name(&doc.path))
                .or_default()
                .push(i);
            if let Some(text) = texts.get(i).copied().flatten() {
                by_text.entry(text).or_default().push(i);
            }
        }
        Self {
            project,
            by_file_name,
            by_text,
        }
    }

    fn find(&self, foreign: &ForeignDocument) -> Option<usize> {
        let name = foreign.name.as_str();
        let docs = &self.project.documents;
        let unique = |found: Option<&Vec<usize>>| match found.map(Vec::as_slice) {
            Some(&[one]) => Some(one),
            _ => None,
        };
        // brat files of a document whose ID does not end in `.txt` carry `.txt` on top.
        let bare = name.strip_suffix(".txt").unwrap_or(name);
        docs.iter()
            .position(|d| d.id.0 == name)
            .or_else(|| docs.iter().position(|d| d.path == name))
            .or_else(|| docs.iter().position(|d| d.id.0 == bare))
            .or_else(|| {
                (!name.is_empty())
                    .then(|| unique(self.by_file_name.get(file_name(name))))
                    .flatten()
            })
            .or_else(|| {
                let text = foreign.text.as_deref()?;
                unique(self.by_text.get(text))
            })
    }
}

struct Planner<'a> {
    project: &'a Project,
    labels: Vec<Label>,
    known_labels: BTreeSet<LabelId>,
    /// The brat type of each schema label, to find a label a brat collection names by it.
    brat_types: crate::formats::brat::BratTypes,
    entities: Vec<Entity>,
    new_entity_ids: BTreeSet<EntityId>,
    spans: Vec<(DocId, Span)>,
    claims: Vec<(DocId, Claim)>,
    clusters: BTreeMap<ClusterId, (String, Vec<ClusterMember>)>,
    /// Relation types the schema lacks, named by relations of the source.
    relation_types: Vec<RelationType>,
    relations: Vec<(DocId, SpanRelation)>,
}

impl Planner<'_> {
    /// The label a source calls `id`: a label of the schema with that ID, else with that name,
    /// else whose ID a format had to rewrite into it (brat types); else a new label.
    fn label(&mut self, id: &str) -> LabelId {
        if let Some(found) = self.known_label(id) {
            return found;
        }
        let id = LabelId(id.to_owned());
        if self.known_labels.insert(id.clone()) {
            let colour = PALETTE[self.labels.len() % PALETTE.len()];
            self.labels.push(Label {
                id: id.clone(),
                name: id.0.clone(),
                colour,
                key: None,
                description: String::new(),
            });
        }
        id
    }

    /// The schema label a source calls `id`, if there is one (see [`Planner::label`]).
    fn known_label(&self, id: &str) -> Option<LabelId> {
        let labels = &self.project.schema.labels;
        labels
            .iter()
            .find(|l| l.id.0 == id)
            .or_else(|| labels.iter().find(|l| l.name == id))
            .map(|l| l.id.clone())
            .or_else(|| self.brat_types.label_of(id).cloned())
    }

    /// The entity `foreign` refers to: the project's (by ID, then outside ID, then name and
    /// kind), one this import already adds, or a new one. A new one without a kind of its own
    /// takes its mention's label, or for a claimant (a claim role, or a claim's entity with no
    /// mention) a kind of thing: a label over the same words in `alongside`, else the schema's
    /// first ([`crate::model::Schema::entity_kind`]).
    fn entity(
        &mut self,
        foreign: &ForeignEntity,
        mention_label: &LabelId,
        alongside: &[LabelId],
    ) -> EntityId {
        let claimant = LabelId(crate::model::schema::CLAIMANT_LABEL.to_owned());
        let kind = match (foreign.kind.as_str(), mention_label.0.as_str()) {
            ("", "") => {
                let kind = self.project.schema.entity_kind(&claimant, alongside);
                // A schema with no kinds of thing at all: the claimant label, added if need be.
                self.label(&kind.0)
            }
            ("", _) => self.project.schema.entity_kind(mention_label, alongside),
            (kind, _) => self.label(kind),
        };
        if let Some(id) = &foreign.id {
            let id = EntityId(id.clone());
            if self.project.entity(&id).is_some() || self.new_entity_ids.contains(&id) {
                return id;
            }
        }
        let all = || self.project.entities.values().chain(self.entities.iter());
        if let Some(external) = &foreign.external_id
            && let Some(found) = all().find(|e| e.external_id.as_ref() == Some(external))
        {
            return found.id.clone();
        }
        if foreign.id.is_none()
            && let Some(found) = all().find(|e| e.name == foreign.name && e.kind == kind)
        {
            return found.id.clone();
        }
        let id = foreign
            .id
            .clone()
            .filter(|id| !id.is_empty())
            .map_or_else(EntityId::fresh, EntityId);
        let mut entity = Entity::new(id.clone(), foreign.name.clone(), kind);
        if entity.name.trim().is_empty() {
            entity.name.clone_from(&id.0);
        }
        for alias in &foreign.aliases {
            entity.add_alias(alias.clone());
        }
        entity.note.clone_from(&foreign.note);
        entity.external_id.clone_from(&foreign.external_id);
        self.new_entity_ids.insert(id.clone());
        self.entities.push(entity);
        id
    }

    fn document(
        &mut self,
        doc: &DocId,
        text: &str,
        foreign: &ForeignDocument,
        report: &mut AnnotationImportReport,
    ) {
        let chars: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(text.len()))
            .collect();
        let len = chars.len() - 1;
        let slice = |s: usize, e: usize| (s <= e && e <= len).then(|| &text[chars[s]..chars[e]]);
        let existing = self.project.annotations.spans(doc);
        let mut added: Vec<(usize, usize, LabelId, SpanId)> = Vec::new();
        // The span ID each foreign span became (new or already there); None when skipped.
        let mut span_ids: Vec<Option<SpanId>> = Vec::with_capacity(foreign.spans.len());
        for span in &foreign.spans {
            let location = annotation_place(&foreign.source, &span.location, span.line);
            let range = |start: usize, end: usize| -> [(&'static str, FaultArg); 3] {
                [
                    ("start", start.into()),
                    ("end", end.into()),
                    ("doc", doc.to_string().into()),
                ]
            };
            let problem = if span.start >= span.end {
                Some(Fault::said(
                    "annotation-skip-range-empty",
                    &range(span.start, span.end),
                ))
            } else if span.end > len {
                let mut args = range(span.start, span.end).to_vec();
                args.push(("length", len.into()));
                Some(Fault::said("annotation-skip-range-past-end", &args))
            } else if let Some(edge) = [span.start, span.end]
                .into_iter()
                .find(|&e| !graphemes::is_boundary(text, e))
            {
                let args = [("edge", edge.into())];
                Some(Fault::said("annotation-skip-splits-grapheme", &args))
            } else {
                span.quotes
                    .iter()
                    .find_map(|(s, e, quoted)| match slice(*s, *e) {
                        Some(at) if at == quoted => None,
                        Some(at) => {
                            let mut args = range(*s, *e).to_vec();
                            args.push(("quoted", format!("{quoted:?}").into()));
                            args.push(("found", format!("{at:?}").into()));
                            Some(Fault::said("annotation-skip-quote-differs", &args))
                        }
                        None => Some(Fault::said("annotation-skip-quote-outside", &range(*s, *e))),
                    })
            };
            if let Some(message) = problem {
                report.problem_at(location, message);
                span_ids.push(None);
                continue;
            }
            if span.label.is_empty() {
                report.said_at(location, "annotation-skip-no-label", &[]);
                span_ids.push(None);
                continue;
            }
            // A span another tool let begin or end with white space marks the same words
            // without it (spans here start and end on a word).
            let (start, end) = graphemes::trim_whitespace(text, span.start, span.end);
            if start >= end {
                report.said_at(location, "annotation-skip-only-white-space", &[]);
                span_ids.push(None);
                continue;
            }
            let label = self.label(&span.label);
            let same = |s: &Span| s.start == start && s.end == end && s.label == label;
            if let Some(there) = existing.iter().find(|s| same(s)) {
                report.already_there += 1;
                span_ids.push(Some(there.id.clone()));
                continue;
            }
            if let Some((.., id)) = added
                .iter()
                .find(|(s, e, l, _)| (*s, *e, l) == (start, end, &label))
            {
                report.already_there += 1;
                span_ids.push(Some(id.clone()));
                continue;
            }
            let quote = slice(start, end).unwrap_or_default();
            let mut new = Span::new(SpanId::fresh(), start, end, label.clone(), quote);
            if let Some(entity) = &span.entity {
                let alongside: Vec<LabelId> = foreign
                    .spans
                    .iter()
                    .filter(|s| (s.start, s.end) == (span.start, span.end))
                    .filter_map(|s| self.known_label(&s.label))
                    .collect();
                new.entity = Some(self.entity(entity, &label, &alongside));
            }
            new.note.clone_from(&span.note);
            new.attributes.clone_from(&span.attributes);
            added.push((start, end, label, new.id.clone()));
            span_ids.push(Some(new.id.clone()));
            self.spans.push((doc.clone(), new));
            report.spans_added += 1;
        }
        self.claims_of(doc, foreign, &span_ids, report);
        self.relations_of(doc, foreign, &span_ids, report);
    }

    /// The relation type a source calls `name`: one of the schema by ID, name or brat type,
    /// one this import adds, or a new one (directed, any labels at either end); `None` when
    /// `name` cannot name a type.
    fn relation_kind(&mut self, name: &str) -> Option<RelationTypeId> {
        let schema = &self.project.schema;
        let known = schema
            .relation_types
            .iter()
            .chain(&self.relation_types)
            .find(|t| t.id.0 == name)
            .or_else(|| schema.relation_types.iter().find(|t| t.name == name))
            .map(|t| t.id.clone())
            .or_else(|| {
                crate::formats::brat::BratRelationTypes::of_relation_types(schema)
                    .key_of(name)
                    .cloned()
            });
        if known.is_some() {
            return known;
        }
        if crate::model::schema::label_name_problem(name).is_some() {
            return None;
        }
        let colour = PALETTE[(self.labels.len() + self.relation_types.len()) % PALETTE.len()];
        let kind = RelationType::new(name, name, colour);
        let id = kind.id.clone();
        self.relation_types.push(kind);
        Some(id)
    }

    /// The label of span `id` of `doc`, in the project or added by this import.
    fn span_label(&self, doc: &DocId, id: &SpanId) -> Option<&LabelId> {
        self.project
            .annotations
            .get(doc, id)
            .or_else(|| {
                self.spans
                    .iter()
                    .find(|(d, s)| d == doc && &s.id == id)
                    .map(|(_, s)| s)
            })
            .map(|s| &s.label)
    }

    /// The document's relations between spans imported or already there, checked as a new
    /// relation is (a type allowing the ends' labels, two spans, not made twice).
    fn relations_of(
        &mut self,
        doc: &DocId,
        foreign: &ForeignDocument,
        span_ids: &[Option<SpanId>],
        report: &mut AnnotationImportReport,
    ) {
        for relation in &foreign.relations {
            let location = annotation_place(&foreign.source, &relation.location, relation.line);
            let end = |i: usize| span_ids.get(i).cloned().flatten();
            let (Some(source), Some(target)) = (end(relation.source), end(relation.target)) else {
                report.said_at(location, "annotation-skip-relation-end-missing", &[]);
                continue;
            };
            if source == target {
                report.said_at(location, "annotation-skip-relation-to-itself", &[]);
                continue;
            }
            let Some(kind) = self.relation_kind(&relation.kind) else {
                let args = [("kind", format!("{:?}", relation.kind).into())];
                report.said_at(location, "annotation-skip-relation-type-name", &args);
                continue;
            };
            let Some(found) = self
                .project
                .schema
                .relation_types
                .iter()
                .chain(&self.relation_types)
                .find(|t| t.id == kind)
                .cloned()
            else {
                continue;
            };
            let labels = (self.span_label(doc, &source), self.span_label(doc, &target));
            if let (Some(from), Some(to)) = labels
                && !(found.allows_source(from) && found.allows_target(to))
            {
                let args = [
                    ("kind", format!("{:?}", kind.0).into()),
                    ("from", format!("{:?}", from.0).into()),
                    ("to", format!("{:?}", to.0).into()),
                ];
                report.said_at(location, "annotation-skip-relation-labels", &args);
                continue;
            }
            let mut new = SpanRelation::new(RelationId::fresh(), kind, source, target);
            new.note.clone_from(&relation.note);
            let there = self
                .project
                .annotations
                .relations_of_span(&new.source)
                .map(|(_, r)| r)
                .chain(self.relations.iter().map(|(_, r)| r))
                .any(|r| r.same_link(&new, found.directed));
            if there {
                report.already_there += 1;
                continue;
            }
            self.relations.push((doc.clone(), new));
            report.relations_added += 1;
        }
    }

    #[expect(
        clippy::too_many_lines,
        reason = "each reference of a claim resolved in turn, with its own message"
    )]
    fn claims_of(
        &mut self,
        doc: &DocId,
        foreign: &ForeignDocument,
        span_ids: &[Option<SpanId>],
        report: &mut AnnotationImportReport,
    ) {
        let span = |i: usize| span_ids.get(i).cloned().flatten();
        let mut claim_ids: Vec<Option<ClaimId>> = vec![None; foreign.claims.len()];
        // Parents first: a claim can only be nested in a claim already added.
        let mut pending: Vec<usize> = (0..foreign.claims.len()).collect();
        while !pending.is_empty() {
            let before = pending.len();
            let mut waiting = Vec::new();
            for i in pending {
                let claim = &foreign.claims[i];
                let location = annotation_place(&foreign.source, &claim.location, claim.line);
                let parent = match claim.parent {
                    None => None,
                    Some(p) if p < foreign.claims.len() && p != i => {
                        if let Some(id) = &claim_ids[p] {
                            Some(id.clone())
                        } else {
                            waiting.push(i);
                            continue;
                        }
                    }
                    Some(_) => {
                        report.said_at(location, "annotation-skip-parent-unknown", &[]);
                        continue;
                    }
                };
                let Some(content) = span(claim.content) else {
                    report.said_at(location, "annotation-skip-content-missing", &[]);
                    continue;
                };
                let cue = match claim.cue {
                    Some(c) => {
                        if let Some(id) = span(c) {
                            Some(id)
                        } else {
                            report.said_at(location, "annotation-skip-cue-missing", &[]);
                            continue;
                        }
                    }
                    None => None,
                };
                let claimant = match &claim.claimant {
                    ForeignClaimant::Mention(m) => {
                        if let Some(id) = span(*m) {
                            Claimant::Mention(id)
                        } else {
                            report.said_at(location, "annotation-skip-claimant-missing", &[]);
                            continue;
                        }
                    }
                    ForeignClaimant::Entity(e) => {
                        let kind = LabelId(e.kind.clone());
                        Claimant::Entity(self.entity(e, &kind, &[]))
                    }
                    ForeignClaimant::Anonymous => Claimant::Anonymous,
                    ForeignClaimant::Outlet => Claimant::Outlet,
                };
                let mut new = Claim::new(ClaimId::fresh(), content, claimant);
                new.cue = cue;
                new.polarity = claim.polarity;
                new.certainty = claim.certainty;
                new.quote_mode = claim.quote_mode;
                new.statement_date.clone_from(&claim.statement_date);
                new.note.clone_from(&claim.note);
                new.parent = parent;
                let same = |c: &Claim| {
                    Claim {
                        id: new.id.clone(),
                        ..c.clone()
                    } == new
                };
                let there = self
                    .project
                    .annotations
                    .claims(doc)
                    .iter()
                    .chain(self.claims.iter().filter(|(d, _)| d == doc).map(|(_, c)| c))
                    .find(|c| same(c))
                    .map(|c| c.id.clone());
                let id = if let Some(id) = there {
                    report.already_there += 1;
                    id
                } else {
                    let id = new.id.clone();
                    self.claims.push((doc.clone(), new));
                    report.claims_added += 1;
                    id
                };
                for (cluster, name, relation) in &claim.clusters {
                    let entry = self
                        .clusters
                        .entry(ClusterId(cluster.clone()))
                        .or_insert_with(|| (name.clone(), Vec::new()));
                    entry.1.push(ClusterMember {
                        doc: doc.clone(),
                        claim: id.clone(),
                        relation: *relation,
                    });
                }
                claim_ids[i] = Some(id);
            }
            if waiting.len() == before {
                for i in waiting {
                    let claim = &foreign.claims[i];
                    report.said_at(
                        annotation_place(&foreign.source, &claim.location, claim.line),
                        "annotation-skip-parent-missing",
                        &[],
                    );
                }
                break;
            }
            pending = waiting;
        }
    }

    fn finish(
        self,
        description: crate::model::Description,
        report: &mut AnnotationImportReport,
    ) -> Transaction {
        let mut transaction = Transaction::new(description);
        let first = self.project.schema.labels.len();
        for (i, label) in self.labels.into_iter().enumerate() {
            report.labels_added.push(label.id.clone());
            transaction.push(Edit::SetLabel {
                index: first + i,
                before: None,
                after: Some(label),
            });
        }
        report.entities_added = self.entities.len();
        transaction.extend(self.entities.into_iter().map(Edit::add_entity));
        transaction.extend(
            self.spans
                .into_iter()
                .map(|(doc, span)| Edit::AddSpan { doc, span }),
        );
        transaction.extend(
            self.claims
                .into_iter()
                .map(|(doc, claim)| Edit::AddClaim { doc, claim }),
        );
        let first = self.project.schema.relation_types.len();
        for (i, kind) in self.relation_types.into_iter().enumerate() {
            report.relation_types_added.push(kind.id.clone());
            transaction.push(Edit::SetRelationType {
                index: first + i,
                before: None,
                after: Some(kind),
            });
        }
        transaction.extend(
            self.relations
                .into_iter()
                .map(|(doc, relation)| Edit::AddRelation { doc, relation }),
        );
        for (id, (name, members)) in self.clusters {
            let edit = if let Some(existing) = self.project.cluster(&id) {
                let mut after = existing.clone();
                for m in members {
                    if after.member(&m.doc, &m.claim).is_none() {
                        after.set_member(m.doc, m.claim, m.relation);
                    }
                }
                if &after == existing {
                    continue;
                }
                Edit::ReplaceCluster {
                    before: existing.clone(),
                    after,
                }
            } else {
                let mut cluster = Cluster::new(
                    if id.is_empty() {
                        ClusterId::fresh()
                    } else {
                        id
                    },
                    name,
                );
                cluster.members = members;
                Edit::add_cluster(cluster)
            };
            report.clusters_changed += 1;
            transaction.push(edit);
        }
        transaction
    }
}
