//! The brat conventions the writer and the reader share: the claim frame's type, label IDs as
//! brat types ([`BratTypes`]), where a document's files go, the escapes of attribute values and
//! notes, `annotation.conf`, and the text-bound field.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::formats::conventions::{
    certainty_name, encode_iri_part, polarity_name, quote_mode_name, unsafe_entry_name,
};
use crate::model::{Certainty, DocId, LabelId, Polarity, QuoteMode, RelationTypeId, Schema};

/// The type brat shows for a claim frame. Not `Claim`: the default schema's label of a claim's
/// content is `CLAIM`, and two types that differ only in case read as one.
pub const CLAIM_TYPE: &str = "ClaimFrame";
/// The type of the annotation that carries a document's labels as attributes: over the
/// document's first word, since brat has no annotation of a whole document and one over the
/// whole text would cover every other.
pub const DOC_LABELS_TYPE: &str = "DocumentLabels";
/// The claim frame's type in collections written before [`CLAIM_TYPE`], and in other tools'
/// collections; still read as a claim frame.
pub const LEGACY_CLAIM_TYPE: &str = "Claim";

/// Whether brat type `ty` is a claim frame.
pub fn is_claim_frame(ty: &str) -> bool {
    ty == CLAIM_TYPE || ty == LEGACY_CLAIM_TYPE
}
/// The database prefix of entity links.
pub const ENTITY_DB: &str = "hashiya";

/// The path of a document's files without extension, relative to the collection: the document
/// ID less a final `.txt`. An ID that would lead out of the collection (absolute, or with `..`,
/// as a project merged by hand might hold) is percent-encoded into one file name instead.
pub fn base_name(doc: &DocId) -> std::borrow::Cow<'_, str> {
    let base = doc.0.strip_suffix(".txt").unwrap_or(&doc.0);
    if unsafe_entry_name(base).is_some() || base.is_empty() {
        std::borrow::Cow::Owned(encode_iri_part(base))
    } else {
        std::borrow::Cow::Borrowed(base)
    }
}

/// `<out>/<base>.txt` and `<out>/<base>.ann`.
pub fn files_of(out: &Path, doc: &DocId) -> (PathBuf, PathBuf) {
    let base = base_name(doc);
    (
        out.join(format!("{base}.txt")),
        out.join(format!("{base}.ann")),
    )
}

/// A label ID as a brat type: letters, digits, `-` and `_` pass; anything else becomes `_`.
pub fn brat_type(label: &str) -> String {
    label
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// What a brat type is made from: a label's or a relation type's ID.
pub trait BratKey: Clone + PartialEq {
    fn brat_id(&self) -> &str;
}

impl BratKey for LabelId {
    fn brat_id(&self) -> &str {
        &self.0
    }
}

impl BratKey for RelationTypeId {
    fn brat_id(&self) -> &str {
        &self.0
    }
}

/// The brat type of each label (or, as [`BratRelationTypes`], of each relation type), shared by
/// the writer and the reader so a label comes back as itself: its ID through [`brat_type`], with
/// `_2`, `_3`… added when that type is already taken ignoring case (labels `per` and `PER`, or
/// `a b` and `a_b`) or is a claim frame's type. Built in a fixed order (the schema's labels
/// first), so the same schema always gives the same types.
#[derive(Debug, Clone)]
pub struct BratTypes<K = LabelId> {
    /// Key and type, in the order built.
    types: Vec<(K, String)>,
}

impl<K> Default for BratTypes<K> {
    fn default() -> Self {
        Self { types: Vec::new() }
    }
}

impl<K: BratKey> BratTypes<K> {
    /// The type of `key` (its plain [`brat_type`] when it was not in the table).
    pub fn type_of(&self, key: &K) -> String {
        self.types
            .iter()
            .find(|(k, _)| k == key)
            .map_or_else(|| brat_type(key.brat_id()), |(_, ty)| ty.clone())
    }

    /// The key written as type `ty`.
    pub fn key_of(&self, ty: &str) -> Option<&K> {
        self.types.iter().find(|(_, t)| t == ty).map(|(k, _)| k)
    }

    /// Every type, in the order built.
    pub fn types(&self) -> impl Iterator<Item = &str> {
        self.types.iter().map(|(_, ty)| ty.as_str())
    }
}

impl BratTypes<LabelId> {
    pub fn new<'a>(labels: impl IntoIterator<Item = &'a LabelId>) -> Self {
        let taken = HashSet::from([CLAIM_TYPE.to_lowercase(), DOC_LABELS_TYPE.to_lowercase()]);
        Self {
            types: unique_types(labels.into_iter().map(|l| (l.clone(), l.0.as_str())), taken),
        }
    }

    /// The types of the schema's labels, then of `extra` labels (used but not in the schema).
    pub fn of_schema<'a>(schema: &'a Schema, extra: impl IntoIterator<Item = &'a LabelId>) -> Self {
        Self::new(schema.labels.iter().map(|l| &l.id).chain(extra))
    }

    /// The label written as type `ty`.
    pub fn label_of(&self, ty: &str) -> Option<&LabelId> {
        self.key_of(ty)
    }
}

