"""Ingest: every export under data/raw/<year>/ -> opinions, conferences and rejects tables.

Load reads each file into rows; process turns rows into records, resolving districts, dates and
duplicates; save writes the three tables atomically. Every non-empty data row ends up exactly once
in opinions (or conferences) or in rejects with a Vietnamese reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.core import schemas
from analysis.core.atomic import write_atomically
from analysis.core.files import write_csv
from analysis.core.reform import REFORM_DATE, UNMAPPED_DISTRICT
from analysis.core.text import fold, normalize_text, normalize_with_changes
from analysis.core.vocabulary import reject_reasons
from analysis.ingest.dates import DateProblem, parse_date
from analysis.ingest.gazetteer import Gazetteer, load_gazetteer
from analysis.ingest.headers import HeaderMap, find_header, is_numbering_row, repeats_header
from analysis.ingest.readers import SUPPORTED_SUFFIXES, RawSheet, UnreadableFile, read_table_file

MAX_TEXT_CHARS = 32_767  # Excel's own limit for a cell
RAW_CELL_CHARS = 1_000  # enough to recognise a rejected cell in rejects.csv
FOOTER_MAX_CELLS = 3  # "Tổng cộng: 27 ý kiến", a signature line: never a full row
_YEAR_FOLDER = re.compile(r"^(19|20)\d{2}$")
# Totals ("Cộng:", "Tổng cộng: 27 ý kiến") may sit between district blocks: skipped, not an end.
# "Cộng huyện Đắk Mil: 4" is a subtotal; "Công an huyện Đắk Mil" (folded alike) is a heading.
_TOTAL = re.compile(
    r"^(?:tong\s*(?:cong|so)?|cong)\s*(?:[:\d(]|$)"
    r"|^(?:tong cong|tong so|cong (?:so|toan|chung|lai|theo|huyen|thi xa|thanh pho|xa|phuong))\b"
)
_FOOTER_MARKERS = (
    "nguoi lap",
    "(ky",
    "ky ten",
    "ky, ghi ro",
    "thu truong",
    "truong phong",
    "xac nhan",
    "chi huy",
    "giam doc",
    "t/m ",
    "tm. ",
    "k/t ",
    "kt. ",
)
_PAGE_NUMBER = re.compile(r"^(?:(?:trang|page)\s*\d+(?:\s*/\s*\d+)?|-\s*\d+\s*-)$")
_HEADING_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+|[A-Z])\s*[.)/-]\s*")
_ERROR_CELL = re.compile(r"^#(REF!|N/A|VALUE!|DIV/0!|NAME\?|NUM!|NULL!|ERR)")


class IngestError(Exception):
    """A problem with the whole run (e.g. the raw folder is missing); message in Vietnamese."""


@dataclass
class Row:
    """One data row of a table, with where it came from and its cells by canonical field."""

    source_file: str
    source_sheet: str
    source_row: int
    year: int
    fields: dict[str, object]
    raw_cells: str
    district_hints: list[str]
    title_date: dt.date | None
    synthetic: bool = False
    legacy_encoding: str | None = None
    repaired: bool = False  # its cells were mojibake repaired to Unicode
    copy_of: str | None = None  # the identical file met first in another year's folder


@dataclass
class FileReport:
    """What happened to one file: rows read, kept, rejected by reason, and any fatal error."""

    source_file: str
    rows_read: int = 0
    kept: int = 0
    conferences: int = 0
    rejected: Counter = field(default_factory=Counter)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class IngestResult:
    """The three tables and a report per file."""

    opinions: pd.DataFrame
    conferences: pd.DataFrame
    rejects: pd.DataFrame
    files: list[FileReport]
    elsewhere: Counter = field(default_factory=Counter)  # other province -> rows naming it

    @property
    def failed_files(self) -> list[FileReport]:
        """Files that could not be read at all."""
        return [f for f in self.files if f.error]


@dataclass
class _Collected:
    """Rows gathered from every file before records are built."""

    opinion_rows: list[Row] = field(default_factory=list)
    conference_rows: list[Row] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    reports: dict[str, FileReport] = field(default_factory=dict)
    elsewhere: Counter = field(default_factory=Counter)

    def reject(self, row: Row | tuple[str, str, int, str], code: str, detail: str = "") -> None:
        """Record a rejected row: its reason code and the Vietnamese reason with any detail."""
        category = reject_reasons()[code]
        if isinstance(row, Row):
            source = (row.source_file, row.source_sheet, row.source_row, row.raw_cells)
        else:
            source = row
        self.rejects.append(
            {
                "source_file": source[0],
                "source_sheet": source[1],
                "source_row": source[2],
                "reason_code": code,
                "reason": f"{category}: {detail}" if detail and detail != category else category,
                "raw_cells": source[3],
            }
        )
        self.reports[source[0]].rejected[category] += 1


# ---------------------------------------------------------------- load


_NOT_EXPORTS = ("thumbs.db", "desktop.ini")


def find_raw_files(raw_dir: Path) -> list[Path]:
    """Every export under `raw_dir`, in a stable order; Excel lock files are left out.

    Every file inside a year folder is listed, readable or not (.pdf, .doc, photos), so none is
    skipped without a word; outside year folders only table files are.
    """
    if not raw_dir.is_dir():
        raise IngestError(f"Không tìm thấy thư mục dữ liệu gốc: {raw_dir}")
    return sorted(
        path
        for path in raw_dir.rglob("*")
        if path.is_file()
        and not path.name.startswith(("~$", ".", "README"))
        and path.name.lower() not in _NOT_EXPORTS
        and (path.suffix.lower() in SUPPORTED_SUFFIXES or year_of(path, raw_dir) is not None)
    )


def year_of(path: Path, raw_dir: Path) -> int | None:
    """The year named by the nearest `<year>` folder between `raw_dir` and the file."""
    for part in reversed(path.relative_to(raw_dir).parts[:-1]):
        if _YEAR_FOLDER.match(part):
            return int(part)
    return None


def synthetic_folders(raw_dir: Path) -> set[Path]:
    """Folders whose README says they hold synthetic sample data ("dữ liệu mẫu")."""
    folders = set()
    for readme in raw_dir.rglob("README*"):
        if readme.is_file() and "du lieu mau" in fold(readme.read_text(errors="replace")):
            folders.add(readme.parent)
    return folders


def _raw_cells(labels: dict[int, str], cells: list[object]) -> str:
    """A row's cells as 'Header: value | ...', readable in a rejects spreadsheet."""
    parts = []
    for index, cell in enumerate(cells):
        value = normalize_text(cell) if not isinstance(cell, dt.date) else cell.isoformat()
        if len(value) > RAW_CELL_CHARS:
            value = value[:RAW_CELL_CHARS] + f"… (còn {len(value) - RAW_CELL_CHARS} ký tự)"
        if value:
            parts.append(f"{labels.get(index, f'Cột {index + 1}')}: {value}")
    return " | ".join(parts)


