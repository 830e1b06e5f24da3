//! How every annotation format names a document's labels: `category/value` by their IDs
//! (`genre/op-ed`), split at the first `/` when read back, so a category ID should not hold one.
//! A value's name is the writers' second choice where a format shows names (REFI-QDA
//! variables).

use crate::model::{DocId, Project};

/// The labels of `doc` as `(category ID, value ID)`, by category then value ID.
pub fn pairs(project: &Project, doc: &DocId) -> Vec<(String, String)> {
    project
        .annotations
        .doc_labels(doc)
        .iter()
        .flat_map(|(category, label)| {
            label
                .values
                .iter()
                .map(move |value| (category.0.clone(), value.0.clone()))
        })
        .collect()
}

/// `genre/op-ed`.
pub fn key(category: &str, value: &str) -> String {
    format!("{category}/{value}")
}

/// `genre/op-ed` → `(genre, op-ed)`; `None` without a `/` or with an empty side.
pub fn parse_key(key: &str) -> Option<(String, String)> {
    let (category, value) = key.split_once('/')?;
    (!category.is_empty() && !value.is_empty()).then(|| (category.to_owned(), value.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_split_at_the_first_slash() {
        assert_eq!(key("genre", "op-ed"), "genre/op-ed");
        assert_eq!(
            parse_key("topic/war/peace"),
            Some(("topic".into(), "war/peace".into()))
        );
        assert_eq!(parse_key("genre"), None);
        assert_eq!(parse_key("/x"), None);
    }
}
