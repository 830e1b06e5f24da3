//! Headless subcommands: everything a pipeline can do without a window.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::export::{ConllOptions, ExportFormat, ExportOptions, Nested};
use crate::i18n::{tr, tr_plain as say};
use crate::import::{ImportFormat, ImportOptions};
use crate::model::{BaseDirection, DocId, LabelId};
use crate::text::{FontStack, HarfShaper, LayoutOptions, layout_document};
use crate::workspace::{OpenNote, Workspace};

mod usage;

pub use usage::{parse, usage_error};

#[derive(Debug, Parser)]
#[command(
    name = "hashiya",
    version,
    about = "Annotate who claims what, in which source, across Arabic news articles"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the GUI on a folder of articles or a project file (`.ron`).
    Open {
        /// A folder of `.txt`/`.md` articles, or a hashiya project file.
        path: PathBuf,
        /// A colleague's copy of the project to compare with and adjudicate (Team menu).
        #[arg(long)]
        compare: Option<PathBuf>,
    },
    /// Import a folder of articles into a new project file, without a window. Prints the import
    /// report; fails only when no document could be imported.
    New {
        /// The folder of `.txt`/`.md` articles (searched recursively).
        folder: PathBuf,
        /// The project file to write.
        #[arg(short, long)]
        output: PathBuf,
        /// Print the import report as one JSON object (documents with their metadata and where
        /// it came from, skipped files, copies, outlets) instead of text.
        #[arg(long)]
        json: bool,
        /// An article's first-level folder names its outlet when nothing else does.
        #[arg(long)]
        outlet_from_folder: bool,
        /// Which columns of article tables (.csv, .tsv, .jsonl) hold what, where their names are
        /// not the usual ones: `text=body,outlet=media_name` (roles: text, title, outlet, date,
        /// author, url, language, id).
        #[arg(long, value_parser = crate::formats::table::ColumnMap::parse)]
        columns: Option<crate::formats::table::ColumnMap>,
        /// Replace a project already at `--output`; the old one is kept as a backup beside it
        /// (`<name>.backup-<time>.ron` with its annotations folder).
        #[arg(long)]
        force: bool,
    },
    /// Write a report to hand on: one self-contained HTML page (the claims × sources matrix,
    /// each cluster's quotes per outlet with its timeline, entities per outlet, the corpus), or
    /// with `--format claims-jsonld` the clusters as schema.org `Claim`s and `ClaimReview`s.
    Report {
        /// The project file (`.ron`).
        project: PathBuf,
        /// The file to write; never the project's own files, its annotations or its corpus.
        #[arg(short, long)]
        output: PathBuf,
        /// html or claims-jsonld.
        #[arg(long, value_enum, default_value = "html")]
        format: crate::report::ReportFormat,
        /// The digits of the HTML page's numbers: latin or arabic-indic; as the window was last
        /// set when not given, else latin.
        #[arg(long, value_enum)]
        digits: Option<DigitsChoice>,
        /// The calendar of the HTML page's dates: gregorian or hijri; as the window was last
        /// set when not given, else gregorian.
        #[arg(long, value_enum)]
        calendar: Option<CalendarChoice>,
    },
    /// Count what a project holds: spans and claims per document, spans per label, entities with
    /// their mentions, clusters of claims, and the totals.
    Stats {
        /// The project file (`.ron`).
        project: PathBuf,
    },
    /// Export the annotations of a project: jsonl (doccano), conll (IOB2), brat (standoff),
    /// webanno (W3C Web Annotation JSON-LD), qdpx (REFI-QDA) or csv (claims and entities
    /// tables). Offsets are Unicode code points. Shows progress on stderr; checks what it wrote
    /// and fails, listing every problem, when a quoted text differs from the document. With
    /// claims-jsonld, the clusters as schema.org `Claim`s and `ClaimReview`s (as `report` does).
    Export {
        /// jsonl, conll, brat, webanno, qdpx, csv or claims-jsonld.
        #[arg(long)]
        format: ExportChoice,
        /// The project file (`.ron`).
        project: PathBuf,
        /// The file to write; a folder for brat and csv. Never the project's own files, its
        /// annotations folder or its corpus.
        #[arg(short, long)]
        output: PathBuf,
        /// Write into an output folder that is not empty.
        #[arg(long)]
        force: bool,
        /// Only these documents (IDs, comma-separated or repeated).
        #[arg(long, value_delimiter = ',', num_args = 1..)]
        documents: Vec<String>,
        /// Only spans with these labels (IDs, comma-separated or repeated).
        #[arg(long, value_delimiter = ',', num_args = 1..)]
        labels: Vec<String>,
        /// conll: split proclitics (و ف ب ك ل) off tokens: «بدير» → «ب» «دير».
        #[arg(long)]
        split_proclitics: bool,
        /// conll: nested spans as one tag column per layer (`columns`), or only the layer
        /// given by number (0 = outermost spans).
        #[arg(long, default_value = "0", value_parser = parse_nested)]
        nested: Nested,
    },
    /// Import annotations made elsewhere (brat folder, doccano JSONL, REFI-QDA .qdpx) into an
    /// existing project, matching documents by ID, file name or text, then save it. Annotations
    /// that do not fit the text are listed and left out.
    Import {
        /// brat, jsonl or qdpx.
        #[arg(long)]
        format: ImportFormat,
        /// The brat folder, JSONL file or .qdpx file.
        source: PathBuf,
        /// The project file (`.ron`) to import into; saved in place.
        project: PathBuf,
    },
    /// Merge a colleague's copy of a project into yours: records are matched by ID, spans both
    /// of you marked alike become one, disagreements are all kept (adjudicate them in the
    /// window), and a record both of you changed keeps the newer version. Prints how the spans
    /// compared, per document, and every conflict. Also merges two annotation files, and serves
    /// as git's merge driver (see the README, "Working in a team").
    Merge {
        /// Your project file (its annotations folder beside it), or an annotation file.
        mine: PathBuf,
        /// Their project file, or annotation file of the same document.
        theirs: PathBuf,
        /// The merged project (or annotation file) to write; may be `mine`.
        #[arg(short, long)]
        output: PathBuf,
        /// The common ancestor of both (as git has it): records one side deleted go, changes on
        /// one side win without a conflict.
        #[arg(long)]
        base: Option<PathBuf>,
        /// Merge only the files named, without the annotations folders beside project files
        /// (what git hands a merge driver: each file on its own).
        #[arg(long)]
        single_file: bool,
    },
    /// Measure how far two analysts agree on the documents either annotated: Cohen's κ on
    /// word tokens, Krippendorff's unitized α on spans, and exact-match span precision, recall
    /// and F1 (the first project as reference), overall, per label and per outlet; κ per
    /// document category; relation precision, recall and F1 (same type, both ends the same
    /// spans), overall and per relation type.
    Agreement {
        /// The first analyst's project file.
        a: PathBuf,
        /// The second analyst's project file (the same corpus).
        b: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print what the suggesters propose for a project, one JSON object per line (JSON Lines):
    /// entity mentions (learned from the spans already labelled, and from the entity registry),
    /// claim frames (from the attribution lexicon) and cluster members. Offsets are char offsets
    /// into each document's text. Suggestions rejected in the project never appear.
    Suggest {
        /// The project file (`.ron`).
        project: PathBuf,
        /// Only these documents (IDs, comma-separated or repeated).
        #[arg(long, value_delimiter = ',', num_args = 1..)]
        documents: Vec<String>,
        /// Only these kinds: spans, claims, clusters (comma-separated; all when not given).
        #[arg(long, value_delimiter = ',', num_args = 1..)]
        kinds: Vec<String>,
        /// Leave out suggestions scoring less (0 to 1).
        #[arg(long, default_value_t = 0.0)]
        min_score: f32,
        /// More reporting verbs and expressions, in the shape of `assets/attribution.ron`.
        #[arg(long)]
        lexicon: Option<PathBuf>,
        /// Accept every suggestion printed and write the project to `--output`.
        #[arg(long, requires = "output")]
        accept: bool,
        /// With `--accept`: the project file to write (may be the one read).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Lay out one article file without a window, exactly as the article view does, and print one
    /// JSON object per laid-out line (JSON Lines) in reading order.
    Layout {
        /// Available width in points.
        #[arg(long)]
        width: f32,
        /// Font size in points.
        #[arg(long, default_value_t = 20.0)]
        font_size: f32,
        /// Paragraph direction: auto (first strong character), ltr or rtl.
        #[arg(long, default_value = "auto", value_parser = parse_direction)]
        direction: BaseDirection,
        file: PathBuf,
    },
}

/// The command line as `hashiya --help` shows it: the descriptions of every command and argument,
/// the headings and the usage line in the interface's language (`cli.ftl`: `cli-help` for the
/// program, `cli-help-<command>` and `cli-help-<command>-<argument>`).
pub fn command() -> clap::Command {
    use clap::CommandFactory as _;
    let mut command = Cli::command();
    // Builds the `--help`, `--version` and `help` that clap adds, so they are translated too.
    command.build();
    translated(command, "cli-help", "cli-help")
}

/// `command` and its subcommands with their texts from the catalogue: its own under `id`, its
/// subcommands' under `children` (`help`'s are those of the commands it explains).
fn translated(command: clap::Command, id: &str, children: &str) -> clap::Command {
    use std::fmt::Write as _;
    let args: Vec<(String, bool)> = command
        .get_arguments()
        .map(|arg| (arg.get_id().to_string(), arg.is_positional()))
        .collect();
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    // clap's own headings are English: each section is written here under its heading, and
    // only when the command has something in it.
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}",
        tr("cli-help-usage")
    );
    let sections = [
        (
            !subcommands.is_empty(),
            "cli-help-commands",
            "{subcommands}",
        ),
        (
            args.iter().any(|(_, p)| *p),
            "cli-help-arguments",
            "{positionals}",
        ),
        (
            args.iter().any(|(_, p)| !*p),
            "cli-help-options",
            "{options}",
        ),
    ];
    for (_, heading, tag) in sections.into_iter().filter(|(shown, ..)| *shown) {
        let _ = write!(template, "\n\n{}:\n{tag}", tr(heading));
    }
    template.push_str("{after-help}");
    let mut command = command
        .about(tr(id))
        .long_about(None)
        .help_template(template);
    for (arg, _) in args {
        let message = match arg.as_str() {
            "help" | "version" => format!("cli-help-{arg}"),
            _ => format!("{id}-{}", arg.replace('_', "-")),
        };
        command = command.mut_arg(&arg, |a| {
            // The possible values are named in each description; a default is said in the
            // interface's language rather than by clap.
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            let help = if defaults.is_empty() || !a.get_action().takes_values() {
                tr(&message)
            } else {
                let default = say("cli-help-default", &[("value", defaults.join(", ").into())]);
                format!("{} {default}", tr(&message))
            };
            a.help(help)
                .long_help(None)
                .hide_possible_values(true)
                .hide_default_value(true)
        });
    }
    for name in subcommands {
        let (message, grandchildren) = if name == "help" {
            ("cli-help-help-command".to_owned(), children.to_owned())
        } else {
            let message = format!("{children}-{name}");
            (message.clone(), message)
        };
        command = command.mut_subcommand(&name, |sub| translated(sub, &message, &grandchildren));
    }
    command
}

