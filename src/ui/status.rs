//! What the status line says, kept as what to say — a catalogue message and its arguments, an
//! edit's [`Description`], or a closure that says it — and put into words each time the line
//! is drawn, so after View ▸ Language the message already shown reads in the new language.
//! Every other message that stays on screen is kept the same way: the Problem window's, the
//! Export window's last outcome, a window's last refusal.
//!
//! Finished text goes in only as [`Status::words`], for words that are not the interface's (a
//! library's own message); an argument that says itself when shown (an error whose `Display`
//! reads the catalogue, a description, another status) is kept as it is, not as its text.

use std::fmt;
use std::sync::Arc;

use fluent_bundle::FluentValue;

use crate::model::Description;
use crate::model::description::Arg as Plain;

/// A status message. See the module docs.
#[derive(Clone, Default)]
pub struct Status {
    /// Said one after another (an edit's description, then what it passed over).
    parts: Vec<Part>,
}

#[derive(Clone)]
enum Part {
    Message {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    Description(Description),
    Said(Arc<dyn Fn() -> String + Send + Sync>),
}

/// One argument of a status message.
#[derive(Clone)]
pub enum Arg {
    /// As an edit's description has them: a text of the project, a count, a message.
    Plain(Plain),
    /// Something that says itself in the language in use when shown: an error, a description,
    /// another status.
    Shown(Arc<dyn fmt::Display + Send + Sync>),
}

impl Status {
    /// Catalogue message `id`; its arguments follow with [`Status::with`].
    #[must_use]
    pub fn say(id: &'static str) -> Self {
        Self {
            parts: vec![Part::Message {
                id,
                args: Vec::new(),
            }],
        }
    }

    /// What `say` returns when it is called, each time the status is shown: for a message
    /// whose arguments are themselves put into words in the language in use.
    #[must_use]
    pub fn new(say: impl Fn() -> String + Send + Sync + 'static) -> Self {
        Self {
            parts: vec![Part::Said(Arc::new(say))],
        }
    }

    /// Something that says itself in the language in use each time it is shown (an error whose
    /// `Display` reads the catalogue), kept as it is.
    #[must_use]
    pub fn of(value: impl fmt::Display + Send + Sync + 'static) -> Self {
        Self::new(move || value.to_string())
    }

    /// Words that are not the interface's, shown as they are.
    #[must_use]
    pub fn words(text: impl Into<String>) -> Self {
        let text = text.into();
        Self::new(move || text.clone())
    }

    /// This status with one more argument of its last message (builder style).
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        match self.parts.last_mut() {
            Some(Part::Message { args, .. }) => args.push((name, value.into())),
            _ => debug_assert!(false, "argument {name} of a status that is no message"),
        }
        self
    }

    /// [`Status::with`] an argument that says itself when shown (an error).
    #[must_use]
    pub fn shown(
        self,
        name: &'static str,
        value: impl fmt::Display + Send + Sync + 'static,
    ) -> Self {
        self.with(name, Arg::Shown(Arc::new(value)))
    }

    /// This status, then `more`.
    #[must_use]
    pub fn and(mut self, more: impl Into<Status>) -> Self {
        self.parts.extend(more.into().parts);
        self
    }

    /// The status in the thread's language, in logical order, without the isolate marks
    /// (the status bar isolates quotes itself; see `ui::windows::said`).
    pub fn text(&self) -> String {
        self.parts.iter().map(|part| part.text(false)).collect()
    }

    /// The status like [`Status::text`], with the isolate marks Fluent puts around its
    /// messages' arguments: for a window's label (`bidi::shown`), where a path or a Latin
    /// name in a right-to-left sentence then keeps its place.
    pub fn marked(&self) -> String {
        self.parts.iter().map(|part| part.text(true)).collect()
    }
}

