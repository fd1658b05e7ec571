"""A SQLite cache of what the classifier computed per text: tokens and labels.

Tokens are keyed by a hash of the prepared text and underthesea's version; labels by a hash of
the raw text and the classifier's fingerprint (see `analysis.classify.table`), so a retrained
model or an edited lexicon never serves stale labels.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

SEPARATOR = "\x1f"
_CHUNK = 900  # SQLite's limit on parameters per statement is 999


def digest(*parts: str) -> str:
    """A hex hash of the given strings."""
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()


class Cache:
    """Tokens and labels per text, stored in one SQLite file.

    The cache is disposable: a damaged file (a copy cut short, an antivirus quarantine) is
    deleted and rebuilt, and `notice` says so in Vietnamese for the caller to show.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.notice: str | None = None
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)

    def _open(self) -> sqlite3.Connection:
        """Connect and make sure both tables exist (reads the file: fails if it is damaged)."""
        db = sqlite3.connect(self.path)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS tokens (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS labels2 (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("SELECT count(*) FROM labels2 WHERE key = ''").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _rebuild(self, exc: sqlite3.DatabaseError) -> None:
        """Delete the damaged cache files and start an empty cache (a busy one is left alone)."""
        if isinstance(exc, sqlite3.OperationalError):  # locked or unopenable: not damage
            raise exc
        if getattr(self, "_db", None) is not None:
            self._db.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self._db = self._open()
        self.notice = (
            f"Bộ nhớ đệm phân loại {self.path.name} bị hỏng nên đã được xóa và tạo lại; "
            "kết quả không đổi, chỉ lần chạy này chậm hơn."
        )

    def _get(self, table: str, keys: Iterable[str]) -> dict[str, str]:
        """Stored values of the given keys (missing keys are absent; none if the file broke)."""
        found: dict[str, str] = {}
        keys = list(keys)
        try:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start : start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                query = f"SELECT key, value FROM {table} WHERE key IN ({marks})"
                found.update(self._db.execute(query, chunk))
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)
            return {}
        return found

    def _put(self, table: str, items: dict[str, str]) -> None:
        """Store values, in one transaction (into a rebuilt cache if the file broke)."""
        sql = f"INSERT OR REPLACE INTO {table} VALUES (?, ?)"
        try:
            with self._db:
                self._db.executemany(sql, items.items())
        except sqlite3.DatabaseError as exc:
            self._rebuild(exc)
            with self._db:
                self._db.executemany(sql, items.items())

    def get_tokens(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """Cached tokens by key."""
        return {k: v.split(SEPARATOR) if v else [] for k, v in self._get("tokens", keys).items()}

    def put_tokens(self, items: dict[str, list[str]]) -> None:
        """Store tokens by key."""
        self._put("tokens", {k: SEPARATOR.join(v) for k, v in items.items()})

    def get_labels(self, keys: Iterable[str]) -> dict[str, tuple]:
        """Cached classifier outputs by key, as tuples (compact for a million texts)."""
        return {k: tuple(json.loads(v)) for k, v in self._get("labels2", keys).items()}

    def put_labels(self, items: dict[str, tuple]) -> None:
        """Store classifier outputs by key."""
        self._put("labels2", {k: json.dumps(v, ensure_ascii=False) for k, v in items.items()})

    def close(self) -> None:
        """Close the database."""
        self._db.close()
