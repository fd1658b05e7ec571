"""The meeting pack of one year: figures, a self-contained HTML report and the tables behind it.

Load: classified opinions and conferences. Process: the registry's charts and their tables, short
Vietnamese summaries computed from the data, example opinions without names or personal numbers.
Save: reports/<year>/figures/*.png|svg, bao-cao-<year>.html, bang-so-lieu-<year>.xlsx.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from pathlib import Path

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from analysis.core.atomic import write_atomically
from analysis.core.files import neutralise_frame
from analysis.core.vocabulary import label_name, stances, themes
from analysis.report import tables
from analysis.report.charts import Chart, ReportInput, build_charts
from analysis.report.privacy import for_meeting

EXAMPLES_PER_THEME = 2
SHOWN_DECIMALS = 3  # shares in the HTML and workbook tables


def _percent(value: float) -> str:
    """A share as a Vietnamese percentage: 0.284 -> '28,4%'."""
    return f"{value * 100:.1f}%".replace(".", ",")


def _readable(table: pd.DataFrame) -> pd.DataFrame:
    """Label keys replaced by their Vietnamese names, in index and columns; shares rounded."""
    columns = {
        "opinions": "Số ý kiến",
        "delegates": "Số đại biểu",
        "year": "Năm",
        "per_100_delegates": "Ý kiến/100 đại biểu",
        "district": "Đơn vị",
        "district_short": "Đơn vị (viết tắt)",
        "before": "Năm trước",
        "after": "Năm nay",
        "change": "Thay đổi",
        "theme": "Chủ đề",
        "term": "Từ",
        "count": "Số ý kiến có từ",
    }
    out = table.round(SHOWN_DECIMALS).rename(index=_name_of, columns=_name_of)
    out = out.rename(columns=columns)
    if "Chủ đề" in out:
        out["Chủ đề"] = out["Chủ đề"].map(_name_of)
    return out


def _name_of(value: object) -> object:
    """The Vietnamese name of a vocabulary key; anything else as it is."""
    return label_name(value) if isinstance(value, str) else value


def summarise(classified: pd.DataFrame, conferences: pd.DataFrame, year: int) -> list[str]:
    """Short sentences about the year's numbers, each computed from the records."""
    now = classified[classified["year"] == year]
    before = classified[classified["year"] == year - 1]
    confs = conferences[conferences["year"] == year]
    lines = [
        f"Năm {year} ghi nhận {len(now)} ý kiến tại {len(confs)} hội nghị của "
        f"{now['district'].nunique()} đơn vị"
        + (
            f", với {int(confs['delegates'].sum())} đại biểu tham dự."
            if confs["delegates"].notna().any()
            else "."
        )
    ]
    if len(now):
        shares = now["theme"].value_counts(normalize=True)
        top = shares.index[0]
        lines.append(f"Chủ đề được nêu nhiều nhất: {themes()[top]} ({_percent(shares.iloc[0])}).")
        critical = (now["stance"] == "phe_binh").mean()
        line = f"Tỉ lệ ý kiến phê bình, phản ánh hạn chế: {_percent(critical)}"
        if len(before):
            line += f" (năm {year - 1}: {_percent((before['stance'] == 'phe_binh').mean())})"
        lines.append(line + ".")
        answered = now["response_timing"].isin(["tai_hoi_nghi", "sau_hoi_nghi"]).mean()
        at_meeting = (now["response_timing"] == "tai_hoi_nghi").mean()
        lines.append(
            f"{_percent(answered)} ý kiến đã được trả lời, trong đó {_percent(at_meeting)} "
            "trả lời ngay tại hội nghị."
        )
        change = tables.criticism_change(classified, year)
        if len(before):
            worse = change[change["change"] > 0]["change"].sort_values(ascending=False)
            better = change[change["change"] < 0]["change"].sort_values()
            if len(worse):
                lines.append(
                    f"Phê bình tăng nhiều nhất ở: {themes()[worse.index[0]]} (+{worse.iloc[0]})."
                )
            if len(better):
                lines.append(
                    f"Phê bình giảm nhiều nhất ở: {themes()[better.index[0]]} ({better.iloc[0]})."
                )
        if "needs_review" in now:
            lines.append(
                f"{int(now['needs_review'].sum())} ý kiến máy chưa chắc chắn, cần cán bộ xem lại."
            )
    return lines


def examples(classified: pd.DataFrame, year: int) -> list[tuple[str, list[dict]]]:
    """A few clear opinions per theme, masked for the meeting."""
    now = classified[classified["year"] == year]
    out = []
    for theme, name in themes().items():
        part = now[now["theme"] == theme].sort_values(
            ["theme_score", "record_id"], ascending=[False, True]
        )
        quotes = [
            {
                "text": for_meeting(row.text, getattr(row, "speaker", "") or ""),
                "district": row.district,
                "stance": stances()[row.stance],
                "evidence": for_meeting(row.evidence),
            }
            for row in part.head(EXAMPLES_PER_THEME).itertuples()
        ]
        if quotes:
            out.append((name, quotes))
    return out


def _png(figure) -> bytes:
    """A figure as PNG bytes."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def write_report(
    classified: pd.DataFrame,
    conferences: pd.DataFrame,
    year: int,
    out_dir: Path,
    province: str,
    cache_path: Path | None = None,
) -> Path:
    """Write the year's figures, HTML report and tables workbook; return the HTML path."""
    import matplotlib.pyplot as plt

    if year not in set(classified["year"]):
        raise ValueError(f"không có ý kiến nào của năm {year}")
    data = ReportInput.upto(classified, conferences, year, cache_path)
    charts = build_charts(data)
    figures = out_dir / "figures"
    sections = []
    for chart in charts:
        figure = chart.draw()
        png = _png(figure)
        write_atomically(figures / f"{chart.name}.png", lambda tmp, data=png: tmp.write_bytes(data))
        write_atomically(
            figures / f"{chart.name}.svg",
            lambda tmp, fig=figure: fig.savefig(tmp, format="svg", bbox_inches="tight"),
        )
        plt.close(figure)
        table_html = _readable(chart.table).to_html(na_rep="", float_format=lambda v: f"{v:,.3g}")
        sections.append(
            {"title": chart.title, "image": base64.b64encode(png).decode(), "table": table_html}
        )
    _write_workbook(charts, out_dir / f"bang-so-lieu-{year}.xlsx")
    environment = Environment(
        loader=PackageLoader("analysis", "templates"), autoescape=select_autoescape()
    )
    html = environment.get_template("bao-cao.html.j2").render(
        title=f"Báo cáo tổng hợp ý kiến nhân dân năm {year}",
        province=province,
        made_on=dt.date.today().strftime("%d/%m/%Y"),
        synthetic=bool(classified.get("is_synthetic", pd.Series(dtype=bool)).any()),
        summary=summarise(classified, conferences, year),
        sections=sections,
        examples=examples(classified, year),
        source=tables.source_note(data.classified),
    )
    target = out_dir / f"bao-cao-{year}.html"
    write_atomically(target, lambda tmp: tmp.write_text(html, encoding="utf-8"))
    return target


def _write_workbook(charts: list[Chart], target: Path) -> None:
    """One sheet per chart with the numbers behind it, Vietnamese headers, formulas neutralised."""

    def write(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
            for chart in charts:
                table = neutralise_frame(_readable(chart.table).reset_index())
                table.to_excel(writer, sheet_name=chart.name[:31], index=False)

    write_atomically(target, write)
