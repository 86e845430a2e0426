"""The site, last: the static site generator on the docs tree, then passes over the built pages (tables, search, links)."""
