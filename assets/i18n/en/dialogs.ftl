# file dialogs, the questions asked before going on, error messages
# Arguments: $name is a file's name, $path a path, $format a format's ID (jsonl, brat, …),
# $error the system's own words.

## File dialogs: titles

dialog-open-folder = Open a folder of articles
dialog-open-project = Open a project
dialog-save-project-as = Save project as
dialog-compare = Compare with a colleague's project
dialog-project-files = hashiya project
dialog-format =
    { $format ->
        [jsonl] doccano JSONL
        [conll] CoNLL IOB2
        [brat] brat standoff
        [webanno] W3C Web Annotation (JSON-LD)
        [qdpx] REFI-QDA project (.qdpx)
        [html] report (HTML page)
        [jsonld] claims and verdicts (schema.org JSON-LD)
       *[csv] CSV tables (claims, entities)
    }
dialog-export-as = Export as { dialog-format }
dialog-export-report = Export the { dialog-format }
dialog-import-annotations = Import { $format } annotations

## File dialogs: what the window says about them

dialog-already-open = A file dialog is open already: choose there or cancel it first
dialog-no-system-dialog = No system file dialog ({ $why }): using hashiya's own
dialog-missing-bus = no session bus for a desktop portal, and no zenity
dialog-missing-portal = no desktop portal installed, and no zenity
dialog-system-did-not-open = The system file dialog did not open: using hashiya's own

## The built-in file dialog

dialog-up = The folder this one is in
dialog-reload = Read the folder again
dialog-folder = Folder
dialog-file-name = File name
dialog-save-as = Save as
dialog-show-hidden = Show hidden
dialog-nothing-here = Nothing here to choose
dialog-open = Open
dialog-save = Save
dialog-cancel = Cancel
dialog-unreadable-folder = This folder cannot be read: { $error }
dialog-no-such-folder = No such folder: { $path }
dialog-no-such-file = No such file: { $path }

## Questions asked before going on

prompt-recover-title = Recover unsaved changes?
prompt-recover-text = This project has changes that were never saved; the last were written on { $written }.
prompt-recover = Recover them
prompt-recover-discard = Discard them
prompt-other-folder-title = Read articles from another folder?
prompt-other-folder-text = The project { $name } reads its articles from a folder outside its own:
prompt-other-folder-hint = Open it only if you expect it to read that folder.
prompt-other-folder-read = Open and read that folder
prompt-unsaved-title = Unsaved changes
prompt-unsaved-open = The project has changes that are not saved. Open { $name } anyway?
prompt-save-first = Save first
prompt-discard-and-open = Discard changes and open
prompt-unsaved-quit = The project has changes that are not saved.
prompt-save-and-quit = Save and quit
prompt-quit-without-saving = Quit without saving
prompt-replace-title = Replace a project?
prompt-replace-text = { $name } is another hashiya project. Replace it with this one? It is kept as a backup beside it.
prompt-replace = Replace it, keeping a backup
prompt-outlets-title = Outlets from folders?
prompt-outlets-text = The articles lie in one folder per outlet ({ $folders }). Use each first-level folder as the outlet of the articles in it? Undo takes it back.
prompt-outlets-yes = Yes, folders are outlets
prompt-outlets-no = No

## Files changed on disk

external-project-title = The project changed on disk
external-project-text = The project file was changed outside hashiya (by a git pull, say). Reload it from disk, or keep what is open here — saving will then write it over the file.
external-article-title = An article changed on disk
external-article-text = The article shown was changed outside hashiya. Read the articles again (its spans are looked for in the new text, as one undoable step), or keep the text open here.
external-reload-project = Reload the project
external-read-again = Read the articles again
external-keep = Keep what is open
external-read-again-done = Articles read again from disk
external-spans-not-moved = the spans of a changed article could not be moved: { $error }

## Problems

dialog-problem = Problem
dialog-ok = OK

## Dates (Gregorian; $month is its number, 1–12)

date-month =
    { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    }
