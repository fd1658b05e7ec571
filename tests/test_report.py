"""Charts' tables, the meeting pack, and personal data kept out of it."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest
from conftest import CONFERENCES, classified_frame

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
    assert shares.sum(axis=1).tolist() == pytest.approx([1.0, 1.0])
    change = tables.criticism_change(frame, 2024)
    assert change.loc["toi_pham"].tolist() == [2, 0, -2]
    assert change.loc["trat_tu_giao_thong"].tolist() == [0, 2, 2]
    heat = tables.criticism_share(frame, 2024)
    assert heat.loc["Cư Jút", "trat_tu_giao_thong"] == 1.0
    assert pd.isna(heat.loc["Cư Jút", "toi_pham"])


def test_summary_sentences_come_from_the_records():
    lines = summarise(classified_frame(), CONFERENCES, 2024)
    assert (
        lines[0]
        == "Năm 2024 ghi nhận 3 ý kiến tại 2 hội nghị của 2 đơn vị, với 270 đại biểu tham dự."
    )
    assert any("66,7%" in line and "năm 2023: 66,7%" in line for line in lines)


def test_personal_data_is_masked():
    text = "Liên hệ 0912.345.678, +84 905 123 456, CCCD 066 090 001 234, CMND 241234567, x@y.vn"
    masked = mask_personal_data(text)
    assert not any(ch.isdigit() for ch in masked.replace("84", ""))
    assert "[email]" in masked
    assert (
        mask_personal_data("Thiệt hại 25.000.000 đồng năm 2024")
        == "Thiệt hại 25.000.000 đồng năm 2024"
    )
    assert for_meeting("Bà Lê Thị Mai (tổ 2) đề nghị: lắp đèn") == "đề nghị lắp đèn"


def test_meeting_pack(tmp_path):
    frame = classified_frame()
    html_path = write_report(frame, CONFERENCES, 2024, tmp_path, "Đắk Nông")
    pngs = sorted(p.stem for p in (tmp_path / "figures").glob("*.png"))
    svgs = sorted(p.stem for p in (tmp_path / "figures").glob("*.svg"))
    assert len(pngs) == len(CHARTS) and pngs == svgs
    html = html_path.read_text(encoding="utf-8")
    assert "Dữ liệu mẫu (tổng hợp)" in html
    for secret in ("Nguyễn Văn Hùng", "0905 123 456", "066090001234", "a.b@gmail.com"):
        assert secret not in html
    assert "<script" not in html and "data:image/png;base64," in html
    workbook = openpyxl.load_workbook(tmp_path / "bang-so-lieu-2024.xlsx")
    assert len(workbook.sheetnames) == len(CHARTS)
    values = [c.value for s in workbook for row in s.iter_rows() for c in row]
    assert not any(isinstance(v, str) and v.startswith(("=", "+", "-", "@")) for v in values)


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
