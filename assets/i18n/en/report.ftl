# the HTML report (File ▸ Export report…, hashiya report): its headings, table headers,
# counts and sentences
# Arguments: $count and other numbers choose plural forms; $name, $outlet, $relation,
# $relations, $day, $rating, $cue are text (in the page, $name, $day and $cue are pieces of
# the page: a name with its own direction, a date).

report-title = Report: { $name }
report-summary = { $documents }, { $outlets }, { $clusters }.
report-documents =
    { $count ->
        [one] { $count } document
       *[other] { $count } documents
    }
report-outlets =
    { $count ->
        [one] { $count } outlet
       *[other] { $count } outlets
    }
report-clusters =
    { $count ->
        [one] { $count } claim cluster
       *[other] { $count } claim clusters
    }
report-unknown-outlet = unknown outlet
report-anonymous = an anonymous source

## Claims × sources

report-matrix = Claims × sources
report-cluster = Cluster
report-silent = silent
report-reports = reports
report-supports = supports
report-contradicts = contradicts
report-denies = denies
report-first = { $relations } (first { $day })

## Clusters

report-clusters-heading = Clusters
report-verdict = Verdict: { $rating }
report-rating-false = False
report-rating-mostly-false = Mostly false
report-rating-mixed = Mixed
report-rating-mostly-true = Mostly true
report-rating-true = True
report-rating-unproven = Unproven
report-timeline = timeline
report-timeline-point = { $outlet } { $relation } ({ $day })
report-undated =
    { $count ->
        [one] { $count } claim without a date, not on the timeline.
       *[other] { $count } claims without a date, not on the timeline.
    }
report-claimant = claimant: { $name }
report-cue = cue: { $cue }

## Entities per outlet

report-entities = Entities per outlet
report-no-entity = No entity is mentioned.
report-entity = Entity

## Corpus

report-corpus = Corpus
report-document-title = Title
report-outlet = Outlet
report-date = Date
report-link = Link

## Errors

report-not-written = could not write the report
