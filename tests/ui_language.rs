//! The interface's language, driven through `egui_kittest`.
//!
//! `every_window_shows_only_catalogue_text` renders the App in the pseudo-locale, where every
//! catalogue message is wrapped in `[[…]]`, opens each window the App can show
//! ([`WindowKind::ALL`], the list `src/ui` checks its windows against) and fails on any text of
//! the whole window that is neither marked nor the project's own (read from the project itself),
//! and on any tooltip of its widgets or item of its combo boxes (each widget hovered, each box
//! opened); `every_menu_and_tooltip_shows_only_catalogue_text` does the same for every menu and
//! submenu of the menu bar, the main window's tooltips and boxes (with a claim selected too), a
//! document category's menu and the menu a right click on a span opens.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use hashiya::i18n::{Digits, Language, PSEUDO_CLOSE, PSEUDO_OPEN};
use hashiya::ui::layout::Side;
use hashiya::ui::prefs::{LanguageChoice, Prefs};
use hashiya::ui::{App, Start};

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
/// edges, "Resize window …", and the side panels' edges.
const EGUI_OWN: &[&str] = &["Close window", "Hide", "Show", "Resize panel"];

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

/// Whether `word` is one of the project's words, or the start of one (a quote cut short).
fn is_project_word(project: &std::collections::BTreeSet<String>, word: &str) -> bool {
    project
        .range(word.to_owned()..)
        .next()
        .is_some_and(|p| p.starts_with(word))
}

/// Window `title` (a message ID) of `harness`: every text in it, and its title, is the
/// catalogue's or the project's own.
fn window_unmarked(harness: &Harness<'_, App>, title: &str, report: &mut Vec<String>) {
    let label = hashiya::i18n::tr(title);
    let window = harness.get_by_role_and_label(egui::accesskit::Role::Window, &label);
    let found: Vec<String> = window
        .children_recursive()
        .flat_map(|n| texts(&n))
        .collect();
    assert!(found.len() > 2, "{title} shows its contents: {found:?}");
    let project = project_words(harness);
    let interface = found
        .into_iter()
        .filter(|t| !words(t).all(|w| is_project_word(&project, w)));
    unmarked(interface, title, report);
    unmarked([label], title, report);
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
    window_unmarked(&harness, "matrix-title", &mut report);
    harness.state_mut().push(Command::ShowClaimMatrix);

    // Entities, with the most mentioned one focused (its form and mentions).
    harness.state_mut().push(Command::ShowEntities);
    harness.run();
    let entity = first_entity(&harness);
    harness
        .get_by_label(&hashiya::ui::widgets::bidi::shown(&entity))
        .click();
    harness.run();
    window_unmarked(&harness, "entities-title", &mut report);
    harness.state_mut().push(Command::ShowEntities);

    // Outlets; Sources with its table and charts.
    for (command, title) in [
        (Command::ShowOutlets, "outlets-title"),
        (Command::ShowSources, "sources-title"),
        (Command::ShowTimeline(None), "timeline-title"),
    ] {
        harness.state_mut().push(command);
        harness.run();
        window_unmarked(&harness, title, &mut report);
    }

    // Search, with the hits for a word of the sample.
    harness.state_mut().push(Command::ShowSearch);
    harness.run();
    harness
        .get_by_label(&hashiya::i18n::tr("search-field"))
        .type_text("الزيزفون");
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    window_unmarked(&harness, "search-title", &mut report);

    // Suggestions, on the document shown.
    harness.state_mut().push(Command::ShowSuggestions);
    harness.run();
    window_unmarked(&harness, "suggestions-title", &mut report);

    // Review spans.
    harness.state_mut().push(Command::ShowReview);
    harness.run();
    window_unmarked(&harness, "review-title", &mut report);

    // Export, with a button per format and per report.
    harness.state_mut().push(Command::ShowExport);
    harness.run();
    window_unmarked(&harness, "export-title", &mut report);

    // Team ▸ Your name (its field holds the name spans are stamped with, the analyst's own).
    harness.state_mut().push(Command::ShowAnnotatorName);
    harness.run();
    let name = {
        let ws = harness.state().workspace().expect("the sample");
        ws.annotator().unwrap_or_default().to_owned()
    };
    let mut found = Vec::new();
    window_unmarked(&harness, "annotator-title", &mut found);
    report.extend(
        found
            .into_iter()
            .filter(|line| *line != format!("annotator-title: {name:?}")),
    );

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
    // The side panels folded: the window over the article alone.
    for side in [Side::Corpus, Side::Inspector] {
        harness.state_mut().push(side.command());
    }
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

/// [`app`], with this thread's messages in `language` too (for the test's own lookups).
fn app_in(language: Language, size: [f32; 2]) -> Harness<'static, App> {
    let harness = app(language, size);
    hashiya::i18n::set_locale(hashiya::i18n::Locale {
        language,
        digits: Digits::Latin,
    });
    harness
}

/// [`project_words`] and the rest of the project's own text the inspector, the header and the
/// document list show: the project's name, document categories and values, documents' metadata,
/// spans' notes, attributes and who made them.
fn own_words(harness: &Harness<'_, App>) -> std::collections::BTreeSet<String> {
    let mut own = project_words(harness);
    let ws = harness.state().workspace().expect("the sample");
    let p = ws.project();
    let mut texts: Vec<&str> = vec![p.name.as_str()];
    for c in &p.schema.document_categories {
        texts.push(c.name.as_str());
        texts.extend(c.values.iter().map(|v| v.name.as_str()));
    }
    for d in &p.documents {
        texts.extend([
            d.author.as_str(),
            d.url.as_str(),
            d.language.as_str(),
            d.encoding.as_str(),
            d.outlet_text.as_str(),
        ]);
    }
    for (_, s) in p.annotations.all_spans() {
        texts.extend([s.note.as_str(), s.stamp.annotator.as_str()]);
        texts.extend(
            s.attributes
                .iter()
                .flat_map(|(k, v)| [k.as_str(), v.as_str()]),
        );
    }
    own.extend(texts.into_iter().flat_map(words).map(str::to_owned));
    own
}

/// Texts of the whole window not made only of the project's own words.
fn interface_texts(harness: &Harness<'_, App>) -> Vec<String> {
    let own = own_words(harness);
    all_texts(harness)
        .into_iter()
        .filter(|t| !words(t).all(|w| own.contains(w)))
        .collect()
}

/// The first claim of the sample's first document with a cue, a claimant span and a cluster:
/// (document, its content span, its claimant span).
fn a_full_claim(
    harness: &Harness<'_, App>,
) -> (
    hashiya::model::DocId,
    hashiya::model::SpanId,
    hashiya::model::SpanId,
) {
    use hashiya::model::Claimant;
    let ws = harness.state().workspace().expect("the sample");
    let p = ws.project();
    let doc = p.documents[0].id.clone();
    let claim = p
        .annotations
        .claims(&doc)
        .iter()
        .find(|c| {
            c.cue.is_some()
                && matches!(c.claimant, Claimant::Mention(_))
                && p.clusters.values().any(|k| k.member(&doc, &c.id).is_some())
        })
        .expect("the sample has a claim with cue, claimant and cluster");
    let Claimant::Mention(claimant) = &claim.claimant else {
        unreachable!("found as a mention")
    };
    (doc, claim.content.clone(), claimant.clone())
}

