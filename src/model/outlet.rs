//! The outlets (sources) a project's articles come from, listed once for the whole project so
//! that "who says what, where" can be counted per outlet whatever an article calls itself.

use super::id::random_id;

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
}

impl Outlet {
    /// An outlet without an affiliation.
    pub fn new(id: OutletId, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            affiliation: String::new(),
        }
    }
}
