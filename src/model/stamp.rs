//! Who made an annotation and when: what a team needs to compare analysts' work and what a
//! reviewer needs to trust a merged project.

/// The annotator and the times of a span or claim. Times are UTC in RFC 3339 with seconds
/// (`2026-11-23T09:15:02Z`), so they sort as text and read the same in every file. Empty fields
/// mean "not recorded" (annotations made before hashiya recorded them, or imported ones).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    /// The analyst who made it, as set in the preferences (or `--annotator` on the command line).
    pub annotator: String,
    /// When it was made.
    pub created: String,
    /// When it was last changed; equals `created` until then.
    pub modified: String,
}

impl Stamp {
    /// A stamp for something `annotator` makes at `now`.
    pub fn new(annotator: &str, now: &str) -> Self {
        Self {
            annotator: annotator.to_owned(),
            created: now.to_owned(),
            modified: now.to_owned(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.annotator.is_empty() && self.created.is_empty() && self.modified.is_empty()
    }

    /// Fills what is not recorded yet: the annotator, and the creation time.
    pub fn fill(&mut self, annotator: &str, now: &str) {
        if self.annotator.is_empty() {
            annotator.clone_into(&mut self.annotator);
        }
        if self.created.is_empty() {
            now.clone_into(&mut self.created);
        }
        if self.modified.is_empty() {
            now.clone_into(&mut self.modified);
        }
    }

    /// The later of two stamps by modification time (`self` on a tie), for merges that keep the
    /// newest version of a record both sides changed.
    pub fn is_newer_than(&self, other: &Stamp) -> bool {
        self.modified > other.modified
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_keeps_what_is_recorded() {
        let mut stamp = Stamp {
            annotator: "huda".into(),
            ..Stamp::default()
        };
        stamp.fill("omar", "2026-11-23T09:00:00Z");
        assert_eq!(
            stamp,
            Stamp {
                annotator: "huda".into(),
                created: "2026-11-23T09:00:00Z".into(),
                modified: "2026-11-23T09:00:00Z".into(),
            }
        );
        assert!(Stamp::new("a", "2026-11-23T10:00:00Z").is_newer_than(&stamp));
        assert!(!stamp.is_newer_than(&stamp));
        assert!(Stamp::default().is_empty() && !stamp.is_empty());
    }
}
