# Why an edit was refused (model::EditError and the problems it carries).
# IDs of spans, claims, documents, outlets, entities and clusters are data, shown as they are.

## Spans

edit-error-stale-span = span { $id } of document { $doc } is not as this edit expects; it was changed meanwhile
edit-error-missing-span = there is no span { $id } in document { $doc }
edit-error-span-exists = a span with the ID { $id } already exists (in document { $doc })
edit-error-span-id-changed = a span edit may not change the span's ID ({ $before } to { $after })
edit-error-bad-span = span { $id } of document { $doc } is malformed: { $problem }
edit-error-text-unavailable = the text of document { $doc } could not be read, so its spans cannot be changed
edit-error-outside-text =
    span { $id } ends at char { $end }, past the end of document { $doc } ({ $len ->
        [one] { $len } char
       *[other] { $len } chars
    })
edit-error-splits-grapheme = span { $id } of document { $doc } has an edge at char { $offset }, inside a grapheme cluster
edit-error-quote-mismatch = the quote of span { $id } differs from the text of document { $doc } at its offsets

# What is wrong with a span on its own (after "span … is malformed:").
edit-error-span-empty-id = the span ID is empty
edit-error-span-empty-range = the range [{ $start }, { $end }) is empty or reversed
edit-error-span-quote-length =
    the quote has { $quote ->
        [one] { $quote } char
       *[other] { $quote } chars
    } but the range covers { $range }
edit-error-span-only-whitespace = it holds only white space; a span needs a word
edit-error-span-whitespace-edge = it begins or ends with white space; a span starts and ends on a word

## Documents and labels

edit-error-unknown-document = there is no document { $doc } in the project
edit-error-stale-document-meta = the metadata of document { $doc } is not as this edit expects; it was changed meanwhile
edit-error-label-index =
    there is no label at position { $index } (the schema has { $len ->
        [one] { $len } label
       *[other] { $len } labels
    })
edit-error-stale-label = the label at position { $index } is not as this edit expects; it was changed meanwhile
edit-error-label-exists = a label with the ID { $id } already exists
edit-error-label-id-changed = a label edit may not change the label's ID ({ $before } to { $after })
edit-error-empty-label-id = a label needs a non-empty ID
edit-error-bad-label-name = the label name { $name } { $problem }
edit-error-unknown-label = the schema has no label { $label }
edit-error-label-in-use =
    { $spans ->
        [one] label { $id } is still used by { $spans } span; relabel or remove it first
       *[other] label { $id } is still used by { $spans } spans; relabel or remove them first
    }
edit-error-label-is-entity-kind =
    { $entities ->
        [one] label { $id } is still the kind of { $entities } entity; change its kind first
       *[other] label { $id } is still the kind of { $entities } entities; change their kind first
    }

# What is wrong with a name (after "the label name "…"", "the name "…"").
edit-error-name-blank = is empty or only white space
edit-error-name-control = contains the control character U+{ $code } (a line break, tab, NUL, …)
edit-error-name-direction = contains the direction control U+{ $code }, which would reorder the text around it
edit-error-name-too-long = is { $count } characters long; at most { $max } are allowed

## Document categories

edit-error-stale-doc-label = the label of document { $doc } in category { $category } is not as this edit expects; it was changed meanwhile
edit-error-unknown-category = the schema has no document category { $category }
edit-error-unknown-category-value = document category { $category } has no value { $value }
edit-error-single-choice = document category { $category } takes one value, not { $values }
edit-error-doc-label-not-normalised = the values of a document label must be sorted, without duplicates
edit-error-stale-category = the document category at position { $index } is missing or not as this edit expects
edit-error-category-exists = a document category with the ID { $category } already exists
edit-error-category-id-changed = an edit of a document category may not change its ID ({ $before } to { $after })
edit-error-bad-category = document category { $category }: { $problem }
edit-error-category-in-use =
    document category { $category } still labels { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }; clear those labels first, or remove it together with them
edit-error-category-value-in-use =
    the value { $value } of document category { $category } still labels { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }; clear those labels first, or remove it together with them

# What is wrong with a category as it would be saved (after "document category …:").
edit-error-category-empty-id = a document category needs a non-empty ID
edit-error-category-bad-name = the name { $name } { $problem }
edit-error-category-empty-value-id = a value of category { $category } has an empty ID
edit-error-category-duplicate-value = category { $category } has the value { $value } twice
edit-error-category-key-taken = the key { $key } is already the key of { $taken }
edit-error-category-bad-key = the key { $key } is white space or a control character

## Outlets, entities, claim clusters ($kind: outlet, entity or cluster)

