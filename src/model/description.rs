//! What a [`Transaction`](super::Transaction) is called in the undo history ("Undo Label
//! «محمد» as PER"): a [`Message`] of the interface's catalogue and its arguments (names,
//! quotes, counts, as owned values), put into words only when shown, so the Edit menu and the
//! status bar say it in the language in use at that moment, even after a switch.
//!
//! A [`Message`] can only be one of the constants below: no finished text can become a
//! description, and a test checks each constant against both catalogues.

use std::fmt;

use fluent_bundle::FluentValue;

/// A catalogue message that names an undoable step; only the constants of this type exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Message(&'static str);

impl Message {
    /// The message's ID in the catalogues.
    pub fn id(self) -> &'static str {
        self.0
    }

    /// A description of this message with its first argument.
    #[must_use]
    pub fn with(self, name: &'static str, value: impl Into<Arg>) -> Description {
        Description::from(self).with(name, value)
    }
}

/// One argument of a description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A name, quote or other text of the project, shown as it is.
    Text(String),
    /// A number: shown in the chosen digits, it also picks the plural form.
    Count(usize),
    /// A message of the catalogue (a suggester's name), said in the language in use.
    Message(Message),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(n)
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(message)
    }
}

/// A transaction's description: a [`Message`] and its arguments. See the module docs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Description {
    message: Message,
    args: Vec<(&'static str, Arg)>,
}

impl From<Message> for Description {
    fn from(message: Message) -> Self {
        Self {
            message,
            args: Vec::new(),
        }
    }
}

impl Description {
    /// This description with one more argument (builder style).
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn message(&self) -> Message {
        self.message
    }

    /// The arguments as the catalogue takes them, a message argument said in the language in
    /// use.
    pub fn args(&self) -> Vec<(&'static str, FluentValue<'_>)> {
        self.args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Count(n) => FluentValue::from(*n),
                    Arg::Message(m) => FluentValue::from(crate::i18n::tr(m.id())),
                };
                (*name, value)
            })
            .collect()
    }

    /// The description in the thread's language, in logical order with the isolate marks
    /// around its arguments (the window shows it through `ui::widgets::bidi`).
    pub fn text(&self) -> String {
        crate::i18n::tr_args(self.message.id(), &self.args())
    }
}

