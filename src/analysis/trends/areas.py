"""Where an opinion was raised, on a map that holds across the 2025 reform, and the place names.

An area is either the commune on today's map (an old commune of 2023 and the merged commune it
belongs to since 1 July 2025 are one area) or the continuity unit of the charts: the former
district or the former province.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.core.reform import UNMAPPED_DISTRICT
from analysis.core.text import fold

AREAS = ("commune", "unit")
UNITS = ("district", "province")
_PREFIX = re.compile(
    r"^(?:tinh|thanh pho|thi xa|thi tran|huyen|quan|xa|phuong|dac khu|tp\.?|tx\.?|thon|buon|bon"
    r"|ap|to dan pho|khu pho|khoi|lang)\s+"
)


def area_of(frame: pd.DataFrame, area: str = "commune", unit: str = "district") -> pd.Series:
    """Each opinion's area ("" when it cannot be told): today's commune, or the continuity unit."""
    if area not in AREAS:
        raise ValueError(f"area must be one of {AREAS}, not {area!r}")
    if area == "commune":
        current = frame["commune_current"].fillna("")
        return current.where(current != "", frame["commune"].fillna("")).astype(str)
    return unit_of(frame, unit)


def unit_of(frame: pd.DataFrame, unit: str = "district") -> pd.Series:
    """Each opinion's continuity unit: former district or former province ("" when unknown)."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")
    column = "district" if unit == "district" else "former_province"
    values = frame[column].fillna("").astype(str)
    return values.where(values != UNMAPPED_DISTRICT, "")


def place_names(frame: pd.DataFrame) -> set[str]:
    """Folded names of the districts, communes and villages in the frame, without "Xã", "Thôn"..."""
    columns = [c for c in ("district", "commune", "commune_current", "commune_raw") if c in frame]
    names = set()
    for column in columns:
        for value in frame[column].dropna().unique():
            for part in fold(str(value)).split(","):
                name = _PREFIX.sub("", part.strip())
                if name and not name[0].isdigit():
                    names.add(name)
    return names
