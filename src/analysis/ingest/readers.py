"""Read every kind of export into plain rows of cells, keeping the row numbers people see.

Spreadsheets keep Excel's row numbers; csv and txt files count physical lines from 1, a quoted
cell with a line break counting from its first line. Files that cannot be read at all raise
UnreadableFile with a Vietnamese message; nothing here decides what a row means.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from analysis.core.legacy_encoding import detect_legacy_encoding, fix_known_legacy_encoding

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DELIMITERS = ",;\t|"
MAX_FILE_BYTES = 300 * 1024 * 1024  # no real export is near this; bounds memory and time
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # an .xlsx that unpacks to more is a zip bomb


class UnreadableFile(Exception):
    """A file that cannot be opened as a table; the message is in Vietnamese."""


@dataclass
class RawSheet:
    """One sheet's non-blank rows as (row number, cells)."""

    name: str
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    hidden: bool = False
    legacy_encoding: str | None = None


def read_table_file(path: Path) -> list[RawSheet]:
    """All sheets of a workbook, or the single table of a csv/txt file."""
    suffix = path.suffix.lower()
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnreadableFile(f"tệp lớn hơn {MAX_FILE_BYTES // 1024**2} MB, không xử lý")
    if suffix not in READERS:
        raise UnreadableFile(f"định dạng tệp '{suffix}' không được hỗ trợ")
    return [_unicode_sheet(sheet) for sheet in READERS[suffix](path)]


def _unicode_sheet(sheet: RawSheet) -> RawSheet:
    """A sheet typed in TCVN3 or VNI, recognised by a vote of its cells, in Unicode.

    Deciding per sheet catches short cells ("Néi dung") that cannot be told apart alone; a
    Unicode note added to an old sheet does not stop it, and Unicode cells are left as they are.
    """
    texts = [c for _, cells in sheet.rows for c in cells if isinstance(c, str) and c.strip()]
    votes = Counter(filter(None, map(detect_legacy_encoding, texts)))
    if not votes:
        return sheet
    encoding, count = votes.most_common(1)[0]
    if count < min(3, len(texts)) and count < 0.2 * len(texts):
        return sheet
    rows = [
        (
            number,
            [fix_known_legacy_encoding(c, encoding) if isinstance(c, str) else c for c in cells],
        )
        for number, cells in sheet.rows
    ]
    return RawSheet(sheet.name, rows, sheet.hidden, encoding)


def _is_blank(value: object) -> bool:
    """True for cells with nothing in them (None or only white space)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _read_xlsx(path: Path) -> list[RawSheet]:
    """Sheets of an .xlsx workbook, vertical merged ranges filled down into non-blank rows."""
    import openpyxl  # imported here: it is slow to import and not needed for csv files

    head = path.read_bytes()[:8]
    if head == _OLE_MAGIC:
        raise UnreadableFile(
            "tệp được đặt mật khẩu hoặc là tệp Excel cũ đổi đuôi thành .xlsx; "
            "hãy gỡ mật khẩu hoặc lưu lại thành .xlsx"
        )
    _check_unpacked_size(path)
    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for broken or hostile workbooks
        raise UnreadableFile(
            f"tệp .xlsx bị hỏng hoặc không đọc được ({type(exc).__name__})"
        ) from exc
    sheets = []
    for worksheet in workbook.worksheets:
        grid = [list(row) for row in worksheet.iter_rows(values_only=True)]
        for merged in worksheet.merged_cells.ranges:
            if merged.min_row == merged.max_row:
                continue
            value = grid[merged.min_row - 1][merged.min_col - 1]
            for row_no in range(merged.min_row + 1, merged.max_row + 1):
                cells = grid[row_no - 1]
                if any(not _is_blank(c) for c in cells):
                    for col in range(merged.min_col - 1, merged.max_col):
                        cells[col] = value
        rows = [(i, cells) for i, cells in enumerate(grid, start=1) if not _all_blank(cells)]
        sheets.append(RawSheet(worksheet.title, rows, worksheet.sheet_state != "visible"))
    return sheets


def _check_unpacked_size(path: Path) -> None:
    """Refuse an .xlsx whose parts unpack to more than MAX_UNPACKED_BYTES (a zip bomb)."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(f"tệp .xlsx bị hỏng hoặc không phải tệp Excel ({exc})") from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise UnreadableFile("tệp .xlsx giải nén ra quá lớn (nghi là tệp độc hại), không xử lý")


