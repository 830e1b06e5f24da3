//! Properties of edits, undo/redo and saving, on random sequences of valid edits over a few
//! fixed Arabic and mixed texts: undo everything → the exact initial project; redo everything →
//! the exact final project; a saved project (and its journal) reloads equal; every span's quote
//! is the text at its offsets and its edges are grapheme boundaries; every reference (a span's
//! entity, a claim's spans, claimant and parent, a cluster's claims, a document's outlet)
//! resolves; the dirty flag follows the saved revision. The edits cover spans, labels, document
//! metadata, outlets, entities (with merges and splits), claims and clusters.
#![expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error; clippy.toml could set allow-unwrap-in-tests instead"
)]

use std::collections::{BTreeMap, HashSet};
use std::time::{Duration, UNIX_EPOCH};

use hashiya::model::entity::is_normalised_list;
use hashiya::model::views::mentions_of;
use hashiya::model::{
    BaseDirection, Certainty, Claim, ClaimId, Claimant, Cluster, ClusterId, ClusterMember, DocId,
    Document, Edit, Entity, EntityId, History, Label, LabelId, Outlet, OutletId, Polarity, Project,
    QuoteMode, Relation, Rgb, Schema, Span, SpanId, Transaction, merge_entities, notation,
    remove_claim_with_dependents, remove_span_with_dependents, split_entity,
};
use hashiya::store::{journal, load_project, save_annotations, save_project};
use hashiya::text::graphemes::{is_boundary, snap_to_boundaries, trim_whitespace};
use proptest::prelude::*;

/// The documents: notation for their initial spans. Harakat, shadda, an emoji with a skin tone,
/// Latin, Arabic-Indic and ASCII digits, a combining accent, a line break.
const TEXTS: [(&str, &str); 3] = [
    (
        "enab/0001.txt",
        "[CUE|قال] [PER|محمد الأحمد] إن قوات [ARMED|التحالف] [CLAIM|سيطرت على حقل العمر] بدير الزور.",
    ),
    (
        "sana/خبر.txt",
        "مُحَمَّدٌ قالَ: «الرَّقَّةُ» 👍🏽 ([ARMED|SDF]) في 12 أيلول ٢٠١٧.\nسطرٌ ثانٍ.",
    ),
    (
        "mixed.txt",
        "Mixed: قسد said «داعش» retreated; cafe\u{301} ﻻ لا.",
    ),
];

const NOTES: [&str; 4] = ["", "مصدر واحد", "\"quoted\" \\ note", "سطر\nسطر"];
const NAMES: [&str; 4] = [
    "محمد الأحمد",
    "قوات سوريا الديمقراطية",
    "\"قسد\" و\\",
    "Rumman bridge",
];
const ALIASES: [&str; 4] = ["قسد", "SDF", "", "الأحمد"];
const OUTLETS: [&str; 4] = ["عنب بلدي", "SANA", "راديو «ألوان»", "x\\y \"#"];

fn plain(i: usize) -> String {
    notation::parse(TEXTS[i].1).unwrap().0
}

fn label(id: &str, n: u8) -> Label {
    Label {
        id: LabelId(id.to_owned()),
        name: id.to_lowercase(),
        colour: Rgb(n.wrapping_mul(40), 100, 200),
        key: char::from_digit(u32::from(n % 10), 10),
        description: String::new(),
    }
}

fn doc_id(i: usize) -> DocId {
    DocId(TEXTS[i].0.to_owned())
}

