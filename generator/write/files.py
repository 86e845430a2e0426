"""Writing the docs tree (only files whose bytes changed) and swapping a finished site into place."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import filelock

if TYPE_CHECKING:  # the lock and the swap, used by every build, need neither Pillow nor the docs tree
    from generator.load.images import Picture
    from generator.render.docs_tree import DocsTree

# Creating thousands of small files is the file system's work, not Python's: threads overlap it
# (a first build of 7,100 pages wrote its files about 3 times faster with 8 than with 1).
WRITERS = 8
PICTURE_CACHE = "pictures"


@dataclass(frozen=True)
class WriteStats:
    written: int
    unchanged: int
    removed: int


class BuildLocked(Exception):
    """Another build is writing the same folder (the output or the build folder)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(str(folder))
        self.folder = folder


def _write_if_changed(target: Path, data: bytes, existing: set[Path]) -> bool:
    if target in existing:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, target)  # readers of the docs tree (a generator's own watcher) never see half a file
        return True
    target.write_bytes(data)
    return True


def write_changed(files: dict[Path, str]) -> list[Path]:
    """Write the text files whose content differs (creating folders); return those written."""
    written = []
    for path, text in files.items():
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def _bytes_of(content: bytes | Path | tuple[Picture, int], picture_cache: Path) -> bytes:
    if isinstance(content, tuple):
        from generator.write.pictures import encoded

        # read back from the cache that measuring the images filled; encoded again only if it was emptied since
        return encoded(*content, cache=picture_cache)
    return content.read_bytes() if isinstance(content, Path) else content


def write_tree(root: Path, tree: DocsTree) -> WriteStats:
    """Make `root` hold exactly the tree, touching only the files that differ.

    Images re-encoded for the site are kept beside `root` (PICTURE_CACHE), outside the tree it writes."""
    picture_cache = root.parent / PICTURE_CACHE
    wanted: dict[str, bytes | Path | tuple[Picture, int]] = {
        **tree.copies, **tree.blobs, **tree.pictures, **{k: v.encode("utf-8") for k, v in tree.texts.items()}}
    existing = {path for path in root.rglob("*") if path.is_file()} if root.is_dir() else set()
    for folder in sorted({(root / relative).parent for relative in wanted}):
        folder.mkdir(parents=True, exist_ok=True)

    def write(item: tuple[str, bytes | Path | tuple[Picture, int]]) -> bool:
        relative, content = item
        return _write_if_changed(root / relative, _bytes_of(content, picture_cache), existing)

    with ThreadPoolExecutor(WRITERS) as pool:
        changed = list(pool.map(write, wanted.items()))
    written = sum(changed)
    unchanged = len(changed) - written
    removed = 0
    for path in existing:
        if path.relative_to(root).as_posix() not in wanted:
            path.unlink()
            removed += 1
    for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True) if removed else ():
        if not any(folder.iterdir()):
            folder.rmdir()
    return WriteStats(written, unchanged, removed)


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Refuse a second build that writes the same folder while one is running.

    The operating system's lock (flock, or LockFileEx on Windows) ends with the process that holds it,
    so a killed build never leaves the folder locked."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(folder.parent / f".{folder.name}.lock", timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise BuildLocked(folder) from None
    try:
        yield
    finally:
        lock.release()


def recover_interrupted_swap(out: Path) -> None:
    """A build killed between the two renames of a swap leaves only the retired site: put it back."""
    retired = out.parent / f".{out.name}.old"
    if retired.is_dir() and not out.exists():
        os.replace(retired, out)


def staging_folder(out: Path) -> Path:
    staging = out.parent / f".{out.name}.new"
    shutil.rmtree(staging, ignore_errors=True)
    return staging


def move_folder(source: Path, target: Path) -> None:
    """Move a finished site next to the output folder; copied when the two are on different disks."""
    try:
        os.replace(source, target)
    except OSError:
        shutil.move(source, target)


def swap_into_place(staging: Path, out: Path) -> None:
    """Replace `out` by the finished `staging` folder; readers see the old site or the new, never a mix."""
    retired = out.parent / f".{out.name}.old"
    shutil.rmtree(retired, ignore_errors=True)
    if out.exists():
        os.replace(out, retired)
    os.replace(staging, out)
    shutil.rmtree(retired, ignore_errors=True)
