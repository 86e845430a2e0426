"""Bytes of a hand-edited file to text: BOMs, GBK and UTF-16 from Windows editors, binary files."""

from __future__ import annotations

import codecs
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem


def read_text_file(path: Path, limit: int, too_large_hint: str) -> tuple[str | None, list[Problem]]:
    """Read a hand-edited text file no larger than `limit` bytes, refusing links and oversized files."""
    if path.is_symlink():
        return None, [rulebook.SYMLINK_FILE.at(path)]
    size = path.stat().st_size
    if size > limit:
        return None, [rulebook.TEXT_TOO_LARGE.at(path, size=_size(size), limit=_size(limit), how=too_large_hint)]
    return decode(path.read_bytes(), path)


def _size(size: int) -> str:
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{size / 1024:.0f} KB"


def decode(raw: bytes, path: Path) -> tuple[str | None, list[Problem]]:
    """Decode a file as UTF-8 (a UTF-8 BOM is dropped silently); explain any other encoding."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [rulebook.UTF16.at(path)]
    if not raw.strip():
        return None, [rulebook.EMPTY_FILE.at(path)]
    if b"\x00" in raw:
        return None, [
            rulebook.NULL_BYTES.at(path)
        ]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return None, [rulebook.NOT_UTF8.at(path, line)]
    return None, [rulebook.GBK.at(path, line)]
