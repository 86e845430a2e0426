"""One source for the rules: every check the validator makes is in the rulebook, has a case, and is in the guide."""

from __future__ import annotations

import ast
import html
import re
from pathlib import Path

import markdown
from pydantic import BaseModel, Field, ValidationError

from generator.contract import rulebook
from generator.load.explain import explain_validation
from generator.load.yaml_source import parse_yaml
from tests.conftest import ROOT, cog_check
from tests.test_validate_cases import CASES

GUIDE = ROOT / "content" / "pages" / "guide.md"
SHOWN_ID = re.compile(r"(?:错误|警告)\[([A-Z]\d\d)\]")
# A schema error that no input of today's contract produces: proven by its own test below.
FALLBACK = {rulebook.INVALID_VALUE.id}


def test_every_rule_has_a_case_that_shows_it() -> None:
    shown = {rule for case in CASES for expected in case.expected for rule in SHOWN_ID.findall(expected)}
    assert shown | FALLBACK == set(rulebook.RULES), (
        f"rules without a case in tests/test_validate_cases.py: {sorted(set(rulebook.RULES) - shown - FALLBACK)}; "
        f"cases of unknown rules: {sorted(shown - set(rulebook.RULES))}")


def test_an_unforeseen_schema_error_still_gets_chinese(tmp_path: Path) -> None:
    class Even(BaseModel):
        count: int = Field(multiple_of=2)

    parsed, _ = parse_yaml("count: 3\n", tmp_path / "x.yml")
    assert parsed is not None
    try:
        Even.model_validate(parsed.data)
    except ValidationError as error:
        [problem] = explain_validation(error, Even, parsed, tmp_path / "x.yml")
    assert problem.rule == rulebook.INVALID_VALUE.id and problem.line == 1 and problem.field == "count"
    assert problem.message.startswith("取值不对")


def test_the_guide_lists_every_rule_as_the_code_states_it() -> None:
    run = cog_check(GUIDE)
    assert run.code == 0, f"run `cog -r content/pages/guide.md`:\n{run.output}"
    page = markdown.markdown(GUIDE.read_text(encoding="utf-8"), extensions=["tables"])
    shown = {}
    for item in re.findall(r"<li><strong>([A-Z]\d\d)</strong>(.*?)</li>\s*</ul>", page, re.DOTALL):
        rule_id, rest = item
        text = [html.unescape(re.sub(r"<[^>]+>", "", part)).strip() for part in re.split(r"<li>", rest)]
        shown[rule_id] = text
    for rule in rulebook.RULES.values():  # as the reader sees it: the Markdown escaping must give back the text
        said, cause, fix = shown[rule.id]
        assert said == f"{rule.says}（{rule.severity_note or rule.severity.value}）", rule.id
        assert cause == f"常见原因：{rule.cause}" and fix == f"怎么改：{rule.remedy}", rule.id


def test_the_guide_names_only_rules_that_exist() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    named = set(SHOWN_ID.findall(text)) | set(re.findall(r"^- \*\*([A-Z]\d\d)\*\*", text, re.MULTILINE))
    assert named, "the guide shows no rule id"
    assert named <= set(rulebook.RULES), sorted(named - set(rulebook.RULES))


def test_problems_are_made_only_by_rules() -> None:
    makers = []
    for path in (ROOT / "generator").rglob("*.py"):
        if path.name in ("rulebook.py", "fingerprint.py"):  # the rulebook itself; a saved record read back
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "Problem":
                makers.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert makers == []


def test_each_rule_reads_as_a_sentence_in_the_guide() -> None:
    for rule in rulebook.RULES.values():
        assert rule.says and "{" not in rule.says and rule.cause and rule.remedy and "{" not in rule.remedy, rule.id
        assert rule.remedy.replace("……", "") and rule.says.replace("……", ""), rule.id
