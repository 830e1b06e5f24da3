//! The command line's mistakes in the interface's language: clap parses, hashiya says what
//! it could not use (`cli.ftl`, `cli-usage-*`).

use super::{Cli, command};
use crate::i18n::{tr, tr_plain as say};

/// The command line as given, or the program ended as clap ends it: help and version printed
/// as asked; a mistake in the arguments said in the interface's language on stderr, exit code 2.
pub fn parse() -> Cli {
    use clap::FromArgMatches as _;
    let parsed = command()
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => cli,
        Err(e) => match usage_error(&e) {
            Some(text) => {
                eprintln!("{text}");
                std::process::exit(e.exit_code());
            }
            None => e.exit(),
        },
    }
}

/// A mistake in the command line's arguments in the interface's language (clap's own words
/// are English), then the usage line and where to read more; `None` for help and version, and
/// for mistakes of other kinds, which clap says itself.
pub fn usage_error(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| -> Option<String> {
        Some(match e.get(kind)? {
            ContextValue::String(text) => text.clone(),
            ContextValue::Strings(texts) => texts.join(crate::i18n::comma()),
            other => other.to_string(),
        })
    };
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::InvalidValue => {
            let value = context(ContextKind::InvalidValue)?;
            let values = context(ContextKind::ValidValue).unwrap_or_default();
            say(
                "cli-usage-invalid-value",
                &[
                    ("value", value.into()),
                    ("arg", arg.into()),
                    ("values", values.into()),
                ],
            )
        }
        ErrorKind::ValueValidation => {
            let value = context(ContextKind::InvalidValue)?;
            let reason = std::error::Error::source(e).map(ToString::to_string)?;
            say(
                "cli-usage-invalid-because",
                &[
                    ("value", value.into()),
                    ("arg", arg.into()),
                    ("reason", reason.into()),
                ],
            )
        }
        ErrorKind::MissingRequiredArgument => say("cli-usage-missing", &[("args", arg.into())]),
        ErrorKind::UnknownArgument => say("cli-usage-unknown-argument", &[("arg", arg.into())]),
        ErrorKind::InvalidSubcommand => {
            let name = context(ContextKind::InvalidSubcommand)?;
            say("cli-usage-unknown-command", &[("command", name.into())])
        }
        _ => return None,
    };
    let mut text = say("cli-error", &[("error", message.into())]);
    if let Some(usage) = context(ContextKind::Usage) {
        // clap's usage line begins with its English heading: the catalogue's instead.
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
        text = format!("{text}\n\n{} {usage}", tr("cli-help-usage"));
    }
    Some(format!("{text}\n\n{}", tr("cli-usage-more")))
}
