"""Ingest on tiny exports: layouts, encodings, row accounting, rejects and the CLI."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import PROVINCE
from typer.testing import CliRunner

from analysis.cli import app
from analysis.core.legacy_encoding import unicode_to_tcvn3, unicode_to_vni
from analysis.ingest.records import ingest, record_id, write_outputs


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]], merges=()) -> Path:
    """A workbook with the given rows per sheet and merged ranges on the first sheet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    for merge in merges:
        workbook.worksheets[0].merge_cells(merge)
    workbook.save(path)
    return path


def write_text(path: Path, lines: list[str], encoding: str, newline: str = "\n") -> Path:
    """A csv/txt export in the given encoding."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode(encoding))
    return path


def opinions_of(result) -> list[str]:
    return list(result.opinions["text"])


def test_xlsx_with_titles_numbering_merged_district_totals_and_signature(raw):
    rows = [
        ["CÔNG AN TỈNH ĐẮK NÔNG"],
        ["TỔNG HỢP Ý KIẾN NHÂN DÂN NĂM 2021"],
        [],
        ["STT", "Đơn vị", "Ngày hội nghị", "Nội dung ý kiến", "Mã hồ sơ"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        [1, "H. Đắk Mil", dt.datetime(2021, 9, 15), "Đề nghị tăng cường tuần tra.", None],
        [2, None, "15/9/2021", "Tình trạng trộm cắp\ncòn xảy ra.", None],
        [3, "Dak Song", "ngày 16 tháng 9 năm 2021", "Cảm ơn công an xã.", None],
        [None, None, None, "Tổng cộng: 3 ý kiến", None],
        [None, None, None, "NGƯỜI LẬP BIỂU", None],
        [None, None, None, "Nguyễn Văn A", None],
    ]
    write_xlsx(raw / "2021" / "tong-hop.xlsx", {"Tổng hợp": rows}, merges=["B6:B7"])
    result = ingest(raw, PROVINCE)
    assert result.opinions["source_row"].tolist() == [6, 7, 8]
    assert result.opinions["district"].tolist() == ["Huyện Đắk Mil"] * 2 + ["Huyện Đắk Song"]
    assert result.opinions["text"][1] == "Tình trạng trộm cắp còn xảy ra."
    assert result.opinions["date"].dt.date.tolist() == [
        dt.date(2021, 9, 15),
        dt.date(2021, 9, 15),
        dt.date(2021, 9, 16),
    ]
    assert result.rejects.empty
    assert result.files[0].rows_read == 3
    assert any("Mã hồ sơ" in w for w in result.files[0].warnings)


@pytest.mark.parametrize(
    ("name", "encoding", "separator", "newline"),
    [
        ("utf8-bom.csv", "utf-8-sig", ",", "\n"),
        ("utf8.csv", "utf-8", ",", "\r\n"),
        ("ansi.csv", "cp1258", ";", "\r\n"),
        ("unicode-text.txt", "utf-16", "\t", "\r\n"),
    ],
)
def test_text_exports_in_every_encoding(raw, name, encoding, separator, newline):
    text = "Bà con thôn Đắk Hòa phản ánh đường tối, dễ xảy ra tai nạn"
    lines = [
        separator.join(["TT", "Địa bàn", "Thời gian", "Ý kiến"]),
        separator.join(["1", "Krông Nô", "03/04/2021", f'"{text}"']),
    ]
    if encoding == "cp1258":
        lines = [_cp1258_form(line) for line in lines]
    write_text(raw / "2021" / name, lines, encoding, newline)
    result = ingest(raw, PROVINCE)
    assert opinions_of(result) == [text]
    assert result.opinions["date"].dt.date.tolist() == [dt.date(2021, 4, 3)]
    assert result.opinions["source_row"].tolist() == [2]
    assert result.opinions["source_sheet"].tolist() == [""]


def _cp1258_form(text: str) -> str:
    """Text as Windows writes it in Windows-1258: base letter plus a combining tone mark."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in decomposed if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(ch if not tone or _encodable(ch) else base + tone)
    return "".join(out)


def _encodable(ch: str) -> bool:
    try:
        ch.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


