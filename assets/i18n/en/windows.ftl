# the views' windows: claims × sources, entities, outlets, sources, timeline, review, search, suggestions, label editor, export, comparison

# Arguments: $count and other numbers choose plural forms; $name, $cluster, $outlet, $day are text.

## Claims × sources

matrix-title = Claims × sources
matrix-filter = Filter
matrix-filter-field = filter clusters
matrix-sort-by = Sort by
matrix-sort-name = name
matrix-sort-coverage = outlets speaking
matrix-sort-first = first appearance
matrix-empty = No clusters yet. Select a claim's span, then in the inspector give it a new cluster's name; add the same claim from other articles to that cluster.
matrix-cluster = Cluster
matrix-unknown-outlet = unknown outlet
matrix-silent = silent
matrix-silent-cell = { $cluster }: { $outlet }: silent
matrix-reports = reports
matrix-supports = supports
matrix-contradicts = contradicts
matrix-denies = denies
matrix-denial = { $relation } (denial)
matrix-copy = { $text } (copy)
matrix-cell-hover =
    { $count ->
        [one] { $count } claim
       *[other] { $count } claims
    }, { $dated ->
        [yes] the first on { $day }
       *[no] none dated
    }; click to go to them in the text
matrix-cell-copies = Only in copies of another outlet's text (republished, not reported itself).
matrix-timeline = Timeline: who said it first
matrix-delete-cluster = Delete cluster (the claims stay)
matrix-delete-this-cluster = Delete this cluster (the claims stay)
matrix-name = Name
matrix-name-field = cluster name
matrix-note = Note
matrix-note-field = cluster note
matrix-verdict = Verdict
matrix-verdict-field = verdict
matrix-why = Why
matrix-why-field = verdict note
matrix-not-checked = not checked
matrix-rating-false = False
matrix-rating-mostly-false = Mostly false
matrix-rating-mixed = Mixed
matrix-rating-mostly-true = Mostly true
matrix-rating-true = True
matrix-rating-unproven = Unproven
matrix-renamed = Renamed a cluster
matrix-note-changed = Changed a cluster's note
matrix-verdict-changed = Changed a cluster's verdict
matrix-verdict-note-changed = Changed a verdict's note

## Entities

entities-title = Entities
entities-filter-field = filter entities
entities-sort-mentions = mentions
entities-sort-name = name
entities-sort-kind = kind
entities-unknown-outlet = unknown
entities-entity = Entity
entities-kind = Kind
entities-all = All
entities-empty = No entities yet: select a span and press "New entity" in the inspector.
entities-step = Step through its mentions
entities-step-name = step through mentions of { $name }
entities-merge-into = Merge into…
entities-merge-into-field = merge into
entities-not-merged = Not merged: { $error }
entities-split =
    { $count ->
        [one] Split { $count } ticked mention off
       *[other] Split { $count } ticked mentions off
    }
entities-not-split = Not split: { $error }
entities-mentions =
    { $count ->
        [one] { $count } mention
       *[other] { $count } mentions
    }
entities-tick = Tick to split off
entities-tick-name = split off { $quote }
entities-name = Name
entities-name-field = entity name
entities-aliases = Aliases
entities-aliases-field = aliases
entities-note = Note
entities-note-field = entity note
entities-external = External ID
entities-external-field = external identifier
entities-kind-field = entity kind
entities-renamed = Renamed an entity
entities-aliases-changed = Changed the aliases
entities-note-changed = Changed the entity's note
entities-external-changed = Changed the external identifier
entities-kind-changed = Changed the entity's kind
entities-no-mentions = No mentions of this entity yet
entities-mention-step = Mention { $number } of { $of }

## Outlets

outlets-title = Outlets
outlets-name = Name
outlets-affiliation = Affiliation
outlets-documents = Documents
outlets-also-written = Also written
outlets-hint = Affiliation is a free tag, e.g. state media, opposition, international agency. Also written: other spellings met in the sources; split one off when it is another outlet, or merge an outlet into another when they are one.
outlets-name-field = name of { $name }
outlets-affiliation-field = affiliation of { $name }
outlets-renamed = Renamed outlet { $name }
outlets-affiliation-changed = Affiliation of { $name }
outlets-remove = Remove { $name }
outlets-remove-button = Remove
outlets-remove-refused = Documents still name this outlet
outlets-removed = Removed outlet { $name }
outlets-split-off = Split off { $alias }
outlets-split-off-hint =
    { $count ->
        [one] Make { $alias } an outlet of its own, with the { $count } document whose source wrote it so
       *[other] Make { $alias } an outlet of its own, with the { $count } documents whose source wrote it so
    }
outlets-merge = Merge { $name } into…
outlets-merge-button = Merge into…
outlets-new = New outlet
outlets-new-field = new outlet name
outlets-added = Added outlet { $name }
outlets-set = Outlet set to { $name }
outlets-details-changed = Changed the document's source details

