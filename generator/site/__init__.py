"""Stage 7, the site: the static site generator run on the docs tree, then passes over the built pages (tables, search, links)."""