date-day = { $day } { date-month } { $year }
date-time-utc = { $date }, { $time } UTC
# The Hijri calendar of Umm al-Qura (View ▸ Calendar): its months, and AH after the year.
date-hijri-month =
    { $month ->
        [1] Muharram
        [2] Safar
        [3] Rabi' al-Awwal
        [4] Rabi' al-Akhir
        [5] Jumada al-Ula
        [6] Jumada al-Akhirah
        [7] Rajab
        [8] Sha'ban
        [9] Ramadan
        [10] Shawwal
        [11] Dhu al-Qa'dah
       *[12] Dhu al-Hijjah
    }
date-hijri-day = { $day } { date-hijri-month } { $year } AH

## Errors of project files ($file is one of the error-file- messages; the path follows)

error-read = could not read
error-create-temp = could not create a temporary file beside the file to save
error-write = could not write
error-replace = could not put the new file in place
error-sync-folder = could not flush the folder to disk
error-read-only-target = will not overwrite a read-only file
error-no-file-name = cannot write to a path without a file name
error-create-folder = could not create the folder
error-list-folder = could not list the folder
error-remove = could not delete
error-lock = could not lock the project
error-file-project = project file
error-file-annotations = annotations file
error-file-journal = autosave journal
error-file-commit = record of an unfinished save
error-not-utf8 = file is not UTF-8 text (invalid byte at offset { $offset })
error-empty = { $file } is empty
error-syntax = { $file } is not valid RON at line { $line }, column { $column }: { $message }
error-format = { $file } does not match format version { $version } at line { $line }, column { $column }: { $message }
error-too-new = { $file } was written by a newer hashiya (format version { $version }; this build reads up to { $newest })
error-missing-version = { $file } has no `version` field, so it is not a hashiya file or it is damaged
error-invalid-version = { $file } has version { $found }, which is not a format version (expected a whole number from 1 to { $newest })

## What an import or an export came to (the command line prints it, the window shows it)

summary-exported = Exported { $documents } documents, { $spans } spans, { $claims } claims as { $format } to { $path } (offsets: { $offsets })
summary-offsets-code-points = unicode code points
summary-offsets-none = none (tokens in order)
summary-export-skipped = skipped { $doc }: { $reason }
summary-export-left-out = left out: { $line }
summary-imported-annotations = Imported { $spans } spans, { $claims } claims, { $entities } entities into { $documents } documents ({ $clusters } clusters changed, { $already } annotations already there)
summary-relations-added = Relations added: { $count }
summary-relation-types-added = Relation types added to the schema: { $types }
summary-doc-labels-set = Document labels set: { $count }
summary-labels-added = Labels added to the schema: { $labels }
summary-unmatched = no document of the project matches { $name }
summary-not-imported = { $count } annotation(s) not imported:
summary-documents =
    { $count ->
        [one] { $count } document
       *[other] { $count } documents
    }
summary-imported-documents = Imported { $documents }.
summary-encodings = Encodings: { $list }.
summary-skipped-files =
    Skipped { $count ->
        [one] { $count } file
       *[other] { $count } files
    }:
summary-warnings = Warnings ({ $count }):
summary-sheets = Metadata sheets: { $list }.
summary-sheet-rows-unused = Metadata sheet rows not used ({ $count }):
summary-copies =
    Copies of one text ({ $count ->
        [one] { $count } group
       *[other] { $count } groups
    }):
summary-outlets = Outlets ({ $count }):
summary-outlet-unknown = (unknown)
summary-outlet-also = (also written { $others })
summary-dates = Dates: { $first } to { $last }
summary-dates-undated = ({ $documents } without a date)
summary-dates-unparsed = Dates not understood ({ $count }):
summary-metadata-found = Metadata found ({ $count }):
summary-date-not-understood = «{ $text }» not understood

## Errors of saving and of where a command writes (the path follows each, after a colon)