def _sparse_texts(cells: list[object]) -> list[str]:
    """The folded non-empty cells of a sparse row (none when the row is full)."""
    texts = [fold(normalize_text(cell)) for cell in cells]
    texts = [t for t in texts if t]
    return texts if len(texts) <= FOOTER_MAX_CELLS else []


def _is_total(cells: list[object]) -> bool:
    """True for a totals or subtotal row ("Cộng:", "Tổng cộng: 27 ý kiến"): not data, no end."""
    return any(_TOTAL.match(t) for t in _sparse_texts(cells))


def _is_page_number(cells: list[object]) -> bool:
    """True for a printed page's number alone on its row: "Trang 2", "Trang 2/5", "- 2 -"."""
    texts = _sparse_texts(cells)
    return len(texts) == 1 and bool(_PAGE_NUMBER.match(texts[0]))


def _is_footer(cells: list[object]) -> bool:
    """True for a signature row, after which no data rows follow.

    Such rows are sparse; a full row whose opinion starts "Chỉ huy..." is still data.
    """
    return any(
        t.startswith(_FOOTER_MARKERS) or re.match(r"^[\w\s']+, ngay .+ thang .+ nam", t)
        for t in _sparse_texts(cells)
    )


def _title_date(title_rows: list[list[object]]) -> dt.date | None:
    """A date written in the title rows above the header ("ngày 15 tháng 9 năm 2021"), if any."""
    for cells in title_rows:
        for cell in cells:
            text = fold(normalize_text(cell))
            match = re.search(r"ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*\d{4}", text)
            if match:
                try:
                    return parse_date(match.group(0))
                except DateProblem:
                    return None
    return None


