"""Write SYNTHETIC but realistic opinions of a 'Công an lắng nghe ý kiến nhân dân' conference.

Input: a random stream, the year, the district unit, its communes and the conference date.
Output: `SampleOpinion` records, each text as the minutes would record it, with the police's
answer when one was recorded and the theme and stance keys of shared/labeling-guide.md.

The text is composed, not filled in: a district-weighted theme, then one of many "situations"
(cattle theft, fake police calls, overloaded trucks on QL14, CCCD issuance...) weighted by year,
district and urban/rural commune, then a stance, then one of several phrasings whose
`[a|b|c]` alternatives and `{slot}` fillers (roads, markets, months, sums of money, laws in force
that year) are drawn from the rng. Openings, praise-then-"tuy nhiên" complaints, multi-point
opinions and closings are layered on top. All names, numbers and events are invented; the words
themselves are in the data files read by tables.py, this module is the logic that draws them.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from tools.sample.tables import (
    DISTRICT_COLOUR,
    FLAT,
    GENERIC_COLOUR,
    NAMES,
    PHRASES,
    PLACES,
    SITUATIONS,
    SLOTS,
    WEIGHTS,
    DistrictColour,
    Situation,
)

# ---------------------------------------------------------------- interface


@dataclass(frozen=True)
class SampleOpinion:
    """One opinion as the minutes record it, with the police's answer and its labels."""

    speaker: str
    speaker_group: str
    commune: str
    village: str
    text: str
    response: str
    response_mode: str
    theme: str
    stance: str
    situation: str = ""  # key of the situation drawn first (a multi-point opinion adds others)


OTHER = "khac"
THEMES = tuple(WEIGHTS["themes"])

CRITICISM = "phe_binh"
PRAISE = "khen_ngoi"
PROPOSAL = "kien_nghi"
STANCES = (CRITICISM, PRAISE, PROPOSAL)

AT_CONFERENCE = "Trả lời tại hội nghị"
IN_WRITING = "Trả lời bằng văn bản sau hội nghị"
RESPONSE_MODES = (AT_CONFERENCE, IN_WRITING)

FIRST_YEAR = 2019
DISTRICT_POLICE_END = dt.date(2025, 3, 1)
MERGER_DATE = dt.date(2025, 7, 1)
SECURITY_TEAM_SINCE = dt.date(2024, 7, 1)
COMMON_STARTS = frozenset(PHRASES["common_starts"])


def phrasings(situation: Situation, stance: str) -> tuple[str, ...]:
    """The phrasings the situation has for `stance`."""
    return {CRITICISM: situation.bad, PRAISE: situation.good, PROPOSAL: situation.ask}[stance]


Slot = str | tuple[str, ...] | Callable[[random.Random], str]

# ---------------------------------------------------------------- the small template grammar

_ALTERNATIVE = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{(\w+)\}")
_SENTENCE_START = re.compile(r"([.!?]\s+|^)(\w)")


def expand(
    template: str, rng: random.Random, ctx: Mapping[str, Slot], sentence: bool = True
) -> str:
    """Resolve `[a|b]` alternatives (innermost first) and `{slot}` fillers, then tidy."""
    text = template
    for _ in range(4):
        while match := _ALTERNATIVE.search(text):
            choice = rng.choice(match.group(1).split("|"))
            text = text[: match.start()] + choice + text[match.end() :]
        text, count = _SLOT.subn(lambda m: _fill(m.group(1), rng, ctx), text)
        if not count and "[" not in text:
            break
    return tidy(text, sentence)


def _fill(name: str, rng: random.Random, ctx: Mapping[str, Slot]) -> str:
    """The text of one slot: a fixed string, a random pick of a tuple, or a drawn value."""
    value = ctx[name]
    if isinstance(value, str):
        return value
    if isinstance(value, tuple):
        return rng.choice(value)
    return value(rng)


def localise(text: str, commune: str, village: str) -> str:
    """Say 'tổ dân phố' and 'phường' where the generic phrasing says 'thôn' and 'xã'."""
    kind, _ = split_commune(commune)
    if village.startswith("tổ dân phố"):
        text = re.sub(
            r"\b([Tt])rưởng thôn\b(?! \d)", lambda m: m.group(1) + "ổ trưởng tổ dân phố", text
        )
        text = re.sub(r"\bthôn,? bon\b", "tổ dân phố", text)
        text = re.sub(r"(?<!liên )(?<!viên )\bthôn\b(?! \d)(?! [A-ZĐÂƠƯ])", "tổ dân phố", text)
    if kind != "xã":
        text = re.sub(r"(?<!về )(?<!Công an )\bxã\b(?! [A-ZĐÂƠƯ])(?! bán)(?! hội)", kind, text)
    return text


