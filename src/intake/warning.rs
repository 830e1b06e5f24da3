//! What an import noticed about a file ([`ImportWarning`]), said in the interface's language
//! each time it is shown: the document list, the header, the import report, the command line.
//! English is the same, word for word, as the sentences older projects kept.

use std::fmt;

use fluent_bundle::FluentValue;

use crate::i18n::{comma, number, tr_plain};
use crate::model::{EncodingGuess, GuessCertainty, ImportWarning};

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&said(self))
    }
}

/// `warning` in the interface's language.
fn said(warning: &ImportWarning) -> String {
    match warning {
        ImportWarning::Said(text) => text.clone(),
        ImportWarning::EncodingGuessed { encoding, guess } => {
            let encoding = FluentValue::from(encoding.as_str());
            match guess {
                Some(guess) => tr_plain(
                    "warning-encoding-guessed-how",
                    &[("encoding", encoding), ("how", how(guess).into())],
                ),
                None => tr_plain("warning-encoding-guessed", &[("encoding", encoding)]),
            }
        }
        ImportWarning::MalformedBytes {
            encoding,
            replaced,
            at,
            more,
        } => {
            let mut args = vec![
                ("encoding", FluentValue::from(encoding.as_str())),
                ("replaced", (*replaced).into()),
            ];
            if at.is_empty() {
                return tr_plain("warning-malformed", &args);
            }
            let mut positions: Vec<String> = at.iter().map(number).collect();
            if *more {
                positions.push("…".to_owned());
            }
            args.push(("count", (at.len() + usize::from(*more)).into()));
            args.push(("positions", positions.join(comma()).into()));
            tr_plain("warning-malformed-at", &args)
        }
        ImportWarning::DeclaredButUtf8 { declared } => tr_plain(
            "warning-declared-but-utf8",
            &[("declared", declared.as_str().into())],
        ),
        ImportWarning::NotInCharset { charset } => tr_plain(
            "warning-not-in-charset",
            &[("charset", charset.as_str().into())],
        ),
        ImportWarning::SeveralOutlets { names, taken } => {
            let names: Vec<String> = names.iter().map(|n| format!("«{}»", n.trim())).collect();
            tr_plain(
                "warning-several-outlets",
                &[
                    ("names", names.join(comma()).into()),
                    ("taken", taken.as_str().into()),
                ],
            )
        }
    }
}

/// How sure the guess is, the share of the text that reads as its script, and the runner-up.
fn how(guess: &EncodingGuess) -> String {
    let id = match guess.certainty {
        GuessCertainty::Sure => "warning-guess-sure",
        GuessCertainty::FairlySure => "warning-guess-fairly-sure",
        GuessCertainty::Unsure => "warning-guess-unsure",
    };
    let how = tr_plain(
        id,
        &[
            ("percent", percent(guess.score).into()),
            ("script", script(&guess.script).into()),
        ],
    );
    match &guess.runner_up {
        Some((other, score)) => tr_plain(
            "warning-guess-next",
            &[
                ("how", how.into()),
                ("encoding", other.as_str().into()),
                ("percent", percent(*score).into()),
            ],
        ),
        None => how,
    }
}

/// A share in thousandths as a whole percentage.
fn percent(permille: u16) -> u16 {
    (permille + 5) / 10
}

/// A script's name (as `intake::decode` gives it, in English) in the interface's language.
fn script(name: &str) -> String {
    let id = match name {
        "Latin" => "script-latin",
        "Arabic" => "script-arabic",
        "Hebrew" => "script-hebrew",
        "Greek" => "script-greek",
        "Cyrillic" => "script-cyrillic",
        "Chinese" => "script-chinese",
        "Japanese" => "script-japanese",
        "Korean" => "script-korean",
        "Thai" => "script-thai",
        "Armenian" => "script-armenian",
        other => return other.to_owned(),
    };
    tr_plain(id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, assert_arabic, in_language};

    /// One warning of each kind.
    fn warnings() -> Vec<ImportWarning> {
        vec![
            ImportWarning::EncodingGuessed {
                encoding: "windows-1256".to_owned(),
                guess: Some(EncodingGuess {
                    certainty: GuessCertainty::Sure,
                    score: 981,
                    script: "Arabic".to_owned(),
                    runner_up: Some(("ISO-8859-6".to_owned(), 702)),
                }),
            },
            ImportWarning::EncodingGuessed {
                encoding: "windows-1255".to_owned(),
                guess: None,
            },
            ImportWarning::MalformedBytes {
                encoding: "UTF-8".to_owned(),
                replaced: 3,
                at: vec![17],
                more: false,
            },
            ImportWarning::MalformedBytes {
                encoding: "UTF-8".to_owned(),
                replaced: 14,
                at: (1..=10).collect(),
                more: true,
            },
            ImportWarning::DeclaredButUtf8 {
                declared: "windows-1256".to_owned(),
            },
            ImportWarning::NotInCharset {
                charset: "windows-1256".to_owned(),
            },
            ImportWarning::SeveralOutlets {
                names: vec!["صحيفة الشاطئ".to_owned(), " The Coast Daily ".to_owned()],
                taken: "صحيفة الشاطئ".to_owned(),
            },
        ]
    }

    fn said_in(language: Language) -> Vec<String> {
        in_language(language, || {
            warnings().iter().map(ToString::to_string).collect()
        })
    }

    #[test]
    fn english_is_the_sentences_older_projects_kept() {
        assert_eq!(
            said_in(Language::English),
            [
                "encoding guessed as windows-1256 (sure: 98 % of the non-ASCII text reads as Arabic; next best ISO-8859-6, 70 %)",
                "encoding guessed as windows-1255",
                "malformed UTF-8 bytes replaced with U+FFFD (3 in the text) at byte 17",
                "malformed UTF-8 bytes replaced with U+FFFD (14 in the text) at bytes 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …",
                "the page declares windows-1256 but its bytes are UTF-8; read as UTF-8",
                "bytes that are not windows-1256 were replaced by \u{fffd}",
                "the page names several outlets («صحيفة الشاطئ», «The Coast Daily»); «صحيفة الشاطئ» was taken",
            ]
        );
    }

    #[test]
    fn import_warnings_are_said_in_the_interface_language() {
        let english = said_in(Language::English);
        let arabic = said_in(Language::Arabic);
        assert_arabic(
            &arabic,
            &english,
            &[
                "guessed",
                "malformed",
                "replaced",
                "declares",
                "outlets",
                "Arabic;",
                "next best",
            ],
        );
        assert!(arabic[0].contains("العربية"), "{}", arabic[0]);
    }

    #[test]
    fn a_sentence_kept_by_an_older_project_is_shown_as_it_is() {
        let old = ImportWarning::Said("encoding guessed as windows-1256".to_owned());
        assert_eq!(
            in_language(Language::Arabic, || old.to_string()),
            "encoding guessed as windows-1256"
        );
    }
}
