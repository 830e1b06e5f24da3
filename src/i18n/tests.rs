use super::*;

/// The text without Fluent's isolate marks around arguments.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|&c| c != '\u{2068}' && c != '\u{2069}')
        .collect()
}

fn in_locale<T>(language: Language, digits: Digits, f: impl FnOnce() -> T) -> T {
    set_locale(Locale { language, digits });
    let out = f();
    set_locale(Locale::default());
    out
}

#[test]
fn both_catalogues_parse_and_hold_the_same_messages() {
    let (english, en_errors) = message_ids(Language::English);
    let (arabic, ar_errors) = message_ids(Language::Arabic);
    assert!(en_errors.is_empty(), "en: {en_errors:?}");
    assert!(ar_errors.is_empty(), "ar: {ar_errors:?}");
    for (name, ids) in [("en", &english), ("ar", &arabic)] {
        let mut sorted = ids.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            sorted.len(),
            ids.len(),
            "the {name} catalogue has an ID twice"
        );
    }
    let missing_in_ar: Vec<_> = english.iter().filter(|id| !arabic.contains(id)).collect();
    let missing_in_en: Vec<_> = arabic.iter().filter(|id| !english.contains(id)).collect();
    assert!(
        missing_in_ar.is_empty(),
        "not in the ar catalogue: {missing_in_ar:?}"
    );
    assert!(
        missing_in_en.is_empty(),
        "not in the en catalogue: {missing_in_en:?}"
    );
}

#[test]
fn every_arabic_message_is_in_arabic() {
    let (ids, _) = message_ids(Language::Arabic);
    // Messages that are only arguments and punctuation.
    let neutral = [
        "menu-import-format",
        "panel-show-with-shortcut",
        "welcome-numbered",
        "cli-stats-entity",
        // The agreement table's measures, written as in the literature in every language.
        "agreement-kappa",
        "agreement-alpha",
        "agreement-precision",
        "agreement-recall",
        "agreement-f1",
    ];
    in_locale(Language::Arabic, Digits::Latin, || {
        for id in ids.iter().filter(|id| !neutral.contains(&id.as_str())) {
            let text = tr_args(id, &[("count", 3.into())]);
            assert!(
                text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{id} is not translated: {text}"
            );
        }
    });
}

#[test]
fn arabic_plurals_take_each_of_the_six_forms() {
    let cases = [
        (0, "لا مستندات"),
        (1, "مستند واحد"),
        (2, "مستندان"),
        (3, "3 مستندات"),
        (10, "10 مستندات"),
        (11, "11 مستندًا"),
        (99, "99 مستندًا"),
        (100, "100 مستند"),
        (102, "102 مستند"),
        (103, "103 مستندات"),
        (110, "110 مستندات"),
        (111, "111 مستندًا"),
        (199, "199 مستندًا"),
        (201, "201 مستند"),
        (1005, "1005 مستندات"),
    ];
    in_locale(Language::Arabic, Digits::Latin, || {
        for (n, want) in cases {
            assert_eq!(
                plain(&tr_args("documents-count", &[("count", n.into())])),
                want
            );
        }
    });
}

/// CLDR's Arabic cardinal rule as the standard writes it, on whole numbers.
fn cldr_arabic(n: u32) -> &'static str {
    match (n, n % 100) {
        (0, _) => "zero",
        (1, _) => "one",
        (2, _) => "two",
        (_, 3..=10) => "few",
        (_, 11..=99) => "many",
        _ => "other",
    }
}

#[test]
fn arabic_plural_forms_follow_cldr_up_to_a_thousand() {
    let forms = |n: u32| match cldr_arabic(n) {
        "zero" => "لا مستندات".to_owned(),
        "one" => "مستند واحد".to_owned(),
        "two" => "مستندان".to_owned(),
        "few" => format!("{n} مستندات"),
        "many" => format!("{n} مستندًا"),
        _ => format!("{n} مستند"),
    };
    in_locale(Language::Arabic, Digits::Latin, || {
        for n in 0..=1000 {
            assert_eq!(plural::arabic(f64::from(n)), cldr_arabic(n), "{n}");
            assert_eq!(
                plain(&tr_args("documents-count", &[("count", n.into())])),
                forms(n),
                "{n}"
            );
        }
    });
    assert_eq!(plural::arabic(2.5), "other");
    assert_eq!(plural::arabic(-3.0), "few");
}