def _sheet_rows(
    sheet: RawSheet, header: HeaderMap, gazetteer: Gazetteer
) -> Iterator[tuple[int, list[object], str | None, str]]:
    """Body rows of a sheet as (row number, cells, heading district, role).

    Role is 'data', 'after_footer' or 'note'; a one-cell row naming a district
    is a heading for the rows under it and is not yielded, and so are rows that repeat the
    header (a new printed page, which also ends a footer), numbering rows and subtotals.
    """
    heading: str | None = None
    in_footer = False
    for row_no, cells in sheet.rows[header.row_index + 1 :]:
        if repeats_header(cells, header):
            in_footer = False
            continue
        if (
            is_numbering_row(cells)
            or _is_page_number(cells)
            or (not in_footer and _is_total(cells))
        ):
            continue
        if in_footer or _is_footer(cells):
            in_footer = True
            filled = sum(1 for c in cells if normalize_text(c))
            if filled >= 3:
                yield row_no, cells, heading, "after_footer"
            continue
        filled_at = [i for i, c in enumerate(cells) if normalize_text(c)]
        column = header.columns.get(filled_at[0]) if len(filled_at) == 1 else "several"
        if column not in ("district", "several"):
            # one cell alone: "I. HUYỆN ĐẮK MIL" heads the rows under it; other text is a note
            only = _HEADING_NUMBER.sub("", normalize_text(cells[filled_at[0]]))
            if gazetteer.match_district(only).name:
                heading = only
                continue
            if column is None:
                yield row_no, cells, heading, "note"
                continue
        yield row_no, cells, heading, "data"


def _collect_sheet(
    source_file: str,
    year: int,
    path: Path,
    sheet: RawSheet,
    gazetteer: Gazetteer,
    out: _Collected,
    synthetic: bool = False,
    copy_of: str | None = None,
) -> bool:
    """Sort one sheet's rows into opinion rows, conference rows and rejects; False if no header."""
    report = out.reports[source_file]
    report.warnings.extend(sheet.warnings)
    header = find_header([cells for _, cells in sheet.rows])
    if header is None:
        for row_no, cells in sheet.rows:
            report.rows_read += 1
            raw = (source_file, sheet.name, row_no, _raw_cells({}, cells))
            out.reject(raw, "no_header")
        return False
    where = f"trang '{sheet.name}'" if sheet.name else "tệp"
    if header.guessed:
        report.warnings.append(
            f"{where}: không có cột tên 'Nội dung ý kiến'; đã đoán cột '{header.guessed}' "
            "là nội dung ý kiến (theo tên và độ dài các ô). Nếu sai, hãy đổi tên cột"
        )
    if header.unknown:
        report.warnings.append(f"{where}: cột không nhận ra, bỏ qua: {', '.join(header.unknown)}")
    title_rows = [cells for _, cells in sheet.rows[: header.row_index]]
    hints = [
        *(normalize_text(c) for cells in title_rows for c in cells if normalize_text(c)),
        sheet.name,
        re.sub(r"[_\-]+", " ", path.stem),
    ]
    title_date = _title_date(title_rows)
    target = out.opinion_rows if header.kind == "opinions" else out.conference_rows
    for row_no, cells, heading, role in _sheet_rows(sheet, header, gazetteer):
        if role == "note":
            report.warnings.append(
                f"{sheet.name or path.name} dòng {row_no}: ghi chú một ô, không phải ý kiến"
            )
            continue
        report.rows_read += 1
        row = Row(
            source_file=source_file,
            source_sheet=sheet.name,
            source_row=row_no,
            year=year,
            fields={
                name: cells[index] if index < len(cells) else None
                for index, name in header.columns.items()
            },
            raw_cells=_raw_cells(header.labels, cells),
            district_hints=[h for h in [heading, *hints] if h],
            title_date=title_date,
            synthetic=synthetic,
            legacy_encoding=sheet.legacy_encoding,
            repaired=row_no in sheet.repaired_rows,
            copy_of=copy_of,
        )
        if role == "after_footer":
            out.reject(row, "after_footer")
        else:
            target.append(row)
    return True


