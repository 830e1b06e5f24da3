# the command line's human output (JSON output is never translated)
# Arguments: $path is a file or folder, $count and other numbers choose plural forms, $error
# is the words of the error underneath. Tabs and indents of tables stay in the code.

## Errors

cli-error = Error: { $error }
cli-caused-by = Caused by:

## hashiya new, report, export, import, merge

cli-kept-as = The project that was there is kept as { $path }
cli-project-written = Project written to { $path }
cli-nothing-imported = no document could be imported from { $path }
cli-wrote = wrote { $path }
cli-exporting = exporting { $done }/{ $total } documents
cli-export-spans-changed = { $count } span(s) no longer match their article's text, so nothing was exported; review them in the window (View ▸ Review spans):
cli-claims-jsonld-whole = claims-jsonld writes every cluster whole: --documents and --labels do not apply
cli-no-document-matches = no document of the project matches any document of { $path }
cli-import-not-saved = nothing was imported, because the project could not be saved
cli-project-saved = Project saved to { $path }
cli-merge-kinds = { $mine } is { $mine-kind ->
        [annotations] an annotation file
       *[project] a project file
    } but { $theirs } is { $theirs-kind ->
        [annotations] an annotation file
       *[project] a project file
    }: merge two project files or two annotation files
cli-merge-other-document = { $mine } holds document { $mine-doc } but { $theirs } holds document { $theirs-doc }
cli-cannot-read = cannot read { $path }
cli-written-to = Written to { $path }
cli-accepted-suggestions = Accepted { $count } suggestions
cli-unknown-kind = unknown kind { $kind }: the kinds are spans, claims and clusters
cli-lexicon-unreadable = could not read the lexicon { $path }
cli-lexicon-in = in the lexicon { $path }

## hashiya stats

cli-stats-document = { $spans } spans, { $claims } claims
cli-stats-all-documents = All documents
cli-stats-documents-by = Documents by { $category }
cli-stats-entities = Entities
cli-stats-entities-count = { $entities } entities, { $mentions } mentions
cli-stats-entity = { $name } ({ $kind })
cli-stats-mentions = { $count } mentions
cli-stats-clusters = Clusters
cli-stats-clusters-count = { $count } clusters
cli-stats-cluster = { $claims } claims from { $outlets } outlets
cli-stats-claims = Claims
cli-stats-claims-count = { $claims } claims in { $documents } documents
cli-stats-relations = Relations
cli-stats-relations-count = { $relations } relations, { $across } across documents
cli-stats-total = Total
cli-stats-total-count = { $spans } spans in { $documents } documents
cli-stats-warning = Warning
cli-stats-changed-article = Changed article
cli-stats-span-to-review = Span to review

## hashiya agreement

cli-agreement-compared = { $count } documents compared (A = { $a }, B = { $b })
cli-agreement-scope = scope
cli-agreement-matched = matched
cli-agreement-only-a = only A
cli-agreement-only-b = only B
cli-agreement-overall = overall
cli-agreement-label = label { $name }
cli-agreement-outlet = outlet { $name }
cli-agreement-type = type { $name }
cli-agreement-categories = Document labels (κ per category):
cli-agreement-category = category { $name }  κ { $kappa }  documents { $documents }  same { $same }
cli-agreement-value = value { $name }  κ { $kappa }
cli-agreement-relations = Relations (same type, both ends the same spans):

## hashiya layout

cli-cannot-lay-out = cannot lay out { $path }
