"""The synthetic sample exports: deterministic, and every kind of mess is really in the files."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from analysis.core.legacy_encoding import unicode_to_tcvn3, unicode_to_vni
from analysis.core.reform import UNMAPPED_DISTRICT
from analysis.core.underthesea_data import address_mapping
from analysis.core.vocabulary import stances, themes
from tools.sample.exports import SAMPLE_MARK, old_style_tones, strip_diacritics, to_cp1258
from tools.sample.generate import (
    MANIFEST_COLUMNS,
    PLANTED_NAME,
    YEARS,
    generate_sample,
    load_units,
)
from tools.sample.planted import Member, promise_flags
from tools.sample.tables import SITUATIONS

Grid = dict[str, dict[int, list[object]]]
DELIMITED = {".csv": None, ".txt": "\t"}
MERGED_YEAR = "2026"  # the first year of the new Lâm Đồng (Lâm Đồng, Đắk Nông, Bình Thuận)
AREAS = {"Tỉnh Đắk Nông", "Tỉnh Lâm Đồng", "Tỉnh Bình Thuận"}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two generations into separate folders."""
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    for folder in (first, second):
        generate_sample(folder / "raw", folder / "manifest.csv")
    return first, second


@pytest.fixture(scope="module")
def raw(runs: tuple[Path, Path]) -> Path:
    """The raw folder of the first generation."""
    return runs[0] / "raw"


