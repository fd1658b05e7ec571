"""Charts for notebooks and reports: Vietnamese titles, one colour per label, a source note.

Each function takes the classified opinions (and conferences where needed) and returns a
matplotlib Figure; the numbers behind it come from `analysis.tables`, so a chart and its table
never disagree.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis import tables
from analysis.labels import STANCES, THEMES

THEME_COLOURS = {
    "an_ninh_quoc_gia": "#8c2d04",
    "toi_pham": "#d62728",
    "trat_tu_giao_thong": "#ff7f0e",
    "quan_ly_hanh_chinh": "#1f77b4",
    "phong_trao_toan_dan": "#2ca02c",
    "xay_dung_luc_luong": "#6a3d9a",
    "khac": "#8c8c8c",
}
STANCE_COLOURS = {"phe_binh": "#c0392b", "khen_ngoi": "#27ae60", "kien_nghi": "#2980b9"}
TIMING_COLOURS = {
    "tai_hoi_nghi": "#27ae60",
    "sau_hoi_nghi": "#f39c12",
    "chua_tra_loi": "#c0392b",
    "khong_ro": "#95a5a6",
}

plt.rcParams.update(
    {
        "font.family": "DejaVu Sans",  # ships with matplotlib and has every Vietnamese glyph
        "figure.dpi": 110,
        "savefig.dpi": 150,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "svg.fonttype": "none",
    }
)


def source_note(frame: pd.DataFrame) -> str:
    """The footnote: where the numbers come from, which years, and whether it is sample data."""
    years = sorted(frame["year"].unique()) if len(frame) else []
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")
    note = f"Nguồn: biên bản hội nghị 'Công an lắng nghe ý kiến nhân dân', năm {span}."
    if "is_synthetic" in frame and frame["is_synthetic"].any():
        note += " Dữ liệu mẫu (tổng hợp), không phải số liệu thật."
    return note


def _finish(fig: Figure, title: str, frame: pd.DataFrame) -> Figure:
    """Title and source note on a figure."""
    fig.suptitle(title, fontsize=13, fontweight="bold", x=0.01, ha="left")
    fig.text(0.01, 0.005, source_note(frame), fontsize=8, color="#555555", ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.04, 1, 0.95))
    return fig


def _stacked_bars(ax, table: pd.DataFrame, colours: dict[str, str], names: dict[str, str]):
    """Horizontal or vertical stacked bars of a table whose columns are label keys."""
    bottom = np.zeros(len(table))
    for key in table.columns:
        ax.bar(
            table.index.astype(str),
            table[key],
            bottom=bottom,
            color=colours.get(key, "#cccccc"),
            label=names.get(key, key),
        )
        bottom += table[key].to_numpy()


def participation(classified: pd.DataFrame, conferences: pd.DataFrame) -> Figure:
    """1. Opinions and delegates per district per year, and opinions per 100 delegates."""
    table = tables.participation(classified, conferences)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(11, 8), sharex=True)
    pivot = table.pivot_table(index="district_short", columns="year", values="opinions")
    pivot.plot.bar(ax=top, colormap="Blues", width=0.8)
    top.set_ylabel("Số ý kiến")
    top.legend(title="Năm", ncols=4, fontsize=8)
    rate = table.pivot_table(index="district_short", columns="year", values="per_100_delegates")
    if rate.empty:
        bottom.text(0.5, 0.5, "Chưa có số đại biểu trong dữ liệu", ha="center", va="center",
                    transform=bottom.transAxes, color="#555555")  # fmt: skip
    else:
        rate.plot(ax=bottom, marker="o", colormap="viridis")
        bottom.legend(title="Năm", ncols=4, fontsize=8)
    bottom.set_ylabel("Ý kiến / 100 đại biểu")
    bottom.set_xlabel("Đơn vị")
    bottom.tick_params(axis="x", rotation=30)
    return _finish(fig, "Tham gia hội nghị: số ý kiến và tỉ lệ trên 100 đại biểu", classified)


def theme_mix_by_year(classified: pd.DataFrame) -> Figure:
    """2. Share of each theme among the year's opinions, stacked."""
    shares = tables.theme_shares_by_year(classified)
    fig, ax = plt.subplots(figsize=(11, 6))
    _stacked_bars(ax, shares * 100, THEME_COLOURS, THEMES)
    ax.set_ylabel("Tỉ lệ ý kiến (%)")
    ax.set_xlabel("Năm")
    _mark_reform(ax, shares.index)
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    return _finish(fig, "Cơ cấu chủ đề ý kiến theo năm", classified)


def stance_by_theme(classified: pd.DataFrame, year: int) -> Figure:
    """3. Criticism, praise and proposals within each theme, for one year."""
    shares = tables.stance_shares_by_theme(classified, year)
    fig, ax = plt.subplots(figsize=(11, 6))
    left = np.zeros(len(shares))
    for key in STANCES:
        ax.barh(
            shares.index.map(THEMES),
            shares[key] * 100,
            left=left,
            color=STANCE_COLOURS[key],
            label=STANCES[key],
        )
        left += shares[key].to_numpy() * 100
    ax.set_xlabel("Tỉ lệ trong chủ đề (%)")
    ax.invert_yaxis()
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    return _finish(fig, f"Lập trường theo chủ đề, năm {year}", classified[classified.year == year])


