"""MkDocs hook used only by `showcase serve`: regenerate the docs tree before each rebuild.

The logic stays in the pipeline; this file only calls it, so live reload works when zones/ or
content/ change.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from generator.contract.problems import format_text
from generator.pipeline import Inputs, check, generate_docs
from generator.site.search import index_site
from generator.site.table_cards import label_tables


def on_pre_build(config: Any) -> None:
    serve = config["extra"]["showcase_serve"]
    checked = check(Inputs(Path(serve["zones"]), Path(serve["content"])), date.fromisoformat(serve["today"]))
    if checked.has_errors:
        print(format_text(checked.problems), flush=True)
        print("有错误：预览仍显示上一次成功生成的内容。改正后保存，页面会自动刷新。", flush=True)
        return
    generate_docs(checked, Path(serve["build_dir"]))


def on_post_build(config: Any) -> None:
    label_tables(Path(config["site_dir"]))  # so the preview shows tables as the built site does
    index_site(Path(config["site_dir"]))  # so search works in the preview too