def collect(raw_dir: Path, gazetteer: Gazetteer, files: Iterable[Path]) -> _Collected:
    """Read every file into rows; files that cannot be read get an error in their report.

    A file identical to one met in another year's folder is a copy: its undated rows cannot
    belong to both years and are rejected (see `_copy_rejected`); the report warns.
    """
    out = _Collected()
    sample_folders = synthetic_folders(raw_dir)
    first_seen: dict[str, tuple[str, int]] = {}
    for path in files:
        synthetic = any(folder in path.parents for folder in sample_folders)
        source_file = path.relative_to(raw_dir).as_posix()
        report = out.reports.setdefault(source_file, FileReport(source_file))
        year = year_of(path, raw_dir)
        if year is None:
            report.error = "tệp không nằm trong thư mục năm (ví dụ data/raw/2021/)"
            continue
        try:
            content = hashlib.sha256(path.read_bytes()).hexdigest()
            sheets = read_table_file(path)
        except UnreadableFile as exc:
            report.error = str(exc)
            continue
        except OSError as exc:
            report.error = f"không mở được tệp ({exc.strerror or exc})"
            continue
        except MemoryError:
            report.error = "tệp quá lớn, không đủ bộ nhớ để đọc; hãy chia nhỏ tệp"
            continue
        original, original_year = first_seen.setdefault(content, (source_file, year))
        copy_of = original if original_year != year else None
        if copy_of:
            report.warnings.append(
                f"tệp giống hệt {original} (thư mục năm {original_year}); các dòng không ghi "
                "ngày không được tính hai lần: hãy xóa bản chép ở sai thư mục năm"
            )
        elif original != source_file:
            report.warnings.append(
                f"tệp giống hệt {original} cùng thư mục năm: mọi dòng bị loại vì trùng lặp"
            )
        found = [
            _collect_sheet(source_file, year, path, s, gazetteer, out, synthetic, copy_of)
            for s in sheets
        ]
        if not any(found):
            report.error = "không tìm thấy dòng tiêu đề (cột 'Nội dung ý kiến' hoặc tương tự)"
        elif not all(found):
            missing = [s.name for s, ok in zip(sheets, found, strict=True) if not ok and s.rows]
            report.warnings.extend(
                f"trang '{name}' không có dòng tiêu đề: mọi dòng bị loại (xem rejects.csv)"
                for name in missing
            )
    return out


# ---------------------------------------------------------------- process


def _text(row: Row, name: str) -> str:
    """A field of the row as normalised text ('' when absent)."""
    value = row.fields.get(name)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize_text(value)


