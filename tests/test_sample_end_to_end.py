"""Ingest of the shipped sample against its manifest: every data row accounted for exactly once."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import PROVINCE, REPO

from analysis.core.text import fold_key
from analysis.ingest.records import ingest

KEY = ["source_file", "source_sheet", "source_row"]
REJECT_CODES = {  # the manifest's expectation -> ingest's reason code
    "duplicate": "duplicate",
    "no_text": "no_text",
    "foreign_district": "other_province",
    "bad_date": "bad_date",
}


@pytest.fixture(scope="module")
def manifest() -> pd.DataFrame:
    frame = pd.read_csv(REPO / "tests" / "data" / "sample_manifest.csv", dtype=str,
                        keep_default_na=False)  # fmt: skip
    return frame.assign(source_row=frame["source_row"].astype(int))


@pytest.fixture(scope="module")
def result():
    return ingest(REPO / "data" / "raw", PROVINCE)


def keyed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index(KEY).sort_index()


def test_no_file_fails_and_every_row_is_accounted_once(manifest, result):
    assert result.failed_files == []
    sheet_conferences = result.conferences.merge(
        manifest[manifest["kind"] == "conference"][KEY], on=KEY, how="inner"
    )
    seen = pd.concat([result.opinions[KEY], sheet_conferences[KEY], result.rejects[KEY]])
    assert not seen.duplicated().any(), "a row was counted twice"
    assert set(map(tuple, seen.to_numpy())) == set(map(tuple, manifest[KEY].to_numpy()))


def test_kept_opinions_match_the_manifest(manifest, result):
    expected = keyed(manifest[(manifest["kind"] == "opinion") & (manifest["expected"] == "kept")])
    got = keyed(result.opinions)
    assert list(got.index) == list(expected.index)
    assert (got["district"] == expected["district"]).all()
    assert (got["year"].astype(str) == expected["year"]).all()
    dates = got["date"].dt.strftime("%Y-%m-%d").fillna("")
    assert (dates == expected["date"]).all()
    assert (got["text"].map(fold_key) == expected["text"].map(fold_key)).all()
    named = expected["commune"] != ""
    matched = got.loc[named, "commune"] == expected.loc[named, "commune"]
    # communes are matched "where they can be": a short VNI cell such as "Nghóa Trung" reads as
    # valid Unicode too and is left as typed (kept in commune_raw), never matched wrongly
    assert matched.mean() >= 0.99
    assert got.loc[named & ~matched.reindex(got.index, fill_value=True), "commune"].isna().all()
    assert got["is_synthetic"].all()


def test_rejected_rows_have_the_expected_reason(manifest, result):
    expected = keyed(manifest[manifest["expected"] != "kept"])
    got = keyed(result.rejects)
    assert list(got.index) == list(expected.index)
    for key, row in expected.iterrows():
        reason = got.loc[key, "reason"]
        assert got.loc[key, "reason_code"] == REJECT_CODES[row["expected"]], (key, reason)
        if row["expected"] == "duplicate":
            assert f"dòng {row['duplicate_of_row']}" in reason


def test_conferences(manifest, result):
    expected = keyed(manifest[manifest["kind"] == "conference"])
    got = keyed(result.conferences)
    listed = got.loc[got.index.intersection(expected.index)]
    assert len(listed) == len(expected)
    assert (listed["district"] == expected.loc[listed.index, "district"]).all()
    per_year = result.conferences.groupby("year").size()
    assert (per_year == 8).all(), per_year
    delegates_2020 = result.conferences.loc[result.conferences["year"] == 2020, "delegates"].sum()
    assert 1_300 <= delegates_2020 <= 1_700


def test_the_merged_province_reads_the_former_provinces_history(result):
    """Đắk Nông is now part of Lâm Đồng: its exports give the same records under either name."""
    merged = ingest(REPO / "data" / "raw", "Lâm Đồng")
    assert list(merged.opinions["record_id"]) == list(result.opinions["record_id"])
    assert list(merged.rejects["reason_code"]) == list(result.rejects["reason_code"])
