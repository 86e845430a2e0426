"""Reading a written search index from Python for the tests: the same matching as assets/search.js."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from generator.site.search.build import INDEX_FOLDER
from generator.site.search.postings import decode_shard, shard_of
from generator.site.search.terms import query_terms
from generator.site.search.variants import simplified


@dataclass(frozen=True)
class WrittenIndex:
    folder: Path
    shards: int
    pages: int

    @classmethod
    def open(cls, site: Path) -> WrittenIndex:
        manifest = json.loads((site / INDEX_FOLDER / "manifest.json").read_text(encoding="utf-8"))
        return cls(site / INDEX_FOLDER / manifest["version"], manifest["shards"], manifest["pages"])

    def postings(self, term: str) -> list[int]:
        shard = (self.folder / "s" / f"{shard_of(term, self.shards):x}.bin").read_bytes()
        return decode_shard(shard).get(term, ([], b""))[0]

    def variants(self) -> dict[str, str]:
        return json.loads((self.folder / "t2s.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]

    def facets(self) -> dict[str, list[object]]:
        return json.loads((self.folder / "facets.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]

    def matching(self, query: str) -> set[int]:
        """The pages that hold every term of the query, traditional characters read as simplified (unranked)."""
        terms = query_terms(simplified(query, self.variants()))
        if not terms:
            return set()
        found = set(self.postings(terms[0]))
        for term in terms[1:]:
            found &= set(self.postings(term))
        return found

    def record(self, page: int) -> dict[str, str]:
        return json.loads((self.folder / "d" / f"{page}.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]
