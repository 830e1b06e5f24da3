//! Which column of an article table holds what: recognised by common names (case and `-`/space
//! ignored, Arabic names too), overridable by the analyst (`--columns text=body,outlet=media_name`).

use std::collections::BTreeMap;

use crate::intake::meta::Field;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// The article's text: its presence makes a table an article table.
    Text,
    /// A metadata field.
    Meta(Field),
    /// The row's identifier in the tool that exported it.
    Id,
    /// The article file a row describes (a metadata sheet's key).
    Path,
}

impl Role {
    /// The role a column name commonly means, if any.
    pub fn of_name(name: &str) -> Option<Self> {
        let key = crate::text::normalize::normalize_key(name).replace([' ', '-'], "_");
        match key.as_str() {
            "text" | "body" | "content" | "article" | "full_text" | "fulltext" | "article_text"
            | "body_text" | "maintext" | "main_text" | "النص" | "المتن" | "المحتوي" => {
                Some(Self::Text)
            }
            "id" | "article_id" | "doc_id" | "document_id" | "story_id" | "uid" => Some(Self::Id),
            "path" | "file" | "filename" | "file_name" | "file_path" | "الملف" => {
                Some(Self::Path)
            }
            _ => Field::from_key(&key).map(Self::Meta),
        }
    }

    /// The role named on the command line: `text`, `id`, `path` or a field's name.
    fn named(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "text" => Some(Self::Text),
            "id" => Some(Self::Id),
            "path" | "file" => Some(Self::Path),
            other => Field::ALL
                .into_iter()
                .find(|field| field.name() == other)
                .map(Self::Meta),
        }
    }
}

/// A `--columns` value that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ColumnMapError {
    #[error("{}", crate::i18n::tr_plain("columns-not-a-pair", &[("value", format!("{:?}", .0).into())]))]
    NotAPair(String),
    #[error("{}", crate::i18n::tr_plain("columns-unknown-role", &[("role", format!("{:?}", .0).into())]))]
    UnknownRole(String),
}

/// Columns the analyst named for roles, over the recognised names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMap {
    named: BTreeMap<Role, String>,
}

impl ColumnMap {
    /// Parses `text=body,outlet=media_name` (column names compared case-insensitively).
    pub fn parse(spec: &str) -> Result<Self, ColumnMapError> {
        let mut named = BTreeMap::new();
        for pair in spec.split(',').filter(|p| !p.trim().is_empty()) {
            let (role, column) = pair
                .split_once('=')
                .filter(|(_, column)| !column.trim().is_empty())
                .ok_or_else(|| ColumnMapError::NotAPair(pair.to_owned()))?;
            let role =
                Role::named(role).ok_or_else(|| ColumnMapError::UnknownRole(role.to_owned()))?;
            named.insert(role, column.trim().to_owned());
        }
        Ok(Self { named })
    }

    /// The role of each of `headers` (`None` for a column of no known role). A column the map
    /// names gets that role, and a recognised column whose role the map gives to another column
    /// loses it; otherwise the first column recognised for a role has it.
    pub fn roles(&self, headers: &[String]) -> Vec<Option<Role>> {
        let mut taken = Vec::new();
        let mut roles: Vec<Option<Role>> = headers
            .iter()
            .map(|header| {
                let named = self
                    .named
                    .iter()
                    .find(|(_, column)| column.eq_ignore_ascii_case(header.trim()))
                    .map(|(role, _)| *role);
                if named.is_some() {
                    taken.extend(named);
                }
                named
            })
            .collect();
        for (slot, header) in roles.iter_mut().zip(headers) {
            if slot.is_some() {
                continue;
            }
            if let Some(role) = Role::of_name(header)
                && !self.named.contains_key(&role)
                && !taken.contains(&role)
            {
                taken.push(role);
                *slot = Some(role);
            }
        }
        roles
    }
}

/// What a table is, by its columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// One article per row: it has a text column.
    Articles,
    /// No text, but a column naming files: metadata of the folder's articles.
    Metadata,
    /// Neither.
    Neither,
}

/// Classifies a table by its column names.
pub fn classify(headers: &[String], map: &ColumnMap) -> TableKind {
    let roles = map.roles(headers);
    if roles.contains(&Some(Role::Text)) {
        TableKind::Articles
    } else if roles.contains(&Some(Role::Path)) {
        TableKind::Metadata
    } else {
        TableKind::Neither
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn common_names_in_any_spelling() {
        let roles = ColumnMap::default().roles(&headers(&[
            "Article_ID",
            "Headline",
            "BODY",
            "media-name",
            "Publish Date",
            "النص",
        ]));
        assert_eq!(
            roles,
            [
                Some(Role::Id),
                Some(Role::Meta(Field::Title)),
                Some(Role::Text),
                Some(Role::Meta(Field::Outlet)),
                Some(Role::Meta(Field::Date)),
                None, // a second text column: the first one has the role
            ]
        );
    }

    #[test]
    fn the_map_overrides_recognised_names() {
        let map = ColumnMap::parse("text=summary, outlet=Channel").expect("parses");
        let roles = map.roles(&headers(&["text", "summary", "channel", "source"]));
        assert_eq!(
            roles,
            [
                None,
                Some(Role::Text),
                Some(Role::Meta(Field::Outlet)),
                None
            ]
        );
        assert_eq!(
            ColumnMap::parse("body"),
            Err(ColumnMapError::NotAPair("body".to_owned()))
        );
        assert_eq!(
            ColumnMap::parse("colour=x"),
            Err(ColumnMapError::UnknownRole("colour".to_owned()))
        );
    }

    #[test]
    fn tables_are_articles_metadata_or_neither() {
        let none = ColumnMap::default();
        assert_eq!(
            classify(&headers(&["title", "content"]), &none),
            TableKind::Articles
        );
        assert_eq!(
            classify(&headers(&["file", "outlet", "date"]), &none),
            TableKind::Metadata
        );
        assert_eq!(
            classify(&headers(&["name", "count"]), &none),
            TableKind::Neither
        );
        let map = ColumnMap::parse("text=count").expect("parses");
        assert_eq!(
            classify(&headers(&["name", "count"]), &map),
            TableKind::Articles
        );
    }

    #[test]
    fn a_bad_column_map_is_said_in_the_interface_language() {
        use crate::i18n::Language;
        let errors = [
            ColumnMapError::NotAPair("body".to_owned()),
            ColumnMapError::UnknownRole("colour".to_owned()),
        ];
        let said = |language| crate::i18n::said_in(language, &errors);
        let english = said(Language::English);
        assert_eq!(
            english,
            [
                "expected ROLE=COLUMN, e.g. text=body: \"body\"",
                "unknown role (text, title, outlet, date, author, url, language, id, path): \"colour\"",
            ]
        );
        let arabic = said(Language::Arabic);
        crate::i18n::assert_arabic(&arabic, &english, &["expected", "unknown"]);
        assert!(arabic[1].contains("\"colour\""), "{arabic:?}");
    }
}
