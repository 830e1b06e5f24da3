//! Reading the annotations folder: every file parsed on every core, then checked and added one
//! by one (see the parent module's docs on loading).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{DocFile, DocFileRefusal, annotation_candidates, file_name_for, from_ron_str};
use crate::model::{
    AnnotationError, Annotations, DocId, LabelId, Project, RelationProblem, SpanShapeProblem,
};
use crate::store::error::{AnnotationsProblem, KeptApartReason, StoreError, StoreWarning};
use crate::store::project_file::read_text;

/// What [`load_annotations`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadedAnnotations {
    pub annotations: Annotations,
    /// The file each document's spans came from.
    pub files: BTreeMap<DocId, PathBuf>,
    /// Problems in single files (quotes of the wrong length, files under another name).
    pub warnings: Vec<StoreWarning>,
}

/// Reads every annotation file of `dir` (see the module docs); an absent folder has none.
/// Files under the name of the document they name are added first: when a file under another
/// name names a document that one of them holds, or its spans clash with theirs, it is kept
/// apart ([`StoreWarning::KeptApart`]) rather than failing the load or taking their place.
pub fn load_annotations(dir: &Path) -> Result<LoadedAnnotations, StoreError> {
    let mut loaded = LoadedAnnotations::default();
    let paths = annotation_candidates(dir)?;
    // Read and parsed on every core; checked and added one by one, in the order of the files.
    let parsed = crate::parallel::map(&paths, 16, |path| {
        read_text(path).and_then(|text| from_ron_str(&text, path))
    });
    let mut misnamed = Vec::new();
    for (path, parsed) in paths.into_iter().zip(parsed) {
        let file = parsed?;
        let doc = file.doc.clone();
        if doc.0.is_empty() {
            return Err(StoreError::Annotations {
                problem: AnnotationsProblem::EmptyDocumentId,
                path,
            });
        }
        let expected = file_name_for(&doc);
        if path.file_name().and_then(|n| n.to_str()) == Some(expected.as_str()) {
            add_file(&mut loaded, path, file)?;
        } else {
            misnamed.push((path, file, expected));
        }
    }
    for (path, file, expected) in misnamed {
        let doc = file.doc.clone();
        let (span_count, claim_count) = (file.spans.len(), file.claims.len());
        let reason = if let Some(other) = loaded.files.get(&doc) {
            KeptApartReason::OtherFile {
                other: other.clone(),
            }
        } else {
            let misnamed = StoreWarning::MisnamedFile {
                doc: doc.clone(),
                expected,
                path: path.clone(),
            };
            // `DocFile::insert_into` changes nothing when it refuses.
            match add_file(&mut loaded, path.clone(), file) {
                Ok(()) => {
                    loaded.warnings.push(misnamed);
                    continue;
                }
                Err(StoreError::Annotations {
                    problem:
                        problem @ (AnnotationsProblem::DuplicateSpanId { .. }
                        | AnnotationsProblem::DuplicateClaimId { .. }
                        | AnnotationsProblem::Relation(RelationProblem::DuplicateId { .. })),
                    ..
                }) => KeptApartReason::Clash { problem },
                Err(error) => return Err(error),
            }
        };
        loaded.warnings.push(StoreWarning::KeptApart {
            doc,
            spans: span_count,
            claims: claim_count,
            reason,
            path,
        });
    }
    Ok(loaded)
}

/// Adds the spans, claims and relations of the file at `path` to `loaded`, after checking the
/// spans' shape.
fn add_file(
    loaded: &mut LoadedAnnotations,
    path: PathBuf,
    file: DocFile,
) -> Result<(), StoreError> {
    let doc = file.doc.clone();
    let problem = |problem| StoreError::Annotations {
        problem,
        path: path.clone(),
    };
    for span in &file.spans {
        match span.shape_problem() {
            None => {}
            Some(SpanShapeProblem::QuoteLength { .. }) => {
                loaded.warnings.push(StoreWarning::QuoteLength {
                    doc: doc.clone(),
                    id: span.id.clone(),
                    path: path.clone(),
                });
            }
            Some(shape) => {
                return Err(problem(AnnotationsProblem::BadSpan {
                    id: span.id.clone(),
                    problem: shape,
                }));
            }
        }
    }
    file.insert_into(&mut loaded.annotations)
        .map_err(|refusal| {
            problem(match refusal {
                DocFileRefusal::Annotation(error) => annotation_problem(error),
                DocFileRefusal::Relation(error) => AnnotationsProblem::Relation(error),
            })
        })?;
    loaded.files.insert(doc, path);
    Ok(())
}

/// Why spans that were read cannot go into [`Annotations`].
pub(in crate::store) fn annotation_problem(error: AnnotationError) -> AnnotationsProblem {
    match error {
        AnnotationError::DuplicateId { id, doc } => {
            AnnotationsProblem::DuplicateSpanId { id, other_doc: doc }
        }
        AnnotationError::Empty { id, start, end } => AnnotationsProblem::BadSpan {
            id,
            problem: SpanShapeProblem::EmptyRange { start, end },
        },
        // `insert` never reports a missing span.
        AnnotationError::Missing { id, .. } => AnnotationsProblem::BadSpan {
            id,
            problem: SpanShapeProblem::EmptyId,
        },
        AnnotationError::DuplicateClaimId { id, doc } => {
            AnnotationsProblem::DuplicateClaimId { id, other_doc: doc }
        }
        // `insert_claim` never reports a missing claim.
        AnnotationError::EmptyClaimId { .. } | AnnotationError::MissingClaim { .. } => {
            AnnotationsProblem::EmptyClaimId
        }
    }
}

/// Warnings that need the project: spans of documents it does not have, labels its schema
/// lacks. `files` says where each document's spans were read from.
pub fn project_warnings(
    project: &Project,
    annotations: &Annotations,
    files: &BTreeMap<DocId, PathBuf>,
) -> Vec<StoreWarning> {
    let mut warnings = Vec::new();
    for (doc, spans) in annotations.iter() {
        let path = files.get(doc).cloned().unwrap_or_default();
        if project.document(doc).is_none() {
            warnings.push(StoreWarning::UnknownDocument {
                doc: doc.clone(),
                path: path.clone(),
            });
        }
        let mut unknown: BTreeMap<&LabelId, usize> = BTreeMap::new();
        for span in spans {
            if project.schema.label(&span.label).is_none() {
                *unknown.entry(&span.label).or_default() += 1;
            }
        }
        for (label, count) in unknown {
            warnings.push(StoreWarning::UnknownLabel {
                doc: doc.clone(),
                label: label.clone(),
                spans: count,
                path: path.clone(),
            });
        }
    }
    warnings
}