def tidy(text: str, sentence: bool = True) -> str:
    """Fix the spacing and punctuation left by empty alternatives; capitalise sentence starts."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\b(khu vực|ở|tại) \1\b", r"\1", text)
    text = re.sub(r"\s+([,.;:!?)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r",\s*([,.;:])", r"\1", text)
    text = re.sub(r"\s*[,;:]\s*(?=[.!?])", "", text)
    text = re.sub(r"([.;:])\s*\.", r"\1", text)
    text = re.sub(r":\s*,", ":", text)
    text = re.sub(r"\.\.+", ".", text)
    if sentence:
        text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return text


def decap(text: str) -> str:
    """Lower-case the first letter so the text can follow 'Tuy nhiên,' (keeps names, acronyms)."""
    words = text.split(" ", 2)
    first = words[0]
    if len(first) > 1 and (first[1:].lower() != first[1:] or any(c.isdigit() for c in first)):
        return text
    if len(words) > 1 and words[1][:1].isupper() and first not in COMMON_STARTS:
        return text
    return text[:1].lower() + text[1:]


def first_sentence(text: str) -> str:
    """The text up to its first full stop or question mark."""
    match = re.search(r"[.?!](\s|$)", text)
    return text[: match.end()].strip() if match else text


def ensure_stop(text: str) -> str:
    """End the text with a full stop unless it already ends a sentence."""
    text = text.rstrip(" ,;:")
    return text if text[-1:] in ".!?" else text + "."


def cap(text: str) -> str:
    """Upper-case the first letter."""
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- names (all invented)


def person_name(rng: random.Random, people: str, female: bool) -> str:
    """A name in the naming tradition of `people` (kinh, tay_nung, hmong, mnong, ede, ma)."""
    names, sex = NAMES[people], "female" if female else "male"
    if people == "kinh":
        return kinh_name(rng, female)
    if people == "tay_nung":
        kinh = NAMES["kinh"][f"{sex}_given"]
        given = rng.choice(kinh if female else (*names["given"], *kinh))
        return f"{rng.choice(names['family'])} {'Thị' if female else 'Văn'} {given}"
    if people == "hmong":
        family = rng.choice(names["family"])
        if female:
            return f"{family} Thị {rng.choice(names['female_given'])}"
        return f"{family} {rng.choice(names['male_middle'])} {rng.choice(names['male_given'])}"
    if people == "ede":
        prefix = "H'" if female else "Y "
        return f"{prefix}{rng.choice(names[f'{sex}_given'])} {rng.choice(names['family'])}"
    name = rng.choice(names[sex])
    if people == "mnong" and name.startswith(("Y ", "H'")) and rng.random() < 0.25:
        name = f"{name} {rng.choice(names['clan'])}"
    return name


def kinh_name(rng: random.Random, female: bool) -> str:
    """A Kinh name, sometimes with a two-syllable given name."""
    names, sex = NAMES["kinh"], "female" if female else "male"
    family = rng.choice(names["family"])
    middle = given = family
    while family in (middle, given) or middle == given:
        middle, given = rng.choice(names[f"{sex}_middle"]), rng.choice(names[f"{sex}_given"])
    if female and middle == "Thị" and rng.random() < 0.12:
        extra = rng.choice(names["female_second_middle"])
        middle = middle if extra == given else f"Thị {extra}"
    elif not female and middle != "Văn" and rng.random() < 0.05:
        extra = rng.choice(names["male_first_given"])
        given = given if extra in (middle, given) else f"{extra} {given}"
    return f"{family} {middle} {given}"


# ---------------------------------------------------------------- places


def district_key(district: str) -> str:
    """The key of an official unit name in places.json ('' when unknown)."""
    name = unicodedata.normalize("NFC", district).lower()
    name = re.sub(r"^(huyện|thành phố|thị xã|tp\.?)\s+", "", name).replace("đăk", "đắk")
    folded = re.sub(r"[^a-z]", "", _fold(name))
    return PLACES["district_keys"].get(folded, "")


def _fold(text: str) -> str:
    """ASCII letters of a Vietnamese text."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def split_commune(commune: str) -> tuple[str, str]:
    """('xã'|'phường'|'thị trấn', bare name) of an official commune name."""
    match = re.match(r"^(Xã|Phường|Thị trấn)\s+(.+)$", commune.strip(), flags=re.IGNORECASE)
    if not match:
        return "xã", commune.strip()
    return match.group(1).lower(), match.group(2)


# ---------------------------------------------------------------- the conference setting


@dataclass(frozen=True)
class Setting:
    """What is fixed for one conference: year, date, district and its colour."""

    year: int
    date: dt.date
    district: str
    key: str
    colour: DistrictColour

    @property
    def index(self) -> int:
        """Index of the year in the 2019..2025 weight profiles (later years weigh as 2025)."""
        return min(max(self.year - FIRST_YEAR, 0), 6)

    @property
    def district_police(self) -> bool:
        """Whether district-level police still existed on the conference date."""
        return self.date < DISTRICT_POLICE_END

    @property
    def merged(self) -> bool:
        """Whether the conference is after the 1 July 2025 commune merger."""
        return self.date >= MERGER_DATE


