//! The bundled sample project (`assets/sample.ron` and `assets/sample.annotations/`): built here
//! with the same edits the app makes, checked in, and checked to open with every view filled.
//! After changing the generator or the articles, rewrite the files with `UPDATE_SAMPLE=1`.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::Builder;
use hashiya::import::ImportOptions;
use hashiya::model::{
    Certainty, Claimant, Cluster, ClusterId, Edit, Outlet, OutletId, Polarity, Project, QuoteMode,
    Relation,
};
use hashiya::workspace::Workspace;

/// The outlets of the six articles, in file order, with their affiliation.
const OUTLETS: [(&str, &str); 6] = [
    ("وكالة أنباء الوطن الموحّد", "state media"),
    ("موقع صوت الضفتين الحر", "opposition"),
    ("وكالة الأفق الدولية للأنباء", "international agency"),
    ("مرصد حوض الزيزفون لتوثيق الانتهاكات", "local monitor"),
    ("Northgate Wire Service", "international wire"),
    ("خبرگزاری چکاوک", "foreign, close to the militia"),
];

/// The sample, annotated as an analyst would: outlets, entities named in several scripts,
/// claims with their claimant and cue, and four clusters of claims across outlets.
#[expect(
    clippy::too_many_lines,
    reason = "the sample reads as one story, article by article"
)]
fn build_sample() -> Project {
    let ws = Workspace::import_folder(&hashiya::sample::source_dir(), &ImportOptions::default())
        .expect("the sample articles import");
    let mut b = Builder::new(ws, 0x00a5_0000_0000);

    for (i, (name, affiliation)) in OUTLETS.iter().enumerate() {
        let id = OutletId::from_u64(0x5a11_0000_0000_0000 + i as u64);
        let mut outlet = Outlet::new(id.clone(), *name);
        (*affiliation).clone_into(&mut outlet.affiliation);
        b.apply(Edit::AddOutlet { outlet });
        let doc = b.doc(i);
        let edit = Edit::set_document_meta(b.ws.project(), &doc, |m| {
            m.outlet = id;
            m.date = "2025-08-29".into();
            m.language = ["ar", "ar", "ar", "ar", "en", "fa"][i].into();
        })
        .expect("document exists");
        b.apply(edit);
    }

    let town = b.entity("عين الورد", "GPE", &["Ein al-Ward", "عین‌الورد"]);
    let bridge = b.entity(
        "جسر الزيزفون",
        "GPE",
        &["Zayzafoun Bridge", "پل زیزفون", "معبر جسر الزيزفون"],
    );
    let militia = b.entity(
        "قوات حماية الضفتين",
        "ARMED",
        &["Two Banks Protection Forces", "نیروهای حفاظت از دو کرانه"],
    );
    let brigade = b.entity("اللواء 42", "ARMED", &["اللواء ٤٢", "Brigade 42"]);
    let ministry = b.entity(
        "وزارة الإغاثة والشؤون الإنسانية",
        "ORG",
        &[
            "Ministry of Relief and Humanitarian Affairs",
            "وزارت امداد و امور انسانی",
        ],
    );
    let salma = b.entity(
        "سلمى القاضي",
        "PER",
        &["Salma al-Qadi", "سَلْمَى بِنْتُ عَادِلٍ القَاضِي"],
    );
    let munther = b.entity(
        "منذر الحداد",
        "PER",
        &["Munther al-Haddad", "مُنذِر حدّاد", "مُنْذِرُ الحَدَّادُ"],
    );
    let governor = b.entity("نبيل عوّاد", "PER", &["Nabil Awwad"]);
    let ocha = b.entity("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", &["OCHA"]);
    let doctor = b.entity("هشام الزين", "PER", &["Hisham al-Zein"]);
    let wfp = b.entity("برنامج الأغذية العالمي", "ORG", &["WFP"]);

    // 01: state news agency.
    let s = b.span(0, "جسر الزيزفون", 0, "GPE");
    b.link(0, &s, &bridge);
    let s = b.span(0, "اللواء ٤٢", 0, "ARMED");
    b.link(0, &s, &brigade);
    let s = b.span(0, "وزارة الإغاثة والشؤون الإنسانية", 0, "ORG");
    b.link(0, &s, &ministry);
    let salma01 = b.span(0, "سَلْمَى بِنْتُ عَادِلٍ القَاضِي", 0, "PER");
    b.link(0, &salma01, &salma);
    let cue = b.span(0, "قالت", 0, "CUE");
    let content = b.span(
        0,
        "١٨ شاحنة محمّلة بالطحين والأدوية «وصلت كاملةً إلى مستودعات البلدة تحت حماية الجيش»",
        0,
        "CLAIM",
    );
    let trucks01 = b.claim(0, &content, Claimant::Mention(salma01), |c| {
        c.cue = Some(cue);
        c.certainty = Certainty::Certain;
        c.quote_mode = QuoteMode::Mixed;
    });
    let source = b.span(0, "مصدر عسكري", 0, "CLAIMANT");
    let cue = b.span(0, "أكد", 0, "CUE");
    let content = b.span(
        0,
        "حصيلة الاعتداء الإرهابي على السوق الشعبي في عين الورد يوم الثلاثاء ٢٦ آب بلغت ٧ شهداء و١٩ جريحاً",
        0,
        "CLAIM",
    );
    let s = b.span(0, "عين الورد", 0, "GPE");
    b.link(0, &s, &town);
    let toll01 = b.claim(0, &content, Claimant::Mention(source), |c| {
        c.cue = Some(cue);
    });
    let source = b.span(0, "المصدر", 0, "CLAIMANT");
    let cue = b.span(0, "نفى", 0, "CUE");
    let content = b.span(0, "قصف مدفعي للجيش", 0, "CLAIM");
    let army01 = b.claim(0, &content, Claimant::Mention(source), |c| {
        c.cue = Some(cue);
        c.polarity = Polarity::Denies;
    });
    let s = b.span(0, "نبيل عوّاد", 0, "PER");
    b.link(0, &s, &governor);

    // 02: opposition website.
    let s = b.span(1, "عين الورد", 0, "GPE");
    b.link(1, &s, &town);
    let source = b.span(1, "ناشطون ومسعفون", 0, "CLAIMANT");
    let cue = b.span(1, "أفاد", 0, "CUE");
    let content = b.span(1, "23 مدنياً على الأقل، بينهم 8 أطفال، قُتلوا", 0, "CLAIM");
    let toll02 = b.claim(1, &content, Claimant::Mention(source), |c| {
        c.cue = Some(cue);
    });
    let source = b.span(1, "المسعف أبو خليل", 0, "CLAIMANT");
    let cue = b.span(1, "مؤكداً", 0, "CUE");
    let content = b.span(
        1,
        r#"القذائف جاءت "من جهة ثكنة اللواء 42 جنوب غرب البلدة، لا من الضفة الشرقية كما يزعم الإعلام الرسمي""#,
        0,
        "CLAIM",
    );
    let s = b.span(1, "اللواء 42", 0, "ARMED");
    b.link(1, &s, &brigade);
    let army02 = b.claim(1, &content, Claimant::Mention(source), |c| {
        c.cue = Some(cue);
        c.quote_mode = QuoteMode::Mixed;
    });
    let militia02 = b.span(1, "قوات حماية الضفتين", 0, "ARMED");
    b.link(1, &militia02, &militia);
    let cue = b.span(1, "نفت", 0, "CUE");
    let content = b.span(1, "أي وجود لعناصرها داخل السوق", 0, "CLAIM");
    let inside02 = b.claim(1, &content, Claimant::Mention(militia02), |c| {
        c.cue = Some(cue);
        c.polarity = Polarity::Denies;
    });
    let s = b.span(1, "مُنْذِرُ الحَدَّادُ", 0, "PER");
    b.link(1, &s, &munther);
    let content = b.span(1, "لم تعبر الجسر سوى 9 شاحنات", 0, "CLAIM");
    let trucks02 = b.claim(1, &content, Claimant::Outlet, |c| {
        c.certainty = Certainty::Certain;
    });

    // 03: international agency.
    let office = b.span(2, "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", 0, "ORG");
    b.link(2, &office, &ocha);
    let cue = b.span(2, "قال", 0, "CUE");
    let content = b.span(2, "ما لا يقل عن 11 مدنياً", 0, "CLAIM");
    let toll03 = b.claim(2, &content, Claimant::Mention(office), |c| {
        c.cue = Some(cue);
        c.quote_mode = QuoteMode::Direct;
    });
    let s = b.span(2, "OCHA", 0, "ORG");
    b.link(2, &s, &ocha);
    let s = b.span(2, "Ein al-Ward", 0, "GPE");
    b.link(2, &s, &town);
    let s = b.span(2, "Zayzafoun Bridge", 0, "GPE");
    b.link(2, &s, &bridge);
    let director = b.span(2, "هشام الزين", 0, "PER");
    b.link(2, &director, &doctor);
    let content = b.span(2, "المستشفى استقبل 13 جثة و38 جريحاً", 0, "CLAIM");
    let hospital03 = b.claim(2, &content, Claimant::Mention(director), |c| {
        c.certainty = Certainty::Certain;
    });
    let programme = b.span(2, "برنامج الأغذية العالمي", 0, "ORG");
    b.link(2, &programme, &wfp);
    let content = b.span(2, "عبرت 9 شاحنات من أصل 18 الجسر", 0, "CLAIM");
    let trucks03 = b.claim(2, &content, Claimant::Mention(programme), |_| {});
    let cue = b.span(2, "ذكر", 0, "CUE");
    let content = b.span(
        2,
        "الشاحنات التسع المتبقية «لا تزال متوقفة عند حاجز للجيش»",
        0,
        "CLAIM",
    );
    b.claim(2, &content, Claimant::Anonymous, |c| {
        c.cue = Some(cue);
        c.certainty = Certainty::Possible;
    });

    // 04: local monitor.
    let s = b.span(3, "عين الورد", 0, "GPE");
    b.link(3, &s, &town);
    let cue = b.span(3, "وثّق", 0, "CUE");
    let content = b.span(3, "مقتل 14 مدنياً، بينهم 5 أطفال و3 نساء", 0, "CLAIM");
    let toll04 = b.claim(3, &content, Claimant::Outlet, |c| {
        c.cue = Some(cue);
        c.certainty = Certainty::Certain;
    });
    let content = b.span(
        3,
        "تشير آثار الارتطام إلى إطلاقها من الجهة الجنوبية الغربية حيث تنتشر مواقع للجيش",
        0,
        "CLAIM",
    );
    let army04 = b.claim(3, &content, Claimant::Outlet, |c| {
        c.certainty = Certainty::Possible;
    });
    let witnesses = b.span(3, "شاهدَين", 0, "CLAIMANT");
    let cue = b.span(3, "أكدا", 0, "CUE");
    let content = b.span(
        3,
        "وجود نقطة لـ«قوات حماية الضفتين» عند مدخل السوق",
        0,
        "CLAIM",
    );
    let s = b.span(3, "قوات حماية الضفتين", 0, "ARMED");
    b.link(3, &s, &militia);
    let inside04 = b.claim(3, &content, Claimant::Mention(witnesses), |c| {
        c.cue = Some(cue);
    });

    // 05: English wire.
    let s = b.span(4, "Zayzafoun Bridge", 0, "GPE");
    b.link(4, &s, &bridge);
    let s = b.span(4, "Ein al-Ward", 0, "GPE");
    b.link(4, &s, &town);
    let content = b.span(4, "killing somewhere between 7 and 23 people", 0, "CLAIM");
    let toll05 = b.claim(4, &content, Claimant::Outlet, |_| {});
    let agency = b.span(4, "Ministry of Relief and Humanitarian Affairs", 0, "ORG");
    b.link(4, &agency, &ministry);
    let cue = b.span(4, "said", 0, "CUE");
    let content = b.span(
        4,
        r#"all 18 trucks had reached the town's warehouses "in full" under army protection"#,
        0,
        "CLAIM",
    );
    let trucks05 = b.claim(4, &content, Claimant::Mention(agency), |c| {
        c.cue = Some(cue);
        c.quote_mode = QuoteMode::Mixed;
    });
    let s = b.span(4, "Salma al-Qadi", 0, "PER");
    b.link(4, &s, &salma);
    let content = b.span(
        4,
        "A Northgate reporter at the crossing counted nine trucks",
        0,
        "CLAIM",
    );
    let counted05 = b.claim(4, &content, Claimant::Outlet, |c| {
        c.certainty = Certainty::Certain;
    });
    let spokesman = b.span(4, "Munther al-Haddad", 0, "PER");
    b.link(4, &spokesman, &munther);
    let s = b.span(4, "Two Banks Protection Forces", 0, "ARMED");
    b.link(4, &s, &militia);
    let cue = b.span(4, "denied", 0, "CUE");
    let content = b.span(4, "his fighters had been inside the market", 0, "CLAIM");
    let inside05 = b.claim(4, &content, Claimant::Mention(spokesman), |c| {
        c.cue = Some(cue);
        c.polarity = Polarity::Denies;
    });
    let s = b.span(4, "OCHA", 0, "ORG");
    b.link(4, &s, &ocha);

    // 06: Persian news agency.
    let s = b.span(5, "پل زیزفون", 0, "GPE");
    b.link(5, &s, &bridge);
    let s = b.span(5, "عین‌الورد", 0, "GPE");
    b.link(5, &s, &town);
    let source = b.span(5, "منابع محلی", 0, "CLAIMANT");
    let cue = b.span(5, "می‌گویند", 0, "CUE");
    let content = b.span(
        5,
        "دست‌کم ۱۹ غیرنظامی در حملهٔ توپخانه‌ای صبح روز سه‌شنبه ۴ شهریور به بازار این شهرک کشته شده‌اند",
        0,
        "CLAIM",
    );
    let toll06 = b.claim(5, &content, Claimant::Mention(source), |c| {
        c.cue = Some(cue);
    });
    let spokesman = b.span(5, "مُنذِر حدّاد", 0, "PER");
    b.link(5, &spokesman, &munther);
    let s = b.span(5, "نیروهای حفاظت از دو کرانه", 0, "ARMED");
    b.link(5, &s, &militia);
    let content = b.span(5, "حضور نیروهایش در بازار", 0, "CLAIM");
    let inside06 = b.claim(5, &content, Claimant::Mention(spokesman), |c| {
        c.polarity = Polarity::Denies;
        c.quote_mode = QuoteMode::Mixed;
    });
    let agency = b.span(5, "وزارت امداد و امور انسانی", 0, "ORG");
    b.link(5, &agency, &ministry);
    let cue = b.span(5, "اعلام کرد", 0, "CUE");
    let content = b.span(
        5,
        "هر ۱۸ کامیون کمک‌های انسانی روز جمعه وارد شهرک شده‌اند",
        0,
        "CLAIM",
    );
    let trucks06 = b.claim(5, &content, Claimant::Mention(agency), |c| {
        c.cue = Some(cue);
    });

    let clusters = [
        (
            "الشاحنات الـ18 عبرت كاملة",
            "الوزارة تقول 18، والشهود والوكالات 9",
            vec![
                (0, trucks01, Relation::Reports),
                (1, trucks02, Relation::Contradicts),
                (2, trucks03, Relation::Contradicts),
                (4, trucks05, Relation::Reports),
                (4, counted05, Relation::Contradicts),
                (5, trucks06, Relation::Reports),
            ],
        ),
        (
            "حصيلة قتلى السوق",
            "الأرقام بين 7 و23",
            vec![
                (0, toll01, Relation::Reports),
                (1, toll02, Relation::Contradicts),
                (2, toll03, Relation::Contradicts),
                (2, hospital03, Relation::Contradicts),
                (3, toll04, Relation::Contradicts),
                (4, toll05, Relation::Reports),
                (5, toll06, Relation::Contradicts),
            ],
        ),
        (
            "مسلحون داخل السوق",
            "",
            vec![
                (1, inside02, Relation::Denies),
                (3, inside04, Relation::Reports),
                (4, inside05, Relation::Denies),
                (5, inside06, Relation::Denies),
            ],
        ),
        (
            "القذائف من مواقع الجيش",
            "",
            vec![
                (0, army01, Relation::Denies),
                (1, army02, Relation::Reports),
                (3, army04, Relation::Supports),
            ],
        ),
    ];
    for (n, (name, note, members)) in (1..).zip(clusters) {
        let mut cluster = Cluster::new(ClusterId::from_u64(0x5a11_c100_0000_0000 + n), name);
        cluster.note = note.into();
        for (doc, claim, relation) in members {
            cluster.set_member(b.doc(doc), claim, relation);
        }
        b.apply(Edit::add_cluster(cluster));
    }

    let mut project = b.ws.project().clone();
    project.name = "أسبوع عين الورد".into();
    project.corpus_dir = "corpus".into();
    project
}

