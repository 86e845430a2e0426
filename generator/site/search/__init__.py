"""The site's own Chinese full-text search: an index of static files that the browser reads in small parts.

Run on the built site, outside MkDocs, so any static site generator can take MkDocs' place.
"""

from generator.site.search.build import index_site

__all__ = ["index_site"]
