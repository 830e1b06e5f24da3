use hashiya::cli::{self, Command};
use hashiya::i18n::{self, Language, Locale};
use hashiya::ui::{self, Start};

fn main() -> std::process::ExitCode {
    // The system's language (HASHIYA_LANG, else the locale) for the command line's human output
    // and its errors; the window then follows its preferences.
    i18n::set_locale_everywhere(Locale {
        language: Language::system(),
        ..Locale::default()
    });
    match run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // A reader that stopped reading (`hashiya stats | head`) is not an error worth a message.
        Err(e)
            if e.chain().any(|cause| {
                cause
                    .downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}", cli::error_text(&e));
            std::process::ExitCode::FAILURE
        }
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one arm per command, each handing its arguments on"
)]
fn run() -> anyhow::Result<()> {
    // `--help` in the interface's language: the command line with its texts from the catalogue.
    let cli = cli::parse();
    match cli.command {
        None => ui::run(Start::LastOrSample),
        Some(Command::Open { path, compare }) => ui::run(match compare {
            Some(theirs) => Start::Comparing(path, theirs),
            None => Start::Path(path),
        }),
        Some(Command::New {
            folder,
            output,
            json,
            outlet_from_folder,
            columns,
            force,
        }) => cli::new(
            &folder,
            &output,
            &cli::NewOptions {
                json,
                outlet_from_folder,
                columns: columns.unwrap_or_default(),
                force,
            },
            &mut std::io::stdout().lock(),
        ),
        Some(Command::Report {
            project,
            output,
            format,
            digits,
            calendar,
        }) => cli::report(
            &project,
            format,
            &output,
            cli::report_display(digits, calendar),
            &mut std::io::stdout().lock(),
        ),
        Some(Command::Stats { project }) => cli::stats(&project, &mut std::io::stdout().lock()),
        Some(Command::Export {
            format,
            project,
            output,
            force,
            documents,
            labels,
            split_proclitics,
            nested,
        }) => cli::export(
            &project,
            format,
            (&output, force),
            &cli::export_options(documents, labels, split_proclitics, nested),
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        ),
        Some(Command::Import {
            format,
            source,
            project,
        }) => cli::import(format, &source, &project, &mut std::io::stdout().lock()),
        Some(Command::Merge {
            mine,
            theirs,
            output,
            base,
            single_file,
        }) => cli::merge(
            &mine,
            &theirs,
            base.as_deref(),
            &output,
            single_file,
            &mut std::io::stdout().lock(),
        ),
        Some(Command::Agreement { a, b, json }) => {
            cli::agreement(&a, &b, json, &mut std::io::stdout().lock())
        }
        Some(Command::Suggest {
            project,
            documents,
            kinds,
            min_score,
            lexicon,
            accept,
            output,
        }) => cli::suggest(
            &project,
            cli::suggest_options(documents, &kinds, min_score, lexicon.as_deref())?,
            output.as_deref().filter(|_| accept),
            &mut std::io::stdout().lock(),
        ),
        Some(Command::Layout {
            width,
            font_size,
            direction,
            file,
        }) => cli::layout(
            &file,
            width,
            font_size,
            direction,
            &mut std::io::stdout().lock(),
        ),
    }
}