/// The inspector (the labels; a claim's content with its frame; its claimant, a mention), the
/// article's header and the document list, in the pseudo-locale: every text of the window is
/// the catalogue's or the project's own.
#[test]
fn the_inspector_header_and_document_list_come_from_the_catalogue() {
    use hashiya::ui::commands::Command;
    let mut harness = app_in(Language::Pseudo, [1400.0, 1000.0]);
    let tr = hashiya::i18n::tr;
    // The first-run panel settles where it stands, then is closed.
    for _ in 0..3 {
        harness.run();
    }
    harness.get_by_label(&tr("welcome-got-it")).click();
    harness.run();
    assert!(
        harness.query_by_label(&tr("welcome-title")).is_none(),
        "the first-run panel is closed"
    );
    let mut report = Vec::new();
    let shows = |harness: &Harness<'_, App>, ids: &[&str]| {
        let all = all_texts(harness);
        for id in ids {
            assert!(all.contains(&tr(id)), "{id} shows: {all:?}");
        }
    };

    // Nothing selected: the labels and their keys.
    shows(
        &harness,
        &["inspector-labels", "header-outlet", "header-file"],
    );
    unmarked(interface_texts(&harness), "labels", &mut report);

    // Every document ticked: the list's change for all of them.
    let count = harness
        .state()
        .workspace()
        .expect("the sample")
        .project()
        .documents
        .len();
    harness
        .get_by_label(&hashiya::ui::widgets::bidi::tr_args(
            "corpus-select-all",
            &[("count", count.into())],
        ))
        .click();
    harness.run();
    shows(&harness, &["corpus-bulk-outlet"]);
    unmarked(interface_texts(&harness), "ticked documents", &mut report);

    // A claim's content: the span, its entity section, the claim's frame and clusters.
    let (doc, content, claimant) = a_full_claim(&harness);
    harness
        .state_mut()
        .push(Command::JumpToSpan(doc.clone(), content));
    harness.run();
    harness.run();
    shows(
        &harness,
        &[
            "inspector-span",
            "claim-heading",
            "claim-polarity",
            "claim-clusters",
            "claim-add-to-cluster",
            "inspector-entity",
        ],
    );
    unmarked(interface_texts(&harness), "claim", &mut report);

    // Its claimant: a mention, with its role in the claim.
    harness.state_mut().push(Command::JumpToSpan(doc, claimant));
    harness.run();
    harness.run();
    let mention = interface_texts(&harness);
    assert!(
        mention.iter().any(|t| t.starts_with("[[role: ")),
        "the claimant's role shows: {mention:?}"
    );
    unmarked(mention, "claimant", &mut report);

    assert!(
        report.is_empty(),
        "text shown that is not from the catalogue:\n{}",
        report.join("\n")
    );
}

/// The claim inspector in Arabic, mirrored: the inspector on the left of the article, its
/// captions on the right of their fields, its rows from the right.
#[test]
fn snapshot_of_the_claim_inspector_in_arabic() {
    use hashiya::ui::commands::Command;
    let mut harness = app_in(Language::Arabic, [1024.0, 700.0]);
    harness
        .get_by_label(&hashiya::i18n::tr("welcome-got-it"))
        .click();
    harness.run();
    let (doc, content, _) = a_full_claim(&harness);
    harness.state_mut().push(Command::JumpToSpan(doc, content));
    harness.run();
    harness.run();
    let article = harness.state().article_origin().expect("the article shows");
    let polarity = harness
        .get_by_label(&hashiya::i18n::tr("claim-polarity"))
        .rect();
    let asserts = harness
        .get_by_label(&hashiya::i18n::tr("claim-polarity-asserts"))
        .rect();
    assert!(polarity.max.x < article.x, "the inspector is on the left");
    assert!(
        polarity.min.x > asserts.max.x,
        "the caption stands on the right of its choices: {polarity:?} {asserts:?}"
    );
    harness.snapshot("claim_inspector_arabic");
}

/// The bundled sample names its labels, relation types and document categories in the
/// interface's language, with the same IDs; switching the language renames them at once.
#[test]
fn the_sample_schema_is_named_in_the_interface_language() {
    let mut harness = app(Language::Arabic, [1024.0, 700.0]);
    let names = |harness: &Harness<'_, App>| {
        let schema = &harness
            .state()
            .workspace()
            .expect("the sample")
            .project()
            .schema;
        let label = |id: &str| {
            schema
                .labels
                .iter()
                .find(|l| l.id.0 == id)
                .map(|l| l.name.clone())
        };
        (
            label("PER"),
            label("CLAIM"),
            schema.relation_types.first().map(|t| t.name.clone()),
            schema.document_categories.first().map(|c| c.name.clone()),
        )
    };
    let (person, claim, relation, category) = names(&harness);
    assert_eq!(person.as_deref(), Some("شخص"));
    assert_eq!(claim.as_deref(), Some("ادعاء"));
    assert_eq!(relation.as_deref(), Some("يؤيد"));
    assert_eq!(category.as_deref(), Some("النوع"));
    assert!(
        harness.query_by_label_contains("شخص").is_some(),
        "the labels panel shows the Arabic name"
    );
    let ws = harness.state().workspace().expect("the sample");
    assert!(!ws.is_dirty(), "naming is not an edit");

    harness
        .state_mut()
        .push(hashiya::ui::commands::Command::SetLanguage(
            LanguageChoice::Chosen(Language::English),
        ));
    harness.run();
    let (person, claim, relation, category) = names(&harness);
    assert_eq!(person.as_deref(), Some("Person"));
    assert_eq!(claim.as_deref(), Some("Claim"));
    assert_eq!(relation.as_deref(), Some("Supports"));
    assert_eq!(category.as_deref(), Some("Genre"));
}

/// The app in `language` with the built-in file dialog, on a folder `corpus` of one article in
/// a new temporary folder (kept with the harness).
fn app_on_corpus(language: Language) -> (tempfile::TempDir, Harness<'static, App>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus folder");
    std::fs::write(
        corpus.join("a.txt"),
        "أعلنت البلدية أن الجسر الجديد يُفتح للسيارات مطلع الشهر المقبل.\n",
    )
    .expect("write");
    let harness = app_at(language, dir.path(), Start::Path(corpus));
    (dir, harness)
}

/// The app in `language` with the built-in file dialog on `start`, its preferences and
/// journals under `dir`.
fn app_at(language: Language, dir: &Path, start: Start) -> Harness<'static, App> {
    let data_dir = dir.join("data");
    let prefs = Prefs {
        language: LanguageChoice::Chosen(language),
        builtin_file_dialog: true,
        welcome_dismissed: true,
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1100.0, 760.0])
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, start, prefs, data_dir).expect("the bundled fonts load")
        });
    harness.run();
    hashiya::i18n::set_locale(hashiya::i18n::Locale {
        language,
        digits: Digits::Latin,
    });
    harness
}

/// Labels the first word of the open article: the project then has unsaved work.
fn label_a_word(harness: &mut Harness<'_, App>) {
    label_start(harness, 5);
}

/// Labels the first `end` chars of the first document, described as the window describes a
/// label given: the project then has unsaved work.
fn label_start(harness: &mut Harness<'_, App>, end: usize) {
    use hashiya::model::{Edit, LabelId, Message, Transaction};
    let ws = harness.state().workspace().expect("open");
    let doc = ws.project().documents[0].id.clone();
    let span = ws
        .new_span(&doc, 0, end, LabelId("ORG".to_owned()))
        .expect("a span");
    let description = Message::STATUS_LABELLED
        .with("quote", &span.quote)
        .with("label", "ORG");
    let edit = Transaction::new(description).with(Edit::AddSpan { doc, span });
    harness.state_mut().push(Command::Edit(edit));
    harness.run();
    assert!(
        harness
            .state()
            .workspace()
            .expect("open")
            .has_unsaved_work()
    );
}

/// The built-in file dialog and the question asked before dropping unsaved changes, in the
/// pseudo-locale: every text in them is the catalogue's (the folder's and files' names, the
/// analyst's own, aside).
#[test]
fn the_file_dialog_and_the_questions_come_from_the_catalogue() {
    use hashiya::ui::commands::Command;
    let (dir, mut harness) = app_on_corpus(Language::Pseudo);
    let mut report = Vec::new();
    let own_names =
        |text: &String| text.contains("corpus") || text.contains(&*dir.path().to_string_lossy());

    harness.state_mut().push(Command::OpenProjectDialog);
    harness.run();
    let title = hashiya::i18n::tr("dialog-open-project");
    let found: Vec<String> = harness
        .get_by_label(&title)
        .children_recursive()
        .flat_map(|n| texts(&n))
        .filter(|t| !own_names(t))
        .collect();
    for id in [
        "dialog-file-name",
        "dialog-show-hidden",
        "dialog-open",
        "dialog-cancel",
    ] {
        let text = hashiya::i18n::tr(id);
        assert!(found.contains(&text), "the dialog shows {text}: {found:?}");
    }
    unmarked(found, "file dialog", &mut report);
    unmarked([title], "file dialog", &mut report);
    harness.key_press(egui::Key::Escape);
    harness.run();

    label_a_word(&mut harness);
    let other = tempfile::tempdir().expect("temp dir");
    harness
        .state_mut()
        .push(Command::OpenPath(other.path().to_path_buf()));
    harness.run();
    window_unmarked(&harness, "prompt-unsaved-title", &mut report);
    assert!(
        harness
            .query_by_label(&hashiya::i18n::tr("prompt-discard-and-open"))
            .is_some()
    );

    assert!(
        report.is_empty(),
        "text shown that is not from the catalogue:\n{}",
        report.join("\n")
    );
}