error-lock-holder = process { $pid } on { $host } (since { $since })
error-lock-another-process = another process
error-locked = the project is open for changes in { $holder }; one window or command at a time may change it (close it there, or delete the lock file if that process is gone)
error-changed-on-disk = not saved: { $count ->
        [one] a file
       *[other] files
    } of the project changed on disk since it was opened here ({ $files }); reopen it to see them, or save under another name
error-encode = could not write the project as RON: { $error }
error-invalid = project is invalid: { $problem }
error-annotations = annotations cannot be loaded: { $problem }
error-commit = record of an unfinished save is not followed, and no file was changed: { $problem }; move the record away to open the files as they are
target-project-file = will not write over the project file it reads
target-annotations-folder = will not write into the project's annotations folder
target-own-file = will not write over the project's { $what }
target-lock-file = lock file
target-corpus = will not write into the corpus folder, whose articles the project annotates
target-article = will not write over the article of document { $doc }
target-not-empty = the output folder is not empty; give --force to write into it anyway
target-project-exists = a project is already there; give --force to replace it (the old one is kept as a backup beside it)

## Why a file was not imported (follows the file's path and a colon)

skip-empty = empty file: no text, or only whitespace
skip-binary = binary content (NUL bytes or many control characters), not text
skip-too-large = too large: { $size } is over the limit of { $limit }
skip-size-bytes = { $size } bytes
skip-size-kb = { $size } kB
skip-size-mb = { $size } MB
skip-unreadable = cannot be read: { $error }
skip-broken-link = broken symbolic link, its target does not exist
skip-outside-root = symbolic link to a file outside the imported folder; not followed
skip-symlinked-folder = symbolic link to a folder; not followed
skip-not-a-file = not a regular file (device, socket or named pipe)
skip-hidden = hidden file (its name starts with a dot), not imported; rename it to import it
skip-hidden-folder = hidden folder (its name starts with a dot), not looked into
skip-non-unicode-name = file name is not valid Unicode
skip-unknown-encoding = unknown encoding { $name }
skip-unsupported = not a supported article format
skip-unsupported-noted = not a supported article format ({ $note })
skip-note-pdf = a PDF; save its text as .txt to import it
skip-note-image = an image
skip-note-old-document = save it as .docx or .txt to import it
skip-note-spreadsheet = a spreadsheet; save it as .csv to import it
skip-no-article-text = no article text found in it
skip-not-article-table = a table without a text column (text, body, content, article), so not articles

## A folder that cannot be imported, an article that cannot be read again (the path follows)

error-import-not-found = folder to import not found
error-import-not-a-folder = not a folder, cannot import it
error-import-unreadable = cannot read the folder to import ({ $error })
error-corpus-missing = corpus folder not found
error-article-missing = article file not found
error-article-escapes = article path points outside the corpus folder, refused
error-article-not-a-file = article path is not a regular file
error-article-unreadable = cannot read article file ({ $error })
error-article-undecodable = article file is not usable text ({ $reason })

## Why an export stopped

error-export-unknown-document = the project has no document { $doc }
error-export-unknown-label = the schema has no label { $label }
error-export-cancelled = the export was cancelled
error-export-store = could not write the export: { $error }
error-export-write = could not write { $path }: { $error }
error-export-create-folder = could not create the folder { $path }: { $error }
error-export-encode = could not encode { $what }: { $message }
export-what-qde = project.qde
export-what-qdpx = the .qdpx archive
export-what-collection = the annotation collection
export-what-jsonl-line = a JSONL line
export-what-csv-table = a CSV table
error-export-read-back = could not read back { $path } to check it: { $message }
error-export-self-check = the self-check of the export found { $count } problem(s); the output is left for inspection at { $path }

## Why an import of annotations stopped

error-annotations-read = could not read { $path }: { $error }
error-annotations-unsafe-entry = refused the archive: entry { $entry } { $reason }
entry-absolute = is an absolute path
entry-drive-letter = is an absolute path (with a drive letter)
entry-nul = holds a NUL character
entry-climbs-out = climbs out of the archive with `..`
error-annotations-cancelled = the import was cancelled
error-annotations-edit = the import could not be applied: { $error }
error-annotations-store = the project could not be saved: { $error }

