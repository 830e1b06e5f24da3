//! The interface's language, driven through `egui_kittest`.
//!
//! `every_migrated_string_comes_from_the_catalogue` renders the window in the pseudo-locale,
//! where every catalogue message is wrapped in `[[…]]`, and fails on any visible text of the
//! parts checked that is neither marked nor in the allow-list of what is not interface text.
//! While the move of strings into the catalogue is under way, it checks the parts already
//! moved: the menu bar and every menu it opens, the folded side panels' strips and the
//! first-run window ("Getting started"). Each window moved next is added to
//! [`MIGRATED_WINDOWS`]; once all are, the test walks the whole tree.

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use hashiya::i18n::{Digits, Language, PSEUDO_CLOSE, PSEUDO_OPEN};
use hashiya::ui::layout::Side;
use hashiya::ui::prefs::{LanguageChoice, Prefs};
use hashiya::ui::{App, Start};

/// The catalogue messages of the windows whose contents are checked whole (their titles).
/// Those open from the start are checked by `every_migrated_string_comes_from_the_catalogue`;
/// the views' windows are opened one by one by `the_views_windows_come_from_the_catalogue`.
const MIGRATED_WINDOWS: &[&str] = &[
    "welcome-title",
    "matrix-title",
    "entities-title",
    "outlets-title",
    "sources-title",
];

fn app(language: Language, size: [f32; 2]) -> Harness<'static, App> {
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let prefs = Prefs {
        language: LanguageChoice::Chosen(language),
        ..Prefs::default()
    };
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        App::with_prefs(&cc.egui_ctx, Start::SampleCorpus, prefs, data_dir)
            .expect("the bundled fonts load")
    });
    harness.run();
    harness
}

/// What egui names its own widgets for screen readers (never drawn as text); also its windows'
/// edges, "Resize window …".
const EGUI_OWN: &[&str] = &["Close window", "Hide", "Show"];

/// Text that is not the interface's own and so is not in the catalogue: names of languages
/// (each in itself), of the bundled faces, text made only of digits, punctuation and symbols
/// (counts, shortcuts' symbols, arrows), and [`EGUI_OWN`].
fn allowed(text: &str) -> bool {
    let proper_names = Language::OFFERED
        .iter()
        .map(|l| l.native_name().to_owned())
        .chain(
            hashiya::text::fonts::ARABIC_FACES
                .iter()
                .map(|f| f.display_name().to_owned()),
        );
    text.trim().is_empty()
        || !text.chars().any(char::is_alphabetic)
        || proper_names.into_iter().any(|name| name == text.trim())
        || EGUI_OWN.contains(&text.trim())
        || text.starts_with("Resize window ")
}

/// The text of a node: its label and value as accesskit has them. A wrapped label's rows
/// (text runs) are left out: the label itself carries its whole text.
fn texts(node: &egui_kittest::Node<'_>) -> Vec<String> {
    let ak = node.accesskit_node();
    if ak.role() == egui::accesskit::Role::TextRun {
        return Vec::new();
    }
    ak.label().into_iter().chain(ak.value()).collect()
}

/// Marked as a whole, or a marked menu entry followed by its shortcut (`[[Save project]]
/// Ctrl+S`: shortcuts stay the same keys in every language).
fn is_marked(text: &str) -> bool {
    let t = text.trim();
    if !t.starts_with(PSEUDO_OPEN) {
        return false;
    }
    match t.rfind(PSEUDO_CLOSE) {
        Some(end) => {
            let rest = t[end + PSEUDO_CLOSE.len()..].trim();
            rest.is_empty() || !rest.contains(' ')
        }
        None => false,
    }
}

/// Every text of the tree now showing, as a sorted list.
fn all_texts(harness: &Harness<'_, App>) -> Vec<String> {
    let mut out: Vec<String> = harness
        .root()
        .children_recursive()
        .filter(|n| !n.accesskit_node().is_hidden())
        .flat_map(|n| texts(&n))
        .collect();
    out.sort();
    out
}

fn unmarked(found: impl IntoIterator<Item = String>, context: &str, report: &mut Vec<String>) {
    for text in found {
        if !is_marked(&text) && !allowed(&text) {
            report.push(format!("{context}: {text:?}"));
        }
    }
}

