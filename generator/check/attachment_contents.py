"""What an attachment's bytes are, against what its extension claims: its first bytes, and for the Office
formats of 2007 on (OOXML: a ZIP) the names in the ZIP's directory, which sits at the end of the file.

Officials' systems often export an HTML table as “.xls”, and a web page renamed “.pdf” or “.docx” opens in
some programs on their own PC; on the site it would be served as what its name says."""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path

HEAD_BYTES = 1024

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word, Excel and PowerPoint 97-2003 (and WPS) files
ZIP_HEADS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OOXML_PART = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}  # the folder of the main document in the ZIP
_OOXML_NAME = {"word/": "Word 文档（docx）", "xl/": "Excel 表格（xlsx）", "ppt/": "PowerPoint 演示文稿（pptx）"}
_HTML = re.compile(rb"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|table|div|title)\b", re.I | re.S)

_SIGNATURES: tuple[tuple[tuple[bytes, ...], str], ...] = (
    ((b"%PDF-",), "PDF 文件"),
    ((OLE,), "旧版 Office 文件（doc、xls 或 ppt）"),
    (ZIP_HEADS, "压缩包（zip）"),
    ((b"\x89PNG\r\n\x1a\n",), "PNG 图片"),
    ((b"\xff\xd8\xff",), "JPG 图片"),
    ((b"GIF87a", b"GIF89a"), "GIF 图片"),
    ((b"{\\rtf",), "RTF 文档"),
    ((b"MIME-Version:",), "单个文件网页（mht）"),
    ((b"<?xml",), "XML 文件（如“Word 2003 XML 文档”）"),
    ((b"MZ",), "程序（exe）"),
    ((b"Rar!",), "RAR 压缩包"),
    ((b"7z\xbc\xaf\x27\x1c",), "7z 压缩包"),
)


def seems(path: Path, kind: str) -> str | None:
    """What the file seems to be when that is not what the extension `kind` claims, else None."""
    with path.open("rb") as file:
        head = file.read(HEAD_BYTES)
    bare = head.removeprefix(b"\xef\xbb\xbf")
    if kind == "pdf":
        # readers accept a PDF header anywhere in the first kilobyte, as some scanners write it
        return None if b"%PDF-" in head else _name(bare)
    if kind in ("doc", "xls", "ppt"):
        return None if head.startswith(OLE) else _name(bare)
    if kind == "zip":
        return None if head.startswith(ZIP_HEADS) else _name(bare)
    if kind in _OOXML_PART:
        if not head.startswith(ZIP_HEADS):
            return _name(bare)
        part = _ooxml_part(path)
        if part == _OOXML_PART[kind]:
            return None
        return _OOXML_NAME.get(part, "普通压缩包（zip），不是 Office 文件") if part is not None else "损坏的压缩包"
    return None  # images are read by the image checks


def _name(head: bytes) -> str:
    for heads, name in _SIGNATURES:
        if head.startswith(heads):
            return name
    if _HTML.match(head):
        return "网页（HTML）"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head)  # the kilobyte may end inside a character
    except UnicodeDecodeError:
        return "其他类型的文件"
    return "纯文本"


def _ooxml_part(path: Path) -> str | None:
    """The main document's folder of an Office ZIP, "" for a ZIP without [Content_Types].xml, None if broken."""
    try:
        with zipfile.ZipFile(path) as archive:  # reads the directory only, never a member
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "[Content_Types].xml" not in names:
        return ""
    return next((part for part in _OOXML_NAME if any(name.startswith(part) for name in names)), "")


_PROGRAMS = {"pdf": "原来的软件", "doc": "Word 或 WPS", "docx": "Word 或 WPS", "xls": "Excel 或 WPS 表格",
             "xlsx": "Excel 或 WPS 表格", "ppt": "PowerPoint 或 WPS 演示", "pptx": "PowerPoint 或 WPS 演示"}


def how_to_fix(kind: str) -> str:
    """The hint for a file whose contents are not its extension's."""
    if kind == "pdf":
        return "请用原来的软件（Word、WPS、浏览器等）“导出为 PDF”或“打印为 PDF”，再上传真正的 PDF 文件；只改扩展名不行"
    if kind == "zip":
        return "请用压缩软件重新压缩成 zip 文件再上传；只改扩展名不行"
    return f"请用 {_PROGRAMS[kind]} 打开这个文件，“另存为”.{kind} 格式（或导出为 PDF）再上传；只改扩展名不行"