## Why a .qdpx archive was refused

archive-unsafe = entry { $entry } { $reason }
archive-entry-too-large = entry { $entry } inflates past { $limit } bytes
archive-too-large = the entries inflate past { $limit } bytes in all
archive-too-many-entries = more than { $limit } entries
archive-no-project = no project.qde in the archive
archive-not-utf8 = project.qde is not UTF-8
archive-not-zip = not a readable zip archive: { $error }

## A table of articles, or one of its records, that cannot be read

table-no-record = the table has no record { $record } any more
table-fields = { $fields } fields where the header has { $header } (a quote not closed?)
table-cell-too-long = a cell of { $size } bytes, over the { $limit } a cell may have
table-line-too-long = a line of { $size } bytes, over the { $limit } a record may have
table-not-an-object = the line is not a JSON object
table-invalid-json = invalid JSON: { $error }

## A web page, web archive or Word document that cannot be read

mhtml-no-headers = no MIME headers (is it a web archive?)
mhtml-no-page = a web archive without an HTML page
mhtml-too-deep = multipart parts nested too deep
mhtml-no-boundary = a multipart web archive without a boundary
mhtml-broken-base64 = broken base64 in the HTML part
mhtml-transfer-encoding = the HTML part's transfer encoding { $encoding } is not one hashiya reads
docx-not-word = not a Word document: { $error }
docx-too-large = its text inflates past { $limit } bytes
html-too-many-elements = a page of { $found } elements, over the { $limit } an article page may have

## What an import noticed about a file, kept with its document and shown next to it

warning-encoding-guessed = encoding guessed as { $encoding }
warning-encoding-guessed-how = encoding guessed as { $encoding } ({ $how })
warning-guess-sure = sure: { $percent } % of the non-ASCII text reads as { $script }
warning-guess-fairly-sure = fairly sure: { $percent } % of the non-ASCII text reads as { $script }
warning-guess-unsure = unsure: { $percent } % of the non-ASCII text reads as { $script }
warning-guess-next = { $how }; next best { $encoding }, { $percent } %
warning-malformed = malformed { $encoding } bytes replaced with U+FFFD ({ $replaced } in the text)
warning-malformed-at = malformed { $encoding } bytes replaced with U+FFFD ({ $replaced } in the text) at { $count ->
        [one] byte
       *[other] bytes
    } { $positions }
warning-declared-but-utf8 = the page declares { $declared } but its bytes are UTF-8; read as UTF-8
warning-not-in-charset = bytes that are not { $charset } were replaced by �
warning-several-outlets = the page names several outlets ({ $names }); «{ $taken }» was taken
script-latin = Latin
script-arabic = Arabic
script-hebrew = Hebrew
script-greek = Greek
script-cyrillic = Cyrillic
script-chinese = Chinese
script-japanese = Japanese
script-korean = Korean
script-thai = Thai
script-armenian = Armenian

## A document's article as it was read when the project opened

problem-article-changed = the article file changed since it was annotated; its spans were looked for again (Views > Review spans)
problem-bidi-overrides = contains bidi overrides or isolates: a quote may read differently from what it says (View > Show invisible marks)
problem-not-read-cancelled = not read: opening was cancelled

## Why a file or folder is not one the chosen annotation format reads (the path follows)

invalid-brat-not-a-folder = a brat collection is a folder of .txt and .ann files; this is not a folder
invalid-brat-no-ann = no .ann file in the folder
invalid-not-utf8 = the file is not UTF-8
qde-xml-at = project.qde at byte { $at }: { $error }
qde-unknown-entity = unknown entity &{ $name };

## What opening a project found worth telling (the file's path follows)