/// In Arabic a question reads from the right: its sentence rests on the window's right edge and
/// its first button is the rightmost; the file dialog's Cancel is at the far left.
#[test]
fn arabic_questions_and_the_file_dialog_read_from_the_right() {
    use hashiya::ui::commands::Command;
    use hashiya::ui::widgets::bidi::tr as shown;
    let (dir, mut harness) = app_on_corpus(Language::Arabic);
    label_a_word(&mut harness);
    // A folder of a fixed name, for the snapshot.
    let other = dir.path().join("أرشيف");
    std::fs::create_dir(&other).expect("folder");
    harness.state_mut().push(Command::OpenPath(other));
    harness.run();
    let save_first = harness.get_by_label(&shown("prompt-save-first")).rect();
    let discard = harness
        .get_by_label(&shown("prompt-discard-and-open"))
        .rect();
    let cancel = harness.get_by_label(&shown("dialog-cancel")).rect();
    assert!(
        save_first.min.x > discard.max.x && discard.min.x > cancel.max.x,
        "buttons from the right: {save_first:?} {discard:?} {cancel:?}"
    );
    let window = harness.get_by_label(&shown("prompt-unsaved-title")).rect();
    assert!(
        window.max.x - save_first.max.x < 30.0,
        "{window:?} {save_first:?}"
    );
    // The side panels folded: the snapshot is of the question.
    for side in [Side::Corpus, Side::Inspector] {
        harness.state_mut().push(side.command());
    }
    harness.run();
    harness.snapshot("unsaved_changes_arabic");
    harness.get_by_label(&shown("dialog-cancel")).click();
    harness.run();

    harness.state_mut().push(Command::OpenProjectDialog);
    harness.run();
    let open = harness.get_by_label(&shown("dialog-open")).rect();
    let cancel = harness.get_by_label(&shown("dialog-cancel")).rect();
    let hidden = harness.get_by_label(&shown("dialog-show-hidden")).rect();
    assert!(
        cancel.max.x < open.min.x && open.max.x < hidden.min.x,
        "Cancel, Open, then Show hidden from the left: {cancel:?} {open:?} {hidden:?}"
    );
}

/// The schema's own text the label editor shows in its fields and lists: labels' names,
/// descriptions and keys, relation types' names and keys, reporting verbs, values' keys.
fn schema_words(harness: &Harness<'_, App>) -> std::collections::BTreeSet<String> {
    let mut own = own_words(harness);
    let ws = harness.state().workspace().expect("the sample");
    let schema = &ws.project().schema;
    let mut texts: Vec<String> = Vec::new();
    for l in &schema.labels {
        texts.extend([
            l.description.clone(),
            l.key.map(String::from).unwrap_or_default(),
        ]);
    }
    for t in &schema.relation_types {
        texts.extend([t.name.clone(), t.key.map(String::from).unwrap_or_default()]);
    }
    texts.extend(ws.project().suggestions.cues.iter().map(|c| c.form.clone()));
    let values = schema.document_categories.iter().flat_map(|c| &c.values);
    texts.extend(values.filter_map(|v| v.key.map(String::from)));
    own.extend(texts.iter().flat_map(|t| words(t)).map(str::to_owned));
    own
}

#[test]
fn the_label_editor_comes_from_the_catalogue() {
    use hashiya::ui::commands::Command;
    let mut harness = app_in(Language::Pseudo, [1200.0, 900.0]);
    harness.state_mut().push(Command::ShowSchemaEditor);
    harness.run();
    let title = hashiya::i18n::tr("editor-title");
    let own = schema_words(&harness);
    let window = harness.get_by_role_and_label(Role::Window, &title);
    let found: Vec<String> = window
        .children_recursive()
        .flat_map(|n| texts(&n))
        .filter(|t| !words(t).all(|w| own.contains(w)))
        .collect();
    assert!(
        found.iter().any(|t| t.contains("Add label")),
        "the editor's own texts are read: {found:?}"
    );
    let mut report = Vec::new();
    unmarked(found, "editor-title", &mut report);
    assert!(
        report.is_empty(),
        "not from the catalogue:\n{}",
        report.join("\n")
    );
}

#[test]
fn snapshot_of_the_label_editor_in_arabic() {
    use hashiya::ui::commands::Command;
    let mut harness = app_in(Language::Arabic, [1100.0, 900.0]);
    harness
        .get_by_label(&hashiya::i18n::tr("welcome-got-it"))
        .click();
    harness.run();
    for side in [Side::Corpus, Side::Inspector] {
        harness.state_mut().push(side.command());
    }
    harness.state_mut().push(Command::ShowSchemaEditor);
    harness.run();
    harness.run();
    let colour = harness
        .get_all_by_label(&hashiya::i18n::tr("editor-col-colour"))
        .next()
        .expect("the Colour heading")
        .rect();
    let spans = harness
        .get_by_label(&hashiya::i18n::tr("editor-col-spans"))
        .rect();
    assert!(
        colour.min.x > spans.max.x,
        "the first column is on the right: {colour:?} {spans:?}"
    );
    harness.snapshot("label_editor_arabic");
}

// The whole window: every window the App can show, every menu and tooltip.

use hashiya::ui::commands::Command;
use hashiya::ui::window_list::WindowKind;
use std::collections::BTreeSet;
use std::path::Path;

/// The strings and characters of a value's debug form (`"…"`, `'…'`, escapes undone): every
/// string a project holds.
fn debug_strings(debug: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = debug.chars();
    while let Some(quote) = chars.next() {
        if quote != '"' && quote != '\'' {
            continue;
        }
        let mut s = String::new();
        while let Some(c) = chars.next() {
            match c {
                c if c == quote => break,
                '\\' => match chars.next() {
                    Some('n') => s.push('\n'),
                    Some('t') => s.push('\t'),
                    Some('r') => s.push('\r'),
                    Some('u') => {
                        let hex: String =
                            chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                        s.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                    }
                    Some(other) => s.push(other),
                    None => {}
                },
                c => s.push(c),
            }
        }
        out.push(s);
    }
    out
}

#[test]
fn a_projects_strings_are_read_back_from_its_debug_form() {
    let debug = format!(
        "{:?}",
        ("قال «الوزير»\n", 'x', "Say \"yes\"", "ك\u{64e}تب", 3)
    );
    assert_eq!(
        debug_strings(&debug),
        ["قال «الوزير»\n", "x", "Say \"yes\"", "ك\u{64e}تب"]
    );
}

/// The words of the open project's own text, which no catalogue holds: every string the project
/// holds (names, aliases, notes, titles, paths, labels and their keys, quotes, stamps, …), its
/// articles, where it and its corpus are and the names of the files beside them (a file dialog
/// lists them), and who annotates.
fn data_words(harness: &Harness<'_, App>, extra: &[String]) -> BTreeSet<String> {
    let mut texts = extra.to_vec();
    if let Some(ws) = harness.state().workspace() {
        texts.extend(debug_strings(&format!("{:?}", ws.project())));
        let p = ws.project();
        texts.extend(
            p.documents
                .iter()
                .filter_map(|d| ws.text_of(&d.id))
                .map(str::to_owned),
        );
        let places = [ws.project_path(), Some(ws.corpus_root())];
        for place in places.into_iter().flatten() {
            texts.push(place.display().to_string());
            for folder in [Some(place), place.parent()].into_iter().flatten() {
                let names = std::fs::read_dir(folder).into_iter().flatten().flatten();
                texts.extend(names.map(|e| e.file_name().to_string_lossy().into_owned()));
            }
        }
        texts.extend(ws.annotator().map(str::to_owned));
    }
    if let Some(theirs) = harness.state().adjudication() {
        texts.push(theirs.theirs_name());
    }
    texts
        .iter()
        .flat_map(|t| words(t))
        .map(str::to_owned)
        .collect()
}

