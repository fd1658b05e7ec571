"""Recurring problems, emerging terms and unfit opinions in the meeting pack and the notebook."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import CONFERENCES, RECURRING_SECRETS, recurring_frame
from docx import Document
from matplotlib.backends.backend_agg import FigureCanvasAgg

from analysis import notebook as nb
from analysis.report import figures
from analysis.report.document import write_report
from analysis.report.facts import year_facts
from analysis.report.trend_tables import (
    CHAINS_SHEET,
    GROUPS_SHEET,
    MEMBERS_SHEET,
    TERMS_SHEET,
    add_facts,
    chains_frame,
    recurring_sentence,
    shorten,
    trend_tables,
    unfit_sentence,
    workbook_sheets,
)
from analysis.steps import code_files
from analysis.trends import (
    CHAIN_COLUMNS,
    GROUP_COLUMNS,
    MEMBER_COLUMNS,
    TERM_COLUMNS,
    RecurringChains,
    YearTrends,
    year_trends,
)

TREND_SHEETS = [CHAINS_SHEET, MEMBERS_SHEET, TERMS_SHEET, GROUPS_SHEET]
SECTION = "Vấn đề lặp lại và vấn đề mới"
WORD_SECTION = "IV. VẤN ĐỀ NHÂN DÂN NÊU LẶP LẠI VÀ VẤN ĐỀ MỚI NỔI"


def many_trends(chains: int = 15, terms: int = 20) -> tuple[YearTrends, pd.DataFrame]:
    """Hand-made findings of 2024: `chains` chains of two opinions (every third promised but
    unsolved, the last resolved), `terms` terms, three unfit groups; and the opinions."""
    opinions, members, rows = [], [], []
    for chain in range(1, chains + 1):
        commune = f"Xã Thử {chain}"
        for year, speaker in ((2023, f"Ông Hoàng Văn Tư {chain}"), (2024, "")):
            record = f"{chain:08x}{year:08x}"
            text = (f"{speaker or 'Bà Lý Thị Năm'} phản ánh: đường vào thôn {chain} ngập nước "
                    "khi mưa, gọi 0905 111 222 không ai nghe.")  # fmt: skip
            opinions.append((record, year, commune, text, speaker))
            members.append({"chain_id": chain, "record_id": record, "year": year,
                            "date": pd.Timestamp(f"{year}-09-15"), "area": commune,
                            "district": "Huyện Đắk Mil", "commune": commune, "text": text,
                            "response": "Đ/c Thiếu tá Đỗ Văn Sáu trả lời: Tiếp thu, sẽ kiểm tra.",
                            "response_timing": "tai_hoi_nghi", "theme": "khac",
                            "stance": "khen_ngoi" if chain == chains and year == 2024
                            else "phe_binh", "promise": True, "similarity": 0.7})  # fmt: skip
        rows.append({"chain_id": chain, "area": commune, "years": "2023, 2024",
                     "first_year": 2023, "last_year": 2024, "n_years": 2, "n_opinions": 2,
                     "theme": "khac", "evidence": "ngập nước; đường vào",
                     "promised_unsolved": chain % 3 == 0, "resolved": chain == chains,
                     "reaches_year": True, "cohesion": 0.7})  # fmt: skip
    rows.append({**rows[0], "chain_id": chains + 1, "years": "2022, 2023", "reaches_year": False})
    ids = [o[0] for o in opinions if o[1] == 2024]
    term_rows = [{"term": f"từ thứ {n}", "z": 3 - n / 10, "count": 9 - n // 3, "share": 0.05,
                  "count_before": n % 3, "share_before": 0.001,
                  "examples": ", ".join(ids[:3])} for n in range(terms)]  # fmt: skip
    groups = pd.DataFrame([{"group_id": g, "size": 2, "terms": "kênh mương; nạo vét",
                            "themes": "khac; toi_pham", "examples": ", ".join(ids[g:g + 2]),
                            "record_ids": ", ".join(ids[g:g + 2])} for g in (1, 2, 3)],
                          columns=GROUP_COLUMNS)  # fmt: skip
    groups.attrs.update(unfit=9, grouped=6)
    found = YearTrends(
        2024,
        RecurringChains(pd.DataFrame(rows, columns=CHAIN_COLUMNS),
                        pd.DataFrame(members, columns=MEMBER_COLUMNS)),
        pd.DataFrame(term_rows, columns=TERM_COLUMNS),
        groups,
    )  # fmt: skip
    found.terms.attrs.update(note="So sánh năm 2024 (1234 ý kiến) với các năm trước (5678 ý "
                             "kiến).", opinions=1234, opinions_before=5678)  # fmt: skip
    frame = pd.DataFrame(opinions, columns=["record_id", "year", "commune", "text", "speaker"])
    return found, frame


def test_chains_reaching_the_year_promised_first_and_masked():
    found, frame = many_trends()
    tables = trend_tables(found, frame)
    assert len(tables.chains) == 15 and tables.earlier == 1
    assert tables.chains["chain_id"].tolist()[:5] == [3, 6, 9, 12, 15]
    assert tables.chains["promised_unsolved"].tolist() == [True] * 5 + [False] * 10
    assert len(tables.promised) == 5 and tables.resolved["chain_id"].tolist() == [15]
    shown = " ".join(
        [*tables.chains["quote"], *tables.members["text"], *tables.members["response"]]
        + [t for texts in tables.terms["examples"] for t in texts]
        + [t for texts in tables.groups["examples"] for t in texts]
    )
    for secret in ("Hoàng Văn Tư", "Lý Thị Năm", "Đỗ Văn Sáu", "0905 111 222"):
        assert secret not in shown, secret
    assert "[số điện thoại]" in shown and "Xã Thử 3" in set(tables.chains["area"])
    assert tables.groups["themes"].iloc[0] == "Khác, Phòng, chống tội phạm"
    assert "(1.234 ý kiến)" in tables.terms_note and "(5.678 ý kiến)" in tables.terms_note


def test_trend_figures_are_in_the_summary_sheet():
    found, frame = many_trends()
    facts = year_facts(recurring_frame(), CONFERENCES, 2024)
    add_facts(facts, trend_tables(found, frame))
    values = {key: facts.value(key) for key in facts.facts}
    assert values["recurring"] == 15 and values["promised_unsolved"] == 5
    assert values["recurring_resolved"] == 1 and values["recurring_earlier"] == 1
    assert values["emerging_terms"] == 20 and values["unfit"] == 9
    assert values["unfit_grouped"] == 6 and values["unfit_groups"] == 3


def test_sentences_say_what_recurs_and_what_fits_no_theme():
    found, frame = many_trends()
    tables = trend_tables(found, frame)
    assert recurring_sentence(tables).startswith("15 vấn đề được nêu lại tại cùng địa bàn")
    assert "trong đó 5 vấn đề đã được trả lời hứa" in recurring_sentence(tables)
    assert "1 vấn đề từng được nêu lặp lại ở các năm trước" in recurring_sentence(tables)
    assert unfit_sentence(tables).startswith("9 ý kiến năm 2024 chưa khớp rõ chủ đề nào; 6 ý")
    assert shorten("một hai ba bốn năm", 10) == "một hai…"
    assert shorten("ngắn", 10) == "ngắn"


def empty_trends(frame: pd.DataFrame, year: int) -> YearTrends:
    """What the engine returns when it finds nothing."""
    return year_trends(frame, year, None)


def test_first_year_and_nothing_found_are_said():
    frame = recurring_frame()
    first = trend_tables(empty_trends(frame, 2023), frame)
    assert not first.compared and first.chains.empty
    assert recurring_sentence(first).startswith("Năm 2023 là năm đầu tiên có dữ liệu")
    sheets = {sheet.name: sheet.table.frame for sheet in workbook_sheets(first)}
    assert list(sheets) == TREND_SHEETS
    for name in (CHAINS_SHEET, MEMBERS_SHEET, TERMS_SHEET):
        assert len(sheets[name]) == 1 and sheets[name].iloc[0, 0].startswith(("Năm 2023", "Không"))
    later = frame.drop(index=0).reset_index(drop=True)  # the traffic problem raised once only
    nothing = trend_tables(empty_trends(later, 2024), later)
    assert nothing.compared and nothing.chains.empty
    assert recurring_sentence(nothing).startswith("Không có vấn đề nào được nêu lại")
    assert chains_frame(nothing).empty and nothing.promised.empty and nothing.resolved.empty
    assert nb.promised_unsolved(nothing).data.empty and nb.recurring_issues(first).data.empty


def test_the_workbook_has_the_trend_sheets_masked(trend_pack):
    book = openpyxl.load_workbook(trend_pack / "bang-so-lieu-2024.xlsx")
    assert book.sheetnames[-4:] == TREND_SHEETS
    chains = book[CHAINS_SHEET]
    header = [c.value for c in chains[1]]
    assert header[:3] == ["Chuỗi", "Địa bàn", "Các năm"] and "Đã hứa, chưa giải quyết" in header
    first = dict(zip(header, [c.value for c in chains[2]], strict=True))
    assert first["Địa bàn"] == "Xã Đắk Mil" and first["Các năm"] == "2023, 2024"
    assert first["Chủ đề"] == "Trật tự an toàn giao thông" and first["Số ý kiến"] == 2
    assert first["Đã hứa, chưa giải quyết"] == "Có" and "biển báo" in first["Từ chung"]
    members = book[MEMBERS_SHEET]
    assert members.max_row >= 3 and members.cell(2, 2).number_format == "0"
    terms = book[TERMS_SHEET]
    assert terms.cell(2, 1).value and terms.cell(2, 3).value == 3  # "tiền ảo", "đầu tư"…
    assert terms.cell(2, 4).number_format == "0.0%"
    assert book[GROUPS_SHEET].cell(2, 2).value == 2
    cells = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)
    for secret in RECURRING_SECRETS:
        assert secret not in cells, secret
    assert "[số điện thoại]" in cells


def test_the_briefing_has_the_section_masked(trend_pack):
    html = (trend_pack / "bao-cao-2024.html").read_text(encoding="utf-8")
    assert f"<h2>{SECTION}</h2>" in html and "Đã hứa, chưa giải quyết" in html
    assert "Xã Đắk Mil" in html and "Ý kiến chưa rõ chủ đề" in html
    assert re.search(r"<td>[^<]+</td>\s*<td>3 \(42,9%\)</td>", html)
    for sheet in TREND_SHEETS:
        assert f"“{sheet}”" in html
    for secret in RECURRING_SECRETS:
        assert secret not in html, secret


def test_the_word_report_has_its_section_before_the_assessment(trend_pack):
    document = Document(trend_pack / "bao-cao-2024.docx")
    headings = [p.text for p in document.paragraphs if p.runs and p.runs[0].bold]
    numbered = [h for h in headings if re.match(r"[IVX]+\. ", h)]
    assert [h.split(".")[0] for h in numbered] == ["I", "II", "III", "IV", "V", "VI"]
    assert numbered[3] == WORD_SECTION and numbered[4] == "V. ĐÁNH GIÁ CHUNG"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "có 1 vấn đề được nhân dân nêu lại tại cùng địa bàn" in text
    assert re.search(r"“[^”]+” \(3 ý kiến, chiếm 42,9%; các năm trước: 0 ý kiến", text)
    assert "Rà soát 1 vấn đề đã hứa nhưng nhân dân tiếp tục nêu lại" in text
    table = document.tables[2]  # heading block, Bảng 1, then Bảng 2
    assert [c.text for c in table.rows[0].cells][:3] == ["Chuỗi", "Địa bàn", "Các năm"]
    assert [c.text for c in table.rows[1].cells][1:3] == ["Xã Đắk Mil", "2023, 2024"]
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    for secret in RECURRING_SECRETS:
        assert secret not in text + cells, secret


def test_first_year_pack_says_there_is_nothing_to_compare(tmp_path):
    frame = recurring_frame()
    write_report(frame, CONFERENCES, 2023, tmp_path, "Đắk Nông", trends=year_trends(frame, 2023))
    html = (tmp_path / "bao-cao-2023.html").read_text(encoding="utf-8")
    assert "Năm 2023 là năm đầu tiên có dữ liệu" in html and "mỗi vấn đề kèm" not in html
    document = Document(tmp_path / "bao-cao-2023.docx")
    assert any("năm đầu tiên có dữ liệu" in p.text for p in document.paragraphs)
    sheet = openpyxl.load_workbook(tmp_path / "bang-so-lieu-2023.xlsx")[CHAINS_SHEET]
    assert sheet.cell(2, 1).value.startswith("Năm 2023 là năm đầu tiên")


def test_many_chains_and_terms_stay_short_in_the_briefing(tmp_path):
    found, _ = many_trends()
    write_report(recurring_frame(), CONFERENCES, 2024, tmp_path, "Đắk Nông", trends=found)
    html = (tmp_path / "bao-cao-2024.html").read_text(encoding="utf-8")
    section = html[html.index(SECTION) :]
    assert section.count('class="chain"') == 5 and "Còn 10 vấn đề lặp lại khác" in section
    assert section.count("từ thứ") == 10 and "10 từ tiếp theo trong bảng tính" in section
    document = Document(tmp_path / "bao-cao-2024.docx")
    assert len(document.tables[2].rows) == 1 + 5


def test_trend_charts_draw_many_or_none():
    found, frame = many_trends(chains=25)
    tables = trend_tables(found, frame)
    for figure in (
        figures.recurring_timeline(tables.chain_years()),
        figures.emerging_terms(tables.terms_table()),
    ):
        FigureCanvasAgg(figure).draw()
        plot = next(ax for ax in figure.axes if ax.axison)
        renderer = figure.canvas.get_renderer()
        assert (
            not figure.legends[0]
            .get_window_extent(renderer)
            .overlaps(plot.get_window_extent(renderer))
        )
    timeline = figures.recurring_timeline(tables.chain_years())
    assert len(timeline.axes[0].get_yticklabels()) == figures.TIMELINE_CHAINS
    bold = [
        t.get_text() for t in timeline.axes[0].get_yticklabels() if t.get_fontweight() == "bold"
    ]
    assert bold[:2] == ["3 · Xã Thử 3", "6 · Xã Thử 6"]
    nothing = trend_tables(empty_trends(recurring_frame(), 2023), recurring_frame())
    for figure in (
        figures.recurring_timeline(nothing.chain_years()),
        figures.emerging_terms(nothing.terms_table()),
    ):
        texts = [t.get_text() for ax in figure.axes for t in ax.texts]
        assert any(t.startswith("Không có") for t in texts)


def test_notebook_tables_show_whole_masked_texts(monkeypatch):
    found, frame = many_trends()
    tables = trend_tables(found, frame)
    data = nb.YearData(None, 2024, frame, CONFERENCES, pd.DataFrame())
    data.trends_by_area["commune"] = tables
    assert nb.trends(data) is tables
    shown = nb.recurring_issues(tables)
    assert shown.data["Chuỗi"].tolist()[:2] == [3, 6]
    html = shown.to_html()
    assert "pre-wrap" in html and "Hoàng Văn Tư" not in html
    promised = nb.promised_unsolved(tables).data
    assert set(promised["Chuỗi"]) == {3, 6, 9, 12, 15} and len(promised) == 10
    assert "2,90" in nb.emerging_terms(tables).to_html()
    assert nb.unfit_groups(tables).data["Số ý kiến"].tolist() == [2, 2, 2]
    assert "15 vấn đề" in nb.trend_summary(tables).data
    with pytest.raises(ValueError, match="không hợp lệ"):
        nb.trends(data, "tỉnh")


def test_report_steps_fingerprint_covers_the_trends_stage():
    names = {(p.parent.name, p.name) for p in code_files()}
    assert {("trends", "recurring.py"), ("trends", "emerging.py"), ("trends", "unfit.py")} <= names
    assert {("data", "promise_markers.csv"), ("data", "trends_skip.txt")} <= names


def test_the_report_stage_imports_no_other_stage():
    """Only a TYPE_CHECKING import of the trends stage, for hints; the orchestrators pass data."""
    folder = Path(figures.__file__).parent
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        hints = {
            id(node)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
            for node in ast.walk(block)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and id(node) not in hints and node.module:
                stage = node.module.split(".")[1] if node.module.startswith("analysis.") else ""
                assert stage in ("", "core", "report"), (path.name, node.module)
