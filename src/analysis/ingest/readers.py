"""Read every kind of export into plain rows of cells, keeping the row numbers people see.

Spreadsheets keep Excel's row numbers; csv and txt files count physical lines from 1, a quoted
cell with a line break counting from its first line. Files that cannot be read at all raise
UnreadableFile with a Vietnamese message; nothing here decides what a row means.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from analysis.core.decoding import decode_bytes, repair_mojibake
from analysis.core.legacy_encoding import detect_legacy_encoding, fix_known_legacy_encoding

__all__ = ["READERS", "SUPPORTED_SUFFIXES", "RawSheet", "UnreadableFile", "decode_bytes"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DELIMITERS = ",;\t|"
MAX_FILE_BYTES = 300 * 1024 * 1024  # no real export is near this; bounds memory and time
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # an .xlsx that unpacks to more is a zip bomb
MAX_COLUMNS = 500  # wider than any real table; a stray cell further right is not padded to
BINARY_SHARE = 0.05  # text with more control characters than this is a binary file
MAX_NUL_BYTES = 64  # a few NULs are a glitch (power cut, bad copy); more mean a binary file
# What to tell the user about files in a year folder that are not tables we can read.
UNREADABLE_HINTS = {
    ".doc": "tệp Word cũ (.doc) không đọc được; hãy mở bằng Word và lưu lại thành .docx",
    ".pdf": "tệp PDF không đọc được bảng; hãy gửi bản .xlsx hoặc .docx gốc",
    ".odt": "tệp văn bản LibreOffice (.odt) không đọc được; hãy lưu lại thành .docx",
    ".rtf": "tệp .rtf không đọc được; hãy mở bằng Word và lưu lại thành .docx",
    ".xlsb": "tệp Excel nhị phân (.xlsb) không đọc được; hãy lưu lại thành .xlsx",
    ".numbers": "tệp Numbers không đọc được; hãy xuất ra .xlsx",
    ".zip": "tệp nén không được giải nén tự động; hãy giải nén vào thư mục năm",
    ".rar": "tệp nén không được giải nén tự động; hãy giải nén vào thư mục năm",
    ".7z": "tệp nén không được giải nén tự động; hãy giải nén vào thư mục năm",
}
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".heic", ".webp")


class UnreadableFile(Exception):
    """A file that cannot be opened as a table; the message is in Vietnamese."""


@dataclass
class RawSheet:
    """One sheet's non-blank rows as (row number, cells)."""

    name: str
    rows: list[tuple[int, list[object]]] = field(default_factory=list)
    hidden: bool = False
    legacy_encoding: str | None = None
    repaired_rows: set[int] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)


def read_table_file(path: Path) -> list[RawSheet]:
    """All sheets of a workbook, or the single table of a csv/txt file."""
    suffix = path.suffix.lower()
    if path.stat().st_size > MAX_FILE_BYTES:
        raise UnreadableFile(f"tệp lớn hơn {MAX_FILE_BYTES // 1024**2} MB, không xử lý")
    if suffix not in READERS:
        raise UnreadableFile(unsupported_message(suffix))
    actual = _content_suffix(path, suffix)
    try:
        sheets = READERS[actual](path)
    except UnreadableFile:
        if actual == suffix:
            raise
        sheets = READERS[suffix](path)  # not what it looked like: the named format's own message
    if actual != suffix and sheets:
        sheets[0].warnings.append(
            f"tệp có đuôi {suffix} nhưng nội dung là {actual} (thường do phần mềm xuất tệp "
            "đặt sai đuôi); đã đọc theo nội dung"
        )
    return [_unicode_sheet(_repair_mojibake(sheet)) for sheet in sheets]


def _content_suffix(path: Path, suffix: str) -> str:
    """The format the file's bytes show, when a spreadsheet's name says another one.

    Exports from web systems are often HTML or csv named .xls; a renamed .xlsx or .ods is a
    zip of known parts; an Excel 97 file renamed .xlsx is an OLE file.
    """
    if suffix not in (".xls", ".xlsx", ".xlsm", ".ods"):
        return suffix
    with open(path, "rb") as handle:
        head = handle.read(2048)
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path) or suffix
    if head.startswith(_OLE_MAGIC):
        return ".xls"
    start = head.lstrip().lower()
    if start.startswith((b"<html", b"<!doctype html", b"<table", b"<meta")) or (
        b"<table" in head.lower()
    ):
        return ".html"
    if head and b"\x00" not in head and _is_text(head):
        return ".csv"
    return suffix


