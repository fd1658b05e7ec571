"""Charts' tables, the meeting pack, and personal data kept out of it."""

from __future__ import annotations

import re

import openpyxl
import pandas as pd
import pytest
from conftest import CONFERENCES, classified_frame

from analysis.core.vocabulary import response_timings, stances, themes
from analysis.report import tables
from analysis.report.charts import CHARTS
from analysis.report.document import summarise, write_report
from analysis.report.privacy import for_meeting, mask_personal_data


def test_participation_counts_opinions_and_delegates():
    table = tables.participation(classified_frame(), CONFERENCES).set_index(["year", "district"])
    assert table.loc[(2023, "Huyện Đắk Mil"), "opinions"] == 2
    assert table.loc[(2023, "Huyện Đắk Mil"), "per_100_delegates"] == 1.0
    assert table.loc[(2024, "Huyện Cư Jút"), "district_short"] == "Cư Jút"


def test_shares_and_changes():
    frame = classified_frame()
    shares = tables.theme_shares_by_year(frame)
    assert shares.loc[2023, "toi_pham"] == pytest.approx(2 / 3)
    assert shares.drop(columns="n").sum(axis=1).tolist() == pytest.approx([1.0, 1.0])
    assert shares["n"].tolist() == [3, 3]
    change = tables.criticism_change(frame, 2024)
    assert change.loc["toi_pham"].tolist() == [2, 0, -2]
    assert change.loc["trat_tu_giao_thong"].tolist() == [0, 2, 2]
    assert tables.criticism_change(frame, 2023).empty  # no 2022: nothing to compare with
    heat = tables.criticism_share(frame, 2024).set_index(["district_short", "theme"])
    assert heat.loc[("Cư Jút", "trat_tu_giao_thong"), "opinions"] == 2
    assert heat.loc[("Cư Jút", "trat_tu_giao_thong"), "criticism"] == 2
    # two opinions are below the minimum: the 100% is not shown as a rate
    assert pd.isna(heat.loc[("Cư Jút", "trat_tu_giao_thong"), "criticism_share"])
    assert ("Cư Jút", "toi_pham") not in heat.index


def test_summary_sentences_come_from_the_records():
    lines = summarise(classified_frame(), CONFERENCES, 2024)
    assert (
        lines[0]
        == "Năm 2024 ghi nhận 3 ý kiến tại 2 hội nghị của 2 đơn vị, với 270 đại biểu tham dự."
    )
    assert any("66,7%" in line and "năm 2023: 66,7%" in line for line in lines)
    # 3 of 3 answered in 2024, 2 of them at the conference: 66,7% of the answered ones
    assert (
        "3 ý kiến (100,0% tổng số) đã được trả lời; trong số ý kiến đã trả lời, 66,7% được "
        "trả lời ngay tại hội nghị (bằng 66,7% tổng số ý kiến)." in lines
    )


def test_personal_data_is_masked():
    text = "Liên hệ 0912.345.678, +84 905 123 456, CCCD 066 090 001 234, CMND 241234567, x@y.vn"
    masked = mask_personal_data(text)
    assert not any(ch.isdigit() for ch in masked.replace("84", ""))
    assert "[email]" in masked
    assert (
        mask_personal_data("Thiệt hại 25.000.000 đồng năm 2024")
        == "Thiệt hại 25.000.000 đồng năm 2024"
    )
    assert for_meeting("Bà Lê Thị Mai (tổ 2) đề nghị: lắp đèn") == "Đề nghị lắp đèn"


def test_meeting_pack(tmp_path):
    frame = classified_frame()
    html_path = write_report(frame, CONFERENCES, 2024, tmp_path, "Đắk Nông")
    pngs = sorted(p.stem for p in (tmp_path / "figures").glob("*.png"))
    svgs = sorted(p.stem for p in (tmp_path / "figures").glob("*.svg"))
    assert len(pngs) == len(CHARTS) and pngs == svgs
    assert (tmp_path / "bao-cao-2024.docx").is_file()
    html = html_path.read_text(encoding="utf-8")
    assert "Dữ liệu mẫu (tổng hợp)" in html
    for secret in ("Nguyễn Văn Hùng", "0905 123 456", "066090001234", "a.b@gmail.com"):
        assert secret not in html
    assert "<script" not in html and "data:image/png;base64," in html
    workbook = openpyxl.load_workbook(tmp_path / "bang-so-lieu-2024.xlsx")
    assert workbook.sheetnames[:2] == ["Tổng hợp", "Chủ đề và lập trường"]
    assert workbook.sheetnames[2:] == [f"{i}. {spec.sheet}" for i, spec in enumerate(CHARTS, 1)]
    values = [c.value for s in workbook for row in s.iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith(("=", "+", "-", "@")) for v in values)


