"""Skip the static site generator and the search indexer when the published folder is already what this build
would make: the same generator inputs (the fingerprint), the same generator versions, and the folder that the
last successful build swapped into place, untouched since.
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

RECORD = "site-built-from.json"
_SSG_DISTRIBUTIONS = ("mkdocs", "mkdocs-material", "pymdown-extensions", "zensical")


def _versions() -> dict[str, str]:
    found = {}
    for name in _SSG_DISTRIBUTIONS:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found


def _stamp(inputs: str, out: Path, check_links: bool) -> dict[str, object]:
    return {"inputs": inputs, "out": str(out.resolve()), "out_mtime_ns": out.stat().st_mtime_ns,
            "links_checked": check_links, "versions": _versions()}


def record(build_dir: Path, inputs: str, out: Path, check_links: bool) -> None:
    (build_dir / RECORD).write_text(json.dumps(_stamp(inputs, out, check_links), ensure_ascii=False),
                                    encoding="utf-8")


def forget(build_dir: Path) -> None:
    (build_dir / RECORD).unlink(missing_ok=True)


def is_current(build_dir: Path, inputs: str, out: Path, check_links: bool) -> bool:
    """Whether `out` is the site the last build made from exactly these inputs (links checked if asked)."""
    try:
        saved = json.loads((build_dir / RECORD).read_text(encoding="utf-8"))
        now = _stamp(inputs, out, check_links)
    except (OSError, ValueError):
        return False
    if not isinstance(saved, dict):
        return False
    same = all(saved.get(key) == now[key] for key in ("inputs", "out", "out_mtime_ns", "versions"))
    return same and (saved.get("links_checked") is True or not check_links)