/// The texts of the whole window that are not made only of the project's own words (or of
/// `extra`, what else the analyst has: a project not yet open, their folders). A text of
/// several lines not marked as a whole (a report) is read line by line. A word stands for
/// itself, or, before an ellipsis, for the start of one of the project's (a quote cut short).
fn interface_of_the_window(harness: &Harness<'_, App>, extra: &[String]) -> Vec<String> {
    interface_among(all_texts(harness), &data_words(harness, extra))
}

/// Of `texts`, those not made only of the project's own words `data` (see
/// [`interface_of_the_window`]).
fn interface_among(
    texts: impl IntoIterator<Item = String>,
    data: &BTreeSet<String>,
) -> Vec<String> {
    let texts: Vec<String> = texts.into_iter().collect();
    let own = |text: &str| {
        words(text).all(|w| data.contains(w) || (text.contains('…') && is_project_word(data, w)))
    };
    // A line of a report: what it is about (a file's path), then a message of the catalogue; or
    // a message said by the core, the file's path last, maybe after a mark (the header's «‼»).
    let core = |text: &str| {
        let said_first = text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '[');
        text.split_once(": ")
            .is_some_and(|(what, said)| own(what) && is_marked(said))
            || is_marked(said_first)
            || said_first
                .rsplit_once(": ")
                .is_some_and(|(said, what)| is_marked(said) && own(what))
    };
    // A message of several lines may be drawn a line at a time (its lines then show unmarked,
    // the whole marked on the widget that holds them).
    let lines_of_marked: BTreeSet<&str> = texts
        .iter()
        .filter(|t| is_marked(t))
        .flat_map(|t| t.lines().map(str::trim))
        .collect();
    let mut out = Vec::new();
    for text in &texts {
        if is_marked(text) || own(text) || lines_of_marked.contains(text.trim()) {
            continue;
        }
        let lines: Vec<&str> = if text.contains('\n') {
            text.lines().collect()
        } else {
            vec![text.as_str()]
        };
        out.extend(
            lines
                .into_iter()
                .filter(|l| !own(l) && !core(l))
                .map(str::to_owned),
        );
    }
    out
}

/// The window's title in the interface, up to its first argument (the comparison's names the
/// colleague's project).
fn title_start(kind: WindowKind) -> String {
    message_start(kind.title())
}

/// Message `id` in the interface, up to its first argument.
fn message_start(id: &str) -> String {
    let text = hashiya::i18n::tr(id);
    text.split(['{', '\u{2068}'])
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The first node of `role` whose label starts with `start`.
fn starting<'h>(
    harness: &'h Harness<'_, App>,
    role: Role,
    start: &str,
) -> Option<egui_kittest::Node<'h>> {
    harness.query_all_by_role(role).find(|n| {
        n.accesskit_node()
            .label()
            .is_some_and(|l| l.starts_with(start))
    })
}

/// The pseudo-locale with the built-in file dialog and the first-run panel read.
fn pseudo_prefs() -> Prefs {
    Prefs {
        language: LanguageChoice::Chosen(Language::Pseudo),
        builtin_file_dialog: true,
        welcome_dismissed: true,
        ..Prefs::default()
    }
}

/// The App in the pseudo-locale on `start`, its preferences and journals under `dir`.
fn pseudo_app(dir: &Path, start: Start, prefs: Prefs) -> Harness<'static, App> {
    let data_dir = dir.join("data");
    let mut harness = Harness::builder()
        .with_size([1400.0, 1000.0])
        .with_max_steps(40)
        .build_eframe(move |cc| {
            App::with_prefs(&cc.egui_ctx, start, prefs, data_dir).expect("the bundled fonts load")
        });
    harness.run_ok();
    hashiya::i18n::set_locale(hashiya::i18n::Locale {
        language: Language::Pseudo,
        digits: Digits::Latin,
    });
    harness
}

fn on_sample(dir: &Path) -> Harness<'static, App> {
    pseudo_app(dir, Start::SampleCorpus, pseudo_prefs())
}

/// A folder of articles under `dir`: `names` (paths inside it) each holding a sentence.
fn corpus_folder(dir: &Path, names: &[&str]) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    for (i, name) in names.iter().enumerate() {
        let path = corpus.join(name);
        std::fs::create_dir_all(path.parent().expect("in the folder")).expect("folder");
        let text = format!("أعلنت البلدية أن الجسر رقم {i} يُفتح للسيارات مطلع الشهر المقبل.\n");
        std::fs::write(path, text).expect("article");
    }
    corpus
}

/// Runs until the window settles, or for a bounded number of frames (a running job asks for
/// more).
fn settle(harness: &mut Harness<'_, App>) {
    harness.run_ok();
}

/// Saves the open project as `name` in `dir`; returns where.
fn save_as(harness: &mut Harness<'_, App>, dir: &Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    harness
        .state_mut()
        .push(Command::SaveProjectAs(path.clone()));
    settle(harness);
    assert!(path.exists(), "saved as {}", path.display());
    path
}

/// The name of the entity the Entities window lists first (the most mentioned).
fn first_entity(harness: &Harness<'_, App>) -> String {
    let ws = harness.state().workspace().expect("the sample");
    let outlets = hashiya::ui::panels::entities::outlet_columns(ws.project());
    hashiya::ui::panels::entities::entity_rows(
        ws.project(),
        &outlets,
        "",
        hashiya::ui::panels::entities::EntitySort::default(),
    )
    .remove(0)
    .name
}

/// Labels the first word of the first document.
fn label_first_word(harness: &mut Harness<'_, App>) {
    let end = {
        let ws = harness.state().workspace().expect("open");
        let text = ws.text_of(&ws.project().documents[0].id).expect("its text");
        text.find(' ')
            .map_or(text.chars().count(), |b| text[..b].chars().count())
    };
    label_start(harness, end);
}

/// Two relation types more, between any spans: every span that may start a relation may then
/// start it in more than one way (so its type is asked for).
fn add_two_relation_types(harness: &mut Harness<'_, App>) {
    use hashiya::model::{Edit, RelationType, Rgb, Transaction};
    let index = {
        let ws = harness.state().workspace().expect("the sample");
        ws.project().schema.relation_types.len()
    };
    let mut edit = Transaction::new(hashiya::model::Message::EDITOR_RELATION_ADDED);
    for (i, (id, name)) in [("MENTIONS", "يذكر"), ("ANSWERS", "يردّ على")]
        .into_iter()
        .enumerate()
    {
        edit = edit.with(Edit::SetRelationType {
            index: index + i,
            before: None,
            after: Some(RelationType::new(id, name, Rgb(90, 120, 200))),
        });
    }
    harness.state_mut().push(Command::Edit(edit));
    settle(harness);
}

/// Selects a span from which a relation can be made to every span it may join in more than one
/// way (so its type is asked for).
fn select_a_span_with_a_relation_target(harness: &mut Harness<'_, App>) {
    use hashiya::ui::relations::{allowed_types, candidates};
    add_two_relation_types(harness);
    let (doc, span) = {
        let ws = harness.state().workspace().expect("the sample");
        let p = ws.project();
        p.documents
            .iter()
            .find_map(|d| {
                let spans = p.annotations.spans(&d.id);
                let span = spans.iter().find(|s| {
                    let targets = candidates(p, &d.id, &s.id);
                    !targets.is_empty()
                        && targets.iter().all(|t| allowed_types(p, &s.id, t).len() > 1)
                })?;
                Some((d.id.clone(), span.id.clone()))
            })
            .expect("a span of the sample can start a relation of a type to choose")
    };
    harness.state_mut().push(Command::JumpToSpan(doc, span));
    settle(harness);
}

/// The analyst's own folders a file dialog starts in: their home and what it holds.
fn home_folder() -> Vec<String> {
    let Some(home) = std::env::home_dir() else {
        return Vec::new();
    };
    let names = std::fs::read_dir(&home).into_iter().flatten().flatten();
    let mut texts: Vec<String> = names
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    texts.push(home.display().to_string());
    texts
}

