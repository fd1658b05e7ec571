"""The Word report of the year, in the administrative format of Nghị định 30/2020/NĐ-CP.

A4, Times New Roman 14, margins 20/20/30/15 mm; agency block and national motto, number and
place-date lines left for the office to fill, the title, the sections drafted from the year's
key figures (every number is in the workbook's "Tổng hợp" or "Chủ đề và lập trường" sheet), the
key charts, and "Nơi nhận" and a signature block left blank. When the pack has the year's trends,
a section on problems raised again and new issues comes before the assessment (sections I-VI);
its table's and terms' numbers are in the workbook's trend sheets.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from analysis.core.atomic import write_atomically
from analysis.core.vocabulary import themes
from analysis.report.facts import YearFacts
from analysis.report.numbers import integer, percent
from analysis.report.trend_tables import (
    CHAINS_SHEET,
    GROUPS_SHEET,
    MEMBERS_SHEET,
    PROMISED,
    TERMS_SHEET,
    TrendTables,
    shorten,
)

if TYPE_CHECKING:
    from analysis.report.document import Pack

FONT = "Times New Roman"
BODY_SIZE = Pt(14)
SMALL_SIZE = Pt(13)
TABLE_SIZE = Pt(12)
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
CHART_WIDTH = Cm(16)
KEY_CHARTS = ("lap-truong-theo-chu-de", "thay-doi-phe-binh", "tra-loi")
QUOTES = 4
NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII")
TABLE_CHAINS = 5  # recurring problems in the Word table (all of them are in the workbook)
REPORT_TERMS = 5  # emerging terms named in the text
TABLE_QUOTE_CHARACTERS = 140  # a chain's masked opinion of the year in Bảng 2
BLANK = "……"
PARAGRAPH_GAP = Pt(6)


def write_word(pack: Pack, target: Path) -> None:
    """Write the Word report atomically."""
    document = _document()
    _heading_block(document, pack)
    _title(document, pack.year)
    if pack.synthetic:
        _paragraph(document, "Dữ liệu mẫu (tổng hợp): các ý kiến, tên và số liệu trong báo cáo này"
                   " là dữ liệu giả lập để thử phần mềm, không phải số liệu thật.",
                   italic=True, size=SMALL_SIZE)  # fmt: skip
    _body(document, pack)
    _closing(document)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(target, lambda tmp: tmp.write_bytes(buffer.getvalue()))


def _document() -> Document:
    """An empty A4 document with the decree's margins and body font."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = BODY_SIZE
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    style.paragraph_format.space_after = Pt(6)
    style.paragraph_format.line_spacing = 1.15
    return document


def _paragraph(
    container,
    text: str = "",
    bold: bool = False,
    italic: bool = False,
    size: Pt = BODY_SIZE,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY,
    indent: bool = True,
    after: Pt = PARAGRAPH_GAP,
):
    """A paragraph of one run in the body font."""
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.first_line_indent = Cm(1) if indent else Cm(0)
    paragraph.paragraph_format.space_after = after
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size, run.font.name = bold, italic, size, FONT
    return paragraph


def _centred(cell, text: str, bold: bool = False, italic: bool = False, size: Pt = SMALL_SIZE):
    """A centred line in a cell of the heading block."""
    return _paragraph(cell, text, bold=bold, italic=italic, size=size,
                      align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=Pt(0))  # fmt: skip


def _heading_block(document: Document, pack: Pack) -> None:
    """Agency and unit (left), national motto (right), number and place-date lines."""
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _widths(table, [Cm(6.3), Cm(10.2)])
    left, right = table.cell(0, 0), table.cell(0, 1)
    left.paragraphs[0].text = ""
    right.paragraphs[0].text = ""
    _centred(left, f"CÔNG AN TỈNH {pack.province.upper()}")
    _centred(left, "……………………………", bold=True)
    _centred(left, "―――――", size=Pt(9))
    _centred(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=Pt(12))
    _centred(right, "Độc lập - Tự do - Hạnh phúc", bold=True, size=BODY_SIZE)
    _centred(right, "―――――――――――", size=Pt(9))
    _centred(table.cell(1, 0), f"Số:        /BC-{BLANK}")
    _centred(table.cell(1, 1), f"{pack.province}, ngày      tháng      năm {BLANK}", italic=True,
             size=BODY_SIZE)  # fmt: skip
    for cell in (left, right):
        cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)
    for cell in (table.cell(1, 0), table.cell(1, 1)):
        cell.paragraphs[0]._element.getparent().remove(cell.paragraphs[0]._element)


