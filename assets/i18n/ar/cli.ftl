# the command line's human output

