"""The 党政机关网站标识 (the government-site mark issued for the site): a PNG or JPEG under content/, served by the site."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.reference import Reference

FIELD = "identity.gov_mark_image"
MAX_BYTES = 200 * 1024  # the issued mark is a few kilobytes
SIGNATURES = {".png": b"\x89PNG\r\n\x1a\n", ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff"}


@dataclass(frozen=True)
class GovMark:
    data: bytes
    written: str  # the setting: its suffix, which the bytes match, names the type the site serves it as


def load_gov_mark(content: Path, reference: Reference) -> tuple[GovMark | None, list[Problem]]:
    """The configured mark, or None when none is configured; a problem names the setting and what to fix."""
    written = reference.settings.identity.gov_mark_image
    if not written:
        return None, []
    path = content / written
    inside = path.resolve().is_relative_to(content.resolve())
    data = path.read_bytes() if inside and path.is_file() and path.stat().st_size <= MAX_BYTES else b""
    signature = SIGNATURES.get(path.suffix.lower())
    if signature is None or not data.startswith(signature):
        return None, [rulebook.GOV_MARK_IMAGE.at(content / "site.yml", None, FIELD, written=written)]
    return GovMark(data, written), []
