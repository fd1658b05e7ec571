"""Drawing: each function takes one chart's table and returns a matplotlib Figure.

A drawing function computes nothing: the numbers come from the table it is given (see
`analysis.report.charts`), so a chart and its table never disagree. The table's `attrs` carry
the year and the source note. Titles are Vietnamese; colours and names come from the vocabulary.
Figures are made without pyplot, so no backend is forced: the command line renders them to files
and a notebook shows them inline.
"""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from analysis.core.reform import REFORM_DATE
from analysis.core.vocabulary import stances, themes, vocabulary
from analysis.report import tables
from analysis.report.numbers import integer, percent
from analysis.report.tables import COMMUNES_SHOWN, MIN_OPINIONS, PROVINCE_ROW

UNKNOWN_COLOUR = "#cccccc"
CONTEXT_GREY = "#c8c8c8"
NOTE_GREY = "#555555"
PANEL_COLUMNS = 4  # small multiples per row
NOTE_CHARACTERS_PER_INCH = 14  # at 8 pt
STYLE = {
    "font.family": "DejaVu Sans",  # ships with matplotlib and has every Vietnamese glyph
    "figure.dpi": 110,
    "savefig.dpi": 150,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.fonttype": "none",
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.fontsize": 8,
    "legend.frameon": False,
}
PERCENT_AXIS = FuncFormatter(lambda value, _: percent(value / 100, 0))
COUNT_AXIS = FuncFormatter(lambda value, _: integer(value))


def _figure(width: float, height: float, note_lines: int | None = None) -> Figure:
    """A figure in the pack's style, laid out so titles, legends and the note never overlap.

    `note_lines`: how many lines the note under the plot takes (`_note_lines`), for a figure
    whose note may be long; without it, room for one or two.
    """
    sns.set_theme(style="whitegrid", rc=STYLE)
    fig = Figure(figsize=(width, height), layout="constrained")
    bottom = 0.045 if note_lines is None else max(0.045, (0.14 * note_lines + 0.08) / height)
    fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom))
    return fig


def _note_text(table: pd.DataFrame, note: str, width: float) -> list[str]:
    """The note under a plot (a remark, then the table's source) as wrapped lines."""
    text = " ".join(part for part in (note, table.attrs.get("source", "")) if part)
    return textwrap.wrap(text, int(width * NOTE_CHARACTERS_PER_INCH))


def _note_lines(table: pd.DataFrame, note: str, width: float) -> int:
    """How many lines the note under a plot of this width takes."""
    return len(_note_text(table, note, width))


def _finish(fig: Figure, title: str, table: pd.DataFrame, note: str = "") -> Figure:
    """Title, and the table's source note (with any remark on the chart) under the plot."""
    fig.suptitle(title, fontsize=13, fontweight="bold", x=0.01, ha="left")
    text = "\n".join(_note_text(table, note, fig.get_figwidth()))
    fig.text(0.01, 0.008, text, fontsize=8, color=NOTE_GREY, ha="left", va="bottom")
    return fig


def _legend_outside(fig: Figure, handles: list, title: str = "") -> None:
    """A figure legend to the right of every plot area."""
    fig.legend(handles=handles, title=title, loc="outside right upper")


def _patches(colours: dict[str, str], names: dict[str, str], keys) -> list[Patch]:
    """Legend entries for vocabulary keys."""
    return [Patch(color=colours.get(k, UNKNOWN_COLOUR), label=names.get(k, k)) for k in keys]


def _year_shades(colour: str, years: list) -> dict:
    """One shade of a colour per year, the earliest still clearly visible, the latest darkest."""
    shades = sns.light_palette(colour, n_colors=len(years) + 2)[2:]
    return {year: shades[i] for i, year in enumerate(years)}


def _no_data(fig: Figure, message: str) -> None:
    """A plain message in place of a chart that has nothing to show."""
    ax = fig.subplots()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color=NOTE_GREY)


