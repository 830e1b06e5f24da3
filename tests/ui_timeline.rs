//! The timeline window driven through `egui_kittest`: opened from the claims × sources window on
//! a cluster of the bundled sample whose articles were dated over four days, it shows a lane per
//! outlet with the first to speak on top, lists the undated claim apart, and a click on a point
//! (or on a claim of its lists) selects that claim's span in its article.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use hashiya::model::{ClusterId, Edit, Transaction};
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Command, Start};
use hashiya::workspace::Workspace;

/// The sample's cluster «the 18 lorries crossed whole»: claims of five outlets.
fn lorries() -> ClusterId {
    ClusterId::from_u64(0x5a11_c100_0000_0001)
}

/// The sample project saved under `dir` with its articles dated over four days and the Persian
/// agency's left undated; opened in the app.
fn dated_sample(dir: &std::path::Path) -> Harness<'static, App> {
    let path = hashiya::sample::write_project(&dir.join("sample")).expect("sample written");
    let mut ws = Workspace::open_project(&path).expect("sample opens");
    let dates = [
        ("01-state-news-agency.txt", "2025-08-27"),
        ("02-opposition-website.txt", "2025-08-28"),
        ("03-international-agency-arabic.txt", "2025-08-28"),
        ("04-local-monitor.txt", "2025-08-29"),
        ("05-english-wire.txt", "2025-08-30"),
        ("06-persian-news-agency.txt", ""),
    ];
    let mut transaction = Transaction::new(hashiya::model::Message::CORPUS_EDIT_BULK_DATE);
    for (file, date) in dates {
        let doc = ws
            .project()
            .documents
            .iter()
            .find(|d| d.path == file)
            .expect("a sample article")
            .id
            .clone();
        let edit = Edit::set_document_meta(ws.project(), &doc, |m| m.date = date.into())
            .expect("document");
        transaction.push(edit);
    }
    ws.apply(transaction).expect("dated");
    let saved = dir.join("dated.ron");
    ws.save_as(&saved).expect("saved");
    drop(ws);
    app_on(saved, &dir.join("data"))
}

/// The app on the project `path`, its own files under `data`.
fn app_on(path: std::path::PathBuf, data: &std::path::Path) -> Harness<'static, App> {
    let data = data.to_owned();
    let mut harness = Harness::builder()
        .with_size([1300.0, 1000.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, Start::Path(path), Prefs::default(), data)
                .expect("the bundled fonts load")
        });
    harness.run();
    harness
}

/// Opens the claims × sources window, focuses the cluster's row and asks for its timeline.
fn open_from_matrix(harness: &mut Harness<'_, App>) {
    harness.state_mut().push(Command::ShowClaimMatrix);
    harness.run();
    let name = hashiya::ui::widgets::bidi::shown("الشاحنات الـ18 عبرت كاملة");
    harness.get_by_label(&name).click();
    harness.run();
    harness.get_by_label("Timeline: who said it first").click();
    harness.run();
    harness.run();
}

/// The claim whose span the inspector shows, as (document file, span text).
fn selected(harness: &Harness<'_, App>) -> Option<(String, String)> {
    let app = harness.state();
    let ws = app.workspace()?;
    let doc = &ws.project().documents[app.selected()?];
    let span = ws
        .project()
        .annotations
        .get(&doc.id, app.selected_span()?)?;
    let text: String = ws
        .text_of(&doc.id)?
        .chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect();
    Some((doc.path.clone(), text))
}