store-warning-unknown-document = spans of document { $doc }, which is not in the project, were loaded and are kept
store-warning-unknown-label = { $spans } span(s) of document { $doc } carry the label { $label }, which the schema lacks
store-warning-quote-length = the quote of span { $id } of document { $doc } is not as long as its range
store-warning-misnamed = the spans of document { $doc } are in a file of another name; the next save moves them to { $expected }
store-warning-no-annotations-folder = the annotations folder is missing, so the project opened without spans; if it had any, put the folder back beside the project file before saving (a save leaves it missing until a span is saved)
store-warning-kept-apart = the { $spans } span(s) and { $claims } claim(s) of document { $doc } in this file are kept apart (not attached to the document, not moved, the file left as it is): { $reason }; mend the file's `document:` or its name and open the project again
store-warning-quotes-differ = { $mismatched } of the { $total } span(s) of document { $doc } do not hold their quote at their offsets (first: span { $first }); kept as they are, not moved, listed under Review spans
store-warning-broken-reference = { $reference }; kept as it is
kept-apart-other-file = another file holds the spans of that document ({ $other })
kept-apart-clash = its name is not that document's, and its spans clash with others ({ $problem })
kept-apart-quotes-differ = its name is not that document's, and { $mismatched } of its { $total } quote(s) are not the text of that document at their offsets
kept-apart-unchecked = its name is not that document's, and the document's article could not be read to check its quotes
recovery-clean = the last save was complete
recovery-rolled-forward = a save interrupted by a crash was finished; the project is as that save left it
recovery-rolled-back = a save interrupted by a crash before it was complete was undone; the project is as it was last saved before it
recovery-rolled-back-damaged = a save interrupted by a crash could not be finished because its file { $file } { $problem }; it was undone, and the project is as it was saved before it
pending-missing = is missing
pending-wrong-size = holds { $size } bytes instead of { $expected }
pending-wrong-content = does not hold what was written (its hash differs)
pending-unreadable = cannot be read ({ $error })

## An annotation an import passes over, and why (after its place in the source and a colon;
## $doc is a document's ID, $start and $end are code point offsets)

annotation-skip-matched-twice = { $doc } was already matched by another source document; skipped
annotation-skip-text-unreadable = the text of { $doc } could not be read, so its annotations cannot be checked
annotation-skip-range-empty = the range [{ $start }, { $end }) is empty or reversed
annotation-skip-range-past-end = the range [{ $start }, { $end }) ends past the text of { $doc } ({ $length ->
        [one] { $length } code point
       *[other] { $length } code points
    })
annotation-skip-splits-grapheme = the edge at { $edge } splits a grapheme cluster
annotation-skip-quote-differs = quotes { $quoted } but the text of { $doc } at [{ $start }, { $end }) is { $found }
annotation-skip-quote-outside = quoted range [{ $start }, { $end }) is outside the text of { $doc }
annotation-skip-no-label = the span has no label
annotation-skip-only-white-space = the span covers only white space
annotation-skip-relation-end-missing = a span it joins was not imported
annotation-skip-relation-to-itself = it joins a span to itself
annotation-skip-relation-type-name = { $kind } cannot name a relation type; not imported
annotation-skip-relation-labels = a { $kind } relation may not join a span labelled { $from } to one labelled { $to }
annotation-skip-parent-unknown = names a parent claim that does not exist
annotation-skip-content-missing = its content span was not imported
annotation-skip-cue-missing = its cue span was not imported
annotation-skip-claimant-missing = its claimant's span was not imported
annotation-skip-parent-missing = its parent claim was not imported (or the parents form a circle)
# $problem: why the document category cannot be added, said as the label editor says it.
annotation-skip-category = { $problem }; its labels are not imported
annotation-skip-single-choice = { $doc } would have { $count ->
        [one] { $count } value
       *[other] { $count } values
    } of { $category }, which takes one; not imported
annotation-skip-qdpx-position = a PlainTextSelection without a valid { $attribute }; skipped
annotation-skip-qdpx-no-text = its plain text is not in the archive
annotation-skip-qdpx-unknown-variable = it names the unknown variable { $guid }; not imported
annotation-skip-qdpx-link = it does not join two coded selections of one text source; not imported
annotation-skip-qdpx-unknown-code = a coding names the unknown code { $guid }

