//! The App driven through `egui_kittest` on folders of articles: a folder in one folder per
//! outlet asks whether its folders are the outlets, and the Outlets window shows the spellings
//! of an outlet, splits one off with its articles and merges two outlets back.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use hashiya::ui::prefs::Prefs;
use hashiya::ui::{App, Command, Start};

fn write(path: &std::path::Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder");
    }
    std::fs::write(path, text).expect("write");
}

fn app_on(folder: std::path::PathBuf, data: std::path::PathBuf) -> Harness<'static, App> {
    let mut harness = Harness::builder()
        .with_size([1300.0, 900.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, Start::Path(folder), Prefs::default(), data)
                .expect("the bundled fonts load")
        });
    harness.run();
    harness
}

/// The outlet name of each document, in corpus order.
fn outlets(harness: &Harness<'_, App>) -> Vec<String> {
    let ws = harness.state().workspace().expect("the folder is open");
    let project = ws.project();
    project
        .documents
        .iter()
        .map(|d| project.outlet_name(&d.outlet).to_owned())
        .collect()
}

fn outlet_folders(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    write(&corpus.join("watan/1.txt"), "قال المتحدث إن الطريق مغلق.\n");
    write(&corpus.join("watan/2.txt"), "أعلنت البلدية موعد الافتتاح.\n");
    write(
        &corpus.join("عنب بلدي/3.txt"),
        "نفى المسؤول ما نشر عن الصفقة.\n",
    );
    corpus
}

#[test]
fn a_folder_of_outlet_folders_asks_and_yes_makes_the_folders_outlets() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = app_on(outlet_folders(dir.path()), dir.path().join("data"));
    assert_eq!(outlets(&harness), ["", "", ""]);
    harness.get_by_label("Yes, folders are outlets").click();
    harness.run();
    assert_eq!(outlets(&harness), ["watan", "watan", "عنب بلدي"]);
    assert!(harness.query_by_label("Yes, folders are outlets").is_none());
    harness.state_mut().push(Command::Undo);
    harness.run();
    assert_eq!(outlets(&harness), ["", "", ""], "one undoable step");
}

#[test]
fn no_leaves_the_outlets_unknown() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut harness = app_on(outlet_folders(dir.path()), dir.path().join("data"));
    harness.get_by_label("No").click();
    harness.run();
    assert_eq!(outlets(&harness), ["", "", ""]);
    assert!(harness.query_by_label("Yes, folders are outlets").is_none());
}

#[test]
fn an_outlet_under_two_spellings_is_split_and_merged_in_the_outlets_window() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let corpus = dir.path().join("corpus");
    write(
        &corpus.join("metadata.csv"),
        "file,source\na.txt,Al Jazeera\nb.txt,aljazeera.net\nc.txt,Al Jazeera\nd.txt,الوطن\n",
    );
    write(&corpus.join("a.txt"), "قال المتحدث إن الطريق مغلق.\n");
    write(&corpus.join("b.txt"), "أعلنت البلدية موعد الافتتاح.\n");
    write(&corpus.join("c.txt"), "نفى المسؤول ما نشر عن الصفقة.\n");
    write(&corpus.join("d.txt"), "وصلت القافلة إلى المدينة مساء.\n");
    let mut harness = app_on(corpus, dir.path().join("data"));
    assert!(
        harness.query_by_label("Yes, folders are outlets").is_none(),
        "no folders, no question"
    );
    assert_eq!(
        outlets(&harness),
        ["Al Jazeera", "Al Jazeera", "Al Jazeera", "الوطن"]
    );

    harness.state_mut().push(Command::ShowOutlets);
    harness.run();
    harness.get_by_label("Split off aljazeera.net").click();
    harness.run();
    assert_eq!(
        outlets(&harness),
        ["Al Jazeera", "aljazeera.net", "Al Jazeera", "الوطن"],
        "the document written so goes with its spelling"
    );
    assert!(harness.query_by_label("Split off aljazeera.net").is_none());

    harness.get_by_label("Merge aljazeera.net into…").click();
    harness.run();
    harness.get_by_label("Al Jazeera").click();
    harness.run();
    assert_eq!(
        outlets(&harness),
        ["Al Jazeera", "Al Jazeera", "Al Jazeera", "الوطن"]
    );
    harness.get_by_label("Split off aljazeera.net");
    let ws = harness.state().workspace().expect("the folder is open");
    assert_eq!(ws.project().outlets.len(), 2);
}

/// An outlet's accessible name for message `id` in this thread's language, without Fluent's
/// isolate marks (as the window names its fields and buttons).
fn said(id: &str, name: &str) -> String {
    hashiya::i18n::tr_args(id, &[("name", name.into())]).replace(['\u{2068}', '\u{2069}'], "")
}

/// A news agency's full name shows whole in its field, in either language and on a small
/// screen as on a large one, and the row's last button is still on the screen.
#[test]
fn a_long_outlet_name_shows_whole_and_the_outlets_window_stays_on_the_screen() {
    use hashiya::i18n::{Digits, Language};
    let names = ["Syrian Arab News Agency", "وكالة الأنباء العربية السورية"];
    for language in [Language::English, Language::Arabic] {
        for size in [[800.0, 600.0], [1024.0, 700.0], [1400.0, 1000.0]] {
            let dir = tempfile::tempdir().expect("temporary folder");
            let corpus = dir.path().join("corpus");
            let rows = format!("file,source\na.txt,{}\nb.txt,{}\n", names[0], names[1]);
            write(&corpus.join("metadata.csv"), &rows);
            write(&corpus.join("a.txt"), "قال المتحدث إن الطريق مغلق.\n");
            write(&corpus.join("b.txt"), "أعلنت البلدية موعد الافتتاح.\n");
            let data = dir.path().join("data");
            let prefs = Prefs {
                language: hashiya::ui::prefs::LanguageChoice::Chosen(language),
                welcome_dismissed: true,
                ..Prefs::default()
            };
            let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
                App::with_prefs(&cc.egui_ctx, Start::Path(corpus), prefs, data)
                    .expect("the bundled fonts load")
            });
            harness.run();
            hashiya::i18n::set_locale(hashiya::i18n::Locale {
                language,
                digits: Digits::Latin,
            });
            harness.state_mut().push(Command::ShowOutlets);
            harness.run();
            let font = egui::TextStyle::Body.resolve(&harness.ctx.global_style());
            for name in names {
                let text = harness.ctx.fonts_mut(|f| {
                    (f.layout_no_wrap(name.into(), font.clone(), egui::Color32::WHITE)
                        .size())
                    .x
                });
                let field = harness
                    .get_by_label(&said("outlets-name-field", name))
                    .rect();
                assert!(
                    field.width() > text,
                    "{language:?} {size:?}: {name} is {text} wide, its field {field:?}"
                );
                let remove = harness.get_by_label(&said("outlets-remove", name)).rect();
                assert!(
                    remove.min.x >= 0.0 && remove.max.x <= size[0],
                    "{language:?} {size:?}: the removal of {name} at {remove:?}"
                );
            }
        }
    }
}
