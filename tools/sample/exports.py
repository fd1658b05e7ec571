"""Writers of the messy layouts district offices export: titled xlsx sheets, csv and Unicode text.

A `Table` is one sheet (or one csv/txt file): title lines, a header, an optional numbering row,
data rows, a totals line and signature lines. Writers record where each data `Row` landed (sheet
and the row number a spreadsheet program shows) so the generator can write the ground truth.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from analysis.core.atomic import write_atomically

SAMPLE_MARK = "DỮ LIỆU MẪU (TỔNG HỢP)"
SAMPLE_NOTE = f"{SAMPLE_MARK} – không phải số liệu thật / synthetic sample, not real data"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"

Encoder = Callable[[str], str]
Cell = str | int | dt.date | None

_WORD = re.compile(r"\w+")
_NEW_STYLE_TONE = re.compile(rf"(?i)(o)([{TONE_MARKS}])([ae])$|(u)([{TONE_MARKS}])(y)$")
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def keep(text: str) -> str:
    """Leave text as it is (the encoder of plain Unicode files)."""
    return text


def to_nfd(text: str) -> str:
    """Decomposed Unicode, as macOS and some web forms produce."""
    return unicodedata.normalize("NFD", text)


def old_style_tones(text: str) -> str:
    """Move tone marks to the old-style place in oa/oe/uy endings (hòa -> hoà, thủy -> thuỷ)."""

    def move(match: re.Match[str]) -> str:
        word = unicodedata.normalize("NFD", match.group(0))
        moved = _NEW_STYLE_TONE.sub(lambda m: "".join(g for g in _swap(m.groups()) if g), word)
        return unicodedata.normalize("NFC", moved)

    return _WORD.sub(move, text)


def _swap(groups: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """(vowel, tone, vowel) groups of either alternative, reordered to vowel, vowel, tone."""
    first, tone, second = groups[:3] if groups[0] else groups[3:]
    return first, second, tone


def strip_diacritics(text: str) -> str:
    """Text as typed without a Vietnamese keyboard (đ -> d, ắ -> a)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: precomposed where the code page has the letter, else base + tone.

    Letters the code page cannot write at all (ŭ, ĭ of Ê Đê names) lose their mark, as Windows'
    best-fit conversion does; the manifest keeps the original text.
    """
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            tones = "".join(c for c in parts if c in TONE_MARKS)
            out += _best_fit(base + tones)
    return bytes(out)


def _best_fit(text: str) -> bytes:
    """cp1258 bytes of `text`, dropping marks the code page lacks (ŭ -> u) as Windows does."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            kept = "".join(c for c in parts if not unicodedata.combining(c))
            out += kept.encode("cp1258", errors="replace")
    return bytes(out)


@dataclass(frozen=True)
class Column:
    """One column of a table: its header text, the field it shows, and its width."""

    header: str
    field: str
    width: float = 14


@dataclass(eq=False)
class Row:
    """One data row: cells by field, the manifest truth, and where the writer put it."""

    cells: dict[str, Cell]
    truth: dict[str, str]
    duplicate_of: Row | None = None
    same_stt_as: Row | None = None
    raw_fields: frozenset[str] = frozenset()
    sheet: str = ""
    line: int = 0
    stt: int = 0


@dataclass(frozen=True)
class Signature:
    """The place-date line and the two signature blocks under a table."""

    place_date: str
    left_title: str
    right_title: str
    left_name: str
    right_name: str

    def lines(self) -> list[tuple[str, str]]:
        """(left, right) lines from the place-date line down to the names."""
        return [
            ("", self.place_date),
            (self.left_title, self.right_title),
            ("(Ký tên, đóng dấu)" if self.left_title else "", "(Ký, ghi rõ họ tên)"),
            ("", ""),
            ("", ""),
            (self.left_name, self.right_name),
        ]


