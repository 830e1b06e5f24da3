//! The report: timeline points from dates (claims without one listed apart), the HTML page read
//! back with an HTML5 parser (its structure, directions, escaping, and every quote being the
//! document's text at its offsets) and by xmllint (well-formed), the page in Arabic (no English
//! outside the project's own text, right to left, its timeline mirrored, dates in the chosen
//! calendar), the schema.org JSON-LD, and the verdict's edit, undo and save.

mod common;

use hashiya::i18n::{self, Calendar, Digits, Language, Locale};
use hashiya::model::{Claimant, Cluster, ClusterId, Edit, Rating, Relation, Transaction, Verdict};
use hashiya::report::timeline::{DateSource, cluster_timeline, day_text, parse_day};
use hashiya::report::{ReportFormat, Sources, claims_jsonld, html, write_report};
use hashiya::workspace::Workspace;
use std::path::Path;

fn doc_ids(ws: &Workspace) -> Vec<hashiya::model::DocId> {
    ws.project()
        .documents
        .iter()
        .map(|d| d.id.clone())
        .collect()
}

fn set_date(ws: &mut Workspace, doc: &hashiya::model::DocId, date: &str) {
    let edit =
        Edit::set_document_meta(ws.project(), doc, |m| m.date = date.into()).expect("document");
    ws.apply(Transaction::single(
        hashiya::model::Message::CORPUS_EDIT_BULK_DATE,
        edit,
    ))
    .expect("valid");
}

fn toll() -> ClusterId {
    ClusterId::from_u64(0xc1)
}

/// The annotated sample with dates spread out: the first outlet a day later, the second's
/// article undated, and the third's claim dated by its statement two days before.
fn dated_sample() -> Workspace {
    let mut ws = common::annotated_sample();
    let docs = doc_ids(&ws);
    set_date(&mut ws, &docs[0], "2025-08-30");
    set_date(&mut ws, &docs[1], "");
    let cluster = ws.project().cluster(&toll()).expect("toll cluster").clone();
    let third = cluster
        .members
        .iter()
        .find(|m| m.doc == docs[2])
        .expect("member");
    let edit = Edit::replace_claim(ws.project(), &third.doc, &third.claim, |c| {
        c.statement_date = "2025-08-27".into();
    })
    .expect("claim");
    ws.apply(Transaction::single(
        hashiya::model::Message::CLAIM_EDIT_DATE,
        edit,
    ))
    .expect("valid");
    ws
}

#[test]
fn timeline_places_claims_by_statement_then_publication_date_and_keeps_the_undated() {
    let ws = dated_sample();
    let project = ws.project();
    let docs: Vec<_> = project.documents.iter().map(|d| d.id.clone()).collect();
    let timeline = cluster_timeline(project, &toll()).expect("cluster");
    // Three members: two dated (one lane each), one undated, none dropped.
    let dated: usize = timeline.lanes.iter().map(|l| l.points.len()).sum();
    assert_eq!(dated + timeline.undated.len(), 3);
    assert_eq!(timeline.undated.len(), 1);
    assert_eq!(timeline.undated[0].doc, docs[1]);
    assert_eq!(timeline.undated[0].relation, Relation::Contradicts);
    // The statement date puts the third outlet first, on top, marked as the first appearance.
    let first = &timeline.lanes[0];
    assert_eq!(first.outlet, project.outlet_of(&docs[2]));
    assert_eq!(first.points[0].source, DateSource::Statement);
    assert_eq!(day_text(first.points[0].day), "2025-08-27");
    assert!(first.points[0].first);
    let second = &timeline.lanes[1];
    assert_eq!(second.points[0].source, DateSource::Publication);
    assert_eq!(Some(second.points[0].day), parse_day("2025-08-30"));
    assert!(!second.points[0].first);
    assert_eq!(timeline.first_day, parse_day("2025-08-27"));
    assert_eq!(
        timeline
            .first_days()
            .get(&project.outlet_of(&docs[0]))
            .copied(),
        parse_day("2025-08-30")
    );
}

