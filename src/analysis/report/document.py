"""The meeting pack of one year: figures, a short HTML briefing, a Word report and the workbook.

Load: classified opinions and conferences, and the year's trends when the caller computed them
(the report stage does not import the trends stage: `steps.report_step` passes them in).
Process: the registry's charts and their tables, the year's key figures (`facts`), the trends'
meeting tables (`trend_tables`), representative opinions without personal data. Save:
reports/<year>/figures/*.png|svg, bao-cao-<year>.html (a briefing of a few printed pages),
bao-cao-<year>.docx (the administrative report) and bang-so-lieu-<year>.xlsx (every number).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from analysis.core.atomic import write_atomically
from analysis.core.text import has_diacritics
from analysis.core.vocabulary import stances, themes
from analysis.report import tables
from analysis.report.charts import Chart, ReportInput, build_charts
from analysis.report.display import readable
from analysis.report.facts import YearFacts, summary_sentences, year_facts
from analysis.report.numbers import integer, percent
from analysis.report.privacy import for_meeting
from analysis.report.trend_tables import (
    CHAINS_SHEET,
    GROUPS_SHEET,
    MEMBERS_SHEET,
    TERMS_SHEET,
    TrendTables,
    add_facts,
    no_terms_sentence,
    recurring_sentence,
    trend_tables,
    unfit_sentence,
)
from analysis.report.workbook import write_workbook

if TYPE_CHECKING:
    from analysis.trends import YearTrends

QUOTES_PER_THEME = 1
QUOTE_LENGTH = (60, 420)  # characters: long enough to say something, short enough to read
CONFIDENT = 0.6  # both label scores at least this, and not flagged for review
SMALL_TABLE = (10, 6)  # at most rows, columns printed in the briefing; the rest is in the workbook
BRIEFING_CHAINS = 5  # recurring problems quoted in the briefing (all are in the workbook)
BRIEFING_TERMS = 10  # emerging terms listed in the briefing


def summarise(classified: pd.DataFrame, conferences: pd.DataFrame, year: int) -> list[str]:
    """Short sentences about the year's numbers (each number is in the workbook's first sheet)."""
    return summary_sentences(year_facts(classified, conferences, year))


def theme_stance_table(classified: pd.DataFrame, year: int) -> pd.DataFrame:
    """Opinions of the year by theme (rows) and stance (columns), with totals."""
    now = classified[classified["year"] == year]
    table = pd.crosstab(now["theme"], now["stance"])
    table = table.reindex(index=list(themes()), columns=list(stances()), fill_value=0)
    table["Tổng"] = table.sum(axis=1)
    table.loc["Tổng"] = table.sum(axis=0)
    table = table.rename(index=themes(), columns=stances()).rename_axis("Chủ đề")
    return table.reset_index().rename_axis(columns=None)


def examples(classified: pd.DataFrame, year: int) -> list[tuple[str, list[dict]]]:
    """Representative, confidently labelled opinions per theme, masked for the meeting.

    Per theme, the opinions of its most frequent stance that the classifier is sure of (both
    scores at least `CONFIDENT`, not flagged for review), of a readable length and typed with
    diacritics (a quote in a report is read aloud); the surest first.
    """
    now = classified[classified["year"] == year]
    out = []
    for theme, name in themes().items():
        part = now[now["theme"] == theme]
        if part.empty:
            continue
        usual = part["stance"].value_counts().index[0]
        sure = part[
            (part["stance"] == usual)
            & (part[["theme_score", "stance_score"]].min(axis=1) >= CONFIDENT)
            & ~part.get("needs_review", pd.Series(False, index=part.index)).astype(bool)
        ]
        sure = sure.assign(sure=sure[["theme_score", "stance_score"]].min(axis=1))
        quotes = []
        for row in sure.sort_values(["sure", "record_id"], ascending=[False, True]).itertuples():
            text = for_meeting(row.text, getattr(row, "speaker", "") or "")
            if QUOTE_LENGTH[0] <= len(text) <= QUOTE_LENGTH[1] and has_diacritics(text):
                quotes.append(
                    {"text": text, "district": row.district, "stance": stances()[row.stance]}
                )
            if len(quotes) == QUOTES_PER_THEME:
                break
        if quotes:
            out.append((name, quotes))
    return out


def png_bytes(figure) -> bytes:
    """A figure as PNG bytes."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


@dataclass
class Pack:
    """What every output of the year's pack is made from, computed once."""

    year: int
    province: str
    synthetic: bool
    facts: YearFacts
    charts: list[Chart]
    images: dict[str, bytes]
    theme_stance: pd.DataFrame
    quotes: list[tuple[str, list[dict]]]
    source: str
    workbook_name: str
    trends: TrendTables | None = None


def write_report(
    classified: pd.DataFrame,
    conferences: pd.DataFrame,
    year: int,
    out_dir: Path,
    province: str,
    cache_path: Path | None = None,
    unit: str = "district",
    trends: YearTrends | None = None,
) -> Path:
    """Write the year's figures, HTML briefing, Word report and workbook; return the HTML path.

    `trends` (`analysis.trends.year_trends` of the year) adds the section on recurring and
    emerging issues to the briefing and the Word report, and its sheets to the workbook.
    """
    from analysis.report.word import write_word

    if year not in set(classified["year"]):
        raise ValueError(f"không có ý kiến nào của năm {year}")
    data = ReportInput.upto(classified, conferences, year, cache_path, unit)
    charts = build_charts(data)
    facts = year_facts(classified, conferences, year)
    found = trend_tables(trends, classified) if trends is not None else None
    if found is not None:
        add_facts(facts, found)
    pack = Pack(
        year=year,
        province=province,
        synthetic=bool(classified.get("is_synthetic", pd.Series(dtype=bool)).any()),
        facts=facts,
        charts=charts,
        images=_write_figures(charts, out_dir / "figures"),
        theme_stance=theme_stance_table(classified, year),
        quotes=examples(classified, year),
        source=tables.source_note(data.classified),
        workbook_name=f"bang-so-lieu-{year}.xlsx",
        trends=found,
    )
    write_workbook(pack, out_dir / pack.workbook_name)
    write_word(pack, out_dir / f"bao-cao-{year}.docx")
    target = out_dir / f"bao-cao-{year}.html"
    html = _briefing_html(pack)
    write_atomically(target, lambda tmp: tmp.write_text(html, encoding="utf-8"))
    return target


