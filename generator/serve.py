"""`showcase serve`: build the site into a folder of its own, serve that folder, and build again whenever an
input changes.

Nothing runs inside the static site generator, so any generator behind `StaticSiteGenerator` previews the
same way. This process polls the modification times of the inputs (zones/, content/, the base configuration
and the generator's theme overrides; polling needs no dependency and works on every file system, network and
container mounts included), and on a change runs the same pipeline as `showcase build`: the preview has the
search index and the table labels of the published site, and a new site is swapped in only when it is
complete. With bad input it prints the problems and keeps serving the last good site. Builds run in the main
thread, so a build's child process ends with a stop (Ctrl-C or SIGTERM) and with the death of `showcase`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from types import FrameType

from generator import pipeline
from generator.contract.problems import format_text
from generator.contract.sinks import for_terminal
from generator.site.dev_server import PreviewServer
from generator.site.ssg import StaticSiteGenerator
from generator.write.files import BuildLocked

POLL_SECONDS = 0.5
Snapshot = dict[str, tuple[int, int]]


def _say(text: str) -> None:
    print(text, flush=True)


def _files(root: Path) -> Iterator[str]:
    if root.is_file():
        yield str(root)
        return
    for folder, folders, names in os.walk(root):
        folders[:] = [name for name in folders if name != "__pycache__"]
        yield from (os.path.join(folder, name) for name in names)


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """Modification time and size of every file under these folders (or of these files)."""
    files: Snapshot = {}
    for root in paths:
        for path in _files(root):
            try:
                stat = os.stat(path)
            except OSError:  # removed while we looked: the next look sees it gone
                continue
            files[path] = (stat.st_mtime_ns, stat.st_size)
    return files


@contextlib.contextmanager
def _sigterm_stops() -> Iterator[None]:
    """SIGTERM stops the preview as Ctrl-C does: the build under way kills its child and waits for it."""
    def stop(number: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Preview:
    def __init__(self, inputs: pipeline.Inputs, today: date, build_dir: Path, base_config: Path,
                 ssg: StaticSiteGenerator) -> None:
        self.inputs, self.today, self.base_config, self.ssg = inputs, today, base_config, ssg
        self.build_dir = build_dir / "serve"  # its own folder: a later `showcase build` must not reuse it
        self.site = self.build_dir / "preview"
        self.watched = [inputs.zones, inputs.content, base_config, *ssg.watched]

    def build(self) -> pipeline.BuildResult | None:
        """Build into the served folder; None when another build holds the folder."""
        try:
            return pipeline.build(self.inputs, self.today, self.build_dir, self.base_config, self.site, ssg=self.ssg)
        except BuildLocked as locked:
            _say(f"{locked.folder}: 错误: 另一个预览正在写入这个文件夹。请先停止它，或用 --build-dir 另指一个文件夹。")
            return None


def _report(result: pipeline.BuildResult) -> None:
    if result.problems:
        _say(format_text(result.problems, Path.cwd()).rstrip("\n"))


def serve(inputs: pipeline.Inputs, today: date, build_dir: Path, base_config: Path, address: tuple[str, int],
          ssg: StaticSiteGenerator) -> int:
    preview = Preview(inputs, today, build_dir, base_config, ssg)
    try:
        server = PreviewServer(preview.site, address)
    except OSError as error:
        _say(f"错误: 无法在 {address[0]}:{address[1]} 上启动预览（{error.strerror or error}）。"
             "这个端口可能已被占用，请用 --addr 换一个，如 --addr 127.0.0.1:8001。")
        return 1
    try:
        with _sigterm_stops():
            seen = snapshot(preview.watched)
            first = preview.build()
            if first is None:
                return 1
            _report(first)
            if first.has_errors:
                _say("有错误，无法预览；请先改正。")
                return 1
            if not first.ok:
                _say(for_terminal(first.ssg_output, keep_lines=True))
                _say("错误: 生成网站失败（见上方输出）。")
                return 1
            server.start()
            _say(f"预览地址：{server.url}（保存 {inputs.zones} 或 {inputs.content} 中的改动后自动重新生成，"
                 "打开的页面随之刷新；按 Ctrl+C 停止）")
            while True:
                time.sleep(POLL_SECONDS)
                now = snapshot(preview.watched)
                if now == seen:
                    continue
                _say("检测到改动，正在重新生成预览……")
                result = preview.build()
                if result is None:
                    continue  # `seen` stays old: try again at the next look
                seen = now  # what changed during the build is seen at the next look
                _report(result)
                if result.has_errors:
                    _say("有错误：预览仍显示上一次成功生成的内容。改正后保存，页面会自动刷新。")
                elif not result.ok:
                    _say(result.ssg_output)
                    _say("错误: 生成网站失败（见上方输出）；预览仍显示上一次成功生成的内容。")
                else:
                    server.published()
                    _say(f"预览已更新：实验区 {result.summary['zones']} 个，报告 {result.summary['reports']} 篇。")
    except KeyboardInterrupt:
        _say("预览已停止。")
        return 0
    finally:
        server.close()
        sys.stdout.flush()
