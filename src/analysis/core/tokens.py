"""underthesea word tokens, cached on disk, so a rerun only tokenizes new or changed texts.

The one place where opinions become tokens: the classifier and the report's top terms both use
`opinion_tokens` (or `TokenJob` to overlap tokenizing with other work). Tokenization dominates the
classifier's time: each distinct text is tokenized once per run, and large batches are split
over the machine's cores.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib import resources
from pathlib import Path

import underthesea
from underthesea import word_tokenize

from analysis.core.cache import Cache, digest
from analysis.core.preprocess import prepare
from analysis.core.text import fold
from analysis.core.underthesea_data import stopword_files

PARALLEL_FROM = 400  # below this many new texts, starting workers costs more than it saves


def text_key(text: str) -> str:
    """Cache key of a text's tokens: its hash, tied to the tokenizer's version."""
    return digest(underthesea.__version__, text)


def _tokenize_chunk(texts: list[str]) -> list[list[str]]:
    """word_tokenize over a list (runs in a worker process)."""
    return [word_tokenize(t) for t in texts]


@cache
def _worker_pool(workers: int) -> ProcessPoolExecutor:
    """One pool of tokenizer processes for the whole run, forked while this process is small.

    Reusing it across batches keeps the workers' memory their own, not a copy of a large parent.
    """
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    atexit.register(pool.shutdown, cancel_futures=True)
    return pool


class TokenJob:
    """Tokens of many texts being computed, on worker processes when there are many.

    Starting the job forks the workers at once, so the caller can do other work (match the
    lexicon, load the model) while they tokenize; `result()` waits for them.
    """

    def __init__(self, texts: list[str], cache: Cache | None = None, workers: int | None = None):
        self._cache = cache
        self._keys = [text_key(t) for t in texts]
        self._known = cache.get_tokens(set(self._keys)) if cache else {}
        self._missing = {
            k: t for k, t in zip(self._keys, texts, strict=True) if k not in self._known
        }
        self._futures = []
        workers = workers or os.cpu_count() or 1
        pending = list(self._missing.values())
        if workers > 1 and len(pending) >= PARALLEL_FROM:
            pool = _worker_pool(workers)
            size = max(50, len(pending) // (workers * 4) + 1)
            self._futures = [
                pool.submit(_tokenize_chunk, pending[i : i + size])
                for i in range(0, len(pending), size)
            ]

    def result(self) -> list[list[str]]:
        """Tokens of every text, in order (each distinct uncached text tokenized once)."""
        if self._missing:
            if self._futures:
                tokenized = [tokens for future in self._futures for tokens in future.result()]
                self._futures = []
            else:
                tokenized = _tokenize_chunk(list(self._missing.values()))
            new = dict(zip(self._missing, tokenized, strict=True))
            if self._cache:
                self._cache.put_tokens(new)
            self._known.update(new)
            self._missing = {}
        return [self._known[k] for k in self._keys]


def tokenize_many(
    texts: list[str], cache: Cache | None = None, workers: int | None = None
) -> list[list[str]]:
    """Tokens of every text, tokenizing each distinct uncached text exactly once."""
    return TokenJob(texts, cache, workers).result()


def opinion_tokens(texts: list[str], cache_path: Path | None = None) -> list[list[str]]:
    """Tokens of opinions as the classifier reads them (prepared), from the cache when there."""
    cache = Cache(cache_path) if cache_path else None
    try:
        return tokenize_many([prepare(t) for t in texts], cache)
    finally:
        if cache:
            cache.close()


@cache
def word_list(project_list: str) -> frozenset[str]:
    """underthesea's Vietnamese stopwords plus a project list in data/ (lower-case, no comments)."""
    sources = [*stopword_files(), resources.files("analysis").joinpath("data", project_list)]
    words = set()
    for source in sources:
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(line.strip().lower())
    return frozenset(words)


@cache
def _not_evidence() -> frozenset[str]:
    """Folded function words and words too general to explain a label."""
    return frozenset(fold(word) for word in word_list("evidence_skip.txt"))


def content_word(token: str) -> bool:
    """A word that can explain a label: a compound of letters, not a name, not a function word.

    Single syllables are left out: on their own they are mostly function words ("trên", "bỏ"),
    and the single-syllable words that matter ("trộm", "pháo") are lexicon terms anyway.
    """
    syllables = token.split()
    if len(syllables) < 2 or not all(s.isalpha() for s in syllables):
        return False
    if all(s[0].isupper() for s in syllables):  # a person's or place's name
        return False
    return not function_word(token)


def function_word(token: str) -> bool:
    """A function word or a word too general to explain a label ("trên", "người dân")."""
    return fold(token) in _not_evidence()
