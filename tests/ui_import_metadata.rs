//! The App driven through `egui_kittest` on a folder whose metadata sheet names the outlets:
//! the articles arrive with their outlets, the document list marks a wire copy, and the
//! claims × sources window has a column per outlet, marking the outlet that only republished.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::import::ImportOptions;
use hashiya::model::{
    Claim, ClaimId, Claimant, Cluster, ClusterId, Edit, LabelId, Relation, Transaction,
};
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Command, Start};
use hashiya::workspace::Workspace;

const STORY: &str = "أعلن المجلس المحلي أن الجسر الرئيسي أغلق أمام الشاحنات صباح الأحد بعد \
    ظهور تشققات في أعمدته، وقال رئيس المجلس إن فرقا هندسية تعمل على تقييم الأضرار وإن \
    الإغلاق قد يستمر أسبوعين على الأقل ريثما تنتهي أعمال الصيانة العاجلة.\n";

/// A folder of three articles (the second a copy of the first) with a metadata sheet, imported,
/// with the closure claimed in the first two and clustered, saved; the app opened on it.
fn opened(dir: &std::path::Path) -> Harness<'static, App> {
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).expect("corpus folder");
    std::fs::write(
        corpus.join("metadata.csv"),
        "file,source,date\n\
         a.txt,الوطن,5 أيلول 2017\n\
         b.txt,عنب بلدي,2017-09-06\n\
         c.txt,سانا,\n\
         d.txt,الجزيرة,\n",
    )
    .expect("sheet written");
    std::fs::write(corpus.join("a.txt"), STORY).expect("write");
    std::fs::write(corpus.join("b.txt"), format!("عاجل\n{STORY}")).expect("write");
    std::fs::write(corpus.join("c.txt"), "خبر آخر لا صلة له بالجسر.\n").expect("write");
    let mut ws = Workspace::import_folder(&corpus, &ImportOptions::default()).expect("import");
    let mut cluster = Cluster::new(ClusterId::from_u64(0xc1), "إغلاق الجسر");
    for i in 0..2 {
        let doc = ws.project().documents[i].id.clone();
        let text = ws.text_of(&doc).expect("text");
        let start = text[..text.find("أغلق").expect("the word")].chars().count();
        let span = ws
            .new_span(&doc, start, start + 4, LabelId("CLAIM".into()))
            .expect("a span");
        let claim = Claim::new(
            ClaimId::from_u64(0xa0 + i as u64),
            span.id.clone(),
            Claimant::Outlet,
        );
        cluster.set_member(doc.clone(), claim.id.clone(), Relation::Reports);
        ws.apply(
            Transaction::new(hashiya::model::Message::CLAIM_EDIT_MADE)
                .with(Edit::AddSpan {
                    doc: doc.clone(),
                    span,
                })
                .with(Edit::AddClaim { doc, claim }),
        )
        .expect("a claim");
    }
    ws.apply(Transaction::single(
        hashiya::model::Message::CLAIM_EDIT_NEW_CLUSTER,
        Edit::add_cluster(cluster),
    ))
    .expect("a cluster");
    let path = dir.join("p.ron");
    ws.save_as(&path).expect("saved");
    let data = dir.join("data");
    let mut harness = Harness::builder()
        .with_size([1300.0, 900.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, Start::Path(path), Prefs::default(), data)
                .expect("the bundled fonts load")
        });
    harness.run();
    harness
}

#[test]
fn a_folder_with_a_metadata_sheet_opens_with_outlets_and_the_matrix_has_their_columns() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = opened(dir.path());

    let ws = harness.state().workspace().expect("the project is open");
    let project = ws.project();
    let outlets: Vec<&str> = project
        .documents
        .iter()
        .map(|d| project.outlet_name(&d.outlet))
        .collect();
    assert_eq!(outlets, ["الوطن", "عنب بلدي", "سانا"]);
    assert_eq!(project.documents[0].date, "2017-09-05");
    assert_eq!(project.documents[0].date_text, "5 أيلول 2017");
    assert_eq!(
        project.documents[1]
            .copy_of
            .as_ref()
            .map(|id| id.0.as_str()),
        Some("a.txt")
    );
    // The sheet's row for a file that is not there is in the import report, not an outlet.
    assert!(!project.outlets.values().any(|o| o.name == "الجزيرة"));

    harness.state_mut().push(Command::ShowClaimMatrix);
    harness.run();
    // A column per outlet: سانا says nothing, الوطن reports, عنب بلدي only ran the copy.
    harness.get_by_label("إغلاق الجسر: سانا: silent");
    harness.get_by_label("reports");
    harness.get_by_label("reports (copy)");
}
