# Working in a team: the merge report of `hashiya merge`, and how two analysts' spans compare
# (in that report and in the Compare window). Arguments: $kind chooses the words for a kind of
# pair or record (a key written below), $count and other numbers choose plural forms, $id and
# $doc are IDs as recorded.

## How two analysts' spans compare ($kind: same, other-label, overlapping, only-mine, only-theirs)

team-matches =
    { $kind ->
        [same] { $count } same span and label
        [other-label] { $count } same span, other label
        [overlapping] { $count } overlapping
        [only-mine] { $count } only mine
       *[only-theirs] { $count } only theirs
    }

## hashiya merge

team-merged = Merged: { $spans } spans, { $claims } claims ({ $joined-spans } duplicate spans and { $joined-claims } duplicate claims joined)
team-before-merging = Before merging: { $counts }
team-no-conflicts = No conflicts
team-conflicts = Conflicts ({ $count }):
team-conflict =
    { $kept ->
        [mine] { $what }: changed on both sides, kept mine
       *[theirs] { $what }: changed on both sides, kept theirs
    }
team-label-unkeyed = Label { $label } lost its key: another label has it
team-unresolved = Unresolved reference: { $reference }

## A record of a project in a conflict ($kind: document, label, relation-type, category,
## outlet, entity, cluster, span, claim, relation, doc-label)

team-record =
    { $kind ->
        [document] document { $id }
        [label] label { $id }
        [relation-type] relation type { $id }
        [category] document category { $id }
        [outlet] outlet { $id }
        [entity] entity { $id }
        [cluster] cluster { $id }
        [span] span { $id } in { $doc }
        [claim] claim { $id } in { $doc }
        [relation] relation { $id } in { $doc }
       *[doc-label] label { $id } of { $doc }
    }

## hashiya agreement and the agreement table

# The outlet of documents that name none.
team-no-outlet = (no outlet)
