# the inspector, the article header, the document list and the status bar