def test_tcvn3_workbook_and_vni_csv_are_converted(raw):
    text = "Đề nghị Công an huyện xử lý dứt điểm tình trạng đua xe trên Quốc lộ 14"
    write_xlsx(
        raw / "2019" / "tcvn3.xlsx",
        {
            "Sheet1": [
                [unicode_to_tcvn3("Đơn vị"), unicode_to_tcvn3("Nội dung ý kiến")],
                [unicode_to_tcvn3("Huyện Cư Jút"), unicode_to_tcvn3(text)],
            ]
        },
    )
    vni_lines = [
        ",".join([unicode_to_vni("Đơn vị"), unicode_to_vni("Nội dung ý kiến")]),
        ",".join([unicode_to_vni("Huyện Tuy Đức"), f'"{unicode_to_vni(text)}"']),
    ]
    write_text(raw / "2019" / "vni.csv", vni_lines, "cp1252")
    result = ingest(raw, PROVINCE)
    assert sorted(result.opinions["district"]) == ["Huyện Cư Jút", "Huyện Tuy Đức"]
    assert opinions_of(result) == [text, text]
    assert result.opinions["text_changes"].str.contains("TCVN3|VNI").all()


def test_nfd_and_old_tone_marks_become_one_form(raw):
    nfd = unicodedata.normalize("NFD", "Cảm ơn lực lượng công an đã giữ hoà bình, thuỷ lợi an toàn")
    write_text(raw / "2022" / "a.csv", ["Đơn vị,Nội dung", f'Đắk Mil,"{nfd}"'], "utf-8")
    result = ingest(raw, PROVINCE)
    assert opinions_of(result) == ["Cảm ơn lực lượng công an đã giữ hòa bình, thủy lợi an toàn"]
    changes = result.opinions["text_changes"].iloc[0]
    assert "NFC" in changes and "dấu thanh" in changes


def test_every_data_row_is_kept_or_rejected_once_with_a_reason(raw):
    lines = [
        "STT,Đơn vị,Ngày hội nghị,Nội dung ý kiến",
        "1,Đắk Mil,15/9/2022,Đề nghị lắp thêm camera an ninh ở chợ.",
        "2,Đắk Mil,15/9/2022,Đề nghị  lắp thêm camera an ninh ở chợ.",
        "3,Đắk Mil,15/9/2022,",
        "4,Huyện Krông Pắc,15/9/2022,Đề nghị xử lý xe quá tải.",
        "5,Đắk Mil,31/02/2022,Đề nghị tuyên truyền phòng chống ma túy.",
        "6,Đắk Mil,15/9/2021,Đề nghị tuyên truyền luật giao thông.",
        '7,Đắk Mil,15/9/2022,=HYPERLINK("http://x")',
    ]
    write_text(raw / "2022" / "a.csv", lines, "utf-8")
    result = ingest(raw, PROVINCE)
    assert result.opinions["source_row"].tolist() == [2, 8]
    reasons = dict(zip(result.rejects["source_row"], result.rejects["reason"], strict=True))
    assert set(reasons) == {3, 4, 5, 6, 7}
    assert "trùng lặp" in reasons[3] and "dòng 2" in reasons[3]
    assert "không có nội dung" in reasons[4]
    assert "không thuộc Tỉnh Đắk Nông" in reasons[5]
    assert "ngày không hợp lệ" in reasons[6]
    assert "không thuộc năm 2022" in reasons[7]
    assert "Nội dung ý kiến: Đề nghị" in result.rejects["raw_cells"].iloc[0]


def test_duplicates_across_files_name_the_kept_file(raw):
    line = "Đắk Song,15/9/2023,Đề nghị tăng cường tuần tra ban đêm."
    write_text(raw / "2023" / "a.csv", ["Đơn vị,Ngày,Ý kiến", line], "utf-8")
    write_text(raw / "2023" / "b.csv", ["Đơn vị,Ngày,Ý kiến", line], "utf-8-sig")
    result = ingest(raw, PROVINCE)
    assert len(result.opinions) == 1
    assert "2023/a.csv" in result.rejects["reason"].iloc[0]


def test_conference_sheet_fills_opinion_dates(raw):
    write_xlsx(
        raw / "2020" / "bao-cao.xlsx",
        {
            "Đắk Mil": [["TT", "Người phát biểu", "Ý kiến"], [1, "Ông A", "Đề nghị tuần tra."]],
            "Hội nghị": [
                ["Đơn vị", "Ngày hội nghị", "Địa điểm", "Số đại biểu"],
                ["Đắk Mil", "20/8/2020", "Hội trường UBND huyện", "185"],
            ],
        },
    )
    result = ingest(raw, PROVINCE)
    assert result.opinions["district"].tolist() == ["Huyện Đắk Mil"]
    assert result.opinions["date"].dt.date.tolist() == [dt.date(2020, 8, 20)]
    conference = result.conferences.iloc[0]
    assert (conference["district"], conference["delegates"]) == ("Huyện Đắk Mil", 185)