## What an export's check of its own output found wrong (after the place and a colon)

check-quote-differs = quotes { $quoted } but the text at [{ $start }, { $end }) is { $found }
check-offsets-outside = offsets [{ $start }, { $end }) are outside the text ({ $length ->
        [one] { $length } code point
       *[other] { $length } code points
    })
check-relations-differ = { $found ->
        [one] { $found } relation
       *[other] { $found } relations
    } read back do not join the spans of the { $written ->
        [one] { $written } relation
       *[other] { $written } relations
    } written
check-qdpx-position = a PlainTextSelection without a valid { $attribute }

## What an export's check of its own output finds (the places an output names itself, a file
## or an ID, stay as written; $doc is a document's ID, $quoted, $found, $token, $tag quoted)

export-check-at-line = line { $line }
export-check-at-line-relation = line { $line }, relation { $relation }
export-check-at-line-span = line { $line }, span [{ $start }, { $end }) { $label }
export-check-at-line-label = line { $line }, label [{ $start }, { $end }) { $label }
export-check-at-relations = relations
export-check-at-labels = { $source }:labels
export-check-an-annotation = an annotation
export-check-line-unreadable = line { $line }: { $error }
export-check-text-of-differs = differs from the text of { $doc }
export-check-brat-relation-arg = a relation whose Arg1 or Arg2 is no text-bound annotation
export-check-brat-not-text-bound = not a well-formed text-bound annotation
export-check-brat-quote-differs = quotes { $quoted } but the text at its offsets is { $found }
export-check-conll-before-first = a token before the first -DOCSTART-
export-check-conll-more-documents = more documents than were exported
export-check-conll-fewer-documents = fewer documents than were exported
export-check-conll-token = token { $token } is not the next piece of the text of { $doc }
export-check-conll-tokens-stop = the tokens stop at byte { $at }; the rest of the text is missing
export-check-conll-columns = { $found ->
        [one] { $found } column
       *[other] { $found } columns
    } where the file has { $expected }
export-check-conll-tag = tag { $tag } in column { $column } breaks IOB2 (after { $previous })
export-check-csv-no-document = names no exported document, or has no offsets
export-check-csv-labels = the document's labels read back differ from the project's
export-check-csv-relation-end = a relation's end names no exported document, or has no offsets
export-check-csv-relations = { $found ->
        [one] { $found } relation
       *[other] { $found } relations
    } read back, { $written } exported
export-check-jsonl-relation-end = from_id or to_id names no entity
export-check-jsonl-lines = { $lines ->
        [one] { $lines } line
       *[other] { $lines } lines
    } for { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }
export-check-jsonl-text = the text differs from document { $doc }
export-check-jsonl-no-entity = no entity with its text for this label
export-check-qdpx-labels = the document labels of { $doc } do not read back as written
export-check-qdpx-variables = { $variables ->
        [one] { $variables } variable
       *[other] { $variables } variables
    } for { $categories ->
        [one] { $categories } document category
       *[other] { $categories } document categories
    }
export-check-qdpx-links = { $links ->
        [one] { $links } link
       *[other] { $links } links
    } for { $relations ->
        [one] { $relations } relation
       *[other] { $relations } relations
    }
export-check-qdpx-no-link = relation { $relation } has no link
export-check-qdpx-link-ends = its ends are not the selections of the relation's spans
export-check-qdpx-no-source = no TextSource for { $doc }
export-check-qdpx-text = its text differs from { $doc }
export-check-webanno-no-document = targets no exported document
export-check-webanno-selectors = lacks a TextQuoteSelector or a TextPositionSelector
export-check-webanno-position = its TextPositionSelector has no start or end
export-check-webanno-affixes = its prefix or suffix is not the text around the quote
export-check-webanno-relations = { $annotations ->
        [one] { $annotations } relation annotation
       *[other] { $annotations } relation annotations
    } for { $relations ->
        [one] { $relations } relation
       *[other] { $relations } relations
    }
