//! The `hashiya` binary's headless subcommands, run as a user would.

use std::process::Command;

fn hashiya() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hashiya"))
}

#[test]
fn new_imports_a_folder_and_writes_a_project_that_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus dir");
    std::fs::write(corpus.join("a.txt"), "عنوان أول\nنص الخبر الأول.\n").expect("write");
    std::fs::write(corpus.join("b.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    std::fs::write(corpus.join("c.txt"), "").expect("write");
    let project = dir.path().join("p.ron");

    let out = hashiya()
        .arg("new")
        .arg(&corpus)
        .arg("-o")
        .arg(&project)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "exit 0 even with skipped files: {stdout} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Imported 1 document"), "{stdout}");
    assert!(
        stdout.contains("b.txt") && stdout.contains("c.txt"),
        "skipped files are listed: {stdout}"
    );

    let ws =
        hashiya::workspace::Workspace::open_project(&project).expect("the written project opens");
    assert_eq!(
        ws.project().corpus_dir,
        "corpus",
        "corpus folder is written relative to the project"
    );
    assert_eq!(ws.project().documents.len(), 1);
    assert_eq!(ws.project().documents[0].title, "عنوان أول");
    assert_eq!(ws.articles()[0].text(), Some("عنوان أول\nنص الخبر الأول.\n"));
}

#[test]
fn new_fails_when_nothing_can_be_imported() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("empty.txt"), "  \n").expect("write");
    let project = dir.path().join("p.ron");
    let out = hashiya()
        .arg("new")
        .arg(dir.path())
        .arg("-o")
        .arg(&project)
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no document could be imported"), "{stderr}");
    assert!(!project.exists(), "no project is written");
}

#[test]
fn new_reports_a_missing_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = hashiya()
        .arg("new")
        .arg(dir.path().join("nope"))
        .arg("-o")
        .arg(dir.path().join("p.ron"))
        .output()
        .expect("runs");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope"));
}

#[test]
fn stats_counts_spans_per_document_and_label() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated-v1.ron");
    let project = hashiya::store::load_project(&fixture).expect("fixture loads");
    let out = hashiya().arg("stats").arg(&fixture).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let total = project.annotations.len();
    assert!(total > 0, "the fixture has spans");
    assert!(
        stdout.contains(&format!(
            "Total\t{total} spans in {} documents",
            project.documents.len()
        )),
        "{stdout}"
    );
    for doc in &project.documents {
        let n = project.annotations.spans(&doc.id).len();
        assert!(
            stdout.contains(&format!("{}\t{n} spans", doc.path)),
            "{stdout}"
        );
    }
    for label in &project.schema.labels {
        let n = project.annotations.count_label(&label.id);
        if n > 0 {
            assert!(
                stdout.contains(&format!("  {}\t{n}", label.name)),
                "{stdout}"
            );
        }
    }
}

#[test]
fn stats_lists_entities_claims_and_clusters() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated-v2.ron");
    let project = hashiya::store::load_project(&fixture).expect("fixture loads");
    let out = hashiya().arg("stats").arg(&fixture).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    for doc in &project.documents {
        let spans = project.annotations.spans(&doc.id).len();
        let claims = project.annotations.claims(&doc.id).len();
        assert!(
            stdout.contains(&format!("{}\t{spans} spans, {claims} claims\n", doc.path)),
            "{stdout}"
        );
    }
    assert!(
        stdout.contains("Entities\t5 entities, 8 mentions\n"),
        "{stdout}"
    );
    // Most mentioned first.
    assert!(
        stdout.contains("Entities\t5 entities, 8 mentions\n  جسر الرمان (Place)\t3 mentions\n"),
        "{stdout}"
    );
    assert!(stdout.contains("Clusters\t2 clusters\n"), "{stdout}");
    assert!(
        stdout.contains("  قصف جسر الرمان\t4 claims from 2 outlets\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Claims\t7 claims in 3 documents\n"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with("Total\t22 spans in 3 documents\n"),
        "{stdout}"
    );
}