/// Opens window `kind` on a project that fills it; returns the App, the folder it works in and
/// the analyst's own text the window shows besides the open project's.
#[expect(
    clippy::too_many_lines,
    reason = "one arm per window, in the list's order"
)]
fn open(kind: WindowKind) -> (tempfile::TempDir, Harness<'static, App>, Vec<String>) {
    use WindowKind as K;
    let mut extra = Vec::new();
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().to_path_buf();
    let shown = hashiya::ui::widgets::bidi::shown;
    let simple = |command: Command| {
        let mut harness = on_sample(&root);
        harness.state_mut().push(command);
        settle(&mut harness);
        harness
    };
    let harness = match kind {
        K::Welcome => pseudo_app(
            &root,
            Start::SampleCorpus,
            Prefs {
                welcome_dismissed: false,
                ..pseudo_prefs()
            },
        ),
        K::ClaimMatrix => {
            let mut harness = simple(Command::ShowClaimMatrix);
            let first = {
                let ws = harness.state().workspace().expect("the sample");
                let matrix = hashiya::model::claim_matrix(ws.project());
                hashiya::ui::panels::matrix::row_names(ws.project(), &matrix).remove(0)
            };
            // A cluster focused (its form), then its menu.
            harness.get_by_label(&shown(&first)).click();
            settle(&mut harness);
            harness.get_by_label(&shown(&first)).click_secondary();
            settle(&mut harness);
            harness
        }
        K::Entities => {
            let mut harness = simple(Command::ShowEntities);
            let entity = first_entity(&harness);
            harness.get_by_label(&shown(&entity)).click();
            settle(&mut harness);
            harness
        }
        K::Outlets => {
            // With the menu merging the first outlet into another open.
            let mut harness = simple(Command::ShowOutlets);
            starting(&harness, Role::Button, &message_start("outlets-merge"))
                .expect("a button merging an outlet")
                .click();
            settle(&mut harness);
            harness
        }
        K::Sources => simple(Command::ShowSources),
        K::Timeline => simple(Command::ShowTimeline(None)),
        K::Search => {
            let mut harness = simple(Command::ShowSearch);
            harness
                .get_by_label(&hashiya::i18n::tr("search-field"))
                .type_text("الزيزفون");
            settle(&mut harness);
            harness.key_press(egui::Key::Enter);
            settle(&mut harness);
            harness
        }
        K::Suggestions => simple(Command::ShowSuggestions),
        K::Review => simple(Command::ShowReview),
        K::LabelEditor => simple(Command::ShowSchemaEditor),
        K::Export => simple(Command::ShowExport),
        K::ReplaceReport => {
            let report = root.join("report.html");
            std::fs::write(&report, "<p>an older report</p>").expect("write");
            simple(Command::ExportReport {
                format: hashiya::report::ReportFormat::Html,
                path: report,
                replace: false,
            })
        }
        K::AnnotationsImported => {
            let file = root.join("theirs.jsonl");
            let line = r#"{"text": "نص لا يوجد في المدونة", "label": [[0, 2, "PER"]]}"#;
            std::fs::write(&file, format!("{line}\n")).expect("write");
            simple(Command::ImportAnnotations(
                hashiya::import::annotations::ImportFormat::Jsonl,
                file,
            ))
        }
        K::Comparison | K::Agreement => {
            let mut harness = on_sample(&root);
            let theirs = save_as(&mut harness, &root, "theirs.ron");
            label_first_word(&mut harness);
            harness.state_mut().push(Command::Compare(theirs));
            if kind == K::Agreement {
                harness.state_mut().push(Command::ShowAgreement);
            }
            settle(&mut harness);
            harness
        }
        K::AnnotatorName => simple(Command::ShowAnnotatorName),
        K::Problem => simple(Command::OpenPath(root.join("nothing here"))),
        K::ImportReport => {
            let corpus = corpus_folder(&root, &["a.txt"]);
            std::fs::write(corpus.join("b.txt"), [0xff, 0xfe, 0x00, 0xd8, 0xff]).expect("write");
            std::fs::write(corpus.join("c.txt"), "").expect("write");
            let mut harness = pseudo_app(&root, Start::Path(corpus), pseudo_prefs());
            harness.state_mut().push(Command::ShowImportReport);
            settle(&mut harness);
            harness
        }
        K::Loading => {
            // Enough articles that reading them lasts a few frames.
            let names: Vec<String> = (0..3000).map(|i| format!("{i}.txt")).collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let corpus = corpus_folder(&root, &names);
            let mut harness = on_sample(&root);
            let ctx = harness.ctx.clone();
            harness.state_mut().load_in_background(&ctx);
            harness.state_mut().push(Command::OpenPath(corpus));
            let title = hashiya::i18n::tr(kind.title());
            for _ in 0..10 {
                harness.step();
                if harness.query_by_label(&title).is_some() {
                    break;
                }
            }
            harness
        }
        K::RelationType => {
            let mut harness = on_sample(&root);
            select_a_span_with_a_relation_target(&mut harness);
            harness.key_press(egui::Key::R);
            settle(&mut harness);
            harness.key_press(egui::Key::Enter);
            settle(&mut harness);
            harness
        }
        K::RecoverJournal | K::OtherCorpusFolder => {
            // The sample saved elsewhere than its articles, changed and left unsaved: opened
            // again it asks whether to read the articles there, then whether to recover.
            let mut harness = on_sample(&root);
            let project = save_as(&mut harness, &root, "copy.ron");
            let ws = harness.state().workspace().expect("the sample");
            extra.push(ws.corpus_root().display().to_string());
            label_first_word(&mut harness);
            harness.run_steps(12);
            drop(harness);
            let mut harness = pseudo_app(&root, Start::Path(project), pseudo_prefs());
            if kind == K::RecoverJournal {
                harness
                    .get_by_label(&hashiya::i18n::tr("prompt-other-folder-read"))
                    .click();
                settle(&mut harness);
            }
            harness
        }
        K::UnsavedChanges => {
            let mut harness = on_sample(&root);
            label_first_word(&mut harness);
            harness.state_mut().push(Command::OpenPath(root.clone()));
            settle(&mut harness);
            harness
        }
        K::ReplaceProject => {
            let other = root.join("other.ron");
            std::fs::write(&other, "()").expect("write");
            simple(Command::SaveProjectAs(other))
        }
        K::FolderOutlets => {
            let corpus = corpus_folder(&root, &["watan/a.txt", "sahil/b.txt", "nahar/c.txt"]);
            pseudo_app(&root, Start::Path(corpus), pseudo_prefs())
        }
        K::ProjectChangedOnDisk => {
            let mut harness = on_sample(&root);
            let project = save_as(&mut harness, &root, "copy.ron");
            harness.run_steps(2);
            std::thread::sleep(std::time::Duration::from_millis(20));
            let text = std::fs::read(&project).expect("read");
            std::fs::write(&project, text).expect("write");
            harness.run_steps(12);
            harness
        }
        K::ArticleChangedOnDisk => {
            let corpus = corpus_folder(&root, &["a.txt"]);
            let mut harness = pseudo_app(&root, Start::Path(corpus.clone()), pseudo_prefs());
            harness.run_steps(2);
            std::thread::sleep(std::time::Duration::from_millis(20));
            std::fs::write(corpus.join("a.txt"), "تغيّر نص المقالة بعد فتحها.\n").expect("write");
            harness.run_steps(12);
            harness
        }
        K::FileDialog => {
            extra = home_folder();
            simple(Command::OpenProjectDialog)
        }
        K::LabelChooser => {
            let mut harness = on_sample(&root);
            select_a_span_with_a_relation_target(&mut harness);
            harness.state_mut().push(Command::OpenLabelPopup);
            settle(&mut harness);
            harness
        }
    };
    (dir, harness, extra)
}

