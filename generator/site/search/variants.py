"""Traditional characters for the simplified ones of the index, so that 議事協商 finds 议事协商.

OpenCC (its `t2s` conversion) decides which traditional characters stand for which simplified ones; the site
ships only the pairs whose simplified side occurs in the index, so the table stays a few kilobytes.
"""

from __future__ import annotations

from functools import cache

import opencc

# CJK Unified Ideographs, Extension A and the compatibility ideographs: the ranges that terms.RUNS indexes.
IDEOGRAPHS = (range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xF900, 0xFB00))


@cache
def _all_pairs() -> dict[str, str]:
    """Every ideograph that OpenCC converts, with its simplified form (one character each, one call)."""
    characters = [chr(code) for block in IDEOGRAPHS for code in block]
    converted = opencc.OpenCC("t2s").convert("\n".join(characters)).split("\n")
    return {old: new for old, new in zip(characters, converted, strict=True) if old != new and len(new) == 1}


def traditional_to_simplified(index_characters: set[str]) -> dict[str, str]:
    """The traditional characters whose simplified form the index holds, each with that form."""
    return {old: new for old, new in sorted(_all_pairs().items()) if new in index_characters}


def simplified(text: str, table: dict[str, str]) -> str:
    """The text with each traditional character of the table replaced (what assets/search.js does to a query)."""
    return "".join(table.get(character, character) for character in text)