## Sources and charts

sources-title = Sources
sources-outlet = Outlet
sources-affiliation = Affiliation
sources-documents = Documents
sources-spans = Spans
sources-mentions = Mentions
sources-entities = Entities
sources-asserts = Asserts
sources-denies = Denies
sources-clusters = Clusters
sources-silent-on = Silent on
sources-unknown = unknown
sources-unknown-outlet = unknown outlet
sources-mentions-chart = Mentions of the most mentioned entities, per outlet
sources-stance-chart = Claims per outlet by stance
sources-series-asserts = asserts
sources-series-denies = denies
sources-press = press { $key } ({ $label })
sources-choose = choose { $label } with Enter
sources-choose-any = choose a label with Enter
sources-no-mentions = No entity mentions yet. Select a name in an article, { $how }, then link the span to an entity in the inspector (Link to… or New entity).
sources-no-claims = No claims yet. Select what is claimed in an article and { $how }; then name who claims it in the inspector.

## Timeline

timeline-title = Timeline
timeline-cluster-field = cluster shown
timeline-empty = No clusters yet: make one in the inspector from a claim, then add the same claim from other articles.
timeline-no-dates = No claim of this cluster has a date: give the articles a publication date or the claims a statement date.
timeline-first-appearance = first appearance
timeline-claims-by-date = Claims by date
timeline-without-date = Without a date
timeline-none = none
timeline-go = Go to the claim in its article
timeline-statement = { $day } (statement)
timeline-undated = undated
timeline-summary = { $relation } · { $when } · «{ $outlet }»{ $first ->
        [yes] {" "}· first
       *[no] {""}
    }

## Search

search-title = Search
search-hint = search every article
search-field = search
search-normalised = normalised
search-normalised-hint = Ignores harakat, tatweel, alef and yeh forms, hamza seats, digit forms
search-exact = exact
search-regex = regex
search-whole-words = whole words
search-whole-words-hint = In normalised mode a word may carry a proclitic: «داعش» finds «لداعش»
search-button = Search
search-hits =
    { $count ->
        [one] { $count } hit
       *[other] { $count } hits
    }
search-hits-capped =
    { $count ->
        [one] { $count } hit — the first ones only; refine the search
       *[other] { $count } hits — the first ones only; refine the search
    }
search-choose-label = choose a label
search-label-field = label for all hits
search-label-ticked =
    { $count ->
        [one] Label { $count } ticked hit
       *[other] Label { $count } ticked hits
    }
search-tick-all = tick all
search-tick-none = tick none
search-tick-name = tick hit { $n }
search-hit-name = hit { $n }: { $text }
search-indexing = Indexing the corpus for search; the search runs when it is ready
search-choose-first = Choose a label first
search-found =
    { $count ->
        [one] { $count } hit for «{ $pattern }»
       *[other] { $count } hits for «{ $pattern }»
    }
search-all-labelled-already =
    { $count ->
        [one] Nothing to label: the { $count } ticked hit is labelled { $label } already
       *[other] Nothing to label: the { $count } ticked hits are labelled { $label } already
    }
search-none-can-be-span =
    { $count ->
        [one] Nothing to label: the { $count } ticked hit cannot be a span
       *[other] Nothing to label: none of the { $count } ticked hits can be a span
    }
search-labelled =
    { $count ->
        [one] Labelled { $count } hit as { $label }
       *[other] Labelled { $count } hits as { $label }
    }
search-skipped = ; { $count } skipped, labelled so already
search-not-labelled = { " " }({ $count } could not be labelled)

## Suggestions

suggestions-title = Suggestions
suggestions-progress = Suggesting… { $done } of { $total } documents
suggestions-in-document =
    { $count ->
        [one] { $count } suggestion in this document
       *[other] { $count } suggestions in this document
    }
suggestions-none = No suggestions to show
suggestions-nothing-here = No suggestion here to act on
suggestions-accepted-document =
    { $count ->
        [one] Accepted { $count } suggestion «{ $text }» in this document
       *[other] Accepted { $count } suggestions «{ $text }» in this document
    }
suggestions-accepted-corpus =
    { $count ->
        [one] Accepted { $count } suggestion «{ $text }» in the corpus
       *[other] Accepted { $count } suggestions «{ $text }» in the corpus
    }
suggestions-so-far = { $description }; { $done } of { $total } documents suggested for so far
suggestions-claim = claim: { $who } «{ $cue }» «{ $text }»
suggestions-denial = denial: { $who } «{ $cue }» «{ $text }»
suggestions-the-outlet = the outlet
suggestions-cluster = claim «{ $text }» in cluster «{ $cluster }»
suggestions-source-learned = forms labelled
suggestions-source-registry = registry
suggestions-source-attribution = reporting verbs
suggestions-source-clusters = clusters
suggestions-line = { $what } · score { $score } · from { $source }

