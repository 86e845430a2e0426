"""zones/selections.yml to its model (contract/selections.py), with the line of every key for the checks.

The file is optional: without it the province has chosen nothing yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from generator.contract.problems import Problem
from generator.contract.selections import SELECTIONS_FILE, Selections
from generator.load.explain import explain_validation
from generator.load.reference import MAX_REFERENCE_BYTES
from generator.load.text_file import read_text_file
from generator.load.yaml_source import ParsedYaml, parse_yaml


@dataclass(frozen=True)
class SelectionsSource:
    path: Path
    data: Selections
    lines: ParsedYaml = field(default_factory=lambda: ParsedYaml(None))


def load_selections(zones_dir: Path) -> tuple[SelectionsSource | None, list[Problem]]:
    """The province's choices; an empty set when the file does not exist, None when it cannot be read."""
    path = zones_dir / SELECTIONS_FILE
    if not path.is_file() and not path.is_symlink():
        return SelectionsSource(path, Selections()), []
    text, problems = read_text_file(path, MAX_REFERENCE_BYTES, "只写典型案例和推荐理由；长篇材料请作为报告提交")
    if text is None:
        return None, problems
    parsed, yaml_problems = parse_yaml(text, path)
    problems += yaml_problems
    if parsed is None:
        return None, problems
    try:
        return SelectionsSource(path, Selections.model_validate(parsed.data or {}), parsed), problems
    except ValidationError as error:
        return None, problems + explain_validation(error, Selections, parsed, path)
