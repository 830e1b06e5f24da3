//! Merging two analysts' copies of one project into one, record by record.
//!
//! Every record (document, label, document category, relation type, outlet, entity, cluster,
//! span, claim, relation, a document's label in one category) is matched by its ID,
//! which is random and so never collides between analysts. With the common ancestor (`base`,
//! as git has it) the merge is three-way: a record changed on one side only takes that change,
//! a record one side deleted and the other left alone goes, a record both changed differently
//! is a conflict. Without a base, nothing is ever deleted: the merge is a union.
//!
//! A conflict keeps the newer of two spans or claims (by their modification time; mine on a
//! tie) and mine for any other record, and is listed in the report. Two spans of different IDs
//! with the same range and label (both analysts marked the same words) become one, mine, and
//! claims that named theirs name mine; two claims that then say the same (content, claimant,
//! cue) become one the same way, and relations that named theirs name mine (in any document).
//! Spans that disagree (other label, other range, one side only)
//! are all kept: deciding between them is adjudication's job, not the merge's.

use std::collections::{BTreeMap, BTreeSet};

mod report;

pub use report::{Conflict, MergeReport, Record, RecordKind};

use super::compare::compare;
use crate::model::{
    Annotations, Claim, ClaimId, Claimant, DocId, DocLabel, Project, RelationId, Span, SpanId,
    SpanRelation,
};

/// Which side a conflict kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

/// A suggestion either analyst rejected stays rejected, a reporting cue either added is kept;
/// which suggesters run is mine.
fn merged_suggestions(mine: &Project, theirs: &Project) -> crate::model::SuggestionFeedback {
    crate::model::SuggestionFeedback {
        off: mine.suggestions.off.clone(),
        rejected: mine
            .suggestions
            .rejected
            .union(&theirs.suggestions.rejected)
            .cloned()
            .collect(),
        cues: mine
            .suggestions
            .cues
            .union(&theirs.suggestions.cues)
            .cloned()
            .collect(),
    }
}

/// Merges `theirs` into `mine` (see the module docs). The result keeps `mine`'s name and
/// corpus folder.
pub fn merge(base: Option<&Project>, mine: &Project, theirs: &Project) -> (Project, MergeReport) {
    let mut report = MergeReport {
        comparison: compare(mine, theirs),
        ..MergeReport::default()
    };
    let conflicts = &mut report.conflicts;
    let mut merged = Project {
        name: mine.name.clone(),
        corpus_dir: mine.corpus_dir.clone(),
        suggestions: merged_suggestions(mine, theirs),
        ..Project::default()
    };

    merged.documents = merge_list(
        base.map(|b| b.documents.as_slice()),
        &mine.documents,
        &theirs.documents,
        |d| d.id.clone(),
        |id| Record::new(RecordKind::Document, id, None),
        conflicts,
    );
    merged.schema = merged_schema(base, mine, theirs, conflicts, &mut report.unkeyed_labels);
    merged.outlets = merge_records(
        base.map(|b| &b.outlets),
        &mine.outlets,
        &theirs.outlets,
        |_, _| false,
        |id| Record::new(RecordKind::Outlet, id, None),
        conflicts,
    );
    merged.entities = merge_records(
        base.map(|b| &b.entities),
        &mine.entities,
        &theirs.entities,
        |_, _| false,
        |id| Record::new(RecordKind::Entity, id, None),
        conflicts,
    );
    let mut clusters = merge_records(
        base.map(|b| &b.clusters),
        &mine.clusters,
        &theirs.clusters,
        |_, _| false,
        |id| Record::new(RecordKind::Cluster, id, None),
        conflicts,
    );

    let docs: BTreeSet<&DocId> = mine
        .annotations
        .documents()
        .chain(theirs.annotations.documents())
        .chain(base.iter().flat_map(|b| b.annotations.documents()))
        .collect();
    let mut annotations = Annotations::new();
    let mut claim_renames: BTreeMap<(DocId, ClaimId), ClaimId> = BTreeMap::new();
    let mut span_renames: BTreeMap<SpanId, SpanId> = BTreeMap::new();
    for &doc in &docs {
        let merged_doc = merge_document(base, mine, theirs, doc, &mut report);
        span_renames.extend(merged_doc.span_renames);
        for (from, to) in merged_doc.claim_renames {
            claim_renames.insert((doc.clone(), from), to);
        }
        for span in merged_doc.spans {
            // IDs are unique within each side and joined duplicates are gone, so this holds.
            let _ = annotations.insert(doc.clone(), span);
        }
        for claim in merged_doc.claims {
            let _ = annotations.insert_claim(doc.clone(), claim);
        }
        let conflicts = &mut report.conflicts;
        merge_doc_labels(base, mine, theirs, doc, &mut annotations, conflicts);
    }
    // After every document, since a relation may end at a span of another one.
    merge_relations(
        base,
        mine,
        theirs,
        &docs,
        &span_renames,
        &mut annotations,
        &mut report,
    );
    for cluster in clusters.values_mut() {
        for member in &mut cluster.members {
            if let Some(to) = claim_renames.get(&(member.doc.clone(), member.claim.clone())) {
                member.claim = to.clone();
            }
        }
        cluster.normalise();
    }
    merged.clusters = clusters;
    merged.annotations = annotations;
    report.spans = merged.annotations.len();
    report.claims = merged.annotations.claim_count();
    report.broken = merged.broken_references();
    (merged, report)
}

