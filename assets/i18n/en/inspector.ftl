# the inspector, the article header, the document list and the status bar

# Arguments: $count and other numbers choose plural forms; $name, $label, $quote, $title and
# the like are text of the project.

## The inspector: a span

inspector-span = Span
inspector-span-text-name = span text: { $quote }
inspector-span-place = chars { $start }–{ $end } · id { $id }
inspector-span-made-on = on { $created }
inspector-span-made-on-changed = on { $created }, changed { $modified }
inspector-span-made-by-on = by { $annotator } on { $created }
inspector-span-made-by-on-changed = by { $annotator } on { $created }, changed { $modified }
inspector-label = label
inspector-note = Note
inspector-note-name = note
inspector-attributes = Attributes
inspector-attribute-value-name = value of { $name }
inspector-attribute-remove = Remove { $name }
inspector-attribute-name-hint = name
inspector-attribute-value-hint = value
inspector-new-attribute-name = new attribute name
inspector-new-attribute-value = new attribute value
inspector-attribute-add = Add
inspector-edge-start = Start
inspector-edge-end = End
inspector-word-earlier = a word earlier
inspector-word-later = a word later
inspector-delete-span = Delete span
inspector-delete-span-key = Key: { $key }
inspector-span-keys = Tab / Shift+Tab: next / previous span. A label's key or Enter relabels. Shift+Left/Right move the end edge, Alt+Shift+Left/Right the start edge (Ctrl: by word).

## The inspector with no span selected: the labels

inspector-labels = Labels
inspector-without-proclitic = Shift+key labels «{ $stem }» without its proclitic
inspector-sticky-as = Sticky: label every new selection as { $label }
inspector-sticky-last = Sticky: label every new selection as the label used last
inspector-legend-keys = Select text, then press a label's key, or Enter to choose by name. Shift+Left/Right extend the selection (Ctrl: by word). Click a highlight to inspect it.

## Edits of a span, as the status bar and the undo history name them

inspector-edit-relabel = Relabelled as { $label }
inspector-edit-note = Changed a note
inspector-edit-attribute-set = Set { $name } = { $value }
inspector-edit-attribute-removed = Removed attribute { $name }
inspector-edit-resized = Span now «{ $quote }»

## The inspector: the entity a span mentions

inspector-entity = Entity
inspector-entity-name = entity: { $text }
inspector-next-mention = Next mention
inspector-unlink = Unlink
inspector-registry = Registry…
inspector-link-to = Link to { $name }
inspector-link-to-hint = Its name or an alias matches this text
inspector-new-entity = New entity
inspector-link-to-menu = Link to…
inspector-link-to-entity-name = link to entity

## The inspector: the claim a span is the content of

claim-heading = Claim
claim-make = Make this a claim
claim-make-hint = This span becomes what is claimed; then name who claims it
claim-role-cue = The cue of the claim «{ $quote }»
claim-role-claimant = The claimant of the claim «{ $quote }»
claim-role-name = role: { $text }
claim-claimant-line = Claimant: { $name }
claim-claimant-name = claimant: { $text }
claim-claimant-menu = Claimant…
claim-claimant-outlet = the outlet itself
claim-claimant-anonymous = an anonymous source
claim-missing-entity = a missing entity
claim-missing-mention = a missing mention
claim-choose-claimant-name = choose the claimant
claim-click-in-text = Click in text
claim-cue-line = Cue: «{ $cue }»
claim-cue-none = Cue: —
claim-cue-name = cue: { $text }
claim-click-cue = Click the cue word
claim-no-cue = No cue
claim-remove = Remove the claim (keep the span)
claim-polarity = Polarity
claim-polarity-asserts = asserts
claim-polarity-denies = denies
claim-certainty = Certainty
claim-certainty-name = certainty
claim-certainty-certain = certain
claim-certainty-probable = probable
claim-certainty-possible = possible
claim-certainty-unknown = unknown
claim-quote = Quote
claim-quote-direct = direct
claim-quote-indirect = indirect
claim-quote-mixed = mixed
claim-said-on = Said on
claim-said-on-name = statement date
claim-note-name = claim note
claim-within = Within
claim-within-none = no other claim
claim-within-name = claim it is nested in
claim-clusters = Clusters
claim-relation-reports = reports
claim-relation-supports = supports
claim-relation-contradicts = contradicts
claim-relation-denies = denies
claim-relation-to-name = relation to { $name }
claim-leave = Leave
claim-leave-hint = Take the claim out of «{ $name }»
claim-leave-name = Leave { $name }
claim-cluster-delete = Delete
claim-cluster-delete-hint = Delete the cluster «{ $name }» for all its claims; the claims stay (Ctrl+Z brings it back)
claim-cluster-delete-name = Delete cluster { $name }
claim-add-to-cluster = Add to cluster…
claim-add-to-cluster-name = add to cluster
claim-new-cluster = New cluster
claim-new-cluster-name = new cluster name
claim-cluster-needs-name = A cluster needs a name