def district_unit(setting: Setting) -> tuple[str, str]:
    """('huyện'|'thành phố'|'thị xã', bare name) of the district unit on the conference date."""
    match = re.match(r"^(Huyện|Thành phố|Thị xã)\s+(.+)$", setting.district.strip())
    kind, bare = (match.group(1).lower(), match.group(2)) if match else ("huyện", setting.district)
    if setting.key == "gia_nghia" and setting.date < dt.date(2019, 12, 1):
        kind = "thị xã"
    return kind, bare


def make_villages(rng: random.Random, setting: Setting, commune: str) -> list[str]:
    """The villages (thôn, bon, buôn, tổ dân phố) of one commune, as the minutes name them."""
    kind, _ = split_commune(commune)
    size = rng.randint(10, 16) if setting.merged else rng.randint(6, 10)
    native_share = 0.35 if setting.key in ("dak_glong", "tuy_duc", "krong_no", "cu_jut") else 0.18
    villages: list[str] = []
    for _ in range(size * 3):
        if len(villages) >= size:
            break
        roll = rng.random()
        if kind == "phường" or (kind == "thị trấn" and roll < 0.7):
            name = f"tổ dân phố {rng.randint(1, 12)}"
        elif roll < native_share:
            name = rng.choice(setting.colour.bons)
        elif roll < native_share + 0.3:
            name = rng.choice(setting.colour.thon or PLACES["named_thon"])
        else:
            name = f"thôn {rng.randint(1, 18)}"
        if name not in villages:
            villages.append(name)
    return villages


# ---------------------------------------------------------------- slot values


def money_text(million: int) -> str:
    """'35 triệu đồng', '1,2 tỷ đồng'."""
    if million < 1000:
        return f"{million} triệu đồng"
    billions = round(million / 1000, 1)
    whole = f"{billions:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{whole} tỷ đồng"


def draw_money(rng: random.Random, low: int, high: int) -> str:
    """A sum of money between low and high million dong, rounded as people say it."""
    value = int(low * (high / low) ** rng.random())
    step = 5 if value < 100 else 10 if value < 500 else 50 if value < 1000 else 100
    value = max(step, round(value / step) * step)
    hedge = rng.choice(("", "", "", "hơn ", "gần ", "khoảng "))
    return hedge + money_text(value)


def thousands(value: int) -> str:
    """1234 -> '1.234'."""
    return f"{value:,}".replace(",", ".")


def month_phrase(rng: random.Random, day: dt.date) -> str:
    """A month 1-10 months before `day`: 'tháng 5/2023', 'cuối tháng 11 năm ngoái'..."""
    back = rng.randint(1, 10)
    total = day.year * 12 + day.month - 1 - back
    year, month = divmod(total, 12)
    month += 1
    head = rng.choice(("", "", "", "đầu ", "giữa ", "cuối "))
    if year == day.year:
        tail = rng.choice((f"/{year}", " vừa qua", "", f" năm {year}"))
    else:
        tail = rng.choice((f"/{year}", " năm ngoái", f" năm {year}"))
    return f"{head}tháng {month}{tail}"


def next_month(rng: random.Random, day: dt.date) -> str:
    """A month 1-2 months after `day`: '12' or '1/2024'."""
    total = day.year * 12 + day.month - 1 + rng.randint(1, 2)
    year, month = divmod(total, 12)
    return str(month + 1) if year == day.year else f"{month + 1}/{year}"


def phone_number(rng: random.Random) -> str:
    """A made-up Vietnamese mobile number in one of the ways minutes write them."""
    digits = rng.choice(SLOTS["phone_prefixes"])
    digits += "".join(str(rng.randint(0, 9)) for _ in range(7))
    groupings = SLOTS["phone_groupings"]
    first, second, separator = groupings[rng.randrange(len(groupings))]
    return separator.join((digits[:first], digits[first:second], digits[second:]))


def cccd_number(rng: random.Random) -> str:
    """A made-up 12-digit citizen ID: province of birth, century/sex, year, serial."""
    province = rng.choice(SLOTS["cccd_provinces"])
    born = rng.randint(1950, 2006)
    century = (0 if born < 2000 else 2) + rng.randint(0, 1)
    serial = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return f"{province}{century}{born % 100:02d}{serial}"


def cmnd_number(rng: random.Random) -> str:
    """A made-up 9-digit old ID card number (Đắk Nông numbers begin 245)."""
    head = rng.choice(SLOTS["cmnd_heads"])
    return head + "".join(str(rng.randint(0, 9)) for _ in range(6))


