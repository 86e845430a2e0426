"""The inverted index: for every term, the pages that contain it and how strongly (BM25's term part).

A term's postings are its page numbers, delta-encoded as varints, then one byte per page for the
saturated term frequency. The browser adds the inverse document frequency itself, from the number
of postings, so a score costs one byte per page and ranks like BM25.
"""

from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass, field

K1 = 1.2
B = 0.75
TITLE_WEIGHT = 4  # a term in the title counts as this many occurrences in the text
SHARD_BYTES = 8192  # a query fetches one shard per term: small shards keep a search light
FNV_OFFSET, FNV_PRIME = 0x811C9DC5, 0x01000193  # FNV-1a, 32 bits; search.js reads them from the manifest


@dataclass
class Postings:
    pages: array[int] = field(default_factory=lambda: array("I"))
    counts: array[int] = field(default_factory=lambda: array("H"))


@dataclass
class InvertedIndex:
    terms: dict[str, Postings] = field(default_factory=dict)
    lengths: array[int] = field(default_factory=lambda: array("I"))

    def add(self, page: int, body: Counter[str], title: Counter[str]) -> None:
        """Add a page's terms; pages must come in increasing order."""
        weighted = body.copy()
        for term, count in title.items():
            weighted[term] += TITLE_WEIGHT * count
        for term, count in weighted.items():
            entry = self.terms.get(term)
            if entry is None:
                entry = self.terms[term] = Postings()
            entry.pages.append(page)
            entry.counts.append(min(count, 65535))
        self.lengths.append(_length(body) + _length(title))

    def shards(self) -> list[bytes]:
        """The encoded terms, grouped by `shard_of` into a power-of-two number of files of about SHARD_BYTES."""
        average = sum(self.lengths) / max(len(self.lengths), 1) or 1.0
        norms = [K1 * (1 - B + B * length / average) for length in self.lengths]
        encoded = {term: self._encode(term, entry, norms) for term, entry in sorted(self.terms.items())}
        total = sum(map(len, encoded.values()))
        count = 1
        while count < 4096 and count * SHARD_BYTES < total:
            count *= 2
        shards = [bytearray() for _ in range(count)]
        for term, data in encoded.items():
            shards[shard_of(term, count)] += data
        return [bytes(shard) for shard in shards]

    @staticmethod
    def _encode(term: str, entry: Postings, norms: list[float]) -> bytes:
        name = term.encode("utf-8")
        out = bytearray(varint(len(name)) + name + varint(len(entry.pages)))
        previous = 0
        for page in entry.pages:
            out += varint(page - previous)
            previous = page
        out += bytes(max(1, min(255, round(count / (count + norms[page]) * 255)))
                     for page, count in zip(entry.pages, entry.counts, strict=True))
        return bytes(out)


def _length(terms: Counter[str]) -> int:
    """Characters and Latin words: the pairs of characters would count each character twice."""
    return sum(count for term, count in terms.items() if len(term) == 1 or term.isascii())


def varint(number: int) -> bytes:
    out = bytearray()
    while number >= 0x80:
        out.append(number & 0x7F | 0x80)
        number >>= 7
    out.append(number)
    return bytes(out)


def shard_of(term: str, shards: int) -> int:
    """FNV-1a (32 bits) of the term's UTF-8 bytes, modulo the number of shards (a power of two)."""
    value = FNV_OFFSET
    for byte in term.encode("utf-8"):
        value = ((value ^ byte) * FNV_PRIME) & 0xFFFFFFFF
    return value & (shards - 1)


def _read_varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, at


def decode_shard(data: bytes) -> dict[str, tuple[list[int], bytes]]:
    """A shard's terms with their pages and score bytes: the reverse of `InvertedIndex.shards`."""
    terms: dict[str, tuple[list[int], bytes]] = {}
    at = 0
    while at < len(data):
        length, at = _read_varint(data, at)
        name = data[at:at + length].decode("utf-8")
        count, at = _read_varint(data, at + length)
        pages, page = [], 0
        for _ in range(count):
            delta, at = _read_varint(data, at)
            page += delta
            pages.append(page)
        terms[name] = (pages, data[at:at + count])
        at += count
    return terms
