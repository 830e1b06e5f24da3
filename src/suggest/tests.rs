#![expect(
    clippy::unwrap_used,
    reason = "a failing test should panic with the error"
)]

use super::*;
use crate::model::{
    Cluster, ClusterId, Document, Edit, Entity, EntityId, History, LabelId, Polarity, QuoteMode,
    Relation, Span, SpanId, Transaction,
};

/// A project over `texts` (documents `d0`, `d1`, …) with the default schema.
fn project(texts: &[&str]) -> Project {
    Project {
        documents: (0..texts.len())
            .map(|i| Document::new(DocId(format!("d{i}")), format!("d{i}.txt")))
            .collect(),
        schema: crate::store::default_schema(),
        ..Project::default()
    }
}

/// Labels the `nth` occurrence of `needle` in document `doc` (text `text`); its ID.
fn label(p: &mut Project, doc: usize, text: &str, needle: &str, label: &str) -> SpanId {
    let byte = text.find(needle).unwrap();
    let start = text[..byte].chars().count();
    let span = Span::new(
        SpanId::fresh(),
        start,
        start + needle.chars().count(),
        LabelId(label.into()),
        needle,
    );
    let id = span.id.clone();
    Transaction::single(
        crate::model::Message::STATUS_LABELLED,
        Edit::AddSpan {
            doc: DocId(format!("d{doc}")),
            span,
        },
    )
    .apply_checked(p)
    .unwrap();
    id
}

fn texts<'a>(texts: &[&'a str]) -> Vec<Option<&'a str>> {
    texts.iter().map(|t| Some(*t)).collect()
}

fn spans_of(s: &[Suggestion]) -> Vec<(&str, &str, &str)> {
    s.iter()
        .filter_map(|s| match &s.kind {
            Kind::Span { label, .. } => Some((s.document().0.as_str(), s.text(), label.0.as_str())),
            _ => None,
        })
        .collect()
}

const A: &str = "شن التحالف غارات على مواقع داعش قرب النهر.";
const B: &str = "أعلن الجيش الحرب لداعش، وقالت وزارة الدفاع إن القتال مستمر. وأضاف أن الطرق مغلقة.";

#[test]
fn a_labelled_form_is_proposed_behind_a_proclitic() {
    let mut p = project(&[A, B]);
    label(&mut p, 0, A, "داعش", "ARMED");
    let got = suggest(&p, &texts(&[A, B]), SuggestOptions::default());
    assert_eq!(spans_of(&got), [("d1", "داعش", "ARMED")]);
    let s = got.iter().find(|s| s.kind.name() == "span").unwrap();
    assert_eq!(s.source, Source::Learned);
    // «لداعش»: the span starts after the ل.
    let start = B.chars().collect::<Vec<_>>();
    assert_eq!(start[s.start() - 1], 'ل');
}