/// How `hashiya new` imports and reports.
#[derive(Debug, Clone, Default)]
pub struct NewOptions {
    /// The report as one JSON object on `out`, nothing else.
    pub json: bool,
    /// See [`ImportOptions::outlet_from_folder`].
    pub outlet_from_folder: bool,
    /// See [`ImportOptions::columns`].
    pub columns: crate::formats::table::ColumnMap,
    /// Replace a project at the output, keeping the old one as a backup.
    pub force: bool,
}

/// `hashiya new`: import `folder` and save the project to `output`.
pub fn new(
    folder: &Path,
    output: &Path,
    options: &NewOptions,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    if let Some(problem) = crate::workspace::new_project_problem(output, options.force) {
        return Err(problem.into());
    }
    let import = ImportOptions {
        outlet_from_folder: options.outlet_from_folder,
        columns: options.columns.clone(),
        ..ImportOptions::default()
    };
    let mut ws = Workspace::import_folder(folder, &import)?;
    if options.json {
        if let Some(json) = ws.import_json() {
            writeln!(out, "{json}")?;
        }
    } else if let Some(summary) = ws.import_summary() {
        writeln!(out, "{summary}")?;
    }
    if ws.project().documents.is_empty() {
        anyhow::bail!(say("cli-nothing-imported", &[("path", shown_path(folder))]));
    }
    // Held from before the backup until the new project is written, so no one changes the old
    // one in between.
    ws.take_lock(output, crate::workspace::lock_wait())?;
    let backup = if output.exists() || crate::store::annotations_dir(output).exists() {
        Some(crate::store::back_up_project(output)?)
    } else {
        None
    };
    ws.save_as(output)?;
    if !options.json {
        if let Some(backup) = backup {
            writeln!(
                out,
                "{}",
                say("cli-kept-as", &[("path", shown_path(&backup))])
            )?;
        }
        writeln!(
            out,
            "{}",
            say("cli-project-written", &[("path", shown_path(output))])
        )?;
    }
    Ok(())
}

