"""The model: facts derived at a build date, computed once and read by every view.

Its reporting duties (duties.py) are derived right after loading, since the checks need them; the site
(site.py, tables.py) is derived last, from the checked zones and the rendered report bodies.
"""
