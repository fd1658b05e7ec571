"""The chart registry: each chart of the meeting pack is a table function and a drawing function.

A chart's table is computed once, from a `ReportInput`, and the same table feeds the figure,
the HTML table, the workbook sheet and the notebook. The charts are numbered by their place in
`CHARTS`; adding one is adding an entry here (and its table and drawing functions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from analysis.core.tokens import opinion_tokens
from analysis.report import figures, tables


@dataclass
class ReportInput:
    """What the charts of one year are computed from: every opinion up to that year."""

    classified: pd.DataFrame
    conferences: pd.DataFrame
    year: int
    cache_path: Path | None = None
    unit: str = "district"

    @classmethod
    def upto(
        cls,
        classified: pd.DataFrame,
        conferences: pd.DataFrame,
        year: int,
        cache_path: Path | None = None,
        unit: str = "district",
    ) -> ReportInput:
        """The input for `year`: opinions and conferences of that year and the years before.

        Charts across years compare a continuity unit that survives the 2025 reform: the former
        district (`unit="district"`) or, for a merged province's overview, the former province
        (`unit="province"`): its rows are relabelled so every chart's "district" is that unit.
        """
        classified = classified[classified["year"] <= year]
        conferences = conferences[conferences["year"] <= year]
        if unit == "province":
            classified = _by_former_province(classified)
            conferences = _by_former_province(conferences)
        return cls(classified, conferences, year, cache_path, unit)

    @property
    def this_year(self) -> pd.DataFrame:
        """Opinions of the report's year."""
        return self.classified[self.classified["year"] == self.year]

    @cached_property
    def tokens(self) -> list[list[str]]:
        """underthesea tokens of this year's opinions (from the classifier's cache when there)."""
        return opinion_tokens(self.this_year["text"].tolist(), self.cache_path)


UNKNOWN_PROVINCE = "Chưa rõ tỉnh cũ"