#[test]
fn matrix_cells_carry_each_outlets_first_day_and_rows_sort_by_first_appearance() {
    use hashiya::ui::panels::matrix::{ClusterSort, first_days, row_names, visible_rows};

    let mut ws = dated_sample();
    let docs = doc_ids(&ws);
    // The convoy's second outlet speaks a week before anyone speaks of the toll.
    set_date(&mut ws, &docs[4], "2025-08-20");
    let project = ws.project();
    let matrix = hashiya::model::claim_matrix(project);
    let names = row_names(project, &matrix);
    let days = first_days(project, &matrix);
    let row = |id: &ClusterId| {
        matrix
            .rows
            .iter()
            .position(|r| &r.cluster == id)
            .expect("a row")
    };
    let column = |i: usize| {
        let outlet = project.outlet_of(&docs[i]);
        matrix
            .outlets
            .iter()
            .position(|o| *o == outlet)
            .expect("a column")
    };
    let (toll, convoy) = (row(&toll()), row(&ClusterId::from_u64(0xc2)));
    assert_eq!(days.cells[toll][column(2)], parse_day("2025-08-27"));
    assert_eq!(days.cells[toll][column(0)], parse_day("2025-08-30"));
    assert_eq!(
        days.cells[toll][column(1)],
        None,
        "its only claim is undated"
    );
    assert_eq!(days.cells[toll][column(4)], None, "silent");
    assert_eq!(days.rows[toll], parse_day("2025-08-27"));
    assert_eq!(days.rows[convoy], parse_day("2025-08-20"));

    assert_eq!(
        visible_rows(&matrix, &names, &days.rows, "", ClusterSort::Name),
        [toll, convoy]
    );
    assert_eq!(
        visible_rows(
            &matrix,
            &names,
            &days.rows,
            "",
            ClusterSort::FirstAppearance
        ),
        [convoy, toll]
    );
    // A cluster no claim of which is dated comes after the dated ones.
    let mut undated = days.rows.clone();
    undated[convoy] = None;
    assert_eq!(
        visible_rows(&matrix, &names, &undated, "", ClusterSort::FirstAppearance),
        [toll, convoy]
    );
}

fn attribute(node: &dom_query::Selection<'_>, name: &str) -> String {
    node.attr(name).map(|a| a.to_string()).unwrap_or_default()
}

#[test]
fn report_page_has_its_sections_and_every_quote_is_the_text_at_its_offsets() {
    let ws = dated_sample();
    let page = html::report_html(&Sources::of(&ws));
    let dom = dom_query::Document::from(page.as_str());
    for id in ["matrix", "clusters", "entities", "corpus"] {
        assert_eq!(
            dom.select(&format!("section#{id}")).length(),
            1,
            "section {id}"
        );
    }
    assert!(dom.select("html").attr("lang").is_some());
    assert!(page.contains("@font-face"), "the Arabic face is embedded");
    // Matrix: a row per cluster; the column per outlet; first dates in speaking cells.
    assert_eq!(dom.select("table.matrix tbody tr").length(), 2);
    let matrix = dom.select("table.matrix").text().to_string();
    assert!(matrix.contains("first 2025-08-27"), "{matrix}");
    assert!(matrix.contains("silent"));
    // Quotes: one per member claim, each the article's text at its char offsets.
    let project = ws.project();
    let members: usize = project.clusters.values().map(|c| c.members.len()).sum();
    let quotes = dom.select("blockquote.quote");
    assert_eq!(quotes.length(), members);
    for quote in &quotes {
        let doc = hashiya::model::DocId(attribute(&quote, "data-doc"));
        let start: usize = attribute(&quote, "data-start").parse().expect("start");
        let end: usize = attribute(&quote, "data-end").parse().expect("end");
        let text = ws.text_of(&doc).expect("text");
        let expected: String = text.chars().skip(start).take(end - start).collect();
        assert!(!expected.is_empty());
        assert_eq!(quote.text().to_string(), expected);
        let dir = attribute(&quote, "dir");
        let arabic = expected
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(|c| ('\u{600}'..='\u{6ff}').contains(&c));
        assert_eq!(dir, if arabic { "rtl" } else { "ltr" }, "{expected}");
    }
    // The timeline as SVG, its first appearance ringed, the undated claim said.
    assert_eq!(dom.select("section.cluster svg.timeline").length(), 2);
    // In the toll cluster only the statement-dated claim is first; the convoy's two outlets tie.
    assert_eq!(
        dom.select("section#cluster-00000000000000c1 svg circle.first")
            .length(),
        1
    );
    assert_eq!(
        dom.select("section#cluster-00000000000000c2 svg circle.first")
            .length(),
        2
    );
    assert_eq!(dom.select("p.undated").length(), 1);
    // Links to the articles that have a URL; the corpus lists every document.
    assert!(dom.select("a.article").length() >= 1);
    assert_eq!(
        dom.select("section#corpus tbody tr").length(),
        project.documents.len()
    );
}