@dataclass
class Table:
    """One sheet or one csv/txt file of an export."""

    name: str
    titles: list[str] = field(default_factory=list)
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    numbering: bool = False
    merge_field: str | None = None
    totals: str = ""
    signature: Signature | None = None
    encode: Encoder = keep
    font: str = "Times New Roman"
    blank_after_titles: bool = False

    def assign_stt(self) -> None:
        """Number the rows 1, 2, 3...; a pasted copy keeps the number of the row it copies."""
        counter = 0
        for row in self.rows:
            if row.same_stt_as is not None:
                row.stt = row.same_stt_as.stt
            else:
                counter += 1
                row.stt = counter

    def text(self, value: str) -> str:
        """A title, header or footer string as this table's typist produced it."""
        return value if SAMPLE_MARK in value else self.encode(value)

    def cell(self, row: Row, name: str) -> Cell:
        """The value a data row shows in field `name`, encoded like the rest of the table."""
        value: Cell = row.stt if name == "stt" else row.cells.get(name)
        if isinstance(value, str) and name not in row.raw_fields:
            return self.encode(value)
        return value


def write_bytes(path: Path, data: bytes) -> None:
    """Replace `path` atomically with `data`, readable by everyone like any checked-out file."""

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)
        tmp.chmod(0o644)

    write_atomically(path, write)


# ---------------------------------------------------------------- xlsx


def write_xlsx(path: Path, tables: list[Table], stamp: dt.datetime, title: str) -> None:
    """Write the tables as sheets of one workbook with fixed properties and zip timestamps."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for table in tables:
        _fill_sheet(workbook.create_sheet(table.name), table)
    workbook.properties.creator = "opinion-analysis sample generator"
    workbook.properties.lastModifiedBy = "opinion-analysis sample generator"
    workbook.properties.title = title
    workbook.properties.description = SAMPLE_NOTE
    workbook.properties.created = stamp
    workbook.properties.modified = stamp
    write_bytes(path, _workbook_bytes(workbook, stamp))


def _workbook_bytes(workbook: Workbook, stamp: dt.datetime) -> bytes:
    """The .xlsx bytes, every zip member dated `stamp` so reruns give identical files."""
    first = io.BytesIO()
    archive = zipfile.ZipFile(first, "w", zipfile.ZIP_DEFLATED)
    ExcelWriter(workbook, archive).save()
    final = io.BytesIO()
    with zipfile.ZipFile(first) as src, zipfile.ZipFile(final, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))
    return final.getvalue()


def _fill_sheet(sheet: Worksheet, table: Table) -> None:
    """Lay one table out on a worksheet, top to bottom."""
    if not table.columns:
        return
    table.assign_stt()
    width = len(table.columns)
    line = _write_titles(sheet, table, width)
    _write_cells(sheet, line, [table.text(c.header) for c in table.columns], table, bold=True)
    line += 1
    if table.numbering:
        _write_cells(sheet, line, [f"({i})" for i in range(1, width + 1)], table, italic=True)
        line += 1
    first_data = line
    for row in table.rows:
        row.sheet, row.line = sheet.title, line
        _write_cells(sheet, line, [table.cell(row, c.field) for c in table.columns], table)
        line += 1
    if table.merge_field:
        _merge_runs(sheet, table, first_data)
    _write_footer(sheet, table, line, width)
    for index, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width


def _write_titles(sheet: Worksheet, table: Table, width: int) -> int:
    """Title lines merged across the table width; returns the header's row number."""
    line = 1
    for title in table.titles:
        cell = sheet.cell(row=line, column=1, value=table.text(title))
        cell.font = Font(name=_font_for(table, title), size=13, bold=True)
        cell.alignment = Alignment(horizontal="center")
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=width)
        line += 1
    return line + 1 if table.blank_after_titles else line


def _font_for(table: Table, text: str) -> str:
    """The font a line was typed in: the synthetic-data note is always in a Unicode font."""
    return "Times New Roman" if SAMPLE_MARK in text else table.font


def _write_cells(
    sheet: Worksheet, line: int, values: list[Cell], table: Table, **style: bool
) -> None:
    """One row of boxed cells; dates get a day-first number format."""
    for index, value in enumerate(values, start=1):
        cell = sheet.cell(row=line, column=index, value=value if value != "" else None)
        cell.font = Font(name=table.font, size=12, **style)
        cell.border = _BOX
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        if isinstance(value, dt.date):
            cell.number_format = "dd/mm/yyyy"


