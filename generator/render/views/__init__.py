"""Views: one module per kind of page, each adding its pages to the docs tree. A view never reads a file."""