#[test]
fn report_escapes_what_the_analyst_wrote() {
    let mut ws = dated_sample();
    let edit = Edit::replace_cluster(ws.project(), &toll(), |c| {
        c.name = "<script>alert('x')</script> & «قصف»".into();
        c.verdict = Some(Verdict {
            rating: Rating::MostlyFalse,
            note: "<b>not</b> bold".into(),
        });
    })
    .expect("cluster");
    ws.apply(Transaction::single(
        hashiya::model::Message::EDITOR_RENAMED,
        edit,
    ))
    .expect("valid");
    let page = html::report_html(&Sources::of(&ws));
    let dom = dom_query::Document::from(page.as_str());
    assert_eq!(dom.select("script").length(), 0);
    assert_eq!(dom.select("section.cluster b").length(), 0);
    let heading = dom.select("section.cluster h3").first();
    assert_eq!(
        heading.text().to_string(),
        "<script>alert('x')</script> & «قصف»"
    );
    assert_eq!(attribute(&heading, "dir"), "ltr");
    assert!(dom.select("p.verdict").text().contains("Mostly false"));
}

#[test]
fn claims_jsonld_has_a_claim_per_cluster_and_a_review_per_verdict() {
    let mut ws = dated_sample();
    let edit = Edit::replace_cluster(ws.project(), &toll(), |c| {
        c.verdict = Some(Verdict {
            rating: Rating::Mixed,
            note: "الأرقام متضاربة".into(),
        });
    })
    .expect("cluster");
    ws.apply(Transaction::single(
        hashiya::model::Message::MATRIX_VERDICT_CHANGED,
        edit,
    ))
    .expect("valid");
    let value = claims_jsonld::claims_jsonld(&Sources::of(&ws));
    let text = value.to_string();
    let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(value["@context"], "https://schema.org");
    let graph = value["@graph"].as_array().expect("graph");
    let claims: Vec<_> = graph.iter().filter(|v| v["@type"] == "Claim").collect();
    let reviews: Vec<_> = graph
        .iter()
        .filter(|v| v["@type"] == "ClaimReview")
        .collect();
    assert_eq!(claims.len(), 2);
    assert_eq!(reviews.len(), 1);
    let toll_claim = claims
        .iter()
        .find(|c| c["name"] == "حصيلة قتلى السوق")
        .expect("toll claim");
    let appearances = toll_claim["appearance"].as_array().expect("appearances");
    assert_eq!(appearances.len(), 3);
    for a in appearances {
        assert_eq!(a["@type"], "CreativeWork");
        assert!(a["publisher"]["name"].is_string());
        assert!(a["text"].is_string());
    }
    // The first appearance is the claim dated by its statement, its claimant the author.
    let docs: Vec<_> = ws
        .project()
        .documents
        .iter()
        .map(|d| d.id.0.clone())
        .collect();
    assert_eq!(
        toll_claim["firstAppearance"]["identifier"],
        docs[2].as_str()
    );
    assert!(
        toll_claim["author"]["name"]
            .as_str()
            .is_some_and(|n| !n.is_empty())
    );
    // The undated article has no datePublished; the others do.
    let undated = appearances
        .iter()
        .find(|a| a["identifier"] == docs[1].as_str())
        .expect("undated");
    assert!(undated.get("datePublished").is_none());
    let review = reviews[0];
    assert_eq!(review["itemReviewed"]["@id"], toll_claim["@id"]);
    assert_eq!(review["reviewRating"]["ratingValue"], 3);
    assert_eq!(review["reviewRating"]["alternateName"], "Mixed");
    assert_eq!(review["reviewBody"], "الأرقام متضاربة");
}

