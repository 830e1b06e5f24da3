# What does not hold together in a project's files: references that do not resolve, problems of
# a project or annotation file, of relations.

