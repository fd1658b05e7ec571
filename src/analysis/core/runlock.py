"""One run at a time per project: a lock file in data/processed held by the operating system.

The lock is an OS lock on an open file (lockf on Linux and macOS, msvcrt on Windows), so it is
released when the process ends however it ends: a killed run leaves no stale lock. Processes
started by the holder (the notebooks' kernels) inherit the right to go on through an
environment variable.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_FILE = ".run.lock"
HOLDER_ENV = "ANALYSIS_RUN_LOCK_HOLDER"


class RunLocked(Exception):
    """Another run holds the project's lock; the message is in Vietnamese."""


def _try_lock(handle) -> bool:
    """Take the OS lock on an open file without waiting; False when someone holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # not inherited by fork
    except OSError:
        return False
    return True


def _holder(handle) -> str:
    """Who holds the lock, as its holder wrote it (unreadable while locked on Windows)."""
    try:
        handle.seek(0)
        return handle.read().strip() or "không rõ tiến trình nào"
    except OSError:
        return "không rõ tiến trình nào"


@contextmanager
def run_lock(folder: Path) -> Iterator[None]:
    """Hold the lock of `folder` for the duration; RunLocked when another run holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_FILE
    holder = os.environ.get(HOLDER_ENV)
    if holder and Path(holder) == path.resolve():
        yield  # started by the run that holds the lock (a notebook's kernel)
        return
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held until the end
    try:
        if not _try_lock(handle):
            who = _holder(handle)
            raise RunLocked(
                f"Một lần chạy khác đang dùng thư mục {folder} ({who}). Hãy đợi lần chạy đó "
                "xong rồi chạy lại; không chạy hai lệnh analysis cùng lúc trên một dự án."
            )
        started = dt.datetime.now().strftime("%H:%M:%S %d/%m/%Y")
        handle.seek(0)
        handle.truncate()
        handle.write(f"tiến trình {os.getpid()}, bắt đầu lúc {started}")
        handle.flush()
        previous = os.environ.get(HOLDER_ENV)
        os.environ[HOLDER_ENV] = str(path.resolve())
        try:
            yield
        finally:
            if previous is None:
                os.environ.pop(HOLDER_ENV, None)
            else:
                os.environ[HOLDER_ENV] = previous
    finally:
        handle.close()
