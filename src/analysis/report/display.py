"""Chart tables for people: Vietnamese headers and names, shares and counts told apart.

What the HTML briefing prints and the workbook holds; the Word report quotes the same values.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.core.vocabulary import label_name
from analysis.report.numbers import decimal, integer, percent

COLUMNS = {
    "opinions": "Số ý kiến",
    "delegates": "Số đại biểu",
    "year": "Năm",
    "per_100_delegates": "Ý kiến/100 đại biểu",
    "district": "Đơn vị",
    "district_short": "Đơn vị",
    "before": "Năm trước",
    "after": "Năm nay",
    "change": "Thay đổi",
    "theme": "Chủ đề",
    "term": "Từ",
    "count": "Số ý kiến có từ",
    "criticism": "Số ý kiến phê bình",
    "criticism_share": "Tỉ lệ phê bình",
    "theme_share": "Tỉ lệ của chủ đề",
    "n": "Số ý kiến (n)",
    "commune": "Xã, phường, đặc khu",
    "main_theme": "Chủ đề nhiều nhất",
}
SHARE_COLUMNS = {"criticism_share", "theme_share"}


@dataclass
class ReadableTable:
    """A chart's table for people: Vietnamese headers and names, which columns are shares."""

    frame: pd.DataFrame
    shares: set[str]
    counts: set[str]

    def formatted(self) -> pd.DataFrame:
        """Every value as text in the Vietnamese number format (23,1%; 1.615)."""
        out = self.frame.copy()
        for column in out.columns:
            if column in self.shares:
                out[column] = out[column].map(percent)
            elif column in self.counts:
                out[column] = out[column].map(lambda v: "" if pd.isna(v) else integer(v))
            elif pd.api.types.is_float_dtype(out[column]):
                out[column] = out[column].map(decimal)
        return out.fillna("")


def readable(table: pd.DataFrame) -> ReadableTable:
    """Keys replaced by Vietnamese names, the index made a column, shares and counts named."""
    frame = table.reset_index() if _has_named_index(table) else table.copy()
    if "district" in frame and "district_short" in frame:
        frame = frame.drop(columns="district_short")
    share_keys = {c for c in frame.columns if c in SHARE_COLUMNS}
    share_keys |= {c for c in frame.columns if _is_label(c) and _all_shares(frame[c])}
    count_keys = {
        c
        for c in frame.columns
        if c not in share_keys and c != "year" and pd.api.types.is_integer_dtype(frame[c])
    }
    count_keys |= {c for c in frame.columns if c in ("delegates", "opinions")}
    names = {c: COLUMNS.get(c, label_name(c) if isinstance(c, str) else str(c)) for c in frame}
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(_name_of)
    frame = frame.rename(columns=names).rename_axis(columns=None)
    return ReadableTable(frame, {names[c] for c in share_keys}, {names[c] for c in count_keys})


def _has_named_index(table: pd.DataFrame) -> bool:
    return table.index.name is not None or not isinstance(table.index, pd.RangeIndex)


def _is_label(column: object) -> bool:
    return isinstance(column, str) and label_name(column) != column


def _all_shares(values: pd.Series) -> bool:
    return pd.api.types.is_float_dtype(values) and bool(values.dropna().between(0, 1).all())


def _name_of(value: object) -> object:
    """The Vietnamese name of a vocabulary key; anything else as it is."""
    return label_name(value) if isinstance(value, str) else value