def _resolve_district(
    row: Row, gazetteer: Gazetteer, date: dt.date | None = None
) -> tuple[str | None, str, str]:
    """The row's official district: its own cell decides; else headings, sheet, titles, name.

    After the July 2025 reform a row may name only a new commune ("Công an xã Quảng Tín"):
    it is mapped back to the former district, or to UNMAPPED_DISTRICT when that is ambiguous.
    Returns (district, "", "") or (None, reject reason code, detail).
    """
    own = _text(row, "district")
    if own:
        match = gazetteer.match_district(own)
        if match.name:
            return match.name, "", ""
    for hint in [] if own else row.district_hints:
        match = gazetteer.match_district(hint)
        if match.name:
            return match.name, "", ""
    if date and date >= REFORM_DATE:
        for text in [own, _text(row, "commune"), *row.district_hints]:
            commune = gazetteer.match_commune(text, None, True) if text else None
            if commune:
                former = gazetteer.former_districts(commune)
                return (former[0] if len(former) == 1 else UNMAPPED_DISTRICT), "", ""
    if own:
        match = gazetteer.match_district(own)
        return (
            None,
            "other_province" if match.other_province else "bad_district",
            match.problem or "",
        )
    return None, "bad_district", "không xác định được đơn vị (huyện, thị xã, thành phố) của dòng"


def _response_timing(mode: str, response: str) -> str:
    """When the police answered: at the conference, later, not at all, or unknown."""
    folded = fold(mode)
    if any(k in folded for k in ("tai hoi nghi", "tai hn", "truc tiep", "ngay tai")):
        return "tai_hoi_nghi"
    if any(k in folded for k in ("sau hoi nghi", "sau hn", "van ban", "sau")):
        return "sau_hoi_nghi"
    return "khong_ro" if response else "chua_tra_loi"


def _row_date(row: Row, year: int) -> tuple[dt.date | None, str | None, str]:
    """The row's own date; (None, category, reason) when it is unreadable or in another year."""
    try:
        date = parse_date(row.fields.get("date"))
    except DateProblem as exc:
        return None, "bad_date", str(exc)
    if date and date.year != year:
        reason = f"ngày {date:%d/%m/%Y} không thuộc năm {year} của thư mục"
        return None, "wrong_year", reason
    return date, None, ""


def record_id(year: int, district: str, date: dt.date | None, text: str) -> str:
    """A stable id from what makes an opinion itself: year, district, date and text."""
    key = f"{year}|{district}|{date.isoformat() if date else ''}|{text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _locate(row: Row, gazetteer: Gazetteer, out: _Collected) -> tuple[dt.date | None, str] | None:
    """The row's date and district, or None after rejecting it with the reason."""
    date, category, reason = _row_date(row, row.year)
    if category:
        out.reject(row, category, reason)
        return None
    if row.copy_of and date is None and not row.title_date:
        detail = f"tệp giống hệt {row.copy_of} ở thư mục năm khác, dòng không ghi ngày"
        out.reject(row, "duplicate", detail)
        return None
    district, code, problem = _resolve_district(row, gazetteer, date)
    if district is None:
        out.reject(row, code, problem)
        if code == "other_province":
            out.elsewhere[gazetteer.match_district(_text(row, "district")).other_province] += 1
        return None
    return date, district


def build_conferences(rows: list[Row], gazetteer: Gazetteer, out: _Collected) -> list[dict]:
    """Conference records from conference tables; bad or repeated rows go to rejects."""
    kept: dict[tuple[int, str, dt.date | None], dict] = {}
    for row in rows:
        located = _locate(row, gazetteer, out)
        if located is None:
            continue
        date, district = located
        delegates_text = _text(row, "delegates")
        delegates = None
        if delegates_text:
            digits = re.sub(r"[.,\s]|đại biểu|người", "", delegates_text)
            if not digits.isdigit():
                out.reject(row, "bad_number", f"'{delegates_text}'")
                continue
            delegates = int(digits)
        key = (row.year, district, date)
        if key in kept:
            first = kept[key]
            out.reject(
                row, "duplicate", f"trùng với dòng {first['source_row']} ({first['source_file']})"
            )
            continue
        place = _text(row, "place")
        kept[key] = _conference(row, district, date, place, delegates, gazetteer)
        out.reports[row.source_file].conferences += 1
    return list(kept.values())