fn assets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets")
}

/// The checked-in files are exactly what the generator writes (`UPDATE_SAMPLE=1` rewrites them).
#[test]
fn bundled_sample_is_what_the_generator_builds() {
    let project = build_sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let built = dir.path().join("sample.ron");
    hashiya::store::save_project(&built, &project).expect("the sample saves");
    let built_files = common::files_below(dir.path());
    if std::env::var_os("UPDATE_SAMPLE").is_some() {
        let annotations = assets().join("sample.annotations");
        if annotations.is_dir() {
            std::fs::remove_dir_all(&annotations).expect("old annotations removed");
        }
        for (name, bytes) in &built_files {
            let path = assets().join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
            std::fs::write(&path, bytes).expect("write sample file");
        }
    }
    let mut checked_in = common::files_below(&assets().join("sample.annotations"));
    checked_in = checked_in
        .into_iter()
        .map(|(name, bytes)| (format!("sample.annotations/{name}"), bytes))
        .collect();
    checked_in.insert(
        "sample.ron".into(),
        std::fs::read(assets().join("sample.ron")).expect("assets/sample.ron"),
    );
    let names =
        |m: &std::collections::BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(names(&checked_in), names(&built_files));
    for (name, bytes) in &built_files {
        assert!(
            checked_in[name] == *bytes,
            "assets/{name} differs from what the generator builds (UPDATE_SAMPLE=1 rewrites it)"
        );
    }
}

