//! The digits numbers are shown in: Latin (0123) or Arabic-Indic (٠١٢٣), as the analyst picks.
//! Only numbers hashiya formats for display change; the corpus's own text never does.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Digits {
    /// 0 1 2 3 4 5 6 7 8 9
    #[default]
    Latin,
    /// ٠ ١ ٢ ٣ ٤ ٥ ٦ ٧ ٨ ٩ (U+0660 to U+0669)
    ArabicIndic,
}

impl Digits {
    pub const ALL: [Digits; 2] = [Digits::Latin, Digits::ArabicIndic];

    /// `text` with its ASCII digits in these digits, and the decimal point between two digits
    /// as the Arabic decimal separator (U+066B). Other characters are left as they are.
    pub fn apply(self, text: &str) -> Cow<'_, str> {
        if self == Digits::Latin || !text.bytes().any(|b| b.is_ascii_digit()) {
            return Cow::Borrowed(text);
        }
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::with_capacity(text.len() * 2);
        for (i, &c) in chars.iter().enumerate() {
            match c {
                '0'..='9' => {
                    out.push(char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c));
                }
                '.' if i > 0
                    && chars[i - 1].is_ascii_digit()
                    && chars.get(i + 1).is_some_and(char::is_ascii_digit) =>
                {
                    out.push('\u{066B}');
                }
                c => out.push(c),
            }
        }
        Cow::Owned(out)
    }

    /// How the digits are named in menus, in their own digits.
    pub fn sample(self) -> &'static str {
        match self {
            Digits::Latin => "123",
            Digits::ArabicIndic => "١٢٣",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_indic_digits_replace_ascii_digits_only() {
        assert_eq!(Digits::ArabicIndic.apply("12 spans"), "١٢ spans");
        assert_eq!(Digits::ArabicIndic.apply("0.75"), "٠٫٧٥");
        assert_eq!(Digits::ArabicIndic.apply("v. 3."), "v. ٣.");
        assert_eq!(Digits::ArabicIndic.apply("بلا أرقام"), "بلا أرقام");
        assert_eq!(Digits::Latin.apply("1947"), "1947");
        assert!(matches!(Digits::Latin.apply("1947"), Cow::Borrowed(_)));
    }
}