#[test]
fn claim_frames_take_the_previous_claimant_deny_and_quote() {
    let text = "وقالت وزارة الدفاع إن القتال مستمر. وأضاف أن الطرق مغلقة. ونفت الوزارة أن تكون المدينة سقطت. وقال المحافظ: «الوضع تحت السيطرة».";
    let p = project(&[text]);
    let got = suggest(&p, &texts(&[text]), SuggestOptions::default());
    let claims: Vec<(&str, Option<&str>, Polarity, QuoteMode)> = got
        .iter()
        .filter_map(|s| match &s.kind {
            Kind::Claim {
                claimant,
                polarity,
                quote_mode,
                ..
            } => Some((
                s.text(),
                claimant.as_ref().map(|c| s.text_of(c)),
                *polarity,
                *quote_mode,
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        claims,
        [
            (
                "القتال مستمر",
                Some("وزارة الدفاع"),
                Polarity::Asserts,
                QuoteMode::Indirect
            ),
            (
                "الطرق مغلقة",
                Some("وزارة الدفاع"),
                Polarity::Asserts,
                QuoteMode::Indirect
            ),
            (
                "تكون المدينة سقطت",
                Some("الوزارة"),
                Polarity::Denies,
                QuoteMode::Indirect
            ),
            (
                "الوضع تحت السيطرة",
                Some("المحافظ"),
                Polarity::Asserts,
                QuoteMode::Direct
            ),
        ]
    );
}

#[test]
fn a_rejected_suggestion_is_not_proposed_again_and_a_switched_off_suggester_is_silent() {
    let mut p = project(&[A, B]);
    label(&mut p, 0, A, "داعش", "ARMED");
    let options = || SuggestOptions {
        kinds: Kinds {
            spans: true,
            claims: false,
            clusters: false,
        },
        ..SuggestOptions::default()
    };
    let first = suggest(&p, &texts(&[A, B]), options());
    assert_eq!(first.len(), 1);
    p.suggestions.rejected.insert(first[0].rejection());
    assert!(suggest(&p, &texts(&[A, B]), options()).is_empty());

    p.suggestions.rejected.clear();
    p.suggestions.off.insert(Source::Learned.name().to_owned());
    assert!(suggest(&p, &texts(&[A, B]), options()).is_empty());
}

#[test]
fn accepting_all_of_one_form_is_one_undo_step_and_teaches_the_learned_suggester() {
    let a = "زار الوفد حمص ثم غادر حمص متجها إلى حمص القديمة.";
    let b = "وصلت المساعدات إلى حمص أمس.";
    let mut p = project(&[a, b, A]);
    let mut registry = Entity::new(EntityId("homs".into()), "حمص", LabelId("GPE".into()));
    registry.add_alias("مدينة حمص");
    p.entities.insert(registry.id.clone(), registry);
    let got = suggest(&p, &texts(&[a, b, A]), SuggestOptions::default());
    let first = got
        .iter()
        .find(|s| s.document().0.as_str() == "d0")
        .unwrap();
    assert_eq!(first.source, Source::Registry);
    let all = same_form(&got, first, false);
    assert_eq!(all.len(), 3);
    assert_eq!(same_form(&got, first, true).len(), 4);

    let before = p.clone();
    let transaction = accept_all(
        &p,
        all,
        crate::model::Message::SUGGESTIONS_ACCEPTED_DOCUMENT,
    )
    .unwrap();
    let mut history = History::new();
    history.apply(&mut p, transaction).unwrap();
    let spans = p.annotations.spans(&DocId("d0".into()));
    assert_eq!(spans.len(), 3);
    assert!(
        spans
            .iter()
            .all(|s| s.entity.as_ref().map(EntityId::as_str) == Some("homs"))
    );
    assert!(!spans[0].prefix.is_empty() && !spans[0].suffix.is_empty());

    // With the registry off, the accepted spans still teach where «حمص» is.
    let mut learned_only = p.clone();
    learned_only.suggestions.off.insert("registry".into());
    let again = suggest(&learned_only, &texts(&[a, b, A]), SuggestOptions::default());
    let learned: Vec<_> = again
        .iter()
        .filter(|s| s.source == Source::Learned)
        .collect();
    assert_eq!(learned.len(), 1);
    assert_eq!(learned[0].document().0.as_str(), "d1");

    history.undo(&mut p).unwrap();
    assert_eq!(p, before, "one undo step takes back every span");
}

#[test]
fn accepting_a_claim_frame_makes_its_spans_and_claim_and_reuses_a_claimant_span() {
    let text = "وقالت وزارة الدفاع إن القتال مستمر. وأضاف أن الطرق مغلقة.";
    let mut p = project(&[text]);
    let ministry = Entity::new(
        EntityId("mod".into()),
        "وزارة الدفاع",
        LabelId("ORG".into()),
    );
    p.entities.insert(ministry.id.clone(), ministry);
    let got = suggest(&p, &texts(&[text]), SuggestOptions::default());
    let claims: Vec<&Suggestion> = got.iter().filter(|s| s.kind.name() == "claim").collect();
    assert_eq!(claims.len(), 2);
    let Kind::Claim {
        claimant_entity, ..
    } = &claims[0].kind
    else {
        unreachable!()
    };
    assert_eq!(claimant_entity.as_ref().map(EntityId::as_str), Some("mod"));

    let transaction = accept_all(
        &p,
        claims,
        crate::model::Message::SUGGESTIONS_ACCEPTED_DOCUMENT,
    )
    .unwrap();
    transaction.apply_checked(&mut p).unwrap();
    let doc = DocId("d0".into());
    let labels: Vec<(&str, &str)> = p
        .annotations
        .spans(&doc)
        .iter()
        .map(|s| (s.label.0.as_str(), s.quote.as_str()))
        .collect();
    // One claimant span for both claims.
    assert_eq!(
        labels,
        [
            ("CUE", "وقالت"),
            ("CLAIMANT", "وزارة الدفاع"),
            ("CLAIM", "القتال مستمر"),
            ("CUE", "وأضاف"),
            ("CLAIM", "الطرق مغلقة"),
        ]
    );
    let claims = p.annotations.claims(&doc);
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0].claimant, claims[1].claimant);
    let Claimant::Mention(who) = &claims[0].claimant else {
        unreachable!()
    };
    assert_eq!(
        p.annotations
            .get(&doc, who)
            .unwrap()
            .entity
            .as_ref()
            .map(EntityId::as_str),
        Some("mod")
    );
    // Accepted frames are not proposed again.
    let again = suggest(&p, &texts(&[text]), SuggestOptions::default());
    assert!(again.iter().all(|s| s.kind.name() != "claim"), "{again:?}");
}

#[test]
fn a_claim_close_to_a_clustered_one_is_proposed_as_member_and_denies_when_opposite() {
    let a = "قال المرصد إن المستشفى الوطني تعرض للقصف.";
    let b = "نفت الحكومة أن يكون المستشفى الوطني قد تعرض للقصف.";
    let mut p = project(&[a, b]);
    for (doc, text) in [(0, a), (1, b)] {
        let options = SuggestOptions {
            documents: Some([DocId(format!("d{doc}"))].into()),
            ..SuggestOptions::default()
        };
        let claim = suggest(&p, &texts(&[a, b]), options)
            .into_iter()
            .find(|s| s.kind.name() == "claim")
            .unwrap();
        assert_eq!(claim.document().0.as_str(), format!("d{doc}"));
        accept(&p, &claim).unwrap().apply_checked(&mut p).unwrap();
        assert!(text.contains(claim.text()));
    }
    let (_, first) = p.annotations.all_claims().next().unwrap();
    let mut cluster = Cluster::new(ClusterId("k".into()), "قصف المستشفى");
    cluster.set_member(DocId("d0".into()), first.id.clone(), Relation::Reports);
    Transaction::single(
        crate::model::Message::CLAIM_EDIT_NEW_CLUSTER,
        Edit::add_cluster(cluster),
    )
    .apply_checked(&mut p)
    .unwrap();

    let got = suggest(&p, &texts(&[a, b]), SuggestOptions::default());
    let members: Vec<&Suggestion> = got.iter().filter(|s| s.kind.name() == "cluster").collect();
    assert_eq!(members.len(), 1, "{got:?}");
    assert_eq!(members[0].document().0.as_str(), "d1");
    let Kind::Cluster { relation, .. } = &members[0].kind else {
        unreachable!()
    };
    assert_eq!(*relation, Relation::Denies);
    assert_eq!(members[0].to_json()["relation"], "denies");
    accept(&p, members[0])
        .unwrap()
        .apply_checked(&mut p)
        .unwrap();
    assert_eq!(p.clusters[&ClusterId("k".into())].members.len(), 2);
}

#[test]
fn json_lines_have_the_documented_shape() {
    let mut p = project(&[A, B]);
    label(&mut p, 0, A, "داعش", "ARMED");
    let got = suggest(&p, &texts(&[A, B]), SuggestOptions::default());
    let span = got
        .iter()
        .find(|s| s.kind.name() == "span")
        .unwrap()
        .to_json();
    let keys: Vec<&str> = span
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "document", "end", "entity", "kind", "label", "score", "source", "start", "text"
        ]
    );
    assert_eq!(span["entity"], serde_json::Value::Null);
    let claim = got
        .iter()
        .find(|s| s.kind.name() == "claim")
        .unwrap()
        .to_json();
    assert_eq!(claim["cue"]["text"], "وقالت");
    assert_eq!(claim["claimant"]["text"], "وزارة الدفاع");
    assert_eq!(claim["polarity"], "asserts");
    assert_eq!(claim["source"], "attribution");
}