def _write_figures(charts: list[Chart], folder: Path) -> dict[str, bytes]:
    """Each chart that has data as PNG and SVG; stale files of charts without data removed."""
    images = {}
    for chart in charts:
        if not chart.has_data:
            for suffix in (".png", ".svg"):
                (folder / f"{chart.name}{suffix}").unlink(missing_ok=True)
            continue
        figure = chart.draw()
        png = png_bytes(figure)
        write_atomically(folder / f"{chart.name}.png", lambda tmp, data=png: tmp.write_bytes(data))
        write_atomically(
            folder / f"{chart.name}.svg",
            lambda tmp, fig=figure: fig.savefig(tmp, format="svg", bbox_inches="tight"),
        )
        images[chart.spec.key] = png
    return images


def _briefing_html(pack: Pack) -> str:
    """The briefing: key figures, summary, the charts with their short tables, a few quotes."""
    sections = []
    for number, chart in enumerate((c for c in pack.charts if c.has_data), start=1):
        table = readable(chart.table)
        rows, columns = table.frame.shape
        small = rows <= SMALL_TABLE[0] and columns <= SMALL_TABLE[1]
        sections.append(
            {
                "number": number,
                "title": chart.title,
                "image": base64.b64encode(pack.images[chart.spec.key]).decode(),
                "table": _html_table(table.formatted()) if small else "",
                "sheet": chart.sheet_name,
            }
        )
    missing = [c.title for c in pack.charts if not c.has_data]
    environment = Environment(
        loader=PackageLoader("analysis", "templates"), autoescape=select_autoescape()
    )
    facts = pack.facts
    tiles = [
        ("Hội nghị", facts["conferences"]),
        ("Đại biểu", facts["delegates"] if facts.has_delegates else "—"),
        ("Ý kiến", facts["opinions"]),
        ("Đã trả lời", facts["answered_share"]),
    ]
    return environment.get_template("bao-cao.html.j2").render(
        title=f"Kết quả Hội nghị “Công an lắng nghe ý kiến nhân dân” năm {pack.year}",
        year=pack.year,
        agency=f"CÔNG AN TỈNH {pack.province.upper()}",
        made_on=dt.date.today().strftime("%d/%m/%Y"),
        synthetic=pack.synthetic,
        tiles=tiles,
        summary=summary_sentences(facts),
        theme_stance=_html_table(_counts_as_text(pack.theme_stance)),
        sections=sections,
        missing=missing,
        examples=pack.quotes,
        workbook=pack.workbook_name,
        source=pack.source,
        trends=_trends_section(pack.trends),
    )


def _trends_section(found: TrendTables | None) -> dict | None:
    """The briefing's short section on recurring and emerging issues (None: not computed)."""
    if found is None:
        return None
    chains = [
        {
            "number": row.chain_id,
            "area": row.area,
            "years": row.years,
            "theme": row.theme_name,
            "promised": bool(row.promised_unsolved),
            "resolved": bool(row.resolved),
            "quote": row.quote,
        }
        for row in found.chains.head(BRIEFING_CHAINS).itertuples()
    ]
    terms = found.terms.head(BRIEFING_TERMS)
    year = found.year
    shown = pd.DataFrame(
        {
            "Từ ngữ": terms["term"],
            f"Năm {year}": _count_share(terms["count"], terms["share"]),
            "Các năm trước": _count_share(terms["count_before"], terms["share_before"]),
        }
    )
    return {
        "lead": recurring_sentence(found),
        "chains": chains,
        "more": max(0, len(found.chains) - BRIEFING_CHAINS),
        "compared": found.compared,
        "terms": [_html_table(half) for half in _halves(shown)],
        "more_terms": max(0, len(found.terms) - BRIEFING_TERMS),
        "terms_note": found.terms_note,
        "no_terms": no_terms_sentence(found),
        "unfit": unfit_sentence(found),
        "sheets": [CHAINS_SHEET, MEMBERS_SHEET, TERMS_SHEET, GROUPS_SHEET],
    }


def _halves(frame: pd.DataFrame) -> list[pd.DataFrame]:
    """A table split in two side by side (the first half one row longer), or none when empty."""
    middle = -(-len(frame) // 2)
    return [part for part in (frame.iloc[:middle], frame.iloc[middle:]) if len(part)]


def _count_share(counts: pd.Series, shares: pd.Series) -> list[str]:
    """ "9 (4,6%)" for each count and its share."""
    return [f"{integer(c)} ({percent(s)})" for c, s in zip(counts, shares, strict=True)]


def _counts_as_text(table: pd.DataFrame) -> pd.DataFrame:
    """A table of counts with its numbers in the Vietnamese format."""
    out = table.copy()
    for column in out.columns[1:]:
        out[column] = out[column].map(integer)
    return out


def _html_table(frame: pd.DataFrame) -> str:
    """A plain HTML table without an index column."""
    return frame.to_html(index=False, border=0, classes="data", na_rep="", escape=True)