#[test]
fn every_migrated_string_comes_from_the_catalogue() {
    let mut harness = app(Language::Pseudo, [1200.0, 860.0]);
    let mut report = Vec::new();

    // The first-run window, whole.
    hashiya::i18n::set_locale(hashiya::i18n::Locale {
        language: Language::Pseudo,
        digits: Digits::Latin,
    });
    for id in MIGRATED_WINDOWS {
        let title = hashiya::i18n::tr(id);
        let Some(window) = harness.query_by_label(&title) else {
            continue;
        };
        unmarked(
            window.children_recursive().flat_map(|n| texts(&n)),
            id,
            &mut report,
        );
    }

    // The menu bar, and each menu as it opens: what appears on opening is the menu's.
    let menus = [
        "menu-file",
        "menu-labels",
        "menu-views",
        "menu-suggestions",
        "menu-team",
        "menu-view",
    ];
    for id in menus {
        let title = hashiya::i18n::tr(id);
        let before = all_texts(&harness);
        harness.get_by_label(&title).click();
        harness.run();
        let after = all_texts(&harness);
        let opened: Vec<String> = after.into_iter().filter(|t| !before.contains(t)).collect();
        assert!(!opened.is_empty(), "{id} opens a menu");
        unmarked(opened, id, &mut report);
        unmarked([title.clone()], "menu bar", &mut report);
        // Clicking the menu's button again closes it.
        harness.get_by_label(&title).click();
        harness.run();
    }
    // View ▸ Language and View ▸ Theme: submenus.
    for submenu in ["menu-language", "menu-theme"] {
        harness
            .get_by_label(&hashiya::i18n::tr("menu-view"))
            .click();
        harness.run();
        let before = all_texts(&harness);
        harness.get_by_label(&hashiya::i18n::tr(submenu)).hover();
        harness.run();
        let opened: Vec<String> = all_texts(&harness)
            .into_iter()
            .filter(|t| !before.contains(t))
            .collect();
        assert!(!opened.is_empty(), "{submenu} opens");
        unmarked(opened, submenu, &mut report);
        harness
            .get_by_label(&hashiya::i18n::tr("menu-view"))
            .click();
        harness.run();
    }

    // The side panels folded to their strips.
    for side in [Side::Corpus, Side::Inspector] {
        harness.state_mut().push(side.command());
    }
    harness.run();
    for message in ["panel-show-documents", "panel-show-inspector"] {
        let label = hashiya::i18n::tr(message);
        assert!(
            harness.query_by_label(&label).is_some(),
            "the strip's button is named {label}"
        );
    }

    assert!(
        report.is_empty(),
        "text shown that is not from the catalogue:\n{}",
        report.join("\n")
    );
}

/// The check above can fail: a string left out of the catalogue shows unmarked.
#[test]
fn an_unmarked_string_is_caught() {
    let mut report = Vec::new();
    unmarked(
        [
            "[[File]]".to_owned(),
            "[[Quit]] Ctrl+Q".to_owned(),
            "Quit".to_owned(),
            "12".to_owned(),
            "[[Quit]] and more".to_owned(),
        ],
        "test",
        &mut report,
    );
    assert_eq!(
        report,
        vec![
            "test: \"Quit\"".to_owned(),
            "test: \"[[Quit]] and more\"".to_owned()
        ]
    );
}

/// In Arabic the interface mirrors: the document list stands on the right of the article and
/// the inspector on its left, and the menu bar starts from the right (File rightmost).
#[test]
fn arabic_mirrors_the_window() {
    let mut harness = app(Language::Arabic, [1400.0, 1000.0]);
    hashiya::i18n::set_locale(hashiya::i18n::Locale {
        language: Language::Arabic,
        digits: Digits::Latin,
    });
    let file = harness.get_by_label("ملف").rect();
    let view = harness.get_by_label("عرض").rect();
    assert!(file.min.x > view.max.x, "File is the rightmost menu");
    let article = harness.state().article_origin().expect("the article shows");
    harness.state_mut().push(Side::Corpus.command());
    harness.run();
    let strip = harness.get_by_label("إظهار المستندات").rect();
    assert!(
        strip.min.x > article.x,
        "the folded document list is on the right"
    );
    // Switching back to English takes effect at once, without a restart.
    harness
        .state_mut()
        .push(hashiya::ui::commands::Command::SetLanguage(
            LanguageChoice::Chosen(Language::English),
        ));
    harness.run();
    harness.run();
    let strip = harness.get_by_label("Show the documents").rect();
    assert!(strip.max.x < 100.0, "back on the left");
    assert!(harness.query_all_by_label("File").next().is_some());
}

