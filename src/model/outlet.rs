//! The outlets (sources) a project's articles come from, listed once for the whole project so
//! that "who says what, where" can be counted per outlet whatever an article calls itself.
//!
//! An outlet seen under several spellings is one outlet whose other spellings are its aliases;
//! each document keeps the spelling its source gave ([`Document::outlet_text`]), so an alias
//! split off again ([`split_alias`]) takes its own documents along, and two outlets merged
//! ([`merge_outlets`]) can be told apart later.
//!
//! [`Document::outlet_text`]: super::Document::outlet_text

use super::entity::normalise_list;
use super::id::random_id;
use super::{Edit, Message, Project, Transaction};

random_id!(
    /// Stable identifier of an outlet. Documents refer to their outlet by it; the empty ID means
    /// the outlet is not known (yet).
    OutletId
);

impl OutletId {
    /// The ID a document carries while its outlet is not known.
    pub fn unknown() -> Self {
        Self(String::new())
    }

    pub fn is_unknown(&self) -> bool {
        self.is_empty()
    }
}

/// One outlet: a newspaper, agency, channel, website or account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outlet {
    pub id: OutletId,
    /// How the analysts name it, e.g. «عنب بلدي».
    pub name: String,
    /// A free tag for comparing outlets of one kind: "state media", "opposition",
    /// "international agency", … Empty when not recorded.
    pub affiliation: String,
    /// Other spellings of its name met in the sources (`aljazeera.net`, `Al-Jazeera`), sorted,
    /// none equal to `name`.
    pub aliases: Vec<String>,
}

impl Outlet {
    /// An outlet without an affiliation.
    pub fn new(id: OutletId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            affiliation: String::new(),
            aliases: Vec::new(),
        }
    }

    /// The name, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// Keeps `aliases` sorted, unique, trimmed and apart from the name.
    pub fn normalise_aliases(&mut self) {
        for alias in &mut self.aliases {
            *alias = alias.trim().to_owned();
        }
        let name = self.name.trim().to_owned();
        self.aliases.retain(|a| *a != name);
        normalise_list(&mut self.aliases);
    }
}

/// Merges the outlet `absorb` into `keep`: `absorb`'s documents go to `keep`, each keeping the
/// spelling it came with (`absorb`'s name for one that had none, so splitting that name off
/// again takes it back); `keep` gains `absorb`'s name and aliases as aliases, and its
/// affiliation when it has none; then `absorb` is removed. `None` when either is not an outlet
/// of the project or both are one.
pub fn merge_outlets(project: &Project, keep: &OutletId, absorb: &OutletId) -> Option<Transaction> {
    if keep == absorb {
        return None;
    }
    let kept = project.outlets.get(keep)?;
    let absorbed = project.outlets.get(absorb)?;
    let mut tx = Transaction::new(
        Message::MERGE_OUTLETS
            .with("absorbed", &absorbed.name)
            .with("kept", &kept.name),
    );
    for doc in project.documents.iter().filter(|d| &d.outlet == absorb) {
        tx.extend(Edit::set_document_meta(project, &doc.id, |m| {
            m.outlet = keep.clone();
            if m.outlet_text.is_empty() {
                m.outlet_text.clone_from(&absorbed.name);
            }
        }));
    }
    tx.extend(Edit::replace_outlet(project, keep, |o| {
        o.aliases.extend(absorbed.names().map(str::to_owned));
        if o.affiliation.is_empty() {
            o.affiliation.clone_from(&absorbed.affiliation);
        }
    }));
    tx.extend(Edit::remove_outlet(project, absorb));
    Some(tx)
}

