"""The one Markdown engine for report bodies, with a fixed extension set and bounded work.

Bodies are rendered here, never by MkDocs: officials' text gets no `attr_list` and no `md_in_html`,
and the limits below are checked before the engine runs, since Python-Markdown's link and tag
parsing is quadratic in unmatched `[` and `<` and its block parser recurses once per nesting level.
"""

from __future__ import annotations

import _thread
import re
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from types import FrameType

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


class _Watchdog:
    """One thread for the whole run that interrupts the main thread, as Ctrl-C does, when a render is due.

    Portable (Windows has no SIGALRM); one waiting thread instead of a timer per body, which cost a build of
    the sample zones more than half of its rendering time."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._due: float | None = None
        self._fired = False
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float) -> None:
        with self._changed:
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="render-deadline", daemon=True)
                self._thread.start()
            self._due, self._fired = time.monotonic() + seconds, False
            self._changed.notify()

    def disarm(self) -> bool:
        """Stop watching; whether the main thread was interrupted."""
        with self._changed:
            fired, self._due, self._fired = self._fired, None, False
            return fired

    def _watch(self) -> None:
        with self._changed:
            while True:
                if self._due is None:
                    self._changed.wait()
                elif (remaining := self._due - time.monotonic()) > 0:
                    self._changed.wait(remaining)
                else:
                    self._due, self._fired = None, True
                    _thread.interrupt_main(signal.SIGINT)


_WATCHDOG = _Watchdog()


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Interrupt a render that takes too long; needs the main thread (elsewhere the static limits alone bound it).

    A real Ctrl-C during the render still goes to the handler that was there before."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGINT)
    fired = False

    def expire(signum: int, frame: FrameType | None) -> None:
        if fired or _WATCHDOG.disarm():
            raise TooComplex(f"took more than {seconds} s")
        if callable(previous):
            previous(signum, frame)
        else:
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, expire)
    started = time.monotonic()
    _WATCHDOG.arm(seconds)
    try:
        yield
    finally:
        fired = _WATCHDOG.disarm()
        while True:  # an interrupt still pending is handled by `expire` during the swap: swap again
            try:
                signal.signal(signal.SIGINT, previous)
                break
            except TooComplex:
                pass
    if fired or time.monotonic() - started > seconds:
        raise TooComplex(f"took more than {seconds} s")


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
