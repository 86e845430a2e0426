"""Untrusted text made inert for each place a message is written: one helper per sink.

Messages carry details officials typed (a key of zone.yml, a field's value, a file name, a title). They are
escaped here, where they are written, never where they are made, so one Problem is right for every sink.
"""

from __future__ import annotations

import re
import unicodedata

# Categories a reader cannot see or that act on a terminal: controls (ESC, CR, BEL, backspace, NUL, C1),
# format characters (bidi overrides such as U+202E, zero-width characters), line and paragraph separators.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_SPACE = " "


def _shown(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str) -> str:
    """Every control and invisible format character written out as its escape, e.g. ESC as \\x1b."""
    if text.isprintable():  # the common case, in C: no character to show
        return text
    return "".join(_shown(character) if unicodedata.category(character) in _INVISIBLE_CATEGORIES else character
                   for character in text)


def for_terminal(text: str, *, keep_lines: bool = False) -> str:
    """A message for a terminal or a log: printed as it is, never executed (no colour, no erased line).

    keep_lines keeps its LF line breaks, for another program's output printed whole; a message's own
    line breaks are shown as escapes, so that it cannot write a line that looks like ours.
    """
    if keep_lines:
        return "\n".join(visible(line) for line in text.split("\n"))
    return visible(text)


def for_annotation(text: str) -> str:
    """The message of a GitHub workflow command (::error ...::message): one line, no command of its own."""
    return visible(text).replace("%", "%25")


def for_annotation_property(text: str) -> str:
    """A property of a workflow command (file=, title=): cannot end the property list or the command."""
    return for_annotation(text).replace(":", "%3A").replace(",", "%2C")


# What starts inline Markdown in GitHub's renderer: emphasis, code, links and images, cells, strikethrough,
# math; and # for good measure. Block syntax (lists, "1.", ---) needs a line's start,
# which the text never reaches: its line breaks are escaped and it is written after a cell's or item's start.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#!|~$])")
_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})  # entities: no tag or entity of its own
# GitHub links bare addresses (https://…, www.…, a@b.c) in text whatever their escapes; they are broken with a
# visible mark that a reviewer reads as "neutralised": https[://]example.org. An @ after no address character
# is a reviewer's @login, which is left readable.
_BARE_LINK = re.compile(r"(?i)(://|(?<![0-9a-z])www\.|(?<=[0-9a-z._%+-])@)")


def for_markdown(text: str) -> str:
    """Inline text for a Markdown table cell or list item (the checks page's summary): shown literally, one line.

    No heading, link, image, HTML, code span or table break can come out of it; line breaks are shown as
    their escapes, since a bare CR or LF would end the table's row.
    """
    defanged = _BARE_LINK.sub(lambda match: f"[{match.group(1)}]", visible(text))
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", defanged).translate(_HTML)