/// What a newcomer needs to see something in every view.
fn assert_filled(ws: &Workspace) {
    let project = ws.project();
    assert_eq!(ws.load_warnings(), [], "the sample loads without a warning");
    assert_eq!(project.broken_references(), []);
    assert!(
        project.outlets.len() >= 5,
        "{} outlets",
        project.outlets.len()
    );
    assert!(
        project.outlets.values().all(|o| !o.affiliation.is_empty()),
        "every outlet has an affiliation"
    );
    assert!(
        project.documents.iter().all(|d| !d.outlet.is_unknown()),
        "every article has its outlet"
    );
    assert!(
        project
            .entities
            .values()
            .filter(|e| !e.aliases.is_empty())
            .count()
            >= 5,
        "entities with aliases"
    );
    let outlet_of = |doc: &hashiya::model::DocId| {
        project
            .document(doc)
            .map(|d| d.outlet.clone())
            .expect("member documents exist")
    };
    let across = project
        .clusters
        .values()
        .filter(|c| {
            c.members
                .iter()
                .map(|m| outlet_of(&m.doc))
                .collect::<BTreeSet<_>>()
                .len()
                >= 2
        })
        .count();
    assert!(across >= 2, "{across} clusters span two outlets or more");
    let denials = project
        .documents
        .iter()
        .flat_map(|d| project.annotations.claims(&d.id))
        .filter(|c| c.polarity == Polarity::Denies)
        .count();
    assert!(denials >= 1, "a denial");
    let mut spans = 0;
    for (i, doc) in project.documents.iter().enumerate() {
        let text = ws.articles()[i].text().expect("every article reads");
        for span in project.annotations.spans(&doc.id) {
            let slice: String = text
                .chars()
                .skip(span.start)
                .take(span.end - span.start)
                .collect();
            assert_eq!(
                slice, span.quote,
                "{} {}..{}",
                doc.path, span.start, span.end
            );
            spans += 1;
        }
    }
    assert!(spans >= 40, "{spans} spans");
    assert_eq!(ws.span_text_problems(), []);
    // The views the first launch shows are not empty.
    let matrix = hashiya::model::claim_matrix(project);
    assert_eq!(matrix.rows.len(), project.clusters.len());
    assert!(!hashiya::model::mention_counts(project).is_empty());
}