/// With `HASHIYA_LANG=ar` the human output is Arabic, with Arabic plural forms; `--json` output
/// is the same in every language.
#[test]
fn stats_speaks_arabic_when_asked_and_json_stays_as_it_is() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated-v2.ron");
    let out = hashiya()
        .arg("stats")
        .arg(&fixture)
        .env("HASHIYA_LANG", "ar")
        .output()
        .expect("runs");
    succeeded(&out);
    let stdout: String = String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|&c| c != '\u{2068}' && c != '\u{2069}')
        .collect();
    assert!(
        stdout.contains("المجموع\t22 مقطعًا في 3 مستندات\n"),
        "{stdout}"
    );
    assert!(stdout.contains("المجموعات\tمجموعتان\n"), "{stdout}");
    assert!(stdout.contains("كل المستندات\n"), "{stdout}");
    assert!(!stdout.contains("spans"), "{stdout}");

    // An error is said in Arabic too.
    let missing = hashiya()
        .arg("stats")
        .arg(fixture.with_file_name("لا-يوجد.ron"))
        .env("HASHIYA_LANG", "ar")
        .output()
        .expect("runs");
    assert!(!missing.status.success());
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(stderr.starts_with("خطأ: "), "{stderr}");
    // What the system says of the missing file is Arabic as well, the file's name kept.
    assert!(stderr.contains("لا يوجد ملف أو مجلد بهذا الاسم"), "{stderr}");
    assert!(stderr.contains("لا-يوجد.ron"), "{stderr}");
    assert!(
        !stderr.contains("No such file") && !stderr.contains("os error"),
        "{stderr}"
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus dir");
    std::fs::write(corpus.join("a.txt"), "عنوان\nنص قصير عن الطقس.\n").expect("write");
    let json = |lang: &str, name: &str| {
        let out = hashiya()
            .args(["new", "--json", "-o"])
            .arg(dir.path().join(name))
            .arg(&corpus)
            .env("HASHIYA_LANG", lang)
            .output()
            .expect("runs");
        succeeded(&out);
        let mut value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        // Only the time of the import may differ between the two runs.
        strip_times(&mut value);
        value
    };
    assert_eq!(json("en", "en.ron"), json("ar", "ar.ron"));
}

fn strip_times(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|key, _| !key.contains("time") && !key.contains("imported"));
            map.values_mut().for_each(strip_times);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_times),
        _ => {}
    }
}

