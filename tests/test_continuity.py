"""Charts across the 2025 reform: a continuity unit to compare years, communes for this year."""

from __future__ import annotations

import openpyxl
import pandas as pd
import pytest
from conftest import CONFERENCES, classified_frame

from analysis.core.settings import ConfigError, load_settings, parse_unit
from analysis.report import figures, tables
from analysis.report.charts import UNKNOWN_PROVINCE, ReportInput, build_charts, chart_by_key
from analysis.report.document import write_report


def merged_frame() -> pd.DataFrame:
    """The report tests' opinions (former Đắk Nông) plus 2024 opinions of two other provinces."""
    frame = classified_frame().assign(former_province="Tỉnh Đắk Nông", commune_current=None)
    extra = frame.iloc[[3, 4, 5]].assign(
        district=["Thành phố Bảo Lộc", "Thành phố Phan Thiết", "Huyện Bắc Bình"],
        former_province=["Tỉnh Lâm Đồng", "Tỉnh Bình Thuận", ""],
        record_id=[f"{i:016x}" for i in range(50, 53)],
    )
    both = pd.concat([frame, extra], ignore_index=True)
    both.loc[both["year"] == 2024, "commune_current"] = [
        "Xã Đắk Mil",
        "Xã Cư Jút",
        "Xã Cư Jút",
        "Phường 1 Bảo Lộc",
        "Phường Phan Thiết",
        None,
    ]
    return both


@pytest.mark.parametrize(
    ("typed", "unit"),
    [("huyện cũ", "district"), ("Tỉnh cũ", "province"), ("province", "province")],
)
def test_the_unit_is_typed_in_vietnamese_or_english(typed, unit):
    assert parse_unit(typed) == unit


def test_a_wrong_unit_is_refused_in_vietnamese(tmp_path):
    (tmp_path / "analysis.toml").write_text(
        'province = "Lâm Đồng"\n[report]\nunit = "xã"\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="huyện cũ"):
        load_settings(root=tmp_path)
    assert load_settings(root=tmp_path, unit="tỉnh cũ").unit == "province"


def test_the_province_unit_compares_former_provinces():
    conferences = CONFERENCES.assign(former_province="Tỉnh Đắk Nông")
    data = ReportInput.upto(merged_frame(), conferences, 2024, unit="province")
    table = tables.participation(data.classified, data.conferences)
    units = set(table["district_short"])
    assert units == {"Đắk Nông", "Lâm Đồng", "Bình Thuận", UNKNOWN_PROVINCE}
    first = table[table["opinions"] > 0].groupby("district_short")["year"].min()
    assert first["Lâm Đồng"] == 2024 and first["Đắk Nông"] == 2023
    figure = figures.participation(table.assign(year=table["year"]))
    notes = " ".join(t.get_text() for t in figure.texts)
    assert "Chỉ có số liệu từ năm 2024" in notes and "Lâm Đồng" in notes
    assert "không phải 0 ý kiến" in notes


def test_the_district_unit_keeps_former_districts():
    data = ReportInput.upto(merged_frame(), CONFERENCES, 2024)
    assert "Thành phố Bảo Lộc" in set(data.classified["district"])


def test_this_year_by_commune_ranks_them_and_keeps_the_full_list(tmp_path):
    frame = merged_frame()
    table = tables.opinions_by_commune(frame, 2024)
    assert list(table["commune"])[:1] == ["Xã Cư Jút"]
    assert table.loc[0, "opinions"] == 2 and table.attrs["without_commune"] == 1
    assert table["opinions"].sum() == 5
    charts = {c.spec.key: c for c in build_charts(ReportInput.upto(frame, CONFERENCES, 2024))}
    assert charts["xa-phuong"].has_data
    assert not build_charts(ReportInput.upto(frame, CONFERENCES, 2023))[-1].has_data
    write_report(frame, CONFERENCES, 2024, tmp_path, "Lâm Đồng")
    book = openpyxl.load_workbook(tmp_path / "bang-so-lieu-2024.xlsx")
    sheet = next(s for s in book if "xã, phường" in s.title.lower())
    listed = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert {"Xã Cư Jút", "Phường 1 Bảo Lộc", "Phường Phan Thiết", "Xã Đắk Mil"} <= listed
    assert chart_by_key("xa-phuong").title == "Ý kiến theo xã, phường"


def test_conferences_of_unmapped_units_take_their_opinions_province(sample_project):
    conferences = pd.read_parquet(sample_project / "data" / "processed" / "conferences.parquet")
    assert (conferences["former_province"] != "").all()


def test_every_years_report_figures_match_the_sample_manifest(sample_project):
    """The sample project is the new Lâm Đồng: each year's report counts what the manifest plans."""
    from conftest import REPO

    from analysis.report.facts import year_facts

    manifest = pd.read_csv(REPO / "tests" / "data" / "sample_manifest.csv", dtype=str,
                           keep_default_na=False)  # fmt: skip
    processed = sample_project / "data" / "processed"
    classified = pd.read_parquet(processed / "classified.parquet")
    conferences = pd.read_parquet(processed / "conferences.parquet")
    kept = manifest[(manifest["expected"] == "kept") & (manifest["kind"] == "opinion")]
    planned = manifest[manifest["kind"] == "conference"]
    for year in range(2019, 2027):
        facts = year_facts(classified, conferences, year)
        assert facts.facts["opinions"].value == (kept["year"] == str(year)).sum(), year
        districts = kept.loc[kept["year"] == str(year), "district"].nunique()
        assert facts.facts["units"].value == districts, year
        listed = (planned["year"] == str(year)).sum()  # years whose export has a conference sheet
        assert not listed or facts.facts["conferences"].value == listed, year
    by_province = classified[classified["year"] == 2026].groupby("former_province").size()
    expected = kept[kept["year"] == "2026"].groupby("former_province").size()
    assert by_province.to_dict() == expected.to_dict()
