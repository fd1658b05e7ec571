"""Measuring the classifier: evaluate's short/long and review figures, real files with sources."""

from __future__ import annotations

import pandas as pd
from typer.testing import CliRunner

from analysis.classify.evaluation import is_long, read_labelled, review_figures
from analysis.classify.training import REAL_WEIGHT, load_training
from analysis.cli import app

LONG = (
    "Tôi xin phản ánh một việc đã kéo dài nhiều tháng ở xóm tôi: đêm nào cũng có nhóm thanh niên "
    "tụ tập uống rượu, nẹt pô, chửi bới ở đầu ngõ đến tận hai giờ sáng, người già và trẻ nhỏ "
    "không ngủ được, đã báo nhiều lần vẫn không thấy ai đến xử lý."
)
ROWS = [
    (LONG, "trat_tu_giao_thong", "phe_binh", "https://example.org/a", "thư bạn đọc"),
    ("Đề nghị tăng cường tuần tra ban đêm.", "toi_pham", "kien_nghi", "https://example.org/b", ""),
    ("Cảm ơn công an xã đã giúp dân làm căn cước.", "xay_dung_luc_luong", "khen_ngoi", "x", ""),
]


def labelled(path):
    columns = ["text", "theme", "stance", "source", "note"]
    pd.DataFrame(ROWS, columns=columns).to_csv(path, index=False)
    return path


def test_labelled_files_may_carry_source_and_note_columns(tmp_path):
    frame = read_labelled(labelled(tmp_path / "train_real.csv"))
    assert list(frame.columns) == ["text", "theme", "stance"] and len(frame) == 3


def test_real_opinions_weigh_more_in_training(tmp_path):
    labelled(tmp_path / "train_real.csv")
    pd.DataFrame(
        [("Trộm cắp vẫn còn.", "toi_pham", "phe_binh")], columns=["text", "theme", "stance"]
    ).to_csv(tmp_path / "train_a.csv", index=False)
    frame = load_training(tmp_path).set_index("text")
    assert frame.loc["Trộm cắp vẫn còn.", "weight"] == 1.0
    assert frame.loc[LONG, "weight"] == REAL_WEIGHT


def test_long_opinions_are_35_words_or_more():
    assert is_long(pd.Series([LONG, "Đề nghị tuần tra."])).tolist() == [True, False]


def test_review_figures_count_caught_wrong_labels_and_flagged_opinions():
    truth = pd.DataFrame({"theme": ["a", "b", "c", "d"], "stance": ["x", "x", "x", "x"]})
    predicted = truth.assign(theme=["a", "z", "c", "z"], needs_review=[False, True, True, False])
    figures = review_figures(truth, predicted)
    assert (figures.caught, figures.flagged, figures.wrong) == (0.5, 0.5, 2)


def test_evaluate_prints_short_long_and_review_figures(project):
    path = labelled(project / "real.csv")
    result = CliRunner().invoke(app, ["evaluate", str(path)])
    assert result.exit_code == 0, result.output
    assert "ý kiến ngắn (< 35 từ, 2 ý kiến)" in result.output
    assert "dài (1 ý kiến)" in result.output
    assert "Gắn cờ" in result.output and "precision" in result.output


def test_no_page_is_in_both_the_real_training_and_dev_sets():
    """Real opinions are split by source page (MD5 of the address): dev pages never train."""
    import hashlib
    from pathlib import Path

    labels = Path(__file__).parents[1] / "data" / "labels"
    train = pd.read_csv(labels / "train_real.csv", dtype=str)["source"]
    dev = pd.read_csv(labels / "dev_real.csv", dtype=str)["source"]

    def is_dev_page(url: str) -> bool:
        return hashlib.md5(url.strip().encode("utf-8")).hexdigest()[0] in "012345"

    assert not set(train) & set(dev)
    assert not any(map(is_dev_page, train)) and all(map(is_dev_page, dev))
    assert train.str.startswith("http").all()