/// `hashiya stats`: span and claim counts per document, span counts per label, entities with
/// their mentions, clusters with their claims, and the totals.
/// The relations of `stats`: how many, how many join two documents, and how many of each type.
fn relation_stats(project: &crate::model::Project, out: &mut dyn std::io::Write) -> Result<()> {
    let annotations = &project.annotations;
    let across = annotations
        .all_relations()
        .filter(|(doc, r)| annotations.find(&r.target).is_some_and(|(d, _)| d != *doc))
        .count();
    heading(
        out,
        "cli-stats-relations",
        "cli-stats-relations-count",
        &[
            ("relations", annotations.relation_count().into()),
            ("across", across.into()),
        ],
    )?;
    for kind in &project.schema.relation_types {
        let n = annotations.count_relation_type(&kind.id);
        if n > 0 {
            writeln!(out, "  {}\t{n}", kind.name)?;
        }
    }
    Ok(())
}

/// A heading line of `stats`: message `title`, a tab, message `counts` with `args`.
fn heading(
    out: &mut dyn std::io::Write,
    title: &str,
    counts: &str,
    args: &[(&str, fluent_bundle::FluentValue<'_>)],
) -> Result<()> {
    writeln!(out, "{}\t{}", tr(title), say(counts, args))?;
    Ok(())
}

/// The entities of `stats`, most mentioned first, each with its kind.
fn entity_stats(
    project: &crate::model::Project,
    name_of: &dyn Fn(&crate::model::LabelId) -> String,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let mentions = crate::model::mention_counts(project);
    let mentions_of = |id| mentions.get(id).map_or(0, |m| m.values().sum::<usize>());
    let mut entities: Vec<_> = project.entities.values().collect();
    entities.sort_by(|a, b| {
        mentions_of(&b.id)
            .cmp(&mentions_of(&a.id))
            .then_with(|| (&a.name, &a.id).cmp(&(&b.name, &b.id)))
    });
    let linked: usize = entities.iter().map(|e| mentions_of(&e.id)).sum();
    heading(
        out,
        "cli-stats-entities",
        "cli-stats-entities-count",
        &[
            ("entities", entities.len().into()),
            ("mentions", linked.into()),
        ],
    )?;
    for entity in entities {
        writeln!(
            out,
            "  {}\t{}",
            say(
                "cli-stats-entity",
                &[
                    ("name", entity.name.as_str().into()),
                    ("kind", name_of(&entity.kind).into())
                ]
            ),
            say(
                "cli-stats-mentions",
                &[("count", mentions_of(&entity.id).into())]
            )
        )?;
    }

    Ok(())
}

/// The clusters of `stats`, each with its claims and the outlets they come from.
fn cluster_stats(project: &crate::model::Project, out: &mut dyn std::io::Write) -> Result<()> {
    use std::collections::BTreeSet;
    let mut clusters: Vec<_> = project.clusters.values().collect();
    clusters.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    heading(
        out,
        "cli-stats-clusters",
        "cli-stats-clusters-count",
        &[("count", clusters.len().into())],
    )?;
    for cluster in clusters {
        let outlets: BTreeSet<_> = cluster
            .members
            .iter()
            .map(|m| project.outlet_of(&m.doc))
            .filter(|o| !o.is_unknown())
            .collect();
        writeln!(
            out,
            "  {}\t{}",
            cluster.name,
            say(
                "cli-stats-cluster",
                &[
                    ("claims", cluster.members.len().into()),
                    ("outlets", outlets.len().into())
                ]
            )
        )?;
    }
    Ok(())
}

pub fn stats(project: &Path, out: &mut dyn std::io::Write) -> Result<()> {
    use std::collections::BTreeMap;

    // Counted as the window shows them: spans of changed articles looked for again first.
    let mut ws = Workspace::open_project(project)?;
    let moved = ws.reanchor_on_open()?;
    let problems = ws.span_text_problems();
    let project = ws.project();
    let name_of = |id: &crate::model::LabelId| {
        project
            .schema
            .label(id)
            .map_or_else(|| id.0.clone(), |l| l.name.clone())
    };
    let mut per_label: BTreeMap<String, usize> = BTreeMap::new();
    let mut total = 0;
    for doc in &project.documents {
        let spans = project.annotations.spans(&doc.id);
        let claims = project.annotations.claims(&doc.id).len();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for span in spans {
            *counts.entry(name_of(&span.label)).or_default() += 1;
        }
        let counts_text = say(
            "cli-stats-document",
            &[("spans", spans.len().into()), ("claims", claims.into())],
        );
        writeln!(out, "{}\t{counts_text}", doc.path)?;
        for (label, n) in &counts {
            writeln!(out, "  {label}\t{n}")?;
            *per_label.entry(label.clone()).or_default() += n;
        }
        total += spans.len();
    }
    writeln!(out, "{}", tr("cli-stats-all-documents"))?;
    for (label, n) in &per_label {
        writeln!(out, "  {label}\t{n}")?;
    }
    doc_label_counts(project, out)?;

    entity_stats(project, &name_of, out)?;
    cluster_stats(project, out)?;
    let with_claims = project
        .documents
        .iter()
        .filter(|d| !project.annotations.claims(&d.id).is_empty())
        .count();
    heading(
        out,
        "cli-stats-claims",
        "cli-stats-claims-count",
        &[
            ("claims", project.annotations.claim_count().into()),
            ("documents", with_claims.into()),
        ],
    )?;
    relation_stats(project, out)?;
    heading(
        out,
        "cli-stats-total",
        "cli-stats-total-count",
        &[
            ("spans", total.into()),
            ("documents", project.documents.len().into()),
        ],
    )?;
    for note in &moved {
        match note {
            OpenNote::Warning(warning) => {
                writeln!(out, "{}\t{warning}", tr("cli-stats-warning"))?;
            }
            OpenNote::Span(_) => writeln!(out, "{}\t{note}", tr("cli-stats-changed-article"))?,
        }
    }
    for problem in &problems {
        writeln!(out, "{}\t{problem}", tr("cli-stats-span-to-review"))?;
    }
    Ok(())
}

/// `hashiya report --digits`: the digits of the page's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DigitsChoice {
    Latin,
    ArabicIndic,
}

impl From<DigitsChoice> for crate::i18n::Digits {
    fn from(choice: DigitsChoice) -> Self {
        match choice {
            DigitsChoice::Latin => Self::Latin,
            DigitsChoice::ArabicIndic => Self::ArabicIndic,
        }
    }
}

/// `hashiya report --calendar`: the calendar of the page's dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CalendarChoice {
    Gregorian,
    Hijri,
}

