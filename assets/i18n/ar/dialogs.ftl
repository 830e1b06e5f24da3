# file dialogs, the questions asked before going on, error messages

