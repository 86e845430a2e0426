"""Render: the model to a docs tree of Markdown pages, charts, maps, open data and feeds. Nothing here reads a file.

body/ runs before the model is derived (inside pipeline.check: a body's problems are the author's to fix);
the views run after it, over the whole site.
"""