impl From<CalendarChoice> for crate::i18n::Calendar {
    fn from(choice: CalendarChoice) -> Self {
        match choice {
            CalendarChoice::Gregorian => Self::Gregorian,
            CalendarChoice::Hijri => Self::Hijri,
        }
    }
}

/// How `hashiya report` writes numbers and dates: the digits and calendar asked for, each
/// else as the window's preferences last saved it (see [`crate::settings`]), else Latin digits
/// and the Gregorian calendar.
pub fn report_display(
    digits: Option<DigitsChoice>,
    calendar: Option<CalendarChoice>,
) -> crate::settings::Display {
    let saved = crate::settings::Display::saved();
    crate::settings::Display {
        digits: digits.map_or(saved.digits, Into::into),
        calendar: calendar.map_or(saved.calendar, Into::into),
    }
}

/// `hashiya report`: see [`Command::Report`]. Numbers and dates in `display`'s digits and
/// calendar (the rest of the output too, in the interface's language).
pub fn report(
    project: &Path,
    format: crate::report::ReportFormat,
    output: &Path,
    display: crate::settings::Display,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    crate::i18n::set_locale_everywhere(crate::i18n::Locale {
        digits: display.digits,
        ..crate::i18n::locale()
    });
    crate::i18n::set_calendar_everywhere(display.calendar);
    let mut ws = Workspace::open_project(project)?;
    // Quotes are taken from the texts as the window shows them: spans of changed articles are
    // looked for again first.
    let moved = ws.reanchor_on_open()?;
    crate::report::write_report(&ws, format, output, false)?;
    for line in moved {
        writeln!(out, "{line}")?;
    }
    writeln!(out, "{}", say("cli-wrote", &[("path", shown_path(output))]))?;
    Ok(())
}

