"""Generate the SYNTHETIC sample exports under data/raw/<year>/ and their ground-truth manifest.

Seven years (2019-2025) of "Công an lắng nghe ý kiến nhân dân" conferences of the eight district
units of Đắk Nông, each year exported the way a different office would: TCVN3 and VNI workbooks,
titled sheets with merged cells, UTF-8 and Windows-1258 csv, Excel "Unicode text". Every defect a
real export has (duplicates, rows without text, a foreign district, an impossible date...) is put
in on purpose and recorded in the manifest, which the end-to-end test checks the ingest against.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

from analysis.legacy_encoding import unicode_to_tcvn3, unicode_to_vni
from analysis.sample.exports import (
    SAMPLE_MARK,
    SAMPLE_NOTE,
    Cell,
    Column,
    Row,
    Signature,
    Table,
    old_style_tones,
    strip_diacritics,
    to_nfd,
    write_bytes,
    write_delimited,
    write_xlsx,
)
from analysis.sample.opinions import SampleOpinion, write_opinions

YEARS = tuple(range(2019, 2026))
PROVINCE_KEY = "tinhdaknong"
FOREIGN_PROVINCE_KEY = "tinhdaklak"
FOREIGN_DISTRICT = "Huyện Krông Pắc"
REFORM_DATE = dt.date(2025, 7, 1)
CITY_SINCE = dt.date(2019, 12, 1)
GIA_NGHIA = "Thành phố Gia Nghĩa"
MANIFEST_COLUMNS = (
    "source_file",
    "source_sheet",
    "source_row",
    "kind",
    "expected",
    "duplicate_of_row",
    "year",
    "district",
    "date",
    "commune",
    "text",
    "theme",
    "stance",
)
TITLE = "TỔNG HỢP Ý KIẾN TẠI HỘI NGHỊ “CÔNG AN LẮNG NGHE Ý KIẾN NHÂN DÂN” NĂM {year}"
DISTRICT_VARIANTS = {  # [0], [2] and [3] are the block spellings of 2021, 2023 and 2024
    GIA_NGHIA: ("TP Gia Nghĩa", "Công an thành phố Gia Nghĩa", "Gia Nghia", "TP. Gia Nghĩa"),
    "Huyện Cư Jút": ("Công an huyện Cư Jút", "Cư Jút", "Cu Jut", "H. Cư Jút"),
    "Huyện Đắk Mil": ("H. Đắk Mil", "huyện Đắk Mil", "Dak Mil", "Đăk Mil"),
    "Huyện Krông Nô": ("huyện Krông Nô", "Krông Nô", "Krong No", "CA huyện Krông Nô"),
    "Huyện Đắk Song": ("Đăk Song", "H. Đắk Song", "Dak Song", "CA huyện Đắk Song"),
    "Huyện Đắk R'Lấp": ("Đắk Rlấp", "huyện Đăk R'Lấp", "Dak R'Lap", "Đắk R’Lấp"),
    "Huyện Đăk Glong": ("Đắk Glong", "H. Đăk Glong", "Dak Glong", "huyện Đăk GLong"),
    "Huyện Tuy Đức": ("CA huyện Tuy Đức", "H. Tuy Đức", "Tuy Duc", "Tuy Đức"),
}
TOWN_VARIANTS = ("TX Gia Nghĩa", "Thị xã Gia Nghĩa", "TX. Gia Nghĩa")
NOTES = (
    "Đã trả lời trực tiếp",
    "Chuyển UBND xã xem xét",
    "Nhiều người cùng phản ánh",
    "Tiếp tục theo dõi",
    "Đã có văn bản trả lời",
)
HANDLERS = (
    "Đội CSGT-TT",
    "Đội QLHC về TTXH",
    "Đội CSĐTTP về TTXH",
    "Đội CSĐTTP về ma túy",
    "Đội Tham mưu",
    "Công an xã",
)
SIGNERS = (
    "Nguyễn Văn Hùng",
    "Trần Thị Mai",
    "Lê Quang Vinh",
    "Phạm Minh Tuấn",
    "Hoàng Thị Thu Hà",
    "Võ Đình Khánh",
)
README = """\
# data/raw — DỮ LIỆU MẪU (TỔNG HỢP) / SYNTHETIC SAMPLE DATA

**Tiếng Việt. Dữ liệu mẫu tổng hợp, không phải số liệu thật.** Toàn bộ tệp trong thư mục này
do máy sinh ra: họ tên, ý kiến, câu trả lời, số điện thoại, số giấy tờ, ngày và địa điểm hội
nghị, số đại biểu đều ngẫu nhiên (`analysis.sample.generate`, hạt giống cố định). Chỉ tên các
huyện, thị xã, thành phố và xã, phường của tỉnh Đắk Nông là thật, lấy từ danh mục hành chính
của underthesea. Các tệp được cố ý làm "lộn xộn" giống tệp các đơn vị gửi lên (mã TCVN3, VNI,
Windows-1258, UTF-16, dòng tiêu đề, ô gộp, dòng trùng, dòng thiếu nội dung...) để kiểm thử phần
đọc dữ liệu. Không dùng các tệp này để báo cáo hay rút ra kết luận.

**English. Synthetic sample data, not real figures.** Every file in this folder is generated:
names, opinions, answers, phone and ID numbers, conference dates and places and delegate
counts are random (`analysis.sample.generate`, fixed seed). Only the names of Đắk Nông's
districts and communes are real, taken from underthesea's administrative data. The files are
deliberately messy, like the exports district offices send (TCVN3, VNI, Windows-1258, UTF-16,
title rows, merged cells, pasted duplicates, rows without text...), to exercise the ingest.
Do not use them for reporting or to draw conclusions.