#[test]
fn rejecting_is_an_edit_that_undo_takes_back_and_switching_a_suggester_too() {
    let mut p = project(&[A, B]);
    label(&mut p, 0, A, "داعش", "ARMED");
    let mut history = History::new();
    let got = suggest(&p, &texts(&[A, B]), SuggestOptions::default());
    let mention = got
        .iter()
        .find(|s| matches!(s.kind, Kind::Span { .. }))
        .unwrap()
        .clone();
    assert!(is_open(&p, &mention));

    let rejection = reject(&p, &mention).unwrap();
    history.apply(&mut p, rejection).unwrap();
    assert!(p.suggestions.is_rejected(&mention.rejection()));
    assert!(!is_open(&p, &mention));
    assert!(reject(&p, &mention).is_none(), "rejected once is enough");
    let again = suggest(&p, &texts(&[A, B]), SuggestOptions::default());
    assert!(!again.contains(&mention));

    history.undo(&mut p).unwrap();
    assert!(p.suggestions.rejected.is_empty());
    assert!(is_open(&p, &mention));
    assert!(suggest(&p, &texts(&[A, B]), SuggestOptions::default()).contains(&mention));

    let off = switch(&p, Source::Learned, false).unwrap();
    assert!(switch(&p, Source::Learned, true).is_none(), "already on");
    history.apply(&mut p, off).unwrap();
    assert!(!p.suggestions.is_on("learned"));
    assert!(!is_open(&p, &mention));
    history.undo(&mut p).unwrap();
    assert!(p.suggestions.is_on("learned"));
}

