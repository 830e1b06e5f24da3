//! What the operating system says about a file, in the interface's language: the reason of an
//! [`io::Error`] told by its [`io::ErrorKind`] from the catalogue (`dialogs.ftl`, `io-…`), so an
//! Arabic sentence about a file that could not be read does not end in English.

use std::fmt;
use std::io;

/// The reason of `error` in the thread's language, for the end of a message about a file. A
/// kind a file operation meets is said from the catalogue (the English as the system says it,
/// without its error number); any other kind, and an error carrying its own message (a
/// library's, or ours), keeps the error's own words.
pub fn io_reason(error: &io::Error) -> String {
    IoCause::from(error).to_string()
}

/// The reason of an I/O error kept as data, to be said in the language of the moment it is
/// shown ([`io_reason`] says it at once): for errors kept in reports and lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoCause {
    /// A kind the catalogue has words for.
    Kind(io::ErrorKind),
    /// The error's own words (another kind, or a message of a library's or ours).
    Words(String),
}

impl From<&io::Error> for IoCause {
    fn from(error: &io::Error) -> Self {
        // An error made with a message of its own says something other than its bare kind does.
        let own_words = error.raw_os_error().is_none()
            && error.to_string() != io::Error::from(error.kind()).to_string();
        match io_message_id(error.kind()) {
            Some(_) if !own_words => Self::Kind(error.kind()),
            _ => Self::Words(error.to_string()),
        }
    }
}

impl fmt::Display for IoCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Kind(kind) => match io_message_id(*kind) {
                Some(id) => f.write_str(&super::tr_plain(id, &[])),
                None => write!(f, "{}", io::Error::from(*kind)),
            },
            Self::Words(words) => f.write_str(words),
        }
    }
}

/// The catalogue's message for `kind`, for the kinds reading, writing, listing and renaming
/// files meet.
fn io_message_id(kind: io::ErrorKind) -> Option<&'static str> {
    use io::ErrorKind as K;
    Some(match kind {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::IsADirectory => "io-is-a-directory",
        K::NotADirectory => "io-not-a-directory",
        K::DirectoryNotEmpty => "io-directory-not-empty",
        K::ReadOnlyFilesystem => "io-read-only-filesystem",
        K::StorageFull => "io-storage-full",
        K::QuotaExceeded => "io-quota-exceeded",
        K::FileTooLarge => "io-file-too-large",
        K::InvalidData => "io-invalid-data",
        K::UnexpectedEof => "io-unexpected-eof",
        K::InvalidInput => "io-invalid-input",
        K::Interrupted => "io-interrupted",
        K::TimedOut => "io-timed-out",
        K::WouldBlock => "io-would-block",
        K::CrossesDevices => "io-crosses-devices",
        K::InvalidFilename => "io-invalid-filename",
        K::ResourceBusy => "io-resource-busy",
        K::ExecutableFileBusy => "io-executable-file-busy",
        K::TooManyLinks => "io-too-many-links",
        K::NotSeekable => "io-not-seekable",
        K::StaleNetworkFileHandle => "io-stale-network-file-handle",
        K::Unsupported => "io-unsupported",
        K::OutOfMemory => "io-out-of-memory",
        K::WriteZero => "io-write-zero",
        K::BrokenPipe => "io-broken-pipe",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, assert_arabic, in_language};

    /// Every kind with a message, as the system makes it (from its error number) where Linux
    /// has one, else as a program makes it (from the kind alone).
    fn errors() -> Vec<io::Error> {
        use io::ErrorKind as K;
        let kinds = [
            K::NotFound,
            K::PermissionDenied,
            K::AlreadyExists,
            K::IsADirectory,
            K::NotADirectory,
            K::DirectoryNotEmpty,
            K::ReadOnlyFilesystem,
            K::StorageFull,
            K::QuotaExceeded,
            K::FileTooLarge,
            K::InvalidData,
            K::UnexpectedEof,
            K::InvalidInput,
            K::Interrupted,
            K::TimedOut,
            K::WouldBlock,
            K::CrossesDevices,
            K::InvalidFilename,
            K::ResourceBusy,
            K::ExecutableFileBusy,
            K::TooManyLinks,
            K::NotSeekable,
            K::StaleNetworkFileHandle,
            K::Unsupported,
            K::OutOfMemory,
            K::WriteZero,
            K::BrokenPipe,
        ];
        let mut errors: Vec<io::Error> = kinds.into_iter().map(io::Error::from).collect();
        // ENOENT, EACCES, ENOSPC, ENAMETOOLONG, as Linux reports them.
        errors.extend([2, 13, 28, 36].map(io::Error::from_raw_os_error));
        errors
    }

    #[test]
    fn every_kind_of_a_file_operation_is_said_in_arabic() {
        let errors = errors();
        for error in &errors {
            assert!(io_message_id(error.kind()).is_some(), "{error:?}");
        }
        let english = in_language(Language::English, || {
            errors.iter().map(io_reason).collect::<Vec<_>>()
        });
        let arabic = in_language(Language::Arabic, || {
            errors.iter().map(io_reason).collect::<Vec<_>>()
        });
        assert_arabic(
            &arabic,
            &english,
            &[
                "file",
                "directory",
                "os error",
                "denied",
                "space",
                "not found",
            ],
        );
    }

    #[test]
    fn english_says_it_as_the_system_does_without_the_number() {
        let said = in_language(Language::English, || {
            [2, 13, 17, 21, 28, 30].map(|code| io_reason(&io::Error::from_raw_os_error(code)))
        });
        assert_eq!(
            said,
            [
                "No such file or directory",
                "Permission denied",
                "File exists",
                "Is a directory",
                "No space left on device",
                "Read-only file system",
            ]
        );
        let made = in_language(Language::English, || {
            io_reason(&io::Error::from(io::ErrorKind::NotFound))
        });
        assert_eq!(made, "No such file or directory");
    }

    #[test]
    fn an_error_with_its_own_words_keeps_them() {
        let own = io::Error::other("the journal's thread stopped");
        let short = io::Error::new(io::ErrorKind::NotFound, "no sheet named Data");
        // A kind no file operation meets on its own: the system's words, as they were.
        let reset = io::Error::from_raw_os_error(104);
        in_language(Language::Arabic, || {
            assert_eq!(io_reason(&own), "the journal's thread stopped");
            assert_eq!(io_reason(&short), "no sheet named Data");
            assert_eq!(io_reason(&reset), reset.to_string());
        });
        let cause = IoCause::from(&io::Error::from_raw_os_error(2));
        assert_eq!(cause, IoCause::Kind(io::ErrorKind::NotFound));
        // Kept as data, it is said in the language of the moment it is shown.
        assert_ne!(
            in_language(Language::English, || cause.to_string()),
            in_language(Language::Arabic, || cause.to_string())
        );
    }
}
