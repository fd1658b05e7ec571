"""The workbook of the meeting pack: every number of the HTML and Word report, in Excel.

Sheets: "Tổng hợp" (the key figures the texts quote), "Chủ đề và lập trường", then one sheet
per chart with data, named by its number and short Vietnamese name. Headers are Vietnamese,
bold and frozen; shares carry a % format, counts an integer format; columns are sized to fit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from analysis.core.atomic import write_atomically
from analysis.core.files import neutralise_frame
from analysis.report.display import ReadableTable, readable

if TYPE_CHECKING:
    from analysis.report.document import Pack

SHARE_FORMAT = "0.0%"
COUNT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0"
YEAR_FORMAT = "0"
YEAR_COLUMN = "Năm"
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
MAX_WIDTH = 60
SUMMARY_SHEET = "Tổng hợp"
THEME_STANCE_SHEET = "Chủ đề và lập trường"


def write_workbook(pack: Pack, target: Path) -> None:
    """Write the workbook atomically."""
    facts = pack.facts.table()
    summary = ReadableTable(facts.drop(columns="Loại"), set(), set())
    share_rows = facts["Loại"].eq("tỉ lệ").tolist()
    counts = ReadableTable(pack.theme_stance, set(), set(pack.theme_stance.columns[1:]))
    sheets = [(SUMMARY_SHEET, summary), (THEME_STANCE_SHEET, counts)]
    sheets += [(chart.sheet_name, readable(chart.table)) for chart in pack.charts if chart.has_data]

    def write(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
            for name, table in sheets:
                neutralise_frame(table.frame).to_excel(writer, sheet_name=name, index=False)
                _style(writer.sheets[name], table)
            _format_rows(writer.sheets[SUMMARY_SHEET], share_rows)
            _note(writer.sheets[SUMMARY_SHEET], pack.source, len(facts) + 3)

    write_atomically(target, write)


def _style(sheet, table: ReadableTable) -> None:
    """Bold frozen header, number formats by column, widths that fit the content."""
    sheet.freeze_panes = "A2"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for index, column in enumerate(table.frame.columns, start=1):
        letter = get_column_letter(index)
        number_format = _format_of(table, column)
        for cell in sheet[letter][1:]:
            if number_format and isinstance(cell.value, int | float):
                cell.number_format = number_format
        values = [str(column), *map(str, table.frame[column].head(200).tolist())]
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(map(len, values)) + 2)


def _format_of(table: ReadableTable, column: str) -> str:
    if column == YEAR_COLUMN:
        return YEAR_FORMAT  # 2025, not 2.025
    if column in table.shares:
        return SHARE_FORMAT
    if column in table.counts:
        return COUNT_FORMAT
    if pd.api.types.is_float_dtype(table.frame[column]):
        return DECIMAL_FORMAT
    if pd.api.types.is_integer_dtype(table.frame[column]):
        return COUNT_FORMAT
    return ""


def _format_rows(sheet, share_rows: list[bool]) -> None:
    """On the summary sheet the format goes by row: a share or a count."""
    for row, is_share in enumerate(share_rows, start=2):
        sheet.cell(row, 2).number_format = SHARE_FORMAT if is_share else COUNT_FORMAT


def _note(sheet, text: str, row: int) -> None:
    """The source note under the summary."""
    sheet.cell(row, 1, text).font = Font(italic=True, color="555555")
