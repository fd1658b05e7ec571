"""underthesea word tokens with a disk cache, so a rerun only tokenizes new or changed texts.

Tokenization dominates the classifier's time. Each distinct text is tokenized once per run;
the results are kept in a SQLite file keyed by a hash of the text (and underthesea's version);
large batches are split over the machine's cores.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sqlite3
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import underthesea
from underthesea import word_tokenize

SEPARATOR = "\x1f"
PARALLEL_FROM = 400  # below this many new texts, starting workers costs more than it saves


def text_key(text: str) -> str:
    """Cache key of a text: its hash, tied to the tokenizer's version."""
    return hashlib.sha1(f"{underthesea.__version__}\n{text}".encode()).hexdigest()


class TokenCache:
    """A SQLite table of text hash -> tokens; writes go in one transaction per batch."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS tokens (key TEXT PRIMARY KEY, tokens TEXT)")

    def get_many(self, keys: Iterable[str]) -> dict[str, list[str]]:
        """Cached tokens of the given keys (missing keys are absent)."""
        found: dict[str, list[str]] = {}
        keys = list(keys)
        for start in range(0, len(keys), 900):
            chunk = keys[start : start + 900]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT key, tokens FROM tokens WHERE key IN ({marks})"
            for key, joined in self._db.execute(query, chunk):
                found[key] = joined.split(SEPARATOR) if joined else []
        return found

    def put_many(self, items: dict[str, list[str]]) -> None:
        """Store tokens for new keys."""
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO tokens VALUES (?, ?)",
                [(k, SEPARATOR.join(v)) for k, v in items.items()],
            )

    def close(self) -> None:
        """Close the database."""
        self._db.close()


def _tokenize_chunk(texts: list[str]) -> list[list[str]]:
    """word_tokenize over a list (runs in a worker process)."""
    return [word_tokenize(t) for t in texts]


def _tokenize_parallel(texts: list[str], workers: int) -> list[list[str]]:
    """word_tokenize over many texts on `workers` processes, order kept."""
    size = max(50, len(texts) // (workers * 4) + 1)
    chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return [tokens for result in pool.map(_tokenize_chunk, chunks) for tokens in result]


def tokenize_many(
    texts: list[str], cache: TokenCache | None = None, workers: int | None = None
) -> list[list[str]]:
    """Tokens of every text, tokenizing each distinct uncached text exactly once."""
    keys = [text_key(t) for t in texts]
    known = cache.get_many(set(keys)) if cache else {}
    missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in known}
    if missing:
        workers = workers or os.cpu_count() or 1
        pending = list(missing.values())
        if workers > 1 and len(pending) >= PARALLEL_FROM:
            tokenized = _tokenize_parallel(pending, workers)
        else:
            tokenized = _tokenize_chunk(pending)
        new = dict(zip(missing, tokenized, strict=True))
        if cache:
            cache.put_many(new)
        known.update(new)
    return [known[k] for k in keys]