def participation(table: pd.DataFrame) -> Figure:
    """1. Opinions per district per year, and opinions per 100 delegates (dots, never lines)."""
    fig = _figure(11, 8)
    top, bottom = fig.subplots(2, 1, sharex=True)
    years = sorted(table["year"].unique())
    shades = _year_shades(vocabulary().colours("stance").get("kien_nghi", "#2980b9"), years)
    sns.barplot(table, x="district_short", y="opinions", hue="year", palette=shades, ax=top,
                legend=False, saturation=1)  # fmt: skip
    top.set(ylabel="Số ý kiến", xlabel="")
    top.yaxis.set_major_locator(MaxNLocator(integer=True))
    top.yaxis.set_major_formatter(COUNT_AXIS)
    rated = table.dropna(subset=["per_100_delegates"])
    if rated.empty:
        bottom.text(0.5, 0.5, "Chưa có số đại biểu trong dữ liệu", ha="center", va="center",
                    transform=bottom.transAxes, color=NOTE_GREY)  # fmt: skip
    else:
        sns.stripplot(rated, x="district_short", y="per_100_delegates", hue="year",
                      palette=shades, dodge=True, size=6, jitter=False, ax=bottom,
                      legend=False, order=sorted(table["district_short"].unique()))  # fmt: skip
    bottom.set(ylabel="Ý kiến / 100 đại biểu", xlabel="Đơn vị")
    bottom.tick_params(axis="x", rotation=30)
    handles = [Patch(color=shades[y], label=str(y)) for y in years]
    _legend_outside(fig, handles, "Năm")
    first = table[table["opinions"] > 0].groupby("district_short")["year"].min()
    newer = first[first > min(years)]
    note = " ".join(
        f"Chỉ có số liệu từ năm {year} (trước đó là chưa có, không phải 0 ý kiến): "
        f"{', '.join(sorted(units.index))}."
        for year, units in newer.groupby(newer)
    )
    title = "Tham gia hội nghị: số ý kiến và số ý kiến trên 100 đại biểu"
    return _finish(fig, title, table, note)


def theme_mix_by_year(shares: pd.DataFrame) -> Figure:
    """2. Share of each theme among the year's opinions, stacked, with n under each year."""
    fig = _figure(11, 6)
    ax = fig.subplots()
    keys = [k for k in shares.columns if k != "n"]
    colours, names = vocabulary().colours("theme"), vocabulary().names("theme")
    labels = [f"{year}\nn = {integer(n)}" for year, n in shares["n"].items()]
    bottom = np.zeros(len(shares))
    for key in keys:
        values = shares[key].to_numpy() * 100
        ax.bar(labels, values, bottom=bottom, color=colours.get(key, UNKNOWN_COLOUR), width=0.7)
        for x, (base, value) in enumerate(zip(bottom, values, strict=True)):
            if value >= 6:
                ax.text(x, base + value / 2, percent(value / 100, 0), ha="center", va="center",
                        fontsize=7, color="white")  # fmt: skip
        bottom += values
    ax.set(ylabel="Tỉ lệ ý kiến", xlabel="Năm (n: số ý kiến)", ylim=(0, 100))
    ax.set_xlim(-0.5 - max(0, 3 - len(labels)) / 2, len(labels) - 0.5 + max(0, 3 - len(labels)) / 2)
    ax.yaxis.set_major_formatter(PERCENT_AXIS)
    ax.grid(axis="x", visible=False)
    _mark_reform(ax, shares.index)
    _legend_outside(fig, _patches(colours, names, keys), "Chủ đề")
    return _finish(fig, "Cơ cấu chủ đề ý kiến theo năm", shares)


def stance_by_theme(shares: pd.DataFrame) -> Figure:
    """3. Criticism, praise and proposals within each theme, for one year, with n per theme."""
    fig = _figure(11, 6)
    ax = fig.subplots()
    colours = vocabulary().colours("stance")
    labels = [f"{themes().get(k, k)} (n = {integer(n)})" for k, n in shares["n"].items()]
    left = np.zeros(len(shares))
    for key in stances():
        values = shares[key].to_numpy() * 100
        ax.barh(labels, values, left=left, color=colours[key], height=0.7)
        for y, (base, value) in enumerate(zip(left, values, strict=True)):
            if value >= 8:
                ax.text(base + value / 2, y, percent(value / 100, 0), ha="center", va="center",
                        fontsize=7, color="white")  # fmt: skip
        left += values
    ax.set(xlabel="Tỉ lệ trong chủ đề", xlim=(0, 100))
    ax.xaxis.set_major_formatter(PERCENT_AXIS)
    ax.grid(axis="y", visible=False)
    ax.invert_yaxis()
    _legend_outside(fig, _patches(colours, stances(), stances()), "Lập trường")
    note = f"n: số ý kiến của chủ đề; chủ đề có dưới {MIN_OPINIONS} ý kiến chỉ mang tính tham khảo."
    return _finish(fig, f"Lập trường theo chủ đề, năm {shares.attrs['year']}", shares, note)


