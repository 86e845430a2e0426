"""Bytes of a hand-edited file to text: BOMs, GBK and UTF-16 from Windows editors, binary files."""

from __future__ import annotations

import codecs
from pathlib import Path

from generator.problems import Problem

RESAVE_HINT = "请用编辑器把文件“另存为”UTF-8 编码（记事本：文件 → 另存为 → 编码选“UTF-8”；WPS/VS Code 同理）后再提交"


def read_text_file(path: Path, limit: int, too_large_hint: str) -> tuple[str | None, list[Problem]]:
    """Read a hand-edited text file no larger than `limit` bytes, refusing links and oversized files."""
    if path.is_symlink():
        return None, [Problem(path, None, "", "这是一个符号链接，不是普通文件", "请上传文件本身，不要使用链接")]
    size = path.stat().st_size
    if size > limit:
        return None, [Problem(path, None, "", f"文件有 {_size(size)}，超过 {_size(limit)} 的上限", too_large_hint)]
    return decode(path.read_bytes(), path)


def _size(size: int) -> str:
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{size / 1024:.0f} KB"


def decode(raw: bytes, path: Path) -> tuple[str | None, list[Problem]]:
    """Decode a file as UTF-8 (a UTF-8 BOM is dropped silently); explain any other encoding."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, [Problem(path, None, "", "文件是 UTF-16 编码，本站只接受 UTF-8 编码", RESAVE_HINT)]
    if not raw.strip():
        return None, [Problem(path, None, "", "文件是空的", "请按模板填写内容，或删除这个文件")]
    if b"\x00" in raw:
        return None, [
            Problem(path, None, "", "文件含有空字节，不是文本文件（可能是 Word、图片或 UTF-16 文件）",
                    "报告和 zone.yml 必须是纯文本 UTF-8 文件；附件请放在 media/ 文件夹")
        ]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return None, [Problem(path, line, "", "文件不是 UTF-8 编码，无法读取", RESAVE_HINT)]
    return None, [Problem(path, line, "", "文件是 GBK（Windows“ANSI”）编码，本站只接受 UTF-8 编码", RESAVE_HINT)]