export-check-webanno-no-annotation = the relation has no annotation
export-check-webanno-targets = its two targets are not its source's and its target's spans
export-check-webanno-annotations = { $annotations ->
        [one] { $annotations } annotation
       *[other] { $annotations } annotations
    } for { $spans ->
        [one] { $spans } span
       *[other] { $spans } spans
    }
export-check-webanno-labels = its labels are not the document's

## What an export left out because its format has no place for it (after "left out: "; $doc is
## a document's ID, $span, $claim and $relation an annotation's, $format the format's name)

export-skipped-text-unreadable = its text could not be read
export-left-out-claim-unexported-span = claim { $claim } of { $doc }: a span it names is not exported
export-left-out-relation-unexported-span = relation { $relation } of { $doc }: a span it joins is not exported
export-left-out-cross-document = { $count ->
        [one] { $count } relation
       *[other] { $count } relations
    } between spans of two documents: { $format } joins annotations of one document only (export W3C Web Annotation, REFI-QDA or CSV to keep them)
export-left-out-conll-layer = { $count ->
        [one] { $count } nested span
       *[other] { $count } nested spans
    } outside the chosen CoNLL layer (write every layer as its own column to keep them)
export-left-out-no-relations = { $count ->
        [one] { $count } relation
       *[other] { $count } relations
    } between spans: { $format } has no place for relations (export brat, JSONL, W3C Web Annotation, REFI-QDA or CSV to keep them)
export-left-out-no-doc-labels = { $labels ->
        [one] { $labels } document label
       *[other] { $labels } document labels
    } of { $documents ->
        [one] { $documents } document
       *[other] { $documents } documents
    }: { $format } has no place for labels of a whole document (export JSONL, brat, W3C Web Annotation, REFI-QDA or CSV to keep them)
export-left-out-no-claims = { $count ->
        [one] { $count } claim
       *[other] { $count } claims
    }: { $format } has no place for claims (export JSONL or brat to keep them)
export-left-out-brat-span-breaks = span { $span } of { $doc } ({ $format }): it holds only line breaks
export-left-out-brat-claim-breaks = claim { $claim } of { $doc } ({ $format }): a span it names holds only line breaks
export-left-out-brat-relation-breaks = relation { $relation } of { $doc } ({ $format }): a span it joins holds only line breaks

## More reasons a .qdpx archive is refused

archive-entry-unnamed = not a readable zip archive: entry { $index } has no name
archive-entry-unreadable = not a readable zip archive: entry { $entry }: { $error }

## A format the command line does not know ($name as typed, in quotes)

error-unknown-import-format = unknown import format { $name }; expected brat, jsonl or qdpx
error-unknown-export-format = unknown format { $name }; expected one of { $names }

## Why a date of an article's metadata could not be read (the import report)

date-problem-empty = no date
date-problem-unrecognised = no full date (day, month and four-digit year) recognised
date-problem-no-such-day = not a day of the calendar ({ $date }, { $calendar ->
        [hijri] Hijri
       *[gregorian] Gregorian
    })

## A row of a metadata sheet the import could not use (the sheet and row follow)

sheet-row-names-no-file = row names no file
sheet-no-such-file = no file «{ $file }» in the folder
sheet-several-files = several files are named «{ $file }»; write its path in the folder
sheet-row-unreadable = cannot read the row ({ $error })
sheet-row-not-json = not a JSON object ({ $error })

## Search, suggestions and background work that failed

# $reason: the regular expression library's own words.
search-invalid-regex = invalid regular expression ({ $reason }): { $pattern }
suggest-missing-label = the schema has no label { $label }, which a claim frame's parts need
suggest-unknown-cluster = there is no cluster { $cluster }
suggest-no-longer-fits = the suggestion no longer fits the project: { $error }
suggest-lexicon-invalid = the attribution lexicon is not valid: { $error }
job-panicked = the work stopped unexpectedly

## What a brat collection or a doccano JSONL file holds that an import passes over