Regenerate with:

    python -c "from pathlib import Path; from analysis.sample.generate import generate_sample; \\
    generate_sample(Path('data/raw'), Path('tests/data/sample_manifest.csv'))"

The ground truth of every data row is `tests/data/sample_manifest.csv`.

| Year | File | Layout |
|------|------|--------|
{layouts}
"""


# ---------------------------------------------------------------- places and conferences


@dataclass(frozen=True)
class Unit:
    """A district unit with its communes before and after the 1 July 2025 merger."""

    name: str
    old_communes: tuple[str, ...]
    new_communes: tuple[str, ...]

    def communes_on(self, day: dt.date) -> tuple[str, ...]:
        """The communes people named on `day`."""
        return self.new_communes if day >= REFORM_DATE else self.old_communes


@dataclass(frozen=True)
class Conference:
    """One district's conference of one year."""

    year: int
    district: str
    date: dt.date
    place: str
    delegates: int
    size: int
    communes: tuple[str, ...]


@dataclass(frozen=True)
class Held:
    """A conference with the opinions voiced at it."""

    conference: Conference
    opinions: tuple[SampleOpinion, ...]


@cache
def _ward_records(province_key: str) -> tuple[dict[str, str], ...]:
    """underthesea's ward mapping records of one pre-2025 province."""
    source = resources.files("underthesea.address").joinpath("data", "mapping.json")
    records = json.loads(source.read_text(encoding="utf-8"))["ward_mapping"]
    return tuple(r for r in records if r["old_province_key"] == province_key)


def load_units(province_key: str = PROVINCE_KEY) -> list[Unit]:
    """District units in mapping order; a merged commune goes to the unit most of it came from."""
    records = _ward_records(province_key)
    districts = list(dict.fromkeys(r["old_district"] for r in records))
    votes = Counter((r["new_ward"], r["old_district"]) for r in records)
    owner: dict[str, str] = {}
    for (ward, district), count in votes.items():
        if ward not in owner or count > votes[(ward, owner[ward])]:
            owner[ward] = district
    return [
        Unit(
            name=d,
            old_communes=tuple(
                dict.fromkeys(r["old_ward"] for r in records if r["old_district"] == d)
            ),
            new_communes=tuple(
                w for w in dict.fromkeys(r["new_ward"] for r in records) if owner[w] == d
            ),
        )
        for d in districts
    ]


def unit_name_on(district: str, day: dt.date) -> str:
    """The unit's name on `day` (Gia Nghĩa was a thị xã until December 2019)."""
    return "Thị xã Gia Nghĩa" if district == GIA_NGHIA and day < CITY_SINCE else district


def short_name(name: str) -> str:
    """A unit or commune name without its Huyện/Thành phố/Xã/... prefix."""
    return re.sub(r"^(Thành phố|Thị xã|Huyện|Thị trấn|Phường|Xã)\s+", "", name)


def lower_prefix(name: str) -> str:
    """'Huyện Đắk Mil' -> 'huyện Đắk Mil', as the name reads inside a sentence."""
    return name[0].lower() + name[1:] if name else name


def plan_conferences(rng: random.Random, units: list[Unit], year: int) -> list[Conference]:
    """One conference per unit: date, place, delegates and number of opinions."""
    dates = _conference_dates(rng, year)
    delegates = _delegates(rng, year)
    sizes = _opinion_counts(rng, year)
    conferences = []
    for unit, day, people, size in zip(units, dates, delegates, sizes, strict=True):
        communes = unit.communes_on(day)
        place = _place(rng, unit.name, day, communes)
        conferences.append(Conference(year, unit.name, day, place, people, size, communes))
    return conferences


def _conference_dates(rng: random.Random, year: int) -> list[dt.date]:
    """Eight dates, Aug-Nov (2025: four in Apr-Jun, four after the merger); some day <= 12."""
    if year == 2025:
        months = [rng.choice((4, 5, 6)) for _ in range(4)] + [
            rng.choice((8, 9, 10, 11)) for _ in range(4)
        ]
    else:
        months = [rng.choice((8, 9, 10, 11)) for _ in range(8)]
    days = [rng.randint(1, 12) if i < 3 else rng.randint(1, 28) for i in range(8)]
    dates = [dt.date(year, m, d) for m, d in zip(months, days, strict=True)]
    rng.shuffle(dates)
    return dates