/// Fails with what the command said on stderr unless it succeeded.
fn succeeded(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `--help` of the program and of every command in the interface's language: in Arabic every
/// line (description, heading, usage) holds Arabic; in the pseudo-locale every line holds a
/// catalogue message, so a description clap would show in English fails.
#[test]
fn help_of_every_command_comes_from_the_catalogue() {
    let help = |lang: &str, args: &[&str]| {
        let out = hashiya()
            .args(args)
            .env("HASHIYA_LANG", lang)
            .output()
            .expect("runs");
        succeeded(&out);
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let commands = [
        "open",
        "new",
        "report",
        "stats",
        "export",
        "import",
        "merge",
        "agreement",
        "suggest",
        "layout",
        "help",
    ];
    let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
    for lang in ["ar", "pseudo"] {
        let mut pages = vec![help(lang, &["--help"])];
        // `help` has no `--help` of its own; `help help` shows it.
        let own = commands.iter().filter(|c| **c != "help");
        pages.extend(own.map(|c| help(lang, &[c, "--help"])));
        pages.extend(commands.iter().map(|c| help(lang, &["help", c])));
        for page in &pages {
            let translated = |line: &str| match lang {
                "ar" => line.chars().any(arabic),
                _ => line.contains("[[") && line.contains("]]"),
            };
            let lines: Vec<&str> = page.lines().filter(|l| !l.trim().is_empty()).collect();
            for (i, line) in lines.iter().enumerate() {
                // Where descriptions are long, clap puts each under its argument's name.
                let indent = |l: &str| l.len() - l.trim_start().len();
                let name_above = line.trim_start().starts_with(['-', '<'])
                    && lines
                        .get(i + 1)
                        .is_some_and(|next| translated(next) && indent(next) > indent(line));
                assert!(
                    translated(line) || name_above,
                    "not from the catalogue: {line:?} in\n{page}"
                );
            }
        }
    }
    let arabic_export = help("ar", &["export", "--help"]);
    assert!(arabic_export.contains("الخيارات:"), "{arabic_export}");
    assert!(
        arabic_export.contains("الكتابة في مجلد إخراج غير فارغ"),
        "{arabic_export}"
    );
    // English as before: clap's headings and the commands' descriptions.
    let english = help("en", &["--help"]);
    for expected in [
        "Usage: hashiya [COMMAND]",
        "Commands:",
        "Options:",
        "Print help",
    ] {
        assert!(english.contains(expected), "{english}");
    }
    assert!(
        english.contains("  stats      Count what a project holds"),
        "{english}"
    );
}

/// `hashiya export` in Arabic: the summary is Arabic, the file written is byte for byte the one
/// written in English.
#[test]
fn export_summary_speaks_arabic_and_the_export_is_the_same() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated-v2.ron");
    let dir = tempfile::tempdir().expect("temp dir");
    let export = |lang: &str| {
        let output = dir.path().join(format!("{lang}.jsonl"));
        let out = hashiya()
            .args(["export", "--format", "jsonl", "-o"])
            .arg(&output)
            .arg(&fixture)
            .env("HASHIYA_LANG", lang)
            .output()
            .expect("runs");
        succeeded(&out);
        let summary = String::from_utf8_lossy(&out.stdout).into_owned();
        (summary, std::fs::read(&output).expect("written"))
    };
    let (english, english_file) = export("en");
    let (arabic, arabic_file) = export("ar");
    assert!(
        english.starts_with("Exported 3 documents, 22 spans"),
        "{english}"
    );
    assert!(arabic.starts_with("صُدِّر بصيغة"), "{arabic}");
    assert!(arabic.contains("نقاط رموز يونيكود"), "{arabic}");
    assert!(
        !arabic.contains("Exported") && !arabic.contains("offsets"),
        "{arabic}"
    );
    assert_eq!(english_file, arabic_file);
}

/// Where a command may not write is said in Arabic when asked, the path last.
#[test]
fn refused_output_is_said_in_arabic() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated-v2.ron");
    let out = hashiya()
        .args(["export", "--format", "jsonl", "-o"])
        .arg(&fixture)
        .arg(&fixture)
        .env("HASHIYA_LANG", "ar")
        .output()
        .expect("runs");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr).replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        stderr.starts_with("خطأ: لن يُكتب فوق ملف المشروع الذي يُقرأ: "),
        "{stderr}"
    );
    assert!(stderr.trim_end().ends_with("annotated-v2.ron"), "{stderr}");
}