/// The texts with their spans (IDs `init0`, `init1`, …), two outlets, two entities linked to the
/// first document's person and armed group, a claim of that person and a cluster holding it.
fn initial_project() -> Project {
    let mut project = Project {
        name: "خصائص".to_owned(),
        corpus_dir: "corpus".to_owned(),
        schema: Schema {
            labels: ["PER", "ARMED", "GPE", "CUE", "CLAIM"]
                .iter()
                .zip(1..)
                .map(|(id, n)| label(id, n))
                .collect(),
            ..Schema::default()
        },
        ..Project::default()
    };
    for (n, name) in OUTLETS[..2].iter().enumerate() {
        let outlet = Outlet::new(OutletId(format!("outlet{n}")), *name);
        project.outlets.insert(outlet.id.clone(), outlet);
    }
    let person = Entity::new(
        EntityId("person".to_owned()),
        NAMES[0],
        LabelId("PER".into()),
    );
    let mut coalition = Entity::new(
        EntityId("coalition".to_owned()),
        "التحالف الدولي",
        LabelId("ARMED".into()),
    );
    coalition.add_alias("التحالف");
    for entity in [person, coalition] {
        project.entities.insert(entity.id.clone(), entity);
    }
    let mut n = 0;
    for (i, (id, marked)) in TEXTS.iter().enumerate() {
        let (text, spans) = notation::parse(marked).unwrap();
        project.documents.push(Document {
            id: DocId((*id).to_owned()),
            path: (*id).to_owned(),
            sha256: "0".repeat(64),
            encoding: "UTF-8".to_owned(),
            title: text.lines().next().unwrap().to_owned(),
            outlet: OutletId(if i < 2 {
                format!("outlet{i}")
            } else {
                String::new()
            }),
            date: String::new(),
            author: String::new(),
            url: String::new(),
            language: String::new(),
            base_direction: BaseDirection::Auto,
            char_len: text.chars().count(),
            warnings: vec![],
            extraction: hashiya::model::Extraction::Plain,
            date_text: String::new(),
            outlet_text: String::new(),
            metadata_from: std::collections::BTreeMap::new(),
            copy_of: None,
        });
        for (start, end, label) in spans {
            let mut span = Span::new(
                SpanId(format!("init{n}")),
                start,
                end,
                label,
                &slice(&text, start, end),
            );
            span.entity = match span.label.0.as_str() {
                "PER" => Some(EntityId("person".to_owned())),
                "ARMED" if i == 0 => Some(EntityId("coalition".to_owned())),
                _ => None,
            };
            project
                .annotations
                .insert(DocId((*id).to_owned()), span)
                .unwrap();
            n += 1;
        }
    }
    // init0 قال, init1 محمد الأحمد, init2 التحالف, init3 سيطرت على حقل العمر.
    let mut claim = Claim::new(
        ClaimId("claim0".to_owned()),
        SpanId("init3".to_owned()),
        Claimant::Mention(SpanId("init1".to_owned())),
    );
    claim.cue = Some(SpanId("init0".to_owned()));
    project.annotations.insert_claim(doc_id(0), claim).unwrap();
    let mut cluster = Cluster::new(ClusterId("cluster0".to_owned()), "حقل العمر");
    cluster.members.push(ClusterMember {
        doc: doc_id(0),
        claim: ClaimId("claim0".to_owned()),
        relation: Relation::Reports,
    });
    project.clusters.insert(cluster.id.clone(), cluster);
    project
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// An abstract step; turned into a transaction against the current state by [`transaction`].
#[derive(Debug, Clone)]
enum Op {
    AddSpan {
        doc: usize,
        a: usize,
        b: usize,
        label: usize,
    },
    AddTwoSpans {
        doc: usize,
        a: usize,
        b: usize,
        c: usize,
        d: usize,
    },
    RemoveSpan {
        pick: usize,
    },
    MoveEdges {
        pick: usize,
        a: usize,
        b: usize,
    },
    Relabel {
        pick: usize,
        label: usize,
    },
    Note {
        pick: usize,
        note: usize,
        attribute: bool,
    },
    AddLabel,
    RemoveLabel {
        pick: usize,
    },
    ChangeLabel {
        pick: usize,
        name: usize,
        key: u8,
    },
    Meta {
        doc: usize,
        field: usize,
        value: usize,
    },
    AddOutlet {
        name: usize,
    },
    ChangeOutlet {
        pick: usize,
        name: usize,
    },
    RemoveOutlet {
        pick: usize,
    },
    AddEntity {
        name: usize,
        alias: usize,
        kind: usize,
    },
    ChangeEntity {
        pick: usize,
        name: usize,
        alias: usize,
        kind: usize,
    },
    LinkSpan {
        pick: usize,
        entity: usize,
    },
    RemoveEntity {
        pick: usize,
    },
    MergeEntities {
        keep: usize,
        absorb: usize,
    },
    SplitEntity {
        pick: usize,
        mask: u8,
        name: usize,
    },
    AddClaim {
        content: usize,
        claimant: usize,
        other: usize,
        cue: bool,
        parent: Option<usize>,
        flags: u8,
    },
    ChangeClaim {
        pick: usize,
        field: usize,
        value: usize,
    },
    RemoveClaim {
        pick: usize,
    },
    AddCluster {
        name: usize,
        first: usize,
        second: usize,
        relation: usize,
    },
    ChangeCluster {
        pick: usize,
        claim: usize,
        relation: usize,
        remove: bool,
    },
    RemoveCluster {
        pick: usize,
    },
}

const RELATIONS: [Relation; 4] = [
    Relation::Reports,
    Relation::Supports,
    Relation::Contradicts,
    Relation::Denies,
];

fn op() -> impl Strategy<Value = Op> {
    let n = 0..100usize;
    let spans = prop_oneof![
        4 => (0..3usize, n.clone(), n.clone(), 0..8usize)
            .prop_map(|(doc, a, b, label)| Op::AddSpan { doc, a, b, label }),
        1 => (0..3usize, n.clone(), n.clone(), n.clone(), n.clone())
            .prop_map(|(doc, a, b, c, d)| Op::AddTwoSpans { doc, a, b, c, d }),
        2 => n.clone().prop_map(|pick| Op::RemoveSpan { pick }),
        2 => (n.clone(), n.clone(), n.clone()).prop_map(|(pick, a, b)| Op::MoveEdges { pick, a, b }),
        2 => (n.clone(), 0..8usize).prop_map(|(pick, label)| Op::Relabel { pick, label }),
        1 => (n.clone(), 0..4usize, any::<bool>())
            .prop_map(|(pick, note, attribute)| Op::Note { pick, note, attribute }),
        1 => Just(Op::AddLabel),
        1 => n.clone().prop_map(|pick| Op::RemoveLabel { pick }),
        1 => (n.clone(), 0..4usize, any::<u8>())
            .prop_map(|(pick, name, key)| Op::ChangeLabel { pick, name, key }),
        1 => (0..3usize, 0..7usize, 0..4usize).prop_map(|(doc, field, value)| Op::Meta { doc, field, value }),
    ];
    let records = prop_oneof![
        1 => (0..4usize).prop_map(|name| Op::AddOutlet { name }),
        1 => (n.clone(), 0..4usize).prop_map(|(pick, name)| Op::ChangeOutlet { pick, name }),
        1 => n.clone().prop_map(|pick| Op::RemoveOutlet { pick }),
        2 => (0..4usize, 0..4usize, n.clone())
            .prop_map(|(name, alias, kind)| Op::AddEntity { name, alias, kind }),
        1 => (n.clone(), 0..4usize, 0..4usize, n.clone())
            .prop_map(|(pick, name, alias, kind)| Op::ChangeEntity { pick, name, alias, kind }),
        3 => (n.clone(), n.clone()).prop_map(|(pick, entity)| Op::LinkSpan { pick, entity }),
        1 => n.clone().prop_map(|pick| Op::RemoveEntity { pick }),
        1 => (n.clone(), n.clone()).prop_map(|(keep, absorb)| Op::MergeEntities { keep, absorb }),
        1 => (n.clone(), any::<u8>(), 0..4usize)
            .prop_map(|(pick, mask, name)| Op::SplitEntity { pick, mask, name }),
    ];
    let claims = prop_oneof![
        3 => (n.clone(), 0..4usize, n.clone(), any::<bool>(), prop::option::of(n.clone()), any::<u8>())
            .prop_map(|(content, claimant, other, cue, parent, flags)| Op::AddClaim {
                content, claimant, other, cue, parent, flags
            }),
        2 => (n.clone(), 0..7usize, n.clone())
            .prop_map(|(pick, field, value)| Op::ChangeClaim { pick, field, value }),
        1 => n.clone().prop_map(|pick| Op::RemoveClaim { pick }),
        1 => (0..4usize, n.clone(), n.clone(), 0..4usize)
            .prop_map(|(name, first, second, relation)| Op::AddCluster { name, first, second, relation }),
        2 => (n.clone(), n.clone(), 0..4usize, any::<bool>())
            .prop_map(|(pick, claim, relation, remove)| Op::ChangeCluster { pick, claim, relation, remove }),
        1 => n.clone().prop_map(|pick| Op::RemoveCluster { pick }),
    ];
    prop_oneof![3 => spans, 2 => records, 2 => claims]
}

/// A grapheme-aligned, non-empty range of `text` from two arbitrary numbers that starts and
/// ends on a word (a span never begins or ends with white space).
fn range(text: &str, a: usize, b: usize) -> (usize, usize) {
    let len = text.chars().count();
    let (start, end) = snap_to_boundaries(text, a % len, b % len);
    let (start, end) = if start < end {
        (start, end)
    } else {
        // Empty: take the cluster at `start`, or the last one.
        let (s, e) = snap_to_boundaries(text, start, start + 1);
        if s < e {
            (s, e)
        } else {
            snap_to_boundaries(text, len - 1, len)
        }
    };
    let (from, to) = trim_whitespace(text, start, end);
    if from < to {
        return (from, to);
    }
    // Only white space: the first char after it (or before it) that is not.
    let chars: Vec<char> = text.chars().collect();
    let word = (end..len)
        .chain((0..start).rev())
        .find(|&c| !chars[c].is_whitespace())
        .unwrap_or(0);
    snap_to_boundaries(text, word, word + 1)
}

/// All spans of the project in a stable order, with their documents.
fn all_spans(project: &Project) -> Vec<(DocId, Span)> {
    project
        .annotations
        .all_spans()
        .map(|(doc, s)| (doc.clone(), s.clone()))
        .collect()
}

/// All claims of the project in a stable order, with their documents.
fn all_claims(project: &Project) -> Vec<(DocId, Claim)> {
    project
        .annotations
        .all_claims()
        .map(|(doc, c)| (doc.clone(), c.clone()))
        .collect()
}

fn text_of(doc: &DocId) -> String {
    let i = TEXTS.iter().position(|(id, _)| *id == doc.0).unwrap();
    plain(i)
}

fn pick<T>(items: &[T], n: usize) -> Option<&T> {
    (!items.is_empty()).then(|| &items[n % items.len()])
}

/// Whether `candidate` may become the parent of `claim` in `doc`: not the claim itself, nor
/// nested in it.
fn may_nest(project: &Project, doc: &DocId, claim: &ClaimId, candidate: &ClaimId) -> bool {
    let mut next = Some(candidate);
    while let Some(id) = next {
        if id == claim {
            return false;
        }
        next = project
            .annotations
            .claim(doc, id)
            .and_then(|c| c.parent.as_ref());
    }
    true
}

/// The transaction `op` means in the state `project`; `None` when it means nothing there (e.g.
/// removing a span when there are none). `next_id` numbers new spans, labels and records.
#[expect(
    clippy::too_many_lines,
    reason = "one arm per kind of edit reads better than twenty-five helpers"
)]
fn transaction(project: &Project, op: &Op, next_id: &mut u64) -> Option<Transaction> {
    let mut fresh = || {
        *next_id += 1;
        *next_id
    };
    let labels = &project.schema.labels;
    let spans = all_spans(project);
    let claims = all_claims(project);
    let entities: Vec<&Entity> = project.entities.values().collect();
    let outlets: Vec<&Outlet> = project.outlets.values().collect();
    let clusters: Vec<&Cluster> = project.clusters.values().collect();
    let pick_span = |n: usize| pick(&spans, n).cloned();
    let new_span = |doc: usize, a, b, label: &LabelId, id: u64| {
        let text = plain(doc);
        let (start, end) = range(&text, a, b);
        Edit::AddSpan {
            doc: doc_id(doc),
            span: Span::new(
                SpanId::from_u64(id),
                start,
                end,
                label.clone(),
                &slice(&text, start, end),
            ),
        }
    };
    match *op {
        Op::AddSpan { doc, a, b, label } => {
            let label = &pick(labels, label)?.id;
            Some(Transaction::single(
                hashiya::model::Message::STATUS_LABELLED,
                new_span(doc, a, b, label, fresh()),
            ))
        }
        Op::AddTwoSpans { doc, a, b, c, d } => {
            let label = &labels.first()?.id;
            let first = new_span(doc, a, b, label, fresh());
            let second = new_span(doc, c, d, label, fresh());
            Some(
                Transaction::new(hashiya::model::Message::STATUS_LABELLED)
                    .with(first)
                    .with(second),
            )
        }
        Op::RemoveSpan { pick } => {
            let (doc, span) = pick_span(pick)?;
            remove_span_with_dependents(project, &doc, &span.id)
        }
        Op::MoveEdges { pick, a, b } => {
            let (doc, span) = pick_span(pick)?;
            let text = text_of(&doc);
            let (start, end) = range(&text, a, b);
            let edit = Edit::replace_span(project, &doc, &span.id, |s| {
                s.start = start;
                s.end = end;
                s.quote = slice(&text, start, end);
            })?;
            Some(Transaction::single(
                hashiya::model::Message::STATUS_LABELLED,
                edit,
            ))
        }
        Op::Relabel { pick: n, label } => {
            let (doc, span) = pick_span(n)?;
            let label = pick(labels, label)?.id.clone();
            let edit = Edit::replace_span(project, &doc, &span.id, |s| s.label = label)?;
            Some(Transaction::single(
                hashiya::model::Message::INSPECTOR_EDIT_RELABEL,
                edit,
            ))
        }
        Op::Note {
            pick,
            note,
            attribute,
        } => {
            let (doc, span) = pick_span(pick)?;
            let edit = Edit::replace_span(project, &doc, &span.id, |s| {
                if attribute {
                    s.attributes
                        .insert("مصدر".to_owned(), NOTES[note].to_owned());
                } else {
                    NOTES[note].clone_into(&mut s.note);
                }
            })?;
            Some(Transaction::single(
                hashiya::model::Message::INSPECTOR_EDIT_NOTE,
                edit,
            ))
        }
        Op::AddLabel => {
            let n = fresh();
            let edit = Edit::add_label(project, label(&format!("L{n}"), n as u8));
            Some(Transaction::single(
                hashiya::model::Message::STATUS_LABELLED,
                edit,
            ))
        }
        Op::RemoveLabel { pick: n } => {
            // Relabel its spans and rekind its entities first, in the same transaction; the last
            // label stays while spans or entities still need one.
            let victim = pick(labels, n)?.id.clone();
            let other = labels.iter().find(|l| l.id != victim).map(|l| l.id.clone());
            let mut tx = Transaction::new(hashiya::model::Message::REMOVE_CLAIM);
            for (doc, span) in spans.iter().filter(|(_, s)| s.label == victim) {
                let other = other.clone()?;
                tx.push(Edit::replace_span(project, doc, &span.id, |s| {
                    s.label = other;
                })?);
            }
            for entity in entities.iter().filter(|e| e.kind == victim) {
                let other = other.clone()?;
                tx.push(Edit::replace_entity(project, &entity.id, |e| {
                    e.kind = other;
                })?);
            }
            tx.push(Edit::remove_label(project, &victim)?);
            Some(tx)
        }
        Op::ChangeLabel { pick: n, name, key } => {
            let id = pick(labels, n)?.id.clone();
            let edit = Edit::change_label(project, &id, |l| {
                ["شخص", "Armed group", "مكان", "x\"y"][name].clone_into(&mut l.name);
                l.key = char::from_digit(u32::from(key % 11), 10);
                l.colour = Rgb(key, key / 2, 255 - key);
            })?;
            Some(Transaction::single(
                hashiya::model::Message::CLAIM_EDIT_CLAIMANT,
                edit,
            ))
        }
        Op::Meta { doc, field, value } => {
            let outlet = match value {
                0 => OutletId::unknown(),
                n => pick(&outlets, n).map_or_else(OutletId::unknown, |o| o.id.clone()),
            };
            let edit = Edit::set_document_meta(project, &doc_id(doc), |m| {
                let value =
                    ["", "عنب بلدي", "2017-09-12", "https://example.org/«خبر»"][value].to_owned();
                match field {
                    0 => m.title = value,
                    1 => m.outlet = outlet,
                    2 => m.date = value,
                    3 => m.author = value,
                    4 => m.url = value,
                    5 => m.language = value,
                    _ => {
                        m.base_direction =
                            [BaseDirection::Auto, BaseDirection::Rtl, BaseDirection::Ltr]
                                [value.len() % 3];
                    }
                }
            })?;
            Some(Transaction::single(
                hashiya::model::Message::STATUS_LABELLED,
                edit,
            ))
        }
        Op::AddOutlet { name } => {
            let mut outlet = Outlet::new(OutletId::from_u64(fresh()), OUTLETS[name]);
            NOTES[name].clone_into(&mut outlet.affiliation);
            Some(Transaction::single(
                hashiya::model::Message::STATUS_LABELLED,
                Edit::AddOutlet { outlet },
            ))
        }
        Op::ChangeOutlet { pick: n, name } => {
            let id = pick(&outlets, n)?.id.clone();
            let edit = Edit::replace_outlet(project, &id, |o| {
                OUTLETS[name].clone_into(&mut o.name);
                NOTES[3 - name].clone_into(&mut o.affiliation);
            })?;
            Some(Transaction::single(
                hashiya::model::Message::CLAIM_EDIT_CLAIMANT,
                edit,
            ))
        }
        Op::RemoveOutlet { pick: n } => {
            let id = pick(&outlets, n)?.id.clone();
            let mut tx = Transaction::new(hashiya::model::Message::REMOVE_CLAIM);
            for document in project.documents.iter().filter(|d| d.outlet == id) {
                tx.push(Edit::set_document_meta(project, &document.id, |m| {
                    m.outlet = OutletId::unknown();
                })?);
            }
            tx.push(Edit::remove_outlet(project, &id)?);
            Some(tx)
        }
        Op::AddEntity { name, alias, kind } => {
            let mut entity = Entity::new(
                EntityId::from_u64(fresh()),
                NAMES[name],
                pick(labels, kind)?.id.clone(),
            );
            entity.aliases = vec![ALIASES[alias].to_owned(), ALIASES[3 - alias].to_owned()];
            entity.external_id = (alias == 1).then(|| "Q42".to_owned());
            Some(Transaction::single(
                hashiya::model::Message::STATUS_LABELLED,
                Edit::add_entity(entity),
            ))
        }
        Op::ChangeEntity {
            pick: n,
            name,
            alias,
            kind,
        } => {
            let id = pick(&entities, n)?.id.clone();
            let kind = pick(labels, kind)?.id.clone();
            let edit = Edit::replace_entity(project, &id, |e| {
                NAMES[name].clone_into(&mut e.name);
                e.aliases.push(ALIASES[alias].to_owned());
                e.kind = kind;
                NOTES[alias].clone_into(&mut e.note);
            })?;
            Some(Transaction::single(
                hashiya::model::Message::CLAIM_EDIT_CLAIMANT,
                edit,
            ))
        }
        Op::LinkSpan { pick: n, entity } => {
            let (doc, span) = pick_span(n)?;
            // One time in five, unlink.
            let entity = (entity % 5 != 0)
                .then(|| pick(&entities, entity).map(|e| e.id.clone()))
                .flatten();
            let edit = Edit::replace_span(project, &doc, &span.id, |s| s.entity = entity)?;
            Some(Transaction::single(
                hashiya::model::Message::STATUS_LABELLED,
                edit,
            ))
        }
        Op::RemoveEntity { pick: n } => {
            let id = pick(&entities, n)?.id.clone();
            let mut tx = Transaction::new(hashiya::model::Message::REMOVE_CLAIM);
            for (doc, span) in spans.iter().filter(|(_, s)| s.entity.as_ref() == Some(&id)) {
                tx.push(Edit::replace_span(project, doc, &span.id, |s| {
                    s.entity = None;
                })?);
            }
            for (doc, claim) in claims
                .iter()
                .filter(|(_, c)| c.claimant_entity() == Some(&id))
            {
                tx.push(Edit::replace_claim(project, doc, &claim.id, |c| {
                    c.claimant = Claimant::Anonymous;
                })?);
            }
            tx.push(Edit::remove_entity(project, &id)?);
            Some(tx)
        }
        Op::MergeEntities { keep, absorb } => {
            let keep = &pick(&entities, keep)?.id;
            let absorb = &pick(&entities, absorb)?.id;
            if keep == absorb {
                return None;
            }
            Some(merge_entities(project, keep, absorb).unwrap())
        }
        Op::SplitEntity {
            pick: n,
            mask,
            name,
        } => {
            let from = pick(&entities, n)?;
            let mentions: Vec<(DocId, SpanId)> = mentions_of(project, &from.id)
                .into_iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << (i % 8)) != 0)
                .map(|(_, m)| m)
                .collect();
            let new = Entity::new(EntityId::from_u64(fresh()), NAMES[name], from.kind.clone());
            Some(split_entity(project, &from.id, new, &mentions).unwrap())
        }
        Op::AddClaim {
            content,
            claimant,
            other,
            cue,
            parent,
            flags,
        } => {
            let (doc, content) = pick_span(content)?;
            let in_doc = project.annotations.spans(&doc);
            let claimant = match claimant {
                0 => pick(&entities, other)
                    .map_or(Claimant::Anonymous, |e| Claimant::Entity(e.id.clone())),
                1 => Claimant::Mention(pick(in_doc, other)?.id.clone()),
                2 => Claimant::Anonymous,
                _ => Claimant::Outlet,
            };
            let mut claim = Claim::new(ClaimId::from_u64(fresh()), content.id, claimant);
            claim.cue = cue.then(|| in_doc[other.wrapping_mul(7) % in_doc.len()].id.clone());
            claim.parent = parent
                .and_then(|p| pick(project.annotations.claims(&doc), p).map(|c| c.id.clone()));
            claim.polarity = [Polarity::Asserts, Polarity::Denies][usize::from(flags & 1)];
            claim.certainty = [
                Certainty::Certain,
                Certainty::Probable,
                Certainty::Possible,
                Certainty::Unknown,
            ][usize::from(flags >> 1 & 3)];
            claim.quote_mode = [QuoteMode::Direct, QuoteMode::Indirect, QuoteMode::Mixed]
                [usize::from(flags >> 3) % 3];
            NOTES[usize::from(flags >> 5) % 4].clone_into(&mut claim.statement_date);
            Some(Transaction::single(
                hashiya::model::Message::CLAIM_EDIT_MADE,
                Edit::AddClaim { doc, claim },
            ))
        }
        Op::ChangeClaim {
            pick: n,
            field,
            value,
        } => {
            let (doc, claim) = pick(&claims, n)?.clone();
            let in_doc = project.annotations.spans(&doc);
            let parent = pick(project.annotations.claims(&doc), value)
                .map(|c| c.id.clone())
                .filter(|p| value % 3 != 0 && may_nest(project, &doc, &claim.id, p));
            let edit = Edit::replace_claim(project, &doc, &claim.id, |c| match field {
                0 => {
                    c.polarity = match c.polarity {
                        Polarity::Asserts => Polarity::Denies,
                        Polarity::Denies => Polarity::Asserts,
                    };
                }
                1 => c.certainty = [Certainty::Certain, Certainty::Possible][value % 2],
                2 => c.quote_mode = [QuoteMode::Mixed, QuoteMode::Direct][value % 2],
                3 => NOTES[value % 4].clone_into(&mut c.note),
                4 => c.parent = parent,
                5 => c.content = in_doc[value % in_doc.len()].id.clone(),
                _ => {
                    c.claimant = Claimant::Mention(in_doc[value % in_doc.len()].id.clone());
                    c.cue = None;
                }
            })?;
            Some(Transaction::single(
                hashiya::model::Message::CLAIM_EDIT_MADE,
                edit,
            ))
        }
        Op::RemoveClaim { pick: n } => {
            let (doc, claim) = pick(&claims, n)?;
            remove_claim_with_dependents(project, doc, &claim.id)
        }
        Op::AddCluster {
            name,
            first,
            second,
            relation,
        } => {
            let mut cluster = Cluster::new(ClusterId::from_u64(fresh()), NAMES[name]);
            NOTES[name].clone_into(&mut cluster.note);
            for (n, r) in [(first, relation), (second, 3 - relation)] {
                if let Some((doc, claim)) = pick(&claims, n) {
                    cluster.members.push(ClusterMember {
                        doc: doc.clone(),
                        claim: claim.id.clone(),
                        relation: RELATIONS[r],
                    });
                }
            }
            Some(Transaction::single(
                hashiya::model::Message::CLAIM_EDIT_NEW_CLUSTER,
                Edit::add_cluster(cluster),
            ))
        }
        Op::ChangeCluster {
            pick: n,
            claim,
            relation,
            remove,
        } => {
            let id = pick(&clusters, n)?.id.clone();
            let (doc, claim) = pick(&claims, claim)?.clone();
            let edit = Edit::replace_cluster(project, &id, |k| {
                if remove {
                    k.remove_member(&doc, &claim.id);
                } else {
                    k.set_member(doc, claim.id, RELATIONS[relation]);
                }
                NAMES[relation].clone_into(&mut k.name);
            })?;
            Some(Transaction::single(
                hashiya::model::Message::CLAIM_EDIT_NEW_CLUSTER,
                edit,
            ))
        }
        Op::RemoveCluster { pick: n } => {
            let id = pick(&clusters, n)?.id.clone();
            Some(Transaction::single(
                hashiya::model::Message::CLAIM_EDIT_NEW_CLUSTER,
                Edit::remove_cluster(project, &id)?,
            ))
        }
    }
}