def police_slots(setting: Setting, kind: str, bare: str) -> dict[str, Slot]:
    """Names of police units as they stood on the conference date."""
    unit_kind, unit_bare = district_unit(setting)
    slots: dict[str, Slot] = {
        "cax": tuple(name.format(bare=bare) for name in SLOTS["police_commune"][kind])
    }
    units = SLOTS["police_district" if setting.district_police else "police_province"]
    for slot, names in units.items():
        slots[slot] = tuple(name.format(kind=unit_kind, unit=unit_bare) for name in names)
    return slots


def law_slots(day: dt.date) -> dict[str, Slot]:
    """The laws and decrees in force on `day`, as answers cite them (first version not yet
    replaced on that day)."""
    return {
        slot: next(
            text for until, text in versions if until is None or day < dt.date.fromisoformat(until)
        )
        for slot, versions in SLOTS["laws"].items()
    }


def online_need(year: int) -> str:
    """What a weak phone signal keeps people from doing, in that year."""
    return next(text for since, text in SLOTS["online_need"] if year >= since)


def security_team(setting: Setting, urban: bool) -> tuple[str, ...]:
    """What the grassroots security force was called on the conference date."""
    teams = SLOTS["security_team"]
    if setting.date >= SECURITY_TEAM_SINCE:
        return teams["since_2024_07"]
    if urban:
        return teams["urban"]
    return teams["before_2020"] if setting.year < 2020 else teams["rural"]


def make_context(
    rng: random.Random, setting: Setting, commune: str, village: str, villages: list[str]
) -> dict[str, Slot]:
    """Every `{slot}` value for one opinion; places and crops are fixed, wordings vary."""
    kind, bare = split_commune(commune)
    colour = setting.colour
    unit_kind, unit_bare = district_unit(setting)
    others = [v for v in villages if v != village] or [village]
    native = rng.choice(colour.native)
    huyen = f"{unit_kind} {unit_bare}"
    schools = [f"trường THCS {bare}", f"trường Tiểu học {bare}", "trường THPT trên địa bàn"]
    if kind != "phường":
        schools.append(f"điểm trường {village}")
    ctx: dict[str, Slot] = {
        "xa": f"{kind} {bare}",
        "xa_bare": bare,
        "kind": kind,
        "thon": village,
        "thon2": rng.choice(others),
        "huyen": (f"khu vực {huyen} cũ", f"địa bàn {huyen} trước đây") if setting.merged else huyen,
        "road": rng.choice(colour.roads),
        "landmark": rng.choice(colour.landmarks),
        "market": rng.choice((*colour.markets, f"chợ {bare}")),
        "school": rng.choice(schools),
        "crop": rng.choice(colour.crops),
        "lake": rng.choice(colour.lakes),
        "mine": rng.choice(colour.mines),
        "gate": rng.choice(colour.gates or ("đường tuần tra biên giới",)),
        "lang": PLACES["languages"][native],
        "ethnic": PLACES["languages"][native],
        "company": rng.choice(NAMES["companies"]),
        "event": SLOTS["events"].get(str(setting.year), SLOTS["events"]["2022"]),
        "hot_topic": SLOTS["hot_topics"].get(str(setting.year), SLOTS["hot_topics"]["2022"]),
        "online_need": online_need(setting.year),
        "to_antt": security_team(setting, kind != "xã"),
        "year": str(setting.year),
        "prev_year": str(setting.year - 1),
        "cq_years": str(max(2, setting.year - 2019)),
        "next_year": str(setting.year + 1),
        "older_year": str(setting.year - rng.randint(3, 8)),
        "month": lambda r: month_phrase(r, setting.date),
        "mnext": lambda r: next_month(r, setting.date),
        "money_small": lambda r: draw_money(r, 5, 95),
        "money": lambda r: draw_money(r, 20, 1800),
        "money_big": lambda r: draw_money(r, 500, 6000),
        "n_cases": lambda r: rng_choice_count(r, 8, 60),
        "n_many": lambda r: (
            ("hơn " if r.random() < 0.3 else "")
            + thousands(r.randint(8, 65) * 100 + r.randint(0, 99))
        ),
        "n_households": lambda r: rng_choice_count(r, 12, 80),
        "n_staff": str(rng.randint(12, 25) if setting.merged else rng.randint(5, 9)),
        "n_cam": lambda r: rng_choice_count(r, 15, 120),
        "n_thon": str(len(villages) + rng.randint(0, 4)),
        "km": str(rng.randint(8, 35)),
        "phone": phone_number,
        "cccd": cccd_number,
        "cmnd": cmnd_number,
    }
    ctx.update(SLOTS["fixed"])
    for slot, items in SLOTS["since_year"].items():
        ctx[slot] = tuple(text for since, text in items if setting.year >= since)
    ctx.update(police_slots(setting, kind, bare))
    ctx.update(law_slots(setting.date))
    return ctx


def rng_choice_count(rng: random.Random, low: int, high: int) -> str:
    """A count as reports give it: '27', 'hơn 30'."""
    value = rng.randint(low, high)
    return f"hơn {value // 10 * 10}" if value > 20 and rng.random() < 0.3 else str(value)