/// The relations of `docs`, record by record, their ends renamed as joined spans were.
fn merge_relations(
    base: Option<&Project>,
    mine: &Project,
    theirs: &Project,
    docs: &BTreeSet<&DocId>,
    span_renames: &BTreeMap<SpanId, SpanId>,
    annotations: &mut Annotations,
    report: &mut MergeReport,
) {
    for &doc in docs {
        let by_id = |relations: &[SpanRelation]| -> BTreeMap<RelationId, SpanRelation> {
            relations
                .iter()
                .map(|r| (r.id.clone(), r.clone()))
                .collect()
        };
        let relations = merge_records(
            base.map(|b| by_id(b.annotations.relations(doc))).as_ref(),
            &by_id(mine.annotations.relations(doc)),
            &by_id(theirs.annotations.relations(doc)),
            |theirs: &SpanRelation, mine: &SpanRelation| theirs.stamp.is_newer_than(&mine.stamp),
            |id| Record::new(RecordKind::Relation, id, Some(doc)),
            &mut report.conflicts,
        );
        for mut relation in relations.into_values() {
            for end in [&mut relation.source, &mut relation.target] {
                if let Some(to) = span_renames.get(end) {
                    end.clone_from(to);
                }
            }
            // IDs are unique within each side, so this holds.
            let _ = annotations.insert_relation(doc.clone(), relation);
        }
    }
}

/// The schema: labels, document categories and relation types, each merged record by record.
fn merged_schema(
    base: Option<&Project>,
    mine: &Project,
    theirs: &Project,
    conflicts: &mut Vec<Conflict>,
    unkeyed: &mut Vec<String>,
) -> crate::model::Schema {
    let mut labels = merge_list(
        base.map(|b| b.schema.labels.as_slice()),
        &mine.schema.labels,
        &theirs.schema.labels,
        |l| l.id.clone(),
        |id| Record::new(RecordKind::Label, &id.0, None),
        conflicts,
    );
    let relation_types = merge_list(
        base.map(|b| b.schema.relation_types.as_slice()),
        &mine.schema.relation_types,
        &theirs.schema.relation_types,
        |t| t.id.clone(),
        |id| Record::new(RecordKind::RelationType, id, None),
        conflicts,
    );
    // A label only they added may use a key one of mine already has: it keeps its name and
    // colour but loses the key, so one key never applies two labels.
    let mut keys = BTreeSet::new();
    for label in &mut labels {
        if let Some(key) = label.key
            && !keys.insert(key)
        {
            label.key = None;
            unkeyed.push(label.id.0.clone());
        }
    }
    crate::model::Schema {
        labels,
        document_categories: merged_categories(base, mine, theirs, conflicts),
        relation_types,
    }
}

/// The schema's document categories, merged as labels are.
fn merged_categories(
    base: Option<&Project>,
    mine: &Project,
    theirs: &Project,
    conflicts: &mut Vec<Conflict>,
) -> Vec<crate::model::Category> {
    merge_list(
        base.map(|b| b.schema.document_categories.as_slice()),
        &mine.schema.document_categories,
        &theirs.schema.document_categories,
        |c| c.id.clone(),
        |id| Record::new(RecordKind::Category, id, None),
        conflicts,
    )
}

