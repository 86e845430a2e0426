"""YAML parsing that keeps the line of every key and explains the mistakes officials make most."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.problems import Problem

KeyPath = tuple[str | int, ...]

_TAB_INDENT = re.compile(r"^( *)\t")
# A Chinese input method's space (U+3000) or a no-break space pasted from a web page, used to indent.
_WIDE_INDENT = re.compile(r"^[ \t]*[\u3000\u00a0][ \t\u3000\u00a0]*")
_FULLWIDTH_COLON_KEY = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_]*)\s*：\s*")
_MAX_NODES = 100_000

_PROBLEM_TRANSLATIONS = {
    "mapping values are not allowed": (
        "这一行的值里有“冒号+空格”，YAML 把它当成了新的字段",
        "请给整个值加上英文双引号，例如 title: \"主题：内容\"",
    ),
    "could not find expected ':'": (
        "缺少冒号：字段名和值之间要用半角冒号加一个空格隔开",
        "请写成“字段名: 值”的形式",
    ),
    "did not find expected key": ("缩进不一致", "同一层的字段要对齐，缩进只用空格（建议每层两个空格）"),
    "did not find expected '-' indicator": ("列表项缩进不一致", "列表的每一项要对齐，并以“- ”开头"),
    "found unexpected end of stream": ("引号没有配对", "检查引号是否成对出现"),
    "found undefined alias": ("用了未定义的引用（*）", "以 * 开头的值需要加引号"),
    "exceeded maximum nesting depth": ("嵌套层数过多，无法读取", "请按模板的结构填写，不要一层套一层地缩进或加括号"),
    "found character that cannot start any token": (
        "这一行有 YAML 不允许出现在开头的字符（如 @、`、% 或 Tab）",
        "请给整个值加上英文双引号",
    ),
}


@dataclass
class ParsedYaml:
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def key_at(self, line: int) -> KeyPath:
        """The key written on `line`, or the nearest one above it (the deepest when several start there)."""
        above = [(found, len(path), path) for path, found in self.lines.items() if found <= line]
        return max(above, key=lambda entry: entry[:2])[2] if above else ()

    def line_of(self, path: KeyPath) -> int | None:
        """Line of the key at `path`, or of its nearest enclosing key."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return self.lines.get((), None)


_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """Safe loader that keeps dates as text, so one parser can explain every date mistake."""


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.Node) -> str:
    return str(loader.construct_scalar(node))  # type: ignore[arg-type]


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _lint_lines(text: str, path: Path, first_line: int) -> tuple[str, list[Problem]]:
    """Report tabs, full-width spaces used to indent and full-width colons by line; return the text repaired."""
    problems: list[Problem] = []
    repaired: list[str] = []
    for number, line in enumerate(text.split("\n"), start=first_line):
        tab = _TAB_INDENT.match(line)
        if tab:
            problems.append(Problem(path, number, "", "这一行用了制表符（Tab）缩进，YAML 不允许 Tab",
                                    "请把行首的 Tab 换成空格（每层两个空格）"))
            indent = len(line) - len(line.lstrip(" \t"))
            line = line[:indent].replace("\t", "  ") + line[indent:]
        wide = _WIDE_INDENT.match(line)
        if wide:
            problems.append(Problem(path, number, "", "这一行用了全角空格缩进，YAML 只认半角空格",
                                    "请删去行首的空白，用英文输入法下的空格重新缩进（每层两个空格）"))
            # Two full-width spaces are one level ("空两格"), as the official meant them.
            line = wide.group().replace("\u3000", " ").replace("\u00a0", " ").replace("\t", "  ") + line[wide.end():]
        colon = _FULLWIDTH_COLON_KEY.match(line)
        if colon:
            key = colon.group(2)
            problems.append(Problem(path, number, key, f"字段名“{key}”后面用了全角冒号“：”",
                                    f"请改成半角冒号加一个空格：{key}: "))
            line = f"{colon.group(1)}{key}: {line[colon.end():]}"
        repaired.append(line)
    return "\n".join(repaired), problems


def _record_lines(node: yaml.Node, path: KeyPath, offset: int, parsed: ParsedYaml,
                  problems: list[Problem], source: Path, budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        return
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1 + offset
            if key in seen:
                problems.append(Problem(source, line, key, f"字段“{key}”写了两次（第 {seen[key]} 行已有）",
                                        "请删除其中一处"))
            seen[key] = line
            parsed.lines[(*path, key)] = line
            _record_lines(value_node, (*path, key), offset, parsed, problems, source, budget)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            parsed.lines[(*path, index)] = item.start_mark.line + 1 + offset
            _record_lines(item, (*path, index), offset, parsed, problems, source, budget)


def _syntax_problem(error: yaml.YAMLError, path: Path, offset: int, text: str) -> Problem:
    if isinstance(error, yaml.reader.ReaderError):
        # Found by the character itself: the C reader gives its position in bytes, not characters.
        character = chr(error.character) if isinstance(error.character, int) else str(error.character)
        before = text[: max(text.find(character), 0)]
        return Problem(path, before.count("\n") + 1 + offset, "", "这一行含有看不见的控制字符",
                       "请删去这一行后重新输入；从其他软件复制的文字可能带有这类字符")
    mark = getattr(error, "problem_mark", None)
    line: int | None = mark.line + 1 + offset if mark is not None else None
    english = getattr(error, "problem", None) or str(error)
    for phrase, (message, hint) in _PROBLEM_TRANSLATIONS.items():
        if phrase in english:
            return Problem(path, line, "", f"YAML 格式错误：{message}", hint)
    return Problem(path, line, "", f"YAML 格式错误（{english}）",
                   "检查这一行及上一行的缩进、冒号和引号；含冒号或以特殊符号开头的值请加英文双引号")


def parse_yaml(text: str, path: Path, first_line: int = 1) -> tuple[ParsedYaml | None, list[Problem]]:
    """Parse one YAML document; `first_line` is the file line where `text` begins."""
    text, problems = _lint_lines(text, path, first_line)
    offset = first_line - 1
    try:
        loader = _Loader(text)
    except yaml.YAMLError as error:
        problems.append(_syntax_problem(error, path, offset, text))
        return None, problems
    try:
        node = loader.get_single_node()
        parsed = ParsedYaml(data=None)
        if node is not None:
            budget = [_MAX_NODES]
            _record_lines(node, (), offset, parsed, problems, path, budget)
            if budget[0] < 0:
                problems.append(Problem(path, None, "", "YAML 内容过于复杂（节点过多，可能是大量引用 & 和 *）",
                                        "请按模板逐项填写，不要使用 YAML 引用"))
                return None, problems
            parsed.lines[()] = node.start_mark.line + 1 + offset
            parsed.data = loader.construct_document(node)
    except yaml.YAMLError as error:
        problems.append(_syntax_problem(error, path, offset, text))
        return None, problems
    except RecursionError:
        problems.append(Problem(path, None, "", "YAML 嵌套层数过多，无法读取", "请按模板的结构填写"))
        return None, problems
    finally:
        loader.dispose()
    return parsed, problems