/// The main window in Arabic, mirrored, with the first-run panel over the sample.
#[test]
fn snapshot_of_the_main_window_in_arabic() {
    let mut harness = app(Language::Arabic, [1400.0, 1000.0]);
    harness.run();
    harness.snapshot("main_window_arabic");
}

/// The App on the sample with `prefs` (which choose a language), this thread using their
/// language and digits.
fn app_with(prefs: Prefs, size: [f32; 2]) -> Harness<'static, App> {
    let locale = hashiya::i18n::Locale {
        language: prefs.language.resolve(Language::English),
        digits: prefs.digits,
    };
    let data_dir = tempfile::tempdir().expect("temp dir").keep();
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| {
        App::with_prefs(&cc.egui_ctx, Start::SampleCorpus, prefs, data_dir)
            .expect("the bundled fonts load")
    });
    harness.run();
    hashiya::i18n::set_locale(locale);
    harness
}

/// The words of a text, without punctuation or direction marks.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| {
        c.is_whitespace()
            || c.is_numeric()
            || c.is_ascii_punctuation()
            || "،؛…·«»—–\u{200e}\u{200f}\u{2066}\u{2067}\u{2068}\u{2069}".contains(c)
    })
    .filter(|w| w.chars().any(char::is_alphabetic))
}

/// Every word of the project's own text (names, aliases, notes, quotes, titles, paths, label
/// names): a window shows them as they are, in no language of the interface.
fn project_words(harness: &Harness<'_, App>) -> std::collections::BTreeSet<String> {
    let ws = harness.state().workspace().expect("the sample");
    let p = ws.project();
    let mut texts: Vec<&str> = Vec::new();
    for o in p.outlets.values() {
        texts.extend([o.name.as_str(), o.affiliation.as_str()]);
        texts.extend(o.aliases.iter().map(String::as_str));
    }
    for e in p.entities.values() {
        texts.extend([e.name.as_str(), e.note.as_str()]);
        texts.extend(e.aliases.iter().map(String::as_str));
    }
    for c in p.clusters.values() {
        texts.extend([c.name.as_str(), c.note.as_str()]);
        texts.extend(c.verdict.iter().map(|v| v.note.as_str()));
    }
    texts.extend(p.schema.labels.iter().map(|l| l.name.as_str()));
    for d in &p.documents {
        texts.extend([d.path.as_str(), d.title.as_str()]);
    }
    texts.extend(p.annotations.all_spans().map(|(_, s)| s.quote.as_str()));
    texts
        .into_iter()
        .flat_map(words)
        .map(str::to_owned)
        .collect()
}

/// Window `title` (a message ID) of `harness`: every text in it, and its title, is the
/// catalogue's or the project's own.
fn window_unmarked(harness: &Harness<'_, App>, title: &str, report: &mut Vec<String>) {
    let label = hashiya::i18n::tr(title);
    let window = harness.get_by_label(&label);
    let found: Vec<String> = window
        .children_recursive()
        .flat_map(|n| texts(&n))
        .collect();
    assert!(found.len() > 2, "{title} shows its contents: {found:?}");
    let project = project_words(harness);
    let interface = found
        .into_iter()
        .filter(|t| !words(t).all(|w| project.contains(w)));
    unmarked(interface, title, report);
    unmarked([label], title, report);
}

/// [`window_unmarked`] for a view's window, which [`MIGRATED_WINDOWS`] lists.
fn view_unmarked(harness: &Harness<'_, App>, title: &str, report: &mut Vec<String>) {
    assert!(MIGRATED_WINDOWS.contains(&title), "{title} is listed");
    window_unmarked(harness, title, report);
}

