"""Pre-compressed twins: a host that compresses nothing still sends each page compressed (issue 24, point 2)."""

from __future__ import annotations

import gzip
from pathlib import Path

import brotli

from generator.site.compress import COMPRESSIBLE_SUFFIXES, MIN_BYTES


def _text_files(site: Path) -> list[Path]:
    return [path for path in site.rglob("*") if path.is_file() and path.suffix in COMPRESSIBLE_SUFFIXES]


def test_every_text_file_has_gzip_and_brotli_twins_that_decompress_to_its_bytes(bundled_site: Path) -> None:
    files = _text_files(bundled_site)
    kinds = {path.suffix for path in files}
    assert {".html", ".css", ".js", ".json", ".xml", ".csv", ".bin"} <= kinds
    checked = 0
    for path in files:
        data = path.read_bytes()
        if len(data) < MIN_BYTES:
            continue
        for suffix, decompress in ((".gz", gzip.decompress), (".br", brotli.decompress)):
            twin = path.with_name(path.name + suffix)
            if not twin.exists():
                # only a file that compression would not make smaller may go without its twin
                assert len(gzip.compress(data) if suffix == ".gz" else brotli.compress(data)) >= len(data), twin
                continue
            packed = twin.read_bytes()
            assert decompress(packed) == data, twin
            assert len(packed) < len(data), twin
            checked += 1
    assert checked > 100
    home = (bundled_site / "index.html").read_bytes()
    assert len((bundled_site / "index.html.br").read_bytes()) < len(home) / 3


def test_twins_are_the_same_bytes_on_every_build(bundled_site: Path) -> None:
    """Reproducible: gzip carries no time and no name, so an unchanged site uploads no changed file."""
    twin = (bundled_site / "index.html.gz").read_bytes()
    assert twin[4:8] == b"\0\0\0\0"  # MTIME
    assert twin[3] & 0x08 == 0  # FNAME flag