/// [`Description::text`].
impl fmt::Display for Description {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// The constants of [`Message`], each with its catalogue ID, and [`Message::ALL`].
macro_rules! messages {
    ($($name:ident = $id:literal,)*) => {
        impl Message {
            $(pub const $name: Message = Message($id);)*
            /// Every message a description can have.
            pub const ALL: &[Message] = &[$(Message::$name),*];
        }
    };
}

messages! {
    // Compound edits of the model.
    MERGE_OUTLETS = "undo-merge-outlets",
    SPLIT_OUTLET = "undo-split-outlet",
    MERGE_ENTITIES = "undo-merge-entities",
    SPLIT_ENTITY = "undo-split-entity",
    REMOVE_SPAN = "undo-remove-span",
    REMOVE_CLAIM = "undo-remove-claim",
    CLUSTER_EMPTIED = "undo-cluster-emptied",
    CLUSTER_LEFT = "undo-cluster-left",
    CLUSTER_DELETED = "undo-cluster-deleted",
    RELATION_TYPE_REMOVED = "undo-relation-type-removed",
    CATEGORY_REMOVED = "undo-category-removed",
    VALUE_REMOVED = "undo-value-removed",
    // Suggestions.
    ACCEPTED_SPAN = "undo-accepted-span",
    ACCEPTED_CLAIM = "undo-accepted-claim",
    ACCEPTED_MEMBER = "undo-accepted-member",
    REJECTED = "undo-rejected",
    SUGGESTER_ON = "undo-suggester-on",
    SUGGESTER_OFF = "undo-suggester-off",
    MENU_SUGGESTER_LEARNED = "menu-suggester-learned",
    MENU_SUGGESTER_REGISTRY = "menu-suggester-registry",
    MENU_SUGGESTER_ATTRIBUTION = "menu-suggester-attribution",
    MENU_SUGGESTER_CLUSTERS = "menu-suggester-clusters",
    // Reading and importing.
    IMPORTED_ANNOTATIONS = "undo-imported-annotations",
    REANCHORED = "undo-reanchored",
    // The window's and the command line's edits, named as the status bar says they are done.
    CLAIM_EDIT_CERTAINTY = "claim-edit-certainty",
    CLAIM_EDIT_CLAIMANT = "claim-edit-claimant",
    CLAIM_EDIT_CUE = "claim-edit-cue",
    CLAIM_EDIT_DATE = "claim-edit-date",
    CLAIM_EDIT_IN_CLUSTER = "claim-edit-in-cluster",
    CLAIM_EDIT_LINKED = "claim-edit-linked",
    CLAIM_EDIT_MADE = "claim-edit-made",
    CLAIM_EDIT_NESTED = "claim-edit-nested",
    CLAIM_EDIT_NEW_CLUSTER = "claim-edit-new-cluster",
    CLAIM_EDIT_NEW_ENTITY = "claim-edit-new-entity",
    CLAIM_EDIT_NOTE = "claim-edit-note",
    CLAIM_EDIT_NO_CUE = "claim-edit-no-cue",
    CLAIM_EDIT_POLARITY = "claim-edit-polarity",
    CLAIM_EDIT_QUOTE_MODE = "claim-edit-quote-mode",
    CLAIM_EDIT_UNLINKED = "claim-edit-unlinked",
    CLI_ACCEPTED_SUGGESTIONS = "cli-accepted-suggestions",
    COMPARE_REMOVED_MINE = "compare-removed-mine",
    COMPARE_TOOK_ALL = "compare-took-all",
    COMPARE_TOOK_SPAN = "compare-took-span",
    COMPARE_TOOK_VERSION = "compare-took-version",
    CORPUS_EDIT_BULK_DATE = "corpus-edit-bulk-date",
    CORPUS_EDIT_BULK_LANGUAGE = "corpus-edit-bulk-language",
    CORPUS_EDIT_BULK_OUTLET = "corpus-edit-bulk-outlet",
    CORPUS_EDIT_FOLDER_OUTLETS = "corpus-edit-folder-outlets",
    CUES_ADDED = "cues-added",
    CUES_REMOVED = "cues-removed",
    DOC_LABEL_EDIT_OFF = "doc-label-edit-off",
    DOC_LABEL_EDIT_ON = "doc-label-edit-on",
    EDITOR_ANY_SOURCE = "editor-any-source",
    EDITOR_ANY_TARGET = "editor-any-target",
    EDITOR_CATEGORY_ADDED = "editor-category-added",
    EDITOR_CATEGORY_CHOICE = "editor-category-choice",
    EDITOR_CATEGORY_RENAMED = "editor-category-renamed",
    EDITOR_COLOUR_CHANGED = "editor-colour-changed",
    EDITOR_DESCRIPTION_CHANGED = "editor-description-changed",
    EDITOR_KEY_CHANGED = "editor-key-changed",
    EDITOR_LABEL_ADDED = "editor-label-added",
    EDITOR_LABEL_REMOVED = "editor-label-removed",
    EDITOR_MADE_DIRECTED = "editor-made-directed",
    EDITOR_MADE_UNDIRECTED = "editor-made-undirected",
    EDITOR_RELATION_ADDED = "editor-relation-added",
    EDITOR_RENAMED = "editor-renamed",
    EDITOR_SOURCES_CHANGED = "editor-sources-changed",
    EDITOR_TARGETS_CHANGED = "editor-targets-changed",
    EDITOR_VALUE_ADDED = "editor-value-added",
    EDITOR_VALUE_KEY_CHANGED = "editor-value-key-changed",
    EDITOR_VALUE_RENAMED = "editor-value-renamed",
    ENTITIES_ALIASES_CHANGED = "entities-aliases-changed",
    ENTITIES_EXTERNAL_CHANGED = "entities-external-changed",
    ENTITIES_KIND_CHANGED = "entities-kind-changed",
    ENTITIES_NOTE_CHANGED = "entities-note-changed",
    ENTITIES_RENAMED = "entities-renamed",
    INSPECTOR_EDIT_ATTRIBUTE_REMOVED = "inspector-edit-attribute-removed",
    INSPECTOR_EDIT_ATTRIBUTE_SET = "inspector-edit-attribute-set",
    INSPECTOR_EDIT_NOTE = "inspector-edit-note",
    INSPECTOR_EDIT_RELABEL = "inspector-edit-relabel",
    INSPECTOR_EDIT_RESIZED = "inspector-edit-resized",
    MATRIX_NOTE_CHANGED = "matrix-note-changed",
    MATRIX_RENAMED = "matrix-renamed",
    MATRIX_VERDICT_CHANGED = "matrix-verdict-changed",
    MATRIX_VERDICT_NOTE_CHANGED = "matrix-verdict-note-changed",
    OUTLETS_ADDED = "outlets-added",
    OUTLETS_AFFILIATION_CHANGED = "outlets-affiliation-changed",
    OUTLETS_DETAILS_CHANGED = "outlets-details-changed",
    OUTLETS_REMOVED = "outlets-removed",
    OUTLETS_RENAMED = "outlets-renamed",
    OUTLETS_SET = "outlets-set",
    RELATION_EDIT_DELETED = "relation-edit-deleted",
    RELATION_EDIT_MADE = "relation-edit-made",
    RELATION_EDIT_NOTE = "relation-edit-note",
    RELATION_EDIT_SWAPPED = "relation-edit-swapped",
    RELATION_EDIT_TYPE = "relation-edit-type",
    SEARCH_LABELLED = "search-labelled",
    STATUS_DIRECTION_CHANGED = "status-direction-changed",
    STATUS_LABELLED = "status-labelled",
    SUGGESTIONS_ACCEPTED_CORPUS = "suggestions-accepted-corpus",
    SUGGESTIONS_ACCEPTED_DOCUMENT = "suggestions-accepted-document",
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, in_language, message_ids};