def _title(document: Document, year: int) -> None:
    """The report's name and summary line, centred and bold."""
    _paragraph(document, "", after=Pt(6))
    _paragraph(document, "BÁO CÁO", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
               after=Pt(0))  # fmt: skip
    _paragraph(document, "Kết quả tổ chức Hội nghị “Công an lắng nghe ý kiến nhân dân”",
               bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, after=Pt(0))  # fmt: skip
    _paragraph(document, f"năm {year}", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
               indent=False, after=Pt(0))  # fmt: skip
    _paragraph(document, "―――――", size=Pt(9), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False,
               after=Pt(12))  # fmt: skip


def _section(document: Document, text: str) -> None:
    """A numbered section heading (I., II.…), kept on the page of what follows it."""
    paragraph = _paragraph(document, text, bold=True, indent=True, after=Pt(6))
    paragraph.paragraph_format.keep_with_next = True


def _subsection(document: Document, text: str) -> None:
    """A numbered subheading (1., 2.…) in bold italics, kept with what follows it."""
    paragraph = _paragraph(document, text, bold=True, italic=True)
    paragraph.paragraph_format.keep_with_next = True


def _names(keys: list[str]) -> str:
    return ", ".join(themes()[k] for k in keys)


def _body(document: Document, pack: Pack) -> None:
    """The sections, each drafted from the key figures, numbered I, II… in order."""
    facts, year = pack.facts, pack.year
    numerals = iter(NUMERALS)

    def section(title: str) -> None:
        _section(document, f"{next(numerals)}. {title}")

    _paragraph(document, f"Thực hiện Kế hoạch số {BLANK}/KH-{BLANK} ngày {BLANK} của {BLANK} về "
               f"tổ chức Hội nghị “Công an lắng nghe ý kiến nhân dân” năm {year}, {BLANK} báo "
               "cáo kết quả như sau:")  # fmt: skip
    section("KẾT QUẢ TỔ CHỨC HỘI NGHỊ")
    _paragraph(document, _organisation(facts))
    section("KẾT QUẢ TIẾP NHẬN Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN")
    _subsection(document, "1. Theo lĩnh vực")
    _paragraph(document, _by_theme(facts))
    _theme_table(document, pack)
    _subsection(document, "2. Theo tính chất ý kiến")
    _paragraph(document, _by_stance(facts))
    for sentence in _change(facts):
        _paragraph(document, sentence)
    _charts(document, pack, KEY_CHARTS[:2])
    if pack.quotes:
        _subsection(document, "3. Một số ý kiến tiêu biểu")
        quotes = [(theme, q) for theme, group in pack.quotes for q in group][:QUOTES]
        for theme, quote in quotes:
            _paragraph(document, f"- {theme}: “{quote['text']}” ({quote['district']}).",
                       italic=True)  # fmt: skip
    section("KẾT QUẢ TRẢ LỜI, GIẢI QUYẾT Ý KIẾN")
    _paragraph(document, _answers(facts))
    _charts(document, pack, KEY_CHARTS[2:])
    if pack.trends is not None:
        section("VẤN ĐỀ NHÂN DÂN NÊU LẶP LẠI VÀ VẤN ĐỀ MỚI NỔI")
        _trends(document, pack)
    section("ĐÁNH GIÁ CHUNG")
    _subsection(document, "1. Ưu điểm")
    _paragraph(document, _strengths(facts))
    _subsection(document, "2. Hạn chế")
    _paragraph(document, _shortcomings(facts))
    section("ĐỀ XUẤT, KIẾN NGHỊ")
    for number, line in enumerate(_proposals(facts), start=1):
        _paragraph(document, f"{number}. {line}")
    _paragraph(document, "Trên đây là báo cáo kết quả tổ chức Hội nghị “Công an lắng nghe ý kiến "
               f"nhân dân” năm {year}./.")  # fmt: skip


def _organisation(facts: YearFacts) -> str:
    text = f"Năm {facts.year}, Công an các đơn vị đã tổ chức {facts['conferences']} hội nghị"
    if facts.has_delegates:
        text += f" với {facts['delegates']} đại biểu tham dự"
    text += f"; đại biểu đã nêu {facts['opinions']} ý kiến tại {facts['units']} đơn vị"
    if facts.has_previous:
        text += f" (năm {facts.year - 1}: {facts['opinions_before']} ý kiến)"
    return text + "."


def _by_theme(facts: YearFacts) -> str:
    parts = [
        f"{themes()[k]} ({facts[f'theme:{k}']} ý kiến, chiếm {facts[f'theme_share:{k}']})"
        for k in facts.top_themes
    ]
    return "Ý kiến của nhân dân tập trung nhiều nhất vào các lĩnh vực: " + "; ".join(parts) + "."