def _conference(
    row: Row,
    district: str,
    date: dt.date | None,
    place: str,
    delegates: int | None,
    gazetteer: Gazetteer,
) -> dict:
    """One conference record."""
    return {
        "conference_id": record_id(row.year, district, date, "hoi-nghi"),
        "year": row.year,
        "district": district,
        "former_province": gazetteer.province_of(district, None),
        "date": date,
        "place": place,
        "delegates": delegates,
        "source_file": row.source_file,
        "source_sheet": row.source_sheet,
        "source_row": row.source_row,
    }


def build_opinions(
    rows: list[Row], conferences: list[dict], gazetteer: Gazetteer, out: _Collected
) -> tuple[list[dict], list[dict]]:
    """Opinion records, and conferences met only as columns of opinion rows."""
    dates_by_district: dict[tuple[int, str], set] = {}
    for conf in conferences:
        dates_by_district.setdefault((conf["year"], conf["district"]), set()).add(conf["date"])
    known = {(c["year"], c["district"], c["date"]) for c in conferences}
    extra_conferences: dict[tuple, dict] = {}
    kept: dict[tuple[int, str, dt.date | None, str], dict] = {}
    for row in rows:
        text, changes = normalize_with_changes(row.fields.get("text"))
        if row.legacy_encoding:
            changes.insert(0, f"mã cũ {row.legacy_encoding.upper()} → Unicode (cả trang)")
        if row.repaired:
            changes.insert(0, "sửa lỗi mã hóa UTF-8 bị lưu thành ANSI → Unicode")
        if not text or _ERROR_CELL.match(text):
            out.reject(row, "no_text", "" if not text else f"ô lỗi '{text}'")
            continue
        if len(text) > MAX_TEXT_CHARS:
            out.reject(row, "too_long", f"{len(text):,} ký tự".replace(",", "."))
            continue
        located = _locate(row, gazetteer, out)
        if located is None:
            continue
        date, district = located
        if date is None:
            candidates = dates_by_district.get((row.year, district), set()) - {None}
            if len(candidates) == 1:
                date = next(iter(candidates))
            elif row.title_date and row.title_date.year == row.year:
                date = row.title_date
        key = (row.year, district, date, text)
        if key in kept:
            first = kept[key]
            where = f"dòng {first['source_row']}"
            if first["source_sheet"]:
                where += f", trang '{first['source_sheet']}'"
            out.reject(row, "duplicate", f"trùng với {where} của tệp {first['source_file']}")
            continue
        conf_key = (row.year, district, date)
        if conf_key not in known and (_text(row, "place") or _text(row, "delegates")):
            delegates = _text(row, "delegates")
            extra_conferences.setdefault(
                conf_key,
                _conference(
                    row,
                    district,
                    date,
                    _text(row, "place"),
                    int(delegates) if delegates.isdigit() else None,
                    gazetteer,
                ),
            )
        commune_raw = _text(row, "commune")
        after_reform = bool(date and date >= REFORM_DATE)
        commune = (
            gazetteer.match_commune(commune_raw, district, after_reform) if commune_raw else None
        )
        commune_now = gazetteer.current_commune(commune, district, after_reform)
        response = _text(row, "response")
        mode = _text(row, "response_mode")
        kept[key] = {
            "record_id": record_id(row.year, district, date, text),
            "year": row.year,
            "date": date,
            "district": district,
            "district_raw": _text(row, "district"),
            "commune": commune,
            "commune_raw": commune_raw,
            "commune_current": commune_now,
            "former_province": gazetteer.province_of(district, commune_now),
            "speaker": _text(row, "speaker"),
            "speaker_group": _text(row, "speaker_group"),
            "text": text,
            "text_changes": "; ".join(changes),
            "response": response,
            "response_mode": mode,
            "response_timing": _response_timing(mode, response),
            "source_file": row.source_file,
            "source_sheet": row.source_sheet,
            "source_row": row.source_row,
            "is_synthetic": row.synthetic,
        }
        out.reports[row.source_file].kept += 1
    return list(kept.values()), list(extra_conferences.values())


