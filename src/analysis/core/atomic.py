"""Atomic file writes: write beside the target, then rename, so a crash never leaves half a file."""

from __future__ import annotations

import os
import tempfile
import time
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


STALE_AFTER_SECONDS = 3600  # a temp file untouched this long belongs to no live run


def remove_stale_temp_files(folder: Path, older_than: float = STALE_AFTER_SECONDS) -> int:
    """Delete temporary files a killed run left behind in `folder` (and below).

    Only files untouched for `older_than` seconds go: another run's file in flight is recent.
    """
    now = time.time()
    removed = 0
    for path in folder.rglob(".*.tmp") if folder.exists() else []:
        try:
            if now - path.stat().st_mtime >= older_than:
                path.unlink()
                removed += 1
        except OSError:  # gone meanwhile, or held open by another program
            continue
    return removed


def write_atomically(target: Path, write: Callable[[Path], object]) -> None:
    """Call `write(tmp_path)` and move the result onto `target` only if it succeeded."""
    with atomic_path(target) as tmp:
        write(tmp)
