"""What the notebooks call: one loader for a year's data, and the tables and charts they show.

Notebooks stay thin: one call per cell. `load` brings data/processed/ up to date through the same
steps as the command line (skipped when nothing changed) and reads it; it never runs reports or
notebooks. `key_figures` names each notebook's headline numbers; tests check them on the sample.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import pandas as pd
from matplotlib.figure import Figure

from analysis.core.settings import Settings, load_settings
from analysis.core.vocabulary import reject_reasons, stances, themes
from analysis.report.numbers import decimal, percent
from analysis.report.privacy import for_meeting

if TYPE_CHECKING:
    from IPython.display import Markdown
    from pandas.io.formats.style import Styler

    from analysis.report.trend_tables import TrendTables


def _inline_figures() -> None:
    """Show the pack's figures as images wherever a notebook displays them.

    The figures are made without pyplot, so no backend is forced on the kernel; this registers
    IPython's PNG formatter for them (JupyterLab, papermill, nbconvert). Outside IPython: nothing.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with the notebook dependencies
        return
    if get_ipython() is not None:
        from matplotlib_inline.backend_inline import set_matplotlib_formats

        set_matplotlib_formats("png", bbox_inches="tight")


_inline_figures()


@dataclass
class YearData:
    """The processed tables, with the chosen year's rows picked out."""

    settings: Settings
    year: int
    classified: pd.DataFrame
    conferences: pd.DataFrame
    rejects: pd.DataFrame
    trends_by_area: dict[str, TrendTables] = field(default_factory=dict, repr=False)

    @property
    def this_year(self) -> pd.DataFrame:
        """Classified opinions of the chosen year."""
        return self.classified[self.classified["year"] == self.year]

    @property
    def rejects_this_year(self) -> pd.DataFrame:
        """Rejected rows of the chosen year's files."""
        return self.rejects[self.rejects["source_file"].str.startswith(f"{self.year}/")]

    @property
    def is_sample(self) -> bool:
        """True when the data is the synthetic sample shipped in data/raw."""
        return bool(self.classified["is_synthetic"].all()) if len(self.classified) else False

    @cached_property
    def report_input(self):
        """What the report's charts are computed from, for this year."""
        from analysis.report.charts import ReportInput
        from analysis.steps import cache_path

        settings = self.settings
        return ReportInput.upto(
            self.classified, self.conferences, self.year, cache_path(settings), settings.unit
        )


def load(year: int, province: str | None = None, unit: str | None = None) -> YearData:
    """Bring the processed data up to date (skipped when unchanged) and load it for `year`.

    `unit` ("huyện cũ" or "tỉnh cũ") overrides analysis.toml's continuity unit.
    """
    from analysis.steps import Processed, console, read_table, update_processed

    settings = load_settings(province, unit=unit)
    console.quiet = True  # a notebook shows tables, not the command line's progress
    try:
        ok = update_processed(settings)
    finally:
        console.quiet = False
    if not ok:
        print("Có tệp không đọc được: xem notebook 01-lam-sach hoặc chạy `analysis ingest`.")
    tables = Processed.of(settings)
    classified = read_table(tables.classified)
    if year not in set(classified["year"]):
        years = ", ".join(map(str, sorted(classified["year"].unique())))
        raise ValueError(f"Không có dữ liệu năm {year}; các năm có dữ liệu: {years}")
    rejects = pd.read_csv(tables.rejects, dtype=str, keep_default_na=False)
    return YearData(settings, year, classified, read_table(tables.conferences), rejects)


def chart(data: YearData, key: str) -> Figure:
    """One chart of the meeting pack for the year, drawn from its registered table.

    A chart with nothing to draw (no year before to compare with) says so in the figure.
    """
    from analysis.report.charts import build_chart, chart_by_key

    return build_chart(chart_by_key(key), data.report_input).draw()


def charts(data: YearData) -> list[Figure]:
    """Every chart of the meeting pack for the year that has data, in the registry's order."""
    from analysis.report.charts import build_charts

    return [c.draw() for c in build_charts(data.report_input) if c.has_data]


def summary(data: YearData) -> list[str]:
    """The report's summary sentences for the year."""
    from analysis.report.document import summarise

    return summarise(data.classified, data.conferences, data.year)


def rows_per_file(data: YearData) -> pd.DataFrame:
    """Per file of the year: opinions kept and rows rejected."""
    kept = data.this_year.groupby("source_file").size().rename("Giữ lại")
    rejected = data.rejects_this_year.groupby("source_file").size().rename("Loại bỏ")
    table = pd.concat([kept, rejected], axis=1).fillna(0).astype(int)
    table["Tổng dòng dữ liệu"] = table.sum(axis=1)
    return table.rename_axis("Tệp")


def rows_per_district(data: YearData) -> pd.DataFrame:
    """Opinions kept per district in the year."""
    return (
        data.this_year.groupby("district")
        .size()
        .rename("Số ý kiến")
        .rename_axis("Đơn vị")
        .to_frame()
    )


