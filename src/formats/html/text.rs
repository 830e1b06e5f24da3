//! The article's text from the page: boilerplate that readability keeps when it sits inside the
//! article (a "read also" list, share buttons) is removed first; the main content readability
//! finds is then turned into paragraphs, one per block element, separated by blank lines.

use dom_query::{Document as Dom, NodeRef};

use super::tags::collapse;

/// Headings (or short paragraphs) that open a list of links to other articles.
const READ_ALSO: [&str; 12] = [
    "اقرأ أيضا",
    "اقرأ أيضاً",
    "اقرأ ايضا",
    "اقرأ ايضاً",
    "إقرأ أيضا",
    "إقرأ أيضاً",
    "اقرأ المزيد",
    "طالع أيضا",
    "شاهد أيضا",
    "مواضيع ذات صلة",
    "أخبار ذات صلة",
    "read also",
];

/// Parts of class or ID names of page furniture readability may leave inside an article
/// container.
const FURNITURE: [&str; 14] = [
    "related",
    "read-also",
    "readalso",
    "read-more",
    "readmore",
    "share",
    "social",
    "comment",
    "newsletter",
    "breadcrumb",
    "tags",
    "advert",
    "most-read",
    "popular",
];

/// Elements that make a paragraph of their own.
const BLOCKS: [&str; 30] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "hr",
];

/// Removes "read also" lists and furniture by class from the page before readability scores it.
pub fn remove_boilerplate(dom: &Dom) {
    let body_len = dom.select("body").text().len();
    let all = dom.select("body *");
    for node in all.nodes() {
        let marks = format!(
            "{} {}",
            node.class().unwrap_or_default(),
            node.id_attr().unwrap_or_default()
        )
        .to_ascii_lowercase();
        let named = marks
            .split_whitespace()
            .any(|word| FURNITURE.iter().any(|f| word.contains(f)));
        // A container holding most of the page is the article, whatever its class says.
        if named && !is_article_container(node) && node.text().len() * 2 < body_len {
            node.remove_from_parent();
        }
    }
    let candidates = dom.select("h2, h3, h4, h5, h6, p, div, span, strong, b");
    for node in candidates.nodes() {
        let text = collapse(&node.text());
        if text.chars().count() > 200 || !opens_read_also(&text) {
            continue;
        }
        // The heading's own list follows it.
        while let Some(next) = node.next_element_sibling() {
            let name = node_name(&next);
            let links = name == "div" && next.descendants_it().any(|d| node_name(&d) == "a");
            if matches!(name.as_str(), "ul" | "ol") || links {
                next.remove_from_parent();
            } else {
                break;
            }
        }
        node.remove_from_parent();
    }
}

fn is_article_container(node: &NodeRef) -> bool {
    matches!(node_name(node).as_str(), "article" | "main" | "body")
}

fn opens_read_also(text: &str) -> bool {
    let lower = text.to_lowercase();
    let start = lower.trim_start_matches(|c: char| !c.is_alphabetic());
    READ_ALSO.iter().any(|phrase| start.starts_with(phrase))
}

fn node_name(node: &NodeRef) -> String {
    node.node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default()
}

/// The paragraphs of an HTML fragment, each with its white space collapsed, empty ones left out.
pub fn paragraphs(html: &str) -> Vec<String> {
    let dom = Dom::fragment(html);
    let mut out = Vec::new();
    let mut current = String::new();
    walk(&dom.root(), &mut out, &mut current);
    flush(&mut out, &mut current);
    out
}

fn walk(node: &NodeRef, out: &mut Vec<String>, current: &mut String) {
    for child in node.children_it(false) {
        if child.is_text() {
            current.push_str(&child.text());
        } else if child.is_element() {
            let name = node_name(&child);
            match name.as_str() {
                // Navigation, side boxes, footers and forms are never the article, even when
                // readability finds nothing else.
                "script" | "style" | "noscript" | "template" | "button" | "select" | "nav"
                | "aside" | "footer" | "form" => {}
                "br" => flush(out, current),
                _ if BLOCKS.contains(&name.as_str()) => {
                    flush(out, current);
                    walk(&child, out, current);
                    flush(out, current);
                }
                _ => walk(&child, out, current),
            }
        }
    }
}

fn flush(out: &mut Vec<String>, current: &mut String) {
    let paragraph = collapse(current);
    if !paragraph.is_empty() {
        out.push(paragraph);
    }
    current.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_breaks_make_paragraphs() {
        let html =
            "<div><p>قال  <b>الوزير</b>\n إن</p>نص حر<br>سطر<ul><li>أ</li><li> </li></ul></div>";
        assert_eq!(paragraphs(html), ["قال الوزير إن", "نص حر", "سطر", "أ"]);
    }

    #[test]
    fn read_also_lists_and_share_boxes_go() {
        let dom = Dom::from(
            "<html><body><article><p>فقرة الخبر</p><h3>اقرأ أيضاً:</h3><ul><li><a>خبر آخر</a></li></ul>\
             <div class=\"share-box\">شارك</div><p>اقرأ أيضا: <a>عنوان</a></p><p>خاتمة</p></article></body></html>",
        );
        remove_boilerplate(&dom);
        let body = dom.select("body").inner_html().to_string();
        assert_eq!(paragraphs(&body), ["فقرة الخبر", "خاتمة"]);
    }
}