#[test]
fn a_verdict_is_one_edit_that_undoes_and_survives_saving() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = common::annotated_sample();
    let verdict = Verdict {
        rating: Rating::False,
        note: "نفته ثلاث جهات".into(),
    };
    let edit = Edit::replace_cluster(ws.project(), &toll(), |c| c.verdict = Some(verdict.clone()))
        .expect("cluster");
    ws.apply(Transaction::single(
        hashiya::model::Message::MATRIX_VERDICT_CHANGED,
        edit,
    ))
    .expect("valid");
    ws.undo().expect("undo");
    assert_eq!(
        ws.project()
            .cluster(&toll())
            .and_then(|c| c.verdict.clone()),
        None
    );
    ws.redo().expect("redo");
    let path = dir.path().join("p.ron");
    ws.save_as(&path).expect("save");
    let saved = std::fs::read_to_string(&path).expect("read");
    // Only the cluster with a verdict writes one.
    assert_eq!(saved.matches("verdict").count(), 1, "{saved}");
    let again = Workspace::open_project(&path).expect("open");
    let cluster: &Cluster = again.project().cluster(&toll()).expect("cluster");
    assert_eq!(cluster.verdict.as_ref(), Some(&verdict));
}

#[test]
fn report_refuses_the_project_file_and_writes_a_page() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut ws = dated_sample();
    let path = dir.path().join("p.ron");
    ws.save_as(&path).expect("save");
    let ws = Workspace::open_project(&path).expect("open");
    assert!(write_report(&ws, ReportFormat::Html, &path, false).is_err());
    let out = dir.path().join("report.html");
    write_report(&ws, ReportFormat::Html, &out, false).expect("report");
    assert!(
        std::fs::read_to_string(&out)
            .expect("read")
            .starts_with("<!DOCTYPE html>")
    );
}

/// The page of `ws` made on this thread in `language` with `digits` and `calendar`, the
/// thread's English, Latin digits and Gregorian calendar restored after.
fn page_in(ws: &Workspace, language: Language, digits: Digits, calendar: Calendar) -> String {
    i18n::set_locale(Locale { language, digits });
    i18n::set_calendar(calendar);
    let page = html::report_html(&Sources::of(ws));
    i18n::set_locale(Locale::default());
    i18n::set_calendar(Calendar::Gregorian);
    page
}

/// The dated sample with a verdict, a note in English and the first claim of the toll cluster
/// said by an anonymous source.
fn report_sample() -> Workspace {
    let mut ws = dated_sample();
    let edit = Edit::replace_cluster(ws.project(), &toll(), |c| {
        c.note = "Counted twice by one outlet".into();
        c.verdict = Some(Verdict {
            rating: Rating::MostlyFalse,
            note: "the numbers differ".into(),
        });
    })
    .expect("cluster");
    ws.apply(Transaction::single(
        hashiya::model::Message::MATRIX_VERDICT_CHANGED,
        edit,
    ))
    .expect("valid");
    // The first appearance, whose claimant the JSON-LD names as its author.
    let first = doc_ids(&ws)[2].clone();
    let member = ws
        .project()
        .cluster(&toll())
        .and_then(|c| c.members.iter().find(|m| m.doc == first))
        .expect("member")
        .clone();
    let edit = Edit::replace_claim(ws.project(), &member.doc, &member.claim, |c| {
        c.claimant = Claimant::Anonymous;
    })
    .expect("claim");
    ws.apply(Transaction::single(
        hashiya::model::Message::CLAIM_EDIT_CLAIMANT,
        edit,
    ))
    .expect("valid");
    ws
}