def _delegates(rng: random.Random, year: int) -> list[int]:
    """Delegates per conference, 120-260; in 2020 they add up to about 1,500."""
    if year != 2020:
        return [rng.randint(120, 260) for _ in range(8)]
    counts = [rng.randint(150, 225) for _ in range(8)]
    gap = 1500 + rng.randint(-20, 20) - sum(counts)
    return [c + gap // 8 + (1 if i < gap % 8 else 0) for i, c in enumerate(counts)]


def _opinion_counts(rng: random.Random, year: int) -> list[int]:
    """Opinions per conference: about 200 in 2020, 165-215 in other years."""
    total = 200 if year == 2020 else rng.randint(165, 215)
    weights = [rng.uniform(0.75, 1.25) for _ in range(8)]
    counts = [round(total * w / sum(weights)) for w in weights]
    counts[-1] += total - sum(counts)
    return counts


def _place(rng: random.Random, district: str, day: dt.date, communes: tuple[str, ...]) -> str:
    """Where the conference was held: a district hall, or a commune or village hall."""
    commune = rng.choice(communes)
    hamlet = "thôn" if commune.startswith("Xã") else "tổ dân phố"
    village = f"Nhà văn hóa {hamlet} {rng.randint(1, 12)}, {lower_prefix(commune)}"
    local = [village, f"Hội trường UBND {lower_prefix(commune)}"]
    if day >= REFORM_DATE:
        return rng.choice([*local, f"Hội trường Công an {lower_prefix(commune)}"])
    unit = lower_prefix(unit_name_on(district, day))
    return rng.choice(
        [
            *local,
            f"Hội trường UBND {unit}",
            f"Hội trường Công an {unit}",
            f"Trung tâm Văn hóa {unit}",
        ]
    )


def hold(seed: int, conference: Conference) -> Held:
    """The conference with its opinions, from a random stream of its own."""
    rng = random.Random(f"{seed}:opinions:{conference.year}:{conference.district}")
    opinions = write_opinions(
        rng,
        conference.year,
        conference.district,
        list(conference.communes),
        conference.date,
        conference.size,
    )
    return Held(conference, tuple(opinions))


# ---------------------------------------------------------------- cells of one row


@dataclass(frozen=True)
class RowStyle:
    """How an export fills the cells of its opinion rows."""

    district: Callable[[random.Random, Conference], str]
    commune: Callable[[random.Random, SampleOpinion, Conference], str]
    date: Callable[[random.Random, Conference], Cell] | None = None
    extras: Callable[[random.Random], dict[str, Cell]] | None = None


def spell_official(rng: random.Random, conference: Conference) -> str:
    """The unit's full name as it was on the conference day."""
    return unit_name_on(conference.district, conference.date)


def spell_messy(rng: random.Random, conference: Conference) -> str:
    """The spelling one office used that year (official in 2020, a typed variant otherwise)."""
    if conference.district == GIA_NGHIA and conference.date < CITY_SINCE:
        return TOWN_VARIANTS[0]
    options = (spell_official(rng, conference), *DISTRICT_VARIANTS.get(conference.district, ()))
    return options[(conference.year - 2020) % len(options)]


def spell_any(rng: random.Random, conference: Conference) -> str:
    """Any spelling of the unit, for the odd row typed by someone else."""
    if conference.district == GIA_NGHIA and conference.date < CITY_SINCE:
        return rng.choice(TOWN_VARIANTS)
    variants = DISTRICT_VARIANTS.get(conference.district, ())
    return rng.choice([spell_official(rng, conference), *variants])


def spell_bare(rng: random.Random, conference: Conference) -> str:
    """The name alone, under a 'Công an huyện' header; now and then a messy spelling."""
    if rng.random() < 0.2:
        return spell_messy(rng, conference)
    return short_name(conference.district)


def commune_official(rng: random.Random, opinion: SampleOpinion, conference: Conference) -> str:
    """The commune exactly as the gazetteer names it."""
    return opinion.commune


def commune_mixed(rng: random.Random, opinion: SampleOpinion, conference: Conference) -> str:
    """'Xã Nam Dong', 'xã Nam Dong' or just 'Nam Dong'."""
    if not opinion.commune:
        return ""
    return rng.choice((opinion.commune, lower_prefix(opinion.commune), short_name(opinion.commune)))


def commune_address(rng: random.Random, opinion: SampleOpinion, conference: Conference) -> str:
    """An address: 'Thôn 5, xã Nam Dong' and sometimes the district after it."""
    parts = [opinion.village[:1].upper() + opinion.village[1:], lower_prefix(opinion.commune)]
    if rng.random() < 0.3:
        parts.append(lower_prefix(unit_name_on(conference.district, conference.date)))
    return ", ".join(p for p in parts if p)


def date_excel(rng: random.Random, conference: Conference) -> Cell:
    """A real Excel date cell."""
    return conference.date


def date_words(rng: random.Random, conference: Conference) -> str:
    """'ngày 16 tháng 9 năm 2020'."""
    day = conference.date
    return f"ngày {day.day} tháng {day.month} năm {day.year}"


def date_slashes(rng: random.Random, conference: Conference) -> str:
    """'15/9/2021', or zero-padded '08/10/2021' (always day first) when the day is <= 12."""
    day = conference.date
    if day.day <= 12:
        return day.strftime("%d/%m/%Y")
    return f"{day.day}/{day.month}/{day.year}"


def date_iso(rng: random.Random, conference: Conference) -> str:
    """'2022-09-15' typed as text."""
    return conference.date.isoformat()


def date_mostly_words(rng: random.Random, conference: Conference) -> str:
    """Words for most offices; Cư Jút and Đắk Song type 'dd/mm/yyyy'."""
    if conference.district in ("Huyện Cư Jút", "Huyện Đắk Song"):
        return conference.date.strftime("%d/%m/%Y")
    return date_words(rng, conference)


def date_mostly_excel(rng: random.Random, conference: Conference) -> Cell:
    """A real Excel date, except Krông Nô and Tuy Đức, who typed 'd/m/yyyy' as text."""
    if conference.district in ("Huyện Krông Nô", "Huyện Tuy Đức"):
        return date_slashes(rng, conference)
    return conference.date


def date_excel_or_padded(rng: random.Random, conference: Conference) -> Cell:
    """Excel dates after the merger; before it typed 'dd/mm/yyyy' (03/04/2025 is 3 April)."""
    if conference.date < REFORM_DATE:
        return conference.date.strftime("%d/%m/%Y")
    return conference.date


def extras_note(rng: random.Random) -> dict[str, Cell]:
    """A 'Ghi chú' now and then."""
    return {"note": rng.choice(NOTES) if rng.random() < 0.12 else ""}


def extras_note_handler(rng: random.Random) -> dict[str, Cell]:
    """A 'Ghi chú' now and then and the team that prepared the answer."""
    return {**extras_note(rng), "handler": rng.choice(HANDLERS)}


def truth_of(
    conference: Conference, opinion: SampleOpinion | None, expected: str = "kept"
) -> dict[str, str]:
    """The manifest fields of an opinion row (empty text fields for rows without an opinion)."""
    return {
        "kind": "opinion",
        "expected": expected,
        "year": str(conference.year),
        "district": conference.district,
        "date": conference.date.isoformat(),
        "commune": opinion.commune if opinion else "",
        "text": opinion.text if opinion else "",
        "theme": opinion.theme if opinion else "",
        "stance": opinion.stance if opinion else "",
    }


def opinion_rows(rng: random.Random, held: Held, style: RowStyle) -> list[Row]:
    """The rows of one conference's opinions, spelled in one export's style."""
    conference = held.conference
    block = _conference_cells(rng, conference, style)
    rows = []
    for opinion in held.opinions:
        cells: dict[str, Cell] = {
            **block,
            "speaker": opinion.speaker,
            "group": opinion.speaker_group,
            "commune": style.commune(rng, opinion, conference),
            "text": opinion.text,
            "response": opinion.response,
            "mode": opinion.response_mode,
            **(style.extras(rng) if style.extras else {}),
        }
        if rng.random() < 0.1:
            cells["district"] = spell_any(rng, conference)
        rows.append(Row(cells, truth_of(conference, opinion)))
    return rows


def _conference_cells(
    rng: random.Random, conference: Conference, style: RowStyle
) -> dict[str, Cell]:
    """District, and date/place/delegates when the export repeats them on each row."""
    cells: dict[str, Cell] = {"district": style.district(rng, conference)}
    if style.date is not None:
        cells |= {
            "date": style.date(rng, conference),
            "place": conference.place,
            "delegates": conference.delegates,
        }
    return cells


def conference_rows(rng: random.Random, held: list[Held], style: RowStyle) -> list[Row]:
    """The rows of a 'Hội nghị' sheet: one per conference."""
    assert style.date is not None
    rows = []
    for item in held:
        conference = item.conference
        cells = _conference_cells(rng, conference, style)
        truth = {**truth_of(conference, None), "kind": "conference"}
        rows.append(Row(cells, truth))
    return rows


# ---------------------------------------------------------------- defects


@dataclass(frozen=True)
class Mess:
    """Which defects one export gets, and how many."""

    strip_share: float = 0.05
    strip_fields: tuple[str, ...] = ("speaker", "commune", "text", "response")
    duplicates: tuple[str, ...] = ("exact", "spaces")
    no_text: int = 1
    line_breaks: int = 0
    nfd_share: float = 0.0
    bad_date: bool = False


def apply_mess(rng: random.Random, rows: list[Row], mess: Mess) -> None:
    """Put the defects of `mess` into the rows of one file, in place."""
    if mess.bad_date:
        _bad_date(rng, rows)
    kept = [r for r in rows if r.truth["expected"] == "kept"]
    for row in rng.sample(kept, round(len(kept) * mess.strip_share)):
        for name in mess.strip_fields:
            row.cells[name] = strip_diacritics(str(row.cells.get(name) or ""))
    _break_lines(rng, kept, mess.line_breaks)
    for row in rng.sample(kept, round(len(kept) * mess.nfd_share)):
        row.cells = {k: to_nfd(v) if isinstance(v, str) else v for k, v in row.cells.items()}
    for variant, original in zip(
        mess.duplicates, rng.sample(kept, len(mess.duplicates)), strict=True
    ):
        _paste_duplicate(rng, rows, original, variant)
    for _ in range(mess.no_text):
        _add_no_text(rng, rows)


def _bad_date(rng: random.Random, rows: list[Row]) -> None:
    """Give one row an impossible date (31 of a 30-day month, or the 32nd)."""
    row = rng.choice([r for r in rows if r.truth["expected"] == "kept"])
    day = dt.date.fromisoformat(row.truth["date"])
    bad_day = 31 if day.month in (4, 6, 9, 11) else 32
    row.cells["date"] = f"{bad_day}/{day.month}/{day.year}"
    row.truth = {**row.truth, "expected": "bad_date", "date": ""}


def _break_lines(rng: random.Random, rows: list[Row], count: int) -> None:
    """Put a line break inside the text of `count` rows, after a comma or full stop."""
    candidates = [r for r in rows if re.search(r"[,.] ", str(r.cells.get("text", ""))[15:])]
    for row in rng.sample(candidates, min(count, len(candidates))):
        text = str(row.cells["text"])
        cut = re.search(r"[,.] ", text[15:])
        assert cut is not None
        at = 15 + cut.start() + 1
        row.cells["text"] = text[:at] + "\n" + text[at + 1 :]


def _paste_duplicate(rng: random.Random, rows: list[Row], original: Row, variant: str) -> None:
    """Paste a copy of `original` just after it (or a row later, in the same district)."""
    cells = dict(original.cells)
    text = str(cells["text"])
    raw_fields: frozenset[str] = original.raw_fields
    if variant == "spaces":
        cells["text"] = "  " + text.replace(" ", "  ", 2) + " "
    elif variant == "nfd":
        cells["text"] = unicodedata.normalize("NFD", text)
    elif variant == "nfc":
        cells["text"], raw_fields = unicodedata.normalize("NFC", text), frozenset({"text"})
    copy = Row(
        cells,
        {**original.truth, "expected": "duplicate"},
        duplicate_of=original,
        same_stt_as=original if variant == "exact" else None,
        raw_fields=raw_fields,
    )
    at = rows.index(original) + 1
    if at < len(rows) and rng.random() < 0.3 and _same_district(rows[at], original):
        at += 1
    rows.insert(at, copy)


def _same_district(row: Row, other: Row) -> bool:
    """True when two rows belong to the same district block."""
    return row.truth["district"] == other.truth["district"]


def _add_no_text(rng: random.Random, rows: list[Row]) -> None:
    """Insert a row with a number and a district (and conference cells) but no opinion."""
    neighbour = rng.choice([r for r in rows if r.truth["expected"] == "kept"])
    cells = {
        k: v for k, v in neighbour.cells.items() if k in ("district", "date", "place", "delegates")
    }
    truth = {
        **neighbour.truth,
        "expected": "no_text",
        "commune": "",
        "text": "",
        "theme": "",
        "stance": "",
    }
    rows.insert(rows.index(neighbour) + 1, Row(cells, truth))


def foreign_row(seed: int, year: int, style: RowStyle) -> Row:
    """An opinion from a conference of Krông Pắc (Đắk Lắk), pasted in by mistake."""
    rng = random.Random(f"{seed}:foreign:{year}")
    records = _ward_records(FOREIGN_PROVINCE_KEY)
    communes = tuple(
        dict.fromkeys(r["old_ward"] for r in records if r["old_district"] == FOREIGN_DISTRICT)
    )
    day = dt.date(year, rng.choice((8, 9, 10)), rng.randint(13, 28))
    place = f"Hội trường UBND {lower_prefix(FOREIGN_DISTRICT)}"
    conference = Conference(year, FOREIGN_DISTRICT, day, place, rng.randint(120, 200), 1, communes)
    held = hold(seed, conference)
    row = opinion_rows(rng, held, replace(style, district=spell_official))[0]
    row.truth = {**row.truth, "expected": "foreign_district"}
    return row


# ---------------------------------------------------------------- one export per year


@dataclass(frozen=True)
class Export:
    """What the generator wrote for one year: the file and its data rows."""

    path: str
    layout: str
    rows: list[Row]


def _signature(rng: random.Random, where: str, day: dt.date, left: str) -> Signature:
    """Signature blocks dated a few weeks after `day`."""
    signed = day + dt.timedelta(days=rng.randint(10, 25))
    names = rng.sample(SIGNERS, 2)
    place_date = f"{where}, ngày {signed.day} tháng {signed.month} năm {signed.year}"
    return Signature(place_date, left, "NGƯỜI LẬP BIỂU", names[0], names[1])


def _last_day(held: list[Held]) -> dt.date:
    """The date of the year's last conference."""
    return max(h.conference.date for h in held)


def _stamp(year: int) -> dt.datetime:
    """The fixed creation and modification time of a year's workbook."""
    return dt.datetime(year, 12, 15, 8, 30) if year < 2025 else dt.datetime(2025, 12, 1, 8, 30)


def _ascii_sheet(name: str) -> str:
    """A sheet name typed in ASCII, as TCVN3-era users named tabs ("Dak R'Lap")."""
    return strip_diacritics(short_name(name))


OPINION_COLUMNS_2019 = [
    Column("STT", "stt", 6),
    Column("Đơn vị", "district", 16),
    Column("Họ và tên đại biểu", "speaker", 20),
    Column("Thành phần", "group", 16),
    Column("Địa chỉ", "commune", 26),
    Column("Nội dung ý kiến", "text", 60),
    Column("Nội dung trả lời, tiếp thu", "response", 50),
    Column("Hình thức trả lời", "mode", 18),
]
CONFERENCE_COLUMNS = [
    Column("STT", "stt", 6),
    Column("Đơn vị", "district", 22),
    Column("Ngày hội nghị", "date", 16),
    Column("Địa điểm", "place", 40),
    Column("Số đại biểu", "delegates", 12),
]


def export_2019(raw_dir: Path, seed: int, held: list[Held], rng: random.Random) -> Export:
    """TCVN3 workbook: a titled sheet per district with the district merged, a conference sheet."""
    encode, font = unicode_to_tcvn3, ".VnTime"
    style = RowStyle(district=spell_messy, commune=commune_address)
    conf_style = RowStyle(district=spell_official, commune=commune_official, date=date_excel)
    conferences = conference_rows(rng, held, conf_style)
    rows = [row for h in held for row in opinion_rows(rng, h, style)]
    _same_block_spelling(rows)
    apply_mess(rng, rows, Mess(duplicates=("exact", "spaces", "exact", "renumbered"), no_text=2))
    tables = [
        Table(
            name="Hoi nghi",
            titles=[
                "DANH SÁCH HỘI NGHỊ “CÔNG AN LẮNG NGHE Ý KIẾN NHÂN DÂN” NĂM 2019",
                SAMPLE_NOTE,
            ],
            columns=CONFERENCE_COLUMNS,
            rows=conferences,
            encode=encode,
            font=font,
        )
    ]
    for item in held:
        tables.append(_district_sheet_2019(rng, item, rows, encode, font))
    tables.append(Table(name="Sheet1"))
    path = raw_dir / "2019" / "TongHop_YKien_CALNYKND_2019.xlsx"
    write_xlsx(path, tables, _stamp(2019), "Tổng hợp ý kiến 2019 – dữ liệu mẫu")
    layout = (
        "TCVN3 (.VnTime) xlsx: a titled sheet per district (district merged), sheet 'Hoi nghi'"
        " with Excel dates, empty Sheet1"
    )
    return Export("2019/TongHop_YKien_CALNYKND_2019.xlsx", layout, conferences + rows)


def _same_block_spelling(rows: list[Row]) -> None:
    """One spelling of the district per block (the cell is merged over the block)."""
    first: dict[str, Cell] = {}
    for row in rows:
        row.cells["district"] = first.setdefault(row.truth["district"], row.cells["district"])


def _district_sheet_2019(
    rng: random.Random, item: Held, rows: list[Row], encode: Callable[[str], str], font: str
) -> Table:
    """The 2019 sheet of one district: four title rows, numbering, merged district, signatures."""
    conference = item.conference
    unit = unit_name_on(conference.district, conference.date)
    mine = [r for r in rows if r.truth["district"] == conference.district]
    return Table(
        name=_ascii_sheet(unit) if conference.district != GIA_NGHIA else "TX Gia Nghia",
        titles=[
            "CÔNG AN TỈNH ĐẮK NÔNG",
            f"CÔNG AN {unit.upper()}",
            TITLE.format(year=conference.year),
            SAMPLE_NOTE,
        ],
        columns=OPINION_COLUMNS_2019,
        rows=mine,
        numbering=True,
        merge_field="district",
        totals=f"Tổng cộng: {len(mine)} ý kiến",
        signature=_signature(rng, short_name(unit), conference.date, "THỦ TRƯỞNG ĐƠN VỊ"),
        encode=encode,
        font=font,
    )


def export_2020(raw_dir: Path, seed: int, held: list[Held], rng: random.Random) -> Export:
    """VNI workbook with old tone marks: one sheet for all districts, a conference sheet."""

    def encode(text: str) -> str:
        return unicode_to_vni(old_style_tones(text))

    font = "VNI-Times"
    style = RowStyle(district=spell_messy, commune=commune_mixed, extras=extras_note)
    conf_style = RowStyle(district=spell_messy, commune=commune_official, date=date_words)
    conferences = conference_rows(rng, held, conf_style)
    rows = [row for h in held for row in opinion_rows(rng, h, style)]
    _same_block_spelling(rows)
    apply_mess(
        rng, rows, Mess(duplicates=("exact", "spaces", "renumbered", "exact"), line_breaks=3)
    )
    columns = [
        Column("TT", "stt", 6),
        Column("Địa bàn", "district", 16),
        Column("Người phát biểu", "speaker", 20),
        Column("Đối tượng", "group", 16),
        Column("Xã, phường", "commune", 18),
        Column("Ý kiến", "text", 60),
        Column("Kết quả trả lời", "response", 50),
        Column("Hình thức trả lời", "mode", 18),
        Column("Ghi chú", "note", 16),
    ]
    titles = ["CÔNG AN TỈNH ĐẮK NÔNG", "PHÒNG THAM MƯU", TITLE.format(year=2020), SAMPLE_NOTE]
    sheet = Table(
        name="Tong hop",
        titles=titles,
        columns=columns,
        rows=rows,
        numbering=True,
        merge_field="district",
        totals=f"Tổng cộng: {len(rows)} ý kiến",
        signature=_signature(rng, "Đắk Nông", _last_day(held), "KT. TRƯỞNG PHÒNG"),
        encode=encode,
        font=font,
    )
    conference_columns = [
        Column("TT", "stt", 6),
        Column("Địa bàn", "district", 22),
        Column("Thời gian", "date", 26),
        Column("Địa điểm", "place", 40),
        Column("Số đại biểu tham dự", "delegates", 12),
    ]
    meetings = Table(
        name="Hoi nghi",
        titles=["CÁC HỘI NGHỊ NĂM 2020", SAMPLE_NOTE],
        columns=conference_columns,
        rows=conferences,
        encode=encode,
        font=font,
    )
    relative = "2020/Tong hop y kien nhan dan 2020.xlsx"
    write_xlsx(
        raw_dir / relative, [sheet, meetings], _stamp(2020), "Tổng hợp ý kiến 2020 – dữ liệu mẫu"
    )
    layout = (
        "VNI (VNI-Times) xlsx, old tone marks: one sheet for all districts (merged), sheet"
        " 'Hoi nghi' with 'ngày d tháng m năm y' dates"
    )
    return Export(relative, layout, rows + conferences)


def export_2021(raw_dir: Path, seed: int, held: list[Held], rng: random.Random) -> Export:
    """UTF-8 csv with BOM, comma, decomposed (NFD) text, conference columns on every row."""
    style = RowStyle(district=spell_messy, commune=commune_mixed, date=date_slashes)
    rows = [row for h in held for row in opinion_rows(rng, h, style)]
    fields = ("speaker", "commune", "text", "response", "district")
    mess = Mess(
        strip_fields=fields,
        duplicates=("nfc", "renumbered", "spaces", "exact"),
        line_breaks=3,
        bad_date=True,
    )
    apply_mess(rng, rows, mess)
    columns = [
        Column("STT", "stt"),
        Column("Đơn vị", "district"),
        Column("Ngày hội nghị", "date"),
        Column("Địa điểm", "place"),
        Column("Số đại biểu", "delegates"),
        Column("Người phát biểu", "speaker"),
        Column("Thành phần", "group"),
        Column("Xã, phường", "commune"),
        Column("Nội dung phản ánh, kiến nghị", "text"),
        Column("Kết quả trả lời", "response"),
        Column("Hình thức trả lời", "mode"),
    ]
    table = Table(name="", titles=[SAMPLE_NOTE], columns=columns, rows=rows, encode=to_nfd)
    relative = "2021/y_kien_nhan_dan_2021.csv"
    write_delimited(raw_dir / relative, table, ",", "utf-8-sig")
    layout = (
        "csv UTF-8 with BOM, comma, NFD text; date/place/delegates on every row,"
        " d/m/yyyy and dd/mm/yyyy text dates"
    )
    return Export(relative, layout, rows)


def export_2022(raw_dir: Path, seed: int, held: list[Held], rng: random.Random) -> Export:
    """Windows-1258 csv with ';', title lines, numbering, totals and signatures, ISO dates."""
    style = RowStyle(
        district=spell_bare, commune=commune_address, date=date_iso, extras=extras_note
    )
    rows = [row for h in held for row in opinion_rows(rng, h, style)]
    fields = ("speaker", "commune", "text", "response", "district")
    apply_mess(
        rng,
        rows,
        Mess(strip_fields=fields, duplicates=("exact", "spaces", "renumbered", "exact"), no_text=2),
    )
    rows.append(foreign_row(seed, 2022, style))
    columns = [
        Column("TT", "stt"),
        Column("Công an huyện", "district"),
        Column("Thời gian", "date"),
        Column("Địa điểm tổ chức", "place"),
        Column("Số lượng đại biểu", "delegates"),
        Column("Họ và tên đại biểu", "speaker"),
        Column("Đối tượng", "group"),
        Column("Địa chỉ", "commune"),
        Column("Ý kiến", "text"),
        Column("Nội dung trả lời, tiếp thu", "response"),
        Column("Hình thức trả lời", "mode"),
        Column("Ghi chú", "note"),
    ]
    table = Table(
        name="",
        titles=["CÔNG AN TỈNH ĐẮK NÔNG", TITLE.format(year=2022), SAMPLE_NOTE],
        columns=columns,
        rows=rows,
        numbering=True,
        totals=f"Tổng cộng: {len(rows)} ý kiến",
        signature=_signature(rng, "Đắk Nông", _last_day(held), "THỦ TRƯỞNG ĐƠN VỊ"),
    )
    relative = "2022/TH_YKIEN_2022.csv"
    write_delimited(raw_dir / relative, table, ";", "cp1258")
    layout = (
        "csv Windows-1258 (decomposed tones), ';', titles/numbering/totals/signatures, ISO dates"
    )
    return Export(relative, layout, rows)


def export_2023(raw_dir: Path, seed: int, held: list[Held], rng: random.Random) -> Export:
    """Excel 'Unicode text': UTF-16 LE with BOM, tabs, CRLF, old tone marks, dates in words."""
    style = RowStyle(
        district=spell_messy, commune=commune_official, date=date_mostly_words, extras=extras_note
    )
    rows = [row for h in held for row in opinion_rows(rng, h, style)]
    fields = ("speaker", "commune", "text", "response", "district")
    apply_mess(
        rng,
        rows,
        Mess(strip_fields=fields, duplicates=("exact", "spaces", "nfd", "exact"), line_breaks=3),
    )
    columns = [
        Column("STT", "stt"),
        Column("Địa bàn", "district"),
        Column("Thời gian", "date"),
        Column("Địa điểm", "place"),
        Column("Số đại biểu", "delegates"),
        Column("Người phát biểu", "speaker"),
        Column("Thành phần", "group"),
        Column("Xã, phường", "commune"),
        Column("Nội dung ý kiến", "text"),
        Column("Nội dung trả lời, tiếp thu", "response"),
        Column("Hình thức trả lời", "mode"),
        Column("Ghi chú", "note"),
    ]
    table = Table(
        name="",
        titles=[TITLE.format(year=2023), SAMPLE_NOTE],
        columns=columns,
        rows=rows,
        encode=old_style_tones,
        blank_after_titles=True,
    )
    relative = "2023/Tong_hop_y_kien_2023.txt"
    write_delimited(raw_dir / relative, table, "\t", "utf-16")
    layout = (
        "Excel Unicode text (UTF-16 LE + BOM, tab, CRLF), old tone marks;"
        " 'ngày d tháng m năm y' and dd/mm/yyyy dates on every row"
    )
    return Export(relative, layout, rows)


def export_2024(raw_dir: Path, seed: int, held: list[Held], rng: random.Random) -> Export:
    """Workbook with one sheet for all districts, conference columns and Excel dates per row."""
    style = RowStyle(
        district=spell_messy,
        commune=commune_address,
        date=date_mostly_excel,
        extras=extras_note_handler,
    )
    rows = [row for h in held for row in opinion_rows(rng, h, style)]
    fields = ("speaker", "commune", "text", "response", "district")
    apply_mess(
        rng,
        rows,
        Mess(
            strip_fields=fields, duplicates=("nfd", "exact", "spaces", "renumbered"), nfd_share=0.1
        ),
    )
    border = next(
        i for i, r in enumerate(rows) if r.truth["district"] == held[5].conference.district
    )
    rows.insert(border, foreign_row(seed, 2024, style))
    columns = [
        Column("STT", "stt", 6),
        Column("Đơn vị", "district", 16),
        Column("Ngày hội nghị", "date", 14),
        Column("Địa điểm", "place", 30),
        Column("Số đại biểu", "delegates", 10),
        Column("Họ và tên đại biểu", "speaker", 20),
        Column("Thành phần", "group", 16),
        Column("Địa chỉ", "commune", 26),
        Column("Nội dung phản ánh, kiến nghị", "text", 60),
        Column("Kết quả trả lời", "response", 50),
        Column("Hình thức trả lời", "mode", 18),
        Column("Đơn vị tham mưu trả lời", "handler", 18),
        Column("Ghi chú", "note", 16),
    ]
    table = Table(
        name="Tổng hợp",
        titles=["CÔNG AN TỈNH ĐẮK NÔNG", f"TỔNG HỢP Ý KIẾN NHÂN DÂN NĂM 2024 ({SAMPLE_MARK})"],
        columns=columns,
        rows=rows,
        numbering=True,
        totals=f"Tổng cộng: {len(rows)} ý kiến",
    )
    relative = "2024/BC_tong_hop_y_kien_2024.xlsx"
    write_xlsx(
        raw_dir / relative,
        [table, Table(name="Sheet2")],
        _stamp(2024),
        "Tổng hợp ý kiến 2024 – dữ liệu mẫu",
    )
    layout = (
        "xlsx: one sheet for all districts, date/place/delegates on every row"
        " (Excel dates, some d/m/yyyy text), empty Sheet2"
    )
    return Export(relative, layout, rows)


def export_2025(raw_dir: Path, seed: int, held: list[Held], rng: random.Random) -> Export:
    """Unicode workbook: a sheet per district (old or new communes), sheet 'Hội nghị'."""
    style = RowStyle(district=spell_official, commune=commune_official)
    conf_style = RowStyle(
        district=spell_official, commune=commune_official, date=date_excel_or_padded
    )
    conferences = conference_rows(rng, held, conf_style)
    rows = [row for h in held for row in opinion_rows(rng, h, style)]
    fields = ("speaker", "commune", "text", "response", "district")
    apply_mess(rng, rows, Mess(strip_fields=fields, duplicates=("exact", "nfd", "spaces", "exact")))
    meetings = Table(
        name="Hội nghị",
        titles=["DANH SÁCH HỘI NGHỊ NĂM 2025", SAMPLE_NOTE],
        columns=CONFERENCE_COLUMNS,
        rows=conferences,
    )
    tables = [meetings] + [_district_sheet_2025(rng, item, rows) for item in held]
    relative = "2025/Y kien hoi nghi 2025.xlsx"
    write_xlsx(raw_dir / relative, tables, _stamp(2025), "Ý kiến hội nghị 2025 – dữ liệu mẫu")
    layout = "xlsx, sheet 'Hội nghị' (Excel and dd/mm/yyyy text dates) and one sheet per district"
    return Export(relative, layout, conferences + rows)


def _district_sheet_2025(rng: random.Random, item: Held, rows: list[Row]) -> Table:
    """The 2025 sheet of one district (district police were dissolved in March 2025, so the
    sheet names the area, not a police unit): three title rows, totals and signatures."""
    conference = item.conference
    mine = [r for r in rows if r.truth["district"] == conference.district]
    columns = [
        Column("TT", "stt", 6),
        Column("Địa bàn", "district", 22),
        Column("Người phát biểu", "speaker", 20),
        Column("Đối tượng", "group", 16),
        Column("Xã, phường", "commune", 18),
        Column("Nội dung ý kiến", "text", 60),
        Column("Nội dung trả lời, tiếp thu", "response", 50),
        Column("Hình thức trả lời", "mode", 18),
    ]
    return Table(
        name=short_name(conference.district),
        titles=[f"ĐỊA BÀN {conference.district.upper()}", TITLE.format(year=2025), SAMPLE_NOTE],
        columns=columns,
        rows=mine,
        totals=f"Tổng cộng: {len(mine)} ý kiến",
        signature=_signature(
            rng, short_name(conference.district), conference.date, "TM. BAN TỔ CHỨC"
        ),
    )


EXPORTERS: dict[int, Callable[[Path, int, list[Held], random.Random], Export]] = {
    2019: export_2019,
    2020: export_2020,
    2021: export_2021,
    2022: export_2022,
    2023: export_2023,
    2024: export_2024,
    2025: export_2025,
}


# ---------------------------------------------------------------- the whole sample


def generate_sample(raw_dir: Path, manifest_path: Path, seed: int = 2019) -> None:
    """Write every year's export under `raw_dir`, a README, and the manifest of all data rows."""
    raw_dir, manifest_path = Path(raw_dir), Path(manifest_path)
    units = load_units()
    exports = []
    for year in YEARS:
        rng = random.Random(f"{seed}:layout:{year}")
        held = [hold(seed, c) for c in plan_conferences(rng, units, year)]
        exports.append(EXPORTERS[year](raw_dir, seed, held, rng))
    readme = README.format(
        layouts="\n".join(f"| {e.path[:4]} | `{e.path}` | {e.layout} |" for e in exports)
    )
    write_bytes(raw_dir / "README.md", readme.encode("utf-8"))
    write_manifest(manifest_path, exports)


def manifest_records(exports: list[Export]) -> list[dict[str, str]]:
    """One record per data row of every export, in file and row order."""
    records = []
    for export in exports:
        for row in export.rows:
            assert row.line > 0, "every row must have been written"
            original = row.duplicate_of
            records.append(
                {
                    **row.truth,
                    "source_file": export.path,
                    "source_sheet": row.sheet,
                    "source_row": str(row.line),
                    "duplicate_of_row": str(original.line) if original else "",
                }
            )
    return records


def write_manifest(path: Path, exports: list[Export]) -> None:
    """Write the manifest csv (UTF-8, LF) atomically."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(manifest_records(exports))
    write_bytes(path, buffer.getvalue().encode("utf-8"))
