"""Every failure loud, precise and recoverable (issue 12): a table of hostile cases.

Each case is a small file built here, as an analyst's PC would make it (Excel, LibreOffice,
Word, Notepad, a power cut, a copy in the wrong folder), with what the user must see: the exit
code, a Vietnamese message naming the file (and sheet, row), every good row accounted for, and
earlier outputs and corrections intact.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl
import pandas as pd
import pytest
import xlwt
from openpyxl.styles import Font
from typer.testing import CliRunner

from analysis.classify.corrections import (
    NOTHING_TO_REVIEW,
    Correction,
    append_overrides,
    read_overrides,
    read_review_workbook,
    write_review_workbook,
)
from analysis.cli import app

HEADER = ["STT", "Đơn vị", "Nội dung ý kiến"]
TEXTS = [
    "Đề nghị tăng cường tuần tra ban đêm ở thôn {}.",
    "Tình trạng trộm cắp vặt vẫn còn xảy ra ở xóm {}, bà con bức xúc.",
    "Cảm ơn công an xã đã giải quyết nhanh vụ việc ở tổ {}.",
]


def opinions(count: int, district: str = "Đắk Mil", start: int = 1) -> list[list[object]]:
    """`count` distinct opinion rows of one district."""
    return [[start + i, district, TEXTS[i % 3].format(start + i)] for i in range(count)]


def xlsx(rows: list[list[object]], decorate: Callable | None = None) -> bytes:
    """An .xlsx of the rows on one sheet, optionally touched up by `decorate(sheet)`."""
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    if decorate:
        decorate(book.active)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_text(rows: list[list[object]]) -> str:
    """Rows as comma-separated lines (no quoting needed for these cells)."""
    return "".join(",".join(str(c) for c in row) + "\n" for row in rows)


def ods(rows: list[list[object]]) -> bytes:
    """A LibreOffice .ods of the rows."""
    buffer = io.BytesIO()
    pd.DataFrame(rows[1:], columns=rows[0]).to_excel(buffer, engine="odf", index=False)
    return buffer.getvalue()


def word(rows: list[list[object]], title_row: str = "") -> bytes:
    """A Word .docx with a title paragraph and the rows as a table (under a merged title row)."""
    document = docx.Document()
    document.add_paragraph("BIÊN BẢN HỘI NGHỊ CÔNG AN LẮNG NGHE Ý KIẾN NHÂN DÂN")
    table = document.add_table(rows=len(rows) + bool(title_row), cols=len(rows[0]))
    if title_row:
        table.cell(0, 0).merge(table.cell(0, len(rows[0]) - 1)).text = title_row
    for r, row in enumerate(rows, start=bool(title_row)):
        for c, value in enumerate(row):
            table.cell(r, c).text = str(value)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def ansi(text: str) -> bytes:
    """Text as Excel or Notepad saves it as ANSI on a Vietnamese Windows (Windows-1258)."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:  # Windows-1258 has tone marks as separate characters
            letters = unicodedata.normalize("NFD", char)
            tone = "".join(c for c in letters if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in letters if c not in tone))
            out += (base + tone).encode("cp1258")
    return out


def web_page(rows: list[list[object]]) -> str:
    """An HTML table, as web systems export "Excel" files."""
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[1:])
    return f'<html><meta charset="utf-8"><table><tr>{head}</tr>{body}</table></html>'


