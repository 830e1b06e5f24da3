//! What the exports are checked against: the Web Annotation JSON-LD context (every term used
//! defined by it), the REFI-QDA project schema and well-formed XML (xmllint).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

/// The terms a JSON-LD context defines.
pub fn context_terms() -> BTreeMap<String, Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/anno.jsonld");
    let context: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("context")).expect("json");
    context["@context"]
        .as_object()
        .expect("object")
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// Every key is a defined term (or a keyword), every `type` and every value of a term typed
/// `@vocab` (motivation, purpose) is a defined term, and values of terms typed `@id` are IRIs.
pub fn check_terms(
    value: &Value,
    terms: &BTreeMap<String, Value>,
    path: &str,
    problems: &mut Vec<String>,
) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let here = format!("{path}.{key}");
                if key.starts_with('@') {
                    continue;
                }
                let Some(definition) = terms.get(key) else {
                    problems.push(format!("{here}: term {key:?} is not in the context"));
                    continue;
                };
                let coercion = definition.get("@type").and_then(Value::as_str);
                let atoms: Vec<&Value> = match v {
                    Value::Array(items) => items.iter().collect(),
                    other => vec![other],
                };
                for atom in atoms {
                    if let Value::String(s) = atom {
                        match coercion {
                            Some("@vocab") if !terms.contains_key(s) => {
                                problems
                                    .push(format!("{here}: {s:?} is not a term of the context"));
                            }
                            Some("@id") if key == "type" && !terms.contains_key(s) => {
                                problems.push(format!("{here}: type {s:?} is not in the context"));
                            }
                            Some("@id") if key != "type" && !s.contains(':') => {
                                problems.push(format!("{here}: {s:?} is not an IRI"));
                            }
                            _ => {}
                        }
                    }
                }
                check_terms(v, terms, &here, problems);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                check_terms(item, terms, &format!("{path}[{i}]"), problems);
            }
        }
        _ => {}
    }
}

/// Fails unless xmllint finds `qde` valid against the REFI-QDA Project 1.0 schema.
pub fn assert_valid_qde(qde: &Path) {
    let schema =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas/REFI-QDA-Project-1.0.xsd");
    assert_xmllint_accepts(qde, Some(&schema));
}

/// Fails unless xmllint reads `file` as well-formed XML (an HTML page written as XHTML too).
pub fn assert_well_formed(file: &Path) {
    assert_xmllint_accepts(file, None);
}

/// Fails unless xmllint reads `file` as well-formed XML, valid against `schema` when given.
fn assert_xmllint_accepts(file: &Path, schema: Option<&Path>) {
    let mut xmllint = Command::new("xmllint");
    xmllint.arg("--noout");
    if let Some(schema) = schema {
        xmllint.arg("--schema").arg(schema);
    }
    // Never skipped: scripts/test.sh installs xmllint (Debian's libxml2-utils).
    let output = xmllint
        .arg(file)
        .output()
        .expect("xmllint is installed (apt-get install libxml2-utils; scripts/test.sh does it)");
    assert!(
        output.status.success(),
        "xmllint rejects {}:\n{}",
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
}
