//! `hashiya new` on a folder of plain articles with a metadata sheet, front matter, outlet
//! folders, Hijri and Arabic-month dates, several spellings of one outlet and a wire copy.

use std::path::Path;
use std::process::Command;

use hashiya::import::ImportOptions;
use hashiya::workspace::Workspace;

const WIRE: &str = "قالت مصادر طبية إن حريقا اندلع فجر اليوم في مستودع للأدوية قرب الميناء، \
    وإن فرق الإطفاء احتاجت ثلاث ساعات للسيطرة عليه. وأضافت المصادر أن الحريق لم يسفر عن \
    إصابات بشرية، لكنه أتلف كميات كبيرة من الأدوية المخصصة للمستشفيات الحكومية. وفتحت \
    السلطات تحقيقا لمعرفة أسباب الحريق، فيما رجح شهود عيان أن يكون ناتجا عن تماس كهربائي.";

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("folder made");
    }
    std::fs::write(path, text).expect("file written");
}

/// The folder: `enab/` and `watan/` articles, a sheet naming a file that is not there.
fn corpus(root: &Path) {
    write(
        root,
        "metadata.csv",
        "file,media_name,publish_date,url\n\
         enab/01.txt,aljazeera.net,26 شوال 1436 هـ الموافق 11 اغسطس 2015 م,https://a.example/1\n\
         enab/02.txt,Al Jazeera,١ رمضان ١٤٣٦ هـ,\n\
         watan/04.txt,www.aljazeera.net,,\n\
         gone.txt,الوطن,2017-09-05,\n",
    );
    write(root, "enab/01.txt", &format!("حريق في مستودع\n{WIRE}\n"));
    write(
        root,
        "enab/02.txt",
        "خبر ثان\nنص الخبر الثاني عن موضوع آخر تماما.\n",
    );
    write(
        root,
        "watan/03.md",
        &format!(
            "---\ntitle: حريق الميناء\noutlet: جريدة الوطن\ndate: 5 أيلول 2017\nauthor: سامر\n---\n\
             عاجل: حريق قرب الميناء\n{WIRE}\n"
        ),
    );
    write(root, "watan/04.txt", "خبر رابع\nتاريخه غير مكتوب.\n");
    write(
        root,
        "watan/05.txt",
        "---\ndate: منذ ساعتين\n---\nخبر خامس لا يشبه غيره في شيء.\n",
    );
    write(root, "scan.pdf", "%PDF-1.4");
}

fn new_json(root: &Path, project: &Path, outlet_from_folder: bool) -> serde_json::Value {
    let mut command = Command::new(env!("CARGO_BIN_EXE_hashiya"));
    command
        .arg("new")
        .arg(root)
        .arg("-o")
        .arg(project)
        .arg("--json");
    if outlet_from_folder {
        command.arg("--outlet-from-folder");
    }
    let output = command.output().expect("hashiya runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is one JSON object")
}

fn document<'a>(json: &'a serde_json::Value, path: &str) -> &'a serde_json::Value {
    json["documents"]
        .as_array()
        .and_then(|docs| docs.iter().find(|d| d["path"] == path))
        .unwrap_or_else(|| panic!("{path} not in the report"))
}

#[test]
fn new_json_reports_metadata_outlets_dates_copies_and_skips() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path().join("corpus");
    corpus(&root);
    let json = new_json(&root, &dir.path().join("p.ron"), true);

    let first = document(&json, "enab/01.txt");
    assert_eq!(first["id"], "enab/01.txt");
    assert_eq!(first["outlet"], "Al Jazeera");
    assert_eq!(first["date"], "2015-08-11");
    assert_eq!(
        first["date_text"],
        "26 شوال 1436 هـ الموافق 11 اغسطس 2015 م"
    );
    assert_eq!(first["url"], "https://a.example/1");
    assert_eq!(first["metadata_from"]["outlet"], "metadata.csv");
    assert_eq!(first["metadata_from"]["date"], "metadata.csv");
    // Hijri alone, in Arabic-Indic digits: Umm al-Qura.
    assert_eq!(document(&json, "enab/02.txt")["date"], "2015-06-18");
    assert_eq!(document(&json, "watan/04.txt")["outlet"], "Al Jazeera");

    let third = document(&json, "watan/03.md");
    assert_eq!(third["title"], "حريق الميناء");
    assert_eq!(third["outlet"], "جريدة الوطن");
    assert_eq!(third["author"], "سامر");
    assert_eq!(third["date"], "2017-09-05");
    assert_eq!(third["date_text"], "5 أيلول 2017");
    assert_eq!(third["metadata_from"]["outlet"], "front matter");

    let fifth = document(&json, "watan/05.txt");
    assert_eq!(fifth["date"], "");
    assert_eq!(fifth["date_text"], "منذ ساعتين");
    assert_eq!(fifth["outlet"], "watan");
    assert_eq!(fifth["metadata_from"]["outlet"], "folder");

    assert_eq!(
        json["duplicates"],
        serde_json::json!([["enab/01.txt", "watan/03.md"]])
    );
    let skipped: Vec<&str> = json["skipped"]
        .as_array()
        .map(|s| s.iter().filter_map(|s| s["path"].as_str()).collect())
        .unwrap_or_default();
    assert!(skipped.contains(&"metadata.csv#4"), "{skipped:?}");
    assert!(!skipped.contains(&"metadata.csv"), "{skipped:?}");
    assert_eq!(
        json["outlets"],
        serde_json::json!([
            {"name": "Al Jazeera", "documents": 3},
            {"name": "watan", "documents": 1},
            {"name": "جريدة الوطن", "documents": 1},
        ])
    );
}