# ---------------------------------------------------------------- one opinion


def weighted(rng: random.Random, items: list, weights: list[float]):
    """One item drawn by weight (uniformly if every weight is zero)."""
    if not any(w > 0 for w in weights):
        return rng.choice(items)
    return rng.choices(items, weights=weights, k=1)[0]


@dataclass(frozen=True)
class Speaker:
    """The delegate: name as the minutes write it, group, role, and the 'Đại biểu ...' form."""

    name: str
    group: str
    role: str
    ref: str


@dataclass(frozen=True)
class Draft:
    """One opinion being written: the random stream, the conference, the commune's `{slot}`
    values and whether the commune is urban (phường, thị trấn)."""

    rng: random.Random
    setting: Setting
    ctx: Mapping[str, Slot]
    urban: bool

    def expand(self, template: str, sentence: bool = True) -> str:
        """`template` expanded with this opinion's slot values."""
        return expand(template, self.rng, self.ctx, sentence)

    # ------------------------------------------------------------ choosing what is said

    def chance(self, situation: Situation) -> float:
        """How likely a situation is to come up at this conference in this commune."""
        setting = self.setting
        if situation.start and setting.date < situation.start:
            return 0.0
        weight = situation.weight * situation.years[setting.index]
        weight *= situation.where.get(setting.key, 1.0)
        area, urban = situation.area, self.urban
        if (area == "rural" and urban) or (area == "urban" and not urban):
            weight *= 0.25
        if area == "commune_only" and urban:
            return 0.0
        return weight

    def pick_theme(self) -> str:
        """A theme, weighted by the district's leanings and the year."""
        colour, index = self.setting.colour, self.setting.index
        weights = [
            WEIGHTS["themes"][t]
            * colour.themes.get(t, 1.0)
            * WEIGHTS["theme_years"].get(t, FLAT)[index]
            for t in THEMES
        ]
        return weighted(self.rng, list(THEMES), weights)

    def pick_situation(self, theme: str, exclude: tuple[str, ...] = ()) -> Situation:
        """A situation of `theme` likely at this conference (never one dated after it)."""
        pool = [s for s in SITUATIONS[theme] if s.key not in exclude]
        weights = [self.chance(s) for s in pool]
        if not any(weights):
            index = self.setting.index
            pool = [s for s in SITUATIONS[theme] if s.start is None and s.years[index] > 0]
            weights = [1.0] * len(pool)
        return weighted(self.rng, pool, weights)

    def pick_stance(self, situation: Situation) -> str:
        """A stance the situation has phrasings for; praise grows a little over the years."""
        praise = 0.20 + 0.015 * (self.setting.year - FIRST_YEAR)
        base = {CRITICISM: 0.38, PRAISE: praise, PROPOSAL: 0.42}
        weights = [
            base[s] * situation.tilt[i] * (1.0 if phrasings(situation, s) else 0.0)
            for i, s in enumerate(STANCES)
        ]
        return weighted(self.rng, list(STANCES), weights)

    def say(self, situation: Situation, stance: str) -> str:
        """One phrasing of the situation in the stance, expanded."""
        return ensure_stop(self.expand(self.rng.choice(phrasings(situation, stance))))

    def compose(self, situation: Situation, stance: str) -> tuple[str, str, Situation]:
        """Body, final stance and the situation that sets it (plain, praise-but, multi-point)."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.11:
            return self.multi_point(situation, stance)
        body = self.say(situation, stance)
        if stance == CRITICISM and roll < 0.27:
            return self.praise_then_but(situation, body), CRITICISM, situation
        if stance == PRAISE and situation.ask and roll < 0.33:
            wish = self.say(situation, PROPOSAL)
            if not re.match(r"(Đề nghị|Kiến nghị|Mong) ", wish):
                return f"{body} {wish}", PRAISE, situation
            joint = rng.choice(("", "Thời gian tới, ", "Đồng thời, ", "Bên cạnh đó, mong "))
            if joint.endswith("mong "):
                wish = re.sub(r"^(Đề nghị|Kiến nghị|Mong)\s*", "", wish)
            return f"{body} {joint}{decap(wish) if joint else wish}", PRAISE, situation
        if roll > 0.9:
            short = first_sentence(body)
            if len(short) >= 40:
                body = short
        return body, stance, situation

    def praise_then_but(self, situation: Situation, complaint: str) -> str:
        """Praise first, then 'Tuy nhiên' and the shortcoming: still a criticism."""
        rng, theme = self.rng, situation.theme
        siblings = [s for s in SITUATIONS[theme] if s.key != situation.key and s.good]
        lead = ""
        if siblings and rng.random() < 0.45:
            single_voiced = tuple(s.key for s in SITUATIONS[theme] if len(s.who) == 1)
            other = self.pick_situation(theme, exclude=(situation.key, *single_voiced))
            lead = self.say(other, PRAISE) if other.good else ""
        lead = lead or self.expand(rng.choice(PHRASES["praise_leads"]))
        return f"{ensure_stop(lead)} {rng.choice(PHRASES['but'])}{decap(complaint)}"

    def multi_point(self, situation: Situation, stance: str) -> tuple[str, str, Situation]:
        """Two or three points on one theme: 'Thứ nhất, ... Thứ hai, ...'."""
        rng, points = self.rng, [(situation, stance)]
        single_voiced = tuple(s.key for s in SITUATIONS[situation.theme] if len(s.who) == 1)
        for _ in range(rng.choice((1, 1, 2))):
            keys = tuple(s.key for s, _ in points) + single_voiced
            other = self.pick_situation(situation.theme, exclude=keys)
            if other.key in keys:
                break
            points.append((other, self.pick_stance(other)))
        bodies = [self.say(s, st) for s, st in points]
        final = precedence([st for _, st in points])
        lead = next(s for s, st in points if st == final)
        count = len(bodies)
        if count == 1:
            return bodies[0], final, lead
        style = rng.randrange(4)
        number = rng.choice((str(count), ("hai", "ba")[count - 2]))
        head = rng.choice(PHRASES["multi_point_heads"]).format(n=number)
        if style < 2:
            pairs = zip(PHRASES["ordinals"][style], bodies, strict=False)
            text = head + " ".join(f"{o}, {decap(b)}" for o, b in pairs)
        elif style == 2:
            text = head + " ".join(f"{i}. {b}" for i, b in enumerate(bodies, 1))
        else:
            head = head or f"Có {number} ý kiến: "
            text = head.rstrip() + "\n" + "\n".join(f"- {b}" for b in bodies)
        return text, final, lead

    # ------------------------------------------------------------ who says it

    def pick_group(self, situation: Situation) -> str:
        """The delegate's group, leaning to those who usually raise this situation."""
        groups = list(WEIGHTS["groups"])
        weights = [WEIGHTS["groups"][g] for g in groups]
        if self.urban:
            weights = [
                w * WEIGHTS["urban_groups"].get(g, 1) for g, w in zip(groups, weights, strict=True)
            ]
        if len(situation.who) == 1 or (situation.who and self.rng.random() < 0.55):
            groups, weights = list(situation.who), [1.0] * len(situation.who)
        early = self.setting.date < SECURITY_TEAM_SINCE
        weights = [
            0.0 if g == "Tổ bảo vệ ANTT" and early else w
            for g, w in zip(groups, weights, strict=True)
        ]
        return weighted(self.rng, groups, weights) if any(weights) else "Người dân"

    def pick_people(self, village: str, group: str) -> str:
        """The delegate's people (naming tradition), from the village and the district's mix."""
        rng, colour = self.rng, self.setting.colour
        if village.startswith("buôn ") and rng.random() < 0.85:
            return "ede" if "ede" in colour.native else rng.choice(colour.native)
        if village.startswith("bon ") and rng.random() < 0.85:
            return rng.choice(colour.native)
        if group == "Người có uy tín":
            if colour.peoples.get("hmong", 0) > 10 and rng.random() < 0.25:
                return "hmong"
            return rng.choice(colour.native) if rng.random() < 0.8 else "kinh"
        peoples = list(colour.peoples)
        return weighted(rng, peoples, [colour.peoples[p] for p in peoples])

    def pick_speaker(self, situation: Situation) -> Speaker:
        """A delegate with a name, a title and the role the minutes give them."""
        rng, village = self.rng, str(self.ctx["thon"])
        group = self.pick_group(situation)
        people = self.pick_people(village, group)
        if group == "Chức sắc tôn giáo":
            return self.clergy(people)
        female = rng.random() < WEIGHTS["female_share"].get(group, 0.33)
        name = person_name(rng, people, female)
        elder = group == "Người có uy tín"
        if group == "Trưởng thôn":
            role = f"Tổ trưởng {village}" if village.startswith("tổ") else f"Trưởng {village}"
        elif elder and (people == "kinh" or female or village.startswith("tổ")):
            role = f"Người có uy tín {village}"
        else:
            role = self.expand(rng.choice(PHRASES["roles"][group]), sentence=False)
        title = "Bà" if female else "Ông"
        if group in PHRASES["comrade_groups"] and rng.random() < 0.45:
            title = "Đ/c"
        elif group == "Đoàn thanh niên" and rng.random() < 0.5:
            title = "Chị" if female else "Anh"
        elif elder and people != "kinh" and not female and rng.random() < 0.35:
            title = "Già làng"
        ref = name if title in ("Ông", "Bà", "Anh", "Chị", "Đ/c") else f"{title} {name}"
        return Speaker(f"{title} {name}", group, role, ref)

    def clergy(self, people: str) -> Speaker:
        """A Catholic priest, a Buddhist monk or nun, or a Protestant pastor."""
        rng, group, words = self.rng, "Chức sắc tôn giáo", NAMES["clergy"]
        if people != "kinh":
            name = f"{rng.choice(words['pastor_titles'])} {person_name(rng, people, False)}"
            role = rng.choice(words["pastor_roles"]).format(thon=self.ctx["thon"])
            return Speaker(name, group, role, name)
        roll = rng.random()
        if roll < 0.5:
            saint = rng.choice(words["saints"])
            name = words["priest"].format(saint=saint, name=kinh_name(rng, False))
            role = words["priest_role"].format(xa_bare=self.ctx["xa_bare"])
            return Speaker(name, group, role, name)
        if roll < 0.9:
            title = rng.choice(words["monk_titles"])
            name = words["monk"].format(title=title, dharma=rng.choice(words["dharma_names"]))
        else:
            name = words["nun"].format(dharma=rng.choice(words["nun_names"]))
        role = words["abbot_role"].format(pagoda=rng.choice(words["pagodas"]))
        return Speaker(name, group, role, name)

    # ------------------------------------------------------------ how the minutes write it

    def frame(self, body: str, stance: str, speaker: Speaker) -> str:
        """Opening (speaker's intro or none), body, and sometimes a closing sentence."""
        rng = self.rng
        roll = rng.random()
        text = body
        if roll < 0.52:
            text = self.intro(body, stance, speaker, named=roll < 0.42) + body
        if rng.random() < 0.22 and "\n" not in text:
            closing = rng.choice(PHRASES["closings"][stance])
            if not (closing.startswith("Đề nghị") and "đề nghị" in text.lower()):
                text = f"{text} {self.expand(closing)}"
        return text

    def intro(self, body: str, stance: str, speaker: Speaker, named: bool) -> str:
        """'Ông Nguyễn Văn Hùng (thôn 3) phản ánh: ' and its variants."""
        rng, verbs = self.rng, PHRASES["verbs"]
        verb = rng.choice(verbs[stance])
        asking = re.match(r"(Đề nghị|Kiến nghị|Đề xuất|Mong|Xin hỏi|Cho hỏi)", body)
        if verb.split()[0].lower() in body[:25].lower() or (asking and verb in verbs[PROPOSAL][:3]):
            verb = rng.choice(PHRASES["neutral_verbs"])
        templates = PHRASES["intros_named" if named else "intros_anonymous"]
        if not speaker.role:
            templates = tuple(t for t in templates if "{role}" not in t)
        template = rng.choice(templates)
        who = {"who": speaker.name, "ref": speaker.ref, "role": speaker.role, "verb": verb}
        return cap(expand(template, rng, {**self.ctx, **who}, sentence=False)) + " "

    def add_contact(self, text: str, situation: Situation, speaker: Speaker) -> str:
        """Now and then a phone or ID number, as real minutes carry them."""
        rng, thon = self.rng, self.ctx["thon"]
        if "\n" in text:
            return text
        if situation.key.startswith("lua_dao") and rng.random() < 0.5:
            return text + " " + self.expand(rng.choice(PHRASES["fraud_phone_notes"]))
        if rng.random() < 0.6:
            return text + " " + self.expand(rng.choice(PHRASES["phone_notes"]))
        old_card = self.setting.year < 2021 and rng.random() < 0.7
        card = f"CMND số {cmnd_number(rng)}" if old_card else f"CCCD số {cccd_number(rng)}"
        for name in (speaker.name, speaker.ref):
            if name in text:
                if f"{name} (" in text:
                    return text.replace(f"{name} (", f"{name} ({card}, ", 1)
                return text.replace(name, f"{name} ({card})", 1)
        if rng.random() < 0.5:
            return f"Tôi là {speaker.ref}, {card}, trú tại {thon}. {text}"
        return f"{speaker.name}, {card}, {thon}: {text}"

    # ------------------------------------------------------------ the police's answer

    def respond(self, situation: Situation, stance: str, text: str) -> tuple[str, str]:
        """The recorded answer and its mode, or ('', '') when the minutes record none."""
        rng = self.rng
        if rng.random() >= WEIGHTS["answer_rate"][stance]:
            return "", ""
        if stance == PRAISE:
            answer = self.expand(rng.choice(PHRASES["thanks"]))
            mode = AT_CONFERENCE if rng.random() < 0.85 else IN_WRITING
        else:
            own = replies_for(situation, stance)
            if own and ("?" in text or rng.random() < 0.75):
                pool = own
            else:
                pool = PHRASES["other_replies" if situation.theme == OTHER else "generic_replies"]
            answer = self.expand(rng.choice(pool))
            mode = AT_CONFERENCE if rng.random() < 0.58 else IN_WRITING
            if "bằng văn bản" in text:
                mode = IN_WRITING
        return self.answer_prefix(mode) + answer, mode

    def answer_prefix(self, mode: str) -> str:
        """Who answered, or which letter answered, when the minutes say so."""
        rng, setting = self.rng, self.setting
        commune = f"Công an {self.ctx['kind']} {self.ctx['xa_bare']}"
        unit_kind, unit_bare = district_unit(setting)
        if mode == AT_CONFERENCE:
            if rng.random() >= 0.35:
                return ""
            if setting.district_police and rng.random() < 0.5:
                chief = f"Trưởng Công an {unit_kind}"
                position = rng.choice((chief, f"Phó {chief}"))
                rank = rng.choice(NAMES["ranks"]["senior"])
            else:
                position = rng.choice((f"Trưởng {commune}", f"Phó Trưởng {commune}"))
                rank = rng.choice(NAMES["ranks"]["junior"])
            officer = kinh_name(rng, rng.random() < 0.15)
            template = rng.choice(PHRASES["spoken_answer"])
            return template.format(rank=rank, officer=officer, position=position)
        if rng.random() >= 0.45:
            return ""
        day = setting.date + dt.timedelta(days=rng.randint(7, 45))
        number = rng.randint(12, 980)
        sender, code = commune, "CAX"
        if setting.district_police:
            sender, code = (
                f"Công an {unit_kind} {unit_bare}",
                rng.choice(("CAH-TH", "CAH", "CAH-PV01")),
            )
            if unit_kind != "huyện":
                code = code.replace("CAH", "CATP" if unit_kind == "thành phố" else "CATX")
        template = rng.choice(PHRASES["written_answer"])
        return template.format(
            sender=sender, number=number, code=code, date=day.strftime("%d/%m/%Y")
        )


