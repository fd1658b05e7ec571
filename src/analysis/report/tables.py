"""The numbers behind every chart, as tables: what the figures draw and the workbook holds.

Each function takes the classified opinions (and conferences where needed) and returns one tidy
table keyed by the vocabulary's keys; names are put on at display time.
"""

from __future__ import annotations

import math
from collections import Counter

import pandas as pd

from analysis.core.reform import UNMAPPED_DISTRICT, UNMAPPED_DISTRICT_SHORT
from analysis.core.tokens import word_list
from analysis.core.vocabulary import response_timings, stances, themes

MIN_OPINIONS = 5  # a share of fewer opinions is not shown
PROVINCE_ROW = "Toàn tỉnh"
MIN_TERM_OPINIONS = 2  # a top term is used in at least this many opinions (where there are any)
_PREFIXES = {"Thành phố ": "TP ", "Thị xã ": "TX ", "Huyện ": "", "Quận ": "Q. ", "Tỉnh ": ""}
COMMUNES_SHOWN = 15  # the commune chart ranks this many; the workbook lists them all


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
    if name == UNMAPPED_DISTRICT:
        return UNMAPPED_DISTRICT_SHORT
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


def opinions_by_commune(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Opinions of the year per current commune (xã, phường, đặc khu), most first.

    Each opinion counts where its place belongs since 1 July 2025 (`commune_current`), so the
    year reads on today's map; opinions whose commune is not known are left out and counted in
    `attrs["without_commune"]`.
    """
    part = classified[classified["year"] == year]
    if "commune_current" not in part:
        part = part.iloc[0:0].assign(commune_current=pd.Series(dtype="str"))
    known = part[part["commune_current"].notna() & (part["commune_current"] != "")]
    known = known.assign(criticism=known["stance"].eq("phe_binh").astype(int))
    table = (
        known.groupby("commune_current")
        .agg(
            opinions=("stance", "size"),
            criticism=("criticism", "sum"),
            main_theme=("theme", lambda labels: labels.value_counts().index[0]),
        )
        .rename_axis("commune")
        .reset_index()
        if len(known)
        else pd.DataFrame({"commune": [], "opinions": [], "criticism": [], "main_theme": []})
    )
    table["criticism_share"] = table["criticism"].astype(float) / table["opinions"]
    table = table.sort_values(["opinions", "commune"], ascending=[False, True])
    table = table.reset_index(drop=True)
    table.attrs["without_commune"] = len(part) - len(known)
    return table


def theme_shares_by_year(classified: pd.DataFrame) -> pd.DataFrame:
    """Share of each theme among each year's opinions (rows: years, columns: themes), and n."""
    counts = pd.crosstab(classified["year"], classified["theme"])
    counts = counts.reindex(columns=list(themes()), fill_value=0)
    total = counts.sum(axis=1)
    return counts.div(total, axis=0).assign(n=total)


def stance_shares_by_theme(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Share of each stance within each theme, for one year (rows: themes), and n."""
    part = classified[classified["year"] == year]
    counts = pd.crosstab(part["theme"], part["stance"])
    counts = counts.reindex(index=list(themes()), columns=list(stances()), fill_value=0)
    total = counts.sum(axis=1)
    shares = counts.div(total.astype(float).replace(0.0, float("nan")), axis=0)
    return shares.fillna(0.0).astype(float).assign(n=total)


def criticism_share(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Per district and theme in one year: opinions, criticism and its share.

    The share is left empty below `MIN_OPINIONS` opinions: one opinion is not a 100% rate.
    """
    part = _with_short(classified[classified["year"] == year])
    rows = part.assign(criticism=part["stance"].eq("phe_binh"))
    table = (
        rows.groupby(["district_short", "theme"])
        .agg(opinions=("criticism", "size"), criticism=("criticism", "sum"))
        .reset_index()
    )
    share = table["criticism"] / table["opinions"]
    table["criticism_share"] = share.where(table["opinions"] >= MIN_OPINIONS)
    order = {key: i for i, key in enumerate(themes())}
    table = table.assign(_order=table["theme"].map(order)).sort_values(["district_short", "_order"])
    return table.drop(columns="_order").reset_index(drop=True)


def criticism_change(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Criticism per theme in the year before and this year, and the change.

    Empty when there are no opinions of the year before: nothing to compare with.
    """
    if not (classified["year"] == year - 1).any():
        return pd.DataFrame(columns=["before", "after", "change"], dtype=int)
    critical = classified[classified["stance"] == "phe_binh"]
    counts = pd.crosstab(critical["theme"], critical["year"]).reindex(
        index=list(themes()), columns=[year - 1, year], fill_value=0
    )
    counts.columns = ["before", "after"]
    return counts.assign(change=counts["after"] - counts["before"])


def theme_trends(classified: pd.DataFrame) -> pd.DataFrame:
    """Opinions per unit, year and theme, and the theme's share of the unit's year.

    The whole province comes first, as the unit `PROVINCE_ROW`.
    """
    frame = _with_short(classified)
    whole = frame.assign(district_short=PROVINCE_ROW)
    both = pd.concat([whole, frame])
    units = both[["district_short", "year"]].drop_duplicates()
    grid = units.merge(pd.DataFrame({"theme": list(themes())}), how="cross")
    sizes = both.groupby(["district_short", "year", "theme"]).size().rename("opinions")
    counts = grid.merge(sizes.reset_index(), how="left", on=["district_short", "year", "theme"])
    counts["opinions"] = counts["opinions"].fillna(0).astype(int)
    totals = counts.groupby(["district_short", "year"])["opinions"].transform("sum")
    counts["theme_share"] = counts["opinions"] / totals
    return counts


def response_timing(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Opinions per district by how they were answered, for one year."""
    part = _with_short(classified[classified["year"] == year])
    table = pd.crosstab(part["district_short"], part["response_timing"])
    return table.reindex(columns=list(response_timings()), fill_value=0)


def stopwords() -> frozenset[str]:
    """underthesea's Vietnamese stopwords plus the project's list of words every opinion shares."""
    return word_list("stopwords.txt")


def _is_content_word(token: str) -> bool:
    """A compound word worth counting: two or more syllables of letters, not a proper name.

    Single syllables ("nơi", "hỏi", "hai") and fragments of names say little about a theme.
    """
    syllables = token.split()
    if len(syllables) < 2 or not all(c.isalpha() or c == " " for c in token):
        return False
    return not all(s[0].isupper() for s in syllables)


def top_terms(tokens: list[list[str]], labels: list[str], per_theme: int = 10) -> pd.DataFrame:
    """The words most typical of each theme: opinions using them, weighed by how few themes do."""
    skip = stopwords()
    usage: dict[str, Counter] = {t: Counter() for t in themes()}
    for words, theme in zip(tokens, labels, strict=True):
        seen = {w.lower() for w in words if _is_content_word(w)}
        usage[theme].update(w for w in seen - skip)
    spread = Counter(word for counts in usage.values() for word in counts)
    rows = []
    for theme, counts in usage.items():
        scored = sorted(
            counts.items(),
            key=lambda item: (-item[1] * math.log(1 + len(usage) / spread[item[0]]), item[0]),
        )
        kept = [(w, c) for w, c in scored if c >= MIN_TERM_OPINIONS][:per_theme]
        kept = kept or scored[:per_theme]  # a theme of very few opinions still shows its words
        rows += [{"theme": theme, "term": w, "count": c} for w, c in kept]
    return pd.DataFrame(rows, columns=["theme", "term", "count"])
