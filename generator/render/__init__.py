"""Stage 5, render: the model to a docs tree of Markdown pages, charts, maps, open data and feeds. Nothing here reads a file."""