def _zip_kind(path: Path) -> str | None:
    """.xlsx, .ods or .docx, from the parts inside a zip file (None if none of them)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" in names:
                return ".xlsx"
            if "word/document.xml" in names:
                return ".docx"
            if "mimetype" in names and b"spreadsheet" in archive.read("mimetype"):
                return ".ods"
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    return None


def _is_text(head: bytes) -> bool:
    """True when the first bytes decode as text with few control characters."""
    return _control_share(decode_bytes(head)) <= BINARY_SHARE


def _control_share(text: str) -> float:
    """The share of control characters (other than tab and line breaks) in a text."""
    controls = sum(1 for char in text if char < " " and char not in "\t\r\n")
    return controls / max(1, len(text))


def unsupported_message(suffix: str) -> str:
    """Why a file of this suffix is not read and what to do, in Vietnamese."""
    if suffix in UNREADABLE_HINTS:
        return UNREADABLE_HINTS[suffix]
    if suffix in IMAGE_SUFFIXES:
        return "tệp ảnh (ảnh chụp, bản quét) không đọc được; hãy nhập ý kiến vào tệp .xlsx"
    readable = ", ".join(sorted(READERS))
    return f"định dạng tệp '{suffix or '(không đuôi)'}' không được hỗ trợ (chỉ đọc {readable})"


def _repair_mojibake(sheet: RawSheet) -> RawSheet:
    """Cells of UTF-8 text that was re-saved as ANSI ("Ä\x90á»\x81 nghá»‹") repaired, and said."""
    for number, cells in sheet.rows:
        for index, cell in enumerate(cells):
            repaired = repair_mojibake(cell) if isinstance(cell, str) else None
            if repaired is not None:
                cells[index] = repaired
                sheet.repaired_rows.add(number)
    if sheet.repaired_rows:
        where = f"trang '{sheet.name}'" if sheet.name else "tệp"
        sheet.warnings.append(
            f"{where}: {len(sheet.repaired_rows)} dòng có chữ lỗi mã hóa (UTF-8 bị lưu lại thành "
            "ANSI, ví dụ 'Ä\x90á»\x81'), đã sửa lại thành tiếng Việt"
        )
    return sheet


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
    return RawSheet(sheet.name, rows, sheet.hidden, encoding, sheet.repaired_rows, sheet.warnings)


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
        raise _broken(".xlsx", exc) from exc
    return [
        RawSheet(ws.title, _sparse_rows(ws), ws.sheet_state != "visible")
        for ws in workbook.worksheets
    ]


def _sparse_rows(worksheet) -> list[tuple[int, list[object]]]:
    """A worksheet's non-blank rows, built from the cells it holds, never from its dimensions.

    A formatted empty cell at XFD1048576 makes the sheet's grid 17 billion cells; only cells
    with a value are looked at.
    """
    by_row: dict[int, dict[int, object]] = {}
    for (row, column), cell in worksheet._cells.items():  # openpyxl keeps only written cells
        if not _is_blank(cell.value):
            by_row.setdefault(row, {})[column] = cell.value
    merged = [(m.min_row, m.max_row, m.min_col, m.max_col) for m in worksheet.merged_cells.ranges]
    return _rows_of(by_row, merged)


def _rows_of(
    by_row: dict[int, dict[int, object]], merged: list[tuple[int, int, int, int]]
) -> list[tuple[int, list[object]]]:
    """Rows of cells from the non-blank values by row and column (all numbered from 1).

    Vertical merged ranges (first row, last row, first column, last column) are filled down
    into the non-blank rows they cover.
    """
    width = max((max(cells) for cells in by_row.values()), default=0)
    for min_row, max_row, min_col, max_col in merged:
        value = by_row.get(min_row, {}).get(min_col)
        if min_row == max_row or _is_blank(value):
            continue
        for row in range(min_row + 1, max_row + 1):
            if row in by_row:
                for column in range(min_col, min(max_col, width) + 1):
                    by_row[row][column] = value
    return [
        (row, [by_row[row].get(c) for c in range(1, _row_width(by_row[row], width) + 1)])
        for row in sorted(by_row)
    ]


def _row_width(cells: dict[int, object], sheet_width: int) -> int:
    """Cells per row: the sheet's used width, or the row's own when a stray cell is far right."""
    return sheet_width if sheet_width <= MAX_COLUMNS else max(cells)


def _broken(kind: str, exc: BaseException) -> UnreadableFile:
    """The error for a workbook or document its library could not open."""
    return UnreadableFile(f"tệp {kind} bị hỏng hoặc không đọc được ({type(exc).__name__})")


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
        book = xlrd.open_workbook(path, formatting_info=True, ragged_rows=True)
    except Exception as exc:  # xlrd raises many kinds (CompDocError, struct.error...) on junk
        if "encrypted" in str(exc).lower():
            raise UnreadableFile("tệp .xls được đặt mật khẩu; hãy gỡ mật khẩu rồi gửi lại") from exc
        raise UnreadableFile(f"tệp .xls bị hỏng hoặc không phải tệp Excel ({exc})") from exc
    sheets = []
    for sheet in book.sheets():
        by_row: dict[int, dict[int, object]] = {}
        for r in range(sheet.nrows):  # ragged rows: a row holds only the cells it has
            for c, cell in enumerate(sheet.row(r)):
                value = _xls_value(cell, book.datemode)
                if not _is_blank(value):
                    by_row.setdefault(r + 1, {})[c + 1] = value
        merged = [(r0 + 1, r1, c0 + 1, c1) for r0, r1, c0, c1 in sheet.merged_cells]
        sheets.append(RawSheet(sheet.name, _rows_of(by_row, merged), sheet.visibility != 0))
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


def _read_delimited(path: Path, warnings: list[str]) -> list[tuple[int, list[object]]]:
    """Rows of a csv/txt file with their starting line numbers; NUL glitches dropped and said."""
    try:
        text = decode_bytes(path.read_bytes())
    except OSError as exc:
        raise UnreadableFile(f"không mở được tệp ({exc})") from exc
    text = _drop_nul_bytes(text, warnings)
    if _control_share(text[:100_000]) > BINARY_SHARE:
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


def _drop_nul_bytes(text: str, warnings: list[str]) -> str:
    """Text without NUL characters: padding a power cut left at the end, or a stray one.

    More than MAX_NUL_BYTES inside the text mean the file is not text at all.
    """
    body = text.rstrip("\x00")
    if len(body) < len(text):
        warnings.append(
            f"cuối tệp có {len(text) - len(body)} ký tự rỗng (NUL), thường do mất điện khi "
            "đang lưu; đã bỏ qua, hãy kiểm tra các dòng cuối"
        )
    inside = body.count("\x00")
    if inside > MAX_NUL_BYTES:
        raise UnreadableFile("tệp không phải văn bản (có ký tự nhị phân)")
    if inside:
        lines = sorted({body.count("\n", 0, m.start()) + 1 for m in re.finditer("\x00", body)})
        warnings.append(
            f"có {inside} ký tự rỗng (NUL) ở dòng {', '.join(map(str, lines[:10]))}; đã bỏ đi"
        )
    return body.replace("\x00", "")


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
    warnings: list[str] = []
    return [RawSheet("", _read_delimited(path, warnings), warnings=warnings)]


def _read_ods(path: Path) -> list[RawSheet]:
    """Sheets of a LibreOffice .ods workbook (blank rows keep their place in the numbering)."""
    import pandas as pd

    _check_unpacked_size(path)
    try:
        frames = pd.read_excel(path, engine="odf", sheet_name=None, header=None, dtype=object)
    except Exception as exc:  # odfpy raises many kinds for broken files
        raise _broken(".ods", exc) from exc
    return [RawSheet(str(name), _numbered(_grid(frame))) for name, frame in frames.items()]


def _grid(frame) -> list[list[object]]:
    """A pandas frame's cells as lists, empty cells as None."""
    return frame.astype(object).where(frame.notna(), None).to_numpy().tolist()


