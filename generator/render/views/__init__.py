"""Views: one module per kind of page, each declaring its kinds in PAGE_KINDS for the registry (kinds.py).

A view never reads a file.
"""