/// The views' windows, each opened on the annotated sample in the pseudo-locale, with what
/// their clicks open: every text in them comes from the catalogue (or is the project's).
#[test]
fn the_views_windows_come_from_the_catalogue() {
    use hashiya::ui::commands::Command;
    let prefs = Prefs {
        language: LanguageChoice::Chosen(Language::Pseudo),
        ..Prefs::default()
    };
    let mut harness = app_with(prefs, [1400.0, 1000.0]);
    let mut report = Vec::new();

    // Claims × sources, with a cluster focused (its form) and a cell's tooltip.
    harness.state_mut().push(Command::ShowClaimMatrix);
    harness.run();
    let first_cluster = {
        let ws = harness.state().workspace().expect("the sample");
        let mut names: Vec<String> = ws
            .project()
            .clusters
            .values()
            .map(|c| c.name.clone())
            .collect();
        names.sort();
        names.remove(0)
    };
    harness
        .get_by_label(&hashiya::ui::widgets::bidi::shown(&first_cluster))
        .click();
    harness.run();
    view_unmarked(&harness, "matrix-title", &mut report);
    harness.state_mut().push(Command::ShowClaimMatrix);

    // Entities, with the most mentioned one focused (its form and mentions).
    harness.state_mut().push(Command::ShowEntities);
    harness.run();
    let entity = {
        let ws = harness.state().workspace().expect("the sample");
        let outlets = hashiya::ui::panels::entities::outlet_columns(ws.project());
        hashiya::ui::panels::entities::entity_rows(ws.project(), &outlets, "", Default::default())
            .remove(0)
            .name
    };
    harness
        .get_by_label(&hashiya::ui::widgets::bidi::shown(&entity))
        .click();
    harness.run();
    view_unmarked(&harness, "entities-title", &mut report);
    harness.state_mut().push(Command::ShowEntities);

    // Outlets; Sources with its table and charts.
    for (command, title) in [
        (Command::ShowOutlets, "outlets-title"),
        (Command::ShowSources, "sources-title"),
    ] {
        harness.state_mut().push(command);
        harness.run();
        view_unmarked(&harness, title, &mut report);
    }

    assert!(
        report.is_empty(),
        "text shown that is not from the catalogue:\n{}",
        report.join("\n")
    );
}

/// The claims × sources matrix in Arabic, mirrored: the cluster column on the right, the
/// outlets running leftwards from it, days in Arabic-Indic digits, a cluster's form below.
#[test]
fn snapshot_of_the_matrix_in_arabic() {
    use hashiya::ui::commands::Command;
    // Arabic-Indic digits, the first-run panel already read.
    let prefs = Prefs {
        language: LanguageChoice::Chosen(Language::Arabic),
        digits: Digits::ArabicIndic,
        welcome_dismissed: true,
        ..Prefs::default()
    };
    let mut harness = app_with(prefs, [1400.0, 1000.0]);
    harness.state_mut().push(Command::ShowClaimMatrix);
    harness.run();
    let (first, outlets) = {
        let ws = harness.state().workspace().expect("the sample");
        let matrix = hashiya::model::claim_matrix(ws.project());
        let names = hashiya::ui::panels::matrix::row_names(ws.project(), &matrix);
        let outlets: Vec<String> = matrix
            .outlets
            .iter()
            .map(|o| ws.project().outlet_name(o).to_owned())
            .collect();
        (names[0].clone(), outlets)
    };
    let shown = hashiya::ui::widgets::bidi::shown;
    harness.get_by_label(&shown(&first)).click();
    harness.run();
    let title = hashiya::ui::widgets::bidi::tr("matrix-title");
    let window = harness.get_by_label(&title);
    let cluster = window
        .get_by_label(&hashiya::ui::widgets::bidi::tr("matrix-cluster"))
        .rect();
    let heading = |name: &str| {
        // The heading: the topmost text naming the outlet (its cells name it too).
        window
            .query_all_by_label_contains(&shown(name))
            .map(|n| n.rect())
            .min_by(|a, b| a.min.y.total_cmp(&b.min.y))
            .unwrap_or_else(|| panic!("a column headed {name}"))
    };
    let (one, two) = (heading(&outlets[0]), heading(&outlets[1]));
    assert!(cluster.min.x > one.max.x, "the cluster column is rightmost");
    assert!(one.min.x > two.max.x, "the outlets run leftwards");
    harness.snapshot("matrix_arabic");
}
