"""Golden files: the Markdown generated for one zone folder, compared byte for byte.

Regenerate after an intended change with:  UPDATE_GOLDEN=1 pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from generator.pipeline import Inputs, check, generate_docs
from tests.conftest import CONTENT

GOLDEN = Path(__file__).parent / "golden"
ZONE = "220581-meihekou"


def test_generated_markdown_of_one_zone_matches_golden_files(tmp_path: Path) -> None:
    checked = check(Inputs(GOLDEN / "input" / "zones", CONTENT), date(2024, 3, 1))
    assert not checked.has_errors, checked.problems
    generate_docs(checked, tmp_path)
    produced = tmp_path / "docs" / "zones" / ZONE
    expected = GOLDEN / "expected" / ZONE
    if os.environ.get("UPDATE_GOLDEN"):
        expected.mkdir(parents=True, exist_ok=True)
        for old in expected.glob("*.md"):
            old.unlink()
        for path in produced.glob("*.md"):
            (expected / path.name).write_bytes(path.read_bytes())
    assert sorted(p.name for p in produced.glob("*.md")) == sorted(p.name for p in expected.glob("*.md"))
    for path in expected.glob("*.md"):
        assert (produced / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8"), path.name
