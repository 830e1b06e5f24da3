//! Metadata of one article as an import finds it, before outlets are matched and dates parsed:
//! each field's raw value with where it came from. Several sources may describe one article
//! (the page's own tags, front matter, a metadata sheet beside it, its folder); each reader
//! records what it found and the import decides which source wins.

use std::collections::BTreeMap;

/// A metadata field of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Outlet,
    Date,
    Author,
    Url,
    Language,
}

impl Field {
    pub const ALL: [Self; 6] = [
        Self::Title,
        Self::Outlet,
        Self::Date,
        Self::Author,
        Self::Url,
        Self::Language,
    ];

    /// The field's name in reports and in `Document::metadata_from`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Title => "title",
            Self::Outlet => "outlet",
            Self::Date => "date",
            Self::Author => "author",
            Self::Url => "url",
            Self::Language => "language",
        }
    }

    /// The field a column of a metadata sheet or a key of front matter names, by the names
    /// article tables and exports of media-monitoring tools use (`outlet`, `source`,
    /// `media_name`, `publish_date`, `byline`, `lang`, …, in any case, with `-` or a space for
    /// `_`) and their Arabic equivalents (`المصدر`, `التاريخ`, …). `None` for other names.
    pub fn from_key(key: &str) -> Option<Self> {
        let key = crate::text::normalize::normalize_key(key).replace([' ', '-'], "_");
        let field = match key.as_str() {
            "title" | "headline" | "العنوان" => Self::Title,
            "outlet" | "source" | "source_name" | "media" | "media_name" | "site" | "site_name"
            | "publisher" | "newspaper" | "المصدر" | "الموقع" | "الصحيفه" | "الوسيله" => {
                Self::Outlet
            }
            "date"
            | "published"
            | "publish_date"
            | "published_date"
            | "published_at"
            | "publication_date"
            | "pubdate"
            | "date_published"
            | "التاريخ"
            | "تاريخ_النشر" => Self::Date,
            "author" | "authors" | "byline" | "writer" | "الكاتب" | "المحرر" => {
                Self::Author
            }
            "url" | "link" | "canonical" | "canonical_url" | "الرابط" => Self::Url,
            "language" | "lang" | "اللغه" => Self::Language,
            _ => return None,
        };
        Some(field)
    }
}

/// A value found for a field, and where it was found (e.g. `metadata.csv`,
/// `html:og:site_name`, `front matter`, `folder`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub value: String,
    pub from: String,
}

/// What is known of one article's metadata so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    fields: BTreeMap<Field, Found>,
}

impl ArticleMeta {
    pub fn get(&self, field: Field) -> Option<&Found> {
        self.fields.get(&field)
    }

    /// The value of `field`, or `""` when none was found.
    pub fn value(&self, field: Field) -> &str {
        self.get(field).map_or("", |found| found.value.as_str())
    }

    /// Records `value` for `field`, replacing what an earlier source said. Blank values (only
    /// whitespace) say nothing and are ignored.
    pub fn set(&mut self, field: Field, value: &str, from: &str) {
        let value = value.trim();
        if !value.is_empty() {
            self.fields.insert(
                field,
                Found {
                    value: value.to_owned(),
                    from: from.to_owned(),
                },
            );
        }
    }

    /// Records `value` for `field` only when no source gave one yet.
    pub fn set_if_absent(&mut self, field: Field, value: &str, from: &str) {
        if !self.fields.contains_key(&field) {
            self.set(field, value, from);
        }
    }

    /// Every field found, in [`Field`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Field, &Found)> {
        self.fields.iter().map(|(field, found)| (*field, found))
    }

    /// Lays `other` over this: its fields win.
    pub fn overlay(&mut self, other: &Self) {
        for (field, found) in other.iter() {
            self.fields.insert(field, found.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_fields_in_any_spelling() {
        for (key, field) in [
            ("Outlet", Some(Field::Outlet)),
            ("media-name", Some(Field::Outlet)),
            (" Publish Date ", Some(Field::Date)),
            ("المصدر", Some(Field::Outlet)),
            ("الصحيفة", Some(Field::Outlet)),
            ("تاريخ النشر", Some(Field::Date)),
            ("BYLINE", Some(Field::Author)),
            ("lang", Some(Field::Language)),
            ("body", None),
            ("path", None),
        ] {
            assert_eq!(Field::from_key(key), field, "{key}");
        }
    }

    #[test]
    fn later_sources_win_unless_asked_not_to_and_blanks_say_nothing() {
        let mut meta = ArticleMeta::default();
        meta.set(Field::Outlet, "الوطن", "html:og:site_name");
        meta.set_if_absent(Field::Outlet, "watan.example", "html:host");
        assert_eq!(meta.value(Field::Outlet), "الوطن");
        meta.set(Field::Outlet, "  ", "metadata.csv");
        assert_eq!(
            meta.get(Field::Outlet).map(|f| f.from.as_str()),
            Some("html:og:site_name")
        );
        let mut sheet = ArticleMeta::default();
        sheet.set(Field::Outlet, " جريدة الوطن ", "metadata.csv");
        sheet.set(Field::Date, "2017-09-05", "metadata.csv");
        meta.overlay(&sheet);
        assert_eq!(meta.value(Field::Outlet), "جريدة الوطن");
        assert_eq!(meta.value(Field::Date), "2017-09-05");
        assert_eq!(meta.value(Field::Author), "");
    }
}
