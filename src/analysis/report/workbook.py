"""The workbook of the meeting pack: every number of the HTML and Word report, in Excel.

Sheets: "Tổng hợp" (the key figures the texts quote), "Chủ đề và lập trường", one sheet per chart
with data, named by its number and short Vietnamese name, then the year's trends (recurring
problems, their opinions, emerging terms, opinions that fit no theme) when the pack has them.
Headers are Vietnamese, bold and frozen; shares carry a % format, counts an integer format;
columns are sized to fit, long texts wrapped.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from analysis.core.atomic import write_atomically
from analysis.core.files import neutralise_frame
from analysis.report.display import ReadableTable, readable
from analysis.report.trend_tables import workbook_sheets

if TYPE_CHECKING:
    from analysis.report.document import Pack

SHARE_FORMAT = "0.0%"
COUNT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0"
YEAR_FORMAT = "0"
YEAR_COLUMN = "Năm"
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
WRAPPED = Alignment(wrap_text=True, vertical="top")
LINE_HEIGHT = 15  # points per line of wrapped text
MAX_ROW_HEIGHT = 409  # Excel's limit
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
    notes = {}
    for sheet in workbook_sheets(pack.trends) if pack.trends else []:
        sheets.append((sheet.name, sheet.table))
        notes[sheet.name] = sheet.note

    def write(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
            for name, table in sheets:
                neutralise_frame(table.frame).to_excel(writer, sheet_name=name, index=False)
                _style(writer.sheets[name], table)
                if name in notes:
                    _note(writer.sheets[name], notes[name], len(table.frame) + 3)
            _format_rows(writer.sheets[SUMMARY_SHEET], share_rows)
            _note(writer.sheets[SUMMARY_SHEET], pack.source, len(facts) + 3)

    write_atomically(target, write)


def _style(sheet, table: ReadableTable) -> None:
    """Bold frozen header, number formats by column, widths that fit the content.

    A column of long texts is as wide as allowed and wrapped, its rows made tall enough.
    """
    sheet.freeze_panes = "A2"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    lines = [1] * len(table.frame)
    for index, column in enumerate(table.frame.columns, start=1):
        letter = get_column_letter(index)
        number_format = _format_of(table, column)
        for cell in sheet[letter][1:]:
            if number_format and isinstance(cell.value, int | float):
                cell.number_format = number_format
        values = [str(column), *map(str, table.frame[column].head(200).tolist())]
        widest = max(len(line) for value in values for line in value.split("\n"))
        width = min(MAX_WIDTH, widest + 2)
        sheet.column_dimensions[letter].width = width
        if widest > MAX_WIDTH or any("\n" in value for value in values[1:]):
            for row, cell in enumerate(sheet[letter][1:]):
                cell.alignment = WRAPPED
                lines[row] = max(lines[row], _wrapped_lines(cell.value, width))
    for row, count in enumerate(lines, start=2):
        if count > 1:
            sheet.row_dimensions[row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * count)


def _wrapped_lines(value: object, width: float) -> int:
    """About how many lines a text takes in a wrapped cell this many characters wide."""
    if not isinstance(value, str):
        return 1
    per_line = max(1, int(width * 0.95) - 1)
    return sum(max(1, math.ceil(len(line) / per_line)) for line in value.split("\n"))


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
    """A note under a sheet's table (the source under the summary, what a trend sheet holds)."""
    sheet.cell(row, 1, text).font = Font(italic=True, color="555555")
