"""Analysts' corrections: kept in data/labels/overrides.csv, applied on every run, never lost.

The file is only ever appended to (one line per correction, the latest line for a record wins),
so no rewrite can drop an analyst's line. The review workbook lists what the classifier was unsure
of; reading a filled-in workbook back appends its corrections.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.core.atomic import write_atomically
from analysis.core.decoding import append_encoding, decode_bytes
from analysis.core.files import neutralise_cell
from analysis.core.text import fold_key, normalize_text
from analysis.core.vocabulary import stances, themes

OVERRIDE_COLUMNS = ["record_id", "theme", "stance", "note", "recorded_at"]
REVIEW_HEADERS = {
    "record_id": "Mã ý kiến",
    "year": "Năm",
    "district": "Đơn vị",
    "text": "Nội dung ý kiến",
    "theme_name": "Chủ đề (máy gán)",
    "stance_name": "Lập trường (máy gán)",
    "evidence": "Căn cứ",
    "theme_fix": "Chủ đề đúng",
    "stance_fix": "Lập trường đúng",
    "note": "Ghi chú",
}


# A line appended to a file that lacked its final newline: "...T10:00:00" glued to the next id.
_GLUED_LINES = re.compile(r"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?=[0-9a-f]{16},)")


NOTHING_TO_REVIEW = "Không có ý kiến nào cần xem lại (mọi ý kiến đã chắc chắn hoặc đã được sửa)."


class ReviewFileError(ValueError):
    """A problem in a filled-in review workbook; the message names the row, in Vietnamese."""


def _lines(numbers: list[int]) -> str:
    """Line numbers for a message, the first ten of them."""
    more = f"… (+{len(numbers) - 10})" if len(numbers) > 10 else ""
    return ", ".join(map(str, numbers[:10])) + more


@dataclass(frozen=True)
class Correction:
    """One analyst's correction of a record (empty theme or stance: keep the classifier's)."""

    record_id: str
    theme: str
    stance: str
    note: str = ""


def read_overrides(path: Path) -> pd.DataFrame:
    """Corrections in force: the latest line per record_id.

    Tolerates what Excel and Notepad do to the file: ANSI (Windows-1258/1252) instead of UTF-8,
    a note with an unquoted comma (the extra fields are the note), a missing final newline that
    glued two lines, ";" as separator, labels typed as their Vietnamese names, and lines with no
    record_id (ignored). What was tolerated is listed in `frame.attrs["warnings"]`; a label that
    is not in the guide stops with the line named.
    """
    if not path.exists():
        return pd.DataFrame(columns=OVERRIDE_COLUMNS)
    try:
        text = decode_bytes(path.read_bytes())
    except OSError as exc:
        raise ReviewFileError(f"Không đọc được {path}: {exc.strerror or exc}") from exc
    text, glued = _GLUED_LINES.subn(r"\1\n", text)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [normalize_text(h).lower() for h in next(reader, [])]
    missing = {"record_id", "theme", "stance"} - set(header)
    if missing:
        raise ReviewFileError(f"{path}: thiếu cột {', '.join(sorted(missing))}")
    records, merged, no_id = [], [], []
    for fields in reader:
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if len(fields) > len(header) and "note" in header:
            at, extra = header.index("note"), len(fields) - len(header)
            fields = [
                *fields[:at],
                delimiter.join(fields[at : at + extra + 1]),
                *fields[at + extra + 1 :],
            ]
            merged.append(line)
        row = dict(zip(header, [normalize_text(f) for f in fields], strict=False))
        if not row.get("record_id"):
            no_id.append(line)
            continue
        for column, labels in (("theme", themes()), ("stance", stances())):
            typed = row.get(column, "")
            key = _label_key(typed, labels) if typed else ""
            if key is None:
                raise ReviewFileError(f"{path} dòng {line}: nhãn '{typed}' không hợp lệ")
            row[column] = key
        records.append({c: row.get(c, "") for c in OVERRIDE_COLUMNS})
    frame = pd.DataFrame(records, columns=OVERRIDE_COLUMNS)
    frame = frame.drop_duplicates("record_id", keep="last").reset_index(drop=True)
    frame.attrs["warnings"] = _override_warnings(path, glued, merged, no_id)
    return frame


def _override_warnings(path: Path, glued: int, merged: list[int], no_id: list[int]) -> list[str]:
    """What reading the overrides file tolerated, in Vietnamese."""
    warnings = []
    if glued:
        warnings.append(
            f"{path.name}: {glued} chỗ hai dòng bị dính liền (thiếu xuống dòng), đã tách ra"
        )
    if merged:
        warnings.append(
            f"{path.name} dòng {_lines(merged)}: ghi chú có dấu phẩy không nằm trong ngoặc kép, "
            "đã ghép lại thành một ghi chú"
        )
    if no_id:
        warnings.append(
            f"{path.name} dòng {_lines(no_id)}: không có mã ý kiến (record_id), "
            f"{len(no_id)} dòng bị bỏ qua"
        )
    return warnings


def append_overrides(path: Path, corrections: list[Correction]) -> int:
    """Append corrections to the overrides file (created with its header if missing).

    Lines are written in the file's own separator, column order and (for UTF-16) encoding, on a
    line of their own even when Notepad left the last line without its newline.
    """
    if not corrections:
        return 0
    if not path.exists():
        write_atomically(
            path,
            lambda tmp: tmp.write_text(",".join(OVERRIDE_COLUMNS) + "\n", encoding="utf-8"),
        )
    data = path.read_bytes()
    text = decode_bytes(data)
    delimiter = _delimiter(text)
    header = [
        normalize_text(h).lower()
        for h in next(csv.reader([text.split("\n", 1)[0]], delimiter=delimiter), [])
    ]
    if not {"record_id", "theme", "stance"} <= set(header):
        raise ReviewFileError(f"{path}: dòng tiêu đề thiếu cột record_id, theme hoặc stance")
    stamp = dt.datetime.now().replace(microsecond=0).isoformat()
    with open(path, "a", encoding=append_encoding(data), newline="") as handle:
        if text and not text.endswith("\n"):
            handle.write("\r\n")
        writer = csv.writer(handle, delimiter=delimiter)
        for c in corrections:
            values = {
                "record_id": c.record_id,
                "theme": c.theme,
                "stance": c.stance,
                "note": neutralise_cell(c.note),
                "recorded_at": stamp,
            }
            writer.writerow([values.get(column, "") for column in header])
        handle.flush()
        os.fsync(handle.fileno())
    return len(corrections)


def _delimiter(text: str) -> str:
    """The separator of a csv file, from its header line: ",", or ";" / tab as Excel may save."""
    first_line = text.split("\n", 1)[0]
    others = [d for d in ";\t" if d in first_line and "," not in first_line]
    return others[0] if others else ","


def apply_overrides(frame: pd.DataFrame, overrides: pd.DataFrame) -> pd.DataFrame:
    """Replace labels of corrected records; mark them `corrected` and no longer under review."""
    result = frame.copy()
    result["corrected"] = False
    if overrides.empty:
        return result
    latest = overrides.set_index("record_id")
    hit = result["record_id"].isin(latest.index)
    for column in ("theme", "stance"):
        fixes = result.loc[hit, "record_id"].map(latest[column])
        keep = fixes.fillna("") != ""
        result.loc[fixes[keep].index, column] = fixes[keep]
    notes = result.loc[hit, "record_id"].map(latest["note"]).fillna("")
    result.loc[hit, "evidence"] = "Cán bộ đã sửa" + notes.map(lambda n: f": {n}" if n else "")
    result.loc[hit, ["theme_score", "stance_score"]] = 1.0
    result.loc[hit, "needs_review"] = False
    result.loc[hit, "corrected"] = True
    return result


def write_review_workbook(classified: pd.DataFrame, target: Path) -> int:
    """An .xlsx of the records needing review, with columns for the right labels."""
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    queue = classified.loc[classified["needs_review"].astype(bool)].copy()  # empty: a mask too
    queue["theme_name"] = queue["theme"].map(themes())
    queue["stance_name"] = queue["stance"].map(stances())
    queue["theme_fix"] = ""
    queue["stance_fix"] = ""
    queue["note"] = ""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Cần xem lại"
    columns = [c for c in REVIEW_HEADERS if c in queue.columns]
    sheet.append([REVIEW_HEADERS[c] for c in columns])
    for row in queue[columns].itertuples(index=False):
        sheet.append([neutralise_cell(v) for v in row])
    if queue.empty:  # nothing to review, or every flagged opinion corrected already
        sheet.cell(row=2, column=columns.index("text") + 1, value=NOTHING_TO_REVIEW)
    guide = workbook.create_sheet("Nhãn")
    guide.append(["Chủ đề", "Lập trường"])
    for i in range(max(len(themes()), len(stances()))):
        guide.append(
            [
                list(themes().values())[i] if i < len(themes()) else None,
                list(stances().values())[i] if i < len(stances()) else None,
            ]
        )
    for column, count, letter in (
        ("theme_fix", len(themes()), "A"),
        ("stance_fix", len(stances()), "B"),
    )[: 2 if len(queue) else 0]:
        index = columns.index(column) + 1
        validation = DataValidation(
            type="list", formula1=f"=Nhãn!${letter}$2:${letter}${count + 1}"
        )
        cell_letter = sheet.cell(row=1, column=index).column_letter
        validation.add(f"{cell_letter}2:{cell_letter}{len(queue) + 1}")
        sheet.add_data_validation(validation)
    for letter, width in zip("ABCDEFGHIJ", (18, 6, 22, 80, 28, 26, 50, 28, 26, 30), strict=False):
        sheet.column_dimensions[letter].width = width
    write_atomically(target, workbook.save)
    return len(queue)


def _label_key(value: str, labels: dict[str, str]) -> str | None:
    """A label key from what an analyst typed: the key or the Vietnamese name, any accents."""
    typed = fold_key(normalize_text(value))
    for key, name in labels.items():
        if typed in (fold_key(key), fold_key(name)):
            return key
    return None


@dataclass
class ReviewImport:
    """Corrections read from a review workbook, and filled-in rows that could not be used."""

    corrections: list[Correction] = field(default_factory=list)
    without_id: list[int] = field(default_factory=list)  # rows with labels but no record_id

    def warnings(self, name: str) -> list[str]:
        """What was left out, in Vietnamese."""
        if not self.without_id:
            return []
        return [
            f"{name} dòng {_lines(self.without_id)}: có nhãn nhưng không có mã ý kiến (thường do "
            f"kéo chép ô xuống dưới bảng); {len(self.without_id)} dòng bị bỏ qua"
        ]


def _workbook_rows(path: Path) -> list[tuple]:
    """The first sheet's rows of a review workbook: .xlsx, or .xls when Excel saved it so."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ReviewFileError(f"Không tìm thấy tệp xem lại {path}")
    try:
        if suffix == ".xls":
            import xlrd

            sheet = xlrd.open_workbook(path).sheet_by_index(0)
            return [tuple(sheet.row_values(r)) for r in range(sheet.nrows)]
        if suffix in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            book = load_workbook(path, read_only=True, data_only=True)
            try:
                return list(book.worksheets[0].iter_rows(values_only=True))
            finally:
                book.close()
    except Exception as exc:  # openpyxl and xlrd raise many kinds for a broken file
        raise ReviewFileError(
            f"Không mở được tệp xem lại {path.name} (tệp hỏng hoặc không phải tệp Excel: "
            f"{type(exc).__name__}). Hãy mở bằng Excel và lưu lại thành .xlsx"
        ) from exc
    raise ReviewFileError(
        f"Tệp xem lại {path.name}: chỉ nhận .xlsx (hoặc .xls); hãy mở bằng Excel và "
        "lưu lại thành Excel Workbook (.xlsx)"
    )