def _by_stance(facts: YearFacts) -> str:
    text = (
        f"Có {facts['stance:khen_ngoi']} ý kiến khen ngợi, ghi nhận kết quả công tác "
        f"({facts['stance_share:khen_ngoi']}); {facts['stance:phe_binh']} ý kiến phê bình, "
        f"phản ánh hạn chế ({facts['stance_share:phe_binh']}"
    )
    if facts.has_previous:
        text += f"; năm {facts.year - 1}: {facts['criticism_share_before']}"
    return text + (
        f"); {facts['stance:kien_nghi']} ý kiến kiến nghị, đề xuất "
        f"({facts['stance_share:kien_nghi']})."
    )


def _change(facts: YearFacts) -> list[str]:
    lines = []
    for key in facts.rising[:1]:
        lines.append(
            f"So với năm {facts.year - 1}, ý kiến phê bình tăng nhiều nhất ở lĩnh vực "
            f"{themes()[key]} (từ {facts[f'criticism_before:{key}']} lên "
            f"{facts[f'criticism_after:{key}']} ý kiến)."
        )
    for key in facts.falling[:1]:
        lines.append(
            f"Ý kiến phê bình giảm nhiều nhất ở lĩnh vực {themes()[key]} (từ "
            f"{facts[f'criticism_before:{key}']} xuống {facts[f'criticism_after:{key}']} ý kiến)."
        )
    return lines


def _answers(facts: YearFacts) -> str:
    text = (
        f"Đã trả lời {facts['answered']} ý kiến, bằng {facts['answered_share']} tổng số ý kiến; "
        f"trong đó trả lời ngay tại hội nghị {facts['timing:tai_hoi_nghi']} ý kiến (chiếm "
        f"{facts['at_meeting_of_answered']} số ý kiến đã trả lời), trả lời sau hội nghị "
        f"{facts['timing:sau_hoi_nghi']} ý kiến. Còn {facts['timing:chua_tra_loi']} ý kiến chưa "
        "được trả lời"
    )
    if facts.value("timing:khong_ro"):
        text += f" và {facts['timing:khong_ro']} ý kiến chưa rõ hình thức trả lời"
    return text + "; các đơn vị tiếp tục theo dõi, trả lời dứt điểm."


def _strengths(facts: YearFacts) -> str:
    text = f"Hội nghị được tổ chức tại {facts['units']} đơn vị"
    if facts.has_delegates:
        text += f", thu hút {facts['delegates']} đại biểu tham dự"
    text += (
        f"; {facts['stance:khen_ngoi']} ý kiến ({facts['stance_share:khen_ngoi']}) khen ngợi, "
        "ghi nhận kết quả công tác của lực lượng Công an"
    )
    if facts.most_praised:
        text += f", nhất là lĩnh vực {_names(facts.most_praised[:1])}"
    return text + f". Đã trả lời {facts['answered_share']} số ý kiến."


def _shortcomings(facts: YearFacts) -> str:
    text = f"Còn {facts['stance:phe_binh']} ý kiến phê bình, phản ánh hạn chế"
    if facts.most_criticised:
        parts = [f"{themes()[k]} ({facts[f'criticism_in:{k}']} ý kiến)"
                 for k in facts.most_criticised]  # fmt: skip
        text += ", tập trung ở lĩnh vực " + "; ".join(parts)
    text += f". Còn {facts['timing:chua_tra_loi']} ý kiến chưa được trả lời."
    if _promised(facts):
        text += (
            f" Có {facts['promised_unsolved']} vấn đề đã được trả lời tiếp thu, hứa xem xét, giải "
            "quyết nhưng nhân dân tiếp tục nêu lại."
        )
    return text


def _promised(facts: YearFacts) -> bool:
    """True when some recurring problem was promised a solution and came back."""
    return "promised_unsolved" in facts.facts and facts.value("promised_unsolved") > 0


