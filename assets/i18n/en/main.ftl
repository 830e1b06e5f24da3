# hashiya's interface in English: the reference catalogue. Every message here has its
# translation in each other language's catalogue (a test compares the IDs).
# Arguments: $count and other numbers choose plural forms; $name, $path, $format are text.

## Language and numbers

language-follow-system = Follow the system ({ $language })
digits-latin = Latin digits ({ $sample })
digits-arabic-indic = Arabic-Indic digits ({ $sample })
menu-calendar = Calendar
calendar-gregorian = Gregorian
calendar-hijri = Hijri (Umm al-Qura)

## The menu bar

menu-file = File
menu-labels = Labels
menu-views = Views
menu-suggestions = Suggestions
menu-team = Team
menu-view = View
menu-edit = Edit

menu-undo = Undo
menu-undo-what = Undo: { $what }
menu-redo = Redo
menu-redo-what = Redo: { $what }

menu-open-folder = Open folder…
menu-open-project = Open project…
menu-recent-projects = Recent projects
menu-recent-none = none yet
menu-save-project = Save project
menu-save-project-as = Save project as…
menu-export = Export…
menu-export-report = Export report…
menu-import-annotations = Import annotations
menu-import-format = { $format }…
menu-import-report = Import report
menu-builtin-file-dialog = Use the built-in file dialog
menu-builtin-file-dialog-hint = hashiya's own dialog instead of the system's, which needs a desktop portal or zenity
menu-quit = Quit

menu-choose-label = Choose a label…
menu-sticky-label = Sticky label: label every new selection
menu-sticky-label-hint = Each selection you finish gets the label you used last
menu-edit-labels = Edit labels…

menu-search = Search…
menu-entities = Entities…
menu-claim-matrix = Claims × sources…
menu-timeline = Timeline…
menu-sources = Sources and plots…
menu-outlets = Outlets…
menu-review = Review spans…

menu-suggestions-window = Suggestions…
menu-next-suggestion = Next suggestion
menu-previous-suggestion = Previous suggestion
menu-accept = Accept
menu-reject = Reject
menu-accept-in-document = Accept all of this form in this document
menu-accept-in-corpus = Accept all of this form in the corpus
menu-suggester-learned = From forms already labelled
menu-suggester-registry = From the entity registry
menu-suggester-attribution = From reporting verbs (claim frames)
menu-suggester-clusters = From claim clusters

menu-your-name = Your name: { $name }…
menu-compare = Compare with a colleague's project…
menu-disagreements = Disagreements
menu-agreement = Agreement
menu-stop-comparing = Stop comparing

menu-language = Language
menu-digits = Digits
menu-hide-documents = Hide the document list
menu-show-documents = Show the document list
menu-hide-inspector = Hide the inspector
menu-show-inspector = Show the inspector
menu-theme = Theme
theme-dark = Dark
theme-light = Light
theme-system = Follow the system
menu-arabic-face = Arabic face
menu-invisible-marks = Show invisible marks
menu-invisible-marks-hint = Bidi controls, direction marks and zero-width characters, named where they sit
menu-larger-text = Larger text
menu-smaller-text = Smaller text
menu-direction = Direction of this document
direction-auto = Automatic (first strong letter)
direction-rtl = Right to left
direction-ltr = Left to right
menu-next-document = Next document
menu-previous-document = Previous document

## Side panels

panel-show-documents = Show the documents
panel-show-inspector = Show the inspector
panel-show-with-shortcut = { $label } ({ $shortcut })

## Counts

documents-count =
    { $count ->
        [one] { $count } document
       *[other] { $count } documents
    }
spans-count =
    { $count ->
        [one] { $count } span
       *[other] { $count } spans
    }
claims-count =
    { $count ->
        [one] { $count } claim
       *[other] { $count } claims
    }

## The first-run panel

welcome-title = Getting started
welcome-intro = This sample holds six fictional articles about one week, from six outlets, already annotated. Five gestures do most of the work:
welcome-numbered = { $n }. { $what }
welcome-got-it = Got it
welcome-label-what = Label a span
welcome-label-how = Select words in the article and press { $keys }. { $chooser } opens the label chooser; Shift with the key leaves out a proclitic (wa-, bi-, li-).
welcome-label-keys = a label key ({ $labels }, …)
welcome-label-keys-none = its label key
welcome-claim-what = Make a claim
welcome-claim-how = Select what is claimed and { $how }. In the inspector, “Click in text” then click who says it, and “Click the cue word” (قال، نفى); set Polarity to Denies for a denial.
welcome-claim-press = press { $key } ({ $label })
welcome-claim-choose = choose { $label } with { $chooser }
welcome-claim-choose-any = choose a claim label with { $chooser }
welcome-entity-what = Link a mention to an entity
welcome-entity-how = Click a labelled name; in the inspector, “Link to…” an entity, or “New entity”. Names matching an alias are offered first.
welcome-cluster-what = Gather a claim across outlets
welcome-cluster-how = With a claim selected, “Add to cluster…” in the inspector, or name a “New cluster”.
welcome-compare-what = Compare the sources, and save
welcome-compare-how = In the Views menu, Claims × sources shows which outlet reports, contradicts or denies each cluster, and Sources and plots counts per outlet. { $save } saves, { $undo } undoes.
