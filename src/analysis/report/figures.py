"""Drawing: each function takes one chart's table and returns a matplotlib Figure.

A drawing function computes nothing: the numbers come from the table it is given (see
`analysis.report.charts`), so a chart and its table never disagree. The table's `attrs` carry
the year and the source note. Titles are Vietnamese; colours and names come from the vocabulary.
"""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.core.reform import REFORM_DATE
from analysis.core.vocabulary import stances, themes, vocabulary

UNKNOWN_COLOUR = "#cccccc"
PANEL_COLUMNS = 4  # small multiples per row

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


def _finish(fig: Figure, title: str, table: pd.DataFrame) -> Figure:
    """Title and the table's source note on a figure."""
    fig.suptitle(title, fontsize=13, fontweight="bold", x=0.01, ha="left")
    note = table.attrs.get("source", "")
    fig.text(0.01, 0.005, note, fontsize=8, color="#555555", ha="left", va="bottom")
    fig.tight_layout(rect=(0, 0.04, 1, 0.95))
    return fig


def _stacked_bars(ax, table: pd.DataFrame, kind: str) -> None:
    """Vertical stacked bars of a table whose columns are keys of a vocabulary kind."""
    colours, names = vocabulary().colours(kind), vocabulary().names(kind)
    bottom = np.zeros(len(table))
    for key in table.columns:
        ax.bar(
            table.index.astype(str),
            table[key],
            bottom=bottom,
            color=colours.get(key, UNKNOWN_COLOUR),
            label=names.get(key, key),
        )
        bottom += table[key].to_numpy()


def participation(table: pd.DataFrame) -> Figure:
    """1. Opinions and delegates per district per year, and opinions per 100 delegates."""
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
    return _finish(fig, "Tham gia hội nghị: số ý kiến và tỉ lệ trên 100 đại biểu", table)


def theme_mix_by_year(shares: pd.DataFrame) -> Figure:
    """2. Share of each theme among the year's opinions, stacked."""
    fig, ax = plt.subplots(figsize=(11, 6))
    _stacked_bars(ax, shares * 100, "theme")
    ax.set_ylabel("Tỉ lệ ý kiến (%)")
    ax.set_xlabel("Năm")
    _mark_reform(ax, shares.index)
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    return _finish(fig, "Cơ cấu chủ đề ý kiến theo năm", shares)


def stance_by_theme(shares: pd.DataFrame) -> Figure:
    """3. Criticism, praise and proposals within each theme, for one year."""
    fig, ax = plt.subplots(figsize=(11, 6))
    colours = vocabulary().colours("stance")
    left = np.zeros(len(shares))
    for key, name in stances().items():
        ax.barh(
            shares.index.map(themes()),
            shares[key] * 100,
            left=left,
            color=colours[key],
            label=name,
        )
        left += shares[key].to_numpy() * 100
    ax.set_xlabel("Tỉ lệ trong chủ đề (%)")
    ax.invert_yaxis()
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    return _finish(fig, f"Lập trường theo chủ đề, năm {shares.attrs['year']}", shares)