/// What `hashiya export --format` names: an annotation format, or the clusters as schema.org
/// claims (the report's JSON-LD).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportChoice {
    Annotations(ExportFormat),
    ClaimsJsonld,
}

impl std::str::FromStr for ExportChoice {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "claims-jsonld" {
            return Ok(Self::ClaimsJsonld);
        }
        s.parse()
            .map(Self::Annotations)
            .map_err(|e| format!("{e}, claims-jsonld"))
    }
}

/// `hashiya export`: progress on `err`, the report on `out`. `force` writes into an output
/// folder that is not empty; the project's own files and its corpus are never written.
pub fn export(
    project: &Path,
    format: ExportChoice,
    output: (&Path, bool),
    options: &ExportOptions,
    out: &mut dyn std::io::Write,
    err: &mut dyn std::io::Write,
) -> Result<()> {
    use std::io::IsTerminal as _;

    let (output, force) = output;
    let mut ws = Workspace::open_project(project)?;
    if let Some(problem) = ws.export_target_problem(output, force) {
        return Err(problem.into());
    }
    for line in ws.reanchor_on_open()? {
        writeln!(err, "{line}")?;
    }
    // Each span is checked against its stored quote before anything is written: a span left at
    // its old offsets on a changed text would otherwise pass a check of the output against
    // itself.
    let problems = ws.span_text_problems();
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        anyhow::bail!(
            "{}\n{}",
            say(
                "cli-export-spans-changed",
                &[("count", problems.len().into())]
            ),
            list.join("\n")
        );
    }
    let format = match format {
        ExportChoice::Annotations(format) => format,
        ExportChoice::ClaimsJsonld => {
            if options.documents.is_some() || options.labels.is_some() {
                anyhow::bail!(tr("cli-claims-jsonld-whole"));
            }
            crate::report::write_report(
                &ws,
                crate::report::ReportFormat::ClaimsJsonld,
                output,
                force,
            )?;
            writeln!(out, "{}", say("cli-wrote", &[("path", shown_path(output))]))?;
            return Ok(());
        }
    };
    let interactive = std::io::stderr().is_terminal();
    let mut shown = None;
    let mut progress = |done: usize, total: usize| {
        // Every percent on a terminal (one line, rewritten), every tenth in a log.
        let step = if interactive { 100 } else { 10 };
        let at = (done * step).checked_div(total).unwrap_or(step);
        if shown != Some(at) {
            shown = Some(at);
            let line = say(
                "cli-exporting",
                &[("done", done.into()), ("total", total.into())],
            );
            let _ = if interactive {
                write!(err, "\r{line}")
            } else {
                writeln!(err, "{line}")
            };
        }
    };
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let result = ws.export(format, options, output, &mut progress, &cancel);
    if interactive {
        writeln!(err)?;
    }
    let report = result?;
    writeln!(out, "{}", report.summary())?;
    Ok(())
}

