//! The annotated copy of the sample corpus that the export and import tests share: spans,
//! entities (with harakat, in Latin and Persian script), claims of every claimant kind, a nested
//! claim, notes, attributes, a span across a line break, a label of its own, and a cluster
//! across outlets. IDs are deterministic so golden files stay put.

#![allow(dead_code, reason = "each test crate uses part of it")]

use std::path::Path;

pub mod gestures;
pub mod schemas;

use hashiya::import::ImportOptions;
use hashiya::model::{
    Certainty, Claim, ClaimId, Claimant, Cluster, ClusterId, DocId, Edit, Entity, EntityId, Label,
    LabelId, Outlet, OutletId, Polarity, QuoteMode, Relation, Rgb, SpanId, Transaction,
};
use hashiya::workspace::Workspace;

pub struct Builder {
    pub ws: Workspace,
    next: u64,
}

impl Builder {
    /// A builder over `ws` whose IDs count on from `first_id`, so two fixtures never share one.
    pub fn new(ws: Workspace, first_id: u64) -> Self {
        Builder { ws, next: first_id }
    }

    fn id(&mut self) -> u64 {
        self.next += 1;
        0x5a00_0000_0000_0000 + self.next
    }

    pub fn apply(&mut self, edit: Edit) {
        self.ws
            .apply(Transaction::single(
                hashiya::model::Message::STATUS_LABELLED,
                edit,
            ))
            .expect("the fixture's edits are valid");
    }

    pub fn doc(&self, index: usize) -> DocId {
        self.ws.project().documents[index].id.clone()
    }

    /// Marks the `nth` occurrence of `needle` in document `doc` with `label`.
    pub fn span(&mut self, doc: usize, needle: &str, nth: usize, label: &str) -> SpanId {
        let text = self.ws.articles()[doc].text().expect("sample text");
        let byte = text
            .match_indices(needle)
            .nth(nth)
            .unwrap_or_else(|| panic!("{needle:?} occurs {} times", nth + 1))
            .0;
        let start = text[..byte].chars().count();
        let end = start + needle.chars().count();
        let id = SpanId::from_u64(self.id());
        let span = hashiya::model::Span::new(id.clone(), start, end, LabelId(label.into()), needle);
        let doc = self.doc(doc);
        self.apply(Edit::AddSpan { doc, span });
        id
    }

    pub fn change_span(
        &mut self,
        doc: usize,
        id: &SpanId,
        change: impl FnOnce(&mut hashiya::model::Span),
    ) {
        let doc = self.doc(doc);
        let edit = Edit::replace_span(self.ws.project(), &doc, id, change).expect("span exists");
        self.apply(edit);
    }

    pub fn entity(&mut self, name: &str, kind: &str, aliases: &[&str]) -> EntityId {
        let id = EntityId::from_u64(self.id());
        let mut entity = Entity::new(id.clone(), name, LabelId(kind.into()));
        for alias in aliases {
            entity.add_alias(*alias);
        }
        self.apply(Edit::add_entity(entity));
        id
    }

    pub fn link(&mut self, doc: usize, span: &SpanId, entity: &EntityId) {
        let entity = entity.clone();
        self.change_span(doc, span, |s| s.entity = Some(entity));
    }

    pub fn claim(
        &mut self,
        doc: usize,
        content: &SpanId,
        claimant: Claimant,
        change: impl FnOnce(&mut Claim),
    ) -> ClaimId {
        let id = ClaimId::from_u64(self.id());
        let mut claim = Claim::new(id.clone(), content.clone(), claimant);
        change(&mut claim);
        let doc = self.doc(doc);
        self.apply(Edit::AddClaim { doc, claim });
        id
    }
}