/// The labels of `doc`, a record per category: the newer of two changes wins a conflict.
fn merge_doc_labels(
    base: Option<&Project>,
    mine: &Project,
    theirs: &Project,
    doc: &DocId,
    annotations: &mut Annotations,
    conflicts: &mut Vec<Conflict>,
) {
    let labels = merge_records(
        base.map(|b| b.annotations.doc_labels(doc)),
        mine.annotations.doc_labels(doc),
        theirs.annotations.doc_labels(doc),
        |theirs: &DocLabel, mine: &DocLabel| theirs.stamp.is_newer_than(&mine.stamp),
        |category| Record::new(RecordKind::DocLabel, category, Some(doc)),
        conflicts,
    );
    for (category, label) in labels {
        annotations.set_doc_label(doc, &category, Some(label));
    }
}

struct MergedDocument {
    spans: Vec<Span>,
    claims: Vec<Claim>,
    claim_renames: BTreeMap<ClaimId, ClaimId>,
    span_renames: BTreeMap<SpanId, SpanId>,
}

fn merge_document(
    base: Option<&Project>,
    mine: &Project,
    theirs: &Project,
    doc: &DocId,
    report: &mut MergeReport,
) -> MergedDocument {
    let by_id = |spans: &[Span]| -> BTreeMap<SpanId, Span> {
        spans.iter().map(|s| (s.id.clone(), s.clone())).collect()
    };
    let claims_by_id = |claims: &[Claim]| -> BTreeMap<ClaimId, Claim> {
        claims.iter().map(|c| (c.id.clone(), c.clone())).collect()
    };
    let mine_spans = by_id(mine.annotations.spans(doc));
    let theirs_spans = by_id(theirs.annotations.spans(doc));
    let base_spans = base.map(|b| by_id(b.annotations.spans(doc)));
    let mut spans = merge_records(
        base_spans.as_ref(),
        &mine_spans,
        &theirs_spans,
        |theirs: &Span, mine: &Span| theirs.stamp.is_newer_than(&mine.stamp),
        |id| Record::new(RecordKind::Span, id, Some(doc)),
        &mut report.conflicts,
    );

    // Their new spans that repeat one of mine (same range and label) join it.
    let mine_keys: BTreeMap<(usize, usize, &str), &SpanId> = spans
        .values()
        .filter(|s| !theirs_only(&s.id, &mine_spans, &theirs_spans))
        .map(|s| ((s.start, s.end, s.label.0.as_str()), &s.id))
        .collect();
    let mut span_renames: BTreeMap<SpanId, SpanId> = BTreeMap::new();
    for span in spans.values() {
        if theirs_only(&span.id, &mine_spans, &theirs_spans)
            && let Some(&kept) = mine_keys.get(&(span.start, span.end, span.label.0.as_str()))
        {
            span_renames.insert(span.id.clone(), kept.clone());
        }
    }
    for (from, to) in &span_renames {
        if let Some(dropped) = spans.remove(from)
            && let Some(kept) = spans.get_mut(to)
            && kept.entity.is_none()
        {
            kept.entity = dropped.entity;
        }
    }
    report.joined_spans += span_renames.len();

    let mine_claims = claims_by_id(mine.annotations.claims(doc));
    let theirs_claims = claims_by_id(theirs.annotations.claims(doc));
    let base_claims = base.map(|b| claims_by_id(b.annotations.claims(doc)));
    let mut claims = merge_records(
        base_claims.as_ref(),
        &mine_claims,
        &theirs_claims,
        |theirs: &Claim, mine: &Claim| theirs.stamp.is_newer_than(&mine.stamp),
        |id| Record::new(RecordKind::Claim, id, Some(doc)),
        &mut report.conflicts,
    );
    let rename_span = |id: &mut SpanId| {
        if let Some(to) = span_renames.get(id) {
            *id = to.clone();
        }
    };
    for claim in claims.values_mut() {
        rename_span(&mut claim.content);
        if let Some(cue) = &mut claim.cue {
            rename_span(cue);
        }
        if let Claimant::Mention(span) = &mut claim.claimant {
            rename_span(span);
        }
    }

    // Their new claims that repeat one of mine join it.
    let key = |c: &Claim| (c.content.clone(), c.claimant.clone(), c.cue.clone());
    let mine_claim_keys: BTreeMap<_, ClaimId> = claims
        .values()
        .filter(|c| !theirs_only(&c.id, &mine_claims, &theirs_claims))
        .map(|c| (key(c), c.id.clone()))
        .collect();
    let mut claim_renames = BTreeMap::new();
    for claim in claims.values() {
        if theirs_only(&claim.id, &mine_claims, &theirs_claims)
            && let Some(kept) = mine_claim_keys.get(&key(claim))
        {
            claim_renames.insert(claim.id.clone(), kept.clone());
        }
    }
    for from in claim_renames.keys() {
        claims.remove(from);
    }
    for claim in claims.values_mut() {
        if let Some(parent) = &claim.parent
            && let Some(to) = claim_renames.get(parent)
        {
            claim.parent = Some(to.clone());
        }
    }
    report.joined_claims += claim_renames.len();

    MergedDocument {
        spans: spans.into_values().collect(),
        claims: claims.into_values().collect(),
        claim_renames,
        span_renames,
    }
}

