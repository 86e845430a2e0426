"""Facts of HTML itself that more than one stage reads: the body stage and the search indexer."""

from __future__ import annotations

# Elements that never have an end tag (HTML's void elements).
VOID_ELEMENTS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                           "track", "wbr"})