/// The invariants every reachable state keeps.
fn check_invariants(project: &Project) -> Result<(), TestCaseError> {
    let mut ids = HashSet::new();
    for (doc, spans) in project.annotations.iter() {
        let text = text_of(doc);
        for pair in spans.windows(2) {
            prop_assert!(pair[0].order_key() < pair[1].order_key(), "reading order");
        }
        for span in spans {
            prop_assert!(ids.insert(span.id.clone()), "unique ID {}", span.id);
            prop_assert!(span.start < span.end);
            prop_assert_eq!(&span.quote, &slice(&text, span.start, span.end));
            prop_assert!(is_boundary(&text, span.start) && is_boundary(&text, span.end));
            prop_assert!(project.schema.label(&span.label).is_some());
        }
    }
    let label_ids: HashSet<&LabelId> = project.schema.labels.iter().map(|l| &l.id).collect();
    prop_assert_eq!(label_ids.len(), project.schema.labels.len());
    let broken = project.broken_references();
    prop_assert!(broken.is_empty(), "broken references: {:?}", broken);
    for entity in project.entities.values() {
        prop_assert!(is_normalised_list(&entity.aliases), "{:?}", entity.aliases);
        prop_assert!(!entity.name.is_empty());
    }
    for cluster in project.clusters.values() {
        prop_assert!(cluster.is_normalised(), "{:?}", cluster.members);
    }
    Ok(())
}

