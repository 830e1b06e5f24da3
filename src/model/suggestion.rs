//! What the analyst told the suggesters, kept in the project so that it holds after saving and
//! reopening: which suggesters are switched off, every suggestion rejected, remembered by what
//! it proposed rather than where, so the same proposal is not made again elsewhere, and the
//! reporting verbs and expressions the project adds to the built-in attribution lexicon.

use std::collections::BTreeSet;

/// The suggesters' settings and memory of one project.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SuggestionFeedback {
    /// Names of the suggesters switched off for this project (e.g. `learned`, `registry`,
    /// `attribution`, `clusters`); every other one runs.
    pub off: BTreeSet<String>,
    /// Suggestions the analyst rejected.
    pub rejected: BTreeSet<Rejection>,
    /// Reporting verbs and expressions of this project, beside the built-in ones.
    pub cues: BTreeSet<ReportingCue>,
}

/// A reporting verb or expression a project adds to the attribution lexicon (see
/// `assets/attribution.ron` for what each part means).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReportingCue {
    /// How it is written: one or more words, without و or ف in front.
    pub form: String,
    /// It denies what follows («نفى»).
    pub denies: bool,
    /// An expression naming the source of the rest of the sentence («بحسب»), not a verb.
    pub names_source: bool,
    /// It carries on the previous statement («أضاف»): without a claimant of its own, the claim
    /// before's is taken.
    pub continues: bool,
}

/// One rejected suggestion, by what it proposed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rejection {
    /// What was proposed: `span`, `claim` or `cluster`.
    pub kind: String,
    /// The proposed text's normalised form (for a cluster member, the claim's ID).
    pub form: String,
    /// The label proposed (for a cluster member, the cluster's ID); empty when none.
    pub label: String,
    /// A few normalised words around it, so that a form rejected in one sense is still proposed
    /// in another; empty to reject the form everywhere.
    pub context: String,
}

impl SuggestionFeedback {
    /// Whether the suggester called `name` runs.
    pub fn is_on(&self, name: &str) -> bool {
        !self.off.contains(name)
    }

    /// Whether `rejection` (or the same form and label rejected everywhere) was rejected.
    pub fn is_rejected(&self, rejection: &Rejection) -> bool {
        self.rejected.contains(rejection)
            || (!rejection.context.is_empty()
                && self.rejected.contains(&Rejection {
                    context: String::new(),
                    ..rejection.clone()
                }))
    }

    /// Whether something of `kind` proposing `form` with `label` was rejected, in any context.
    /// When not, no suggestion of that form is rejected, whatever words surround it.
    pub fn rejects_form(&self, kind: &str, form: &str, label: &str) -> bool {
        let first = Rejection {
            kind: kind.to_owned(),
            form: form.to_owned(),
            label: label.to_owned(),
            context: String::new(),
        };
        self.rejected.range(&first..).next().is_some_and(|r| {
            (r.kind.as_str(), r.form.as_str(), r.label.as_str()) == (kind, form, label)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejection(context: &str) -> Rejection {
        Rejection {
            kind: "span".into(),
            form: "داعش".into(),
            label: "ORG".into(),
            context: context.into(),
        }
    }

    #[test]
    fn a_form_rejected_everywhere_is_rejected_in_every_context() {
        let mut feedback = SuggestionFeedback::default();
        assert!(!feedback.is_rejected(&rejection("قال")));
        feedback.rejected.insert(rejection(""));
        assert!(feedback.is_rejected(&rejection("قال")));
    }

    #[test]
    fn a_form_rejected_in_one_context_is_still_proposed_in_another() {
        let mut feedback = SuggestionFeedback::default();
        feedback.rejected.insert(rejection("قال"));
        assert!(feedback.is_rejected(&rejection("قال")));
        assert!(!feedback.is_rejected(&rejection("نفى")));
        assert!(!feedback.is_rejected(&rejection("")));
    }

    #[test]
    fn a_form_is_known_as_rejected_in_whatever_context_it_was() {
        let mut feedback = SuggestionFeedback::default();
        feedback.rejected.insert(rejection("قال"));
        assert!(feedback.rejects_form("span", "داعش", "ORG"));
        assert!(!feedback.rejects_form("span", "داعش", "PER"));
        assert!(!feedback.rejects_form("claim", "داعش", "ORG"));
        assert!(!feedback.rejects_form("span", "داع", "ORG"));
        feedback.rejected.insert(rejection(""));
        assert!(feedback.rejects_form("span", "داعش", "ORG"));
    }

    #[test]
    fn suggesters_run_until_switched_off() {
        let mut feedback = SuggestionFeedback::default();
        assert!(feedback.is_on("learned"));
        feedback.off.insert("learned".into());
        assert!(!feedback.is_on("learned"));
        assert!(feedback.is_on("registry"));
    }
}