def test_communes_after_the_reform_use_new_names(raw):
    lines = [
        "Đơn vị,Ngày hội nghị,Xã phường,Ý kiến",
        "Đắk R'Lấp,10/8/2025,xã Quảng Tín,Cảm ơn công an xã mới.",
        "Đắk Mil,10/3/2025,thôn 3 - xã Đắk Lao,Đề nghị tuần tra.",
    ]
    write_text(raw / "2025" / "a.csv", lines, "utf-8")
    result = ingest(raw, PROVINCE).opinions.set_index("district")
    assert result.loc["Huyện Đắk R'Lấp", "commune"] == "Xã Quảng Tín"
    assert result.loc["Huyện Đắk Mil", "commune"] == "Xã Đắk Lao"


def test_unreadable_files_are_named_and_the_rest_still_processed(raw, tmp_path):
    (raw / "2024").mkdir(parents=True)
    (raw / "2024" / "hong.xlsx").write_bytes(b"\x00\x01 not a workbook")
    (raw / "2024" / "khong-tieu-de.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    write_text(raw / "2024" / "tot.csv", ["Đơn vị,Ý kiến", "Cư Jút,Đề nghị tuần tra."], "utf-8")
    result = ingest(raw, PROVINCE)
    failed = {r.source_file: r.error for r in result.failed_files}
    assert set(failed) == {"2024/hong.xlsx", "2024/khong-tieu-de.csv"}
    assert "hỏng" in failed["2024/hong.xlsx"]
    assert len(result.opinions) == 1

    outcome = CliRunner().invoke(app, ["ingest", str(raw), "-o", str(tmp_path / "out")])
    assert outcome.exit_code == 1
    assert "Không đọc được tệp 2024/hong.xlsx" in outcome.output
    assert "Traceback" not in outcome.output
    assert (tmp_path / "out" / "opinions.parquet").exists()


def test_file_outside_a_year_folder_is_refused(raw):
    write_text(raw / "lac-cho.csv", ["Đơn vị,Ý kiến", "Cư Jút,Đề nghị tuần tra."], "utf-8")
    result = ingest(raw, PROVINCE)
    assert "thư mục năm" in result.failed_files[0].error


def test_record_ids_are_stable_and_outputs_round_trip(raw, tmp_path):
    write_text(raw / "2022" / "a.csv", ["Đơn vị,Ý kiến", "Cư Jút,Đề nghị tuần tra."], "utf-8")
    first = ingest(raw, PROVINCE)
    again = ingest(raw, PROVINCE)
    assert first.opinions["record_id"].tolist() == again.opinions["record_id"].tolist()
    assert first.opinions["record_id"][0] == record_id(
        2022, "Huyện Cư Jút", None, "Đề nghị tuần tra."
    )
    write_outputs(first, tmp_path / "out")
    back = pd.read_parquet(tmp_path / "out" / "opinions.parquet")
    pd.testing.assert_frame_equal(back, first.opinions, check_dtype=False)


def test_rejects_csv_neutralises_formulas(raw, tmp_path):
    write_text(raw / "2022" / "a.csv", ["Đơn vị,Ý kiến", '=cmd|"/c calc"!A1,Xin chào'], "utf-8")
    result = ingest(raw, PROVINCE)
    write_outputs(result, tmp_path / "out")
    written = pd.read_csv(tmp_path / "out" / "rejects.csv", encoding="utf-8-sig")
    assert all(not str(v).startswith(("=", "+", "-", "@")) for v in written.to_numpy().ravel())


def test_new_commune_after_the_reform_maps_back_to_its_former_district(raw):
    lines = [
        "Đơn vị,Ngày hội nghị,Ý kiến",
        "Công an xã Quảng Tín,10/8/2025,Cảm ơn công an xã mới làm việc tận tình.",
        "Công an xã Quảng Tín,10/3/2025,Đề nghị tuần tra.",
    ]
    write_text(raw / "2025" / "a.csv", lines, "utf-8")
    result = ingest(raw, PROVINCE)
    assert result.opinions["district"].tolist() == ["Huyện Đắk R'Lấp"]
    assert "không nhận ra đơn vị" in result.rejects["reason"].iloc[0]


def test_sample_folders_are_marked_synthetic(raw):
    write_text(raw / "2022" / "a.csv", ["Đơn vị,Ý kiến", "Cư Jút,Đề nghị tuần tra."], "utf-8")
    assert not ingest(raw, PROVINCE).opinions["is_synthetic"].any()
    (raw / "README.md").write_text("Dữ liệu mẫu tổng hợp", encoding="utf-8")
    assert ingest(raw, PROVINCE).opinions["is_synthetic"].all()


def test_heading_rows_name_the_district_of_the_rows_under_them(raw):
    rows = [
        ["STT", "Người phát biểu", "Nội dung ý kiến"],
        ["I. HUYỆN ĐẮK MIL", None, None],
        [1, "Ông A", "Đề nghị tuần tra."],
        ["II. THÀNH PHỐ GIA NGHĨA", None, None],
        [1, "Bà B", "Cảm ơn công an phường."],
        [2, None, None],
    ]
    write_xlsx(raw / "2023" / "gop.xlsx", {"Tổng hợp": rows})
    result = ingest(raw, PROVINCE)
    assert result.opinions["district"].tolist() == ["Huyện Đắk Mil", "Thành phố Gia Nghĩa"]
    assert result.rejects["source_row"].tolist() == [6]


def test_legacy_xls_with_merged_district_and_excel_dates(raw):
    """Old offices still send Excel 97-2003 workbooks (written here with xlwt)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Tong hop")
    dates = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    sheet.write(0, 0, "TỔNG HỢP Ý KIẾN NĂM 2018")
    for col, name in enumerate(["STT", "Đơn vị", "Ngày hội nghị", "Nội dung ý kiến"]):
        sheet.write(2, col, name)
    sheet.write_merge(3, 4, 1, 1, "H. Tuy Đức")
    for row, text in ((3, "Đề nghị tuần tra biên giới."), (4, "Cảm ơn đồn biên phòng.")):
        sheet.write(row, 0, row - 2)
        sheet.write(row, 2, dt.datetime(2018, 10, 5), dates)
        sheet.write(row, 3, text)
    (raw / "2018").mkdir(parents=True)
    book.save(str(raw / "2018" / "cu.xls"))
    result = ingest(raw, PROVINCE)
    assert result.opinions["district"].tolist() == ["Huyện Tuy Đức"] * 2
    assert result.opinions["source_row"].tolist() == [4, 5]
    assert set(result.opinions["date"].dt.date) == {dt.date(2018, 10, 5)}


def test_a_wrong_province_is_pointed_out(raw, tmp_path):
    lines = ["Đơn vị,Ý kiến"] + [f"Đắk Mil,Đề nghị tuần tra thôn {i}." for i in range(5)]
    write_text(raw / "2024" / "a.csv", lines, "utf-8")
    args = ["ingest", str(raw), "-o", str(tmp_path / "out"), "--province", "Lâm Đồng (cũ)"]
    outcome = CliRunner().invoke(app, args)
    assert outcome.exit_code == 1
    sentence = " ".join(outcome.output.split())
    assert "5 dòng ghi đơn vị thuộc Tỉnh Đắk Nông, không thuộc Lâm Đồng (cũ)" in sentence
    assert 'province = "Đắk Nông" (tỉnh cũ) hoặc "Lâm Đồng" (tỉnh hiện nay)' in sentence


def test_an_opinion_starting_like_a_footer_is_still_data(raw):
    lines = [
        "STT,Đơn vị,Ngày hội nghị,Nội dung ý kiến",
        "1,Đắk Mil,15/9/2024,Chỉ huy Công an xã cần tăng cường tuần tra.",
        "2,Đắk Mil,15/9/2024,Đề nghị lắp camera.",
        ",,,Tổng cộng: 2 ý kiến",
        ",,,NGƯỜI LẬP BIỂU",
    ]
    write_text(raw / "2024" / "a.csv", lines, "utf-8")
    result = ingest(raw, PROVINCE)
    assert result.opinions["source_row"].tolist() == [2, 3]
    assert result.rejects.empty
