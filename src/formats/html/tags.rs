//! What a page says about itself: Open Graph and `article:` tags, JSON-LD, `<time>`, `<link
//! rel=canonical>`, `<html lang>`. Each value is recorded with where it was found
//! (`html:og:site_name`, `html:json-ld:publisher`, …), first source in each list winning.

use dom_query::Document as Dom;
use serde_json::Value;

use crate::intake::meta::{ArticleMeta, Field};
use crate::model::ImportWarning;

/// JSON-LD `@type`s that describe the article itself, best first.
const ARTICLE_TYPES: [&str; 8] = [
    "NewsArticle",
    "ReportageNews",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "Article",
    "BlogPosting",
    "Report",
    "WebPage",
];

/// `<meta>` names (or properties) that carry a publication date, after the stronger sources.
const DATE_METAS: [&str; 9] = [
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.date",
    "og:published_time",
    "datePublished",
];

/// The page's metadata and the problems worth telling the analyst (two outlet names).
pub struct PageTags {
    pub meta: ArticleMeta,
    pub warnings: Vec<ImportWarning>,
}

/// Reads the page's metadata. `dom` is not changed.
pub fn page_tags(dom: &Dom) -> PageTags {
    let json_ld = json_ld_objects(dom);
    let article = ARTICLE_TYPES
        .iter()
        .find_map(|kind| json_ld.iter().find(|object| has_type(object, kind)));
    let mut meta = ArticleMeta::default();
    let warnings = outlet(dom, article, &json_ld, &mut meta);
    url(dom, article, &mut meta);
    date(dom, article, &mut meta);
    author(dom, article, &json_ld, &mut meta);
    language(dom, article, &mut meta);
    title(dom, article, &mut meta);
    PageTags { meta, warnings }
}

/// `og:site_name`, then JSON-LD `publisher`; the warning when they (or two site names) differ.
/// The canonical URL's host comes last, in [`url`].
fn outlet(
    dom: &Dom,
    article: Option<&Value>,
    json_ld: &[Value],
    meta: &mut ArticleMeta,
) -> Vec<ImportWarning> {
    let mut warnings = Vec::new();
    let site_names = metas(dom, "og:site_name");
    let publisher = article
        .and_then(|a| a.get("publisher"))
        .and_then(|p| name_of(p, json_ld));
    for name in &site_names {
        meta.set_if_absent(Field::Outlet, name, "html:og:site_name");
    }
    if let Some(publisher) = &publisher {
        meta.set_if_absent(Field::Outlet, publisher, "html:json-ld:publisher");
    }
    let mut names: Vec<&str> = site_names.iter().map(String::as_str).collect();
    names.extend(publisher.as_deref());
    names.retain(|name| !name.trim().is_empty());
    names.dedup_by(|a, b| a.trim() == b.trim());
    if names.len() > 1 {
        warnings.push(ImportWarning::SeveralOutlets {
            names: names.iter().map(|n| n.trim().to_owned()).collect(),
            taken: meta.value(Field::Outlet).to_owned(),
        });
    }

    warnings
}

