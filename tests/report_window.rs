//! The report from the window, driven through `egui_kittest`: a cluster's verdict set in the
//! claims × sources window is one undoable edit, and File ▸ Export report… writes the page,
//! asking before it replaces a file that is already there, in the window's language, digits and
//! calendar.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::i18n::{Calendar, Digits, Language};
use hashiya::model::{ClusterId, Rating};
use hashiya::report::ReportFormat;
use hashiya::ui::prefs::{LanguageChoice, Prefs};
use hashiya::ui::{App, Command, Start};

/// The bundled sample written under `dir` and opened, its own files under `dir` too.
fn sample(dir: &std::path::Path, prefs: Prefs) -> Harness<'static, App> {
    let path = hashiya::sample::write_project(&dir.join("sample")).expect("sample written");
    let data = dir.join("data");
    let mut harness = Harness::builder()
        .with_size([1300.0, 1000.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, Start::Path(path), prefs, data)
                .expect("the bundled fonts load")
        });
    harness.run();
    harness
}

/// The verdict of the sample's cluster «the 18 lorries crossed whole», if any.
fn verdict(harness: &Harness<'_, App>) -> Option<(Rating, String)> {
    let ws = harness.state().workspace().expect("open");
    let cluster = ws
        .project()
        .cluster(&ClusterId::from_u64(0x5a11_c100_0000_0001))
        .expect("cluster");
    cluster.verdict.as_ref().map(|v| (v.rating, v.note.clone()))
}

#[test]
fn a_verdict_is_chosen_in_the_matrix_noted_and_undone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = sample(dir.path(), Prefs::default());
    harness.state_mut().push(Command::ShowClaimMatrix);
    harness.run();
    let name = hashiya::ui::widgets::bidi::shown("الشاحنات الـ18 عبرت كاملة");
    harness.get_by_label(&name).click();
    harness.run();
    assert_eq!(verdict(&harness), None);
    assert!(
        harness.query_by_label("verdict note").is_none(),
        "no note before a rating"
    );

    harness.get_by_label("verdict").click();
    harness.run();
    harness.get_by_label("Mostly false").click();
    harness.run();
    harness.run();
    assert_eq!(
        verdict(&harness),
        Some((Rating::MostlyFalse, String::new()))
    );

    harness.get_by_label("verdict note").click();
    harness.run();
    harness
        .get_by_label("verdict note")
        .type_text("الصور تظهر تسع شاحنات فقط");
    harness.run();
    // The note is committed when the field is left.
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.run();
    assert_eq!(
        verdict(&harness),
        Some((Rating::MostlyFalse, "الصور تظهر تسع شاحنات فقط".to_owned()))
    );

    // Each change is one step back.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        verdict(&harness),
        Some((Rating::MostlyFalse, String::new()))
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(verdict(&harness), None);
    assert!(
        harness
            .state()
            .workspace()
            .expect("open")
            .history()
            .can_redo()
    );
}

#[test]
fn export_report_writes_the_page_and_asks_before_replacing_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = sample(dir.path(), Prefs::default());
    let page = dir.path().join("report.html");
    harness.state_mut().push(Command::ExportReport {
        format: ReportFormat::Html,
        path: page.clone(),
        replace: false,
    });
    harness.run();
    let written = std::fs::read_to_string(&page).expect("the page is written");
    assert!(written.starts_with("<!DOCTYPE html>"));
    assert!(harness.state().status().starts_with("Wrote the report"));

    // Over a file already there: nothing is written until the analyst agrees.
    std::fs::write(&page, "an earlier page").expect("write");
    harness.state_mut().push(Command::ExportReport {
        format: ReportFormat::Html,
        path: page.clone(),
        replace: false,
    });
    harness.run();
    assert_eq!(
        std::fs::read_to_string(&page).expect("read"),
        "an earlier page"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    harness.run();
    assert!(harness.query_by_label("Replace it").is_none());
    assert_eq!(
        std::fs::read_to_string(&page).expect("read"),
        "an earlier page"
    );

    harness.state_mut().push(Command::ExportReport {
        format: ReportFormat::Html,
        path: page.clone(),
        replace: false,
    });
    harness.run();
    harness.get_by_label("Replace it").click();
    harness.run();
    harness.run();
    assert!(
        std::fs::read_to_string(&page)
            .expect("read")
            .starts_with("<!DOCTYPE html>")
    );
    assert!(harness.query_by_label("Replace it").is_none());

    // The project's own file is refused, and said so.
    let project = harness
        .state()
        .workspace()
        .and_then(|ws| ws.project_path().map(std::path::Path::to_path_buf))
        .expect("a project file");
    harness.state_mut().push(Command::ExportReport {
        format: ReportFormat::Html,
        path: project,
        replace: true,
    });
    harness.run();
    let problem = harness.state().error().expect("a problem is shown");
    assert!(problem.contains("project file"), "{problem}");
}

#[test]
fn file_menu_asks_where_to_write_the_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let prefs = Prefs {
        builtin_file_dialog: true,
        ..Prefs::default()
    };
    let mut harness = sample(dir.path(), prefs);
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "File")
        .click();
    harness.run();
    harness.get_by_label("Export report…").click();
    harness.run();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Export the report (HTML page)")
            .is_some()
    );
}

#[test]
fn the_report_written_from_the_window_is_in_its_language_digits_and_calendar() {
    let dir = tempfile::tempdir().expect("temp dir");
    let prefs = Prefs {
        language: LanguageChoice::Chosen(Language::Arabic),
        digits: Digits::ArabicIndic,
        calendar: Calendar::Hijri,
        ..Prefs::default()
    };
    let mut harness = sample(dir.path(), prefs);
    let page = dir.path().join("report.html");
    harness.state_mut().push(Command::ExportReport {
        format: ReportFormat::Html,
        path: page.clone(),
        replace: false,
    });
    harness.run();
    let written = std::fs::read_to_string(&page).expect("the page is written");
    assert!(written.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(written.contains("<h2>الادعاءات × المصادر</h2>"));
    let dom = dom_query::Document::from(written.as_str());
    let header = dom.select("header p").text().to_string();
    assert!(!header.chars().any(|c| c.is_ascii_digit()), "{header}");
    // The sample's articles are dated: in the Hijri calendar, in Arabic-Indic digits.
    let dates = dom.select("section#corpus time").text().to_string();
    assert!(dates.contains("هـ"), "{dates}");
    assert!(dates.contains("١٤٤"), "{dates}");
}
