"""The preface of the yearly 经验汇编: content/experience-preface.md, which the province edits.

Front matter is optional; `sample: true` marks the text as sample text (the page and the PDF then show the
示例数据 notice, as sample zones do). `{year}` in the text stands for the compendium's year.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.contract import rulebook
from generator.contract.problems import Problem
from generator.load.text_file import decode
from generator.load.yaml_source import parse_yaml
from generator.load.zone_folders import split_front_matter

PREFACE = "experience-preface.md"


@dataclass(frozen=True)
class Preface:
    text: str  # Markdown, trusted as the other hand-written pages of content/ are
    sample: bool = False

    def for_year(self, year: int) -> str:
        return self.text.replace("{year}", str(year))


def load_preface(content: Path) -> tuple[Preface | None, list[Problem]]:
    path = content / PREFACE
    if not path.is_file():
        return None, []
    text, problems = decode(path.read_bytes(), path)
    if text is None:
        return None, problems
    if not text.startswith("---"):
        return Preface(text.strip()), problems
    split = split_front_matter(text, path)
    if isinstance(split, Problem):
        return None, [*problems, split]
    front, body, _ = split
    parsed, found = parse_yaml(front, path, first_line=2)
    problems += found
    sample = parsed.data.get("sample", False) if parsed is not None and isinstance(parsed.data, dict) else False
    if not isinstance(sample, bool):
        assert parsed is not None
        problems.append(rulebook.PREFACE_SAMPLE.at(path, parsed.line_of(("sample",)), "sample"))
        sample = False
    return Preface(body.strip(), sample), problems