def criticism_heatmap(table: pd.DataFrame) -> Figure:
    """4. Share of criticism per district and theme (with n), hidden below a minimum n."""
    fig = _figure(11, 6.5)
    ax = fig.subplots()
    order = [k for k in themes() if k in set(table["theme"])]
    grid = table.pivot_table(index="district_short", columns="theme", dropna=False,
                             values=["criticism_share", "opinions"], aggfunc="first")  # fmt: skip
    share = grid["criticism_share"].reindex(columns=order)
    count = grid["opinions"].reindex(columns=order)
    cmap = sns.light_palette(vocabulary().colours("stance").get("phe_binh", "#c0392b"),
                             as_cmap=True)  # fmt: skip
    colourbar = {"label": "Tỉ lệ phê bình", "format": PERCENT_AXIS}
    sns.heatmap(share * 100, ax=ax, cmap=cmap, vmin=0, vmax=100, linewidths=0.5,
                linecolor="#eeeeee", cbar_kws=colourbar)  # fmt: skip
    for (row, col), n in np.ndenumerate(count.to_numpy(dtype=float)):
        value = share.to_numpy(dtype=float)[row, col]
        if np.isnan(n):
            continue
        label = f"n={integer(n)}" if np.isnan(value) else f"{percent(value, 0)}\nn={integer(n)}"
        colour = "white" if value > 0.6 else ("#888888" if np.isnan(value) else "black")
        ax.text(col + 0.5, row + 0.5, label, ha="center", va="center", fontsize=7, color=colour)
    ax.set_xticklabels([themes().get(k, k) for k in order], rotation=30, ha="right")
    ax.set(xlabel="Chủ đề", ylabel="Đơn vị")
    ax.grid(False)
    ax.tick_params(axis="y", rotation=0)
    note = f"Ô trắng ghi n: dưới {MIN_OPINIONS} ý kiến, không tính tỉ lệ; ô trống: không có ý kiến."
    title = f"Tỉ lệ ý kiến phê bình theo đơn vị và chủ đề, năm {table.attrs['year']}"
    return _finish(fig, title, table, note)


def criticism_change(change: pd.DataFrame) -> Figure:
    """5. Criticism by theme this year against the year before (only when there is one)."""
    year = change.attrs["year"]
    fig = _figure(11, 6)
    if change.empty:
        _no_data(fig, f"Chưa có số liệu năm {year - 1} để so sánh.")
        return _finish(fig, f"Ý kiến phê bình so với năm trước, năm {year}", change)
    ax = fig.subplots()
    colours = vocabulary().colours("stance")
    rise, fall = colours.get("phe_binh", "#c0392b"), colours.get("khen_ngoi", "#27ae60")
    names = [themes().get(k, k) for k in change.index]
    ax.barh(names, change["change"], color=[rise if v > 0 else fall for v in change["change"]])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    reach = max(1, int(change["change"].abs().max()))
    ax.set_xlim(-reach * 1.6, reach * 1.6)
    for i, (before, after, diff) in enumerate(change[["before", "after", "change"]].to_numpy()):
        side = "left" if diff >= 0 else "right"
        label = f" {integer(before)} → {integer(after)} " + (f"({diff:+d})" if diff else "(0)")
        ax.text(diff, i, label, va="center", ha=side, fontsize=8)
    ax.set_xlabel(f"Thay đổi số ý kiến phê bình, năm {year} so với năm {year - 1}")
    ax.grid(axis="y", visible=False)
    handles = [Patch(color=rise, label="Tăng"), Patch(color=fall, label="Giảm")]
    _legend_outside(fig, handles)
    note = f"Nhãn: số ý kiến phê bình năm {year - 1} → năm {year}."
    return _finish(fig, f"Ý kiến phê bình theo chủ đề: năm {year - 1} và năm {year}", change, note)


