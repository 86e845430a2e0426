"""The docs tree: every file of the site before it is written, each path claimed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.load.images import Picture


@dataclass
class DocsTree:
    texts: dict[str, str] = field(default_factory=dict)
    blobs: dict[str, bytes] = field(default_factory=dict)
    copies: dict[str, Path] = field(default_factory=dict)
    pictures: dict[str, tuple[Picture, int]] = field(default_factory=dict)  # re-encoded at a width when written
    page_kinds: dict[str, str] = field(default_factory=dict)  # a generated page's path → its kind (views/kinds.py)

    def add_page(self, path: str, text: str, kind: str) -> None:
        self.add(path, text)
        self.page_kinds[path] = kind

    def add(self, path: str, text: str) -> None:
        self._claim(path)
        self.texts[path] = text

    def add_blob(self, path: str, data: bytes) -> None:
        self._claim(path)
        self.blobs[path] = data

    def add_copy(self, path: str, source: Path) -> None:
        self._claim(path)
        self.copies[path] = source

    def add_picture(self, path: str, picture: Picture, width: int) -> None:
        self._claim(path)
        self.pictures[path] = (picture, width)

    def _claim(self, path: str) -> None:
        if path in self.texts or path in self.blobs or path in self.copies or path in self.pictures:
            raise ValueError(f"two files at {path}")
