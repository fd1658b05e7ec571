"""Analysts' corrections: kept in data/labels/overrides.csv, applied on every run, never lost.

The file is only ever appended to (one line per correction, the latest line for a record wins),
so no rewrite can drop an analyst's line. The review workbook lists what the classifier was unsure
of; reading a filled-in workbook back appends its corrections.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.core.atomic import write_atomically
from analysis.core.files import neutralise_cell
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


class ReviewFileError(ValueError):
    """A problem in a filled-in review workbook; the message names the row, in Vietnamese."""


@dataclass(frozen=True)
class Correction:
    """One analyst's correction of a record (empty theme or stance: keep the classifier's)."""

    record_id: str
    theme: str
    stance: str
    note: str = ""


def read_overrides(path: Path) -> pd.DataFrame:
    """Corrections in force: the latest line per record_id."""
    if not path.exists():
        return pd.DataFrame(columns=OVERRIDE_COLUMNS)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = {"record_id", "theme", "stance"} - set(frame.columns)
    if missing:
        raise ReviewFileError(f"{path}: thiếu cột {', '.join(sorted(missing))}")
    for column, valid in (("theme", themes()), ("stance", stances())):
        bad = frame[(frame[column] != "") & ~frame[column].isin(list(valid))]
        if not bad.empty:
            line = int(bad.index[0]) + 2
            raise ReviewFileError(f"{path} dòng {line}: nhãn '{bad[column].iloc[0]}' không hợp lệ")
    return frame.drop_duplicates("record_id", keep="last").reset_index(drop=True)


def append_overrides(path: Path, corrections: list[Correction]) -> int:
    """Append corrections to the overrides file (created with its header if missing)."""
    if not corrections:
        return 0
    if not path.exists():
        write_atomically(
            path,
            lambda tmp: tmp.write_text(",".join(OVERRIDE_COLUMNS) + "\n", encoding="utf-8"),
        )
    stamp = dt.datetime.now().replace(microsecond=0).isoformat()
    with open(path, "a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for c in corrections:
            writer.writerow([c.record_id, c.theme, c.stance, neutralise_cell(c.note), stamp])
        handle.flush()
        os.fsync(handle.fileno())
    return len(corrections)


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

    queue = classified[classified["needs_review"]].copy()
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
    ):
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
    from analysis.core.text import fold_key, normalize_text

    typed = fold_key(normalize_text(value))
    for key, name in labels.items():
        if typed in (fold_key(key), fold_key(name)):
            return key
    return None


def read_review_workbook(path: Path) -> list[Correction]:
    """Corrections filled into a review workbook; a wrong label stops with its row named."""
    from openpyxl import load_workbook

    from analysis.core.text import normalize_text

    try:
        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise ReviewFileError(f"Không mở được tệp xem lại {path.name}: {exc}") from exc
    rows = sheet.iter_rows(values_only=True)
    header = [normalize_text(c) for c in next(rows, [])]
    by_name = {name: key for key, name in REVIEW_HEADERS.items()}
    index = {by_name[h]: i for i, h in enumerate(header) if h in by_name}
    for needed in ("record_id", "theme_fix", "stance_fix"):
        if needed not in index:
            raise ReviewFileError(f"{path.name}: thiếu cột '{REVIEW_HEADERS[needed]}'")
    corrections = []
    for number, row in enumerate(rows, start=2):
        cell = lambda key, row=row: normalize_text(row[index[key]]) if key in index else ""  # noqa: E731
        theme_text, stance_text = cell("theme_fix"), cell("stance_fix")
        if not (theme_text or stance_text):
            continue
        theme = _label_key(theme_text, themes()) if theme_text else ""
        stance = _label_key(stance_text, stances()) if stance_text else ""
        if theme is None or stance is None:
            wrong = theme_text if theme is None else stance_text
            raise ReviewFileError(
                f"{path.name}, dòng {number}: nhãn '{wrong}' không có trong hướng dẫn gán nhãn"
            )
        corrections.append(Correction(cell("record_id"), theme, stance, cell("note")))
    return corrections