def criticism_heatmap(share: pd.DataFrame) -> Figure:
    """4. Share of criticism per district and theme, for one year (blank: no opinions)."""
    fig, ax = plt.subplots(figsize=(11, 6))
    image = ax.imshow(
        share.to_numpy(dtype=float) * 100, cmap="Reds", vmin=0, vmax=100, aspect="auto"
    )
    ax.set_xticks(
        range(len(share.columns)),
        [themes()[c] for c in share.columns],
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
    title = f"Tỉ lệ ý kiến phê bình theo đơn vị và chủ đề, năm {share.attrs['year']}"
    return _finish(fig, title, share)


def criticism_change(change: pd.DataFrame) -> Figure:
    """5. Change in criticism by theme against the year before: which themes got better."""
    year = change.attrs["year"]
    fig, ax = plt.subplots(figsize=(11, 6))
    colours = ["#c0392b" if v > 0 else "#27ae60" for v in change["change"]]
    ax.barh(change.index.map(themes()), change["change"], color=colours)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.invert_yaxis()
    ax.set_xlabel(f"Thay đổi số ý kiến phê bình so với {year - 1} (đỏ: tăng, xanh: giảm)")
    for i, (before, after) in enumerate(zip(change["before"], change["after"], strict=True)):
        ax.text(0, i, f" {before} → {after}", va="center", fontsize=8)
    return _finish(fig, f"Ý kiến phê bình: {year - 1} → {year}", change)


def district_theme_trends(counts: pd.DataFrame) -> Figure:
    """6. Small multiples: each district's opinions per theme over the years."""
    colours = vocabulary().colours("theme")
    districts = sorted(counts["district_short"].unique())
    rows = max(1, -(-len(districts) // PANEL_COLUMNS))
    fig, axes = plt.subplots(rows, PANEL_COLUMNS, figsize=(13, 3 * rows), sharex=True, sharey=True)
    for ax, district in zip(np.ravel(axes), districts, strict=False):
        part = counts[counts.district_short == district].pivot_table(
            index="year", columns="theme", values="opinions", fill_value=0
        )
        for theme in part.columns:
            ax.plot(part.index, part[theme], color=colours.get(theme, UNKNOWN_COLOUR), marker=".")
        ax.set_title(district, fontsize=9)
        _mark_reform(ax, part.index, categorical=False)
    for ax in np.ravel(axes)[len(districts) :]:
        ax.axis("off")
    handles = [plt.Line2D([], [], color=colours[k], label=v) for k, v in themes().items()]
    fig.legend(handles=handles, loc="lower right", fontsize=7, ncols=4)
    return _finish(fig, "Xu hướng chủ đề theo từng đơn vị (số ý kiến)", counts)


def top_terms(terms: pd.DataFrame) -> Figure:
    """7. The most frequent words per theme, one panel per theme that has any."""
    colours = vocabulary().colours("theme")
    shown = [t for t in themes() if t in set(terms["theme"])]
    rows = max(2, -(-len(shown) // PANEL_COLUMNS))
    fig, axes = plt.subplots(rows, PANEL_COLUMNS, figsize=(14, 3.5 * rows))
    for ax in np.ravel(axes)[len(shown) :]:
        ax.axis("off")
    for ax, theme in zip(np.ravel(axes), shown, strict=False):
        part = terms[terms.theme == theme].head(8).sort_values("count", ascending=False)
        ax.barh(part["term"], part["count"], color=colours.get(theme, UNKNOWN_COLOUR))
        ax.invert_yaxis()
        ax.set_title(themes()[theme], fontsize=9)
        ax.tick_params(labelsize=8)
    title = f"Từ ngữ nổi bật theo chủ đề (số ý kiến có từ), năm {terms.attrs['year']}"
    return _finish(fig, title, terms)


def response_timing(table: pd.DataFrame) -> Figure:
    """8. How opinions were answered, by district: at the conference, later, or not yet."""
    fig, ax = plt.subplots(figsize=(11, 6))
    _stacked_bars(ax, table, "response_timing")
    ax.set_ylabel("Số ý kiến")
    ax.set_xlabel("Đơn vị")
    ax.tick_params(axis="x", rotation=30)
    ax.legend(fontsize=8)
    title = f"Trả lời ý kiến: tại hội nghị hay sau hội nghị, năm {table.attrs['year']}"
    return _finish(fig, title, table)


def _mark_reform(ax, years, categorical: bool = True) -> None:
    """A dashed line before the reform year on charts that cross the July 2025 reform."""
    reform_year = REFORM_DATE.year
    values = [int(y) for y in years]
    if reform_year not in values or len(values) < 2:
        return
    x = values.index(reform_year) - 0.5 if categorical else reform_year - 0.5
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