def mojibake(text: str) -> str:
    """UTF-8 text as Excel shows it after opening it as ANSI (Windows-1252)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def with_page_headers(rows: list[list[object]], every: int) -> list[list[object]]:
    """Rows as printed: the header repeated (with the numbering row) every `every` rows."""
    out = [HEADER, ["(1)", "(2)", "(3)"]]
    for i, row in enumerate(rows):
        if i and i % every == 0:
            out += [["Trang " + str(i // every + 1)], HEADER, ["(1)", "(2)", "(3)"]]
        out.append(row)
    return out


def with_subtotals(blocks: dict[str, int]) -> list[list[object]]:
    """District blocks, each under its heading and closed by a "Cộng:" subtotal row."""
    out, start = [HEADER], 1
    for district, count in blocks.items():
        out.append([f"Huyện {district}"])
        out += opinions(count, district, start)
        subtotal = (
            ["", "Cộng:", f"{count} ý kiến"] if start == 1 else ["", f"Cộng huyện {district}"]
        )
        out.append(subtotal)
        start += count
    out.append(["", "Tổng cộng:", f"{start - 1} ý kiến"])
    return out


def old_xls_with_far_cell(rows: list[list[object]]) -> bytes:
    """An Excel 97 .xls of the rows with a formatted empty cell at its last cell (IV65536)."""
    book = xlwt.Workbook()
    sheet = book.add_sheet("Tổng hợp")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.write(65535, 255, None, xlwt.easyxf("font: bold on"))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def stray_cell_far_away(sheet) -> None:
    """A formatted empty cell at the last cell of the sheet (XFD1048576)."""
    sheet["XFD1048576"].font = Font(bold=True)


@dataclass
class Case:
    """Files to put under data/raw, and what the user must see after `analysis ingest`."""

    files: dict[str, bytes]
    exit_code: int
    kept: int
    rejected: int = 0
    says: list[str] = field(default_factory=list)  # in the output, whitespace folded
    text_change: str = ""  # in the text_changes of some kept opinion
    text: str = ""  # the text of some kept opinion


UNDATED = xlsx([HEADER, *opinions(2)])
CASES = {
    "ods export is read": Case({"2024/tong-hop.ods": ods([HEADER, *opinions(4)])}, 0, 4),
    "docx table is read, pdf beside it refused by name": Case(
        {"2024/bien-ban.docx": word([HEADER, *opinions(3)]), "2024/bien-ban.pdf": b"%PDF-1.4"},
        1,
        3,
        says=["2024/bien-ban.pdf", "PDF", "không đọc được"],
    ),
    "docx table under a merged title row": Case(
        {"2024/bien-ban.docx": word([HEADER, *opinions(2)], "Ý KIẾN CỦA NHÂN DÂN HUYỆN ĐẮK MIL")},
        0,
        2,
    ),
    "old .doc refused with what to do": Case(
        {"2024/y-kien.doc": b"\xd0\xcf\x11\xe0" + bytes(60), "2024/a.xlsx": UNDATED},
        1,
        2,
        says=["2024/y-kien.doc", "lưu lại thành .docx"],
    ),
    "photo in a year folder refused by name": Case(
        {"2024/anh-bien-ban.jpg": b"\xff\xd8\xff", "2024/a.xlsx": UNDATED},
        1,
        2,
        says=["2024/anh-bien-ban.jpg", "tệp ảnh"],
    ),
    "same undated file in two year folders counted once": Case(
        {"2023/tong-hop.xlsx": UNDATED, "2024/tong-hop.xlsx": UNDATED},
        0,
        2,
        rejected=2,
        says=["giống hệt 2023/tong-hop.xlsx"],
    ),
    "same file twice in one year folder is said, counted once": Case(
        {"2024/tong-hop.xlsx": UNDATED, "2024/tong-hop (1).xlsx": UNDATED},
        0,
        2,
        rejected=2,
        says=["giống hệt 2024/tong-hop (1).xlsx cùng thư mục năm"],
    ),
    "csv with a NUL byte and power-cut padding keeps its 30 rows": Case(
        {
            "2024/y-kien.csv": (
                csv_text([HEADER, *opinions(15)]).encode()
                + b"\x00"
                + csv_text(opinions(15, start=16)).encode()
                + b"\x00" * 512
            )
        },
        0,
        30,
        says=["NUL", "mất điện"],
    ),
    "utf-8 re-saved as ANSI mojibake is repaired and said": Case(
        {"2024/y-kien.csv": mojibake(csv_text([HEADER, *opinions(3)])).encode("utf-8")},
        0,
        3,
        says=["lỗi mã hóa"],
        text_change="UTF-8 bị lưu thành ANSI",
        text="Đề nghị tăng cường tuần tra ban đêm ở thôn 1.",
    ),
    "page headers repeated every 5 rows are not opinions": Case(
        {"2024/in-ra.xlsx": xlsx(with_page_headers(opinions(12), 5))}, 0, 12
    ),
    "subtotal rows between district blocks do not end the data": Case(
        {"2024/theo-huyen.xlsx": xlsx(with_subtotals({"Đắk Mil": 4, "Cư Jút": 4, "Krông Nô": 4}))},
        0,
        12,
    ),
    "unknown text header is guessed and said": Case(
        {"2024/la.xlsx": xlsx([["STT", "Đơn vị", "Nội dung YK đại biểu nêu"], *opinions(4)])},
        0,
        4,
        says=["đã đoán cột 'Nội dung YK đại biểu nêu'"],
    ),
    "formatted empty cell at XFD1048576 is read fast, good files too": Case(
        {
            "2024/nho.xlsx": xlsx([HEADER, *opinions(2)], stray_cell_far_away),
            "2024/tot.csv": csv_text([HEADER, *opinions(3, "Cư Jút")]).encode(),
        },
        0,
        5,
    ),
    "formatted empty cell at the end of an old .xls is read fast": Case(
        {"2024/cu.xls": old_xls_with_far_cell([HEADER, *opinions(3)])}, 0, 3
    ),
    "web page saved as .xls is read as its table": Case(
        {"2024/xuat-tu-web.xls": web_page([HEADER, *opinions(3)]).encode("utf-8")},
        0,
        3,
        says=["nội dung là .html"],
    ),
    "csv named .xlsx is read as csv": Case(
        {"2024/xuat.xlsx": csv_text([HEADER, *opinions(2)]).encode("utf-8")},
        0,
        2,
        says=["nội dung là .csv"],
    ),
    "ods named .xlsx is read as ods": Case(
        {"2024/doi-duoi.xlsx": ods([HEADER, *opinions(2)])}, 0, 2, says=["nội dung là .ods"]
    ),
    "binary junk named csv is refused, the good file kept": Case(
        {"2024/rac.csv": bytes(range(256)) * 4, "2024/a.xlsx": UNDATED},
        1,
        2,
        says=["2024/rac.csv", "không phải văn bản"],
    ),
}


def run(*args: str):
    """The command's exit code and its output with whitespace folded (rich wraps lines)."""
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_export(project: Path, name: str):
    case = CASES[name]
    raw = project / "data" / "raw"
    for relative, data in case.files.items():
        (raw / relative).parent.mkdir(parents=True, exist_ok=True)
        (raw / relative).write_bytes(data)
    started = time.perf_counter()
    code, output = run("ingest")
    assert time.perf_counter() - started < 30
    assert code == case.exit_code, output
    for words in case.says:
        assert words in output, f"{words!r} not in: {output}"
    processed = project / "data" / "processed"
    kept = pd.read_parquet(processed / "opinions.parquet")
    rejects = pd.read_csv(processed / "rejects.csv", dtype=str, keep_default_na=False)
    assert (len(kept), len(rejects)) == (case.kept, case.rejected), rejects.to_string()
    assert not kept["text"].str.contains("Nội dung|Cộng|Trang", regex=True).any()
    if case.text_change:
        assert kept["text_changes"].str.contains(case.text_change).any()
    if case.text:
        assert case.text in set(kept["text"])