/// The export options from the command line's lists (empty = everything).
pub fn export_options(
    documents: Vec<String>,
    labels: Vec<String>,
    split_proclitics: bool,
    nested: Nested,
) -> ExportOptions {
    ExportOptions {
        documents: (!documents.is_empty()).then(|| documents.into_iter().map(DocId).collect()),
        labels: (!labels.is_empty()).then(|| labels.into_iter().map(LabelId).collect()),
        conll: ConllOptions {
            split_proclitics,
            nested,
        },
    }
}

/// `hashiya import`: imports into the project and saves it atomically; the report on `out`.
pub fn import(
    format: ImportFormat,
    source: &Path,
    project: &Path,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    // Locked before reading, so two imports at once take turns and each sees the other's spans.
    let mut ws = Workspace::open_for_writing(project, crate::workspace::lock_wait())?;
    for line in ws.reanchor_on_open()? {
        writeln!(out, "{line}")?;
    }
    ws.set_annotator(crate::workspace::default_annotator());
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let report = ws.import_annotations(format, source, &mut |_, _| {}, &cancel)?;
    if report.matched.is_empty() {
        writeln!(out, "{}", report.summary())?;
        anyhow::bail!(say(
            "cli-no-document-matches",
            &[("path", shown_path(source))]
        ));
    }
    // The report says what was imported, so it comes only once that is saved: a save that
    // fails (a full disk) must not leave "Imported 13 spans" above its error.
    let saved = ws.is_dirty();
    if saved {
        ws.save_as(project).context(tr("cli-import-not-saved"))?;
    }
    writeln!(out, "{}", report.summary())?;
    if saved {
        writeln!(
            out,
            "{}",
            say("cli-project-saved", &[("path", shown_path(project))])
        )?;
    }
    Ok(())
}

/// `hashiya merge`: see [`Command::Merge`].
pub fn merge(
    mine: &Path,
    theirs: &Path,
    base: Option<&Path>,
    output: &Path,
    single_file: bool,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    use crate::store::annotations_file;

    // Git hands its merge driver an empty base when both sides added the file.
    let base = base.filter(|b| std::fs::metadata(b).map_or(true, |m| m.len() > 0));
    let kind = |path: &Path| {
        if annotations_file::is_annotation_file(path) {
            "annotations"
        } else {
            "project"
        }
    };
    let (mine_kind, theirs_kind) = (kind(mine), kind(theirs));
    if mine.is_file() && theirs.is_file() && mine_kind != theirs_kind {
        anyhow::bail!(say(
            "cli-merge-kinds",
            &[
                ("mine", shown_path(mine)),
                ("mine-kind", mine_kind.into()),
                ("theirs", shown_path(theirs)),
                ("theirs-kind", theirs_kind.into()),
            ]
        ));
    }
    let report = if annotations_file::is_annotation_file(mine) {
        // One document's annotations, as a project holding only them.
        let read = |path: &Path| -> Result<(DocId, crate::model::Project)> {
            let text = std::fs::read_to_string(path)
                .with_context(|| say("cli-cannot-read", &[("path", shown_path(path))]))?;
            let file = annotations_file::from_ron_str(&text, path)?;
            let doc = file.doc.clone();
            let mut project = crate::model::Project::default();
            file.insert_into(&mut project.annotations)?;
            Ok((doc, project))
        };
        let ((doc, a), (theirs_doc, b)) = (read(mine)?, read(theirs)?);
        if doc != theirs_doc {
            anyhow::bail!(say(
                "cli-merge-other-document",
                &[
                    ("mine", shown_path(mine)),
                    ("mine-doc", format!("{:?}", doc.0).into()),
                    ("theirs", shown_path(theirs)),
                    ("theirs-doc", format!("{:?}", theirs_doc.0).into()),
                ]
            ));
        }
        let o = base.map(read).transpose()?.map(|(_, project)| project);
        let (merged, report) = crate::team::merge(o.as_ref(), &a, &b);
        let text = annotations_file::to_ron_string(
            &doc,
            merged.annotations.spans(&doc),
            merged.annotations.claims(&doc),
            merged.annotations.relations(&doc),
        )?;
        crate::store::write_atomic(output, text.as_bytes())?;
        report
    } else if single_file {
        let read = |path: &Path| -> Result<crate::model::Project> {
            let text = std::fs::read_to_string(path)
                .with_context(|| say("cli-cannot-read", &[("path", shown_path(path))]))?;
            Ok(crate::store::from_ron_str(&text, path)?)
        };
        let o = base.map(read).transpose()?;
        let (merged, report) = crate::team::merge(o.as_ref(), &read(mine)?, &read(theirs)?);
        let text = crate::store::to_ron_string(&merged)?;
        crate::store::write_atomic(output, text.as_bytes())?;
        report
    } else {
        // Held from before reading until written: a window or command changing the output
        // meanwhile would lose its changes.
        let _lock =
            crate::store::ProjectLock::acquire_waiting(output, crate::workspace::lock_wait())?;
        let a = crate::store::load_project(mine)?;
        let b = crate::store::load_project(theirs)?;
        let o = base.map(crate::store::load_project).transpose()?;
        let (mut merged, report) = crate::team::merge(o.as_ref(), &a, &b);
        let corpus = crate::store::resolve_corpus_dir(mine, &a.corpus_dir);
        merged.corpus_dir = crate::store::corpus_dir_for(output, &corpus);
        crate::store::save_project(output, &merged)?;
        report
    };
    write!(out, "{}", report.to_text())?;
    writeln!(
        out,
        "{}",
        say("cli-written-to", &[("path", shown_path(output))])
    )?;
    Ok(())
}