#[test]
fn a_clusters_timeline_has_a_lane_per_outlet_and_a_click_on_a_point_goes_to_its_claim() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = dated_sample(dir.path());
    open_from_matrix(&mut harness);
    assert_eq!(harness.state().timeline().cluster(), Some(&lorries()));
    // Under each cell of the matrix, the day that outlet first spoke of the cluster.
    assert!(harness.query_all_by_label("27 August 2025").count() >= 1);

    // A claim per line: four outlets dated, the first to speak marked, the undated apart.
    let lines: Vec<String> = harness
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.contains(" · "))
        .collect();
    let dated: Vec<&String> = lines.iter().filter(|l| l.contains(" 2025 · ")).collect();
    assert_eq!(dated.len(), 5, "{lines:?}");
    assert!(
        dated[0].starts_with("reports · 27 August 2025 · «"),
        "{}",
        dated[0]
    );
    assert!(dated[0].ends_with("» · first"), "{}", dated[0]);
    assert!(dated[1..].iter().all(|l| !l.ends_with(" · first")));
    assert!(dated[4].ends_with(" · 30 August 2025 · «Northgate Wire Service»"));
    let undated: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains(" · undated · "))
        .collect();
    assert_eq!(undated.len(), 1, "{lines:?}");
    harness.snapshot("timeline_four_outlets");

    // The English wire's two claims share a lane and a day; the first agency's is alone.
    let ws = harness.state().workspace().expect("open");
    let cluster = ws.project().cluster(&lorries()).expect("cluster").clone();
    let first = cluster
        .members
        .iter()
        .find(|m| m.doc.0 == "01-state-news-agency.txt")
        .expect("the state agency's claim");
    let content = ws
        .project()
        .annotations
        .claim(&first.doc, &first.claim)
        .expect("claim")
        .content
        .clone();
    let at = harness
        .state()
        .timeline()
        .drawn_at(&first.claim)
        .expect("drawn");
    harness.hover_at(at);
    harness.run();
    harness.drag_at(at);
    harness.run();
    harness.drop_at(at);
    harness.run();
    harness.run();
    assert_eq!(harness.state().selected_span(), Some(&content));
    let (file, _) = selected(&harness).expect("a claim selected");
    assert_eq!(file, "01-state-news-agency.txt");

    // The undated claim is reached from its line.
    let persian = cluster
        .members
        .iter()
        .find(|m| m.doc.0 == "06-persian-news-agency.txt")
        .expect("the Persian agency's claim");
    assert_eq!(harness.state().timeline().drawn_at(&persian.claim), None);
    harness.get_by_label(undated[0]).click();
    harness.run();
    harness.run();
    let (file, _) = selected(&harness).expect("a claim selected");
    assert_eq!(file, "06-persian-news-agency.txt");
}

#[test]
fn the_timeline_opens_from_the_menu_on_the_first_cluster_and_says_when_nothing_is_dated() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = hashiya::sample::write_project(&dir.path().join("sample")).expect("sample");
    let mut harness = app_on(path, &dir.path().join("data"));
    harness.get_by_label("Views").click();
    harness.run();
    harness.get_by_label("Timeline…").click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().timeline().cluster(), Some(&lorries()));
    // Every sample article has the same date: one day, every claim the first.
    let firsts = harness
        .query_all_by_role(egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| l.contains(" · 29 August 2025 · ") && l.ends_with(" · first"))
        .count();
    assert_eq!(firsts, 6);
}

#[test]
fn the_days_zoom_and_pan_while_the_lanes_stay() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = dated_sample(dir.path());
    open_from_matrix(&mut harness);
    let claim_of = |file: &str| {
        let ws = harness.state().workspace().expect("open");
        let cluster = ws.project().cluster(&lorries()).expect("cluster");
        let m = cluster
            .members
            .iter()
            .find(|m| m.doc.0 == file)
            .expect("a member");
        m.claim.clone()
    };
    let (first, later) = (
        claim_of("01-state-news-agency.txt"),
        claim_of("02-opposition-website.txt"),
    );
    let at = |harness: &Harness<'_, App>| {
        let timeline = harness.state().timeline();
        (
            timeline.drawn_at(&first).expect("drawn"),
            timeline.drawn_at(&later).expect("drawn"),
        )
    };
    let (a, b) = at(&harness);

    // Dragging across the plot moves the days, not the lanes.
    let from = egui::pos2(f32::midpoint(a.x, b.x), b.y);
    let to = from - egui::vec2(60.0, 30.0);
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for k in 1..=4 {
        harness.hover_at(from + (to - from) * (k as f32 / 4.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
    let (a2, b2) = at(&harness);
    assert!((a2.x - (a.x - 60.0)).abs() < 2.0, "{a:?} → {a2:?}");
    assert!((a2.y - a.y).abs() < 0.5 && (b2.y - b.y).abs() < 0.5);
    assert!(
        ((b2.x - a2.x) - (b.x - a.x)).abs() < 0.5,
        "no zoom while panning"
    );

    // Zooming in spreads the days apart, the lanes again staying.
    harness.hover_at(egui::pos2(f32::midpoint(a2.x, b2.x), b2.y));
    harness.run();
    harness.event(egui::Event::Zoom(2.0));
    harness.run();
    let (a3, b3) = at(&harness);
    assert!(
        (b3.x - a3.x) > 1.5 * (b2.x - a2.x),
        "{a2:?} {b2:?} → {a3:?} {b3:?}"
    );
    assert!((a3.y - a2.y).abs() < 0.5);
}