def test_dated_copy_in_the_wrong_year_folder_keeps_each_row_in_its_year(project: Path):
    """A dated file copied into the next year's folder: its rows count once, in their year."""
    dated = xlsx([[*HEADER, "Ngày"], *[[*r, "15/09/2023"] for r in opinions(2)]])
    for year in ("2023", "2024"):
        (project / "data" / "raw" / year).mkdir(parents=True)
        (project / "data" / "raw" / year / "tong-hop.xlsx").write_bytes(dated)
    code, _ = run("ingest")
    kept = pd.read_parquet(project / "data" / "processed" / "opinions.parquet")
    rejects = pd.read_csv(project / "data" / "processed" / "rejects.csv")
    assert code == 0 and list(kept["year"]) == [2023, 2023]
    assert set(rejects["reason_code"]) == {"wrong_year"} and len(rejects) == 2


def test_sheet_without_header_beside_a_good_one_is_named(project: Path):
    book = xlsx([HEADER, *opinions(2)])
    workbook = openpyxl.load_workbook(io.BytesIO(book))
    workbook.create_sheet("Ghi chép").append(["một dòng ghi chép", "không có tiêu đề"])
    workbook.save(project / "data" / "raw" / "a.xlsx")
    (project / "data" / "raw" / "2024").mkdir()
    (project / "data" / "raw" / "a.xlsx").rename(project / "data" / "raw" / "2024" / "a.xlsx")
    code, output = run("ingest")
    assert code == 0 and "trang 'Ghi chép' không có dòng tiêu đề" in output