#[test]
fn without_outlet_from_folder_a_folder_names_no_outlet_and_text_report_says_it_all() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path().join("corpus");
    corpus(&root);
    let json = new_json(&root, &dir.path().join("p.ron"), false);
    assert_eq!(document(&json, "watan/05.txt")["outlet"], "");

    let ws = Workspace::import_folder(&root, &ImportOptions::default()).expect("imported");
    let project = ws.project();
    let names: Vec<&str> = project.outlets.values().map(|o| o.name.as_str()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    let third = project
        .documents
        .iter()
        .find(|d| d.path == "watan/03.md")
        .expect("front matter article imported");
    assert_eq!(
        project.outlet(&third.outlet).map(|o| o.name.as_str()),
        Some("جريدة الوطن")
    );
    assert_eq!(
        third.copy_of.as_ref().map(|id| id.0.as_str()),
        Some("enab/01.txt")
    );
    // The text the offsets count in has no front matter, on import and on reading it again.
    let text = ws.text_of(&third.id).expect("text read");
    assert!(text.starts_with("عاجل: حريق قرب الميناء\n"), "{text}");
    let again = hashiya::import::read_article(&root, third).expect("read again");
    assert_eq!(again.text, text);

    let summary = ws.import_summary().unwrap_or_default();
    for expected in [
        "Metadata sheets: metadata.csv.",
        "no file «gone.txt» in the folder: metadata.csv#4",
        "Al Jazeera: 3 documents (also written aljazeera.net, www.aljazeera.net)",
        "Dates: 2015-06-18 to 2017-09-05 (2 documents without a date).",
        "watan/05.txt: «منذ ساعتين»",
        "enab/01.txt = watan/03.md",
    ] {
        assert!(summary.contains(expected), "{expected}\n{summary}");
    }
}

#[test]
fn each_outlet_folder_may_keep_its_own_sheet_and_the_nearer_sheet_wins() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path().join("corpus");
    // The folder's sheet gives dates and an outlet; each outlet's own sheet names its files
    // from its folder, and its outlet wins over the folder's for the same file.
    write(
        &root,
        "metadata.csv",
        "file,outlet,date\n\
         sana/01.txt,وكالة قديمة,2019-03-01\n\
         orient/01.txt,,2019-03-02\n",
    );
    write(
        &root,
        "sana/metadata.tsv",
        "path\toutlet\tauthor\n01.txt\tسانا\tرنا\n02.txt\tسانا\t\nmissing.txt\tسانا\t\n",
    );
    write(
        &root,
        "orient/meta/sources.jsonl",
        "{\"filename\": \"01.txt\", \"outlet\": \"لا يصل\"}\n",
    );
    write(
        &root,
        "orient/sheet.csv",
        "file,media_name\n01.txt,أورينت نت\n",
    );
    write(&root, "sana/01.txt", "خبر أول\nنص الخبر الأول عن الجسر.\n");
    write(
        &root,
        "sana/02.txt",
        "خبر ثان\nنص الخبر الثاني عن المعبر.\n",
    );
    write(&root, "orient/01.txt", "خبر ثالث\nنص خبر ثالث عن السوق.\n");
    let json = new_json(&root, &dir.path().join("p.ron"), false);

    let first = document(&json, "sana/01.txt");
    assert_eq!(first["outlet"], "سانا", "{first}");
    assert_eq!(first["metadata_from"]["outlet"], "sana/metadata.tsv");
    assert_eq!(first["author"], "رنا");
    assert_eq!(
        first["date"], "2019-03-01",
        "the folder's sheet still gives the date"
    );
    assert_eq!(first["metadata_from"]["date"], "metadata.csv");
    assert_eq!(document(&json, "sana/02.txt")["outlet"], "سانا");
    let orient = document(&json, "orient/01.txt");
    assert_eq!(orient["outlet"], "أورينت نت", "{orient}");
    assert_eq!(orient["metadata_from"]["outlet"], "orient/sheet.csv");

    let skipped: Vec<&str> = json["skipped"]
        .as_array()
        .expect("skipped")
        .iter()
        .filter_map(|s| s["path"].as_str())
        .collect();
    assert!(skipped.contains(&"sana/metadata.tsv#3"), "{skipped:?}");
    // A row of a sheet below `orient/meta/` names files below that folder only.
    assert!(
        skipped.contains(&"orient/meta/sources.jsonl#1"),
        "{skipped:?}"
    );
    for sheet in ["metadata.csv", "sana/metadata.tsv", "orient/sheet.csv"] {
        assert!(!skipped.contains(&sheet), "{sheet} is a sheet: {skipped:?}");
    }
}
