"""Generate the SYNTHETIC sample exports under data/raw/<year>/ and their ground-truth manifest.

Seven years (2019-2025) of "Công an lắng nghe ý kiến nhân dân" conferences of the eight district
units of Đắk Nông, then 2026 in the new Lâm Đồng (Lâm Đồng, Đắk Nông and Bình Thuận merged on
1 July 2025), where commune police hold the conferences; each year exported the way a different
office would: TCVN3 and VNI workbooks, titled sheets with merged cells, UTF-8 and Windows-1258 csv,
Excel "Unicode text". Every defect a real export has (duplicates, rows without text, a foreign
district or commune, an impossible date, old commune names...) is put in on purpose and recorded
in the manifest, which the end-to-end test checks the ingest against; the stories of planted.py
(problems that come back, a new topic, look-alikes) are added to their conferences after the
defects and recorded in the manifest and sample_planted.json. How each year is laid out
(file, sheets, columns, cell styles, defects) is described in data/exports.json; this module plans
the conferences, fills and spoils the rows, and hands the tables to the writers of exports.py.
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
from typing import Any

from analysis.core.legacy_encoding import unicode_to_tcvn3, unicode_to_vni
from analysis.core.reform import UNMAPPED_DISTRICT
from analysis.core.text import fold_key
from tools.sample.exports import (
    SAMPLE_MARK,
    SAMPLE_NOTE,
    Cell,
    Column,
    Row,
    Signature,
    Table,
    block_of,
    keep,
    old_style_tones,
    strip_diacritics,
    to_nfd,
    write_bytes,
    write_delimited,
    write_xlsx,
)
from tools.sample.opinions import SampleOpinion, split_commune, write_opinions
from tools.sample.planted import plant, truth_document
from tools.sample.tables import EXPORTS, readme_template

YEARS = tuple(range(2019, 2027))
PROVINCE_KEY = "tinhdaknong"
PROVINCE = "Tỉnh Đắk Nông"
FOREIGN_PROVINCE_KEY = "tinhdaklak"
FOREIGN_PROVINCE = "Tỉnh Đắk Lắk"
FOREIGN_DISTRICT = "Huyện Krông Pắc"
REFORM_DATE = dt.date(2025, 7, 1)
CITY_SINCE = dt.date(2019, 12, 1)
GIA_NGHIA = "Thành phố Gia Nghĩa"
MANIFEST_COLUMNS: tuple[str, ...] = EXPORTS["manifest_columns"]
PLANTED_NAME = "sample_planted.json"


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
    """One conference of one year: a district's, or (after the reform) a commune police's.

    `district` is what ingest should give its rows: the district, or for a commune conference
    its former district (UNMAPPED_DISTRICT when the commune came from several); `home` is the
    former district whose places and people the opinions come from; `old_names` are the
    pre-reform commune names its people still type.
    """

    year: int
    district: str
    date: dt.date
    place: str
    delegates: int
    size: int
    communes: tuple[str, ...]
    commune: str = ""
    former_province: str = PROVINCE
    home: str = ""
    old_names: tuple[str, ...] = ()


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


@dataclass(frozen=True)
class NewCommune:
    """A commune of the new province: its former province and districts, and the old commune
    names its people may still type (only names no other commune of the area shares)."""

    name: str
    former_province: str
    districts: tuple[str, ...]
    old_names: tuple[str, ...]

    @property
    def district(self) -> str:
        """The former district ingest should give it (UNMAPPED_DISTRICT when several)."""
        return self.districts[0] if len(self.districts) == 1 else UNMAPPED_DISTRICT


def _commune_key(name: str) -> str:
    """A commune name without prefix or diacritics, y spelled i, as ingest compares them."""
    return fold_key(short_name(name)).replace("y", "i")


def new_communes(province_keys: tuple[str, ...]) -> list[NewCommune]:
    """The new communes of the former provinces, with names typed unambiguously.

    A commune is left out when its own name is shared with any other commune of the area, old
    or new (e.g. several "Xã Tân Thành"), so every typed name resolves to one commune.
    """
    records = [r for key in province_keys for r in _ward_records(key)]
    targets: dict[str, set[str]] = {}
    for record in records:
        for name in (record["old_ward"], record["new_ward"]):
            targets.setdefault(_commune_key(name), set()).add(record["new_ward"])
    communes = []
    for name in dict.fromkeys(r["new_ward"] for r in records):
        mine = [r for r in records if r["new_ward"] == name]
        if targets[_commune_key(name)] != {name} or not name.startswith(("Xã ", "Phường ")):
            continue
        old = [r["old_ward"] for r in mine if targets[_commune_key(r["old_ward"])] == {name}]
        communes.append(
            NewCommune(
                name,
                mine[0]["old_province"],
                tuple(dict.fromkeys(r["old_district"] for r in mine)),
                tuple(n for n in dict.fromkeys(old) if n != name),
            )
        )
    return communes


def plan_commune_conferences(
    rng: random.Random, year: int, per_province: dict[str, int]
) -> list[Conference]:
    """Conferences of commune police, `per_province` of them in each former province's area
    (keys as in underthesea's data), on distinct days of March-November, 5-12 opinions each."""
    pool = new_communes(tuple(per_province))
    chosen: list[NewCommune] = []
    for key, count in per_province.items():
        area = _ward_records(key)[0]["old_province"]
        chosen += rng.sample([c for c in pool if c.former_province == area], count)
    days = [dt.date(year, 3, 1) + dt.timedelta(days=n) for n in range(270)]
    dates = rng.sample(days, len(chosen))
    conferences = []
    for commune, day in sorted(zip(chosen, dates, strict=True), key=lambda pair: pair[1]):
        place = _place(rng, commune.districts[0], day, (commune.name,))
        conferences.append(
            Conference(
                year,
                commune.district,
                day,
                place,
                rng.randint(60, 150),
                rng.randint(5, 12),
                (commune.name,),
                commune=commune.name,
                former_province=commune.former_province,
                home=commune.districts[0],
                old_names=commune.old_names,
            )
        )
    return conferences


def hold(seed: int, conference: Conference) -> Held:
    """The conference with its opinions, from a random stream of its own."""
    who = conference.commune or conference.district
    rng = random.Random(f"{seed}:opinions:{conference.year}:{who}")
    opinions = write_opinions(
        rng,
        conference.year,
        conference.home or conference.district,
        list(conference.communes),
        conference.date,
        conference.size,
    )
    return Held(conference, tuple(opinions))


# ---------------------------------------------------------------- cells of one row


@dataclass(frozen=True)
class RowStyle:
    """How an export fills the cells of its opinion rows (style names, as in exports.json)."""

    district: str
    commune: str
    date: str = ""
    extras: str = ""


def district_cell(rng: random.Random, style: str, conference: Conference) -> str:
    """The unit as typed: 'official' (its name that day), 'messy' (the variant one office used
    that year), 'any' (any variant, for the odd row typed by someone else) or 'bare' (the name
    alone under a 'Công an huyện' header, now and then messy). A commune conference's unit is
    its commune police, see `commune_police_cell`."""
    if conference.commune:
        return commune_police_cell(rng, style, conference.commune)
    official = unit_name_on(conference.district, conference.date)
    town = conference.district == GIA_NGHIA and conference.date < CITY_SINCE
    options = (official, *EXPORTS["district_variants"].get(conference.district, ()))
    if style == "messy":
        town_spelling = EXPORTS["town_variants"][0]
        return town_spelling if town else options[(conference.year - 2020) % len(options)]
    if style == "any":
        return rng.choice(EXPORTS["town_variants"] if town else list(options))
    if style == "bare":
        if rng.random() < 0.2:
            return district_cell(rng, "messy", conference)
        return short_name(conference.district)
    return official


def commune_police_cell(rng: random.Random, style: str, commune: str) -> str:
    """A commune police as typed: 'official' ('Công an xã Quảng Tín'), otherwise any of the
    spellings of exports.json ('CA phường Bắc Gia Nghĩa', 'xã Quảng Tín'...), now and then with
    a hỏi/ngã slip ('Quãng Tín')."""
    kind, bare = split_commune(commune)
    spellings = [s.format(kind=kind, Kind=kind.capitalize(), bare=bare) for s in EXPORTS["units"]]
    if style == "official":
        return spellings[0]
    typed = rng.choice(spellings)
    if rng.random() < EXPORTS["unit_slip_share"]:
        slips = [(a, b) for a, b in EXPORTS["tone_slips"] if a in bare]
        if slips:
            wrong, right = rng.choice(slips)
            typed = typed.replace(wrong, right, 1)
    return typed


def commune_cell(
    rng: random.Random, style: str, opinion: SampleOpinion, conference: Conference
) -> str:
    """The commune as typed: 'official', 'mixed' ('Xã Nam Dong', 'xã Nam Dong' or 'Nam Dong'),
    'address' ('Thôn 5, xã Nam Dong' and sometimes the district after it) or 'old_address'
    (the village and the new commune, or one of the old commune names people keep typing)."""
    commune = opinion.commune
    if style == "old_address":
        if conference.old_names and rng.random() < EXPORTS["old_name_share"]:
            commune = rng.choice(conference.old_names)
        typed = rng.choice((commune, lower_prefix(commune), short_name(commune)))
        return f"{opinion.village[:1].upper()}{opinion.village[1:]}, {typed}"
    if style == "mixed" and commune:
        return rng.choice((commune, lower_prefix(commune), short_name(commune)))
    if style == "address":
        parts = [opinion.village[:1].upper() + opinion.village[1:], lower_prefix(commune)]
        if rng.random() < 0.3:
            parts.append(lower_prefix(unit_name_on(conference.district, conference.date)))
        return ", ".join(p for p in parts if p)
    return commune


def date_cell(style: str, conference: Conference) -> Cell:
    """The conference date as typed: a real Excel date, 'ngày 16 tháng 9 năm 2020', '15/9/2021'
    (zero-padded '08/10/2021' when the day is <= 12, always day first) or ISO text. The 'mostly'
    styles are what most offices typed: Cư Jút and Đắk Song wrote 'dd/mm/yyyy' instead of words,
    Krông Nô and Tuy Đức 'd/m/yyyy' text instead of Excel dates; before the 2025 merger offices
    typed 'dd/mm/yyyy' (03/04/2025 is 3 April)."""
    day = conference.date
    padded = day.strftime("%d/%m/%Y")
    words = f"ngày {day.day} tháng {day.month} năm {day.year}"
    slashes = padded if day.day <= 12 else f"{day.day}/{day.month}/{day.year}"
    if style == "mostly_words":
        return padded if conference.district in ("Huyện Cư Jút", "Huyện Đắk Song") else words
    if style == "mostly_excel":
        return slashes if conference.district in ("Huyện Krông Nô", "Huyện Tuy Đức") else day
    if style == "excel_or_padded":
        return padded if day < REFORM_DATE else day
    return {"excel": day, "words": words, "slashes": slashes, "iso": day.isoformat()}[style]


def extra_cells(rng: random.Random, style: str) -> dict[str, Cell]:
    """'note': a 'Ghi chú' now and then; 'note_handler': also the team that prepared the answer."""
    if not style:
        return {}
    cells: dict[str, Cell] = {"note": rng.choice(EXPORTS["notes"]) if rng.random() < 0.12 else ""}
    if style == "note_handler":
        cells["handler"] = rng.choice(EXPORTS["handlers"])
    return cells


OPINION_FIELDS = ("commune", "text", "theme", "stance", "situation")
CONFERENCE_FIELDS = ("district", "date", "place", "delegates")


def truth_of(
    conference: Conference, opinion: SampleOpinion | None, expected: str = "kept"
) -> dict[str, str]:
    """The manifest fields of an opinion row (empty text fields for rows without an opinion)."""
    truth = {"kind": "opinion", "expected": expected, "year": str(conference.year)}
    truth |= {"district": conference.district, "former_province": conference.former_province}
    truth |= {"date": conference.date.isoformat()}
    for name in OPINION_FIELDS:
        truth[name] = getattr(opinion, name) if opinion else ""
    return truth


@dataclass(frozen=True)
class Block:
    """One conference's opinion rows in one export, the style they are spelled in and the
    conference cells they repeat."""

    held: Held
    style: RowStyle
    cells: dict[str, Cell]
    rows: list[Row]


def block_rows(rng: random.Random, held: Held, style: RowStyle) -> Block:
    """The rows of one conference's opinions, spelled in one export's style."""
    cells = _conference_cells(rng, held.conference, style)
    rows = [opinion_row(rng, held.conference, cells, opinion, style) for opinion in held.opinions]
    return Block(held, style, cells, rows)


def opinion_row(
    rng: random.Random,
    conference: Conference,
    block: dict[str, Cell],
    opinion: SampleOpinion,
    style: RowStyle,
) -> Row:
    """The row of one opinion: the conference cells of its block, then its own cells."""
    cells: dict[str, Cell] = {
        **block,
        "speaker": opinion.speaker,
        "group": opinion.speaker_group,
        "commune": commune_cell(rng, style.commune, opinion, conference),
        "text": opinion.text,
        "response": opinion.response,
        "mode": opinion.response_mode,
        **extra_cells(rng, style.extras),
    }
    if rng.random() < 0.1:
        cells["district"] = district_cell(rng, "any", conference)
    return Row(cells, truth_of(conference, opinion))


def _conference_cells(
    rng: random.Random, conference: Conference, style: RowStyle
) -> dict[str, Cell]:
    """District, and date/place/delegates when the export repeats them on each row."""
    cells: dict[str, Cell] = {"district": district_cell(rng, style.district, conference)}
    if style.date:
        cells |= {
            "date": date_cell(style.date, conference),
            "place": conference.place,
            "delegates": conference.delegates,
        }
    return cells


def conference_rows(rng: random.Random, held: list[Held], style: RowStyle) -> list[Row]:
    """The rows of a 'Hội nghị' sheet: one per conference."""
    assert style.date
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
        _decompose(row)
    for variant, original in zip(
        mess.duplicates, rng.sample(kept, len(mess.duplicates)), strict=True
    ):
        _paste_duplicate(rng, rows, original, variant)
    for _ in range(mess.no_text):
        _add_no_text(rng, rows)


def _decompose(row: Row) -> None:
    """Every text cell of the row in decomposed Unicode (NFD), as a Mac keyboard types it."""
    row.cells = {k: to_nfd(v) if isinstance(v, str) else v for k, v in row.cells.items()}


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
    cells = {k: v for k, v in neighbour.cells.items() if k in CONFERENCE_FIELDS}
    truth = {**neighbour.truth, "expected": "no_text", **dict.fromkeys(OPINION_FIELDS, "")}
    rows.insert(rows.index(neighbour) + 1, Row(cells, truth))


def foreign_row(seed: int, year: int, style: RowStyle) -> Row:
    """An opinion from a conference of Krông Pắc (Đắk Lắk), pasted in by mistake; after the
    reform, from the police of one of its new communes, whose name no commune here shares."""
    rng = random.Random(f"{seed}:foreign:{year}")
    records = _ward_records(FOREIGN_PROVINCE_KEY)
    mine = [r for r in records if r["old_district"] == FOREIGN_DISTRICT]
    communes = tuple(dict.fromkeys(r["old_ward"] for r in mine))
    day = dt.date(year, rng.choice((8, 9, 10)), rng.randint(13, 28))
    place = f"Hội trường UBND {lower_prefix(FOREIGN_DISTRICT)}"
    expected, unit = "foreign_district", ""
    if day >= REFORM_DATE:
        taken = {_commune_key(c.name) for c in new_communes(EXPORTS["merged_provinces"])}
        news = [r["new_ward"] for r in mine if _commune_key(r["new_ward"]) not in taken]
        expected, unit = "foreign_commune", rng.choice(sorted(set(news)))
        communes, place = (unit,), f"Hội trường Công an {lower_prefix(unit)}"
    conference = Conference(
        year,
        FOREIGN_DISTRICT,
        day,
        place,
        rng.randint(120, 200),
        1,
        communes,
        commune=unit,
        former_province=FOREIGN_PROVINCE,
    )
    held = hold(seed, conference)
    row = block_rows(rng, held, replace(style, district="official")).rows[0]
    row.truth = {**row.truth, "expected": expected}
    return row


# ---------------------------------------------------------------- one export per year


@dataclass(frozen=True)
class Export:
    """What the generator wrote for one year: the file and its data rows."""

    path: str
    layout: str
    rows: list[Row]
    encodings: dict[str, str]  # 'file|sheet' -> how its text is stored (encoding_of)


ENCODERS: dict[str, Callable[[str], str]] = {
    "tcvn3": unicode_to_tcvn3,
    "vni_old_tones": lambda text: unicode_to_vni(old_style_tones(text)),
    "nfd": to_nfd,
    "old_tones": old_style_tones,
}


def _signature(rng: random.Random, where: str, day: dt.date, left: str) -> Signature:
    """Signature blocks dated a few weeks after `day`."""
    signed = day + dt.timedelta(days=rng.randint(10, 25))
    names = rng.sample(EXPORTS["signers"], 2)
    place_date = f"{where}, ngày {signed.day} tháng {signed.month} năm {signed.year}"
    return Signature(place_date, left, "NGƯỜI LẬP BIỂU", names[0], names[1])


def _same_block_spelling(rows: list[Row]) -> None:
    """One spelling of the district per block (the cell is merged over the block)."""
    first: dict[tuple[str, str], Cell] = {}
    for row in rows:
        row.cells["district"] = first.setdefault(block_of(row), row.cells["district"])


def _add_foreign(rows: list[Row], row: Row, held: list[Held], before: int | None) -> None:
    """Paste the foreign row at the end, or at the top of the block of conference `before`."""
    if before is None:
        rows.append(row)
        return
    district = held[before].conference.district
    rows.insert(next(i for i, r in enumerate(rows) if r.truth["district"] == district), row)


def export_year(
    raw_dir: Path, seed: int, held: list[Held], rng: random.Random, year: int
) -> Export:
    """Write one year's file the way exports.json describes it; its data rows in file order."""
    spec = EXPORTS["years"][str(year)]
    conferences = []
    if "conference_style" in spec:
        conferences = conference_rows(rng, held, RowStyle(**spec["conference_style"]))
    style = RowStyle(**spec["style"])
    by_area = spec.get("area_styles", {})
    blocks = [
        block_rows(rng, h, replace(style, **by_area.get(h.conference.former_province, {})))
        for h in held
    ]
    rows = [row for block in blocks for row in block.rows]
    if spec.get("same_block_spelling"):
        _same_block_spelling(rows)
    apply_mess(rng, rows, Mess(**spec["mess"]))
    _add_planted(seed, year, blocks, rows)
    if "foreign_before" in spec:
        _add_foreign(rows, foreign_row(seed, year, style), held, spec["foreign_before"])
    last_day = max(h.conference.date for h in held)
    tables = []
    for sheet in spec["sheets"]:
        if sheet.get("rows") == "opinions_per_area":
            mine = [r for r in rows if r.truth["former_province"] in sheet["areas"]]
            tables.append((sheet, _table(rng, year, spec, sheet, mine, last_day)))
        elif sheet.get("rows") == "opinions_per_district":
            for item in held:
                day, district = item.conference.date, item.conference.district
                mine = [r for r in rows if r.truth["district"] == district]
                tables.append((sheet, _table(rng, year, spec, sheet, mine, day, district)))
        else:
            part = {"conferences": conferences, "opinions": rows}.get(sheet.get("rows"), [])
            tables.append((sheet, _table(rng, year, spec, sheet, part, last_day)))
    path = raw_dir / spec["file"]
    if path.suffix == ".xlsx":
        stamp = dt.datetime.fromisoformat(spec["stamp"])
        write_xlsx(path, [table for _, table in tables], stamp, spec["workbook"])
    else:
        write_delimited(path, tables[0][1], spec["delimiter"], spec["encoding"])
    position = {table.name: i for i, (_, table) in enumerate(tables)}
    data = sorted(conferences + rows, key=lambda row: (position[row.sheet], row.line))
    encodings = {
        f"{spec['file']}|{table.name if path.suffix == '.xlsx' else ''}": encoding_of(spec, sheet)
        for sheet, table in tables
    }
    return Export(spec["file"], spec["layout"], data, encodings)


def encoding_of(spec: dict[str, Any], sheet: dict[str, Any]) -> str:
    """How one table of an export stores its text: 'xlsx', 'xlsx tcvn3', 'csv cp1258',
    'txt utf-16 old_tones'..."""
    parts = [Path(spec["file"]).suffix.lstrip("."), spec.get("encoding", "")]
    parts.append(sheet.get("encode", spec.get("encode", "")))
    return " ".join(p for p in parts if p)


def _add_planted(seed: int, year: int, blocks: list[Block], rows: list[Row]) -> None:
    """Add the planted opinions of `year` (planted.py) at the end of their conferences' blocks,
    after the defects, so that every other row keeps its cells; each is spelled in its block's
    style from a stream of its own, typed without diacritics or decomposed when it says so."""
    originals = {id(row) for block in blocks for row in block.rows}
    for planted in plant(seed, year, [block.held.conference for block in blocks]):
        block = blocks[planted.index]
        rng = random.Random(f"{planted.stream}:cells")
        row = opinion_row(rng, block.held.conference, block.cells, planted.opinion, block.style)
        row.truth |= planted.truth
        if planted.typed == "bare":
            for name in Mess().strip_fields:
                row.cells[name] = strip_diacritics(str(row.cells.get(name) or ""))
        elif planted.typed == "nfd":
            _decompose(row)
        rows.insert(_block_end(rows, block, originals), row)


def _block_end(rows: list[Row], block: Block, originals: set[int]) -> int:
    """The index just after a conference's block: its last own row, then the rows pasted after
    it (duplicates, rows without text, opinions planted before)."""
    mine = {id(row) for row in block.rows}
    at = max(i for i, row in enumerate(rows) if id(row) in mine) + 1
    while at < len(rows) and id(rows[at]) not in originals:
        at += 1
    return at


def _table(
    rng: random.Random,
    year: int,
    spec: dict[str, Any],
    sheet: dict[str, Any],
    rows: list[Row],
    day: dt.date,
    district: str = "",
) -> Table:
    """One sheet (or the csv/txt table) of an exports.json entry, for one district if given;
    signatures are dated after `day`."""
    fields = {"title": EXPORTS["title"].format(year=year), "note": SAMPLE_NOTE, "mark": SAMPLE_MARK}
    fields["as_of"] = f"ngày {day.day} tháng {day.month} năm {day.year}"
    name = sheet["name"]
    if district:
        unit = unit_name_on(district, day)
        fields |= {
            "unit_upper": unit.upper(),
            "unit_short": short_name(unit),
            "unit_ascii": strip_diacritics(short_name(unit)),
        }
        name = sheet.get("names", {}).get(district, name)
    signature = None
    if "signature" in sheet:
        where, left = sheet["signature"]
        signature = _signature(rng, where.format(**fields), day, left)
    return Table(
        name=name.format(**fields),
        titles=[title.format(**fields) for title in sheet.get("titles", ())],
        columns=[Column(*c) for c in EXPORTS["columns"].get(sheet.get("columns"), ())],
        rows=rows,
        numbering=sheet.get("numbering", False),
        merge_field=sheet.get("merge_field"),
        totals=f"Tổng cộng: {len(rows)} ý kiến" if sheet.get("totals") else "",
        signature=signature,
        encode=ENCODERS.get(sheet.get("encode", spec.get("encode", "")), keep),
        font=sheet.get("font", spec.get("font", "Times New Roman")),
        blank_after_titles=sheet.get("blank_after_titles", False),
    )


# ---------------------------------------------------------------- the whole sample


def generate_sample(
    raw_dir: Path, manifest_path: Path, seed: int = 2019, planted_path: Path | None = None
) -> None:
    """Write every year's export under `raw_dir`, a README, the manifest of all data rows and
    the planted truth (`planted_path`, by default sample_planted.json beside the manifest)."""
    raw_dir, manifest_path = Path(raw_dir), Path(manifest_path)
    planted_path = Path(planted_path or manifest_path.with_name(PLANTED_NAME))
    units = load_units()
    exports = []
    for year in YEARS:
        rng = random.Random(f"{seed}:layout:{year}")
        plan = EXPORTS["years"][str(year)].get("conferences_per_province")
        if plan:
            conferences = plan_commune_conferences(rng, year, plan)
        else:
            conferences = plan_conferences(rng, units, year)
        held = [hold(seed, c) for c in conferences]
        exports.append(export_year(raw_dir, seed, held, rng, year))
    readme = readme_template().format(
        layouts="\n".join(f"| {e.path[:4]} | `{e.path}` | {e.layout} |" for e in exports)
    )
    write_bytes(raw_dir / "README.md", readme.encode("utf-8"))
    records = manifest_records(exports)
    write_manifest(manifest_path, records)
    encodings = {where: label for export in exports for where, label in export.encodings.items()}
    document = truth_document(records, encodings)
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    write_bytes(planted_path, text.encode("utf-8"))


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


def write_manifest(path: Path, records: list[dict[str, str]]) -> None:
    """Write the manifest csv (UTF-8, LF) atomically: its columns of every record, "" when a
    record has no value."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({name: r.get(name, "") for name in MANIFEST_COLUMNS} for r in records)
    write_bytes(path, buffer.getvalue().encode("utf-8"))