/// Makes the alias `alias` of `outlet` an outlet of its own (`new_id`, same affiliation), taking
/// along the documents of `outlet` whose source wrote that spelling. `None` when `outlet` has no
/// such alias.
pub fn split_alias(
    project: &Project,
    outlet: &OutletId,
    alias: &str,
    new_id: OutletId,
) -> Option<Transaction> {
    let from = project.outlets.get(outlet)?;
    if !from.aliases.iter().any(|a| a == alias) {
        return None;
    }
    let mut tx = Transaction::new(
        Message::SPLIT_OUTLET
            .with("alias", alias)
            .with("outlet", &from.name),
    );
    let mut split = Outlet::new(new_id, alias);
    split.affiliation.clone_from(&from.affiliation);
    let new_id = split.id.clone();
    tx.push(Edit::AddOutlet { outlet: split });
    tx.extend(Edit::replace_outlet(project, outlet, |o| {
        o.aliases.retain(|a| a != alias);
    }));
    for doc in project
        .documents
        .iter()
        .filter(|d| &d.outlet == outlet && d.outlet_text.trim() == alias)
    {
        tx.extend(Edit::set_document_meta(project, &doc.id, |m| {
            m.outlet = new_id.clone();
        }));
    }
    Some(tx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocId, Document};

    fn project() -> Project {
        let mut jazeera = Outlet::new(OutletId("j".into()), "Al Jazeera");
        jazeera.aliases = vec!["aljazeera.net".into(), "الجزيرة".into()];
        jazeera.affiliation = "international".into();
        let watan = Outlet::new(OutletId("w".into()), "الوطن");
        let doc = |id: &str, outlet: &str, text: &str| {
            let mut d = Document::new(DocId(id.into()), id.into());
            d.outlet = OutletId(outlet.into());
            d.outlet_text = text.into();
            d
        };
        Project {
            outlets: [jazeera, watan]
                .into_iter()
                .map(|o| (o.id.clone(), o))
                .collect(),
            documents: vec![
                doc("1", "j", ""),
                doc("2", "j", "aljazeera.net"),
                doc("3", "j", "الجزيرة"),
                doc("4", "w", ""),
                doc("5", "w", "الوطن"),
            ],
            ..Project::default()
        }
    }

    fn outlets_of(project: &Project) -> Vec<&str> {
        project
            .documents
            .iter()
            .map(|d| d.outlet.as_str())
            .collect()
    }

    #[test]
    fn aliases_stay_sorted_unique_and_apart_from_the_name() {
        let mut o = Outlet::new(OutletId("o".into()), "عنب بلدي");
        o.aliases = vec![
            " enabbaladi.net".into(),
            "عنب بلدي".into(),
            "Enab".into(),
            "Enab".into(),
            " ".into(),
        ];
        o.normalise_aliases();
        assert_eq!(o.aliases, ["Enab", "enabbaladi.net"]);
        assert_eq!(
            o.names().collect::<Vec<_>>(),
            ["عنب بلدي", "Enab", "enabbaladi.net"]
        );
    }

    #[test]
    fn an_alias_split_off_takes_its_documents_and_undo_brings_them_back() {
        let mut p = project();
        let before = p.clone();
        let Some(tx) = split_alias(&p, &OutletId("j".into()), "الجزيرة", OutletId("n".into()))
        else {
            panic!("الجزيرة is an alias of j");
        };
        tx.apply_checked(&mut p).expect("split applies");
        assert_eq!(outlets_of(&p), ["j", "j", "n", "w", "w"]);
        assert_eq!(p.outlets[&OutletId("j".into())].aliases, ["aljazeera.net"]);
        let split = &p.outlets[&OutletId("n".into())];
        assert_eq!(
            (split.name.as_str(), split.affiliation.as_str()),
            ("الجزيرة", "international")
        );
        tx.inverse().apply_checked(&mut p).expect("undo applies");
        assert_eq!(p, before);
        assert!(
            split_alias(
                &p,
                &OutletId("j".into()),
                "Al Jazeera",
                OutletId("n".into())
            )
            .is_none()
        );
        assert!(split_alias(&p, &OutletId("w".into()), "الجزيرة", OutletId("n".into())).is_none());
    }

    #[test]
    fn merged_outlets_split_apart_again() {
        let mut p = project();
        let (j, w) = (OutletId("j".into()), OutletId("w".into()));
        assert!(merge_outlets(&p, &j, &j).is_none());
        let Some(tx) = merge_outlets(&p, &j, &w) else {
            panic!("two outlets merge");
        };
        tx.apply_checked(&mut p).expect("merge applies");
        assert_eq!(outlets_of(&p), ["j"; 5]);
        assert!(!p.outlets.contains_key(&w));
        assert_eq!(p.outlets[&j].aliases, ["aljazeera.net", "الجزيرة", "الوطن"]);
        assert_eq!(
            p.documents[3].outlet_text, "الوطن",
            "a document without a spelling gets the name it had"
        );
        let Some(tx) = split_alias(&p, &j, "الوطن", OutletId("w2".into())) else {
            panic!("the merged name is an alias");
        };
        tx.apply_checked(&mut p).expect("split applies");
        assert_eq!(outlets_of(&p), ["j", "j", "j", "w2", "w2"]);
        assert_eq!(p.outlets[&j].aliases, ["aljazeera.net", "الجزيرة"]);
    }
}
