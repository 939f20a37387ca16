"""One module per program, each a set of small pure functions named in the law's words."""