def test_briefing_speaks_vietnamese_and_prints_short(tmp_path):
    html = write_report(classified_frame(), CONFERENCES, 2024, tmp_path, "Đắk Nông")
    text = html.read_text(encoding="utf-8")
    headers = re.findall(r"<th[^>]*>(.*?)</th>", text)
    assert headers and not {
        "theme",
        "stance",
        "year",
        "district_short",
        "response_timing",
        "",
    } & set(headers)
    assert not re.search(r">\s*0\.\d+\s*<", text), "a share printed as 0.154"
    assert "66,7%" in text and "@page" in text and "size: A4" in text
    assert "Xây dựng lực lượng Công an" in text  # names, not keys
    body = re.sub(r"<[^>]+>", " ", text)
    for key in [*themes(), *stances(), *response_timings()]:
        assert key not in body, key


def test_first_year_has_no_change_chart(tmp_path):
    write_report(classified_frame(), CONFERENCES, 2023, tmp_path, "Đắk Nông")
    names = {p.stem for p in (tmp_path / "figures").glob("*.png")}
    assert not any("thay-doi" in n for n in names) and len(names) == len(CHARTS) - 1
    book = openpyxl.load_workbook(tmp_path / "bang-so-lieu-2023.xlsx")
    assert not any("Thay đổi" in name for name in book.sheetnames)


def test_workbook_formats(tmp_path):
    write_report(classified_frame(), CONFERENCES, 2024, tmp_path, "Đắk Nông")
    book = openpyxl.load_workbook(tmp_path / "bang-so-lieu-2024.xlsx")
    for sheet in book:
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.bold for cell in sheet[1] if cell.value is not None)
        assert sheet.column_dimensions["A"].width >= 6
    mix = book["2. Cơ cấu chủ đề"]
    header = [c.value for c in mix[1]]
    assert header[0] == "Năm" and "Số ý kiến (n)" in header
    assert mix.cell(2, 1).value == 2023 and mix.cell(2, 1).number_format == "0"
    share_cell = mix.cell(2, header.index("Phòng, chống tội phạm") + 1)
    assert share_cell.number_format == "0.0%"
    summary = book["Tổng hợp"]
    rows = {r[0].value: r[1] for r in summary.iter_rows(min_row=2) if r[1].value is not None}
    assert rows["Số ý kiến năm 2024"].number_format == "#,##0"
    assert rows["Tỉ lệ ý kiến đã được trả lời (trên tổng số ý kiến)"].number_format == "0.0%"


def test_report_of_a_year_without_data_is_refused(tmp_path):
    with pytest.raises(ValueError, match="2030"):
        write_report(classified_frame(), CONFERENCES, 2030, tmp_path, "Đắk Nông")


@pytest.mark.parametrize(
    ("text", "speaker", "hidden"),
    [
        ("Ý kiến của Ông Điểu Bré (Trưởng thôn Nam Tiến): Mùa khô thiếu nước.", "", "Điểu Bré"),
        ("Tôi là Điểu Glang, trú tại thôn 15. Đề nghị tuyên truyền.", "", "Điểu Glang"),
        ("Bà con cảm ơn anh Y Rin Êđuôl và chị H'Bia Niê.", "", "Y Rin"),
        ("Già làng K'Lơi (thôn Cao Sơn) phát biểu: cảm ơn.", "Già làng K'Lơi", "K'Lơi"),
        ("Mấy năm nay Hoàng Văn Tám tôi vẫn báo tin cho CAX.", "Ông Hoàng Văn Tám", "Văn Tám"),
    ],
)
def test_names_are_masked_for_meetings(text, speaker, hidden):
    assert hidden not in for_meeting(text, speaker)


def test_abbreviations_after_a_title_are_not_names():
    assert for_meeting("Xin cảm ơn đồng chí CA phường.") == "Xin cảm ơn đồng chí CA phường."