/// Each window the App can show, opened on a project that fills it, in the pseudo-locale: every
/// text of the whole window is the catalogue's or the project's own, and every window showing
/// is one of the list's; so is every tooltip of the window's widgets (each hovered, scrolled to
/// if out of view) and every list of its combo boxes (each opened).
#[test]
fn every_window_shows_only_catalogue_text() {
    let mut report = BTreeSet::new();
    let mut read = 0;
    for &kind in WindowKind::ALL {
        let (_dir, mut harness, extra) = open(kind);
        let start = title_start(kind);
        let found = if kind == WindowKind::LabelChooser {
            harness.query_by_label(&start).is_some()
        } else {
            harness.query_all_by_role(Role::Window).any(|w| {
                w.accesskit_node()
                    .label()
                    .is_some_and(|l| l.starts_with(&start))
            })
        };
        assert!(found, "{kind:?} opens: {:?}", all_texts(&harness));
        for window in harness.query_all_by_role(Role::Window) {
            let title = window.accesskit_node().label().unwrap_or_default();
            assert!(
                WindowKind::ALL
                    .iter()
                    .any(|&k| title.starts_with(&title_start(k))),
                "the window {title:?} is in the list of windows (src/ui/window_list.rs)"
            );
        }
        let mut found = Vec::new();
        unmarked(
            interface_of_the_window(&harness, &extra),
            &format!("{kind:?}"),
            &mut found,
        );
        report.extend(found);
        // The label chooser, a popup with no tooltips, is all read above.
        if kind != WindowKind::LabelChooser {
            read += hover_the_window(&mut harness, kind, &extra, &mut report);
        }
    }
    assert!(read > 40, "the windows' tooltips and lists show ({read})");
    assert!(
        report.is_empty(),
        "text shown that is not from the catalogue:\n{}",
        report.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// Window `kind`, whose title starts with `start`.
fn window_of<'h>(
    harness: &'h Harness<'_, App>,
    kind: WindowKind,
    start: &str,
) -> egui_kittest::Node<'h> {
    starting(harness, Role::Window, start).unwrap_or_else(|| panic!("{kind:?} shows"))
}

/// The tooltips of every widget of window `kind` (open in `harness`) and the lists of its combo
/// boxes: see [`tooltips_and_lists`], whose count it returns. A menu open over it (the
/// matrix's) is closed first.
fn hover_the_window(
    harness: &mut Harness<'_, App>,
    kind: WindowKind,
    extra: &[String],
    report: &mut BTreeSet<String>,
) -> usize {
    let start = title_start(kind);
    // A menu open over the window (the matrix's, besides the menu bar) hides its tooltips.
    if harness.query_all_by_role(Role::Menu).count() > 1 {
        // A click on the window's title bar, outside the menu, closes it.
        let bar = window_of(harness, kind, &start).rect();
        click_at(
            harness,
            egui::pos2(bar.center().x, bar.min.y + 8.0),
            egui::PointerButton::Primary,
        );
        settle(harness);
        assert_eq!(
            harness.query_all_by_role(Role::Menu).count(),
            1,
            "{kind:?}: the menu closes"
        );
    }
    let data = data_words(harness, extra);
    let targets = {
        let window = window_of(harness, kind, &start);
        targets(window.children_recursive(), window.rect())
    };
    tooltips_and_lists(harness, &targets, &data, &format!("{kind:?}"), report)
}

/// Hovers the first (or `last`) node named `label` until the window settles; false when none is.
fn hover(harness: &mut Harness<'_, App>, label: &str, last: bool) -> bool {
    {
        let mut nodes = harness.query_all_by_label(label);
        let node = if last { nodes.last() } else { nodes.next() };
        let Some(node) = node else {
            return false;
        };
        node.hover();
    }
    settle(harness);
    true
}

/// Roles of the widgets a tooltip may hang on (frames, containers, splitters and a label's
/// rows carry none).
const TIPPED: &[Role] = &[
    Role::Button,
    Role::CheckBox,
    Role::RadioButton,
    Role::ComboBox,
    Role::Link,
    Role::Label,
    Role::ListItem,
    Role::TextInput,
    Role::Image,
    Role::ProgressIndicator,
    Role::Unknown,
];

/// A widget to hover: its role, its text and the middle of it on the screen (`None` when it is
/// out of view, scrolled away).
struct Target {
    role: Role,
    text: String,
    at: Option<egui::Pos2>,
}

/// The widgets among `nodes` that may carry a tooltip, one per role and text (rows of a table
/// drawn by the same code show the same kind of tooltip), those showing within `area` first.
fn targets<'t>(
    nodes: impl Iterator<Item = egui_kittest::Node<'t>>,
    area: egui::Rect,
) -> Vec<Target> {
    let mut seen = BTreeSet::new();
    let (mut shown, mut away) = (Vec::new(), Vec::new());
    for node in nodes {
        let ak = node.accesskit_node();
        let role = ak.role();
        if !TIPPED.contains(&role) || ak.is_hidden() || ak.bounding_box().is_none() {
            continue;
        }
        let at = node.rect().center();
        let text = ak.label().or_else(|| ak.value()).unwrap_or_default();
        if area.contains(at) {
            // Drawn by hand and unnamed: each is its own.
            let place = if text.is_empty() {
                format!("{at:?}")
            } else {
                String::new()
            };
            if seen.insert(format!("{role:?} {text}{place}")) {
                shown.push(Target {
                    role,
                    text,
                    at: Some(at),
                });
            }
        } else if !text.is_empty() {
            away.push(Target {
                role,
                text,
                at: None,
            });
        }
    }
    away.retain(|t| seen.insert(format!("{:?} {}", t.role, t.text)));
    shown.extend(away);
    shown
}

/// Where to point at `target`: where it shows, or, out of view, where it shows once scrolled
/// to (`None` if it cannot be).
fn place(harness: &mut Harness<'_, App>, target: &Target) -> Option<egui::Pos2> {
    if target.at.is_some() {
        return target.at;
    }
    let find = |harness: &Harness<'_, App>| -> Option<egui::Rect> {
        harness
            .query_all_by_role(target.role)
            .find(|n| {
                let ak = n.accesskit_node();
                ak.label().or_else(|| ak.value()).as_deref() == Some(target.text.as_str())
            })
            .map(|n| {
                n.scroll_to_me();
                n.rect()
            })
    };
    find(harness)?;
    settle(harness);
    let rect = find(harness)?;
    // Scrolling asked for again, it is where it was.
    settle(harness);
    harness
        .ctx
        .content_rect()
        .contains(rect.center())
        .then(|| rect.center())
}

/// How many times each text shows.
fn counted(texts: Vec<String>) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for t in texts {
        *counts.entry(t).or_default() += 1;
    }
    counts
}

/// The texts showing now that did not show in `before` (or show more often).
fn added(
    harness: &Harness<'_, App>,
    before: &std::collections::BTreeMap<String, usize>,
) -> Vec<String> {
    counted(all_texts(harness))
        .into_iter()
        .filter(|(t, n)| before.get(t).copied().unwrap_or(0) < *n)
        .map(|(t, _)| t)
        .collect()
}

/// Of `texts`, those neither the catalogue's nor the project's own (`data`), put in `report`
/// after `context`.
fn not_from_the_catalogue(
    texts: Vec<String>,
    data: &BTreeSet<String>,
    context: &str,
    report: &mut BTreeSet<String>,
) {
    let mut found = Vec::new();
    unmarked(interface_among(texts, data), context, &mut found);
    report.extend(found);
}

/// A click of `button` at `at`.
fn click_at(harness: &Harness<'_, App>, at: egui::Pos2, button: egui::PointerButton) {
    harness.hover_at(at);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
}

/// Hovers each of `targets` in turn and reads what it shows (its tooltip), then opens each combo
/// box among them and reads its list, closing it again: every text that shows is the
/// catalogue's or the project's own (`data`). Unmarked texts go to `report`, after `context`.
/// Returns how many tooltips and lists were read.
fn tooltips_and_lists(
    harness: &mut Harness<'_, App>,
    targets: &[Target],
    data: &BTreeSet<String>,
    context: &str,
    report: &mut BTreeSet<String>,
) -> usize {
    let before = counted(all_texts(harness));
    let mut read = 0;
    let mut check = |harness: &Harness<'_, App>, what: &str, text: &str| {
        let shown = added(harness, &before);
        read += usize::from(!shown.is_empty());
        not_from_the_catalogue(shown, data, &format!("{context}: {what} {text:?}"), report);
    };
    for target in targets {
        let Some(at) = place(harness, target) else {
            continue;
        };
        harness.hover_at(at);
        settle(harness);
        check(harness, "tooltip of", &target.text);
        if target.role == Role::ComboBox {
            click_at(harness, at, egui::PointerButton::Primary);
            settle(harness);
            check(harness, "list of", &target.text);
            // Clicked again, the list closes.
            click_at(harness, at, egui::PointerButton::Primary);
            settle(harness);
        }
    }
    harness.remove_cursor();
    settle(harness);
    read
}

