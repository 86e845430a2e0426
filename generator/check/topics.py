"""Topic ids of one zone or report are listed once each (unknown ids are caught by the contract)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.yaml_source import ParsedYaml


def check_topic_ids(topics: Sequence[str], lines: ParsedYaml, path: Path) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for index, topic in enumerate(topics):
        if topic in seen:
            problems.append(rulebook.DUPLICATE_TOPIC.at(path, lines.line_of(("topics", index)), "topics", topic=topic))
        seen.add(topic)
    return problems