def precedence(stances: list[str]) -> str:
    """The guide's precedence: any shortcoming wins, then praise, else proposal."""
    if CRITICISM in stances:
        return CRITICISM
    return PRAISE if PRAISE in stances else PROPOSAL


def replies_for(situation: Situation, stance: str) -> tuple[str, ...]:
    """The situation's replies fit for the stance ('BAD:' answers only a complaint, 'ASK:' only
    a request)."""
    wrong = "ASK:" if stance == CRITICISM else "BAD:"
    return tuple(
        r.removeprefix("BAD:").removeprefix("ASK:")
        for r in situation.reply
        if not r.startswith(wrong)
    )


# ---------------------------------------------------------------- one conference


def write_opinions(
    rng: random.Random,
    year: int,
    district: str,
    communes: list[str],
    conference_date: dt.date,
    n: int,
) -> list[SampleOpinion]:
    """n opinions for one district's conference; deterministic given rng state."""
    if not communes:
        raise ValueError(f"No communes given for {district}: an opinion needs a commune.")
    setting = conference_setting(year, district, conference_date)
    villages = {c: make_villages(rng, setting, c) for c in communes}
    presence = [rng.uniform(0.6, 1.6) for _ in communes]
    seen: set[str] = set()
    opinions: list[SampleOpinion] = []
    for _ in range(n):
        for attempt in range(6):
            commune = weighted(rng, communes, presence)
            opinion = one_opinion(rng, setting, commune, villages[commune])
            if opinion.text not in seen or attempt == 5:
                break
        seen.add(opinion.text)
        opinions.append(opinion)
    return opinions