/// The buttons of the menu bar: the topmost row of buttons.
fn menu_bar_buttons(harness: &Harness<'_, App>) -> Vec<String> {
    let buttons: Vec<(f32, String)> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|b| Some((b.rect().min.y, b.accesskit_node().label()?)))
        .collect();
    let top = buttons.iter().map(|b| b.0).fold(f32::INFINITY, f32::min);
    buttons
        .into_iter()
        .filter(|b| b.0 < top + 4.0)
        .map(|b| b.1)
        .collect()
}

/// Every menu of the menu bar, each of their entries hovered (which opens the submenus and
/// shows the tooltips), and the tooltips of the main window's widgets and its combo boxes' lists
/// ([`main_window_tooltips`]), on the sample in the pseudo-locale; then the side panels folded
/// to their strips.
#[test]
fn every_menu_and_tooltip_shows_only_catalogue_text() {
    use hashiya::suggest::Source;
    use hashiya::ui::commands::Command;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = on_sample(dir.path());
    // Two edits, the last undone: Edit ▸ Undo and Redo each name one.
    for command in [
        Command::SwitchSuggester(Source::Registry, false),
        Command::SwitchSuggester(Source::Registry, true),
        Command::Undo,
    ] {
        harness.state_mut().push(command);
        settle(&mut harness);
    }
    let history = harness.state().workspace().expect("the sample").history();
    assert!(history.can_undo() && history.can_redo());
    let mut report = BTreeSet::new();
    let mut check = |harness: &Harness<'_, App>, context: &str| {
        let mut found = Vec::new();
        unmarked(interface_of_the_window(harness, &[]), context, &mut found);
        report.extend(found);
    };
    check(&harness, "main window");

    let menus = menu_bar_buttons(&harness);
    assert!(menus.len() >= 5, "the menu bar's menus: {menus:?}");
    for menu in &menus {
        let before = counted(all_texts(&harness));
        harness.get_by_role_and_label(Role::Button, menu).click();
        settle(&mut harness);
        // What the menu opened (its entries, submenus and boxes): the texts shown once more
        // than before ("Language" is also a caption of the header).
        let entries: Vec<String> = added(&harness, &before)
            .into_iter()
            .filter(|t| !menus.contains(t))
            .collect();
        assert!(!entries.is_empty(), "{menu} opens a menu");
        check(&harness, menu);
        for entry in entries {
            // The menu's, drawn after what was there before.
            if hover(&mut harness, &entry, true) {
                check(&harness, &format!("{menu} ▸ {entry}"));
            }
        }
        // Clicking the menu's button again closes it.
        harness.get_by_role_and_label(Role::Button, menu).click();
        settle(&mut harness);
    }

    // The tooltips of the main window's widgets and the lists of its combo boxes, with the
    // first article open, then with a claim selected (the inspector's claim form).
    let tips = main_window_tooltips(&mut harness, &menus);

    for side in [Side::Corpus, Side::Inspector] {
        harness.state_mut().push(side.command());
    }
    settle(&mut harness);
    for message in ["panel-show-documents", "panel-show-inspector"] {
        let label = hashiya::i18n::tr(message);
        assert!(
            harness.query_by_label(&label).is_some(),
            "the strip's button is named {label}"
        );
    }
    check(&harness, "folded panels");
    report.extend(tips);
    assert!(
        report.is_empty(),
        "text shown that is not from the catalogue:\n{}",
        report.into_iter().collect::<Vec<_>>().join("\n")
    );
}

/// The tooltips and combo boxes' lists of the main window (see [`tooltips_and_lists`]) but the
/// menu bar's `menus`, on the sample as it opens, then with a claim selected: the claim's form
/// in the inspector, then the claim right-clicked in the article (the label chooser). Returns the
/// texts not from the catalogue.
fn main_window_tooltips(harness: &mut Harness<'_, App>, menus: &[String]) -> BTreeSet<String> {
    let mut report = BTreeSet::new();
    let data = data_words(harness, &[]);
    let screen = harness.ctx.content_rect();
    let widgets = |harness: &Harness<'_, App>| -> Vec<Target> {
        targets(harness.root().children_recursive(), screen)
            .into_iter()
            .filter(|t| !menus.contains(&t.text))
            .collect()
    };
    let all = widgets(harness);
    let read = tooltips_and_lists(harness, &all, &data, "main window", &mut report);
    assert!(
        read > 5,
        "the main window's tooltips show ({read} of {})",
        all.len()
    );

    let (doc, content, _) = a_full_claim(harness);
    harness
        .state_mut()
        .push(Command::JumpToSpan(doc.clone(), content.clone()));
    settle(harness);
    // The claim's form: what the inspector shows besides the article's first state.
    let before: Vec<String> = all.iter().map(|t| t.text.clone()).collect();
    let claim: Vec<Target> = widgets(harness)
        .into_iter()
        .filter(|t| !before.contains(&t.text))
        .collect();
    tooltips_and_lists(harness, &claim, &data, "claim", &mut report);

    // The header's menu of a document category's values, opened then closed.
    let before = counted(all_texts(harness));
    let category = |harness: &mut Harness<'_, App>| {
        harness
            .get_all_by_role_and_label(Role::Button, "—")
            .next()
            .expect("a category without value")
            .click();
        settle(harness);
    };
    category(harness);
    let values = added(harness, &before);
    assert!(!values.is_empty(), "the category's menu opens");
    not_from_the_catalogue(values, &data, "a document category's menu", &mut report);
    category(harness);

    // The claim right-clicked in the article.
    let at = {
        let ws = harness.state().workspace().expect("the sample");
        let span = ws
            .project()
            .annotations
            .spans(&doc)
            .iter()
            .find(|s| s.id == content)
            .map(|s| usize::midpoint(s.start, s.end))
            .expect("the claim's span");
        let layout = harness.state().article_view().layout().expect("laid out");
        let (x, y) = layout.range_rects(span..span + 1)[0].centre();
        harness.state().article_origin().expect("painted") + egui::vec2(x, y)
    };
    // (Its tooltip, the project's own text, is drawn as the article is, out of the tree.)
    let before = counted(all_texts(harness));
    click_at(harness, at, egui::PointerButton::Secondary);
    settle(harness);
    let chooser = hashiya::i18n::tr(WindowKind::LabelChooser.title());
    assert!(
        harness.query_by_label(&chooser).is_some(),
        "a right click on a span opens the label chooser"
    );
    not_from_the_catalogue(
        added(harness, &before),
        &data,
        "the claim's menu",
        &mut report,
    );
    harness.key_press(egui::Key::Escape);
    settle(harness);
    report
}

/// View ▸ Calendar and a date in the Hijri calendar, in the pseudo-locale: the menu's entries and
/// the header's date come from the catalogue, and choosing the calendar changes the date at once.
#[test]
fn the_calendar_menu_and_hijri_dates_come_from_the_catalogue() {
    let mut harness = app_in(Language::Pseudo, [1400.0, 1000.0]);
    let date_field = |harness: &Harness<'_, App>| {
        harness
            .get_by_label("[[publication date]]")
            .accesskit_node()
            .value()
            .unwrap_or_default()
    };
    let gregorian = date_field(&harness);
    assert!(gregorian.contains("August 2025"), "{gregorian}");
    harness
        .get_by_role_and_label(Role::Button, "[[View]]")
        .click();
    harness.run();
    harness.get_by_label("[[Calendar]]").hover();
    harness.run();
    let mut report = Vec::new();
    unmarked(interface_texts(&harness), "View ▸ Calendar", &mut report);
    assert!(report.is_empty(), "{report:#?}");
    harness.get_by_label("[[Hijri (Umm al-Qura)]]").click();
    harness.run();
    let hijri = date_field(&harness);
    assert!(is_marked(&hijri), "{hijri}");
    assert!(hijri.contains("1447 AH"), "{hijri}");
    unmarked(interface_texts(&harness), "a Hijri date", &mut report);
    assert!(report.is_empty(), "{report:#?}");
}