/// Applies `ops` through a fresh history; returns the states after each recorded transaction
/// (the first is the initial project).
fn run(ops: &[Op], history: &mut History) -> Result<Vec<Project>, TestCaseError> {
    let mut project = initial_project();
    check_invariants(&project)?;
    let mut states = vec![project.clone()];
    let mut next_id = 0;
    for op in ops {
        let Some(tx) = transaction(&project, op, &mut next_id) else {
            continue;
        };
        let before = project.clone();
        match history.apply(&mut project, tx) {
            Ok(()) => states.push(project.clone()),
            // The generator only makes valid edits, so a refusal is a failure — but it must
            // leave everything as it was.
            Err(error) => {
                prop_assert_eq!(&project, &before, "refused: {}", error);
                return Err(TestCaseError::fail(format!(
                    "valid edit refused: {error} ({op:?})"
                )));
            }
        }
        check_invariants(&project)?;
    }
    Ok(states)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_restores_the_initial_project_and_redo_all_the_final(
        ops in prop::collection::vec(op(), 0..40)
    ) {
        let mut history = History::new();
        let states = run(&ops, &mut history)?;
        let mut project = states.last().unwrap().clone();
        let steps = states.len() - 1;
        prop_assert_eq!(history.is_dirty(), steps > 0);

        for i in (0..steps).rev() {
            prop_assert!(history.can_undo());
            prop_assert!(history.undo(&mut project).unwrap().is_some());
            prop_assert_eq!(&project, &states[i]);
        }
        prop_assert!(!history.can_undo());
        prop_assert_eq!(history.undo(&mut project).unwrap(), None);
        prop_assert_eq!(&project, &initial_project());
        prop_assert!(!history.is_dirty(), "back at the loaded state");

        for state in &states[1..] {
            prop_assert!(history.redo(&mut project).unwrap().is_some());
            prop_assert_eq!(&project, state);
        }
        prop_assert!(!history.can_redo());
        prop_assert_eq!(&project, states.last().unwrap());
        prop_assert_eq!(history.is_dirty(), steps > 0);
    }

    #[test]
    fn undo_redo_and_saving_interleaved_follow_a_reference(
        steps in prop::collection::vec((op(), 0..6u8), 0..40)
    ) {
        // Reference: the states on the undo path, a cursor, revision numbers, the saved revision.
        let mut project = initial_project();
        let mut history = History::new();
        let mut path: Vec<(Project, u64)> = vec![(project.clone(), 0)];
        let mut cursor: usize = 0;
        let mut next_revision = 1;
        let mut saved = Some(0);
        let mut next_id = 0;
        for (op, action) in &steps {
            match action {
                0 => {
                    let undone = history.undo(&mut project).unwrap();
                    prop_assert_eq!(undone.is_some(), cursor > 0);
                    cursor = cursor.saturating_sub(1);
                }
                1 => {
                    let redone = history.redo(&mut project).unwrap();
                    prop_assert_eq!(redone.is_some(), cursor + 1 < path.len());
                    cursor = (cursor + 1).min(path.len() - 1);
                }
                2 => {
                    history.mark_saved();
                    saved = Some(path[cursor].1);
                }
                _ => {
                    if let Some(tx) = transaction(&project, op, &mut next_id) {
                        history.apply(&mut project, tx).unwrap();
                        path.truncate(cursor + 1);
                        path.push((project.clone(), next_revision));
                        next_revision += 1;
                        cursor += 1;
                    }
                }
            }
            prop_assert_eq!(&project, &path[cursor].0);
            prop_assert_eq!(history.revision(), path[cursor].1);
            prop_assert_eq!(history.is_dirty(), saved != Some(path[cursor].1));
            prop_assert_eq!(history.can_undo(), cursor > 0);
            prop_assert_eq!(history.can_redo(), cursor + 1 < path.len());
            check_invariants(&project)?;
        }
    }

    #[test]
    fn a_saved_project_reloads_equal_and_saves_identically(
        ops in prop::collection::vec(op(), 0..30)
    ) {
        let mut history = History::new();
        let states = run(&ops, &mut history)?;
        let project = states.last().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        save_project(&path, project).unwrap();
        let loaded = load_project(&path).unwrap();
        prop_assert_eq!(&loaded, project);
        let at = UNIX_EPOCH + Duration::from_secs(1_740_820_502);
        let journaled = journal::to_ron_string(project, at).unwrap();
        prop_assert_eq!(
            &journal::from_ron_str(&journaled, &path).unwrap().project,
            project
        );
        let again = save_annotations(&dir.path().join("p.annotations"), &loaded.annotations).unwrap();
        prop_assert!(again.written.is_empty() && again.removed.is_empty());
        prop_assert_eq!(again.unchanged, loaded.annotations.documents().count());

        // Saving an earlier state over it writes only what differs and reloads equal too.
        let first = &states[states.len() / 2];
        save_project(&path, first).unwrap();
        prop_assert_eq!(&load_project(&path).unwrap(), first);
        let per_doc: BTreeMap<&DocId, usize> =
            first.annotations.iter().map(|(d, s)| (d, s.len())).collect();
        let files = std::fs::read_dir(dir.path().join("p.annotations"))
.map_or(0, Iterator::count);
        prop_assert_eq!(files, per_doc.len());
    }
}

#[test]
fn a_stale_transaction_is_refused_whole() {
    let mut project = initial_project();
    let mut history = History::new();
    let mut next_id = 0;
    let tx = transaction(
        &project,
        &Op::AddSpan {
            doc: 0,
            a: 0,
            b: 3,
            label: 0,
        },
        &mut next_id,
    )
    .unwrap();
    history.apply(&mut project, tx.clone()).unwrap();
    let before = project.clone();
    // The same span again, after a valid edit in the same transaction: all refused.
    let mut twice = transaction(&project, &Op::AddLabel, &mut next_id).unwrap();
    twice.edits.extend(tx.edits);
    assert!(history.apply(&mut project, twice).is_err());
    assert_eq!(project, before);
    assert_eq!(history.undo_len(), 1);
}
