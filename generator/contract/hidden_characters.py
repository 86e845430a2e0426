"""Characters that must never reach a page or a feed, found after YAML escapes are decoded.

XML forbids C0 controls and noncharacters (an Atom feed with one stops parsing); bidi controls can make
a name read differently from what it is; zero-width characters hide text from search and comparison.
"""

from __future__ import annotations

from dataclasses import dataclass

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True)
class Hidden:
    index: int  # 0-based position in the text
    character: str
    kind: str

    @property
    def code(self) -> str:
        return f"U+{ord(self.character):04X}"

    def describe(self) -> str:
        return f"第 {self.index + 1} 个字符处有看不见的{self.kind} {self.code}"


def _kind(character: str) -> str | None:
    point = ord(character)
    if character in "\t\n\r":
        return None
    if point < 0x20 or point == 0x7F or 0x80 <= point < 0xA0:
        return "控制字符"
    if 0xD800 <= point <= 0xDFFF:
        return "代理字符"
    if 0xFDD0 <= point <= 0xFDEF or (point & 0xFFFE) == 0xFFFE:
        return "非字符"
    if character in _BIDI:
        return "文字方向控制符"
    if character in _ZERO_WIDTH:
        return "零宽字符"
    return None


def first_hidden(text: str) -> Hidden | None:
    """The first character that must not be published, if any."""
    if text.isprintable():  # fast path: False for every kind above (and for tabs and line breaks)
        return None
    return next((Hidden(index, character, kind) for index, character in enumerate(text)
                 if (kind := _kind(character)) is not None), None)