## Edits of claims and entities, as the status bar and the undo history name them

claim-edit-made = Made a claim
claim-edit-claimant = Set the claimant
claim-edit-cue = Set the cue
claim-edit-no-cue = Removed the cue
claim-edit-polarity = Changed the polarity
claim-edit-certainty = Changed the certainty
claim-edit-quote-mode = Changed the quote mode
claim-edit-date = Changed the statement date
claim-edit-note = Changed the claim's note
claim-edit-nested = Nested the claim
claim-edit-in-cluster = Claim in «{ $name }»
claim-edit-new-cluster = New cluster «{ $name }»
claim-edit-linked = «{ $quote }» is { $name }
claim-edit-unlinked = «{ $quote }» linked to no entity
claim-edit-new-entity = New entity «{ $name }»

## The inspector: relations between spans

relation-heading-span = Relations
relation-none = None. R (or Ctrl+drag to another span) makes one.
relation-row-to = { $kind } to «{ $quote }»
relation-row-from = { $kind } from «{ $quote }»
relation-row-to-elsewhere = { $kind } to «{ $quote }» (in { $title })
relation-row-from-elsewhere = { $kind } from «{ $quote }» (in { $title })
relation-go = Go
relation-go-hint = Show the other end
relation-delete = Delete relation
relation-heading = Relation
relation-ends = from «{ $source }» to «{ $target }»
relation-type = Type
relation-note-name = relation note
relation-swap = Swap direction
relation-close = Close
relation-edit-swapped = Turned a relation round
relation-edit-deleted = Deleted a relation
relation-edit-type = Changed a relation to { $kind }
relation-edit-note = Changed a relation's note
relation-edit-made = Related «{ $source }» to «{ $target }» ({ $kind })
relation-no-target = No span here can be the target of a relation from this one
relation-drag-between = A relation is drawn from one span to another
relation-no-type = No relation type may join these two spans
relation-cancelled = Relation cancelled
relation-making-type = Relation from «{ $source }» to «{ $target }»: the type? { $keys } (Esc cancels)
relation-making-target = Relation from «{ $source }» to «{ $target }»: Tab / Shift+Tab another target, Enter to confirm, Esc to cancel
relation-choose-type = Relation type
relation-choose-type-cancel = Cancel (Esc)

## The article's header

header-outlet = Outlet
header-outlet-name = outlet
header-outlet-unknown = unknown
header-new-outlet = or new
header-new-outlet-name = new outlet
header-new-outlet-hint = a new outlet
header-date = Date
header-author = Author
header-url = URL
header-language = Language
header-file = File
header-date-name = publication date
header-author-name = author
header-url-name = URL
header-language-name = language
doc-label-key-hint = Ctrl+D, then { $key }
doc-label-awaiting = Document label: press a value's key
doc-label-edit-on = Label the document { $value }
doc-label-edit-off = Take { $value } off the document

## The document list

corpus-none-open = No corpus open
corpus-select-all = Select all { $count }
corpus-folder-outlets = Outlets from folders
corpus-folder-outlets-hint = The articles are in one folder per outlet: make an outlet of each folder for the documents that have none (one step, undone by Undo)
corpus-all-outlets = All outlets
corpus-unknown-outlet = (unknown outlet)
corpus-outlet-shown = outlet shown
corpus-all-labels = All labels
corpus-doc-label-shown = document label shown
corpus-copies-only = Copies only
corpus-order-corpus = Corpus order
corpus-order-date = By date
corpus-order-outlet = By outlet
corpus-order-name = order of the list
corpus-same-text =
    { $count ->
        [one] same text as { $count } other
       *[other] same text as { $count } others
    }
corpus-files-skipped =
    { $count ->
        [one] ‼ { $count } file skipped
       *[other] ‼ { $count } files skipped
    }
corpus-bulk-selected =
    { $count ->
        [one] { $count } document selected: set for all
       *[other] { $count } documents selected: set for all
    }
corpus-bulk-outlet = Outlet…
corpus-bulk-outlet-name = outlet of the selected documents
corpus-bulk-date-name = date of the selected documents
corpus-bulk-language-name = language of the selected documents
corpus-edit-bulk-outlet = set the outlet of the selected documents
corpus-edit-bulk-date = set the date of the selected documents
corpus-edit-bulk-language = set the language of the selected documents
corpus-edit-folder-outlets = outlets from the first-level folders