def _proposals(facts: YearFacts) -> list[str]:
    lines = []
    if facts.most_criticised:
        lines.append(
            f"Các đơn vị tập trung khắc phục hạn chế trong lĩnh vực "
            f"{_names(facts.most_criticised)}, là lĩnh vực có nhiều ý kiến phê bình nhất."
        )
    for key in facts.rising[:1]:
        lines.append(
            f"Làm rõ nguyên nhân ý kiến phê bình về {themes()[key]} tăng so với năm "
            f"{facts.year - 1}, có biện pháp chấn chỉnh."
        )
    lines.append(
        f"Trả lời, giải quyết dứt điểm {facts['timing:chua_tra_loi']} ý kiến chưa được trả lời; "
        "thông báo kết quả đến người dân tại nơi cư trú."
    )
    if _promised(facts):
        lines.append(
            f"Rà soát {facts['promised_unsolved']} vấn đề đã hứa nhưng nhân dân tiếp tục nêu lại, "
            "giao đơn vị chủ trì giải quyết dứt điểm, có thời hạn và báo cáo kết quả."
        )
    if facts.most_praised:
        lines.append(
            f"Tiếp tục duy trì, nhân rộng cách làm được nhân dân ghi nhận trong lĩnh vực "
            f"{_names(facts.most_praised)}."
        )
    return lines


