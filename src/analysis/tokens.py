"""underthesea word tokens, cached on disk, so a rerun only tokenizes new or changed texts.

Tokenization dominates the classifier's time: each distinct text is tokenized once per run, and
large batches are split over the machine's cores.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

import underthesea
from underthesea import word_tokenize

from analysis.cache import Cache, digest

PARALLEL_FROM = 400  # below this many new texts, starting workers costs more than it saves


def text_key(text: str) -> str:
    """Cache key of a text's tokens: its hash, tied to the tokenizer's version."""
    return digest(underthesea.__version__, text)


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
    texts: list[str], cache: Cache | None = None, workers: int | None = None
) -> list[list[str]]:
    """Tokens of every text, tokenizing each distinct uncached text exactly once."""
    keys = [text_key(t) for t in texts]
    known = cache.get_tokens(set(keys)) if cache else {}
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
            cache.put_tokens(new)
        known.update(new)
    return [known[k] for k in keys]