def district_theme_trends(trends: pd.DataFrame) -> Figure:
    """6. One panel per theme: its share over the years, province in colour, each unit in grey."""
    colours = vocabulary().colours("theme")
    shown = [k for k in themes() if k in set(trends["theme"])]
    rows = max(1, -(-len(shown) // PANEL_COLUMNS))
    fig = _figure(13, 2.9 * rows + 1)
    axes = np.ravel(fig.subplots(rows, PANEL_COLUMNS, sharex=True, sharey=True))
    years = sorted(int(y) for y in trends["year"].unique())
    units = [u for u in trends["district_short"].unique() if u != PROVINCE_ROW]
    for ax, theme in zip(axes, shown, strict=False):
        part = trends[trends["theme"] == theme]
        for unit in units:
            line = part[part["district_short"] == unit].sort_values("year")
            ax.plot(line["year"], line["theme_share"] * 100, color=CONTEXT_GREY, linewidth=0.9,
                    marker="o" if len(years) == 1 else None, markersize=3)  # fmt: skip
        whole = part[part["district_short"] == PROVINCE_ROW].sort_values("year")
        colour = colours.get(theme, UNKNOWN_COLOUR)
        ax.plot(whole["year"], whole["theme_share"] * 100, color=colour, linewidth=2.4, marker="o",
                markersize=4)  # fmt: skip
        last = whole.iloc[-1]
        ax.annotate(percent(last["theme_share"], 0), (last["year"], last["theme_share"] * 100),
                    xytext=(4, 0), textcoords="offset points", fontsize=8, color=colour,
                    va="center")  # fmt: skip
        ax.set_title(themes().get(theme, theme), color=colour, fontweight="bold")
        _mark_reform(ax, years, categorical=False, label=False)
    for ax in axes[len(shown) :]:
        ax.axis("off")
    axes[0].set_xticks(years, [str(y) for y in years])
    axes[0].set_xlim(years[0] - 0.5, years[-1] + 0.7)
    axes[0].yaxis.set_major_formatter(PERCENT_AXIS)
    for ax in axes:
        ax.tick_params(axis="x", rotation=45 if len(years) > 4 else 0)
    handles = [Line2D([], [], color=colours.get(k, UNKNOWN_COLOUR), linewidth=2.4,
                      label=themes().get(k, k)) for k in shown]  # fmt: skip
    handles.append(Line2D([], [], color=CONTEXT_GREY, label="Từng đơn vị"))
    if len(shown) < len(axes):
        fig.legend(handles=handles, loc="center left", bbox_to_anchor=(0, 0.5),
                   bbox_transform=axes[-1].transAxes)  # fmt: skip
    else:
        _legend_outside(fig, handles)
    note = "Mỗi ô một chủ đề: đường màu là toàn tỉnh, đường xám là từng đơn vị."
    if REFORM_DATE.year in years and len(years) > 1:
        note += f" Đường gạch: sắp xếp đơn vị hành chính từ {REFORM_DATE:%m/%Y}."
    title = "Tỉ lệ từng chủ đề trong ý kiến của năm: toàn tỉnh và từng đơn vị"
    return _finish(fig, title, trends, note)


def top_terms(terms: pd.DataFrame) -> Figure:
    """7. The words most typical of each theme, one panel per theme that has any."""
    colours = vocabulary().colours("theme")
    shown = [t for t in themes() if t in set(terms["theme"])]
    rows = max(1, -(-len(shown) // PANEL_COLUMNS))
    fig = _figure(14, 3.2 * rows + 0.8)
    axes = np.ravel(fig.subplots(rows, PANEL_COLUMNS))
    for ax in axes[len(shown) :]:
        ax.axis("off")
    for ax, theme in zip(axes, shown, strict=False):
        part = terms[terms.theme == theme].head(8).sort_values("count", ascending=False)
        ax.barh(part["term"], part["count"], color=colours.get(theme, UNKNOWN_COLOUR))
        ax.invert_yaxis()
        ax.set_title(themes()[theme], color=colours.get(theme, UNKNOWN_COLOUR), fontweight="bold")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
        ax.grid(axis="y", visible=False)
    if not shown:
        _no_data(fig, "Không có từ nào xuất hiện trong ít nhất hai ý kiến.")
    note = "Số: số ý kiến có từ đó; chỉ tính từ có trong ít nhất hai ý kiến, trừ chủ đề ít ý kiến."
    title = f"Từ ngữ nổi bật theo chủ đề, năm {terms.attrs['year']}"
    return _finish(fig, title, terms, note)


def response_timing(table: pd.DataFrame) -> Figure:
    """8. How opinions were answered, by district: at the conference, later, or not yet."""
    fig = _figure(11, 6)
    ax = fig.subplots()
    colours, names = vocabulary().colours("response_timing"), vocabulary().names("response_timing")
    bottom = np.zeros(len(table))
    for key in table.columns:
        ax.bar(table.index.astype(str), table[key], bottom=bottom,
               color=colours.get(key, UNKNOWN_COLOUR), width=0.7)  # fmt: skip
        bottom += table[key].to_numpy()
    for x, total in enumerate(bottom):
        ax.text(x, total, f"n = {integer(total)}", ha="center", va="bottom", fontsize=8)
    ax.set(ylabel="Số ý kiến", xlabel="Đơn vị")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.tick_params(axis="x", rotation=30)
    ax.grid(axis="x", visible=False)
    _legend_outside(fig, _patches(colours, names, table.columns), "Hình thức trả lời")
    title = f"Trả lời ý kiến: tại hội nghị hay sau hội nghị, năm {table.attrs['year']}"
    return _finish(fig, title, table)


def communes(table: pd.DataFrame) -> Figure:
    """9. The communes with most opinions this year, on today's map (all listed in the workbook)."""
    shown = table.head(COMMUNES_SHOWN).iloc[::-1]
    fig = _figure(11, 6)
    ax = fig.subplots()
    colours = vocabulary().colours("stance")
    y = np.arange(len(shown))
    others = shown["opinions"] - shown["criticism"]
    ax.barh(y, shown["criticism"], color=colours.get("phe_binh", UNKNOWN_COLOUR))
    ax.barh(y, others, left=shown["criticism"], color=CONTEXT_GREY)
    ax.set_yticks(y, [tables.short_district(c) for c in shown["commune"]])
    for row, total in zip(y, shown["opinions"], strict=True):
        ax.text(total, row, f" {integer(total)}", va="center", fontsize=8)
    ax.set(xlabel="Số ý kiến", ylabel="")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", visible=False)
    names = vocabulary().names("stance")
    _legend_outside(fig, [Patch(color=colours.get("phe_binh", UNKNOWN_COLOUR),
                                label=names.get("phe_binh", "")),
                          Patch(color=CONTEXT_GREY, label="Ý kiến khác")])  # fmt: skip
    note = (
        f"{len(shown)}/{len(table)} xã, phường có nhiều ý kiến nhất; bảng số liệu có đủ cả "
        f"{len(table)}. Ý kiến được tính theo xã, phường hiện nay (sau 01/7/2025)."
    )
    if table.attrs.get("without_commune"):
        note += f" {integer(table.attrs['without_commune'])} ý kiến không rõ xã, phường."
    title = f"Ý kiến theo xã, phường, năm {table.attrs['year']}"
    return _finish(fig, title, table, note)


def _mark_reform(ax, years, categorical: bool = True, label: bool = True) -> None:
    """A dashed line before the reform year on charts that cross the July 2025 reform."""
    reform_year = REFORM_DATE.year
    values = [int(y) for y in years]
    if reform_year not in values or len(values) < 2:
        return
    x = values.index(reform_year) - 0.5 if categorical else reform_year - 0.5
    ax.axvline(x, color=NOTE_GREY, linestyle="--", linewidth=0.8)
    if not label:
        return
    ax.text(x, ax.get_ylim()[1], "sắp xếp ĐVHC 7/2025", fontsize=7, color=NOTE_GREY,
            ha="center", va="bottom")  # above the plot, clear of the bars  # fmt: skip


TIMELINE_CHAINS = 20  # recurring problems drawn on the timeline (all are in the workbook)
PROMISED_RING = "#1a1a1a"  # the ring around a promised-but-unsolved problem's dots
EMERGING_TERMS_SHOWN = 15


def recurring_timeline(table: pd.DataFrame) -> Figure:
    """The recurring problems reaching the year: a row each, a dot per year it was raised.

    The table is opinions per chain and year (`TrendTables.chain_years`), chains in display
    order (promised-but-unsolved first); dots are coloured by theme, sized by opinions.
    """
    year = table.attrs["year"]
    chains = list(dict.fromkeys(table["chain_id"]))[:TIMELINE_CHAINS]
    years = sorted(int(y) for y in table["year"].unique())
    note = _timeline_note(years, len(chains), table.attrs.get("chains", len(chains)))
    fig = _figure(11, 1.6 + 0.34 * max(len(chains), 3), _note_lines(table, note, 11))
    title = f"Vấn đề được nêu lặp lại qua các năm, có ý kiến năm {year}"
    if not chains:
        _no_data(fig, f"Không có vấn đề nào được nêu lặp lại có ý kiến năm {year}.")
        return _finish(fig, title, table)
    ax = fig.subplots()
    colours, names = vocabulary().colours("theme"), vocabulary().names("theme")
    shown = table[table["chain_id"].isin(chains)]
    labels = []
    for row, (chain, part) in enumerate(shown.groupby("chain_id", sort=False)):
        first = part.iloc[0]
        promised = bool(first["promised_unsolved"])
        ax.plot(part["year"], [row] * len(part), color=CONTEXT_GREY, linewidth=1.2, zorder=1)
        ax.scatter(
            part["year"],
            [row] * len(part),
            s=30 + 28 * part["opinions"],
            color=colours.get(first["theme"], UNKNOWN_COLOUR),
            edgecolor=PROMISED_RING if promised else "white",
            linewidth=2 if promised else 0.8,
            zorder=2,
        )
        labels.append((f"{chain} · {tables.short_district(first['area'])}", promised))
    ax.set_yticks(range(len(labels)), [text for text, _ in labels])
    for tick, (_, promised) in zip(ax.get_yticklabels(), labels, strict=True):
        if promised:
            tick.set_fontweight("bold")
    ax.set_xticks(range(years[0], years[-1] + 1))
    ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.set(xlabel="Năm", ylabel="Chuỗi · địa bàn")
    ax.grid(axis="y", visible=False)
    _mark_reform(ax, range(years[0], years[-1] + 1), categorical=False, label=False)
    themes_shown = [k for k in themes() if k in set(shown["theme"])]
    handles = _patches(colours, names, themes_shown)
    handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="white",
                          markeredgecolor=PROMISED_RING, markeredgewidth=2, markersize=8,
                          label="Đã hứa, chưa giải quyết\n(viền đậm, tên in đậm)"))  # fmt: skip
    _legend_outside(fig, handles, "Chủ đề")
    return _finish(fig, title, table, note)


def _timeline_note(years: list[int], shown: int, total: int) -> str:
    """What the timeline's rows and dots mean, the reform line, and how many are drawn."""
    note = "Mỗi hàng một vấn đề (số chuỗi · địa bàn); chấm: năm có ý kiến, to hơn khi nhiều ý kiến."
    if years and years[0] < REFORM_DATE.year <= years[-1]:
        note += f" Đường gạch: sắp xếp đơn vị hành chính từ {REFORM_DATE:%m/%Y}."
    if total > shown:
        note += f" {shown}/{total} vấn đề; danh sách đầy đủ trong bảng tính."
    return note


def emerging_terms(table: pd.DataFrame) -> Figure:
    """Emerging terms: the share of opinions using each, in the earlier years and this year."""
    year = table.attrs["year"]
    shown = table.head(EMERGING_TERMS_SHOWN)
    note = f"Xếp theo mức tăng (z). {table.attrs.get('note', '')}" if len(shown) else ""
    fig = _figure(11, 1.6 + 0.36 * max(len(shown), 3), _note_lines(table, note, 11))
    title = f"Từ ngữ mới nổi năm {year}: tỉ lệ ý kiến có từ, so với các năm trước"
    if shown.empty:
        _no_data(fig, f"Không có từ ngữ nào được dùng nhiều hơn rõ rệt năm {year}.")
        return _finish(fig, title, table)
    ax = fig.subplots()
    now = vocabulary().colours("stance").get("kien_nghi", "#2980b9")
    rows = np.arange(len(shown))
    before, after = shown["share_before"] * 100, shown["share"] * 100
    ax.hlines(rows, before, after, color=CONTEXT_GREY, linewidth=2, zorder=1)
    ax.scatter(before, rows, color=NOTE_GREY, s=36, zorder=2)
    ax.scatter(after, rows, color=now, s=56, zorder=3)
    for row, (share, count, count_before) in enumerate(
        shown[["share", "count", "count_before"]].to_numpy()
    ):
        label = f"  {integer(count)} ý kiến (trước: {integer(count_before)})"
        ax.text(share * 100, row, label, va="center", ha="left", fontsize=8)
    ax.set_yticks(rows, shown["term"])
    ax.set_ylim(len(shown) - 0.5, -0.5)
    ax.set_xlim(0, max(after.max(), before.max()) * 1.35)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 5, 10]))
    ax.xaxis.set_major_formatter(PERCENT_AXIS)
    ax.set(xlabel="Tỉ lệ ý kiến có từ này", ylabel="")
    ax.grid(axis="y", visible=False)
    handles = [
        Line2D([], [], marker="o", linestyle="", color=NOTE_GREY, label="Các năm trước"),
        Line2D([], [], marker="o", linestyle="", color=now, label=f"Năm {year}"),
    ]
    _legend_outside(fig, handles)
    return _finish(fig, title, table, note)