def _numbered(grid: list[list[object]]) -> list[tuple[int, list[object]]]:
    """The non-blank rows of a grid with their row numbers, counted from 1."""
    return [(i, cells) for i, cells in enumerate(grid, start=1) if not _all_blank(cells)]


def _read_html(path: Path) -> list[RawSheet]:
    """Each table of an HTML page (what web systems export as .xls) as a sheet "Bảng N"."""
    import pandas as pd

    try:
        text = decode_bytes(path.read_bytes())
        frames = pd.read_html(io.StringIO(text), keep_default_na=False, flavor="lxml")
    except ValueError as exc:  # pandas: "No tables found"
        raise UnreadableFile("tệp HTML không có bảng nào") from exc
    except Exception as exc:  # lxml raises many kinds for broken pages
        raise _broken(".html", exc) from exc
    sheets = []
    for number, frame in enumerate(frames, start=1):
        grid = _grid(frame)
        if not isinstance(frame.columns, pd.RangeIndex):  # the header row became column names
            labels = [c[-1] if isinstance(c, tuple) else c for c in frame.columns]
            grid.insert(0, [None if str(c).startswith("Unnamed") else c for c in labels])
        sheets.append(RawSheet(f"Bảng {number}", _numbered(grid)))
    return sheets


def _read_docx(path: Path) -> list[RawSheet]:
    """Each table of a Word .docx as a sheet named "Bảng N"; row numbers count the table's rows.

    A cell merged across columns is read once (Word repeats it); text outside tables is not read.
    """
    import docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds for broken files
        raise _broken(".docx", exc) from exc
    sheets = []
    for number, table in enumerate(document.tables, start=1):
        rows = []
        for row_no, row in enumerate(table.rows, start=1):
            cells, seen = [], set()
            for cell in row.cells:
                cells.append(None if id(cell._tc) in seen else cell.text)
                seen.add(id(cell._tc))
            if not _all_blank(cells):
                rows.append((row_no, cells))
        sheets.append(RawSheet(f"Bảng {number}", rows))
    if not sheets:
        raise UnreadableFile("tệp Word không có bảng nào; ý kiến phải được ghi trong một bảng")
    return sheets


# One reader per file suffix: a new export format is a function returning RawSheets and a line.
READERS: dict[str, Callable[[Path], list[RawSheet]]] = {
    ".xlsx": _read_xlsx,
    ".xlsm": _read_xlsx,
    ".xls": _read_xls,
    ".ods": _read_ods,
    ".docx": _read_docx,
    ".html": _read_html,
    ".htm": _read_html,
    ".csv": _read_text_table,
    ".txt": _read_text_table,
    ".tsv": _read_text_table,
}
SUPPORTED_SUFFIXES = tuple(READERS)