#[test]
fn bundled_sample_opens_from_the_source_tree_with_every_view_filled() {
    let path = hashiya::sample::source_project();
    assert_eq!(path, assets().join("sample.ron"));
    let ws = Workspace::open_project(&path).expect("the bundled sample opens");
    assert_filled(&ws);
    assert_eq!(ws.corpus_root(), hashiya::sample::source_dir());
}

/// An installed binary has no source tree: the embedded copy is written out and opens the same.
#[test]
fn embedded_sample_written_out_opens_the_same() {
    let embedded: BTreeSet<&str> = hashiya::sample::ANNOTATIONS
        .iter()
        .map(|(n, _)| *n)
        .collect();
    let checked_in: BTreeSet<String> = common::files_below(&assets().join("sample.annotations"))
        .into_keys()
        .collect();
    assert_eq!(
        embedded,
        checked_in.iter().map(String::as_str).collect(),
        "src/sample.rs embeds every annotation file"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = hashiya::sample::write_project(dir.path()).expect("the sample is written out");
    let ws = Workspace::open_project(&path).expect("the written sample opens");
    assert_filled(&ws);
    let source = Workspace::open_project(&hashiya::sample::source_project()).expect("opens");
    assert_eq!(ws.project().annotations, source.project().annotations);
    assert_eq!(ws.project().clusters, source.project().clusters);
    assert_eq!(ws.project().documents, source.project().documents);
    // Written again over itself: nothing changes, and an edited file is put back.
    let article = dir.path().join("corpus").join(hashiya::sample::FILES[0].0);
    std::fs::write(&article, "changed").expect("write");
    let again = hashiya::sample::write_project(dir.path()).expect("written again");
    assert_eq!(again, path);
    assert_eq!(
        std::fs::read_to_string(&article).expect("read"),
        hashiya::sample::FILES[0].1
    );
}