fn url(dom: &Dom, article: Option<&Value>, meta: &mut ArticleMeta) {
    let canonical = dom
        .select(r#"link[rel="canonical"]"#)
        .attr("href")
        .map(|href| href.to_string());
    set_opt(meta, Field::Url, canonical, "html:canonical");
    set_all(meta, Field::Url, metas(dom, "og:url"), "html:og:url");
    if let Some(url) = article.and_then(url_of) {
        meta.set_if_absent(Field::Url, &url, "html:json-ld:url");
    }
    let host = host_of(meta.value(Field::Url)).map(str::to_owned);
    set_opt(meta, Field::Outlet, host, "html:host");
}

fn date(dom: &Dom, article: Option<&Value>, meta: &mut ArticleMeta) {
    set_all(
        meta,
        Field::Date,
        metas(dom, "article:published_time"),
        "html:article:published_time",
    );
    if let Some(date) = article.and_then(|a| string_of(a.get("datePublished"))) {
        meta.set_if_absent(Field::Date, &date, "html:json-ld:datePublished");
    }
    let time = dom.select("time[datetime]").attr("datetime");
    set_opt(meta, Field::Date, time.map(|t| t.to_string()), "html:time");
    for name in DATE_METAS {
        let from = format!("html:{name}");
        set_all(meta, Field::Date, metas(dom, name), &from);
        let itemprop = dom
            .select(&format!(r#"meta[itemprop="{name}"]"#))
            .attr("content");
        set_opt(meta, Field::Date, itemprop.map(|t| t.to_string()), &from);
    }
}

fn author(dom: &Dom, article: Option<&Value>, json_ld: &[Value], meta: &mut ArticleMeta) {
    set_all(meta, Field::Author, metas(dom, "author"), "html:author");
    let article_author = metas(dom, "article:author")
        .into_iter()
        .filter(|a| !a.starts_with("http"))
        .collect();
    set_all(meta, Field::Author, article_author, "html:article:author");
    if let Some(author) = article
        .and_then(|a| a.get("author"))
        .and_then(|a| name_of(a, json_ld))
    {
        meta.set_if_absent(Field::Author, &author, "html:json-ld:author");
    }
}

fn language(dom: &Dom, article: Option<&Value>, meta: &mut ArticleMeta) {
    let lang = dom.select("html[lang]").attr("lang").map(|l| l.to_string());
    set_opt(meta, Field::Language, lang, "html:lang");
    let content_language = dom
        .select(r#"meta[http-equiv="content-language" i]"#)
        .attr("content")
        .map(|l| l.to_string());
    set_opt(
        meta,
        Field::Language,
        content_language,
        "html:content-language",
    );
    if let Some(lang) = article.and_then(|a| string_of(a.get("inLanguage"))) {
        meta.set_if_absent(Field::Language, &lang, "html:json-ld:inLanguage");
    }
    let locale = metas(dom, "og:locale")
        .into_iter()
        .map(|l| l.replace('_', "-"))
        .collect();
    set_all(meta, Field::Language, locale, "html:og:locale");
}

/// The headline as the page states it, before the `<title>` (which often appends the site's
/// name, removed when it matches the outlet).
fn title(dom: &Dom, article: Option<&Value>, meta: &mut ArticleMeta) {
    if let Some(headline) = article.and_then(|a| string_of(a.get("headline"))) {
        meta.set_if_absent(Field::Title, &headline, "html:json-ld:headline");
    }
    set_all(meta, Field::Title, metas(dom, "og:title"), "html:og:title");
    let h1 = dom.select("h1").first().text().to_string();
    meta.set_if_absent(Field::Title, &collapse(&h1), "html:h1");
    let title = dom.select("title").first().text().to_string();
    meta.set_if_absent(Field::Title, &collapse(&title), "html:title");
    if let Some(found) = meta.get(Field::Title) {
        let trimmed = without_site_suffix(&found.value, meta.value(Field::Outlet));
        if trimmed.len() < found.value.len() {
            let from = found.from.clone();
            meta.set(Field::Title, &trimmed, &from);
        }
    }
}

fn set_opt(meta: &mut ArticleMeta, field: Field, value: Option<String>, from: &str) {
    if let Some(value) = value {
        meta.set_if_absent(field, &value, from);
    }
}

fn set_all(meta: &mut ArticleMeta, field: Field, values: Vec<String>, from: &str) {
    for value in values {
        meta.set_if_absent(field, &value, from);
    }
}

/// The `content` of every `<meta property=name>` or `<meta name=name>` (names compared
/// ASCII-case-insensitively), in page order.
fn metas(dom: &Dom, name: &str) -> Vec<String> {
    let selector = format!(r#"meta[property="{name}" i], meta[name="{name}" i]"#);
    dom.select(&selector)
        .iter()
        .filter_map(|m| m.attr("content"))
        .map(|c| collapse(&c))
        .filter(|c| !c.is_empty())
        .collect()
}

/// Every JSON-LD object of the page: arrays and `@graph`s flattened, invalid blocks ignored.
fn json_ld_objects(dom: &Dom) -> Vec<Value> {
    let mut objects = Vec::new();
    for script in &dom.select(r#"script[type="application/ld+json" i]"#) {
        if let Ok(value) = serde_json::from_str::<Value>(script.text().trim()) {
            flatten(value, &mut objects);
        }
    }
    objects
}

fn flatten(value: Value, out: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items.into_iter().for_each(|item| flatten(item, out)),
        Value::Object(mut object) => {
            if let Some(graph) = object.remove("@graph") {
                flatten(graph, out);
            }
            out.push(Value::Object(object));
        }
        _ => {}
    }
}

fn has_type(object: &Value, kind: &str) -> bool {
    match object.get("@type") {
        Some(Value::String(t)) => t == kind,
        Some(Value::Array(types)) => types.iter().any(|t| t.as_str() == Some(kind)),
        _ => false,
    }
}

/// A name from a JSON-LD value: a string, an object's `name`, an `@id` reference resolved among
/// `all`, or the names of an array joined with `، `.
fn name_of(value: &Value, all: &[Value]) -> Option<String> {
    match value {
        Value::String(name) => Some(collapse(name)).filter(|n| !n.is_empty()),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(|i| name_of(i, all)).collect();
            (!names.is_empty()).then(|| names.join("، "))
        }
        Value::Object(object) => {
            if let Some(name) = string_of(object.get("name")) {
                return Some(name);
            }
            let id = object.get("@id")?.as_str()?;
            let target = all
                .iter()
                .find(|o| o.get("@id").and_then(Value::as_str) == Some(id))?;
            string_of(target.get("name"))
        }
        _ => None,
    }
}

fn url_of(article: &Value) -> Option<String> {
    string_of(article.get("url")).or_else(|| match article.get("mainEntityOfPage")? {
        Value::String(url) => Some(url.clone()),
        other => string_of(other.get("@id")),
    })
}

fn string_of(value: Option<&Value>) -> Option<String> {
    let text = collapse(value?.as_str()?);
    (!text.is_empty()).then_some(text)
}

/// Runs of white space as one space, trimmed.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The host of an absolute `http(s)` URL, without user, port or a trailing dot.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url
        .trim()
        .strip_prefix("https://")
        .or_else(|| url.trim().strip_prefix("http://"))
        .or_else(|| url.trim().strip_prefix("//"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.trim_end_matches('.');
    (!host.is_empty()).then_some(host)
}

/// `"عنوان الخبر - الوطن"` → `"عنوان الخبر"` when the part after the last separator is the
/// outlet's name (or the page's host); unchanged otherwise.
fn without_site_suffix(title: &str, outlet: &str) -> String {
    let outlet = outlet.trim();
    if outlet.is_empty() {
        return title.to_owned();
    }
    for separator in [" | ", " - ", " – ", " — ", " :: ", " « ", " » "] {
        if let Some((head, tail)) = title.rsplit_once(separator)
            && (tail.trim() == outlet)
            && !head.trim().is_empty()
        {
            return head.trim().to_owned();
        }
    }
    title.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://www.example.com/a/b?c"),
            Some("www.example.com")
        );
        assert_eq!(
            host_of("http://user@news.example:8080"),
            Some("news.example")
        );
        assert_eq!(host_of("//cdn.example./x"), Some("cdn.example"));
        assert_eq!(host_of("/relative/path"), None);
        assert_eq!(host_of("ftp://example.com"), None);
    }

    #[test]
    fn site_suffixes_go_only_when_they_name_the_outlet() {
        assert_eq!(without_site_suffix("خبر عاجل - الوطن", "الوطن"), "خبر عاجل");
        assert_eq!(without_site_suffix("خبر عاجل | الوطن", "الوطن"), "خبر عاجل");
        assert_eq!(without_site_suffix("حلب - دمشق", "الوطن"), "حلب - دمشق");
        assert_eq!(without_site_suffix("خبر", ""), "خبر");
    }

    #[test]
    fn json_ld_publisher_by_reference_and_authors_as_list() {
        let page = r##"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"Organization","@id":"#org","name":"شبكة الأخبار"},
              {"@type":["NewsArticle"],"headline":"عنوان","publisher":{"@id":"#org"},
               "author":[{"@type":"Person","name":"سارة"},{"name":"علي"}],
               "datePublished":"2019-03-02T10:00:00+03:00","mainEntityOfPage":{"@id":"https://news.example/a/1"}}
            ]}</script></head><body></body></html>"##;
        let tags = page_tags(&Dom::from(page));
        let meta = tags.meta;
        assert_eq!(meta.value(Field::Outlet), "شبكة الأخبار");
        assert_eq!(
            meta.get(Field::Outlet).map(|f| f.from.as_str()),
            Some("html:json-ld:publisher")
        );
        assert_eq!(meta.value(Field::Author), "سارة، علي");
        assert_eq!(meta.value(Field::Date), "2019-03-02T10:00:00+03:00");
        assert_eq!(meta.value(Field::Url), "https://news.example/a/1");
        assert_eq!(meta.value(Field::Title), "عنوان");
        assert!(tags.warnings.is_empty());
    }
}