def read_review_workbook(path: Path) -> ReviewImport:
    """Corrections filled into a review workbook; a wrong label stops with its row named.

    Rows with a label but no record_id (the fill handle dragged below the table) are not
    corrections: they are counted in `without_id`, never saved.
    """
    rows = iter(_workbook_rows(path))
    header = [normalize_text(c) for c in next(rows, [])]
    by_name = {name: key for key, name in REVIEW_HEADERS.items()}
    index = {by_name[h]: i for i, h in enumerate(header) if h in by_name}
    for needed in ("record_id", "theme_fix", "stance_fix"):
        if needed not in index:
            raise ReviewFileError(f"{path.name}: thiếu cột '{REVIEW_HEADERS[needed]}'")
    found = ReviewImport()
    for number, row in enumerate(rows, start=2):
        cell = lambda key, row=row: (  # noqa: E731
            normalize_text(row[index[key]]) if key in index and index[key] < len(row) else ""
        )
        theme_text, stance_text = cell("theme_fix"), cell("stance_fix")
        if not (theme_text or stance_text):
            continue
        if not cell("record_id"):
            found.without_id.append(number)
            continue
        theme = _label_key(theme_text, themes()) if theme_text else ""
        stance = _label_key(stance_text, stances()) if stance_text else ""
        if theme is None or stance is None:
            wrong = theme_text if theme is None else stance_text
            raise ReviewFileError(
                f"{path.name}, dòng {number}: nhãn '{wrong}' không có trong hướng dẫn gán nhãn"
            )
        found.corrections.append(Correction(cell("record_id"), theme, stance, cell("note")))
    return found


