# the views' windows: claims × sources, entities, outlets, sources, timeline, review, search, suggestions, label editor, export, comparison

