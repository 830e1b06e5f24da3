//! Plural forms that hashiya chooses itself. Fluent picks the variant of `{ $count -> [few] … }`
//! through `intl_pluralrules`, whose Arabic rule (7.0.2) tests the whole number where CLDR tests
//! it modulo 100: 103–110 came out "other" instead of "few" and 111–199 "other" instead of
//! "many". For a language whose rule is written here, every select on a variable of its
//! catalogue is rewritten, when the bundle is built, to select on [`FUNCTION`]`($count)`, a
//! function of the bundle that returns the category's name; the catalogue keeps Fluent's usual
//! syntax. A select with exact numbers (`[0] …`) keeps them: the numbers are tried first, the
//! categories after.

use std::borrow::Cow;

use fluent_bundle::FluentValue;
use fluent_syntax::ast::{
    CallArguments, Expression, Identifier, InlineExpression, Pattern, PatternElement, Resource,
    Variant, VariantKey,
};

use super::Language;

/// The name the rewritten selects call; not meant to be written in a catalogue.
pub const FUNCTION: &str = "HASHIYA-PLURAL";

/// A plural rule: the CLDR cardinal category of a number.
pub type Rule = fn(f64) -> &'static str;

/// The rule hashiya applies itself for `language`, where Fluent's own gets it wrong.
pub fn rule(language: Language) -> Option<Rule> {
    match language {
        Language::Arabic => Some(arabic),
        Language::English | Language::Pseudo => None,
    }
}

/// CLDR's Arabic cardinal rule: zero (0), one (1), two (2), few (n % 100 = 3..10), many
/// (n % 100 = 11..99), other (100–102, 200–202, …, and fractions).
pub fn arabic(n: f64) -> &'static str {
    let n = n.abs();
    if n.fract() != 0.0 || !n.is_finite() {
        return "other";
    }
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a whole, finite, non-negative number; only its last two digits matter"
    )]
    let whole = (n % 100.0) as u8;
    match (n, whole) {
        (0.0, _) => "zero",
        (1.0, _) => "one",
        (2.0, _) => "two",
        (_, 3..=10) => "few",
        (_, 11..=99) => "many",
        _ => "other",
    }
}

/// The function registered as [`FUNCTION`]: a number's category by `rule`; anything else as it
/// came, so a select on a text argument keeps matching its keys.
pub fn select_function<'a>(rule: Rule, args: &[FluentValue<'a>]) -> FluentValue<'a> {
    match args.first() {
        Some(FluentValue::Number(n)) => FluentValue::String(Cow::Borrowed(rule(n.value))),
        Some(other) => other.clone(),
        None => FluentValue::None,
    }
}

/// `source` with every select on a variable made to select on [`FUNCTION`] of it; `None` when it
/// has none (or does not parse: the bundle then takes it as it is).
pub fn rewrite(source: &str) -> Option<String> {
    let mut resource = fluent_syntax::parser::parse(source).ok()?;
    let mut changed = false;
    for entry in &mut resource.body {
        match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                for pattern in m
                    .value
                    .iter_mut()
                    .chain(m.attributes.iter_mut().map(|a| &mut a.value))
                {
                    changed |= rewrite_pattern(pattern);
                }
            }
            fluent_syntax::ast::Entry::Term(t) => {
                changed |= rewrite_pattern(&mut t.value);
                for a in &mut t.attributes {
                    changed |= rewrite_pattern(&mut a.value);
                }
            }
            _ => {}
        }
    }
    changed.then(|| {
        fluent_syntax::serializer::serialize(&Resource {
            body: resource.body,
        })
    })
}

fn rewrite_pattern(pattern: &mut Pattern<&str>) -> bool {
    let mut changed = false;
    for element in &mut pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            changed |= rewrite_expression(expression);
        }
    }
    changed
}

fn rewrite_expression(expression: &mut Expression<&str>) -> bool {
    match expression {
        Expression::Inline(inline) => rewrite_inline(inline),
        Expression::Select { selector, variants } => {
            let mut changed = rewrite_inline(selector);
            for variant in variants.iter_mut() {
                changed |= rewrite_pattern(&mut variant.value);
            }
            if let InlineExpression::VariableReference { id } = selector
                && by_category_possible(variants)
            {
                *expression = by_category(id.name, std::mem::take(variants));
                return true;
            }
            changed
        }
    }
}

fn rewrite_inline(inline: &mut InlineExpression<&str>) -> bool {
    match inline {
        InlineExpression::Placeable { expression } => rewrite_expression(expression),
        InlineExpression::FunctionReference { arguments, .. } => {
            let mut changed = false;
            for arg in &mut arguments.positional {
                changed |= rewrite_inline(arg);
            }
            for arg in &mut arguments.named {
                changed |= rewrite_inline(&mut arg.value);
            }
            changed
        }
        _ => false,
    }
}

/// Whether a select can choose by category: it has a key that names one, and its default is not
/// an exact number (left to Fluent).
fn by_category_possible(variants: &[Variant<&str>]) -> bool {
    let number = |v: &Variant<&str>| matches!(v.key, VariantKey::NumberLiteral { .. });
    variants.iter().any(|v| !number(v)) && !variants.iter().any(|v| v.default && number(v))
}

/// The select of `variants` on `$variable` by category; with exact numbers, a select on the
/// variable of those numbers whose default is the select by category.
fn by_category<'s>(variable: &'s str, variants: Vec<Variant<&'s str>>) -> Expression<&'s str> {
    let variable = || InlineExpression::VariableReference {
        id: Identifier { name: variable },
    };
    let (numbers, named): (Vec<_>, Vec<_>) = variants
        .into_iter()
        .partition(|v| matches!(v.key, VariantKey::NumberLiteral { .. }));
    let categories = Expression::Select {
        selector: InlineExpression::FunctionReference {
            id: Identifier { name: FUNCTION },
            arguments: CallArguments {
                positional: vec![variable()],
                named: Vec::new(),
            },
        },
        variants: named,
    };
    if numbers.is_empty() {
        return categories;
    }
    let mut variants = numbers;
    variants.push(Variant {
        key: VariantKey::Identifier { name: "other" },
        value: Pattern {
            elements: vec![PatternElement::Placeable {
                expression: categories,
            }],
        },
        default: true,
    });
    Expression::Select {
        selector: variable(),
        variants,
    }
}