edit-error-kind-outlet = outlet
edit-error-kind-entity = entity
edit-error-kind-cluster = claim cluster
edit-error-missing-record =
    { $kind ->
        [outlet] there is no outlet { $id }
        [entity] there is no entity { $id }
       *[cluster] there is no claim cluster { $id }
    }
edit-error-record-exists =
    { $kind ->
        [outlet] an outlet with the ID { $id } already exists
        [entity] an entity with the ID { $id } already exists
       *[cluster] a claim cluster with the ID { $id } already exists
    }
edit-error-stale-record =
    { $kind ->
        [outlet] outlet { $id } is not as this edit expects; it was changed meanwhile
        [entity] entity { $id } is not as this edit expects; it was changed meanwhile
       *[cluster] claim cluster { $id } is not as this edit expects; it was changed meanwhile
    }
edit-error-record-id-changed =
    { $kind ->
        [outlet] an edit of outlet { $before } may not change its ID (to { $after })
        [entity] an edit of entity { $before } may not change its ID (to { $after })
       *[cluster] an edit of claim cluster { $before } may not change its ID (to { $after })
    }
edit-error-empty-record-id =
    { $kind ->
        [outlet] an outlet needs a non-empty ID
        [entity] an entity needs a non-empty ID
       *[cluster] a claim cluster needs a non-empty ID
    }
edit-error-empty-name =
    { $kind ->
        [outlet] outlet { $id } needs a non-empty name
        [entity] entity { $id } needs a non-empty name
       *[cluster] claim cluster { $id } needs a non-empty name
    }
edit-error-not-normalised =
    the { $what ->
        [aliases] aliases
       *[members] members
    } of { $kind ->
        [outlet] outlet
        [entity] entity
       *[cluster] claim cluster
    } { $id } must be sorted, without duplicates or empty entries
edit-error-unknown-outlet = the project has no outlet { $outlet }
edit-error-unknown-entity = the project has no entity { $entity }
edit-error-outlet-in-use =
    { $documents ->
        [one] outlet { $id } is still the outlet of { $documents } document; change its outlet first
       *[other] outlet { $id } is still the outlet of { $documents } documents; change their outlet first
    }
edit-error-entity-in-use =
    entity { $id } is still named by { $mentions ->
        [one] { $mentions } mention
       *[other] { $mentions } mentions
    } and { $claims ->
        [one] { $claims } claim
       *[other] { $claims } claims
    }; unlink them or merge the entity into another first
edit-error-same-entity = an entity cannot be merged into itself ({ $id })
edit-error-not-a-mention = span { $span } of document { $doc } is not a mention of entity { $entity }

## Claims

edit-error-stale-claim = claim { $id } of document { $doc } is not as this edit expects; it was changed meanwhile
edit-error-missing-claim = there is no claim { $id } in document { $doc }
edit-error-claim-exists = a claim with the ID { $id } already exists (in document { $doc })
edit-error-claim-id-changed = a claim edit may not change the claim's ID ({ $before } to { $after })
edit-error-empty-claim-id = a claim of document { $doc } needs a non-empty ID
# $claims: the claims' IDs, $count: how many.
edit-error-span-in-use =
    { $count ->
        [one] span { $id } of document { $doc } is still used by claim { $claims }; remove or change it first, or remove the span together with its claims
       *[other] span { $id } of document { $doc } is still used by claims { $claims }; remove or change them first, or remove the span together with its claims
    }
edit-error-claim-span-missing = claim { $claim } of document { $doc } names the span { $span }, which that document lacks
edit-error-unknown-parent-claim = claim { $claim } of document { $doc } cannot be nested in { $parent }: that document has no such claim
edit-error-claim-cycle = claim { $claim } of document { $doc } cannot be nested in { $parent }: that would nest it inside itself
edit-error-claim-in-use =
    claim { $id } of document { $doc } still has { $nested ->
        [one] { $nested } claim
       *[other] { $nested } claims
    } nested in it and is in { $clusters ->
        [one] { $clusters } cluster
       *[other] { $clusters } clusters
    }; change those first, or remove it together with them
edit-error-unknown-cluster-member = cluster { $cluster } cannot list the claim { $claim } of document { $doc }: that document has no such claim

## Suggestions and the lexicon

edit-error-already-rejected = the suggestion «{ $form }» was already rejected
edit-error-not-rejected = the suggestion «{ $form }» is not among the rejected ones
edit-error-suggester-already-on = the suggester { $name } is already on
edit-error-suggester-already-off = the suggester { $name } is already off
edit-error-cue-already = the project's lexicon has «{ $form }» already
edit-error-no-such-cue = the project's lexicon has no «{ $form }»
