"""Skip the generator stage when nothing it reads has changed since the last build into the same folder.

The fingerprint covers every byte the generator reads (zones/, content/, the base configuration of the static
site generator), the generator's own code and templates, the build date, which static site generator
the configuration is written for; the saved problems are replayed so the output is the same. The record also
says whether the tree links the 经验汇编 PDFs, which depends on the machine, not on the inputs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.contract.problems import Problem, Severity

PACKAGE = Path(__file__).parents[1]  # the whole generator package
RECORD = "generator-inputs.json"


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file()) if folder.is_dir() else []


def fingerprint(zones: Path, content: Path, base_config: Path, today: date, site_dir: Path, site_url: str,
                ssg_name: str) -> str:
    digest = hashlib.sha256(f"{today.isoformat()} {site_dir.resolve()} {site_url} {ssg_name}".encode())
    for root in (zones, content, PACKAGE):
        for path in _files(root):
            if "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(root)).encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(base_config.read_bytes() if base_config.is_file() else b"")
    return digest.hexdigest()


@dataclass(frozen=True)
class Saved:
    problems: list[Problem]
    summary: dict[str, int]
    links_pdf: bool  # the tree was written on a machine that prints the 经验汇编 PDFs


def save(build_dir: Path, value: str, problems: list[Problem], summary: dict[str, int], links_pdf: bool) -> None:
    record = {"fingerprint": value, "summary": summary, "links_pdf": links_pdf, "problems": [
        {"path": str(p.path), "line": p.line, "field": p.field, "message": p.message, "hint": p.hint,
         "severity": p.severity.name, "rule": p.rule} for p in problems]}
    (build_dir / RECORD).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def forget(build_dir: Path) -> None:
    (build_dir / RECORD).unlink(missing_ok=True)


def load(build_dir: Path, value: str, config_file: Path) -> Saved | None:
    """The saved problems and summary when the last build read exactly these inputs (and its docs tree and
    derived configuration `config_file` are still there)."""
    try:
        record = json.loads((build_dir / RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("fingerprint") != value or not (build_dir / "docs").is_dir() or not config_file.is_file():
        return None
    try:
        problems = [Problem(Path(p["path"]), p["line"], p["field"], p["message"], p["hint"], Severity[p["severity"]],
                            p["rule"]) for p in record["problems"]]
        return Saved(problems, record["summary"], bool(record["links_pdf"]))
    except (KeyError, TypeError):  # a record from an older version: build again
        return None