# ---------------------------------------------------------------- where results go


def test_output_that_is_a_file_is_refused_in_vietnamese(project: Path):
    (project / "data" / "raw" / "2024").mkdir()
    (project / "data" / "raw" / "2024" / "a.xlsx").write_bytes(UNDATED)
    (project / "ket-qua.xlsx").write_bytes(b"x")
    code, output = run("ingest", "-o", str(project / "ket-qua.xlsx"))
    assert code == 2 and "là một tệp, không phải thư mục" in output


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root")
def test_read_only_output_folder_is_refused_in_vietnamese(project: Path):
    (project / "data" / "raw" / "2024").mkdir()
    (project / "data" / "raw" / "2024" / "a.xlsx").write_bytes(UNDATED)
    locked = project / "chi-doc"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        code, output = run("ingest", "-o", str(locked))
    finally:
        locked.chmod(0o755)
    assert code == 2 and "Không có quyền ghi" in output and "chi-doc" in output


def test_output_folder_refusing_writes_is_said_and_nothing_half_written(project, monkeypatch):
    """As a read-only or antivirus-locked folder does on Windows, even for root here."""
    import tempfile

    (project / "data" / "raw" / "2024").mkdir()
    (project / "data" / "raw" / "2024" / "a.xlsx").write_bytes(UNDATED)

    def refuse(prefix="", suffix="", dir=None):
        raise PermissionError(13, "Permission denied", f"{dir}/{prefix}x{suffix}")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, output = run("ingest")
    assert code == 2 and "Không có quyền ghi" in output and "data/processed" in output
    assert not list((project / "data" / "processed").glob("*.parquet"))


def test_no_export_at_all_is_said_with_exit_1(project: Path):
    (project / "data" / "raw" / "2024").mkdir()
    code, output = run("ingest")
    assert code == 1 and "thư mục năm 2024 không có tệp nào" in output
    assert "Không có ý kiến nào được giữ lại" in output


def test_read_only_error_message_names_the_folder():
    from analysis.steps import os_error_message

    error = PermissionError(13, "Permission denied", "/srv/ket-qua/.opinions.parquet.ab12.tmp")
    message = os_error_message(error)
    assert "'/srv/ket-qua'" in message and "Không có quyền ghi" in message


def test_second_run_at_once_stops_with_a_message_and_touches_nothing(project: Path):
    processed = project / "data" / "processed"
    in_flight = processed / ".opinions.parquet.first.tmp"
    in_flight.write_bytes(b"half written")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from analysis.core.runlock import "
            "run_lock\nwith run_lock(Path(sys.argv[1])):\n print('held', flush=True); "
            "time.sleep(30)",
            str(processed),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        code, output = run("run", "--no-notebooks")
        assert code == 2 and "Một lần chạy khác" in output and "tiến trình" in output
        assert in_flight.exists()
    finally:
        holder.kill()
        holder.wait()
    from analysis.core.runlock import run_lock

    with run_lock(processed):  # the holder died: its lock went with it
        pass