/// `stats`' documents per value of each document category.
fn doc_label_counts(project: &crate::model::Project, out: &mut dyn std::io::Write) -> Result<()> {
    for (category, values) in crate::model::doc_labels::value_counts(project) {
        writeln!(
            out,
            "{}",
            say(
                "cli-stats-documents-by",
                &[("category", category.as_str().into())]
            )
        )?;
        for (value, n) in values {
            writeln!(out, "  {value}\t{n}")?;
        }
    }
    Ok(())
}

/// `hashiya agreement`: see [`Command::Agreement`].
pub fn agreement(a: &Path, b: &Path, json: bool, out: &mut dyn std::io::Write) -> Result<()> {
    let first = Workspace::open_project(a)?;
    let second = crate::store::load_project(b)?;
    let pairs = crate::team::pairs::document_pairs(first.project(), &second, |doc| {
        let i = first.project().document_index(doc)?;
        first.articles().get(i)?.text()
    });
    let mut figures = crate::team::agreement::agreement(&pairs);
    figures.document_labels =
        crate::team::doc_agreement::doc_label_agreement(first.project(), &second);
    let relations = crate::team::relation_agreement::relation_agreement(first.project(), &second);
    if json {
        figures.relations = Some(relations);
        serde_json::to_writer_pretty(&mut *out, &figures)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{}",
            say(
                "cli-agreement-compared",
                &[
                    ("count", pairs.len().into()),
                    ("a", shown_path(a)),
                    ("b", shown_path(b)),
                ]
            )
        )?;
        write!(out, "{}", crate::team::agreement::to_text(&figures))?;
        let labels = crate::team::doc_agreement::to_text(&figures.document_labels);
        write!(out, "{labels}")?;
        write!(
            out,
            "{}",
            crate::team::relation_agreement::to_text(&relations)
        )?;
    }
    Ok(())
}

/// `hashiya suggest`: see [`Command::Suggest`]. `accept_to` writes the project with every
/// suggestion printed accepted (one undoable step).
pub fn suggest(
    project: &Path,
    options: crate::suggest::SuggestOptions,
    accept_to: Option<&Path>,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let mut ws = Workspace::open_project(project)?;
    let texts = ws.texts();
    let suggestions = crate::suggest::suggest(ws.project(), &texts, options);
    for s in &suggestions {
        writeln!(out, "{}", s.to_json())?;
    }
    if let Some(output) = accept_to {
        ws.set_annotator(crate::workspace::default_annotator());
        let description =
            crate::model::Message::CLI_ACCEPTED_SUGGESTIONS.with("count", suggestions.len());
        let transaction = crate::suggest::accept_all(ws.project(), &suggestions, description)?;
        ws.apply(transaction)?;
        ws.save_as(output)?;
    }
    Ok(())
}

