"""Analysts' corrections survive reruns; the classify, review and evaluate commands end to end."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import REPO
from typer.testing import CliRunner

from analysis.classify.corrections import (
    Correction,
    ReviewFileError,
    append_overrides,
    apply_overrides,
    read_overrides,
    read_review_workbook,
    write_review_workbook,
)
from analysis.cli import app

OPINIONS = pd.DataFrame(
    {
        "record_id": ["a" * 16, "b" * 16, "c" * 16],
        "year": [2024, 2024, 2024],
        "district": ["Huyện Đắk Mil"] * 3,
        "text": [
            "Đề nghị công an xã tăng cường tuần tra ban đêm.",
            "Tình trạng trộm cắp vẫn còn xảy ra, bà con bức xúc.",
            '=HYPERLINK("http://x") cảm ơn',
        ],
    }
)


@pytest.fixture
def project(project: Path) -> Path:
    """The throwaway project with a processed table of three opinions."""
    OPINIONS.to_parquet(project / "data" / "processed" / "opinions.parquet")
    return project


def run(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.output
    return result


def test_append_keeps_every_line_and_latest_wins(tmp_path):
    path = tmp_path / "overrides.csv"
    append_overrides(path, [Correction("a" * 16, "toi_pham", "phe_binh", "lần 1")])
    append_overrides(path, [Correction("a" * 16, "khac", "", "=lần 2")])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert "'=lần 2" in lines[2]
    latest = read_overrides(path)
    assert latest.loc[0, "theme"] == "khac" and latest.loc[0, "stance"] == ""


def test_apply_overrides_replaces_only_given_labels():
    classified = OPINIONS.assign(
        theme="khac",
        stance="kien_nghi",
        theme_score=0.4,
        stance_score=0.4,
        evidence="",
        needs_review=True,
    )
    overrides = pd.DataFrame(
        [{"record_id": "b" * 16, "theme": "toi_pham", "stance": "", "note": "rõ là trộm"}]
    )
    result = apply_overrides(classified, overrides)
    row = result.set_index("record_id").loc["b" * 16]
    assert (row["theme"], row["stance"], row["corrected"], row["needs_review"]) == (
        "toi_pham",
        "kien_nghi",
        True,
        False,
    )
    assert "rõ là trộm" in row["evidence"]
    assert result["corrected"].sum() == 1


def test_review_workbook_round_trip_and_bad_label(tmp_path):
    classified = OPINIONS.assign(
        theme="khac", stance="kien_nghi", evidence="", needs_review=[True, True, False]
    )
    path = tmp_path / "review.xlsx"
    assert write_review_workbook(classified, path) == 2
    book = openpyxl.load_workbook(path)
    sheet = book["Cần xem lại"]
    assert sheet["A1"].value == "Mã ý kiến"
    sheet["H3"] = "Phòng, chống tội phạm"  # Vietnamese name, as picked from the list
    sheet["I3"] = "phe binh"  # key typed without diacritics
    book.save(path)
    assert read_review_workbook(path).corrections == [
        Correction("b" * 16, "toi_pham", "phe_binh", "")
    ]
    sheet["H2"] = "Không có chủ đề này"
    book.save(path)
    with pytest.raises(ReviewFileError, match="dòng 2"):
        read_review_workbook(path)


def test_correction_survives_a_rerun(project):
    assert run("classify").exit_code == 0
    review = project / "data" / "processed" / "can-xem-lai.xlsx"
    classified = pd.read_parquet(project / "data" / "processed" / "classified.parquet")
    assert {"theme", "stance", "theme_score", "stance_score", "evidence", "needs_review"} <= set(
        classified.columns
    )
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Mã ý kiến", "Chủ đề đúng", "Lập trường đúng", "Ghi chú"])
    sheet.append(["a" * 16, "Khác", "Khen ngợi, ghi nhận", "sửa thử"])
    book.save(review)
    assert run("review-import", str(review)).exit_code == 0
    for _ in range(2):
        assert run("classify").exit_code == 0
        again = pd.read_parquet(project / "data" / "processed" / "classified.parquet")
        row = again.set_index("record_id").loc["a" * 16]
        assert (row["theme"], row["stance"], bool(row["corrected"])) == (
            "khac",
            "khen_ngoi",
            True,
        )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_classify_command_on_every_format(project, suffix):
    source = project / f"input{suffix}"
    frame = OPINIONS.rename(columns={"text": "Nội dung"})
    if suffix == ".csv":
        frame.to_csv(source, index=False)
    elif suffix == ".xlsx":
        book = openpyxl.Workbook()
        book.active.append(list(frame.columns))
        for values in frame.itertuples(index=False):
            book.active.append(list(values))
        book.active["D4"].data_type = "s"  # a text cell that merely starts with "="
        book.save(source)
    else:
        frame.to_parquet(source)
    target = project / f"output{suffix}"
    result = run("classify", str(source), "-o", str(target), "--text-column", "Nội dung")
    assert result.exit_code == 0, result.output
    if suffix == ".csv":
        out = pd.read_csv(target, encoding="utf-8-sig", dtype=str)
        assert out.loc[2, "Nội dung"].startswith("'=")
    elif suffix == ".xlsx":
        out = pd.read_excel(target, dtype=str)
        assert out.loc[2, "Nội dung"].startswith("'=")
    else:
        out = pd.read_parquet(target)
    assert list(out.columns[:4]) == ["record_id", "year", "district", "Nội dung"]
    assert out["theme"].notna().all() and len(out) == 3


def test_classify_command_explains_a_missing_column(project):
    result = run(
        "classify",
        str(project / "data" / "processed" / "opinions.parquet"),
        "-o",
        str(project / "x.csv"),
        "--text-column",
        "noi_dung",
    )
    assert result.exit_code != 0
    assert "không có cột 'noi_dung'" in result.output


def test_evaluate_command_prints_per_class_scores(project):
    shutil.copy(REPO / "data" / "labels" / "dev.csv", project / "dev.csv")
    result = run("evaluate", str(project / "dev.csv"))
    assert result.exit_code == 0
    assert "macro-F1" in result.output and "an_ninh_quoc_gia" in result.output


def test_review_workbook_neutralises_formulas(tmp_path):
    classified = OPINIONS.assign(theme="khac", stance="kien_nghi", evidence="@x", needs_review=True)
    path = tmp_path / "review.xlsx"
    write_review_workbook(classified, path)
    sheet = openpyxl.load_workbook(path)["Cần xem lại"]
    values = [c.value for row in sheet.iter_rows(min_row=2) for c in row]
    assert '\'=HYPERLINK("http://x") cảm ơn' in values and "'@x" in values
    assert not any(isinstance(v, str) and v.startswith(("=", "+", "-", "@")) for v in values)


def test_train_writes_into_the_project_and_classify_then_uses_it(project):
    from analysis.classify.store import shipped_model_dir

    shipped = {p.name: p.read_bytes() for p in shipped_model_dir().iterdir()}
    labels = pd.read_csv(REPO / "data" / "labels" / "train_a.csv", dtype=str)
    labels.head(80).to_csv(project / "data" / "labels" / "train_x.csv", index=False)
    assert run("train").exit_code == 0
    models = project / "data" / "models"
    assert (models / "model.json").is_file() and (models / "weights.npz").is_file()
    assert {p.name: p.read_bytes() for p in shipped_model_dir().iterdir()} == shipped
    assert run("classify").exit_code == 0
    first = pd.read_parquet(project / "data" / "processed" / "classified.parquet")
    (models / "model.json").unlink()  # back to the shipped default: other scores
    assert run("classify").exit_code == 0
    second = pd.read_parquet(project / "data" / "processed" / "classified.parquet")
    assert not first["theme_score"].equals(second["theme_score"])
