"""The vocabulary is data: new themes in a copy of it and of the lexicon need no code change."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import CONFERENCES, classified_frame

from analysis.classify import lexicon
from analysis.classify.corrections import write_review_workbook
from analysis.classify.hybrid import classify_texts
from analysis.core import schemas
from analysis.core.vocabulary import (
    KINDS,
    VocabularyError,
    read_vocabulary,
    shipped_path,
    themes,
    use_vocabulary,
    vocabulary,
)
from analysis.report import figures
from analysis.report.charts import CHARTS, ReportInput, build_charts
from analysis.report.document import write_report

NEW_THEMES = {  # two more, so the guide's 7 themes become 9 (more than a 2 x 4 grid holds)
    "moi_truong": ("Môi trường", "MT", "#17becf", "ô nhiễm"),
    "chay_no": ("Phòng cháy, chữa cháy", "PCCC", "#bcbd22", "cháy nổ"),
}


@pytest.fixture
def extended(tmp_path: Path) -> tuple[Path, Path]:
    """Copies of the shipped vocabulary and lexicon with NEW_THEMES added as plain lines."""
    words = tmp_path / "vocabulary.csv"
    terms = tmp_path / "lexicon.csv"
    shutil.copy(shipped_path(), words)
    shutil.copy(lexicon.lexicon_path(), terms)
    with open(words, "a", encoding="utf-8", newline="") as handle:
        for order, (key, (name, short, colour, _)) in enumerate(NEW_THEMES.items(), start=8):
            csv.writer(handle).writerow(["theme", key, name, short, colour, order])
    with open(terms, "a", encoding="utf-8", newline="") as handle:
        for key, (*_, term) in NEW_THEMES.items():
            csv.writer(handle).writerow(["theme", key, term, 3])
    return words, terms


def frame_with_new_themes() -> pd.DataFrame:
    """The report tests' opinions plus some of each new theme, in both years."""
    base = classified_frame()
    extra = base.iloc[[0, 3, 4, 5]].copy()
    extra["theme"] = ["moi_truong", "moi_truong", "chay_no", "chay_no"]
    extra["text"] = [
        "Tình trạng ô nhiễm từ trại heo vẫn còn.",
        "Cảm ơn công an xã đã xử lý ô nhiễm ở suối.",
        "Đề nghị kiểm tra cháy nổ ở chợ.",
        "Nguy cơ cháy nổ ở cây xăng gần trường học.",
    ]
    extra["record_id"] = [f"{i:016x}" for i in range(100, 104)]
    return pd.concat([base, extra], ignore_index=True)


def test_shipped_vocabulary_follows_the_guide():
    assert list(themes()) == [
        "an_ninh_quoc_gia",
        "toi_pham",
        "trat_tu_giao_thong",
        "quan_ly_hanh_chinh",
        "phong_trao_toan_dan",
        "xay_dung_luc_luong",
        "khac",
    ]
    assert list(vocabulary().names("stance")) == ["phe_binh", "khen_ngoi", "kien_nghi"]
    for kind in KINDS:
        for term in vocabulary().terms(kind):
            assert term.name and term.short_name and term.colour.startswith("#")


def test_every_reject_reason_and_timing_ingest_writes_is_in_the_vocabulary():
    source = (Path(schemas.__file__).parents[1] / "ingest" / "records.py").read_text("utf-8")
    for code in vocabulary().keys("reject_reason"):
        assert f'"{code}"' in source, f"reason {code} is never used"
    for timing in vocabulary().keys("response_timing"):
        assert f'"{timing}"' in source


def test_a_malformed_vocabulary_names_its_line(tmp_path):
    path = tmp_path / "vocabulary.csv"
    shutil.copy(shipped_path(), path)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("theme,khac,Trùng khóa,KH,#000000,9\n")
    with pytest.raises(VocabularyError, match="dòng 26"):
        read_vocabulary(path)


def test_new_themes_are_matched_classified_drawn_and_tabled(extended, tmp_path):
    words, terms = extended
    with use_vocabulary(words), lexicon.use_lexicon(terms):
        assert len(themes()) == 9
        found = lexicon.match("Tình trạng ô nhiễm và nguy cơ cháy nổ ở chợ.")
        assert found.theme_scores["moi_truong"] > 0 and found.theme_scores["chay_no"] > 0
        labels = classify_texts(["Tình trạng ô nhiễm nguồn nước vẫn còn."])
        assert labels["theme"].isin(list(themes())).all()

        frame = frame_with_new_themes()
        html = write_report(frame, CONFERENCES, 2024, tmp_path / "pack", "Đắk Nông")
        assert "Môi trường" in html.read_text(encoding="utf-8")
        pngs = list((tmp_path / "pack" / "figures").glob("*.png"))
        assert len(pngs) == len(CHARTS)
        book = openpyxl.load_workbook(tmp_path / "pack" / "bang-so-lieu-2024.xlsx")
        cells = {c.value for sheet in book for row in sheet.iter_rows() for c in row}
        assert {"Môi trường", "Phòng cháy, chữa cháy"} <= cells

        data = ReportInput.upto(frame, CONFERENCES, 2024)
        charts = {c.spec.key: c for c in build_charts(data)}
        assert "moi_truong" in charts["co-cau-chu-de"].table.columns
        terms_figure = figures.top_terms(charts["tu-noi-bat"].table)
        titles = {ax.get_title() for ax in terms_figure.axes}
        assert {"Môi trường", "Phòng cháy, chữa cháy"} <= titles
        trends = charts["xu-huong-don-vi"].draw()
        legend = {t.get_text() for t in trends.legends[0].get_texts()}
        assert {"Môi trường", "Phòng cháy, chữa cháy"} <= legend

        review = tmp_path / "can-xem-lai.xlsx"
        queue = frame.assign(needs_review=True)
        assert write_review_workbook(queue, review) == len(queue)
        guide = openpyxl.load_workbook(review)["Nhãn"]
        assert "Phòng cháy, chữa cháy" in {c.value for c in guide["A"]}
    assert "moi_truong" not in themes()