def test_stale_temp_cleanup_leaves_recent_files_alone(tmp_path: Path):
    from analysis.core.atomic import remove_stale_temp_files

    recent = tmp_path / ".opinions.parquet.a.tmp"
    old = tmp_path / ".classified.parquet.b.tmp"
    recent.write_bytes(b"in flight")
    old.write_bytes(b"left by a killed run")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    assert remove_stale_temp_files(tmp_path) == 1
    assert recent.exists() and not old.exists()


# ---------------------------------------------------------------- state, cache, review file


@pytest.fixture
def small_project(project: Path) -> Path:
    """The throwaway project with one good export, ingested and classified once."""
    (project / "data" / "raw" / "2024").mkdir()
    (project / "data" / "raw" / "2024" / "a.xlsx").write_bytes(xlsx([HEADER, *opinions(3)]))
    from analysis.core.settings import load_settings
    from analysis.steps import update_processed

    assert update_processed(load_settings(root=project))
    return project


def test_truncated_opinions_are_rebuilt_on_the_next_run(small_project: Path):
    from analysis.core.settings import load_settings
    from analysis.steps import update_processed

    target = small_project / "data" / "processed" / "opinions.parquet"
    target.write_bytes(target.read_bytes()[:100])
    assert update_processed(load_settings(root=small_project))
    assert len(pd.read_parquet(target)) == 3


def test_a_failed_stage_is_never_recorded_as_done(small_project: Path, monkeypatch):
    import json

    from analysis import steps
    from analysis.core.settings import load_settings

    (small_project / "data" / "raw" / "2024" / "b.csv").write_text(
        csv_text([HEADER, *opinions(1, "Cư Jút")]), encoding="utf-8"
    )

    def broken(*args, **kwargs):
        raise steps.StepError("hỏng giữa chừng")

    monkeypatch.setattr(steps, "classify_step", broken)
    with pytest.raises(steps.StepError):
        steps.update_processed(load_settings(root=small_project))
    state = json.loads((small_project / "data" / "processed" / ".state.json").read_text())
    assert "classify" not in state and "ingest" in state
    monkeypatch.undo()
    assert steps.update_processed(load_settings(root=small_project))
    classified = pd.read_parquet(small_project / "data" / "processed" / "classified.parquet")
    assert len(classified) == 4


def test_corrupt_classifier_cache_is_rebuilt_and_said(small_project: Path):
    cache = small_project / "data" / "processed" / ".cache" / "classifier.sqlite"
    cache.write_bytes(b"not a database " * 200)
    code, output = run("classify")
    assert code == 0 and "Bộ nhớ đệm phân loại" in output and "tạo lại" in output
    assert len(pd.read_parquet(small_project / "data" / "processed" / "classified.parquet")) == 3


def test_correction_of_an_opinion_no_longer_there_is_said(small_project: Path):
    append_overrides(
        small_project / "data" / "labels" / "overrides.csv",
        [Correction("f" * 16, "toi_pham", "phe_binh", "ý kiến đã xóa")],
    )
    code, output = run("classify")
    assert code == 0 and "1 chỉnh sửa trong overrides.csv không khớp" in output
    assert "f" * 16 in output


@pytest.mark.slow
def test_old_report_of_a_year_without_data_is_flagged(small_project: Path):
    (small_project / "reports" / "2017").mkdir(parents=True)
    code, output = run("run", "--no-notebooks")
    assert code == 1 and "năm 2017 không còn ý kiến nào" in output
    assert (small_project / "reports" / "2024" / "bao-cao-2024.html").is_file()


