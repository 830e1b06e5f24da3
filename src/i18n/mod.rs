//! The interface's language. Every text of the window and of the command line's human output
//! comes from a Fluent message catalogue, `assets/i18n/<code>/*.ftl` (one file per part of the
//! interface, see [`AREAS`]), embedded in the binary and looked up by message ID: [`tr`] for a plain message, [`tr_args`] for one with arguments
//! (plural forms are chosen by CLDR's rules, written as `{ $count -> [few] … *[other] … }`:
//! Arabic has six, zero, one, two, few, many and other; Arabic's rule is applied by [`plural`],
//! since Fluent's is wrong past 100). Numbers given as arguments are shown in the [`Digits`] the analyst picked.
//!
//! The language in use is a [`Locale`] set with [`set_locale`] (the window sets it from its
//! preferences each frame, so a switch takes effect at once). It is kept per thread, so tests
//! running side by side in one process can each use their own; [`set_locale_everywhere`] also
//! makes it the default of threads that set none (background work).
//!
//! Fluent wraps each argument in first-strong isolate marks (U+2068 … U+2069) so a name in the
//! other script keeps its place in the sentence. They are kept: text for the window goes through
//! `ui::widgets::bidi::shown`, which reorders with them and removes them (egui has no glyph for
//! them); terminals that do bidi understand them. [`Language::Pseudo`] is for tests: English
//! with every message wrapped in `[[…]]`, so any text of the window without those marks did not
//! come from the catalogue.

mod dates;
mod digits;
mod io;
pub mod plural;

use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

pub use dates::{
    Calendar, calendar, date, hijri, set_calendar, set_calendar_everywhere, shown_date, stamp,
};
pub use digits::Digits;
pub use io::{IoCause, io_reason};

/// A language of the interface.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    Arabic,
    /// English with every message marked `[[…]]`: for the test that finds text not taken from
    /// the catalogue.
    Pseudo,
}

/// Where an untranslated string would show in the pseudo-locale: every message starts with
/// [`PSEUDO_OPEN`] and ends with [`PSEUDO_CLOSE`] (characters the bundled faces draw).
pub const PSEUDO_OPEN: &str = "[[";
pub const PSEUDO_CLOSE: &str = "]]";

/// The environment variable that chooses the language for one run when the preference follows
/// the system: `ar`, `en` or `pseudo`.
pub const LANGUAGE_VAR: &str = "HASHIYA_LANG";

/// The files of each language's catalogue, `assets/i18n/<code>/<area>.ftl`: the menus, panels'
/// frame and first-run panel; the inspector, header, document list and status bar; the views'
/// windows; the label editor; file dialogs, questions and errors; the command line's human output;
/// the HTML report; why an edit was refused; what does not hold together in a project's files;
/// working in a team (the merge report, how two analysts' spans compare).
pub const AREAS: [&str; 10] = [
    "main",
    "inspector",
    "windows",
    "editor",
    "dialogs",
    "cli",
    "report",
    "edits",
    "problems",
    "team",
];

impl Language {
    /// The languages offered to analysts (the pseudo-locale is not one of them).
    pub const OFFERED: [Language; 2] = [Language::English, Language::Arabic];

