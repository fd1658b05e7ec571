"""The numbers behind every chart, as tables: what the figures draw and the workbook holds.

Each function takes the classified opinions (and conferences where needed) and returns one tidy
table keyed by the vocabulary's keys; names are put on at display time.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cache
from importlib import resources

import pandas as pd

from analysis.core.underthesea_data import stopword_files
from analysis.core.vocabulary import response_timings, stances, themes

_PREFIXES = {"Thành phố ": "TP ", "Thị xã ": "TX ", "Huyện ": "", "Quận ": "Q. "}


def source_note(frame: pd.DataFrame) -> str:
    """The footnote: where the numbers come from, which years, and whether it is sample data."""
    years = sorted(frame["year"].unique()) if len(frame) else []
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")
    note = f"Nguồn: biên bản hội nghị 'Công an lắng nghe ý kiến nhân dân', năm {span}."
    if "is_synthetic" in frame and frame["is_synthetic"].any():
        note += " Dữ liệu mẫu (tổng hợp), không phải số liệu thật."
    return note


def short_district(name: str) -> str:
    """A district name short enough for an axis: "Huyện Đắk Mil" -> "Đắk Mil"."""
    for prefix, short in _PREFIXES.items():
        if name.startswith(prefix):
            return short + name[len(prefix) :]
    return name


def _with_short(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with a `district_short` column."""
    return frame.assign(district_short=frame["district"].map(short_district))


def participation(classified: pd.DataFrame, conferences: pd.DataFrame) -> pd.DataFrame:
    """Opinions, delegates and opinions per 100 delegates per district and year."""
    opinions = classified.groupby(["year", "district"]).size().rename("opinions").reset_index()
    delegates = (
        conferences.groupby(["year", "district"])["delegates"].sum(min_count=1).reset_index()
    )
    table = opinions.merge(delegates, on=["year", "district"], how="outer", validate="1:1")
    table["opinions"] = table["opinions"].fillna(0).astype(int)
    table["per_100_delegates"] = (100 * table["opinions"] / table["delegates"]).round(1)
    return _with_short(table).sort_values(["year", "district"]).reset_index(drop=True)


def theme_shares_by_year(classified: pd.DataFrame) -> pd.DataFrame:
    """Share of each theme among each year's opinions (rows: years, columns: themes)."""
    counts = pd.crosstab(classified["year"], classified["theme"])
    counts = counts.reindex(columns=list(themes()), fill_value=0)
    return counts.div(counts.sum(axis=1), axis=0)


def stance_shares_by_theme(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Share of each stance within each theme, for one year (rows: themes)."""
    part = classified[classified["year"] == year]
    counts = pd.crosstab(part["theme"], part["stance"])
    counts = counts.reindex(index=list(themes()), columns=list(stances()), fill_value=0)
    totals = counts.sum(axis=1).astype(float).replace(0.0, float("nan"))
    return counts.div(totals, axis=0).fillna(0.0).astype(float)


def criticism_share(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Share of criticism per district and theme in one year; NaN where there were none."""
    part = _with_short(classified[classified["year"] == year])
    totals = pd.crosstab(part["district_short"], part["theme"])
    critical = pd.crosstab(
        part["district_short"], part["theme"], values=part["stance"].eq("phe_binh"), aggfunc="sum"
    )
    share = critical.div(totals.where(totals > 0))
    return share.reindex(columns=list(themes())).astype(float)


def criticism_change(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Criticism per theme in the year before and this year, and the change."""
    critical = classified[classified["stance"] == "phe_binh"]
    counts = pd.crosstab(critical["theme"], critical["year"]).reindex(
        index=list(themes()), columns=[year - 1, year], fill_value=0
    )
    counts.columns = ["before", "after"]
    return counts.assign(change=counts["after"] - counts["before"])


def counts_by_district_year_theme(classified: pd.DataFrame) -> pd.DataFrame:
    """Opinions per district, year and theme."""
    counts = (
        _with_short(classified)
        .groupby(["district_short", "year", "theme"])
        .size()
        .rename("opinions")
        .reset_index()
    )
    return counts


def response_timing(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Opinions per district by how they were answered, for one year."""
    part = _with_short(classified[classified["year"] == year])
    table = pd.crosstab(part["district_short"], part["response_timing"])
    return table.reindex(columns=list(response_timings()), fill_value=0)


@cache
def stopwords() -> frozenset[str]:
    """underthesea's Vietnamese stopwords plus the project's list of words every opinion shares."""
    sources = [*stopword_files(), resources.files("analysis").joinpath("data", "stopwords.txt")]
    words = set()
    for source in sources:
        lines = source.read_text(encoding="utf-8").splitlines()
        words |= {line.strip().lower() for line in lines if line.strip() and line[0] != "#"}
    return frozenset(words)


def _is_common_word(token: str) -> bool:
    """A word worth counting: letters only, not a name (every syllable capitalised) or number."""
    if len(token) < 2 or not all(c.isalpha() or c == " " for c in token):
        return False
    syllables = token.split()
    return not (len(syllables) > 1 and all(s[0].isupper() for s in syllables))


def top_terms(tokens: list[list[str]], labels: list[str], per_theme: int = 10) -> pd.DataFrame:
    """The words most typical of each theme: opinions using them, weighed by how few themes do."""
    skip = stopwords()
    usage: dict[str, Counter] = {t: Counter() for t in themes()}
    for words, theme in zip(tokens, labels, strict=True):
        seen = {w.lower() for w in words if _is_common_word(w)}
        usage[theme].update(w for w in seen - skip)
    spread = Counter(word for counts in usage.values() for word in counts)
    rows = []
    for theme, counts in usage.items():
        scored = sorted(
            counts.items(),
            key=lambda item: (-item[1] * math.log(1 + len(usage) / spread[item[0]]), item[0]),
        )
        rows += [{"theme": theme, "term": w, "count": c} for w, c in scored[:per_theme]]
    return pd.DataFrame(rows, columns=["theme", "term", "count"])