fn theirs_only<K: Ord, V>(id: &K, mine: &BTreeMap<K, V>, theirs: &BTreeMap<K, V>) -> bool {
    theirs.contains_key(id) && !mine.contains_key(id)
}

/// Three-way (or, without `base`, two-way) merge of records by ID. `theirs_wins(theirs, mine)`
/// decides a conflict between two changed versions; mine wins otherwise.
fn merge_records<K: Ord + Clone, V: Clone + PartialEq>(
    base: Option<&BTreeMap<K, V>>,
    mine: &BTreeMap<K, V>,
    theirs: &BTreeMap<K, V>,
    theirs_wins: impl Fn(&V, &V) -> bool,
    describe: impl Fn(&K) -> Record,
    conflicts: &mut Vec<Conflict>,
) -> BTreeMap<K, V> {
    let keys: BTreeSet<&K> = mine.keys().chain(theirs.keys()).collect();
    let mut merged = BTreeMap::new();
    for key in keys {
        let original = base.and_then(|b| b.get(key));
        let decided = merge_one(
            original,
            mine.get(key),
            theirs.get(key),
            &theirs_wins,
            || describe(key),
            conflicts,
        );
        if let Some(value) = decided {
            merged.insert(key.clone(), value.clone());
        }
    }
    merged
}

/// The same for records kept in a list (documents, labels): mine's order, then their new ones.
fn merge_list<K: Ord + Clone, V: Clone + PartialEq>(
    base: Option<&[V]>,
    mine: &[V],
    theirs: &[V],
    key_of: impl Fn(&V) -> K,
    describe: impl Fn(&K) -> Record,
    conflicts: &mut Vec<Conflict>,
) -> Vec<V> {
    let index =
        |list: &[V]| -> BTreeMap<K, V> { list.iter().map(|v| (key_of(v), v.clone())).collect() };
    let base_map = base.map(index);
    let mine_map = index(mine);
    let theirs_map = index(theirs);
    let merged = merge_records(
        base_map.as_ref(),
        &mine_map,
        &theirs_map,
        |_, _| false,
        describe,
        conflicts,
    );
    let mut out: Vec<V> = Vec::with_capacity(merged.len());
    let mut placed = BTreeSet::new();
    for v in mine.iter().chain(theirs) {
        let key = key_of(v);
        if let Some(value) = merged.get(&key)
            && placed.insert(key)
        {
            out.push(value.clone());
        }
    }
    out
}

fn merge_one<'v, V: PartialEq>(
    base: Option<&'v V>,
    mine: Option<&'v V>,
    theirs: Option<&'v V>,
    theirs_wins: impl Fn(&V, &V) -> bool,
    describe: impl Fn() -> Record,
    conflicts: &mut Vec<Conflict>,
) -> Option<&'v V> {
    let mut conflict = |kept| {
        conflicts.push(Conflict {
            what: describe(),
            kept,
        });
    };
    match (base, mine, theirs) {
        (_, Some(m), Some(t)) if m == t => Some(m),
        (Some(b), Some(m), Some(t)) if b == m => Some(t),
        (Some(b), Some(m), Some(t)) if b == t => Some(m),
        (_, Some(m), Some(t)) => {
            if theirs_wins(t, m) {
                conflict(Side::Theirs);
                Some(t)
            } else {
                conflict(Side::Mine);
                Some(m)
            }
        }
        // Deleted on one side: gone if the other side left it as it was, else kept and listed.
        (Some(b), Some(m), None) => {
            if b == m {
                None
            } else {
                conflict(Side::Mine);
                Some(m)
            }
        }
        (Some(b), None, Some(t)) => {
            if b == t {
                None
            } else {
                conflict(Side::Theirs);
                Some(t)
            }
        }
        (None, Some(m), None) => Some(m),
        (None, None, Some(t)) => Some(t),
        (_, None, None) => None,
    }
}

#[cfg(test)]
mod tests;