/// `source`'s message `m` as the Arabic bundle formats it: rewritten, with the function.
fn arabic_message(source: &str, args: &FluentArgs) -> String {
    let mut bundle = Bundle::new_concurrent(vec![
        "ar".parse::<unic_langid::LanguageIdentifier>().expect("ar"),
    ]);
    bundle.set_use_isolating(false);
    bundle
        .add_function(plural::FUNCTION, |args, _| {
            plural::select_function(plural::arabic, args)
        })
        .expect("function");
    let source = plural::rewrite(source).expect("a select to rewrite");
    bundle
        .add_resource(FluentResource::try_new(source).expect("parses"))
        .expect("added");
    let pattern = bundle.get_message("m").and_then(|m| m.value()).expect("m");
    bundle
        .format_pattern(pattern, Some(args), &mut Vec::new())
        .into_owned()
}

#[test]
fn exact_numbers_and_text_selects_survive_the_plural_rewrite() {
    let source = "m = { $count ->\n    [0] لا شيء\n    [few] قليل { $kind ->\n        [claim] ادعاءات\n       *[other] أشياء\n    }\n   *[other] غير ذلك\n}\n";
    let with = |count: u32, kind: &'static str| {
        let mut args = FluentArgs::new();
        args.set("count", count);
        args.set("kind", kind);
        arabic_message(source, &args)
    };
    assert_eq!(with(0, "claim"), "لا شيء");
    assert_eq!(with(105, "claim"), "قليل ادعاءات");
    assert_eq!(with(105, "span"), "قليل أشياء");
    assert_eq!(with(150, "claim"), "غير ذلك");
    // A catalogue without a select is left as it is.
    assert_eq!(plural::rewrite("m = نص { $name }\n"), None);
}

#[test]
fn english_plurals_and_fallbacks() {
    in_locale(Language::English, Digits::Latin, || {
        assert_eq!(
            plain(&tr_args("spans-count", &[("count", 1.into())])),
            "1 span"
        );
        assert_eq!(
            plain(&tr_args("spans-count", &[("count", 0.into())])),
            "0 spans"
        );
        assert_eq!(tr("menu-file"), "File");
        // An ID no catalogue has shows as itself, unmarked, so the pseudo-locale test sees it.
        assert_eq!(tr("no-such-message"), "no-such-message");
    });
}

#[test]
fn numbers_take_the_chosen_digits() {
    in_locale(Language::Arabic, Digits::ArabicIndic, || {
        assert_eq!(
            plain(&tr_args("claims-count", &[("count", 11.into())])),
            "١١ ادعاءً"
        );
        assert_eq!(number(2026), "٢٠٢٦");
    });
    in_locale(Language::Arabic, Digits::Latin, || {
        assert_eq!(number(2026), "2026");
    });
}

#[test]
fn the_pseudo_locale_marks_every_message() {
    in_locale(Language::Pseudo, Digits::Latin, || {
        assert_eq!(tr("menu-file"), "[[File]]");
        assert_eq!(
            plain(&tr_args("documents-count", &[("count", 2.into())])),
            "[[2 documents]]"
        );
    });
}

#[test]
fn the_locale_is_kept_per_thread() {
    set_locale(Locale {
        language: Language::Arabic,
        digits: Digits::Latin,
    });
    let other = std::thread::spawn(|| {
        set_locale(Locale::default());
        tr("menu-file")
    })
    .join()
    .expect("thread");
    assert_eq!(other, "File");
    assert_eq!(tr("menu-file"), "ملف");
    set_locale(Locale::default());
}

#[test]
fn the_system_language_comes_from_the_environment() {
    let vars = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(
        Language::from_vars(vars(&[("LANG", "ar_EG.UTF-8")])),
        Language::Arabic
    );
    assert_eq!(
        Language::from_vars(vars(&[("LANG", "ar_EG.UTF-8"), ("LC_ALL", "en_GB.UTF-8")])),
        Language::English
    );
    assert_eq!(
        Language::from_vars(vars(&[("LANG", "en_US.UTF-8"), ("HASHIYA_LANG", "ar")])),
        Language::Arabic
    );
    assert_eq!(
        Language::from_vars(vars(&[("LANG", "fr_FR.UTF-8")])),
        Language::English
    );
    assert_eq!(Language::from_vars(vars(&[])), Language::English);
}