/// Each key's ID through [`brat_type`], with `_2`, `_3`… added when that type is already taken
/// ignoring case (`taken` holds lower-cased types) or is the legacy claim frame's type; each key
/// once, in the order given.
fn unique_types<'a, K: Clone + PartialEq>(
    ids: impl IntoIterator<Item = (K, &'a str)>,
    mut taken: HashSet<String>,
) -> Vec<(K, String)> {
    let mut types: Vec<(K, String)> = Vec::new();
    for (key, id) in ids {
        if types.iter().any(|(k, _)| k == &key) {
            continue;
        }
        let base = brat_type(id);
        let free = |ty: &str| ty != LEGACY_CLAIM_TYPE && !taken.contains(&ty.to_lowercase());
        let mut ty = base.clone();
        // At most one suffix per type taken before (and the reserved types).
        for n in 2..types.len() + taken.len() + 3 {
            if free(&ty) {
                break;
            }
            ty = format!("{base}_{n}");
        }
        taken.insert(ty.to_lowercase());
        types.push((key, ty));
    }
    types
}

/// The relations the claim frame uses; no relation type of the schema is written as one of them.
pub const CLAIM_RELATIONS: [&str; 4] = ["Content", "Claimant", "HasCue", "NestedIn"];

/// The brat relation type of each relation type of the schema, shared by the writer and the
/// reader as [`BratTypes`] is for labels: its ID through [`brat_type`], made unique ignoring case
/// and apart from the claim frame's relations ([`CLAIM_RELATIONS`]) and brat's `<OVERLAP>`.
pub type BratRelationTypes = BratTypes<RelationTypeId>;

impl BratTypes<RelationTypeId> {
    pub fn of_relation_types(schema: &Schema) -> Self {
        let taken = CLAIM_RELATIONS
            .iter()
            .chain(&["<OVERLAP>"])
            .map(|t| t.to_lowercase())
            .collect();
        let ids = schema
            .relation_types
            .iter()
            .map(|t| (t.id.clone(), t.id.0.as_str()));
        Self {
            types: unique_types(ids, taken),
        }
    }
}

/// Escapes `%` and whitespace as `%XX` (brat attribute names and values are split at spaces).
pub fn escape_value(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c == '%' || c.is_whitespace() {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                let _ = write!(out, "%{b:02X}");
            }
        } else {
            out.push(c);
        }
    }
    if out.is_empty() {
        // brat cannot write an empty value; `%` alone never comes out of the escaping above.
        out.push('%');
    }
    out
}

