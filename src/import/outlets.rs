//! Outlets made from the names an import finds (a metadata sheet's `outlet` column, a page's
//! `og:site_name`, a host name, a folder), one outlet per publisher however it is written.
//!
//! Names are compared by [`outlet_key`]: Arabic normalisation and Latin case folded, spaces,
//! hyphens and dots ignored, and a host name or URL reduced to its name (`https://www.`
//! `aljazeera.net/news` → `aljazeera`), so `Al Jazeera`, `Al-Jazeera`, `aljazeera.net` and
//! `www.aljazeera.net` are one outlet, as are «عنب بلدي» and «عنب  بلدى». An Arabic name and a
//! Latin host name of one outlet are not recognised as the same (that needs a transliteration
//! table); the analyst merges them in the Outlets window.
//!
//! The outlet takes the spelling seen most often, a name preferred to a host name; the other
//! spellings become its aliases (and are listed by [`OutletNames::spellings`] for the import
//! report). An outlet of the project is found by its name or any of its aliases, and a spelling
//! of it not seen before is one more alias ([`OutletNames::new_aliases`]).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use crate::model::{Outlet, OutletId};
use crate::text::normalize::normalize_key;

/// Second-level labels under a country code (`bbc.co.uk`, `ahram.org.eg`) that are not the
/// outlet's name.
const GENERIC_SECOND_LEVEL: [&str; 7] = ["co", "com", "org", "net", "gov", "ac", "edu"];

/// Subdomains that say nothing of the outlet.
const GENERIC_SUBDOMAINS: [&str; 4] = ["www", "m", "amp", "mobile"];

/// The key two spellings of one outlet share; empty when `name` has no letters or digits.
pub fn outlet_key(name: &str) -> String {
    let name = name.trim();
    let name = host_of(name).map_or_else(|| name.to_owned(), site_name);
    normalize_key(&name)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Whether `name` is written as a host name or URL rather than as a name.
pub fn is_host_name(name: &str) -> bool {
    host_of(name.trim()).is_some()
}

/// The host of a URL (`https://www.x.com/a`) or of a bare host name (`www.x.com`); `None`
/// for anything with spaces, or without a dot before a Latin top-level domain.
fn host_of(name: &str) -> Option<&str> {
    let rest = name.split_once("://").map_or(
        name,
        |(scheme, rest)| if scheme.contains(' ') { name } else { rest },
    );
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, host)| host);
    let host = host.split(':').next()?;
    let labels: Vec<&str> = host.split('.').collect();
    let is_host = labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_alphabetic()));
    is_host.then_some(host)
}

/// `www.aljazeera.net` → `aljazeera`; `arabic.cnn.com` → `arabic.cnn`; `bbc.co.uk` → `bbc`.
fn site_name(host: &str) -> String {
    let host = host.to_lowercase();
    let mut labels: Vec<&str> = host.split('.').collect();
    labels.pop();
    if labels.len() >= 2
        && labels
            .last()
            .is_some_and(|l| GENERIC_SECOND_LEVEL.contains(l))
    {
        labels.pop();
    }
    while labels.len() >= 2 && GENERIC_SUBDOMAINS.contains(&labels[0]) {
        labels.remove(0);
    }
    labels.join(".")
}

/// The outlets of a project and the new ones an import makes, by key.
#[derive(Debug, Default)]
pub struct OutletNames {
    by_key: HashMap<String, OutletId>,
    /// The project's outlets before the import, with their names and aliases.
    existing: HashMap<OutletId, HashSet<String>>,
    /// Outlets made by this import, with how often each spelling was seen.
    made: BTreeMap<OutletId, Vec<(String, usize)>>,
    /// Spellings of the project's outlets this import met that the outlet does not list yet.
    unlisted: BTreeMap<OutletId, BTreeSet<String>>,
}

impl OutletNames {
    /// Names and aliases already in a project are matched first: an import never makes a
    /// second outlet for a publisher the project has. A name wins over another outlet's alias.
    pub fn new(existing: &BTreeMap<OutletId, Outlet>) -> Self {
        let mut names = Self::default();
        let aliases = existing
            .values()
            .flat_map(|o| o.aliases.iter().map(move |a| (o, a.as_str())));
        for (outlet, name) in existing
            .values()
            .map(|o| (o, o.name.as_str()))
            .chain(aliases)
        {
            let key = outlet_key(name);
            if !key.is_empty() {
                names.by_key.entry(key).or_insert_with(|| outlet.id.clone());
            }
        }
        for outlet in existing.values() {
            let listed = outlet.names().map(|n| n.trim().to_owned()).collect();
            names.existing.insert(outlet.id.clone(), listed);
        }
        names
    }

    /// The outlet `name` writes, made when no outlet has its key; `None` for a name without
    /// letters or digits.
    pub fn intern(&mut self, name: &str) -> Option<OutletId> {
        self.intern_with(name, &mut crate::model::id::fresh_u64)
    }

    /// [`OutletNames::intern`] with IDs drawn from `next` (deterministic in tests).
    pub fn intern_with(&mut self, name: &str, next: &mut impl FnMut() -> u64) -> Option<OutletId> {
        let name = name.trim();
        let key = outlet_key(name);
        if key.is_empty() {
            return None;
        }
        let id = self
            .by_key
            .entry(key)
            .or_insert_with(|| OutletId::generate(next))
            .clone();
        if let Some(listed) = self.existing.get(&id) {
            if !listed.contains(name) {
                self.unlisted
                    .entry(id.clone())
                    .or_default()
                    .insert(name.to_owned());
            }
        } else {
            let spellings = self.made.entry(id.clone()).or_default();
            match spellings.iter_mut().find(|(s, _)| s == name) {
                Some((_, count)) => *count += 1,
                None => spellings.push((name.to_owned(), 1)),
            }
        }
        Some(id)
    }