#[test]
fn dates_name_their_month_in_the_interface_language() {
    in_locale(Language::English, Digits::Latin, || {
        assert_eq!(
            stamp("2025-03-01T09:15:02Z").map(|s| plain(&s)),
            Some("1 March 2025, 09:15 UTC".to_owned())
        );
        assert_eq!(
            stamp("2024-12-31").map(|s| plain(&s)),
            Some("31 December 2024".to_owned())
        );
        assert_eq!(stamp("2024-13-01"), None);
        assert_eq!(stamp("yesterday"), None);
    });
    in_locale(Language::Arabic, Digits::ArabicIndic, || {
        assert_eq!(
            stamp("2025-03-01T09:15:02Z").map(|s| plain(&s)),
            Some("١ مارس ٢٠٢٥، الساعة ٠٩:١٥ بالتوقيت العالمي".to_owned())
        );
        assert_eq!(
            date(2026, 1, 12).map(|s| plain(&s)),
            Some("١٢ يناير ٢٠٢٦".to_owned())
        );
    });
}

#[test]
fn gregorian_days_become_umm_al_qura_days() {
    // 1 Muharram 1439, the Hijri new year, was Thursday 21 September 2017 in Saudi Arabia, so 17
    // October 2017 was its 27th day; 2011-04-04 and 2025-02-26 are icu_calendar's own checks
    // against ummulqura.org.sa; 1 Ramadan 1436 and 1 Muharram 1445 are the import's.
    assert_eq!(hijri(2017, 10, 17), Some((1439, 1, 27)));
    assert_eq!(hijri(2017, 9, 21), Some((1439, 1, 1)));
    assert_eq!(hijri(2011, 4, 4), Some((1432, 4, 30)));
    assert_eq!(hijri(2025, 2, 26), Some((1446, 8, 27)));
    assert_eq!(hijri(2015, 6, 18), Some((1436, 9, 1)));
    assert_eq!(hijri(2023, 7, 19), Some((1445, 1, 1)));
    assert_eq!(hijri(2017, 2, 29), None);
}

#[test]
fn dates_show_in_the_chosen_calendar_with_its_months_and_era() {
    set_calendar(Calendar::Hijri);
    in_locale(Language::English, Digits::Latin, || {
        assert_eq!(
            date(2017, 10, 17).map(|s| plain(&s)),
            Some("27 Muharram 1439 AH".to_owned())
        );
        assert_eq!(
            stamp("2011-04-04T18:30:00Z").map(|s| plain(&s)),
            Some("30 Rabi' al-Akhir 1432 AH, 18:30 UTC".to_owned())
        );
        assert_eq!(date(2023, 2, 29), None, "no such Gregorian day");
    });
    in_locale(Language::Arabic, Digits::ArabicIndic, || {
        assert_eq!(
            date(2025, 2, 26).map(|s| plain(&s)),
            Some("٢٧ شعبان ١٤٤٦ هـ".to_owned())
        );
        assert_eq!(
            date(2015, 6, 18).map(|s| plain(&s)),
            Some("١ رمضان ١٤٣٦ هـ".to_owned())
        );
    });
    in_locale(Language::Arabic, Digits::Latin, || {
        assert_eq!(plain(&shown_date("٢٠١٧-١٠-١٧")), "27 محرم 1439 هـ");
        assert_eq!(
            plain(&shown_date(" 2017-10-17T08:05:00Z")),
            "27 محرم 1439 هـ، الساعة 08:05 بالتوقيت العالمي"
        );
        assert_eq!(
            shown_date("خريف 2017"),
            "خريف 2017",
            "what is not a date stays"
        );
        assert_eq!(shown_date("2017-10-17 نحو الظهر"), "2017-10-17 نحو الظهر");
    });
    set_calendar(Calendar::Gregorian);
    in_locale(Language::English, Digits::Latin, || {
        assert_eq!(
            date(2017, 10, 17).map(|s| plain(&s)),
            Some("17 October 2017".to_owned())
        );
    });
}
