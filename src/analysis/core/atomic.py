"""Atomic file writes: write beside the target, then rename, so a crash never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def _umask() -> int:
    """The process's file-creation mask (read by setting and restoring it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces `target` atomically."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def remove_stale_temp_files(folder: Path) -> int:
    """Delete temporary files a killed run left behind in `folder` (and below)."""
    stale = list(folder.rglob(".*.tmp")) if folder.exists() else []
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


def write_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """Call `write(tmp_path)` and move the result onto `target` only if it succeeded."""
    with atomic_path(target) as tmp:
        write(tmp)
