"""The one Markdown engine for report bodies, with a fixed extension set and bounded work.

Bodies are rendered here, never by MkDocs: officials' text gets no `attr_list` and no `md_in_html`,
and the limits below are checked before the engine runs, since Python-Markdown's link and tag
parsing is quadratic in unmatched `[` and `<` and its block parser recurses once per nesting level.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache

import markdown
from markdown.extensions.tables import TableExtension

from generator.contract import rulebook

EXTENSIONS: list[str | markdown.Extension] = ["sane_lists", "fenced_code", TableExtension(use_align_attribute=True)]
MAX_CHARACTERS = 300_000
MAX_NESTING = 16  # levels of lists and quotes, by markers at a line's start plus indentation in fours
MAX_UNMATCHED_PER_PARAGRAPH = 100
SECONDS = 5.0

_BLOCK_MARKER = re.compile(r"[ \t]*(?:>|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?")


@dataclass(frozen=True)
class Limit:
    """A body beyond a limit: where (line offset in the body) and what to tell the official."""

    offset: int
    rule: rulebook.Rule
    details: dict[str, object]


class TooComplex(Exception):
    """The engine ran out of time or stack on a body within the static limits."""


def _unmatched(paragraph: str, opening: str, closing: str) -> int:
    depth = 0
    for character in paragraph:
        if character == opening:
            depth += 1
        elif character == closing and depth:
            depth -= 1
    return depth


def _nesting(line: str) -> int:
    expanded = line.expandtabs(4)
    depth, position = (len(expanded) - len(expanded.lstrip(" "))) // 4, 0
    while depth <= MAX_NESTING and (marker := _BLOCK_MARKER.match(expanded, position)) and marker.end() > position:
        depth, position = depth + 1, marker.end()
    return depth


def _paragraphs(lines: list[str]) -> Iterator[tuple[int, str]]:
    start, block = 0, list[str]()
    for offset, line in enumerate(lines):
        if line.strip():
            if not block:
                start = offset
            block.append(line)
        elif block:
            yield start, "\n".join(block)
            block = []
    if block:
        yield start, "\n".join(block)


def limits(body: str) -> list[Limit]:
    """Every limit the body exceeds; an empty list means the engine's work on it is bounded."""
    if len(body) > MAX_CHARACTERS:
        return [Limit(0, rulebook.BODY_TOO_LONG, {"length": len(body), "limit": MAX_CHARACTERS})]
    found: list[Limit] = []
    lines = body.split("\n")
    for offset, line in enumerate(lines):
        if _nesting(line) > MAX_NESTING:
            found.append(Limit(offset, rulebook.BODY_TOO_NESTED, {"limit": MAX_NESTING}))
            break
    for offset, paragraph in _paragraphs(lines):
        for opening, closing in (("[", "]"), ("<", ">")):
            if paragraph.count(opening) <= MAX_UNMATCHED_PER_PARAGRAPH:
                continue  # the common case, counted without a loop in Python
            if _unmatched(paragraph, opening, closing) > MAX_UNMATCHED_PER_PARAGRAPH:
                found.append(Limit(offset, rulebook.UNMATCHED_BRACKETS, {
                    "limit": MAX_UNMATCHED_PER_PARAGRAPH, "opening": opening, "closing": closing}))
                break
    return found


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt a render that takes too long; the timer needs the main thread (elsewhere the static limits alone bound it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TooComplex(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@cache
def _engine() -> markdown.Markdown:
    # One instance, reset for each body: building it costs a quarter of rendering a typical report.
    return markdown.Markdown(extensions=EXTENSIONS, output_format="html")


def to_html(body: str) -> str:
    """The body as HTML, unsanitised; call only on a body within `limits`. Raises TooComplex."""
    engine = _engine().reset()
    try:
        with _deadline(SECONDS):
            html: str = engine.convert(body)
            return html
    except RecursionError:
        raise TooComplex("recursion") from None