    /// The BCP 47 code of the catalogue.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Arabic => "ar",
            Language::Pseudo => "en-XA",
        }
    }

    /// The language's name in itself, as the menu offers it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Arabic => "العربية",
            Language::Pseudo => "Pseudo",
        }
    }

    /// The interface is laid out from the right: menus, side panels, arrows mirrored.
    pub fn is_rtl(self) -> bool {
        self == Language::Arabic
    }

    /// The language a locale name asks for (`ar_EG.UTF-8`, `en`, `pseudo`); `None` for one
    /// hashiya has no catalogue of.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_ascii_lowercase();
        let base = code.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match base {
            "ar" => Some(Language::Arabic),
            "en" | "c" | "posix" => Some(Language::English),
            "pseudo" => Some(Language::Pseudo),
            _ => None,
        }
    }

    /// The system's language: [`LANGUAGE_VAR`], else `LC_ALL`, `LC_MESSAGES`, `LANG` (the first
    /// one set decides, as POSIX has it); English when it names no language hashiya has.
    pub fn system() -> Language {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    fn from_vars(var: impl Fn(&str) -> Option<String>) -> Language {
        [LANGUAGE_VAR, "LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| var(name).filter(|v| !v.trim().is_empty()))
            .find_map(|value| Language::from_code(&value))
            .unwrap_or_default()
    }

    /// The catalogue's sources, one per part of the interface: (file name, text).
    pub fn catalogue(self) -> [(&'static str, &'static str); AREAS.len()] {
        macro_rules! files {
            ($code:literal) => {
                [
                    (
                        "main",
                        include_str!(concat!("../../assets/i18n/", $code, "/main.ftl")),
                    ),
                    (
                        "inspector",
                        include_str!(concat!("../../assets/i18n/", $code, "/inspector.ftl")),
                    ),
                    (
                        "windows",
                        include_str!(concat!("../../assets/i18n/", $code, "/windows.ftl")),
                    ),
                    (
                        "editor",
                        include_str!(concat!("../../assets/i18n/", $code, "/editor.ftl")),
                    ),
                    (
                        "dialogs",
                        include_str!(concat!("../../assets/i18n/", $code, "/dialogs.ftl")),
                    ),
                    (
                        "cli",
                        include_str!(concat!("../../assets/i18n/", $code, "/cli.ftl")),
                    ),
                    (
                        "report",
                        include_str!(concat!("../../assets/i18n/", $code, "/report.ftl")),
                    ),
                    (
                        "edits",
                        include_str!(concat!("../../assets/i18n/", $code, "/edits.ftl")),
                    ),
                    (
                        "problems",
                        include_str!(concat!("../../assets/i18n/", $code, "/problems.ftl")),
                    ),
                    (
                        "team",
                        include_str!(concat!("../../assets/i18n/", $code, "/team.ftl")),
                    ),
                ]
            };
        }
        match self {
            Language::English | Language::Pseudo => files!("en"),
            Language::Arabic => files!("ar"),
        }
    }

    fn index(self) -> u8 {
        match self {
            Language::English => 0,
            Language::Arabic => 1,
            Language::Pseudo => 2,
        }
    }

    fn from_index(i: u8) -> Language {
        match i {
            1 => Language::Arabic,
            2 => Language::Pseudo,
            _ => Language::English,
        }
    }
}

/// The language and the digits of the interface.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Locale {
    pub language: Language,
    pub digits: Digits,
}

impl Locale {
    fn encode(self) -> u8 {
        self.language.index() * 2 + u8::from(self.digits == Digits::ArabicIndic)
    }

    fn decode(v: u8) -> Locale {
        Locale {
            language: Language::from_index(v / 2),
            digits: if v % 2 == 1 {
                Digits::ArabicIndic
            } else {
                Digits::Latin
            },
        }
    }
}

static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static CURRENT: Cell<Option<Locale>> = const { Cell::new(None) };
}

/// Use `locale` on this thread.
pub fn set_locale(locale: Locale) {
    CURRENT.set(Some(locale));
}

/// Use `locale` on this thread and as the default of threads that set none (the window's
/// background work, the command line).
pub fn set_locale_everywhere(locale: Locale) {
    CURRENT.set(Some(locale));
    DEFAULT.store(locale.encode(), Ordering::Relaxed);
}

/// The locale in use on this thread.
pub fn locale() -> Locale {
    CURRENT
        .get()
        .unwrap_or_else(|| Locale::decode(DEFAULT.load(Ordering::Relaxed)))
}

/// `make` run in English with Latin digits on this thread, the thread's locale restored after:
/// for what machines read (a JSON report), which stays the same in every language.
pub fn in_english<T>(make: impl FnOnce() -> T) -> T {
    let before = CURRENT.replace(Some(Locale::default()));
    let result = make();
    CURRENT.set(before);
    result
}

/// The language in use on this thread.
pub fn language() -> Language {
    locale().language
}

type Bundle = FluentBundle<FluentResource>;

/// Numbers in the digits of the thread's locale; other values as Fluent shows them.
fn format_value(
    value: &FluentValue,
    _intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(locale().digits.apply(&n.as_string()).into_owned()),
        _ => None,
    }
}

fn build(language: Language) -> Bundle {
    let langid: unic_langid::LanguageIdentifier = language
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    bundle.set_formatter(Some(format_value));
    let rule = plural::rule(language);
    if let Some(rule) = rule {
        // The bundle is new: no function of this name is in it yet.
        let _ = bundle.add_function(plural::FUNCTION, move |args, _named| {
            plural::select_function(rule, args)
        });
    }
    for (_, source) in language.catalogue() {
        // Plural forms by hashiya's own rule where Fluent's is wrong (see `plural`).
        let source = rule
            .and_then(|_| plural::rewrite(source))
            .unwrap_or_else(|| source.to_owned());
        // A catalogue that fails to parse in part keeps the messages that did; a test parses
        // every file.
        let resource =
            FluentResource::try_new(source).unwrap_or_else(|(resource, _errors)| resource);
        // Duplicate IDs are refused by a test; the last one wins here.
        bundle.add_resource_overriding(resource);
    }
    bundle
}

