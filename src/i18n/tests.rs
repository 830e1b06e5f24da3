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
    ];
    // CLDR also makes 103–110 "few" and 111–199 "many" (n mod 100); intl_pluralrules 7.0.2,
    // which Fluent uses, tests the whole number only, so those show the "other" form.
    in_locale(Language::Arabic, Digits::Latin, || {
        for (n, want) in cases {
            assert_eq!(
                plain(&tr_args("documents-count", &[("count", n.into())])),
                want
            );
        }
    });
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