impl Part {
    fn text(&self, marked: bool) -> String {
        match self {
            Part::Message { id, args } => {
                let args: Vec<(&str, FluentValue<'_>)> = args
                    .iter()
                    .map(|(name, arg)| (*name, arg.value()))
                    .collect();
                if marked {
                    crate::i18n::tr_args(id, &args)
                } else {
                    super::windows::said(id, &args)
                }
            }
            Part::Description(description) => super::windows::described(description),
            Part::Said(say) => say(),
        }
    }
}

impl Arg {
    fn value(&self) -> FluentValue<'_> {
        match self {
            Arg::Plain(Plain::Text(text)) => FluentValue::from(text.as_str()),
            Arg::Plain(Plain::Count(n)) => FluentValue::from(*n),
            Arg::Plain(Plain::Message(m)) => FluentValue::from(crate::i18n::tr(m.id())),
            Arg::Shown(shown) => FluentValue::from(shown.to_string()),
        }
    }
}

impl From<Description> for Status {
    fn from(description: Description) -> Self {
        Self {
            parts: vec![Part::Description(description)],
        }
    }
}

/// Texts, counts and messages, as a description takes them.
impl<T: Into<Plain>> From<T> for Arg {
    fn from(value: T) -> Self {
        Arg::Plain(value.into())
    }
}

impl From<Status> for Arg {
    fn from(status: Status) -> Self {
        Arg::Shown(Arc::new(status))
    }
}

impl From<Description> for Arg {
    fn from(description: Description) -> Self {
        Arg::Shown(Arc::new(Status::from(description)))
    }
}

/// [`Status::text`].
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl fmt::Debug for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Status").field(&self.text()).finish()
    }
}

/// Two statuses are equal when they say the same in the language in use.
impl PartialEq for Status {
    fn eq(&self, other: &Self) -> bool {
        self.text() == other.text()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, in_language};
    use crate::model::Message;

    /// An error that says itself in the language in use when shown, as the model's do.
    struct Refusal;

    impl fmt::Display for Refusal {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(&crate::i18n::tr("status-nothing-to-save"))
        }
    }

    #[test]
    fn a_status_is_said_in_the_language_in_use_each_time() {
        let status = Status::say("status-saved").with("name", "تقرير.ron");
        let english = in_language(Language::English, || status.text());
        let arabic = in_language(Language::Arabic, || status.text());
        assert_eq!(english, "Saved تقرير.ron");
        assert!(
            arabic.contains("تقرير.ron") && !arabic.contains("Saved"),
            "{arabic}"
        );
    }

    #[test]
    fn what_it_holds_is_said_when_shown_too() {
        let status = Status::say("status-undone")
            .with(
                "what",
                Message::REMOVE_SPAN
                    .with("quote", "محمد")
                    .with("count", 1usize),
            )
            .and(Status::say("status-not-done").shown("reason", Refusal));
        let english = in_language(Language::English, || status.text());
        let arabic = in_language(Language::Arabic, || status.text());
        assert!(english.starts_with("Undone: Remove «محمد»"), "{english}");
        assert!(english.contains("Nothing to save"), "{english}");
        assert!(!arabic.chars().any(|c| c.is_ascii_alphabetic()), "{arabic}");
        assert!(arabic.contains("محمد"), "{arabic}");
    }

    #[test]
    fn a_value_kept_as_it_is_says_itself_in_the_language_of_the_moment() {
        let status = Status::of(Refusal);
        let english = in_language(Language::English, || status.text());
        assert!(english.starts_with("Nothing to save"), "{english}");
        let arabic = in_language(Language::Arabic, || status.text());
        assert_eq!(
            arabic,
            in_language(Language::Arabic, || crate::i18n::tr(
                "status-nothing-to-save"
            ))
        );
        assert!(!arabic.contains("Nothing"), "{arabic}");
    }

    #[test]
    fn a_windows_text_keeps_the_isolates_around_arguments() {
        let status = Status::say("status-saved").with("name", "تقرير.ron");
        let (text, marked) = in_language(Language::English, || (status.text(), status.marked()));
        assert_eq!(text, "Saved تقرير.ron");
        assert_eq!(marked, "Saved \u{2068}تقرير.ron\u{2069}");
    }

    #[test]
    fn words_not_the_interfaces_stay_as_they_are() {
        let status = Status::words("unexpected end of input");
        assert_eq!(
            in_language(Language::Arabic, || status.text()),
            "unexpected end of input"
        );
    }
}