def not_yet_saved(corrections: list[Correction], overrides_path: Path) -> list[Correction]:
    """The corrections that differ from what the overrides file already holds for their record."""
    latest = {
        row.record_id: (row.theme, row.stance, row.note)
        for row in read_overrides(overrides_path).itertuples(index=False)
    }
    return [c for c in corrections if latest.get(c.record_id) != (c.theme, c.stance, c.note)]


def keep_pending_review(review: Path, overrides_path: Path) -> str | None:
    """Save corrections typed into the review workbook but never imported, before it is rewritten.

    They are appended to the overrides file as `analysis review-import` would; a workbook that
    cannot be read is copied aside instead. Returns what was done, in Vietnamese, or None.
    """
    if not review.is_file():
        return None
    try:
        found = read_review_workbook(review)
    except ReviewFileError as exc:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = review.with_name(f"{review.stem}-{stamp}{review.suffix}")
        shutil.copy2(review, backup)
        return f"{exc}. Đã giữ bản sao {backup.name} trước khi ghi lại {review.name}"
    pending = not_yet_saved(found.corrections, overrides_path)
    if not pending:
        return None
    append_overrides(overrides_path, pending)
    return (
        f"Đã tự lưu {len(pending)} chỉnh sửa điền trong {review.name} mà chưa nhập bằng "
        f"`analysis review-import` vào {overrides_path.name}"
    )
