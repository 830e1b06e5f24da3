//! The report as one HTML page with nothing outside it: the bundled Naskh face embedded as a
//! base64 `@font-face` (Latin falls back to the reader's sans-serif), `dir` on every element
//! that holds corpus or analyst text (computed from its first strong letter, as the window
//! does; an element with `dir` is isolated from the text around it, as `<bdi>` is) and `lang`
//! from each document's language, every string escaped.
//!
//! The page is in the interface's language: its headings, table headers, counts and sentences
//! come from the catalogue (`report.ftl`), numbers in the chosen digits, dates in the chosen
//! calendar; in Arabic it is `<html lang="ar" dir="rtl">`, so its tables read from the right,
//! and the timelines run from the right (see `svg`). It is well-formed XML as well as HTML.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use fluent_bundle::FluentValue;

use super::timeline::{Day, cluster_timeline, day_text, parse_day};
use super::{Sources, relation_text, relation_word};
use crate::i18n::{self, Calendar, Language};
use crate::model::{ClaimMatrix, Cluster, DocId, MatrixEntry, OutletId, Rating, claim_matrix};

/// `text` with `& < > " '` escaped, for element content and quoted attribute values alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether `text` reads right to left: its first strong letter is (UAX #9 rule P2).
pub fn is_rtl(text: &str) -> bool {
    unicode_bidi::get_base_direction(text) == unicode_bidi::Direction::Rtl
}