def rejects_by_reason(data: YearData) -> pd.DataFrame:
    """Rejected rows by kind of reason, with one example each."""
    rejects = data.rejects_this_year.assign(kind=lambda f: f["reason_code"].map(reject_reasons()))
    if rejects.empty:  # a clean year: an empty table, not a crash
        empty = pd.DataFrame(columns=["Số dòng", "Ví dụ", "Vị trí ví dụ"])
        return empty.rename_axis("Lý do")
    grouped = rejects.groupby("kind")
    return pd.DataFrame(
        {
            "Số dòng": grouped.size(),
            "Ví dụ": grouped["raw_cells"].first().map(lambda t: for_meeting(t)[:160]),
            "Vị trí ví dụ": grouped.apply(_where, include_groups=False),
        }
    ).rename_axis("Lý do")


def _where(rows: pd.DataFrame) -> str:
    """Where the first of some rejected rows is: file, sheet and row."""
    first = rows.iloc[0]
    return f"{first['source_file']} {first['source_sheet']} dòng {first['source_row']}".strip()


def normalisation_changes(data: YearData) -> pd.DataFrame:
    """How many opinions each clean-up step changed, and district spellings that were mapped."""
    steps = data.this_year["text_changes"].str.split("; ").explode()
    steps = steps[steps.fillna("") != ""].value_counts().rename("Số ý kiến")
    spellings = data.this_year[data.this_year["district_raw"] != data.this_year["district"]]
    mapped = spellings.groupby(["district_raw", "district"]).size().rename("Số ý kiến")
    mapped.index = [f"'{raw}' → {official}" for raw, official in mapped.index]
    return pd.concat([steps, mapped]).rename_axis("Thay đổi").to_frame()


def _masked(opinions: pd.DataFrame) -> list[str]:
    """The opinions' texts without names or personal numbers, fit to show on a screen."""
    speakers = opinions["speaker"] if "speaker" in opinions else [""] * len(opinions)
    return [for_meeting(t, s) for t, s in zip(opinions["text"], speakers, strict=True)]


def theme_stance_counts(data: YearData) -> pd.DataFrame:
    """Opinions of the year by theme and stance, with Vietnamese names and totals."""
    table = pd.crosstab(data.this_year["theme"], data.this_year["stance"], margins=True,
                        margins_name="Tổng")  # fmt: skip
    table = table.reindex(index=[*themes(), "Tổng"], columns=[*stances(), "Tổng"], fill_value=0)
    return table.rename(index=themes(), columns=stances())


def examples_with_evidence(data: YearData, per_theme: int = 2) -> pd.DataFrame:
    """The clearest opinions per theme with the evidence that decided them (names masked)."""
    frame = data.this_year.sort_values(["theme_score", "record_id"], ascending=[False, True])
    picked = frame.groupby("theme", sort=False).head(per_theme)
    return pd.DataFrame(
        {
            "Chủ đề": picked["theme"].map(themes()),
            "Lập trường": picked["stance"].map(stances()),
            "Ý kiến": _masked(picked),
            "Căn cứ": picked["evidence"],
        }
    ).reset_index(drop=True)


def review_queue(data: YearData, head: int = 10) -> pd.DataFrame:
    """The year's opinions the classifier is unsure of, least sure first."""
    queue = data.this_year[data.this_year["needs_review"]]
    queue = queue.assign(score=queue[["theme_score", "stance_score"]].min(axis=1))
    queue = queue.sort_values(["score", "record_id"]).head(head)
    return pd.DataFrame(
        {
            "Mã ý kiến": queue["record_id"],
            "Ý kiến": _masked(queue),
            "Máy gán": queue["theme"].map(themes()) + " / " + queue["stance"].map(stances()),
            "Độ chắc chắn": queue["score"].round(2),
        }
    ).reset_index(drop=True)


# ---------------------------------------------------------------- recurring and emerging issues

LONG_TEXT = 60  # characters on average: a column of opinions or answers, given room to read
AREAS = {"commune": "xã, phường hiện nay", "unit": "đơn vị so sánh (huyện cũ hoặc tỉnh cũ)"}


def trends(data: YearData, area: str = "commune") -> TrendTables:
    """The year's recurring problems, emerging terms and unfit opinions, masked for showing.

    Computed once per area, as the report computes them (`area` "commune": today's commune;
    "unit": the continuity unit); tokens come from the classifier's cache.
    """
    from analysis.report.trend_tables import trend_tables
    from analysis.steps import cache_path
    from analysis.trends import year_trends

    if area not in AREAS:
        choices = "; ".join(f'"{key}" ({name})' for key, name in AREAS.items())
        raise ValueError(f"Địa bàn '{area}' không hợp lệ: dùng {choices}.")
    if area not in data.trends_by_area:
        settings = data.settings
        found = year_trends(data.classified, data.year, cache_path(settings), area, settings.unit)
        data.trends_by_area[area] = trend_tables(found, data.classified)
    return data.trends_by_area[area]