    /// The outlets this import made (by ID), each named by its most frequent spelling (a name
    /// before a host name; the first seen on a tie), the other spellings its aliases.
    pub fn outlets(&self) -> Vec<Outlet> {
        self.made
            .iter()
            .map(|(id, spellings)| {
                let mut outlet = Outlet::new(id.clone(), preferred(spellings));
                outlet.aliases = spellings.iter().map(|(s, _)| s.clone()).collect();
                outlet.normalise_aliases();
                outlet
            })
            .collect()
    }

    /// The project's outlets this import met under a spelling they do not list, with those
    /// spellings (sorted): aliases to add.
    pub fn new_aliases(&self) -> &BTreeMap<OutletId, BTreeSet<String>> {
        &self.unlisted
    }

    /// Every spelling seen for the outlet `id` (made by this import), most frequent first.
    pub fn spellings(&self, id: &OutletId) -> Vec<String> {
        let mut spellings = self.made.get(id).cloned().unwrap_or_default();
        spellings.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
        spellings.into_iter().map(|(s, _)| s).collect()
    }
}

fn preferred(spellings: &[(String, usize)]) -> String {
    let best = |names: &mut dyn Iterator<Item = &(String, usize)>| {
        names
            .fold(None::<&(String, usize)>, |best, s| match best {
                Some(b) if b.1 >= s.1 => Some(b),
                _ => Some(s),
            })
            .map(|(s, _)| s.clone())
    };
    best(&mut spellings.iter().filter(|(s, _)| !is_host_name(s)))
        .or_else(|| best(&mut spellings.iter()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_outlet_share_a_key() {
        let key = outlet_key("aljazeera.net");
        assert_eq!(key, "aljazeera");
        for name in [
            "www.aljazeera.net",
            "https://www.aljazeera.net/news/2017/9/5/x",
            "Al Jazeera",
            "Al-Jazeera",
            "ALJAZEERA.NET",
            "m.aljazeera.net",
        ] {
            assert_eq!(outlet_key(name), key, "{name}");
        }
        assert_eq!(outlet_key("عنب بلدي"), outlet_key(" عنب  بلدى "));
        assert_eq!(outlet_key("الجزيرة نت"), outlet_key("الجزيره.نت"));
        assert_eq!(outlet_key("bbc.co.uk"), "bbc");
        assert_eq!(outlet_key("ahram.org.eg"), "ahram");
        assert_eq!(outlet_key("arabic.cnn.com"), "arabiccnn");
        assert_ne!(outlet_key("arabic.cnn.com"), outlet_key("cnn.com"));
        assert_ne!(outlet_key("الجزيرة"), outlet_key("العربية"));
        assert_eq!(outlet_key(" - "), "");
        assert!(is_host_name("www.enabbaladi.net"));
        assert!(!is_host_name("عنب بلدي"));
        assert!(!is_host_name("Al Jazeera"));
        assert!(!is_host_name("Dr. Ahmad"));
    }

    #[test]
    fn one_outlet_per_key_named_by_its_most_frequent_name() {
        let mut counter = 0;
        let mut next = || {
            counter += 1;
            counter
        };
        let existing = Outlet::new(OutletId("old".to_owned()), "عنب بلدي");
        let mut names = OutletNames::new(&BTreeMap::from([(existing.id.clone(), existing)]));
        let mut ids = Vec::new();
        for name in [
            "aljazeera.net",
            "Al Jazeera",
            "www.aljazeera.net",
            "aljazeera.net",
            "عنب بلدى",
            "Al Jazeera",
            "الوطن",
            "",
        ] {
            ids.push(names.intern_with(name, &mut next));
        }
        let jazeera = ids[0].clone();
        assert!(jazeera.is_some());
        assert_eq!(ids[1], jazeera);
        assert_eq!(ids[2], jazeera);
        assert_eq!(ids[4], Some(OutletId("old".to_owned())));
        assert_ne!(ids[6], jazeera);
        assert_eq!(ids[7], None);
        let outlets = names.outlets();
        let outlet_names: Vec<&str> = outlets.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(outlet_names, ["Al Jazeera", "الوطن"]);
        assert_eq!(outlets[0].aliases, ["aljazeera.net", "www.aljazeera.net"]);
        assert!(outlets[1].aliases.is_empty());
        assert_eq!(
            names.new_aliases().get(&OutletId("old".to_owned())),
            Some(&BTreeSet::from(["عنب بلدى".to_owned()]))
        );
        let Some(jazeera) = jazeera else {
            return;
        };
        assert_eq!(
            names.spellings(&jazeera),
            ["aljazeera.net", "Al Jazeera", "www.aljazeera.net"]
        );
    }

    #[test]
    fn an_outlet_of_the_project_is_found_by_an_alias() {
        let mut jazeera = Outlet::new(OutletId("j".to_owned()), "الجزيرة");
        jazeera.aliases = vec!["Al Jazeera".to_owned()];
        let jazeera_id = jazeera.id.clone();
        let mut names = OutletNames::new(&BTreeMap::from([(jazeera_id.clone(), jazeera)]));
        let mut next = || 7;
        for name in ["al-jazeera", "www.aljazeera.net", "Al Jazeera", "الجزيره"] {
            assert_eq!(
                names.intern_with(name, &mut next),
                Some(jazeera_id.clone()),
                "{name}"
            );
        }
        assert!(names.outlets().is_empty());
        let unlisted: Vec<&str> = names.new_aliases()[&jazeera_id]
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(unlisted, ["al-jazeera", "www.aljazeera.net", "الجزيره"]);
    }
}
