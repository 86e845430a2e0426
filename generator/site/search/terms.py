"""How text becomes search terms; assets/search.js does the same to a query, with the runs and the longest word
that the index's manifest carries from here (build.py).

Chinese is indexed as overlapping pairs of characters (and single characters), the way CJK search
engines index without a dictionary: 社区治理 gives 社区, 区治, 治理, so a query finds the words it is
made of wherever they stand, and no segmenter has to run in the reader's browser.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise

# CJK Unified Ideographs, Extension A and the compatibility ideographs; runs of Latin letters and digits.
RUNS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9a-z]+")
LONGEST_WORD = 32


def normalise(text: str) -> str:
    """Full-width letters and digits to half-width, capitals to small letters (NFKC, as the browser does)."""
    return unicodedata.normalize("NFKC", text).lower()


def count_terms(text: str) -> Counter[str]:
    """Every term of a page's text with how often it occurs: each Chinese character, each pair, each Latin word."""
    terms: Counter[str] = Counter()
    for run in RUNS.findall(normalise(text)):
        if run[0].isascii():
            terms[run[:LONGEST_WORD]] += 1
        else:
            terms.update(run)
            terms.update(a + b for a, b in pairwise(run))
    return terms


def query_terms(query: str) -> list[str]:
    """The terms a page must all contain to match a query (tests and tools use this; the page uses search.js)."""
    found: list[str] = []
    for run in RUNS.findall(normalise(query)):
        if run[0].isascii():
            words = [run[:LONGEST_WORD]]
        elif len(run) == 1:
            words = [run]
        else:
            words = [a + b for a, b in pairwise(run)]
        found += [word for word in words if word not in found]
    return found
