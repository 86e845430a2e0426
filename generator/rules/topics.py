"""Topic ids must come from the reference topic list."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path

from generator.problems import Problem
from generator.reference import Reference
from generator.yamlsource import ParsedYaml


def check_topic_ids(topics: Sequence[str], lines: ParsedYaml, path: Path,
                    reference: Reference) -> list[Problem]:
    known = reference.topic_index()
    problems = []
    seen: set[str] = set()
    for index, topic in enumerate(topics):
        line = lines.line_of(("topics", index))
        if topic in seen:
            problems.append(Problem(path, line, "topics", f"选题“{topic}”重复", "请删去重复的一项"))
        seen.add(topic)
        if topic not in known:
            close = difflib.get_close_matches(topic, list(known), n=1, cutoff=0.6)
            guess = f"是不是想写 \"{close[0]}\"？" if close else ""
            valid = "、".join(f"{key} {topic.name}" for key, (_, topic) in known.items())
            problems.append(Problem(path, line, "topics", f"未知的选题编号“{topic}”",
                                    f"{guess}选题编号要加英文引号，可用的编号：{valid}"))
    return problems
