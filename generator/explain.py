"""Turn pydantic validation errors into Chinese problems that name the line, the field and the fix."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from generator.contract import REPORT_TYPES, nested_model
from generator.problems import Problem
from generator.yamlsource import ParsedYaml

Explainer = Callable[[ErrorDetails, type[BaseModel], tuple[Any, ...]], tuple[str, str]]


def dotted(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _title(model: type[BaseModel] | None, name: str) -> str:
    info = model.model_fields.get(name) if model else None
    return f"（{info.title}）" if info is not None and info.title else ""


def _written(error: ErrorDetails) -> str:
    value = error.get("input")
    return "" if isinstance(value, dict | list) else f"“{value}”"


def _missing(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, str]:
    parent = nested_model(model, loc[:-1])
    name = str(loc[-1])
    return f"缺少必填字段 {name}{_title(parent, name)}", "请按模板补上这一项"


def _extra(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, str]:
    parent = nested_model(model, loc[:-1])
    name = str(loc[-1])
    valid = list(parent.model_fields) if parent else []
    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.5)
    hint = f"是不是想写 {close[0]}？" if close else ""
    return f"未知字段“{name}”", hint + "可用的字段：" + "、".join(valid)


def _date(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, str]:
    context = error.get("ctx") or {}
    suggestion = context.get("suggestion")
    if suggestion:
        return str(context["reason"]), f"日期请写成 YYYY-MM-DD：{suggestion}"
    return str(context.get("reason", "日期不对")), "日期请写成 YYYY-MM-DD，如 2020-03-01"


def _literal(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, str]:
    written = str(error.get("input"))
    if loc and loc[-1] == "type":
        by_label = [key for key, label in REPORT_TYPES.items() if written in (label, label.removeprefix("年度"))]
        close = by_label or difflib.get_close_matches(written, list(REPORT_TYPES), n=1, cutoff=0.5)
        choices = "、".join(f"{key}（{label}）" for key, label in REPORT_TYPES.items())
        guess = f"是不是想写 {close[0]}？类型要写英文。" if close else ""
        return f"未知的报告类型“{written}”", f"{guess}可用的类型：{choices}"
    expected = (error.get("ctx") or {}).get("expected", "")
    return f"取值“{written}”不在允许范围内", f"可选：{expected}"


def _simple(message: str, hint: str) -> Explainer:
    def explain(error: ErrorDetails, model: type[BaseModel], loc: tuple[Any, ...]) -> tuple[str, str]:
        context = error.get("ctx") or {}
        return message.format(written=_written(error), **context), hint.format(**context)

    return explain


_BOOL_HINTS = {
    "sample": "示例数据填 true，正式数据填 false",
    "draft": "还没写完填 true（不公开）；写完后删去 draft 这一行",
    "allow_personal_data": "确需公开个人信息且已经审核同意时填 true，否则删去这一行",
}


def _bool_hint(loc: tuple[Any, ...]) -> str:
    return _BOOL_HINTS.get(str(loc[-1]) if loc else "", "只能写英文小写的 true 或 false，不要写“是”“否”")


_EXPLAINERS: dict[str, Explainer] = {
    "missing": _missing,
    "extra_forbidden": _extra,
    "date_format": _date,
    "literal_error": _literal,
    "unknown_topic": _simple("未知的选题编号“{topic}”", "{guess}选题编号要加英文引号，可用的编号：{valid}"),
    "hidden_character": _simple("含有看不见的字符：{where}",
                                "请删去这一项重新输入；从网页、微信或其他软件复制的文字常带有这类字符"),
    "summary_length": lambda error, model, loc: (error["msg"], "请增删文字，使简介长度合适"),
    "month_day": _simple("{written}不是有效的“月-日”", "请写成两位月份、短横线、两位日期，并加英文引号，如 \"01-31\""),
    "string_type": _simple("应当是一段文字，现在是{written}", "文字可以直接写；以符号开头时请加英文双引号"),
    "string_too_short": _simple("内容太短（至少 {min_length} 个字）", "请写完整"),
    "string_too_long": _simple("内容太长（最多 {max_length} 个字）", "请精简文字"),
    "string_pattern_mismatch": _simple("格式不对：{written}", "办公电话请写区号加号码，如 0431-88888888"),
    "int_type": _simple("应当是整数，现在是{written}", "只写数字，如 2019"),
    "int_parsing": _simple("应当是整数，现在是{written}", "只写数字，如 2019（不要写“年”）"),
    "int_from_float": _simple("应当是整数，现在是{written}", "只写整数，如 2019"),
    "float_type": _simple("应当是数字，现在是{written}", "如 125.35"),
    "float_parsing": _simple("应当是数字，现在是{written}", "如 125.35"),
    "bool_type": lambda error, model, loc: (f"应当是 true 或 false，现在是{_written(error)}", _bool_hint(loc)),
    "bool_parsing": lambda error, model, loc: (f"应当是 true 或 false，现在是{_written(error)}", _bool_hint(loc)),
    "list_type": _simple("应当是列表，现在是{written}", "写成 [\"1-1\", \"2-3\"] 或每行一项“- ”"),
    "too_short": _simple("至少要有 {min_length} 项", "请补充"),
    "too_long": _simple("最多 {max_length} 项，现在有 {actual_length} 项", "请删去多余的项"),
    "greater_than_equal": _simple("取值{written}太小（不能小于 {ge}）", "请检查"),
    "less_than_equal": _simple("取值{written}太大（不能大于 {le}）", "请检查"),
    "model_type": _simple("这里应当是一组“字段: 值”", "请按模板的缩进填写下一级字段"),
    "model_attributes_type": _simple("这里应当是一组“字段: 值”", "请按模板的缩进填写下一级字段"),
}


def explain_validation(error: ValidationError, model: type[BaseModel], parsed: ParsedYaml,
                       path: Path) -> list[Problem]:
    problems = []
    for detail in error.errors(include_url=False):
        loc = tuple(detail["loc"])
        explainer = _EXPLAINERS.get(detail["type"])
        if explainer is None:
            message, hint = f"取值不对：{detail['msg']}", "请对照模板检查"
        else:
            message, hint = explainer(detail, model, loc)
        problems.append(Problem(path, parsed.line_of(loc), dotted(loc), message, hint))
    return problems