fn bundle(language: Language) -> &'static Bundle {
    static ENGLISH: OnceLock<Bundle> = OnceLock::new();
    static ARABIC: OnceLock<Bundle> = OnceLock::new();
    match language {
        Language::English | Language::Pseudo => ENGLISH.get_or_init(|| build(Language::English)),
        Language::Arabic => ARABIC.get_or_init(|| build(Language::Arabic)),
    }
}

/// Message `id` of `language` with `args`; English when the language lacks it, the ID itself
/// when no catalogue has it (so the pseudo-locale test finds it).
fn format(language: Language, id: &str, args: Option<&FluentArgs>) -> String {
    let found = [language, Language::English].into_iter().find_map(|lang| {
        let bundle = bundle(lang);
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    });
    match (found, language) {
        (Some(text), Language::Pseudo) => format!("{PSEUDO_OPEN}{text}{PSEUDO_CLOSE}"),
        (Some(text), _) => text,
        (None, _) => id.to_owned(),
    }
}

/// The message `id` in the thread's language.
pub fn tr(id: &str) -> String {
    format(language(), id, None)
}

/// The message `id` in the thread's language with named arguments: numbers (which also choose
/// the plural form) and strings, `tr_args("spans-count", &[("count", n.into())])`.
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    format(language(), id, Some(&fluent))
}

/// [`tr_args`] for plain text outside the window (a terminal, a text report). Fluent's isolate
/// marks around the arguments are kept only in a right-to-left language, where a terminal that
/// does bidi needs them to keep a Latin path or a number in its place; in a left-to-right one
/// they would only stand between a number and the tools that read it (`grep`, `cut`).
pub fn tr_plain(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let text = tr_args(id, args);
    if language().is_rtl() {
        text
    } else {
        text.replace(['\u{2068}', '\u{2069}'], "")
    }
}

/// [`tr_plain`], then `": "` and `path` (a path, or a name as recorded): an error about a file,
/// the file last in every language, as the command line and the status bar show it.
pub fn tr_path(id: &str, args: &[(&str, FluentValue<'_>)], path: impl std::fmt::Display) -> String {
    format!("{}: {path}", tr_plain(id, args))
}

/// `make` run in `language` (Latin digits) on this thread, then the default locale again: a
/// test's way to read a message in one language.
#[cfg(test)]
pub(crate) fn in_language<T>(language: Language, make: impl FnOnce() -> T) -> T {
    set_locale(Locale {
        language,
        ..Locale::default()
    });
    let result = make();
    set_locale(Locale::default());
    result
}

/// What `items` say in `language`, one string each (for tests of messages).
#[cfg(test)]
pub(crate) fn said_in<T: std::fmt::Display>(language: Language, items: &[T]) -> Vec<String> {
    in_language(language, || items.iter().map(ToString::to_string).collect())
}

/// A test's proof that `arabic`, the messages of `english` said in Arabic, are in Arabic: each
/// has Arabic words, and none has any of the English `words`.
#[cfg(test)]
pub(crate) fn assert_arabic(arabic: &[String], english: &[String], words: &[&str]) {
    assert_eq!(arabic.len(), english.len());
    for (text, english) in arabic.iter().zip(english) {
        let letters = text
            .chars()
            .filter(|c| ('\u{0621}'..='\u{064A}').contains(c))
            .count();
        assert!(letters >= 4, "{text:?} (English {english:?})");
    }
    for word in words {
        assert!(
            !arabic.iter().any(|t| t.contains(word)),
            "{word:?} in {arabic:#?}"
        );
    }
}

/// `text` said in the interface's language when it is one of the English phrases of `known`
/// (each with the ID of its message); as it is otherwise (the system's or a reader's words).
pub fn known(text: &str, known: &[(&str, &str)]) -> String {
    match known.iter().find(|(english, _)| *english == text) {
        Some((_, id)) => tr_plain(id, &[]),
        None => text.to_owned(),
    }
}

/// The comma between the items of a list in the thread's language (Arabic's «،»).
pub fn comma() -> &'static str {
    if language().is_rtl() { "، " } else { ", " }
}

/// A number formatted for display, in the digits of the thread's locale.
pub fn number(n: impl std::fmt::Display) -> String {
    locale().digits.apply(&n.to_string()).into_owned()
}

/// The IDs of the messages of `language`'s catalogue (all its files), and what failed to parse,
/// each error with its file.
pub fn message_ids(language: Language) -> (Vec<String>, Vec<String>) {
    let mut ids = Vec::new();
    let mut failures = Vec::new();
    for (file, source) in language.catalogue() {
        let (resource, errors) = match fluent_syntax::parser::parse(source) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        ids.extend(resource.body.iter().filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        }));
        failures.extend(errors.iter().map(|e| format!("{file}.ftl: {e}")));
    }
    (ids, failures)
}

#[cfg(test)]
mod tests;