def classified(needs_review: list[bool]) -> pd.DataFrame:
    """A classified table of len(needs_review) opinions."""
    count = len(needs_review)
    return pd.DataFrame(
        {
            "record_id": [f"{i:016x}" for i in range(count)],
            "year": [2024] * count,
            "district": ["Huyện Đắk Mil"] * count,
            "text": [TEXTS[0].format(i) for i in range(count)],
            "theme": ["khac"] * count,
            "stance": ["kien_nghi"] * count,
            "evidence": [""] * count,
            "needs_review": needs_review,
        }
    )


@pytest.mark.parametrize(
    "flags", [[], [False, False], [True, False]], ids=["empty year", "none unsure", "one unsure"]
)
def test_review_workbook_with_nothing_or_something_to_review(tmp_path: Path, flags):
    path = tmp_path / "can-xem-lai.xlsx"
    assert write_review_workbook(classified(flags), path) == sum(flags)
    sheet = openpyxl.load_workbook(path)["Cần xem lại"]
    if not any(flags):
        assert sheet["D2"].value == NOTHING_TO_REVIEW
    assert read_review_workbook(path).corrections == []


def test_notebook_tables_of_a_year_without_rejects():
    from analysis.core.settings import load_settings
    from analysis.notebook import YearData, normalisation_changes, rejects_by_reason

    data = YearData(
        load_settings(root=Path(__file__).parents[1]),
        2024,
        classified([False]).assign(text_changes="", district_raw="Huyện Đắk Mil"),
        pd.DataFrame(),
        pd.DataFrame(columns=["source_file", "source_sheet", "source_row", "reason_code"]),
    )
    assert rejects_by_reason(data).empty
    assert normalisation_changes(data).empty


# ---------------------------------------------------------------- analysts' corrections

GOOD_LINE = "aaaaaaaaaaaaaaaa,toi_pham,phe_binh,đúng là trộm,2025-01-02T10:00:00"
OVERRIDE_CASES = {
    "note with an unquoted comma": (
        "record_id,theme,stance,note,recorded_at\r\n"
        "aaaaaaaaaaaaaaaa,toi_pham,phe_binh,trộm, cướp vặt,2025-01-02T10:00:00\r\n",
        "utf-8",
        {"aaaaaaaaaaaaaaaa": "trộm, cướp vặt"},
        "không nằm trong ngoặc kép",
    ),
    "saved as ANSI by Excel (cp1258)": (
        f"record_id,theme,stance,note,recorded_at\r\n{GOOD_LINE}\r\n",
        "cp1258",
        {"aaaaaaaaaaaaaaaa": "đúng là trộm"},
        "",
    ),
    "saved as ANSI (cp1252), labels as names": (
        "record_id,theme,stance,note\r\nbbbbbbbbbbbbbbbb,Khác,kien nghi de xuat,café ok\r\n",
        "cp1252",
        {"bbbbbbbbbbbbbbbb": "café ok"},
        "",
    ),
    "rows without record_id from the fill handle": (
        f"record_id,theme,stance,note,recorded_at\r\n{GOOD_LINE}\r\n"
        + ",toi_pham,phe_binh,,\r\n" * 6,
        "utf-8",
        {"aaaaaaaaaaaaaaaa": "đúng là trộm"},
        "6 dòng bị bỏ qua",
    ),
    "separated by semicolons (Excel with a European list separator)": (
        "record_id;theme;stance;note\r\naaaaaaaaaaaaaaaa;toi_pham;;có dấu, phẩy\r\n",
        "utf-8",
        {"aaaaaaaaaaaaaaaa": "có dấu, phẩy"},
        "",
    ),
    "saved by Excel as Unicode text (UTF-16, tabs)": (
        "record_id\ttheme\tstance\tnote\r\naaaaaaaaaaaaaaaa\ttoi_pham\t\tghi, chú\r\n",
        "utf-16",
        {"aaaaaaaaaaaaaaaa": "ghi, chú"},
        "",
    ),
    "two lines glued by an old append": (
        f"record_id,theme,stance,note,recorded_at\r\n{GOOD_LINE}"
        "bbbbbbbbbbbbbbbb,khac,,,2025-01-03T10:00:00\r\n",
        "utf-8",
        {"aaaaaaaaaaaaaaaa": "đúng là trộm", "bbbbbbbbbbbbbbbb": ""},
        "dính liền",
    ),
}


