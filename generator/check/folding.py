"""Text as a reader reads it, for the checks of what a page publishes: digits of any script as ASCII digits,
dash and space variants as - and space, invisible characters gone."""

from __future__ import annotations

import re
import unicodedata

_NOT_ASCII_DIGIT = re.compile(r"(?![0-9])\d")  # full-width and other scripts' decimal digits
_FOLDED = str.maketrans({
    "Ｘ": "X", "ｘ": "x",
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "),
    **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff"),  # invisible: never part of what a reader reads
})


def fold(text: str) -> str:
    """Digits of any script as ASCII digits, dash and space variants as - and space, invisible characters gone."""
    if text.isascii():
        return text
    return _NOT_ASCII_DIGIT.sub(lambda digit: str(unicodedata.decimal(digit.group())), text).translate(_FOLDED)