annotation-skip-brat-ann-io = could not be read: { $error }
annotation-skip-brat-ann-too-large = could not be read: larger than { $limit } bytes
annotation-skip-brat-ann-not-utf8 = could not be read: not UTF-8
annotation-skip-brat-txt-io = could not be read ({ $error }); quotes are checked against the project's text
annotation-skip-brat-txt-too-large = could not be read (larger than { $limit } bytes); quotes are checked against the project's text
annotation-skip-brat-txt-not-utf8 = could not be read (not UTF-8); quotes are checked against the project's text
# Where an annotation of a file of lines is: $place the file and the annotation's ID.
annotation-at-line = { $place } (line { $line })
annotation-skip-brat-not-a-line = not a brat annotation line
annotation-skip-brat-text-bound-incomplete = a text-bound annotation without type, offsets or text
annotation-skip-brat-relation-incomplete = a relation without type, Arg1 or Arg2
annotation-skip-brat-attribute-line = an attribute line brat would not write
annotation-skip-brat-normalization-incomplete = a normalization line without target or reference
annotation-skip-brat-note-no-target = a note without target
annotation-skip-brat-events = events and equivalences are not imported
annotation-skip-brat-relation-end-not-span = relation { $type } between { $a } and { $b }: an end is no span; not imported
annotation-skip-brat-claimant-not-span = the claimant { $id } is not a span
annotation-skip-brat-cue-not-span = the cue { $id } is not a span
annotation-skip-brat-parent-not-claim = the parent { $id } is not a claim
annotation-skip-brat-relation-not-imported = relation { $type } between { $a } and { $b } is not imported
annotation-skip-brat-doc-label-incomplete = a document label without a category or value
annotation-skip-brat-claim-attribute = claim attribute { $name } { $value } is not understood
annotation-skip-brat-bad-escape = a malformed %-escape in the value
annotation-skip-brat-attribute-not-span = attribute { $name } of { $target }, which is no span
annotation-skip-brat-reference-not-span = reference of { $target }, which is no span
annotation-skip-brat-note-unknown-target = note on { $target }, which is unknown
annotation-skip-brat-claimant-entity-missing = ClaimantKind Entity without a Reference to the entity
annotation-skip-brat-claimant-kind = ClaimantKind { $kind } is not understood
annotation-skip-jsonl-line-too-long = a line of more than { $limit } bytes (the most a line may have); not read
annotation-skip-jsonl-not-json = not a JSON object: { $error }
annotation-skip-jsonl-not-an-object = not a JSON object
annotation-skip-jsonl-not-a-document = not a document line: { $error }
annotation-skip-jsonl-cats-key = { $key } is not category/value; not imported
annotation-skip-jsonl-default-used = { $field } is not understood; the default is used
annotation-skip-jsonl-cluster-relation = cluster relation { $relation } is not understood

## What the operating system says about a file (the end of a message about reading or writing
## one), by the kind of the error; worded as the system words it.
io-not-found = No such file or directory
io-permission-denied = Permission denied
io-already-exists = File exists
io-is-a-directory = Is a directory
io-not-a-directory = Not a directory
io-directory-not-empty = Directory not empty
io-read-only-filesystem = Read-only file system
io-storage-full = No space left on device
io-quota-exceeded = Disk quota exceeded
io-file-too-large = File too large
io-invalid-data = Invalid data
io-unexpected-eof = Unexpected end of file
io-invalid-input = Invalid argument
io-interrupted = Interrupted system call
io-timed-out = Timed out
io-would-block = Resource temporarily unavailable
io-crosses-devices = Invalid cross-device link
io-invalid-filename = File name too long or not allowed
io-resource-busy = Device or resource busy
io-executable-file-busy = Text file busy
io-too-many-links = Too many links
io-not-seekable = Illegal seek
io-stale-network-file-handle = Stale file handle
io-unsupported = Operation not supported
io-out-of-memory = Cannot allocate memory
io-write-zero = Nothing could be written
io-broken-pipe = Broken pipe