def conference_setting(year: int, district: str, conference_date: dt.date) -> Setting:
    """The setting of a conference of `district` (its colour, or the generic one)."""
    key = district_key(district)
    return Setting(year, conference_date, district, key, DISTRICT_COLOUR.get(key, GENERIC_COLOUR))


def draft_in(
    rng: random.Random, setting: Setting, commune: str, village: str, villages: list[str]
) -> Draft:
    """A draft opinion of someone from `village` of `commune` at the conference."""
    kind, _ = split_commune(commune)
    return Draft(rng, setting, make_context(rng, setting, commune, village, villages), kind != "xã")


def one_opinion(
    rng: random.Random, setting: Setting, commune: str, villages: list[str]
) -> SampleOpinion:
    """One opinion from one commune of the conference."""
    village = rng.choice(villages)
    draft = draft_in(rng, setting, commune, village, villages)
    theme = draft.pick_theme()
    situation = draft.pick_situation(theme)
    stance = draft.pick_stance(situation)
    body, stance, lead = draft.compose(situation, stance)
    speaker = draft.pick_speaker(situation)
    text = draft.frame(body, stance, speaker)
    if rng.random() < 0.03:
        text = draft.add_contact(text, situation, speaker)
    response, mode = draft.respond(lead, stance, text)
    return SampleOpinion(
        speaker=speaker.name,
        speaker_group=speaker.group,
        commune=commune,
        village=village,
        text=unicodedata.normalize("NFC", localise(text, commune, village)),
        response=unicodedata.normalize("NFC", localise(response, commune, village)),
        response_mode=mode,
        theme=theme,
        stance=stance,
        situation=situation.key,
    )