def _read_xls(path: Path) -> list[RawSheet]:
    """Sheets of a legacy .xls workbook, with dates as dates and merged ranges filled down."""
    import xlrd

    try:
        book = xlrd.open_workbook(path, formatting_info=True)
    except Exception as exc:  # xlrd raises many kinds (CompDocError, struct.error...) on junk
        if "encrypted" in str(exc).lower():
            raise UnreadableFile("tệp .xls được đặt mật khẩu; hãy gỡ mật khẩu rồi gửi lại") from exc
        raise UnreadableFile(f"tệp .xls bị hỏng hoặc không phải tệp Excel ({exc})") from exc
    sheets = []
    for sheet in book.sheets():
        grid = [
            [_xls_value(sheet.cell(r, c), book.datemode) for c in range(sheet.ncols)]
            for r in range(sheet.nrows)
        ]
        for first_row, last_row, first_col, last_col in sheet.merged_cells:
            value = grid[first_row][first_col]
            for r in range(first_row + 1, last_row):
                if any(not _is_blank(c) for c in grid[r]):
                    for c in range(first_col, last_col):
                        grid[r][c] = value
        rows = [(i, cells) for i, cells in enumerate(grid, start=1) if not _all_blank(cells)]
        sheets.append(RawSheet(sheet.name, rows, sheet.visibility != 0))
    return sheets


def _xls_value(cell, datemode: int) -> object:
    """A cell value from xlrd, with date cells turned into datetimes."""
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError):
            return cell.value
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERR")
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    return cell.value


def _all_blank(cells: list[object]) -> bool:
    """True when no cell of the row holds anything."""
    return all(_is_blank(c) for c in cells)


def decode_bytes(data: bytes) -> str:
    """Text of a csv/txt export: UTF-8 (with or without BOM), UTF-16, or Windows-1258/1252.

    A file whose lines were saved in different encodings (rows pasted from two sources) is
    decoded line by line. Legacy TCVN3/VNI lines are returned as their Windows-1252 reading,
    the form the legacy converters expect; plain Vietnamese ANSI lines as Windows-1258.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if _looks_like_utf16(data):
        return data.decode("utf-16-le", errors="replace")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    foreign = b"".join(line for line in lines if not _is_utf8(line))
    single_byte = (
        "cp1252" if detect_legacy_encoding(foreign.decode("cp1252", "replace")) else "cp1258"
    )
    return "".join(
        line.decode("utf-8") if _is_utf8(line) else line.decode(single_byte, errors="replace")
        for line in lines
    )


def _is_utf8(line: bytes) -> bool:
    """True when the bytes are valid UTF-8."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 LE without a BOM: most odd bytes are zero in ASCII-heavy text."""
    sample = data[:4000]
    return len(sample) >= 4 and sample[1::2].count(0) > 0.4 * (len(sample) // 2)


def _read_delimited(path: Path) -> list[tuple[int, list[object]]]:
    """Rows of a csv/txt file with their starting line numbers."""
    try:
        text = decode_bytes(path.read_bytes())
    except OSError as exc:
        raise UnreadableFile(f"không mở được tệp ({exc})") from exc
    if "\x00" in text:
        raise UnreadableFile("tệp không phải văn bản (có ký tự nhị phân)")
    delimiter = _sniff_delimiter(text)
    csv.field_size_limit(MAX_FILE_BYTES)  # a huge cell is rejected as a row, not the whole file
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[object]]] = []
    start = 1
    try:
        for cells in reader:
            if not _all_blank(cells):
                rows.append((start, list(cells)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise UnreadableFile(f"lỗi cấu trúc CSV ở dòng {start}: {exc}") from exc
    return rows


def _sniff_delimiter(text: str) -> str:
    """The field separator that gives the most rows of one same width (quotes respected)."""
    sample = "\n".join(text.splitlines()[:60])
    best, best_score = ",", 0
    for delimiter in _DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        common = Counter(w for w in widths if w >= 2).most_common(1)
        if common and common[0][1] * common[0][0] > best_score:
            best, best_score = delimiter, common[0][1] * common[0][0]
    return best


def _read_text_table(path: Path) -> list[RawSheet]:
    """The one table of a csv or txt export, as a sheet without a name."""
    return [RawSheet("", _read_delimited(path))]


# One reader per file suffix: a new export format is a function returning RawSheets and a line.
READERS: dict[str, Callable[[Path], list[RawSheet]]] = {
    ".xlsx": _read_xlsx,
    ".xlsm": _read_xlsx,
    ".xls": _read_xls,
    ".csv": _read_text_table,
    ".txt": _read_text_table,
}
SUPPORTED_SUFFIXES = tuple(READERS)