/// Everything of the project the page may quote as it is: names, notes, titles, links and the
/// text of every span (not its dates, which the page shows in the interface's calendar).
fn own_texts(ws: &Workspace) -> Vec<String> {
    let project = ws.project();
    let sources = Sources::of(ws);
    let mut own = vec![project.name.clone()];
    own.extend(project.outlets.values().map(|o| o.name.clone()));
    own.extend(project.entities.values().map(|e| e.name.clone()));
    for c in project.clusters.values() {
        own.extend([c.name.clone(), c.note.clone()]);
        own.extend(c.verdict.iter().map(|v| v.note.clone()));
    }
    for d in &project.documents {
        own.extend([d.title.clone(), d.path.clone(), d.url.clone()]);
    }
    for (doc, spans) in project.annotations.iter() {
        own.extend(spans.iter().filter_map(|s| sources.span_text(doc, s)));
    }
    own.retain(|t| !t.trim().is_empty());
    // The longest first, so that a name inside a longer text does not cut it in two.
    own.sort_by_key(|t| std::cmp::Reverse(t.chars().count()));
    own
}

/// What a reader of `page` sees or hears: its title, the text of its body (the timelines'
/// texts and the titles of their dots included) and the labels given to screen readers.
fn readable_text(page: &str) -> String {
    let dom = dom_query::Document::from(page);
    let mut text = dom.select("head title").text().to_string();
    text.push('\n');
    text.push_str(&dom.select("body").text());
    for labelled in &dom.select("[aria-label]") {
        text.push('\n');
        text.push_str(&attribute(&labelled, "aria-label"));
    }
    text
}

/// Fails unless xmllint reads `page` as well-formed XML.
fn assert_well_formed(page: &str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("report.html");
    std::fs::write(&path, page).expect("written");
    common::schemas::assert_well_formed(&path);
}