/// `text` as element content with its own direction: `<tag dir="…">…</tag>`.
fn directed(tag: &str, class: &str, lang: &str, text: &str) -> String {
    let dir = if is_rtl(text) { "rtl" } else { "ltr" };
    let lang = if lang.is_empty() {
        String::new()
    } else {
        format!(r#" lang="{}""#, escape(lang))
    };
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(r#" class="{class}""#)
    };
    format!(
        r#"<{tag}{class} dir="{dir}"{lang}>{}</{tag}>"#,
        escape(text)
    )
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

const STYLE: &str = r#"
body { font-family: "Hashiya Naskh", "Noto Naskh Arabic", "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 2em; color: #1a1a1a; line-height: 1.6; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.6em; vertical-align: top; }
td.silent { color: #888; }
td.reports { background: #dbe8f8; } td.supports { background: #d6f0e2; }
td.contradicts { background: #fbe8cc; } td.denies { background: #f8d6d6; }
blockquote { margin: 0.4em 0; padding: 0.3em 0.8em; border-inline-start: 4px solid #3c82dc; background: #f6f6f6; font-size: 1.15em; }
.meta { color: #444; font-size: 0.9em; }
time, .date { white-space: nowrap; unicode-bidi: isolate; }
.verdict { font-weight: bold; }
section.cluster { border-top: 2px solid #ddd; margin-top: 2em; }
"#;

/// Where a piece of the page goes in a message: characters of Unicode's private use area, which
/// no catalogue holds and escaping leaves alone.
fn placeholder(i: usize) -> String {
    format!("\u{E000}{i}\u{E001}")
}

/// Message `id` as a piece of the page: its words escaped, `counts` as numbers (in the chosen
/// digits; they choose the plural form) and `pieces` put in as the HTML they are (a name in an
/// element with its own direction, a date). Fluent's isolate marks are left out: each piece is
/// an element, which HTML isolates.
fn message(id: &str, counts: &[(&str, usize)], pieces: &[(&str, &str)]) -> String {
    let mut args: Vec<(&str, FluentValue<'_>)> =
        counts.iter().map(|&(name, n)| (name, n.into())).collect();
    args.extend(
        pieces
            .iter()
            .enumerate()
            .map(|(i, &(name, _))| (name, placeholder(i).into())),
    );
    let text = i18n::tr_args(id, &args).replace(['\u{2068}', '\u{2069}'], "");
    let mut out = escape(&text);
    for (i, (_, piece)) in pieces.iter().enumerate() {
        out = out.replace(&placeholder(i), piece);
    }
    out
}

/// A date as the page shows it: as written (ISO 8601) in an English page with the Gregorian
/// calendar, as the report has always given it; otherwise as the window shows it, in the
/// interface's calendar with its month names and digits. Text that is not a date is kept.
fn shown_date(date: &str) -> String {
    if i18n::language() == Language::English && i18n::calendar() == Calendar::Gregorian {
        date.to_owned()
    } else {
        i18n::shown_date(date).replace(['\u{2068}', '\u{2069}'], "")
    }
}

/// [`shown_date`] of a day.
pub(super) fn shown_day(day: Day) -> String {
    shown_date(&day_text(day))
}

/// `<time>` of a date as written into the project, with the day it stands for in `datetime`
/// when the text shown is not that day in ISO 8601.
fn time_html(date: &str) -> String {
    let shown = shown_date(date);
    match parse_day(date) {
        Some(day) if shown != date => format!(
            r#"<time datetime="{}">{}</time>"#,
            day_text(day),
            escape(&shown)
        ),
        _ => format!("<time>{}</time>", escape(&shown)),
    }
}

/// The message naming a verdict's rating.
fn rating_text(rating: Rating) -> String {
    i18n::tr(match rating {
        Rating::False => "report-rating-false",
        Rating::MostlyFalse => "report-rating-mostly-false",
        Rating::Mixed => "report-rating-mixed",
        Rating::MostlyTrue => "report-rating-mostly-true",
        Rating::True => "report-rating-true",
        Rating::Unproven => "report-rating-unproven",
    })
}

/// The whole report page, in the interface's language.
pub fn report_html(sources: &Sources<'_>) -> String {
    let project = sources.project;
    let matrix = claim_matrix(project);
    let mut out = String::new();
    let font = base64(crate::text::Face::NotoNaskhArabic.bytes());
    let language = i18n::language();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"/><title>{}</title><style>@font-face {{ font-family: \"Hashiya Naskh\"; src: url(data:font/ttf;base64,{font}) format(\"truetype\"); }}{STYLE}</style></head><body>",
        language.code(),
        if language.is_rtl() { "rtl" } else { "ltr" },
        escape(&i18n::tr_plain(
            "report-title",
            &[("name", project.name.as_str().into())]
        ))
    );
    let count = |id: &str, n: usize| message(id, &[("count", n)], &[]);
    let _ = write!(
        out,
        "<header><h1>{}</h1><p class=\"meta\">{}</p></header>",
        message(
            "report-title",
            &[],
            &[("name", &directed("span", "", "", &project.name))]
        ),
        message(
            "report-summary",
            &[],
            &[
                (
                    "documents",
                    &count("report-documents", project.documents.len())
                ),
                ("outlets", &count("report-outlets", project.outlets.len())),
                (
                    "clusters",
                    &count("report-clusters", project.clusters.len())
                ),
            ]
        ),
    );
    matrix_html(&mut out, sources, &matrix);
    let _ = write!(
        out,
        r#"<section id="clusters"><h2>{}</h2>"#,
        message("report-clusters-heading", &[], &[])
    );
    for row in &matrix.rows {
        if let Some(cluster) = project.cluster(&row.cluster) {
            cluster_html(&mut out, sources, &matrix, cluster, &row.cells);
        }
    }
    out.push_str("</section>");
    entities_html(&mut out, sources);
    corpus_html(&mut out, sources);
    out.push_str("</body></html>\n");
    out
}

/// An outlet's name, or the words for an outlet not known.
pub(super) fn outlet_label(sources: &Sources<'_>, outlet: &OutletId) -> String {
    match sources.project.outlet_name(outlet) {
        "" => i18n::tr("report-unknown-outlet"),
        name => name.to_owned(),
    }
}

/// `<tr>` of table headers: `first` (a message), then a name per column with its direction.
fn header_row(first: &str, names: impl IntoIterator<Item = String>) -> String {
    let mut out = format!("<tr><th>{}</th>", message(first, &[], &[]));
    for name in names {
        out.push_str(&directed("th", "", "", &name));
    }
    out.push_str("</tr>");
    out
}

fn matrix_html(out: &mut String, sources: &Sources<'_>, matrix: &ClaimMatrix) {
    let project = sources.project;
    let _ = write!(
        out,
        r#"<section id="matrix"><h2>{}</h2><table class="matrix"><thead>{}</thead><tbody>"#,
        message("report-matrix", &[], &[]),
        header_row(
            "report-cluster",
            matrix.outlets.iter().map(|o| outlet_label(sources, o))
        )
    );
    for row in &matrix.rows {
        let name = project
            .cluster(&row.cluster)
            .map_or("", |c| c.name.as_str());
        let firsts = cluster_timeline(project, &row.cluster)
            .map(|t| t.first_days())
            .unwrap_or_default();
        out.push_str("<tr>");
        out.push_str(&directed("th", "", "", name));
        for (outlet, entries) in matrix.outlets.iter().zip(&row.cells) {
            if entries.is_empty() {
                let _ = write!(
                    out,
                    r#"<td class="silent">{}</td>"#,
                    message("report-silent", &[], &[])
                );
                continue;
            }
            let mut words: Vec<String> =
                entries.iter().map(|e| relation_text(e.relation)).collect();
            words.dedup();
            let strongest = entries
                .iter()
                .map(|e| e.relation)
                .max()
                .map_or("reports", relation_word);
            let words = escape(&words.join(i18n::comma()));
            let text = match firsts.get(outlet) {
                Some(day) => message(
                    "report-first",
                    &[],
                    &[
                        ("relations", &words),
                        (
                            "day",
                            &format!(r#"<span class="date">{}</span>"#, escape(&shown_day(*day))),
                        ),
                    ],
                ),
                None => words,
            };
            let _ = write!(out, r#"<td class="{strongest}">{text}</td>"#);
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></section>");
}

fn cluster_html(
    out: &mut String,
    sources: &Sources<'_>,
    matrix: &ClaimMatrix,
    cluster: &Cluster,
    cells: &[Vec<MatrixEntry>],
) {
    let project = sources.project;
    let _ = write!(
        out,
        r#"<section class="cluster" id="cluster-{}">"#,
        escape(cluster.id.as_ref())
    );
    out.push_str(&directed("h3", "", "", &cluster.name));
    if !cluster.note.is_empty() {
        out.push_str(&directed("p", "note", "", &cluster.note));
    }
    if let Some(verdict) = &cluster.verdict {
        let _ = write!(
            out,
            r#"<p class="verdict">{}</p>"#,
            message(
                "report-verdict",
                &[],
                &[("rating", &escape(&rating_text(verdict.rating)))]
            )
        );
        if !verdict.note.is_empty() {
            out.push_str(&directed("p", "verdict-note", "", &verdict.note));
        }
    }
    if let Some(timeline) = cluster_timeline(project, &cluster.id) {
        out.push_str(&super::svg::timeline_svg(sources, &timeline));
        if !timeline.undated.is_empty() {
            let _ = write!(
                out,
                r#"<p class="meta undated">{}</p>"#,
                message("report-undated", &[("count", timeline.undated.len())], &[])
            );
        }
    }
    for (outlet, entries) in matrix.outlets.iter().zip(cells) {
        if entries.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            r#"<div class="outlet">{}"#,
            directed("h4", "", "", &outlet_label(sources, outlet))
        );
        for entry in entries {
            quote_html(out, sources, &entry.doc, entry);
        }
        out.push_str("</div>");
    }
    out.push_str("</section>");
}

fn quote_html(out: &mut String, sources: &Sources<'_>, doc: &DocId, entry: &MatrixEntry) {
    let project = sources.project;
    let Some(claim) = project.annotations.claim(doc, &entry.claim) else {
        return;
    };
    let document = project.document(doc);
    let lang = document.map_or("", |d| d.language.as_str());
    let Some(span) = project.annotations.get(doc, &claim.content) else {
        return;
    };
    let quote = sources.span_text(doc, span).unwrap_or_default();
    let _ = write!(
        out,
        r#"<blockquote class="quote" dir="{}"{} data-doc="{}" data-start="{}" data-end="{}">{}</blockquote>"#,
        if is_rtl(&quote) { "rtl" } else { "ltr" },
        if lang.is_empty() {
            String::new()
        } else {
            format!(r#" lang="{}""#, escape(lang))
        },
        escape(&doc.0),
        span.start,
        span.end,
        escape(&quote)
    );
    let claimant = sources.claimant(doc, claim);
    let cue = claim
        .cue
        .as_ref()
        .and_then(|c| sources.span_text_of(doc, c))
        .unwrap_or_default();
    let date = if claim.statement_date.is_empty() {
        document.map_or("", |d| d.date.as_str())
    } else {
        claim.statement_date.as_str()
    };
    // The relation, who said it, the cue, the date and the article, between middle dots.
    let mut parts = vec![
        escape(&relation_text(entry.relation)),
        message(
            "report-claimant",
            &[],
            &[("name", &directed("span", "claimant", lang, &claimant))],
        ),
    ];
    if !cue.is_empty() {
        parts.push(message(
            "report-cue",
            &[],
            &[("cue", &directed("span", "cue", lang, &cue))],
        ));
    }
    if !date.is_empty() {
        parts.push(time_html(date));
    }
    if let Some(d) = document {
        let title = if d.title.is_empty() {
            d.path.as_str()
        } else {
            d.title.as_str()
        };
        parts.push(if d.url.is_empty() {
            directed("span", "article", lang, title)
        } else {
            let dir = if is_rtl(title) { "rtl" } else { "ltr" };
            format!(
                r#"<a class="article" dir="{dir}" href="{}">{}</a>"#,
                escape(&d.url),
                escape(title)
            )
        });
    }
    let _ = write!(out, r#"<p class="meta">{}</p>"#, parts.join(" · "));
}

fn entities_html(out: &mut String, sources: &Sources<'_>) {
    let project = sources.project;
    let counts = crate::model::mention_counts(project);
    let outlets: Vec<OutletId> = {
        let mut all: Vec<&OutletId> = counts.values().flat_map(BTreeMap::keys).collect();
        all.sort_by_key(|o| (project.outlet_name(o), *o));
        all.dedup();
        all.into_iter().cloned().collect()
    };
    let _ = write!(
        out,
        r#"<section id="entities"><h2>{}</h2>"#,
        message("report-entities", &[], &[])
    );
    if counts.is_empty() {
        let _ = write!(
            out,
            "<p>{}</p></section>",
            message("report-no-entity", &[], &[])
        );
        return;
    }
    let _ = write!(
        out,
        "<table><thead>{}</thead><tbody>",
        header_row(
            "report-entity",
            outlets.iter().map(|o| outlet_label(sources, o))
        )
    );
    let mut entities: Vec<_> = counts.iter().collect();
    entities.sort_by_key(|(id, _)| (project.entity(id).map_or("", |e| e.name.as_str()), *id));
    for (id, per_outlet) in entities {
        out.push_str("<tr>");
        let name = project
            .entity(id)
            .map_or_else(|| id.to_string(), |e| e.name.clone());
        out.push_str(&directed("th", "", "", &name));
        for o in &outlets {
            let _ = write!(
                out,
                "<td>{}</td>",
                i18n::number(per_outlet.get(o).copied().unwrap_or(0))
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></section>");
}

fn corpus_html(out: &mut String, sources: &Sources<'_>) {
    let project = sources.project;
    let _ = write!(
        out,
        r#"<section id="corpus"><h2>{}</h2><table><thead><tr>"#,
        message("report-corpus", &[], &[])
    );
    for id in [
        "report-document-title",
        "report-outlet",
        "report-date",
        "report-link",
    ] {
        let _ = write!(out, "<th>{}</th>", message(id, &[], &[]));
    }
    out.push_str("</tr></thead><tbody>");
    for d in &project.documents {
        let title = if d.title.is_empty() {
            d.path.as_str()
        } else {
            d.title.as_str()
        };
        out.push_str("<tr>");
        out.push_str(&directed("td", "", &d.language, title));
        out.push_str(&directed("td", "", "", &outlet_label(sources, &d.outlet)));
        let _ = write!(out, "<td>{}</td>", time_html(&d.date));
        if d.url.is_empty() {
            out.push_str("<td></td>");
        } else {
            let _ = write!(
                out,
                r#"<td><a href="{0}" dir="ltr">{0}</a></td>"#,
                escape(&d.url)
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></section>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0xff, 0xfe]), "//4=");
    }

    #[test]
    fn escapes_markup_and_directs_by_first_strong_letter() {
        assert_eq!(
            escape(r#"<a href="x">&'"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(
            directed("p", "", "ar", "قال <b>"),
            r#"<p dir="rtl" lang="ar">قال &lt;b&gt;</p>"#
        );
        assert_eq!(
            directed("p", "x", "", "2024 BBC قال"),
            r#"<p class="x" dir="ltr">2024 BBC قال</p>"#
        );
    }
}