def criticism_heatmap(classified: pd.DataFrame, year: int) -> Figure:
    """4. Share of criticism per district and theme, for one year (blank: no opinions)."""
    share = tables.criticism_share(classified, year)
    fig, ax = plt.subplots(figsize=(11, 6))
    image = ax.imshow(
        share.to_numpy(dtype=float) * 100, cmap="Reds", vmin=0, vmax=100, aspect="auto"
    )
    ax.set_xticks(
        range(len(share.columns)),
        [THEMES[c] for c in share.columns],
        rotation=30,
        ha="right",
        fontsize=8,
    )
    ax.set_yticks(range(len(share.index)), share.index, fontsize=8)
    for (row, col), value in np.ndenumerate(share.to_numpy(dtype=float)):
        if not np.isnan(value):
            colour = "white" if value > 0.6 else "black"
            ax.text(col, row, f"{value:.0%}", ha="center", va="center", fontsize=7, color=colour)
    fig.colorbar(image, ax=ax, label="Tỉ lệ phê bình (%)")
    ax.set_xlabel("Chủ đề")
    ax.set_ylabel("Đơn vị")
    title = f"Tỉ lệ ý kiến phê bình theo đơn vị và chủ đề, năm {year}"
    return _finish(fig, title, classified[classified.year == year])


def criticism_change(classified: pd.DataFrame, year: int) -> Figure:
    """5. Change in criticism by theme against the year before: which themes got better."""
    change = tables.criticism_change(classified, year)
    fig, ax = plt.subplots(figsize=(11, 6))
    colours = ["#c0392b" if v > 0 else "#27ae60" for v in change["change"]]
    ax.barh(change.index.map(THEMES), change["change"], color=colours)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.invert_yaxis()
    ax.set_xlabel(f"Thay đổi số ý kiến phê bình so với {year - 1} (đỏ: tăng, xanh: giảm)")
    for i, (before, after) in enumerate(zip(change["before"], change["after"], strict=True)):
        ax.text(0, i, f" {before} → {after}", va="center", fontsize=8)
    frame = classified[classified.year.isin([year - 1, year])]
    return _finish(fig, f"Ý kiến phê bình: {year - 1} → {year}", frame)


def district_theme_trends(classified: pd.DataFrame) -> Figure:
    """6. Small multiples: each district's opinions per theme over the years."""
    counts = tables.counts_by_district_year_theme(classified)
    districts = sorted(counts["district_short"].unique())
    columns = 4
    rows = max(1, -(-len(districts) // columns))
    fig, axes = plt.subplots(rows, columns, figsize=(13, 3 * rows), sharex=True, sharey=True)
    for ax, district in zip(np.ravel(axes), districts, strict=False):
        part = counts[counts.district_short == district].pivot_table(
            index="year", columns="theme", values="opinions", fill_value=0
        )
        for theme in part.columns:
            ax.plot(part.index, part[theme], color=THEME_COLOURS[theme], marker=".")
        ax.set_title(district, fontsize=9)
        _mark_reform(ax, part.index, categorical=False)
    for ax in np.ravel(axes)[len(districts) :]:
        ax.axis("off")
    handles = [plt.Line2D([], [], color=THEME_COLOURS[k], label=v) for k, v in THEMES.items()]
    fig.legend(handles=handles, loc="lower right", fontsize=7, ncols=4)
    return _finish(fig, "Xu hướng chủ đề theo từng đơn vị (số ý kiến)", classified)


def top_terms(terms: pd.DataFrame, classified: pd.DataFrame, year: int) -> Figure:
    """7. The most frequent words per theme (from `tables.top_terms`)."""
    themes = [t for t in THEMES if t in set(terms["theme"])]
    fig, axes = plt.subplots(2, 4, figsize=(14, 7))
    for ax, theme in zip(np.ravel(axes), themes, strict=False):
        part = terms[terms.theme == theme].head(8).sort_values("count", ascending=False)
        ax.barh(part["term"], part["count"], color=THEME_COLOURS[theme])
        ax.invert_yaxis()
        ax.set_title(THEMES[theme], fontsize=9)
        ax.tick_params(labelsize=8)
    for ax in np.ravel(axes)[len(themes) :]:
        ax.axis("off")
    frame = classified[classified.year == year]
    return _finish(fig, f"Từ ngữ nổi bật theo chủ đề (số ý kiến có từ), năm {year}", frame)


def response_timing(classified: pd.DataFrame, year: int) -> Figure:
    """8. How opinions were answered, by district: at the conference, later, or not yet."""
    table = tables.response_timing(classified, year)
    fig, ax = plt.subplots(figsize=(11, 6))
    _stacked_bars(ax, table, TIMING_COLOURS, tables.TIMING_NAMES)
    ax.set_ylabel("Số ý kiến")
    ax.set_xlabel("Đơn vị")
    ax.tick_params(axis="x", rotation=30)
    ax.legend(fontsize=8)
    title = f"Trả lời ý kiến: tại hội nghị hay sau hội nghị, năm {year}"
    return _finish(fig, title, classified[classified.year == year])


def _mark_reform(ax, years, categorical: bool = True) -> None:
    """A dashed line before 2025 on charts that cross the July 2025 administrative reform."""
    values = [int(y) for y in years]
    if 2025 not in values or len(values) < 2:
        return
    x = values.index(2025) - 0.5 if categorical else 2024.5
    ax.axvline(x, color="#555555", linestyle="--", linewidth=0.8)
    ax.text(
        x,
        ax.get_ylim()[1],
        " sắp xếp ĐVHC 7/2025",
        fontsize=7,
        color="#555555",
        ha="left",
        va="top",
    )


ALL_CHARTS = {
    "1-tham-gia": "participation",
    "2-co-cau-chu-de": "theme_mix_by_year",
    "3-lap-truong-theo-chu-de": "stance_by_theme",
    "4-ban-do-nhiet-phe-binh": "criticism_heatmap",
    "5-thay-doi-phe-binh": "criticism_change",
    "6-xu-huong-don-vi": "district_theme_trends",
    "7-tu-noi-bat": "top_terms",
    "8-tra-loi": "response_timing",
}