/// The text of the HTML page's `<time datetime="{iso}">` elements, one per element.
fn times(page: &str, iso: &str) -> Vec<String> {
    let open = format!(r#"<time datetime="{iso}">"#);
    page.split(&open)
        .skip(1)
        .filter_map(|rest| rest.split_once("</time>").map(|(text, _)| text.to_owned()))
        .collect()
}

/// `hashiya report` writes numbers and dates in the digits and calendar asked for, else as the
/// window's preferences last saved them, else in Latin digits and the Gregorian calendar; the
/// ISO date in `datetime` is the same whatever they are.
#[test]
fn report_follows_the_chosen_digits_and_calendar() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annotated-v2.ron");
    let dir = tempfile::tempdir().expect("temp dir");
    // The window's storage, as eframe keeps it under $XDG_DATA_HOME/hashiya.
    let data = dir.path().join("data");
    let report = |lang: &str, name: &str, options: &[&str]| {
        let output = dir.path().join(name);
        let out = hashiya()
            .arg("report")
            .arg(&fixture)
            .arg("-o")
            .arg(&output)
            .args(options)
            .env("HASHIYA_LANG", lang)
            .env("XDG_DATA_HOME", &data)
            .output()
            .expect("runs");
        succeeded(&out);
        std::fs::read_to_string(&output).expect("written")
    };
    let hijri_months = [
        "محرم",
        "صفر",
        "ربيع الأول",
        "ربيع الآخر",
        "جمادى الأولى",
        "جمادى الآخرة",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "ذو القعدة",
        "ذو الحجة",
    ];
    let arabic_indic = |text: &str| text.chars().any(|c| ('٠'..='٩').contains(&c));
    let latin = |text: &str| text.chars().any(|c| c.is_ascii_digit());

    // Nothing saved, nothing asked: Latin digits, Gregorian months.
    let plain = report("ar", "plain.html", &[]);
    let days = times(&plain, "2031-04-15");
    assert!(!days.is_empty(), "{plain}");
    for day in &days {
        assert!(day.contains("أبريل") && day.contains("2031"), "{day}");
    }
    assert!(!arabic_indic(&plain), "Latin digits by default");

    let chosen = report(
        "ar",
        "hijri.html",
        &["--digits", "arabic-indic", "--calendar", "hijri"],
    );
    let days = times(&chosen, "2031-04-15");
    assert_eq!(days.len(), times(&plain, "2031-04-15").len(), "{chosen}");
    for day in &days {
        assert!(hijri_months.iter().any(|m| day.contains(m)), "{day}");
        assert!(
            day.ends_with("هـ") && arabic_indic(day) && !latin(day),
            "{day}"
        );
    }

    // English with the Hijri calendar: the era mark AH, the digits as asked.
    let english = report("en", "english.html", &["--calendar", "hijri"]);
    for day in times(&english, "2031-04-15") {
        assert!(
            day.ends_with(" AH") && latin(&day) && !arabic_indic(&day),
            "{day}"
        );
    }

    // The window's preferences decide when nothing is asked; an option overrides them.
    let prefs = "(font_size: 22.0, digits: ArabicIndic, calendar: Hijri)";
    let storage = format!("{{\"hashiya-preferences\": {prefs:?}}}");
    std::fs::create_dir_all(data.join("hashiya")).expect("storage dir");
    std::fs::write(data.join("hashiya/app.ron"), storage).expect("write storage");
    let saved = report("ar", "saved.html", &[]);
    assert_eq!(times(&saved, "2031-04-15"), days);
    let overridden = report("ar", "overridden.html", &["--digits", "latin"]);
    for day in times(&overridden, "2031-04-15") {
        assert!(hijri_months.iter().any(|m| day.contains(m)), "{day}");
        assert!(latin(&day) && !arabic_indic(&day), "{day}");
    }
}

/// A mistake in the arguments is said in the interface's language, with the usage line and where
/// to read more, and ends with clap's exit code; in Arabic nothing Latin is left but what was
/// typed and the names of commands, options and values.
#[test]
fn mistakes_in_the_arguments_are_said_in_arabic() {
    let cases: [(&[&str], &[&str]); 5] = [
        (&["stats"], &["hashiya stats <PROJECT>", "<PROJECT>"]),
        (&["frob"], &["hashiya [COMMAND]", "frob"]),
        (
            &["stats", "a.ron", "--bogus"],
            &["hashiya stats <PROJECT>", "--bogus"],
        ),
        (
            &["report", "p.ron", "-o", "r.html", "--format", "zz"],
            &["--format <FORMAT>", "claims-jsonld", "html", "zz"],
        ),
        (
            &["layout", "--width", "9", "--direction", "up", "a.txt"],
            &["--direction <DIRECTION>", "auto", "ltr", "rtl", "up"],
        ),
    ];
    for (args, typed) in cases {
        let run = |lang: &str| {
            let out = hashiya()
                .args(args)
                .env("HASHIYA_LANG", lang)
                .output()
                .expect("runs");
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            String::from_utf8(out.stderr).expect("utf-8")
        };
        let english = run("en");
        assert!(english.starts_with("Error: "), "{english}");
        assert!(
            english.ends_with("For more information, try '--help'.\n"),
            "{english}"
        );
        let arabic = run("ar");
        assert!(arabic.starts_with("خطأ: "), "{arabic}");
        let mut left = arabic
            .replace(['\u{2068}', '\u{2069}'], "")
            .replace("'--help'", "");
        for word in typed {
            left = left.replace(word, "");
        }
        assert!(
            !left.chars().any(|c| c.is_ascii_alphabetic()),
            "{args:?}: {arabic}"
        );
    }
}