## The article's place when nothing is shown

article-none-open = Open a folder of articles (File > Open folder…) or drop one here.
article-cannot-show = This article cannot be shown.
    { $reason }

## The status bar

status-face = { $face } · { $size } pt
status-opened =
    { $count ->
        [one] Opened { $count } document from { $name }
       *[other] Opened { $count } documents from { $name }
    }
status-changed-on-disk =
    { $articles ->
        [one] { $articles } article changed on disk: { $count ->
            [one] { $count } span moved or to review
           *[other] { $count } spans moved or to review
        }
       *[other] { $articles } articles changed on disk: { $count ->
            [one] { $count } span moved or to review
           *[other] { $count } spans moved or to review
        }
    }
status-imported = Imported { $format } annotations (Ctrl+Z takes them back)
status-saved = Saved { $name }
status-saved-backup = { $saved }; the project that was there is kept as { $backup }
status-sample-stays = The sample stays as it is: choose where to save your copy
status-nothing-to-save = Nothing to save: open a folder of articles or a project first
status-nothing-to-report = Nothing to report on: open a project first
status-nothing-to-export = Nothing to export: open a folder of articles or a project first
status-cancelled = Cancelled
status-stamped-as = New and changed annotations are stamped as { $name }
status-recovered = Recovered the unsaved changes
status-nothing-to-recover = There was nothing to recover
status-word = Word «{ $word }»  chars { $start }–{ $end } (clicked char { $at })
status-selected = Selected «{ $quote }»  chars { $start }–{ $end }
status-not-done = Not done: { $reason }
status-not-labelled = Not labelled: { $reason }
status-not-labelled-blank = Not labelled: only white space was selected, and a span needs a word
status-labelled = Labelled «{ $quote }» as { $label }
status-undone = Undone: { $what }
status-redone = Redone: { $what }
status-nothing-to-undo = Nothing to undo
status-nothing-to-redo = Nothing to redo
status-undo-failed = Could not undo: { $reason }
status-redo-failed = Could not redo: { $reason }
status-direction-changed = Changed the document's direction
status-autosave-failed = Autosave failed: { $reason }
status-span-not-empty = A span keeps at least one character
status-pick-claimant = Click the claimant in the text (or select it); Esc cancels
status-pick-cue = Click the cue word in the text (قال، أعلن، نفى…); Esc cancels
status-not-set = Not set: { $reason }
status-select-first = Select some text or a span first
status-opening-cancelled = Opening { $name } was cancelled
loading-title = Opening
loading-reading = Reading { $name }
loading-nothing-there = nothing to open at { $path }
loading-not-a-project = not a folder of articles or a hashiya project (.ron): { $path }
loading-stopped = reading stopped unexpectedly: { $path }
open-sample-failed = the sample project could not be prepared: { $error }
open-read-only = Opened read-only, nothing here will be saved over it: { $reason }
save-nothing-saved = nothing was saved: { $error }

## The label chooser

label-chooser-hint = type to filter labels
label-chooser-name = filter labels
label-chooser-none = no label matches
label-chooser-without-proclitic = Shift+Enter: «{ $stem }» without its proclitic

## Compound edits, suggestions and imports, as the status bar and the undo history name them

undo-merge-outlets = Merge the outlet { $absorbed } into { $kept }
undo-split-outlet = Split { $alias } off the outlet { $outlet }
undo-merge-entities = Merge «{ $absorbed }» into «{ $kept }»
undo-split-entity = Split «{ $new }» off «{ $entity }»
undo-remove-span =
    { $count ->
        [0] Remove «{ $quote }»
        [one] Remove «{ $quote }» and its claim
       *[other] Remove «{ $quote }» and { $count } claims
    }
undo-remove-claim = Remove a claim
undo-cluster-emptied = Took the last claim out of «{ $cluster }»: the cluster is gone
undo-cluster-left = Took a claim out of «{ $cluster }»
undo-cluster-deleted = Deleted the cluster «{ $cluster }»
undo-relation-type-removed = Removed the relation type { $name }
undo-category-removed = Remove the document category { $name }
undo-value-removed = Remove the value { $value } of { $category }
undo-accepted-span = Accepted «{ $text }»
undo-accepted-claim = Accepted the claim «{ $text }»
undo-accepted-member = Claim «{ $text }» in a cluster
undo-rejected = Rejected the suggestion «{ $text }»
undo-suggester-on = Suggestions switched on: { $suggester }
undo-suggester-off = Suggestions switched off: { $suggester }
undo-imported-annotations = Import { $format } annotations from { $name }
undo-reanchored = Found again the spans of articles changed on disk