## Review spans

review-title = Review spans
review-when-opened = When the project was opened
review-all-in-place = Every span is where its text is.
review-mismatched = Spans whose text no longer matches the article
review-moved = moved from { $from }–{ $to } to { $start }–{ $end }
review-changed = changed, now «{ $quote }» at { $start }–{ $end } (similarity { $score }%)
review-orphaned = not found: kept at its old place

## Export

export-title = Export
export-report-html = report (HTML page)
export-report-jsonld = claims and verdicts (schema.org JSON-LD)
export-wrote-report = Wrote the { $report } to { $name }
export-report-failed = The report was not written: { $error }
export-replace-title = Replace the file?
export-replace-question = { $path } is already there. Replace it with the { $report }?
export-replace = Replace it
export-cancel = Cancel
export-already-running = An export is already running
export-done = Exported as { $format }
export-failed = Not exported: { $error }
export-running = Exporting as { $format } to { $path }
export-intro = Every export states its offset unit and checks itself before it reports success.
export-writes-folder = writes a folder
export-writes-file = writes one file
export-hand-on = To hand on: every cluster with its quotes, timeline and verdict.
export-report-button = The { $report }…
export-import-report = Import report

## Comparison with a colleague's project, agreement, your name

compare-title = Compare with { $name }
compare-hint = Their spans are the bands above the text. F8 / Shift+F8 next / previous, Alt+A accept theirs, Alt+R keep mine, Alt+E edit mine.
compare-none-left = No disagreements left.
compare-previous = Previous
compare-next = Next
compare-accept = Accept theirs
compare-keep = Keep mine
compare-edit = Edit mine
compare-take-all = Take all only theirs
compare-take-all-hint = Add every span only they marked, as one step
compare-agreement-button = Agreement…
compare-same = same span and label
compare-other-label = same span, other label
compare-overlapping = overlapping
compare-only-mine = only mine
compare-only-theirs = only theirs
compare-row = { $kind }
    {"   "}mine: { $mine }
    {"   "}theirs: { $theirs }
compare-begins =
    { $count ->
        [one] Comparing with { $name }: { $count } disagreement
       *[other] Comparing with { $name }: { $count } disagreements
    }
compare-status-none-left = No disagreements left
compare-kept = Kept mine
compare-editing = Editing my span: labels, Shift+arrows for its edges, Delete
compare-took-all = Took all their spans I lacked
compare-nothing-to-take = They have no span you lack
compare-took =
    { $count ->
        [one] Took { $count } of their spans
       *[other] Took { $count } of their spans
    }
agreement-title = Agreement
agreement-intro =
    { $count ->
        [one] { $count } document either of you annotated. κ: Cohen's kappa on word tokens; αU: Krippendorff's unitized alpha on spans; P, R, F1: exact spans, mine as reference.
       *[other] { $count } documents either of you annotated. κ: Cohen's kappa on word tokens; αU: Krippendorff's unitized alpha on spans; P, R, F1: exact spans, mine as reference.
    }
agreement-same = same
agreement-kappa = κ
agreement-alpha = αU
agreement-precision = P
agreement-recall = R
agreement-f1 = F1
agreement-only-mine = only mine
agreement-only-theirs = only theirs
agreement-overall = overall
agreement-label = label { $name }
agreement-outlet = outlet { $name }
annotator-title = Your name
annotator-intro = Stamped, with the time, on every span and claim you make or change:
annotator-field = your name
annotator-hint = name or initials
annotator-empty = Empty: your login name. Colleagues comparing projects see it.

## Reporting verbs (in the label editor)

cues-title = Reporting verbs and expressions
cues-intro = Claim frames are suggested at the built-in reporting verbs (قال، أكد، نفى، بحسب …) and at the ones added here.
cues-refused = A reporting verb that { $problem } cannot be added
cues-builtin = «{ $form }» is in the built-in lexicon already
cues-in-project = «{ $form }» is in this project's lexicon already
cues-added = Reporting verb «{ $form }» added
cues-removed = Reporting verb «{ $form }» removed
cues-names-source = names the source
cues-verb = verb
cues-denies = denies
cues-carries-on-before = carries on the claim before
cues-line = «{ $form }» — { $what }
cues-remove = Remove «{ $form }»
cues-field = new reporting verb
cues-carries-on = carries on
cues-add = Add reporting verb
compare-took-version = Took their version of a span
compare-took-span = Took their span
compare-removed-mine = Removed my span (they had none)

## The progress of background work (opening a folder, an export)

progress-documents = { $done } of { $total } documents
progress-files = { $done } of { $total } files
progress-cancel = Cancel
progress-cancelling = Cancelling…

## Every window

# The name of the button that closes a window, for screen readers.
window-close = Close window
