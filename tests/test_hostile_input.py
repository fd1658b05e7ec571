"""Broken and hostile files: each is ingested correctly or refused with a Vietnamese message.

Never a traceback, never a hang. The crafted files are built here, in a temporary folder, so
the corpus is readable as code.
"""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import openpyxl
from conftest import PROVINCE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest import readers
from analysis.ingest.records import ingest

GOOD_ROWS = [["Đơn vị", "Nội dung ý kiến"], ["Đắk Mil", "Đề nghị tăng cường tuần tra ban đêm."]]


def workbook_bytes(rows=GOOD_ROWS, **sheets) -> bytes:
    """An .xlsx holding `rows` on its first sheet (and other named sheets)."""
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for name, extra in sheets.items():
        sheet = book.create_sheet(name)
        for row in extra:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def place(raw: Path, name: str, data: bytes) -> Path:
    """Put a file in the raw folder's 2024 year."""
    path = raw / "2024" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def run_ingest(raw: Path):
    """Ingest, failing the test on any exception or a run slower than 60 s."""
    start = time.perf_counter()
    result = ingest(raw, PROVINCE)
    assert time.perf_counter() - start < 60
    return result


def refused(result, name: str) -> str:
    """The Vietnamese error of a refused file (the test fails if it was not refused)."""
    errors = {r.source_file: r.error for r in result.failed_files}
    assert f"2024/{name}" in errors, f"{name} was not refused"
    message = errors[f"2024/{name}"]
    assert message and "Traceback" not in message
    return message


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=4000), suffix=st.sampled_from([".xlsx", ".xls", ".csv", ".txt"]))
def test_random_bytes_never_raise(tmp_path_factory, data, suffix):
    raw = tmp_path_factory.mktemp("raw")
    place(raw, f"rac{suffix}", data)
    result = run_ingest(raw)
    (report,) = result.files
    if report.error:
        assert "Traceback" not in report.error and report.error.strip()
    else:  # read: every data row it had is kept or rejected, exactly once
        rows = len(result.opinions) + len(result.conferences) + len(result.rejects)
        assert (
            report.rows_read
            == rows
            == report.kept + report.conferences + sum(report.rejected.values())
        )


def test_truncated_and_corrupted_workbooks(raw):
    good = workbook_bytes()
    place(raw, "cut.xlsx", good[: len(good) // 2])
    middle = len(good) // 2
    place(
        raw,
        "flipped.xlsx",
        good[:middle] + bytes(b ^ 0xFF for b in good[middle : middle + 200]) + good[middle + 200 :],
    )
    result = run_ingest(raw)
    assert "hỏng" in refused(result, "cut.xlsx")
    assert refused(result, "flipped.xlsx")


def test_password_protected_workbook(raw, tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = tmp_path / "plain.xlsx"
    plain.write_bytes(workbook_bytes())
    encrypted = io.BytesIO()
    with open(plain, "rb") as handle:
        OOXMLFile(handle).encrypt("matkhau", encrypted)
    place(raw, "mat-khau.xlsx", encrypted.getvalue())
    assert "mật khẩu" in refused(run_ingest(raw), "mat-khau.xlsx")


def test_xml_bomb_in_workbook(raw):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{"&lol;" * 10 if i == 1 else f"&lol{i - 1};" * 10}">'
            for i in range(1, 10)
        )
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes()))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w") as archive:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = bomb.encode()
            archive.writestr(item, data)
    place(raw, "bom.xlsx", target.getvalue())
    assert refused(run_ingest(raw), "bom.xlsx")


def test_zip_bomb_and_oversized_files_are_refused(raw, monkeypatch):
    monkeypatch.setattr(readers, "MAX_UNPACKED_BYTES", 20_000)
    place(raw, "no-to.xlsx", workbook_bytes([["x" * 40_000]]))
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1_000_000)
    place(raw, "lon.csv", b"a" * 1_000_001)
    result = run_ingest(raw)
    assert "quá lớn" in refused(result, "no-to.xlsx")
    assert "MB" in refused(result, "lon.csv")


def test_sheet_of_100000_rows(raw):
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Tổng hợp")
    sheet.append(["STT", "Đơn vị", "Nội dung ý kiến"])
    for i in range(100_000):
        sheet.append([i + 1, "Đắk Mil", f"Đề nghị tuần tra khu vực số {i}."])
    path = raw / "2024" / "lon.xlsx"
    path.parent.mkdir(parents=True)
    book.save(path)
    result = run_ingest(raw)
    assert len(result.opinions) == 100_000
    assert result.opinions["source_row"].max() == 100_001


def test_megabyte_cell_formulas_and_error_values(raw):
    big = "Đề nghị " + "rất " * 262_144  # 1 MB; Excel itself caps a cell at 32,767 characters
    place(raw, "o-lon.csv", f"Đơn vị,Nội dung ý kiến\nĐắk Mil,{big}\n".encode())
    rows = [
        ["Đơn vị", "Nội dung ý kiến"],
        ["Đắk Mil", "Đề nghị tuần tra."],
        ["Đắk Mil", "=1+1"],
        ["Đắk Mil", "#REF!"],
        ["Đắk Mil", "#N/A"],
        ["Đắk Mil", "Đề nghị lắp camera."],
    ]
    place(raw, "cong-thuc.xlsx", workbook_bytes(rows))
    result = run_ingest(raw)
    assert sorted(result.opinions["text"]) == ["Đề nghị lắp camera.", "Đề nghị tuần tra."]
    reasons = result.rejects.set_index(["source_file", "source_row"])["reason"]
    assert "dài quá" in reasons[("2024/o-lon.csv", 2)]
    assert all("không có nội dung" in reasons[("2024/cong-thuc.xlsx", r)] for r in (3, 4, 5))
    assert result.rejects["raw_cells"].str.len().max() < 5_000


def test_hidden_empty_and_header_only_sheets(raw):
    data = workbook_bytes(GOOD_ROWS, Trong=[], ChiTieuDe=[GOOD_ROWS[0]], An=GOOD_ROWS)
    path = place(raw, "nhieu-trang.xlsx", data)
    book = openpyxl.load_workbook(path)
    book["An"].sheet_state = "hidden"
    book.save(path)
    result = run_ingest(raw)
    assert not result.failed_files
    assert sorted(result.opinions["source_sheet"]) == ["Sheet"]  # the hidden copy is a duplicate
    assert "trùng lặp" in result.rejects["reason"].iloc[0]


def test_mixed_encodings_windows_line_endings_and_a_bom_in_the_middle(raw):
    data = (
        "Đơn vị,Nội dung ý kiến\r\n".encode()
        + "Đắk Mil,Đề nghị tuần tra\r\n".encode()
        + "Cư Jút,Cám ơn công an\r\n".encode("cp1258")
        + "\ufeffKrông Nô,Đề nghị lắp đèn\r\n".encode()
    )
    place(raw, "tron.csv", data)
    result = run_ingest(raw)
    assert sorted(result.opinions["text"]) == [
        "Cám ơn công an",
        "Đề nghị lắp đèn",
        "Đề nghị tuần tra",
    ]
    assert "Huyện Krông Nô" in set(result.opinions["district"])


def test_a_text_file_that_is_binary_is_refused(raw):
    place(raw, "nhi-phan.txt", b"\x00\x01\x02" * 100 + b"\n" * 3)
    assert refused(run_ingest(raw), "nhi-phan.txt")
