# the label editor: labels, relation types, document categories

