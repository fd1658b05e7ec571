"""Ingest of the shipped sample against its manifest: every data row accounted for exactly once.

The sample is the history of the new Lâm Đồng: the former Đắk Nông's exports of 2019-2025 and the
2026 exports of the communes of all three former provinces. With the former province "Đắk Nông"
the same files give 2019-2025 unchanged and only the former Đắk Nông's 2026 rows.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import REPO

from analysis.core.text import fold_key
from analysis.ingest.gazetteer import load_gazetteer
from analysis.ingest.records import ingest

KEY = ["source_file", "source_sheet", "source_row"]
CURRENT = "Lâm Đồng"  # the merged province the sample belongs to since 1 July 2025
FORMER = "Đắk Nông"  # the former province of the 2019-2025 exports
MERGED_YEAR = "2026"
REJECT_CODES = {  # the manifest's expectation -> ingest's reason code
    "duplicate": "duplicate",
    "no_text": "no_text",
    "foreign_district": "other_province",
    "foreign_commune": "bad_district",  # a commune name alone does not say its province
    "bad_date": "bad_date",
}


@pytest.fixture(scope="module")
def manifest() -> pd.DataFrame:
    frame = pd.read_csv(REPO / "tests" / "data" / "sample_manifest.csv", dtype=str,
                        keep_default_na=False)  # fmt: skip
    return frame.assign(source_row=frame["source_row"].astype(int))


@pytest.fixture(scope="module")
def planted() -> dict:
    """The planted truth: recurring chains, the emerging topic, hard negatives."""
    path = REPO / "tests" / "data" / "sample_planted.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def result():
    return ingest(REPO / "data" / "raw", CURRENT)


@pytest.fixture(scope="module")
def former(result):
    return ingest(REPO / "data" / "raw", FORMER)


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


def test_2026_rows_name_the_new_commune_and_the_former_district(manifest, result):
    """After the reform every kept row has its new commune, old names typed included."""
    merged = manifest[(manifest["year"] == MERGED_YEAR) & (manifest["expected"] == "kept")]
    expected = keyed(merged[merged["kind"] == "opinion"])
    got = keyed(result.opinions).loc[expected.index]
    assert (got["commune"] == expected["commune"]).all()
    assert (got["district"] == expected["district"]).all()
    unmapped = expected["district"].str.startswith("Chưa xác định huyện cũ")
    assert unmapped.sum() >= 5 and (~unmapped).sum() >= 150
    assert set(expected["former_province"]) == {"Tỉnh Đắk Nông", "Tỉnh Lâm Đồng", "Tỉnh Bình Thuận"}


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
    planned = manifest[manifest["kind"] == "conference"].groupby("year").size()
    assert (per_year.drop(int(MERGED_YEAR)) == 8).all(), per_year
    assert per_year[int(MERGED_YEAR)] == planned[MERGED_YEAR] >= 24
    delegates_2020 = result.conferences.loc[result.conferences["year"] == 2020, "delegates"].sum()
    assert 1_300 <= delegates_2020 <= 1_700


def test_the_former_province_keeps_its_history(manifest, result, former):
    """'Đắk Nông' gives the same 2019-2025 records as the merged province, and in 2026 only
    the rows of its own former area: the others name communes it never had."""
    assert former.failed_files == []
    before = {
        "opinions": (result.opinions, former.opinions),
        "rejects": (result.rejects, former.rejects),
    }
    for name, (merged, own) in before.items():
        merged, own = (f[f["source_file"].str[:4] != MERGED_YEAR] for f in (merged, own))
        columns = ["record_id"] if name == "opinions" else [*KEY, "reason_code"]
        assert merged[columns].equals(own[columns]), name

    rows = keyed(manifest[manifest["year"] == MERGED_YEAR])
    mine = rows["former_province"] == "Tỉnh Đắk Nông"
    opinions = keyed(former.opinions[former.opinions["year"] == int(MERGED_YEAR)])
    expected_kept = rows[mine & (rows["expected"] == "kept") & (rows["kind"] == "opinion")]
    assert list(opinions.index) == list(expected_kept.index)
    assert (opinions["district"] == expected_kept["district"]).all()
    assert (opinions["commune"] == expected_kept["commune"]).all()
    conferences = former.conferences[former.conferences["year"] == int(MERGED_YEAR)]
    assert len(conferences) == (mine & (rows["kind"] == "conference")).sum()

    rejects = keyed(former.rejects)
    for key, row in rows[rows["expected"] != "kept"].iterrows():
        code = REJECT_CODES[row["expected"]]
        if row["former_province"] != "Tỉnh Đắk Nông" and code not in ("no_text", "bad_date"):
            code = "bad_district"  # a commune of the former Lâm Đồng or Bình Thuận
        assert rejects.loc[key, "reason_code"] == code, key
    others = rows[~mine & (rows["expected"] == "kept")].index
    assert (rejects.loc[others, "reason_code"] == "bad_district").all()
    assert len(others) >= 150


def test_every_opinion_carries_its_former_province_and_current_commune(manifest, result):
    expected = keyed(manifest[(manifest["kind"] == "opinion") & (manifest["expected"] == "kept")])
    got = keyed(result.opinions)
    assert (got["former_province"] == expected["former_province"]).all()
    after = got["year"] == int(MERGED_YEAR)
    assert (got.loc[after, "commune_current"] == got.loc[after, "commune"]).all()
    before = got[~after & got["commune"].notna()]
    now = before["commune_current"].dropna()
    assert len(now) >= 0.9 * len(before)  # a commune split between several is not guessed
    gazetteer_names = {
        name for names in load_gazetteer(CURRENT).new_communes.values() for name in names
    }
    assert set(now) <= gazetteer_names
    changed = before.dropna(subset=["commune_current"])
    assert (changed["commune"] != changed["commune_current"]).any()  # merged communes moved on


def planted_members(planted: dict) -> list[dict]:
    """Every planted opinion of the truth file, whatever its story."""
    groups = ("chains", "emerging", "negatives")
    return [m for group in groups for story in planted[group].values() for m in story["members"]]


def test_planted_opinions_are_kept_where_the_truth_says_with_their_answer(planted, result):
    """Each planted opinion, whatever its file's encoding and typed with or without diacritics,
    is kept, in the commune of today's map its truth names, with its answer."""
    got = keyed(result.opinions)
    members = planted_members(planted)
    assert len(members) >= 50
    for member in members:
        row = got.loc[(member["source_file"], member["source_sheet"], member["source_row"])]
        assert row["commune_current"] == member["commune_current"], member
        assert row["district"] == member["district"], member
        assert row["response_timing"] == member["response_timing"], member
        assert fold_key(row["response"] or "") == fold_key(member["response"]), member


def test_each_chain_is_one_current_commune_over_its_years(planted, result):
    got = keyed(result.opinions)
    for key, chain in planted["chains"].items():
        where = [(m["source_file"], m["source_sheet"], m["source_row"]) for m in chain["members"]]
        rows = got.loc[where]
        assert set(rows["commune_current"]) == {chain["commune_current"]}, key
        assert sorted(rows["year"]) == chain["years"], key
        assert rows.index.get_level_values("source_file").nunique() == len(where), key