    #[test]
    fn every_message_is_in_both_catalogues_once() {
        let (english, _) = message_ids(Language::English);
        let (arabic, _) = message_ids(Language::Arabic);
        let mut seen = std::collections::BTreeSet::new();
        for message in Message::ALL {
            assert!(seen.insert(message.id()), "{} twice", message.id());
            assert!(english.iter().any(|id| id == message.id()), "{message:?}");
            assert!(arabic.iter().any(|id| id == message.id()), "{message:?}");
        }
    }

    #[test]
    fn a_description_is_said_in_the_language_in_use_when_shown() {
        let description = Message::REMOVE_SPAN
            .with("quote", "محمد")
            .with("count", 2usize);
        let english = in_language(Language::English, || description.text());
        let arabic = in_language(Language::Arabic, || description.text());
        assert_eq!(
            english.replace(['\u{2068}', '\u{2069}'], ""),
            "Remove «محمد» and 2 claims"
        );
        assert!(
            arabic.contains("محمد") && arabic.contains("ادعاءين"),
            "{arabic}"
        );
        assert!(!arabic.contains("Remove"), "{arabic}");
    }

    #[test]
    fn a_message_argument_is_said_in_the_language_in_use() {
        let description = Message::SUGGESTER_ON.with("suggester", Message::MENU_SUGGESTER_REGISTRY);
        let english = in_language(Language::English, || description.text());
        let arabic = in_language(Language::Arabic, || description.text());
        assert!(english.contains("From the entity registry"), "{english}");
        assert!(arabic.contains("من سجل الكيانات"), "{arabic}");
    }
}