def _merge_runs(sheet: Worksheet, table: Table, first_line: int) -> None:
    """Merge the merge field vertically over each run of rows of one district."""
    index = next(i for i, c in enumerate(table.columns, 1) if c.field == table.merge_field)
    for start, end in _runs(table.rows, first_line):
        for line in range(start + 1, end + 1):
            sheet.cell(row=line, column=index).value = None
        if end > start:
            sheet.merge_cells(start_row=start, start_column=index, end_row=end, end_column=index)
        sheet.cell(row=start, column=index).alignment = Alignment(vertical="center", wrap_text=True)


def _runs(rows: list[Row], first_line: int) -> Iterator[tuple[int, int]]:
    """(first, last) row numbers of each run of consecutive rows of one conference block."""
    start = 0
    for index in range(1, len(rows) + 1):
        if index == len(rows) or block_of(rows[index]) != block_of(rows[start]):
            yield first_line + start, first_line + index - 1
            start = index


def block_of(row: Row) -> tuple[str, str]:
    """The conference block of a row (district and date), whose cells are merged together."""
    return row.truth["district"], row.truth["date"]


def _write_footer(sheet: Worksheet, table: Table, line: int, width: int) -> None:
    """The totals line, then the signature blocks after one blank row."""
    if table.totals:
        cell = sheet.cell(row=line, column=1, value=table.text(table.totals))
        cell.font = Font(name=table.font, size=12, bold=True)
        sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=min(3, width))
        line += 1
    if table.signature is None:
        return
    right = max(width - 2, 2)
    for left_text, right_text in table.signature.lines():
        line += 1
        for column, value in ((2, left_text), (right, right_text)):
            if value:
                cell = sheet.cell(row=line, column=column, value=table.text(value))
                cell.font = Font(name=table.font, size=12, bold=value.isupper())
                cell.alignment = Alignment(horizontal="center")


# ---------------------------------------------------------------- csv / txt


def write_delimited(path: Path, table: Table, delimiter: str, encoding: str) -> None:
    """Write a table as Excel saves it: CRLF lines, quoted multi-line cells, given encoding."""
    table.assign_stt()
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    line = 1
    for record, row in _records(table):
        if row is not None:
            row.sheet, row.line = "", line
        start = buffer.tell()
        writer.writerow(record)
        line += buffer.getvalue().count("\n", start)
    write_bytes(path, _encode(buffer.getvalue(), encoding))


def _records(table: Table) -> Iterator[tuple[list[str], Row | None]]:
    """Every line of the file as a list of cell strings, with its data row if it has one."""
    width = len(table.columns)
    for title in table.titles:
        yield _padded([table.text(title)], width), None
    if table.blank_after_titles:
        yield _padded([], width), None
    yield [table.text(c.header) for c in table.columns], None
    if table.numbering:
        yield [f"({i})" for i in range(1, width + 1)], None
    for row in table.rows:
        yield [_as_text(table.cell(row, c.field)) for c in table.columns], row
    if table.totals:
        yield _padded([table.text(table.totals)], width), None
    if table.signature is not None:
        right = max(width - 3, 1)
        for left_text, right_text in table.signature.lines():
            cells = [""] * width
            cells[1], cells[right] = table.text(left_text), table.text(right_text)
            yield cells, None


def _padded(cells: list[str], width: int) -> list[str]:
    """Cells padded with empty ones to the table width, as Excel writes short rows."""
    return cells + [""] * (width - len(cells))


def _as_text(value: Cell) -> str:
    """A cell as text in a csv export (dates day-first, as Vietnamese Excel shows them)."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def _encode(text: str, encoding: str) -> bytes:
    """Bytes of a whole file: utf-8-sig, cp1258 (decomposed tones) or utf-16 (LE with BOM)."""
    if encoding == "cp1258":
        return to_cp1258(text)
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(encoding)
