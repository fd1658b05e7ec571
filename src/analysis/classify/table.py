"""Classify a table of opinions: labels from the cache when the same text was seen before.

This module stays light: a rerun whose texts are all cached imports neither underthesea nor
scikit-learn. New texts go to `analysis.classify.hybrid`, and analysts' corrections are applied
last.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

import pandas as pd

from analysis.classify.store import MODEL_FILES, shipped_model_dir
from analysis.core.cache import Cache, digest
from analysis.core.schemas import LABEL_COLUMNS

LABEL_TYPES = {"theme": "str", "stance": "str", "theme_score": float, "stance_score": float,
               "evidence": "str", "needs_review": bool}  # fmt: skip
BATCH = 5_000  # texts classified at a time: bounds the feature matrices' memory
# Package files that decide how a text becomes labels (relative to the package).
CLASSIFIER_FILES = (
    "data/lexicon.csv",
    "data/abbreviations.csv",
    "data/vocabulary.csv",
    "core/text.py",
    "core/legacy_encoding.py",
    "core/preprocess.py",
    "classify/lexicon.py",
    "classify/features.py",
    "classify/model.py",
    "classify/hybrid.py",
    "classify/store.py",
)


@cache
def classifier_fingerprint(model_dir: Path) -> str:
    """A hash of the model, the lexicon and the code that turns a text into labels."""
    package = resources.files("analysis")
    hasher = hashlib.sha1()
    for name in CLASSIFIER_FILES:
        hasher.update(package.joinpath(name).read_bytes())
    for name in MODEL_FILES:
        hasher.update((model_dir / name).read_bytes())
    return hasher.hexdigest()


def label_texts(
    texts: list[str], cache: Cache | None = None, model=None, model_dir: Path | None = None
) -> pd.DataFrame:
    """Labels for each text; only texts not in the cache are classified."""
    model_dir = model_dir or shipped_model_dir()
    fingerprint = classifier_fingerprint(model_dir)
    keys = [digest(fingerprint, t) for t in texts]
    known = cache.get_labels(set(keys)) if cache else {}
    missing = dict(zip(keys, texts, strict=True))
    for key in known:
        missing.pop(key, None)
    pending = list(missing.items())
    for start in range(0, len(pending), BATCH):
        from analysis.classify.hybrid import classify_texts
        from analysis.classify.model import load_model

        model = model or load_model(model_dir)
        batch = dict(pending[start : start + BATCH])
        fresh = classify_texts(list(batch.values()), model, cache)
        new = dict(zip(batch, fresh.itertuples(index=False, name=None), strict=True))
        if cache:
            cache.put_labels(new)
        known.update(new)
    labels = pd.DataFrame.from_records([known[k] for k in keys], columns=list(LABEL_COLUMNS))
    return labels.astype(LABEL_TYPES) if labels.empty else labels  # no opinions: typed columns


def classify(
    frame: pd.DataFrame,
    text_column: str = "text",
    cache_path: Path | None = None,
    overrides: pd.DataFrame | None = None,
    model=None,
    model_dir: Path | None = None,
) -> pd.DataFrame:
    """`frame` with theme, stance, scores, evidence and needs_review added.

    Rows whose record_id has an analyst's correction in `overrides` take that correction.
    """
    if text_column not in frame.columns:
        raise KeyError(f"không có cột '{text_column}' trong dữ liệu")
    cache = Cache(cache_path) if cache_path else None
    try:
        texts = frame[text_column].fillna("").astype(str).tolist()
        labels = label_texts(texts, cache, model, model_dir)
    finally:
        if cache:
            cache.close()
    notice = cache.notice if cache else None
    result = frame.drop(columns=[c for c in LABEL_COLUMNS if c in frame.columns]).copy()
    for column in LABEL_COLUMNS:
        result[column] = labels[column].array  # keeps the types, even with no rows
    result["needs_review"] = result["needs_review"].astype(bool)
    if overrides is not None and "record_id" in result.columns:
        from analysis.classify.corrections import apply_overrides

        result = apply_overrides(result, overrides)
    if notice:
        result.attrs["notice"] = notice  # for the caller to show: the cache was rebuilt
    return result