#[test]
fn a_suggestion_closes_once_its_words_are_marked_and_opens_again_on_undo() {
    let mut p = project(&[A, B]);
    label(&mut p, 0, A, "داعش", "ARMED");
    let got = suggest(&p, &texts(&[A, B]), SuggestOptions::default());
    let mut history = History::new();
    let before = p.clone();
    for s in &got {
        if is_open(&p, s) {
            let accepted = accept(&p, s).unwrap();
            history.apply(&mut p, accepted).unwrap();
        }
        assert!(!is_open(&p, s), "{s:?}");
    }
    while history.undo(&mut p).unwrap().is_some() {}
    assert_eq!(p, before);
    assert!(got.iter().all(|s| is_open(&p, s)));
}

#[test]
fn in_the_background_the_document_shown_comes_first_then_the_rest_of_the_corpus() {
    let all = [A, B, A];
    let mut p = project(&all);
    label(&mut p, 0, A, "داعش", "ARMED");
    let expected = suggest(&p, &texts(&all), SuggestOptions::default());
    let owned = std::sync::Arc::new(all.iter().map(|t| Some((*t).to_owned())).collect());
    let mut job = Background::start(p, owned, SuggestOptions::default(), Some(2), || {});
    let mut made = Vec::new();
    loop {
        let ended = job.has_ended();
        made.extend(job.take());
        if ended {
            break;
        }
        std::thread::yield_now();
    }
    let mut order: Vec<&str> = made.iter().map(|(doc, _)| doc.0.as_str()).collect();
    assert_eq!(order.first(), Some(&"d2"));
    // The rest on every core, so in any order, each once.
    order.sort_unstable();
    assert_eq!(order, ["d0", "d1", "d2"]);
    // Each document's suggestions are those made for it alone.
    for (doc, got) in &made {
        let alone: Vec<&Suggestion> = expected.iter().filter(|s| s.document() == doc).collect();
        assert_eq!(got.iter().collect::<Vec<_>>(), alone, "{doc:?}");
    }
    assert!(made.iter().any(|(_, s)| !s.is_empty()));
}

#[test]
fn the_projects_own_reporting_verbs_propose_claim_frames_as_the_built_in_ones() {
    let text = "ونشر الوزير أن الاجتماع انتهى.";
    let mut p = project(&[text]);
    let claims = |p: &Project| {
        suggest(p, &texts(&[text]), SuggestOptions::default())
            .into_iter()
            .filter(|s| s.kind.name() == "claim")
            .count()
    };
    assert_eq!(claims(&p), 0);
    let cue = crate::model::ReportingCue {
        form: "نشر".into(),
        ..Default::default()
    };
    Transaction::single(crate::model::Message::STATUS_LABELLED, Edit::AddCue { cue })
        .apply_checked(&mut p)
        .unwrap();
    assert_eq!(claims(&p), 1);
}
