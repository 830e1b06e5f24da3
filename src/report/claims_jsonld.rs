//! The clusters as schema.org JSON-LD: a `Claim` per cluster (its `appearance` in each article,
//! with the article's URL, publisher and publication date; `firstAppearance`, the earliest;
//! `author`, the claimant of that first claim), and a `ClaimReview` of it when the analyst
//! recorded a verdict.

use serde_json::{Value, json};

use super::Sources;
use super::timeline::{claim_day, day_text, parse_day};
use crate::model::{Cluster, ClusterMember};

/// One `@graph` of `Claim`s, then `ClaimReview`s, clusters in name order; the same in every
/// language of the interface (an anonymous claimant is named in English), as machines read it.
pub fn claims_jsonld(sources: &Sources<'_>) -> Value {
    crate::i18n::in_english(|| graph(sources))
}

fn graph(sources: &Sources<'_>) -> Value {
    let project = sources.project;
    let mut clusters: Vec<&Cluster> = project.clusters.values().collect();
    clusters.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let mut graph = Vec::new();
    let mut reviews = Vec::new();
    for cluster in clusters {
        let members: Vec<&ClusterMember> = cluster
            .members
            .iter()
            .filter(|m| project.annotations.claim(&m.doc, &m.claim).is_some())
            .collect();
        if members.is_empty() {
            continue;
        }
        let id = format!("#claim-{}", cluster.id);
        let appearances: Vec<Value> = members.iter().map(|m| appearance(sources, m)).collect();
        // The earliest dated claim; without dates, the first member in the project's order.
        let first = members
            .iter()
            .min_by_key(|m| {
                let day = claim_day(project, &m.doc, &m.claim).map(|(d, _)| d);
                (day.is_none(), day)
            })
            .copied();
        let mut claim = json!({
            "@type": "Claim",
            "@id": id,
            "name": cluster.name,
            "appearance": appearances,
        });
        if !cluster.note.is_empty() {
            claim["description"] = json!(cluster.note);
        }
        if let Some(first) = first {
            claim["firstAppearance"] = appearance(sources, first);
            if let Some(c) = project.annotations.claim(&first.doc, &first.claim) {
                claim["author"] =
                    json!({"@type": "Thing", "name": sources.claimant(&first.doc, c)});
            }
        }
        graph.push(claim);
        if let Some(verdict) = &cluster.verdict {
            let mut rating = json!({
                "@type": "Rating",
                "alternateName": verdict.rating.name(),
            });
            if let Some(value) = verdict.rating.value() {
                rating["ratingValue"] = json!(value);
                rating["bestRating"] = json!(5);
                rating["worstRating"] = json!(1);
            }
            let mut review = json!({
                "@type": "ClaimReview",
                "claimReviewed": cluster.name,
                "itemReviewed": {"@id": id},
                "reviewRating": rating,
            });
            if !verdict.note.is_empty() {
                review["reviewBody"] = json!(verdict.note);
            }
            reviews.push(review);
        }
    }
    graph.extend(reviews);
    json!({"@context": "https://schema.org", "@graph": graph})
}

/// The article a member claim appears in, as a schema.org `CreativeWork` with the quote.
fn appearance(sources: &Sources<'_>, member: &ClusterMember) -> Value {
    let project = sources.project;
    let mut work = json!({"@type": "CreativeWork", "identifier": member.doc.0});
    if let Some(d) = project.document(&member.doc) {
        if !d.title.is_empty() {
            work["headline"] = json!(d.title);
        }
        if !d.url.is_empty() {
            work["url"] = json!(d.url);
        }
        if !d.language.is_empty() {
            work["inLanguage"] = json!(d.language);
        }
        let publisher = project.outlet_name(&d.outlet);
        if !publisher.is_empty() {
            work["publisher"] = json!({"@type": "Organization", "name": publisher});
        }
    }
    if let Some(day) = project
        .document(&member.doc)
        .and_then(|d| parse_day(&d.date))
    {
        work["datePublished"] = json!(day_text(day));
    }
    let quote = project
        .annotations
        .claim(&member.doc, &member.claim)
        .and_then(|c| sources.span_text_of(&member.doc, &c.content));
    if let Some(quote) = quote {
        work["text"] = json!(quote);
    }
    work
}
