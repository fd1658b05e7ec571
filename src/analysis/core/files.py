"""Writing tables people open in Excel: atomic, UTF-8 with BOM, and safe from formula injection."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.core.atomic import write_atomically

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """Prefix text that a spreadsheet would run as a formula (= + - @) with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells cannot start a formula."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralise_cell)
    return safe


def write_csv(frame: pd.DataFrame, target: Path) -> None:
    """Write a CSV that Excel opens with Vietnamese intact (UTF-8 BOM), formulas neutralised."""
    safe = neutralise_frame(frame)
    write_atomically(target, lambda tmp: safe.to_csv(tmp, index=False, encoding="utf-8-sig"))