/// The options of `hashiya suggest` from its arguments.
pub fn suggest_options(
    documents: Vec<String>,
    kinds: &[String],
    min_score: f32,
    lexicon: Option<&Path>,
) -> Result<crate::suggest::SuggestOptions> {
    use crate::suggest::{Kinds, SuggestOptions, attribution::Lexicon};
    if let Some(unknown) = kinds
        .iter()
        .find(|k| !["spans", "claims", "clusters"].contains(&k.as_str()))
    {
        anyhow::bail!(say(
            "cli-unknown-kind",
            &[("kind", format!("{unknown:?}").into())]
        ));
    }
    let wanted = |k: &str| kinds.is_empty() || kinds.iter().any(|w| w == k);
    let mut lexicon_all = Lexicon::builtin();
    if let Some(path) = lexicon {
        let text = std::fs::read_to_string(path)
            .with_context(|| say("cli-lexicon-unreadable", &[("path", shown_path(path))]))?;
        let extension = Lexicon::parse(&text)
            .with_context(|| say("cli-lexicon-in", &[("path", shown_path(path))]))?;
        lexicon_all = lexicon_all.with(extension);
    }
    Ok(SuggestOptions {
        kinds: Kinds {
            spans: wanted("spans"),
            claims: wanted("claims"),
            clusters: wanted("clusters"),
        },
        min_score,
        documents: (!documents.is_empty()).then(|| documents.into_iter().map(DocId).collect()),
        lexicon: lexicon_all,
        ..SuggestOptions::default()
    })
}

fn parse_nested(s: &str) -> Result<Nested, String> {
    match s {
        "columns" => Ok(Nested::Columns),
        n => n
            .parse()
            .map(Nested::Layer)
            .map_err(|_| say("cli-nested-expected", &[("value", format!("{n:?}").into())])),
    }
}

fn parse_direction(s: &str) -> Result<BaseDirection, String> {
    match s {
        "auto" => Ok(BaseDirection::Auto),
        "ltr" => Ok(BaseDirection::Ltr),
        "rtl" => Ok(BaseDirection::Rtl),
        other => Err(say(
            "cli-direction-expected",
            &[("value", format!("{other:?}").into())],
        )),
    }
}

#[derive(Serialize)]
struct LineJson<'a> {
    para: usize,
    line: usize,
    start: usize,
    end: usize,
    base_rtl: bool,
    text: &'a str,
    runs: Vec<RunJson>,
}

#[derive(Serialize)]
struct RunJson {
    start: usize,
    end: usize,
    rtl: bool,
    x: f32,
    width: f32,
}

/// `hashiya layout`: prints JSON Lines to `out`.
pub fn layout(
    file: &Path,
    width: f32,
    font_size: f32,
    direction: BaseDirection,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let bytes = std::fs::read(file)
        .with_context(|| say("cli-cannot-read", &[("path", shown_path(file))]))?;
    // Decoded and normalised exactly as a folder import does, so offsets match the project's.
    let decoded = crate::import::decode(&bytes)
        .with_context(|| say("cli-cannot-lay-out", &[("path", shown_path(file))]))?;
    let text = decoded.text.as_str();
    let shaper = HarfShaper::new()?;
    let options = LayoutOptions {
        width,
        font_size,
        fonts: FontStack::default(),
        base: direction,
    };
    let layout = layout_document(text, &options, &shaper);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |c: usize| chars.get(c).map_or(text.len(), |&(b, _)| b);
    let mut out = std::io::BufWriter::new(out);
    for line in &layout.lines {
        let json = LineJson {
            para: line.para,
            line: line.index_in_para,
            start: line.chars.start,
            end: line.chars.end,
            base_rtl: layout.paragraphs[line.para].rtl,
            text: &text[byte_at(line.chars.start)..byte_at(line.chars.end)],
            runs: line
                .runs
                .iter()
                .map(|r| RunJson {
                    start: r.chars.start,
                    end: r.chars.end,
                    rtl: r.rtl,
                    x: r.x,
                    width: r.width,
                })
                .collect(),
        };
        serde_json::to_writer(&mut out, &json)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}

/// A path as a message's argument.
fn shown_path(path: &Path) -> fluent_bundle::FluentValue<'static> {
    path.display().to_string().into()
}

/// An error of a command as printed on stderr: the message, then each cause under
/// "Caused by:" (as anyhow prints them), in the language of the interface.
pub fn error_text(error: &anyhow::Error) -> String {
    use std::fmt::Write as _;
    // What the system says about a file, in the interface's language.
    let said = |cause: &(dyn std::error::Error + 'static)| match cause.downcast_ref() {
        Some(io) => crate::i18n::io_reason(io),
        None => cause.to_string(),
    };
    let mut text = say("cli-error", &[("error", said(error.as_ref()).into())]);
    let causes: Vec<String> = error.chain().skip(1).map(said).collect();
    if !causes.is_empty() {
        text.push_str("\n\n");
        text.push_str(&tr("cli-caused-by"));
        for (i, cause) in causes.iter().enumerate() {
            if causes.len() == 1 {
                let _ = write!(text, "\n    {cause}");
            } else {
                let _ = write!(text, "\n    {}: {cause}", crate::i18n::number(i));
            }
        }
    }
    text
}