def _by_former_province(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows whose unit is their former province (frames without it are left as they are)."""
    if "former_province" not in frame:
        return frame
    provinces = frame["former_province"].fillna("").replace("", UNKNOWN_PROVINCE)
    return frame.assign(district=provinces)


@dataclass(frozen=True)
class ChartSpec:
    """One chart: a key for file names, its Vietnamese title, its table and its drawing.

    `sheet` is the short Vietnamese name of its workbook sheet (Excel allows 31 characters);
    without one the sheet is named after the title.
    """

    key: str
    title: str
    table: Callable[[ReportInput], pd.DataFrame]
    draw: Callable[[pd.DataFrame], Figure]
    sheet: str = ""


def _noted(table: pd.DataFrame, frame: pd.DataFrame, year: int) -> pd.DataFrame:
    """The table with the year and the source note of the opinions it counts, in `attrs`."""
    table.attrs.update(year=year, source=tables.source_note(frame))
    return table


def _participation(data: ReportInput) -> pd.DataFrame:
    table = tables.participation(data.classified, data.conferences)
    return _noted(table, data.classified, data.year)


def _theme_mix(data: ReportInput) -> pd.DataFrame:
    return _noted(tables.theme_shares_by_year(data.classified), data.classified, data.year)


def _stance_by_theme(data: ReportInput) -> pd.DataFrame:
    table = tables.stance_shares_by_theme(data.classified, data.year)
    return _noted(table, data.this_year, data.year)


def _criticism_share(data: ReportInput) -> pd.DataFrame:
    return _noted(tables.criticism_share(data.classified, data.year), data.this_year, data.year)


def _criticism_change(data: ReportInput) -> pd.DataFrame:
    two_years = data.classified[data.classified["year"].isin([data.year - 1, data.year])]
    table = tables.criticism_change(data.classified, data.year)
    return _noted(table, two_years, data.year)


def _district_trends(data: ReportInput) -> pd.DataFrame:
    table = tables.theme_trends(data.classified)
    return _noted(table, data.classified, data.year)


def _top_terms(data: ReportInput) -> pd.DataFrame:
    table = tables.top_terms(data.tokens, data.this_year["theme"].tolist())
    return _noted(table, data.this_year, data.year)


def _response_timing(data: ReportInput) -> pd.DataFrame:
    return _noted(tables.response_timing(data.classified, data.year), data.this_year, data.year)


def _communes(data: ReportInput) -> pd.DataFrame:
    return _noted(tables.opinions_by_commune(data.classified, data.year), data.this_year, data.year)


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("tham-gia", "Tham gia hội nghị", _participation, figures.participation, "Tham gia"),
    ChartSpec(
        "co-cau-chu-de",
        "Cơ cấu chủ đề theo năm",
        _theme_mix,
        figures.theme_mix_by_year,
        "Cơ cấu chủ đề",
    ),
    ChartSpec(
        "lap-truong-theo-chu-de",
        "Lập trường theo chủ đề",
        _stance_by_theme,
        figures.stance_by_theme,
        "Lập trường theo chủ đề",
    ),
    ChartSpec(
        "phe-binh-don-vi-chu-de",
        "Tỉ lệ phê bình theo đơn vị và chủ đề",
        _criticism_share,
        figures.criticism_heatmap,
        "Phê bình theo đơn vị",
    ),
    ChartSpec(
        "thay-doi-phe-binh",
        "Thay đổi ý kiến phê bình so với năm trước",
        _criticism_change,
        figures.criticism_change,
        "Thay đổi phê bình",
    ),
    ChartSpec(
        "xu-huong-don-vi",
        "Xu hướng chủ đề theo đơn vị",
        _district_trends,
        figures.district_theme_trends,
        "Xu hướng chủ đề",
    ),
    ChartSpec(
        "tu-noi-bat", "Từ ngữ nổi bật theo chủ đề", _top_terms, figures.top_terms, "Từ nổi bật"
    ),
    ChartSpec(
        "tra-loi",
        "Hình thức trả lời ý kiến",
        _response_timing,
        figures.response_timing,
        "Trả lời ý kiến",
    ),
    ChartSpec(
        "xa-phuong", "Ý kiến theo xã, phường", _communes, figures.communes, "Theo xã, phường"
    ),
)


@dataclass
class Chart:
    """A chart of the pack: its place, its spec and its table (computed once)."""

    number: int
    spec: ChartSpec
    table: pd.DataFrame

    @property
    def name(self) -> str:
        """The file name stem: number and key, e.g. "2-co-cau-chu-de"."""
        return f"{self.number}-{self.spec.key}"

    @property
    def title(self) -> str:
        """The chart's Vietnamese title."""
        return self.spec.title

    @property
    def sheet_name(self) -> str:
        """The workbook sheet's name: number and short Vietnamese name, e.g. "2. Cơ cấu chủ đề"."""
        return f"{self.number}. {self.spec.sheet or self.spec.title}"[:31]

    @property
    def has_data(self) -> bool:
        """False when there is nothing to draw (e.g. no year before to compare with)."""
        return not self.table.empty

    def draw(self) -> Figure:
        """The figure, drawn from the table alone."""
        return self.spec.draw(self.table)


def build_chart(spec: ChartSpec, data: ReportInput) -> Chart:
    """One chart with its table computed."""
    return Chart(CHARTS.index(spec) + 1, spec, spec.table(data))


def build_charts(data: ReportInput) -> list[Chart]:
    """Every chart of the registry, each table computed once."""
    return [build_chart(spec, data) for spec in CHARTS]


def chart_by_key(key: str) -> ChartSpec:
    """The registered chart with this key (as in its file name, without the number)."""
    for spec in CHARTS:
        if spec.key == key:
            return spec
    known = ", ".join(spec.key for spec in CHARTS)
    raise KeyError(f"không có biểu đồ '{key}'; các biểu đồ: {known}")