@pytest.mark.parametrize("name", list(OVERRIDE_CASES))
def test_overrides_file_as_excel_and_notepad_leave_it(tmp_path: Path, name: str):
    text, encoding, notes, warning = OVERRIDE_CASES[name]
    path = tmp_path / "overrides.csv"
    path.write_bytes(ansi(text) if encoding == "cp1258" else text.encode(encoding))
    frame = read_overrides(path)
    assert dict(zip(frame["record_id"], frame["note"], strict=True)) == notes
    assert all(frame["theme"].isin(["toi_pham", "khac"]))
    if warning:
        assert any(warning in w for w in frame.attrs["warnings"]), frame.attrs["warnings"]


def test_append_after_a_notepad_edit_without_final_newline_keeps_both(tmp_path: Path):
    path = tmp_path / "overrides.csv"
    path.write_bytes(ansi(f"record_id,theme,stance,note,recorded_at\r\n{GOOD_LINE}"))
    append_overrides(path, [Correction("b" * 16, "khac", "khen_ngoi", "sửa thêm")])
    frame = read_overrides(path)
    assert list(frame["record_id"]) == ["a" * 16, "b" * 16]
    assert list(frame["note"]) == ["đúng là trộm", "sửa thêm"]


@pytest.mark.parametrize(
    ("start", "encoding"),
    [
        ("record_id\ttheme\tstance\tnote\r\naaaaaaaaaaaaaaaa\ttoi_pham\t\tmột", "utf-16"),
        ("record_id;note;theme;stance\r\naaaaaaaaaaaaaaaa;một;toi_pham;", "utf-8"),
        ("record_id,theme,stance,note\naaaaaaaaaaaaaaaa,toi_pham,,một", "cp1258"),
    ],
    ids=["utf-16 tabs", "semicolons, columns moved", "ANSI, no recorded_at, no final newline"],
)
def test_append_keeps_the_files_own_format(tmp_path: Path, start: str, encoding: str):
    path = tmp_path / "overrides.csv"
    path.write_bytes(ansi(start) if encoding == "cp1258" else start.encode(encoding))
    append_overrides(path, [Correction("b" * 16, "khac", "khen_ngoi", "hai")])
    frame = read_overrides(path)
    assert frame[["record_id", "theme", "stance", "note"]].to_numpy().tolist() == [
        ["a" * 16, "toi_pham", "", "một"],
        ["b" * 16, "khac", "khen_ngoi", "hai"],
    ]
    assert frame.attrs["warnings"] == []


def review_rows() -> list[list[str]]:
    """A filled review sheet: one real correction, then six fill-handle rows without id."""
    header = ["Mã ý kiến", "Nội dung ý kiến", "Chủ đề đúng", "Lập trường đúng", "Ghi chú"]
    real = ["a" * 16, "Trộm cắp vẫn còn", "Phòng, chống tội phạm", "Phê bình, phản ánh hạn chế", ""]
    dragged = [["", "", "Phòng, chống tội phạm", "Phê bình, phản ánh hạn chế", ""]] * 6
    return [header, real, *dragged]


def test_review_import_counts_only_real_corrections(project: Path):
    path = project / "can-xem-lai.xlsx"
    path.write_bytes(xlsx(review_rows()))
    code, output = run("review-import", str(path))
    assert code == 0 and "Đã lưu 1 chỉnh sửa" in output
    assert "6 dòng bị bỏ qua" in output and "dòng 3, 4, 5, 6, 7, 8" in output
    assert len(read_overrides(project / "data" / "labels" / "overrides.csv")) == 1
    code, output = run("review-import", str(path))  # imported twice: nothing written again
    assert code == 0 and "Đã lưu 0 chỉnh sửa" in output and "1 chỉnh sửa đã có sẵn" in output