def _theme_table(document: Document, pack: Pack) -> None:
    """Opinions by theme and stance (the workbook's "Chủ đề và lập trường" sheet)."""
    _paragraph(document, "Bảng 1. Số ý kiến theo lĩnh vực và tính chất", italic=True,
               size=TABLE_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)  # fmt: skip
    frame = pack.theme_stance
    table = document.add_table(rows=1, cols=len(frame.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, name in zip(table.rows[0].cells, frame.columns, strict=True):
        _table_cell(cell, str(name), bold=True)
    for values in frame.itertuples(index=False):
        cells = table.add_row().cells
        for position, (cell, value) in enumerate(zip(cells, values, strict=True)):
            text = str(value) if position == 0 else f"{int(value):,}".replace(",", ".")
            _table_cell(cell, text, bold=values[0] == "Tổng", left=position == 0)
    _widths(table, [Cm(5.3)] + [Cm(2.8)] * (len(frame.columns) - 1))
    _paragraph(document, "", after=Pt(6))


def _trends(document: Document, pack: Pack) -> None:
    """Problems raised again in the same place, new terms, opinions that fit no theme."""
    facts, found = pack.facts, pack.trends
    if not found.compared:
        _paragraph(document, f"Năm {pack.year} là năm đầu tiên có dữ liệu, chưa có năm trước để "
                   "đối chiếu vấn đề nêu lặp lại và vấn đề mới nổi.")  # fmt: skip
    else:
        _subsection(document, "1. Vấn đề được nêu lặp lại qua các năm")
        _paragraph(document, _recurring(facts))
        if len(found.chains):
            _chains_table(document, found)
        _subsection(document, "2. Vấn đề mới nổi")
        _paragraph(document, _emerging(found))
    if facts.value("unfit"):
        _paragraph(document, _unfit(facts))
    _paragraph(document, "Danh sách đầy đủ các vấn đề, nội dung ý kiến và trả lời từng năm (đã che "
               f"thông tin cá nhân) tại bảng tính kèm theo ({pack.workbook_name}), các trang "
               f"“{CHAINS_SHEET}”, “{MEMBERS_SHEET}”, “{TERMS_SHEET}”, “{GROUPS_SHEET}”.",
               italic=True)  # fmt: skip


def _recurring(facts: YearFacts) -> str:
    year = facts.year
    if not facts.value("recurring"):
        text = (
            f"Đối chiếu ý kiến các năm, chưa phát hiện vấn đề nào được nhân dân nêu lại tại cùng "
            f"địa bàn trong năm {year}."
        )
    else:
        text = (
            f"Đối chiếu ý kiến các năm, có {facts['recurring']} vấn đề được nhân dân nêu lại tại "
            f"cùng địa bàn (xã, phường) từ hai năm trở lên, trong đó có ý kiến năm {year}; "
            f"{facts['promised_unsolved']} vấn đề đã được trả lời tiếp thu, hứa xem xét, giải "
            "quyết nhưng tiếp tục được nêu lại."
        )
        if facts.value("recurring_resolved"):
            text += (
                f" Có {facts['recurring_resolved']} vấn đề năm nay nhân dân ghi nhận đã được "
                "giải quyết."
            )
    if facts.value("recurring_earlier"):
        text += (
            f" Ngoài ra, {facts['recurring_earlier']} vấn đề từng được nêu lặp lại ở các năm "
            f"trước không còn được nêu trong năm {year}."
        )
    return text


def _emerging(found: TrendTables) -> str:
    if found.terms.empty:
        return "So với các năm trước, chưa có nội dung nào được nhân dân nêu nhiều hơn rõ rệt."
    parts = [
        f"“{row.term}” ({integer(row.count)} ý kiến, chiếm {percent(row.share)}; các năm trước: "
        f"{integer(row.count_before)} ý kiến, {percent(row.share_before)})"
        for row in found.terms.head(REPORT_TERMS).itertuples()
    ]
    return (
        "So với các năm trước, các nội dung được nhân dân nêu tăng nhiều nhất (tính theo tỉ lệ "
        "trên số ý kiến của các đơn vị đã có ý kiến từ các năm trước) là: " + "; ".join(parts) + "."
    )


def _unfit(facts: YearFacts) -> str:
    text = f"Có {facts['unfit']} ý kiến chưa xếp được rõ vào lĩnh vực nào"
    if facts.value("unfit_groups"):
        text += (
            f"; trong đó {facts['unfit_grouped']} ý kiến có nội dung gần nhau, gom thành "
            f"{facts['unfit_groups']} nhóm, cần tiếp tục theo dõi như những vấn đề mới phát sinh"
        )
    return text + "."


def _chains_table(document: Document, found: TrendTables) -> None:
    """The main recurring problems, promised-but-unsolved first (the workbook lists all)."""
    shown = found.chains.head(TABLE_CHAINS)
    _paragraph(document, f"Bảng 2. Một số vấn đề được nêu lặp lại (những vấn đề "
               f"“{PROMISED.lower()}” trước)", italic=True, size=TABLE_SIZE,
               align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)  # fmt: skip
    headers = ("Chuỗi", "Địa bàn", "Các năm", "Lĩnh vực", f"Ý kiến năm {found.year} (trích)",
               "Số ý kiến", PROMISED)  # fmt: skip
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, name in zip(table.rows[0].cells, headers, strict=True):
        _table_cell(cell, name, bold=True)
    for row in shown.itertuples():
        quote = shorten(str(row.quote), TABLE_QUOTE_CHARACTERS)
        values = (str(row.chain_id), row.area, row.years, row.theme_name, quote,
                  integer(row.n_opinions), "x" if row.promised_unsolved else "")  # fmt: skip
        for position, (cell, value) in enumerate(zip(table.add_row().cells, values, strict=True)):
            _table_cell(cell, value, left=position in (1, 3, 4))
    _widths(table, [Cm(w) for w in (1.6, 2.4, 2.0, 2.5, 5.3, 1.3, 1.9)])
    if len(found.chains) > TABLE_CHAINS:
        _paragraph(document, "(Các vấn đề còn lại: xem bảng tính kèm theo.)", italic=True,
                   size=TABLE_SIZE, indent=False)  # fmt: skip
    _paragraph(document, "", after=Pt(6))


def _widths(table, widths: list) -> None:
    """Fixed column widths (set on columns and cells, as Word and LibreOffice each read one)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width


def _table_cell(cell, text: str, bold: bool = False, left: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Cm(0)
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.bold, run.font.size, run.font.name = bold, TABLE_SIZE, FONT


def _charts(document: Document, pack: Pack, keys: tuple[str, ...]) -> None:
    """The key charts that have data, each with a numbered caption."""
    in_report = [c.spec.key for c in pack.charts if c.has_data and c.spec.key in KEY_CHARTS]
    for chart in (c for c in pack.charts if c.has_data and c.spec.key in keys):
        number = in_report.index(chart.spec.key) + 1
        picture = document.add_paragraph()
        picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
        picture.paragraph_format.first_line_indent = Cm(0)
        picture.add_run().add_picture(io.BytesIO(pack.images[chart.spec.key]), width=CHART_WIDTH)
        _paragraph(document, f"Biểu đồ {number}. {chart.title}", italic=True, size=TABLE_SIZE,
                   align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)  # fmt: skip


def _closing(document: Document) -> None:
    """ "Nơi nhận" on the left and the signature block on the right, left for the office."""
    table = document.add_table(rows=1, cols=2)
    _widths(table, [Cm(8), Cm(8.5)])
    left, right = table.rows[0].cells
    first = left.paragraphs[0]
    run = first.add_run("Nơi nhận:")
    run.bold, run.italic, run.font.size, run.font.name = True, True, Pt(12), FONT
    for line in ("- ……………;", "- ……………;", "- Lưu: VT, ……."):
        _paragraph(left, line, size=Pt(11), align=WD_ALIGN_PARAGRAPH.LEFT, indent=False,
                   after=Pt(0))  # fmt: skip
    right.paragraphs[0]._element.getparent().remove(right.paragraphs[0]._element)
    _centred(right, "……………………………", bold=True, size=BODY_SIZE)
    _centred(right, "(Ký, ghi rõ họ tên)", italic=True)
    for _ in range(4):
        _centred(right, "")
    _centred(right, "……………………………", bold=True, size=BODY_SIZE)
