//! The report as one HTML page with nothing outside it: the bundled Naskh face embedded as a
//! base64 `@font-face` (Latin falls back to the reader's sans-serif), `dir` on every element
//! that holds corpus or analyst text (computed from its first strong letter, as the window
//! does) and `lang` from each document's language, every string escaped.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::timeline::{cluster_timeline, day_text};
use super::{Sources, relation_word};
use crate::model::{ClaimMatrix, Cluster, DocId, MatrixEntry, OutletId, claim_matrix};

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
time, .date { white-space: nowrap; }
.verdict { font-weight: bold; }
section.cluster { border-top: 2px solid #ddd; margin-top: 2em; }
"#;

/// The whole report page.
pub fn report_html(sources: &Sources<'_>) -> String {
    let project = sources.project;
    let matrix = claim_matrix(project);
    let mut out = String::new();
    let font = base64(crate::text::Face::NotoNaskhArabic.bytes());
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>{}</title><style>@font-face {{ font-family: \"Hashiya Naskh\"; src: url(data:font/ttf;base64,{font}) format(\"truetype\"); }}{STYLE}</style></head><body>",
        escape(&format!("Report: {}", project.name))
    );
    let _ = write!(
        out,
        "<header><h1>Report: {}</h1><p class=\"meta\">{} documents, {} outlets, {} claim clusters.</p></header>",
        directed("span", "", "", &project.name),
        project.documents.len(),
        project.outlets.len(),
        project.clusters.len()
    );
    matrix_html(&mut out, sources, &matrix);
    out.push_str(r#"<section id="clusters"><h2>Clusters</h2>"#);
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

fn outlet_label(sources: &Sources<'_>, outlet: &OutletId) -> String {
    match sources.project.outlet_name(outlet) {
        "" => "unknown outlet".to_owned(),
        name => name.to_owned(),
    }
}

fn matrix_html(out: &mut String, sources: &Sources<'_>, matrix: &ClaimMatrix) {
    let project = sources.project;
    out.push_str(r#"<section id="matrix"><h2>Claims × sources</h2><table class="matrix"><thead><tr><th>Cluster</th>"#);
    for outlet in &matrix.outlets {
        out.push_str(&directed("th", "", "", &outlet_label(sources, outlet)));
    }
    out.push_str("</tr></thead><tbody>");
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
                out.push_str(r#"<td class="silent">silent</td>"#);
                continue;
            }
            let mut words: Vec<&str> = entries.iter().map(|e| relation_word(e.relation)).collect();
            words.dedup();
            let strongest = entries
                .iter()
                .map(|e| e.relation)
                .max()
                .map_or("reports", relation_word);
            let date = firsts
                .get(outlet)
                .map(|d| format!(r#" (first <span class="date">{}</span>)"#, day_text(*d)))
                .unwrap_or_default();
            let _ = write!(
                out,
                r#"<td class="{strongest}">{}{date}</td>"#,
                escape(&words.join(", "))
            );
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
            r#"<p class="verdict">Verdict: {}</p>"#,
            escape(verdict.rating.name())
        );
        if !verdict.note.is_empty() {
            out.push_str(&directed("p", "verdict-note", "", &verdict.note));
        }
    }
    if let Some(timeline) = cluster_timeline(project, &cluster.id) {
        out.push_str(&super::svg::timeline_svg(project, &timeline));
        if !timeline.undated.is_empty() {
            let _ = write!(
                out,
                r#"<p class="meta undated">{} claim(s) without a date, not on the timeline.</p>"#,
                timeline.undated.len()
            );
        }
    }
    for (outlet, entries) in matrix.outlets.iter().zip(cells) {
        if entries.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            r#"<div class="outlet"><h4 dir="{}">{}</h4>"#,
            if is_rtl(&outlet_label(sources, outlet)) {
                "rtl"
            } else {
                "ltr"
            },
            escape(&outlet_label(sources, outlet))
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
    out.push_str(r#"<p class="meta">"#);
    let _ = write!(
        out,
        "{} · claimant: ",
        escape(relation_word(entry.relation))
    );
    out.push_str(&directed("span", "claimant", lang, &claimant));
    if !cue.is_empty() {
        out.push_str(" · cue: ");
        out.push_str(&directed("span", "cue", lang, &cue));
    }
    if !date.is_empty() {
        let _ = write!(out, r" · <time>{}</time>", escape(date));
    }
    if let Some(d) = document {
        out.push_str(" · ");
        let title = if d.title.is_empty() {
            d.path.as_str()
        } else {
            d.title.as_str()
        };
        if d.url.is_empty() {
            out.push_str(&directed("span", "article", lang, title));
        } else {
            let dir = if is_rtl(title) { "rtl" } else { "ltr" };
            let _ = write!(
                out,
                r#"<a class="article" dir="{dir}" href="{}">{}</a>"#,
                escape(&d.url),
                escape(title)
            );
        }
    }
    out.push_str("</p>");
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
    out.push_str(r#"<section id="entities"><h2>Entities per outlet</h2>"#);
    if counts.is_empty() {
        out.push_str("<p>No entity is mentioned.</p></section>");
        return;
    }
    out.push_str("<table><thead><tr><th>Entity</th>");
    for o in &outlets {
        out.push_str(&directed("th", "", "", &outlet_label(sources, o)));
    }
    out.push_str("</tr></thead><tbody>");
    let mut entities: Vec<_> = counts.iter().collect();
    entities.sort_by_key(|(id, _)| (project.entity(id).map_or("", |e| e.name.as_str()), *id));
    for (id, per_outlet) in entities {
        out.push_str("<tr>");
        let name = project
            .entity(id)
            .map_or_else(|| id.to_string(), |e| e.name.clone());
        out.push_str(&directed("th", "", "", &name));
        for o in &outlets {
            let _ = write!(out, "<td>{}</td>", per_outlet.get(o).copied().unwrap_or(0));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></section>");
}

fn corpus_html(out: &mut String, sources: &Sources<'_>) {
    let project = sources.project;
    out.push_str(r#"<section id="corpus"><h2>Corpus</h2><table><thead><tr><th>Title</th><th>Outlet</th><th>Date</th><th>Link</th></tr></thead><tbody>"#);
    for d in &project.documents {
        let title = if d.title.is_empty() {
            d.path.as_str()
        } else {
            d.title.as_str()
        };
        out.push_str("<tr>");
        out.push_str(&directed("td", "", &d.language, title));
        out.push_str(&directed("td", "", "", &outlet_label(sources, &d.outlet)));
        let _ = write!(out, "<td><time>{}</time></td>", escape(&d.date));
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