def test_review_workbook_saved_as_xls_is_read(project: Path):
    book = xlwt.Workbook()
    sheet = book.add_sheet("Cần xem lại")
    for r, row in enumerate(review_rows()[:2]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    path = project / "can-xem-lai.xls"
    book.save(str(path))
    code, output = run("review-import", str(path))
    assert code == 0 and "Đã lưu 1 chỉnh sửa" in output


def test_review_file_in_another_format_is_refused_in_vietnamese(project: Path):
    path = project / "can-xem-lai.ods"
    path.write_bytes(ods(review_rows()))
    code, output = run("review-import", str(path))
    assert code == 2 and "lưu lại thành Excel Workbook (.xlsx)" in output


def test_a_failing_notebook_is_named_in_vietnamese(small_project: Path, monkeypatch):
    import papermill

    from analysis.core.settings import load_settings
    from analysis.runner import execute_notebooks
    from analysis.steps import StepError

    def fails(*args, **kwargs):
        raise papermill.PapermillExecutionError(
            3, 4, "nb.rejects_by_reason(data)", "ValueError", "x", []
        )

    monkeypatch.setattr(papermill, "execute_notebook", fails)
    folder = small_project / "reports" / "2024" / "notebooks"
    with pytest.raises(StepError, match=r"Sổ tay 01-lam-sach .*ô số 4: ValueError"):
        execute_notebooks(load_settings(root=small_project), 2024, folder)


def test_corrections_typed_in_the_review_workbook_survive_its_rewrite(small_project: Path):
    """The analyst filled can-xem-lai.xlsx but never ran review-import; new data arrives."""
    from analysis.core.settings import load_settings
    from analysis.steps import update_processed

    processed = small_project / "data" / "processed"
    record = pd.read_parquet(processed / "classified.parquet")["record_id"].iloc[0]
    rows = review_rows()[:2]
    rows[1][0] = record
    (processed / "can-xem-lai.xlsx").write_bytes(xlsx(rows))
    (small_project / "data" / "raw" / "2024" / "b.csv").write_text(
        csv_text([HEADER, *opinions(1, "Cư Jút")]), encoding="utf-8"
    )
    assert update_processed(load_settings(root=small_project))
    saved = read_overrides(small_project / "data" / "labels" / "overrides.csv")
    assert list(saved["record_id"]) == [record]
    classified = pd.read_parquet(processed / "classified.parquet").set_index("record_id")
    assert classified.loc[record, "corrected"] and classified.loc[record, "theme"] == "toi_pham"


@pytest.mark.parametrize(
    "text",
    [
        "Đề nghị công an xã tăng cường tuần tra, ông Nguyễn Văn Hùng phản ánh",
        "Café, naïve, Ông Ánh, Ầm ĩ, Ắk, Â–Ă",
        "ÂM THANH LỚN Ở KHU DÂN CƯ – ĐỀ NGHỊ XỬ LÝ",
    ],
)
def test_mojibake_repair_leaves_real_and_legacy_text_alone(text):
    from analysis.core.decoding import repair_mojibake
    from analysis.core.legacy_encoding import unicode_to_tcvn3, unicode_to_vni

    assert repair_mojibake(text) is None
    for legacy in (unicode_to_tcvn3(text), unicode_to_vni(text)):
        assert repair_mojibake(legacy) is None
    assert repair_mojibake(mojibake(text)) == text


def test_classify_a_csv_saved_as_ansi(project: Path):
    source = project / "y-kien.csv"
    source.write_bytes(ansi("text,ghi chú\r\nĐề nghị tăng cường tuần tra ban đêm,một\r\n"))
    code, output = run("classify", str(source), "-o", str(project / "ket-qua.csv"))
    assert code == 0, output
    result = pd.read_csv(project / "ket-qua.csv", encoding="utf-8-sig")
    assert result.loc[0, "text"] == "Đề nghị tăng cường tuần tra ban đêm"
    assert result.loc[0, "ghi chú"] == "một"
