"""Classify a table of opinions: labels from the cache when the same text was seen before.

This module stays light: a rerun whose texts are all cached imports neither underthesea nor
scikit-learn. New texts go to `analysis.classifier`, and analysts' corrections are applied last.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.cache import Cache, classifier_fingerprint, digest

OUTPUT_COLUMNS = ("theme", "stance", "theme_score", "stance_score", "evidence", "needs_review")
BATCH = 5_000  # texts classified at a time: bounds the feature matrices' memory


def label_key(text: str) -> str:
    """Cache key of a text's labels: the raw text and the classifier's fingerprint."""
    return digest(classifier_fingerprint(), text)


def label_texts(texts: list[str], cache: Cache | None = None, model=None) -> pd.DataFrame:
    """Labels for each text; only texts not in the cache are classified."""
    keys = [label_key(t) for t in texts]
    known = cache.get_labels(set(keys)) if cache else {}
    missing = dict(zip(keys, texts, strict=True))
    for key in known:
        missing.pop(key, None)
    pending = list(missing.items())
    for start in range(0, len(pending), BATCH):
        from analysis.classifier import classify_texts

        batch = dict(pending[start : start + BATCH])
        fresh = classify_texts(list(batch.values()), model, cache)
        new = dict(zip(batch, fresh.itertuples(index=False, name=None), strict=True))
        if cache:
            cache.put_labels(new)
        known.update(new)
    return pd.DataFrame.from_records([known[k] for k in keys], columns=list(OUTPUT_COLUMNS))


def classify(
    frame: pd.DataFrame,
    text_column: str = "text",
    cache_path: Path | None = None,
    overrides: pd.DataFrame | None = None,
    model=None,
) -> pd.DataFrame:
    """`frame` with theme, stance, scores, evidence and needs_review added.

    Rows whose record_id has an analyst's correction in `overrides` take that correction.
    """
    if text_column not in frame.columns:
        raise KeyError(f"không có cột '{text_column}' trong dữ liệu")
    cache = Cache(cache_path) if cache_path else None
    try:
        labels = label_texts(frame[text_column].fillna("").astype(str).tolist(), cache, model)
    finally:
        if cache:
            cache.close()
    result = frame.drop(columns=[c for c in OUTPUT_COLUMNS if c in frame.columns]).copy()
    for column in OUTPUT_COLUMNS:
        result[column] = labels[column].to_numpy()
    result["needs_review"] = result["needs_review"].astype(bool)
    if overrides is not None and "record_id" in result.columns:
        from analysis.overrides import apply_overrides

        result = apply_overrides(result, overrides)
    return result