/// In Arabic with the Hijri calendar and Arabic-Indic digits, the header shows the article's
/// date (29 August 2025, stored as such) as the Umm al-Qura day, its month named in Arabic,
/// in those digits; clicking into the field gives the date as stored, to edit.
#[test]
fn the_header_shows_the_hijri_date_in_arabic_indic_digits() {
    let prefs = Prefs {
        language: LanguageChoice::Chosen(Language::Arabic),
        digits: Digits::ArabicIndic,
        calendar: hashiya::i18n::Calendar::Hijri,
        welcome_dismissed: true,
        ..Prefs::default()
    };
    let mut harness = app_with(prefs, [1400.0, 1000.0]);
    harness.run();
    let value = |harness: &Harness<'_, App>| {
        harness
            .get_by_label("تاريخ النشر")
            .accesskit_node()
            .value()
            .unwrap_or_default()
    };
    hashiya::i18n::set_calendar(hashiya::i18n::Calendar::Hijri);
    let expected = hashiya::i18n::date(2025, 8, 29)
        .expect("a day")
        .replace(['\u{2068}', '\u{2069}'], "");
    hashiya::i18n::set_calendar(hashiya::i18n::Calendar::Gregorian);
    let shown = value(&harness);
    assert_eq!(shown, expected);
    // 1 Muharram 1447 fell on 26 June 2025, and the Prophet's birthday, 12 Rabi' al-Awwal, in
    // the first days of September: late August is in Rabi' al-Awwal 1447.
    assert!(shown.contains("ربيع الأول ١٤٤٧ هـ"), "{shown}");
    assert!(!shown.chars().any(|c| c.is_ascii_digit()), "{shown}");
    harness.get_by_label("تاريخ النشر").click();
    harness.run();
    assert_eq!(value(&harness), "2025-08-29", "edited as stored");
}

/// A saved project whose four documents each show a problem when opened again: its article
/// changed, its article gone, a right-to-left override in its text, a byte of its file that is
/// not UTF-8 (a warning the import kept). Returns the project file.
fn project_with_problems(dir: &Path) -> std::path::PathBuf {
    let corpus = corpus_folder(dir, &["a.txt", "b.txt", "c.txt", "d.txt"]);
    std::fs::write(
        corpus.join("c.txt"),
        "ورد في البيان \u{202E}abc\u{202C} كما هو.\n",
    )
    .expect("article");
    let text = std::fs::read_to_string(corpus.join("d.txt")).expect("article");
    let mut bytes = text.clone().into_bytes();
    bytes.insert(text.find(' ').expect("a space"), 0xFF);
    std::fs::write(corpus.join("d.txt"), bytes).expect("article");
    let mut harness = pseudo_app(dir, Start::Path(corpus.clone()), pseudo_prefs());
    let path = save_as(&mut harness, dir, "problems.ron");
    std::fs::write(
        corpus.join("a.txt"),
        "تغيّر نص هذه المقالة بعد حفظ المشروع.\n",
    )
    .expect("article");
    std::fs::remove_file(corpus.join("b.txt")).expect("removed");
    // Spans of a document the project lacks: opening warns of them (Views ▸ Review spans).
    let stray = "(\n    version: 4,\n    document: \"gone.txt\",\n    spans: [\n        (id: \"g1\", \
                 start: 0, end: 5, label: \"PER\", quote: \"أعلنت\"),\n    ],\n)\n";
    let folder = dir.join("problems.annotations");
    std::fs::create_dir_all(&folder).expect("folder");
    std::fs::write(folder.join("gone.txt.ron"), stray).expect("annotation file");
    path
}

/// What is marked next to a document (in the header, its row's tooltip, in place of an article
/// that cannot be read) comes from the catalogue, whatever the problem.
#[test]
fn document_problems_come_from_the_catalogue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = project_with_problems(dir.path());
    let mut harness = pseudo_app(dir.path(), Start::Path(project), pseudo_prefs());
    let titles: Vec<String> = {
        let ws = harness.state().workspace().expect("the project");
        let problems: Vec<usize> = (0..4).map(|i| ws.problems(i).len()).collect();
        assert_eq!(problems, [1, 1, 1, 1], "one problem each");
        assert_eq!(ws.load_warnings().len(), 1, "{:?}", ws.load_warnings());
        ws.project()
            .documents
            .iter()
            .map(|d| d.title.clone())
            .collect()
    };
    let mut report = Vec::new();
    // The load warning opened the review window (and the import warning the report): read,
    // then closed, off the document list.
    assert!(
        harness
            .query_by_label(&hashiya::i18n::tr("review-title"))
            .is_some()
    );
    unmarked(
        interface_of_the_window(&harness, &[]),
        "windows opened",
        &mut report,
    );
    for _ in 0..4 {
        let Some(close) = harness.query_all_by_label("Close window").next() else {
            break;
        };
        close.click();
        settle(&mut harness);
    }
    for (i, title) in titles.iter().enumerate() {
        harness.state_mut().push(Command::SelectDocument(i));
        settle(&mut harness);
        unmarked(
            interface_of_the_window(&harness, &[]),
            &format!("document {i}"),
            &mut report,
        );
        // Its row hovered, the window with the row's tooltip.
        let before: BTreeSet<String> = all_texts(&harness).into_iter().collect();
        let row = harness
            .query_all_by_role(Role::ListItem)
            .find(|n| n.accesskit_node().label().as_deref() == Some(title.as_str()));
        row.expect("the document's row").hover();
        settle(&mut harness);
        assert!(
            all_texts(&harness).iter().any(|t| !before.contains(t)),
            "the row of document {i} has a tooltip"
        );
        unmarked(
            interface_of_the_window(&harness, &[]),
            &format!("tooltip of document {i}"),
            &mut report,
        );
    }
    assert!(
        report.is_empty(),
        "text shown that is not from the catalogue:\n{}",
        report.join("\n")
    );
}

/// A span whose quote no longer matches its article's text (its annotation file edited by
/// hand): the Review spans window says why in Arabic, from the catalogue, the span's and the
/// document's IDs as they are.
#[test]
fn a_quote_that_no_longer_matches_is_said_in_arabic() {
    let (dir, mut harness) = app_on_corpus(Language::Arabic);
    label_a_word(&mut harness);
    let project = save_as(&mut harness, dir.path(), "p.ron");
    drop(harness);
    let file = dir.path().join("p.annotations").join("a.txt.ron");
    let saved = std::fs::read_to_string(&file).expect("the annotation file");
    assert!(saved.contains("\"أعلنت\""), "{saved}");
    // Five chars for five: the span is well formed, only its text differs.
    std::fs::write(&file, saved.replace("\"أعلنت\"", "\"قررنا\"")).expect("edited");
    let mut harness = app_at(Language::Arabic, dir.path(), Start::Path(project));
    let span = {
        let ws = harness.state().workspace().expect("the project");
        let problems = ws.span_text_problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        problems[0].span().expect("a span's problem").1.clone()
    };
    harness.state_mut().push(Command::ShowReview);
    settle(&mut harness);
    // Its row (the load's warning above the rows names the span too, in words of its own).
    let texts = all_texts(&harness);
    let rows: Vec<&String> = texts
        .iter()
        .filter(|t| t.contains(span.as_str()) && t.contains("يطابق"))
        .collect();
    assert_eq!(rows.len(), 1, "{texts:#?}");
    let row = rows[0];
    for word in ["اقتباسُ", "المقطع", "نصَّ", "المستند", "a.txt"] {
        assert!(row.contains(word), "{word:?} in {row:?}");
    }
    for word in ["quote", "span", "document", "differs"] {
        assert!(!row.contains(word), "{word:?} in {row:?}");
    }
}
