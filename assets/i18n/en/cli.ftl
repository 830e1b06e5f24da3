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

## What opening a project for a command noticed: a warning of the load, a span of a changed
## article looked for again ($from..$to where it was, $start..$end where it is now)

cli-load-warning = warning: { $warning }
cli-span-kept = { $doc }: span «{ $quote }» at { $from }..{ $to } found where it was
cli-span-moved = { $doc }: span «{ $quote }» at { $from }..{ $to } moved to { $start }..{ $end }
cli-span-changed = { $doc }: span «{ $quote }» at { $from }..{ $to } found changed at { $start }..{ $end } as «{ $new }»
cli-span-not-found = { $doc }: span «{ $quote }» at { $from }..{ $to } not found in the changed article; kept

## A mistake in the command line's arguments ($arg an option or argument as typed, $value
## what was given for it)

cli-usage-invalid-value = invalid value '{ $value }' for '{ $arg }'; the values are { $values }
cli-usage-invalid-because = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-usage-missing = the following required arguments were not provided: { $args }
cli-usage-unknown-argument = unexpected argument '{ $arg }'
cli-usage-unknown-command = unrecognized subcommand '{ $command }'
cli-usage-more = For more information, try '--help'.
cli-nested-expected = expected `columns` or a layer number, got { $value }
cli-direction-expected = expected auto, ltr or rtl, got { $value }

## hashiya --help: the headings, then each command's description (cli-help-<command>) and its
## arguments' (cli-help-<command>-<argument>)

cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-help = Print help
cli-help-version = Print version
cli-help-default = [default: { $value }]
cli-help-help-command = Print this message or the help of the given subcommand(s)
cli-help-help-command-subcommand = Print help for the subcommand(s)
cli-help = Annotate who claims what, in which source, across Arabic news articles
cli-help-open = Open the window on a folder of articles or a project file (`.ron`)
cli-help-open-path = A folder of `.txt`/`.md` articles, or a hashiya project file
cli-help-open-compare = A colleague's copy of the project to compare with and adjudicate (Team menu)
cli-help-new = Import a folder of articles into a new project file, without a window. Prints the import report; fails only when no document could be imported
cli-help-new-folder = The folder of `.txt`/`.md` articles (searched recursively)
cli-help-new-output = The project file to write
cli-help-new-json = Print the import report as one JSON object (documents with their metadata and where it came from, skipped files, copies, outlets) instead of text
cli-help-new-outlet-from-folder = An article's first-level folder names its outlet when nothing else does
cli-help-new-columns = Which columns of article tables (.csv, .tsv, .jsonl) hold what, where their names are not the usual ones: `text=body,outlet=media_name` (roles: text, title, outlet, date, author, url, language, id)
cli-help-new-force = Replace a project already at `--output`; the old one is kept as a backup beside it (`<name>.backup-<time>.ron` with its annotations folder)
cli-help-report = Write a report to hand on: one self-contained HTML page (the claims × sources matrix, each cluster's quotes per outlet with its timeline, entities per outlet, the corpus), or with `--format claims-jsonld` the clusters as schema.org `Claim`s and `ClaimReview`s
cli-help-report-project = The project file (`.ron`)
cli-help-report-output = The file to write; never the project's own files, its annotations or its corpus
cli-help-report-format = html or claims-jsonld
cli-help-report-digits = The digits of the HTML page's numbers: latin or arabic-indic; as the window was last set when not given, else latin
cli-help-report-calendar = The calendar of the HTML page's dates: gregorian or hijri; as the window was last set when not given, else gregorian
cli-help-stats = Count what a project holds: spans and claims per document, spans per label, entities with their mentions, clusters of claims, and the totals
cli-help-stats-project = The project file (`.ron`)
cli-help-export = Export the annotations of a project: jsonl (doccano), conll (IOB2), brat (standoff), webanno (W3C Web Annotation JSON-LD), qdpx (REFI-QDA) or csv (claims and entities tables). Offsets are Unicode code points. Shows progress on stderr; checks what it wrote and fails, listing every problem, when a quoted text differs from the document. With claims-jsonld, the clusters as schema.org `Claim`s and `ClaimReview`s (as `report` does)
cli-help-export-format = jsonl, conll, brat, webanno, qdpx, csv or claims-jsonld
cli-help-export-project = The project file (`.ron`)
cli-help-export-output = The file to write; a folder for brat and csv. Never the project's own files, its annotations folder or its corpus
cli-help-export-force = Write into an output folder that is not empty
cli-help-export-documents = Only these documents (IDs, comma-separated or repeated)
cli-help-export-labels = Only spans with these labels (IDs, comma-separated or repeated)
cli-help-export-split-proclitics = conll: split proclitics (و ف ب ك ل) off tokens: «بدير» → «ب» «دير»
cli-help-export-nested = conll: nested spans as one tag column per layer (`columns`), or only the layer given by number (0 = outermost spans)
cli-help-import = Import annotations made elsewhere (brat folder, doccano JSONL, REFI-QDA .qdpx) into an existing project, matching documents by ID, file name or text, then save it. Annotations that do not fit the text are listed and left out
cli-help-import-format = brat, jsonl or qdpx
cli-help-import-source = The brat folder, JSONL file or .qdpx file
cli-help-import-project = The project file (`.ron`) to import into; saved in place
cli-help-merge = Merge a colleague's copy of a project into yours: records are matched by ID, spans both of you marked alike become one, disagreements are all kept (adjudicate them in the window), and a record both of you changed keeps the newer version. Prints how the spans compared, per document, and every conflict. Also merges two annotation files, and serves as git's merge driver (see the README, "Working in a team")
cli-help-merge-mine = Your project file (its annotations folder beside it), or an annotation file
cli-help-merge-theirs = Their project file, or annotation file of the same document
cli-help-merge-output = The merged project (or annotation file) to write; may be `mine`
cli-help-merge-base = The common ancestor of both (as git has it): records one side deleted go, changes on one side win without a conflict
cli-help-merge-single-file = Merge only the files named, without the annotations folders beside project files (what git hands a merge driver: each file on its own)
cli-help-agreement = Measure how far two analysts agree on the documents either annotated: Cohen's κ on word tokens, Krippendorff's unitized α on spans, and exact-match span precision, recall and F1 (the first project as reference), overall, per label and per outlet; κ per document category; relation precision, recall and F1 (same type, both ends the same spans), overall and per relation type
cli-help-agreement-a = The first analyst's project file
cli-help-agreement-b = The second analyst's project file (the same corpus)
cli-help-agreement-json = Print JSON instead of a table
cli-help-suggest = Print what the suggesters propose for a project, one JSON object per line (JSON Lines): entity mentions (learned from the spans already labelled, and from the entity registry), claim frames (from the attribution lexicon) and cluster members. Offsets are char offsets into each document's text. Suggestions rejected in the project never appear
cli-help-suggest-project = The project file (`.ron`)
cli-help-suggest-documents = Only these documents (IDs, comma-separated or repeated)
cli-help-suggest-kinds = Only these kinds: spans, claims, clusters (comma-separated; all when not given)
cli-help-suggest-min-score = Leave out suggestions scoring less (0 to 1)
cli-help-suggest-lexicon = More reporting verbs and expressions, in the shape of `assets/attribution.ron`
cli-help-suggest-accept = Accept every suggestion printed and write the project to `--output`
cli-help-suggest-output = With `--accept`: the project file to write (may be the one read)
cli-help-layout = Lay out one article file without a window, exactly as the article view does, and print one JSON object per laid-out line (JSON Lines) in reading order
cli-help-layout-width = Available width in points
cli-help-layout-font-size = Font size in points
cli-help-layout-direction = Paragraph direction: auto (first strong character), ltr or rtl
cli-help-layout-file = The article file to lay out

## A --columns value that cannot be used

columns-not-a-pair = expected ROLE=COLUMN, e.g. text=body: { $value }
columns-unknown-role = unknown role (text, title, outlet, date, author, url, language, id, path): { $role }