/// The sample corpus, annotated (see the module docs).
#[expect(
    clippy::too_many_lines,
    reason = "the fixture reads as one story, article by article"
)]
pub fn annotated_sample() -> Workspace {
    let ws = Workspace::import_folder(&hashiya::sample::source_dir(), &ImportOptions::default())
        .expect("the sample corpus imports");
    let mut b = Builder { ws, next: 0 };

    // Outlets and metadata.
    let outlets = [
        "وكالة أنباء الوطن الموحّد",
        "موقع صوت الضفتين الحر",
        "وكالة الأفق الدولية للأنباء",
        "مرصد حوض الزيزفون",
        "Northgate Wire Service",
        "خبرگزاری چکاوک",
    ];
    for (i, name) in outlets.iter().enumerate() {
        let id = OutletId::from_u64(0x0e00 + i as u64);
        b.apply(Edit::AddOutlet {
            outlet: Outlet::new(id.clone(), *name),
        });
        let doc = b.doc(i);
        let edit = Edit::set_document_meta(b.ws.project(), &doc, |m| {
            m.outlet = id;
            m.date = "2025-08-29".into();
            if i % 2 == 0 {
                m.url = format!("https://outlet-{i}.example/2025/08/29");
            }
        })
        .expect("document exists");
        b.apply(edit);
    }
    let index = b.ws.project().schema.labels.len();
    b.apply(Edit::SetLabel {
        index,
        before: None,
        after: Some(Label {
            id: LabelId("HEADER".into()),
            name: "Header".into(),
            colour: Rgb(120, 120, 200),
            key: None,
            description: "Headline and dateline of an article.".into(),
        }),
    });

    let ministry = b.entity(
        "وزارة الإغاثة والشؤون الإنسانية",
        "ORG",
        &["Ministry of Relief"],
    );
    let salma = b.entity("سلمى القاضي", "PER", &["Salma al-Qadi", "سَلْمَى القَاضِي"]);
    let munther = b.entity("منذر الحداد", "PER", &["Munther al-Haddad"]);
    let militia = b.entity(
        "قوات حماية الضفتين",
        "ARMED",
        &["Two Banks Protection Forces"],
    );
    let bridge = b.entity("جسر الزيزفون", "GPE", &["Zayzafoun Bridge"]);
    let doctor = b.entity("هشام الزين", "PER", &[]);

    // 01: state news agency.
    let bridge01 = b.span(0, "جسر الزيزفون", 0, "GPE");
    b.link(0, &bridge01, &bridge);
    let ministry01 = b.span(0, "وزارة الإغاثة والشؤون الإنسانية", 0, "ORG");
    b.link(0, &ministry01, &ministry);
    let salma01 = b.span(0, "سَلْمَى بِنْتُ عَادِلٍ القَاضِي", 0, "PER");
    b.link(0, &salma01, &salma);
    b.change_span(0, &salma01, |s| {
        s.note = "الاسم مشكول في الأصل\nوالنسب كامل".into();
    });
    let cue01 = b.span(0, "قالت", 0, "CUE");
    let convoy = b.span(
        0,
        "١٨ شاحنة محمّلة بالطحين والأدوية «وصلت كاملةً إلى مستودعات البلدة تحت حماية الجيش»",
        0,
        "CLAIM",
    );
    let trucks = b.span(0, "١٨ شاحنة", 0, "QTY");
    b.change_span(0, &trucks, |s| {
        s.attributes
            .insert("source".into(), "official figure".into());
    });
    let convoy_claim = b.claim(0, &convoy, Claimant::Mention(salma01.clone()), |c| {
        c.cue = Some(cue01.clone());
        c.certainty = Certainty::Certain;
        c.quote_mode = QuoteMode::Mixed;
        c.statement_date = "2025-08-29".into();
    });
    let source01 = b.span(0, "مصدر عسكري", 0, "CLAIMANT");
    let cue01b = b.span(0, "أكد", 0, "CUE");
    let toll01 = b.span(
        0,
        "حصيلة الاعتداء الإرهابي على السوق الشعبي في عين الورد يوم الثلاثاء ٢٦ آب بلغت ٧ شهداء و١٩ جريحاً",
        0,
        "CLAIM",
    );
    b.span(0, "٧ شهداء", 0, "QTY");
    let toll01_claim = b.claim(0, &toll01, Claimant::Mention(source01.clone()), |c| {
        c.cue = Some(cue01b);
        c.certainty = Certainty::Probable;
        c.note = "رقم رسمي لم يتحقق منه أحد".into();
    });
    let who_denies = b.span(0, "المصدر", 0, "CLAIMANT");
    let denial_cue = b.span(0, "نفى", 0, "CUE");
    let shelling = b.span(0, "قصف مدفعي للجيش", 0, "CLAIM");
    b.claim(0, &shelling, Claimant::Mention(who_denies), |c| {
        c.cue = Some(denial_cue);
        c.polarity = Polarity::Denies;
        c.parent = Some(toll01_claim.clone());
    });

    // 02: opposition website; a span across the line break between headline and dateline.
    b.span(1, "والوزارة تكذب\nموقع صوت الضفتين الحر", 0, "HEADER");
    let activists = b.span(1, "ناشطون ومسعفون", 0, "CLAIMANT");
    let cue02 = b.span(1, "أفاد", 0, "CUE");
    let toll02 = b.span(1, "23 مدنياً على الأقل، بينهم 8 أطفال، قُتلوا", 0, "CLAIM");
    b.span(1, "23 مدنياً", 1, "QTY");
    let toll02_claim = b.claim(1, &toll02, Claimant::Mention(activists), |c| {
        c.cue = Some(cue02);
        c.certainty = Certainty::Certain;
    });
    let militia02 = b.span(
        1,
        "قوات حماية الضفتين (Two Banks Protection Forces)",
        0,
        "ARMED",
    );
    b.link(1, &militia02, &militia);
    let cue02b = b.span(1, "نفت", 0, "CUE");
    let presence = b.span(1, "أي وجود لعناصرها داخل السوق", 0, "CLAIM");
    b.claim(1, &presence, Claimant::Mention(militia02), |c| {
        c.cue = Some(cue02b);
        c.polarity = Polarity::Denies;
    });
    let munther02 = b.span(1, "مُنْذِرُ الحَدَّادُ", 0, "PER");
    b.link(1, &munther02, &munther);
    let lie = b.span(1, "كَذِبٌ صَرِيحٌ", 0, "CLAIM");
    b.claim(1, &lie, Claimant::Outlet, |c| {
        c.quote_mode = QuoteMode::Direct;
    });

    // 03: international agency.
    let ocha = b.span(2, "OCHA", 0, "ORG");
    let un = b.entity("OCHA", "ORG", &["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"]);
    let edit = Edit::replace_entity(b.ws.project(), &un, |e| {
        e.external_id = Some("Q1062474".into());
        e.note = "UN humanitarian office".into();
    })
    .expect("entity exists");
    b.apply(edit);
    b.link(2, &ocha, &un);
    let doctor03 = b.span(2, "هشام الزين", 0, "PER");
    b.link(2, &doctor03, &doctor);
    let bodies = b.span(2, "المستشفى استقبل 13 جثة و38 جريحاً", 0, "CLAIM");
    let hospital_claim = b.claim(2, &bodies, Claimant::Mention(doctor03), |c| {
        c.certainty = Certainty::Certain;
    });
    let anonymous = b.span(
        2,
        "الشاحنات التسع المتبقية «لا تزال متوقفة عند حاجز للجيش»",
        0,
        "CLAIM",
    );
    b.claim(2, &anonymous, Claimant::Anonymous, |c| {
        c.certainty = Certainty::Possible;
    });

    // 05: English wire; the ministry itself as claimant, without a span naming it.
    let salma05 = b.span(4, "Salma al-Qadi", 0, "PER");
    b.link(4, &salma05, &salma);
    let bridge05 = b.span(4, "Zayzafoun Bridge", 0, "GPE");
    b.link(4, &bridge05, &bridge);
    let cue05 = b.span(4, "said", 0, "CUE");
    let all18 = b.span(
        4,
        "all 18 trucks had reached the town's warehouses \"in full\"",
        0,
        "CLAIM",
    );
    let all18_claim = b.claim(4, &all18, Claimant::Entity(ministry.clone()), |c| {
        c.cue = Some(cue05);
        c.quote_mode = QuoteMode::Mixed;
    });

    // 06: Persian, with zero-width non-joiners.
    let munther06 = b.span(5, "مُنذِر حدّاد", 0, "PER");
    b.link(5, &munther06, &munther);
    b.span(5, "نیروهای حفاظت از دو کرانه", 0, "ARMED");
    b.span(5, "کمک‌های انسانی", 0, "EVENT");

    let mut toll = Cluster::new(ClusterId::from_u64(0xc1), "حصيلة قتلى السوق");
    toll.note = "الأرقام بين 7 و23".into();
    toll.set_member(b.doc(0), toll01_claim, Relation::Reports);
    toll.set_member(b.doc(1), toll02_claim, Relation::Contradicts);
    toll.set_member(b.doc(2), hospital_claim, Relation::Reports);
    b.apply(Edit::add_cluster(toll));
    let mut convoy_cluster = Cluster::new(ClusterId::from_u64(0xc2), "وصول القافلة كاملة");
    convoy_cluster.set_member(b.doc(0), convoy_claim, Relation::Reports);
    convoy_cluster.set_member(b.doc(4), all18_claim, Relation::Supports);
    b.apply(Edit::add_cluster(convoy_cluster));
    b.ws
}

/// The same project with no spans, claims, entities or clusters (and the default schema), as a
/// colleague who imported the same folder would have it.
pub fn bare_copy(annotated: &Workspace) -> Workspace {
    annotated.unannotated_copy()
}

/// Every file below `dir` (relative path → bytes), to compare folders.
pub fn files_below(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).expect("list folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let relative = path
                    .strip_prefix(dir)
                    .expect("below")
                    .to_string_lossy()
                    .into_owned();
                out.insert(relative, std::fs::read(&path).expect("read"));
            }
        }
    }
    out
}

/// Exports `ws` as `format` with default options to `out`.
pub fn export(
    ws: &Workspace,
    format: hashiya::export::ExportFormat,
    out: &Path,
) -> hashiya::export::ExportReport {
    export_with(ws, format, &hashiya::export::ExportOptions::default(), out)
}

pub fn export_with(
    ws: &Workspace,
    format: hashiya::export::ExportFormat,
    options: &hashiya::export::ExportOptions,
    out: &Path,
) -> hashiya::export::ExportReport {
    let cancel = std::sync::atomic::AtomicBool::new(false);
    ws.export(format, options, out, &mut |_, _| {}, &cancel)
        .unwrap_or_else(|e| panic!("{format} export: {e}"))
}
