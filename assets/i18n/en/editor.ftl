# the label editor: labels, relation types, document categories


editor-title = Labels
editor-col-colour = Colour
editor-col-name = Name
editor-col-key = Key
editor-col-description = Description
editor-col-spans = Spans
editor-add-label = Add label
editor-hint = Colours are chosen to read on dark and light pages. Every change can be undone (Ctrl+Z).
editor-colour = colour
editor-colour-of = colour of { $name }
editor-name-of = name of { $name }
editor-key-of = key of { $name }
editor-description-of = description of { $name }
editor-remove = Remove { $name }
editor-remove-in-use = Relabel or delete its spans first
editor-new-label = New label
editor-label-added = Added a label
editor-label-removed = Removed the label { $name }
editor-colour-changed = Changed the colour of { $name }
editor-renamed = Renamed { $name } to { $value }
editor-key-changed = Changed the key of { $name }
editor-description-changed = Changed the description of { $name }
editor-name-refused = The label name { $problem }; it was not changed
editor-label-gone = That label is no longer in the schema
editor-key-not-latin = «{ $key }» cannot be a label key: use a digit or a Latin letter
editor-key-taken = the key { $key } already belongs to { $name }
editor-key-taken-by-type = the key { $key } already belongs to the relation type { $name }
editor-key-taken-by-label = the key { $key } already belongs to the label { $name }

editor-relations = Relations
editor-relations-intro = Types of arrow between two spans. While a relation is made, a type's key chooses it; a label list left empty allows any label.
editor-col-directed = Directed
editor-col-from = From
editor-col-to = To
editor-col-relations = Relations
editor-add-relation-type = Add relation type
editor-new-relation = New relation
editor-relation-added = Added a relation type
editor-relation-key-one = A relation type's key is one character
editor-relation-key-not-latin = «{ $key }» cannot be a relation key: use a digit or a Latin letter
editor-made-directed = Made { $name } directed
editor-made-undirected = Made { $name } undirected
editor-sources-changed = Changed the labels { $name } may start at
editor-targets-changed = Changed the labels { $name } may end at
editor-any-source = Let { $name } start at any label
editor-any-target = Let { $name } end at any label
editor-relation-gone = That relation type is no longer in the schema
editor-relation-colour-of = colour of relation { $name }
editor-relation-name-of = name of relation { $name }
editor-relation-key-of = key of relation { $name }
editor-is-directed = { $name } is directed
editor-remove-relation-type = Remove { $name }
editor-remove-relation-type-with =
    { $count ->
        [one] Remove { $name } with its relation
       *[other] Remove { $name } with its { $count } relations
    }
editor-any-label = any label
editor-source-labels-of = source labels of { $name }
editor-target-labels-of = target labels of { $name }

editor-categories = Document labels
editor-categories-intro = Labels of a whole article. Ctrl+D, then a value's key, sets one on the article shown.
editor-add-category = Add category
editor-category-name-of = name of category { $name }
editor-several-values = several values
editor-remove-category = Remove
editor-remove-category-with =
    { $count ->
        [one] Remove with its label
       *[other] Remove with its { $count } labels
    }
editor-value-name-of = name of value { $name }
editor-value-key-of = key of value { $name }
editor-remove-value = Remove
editor-add-value = Add value
editor-new-category = New category
editor-new-value = New value
editor-category-gone = That category or value is gone
editor-category-added = Add a document category
editor-category-renamed = Rename a document category
editor-category-choice = Change how many values a category takes
editor-value-added = Add a value
editor-value-renamed = Rename a value
editor-value-key-one = A value's key is one character
editor-value-key-changed = Change a value's key
