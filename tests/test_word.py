"""The Word report: the administrative format of Nghị định 30/2020/NĐ-CP, and its numbers."""

from __future__ import annotations

import re

import openpyxl
import pytest
from conftest import CONFERENCES, classified_frame
from docx import Document
from docx.shared import Pt

from analysis.report.document import write_report
from analysis.report.numbers import integer, percent

SECTIONS = ("I. ", "II. ", "III. ", "IV. ", "V. ")
SECTIONS_WITH_TRENDS = ("I", "II", "III", "IV", "V", "VI")
MARGINS = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}  # mm


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pack")
    write_report(classified_frame(), CONFERENCES, 2024, folder, "Đắk Nông")
    return folder


def all_text(document) -> list[str]:
    """Paragraphs of the body and of every table cell, in order."""
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [p.text for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return texts


def test_page_font_and_margins(pack):
    document = Document(pack / "bao-cao-2024.docx")
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margin = {side: round(getattr(section, f"{side}_margin").mm, 1) for side in MARGINS}
    for side, (low, high) in MARGINS.items():
        assert low <= margin[side] <= high, side
    normal = document.styles["Normal"].font
    assert normal.name == "Times New Roman" and Pt(13) <= normal.size <= Pt(14)
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            assert run.font.name in (None, "Times New Roman")


def test_heading_title_sections_and_signature(pack):
    document = Document(pack / "bao-cao-2024.docx")
    texts = all_text(document)
    joined = "\n".join(texts)
    for line in (
        "CÔNG AN TỈNH ĐẮK NÔNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Kết quả tổ chức Hội nghị “Công an lắng nghe ý kiến nhân dân”",
        "năm 2024",
        "Nơi nhận:",
    ):
        assert line in texts, line
    assert any(t.startswith("Số:") and "/BC-" in t for t in texts)
    assert any(t.startswith("Đắk Nông, ngày") for t in texts)
    headings = [p.text for p in document.paragraphs if p.runs and p.runs[0].bold]
    for number in SECTIONS:
        assert any(h.startswith(number) for h in headings), number
    assert not any(h.startswith("VI. ") for h in headings)  # no trends given: no section on them
    assert "Dữ liệu mẫu (tổng hợp)" in joined
    assert len(document.inline_shapes) >= 2  # the key charts


def workbook_numbers(path) -> set[str]:
    """Every number of the workbook as the report would write it (1.615; 23,1%)."""
    seen = set()
    for sheet in openpyxl.load_workbook(path):
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, bool) or not isinstance(cell.value, int | float):
                    continue
                seen.add(percent(cell.value) if "%" in cell.number_format else integer(cell.value))
    return seen


YEARS = re.compile(r"(?:(?:năm|Năm) )?(?:19|20)\d\d(?:(?:, | và )(?:19|20)\d\d)*")


def quoted_numbers(folder) -> list[str]:
    """Every number the Word report quotes, besides years, headings and citizens' words."""
    numbers = []
    for text in all_text(Document(folder / "bao-cao-2024.docx")):
        text = re.sub(r"“[^”]*”", "", text)  # citizens' own words are quoted, not report figures
        text = re.sub(r"^(?:\d+\.|[IVX]+\.|Biểu đồ \d+\.|Bảng \d+\.)\s", "", text)
        text = YEARS.sub("", text)  # a count is written 2.020, a year 2020
        numbers += re.findall(r"\d[\d.]*(?:,\d+)?%?", text)
    return numbers


@pytest.mark.parametrize("which", ["pack", "trend_pack"])
def test_every_number_of_the_report_is_in_the_workbook(which, request):
    folder = request.getfixturevalue(which)
    known = workbook_numbers(folder / "bang-so-lieu-2024.xlsx")
    numbers = quoted_numbers(folder)
    assert numbers, "the report quotes no figures"
    missing = sorted({n.rstrip(".") for n in numbers} - known)
    assert not missing, f"in the report but not in the workbook: {missing}"
    if which == "pack":
        assert "66,7%" in numbers  # 2 of the 3 answered opinions were answered at the conference


def test_the_trends_section_is_numbered_before_the_assessment(trend_pack):
    document = Document(trend_pack / "bao-cao-2024.docx")
    headings = [p.text for p in document.paragraphs if p.runs and p.runs[0].bold]
    numbered = [h for h in headings if re.match(r"[IVX]+\. ", h)]
    assert [h.split(". ")[0] for h in numbered] == [*SECTIONS_WITH_TRENDS]
    assert "LẶP LẠI" in numbered[3] and numbered[-1] == "VI. ĐỀ XUẤT, KIẾN NGHỊ"
    numbers = quoted_numbers(trend_pack)
    assert "1" in numbers and "3" in numbers  # one recurring problem; a term in 3 opinions