def _frame(records: list[dict], table: schemas.pa.DataFrameSchema, sort: list[str]) -> pd.DataFrame:
    """A validated, deterministically ordered table from records."""
    columns = list(table.columns)
    frame = pd.DataFrame(records, columns=columns)
    if "date" in frame:
        frame["date"] = pd.to_datetime(frame["date"]).astype("datetime64[us]")
    if "delegates" in frame:
        frame["delegates"] = frame["delegates"].astype("Int64")
    for column in ("year", "source_row"):
        if column in frame:
            frame[column] = frame[column].astype("int64")
    for name, column in table.columns.items():
        if str(column.dtype) in ("str", "string[pyarrow]", "string"):
            frame[name] = frame[name].astype("str")
        elif str(column.dtype) == "bool":
            frame[name] = frame[name].astype(bool)
    frame = frame.sort_values(sort, kind="stable", na_position="first").reset_index(drop=True)
    return table.validate(frame)


def ingest(raw_dir: Path, province: str, progress: bool = False) -> IngestResult:
    """Read and clean every export under `raw_dir` for `province`; nothing is written."""
    gazetteer = load_gazetteer(province)
    files = find_raw_files(raw_dir)
    if progress:
        from rich.progress import track

        files_iter: Iterable[Path] = track(files, description="Đang đọc tệp…", transient=True)
    else:
        files_iter = files
    out = collect(raw_dir, gazetteer, files_iter)
    conferences = build_conferences(out.conference_rows, gazetteer, out)
    opinions, extra = build_opinions(out.opinion_rows, conferences, gazetteer, out)
    conferences += extra
    _provinces_from_opinions(conferences, opinions)
    order = ["source_file", "source_sheet", "source_row"]
    return IngestResult(
        opinions=_frame(opinions, schemas.OPINIONS, ["year", "district", "date", *order]),
        conferences=_frame(conferences, schemas.CONFERENCES, ["year", "district", "date"]),
        rejects=_frame(out.rejects, schemas.REJECTS, order),
        files=[out.reports[k] for k in sorted(out.reports)],
        elsewhere=out.elsewhere,
    )


def _provinces_from_opinions(conferences: list[dict], opinions: list[dict]) -> None:
    """A conference whose unit names no former district takes its opinions' former province.

    After the reform a conference is held by a commune's police; when that commune came from
    several former districts its row's district is unmapped, but its opinions tell the province.
    """
    provinces: dict[tuple, set[str]] = {}
    for opinion in opinions:
        key = (opinion["year"], opinion["district"], opinion["date"])
        provinces.setdefault(key, set()).add(opinion["former_province"])
    for conference in conferences:
        found = provinces.get((conference["year"], conference["district"], conference["date"]))
        if not conference["former_province"] and found and len(found - {""}) == 1:
            conference["former_province"] = next(iter(found - {""}))


# ---------------------------------------------------------------- save


def write_outputs(result: IngestResult, out_dir: Path) -> list[Path]:
    """Write opinions.parquet, conferences.parquet and rejects.csv atomically."""
    targets = {
        out_dir / "opinions.parquet": result.opinions,
        out_dir / "conferences.parquet": result.conferences,
    }
    for target, frame in targets.items():
        write_atomically(target, lambda tmp, f=frame: f.to_parquet(tmp, index=False))
    write_csv(result.rejects, out_dir / "rejects.csv")
    return [*targets, out_dir / "rejects.csv"]