/// Undoes [`escape_value`]; `None` when an escape is malformed.
pub fn unescape_value(s: &str) -> Option<String> {
    if s == "%" {
        return Some(String::new());
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Escapes a note for one `.ann` line.
pub fn escape_note(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// Undoes [`escape_note`] (an unknown escape is kept as it is).
pub fn unescape_note(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            // An unknown escape, or a lone backslash at the end, is kept as written.
            other => {
                out.push('\\');
                out.extend(other);
            }
        }
    }
    out
}

/// The generated `annotation.conf`: every label of the schema (and any other label used), the
/// claim frame and its relations, and the attributes: a claim's with every value it can take, so
/// a brat user can pick any of them; a span's with the values that occur (the schema does not
/// list them).
pub fn annotation_conf(
    types: &BratTypes,
    schema: &Schema,
    attributes: &BTreeMap<String, BTreeSet<String>>,
) -> String {
    let mut out = String::from(
        "# Written by hashiya. Offsets in the .ann files are Unicode code points into the .txt \
         files (UTF-8, LF line endings).\n[entities]\n",
    );
    for ty in types.types().chain([CLAIM_TYPE, DOC_LABELS_TYPE]) {
        let _ = writeln!(out, "{ty}");
    }
    let _ = write!(
        out,
        "\n[relations]\nContent\tArg1:{CLAIM_TYPE}, Arg2:<ENTITY>\n\
         Claimant\tArg1:{CLAIM_TYPE}, Arg2:<ENTITY>\nHasCue\tArg1:{CLAIM_TYPE}, Arg2:<ENTITY>\n\
         NestedIn\tArg1:{CLAIM_TYPE}, Arg2:{CLAIM_TYPE}\n{}\
         <OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\n",
        relation_lines(types, schema)
    );
    let mut attributes = attributes.clone();
    for (name, values) in claim_attribute_values() {
        attributes
            .entry(name.to_owned())
            .or_default()
            .extend(values.into_iter().map(str::to_owned));
    }
    for (name, values) in &attributes {
        let arg = if CLAIM_ATTRIBUTES.contains(&name.as_str()) {
            CLAIM_TYPE
        } else {
            "<ENTITY>"
        };
        let values: Vec<&str> = values.iter().map(String::as_str).collect();
        let _ = writeln!(out, "{name}\tArg:{arg}, Value:{}", values.join("|"));
    }
    out
}

/// A line per relation type of the schema, used or not: its brat type, the types its source
/// (`Arg1`) and target (`Arg2`) may have (every label's when it allows any), and
/// `<REL-TYPE>:symmetric` for an undirected type whose two ends allow the same labels.
fn relation_lines(types: &BratTypes, schema: &Schema) -> String {
    let relation_types = BratRelationTypes::of_relation_types(schema);
    let all: Vec<&str> = types.types().collect();
    let arg = |allowed: &[LabelId]| {
        if allowed.is_empty() {
            if all.is_empty() {
                "<ENTITY>".to_owned()
            } else {
                all.join("|")
            }
        } else {
            let allowed: Vec<String> = allowed.iter().map(|l| types.type_of(l)).collect();
            allowed.join("|")
        }
    };
    let mut out = String::new();
    for kind in &schema.relation_types {
        let _ = write!(
            out,
            "{}\tArg1:{}, Arg2:{}",
            relation_types.type_of(&kind.id),
            arg(&kind.sources),
            arg(&kind.targets)
        );
        if !kind.directed && kind.sources == kind.targets {
            out.push_str(", <REL-TYPE>:symmetric");
        }
        out.push('\n');
    }
    out
}

/// The attributes written on claim frames.
const CLAIM_ATTRIBUTES: [&str; 5] = [
    "Certainty",
    "Polarity",
    "QuoteMode",
    "ClaimantKind",
    "StatementDate",
];

/// Every value of each claim attribute with a closed set of them (a statement date is free).
fn claim_attribute_values() -> [(&'static str, Vec<&'static str>); 4] {
    [
        (
            "Certainty",
            Certainty::ALL.into_iter().map(certainty_name).collect(),
        ),
        (
            "Polarity",
            Polarity::ALL.into_iter().map(polarity_name).collect(),
        ),
        (
            "QuoteMode",
            QuoteMode::ALL.into_iter().map(quote_mode_name).collect(),
        ),
        ("ClaimantKind", CLAIMANT_KINDS.to_vec()),
    ]
}

/// The `ClaimantKind` values: who claims when no span of the document names them.
pub const CLAIMANT_KINDS: [&str; 3] = ["Anonymous", "Entity", "Outlet"];

/// Parses `TYPE start end[;start end…]` into the type and the fragments.
pub fn parse_text_bound(bound: &str) -> Option<(&str, Vec<(usize, usize)>)> {
    let (ty, offsets) = bound.split_once(' ')?;
    let mut frags = Vec::new();
    for frag in offsets.split(';') {
        let (s, e) = frag.trim().split_once(' ')?;
        frags.push((s.parse().ok()?, e.parse().ok()?));
    }
    Some((ty, frags))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brat_types_differ_ignoring_case_and_from_the_claim_frame() {
        let ids = [
            "CLAIM",
            "per",
            "PER",
            "a b",
            "a_b",
            "ClaimFrame",
            "Claim",
            "per",
        ]
        .map(|id| LabelId(id.into()));
        let types = BratTypes::new(&ids);
        let all: Vec<&str> = types.types().collect();
        assert_eq!(
            all,
            [
                "CLAIM",
                "per",
                "PER_2",
                "a_b",
                "a_b_2",
                "ClaimFrame_2",
                "Claim_2"
            ]
        );
        assert_eq!(types.type_of(&LabelId("a b".into())), "a_b");
        assert_eq!(types.label_of("PER_2"), Some(&LabelId("PER".into())));
        assert_eq!(types.label_of("Claim"), None, "a claim frame, not a label");
        assert_eq!(types.type_of(&LabelId("not there".into())), "not_there");
        assert!(is_claim_frame(CLAIM_TYPE) && is_claim_frame("Claim") && !is_claim_frame("CLAIM"));
    }

    #[test]
    fn annotation_conf_offers_every_value_of_a_claim_attribute() {
        let types = BratTypes::new(&[LabelId("PER".into()), LabelId("CLAIM".into())]);
        let used = BTreeMap::from([
            (
                "Polarity".to_owned(),
                BTreeSet::from(["Asserts".to_owned()]),
            ),
            ("source".to_owned(), BTreeSet::from(["wire".to_owned()])),
        ]);
        let conf = annotation_conf(&types, &Schema::default(), &used);
        for line in [
            "[entities]\nPER\nCLAIM\nClaimFrame\nDocumentLabels\n",
            "Certainty\tArg:ClaimFrame, Value:Certain|Possible|Probable|Unknown\n",
            "ClaimantKind\tArg:ClaimFrame, Value:Anonymous|Entity|Outlet\n",
            "Polarity\tArg:ClaimFrame, Value:Asserts|Denies\n",
            "QuoteMode\tArg:ClaimFrame, Value:Direct|Indirect|Mixed\n",
            "source\tArg:<ENTITY>, Value:wire\n",
            "Content\tArg1:ClaimFrame, Arg2:<ENTITY>\n",
        ] {
            assert!(conf.contains(line), "{line:?} missing from\n{conf}");
        }
        assert!(
            !conf.contains("StatementDate"),
            "no date, no values to offer"
        );
    }
}