#[test]
fn the_report_in_arabic_has_no_english_outside_the_projects_own_text_and_reads_from_the_right() {
    let ws = report_sample();
    let page = page_in(
        &ws,
        Language::Arabic,
        Digits::ArabicIndic,
        Calendar::Gregorian,
    );
    assert_well_formed(&page);
    let dom = dom_query::Document::from(page.as_str());
    assert_eq!(attribute(&dom.select("html"), "lang"), "ar");
    assert_eq!(attribute(&dom.select("html"), "dir"), "rtl");

    // Once the project's own words are taken out, no Latin letter and no Latin digit is left.
    let mut text = readable_text(&page);
    for own in own_texts(&ws) {
        text = text.replace(&own, " ");
    }
    let english: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    assert!(english.is_empty(), "{english:?} in\n{text}");

    // Counts in their plural forms and Arabic-Indic digits, dates in Arabic months.
    let header = dom.select("header").text().to_string();
    assert!(header.contains("٦ مستندات"), "{header}");
    assert!(header.contains("مجموعتا ادعاءات"), "{header}");
    assert_eq!(
        dom.select("p.undated").text().to_string(),
        "ادعاء واحد بلا تاريخ، فليس على الخط الزمني."
    );
    let matrix = dom.select("table.matrix").text().to_string();
    assert!(matrix.contains("(أول مرة في ٢٧ أغسطس ٢٠٢٥)"), "{matrix}");
    assert!(matrix.contains("صامتة"), "{matrix}");
    assert!(dom.select("p.verdict").text().contains("خاطئ في معظمه"));
    assert!(page.contains("مصدر مجهول"), "the anonymous claimant");
    // A date shown in words keeps its day for machines.
    assert!(page.contains(r#"<time datetime="2025-08-30">٣٠ أغسطس ٢٠٢٥</time>"#));

    // The timeline runs from the right: the first appearance right of every later claim, the
    // outlets' names right of their lanes.
    let timeline = dom.select("section#cluster-00000000000000c1 svg.timeline");
    let x = |node: &dom_query::Selection<'_>, name: &str| -> f64 {
        attribute(node, name).parse().expect("a number")
    };
    let first = x(&timeline.select("circle.first"), "cx");
    let points = timeline.select("circle.point");
    assert!(points.length() >= 2);
    for point in &points {
        assert!(x(&point, "cx") <= first, "a claim right of the first");
    }
    let names = timeline.select("text:not(.axis)");
    assert_eq!(names.length(), 2, "a name per lane");
    for line in &timeline.select("line") {
        for name in &names {
            assert!(
                x(&name, "x") > x(&line, "x2"),
                "a name left of its lane's end"
            );
        }
    }
}

#[test]
fn the_report_in_arabic_shows_dates_in_the_chosen_calendar() {
    let ws = report_sample();
    let page = page_in(&ws, Language::Arabic, Digits::Latin, Calendar::Hijri);
    let dom = dom_query::Document::from(page.as_str());
    let axis = dom.select("svg.timeline text.axis").text().to_string();
    assert!(axis.contains("هـ"), "{axis}");
    assert!(!axis.contains("أغسطس"), "{axis}");
    assert!(
        dom.select("table.matrix").text().contains("1447"),
        "the Hijri year"
    );
}

#[test]
fn the_report_in_english_names_the_anonymous_source_and_is_well_formed() {
    let ws = report_sample();
    let page = page_in(&ws, Language::English, Digits::Latin, Calendar::Gregorian);
    assert_well_formed(&page);
    let dom = dom_query::Document::from(page.as_str());
    assert_eq!(attribute(&dom.select("html"), "dir"), "ltr");
    assert!(
        page.contains(r#"claimant: <span class="claimant" dir="ltr">an anonymous source</span>"#)
    );
    assert_eq!(
        dom.select("p.undated").text().to_string(),
        "1 claim without a date, not on the timeline."
    );
    // The JSON-LD is the same in every language.
    i18n::set_locale(Locale {
        language: Language::Arabic,
        digits: Digits::ArabicIndic,
    });
    let arabic = claims_jsonld::claims_jsonld(&Sources::of(&ws));
    i18n::set_locale(Locale::default());
    assert_eq!(arabic, claims_jsonld::claims_jsonld(&Sources::of(&ws)));
    assert!(arabic.to_string().contains("an anonymous source"));
}

#[test]
fn hashiya_report_follows_the_interfaces_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    report_sample().save_as(&path).expect("save");
    let out = dir.path().join("report.html");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .arg("report")
        .arg(&path)
        .arg("-o")
        .arg(&out)
        .env("HASHIYA_LANG", "ar")
        .output()
        .expect("runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let page = std::fs::read_to_string(&out).expect("written");
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(page.contains("<h2>الادعاءات × المصادر</h2>"));
}

/// `hashiya export --format <format> <project> -o <out> <more>`, run.
fn export_run(format: &str, project: &Path, out: &Path, more: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_hashiya"))
        .args(["export", "--format", format])
        .arg(project)
        .arg("-o")
        .arg(out)
        .args(more)
        .output()
        .expect("runs")
}

#[test]
fn export_writes_the_claims_as_json_ld_as_the_report_does() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    dated_sample().save_as(&path).expect("save");
    let out = dir.path().join("claims.jsonld");
    let run = export_run("claims-jsonld", &path, &out, &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("written")).expect("JSON");
    let ws = Workspace::open_project(&path).expect("open");
    assert_eq!(written, claims_jsonld::claims_jsonld(&Sources::of(&ws)));

    // Filters of annotation exports do not apply to whole clusters: refused, nothing written.
    let filtered = dir.path().join("filtered.jsonld");
    let run = export_run("claims-jsonld", &path, &filtered, &["--labels", "PER"]);
    assert!(!run.status.success());
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("do not apply"), "{said}");
    assert!(!filtered.exists());
    // An unknown format names this one among those it knows.
    let run = export_run("claims", &path, &filtered, &[]);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("claims-jsonld"));
}