def trend_summary(found: TrendTables) -> Markdown:
    """What recurs, what is new and what fits no theme, in a few Vietnamese sentences."""
    from analysis.report.trend_tables import no_terms_sentence, recurring_sentence, unfit_sentence

    lines = [recurring_sentence(found)]
    if found.compared:  # else the first sentence says there is nothing to compare with
        lines.append(found.terms_note if len(found.terms) else no_terms_sentence(found))
    return _bullets([*lines, unfit_sentence(found)])


def recurring_issues(found: TrendTables) -> Styler:
    """Every problem raised again that reaches the year, promised-but-unsolved first."""
    from analysis.report.trend_tables import chains_frame

    return _wrapped(chains_frame(found))


def promised_unsolved(found: TrendTables) -> Styler:
    """The opinions and answers, year by year, of the problems promised but raised again."""
    from analysis.report.trend_tables import members_frame

    return _wrapped(members_frame(found, found.promised["chain_id"].tolist()))


def emerging_terms(found: TrendTables) -> Styler:
    """The emerging terms with their counts and shares, this year and before, and examples."""
    from analysis.report.trend_tables import terms_frame

    frame = terms_frame(found)
    shares = {c: percent for c in frame.columns if c.startswith("Tỉ lệ")}
    return _wrapped(frame, {"z": lambda z: decimal(z, 2), **shares})


def unfit_groups(found: TrendTables) -> Styler:
    """The groups of the year's opinions that fit no theme well, with examples."""
    from analysis.report.trend_tables import groups_frame

    return _wrapped(groups_frame(found))


def chart_recurring(found: TrendTables) -> Figure:
    """The recurring problems on a timeline: a row each, a dot per year it was raised."""
    from analysis.report.figures import recurring_timeline

    return recurring_timeline(found.chain_years())


def chart_emerging(found: TrendTables) -> Figure:
    """The emerging terms' share of opinions this year against the years before."""
    from analysis.report.figures import emerging_terms as draw

    return draw(found.terms_table())


def _wrapped(frame: pd.DataFrame, formats: dict | None = None) -> Styler:
    """A table shown whole: long texts wrapped (not cut at 50 characters), no index."""
    texts = [c for c in frame.columns if not pd.api.types.is_numeric_dtype(frame[c])]
    long = [c for c in texts if frame[c].astype(str).str.len().mean() > LONG_TEXT]
    return (
        frame.style.hide(axis="index")
        .format(formats or {}, na_rep="")
        .set_properties(subset=texts, **{"white-space": "pre-wrap", "text-align": "left"})
        .set_properties(subset=long, **{"min-width": "22em"})
        .set_table_styles([{"selector": "th", "props": "text-align: left"}])
    )


def _bullets(lines: list[str]) -> Markdown:
    """Sentences as a Markdown list, shown as text in a notebook and its HTML."""
    from IPython.display import Markdown

    return Markdown("\n".join(f"- {line}" for line in lines))


def _cleaning_figures(data: YearData) -> dict[str, float]:
    return {
        "y_kien_giu_lai": len(data.this_year),
        "dong_bi_loai": len(data.rejects_this_year),
        "so_tep": data.this_year["source_file"].nunique(),
        "so_don_vi": data.this_year["district"].nunique(),
    }


def _labelling_figures(data: YearData) -> dict[str, float]:
    now = data.this_year
    return {
        "y_kien": len(now),
        "can_xem_lai": int(now["needs_review"].sum()),
        "da_sua_tay": int(now["corrected"].sum()),
        "ti_le_phe_binh": (now["stance"] == "phe_binh").mean(),
        **now["theme"].value_counts().to_dict(),
    }


def _trend_figures(data: YearData) -> dict[str, float]:
    return {str(y): n for y, n in data.classified.groupby("year").size().items()}


def _recurrence_figures(data: YearData) -> dict[str, float]:
    found = trends(data)
    figures = {
        "van_de_lap_lai": len(found.chains),
        "da_hua_chua_giai_quyet": len(found.promised),
        "da_dung_truoc_nam": found.earlier,
        "tu_moi_noi": len(found.terms),
        "y_kien_chua_ro_chu_de": found.unfit,
        "nhom_chua_ro_chu_de": len(found.groups),
    }
    if len(found.terms):
        figures["z_cao_nhat"] = found.terms["z"].max()
    return figures


def _conference_figures(data: YearData) -> dict[str, float]:
    conferences = data.conferences[data.conferences["year"] == data.year]
    return {
        "y_kien": len(data.this_year),
        "hoi_nghi": len(conferences),
        "dai_bieu": conferences["delegates"].sum(),
    }


KEY_FIGURES: dict[str, Callable[[YearData], dict[str, float]]] = {
    "01-lam-sach": _cleaning_figures,
    "02-phan-loai": _labelling_figures,
    "03-xu-huong": _trend_figures,
    "04-hoi-nghi": _conference_figures,
    "05-lap-lai-va-moi-noi": _recurrence_figures,
}


def key_figures(notebook: str, data: YearData) -> pd.Series:
    """The headline numbers a notebook shows (rounded to 4 decimals), checked by the tests."""
    figures = KEY_FIGURES[notebook](data)
    rounded = {k: round(float(v), 4) for k, v in figures.items()}
    return pd.Series(rounded, name=f"Số liệu chính năm {data.year}")