@pytest.fixture(scope="module")
def manifest(runs: tuple[Path, Path]) -> list[dict[str, str]]:
    """The manifest records of the first generation."""
    with open(runs[0] / "manifest.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def planted(runs: tuple[Path, Path]) -> dict:
    """The planted truth of the first generation (chains, emerging topics, hard negatives)."""
    return json.loads((runs[0] / PLANTED_NAME).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def grids(raw: Path) -> dict[str, Grid]:
    """Every data file's cells by sheet and by the row number a person would see."""
    return {_relative(path, raw): read_grid(path) for path in data_files(raw)}


@pytest.fixture(scope="module")
def cells(grids: dict[str, Grid]) -> set[str]:
    """Every non-empty text cell of the sample, NFC-normalised."""
    return {
        unicodedata.normalize("NFC", value)
        for grid in grids.values()
        for sheet in grid.values()
        for row in sheet.values()
        for value in row
        if isinstance(value, str) and value
    }


def _relative(path: Path, root: Path) -> str:
    """`path` relative to `root`, with forward slashes."""
    return path.relative_to(root).as_posix()


def data_files(raw: Path) -> list[Path]:
    """The exports under the raw folder (everything but the README)."""
    return sorted(p for p in raw.rglob("*") if p.is_file() and p.suffix != ".md")


def read_grid(path: Path) -> Grid:
    """Cells of a workbook (sheet -> row number -> values) or of a csv/txt file (sheet '')."""
    if path.suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return {
            ws.title: {i: list(r) for i, r in enumerate(ws.iter_rows(values_only=True), 1)}
            for ws in book.worksheets
        }
    text = decode(path.read_bytes())
    delimiter = DELIMITED[path.suffix] or (";" if text.count(";") > text.count(",") else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    grid: dict[int, list[object]] = {}
    line = 1
    for record in reader:
        grid[line] = list(record)
        line = reader.line_num + 1
    return {"": grid}


def decode(data: bytes) -> str:
    """Text of a csv/txt export: UTF-16 or UTF-8 by BOM, else Windows-1258."""
    if data.startswith(codecs.BOM_UTF16_LE):
        return data[2:].decode("utf-16-le")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8")
    return data.decode("cp1258")


def squeeze(value: object) -> str:
    """NFC text without any white space, for comparing cells with the manifest."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", str(value or "")))


def typed_forms(text: str) -> set[str]:
    """Every way the sample may have typed `text`: legacy encodings, old tones, no diacritics."""
    shapes = {text, old_style_tones(text), strip_diacritics(text)}
    encoders = (
        lambda s: s,
        unicode_to_tcvn3,
        unicode_to_vni,
        lambda s: to_cp1258(s).decode("cp1258"),
    )
    return {squeeze(encode(shape)) for shape in shapes for encode in encoders}


def appears(label: str, cells: set[str]) -> bool:
    """True when a cell holds `label` as typed in any of the sample's encodings."""
    return bool({squeeze(c) for c in cells} & typed_forms(label)) or label in cells


# ---------------------------------------------------------------- determinism


def test_manifest_and_text_files_are_byte_identical(runs: tuple[Path, Path]) -> None:
    first, second = runs
    assert (first / "manifest.csv").read_bytes() == (second / "manifest.csv").read_bytes()
    assert (first / PLANTED_NAME).read_bytes() == (second / PLANTED_NAME).read_bytes()
    for path in data_files(first / "raw"):
        if path.suffix in DELIMITED:
            assert (
                path.read_bytes() == (second / "raw" / path.relative_to(first / "raw")).read_bytes()
            )


def test_workbooks_have_identical_cells(runs: tuple[Path, Path]) -> None:
    first, second = runs
    for path in data_files(first / "raw"):
        if path.suffix == ".xlsx":
            assert read_grid(path) == read_grid(second / "raw" / path.relative_to(first / "raw"))


# ---------------------------------------------------------------- manifest


def test_manifest_columns_and_statuses(manifest: list[dict[str, str]]) -> None:
    assert tuple(manifest[0]) == MANIFEST_COLUMNS
    assert {r["kind"] for r in manifest} == {"opinion", "conference"}
    expected = Counter(r["expected"] for r in manifest)
    assert set(expected) == {
        "kept",
        "duplicate",
        "no_text",
        "foreign_district",
        "foreign_commune",
        "bad_date",
    }
    assert {int(r["year"]) for r in manifest} == set(YEARS) == set(range(2019, 2027))
    assert all(r["text"] == unicodedata.normalize("NFC", r["text"]) for r in manifest)


def test_manifest_names_official_districts_and_communes(manifest: list[dict[str, str]]) -> None:
    units = {u.name: u for u in load_units()}
    for record in manifest:
        if record["expected"].startswith("foreign_"):
            assert record["district"] == "Huyện Krông Pắc"
            assert record["former_province"] == "Tỉnh Đắk Lắk"
            continue
        if record["year"] == MERGED_YEAR:
            continue  # see test_2026_names_new_communes_and_their_former_districts
        assert record["former_province"] == "Tỉnh Đắk Nông"
        unit = units[record["district"]]
        if record["commune"] and record["date"]:
            assert record["commune"] in unit.communes_on(dt.date.fromisoformat(record["date"]))


def test_opinions_per_year(manifest: list[dict[str, str]]) -> None:
    per_year = Counter(r["year"] for r in manifest if r["kind"] == "opinion")
    assert all(150 <= per_year[str(y)] <= 250 for y in YEARS if y < 2026), per_year
    assert 180 <= per_year[MERGED_YEAR] <= 280, per_year  # 22 planted opinions included
    conferences = Counter((r["year"], r["district"]) for r in manifest if r["kind"] == "opinion")
    assert sum(1 for (year, _), n in conferences.items() if year == "2019" and n >= 10) == 8


def test_2025_names_old_and_new_communes(manifest: list[dict[str, str]]) -> None:
    dates = {r["date"] for r in manifest if r["year"] == "2025" and r["date"]}
    assert min(dates) < "2025-07-01" < max(dates)
    new = {c for u in load_units() for c in u.new_communes} - {
        c for u in load_units() for c in u.old_communes
    }
    assert any(r["commune"] in new for r in manifest if r["year"] == "2025")


def test_rows_point_at_their_text(manifest: list[dict[str, str]], grids: dict[str, Grid]) -> None:
    for record in manifest:
        row = grids[record["source_file"]][record["source_sheet"]][int(record["source_row"])]
        squeezed = {squeeze(c) for c in row}
        if record["kind"] == "conference":
            low = 60 if record["year"] == MERGED_YEAR else 120  # commune conferences are smaller
            assert any(isinstance(c, int) and low <= c <= 260 for c in row), record
        elif record["expected"] == "no_text":
            assert str(row[0]).strip().isdigit() and sum(1 for c in row if c) <= 5, row
        else:
            assert squeezed & typed_forms(record["text"]), (record, row)


def test_duplicates_point_at_kept_copies(manifest: list[dict[str, str]]) -> None:
    where = {(r["source_file"], r["source_sheet"], r["source_row"]): r for r in manifest}
    duplicates = [r for r in manifest if r["expected"] == "duplicate"]
    opinions = [r for r in manifest if r["kind"] == "opinion"]
    assert 0.012 <= len(duplicates) / len(opinions) <= 0.03
    for record in duplicates:
        original = where[
            (record["source_file"], record["source_sheet"], record["duplicate_of_row"])
        ]
        assert original["expected"] == "kept" and original["text"] == record["text"]


def test_duplicates_differ_only_after_normalising(
    manifest: list[dict[str, str]], grids: dict[str, Grid]
) -> None:
    kinds = set()
    for record in (r for r in manifest if r["expected"] == "duplicate"):
        sheet = grids[record["source_file"]][record["source_sheet"]]
        copy, original = sheet[int(record["source_row"])], sheet[int(record["duplicate_of_row"])]
        texts = [(a, b) for a, b in zip(copy[1:], original[1:], strict=True) if a != b]
        if not texts:
            kinds.add("exact" if copy[0] == original[0] else "renumbered")
        elif all(unicodedata.normalize("NFC", str(a)) == str(b) for a, b in texts):
            kinds.add("nfd")
        elif all(unicodedata.normalize("NFC", str(b)) == str(a) for a, b in texts):
            kinds.add("nfc")
        elif all(" ".join(str(a).split()) == " ".join(str(b).split()) for a, b in texts):
            kinds.add("spaces")
        else:
            kinds.add("renumbered")
    assert {"exact", "nfd", "nfc", "spaces", "renumbered"} <= kinds


# ---------------------------------------------------------------- formats and layouts


def test_file_formats(raw: Path) -> None:
    blobs = {p.suffix + ":" + p.parent.name: p.read_bytes() for p in data_files(raw)}
    csvs = [b for k, b in blobs.items() if k.startswith(".csv")]
    assert any(b.startswith(codecs.BOM_UTF8) and b"," in b for b in csvs)
    cp1258 = [b for b in csvs if not b.startswith(codecs.BOM_UTF8)]
    assert cp1258 and b";" in cp1258[0] and b"\xec" in cp1258[0]  # decomposed acute tone
    with pytest.raises(UnicodeDecodeError):
        cp1258[0].decode("utf-8")
    text = next(b for k, b in blobs.items() if k.startswith(".txt"))
    assert text.startswith(codecs.BOM_UTF16_LE) and "\t".encode("utf-16-le") in text
    assert "\r\n".encode("utf-16-le") in text
    assert sum(k.startswith(".xlsx") for k in blobs) >= 3


def test_every_file_says_it_is_synthetic(raw: Path, grids: dict[str, Grid]) -> None:
    readme = (raw / "README.md").read_text(encoding="utf-8")
    assert "Dữ liệu mẫu tổng hợp, không phải số liệu thật".lower() in readme.lower()
    assert "synthetic" in readme.lower()
    for name, grid in grids.items():
        for sheet, rows in grid.items():
            if rows and any(any(r) for r in rows.values()):
                top = [
                    unicodedata.normalize("NFC", str(c))
                    for r in list(rows.values())[:5]
                    for c in r
                    if c
                ]
                assert any(SAMPLE_MARK in c for c in top), (name, sheet)


def _header_row(rows: dict[int, list[object]]) -> int:
    """The row number of a table's header (the first row starting with STT or TT)."""
    return next(i for i, r in rows.items() if r and str(r[0]).strip() in ("STT", "TT"))


def test_workbook_layouts(
    raw: Path, grids: dict[str, Grid], manifest: list[dict[str, str]]
) -> None:
    books = {k: g for k, g in grids.items() if k.endswith(".xlsx")}
    tables = [rows for g in books.values() for rows in g.values() if rows and any(rows.values())]
    titles = [sum(1 for i in range(1, _header_row(r)) if any(r[i])) for r in tables]
    assert min(titles) >= 2 and max(titles) <= 4
    assert any(r[_header_row(r) + 1][:3] == ["(1)", "(2)", "(3)"] for r in tables)
    assert any(
        g for g in books.values() for rows in g.values() if not any(any(r) for r in rows.values())
    )
    assert any("Hội nghị" in g for g in books.values())
    flat = {str(c) for rows in tables for r in rows.values() for c in r if c}
    assert appears("NGƯỜI LẬP BIỂU", flat) and appears("(Ký, ghi rõ họ tên)", flat)
    assert any(re.fullmatch(r"Tổng cộng: \d+ ý kiến", c) for c in flat)
    merged = [
        m
        for path in data_files(raw)
        if path.suffix == ".xlsx"
        for ws in openpyxl.load_workbook(path).worksheets
        for m in ws.merged_cells.ranges
        if m.min_row < m.max_row
    ]
    assert merged
    sheets = Counter(
        (r["source_file"], r["source_sheet"]) for r in manifest if r["kind"] == "opinion"
    )
    per_file = Counter(f for f, _ in sheets)
    assert max(per_file.values()) >= 8 and min(per_file.values()) == 1
    conference_files = {r["source_file"] for r in manifest if r["kind"] == "conference"}
    assert len(conference_files) >= 2


def test_legacy_encodings_and_fonts(raw: Path) -> None:
    fonts = set()
    for path in data_files(raw):
        if path.suffix == ".xlsx":
            for ws in openpyxl.load_workbook(path).worksheets:
                fonts |= {c.font.name for row in ws.iter_rows() for c in row if c.value}
    assert {".VnTime", "VNI-Times"} <= fonts


def test_header_variants(cells: set[str]) -> None:
    headers = [
        "Đơn vị",
        "Địa bàn",
        "Công an huyện",
        "Nội dung ý kiến",
        "Ý kiến",
        "Nội dung phản ánh, kiến nghị",
        "Ngày hội nghị",
        "Thời gian",
        "Người phát biểu",
        "Họ và tên đại biểu",
        "Thành phần",
        "Đối tượng",
        "Xã, phường",
        "Địa chỉ",
        "Kết quả trả lời",
        "Nội dung trả lời, tiếp thu",
        "Hình thức trả lời",
        "STT",
        "TT",
        "Ghi chú",
    ]
    assert [h for h in headers if not appears(h, cells)] == []


def test_district_spellings(cells: set[str]) -> None:
    spellings = [
        "Thành phố Gia Nghĩa",
        "TP Gia Nghĩa",
        "TX Gia Nghĩa",
        "H. Đắk Mil",
        "Dak Mil",
        "Đăk Mil",
        "huyện Krông Nô",
        "Công an huyện Cư Jút",
        "CA huyện Tuy Đức",
        "Đắk Rlấp",
        "Dak R'Lap",
        "Huyện Krông Pắc",
    ]
    assert [s for s in spellings if not appears(s, cells)] == []


def test_date_variants(raw: Path, cells: set[str], manifest: list[dict[str, str]]) -> None:
    excel_dates = [
        c.value
        for path in data_files(raw)
        if path.suffix == ".xlsx"
        for ws in openpyxl.load_workbook(path).worksheets
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, dt.datetime)
    ]
    assert excel_dates
    assert any(re.fullmatch(r"\d{1,2}/\d{1,2}/20\d\d", c) and not c.startswith("0") for c in cells)
    padded = [c for c in cells if re.fullmatch(r"0\d/(0\d|1[0-2])/20\d\d", c)]
    assert any(c[:2] != c[3:5] for c in padded)  # day-first and ambiguous, e.g. 03/04/2025
    assert any(re.fullmatch(r"20\d\d-\d\d-\d\d", c) for c in cells)
    assert any(re.fullmatch(r"ngày \d{1,2} tháng \d{1,2} năm 20\d\d", c) for c in cells)
    bad_dates = Counter(r["year"] for r in manifest if r["expected"] == "bad_date")
    assert bad_dates == {"2021": 1, MERGED_YEAR: 1}


def test_text_mess(cells: set[str], manifest: list[dict[str, str]], grids: dict[str, Grid]) -> None:
    assert any(c != unicodedata.normalize("NFC", c) for g in grids.values() for c in _strings(g))
    assert any(re.search(r"\b(hoà|thuỷ|khoẻ|uỷ|Uỷ|Hoà)\b", c) for c in cells)
    assert sum("\n" in c for c in cells) >= 3
    opinions = [r for r in manifest if r["kind"] == "opinion" and r["text"]]
    bare = 0
    for record in opinions:
        row = grids[record["source_file"]][record["source_sheet"]][int(record["source_row"])]
        target = squeeze(strip_diacritics(record["text"]))
        bare += target != squeeze(record["text"]) and target in {squeeze(c) for c in row}
    assert 0.03 <= bare / len(opinions) <= 0.08


def _strings(grid: Grid) -> list[str]:
    """Every text cell of a grid, as stored."""
    return [c for rows in grid.values() for r in rows.values() for c in r if isinstance(c, str)]


def test_2020_delegates(grids: dict[str, Grid]) -> None:
    book = next(g for k, g in grids.items() if k.startswith("2020/"))
    sheet = next(rows for rows in book.values() if len(rows) < 20 and any(rows.values()))
    delegates = [c for r in sheet.values() for c in r if isinstance(c, int) and c > 100]
    assert len(delegates) == 8 and all(120 <= d <= 260 for d in delegates)
    assert 1450 <= sum(delegates) <= 1550


def test_committed_sample_is_current(runs: tuple[Path, Path]) -> None:
    """data/raw and the manifest in the repository are what the generator writes today."""
    root = Path(__file__).resolve().parents[1]
    fresh = runs[0]
    assert (root / "tests" / "data" / "sample_manifest.csv").read_bytes() == (
        fresh / "manifest.csv"
    ).read_bytes(), "regenerate the sample (see data/raw/README.md)"
    assert (root / "tests" / "data" / PLANTED_NAME).read_bytes() == (
        fresh / PLANTED_NAME
    ).read_bytes(), "regenerate the sample (see data/raw/README.md)"
    for path in data_files(fresh / "raw"):
        committed = root / "data" / "raw" / path.relative_to(fresh / "raw")
        if path.suffix == ".xlsx":
            assert read_grid(committed) == read_grid(path), committed
        else:
            assert committed.read_bytes() == path.read_bytes(), committed


# ---------------------------------------------------------------- 2026: the new Lâm Đồng


def _merged_rows(manifest: list[dict[str, str]]) -> list[dict[str, str]]:
    """The manifest rows of 2026."""
    return [r for r in manifest if r["year"] == MERGED_YEAR]


def test_2026_conferences_of_commune_police_in_all_three_areas(
    manifest: list[dict[str, str]],
) -> None:
    rows = _merged_rows(manifest)
    conferences = [r for r in rows if r["kind"] == "conference"]
    assert 24 <= len(conferences) <= 30
    assert len({r["date"] for r in conferences}) == len(conferences)
    assert all("2026-01-01" <= r["date"] <= "2026-12-31" for r in conferences)
    opinions = [r for r in rows if r["kind"] == "opinion" and r["expected"] == "kept"]
    per_area = Counter(r["former_province"] for r in opinions)
    assert set(per_area) == AREAS and min(per_area.values()) >= 50, per_area
    for area in AREAS:
        mine = [r for r in opinions if r["former_province"] == area]
        assert len({r["theme"] for r in mine}) == 7, area
        assert len({r["stance"] for r in mine}) == 3, area
    assert {r["theme"] for r in opinions} >= {"quan_ly_hanh_chinh", "xay_dung_luc_luong"}
    topics = ("VNeID", "hai cấp", "trụ sở Công an", "lừa đảo")
    assert all(any(t in r["text"] for r in opinions) for t in topics)


def test_2026_names_new_communes_and_their_former_districts(
    manifest: list[dict[str, str]],
) -> None:
    records = address_mapping()["ward_mapping"]
    former: dict[str, set[tuple[str, str]]] = {}
    for record in records:
        if record["old_province"] in AREAS:
            pair = (record["old_province"], record["old_district"])
            former.setdefault(record["new_ward"], set()).add(pair)
    unmapped = 0
    for record in _merged_rows(manifest):
        if record["expected"] == "foreign_commune" or not record["commune"]:
            continue
        provinces = {p for p, _ in former[record["commune"]]}
        districts = {d for _, d in former[record["commune"]]}
        assert provinces == {record["former_province"]}, record
        if len(districts) == 1:
            assert record["district"] == districts.pop(), record
        else:
            assert record["district"] == UNMAPPED_DISTRICT, record
            unmapped += 1
    assert unmapped >= 5


def test_2026_export_mess(
    raw: Path, grids: dict[str, Grid], manifest: list[dict[str, str]]
) -> None:
    (name,) = [k for k in grids if k.startswith(f"{MERGED_YEAR}/")]
    book = grids[name]
    opinion_sheets = {r["source_sheet"] for r in _merged_rows(manifest) if r["kind"] == "opinion"}
    assert len(opinion_sheets) == 3 and "Hội nghị" in book
    fonts = {
        ws.title: {c.font.name for row in ws.iter_rows() for c in row if c.value}
        for ws in openpyxl.load_workbook(raw / name).worksheets
    }
    assert sum(".VnTime" in f for f in fonts.values()) == 1
    cells = {
        unicodedata.normalize("NFC", str(c))
        for rows in book.values()
        for row in rows.values()
        for c in row
        if isinstance(c, str)
    }
    units = [c for c in cells if re.match(r"(Công an|CA) (xã|phường) ", c)]
    assert any(c.startswith("CA phường") for c in units) and any(
        c.startswith("Công an xã") for c in units
    )
    assert any(re.match(r"(Xã|xã|Phường|phường) \w", c) for c in cells)
    dashed = {r["commune"] for r in _merged_rows(manifest) if " - " in r["commune"]}
    assert dashed  # "Phường Xuân Hương - Đà Lạt": a new name with a dash of its own
    assert any(re.search(r"ngày \d{1,2} tháng \d{1,2} năm 2026", c) for c in cells)  # in a title
    assert any(re.fullmatch(r"\d{1,2}/\d{1,2}/2026", c) for c in cells)  # text dates
    assert any(c == strip_diacritics(c) and re.match(r"(Cong an|CA|xa|Xa) ", c) for c in cells)
    old_names = {
        r["old_ward"]
        for r in address_mapping()["ward_mapping"]
        if r["old_province"] in AREAS and r["old_ward"] != r["new_ward"]
    } - {r["new_ward"] for r in address_mapping()["ward_mapping"]}
    addresses = {c.split(", ")[-1].lower() for c in cells if ", " in c}
    typed_old = {n for n in old_names if n.lower() in addresses}
    assert len(typed_old) >= 10  # people keep typing the communes that no longer exist
    merged = [
        m
        for ws in openpyxl.load_workbook(raw / name).worksheets
        for m in ws.merged_cells.ranges
        if m.min_row < m.max_row
    ]
    assert len(merged) >= 8


# ---------------------------------------------------------------- planted truth (issue #13)

PLANTED = "planted_"
GROUPS = ("chains", "emerging", "negatives")
DAK_NONG = "Tỉnh Đắk Nông"


def _planted_members(planted: dict) -> list[tuple[str, str, dict, dict]]:
    """(group, key, story, member) of every planted opinion."""
    return [
        (group, key, story, member)
        for group in GROUPS
        for key, story in planted[group].items()
        for member in story["members"]
    ]


def _where(record: dict) -> tuple[str, str, str]:
    """The manifest key of a row (or of a planted member)."""
    return record["source_file"], record["source_sheet"], str(record["source_row"])


def _folded(text: str) -> str:
    """The words of a text in lower case without diacritics, one space apart and around."""
    return " " + " ".join(re.findall(r"\w+", strip_diacritics(text).lower())) + " "


def _words(text: str) -> set[str]:
    """The folded words of a text."""
    return set(_folded(text).split())


def test_every_opinion_names_its_situation(manifest: list[dict[str, str]]) -> None:
    generic = {theme: {s.key for s in items} for theme, items in SITUATIONS.items()}
    for record in manifest:
        if record["kind"] == "conference" or not record["text"]:
            assert record["situation"] == record["chain"] == record["emerging"] == "", record
        elif record["situation"].startswith(PLANTED):
            assert record["expected"] == "kept", record
        else:
            assert record["situation"] in generic[record["theme"]], record
            assert record["chain"] == record["chain_role"] == record["emerging"] == "", record


def test_planted_truth_agrees_with_the_manifest(
    manifest: list[dict[str, str]], planted: dict
) -> None:
    rows = {_where(r): r for r in manifest}
    members = _planted_members(planted)
    planted_rows = {_where(r) for r in manifest if r["situation"].startswith(PLANTED)}
    assert planted_rows == {_where(m) for _, _, _, m in members}
    for group, key, story, member in members:
        row = rows[_where(member)]
        assert row["kind"] == "opinion" and row["expected"] == "kept", row
        assert row["situation"] == story["situation"] and row["theme"] == story["theme"]
        assert (row["year"], row["commune"]) == (str(member["year"]), member["commune"])
        assert row["stance"] == member["stance"] in set(stances()) and row["theme"] in themes()
        assert row["chain"] == (key if group == "chains" else "")
        assert row["chain_role"] == member.get("role", "")
        assert row["emerging"] == (key if group == "emerging" else "")
        assert bool(member["response"]) == (member["response_timing"] != "chua_tra_loi")


def test_planted_chains(planted: dict) -> None:
    chains = planted["chains"]
    assert 12 <= len(chains) <= 16
    for key, chain in chains.items():
        years = [m["year"] for m in chain["members"]]
        assert 2 <= len(years) <= 4 and years == sorted(set(years)) == chain["years"], key
        assert years[0] >= 2022 and years[-1] <= 2026, key
        assert {m["commune_current"] for m in chain["members"]} == {chain["commune_current"]}
        assert chain["former_province"] == DAK_NONG
        roles = [m["role"] for m in chain["members"]]
        assert roles[:-1] == ["raised"] * (len(roles) - 1) and roles[-1] in ("raised", "solved")
    members = [m for chain in chains.values() for m in chain["members"]]
    renamed = {m["commune"] for m in members} - {c["commune_current"] for c in chains.values()}
    assert len(renamed) >= 8  # communes that merged into today's on 1 July 2025
    assert {"csv cp1258", "txt utf-16 old_tones", "xlsx"} <= {m["encoding"] for m in members}
    bare = [m for m in members if m["typed"] == "bare"]
    assert len(bare) >= 5 and len({m["year"] for m in bare}) >= 4
    assert any(m["typed"] == "nfd" for m in members)
    flags = [chain["promised_unsolved"] for chain in chains.values()]
    assert 5 <= sum(flags) <= len(flags) - 4
    solved = [c for c in chains.values() if c["solved"]]
    assert 1 <= len(solved) <= 2
    assert all(c["members"][-1]["stance"] == "khen_ngoi" for c in solved)
    assert all(c["came_back_after_promise"] and not c["promised_unsolved"] for c in solved)


def test_chain_members_are_reworded(manifest: list[dict[str, str]], planted: dict) -> None:
    rows = {_where(r): r for r in manifest}
    for key, chain in planted["chains"].items():
        texts = [rows[_where(m)]["text"] for m in chain["members"]]
        assert len({t[:25] for t in texts}) == len(texts), key  # different openings
        for first, second in itertools.combinations(texts, 2):
            shared = _words(first) & _words(second)
            assert len(shared) / len(_words(first) | _words(second)) < 0.6, (key, first)


def test_planted_rows_are_typed_as_the_truth_says(
    manifest: list[dict[str, str]], planted: dict, grids: dict[str, Grid]
) -> None:
    rows = {_where(r): r for r in manifest}
    for _, _, _, member in _planted_members(planted):
        cells = grids[member["source_file"]][member["source_sheet"]][member["source_row"]]
        text = rows[_where(member)]["text"]
        bare = squeeze(strip_diacritics(text))
        if member["typed"] == "bare":
            assert bare != squeeze(text) and bare in {squeeze(c) for c in cells}, member
        elif member["typed"] == "nfd":
            assert any(isinstance(c, str) and c != unicodedata.normalize("NFC", c) for c in cells)
        else:
            assert bare not in {squeeze(c) for c in cells}, member


def test_planted_emerging_topic(manifest: list[dict[str, str]], planted: dict) -> None:
    """New in its year: its key terms in every member, hardly ever in any other opinion."""
    (topic,) = planted["emerging"].values()
    year, terms = topic["year"], [_folded(t) for t in topic["terms"]]
    assert year == 2026 and 1 <= len(terms) <= 3 and topic["areas"] == [DAK_NONG]
    assert 10 <= topic["counts"][str(year)] <= 15 and sum(topic["counts"].values()) <= 15
    mine = [m for m in topic["members"] if m["year"] == year]
    assert len({m["commune_current"] for m in mine}) >= 6
    assert len({m["stance"] for m in mine}) == 3
    rows = {_where(r): r for r in manifest}
    texts = [_folded(rows[_where(m)]["text"]) for m in topic["members"]]
    assert all(terms[0] in t for t in texts)
    assert all(sum(term in t for t in texts) >= 5 for term in terms)
    others = [_folded(r["text"]) for r in manifest if r["text"] and not r["emerging"]]
    assert all(sum(term in t for t in others) <= 1 for term in terms)  # 'livestream' once, 2025
    area = [r for r in manifest if r["year"] == str(year) and r["former_province"] == DAK_NONG]
    area = [r for r in area if r["kind"] == "opinion" and r["expected"] == "kept"]
    assert len(mine) / len(area) >= 0.1


def test_planted_hard_negatives(planted: dict) -> None:
    chains, negatives = planted["chains"], planted["negatives"]
    kinds = {n["kind"] for n in negatives.values()}
    assert kinds == {
        "same_kind_other_commune",
        "other_problem_same_commune",
        "same_problem_same_year",
    }
    situations = [s["situation"] for group in GROUPS for s in planted[group].values()]
    assert len(situations) == len(set(situations))
    for key, negative in negatives.items():
        places = {m["commune_current"] for m in negative["members"]}
        years = {m["year"] for m in negative["members"]}
        assert places == {negative["commune_current"]}, key
        if negative["kind"] == "same_problem_same_year":
            assert len(negative["members"]) >= 2 and len(years) == 1, key
            continue
        like = chains[negative["like"]]
        if negative["kind"] == "same_kind_other_commune":
            assert negative["commune_current"] != like["commune_current"], key
        else:
            assert negative["commune_current"] == like["commune_current"], key
            assert not years & set(like["years"]), key  # in a year the chain skips
    assert any(m["encoding"] == "xlsx tcvn3" for n in negatives.values() for m in n["members"])


def test_promise_flags() -> None:
    def member(answer: str, role: str = "raised") -> Member:
        return Member(2022, "Xã A", "thôn 1", "Người dân", "phe_binh", "…", "", "", answer, role)

    assert promise_flags([member("promise"), member("")])["promised_unsolved"]
    assert not promise_flags([member("action"), member("")])["promised_unsolved"]
    assert not promise_flags([member(""), member("promise")])["promised"]  # the last one's
    solved = promise_flags([member("promise"), member("action"), member("thanks", "solved")])
    assert solved == {
        "promised": True,
        "came_back_after_promise": True,
        "solved": True,
        "promised_unsolved": False,
    }
