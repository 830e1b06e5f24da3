# What does not hold together in a project's files: references that do not resolve, problems of
# a project or annotation file, of relations.

# Arguments: $doc, $kind, $label, $id (of a document, label or type), $path, $name are quoted
# as written in the file; span, claim, relation, entity and cluster IDs are bare; $count and
# other numbers choose plural forms; $end and $kind of a record are keys to select by.

## A reference that does not resolve (model::BrokenReference)
problem-reference-document-outlet = document { $doc } names the outlet { $outlet }, which the project lacks
problem-reference-entity-kind = entity { $entity } is of kind { $kind }, which the schema lacks
problem-reference-span-entity = span { $span } of document { $doc } links to the entity { $entity }, which the project lacks
problem-reference-claim-span = claim { $claim } of document { $doc } names the span { $span }, which that document lacks
problem-reference-claim-entity = claim { $claim } of document { $doc } names the entity { $entity } as claimant, which the project lacks
problem-reference-claim-parent = claim { $claim } of document { $doc } is nested in the claim { $parent }, which that document lacks
problem-reference-claim-cycle = claim { $claim } of document { $doc } is nested, through its parents, inside itself
problem-reference-cluster-member = cluster { $cluster } lists the claim { $claim } of document { $doc }, which that document lacks

## A span or claim refused by a document's annotations (model::AnnotationError)
problem-annotation-span-exists = a span with the ID { $id } already exists (in document { $doc })
problem-annotation-span-missing = there is no span with the ID { $id } in document { $doc }
problem-annotation-span-empty = span { $id } has an empty ID or an empty range [{ $start }, { $end })
problem-annotation-claim-exists = a claim with the ID { $id } already exists (in document { $doc })
problem-annotation-claim-missing = there is no claim with the ID { $id } in document { $doc }
problem-annotation-claim-empty-id = a claim of document { $doc } has an empty ID

## A relation or relation type refused (model::RelationProblem); $end is source or target
problem-relation-empty-id = a relation needs a non-empty ID
problem-relation-exists = a relation with the ID { $id } already exists (in document { $doc })
problem-relation-missing = there is no relation { $id } in document { $doc }
problem-relation-stale = relation { $id } of document { $doc } is not as this edit expects; it was changed meanwhile
problem-relation-id-changed = an edit of relation { $before } may not change its ID or its source (to { $after })
problem-relation-missing-source = relation { $id } starts at span { $span }, which document { $doc } lacks
problem-relation-missing-target = relation { $id } ends at span { $span }, which no document of the project has
problem-relation-unknown-type = the schema has no relation type { $kind }
problem-relation-source-label = a { $kind } relation may not start at a span labelled { $label }
problem-relation-target-label = a { $kind } relation may not end at a span labelled { $label }
problem-relation-self = a relation cannot join span { $span } to itself
problem-relation-duplicate = relation { $existing } already joins these spans with the type { $kind }
problem-relation-span-in-use = span { $span } is still an end of relation(s) { $relations }; remove them first, or remove the span together with them
problem-relation-type-index = there is no relation type at position { $index } (the schema has { $count })
problem-relation-type-stale = the relation type at position { $index } is not as this edit expects; it was changed meanwhile
problem-relation-type-exists = a relation type with the ID { $kind } already exists
problem-relation-type-id-changed = a relation type edit may not change its ID ({ $before } to { $after })
problem-relation-type-empty-id = a relation type needs a non-empty ID
problem-relation-type-bad-name = the relation type name { $name } { $problem }
problem-relation-type-in-use = relation type { $kind } is still used by { $count } relation(s); change or remove them first
problem-relation-label-allowed = the label { $label } is allowed at the { $end ->
        [source] source
       *[target] target
    } of the relation type { $kind }; take it off that type's labels first
problem-relation-relabel-breaks = span { $span } cannot be labelled { $label }: it is the { $end ->
        [source] source
       *[target] target
    } of relation { $relation } ({ $kind }), which does not allow that label there; delete the relation first
problem-relation-type-narrowed = { $count } relation(s) of the type { $kind } have a { $end ->
        [source] source
       *[target] target
    } labelled { $label }, which the type would no longer allow; delete them first, or keep that label allowed
problem-relation-type-both-ways = relations { $first } and { $second } of the type { $kind } join the same spans in opposite directions, which an undirected type makes one relation; delete one of them first

## A project file that parsed but breaks an invariant (store::ProjectProblem); $kind is outlet, entity or cluster
problem-project-duplicate-document = two documents have the ID { $id }; document IDs must be unique
problem-project-empty-document-id = document number { $index } has an empty ID
problem-project-empty-document-path = document { $id } has an empty path
problem-project-absolute-document-path = document { $id } has the absolute path { $path }; document paths must be relative to the corpus folder
problem-project-escaping-document-path = document { $id } has the path { $path }, which contains `..`; document paths must stay inside the corpus folder
problem-project-duplicate-label = two labels have the ID { $id }; label IDs must be unique
problem-project-duplicate-record = { $kind ->
        [outlet] outlet
        [entity] entity
       *[cluster] claim cluster
    } ID { $id } is used twice; { $kind ->
        [outlet] outlet
        [entity] entity
       *[cluster] claim cluster
    } IDs must be unique
problem-project-empty-record-id = an ID is empty; { $kind ->
        [outlet] outlet
        [entity] entity
       *[cluster] claim cluster
    } IDs must not be empty
problem-project-record-key = the { $kind ->
        [outlet] outlet
        [entity] entity
       *[cluster] claim cluster
    } { $id } is kept under the ID { $key }

## Annotation files that cannot be put together (store::AnnotationsProblem)
problem-annotations-empty-document-id = the file has an empty document ID
problem-annotations-duplicate-document = another file of the folder also holds the spans of document { $doc } ({ $other })
problem-annotations-duplicate-span = span ID { $id } is used twice (also in document { $doc })
problem-annotations-bad-span = span { $id } is malformed: { $problem }
problem-annotations-duplicate-claim = claim ID { $id } is used twice (also in document { $doc })
problem-annotations-empty-claim-id = a claim has an empty ID

## Why the record of an unfinished save is not followed (store::CommitProblem); it is the record
problem-commit-bad-save-id = its save ID { $save } is not 16 lower-case hex digits
problem-commit-bad-name = it names { $name }, which is not the name of an annotation file
problem-commit-replaced-and-removed = it both replaces and deletes { $name }
problem-commit-not-a-file = { $path } is not a plain file
problem-commit-not-annotations = it deletes { $path }, which does not hold annotations
problem-commit-missing-check = it gives no size and hash for { $name }
problem-commit-unrecoverable = its file { $path } { $problem }, but other files of that save are already in place, so it can be neither finished nor undone; the files are left as they are
