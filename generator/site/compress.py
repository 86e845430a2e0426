"""Pre-compressed twins of the built site's text files: `page.html.gz` and `page.html.br` beside `page.html`.

A host that compresses nothing (many static hosts, a plain nginx) serves a page several times heavier and
slower; with the twins, nginx (`gzip_static on; brotli_static on;`) and most static hosts send the compressed
file as it is, and a host that knows nothing of them still serves the originals. The bytes depend only on the
original (gzip without a name or a time), so an unchanged build gives unchanged twins.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterator
from pathlib import Path

import brotli

# Files a browser receives as text or that compress like text (the search index's shards are varint postings
# that still shrink by a third). Images, fonts and office files are compressed already.
COMPRESSIBLE_SUFFIXES = frozenset({
    ".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".csv", ".webmanifest", ".geojson", ".bin",
})
# Below this a twin saves less than the headers of the request cost (nginx's gzip_min_length is of this order).
MIN_BYTES = 512
# Measured on the sample site's 11 MB of text below 600 KB (2 shared cores): quality 8 0.7 s, 10 7 s and 6 % smaller,
# 11 35 s and 2 % smaller again. 10, with the twins of unchanged files (the vendored scripts, most pages) reused.
BROTLI_QUALITY = 10
GZIP_LEVEL = 9


def compressible(path: Path) -> bool:
    return path.suffix.lower() in COMPRESSIBLE_SUFFIXES and path.stat().st_size >= MIN_BYTES


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0)


def brotli_bytes(data: bytes) -> bytes:
    return bytes(brotli.compress(data, quality=BROTLI_QUALITY))


def _files(site: Path) -> Iterator[Path]:
    for path in sorted(site.rglob("*")):
        if path.is_file() and not path.is_symlink() and compressible(path):
            yield path


# The large files (vendored scripts, the theme's bundle) are the same in every build: a process that builds several
# sites (`showcase serve`, the tests) compresses them once, whatever build folder each build uses.
_LARGE_BYTES = 64 * 1024
_large_twins: dict[str, dict[str, bytes]] = {}


def _twins(data: bytes, key: str, cache: Path) -> dict[str, bytes]:
    """The file's twins, from the cache when a file of the same bytes was compressed before."""
    if key in _large_twins:
        return _large_twins[key]
    twins: dict[str, bytes] = {}
    for suffix, pack in ((".gz", gzip_bytes), (".br", brotli_bytes)):
        cached = cache / f"{key}{suffix}"
        if cached.is_file():
            twins[suffix] = cached.read_bytes()
        else:
            twins[suffix] = pack(data)
            cached.write_bytes(twins[suffix])
    if len(data) >= _LARGE_BYTES:
        _large_twins[key] = twins
    return twins


def compress_site(site: Path, cache: Path) -> int:
    """Write the twins of every compressible file of `site` that compression makes smaller; return how many.

    `cache` keeps the twins by the hash of their file between builds; what this build did not use is removed.
    """
    cache.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    written = 0
    for path in _files(site):
        data = path.read_bytes()
        key = hashlib.sha256(data).hexdigest()
        for suffix, packed in _twins(data, key, cache).items():
            used.add(f"{key}{suffix}")
            if len(packed) < len(data):  # a server would rather send the original than a larger twin
                path.with_name(path.name + suffix).write_bytes(packed)
                written += 1
    for stale in cache.iterdir():
        if stale.name not in used:
            stale.unlink()
    return written
