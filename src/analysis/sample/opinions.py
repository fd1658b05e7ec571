"""Write SYNTHETIC but realistic opinions of a 'Công an lắng nghe ý kiến nhân dân' conference.

Input: a random stream, the year, the district unit, its communes and the conference date.
Output: `SampleOpinion` records, each text as the minutes would record it, with the police's
answer when one was recorded and the theme and stance keys of shared/labeling-guide.md.

The text is composed, not filled in: a district-weighted theme, then one of many "situations"
(cattle theft, fake police calls, overloaded trucks on QL14, CCCD issuance...) weighted by year,
district and urban/rural commune, then a stance, then one of several phrasings whose
`[a|b|c]` alternatives and `{slot}` fillers (roads, markets, months, sums of money, laws in force
that year) are drawn from the rng. Openings, praise-then-"tuy nhiên" complaints, multi-point
opinions and closings are layered on top. All names, numbers and events are invented.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

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


CRIME = "toi_pham"
TRAFFIC = "trat_tu_giao_thong"
ADMIN = "quan_ly_hanh_chinh"
SECURITY = "an_ninh_quoc_gia"
MOVEMENT = "phong_trao_toan_dan"
FORCE = "xay_dung_luc_luong"
OTHER = "khac"
THEMES = (SECURITY, CRIME, TRAFFIC, ADMIN, MOVEMENT, FORCE, OTHER)

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

# Year weight profiles, one weight per year 2019..2025.
FLAT = (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0)
DECLINING = (1.6, 1.4, 1.2, 1.0, 0.9, 0.8, 0.7)
FRAUD = (0.25, 0.4, 0.8, 1.4, 2.0, 2.4, 2.6)
FRAUD_LATE = (0.1, 0.2, 0.6, 1.2, 1.8, 2.2, 2.3)
CAMBODIA = (0.0, 0.0, 0.2, 1.5, 1.8, 1.2, 0.8)
COVID = (0.0, 2.0, 2.2, 0.1, 0.0, 0.0, 0.0)
CCCD = (0.0, 0.0, 2.6, 2.2, 1.6, 0.9, 0.6)
OLD_ID = (1.8, 1.6, 0.2, 0.0, 0.0, 0.0, 0.0)
VNEID = (0.0, 0.0, 0.0, 2.0, 2.6, 1.6, 1.0)
COMMUNE_POLICE = (0.2, 1.0, 1.5, 1.9, 2.3, 2.7, 3.2)
RISING = (0.5, 0.7, 0.9, 1.1, 1.3, 1.4, 1.5)
NEW_DRUGS = (0.0, 0.0, 0.2, 0.8, 1.5, 1.8, 1.8)
ONLINE = (0.1, 0.2, 0.6, 1.4, 1.6, 1.4, 1.2)
YEAR_2025 = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0)


@dataclass(frozen=True)
class Situation:
    """One kind of opinion: phrasings per stance, police replies, and where and when it comes up."""

    key: str
    theme: str
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    ask: tuple[str, ...] = ()
    reply: tuple[str, ...] = ()
    years: tuple[float, ...] = FLAT
    where: Mapping[str, float] = field(default_factory=dict)
    area: str = "any"  # "rural"/"urban": x0.25 elsewhere; "commune_only": never in phường, thị trấn
    who: tuple[str, ...] = ()
    tilt: tuple[float, float, float] = (1.0, 1.0, 1.0)
    start: dt.date | None = None
    weight: float = 1.0

    def phrasings(self, stance: str) -> tuple[str, ...]:
        """The phrasings written for `stance`."""
        return {CRITICISM: self.bad, PRAISE: self.good, PROPOSAL: self.ask}[stance]


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


COMMON_STARTS = frozenset(
    (
        "Mong", "Nhờ", "Cảm", "Ghi", "Đánh", "Tại", "Trên", "Từ", "Sau", "Trước", "Ở", "Theo",
        "Với", "Khu", "Đoạn", "Tuyến", "Xe", "Cán", "Trụ", "Nhóm", "Lực", "Ngành", "Tôi", "Bà",
        "Có", "Vẫn", "Các", "Một", "Đề", "Kiến",
    )
)  # fmt: skip


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

KINH_FAMILY = (
    *("Nguyễn",) * 14,
    *("Trần",) * 5,
    *("Lê",) * 5,
    *("Phạm",) * 3,
    *("Hoàng", "Huỳnh", "Phan", "Vũ", "Võ") * 2,
    "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai", "Cao",
    "Lâm", "Tạ", "Hà", "Quách", "Châu", "Kiều", "Thái", "Đoàn", "Tô", "Chu", "La", "Lưu",
    "Phùng", "Nghiêm", "Triệu", "Khổng", "Tăng", "Giáp", "Đàm", "Mạc", "Lạc", "Âu",
)  # fmt: skip
KINH_MALE_MIDDLE = (
    *("Văn",) * 8,
    "Đức", "Hữu", "Minh", "Quốc", "Công", "Thanh", "Xuân", "Ngọc", "Đình", "Quang", "Tiến",
    "Trọng", "Anh", "Hoàng", "Bá", "Thế", "Duy", "Viết", "Khắc", "Trung",
)  # fmt: skip
KINH_MALE_GIVEN = (
    "Hùng", "Dũng", "Tuấn", "Hải", "Sơn", "Thắng", "Long", "Nam", "Bình", "Cường", "Thành",
    "Tâm", "Phúc", "Lộc", "Tài", "Toàn", "Hòa", "Minh", "Quang", "Trung", "Hiếu", "Huy",
    "Khánh", "Lâm", "Nghĩa", "Phong", "Quý", "Sang", "Thái", "Thịnh", "Tiến", "Trí", "Vinh",
    "Việt", "Hưng", "Đức", "Kiên", "Mạnh", "Tú", "Hậu", "Lợi", "Chiến", "Công", "Định",
    "Đông", "Giang", "Hoan", "Học", "Hồng", "Lực", "Ninh", "Phương", "Quyết", "Sáu", "Tư",
    "Bảy", "Tám", "Thuận", "Tùng", "Vũ", "Xuân", "Yên", "Bắc", "Cảnh", "Diệu", "Đạt", "Hạnh",
    "Khoa", "Luận", "Nhân", "Phát", "Quân", "Tín", "Trường", "Tuyên", "Vượng",
)  # fmt: skip
KINH_FEMALE_MIDDLE = (
    *("Thị",) * 9,
    "Ngọc", "Thu", "Kim", "Thanh", "Minh", "Hồng", "Mỹ", "Bích", "Phương", "Xuân", "Diệu",
)  # fmt: skip
KINH_FEMALE_GIVEN = (
    "Mai", "Lan", "Hoa", "Hương", "Hằng", "Hạnh", "Thảo", "Trang", "Linh", "Nga", "Ngọc",
    "Nhung", "Oanh", "Phượng", "Quyên", "Thủy", "Thúy", "Tuyết", "Vân", "Yến", "Dung", "Hiền",
    "Liên", "Loan", "Lý", "Nhàn", "Sen", "Tâm", "Thơm", "Xuân", "Ánh", "Duyên", "Giang", "Hà",
    "Huệ", "Lệ", "Mến", "Nụ", "Tình", "Thắm", "Bình", "Cúc", "Đào", "Hồng", "Huyền", "Lành",
    "Lụa", "Nguyệt", "Nhi", "Phúc", "Sương", "Thoa", "Trinh", "Uyên", "Vui",
)  # fmt: skip
TAY_NUNG_FAMILY = (
    "Hoàng", "Nông", "Lục", "Lương", "Ma", "Triệu", "Lộc", "Bế", "Đàm", "Hà", "Vi", "Lăng",
    "Chu", "Hứa", "Mông", "Sầm", "Linh", "Nịnh",
)  # fmt: skip
TAY_NUNG_GIVEN = (
    "Dìn", "Sáng", "Khìn", "Quang", "Thào", "Phong", "Slay", "Hoan", "Vàng", "Pảo", "Chiến",
    "Thắng", "Páo", "Lìn", "Hiền", "Nhất", "Mùi", "Sinh",
)  # fmt: skip
HMONG_FAMILY = (
    "Giàng", "Vàng", "Sùng", "Thào", "Lầu", "Lý", "Hờ", "Mùa", "Tráng", "Sình", "Vừ", "Hạng",
)  # fmt: skip
HMONG_MALE_MIDDLE = ("A", "A", "A", "Seo", "Mí", "Chá", "Vả")
HMONG_MALE_GIVEN = (
    "Páo", "Chứ", "Sính", "Dình", "Pó", "Chu", "Tủa", "Lử", "Sềnh", "Sình", "Chư", "Phừ",
    "Thề", "Chồ", "Dế", "Lềnh", "Mua", "Nủ",
)  # fmt: skip
HMONG_FEMALE_GIVEN = (
    "Mỷ", "Dợ", "Pà", "Sua", "Chi", "Say", "Chá", "Mai", "Dua", "Xia", "Pàng", "Dính", "Và",
)  # fmt: skip
MNONG_MALE = (
    "Điểu Xiêng", "Điểu Khen", "Điểu Lé", "Điểu Sơn", "Điểu Đăm", "Điểu Mlơng", "Điểu Bình",
    "Điểu K'Lơi", "Điểu Kiên", "Điểu Glang", "Điểu Brông", "Điểu N'Xuyên", "Điểu Tâm",
    "Điểu Ngọc", "Điểu Đoan", "Điểu Srê", "Điểu Bré", "Điểu Hà", "Điểu Dũng", "Điểu Khanh",
    "Y Dam", "Y Ngọc", "Y Thịnh", "Y Krai", "Y Phương", "Y Khiêm", "Y Chăm", "Y Đăng",
    "Y Dơn", "Y Blang", "Y Ruých", "Y Kiêu", "Y Nhơn", "Y Sơn",
)  # fmt: skip
MNONG_FEMALE = (
    "Thị Bình", "Thị Hoa", "Thị Năm", "Thị Mai", "Thị Nguyệt", "Thị Hương", "Thị Sinh",
    "Thị Bé", "Thị Khiêm", "Thị Thơm", "H'Luyên", "H'Ngưm", "H'Don", "H'Nen", "H'Bé",
    "H'Hoa", "H'Mai", "H'Liên", "H'Rơi", "H'Thuê", "H'Jin", "H'Bol",
)  # fmt: skip
MNONG_CLAN = ("Nơ Trang", "Bon Jốc", "Liêng", "Đinh")
EDE_FAMILY = (
    "Niê", "Êban", "Mlô", "Ksơr", "Byă", "Ayŭn", "Adrơng", "Hwing", "Êđuôl", "Buôn Yă",
    "Kbuôr", "Knul", "Hmok", "Niê Kdăm",
)  # fmt: skip
EDE_MALE_GIVEN = (
    "Bhin", "Jut", "Kô", "Thuy", "Blô", "Sang", "Khuê", "Wai", "Rin", "Bi", "Dhăm", "Ngul",
    "Kum", "Yơn", "Hling", "Tlang", "Mươl", "Suôn",
)  # fmt: skip
EDE_FEMALE_GIVEN = (
    "Bia", "Linh", "Nga", "Ngơn", "Hen", "Du", "Mai", "Jen", "Zuôn", "Yam", "Thu", "Jum",
    "Loan", "Hơn", "Nhi", "Ruah",
)  # fmt: skip
MA_MALE = (
    "K'Bình", "K'Lơi", "K'Thương", "K'Brông", "K'Sơn", "K'Tiếp", "K'Dũng", "K'Ha", "K'Sôn",
    "Điểu K'Lơi", "Điểu K'Ré", "Điểu K'Lang", "K'Mới", "K'Duân",
)  # fmt: skip
MA_FEMALE = (
    "Ka Hương", "Ka Liên", "Ka Nhi", "Ka Sing", "Ka Điệp", "Ka Nhung", "Ka Bé", "Ka Thoa",
    "Thị Ngân", "Thị Blang", "H'Dim",
)  # fmt: skip
SAINT_NAMES = ("Giuse", "Phêrô", "Gioan", "Phaolô", "Đaminh", "Antôn", "Vinh Sơn", "Micae")
DHARMA_NAMES = (
    "Minh Quang", "Quảng Tâm", "Thiện Đức", "Tâm Hòa", "Nhật Hạnh", "Minh Chánh", "Quảng Thiện",
    "Thiện Lộc",
)  # fmt: skip
NUN_NAMES = ("Diệu Liên", "Như Hạnh", "Diệu Thiện", "Như Nguyệt", "Tâm Minh")
RANKS_SENIOR = ("Thượng tá", "Đại tá", "Thượng tá", "Trung tá")
RANKS_JUNIOR = ("Thiếu tá", "Trung tá", "Đại úy", "Thiếu tá", "Thượng úy")


def kinh_name(rng: random.Random, female: bool) -> str:
    """A Kinh name, sometimes with a two-syllable given name."""
    family = rng.choice(KINH_FAMILY)
    middle = given = family
    while family in (middle, given) or middle == given:
        if female:
            middle, given = rng.choice(KINH_FEMALE_MIDDLE), rng.choice(KINH_FEMALE_GIVEN)
        else:
            middle, given = rng.choice(KINH_MALE_MIDDLE), rng.choice(KINH_MALE_GIVEN)
    if female and middle == "Thị" and rng.random() < 0.12:
        extra = rng.choice(("Ngọc", "Kim", "Thu", "Thanh", "Mỹ"))
        middle = middle if extra == given else f"Thị {extra}"
    elif not female and middle != "Văn" and rng.random() < 0.05:
        extra = rng.choice(("Anh", "Minh", "Hoàng", "Quốc", "Thanh"))
        given = given if extra in (middle, given) else f"{extra} {given}"
    return f"{family} {middle} {given}"


def tay_nung_name(rng: random.Random, female: bool) -> str:
    """A Tày or Nùng name."""
    given = rng.choice(KINH_FEMALE_GIVEN if female else (*TAY_NUNG_GIVEN, *KINH_MALE_GIVEN))
    return f"{rng.choice(TAY_NUNG_FAMILY)} {'Thị' if female else 'Văn'} {given}"


def hmong_name(rng: random.Random, female: bool) -> str:
    """A H'Mông name: family, 'A'/'Seo'/'Mí' or 'Thị', given."""
    family = rng.choice(HMONG_FAMILY)
    if female:
        return f"{family} Thị {rng.choice(HMONG_FEMALE_GIVEN)}"
    return f"{family} {rng.choice(HMONG_MALE_MIDDLE)} {rng.choice(HMONG_MALE_GIVEN)}"


def mnong_name(rng: random.Random, female: bool) -> str:
    """A M'Nông name, now and then with a clan name."""
    name = rng.choice(MNONG_FEMALE if female else MNONG_MALE)
    if name.startswith(("Y ", "H'")) and rng.random() < 0.25:
        name = f"{name} {rng.choice(MNONG_CLAN)}"
    return name


def ede_name(rng: random.Random, female: bool) -> str:
    """An Ê Đê name: Y or H' with given and family name."""
    if female:
        return f"H'{rng.choice(EDE_FEMALE_GIVEN)} {rng.choice(EDE_FAMILY)}"
    return f"Y {rng.choice(EDE_MALE_GIVEN)} {rng.choice(EDE_FAMILY)}"


def ma_name(rng: random.Random, female: bool) -> str:
    """A Mạ name."""
    return rng.choice(MA_FEMALE if female else MA_MALE)


NAMERS: dict[str, Callable[[random.Random, bool], str]] = {
    "kinh": kinh_name,
    "tay_nung": tay_nung_name,
    "hmong": hmong_name,
    "mnong": mnong_name,
    "ede": ede_name,
    "ma": ma_name,
}


# ---------------------------------------------------------------- local colour per district


@dataclass(frozen=True)
class DistrictColour:
    """Roads, places, crops, peoples and theme leanings of one district unit."""

    roads: tuple[str, ...]
    landmarks: tuple[str, ...]
    markets: tuple[str, ...]
    crops: tuple[str, ...]
    lakes: tuple[str, ...]
    mines: tuple[str, ...]
    gates: tuple[str, ...]
    bons: tuple[str, ...]
    peoples: Mapping[str, float]
    native: tuple[str, ...]
    themes: Mapping[str, float] = field(default_factory=dict)


QL14 = ("Quốc lộ 14", "QL14", "QL 14", "Quốc lộ 14")
MNONG_BONS = (
    "bon Bu Prăng", "bon Bu Dấp", "bon Bu Sóp", "bon Bu Koh", "bon Bu Đắk", "bon Jun Juh",
    "bon Ja Ráh", "bon Sar Pa", "bon R'Bút", "bon N'Jriêng", "bon Ol Bu Tung", "bon Bu Rwah",
    "bon Đắk Blao", "bon Phi Mur", "bon Păng So", "bon Bu N'Đơr", "bon Bu Bir", "bon Broih",
)  # fmt: skip
EDE_BUONS = (
    "buôn Buôr", "buôn Trum", "buôn Ea Pô", "buôn Nui", "buôn Ea Rớt", "buôn Ol", "buôn Choah",
    "buôn K'Na", "buôn Trưng", "buôn Ea Mar",
)  # fmt: skip
NAMED_THON = (
    "thôn Tân Lập", "thôn Tân Bình", "thôn Nam Sơn", "thôn Quảng Thuận", "thôn Bình Giang",
    "thôn Đoàn Kết", "thôn Thuận Bắc", "thôn Thuận Nam", "thôn Xuân Trang", "thôn Đắk Hoa",
    "thôn Nam Tiến", "thôn Thanh Sơn", "thôn Tân Hòa", "thôn Đức Lệ", "thôn Bắc Sơn",
    "thôn Quảng Hà", "thôn Tân Tiến", "thôn Đắk Lim", "thôn Cao Sơn", "thôn Phú Sơn",
    "thôn Thái Học", "thôn Trung Sơn", "thôn Nam Thành", "thôn Tân Phú", "thôn Hòa Thuận",
)  # fmt: skip

DISTRICT_COLOUR: dict[str, DistrictColour] = {
    "gia_nghia": DistrictColour(
        roads=(*QL14, "Quốc lộ 28", "QL28", "đường Lê Duẩn", "đường 23 Tháng 3"),
        landmarks=(
            "khu vực hồ trung tâm",
            "khu vực bến xe Gia Nghĩa",
            "đường Hùng Vương",
            "khu vực thác Liêng Nung",
            "đường Trần Hưng Đạo",
            "vòng xoay trung tâm",
        ),
        markets=("chợ Gia Nghĩa", "chợ trung tâm thành phố", "chợ Nghĩa Đức"),
        crops=("cà phê", "sầu riêng", "tiêu", "cà phê"),
        lakes=("hồ trung tâm Gia Nghĩa", "hồ Đắk Nia", "suối Đắk Nông"),
        mines=("khu vực quy hoạch bauxite", "mỏ đá", "dự án bauxite"),
        gates=(),
        bons=("bon N'Jriêng", "bon Bu Sóp", "bon Đắk Tân", "bon Srê Ú"),
        peoples={"kinh": 86, "mnong": 6, "ma": 5, "tay_nung": 3},
        native=("mnong", "ma"),
        themes={TRAFFIC: 1.2, ADMIN: 1.2, OTHER: 0.9, SECURITY: 0.8},
    ),
    "cu_jut": DistrictColour(
        roads=(*QL14, "tỉnh lộ 4", "đường Hồ Chí Minh"),
        landmarks=(
            "cầu 14",
            "khu vực thác Trinh Nữ",
            "Khu công nghiệp Tâm Thắng",
            "ngã ba Trúc Sơn",
        ),
        markets=("chợ Ea T'Ling", "chợ Tâm Thắng", "chợ Trúc Sơn"),
        crops=("ngô", "cà phê", "tiêu", "lúa", "đậu"),
        lakes=("sông Sêrêpốk", "hồ thủy lợi Ea Pô", "thác Trinh Nữ"),
        mines=("mỏ đá", "bãi khai thác cát ven sông Sêrêpốk"),
        gates=("đường tuần tra biên giới", "các cột mốc biên giới"),
        bons=EDE_BUONS,
        peoples={"kinh": 62, "tay_nung": 18, "ede": 10, "mnong": 6, "hmong": 4},
        native=("ede", "mnong"),
        themes={TRAFFIC: 1.25},
    ),
    "dak_mil": DistrictColour(
        roads=(*QL14, "QL14C", "tỉnh lộ 683"),
        landmarks=(
            "hồ Tây Đắk Mil",
            "ngã ba Đức Mạnh",
            "trung tâm thị trấn Đắk Mil",
            "cửa khẩu Đắk Per",
        ),
        markets=("chợ Đắk Mil", "chợ Đức Mạnh", "chợ Đắk Lao"),
        crops=("cà phê", "sầu riêng", "tiêu", "cà phê", "bơ"),
        lakes=("hồ Tây Đắk Mil", "hồ thủy lợi Đắk Sắk", "hồ thủy lợi Đức Minh"),
        mines=("mỏ đá", "bãi khai thác đất"),
        gates=("cửa khẩu Đắk Per", "đường tuần tra biên giới", "các cột mốc biên giới"),
        bons=(*MNONG_BONS, "bon Jun Juh", "bon Đắk Gằn"),
        peoples={"kinh": 72, "tay_nung": 10, "mnong": 14, "hmong": 4},
        native=("mnong",),
        themes={SECURITY: 1.3},
    ),
    "krong_no": DistrictColour(
        roads=("tỉnh lộ 3", "tỉnh lộ 4", "đường Hồ Chí Minh", "tỉnh lộ 3"),
        landmarks=(
            "khu vực hang động núi lửa Krông Nô",
            "thác Dray Sáp",
            "bến đò Buôn Choáh",
            "cánh đồng Buôn Choáh",
            "trung tâm thị trấn Đắk Mâm",
        ),
        markets=("chợ Đắk Mâm", "chợ Nam Đà", "chợ Quảng Phú"),
        crops=("lúa", "ngô", "cà phê", "tiêu", "sắn"),
        lakes=("sông Krông Nô", "sông Sêrêpốk", "hồ Đắk Rô"),
        mines=("bãi khai thác cát trên sông Krông Nô", "bến cát", "mỏ đá"),
        gates=(),
        bons=(*MNONG_BONS[:10], *EDE_BUONS[:6]),
        peoples={"kinh": 58, "mnong": 18, "ede": 6, "tay_nung": 12, "hmong": 6},
        native=("mnong", "ede"),
        themes={SECURITY: 1.1, OTHER: 1.1},
    ),
    "dak_song": DistrictColour(
        roads=(*QL14, "tỉnh lộ 686"),
        landmarks=("trung tâm thị trấn Đức An", "ngã ba Thuận Hạnh", "khu vực chợ Đức An"),
        markets=("chợ Đức An", "chợ Thuận Hạnh", "chợ Nâm N'Jang"),
        crops=("tiêu", "cà phê", "tiêu", "sầu riêng"),
        lakes=("hồ Đắk Môl", "suối Đắk Rung", "hồ thủy lợi Đắk N'Drung"),
        mines=("mỏ đá", "bãi khai thác đất"),
        gates=("đường tuần tra biên giới", "các cột mốc biên giới"),
        bons=MNONG_BONS,
        peoples={"kinh": 66, "mnong": 16, "tay_nung": 10, "hmong": 8},
        native=("mnong",),
        themes={SECURITY: 1.1},
    ),
    "dak_rlap": DistrictColour(
        roads=(*QL14, "tỉnh lộ 685", "đường Hồ Chí Minh"),
        landmarks=(
            "Nhà máy Alumin Nhân Cơ",
            "Khu công nghiệp Nhân Cơ",
            "trung tâm thị trấn Kiến Đức",
            "ngã ba Đạo Nghĩa",
        ),
        markets=("chợ Kiến Đức", "chợ Nhân Cơ", "chợ Đạo Nghĩa"),
        crops=("cà phê", "tiêu", "sầu riêng", "điều"),
        lakes=("hồ Đắk Ru", "hồ thủy lợi Đắk Wer", "suối Đắk R'Lấp"),
        mines=(
            "khu vực khai thác bauxite",
            "Nhà máy Alumin Nhân Cơ",
            "khu vực mỏ bauxite Nhân Cơ",
            "bãi thải quặng đuôi",
        ),
        gates=(),
        bons=("bon Bu Sir", "bon Bu Dấp", "bon Bu Bir", "bon Bu N'Đơr", "bon Ol Bu Tung"),
        peoples={"kinh": 78, "mnong": 10, "ma": 4, "tay_nung": 8},
        native=("mnong", "ma"),
        themes={OTHER: 1.45, SECURITY: 1.15},
    ),
    "dak_glong": DistrictColour(
        roads=("Quốc lộ 28", "QL28", "tỉnh lộ 4", "đường vào Tà Đùng"),
        landmarks=(
            "khu vực hồ Tà Đùng",
            "Vườn quốc gia Tà Đùng",
            "thủy điện Đồng Nai 3",
            "trung tâm xã Quảng Khê",
        ),
        markets=("chợ Quảng Khê", "chợ Đắk Ha", "chợ Quảng Sơn"),
        crops=("cà phê", "tiêu", "cà phê", "sầu riêng"),
        lakes=("hồ Tà Đùng", "lòng hồ thủy điện Đồng Nai 3", "suối Đắk Plao"),
        mines=("mỏ đá", "khu vực quy hoạch bauxite"),
        gates=(),
        bons=("bon Phi Mur", "bon Păng So", "bon B'Tông", "bon Ting Wel Đắk", "bon Đắk Snao"),
        peoples={"kinh": 44, "mnong": 20, "ma": 12, "hmong": 20, "tay_nung": 4},
        native=("mnong", "ma"),
        themes={SECURITY: 1.8, ADMIN: 1.1},
    ),
    "tuy_duc": DistrictColour(
        roads=("QL14C", "tỉnh lộ 681", "đường vành đai biên giới", "QL14C"),
        landmarks=(
            "cửa khẩu Bu Prăng",
            "khu vực giáp biên",
            "trung tâm xã Đắk Búk So",
            "đồn Biên phòng",
        ),
        markets=("chợ Đắk Búk So", "chợ Quảng Tâm", "chợ Đắk R'Tíh"),
        crops=("cà phê", "điều", "mắc ca", "tiêu", "sầu riêng"),
        lakes=("hồ Đắk R'Tíh", "suối Đắk Búk So", "hồ thủy lợi Đắk Ngo"),
        mines=("mỏ đá", "bãi khai thác đất"),
        gates=("cửa khẩu Bu Prăng", "đường vành đai biên giới", "các cột mốc biên giới"),
        bons=(
            "bon Bu Prăng",
            "bon Bu Dắk",
            "bon Bu Gia Rá",
            "bon Bu Lum",
            "bon Mê Ra",
            "bon Bu Pa",
        ),
        peoples={"kinh": 48, "mnong": 24, "hmong": 22, "tay_nung": 6},
        native=("mnong",),
        themes={SECURITY: 2.2, OTHER: 1.1},
    ),
}
GENERIC_COLOUR = DistrictColour(
    roads=QL14,
    landmarks=("trung tâm xã", "ngã ba chợ"),
    markets=("chợ trung tâm",),
    crops=("cà phê", "tiêu"),
    lakes=("hồ thủy lợi",),
    mines=("mỏ đá",),
    gates=(),
    bons=MNONG_BONS,
    peoples={"kinh": 80, "mnong": 12, "tay_nung": 8},
    native=("mnong",),
)
LANGUAGE = {
    "mnong": "M'Nông",
    "ede": "Ê Đê",
    "ma": "Mạ",
    "hmong": "H'Mông",
    "tay_nung": "Tày, Nùng",
}


def district_key(district: str) -> str:
    """The DISTRICT_COLOUR key of an official unit name ('' when unknown)."""
    name = unicodedata.normalize("NFC", district).lower()
    name = re.sub(r"^(huyện|thành phố|thị xã|tp\.?)\s+", "", name).replace("đăk", "đắk")
    folded = re.sub(r"[^a-z]", "", _fold(name))
    keys = {
        "gianghia": "gia_nghia", "cujut": "cu_jut", "dakmil": "dak_mil", "krongno": "krong_no",
        "daksong": "dak_song", "dakrlap": "dak_rlap", "dakglong": "dak_glong", "tuyduc": "tuy_duc",
    }  # fmt: skip
    return keys.get(folded, "")


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


# ---------------------------------------------------------------- situations: crime

CRIME_SITUATIONS = (
    Situation(
        "trom_gia_suc",
        CRIME,
        years=DECLINING,
        area="rural",
        who=("Hội nông dân", "Trưởng thôn", "Người có uy tín", "Cựu chiến binh"),
        bad=(
            "[Thời gian gần đây|Từ đầu năm đến nay|Mấy tháng nay], trên địa bàn {thon} [liên tục|thường xuyên|vẫn còn] xảy ra tình trạng trộm [bò|trâu, bò], [riêng|chỉ tính] {month} đã mất {n_small} con[, thiệt hại hàng trăm triệu đồng|]. [Đối tượng|Kẻ gian] thường dùng [xe tải nhỏ|xe bán tải] đến bắt trộm vào [ban đêm|lúc rạng sáng]. Đề nghị {cax} [sớm điều tra làm rõ|vào cuộc truy xét], [trả lại tài sản cho bà con|xử lý nghiêm đối tượng].",
            "Gia đình tôi [nuôi bò sinh sản|chăn thả bò ở rẫy], {month} bị mất trộm {n_small} con bò [đang nhốt trong chuồng|thả ở rẫy gần suối], đã trình báo nhưng [đến nay chưa tìm được|vẫn chưa có kết quả]. Bà con trong {thon} rất lo lắng vì [tình trạng này chưa được xử lý dứt điểm|năm nào cũng có vài vụ như vậy].",
            "Vẫn còn tình trạng trộm trâu bò [ở các khu rẫy xa|tại khu vực giáp ranh với {thon2}], bà con phải [thay nhau thức canh|ngủ lại ở chòi rẫy] [mà vẫn bị mất|nhưng không xuể].",
            "Tình trạng trộm bò ở {thon} [chưa được ngăn chặn|vẫn diễn biến phức tạp], có [đêm|tuần] mất {n_small} con.",
        ),
        good=(
            "[Năm nay|Từ {month} đến nay|Thời gian gần đây] trên địa bàn {thon} không còn xảy ra tình trạng trộm bò như [mấy năm trước|trước đây]. Bà con rất phấn khởi và [ghi nhận sự vào cuộc của {cax}|cảm ơn {cax} đã tích cực tuần tra ban đêm].",
            "[Ghi nhận|Đánh giá cao] việc {cax} [nhanh chóng truy bắt|đã bắt được] nhóm đối tượng trộm bò [ở {thon2}|liên huyện] và trả lại tài sản cho người dân[ chỉ sau vài ngày|]. [Bà con rất yên tâm|Người dân rất tin tưởng].",
        ),
        ask=(
            "Đề nghị {cax} [hướng dẫn|tuyên truyền cho] bà con [làm chuồng trại chắc chắn, có khóa|đánh dấu, chụp ảnh đặc điểm đàn bò] để [phòng ngừa mất trộm|khi bị mất dễ truy tìm].",
            "[Sắp tới mùa khô|Mùa khô], bà con thường thả bò [ở rẫy xa|trên đồi], [đề nghị|mong] {cax} [phối hợp với {to_antt}|bố trí] tuần tra [các tuyến đường vào rẫy|vào ban đêm] để phòng ngừa trộm cắp gia súc.",
            "Đề nghị {cax} [kiểm tra|quản lý chặt] các [điểm thu mua|lò mổ] gia súc [trên địa bàn|ở {xa}] để kẻ gian [không có chỗ tiêu thụ|không tiêu thụ được bò trộm].",
        ),
        reply=(
            "BAD:{cax} đã tiếp nhận các vụ việc, đang phối hợp với {unit_hs} xác minh, truy xét; [đồng thời tăng cường tuần tra ban đêm tại các khu vực chăn thả|đồng thời rà soát các điểm thu mua, giết mổ gia súc]. Đề nghị bà con [không thả rông gia súc qua đêm|nhốt bò vào chuồng có khóa] và báo ngay cho Công an khi phát hiện [người lạ|phương tiện lạ] vào thôn.",
            "[Tiếp thu|Ghi nhận] ý kiến của đại biểu. [Năm qua|Từ đầu năm] {ca} đã [bắt giữ|triệu tập] {n_small} [nhóm|đối tượng] trộm cắp gia súc, [khởi tố theo Điều 173 Bộ luật Hình sự|xử lý theo quy định]. Thời gian tới sẽ tiếp tục [truy xét|tuần tra] và [kiểm tra các lò mổ trên địa bàn|phối hợp với thôn lập danh sách hộ chăn nuôi].",
        ),
    ),
    Situation(
        "trom_nong_san",
        CRIME,
        area="rural",
        weight=1.3,
        who=("Hội nông dân", "Trưởng thôn", "Người dân"),
        bad=(
            "Vào mùa thu hoạch {crop}, [tình trạng trộm|nạn trộm] {crop} [ngoài rẫy|trong vườn] [vẫn còn diễn ra|diễn ra thường xuyên], [nhiều hộ|có hộ] bị hái trộm [cả|gần] [vài tạ|hàng tạ] quả chỉ trong một đêm. Đề nghị {cax} [có biện pháp|tăng cường tuần tra] vào ban đêm.",
            "Bà con phản ánh tình trạng thu mua {crop} không rõ nguồn gốc [tại các điểm thu mua nhỏ lẻ|ở các đại lý ven đường] [chưa được kiểm soát|vẫn còn]; kẻ gian hái trộm xong là bán được ngay nên [rất khó truy tìm|bà con chỉ biết chịu mất].",
            "Vườn {crop} của gia đình tôi [ở {thon}|gần {thon2}] bị kẻ gian [đột nhập|hái trộm] {n_small} lần [trong mùa vụ vừa qua|từ {month} đến nay], [thiệt hại khoảng {money_small}|mất gần hết số quả sắp thu hoạch]. Đã báo {cax} nhưng [chưa tìm ra đối tượng|vẫn chưa xử lý được].",
            "Nạn trộm {crop} [sắp thu hoạch|đang chín] vẫn còn [ở {thon}|trên địa bàn], bà con [rất bức xúc|phải thuê người canh].",
        ),
        good=(
            "Mùa thu hoạch {crop} năm nay, nhờ {cax} [phối hợp với {to_antt}|cùng lực lượng tuần tra nhân dân] tuần tra [thường xuyên|cả đêm] nên [không còn tình trạng hái trộm như mọi năm|bà con yên tâm thu hoạch]. [Xin cảm ơn|Bà con rất phấn khởi].",
            "[Ghi nhận|Cảm ơn] {cax} đã [kiểm tra các điểm thu mua nông sản|bắt quả tang đối tượng trộm {crop}] [trong mùa vụ vừa qua|vào {month}], từ đó tình trạng trộm cắp nông sản [giảm hẳn|gần như không còn].",
        ),
        ask=(
            "[Sắp bước vào|Chuẩn bị vào] mùa thu hoạch {crop}, đề nghị {cax} [xây dựng kế hoạch tuần tra|tăng cường tuần tra kiểm soát] [tại các khu rẫy|trên các tuyến đường lô], đồng thời kiểm tra các điểm thu mua {crop} để phòng ngừa trộm cắp.",
            "Mong {cax} [hướng dẫn|yêu cầu] các đại lý thu mua {crop} [ghi chép rõ người bán|chỉ mua của người có nguồn gốc rõ ràng], [tránh tiếp tay cho|để hạn chế] việc tiêu thụ tài sản trộm cắp.",
        ),
        reply=(
            "{cax} đã xây dựng kế hoạch đảm bảo ANTT mùa thu hoạch {crop}, [phân công cán bộ phối hợp với {to_antt} tuần tra các khu rẫy|tổ chức tuần tra ban đêm] trong suốt mùa vụ; đồng thời [yêu cầu các đại lý thu mua ký cam kết không mua nông sản không rõ nguồn gốc|lập danh sách các điểm thu mua để quản lý].",
            "BAD:Vụ việc của gia đình đại biểu [đang được xác minh|đã được thụ lý], khi có kết quả {cax} sẽ thông báo. Đề nghị bà con [thu hoạch dứt điểm từng lô|tổ chức canh giữ vườn] và báo ngay khi phát hiện người lạ.",
        ),
    ),
    Situation(
        "trom_tai_san",
        CRIME,
        weight=1.3,
        bad=(
            "[Thời gian qua|Gần đây], tại {thon} [xảy ra|liên tiếp xảy ra] {n_small} vụ [trộm xe máy|đột nhập nhà dân trộm tài sản], [trong đó|có vụ] kẻ gian [bẻ khóa lấy xe ngay trước sân nhà|cạy cửa lấy tiền, vàng khi chủ nhà đi rẫy]. Đến nay [chưa làm rõ được đối tượng|vẫn chưa có kết quả điều tra], bà con [rất lo lắng|hoang mang].",
            "Tình trạng trộm cắp vặt [như máy bơm nước, dây điện, bình ắc quy|máy bơm, ống tưới, dây điện ngoài rẫy] vẫn còn [xảy ra|phổ biến], [giá trị không lớn nhưng|tuy thiệt hại không nhiều nhưng] [gây bức xúc trong nhân dân|làm bà con rất bực]. [Nhiều vụ không trình báo vì ngại đi lại|Người dân nhiều khi không báo vì nghĩ có báo cũng khó tìm].",
            "Nhà tôi bị mất trộm [chiếc xe máy|xe máy và điện thoại] vào {month}, [đã trình báo|đã làm đơn trình báo {cax}] nhưng [đến nay chưa tìm được|chưa có thông tin gì].",
            "Vẫn còn tình trạng [đối tượng nghiện|người lạ] trộm [đồ đạc|tài sản] [ở chòi rẫy|trong các nhà kho], nhất là [mùa mưa|những hôm bà con đi rẫy cả ngày].",
        ),
        good=(
            "[Năm qua|Thời gian qua], {thon} không còn xảy ra tình trạng trộm cắp tài sản như trước. [Bà con đi rẫy|Người dân đi làm cả ngày] yên tâm [không phải lo mất đồ ở nhà|hơn nhiều]. [Cảm ơn {cax}|Đó là nhờ sự cố gắng của {cax}].",
            "Tôi [ghi nhận|đánh giá cao] việc {cax} [nhanh chóng làm rõ|chỉ trong {n_small} ngày đã làm rõ] vụ trộm xe máy [ở {thon}|xảy ra {month}], [thu hồi trả lại cho người bị hại|bắt giữ đối tượng và thu hồi tài sản].",
        ),
        ask=(
            "Đề nghị {cax} tuyên truyền để bà con [nâng cao ý thức tự bảo vệ tài sản|cảnh giác, khóa cổng, khóa xe cẩn thận], [nhất là|đặc biệt] khi [đi rẫy cả ngày|đi vắng dài ngày].",
            "Kiến nghị {cax} [có kế hoạch|phối hợp với thôn] tuần tra vào [ban đêm|khung giờ khuya] [tại các khu dân cư thưa|ở các tuyến đường vào {thon}], góp phần phòng ngừa trộm cắp.",
        ),
        reply=(
            "BAD:Đối với các vụ trộm cắp đại biểu phản ánh, {cax} đã [tiếp nhận, khám nghiệm hiện trường|thụ lý] và đang phối hợp với {unit_hs} [truy xét|điều tra, xác minh]; kết quả sẽ thông báo cho người bị hại. Đề nghị người dân [chủ động khóa xe, khóa cửa|lắp camera, khóa cửa cẩn thận] và báo tin kịp thời.",
            "Năm qua trên địa bàn xảy ra {n_cases} vụ trộm cắp tài sản, đã làm rõ [phần lớn|{n_small} vụ]. Thời gian tới {cax} sẽ tăng cường tuần tra vào [ban đêm|khung giờ từ 22 giờ đến 4 giờ sáng] và quản lý chặt số đối tượng [nghiện ma túy|có tiền án, tiền sự] trên địa bàn.",
        ),
    ),
    Situation(
        "ma_tuy",
        CRIME,
        weight=1.5,
        years=(0.9, 0.9, 1.0, 1.0, 1.1, 1.1, 1.1),
        who=("Hội Liên hiệp phụ nữ", "Cựu chiến binh", "Mặt trận Tổ quốc", "Đoàn thanh niên"),
        bad=(
            "Vẫn còn tình trạng [một số thanh niên|các đối tượng từ nơi khác đến] tụ tập sử dụng ma túy [tại các lô cà phê|ở nhà hoang|trong các chòi rẫy] [ở {thon}|gần {thon2}], [người dân thấy cả kim tiêm vứt bừa bãi|bà con nhiều lần nhặt được kim tiêm]. Đề nghị {cax} [kiểm tra|vào cuộc] xử lý [dứt điểm|kịp thời].",
            "Tình hình [ma túy|tệ nạn ma túy] [trên địa bàn|ở {xa}] [còn diễn biến phức tạp|có chiều hướng gia tăng], [số người nghiện tăng|có cả học sinh, thanh niên tham gia], [đặc biệt là ma túy đá, thuốc lắc|nhất là sử dụng ma túy tổng hợp]. [Gia đình có con em nghiện rất khổ, có nhà phải bán cả rẫy|Nhiều gia đình đã khánh kiệt vì có người nghiện].",
            "Bà con nghi ngờ có [điểm|nhà] ở {thon} [thường xuyên có người lạ ra vào lúc nửa đêm|có dấu hiệu mua bán ma túy], đã báo nhưng [chưa thấy xử lý|tình trạng vẫn còn].",
            "Số đối tượng nghiện sau khi đi cai về [lại tái nghiện|vẫn tiếp tục sử dụng], [có biểu hiện ngáo đá, đập phá đồ đạc|gây mất an ninh trong thôn], [bà con rất sợ|gia đình không quản lý nổi].",
        ),
        good=(
            "[Ghi nhận|Tôi đánh giá cao] {ca} [đã triệt phá|năm qua đã bắt giữ] [đường dây|nhiều vụ] mua bán ma túy [trên địa bàn {huyen}|ở {xa}], [góp phần làm trong sạch địa bàn|bà con rất phấn khởi].",
            "[Thời gian qua|Năm qua] ở {thon} không còn [điểm|tụ điểm] tụ tập sử dụng ma túy, [các đối tượng nghiện đều được quản lý|số người nghiện giảm rõ rệt]. Gia đình chúng tôi rất [cảm ơn {cax}|biết ơn].",
        ),
        ask=(
            "Đề nghị {ca} tăng cường tuyên truyền về tác hại của ma túy [trong trường học|cho học sinh, thanh niên], [nhất là các loại ma túy mới|đặc biệt là ma túy trộn trong bánh kẹo, nước uống], để các cháu [biết cách phòng tránh|không bị dụ dỗ].",
            "Kiến nghị [có chính sách|tạo điều kiện] [hỗ trợ việc làm cho người sau cai nghiện|dạy nghề cho người sau cai] để họ [tái hòa nhập|có việc làm ổn định], tránh tái nghiện.",
            "Xin hỏi: nếu gia đình phát hiện con em sử dụng ma túy thì [thủ tục cai nghiện tự nguyện như thế nào|đưa đi cai nghiện ở đâu], chi phí ra sao?",
        ),
        reply=(
            "Năm qua {ca} đã [phát hiện, bắt giữ|triệt xóa] {n_cases} vụ [phạm tội về ma túy|mua bán, tàng trữ trái phép chất ma túy], [lập hồ sơ đưa {n_small} người đi cai nghiện bắt buộc|quản lý {n_small} người nghiện tại cộng đồng]. Thông tin đại biểu cung cấp [sẽ được giữ bí mật|đã được ghi nhận] và {cax} sẽ [kiểm tra, xác minh|phối hợp với {unit_ma_tuy} xác minh] ngay sau hội nghị.",
            "Theo {law_drug}, người nghiện có thể cai nghiện tự nguyện tại gia đình, cộng đồng hoặc tại cơ sở cai nghiện; gia đình liên hệ {cax} hoặc UBND {xa} để được hướng dẫn cụ thể.",
        ),
    ),
    Situation(
        "ma_tuy_kieu_moi",
        CRIME,
        years=NEW_DRUGS,
        who=("Giáo viên", "Hội Liên hiệp phụ nữ", "Đoàn thanh niên"),
        bad=(
            "[Hiện nay|Gần đây] [học sinh|nhiều em học sinh] [ở {school}|trên địa bàn] [sử dụng thuốc lá điện tử|hút thuốc lá điện tử, thuốc lá nung nóng] [khá phổ biến|công khai], [có loại nghi trộn ma túy|phụ huynh lo có chất ma túy trộn bên trong]. [Việc mua bán qua mạng rất dễ|Các em mua qua mạng, giao tận nơi].",
            "Vẫn còn tình trạng thanh niên [sử dụng bóng cười|tụ tập hít bóng cười] [tại các quán|ở {landmark}] [vào tối cuối tuần|đến khuya], [gây mất trật tự|nguy hiểm cho sức khỏe].",
        ),
        good=(
            "[Cảm ơn|Ghi nhận] {cax} [đã phối hợp với {school}|thời gian qua đã] tuyên truyền [về tác hại của thuốc lá điện tử và ma túy trá hình|cho học sinh về các loại ma túy mới], [phụ huynh rất đồng tình|các cháu đã hiểu hơn].",
        ),
        ask=(
            "Đề nghị {ca} [kiểm tra|tăng cường quản lý] việc [bán thuốc lá điện tử|kinh doanh thuốc lá điện tử, bóng cười] [quanh khu vực trường học|trên mạng xã hội], đồng thời phối hợp với nhà trường [tuyên truyền cho các em|tổ chức các buổi nói chuyện chuyên đề].",
            "Mong {cax} tổ chức buổi nói chuyện với phụ huynh [về cách nhận biết|để nhận biết] các loại ma túy [núp bóng|trá hình] [thuốc lá điện tử, nước uống, tem giấy|trong bánh kẹo, thuốc lá điện tử].",
        ),
        reply=(
            "{ecig_rule}; {ca} sẽ phối hợp với nhà trường tuyên truyền, kiểm tra các điểm kinh doanh quanh trường học và xử lý nghiêm nếu phát hiện [pha trộn chất ma túy|vi phạm].",
            "Bóng cười (khí N2O) gây hại cho sức khỏe và dễ dẫn đến các vi phạm khác; {cax} sẽ [kiểm tra, xử lý các quán kinh doanh bóng cười|tuần tra vào tối cuối tuần tại các điểm đại biểu nêu] và [đề nghị gia đình quản lý con em|phối hợp với Đoàn thanh niên tuyên truyền].",
        ),
    ),
    Situation(
        "tin_dung_den",
        CRIME,
        weight=1.2,
        who=("Hội Liên hiệp phụ nữ", "Hội nông dân", "Mặt trận Tổ quốc"),
        bad=(
            "Tình trạng cho vay nặng lãi [vẫn còn|vẫn diễn ra] [trên địa bàn|ở {xa}], lãi suất [tới 3.000-5.000 đồng/1 triệu/ngày|30-50%/tháng], [nhiều hộ|có hộ] [phải bán rẫy, bán nhà để trả nợ|mất cả nhà cửa]. [Khi không trả được, đối tượng đến đòi nợ, đe dọa|Đối tượng đòi nợ ném chất bẩn vào nhà], [bà con rất sợ|gây hoang mang].",
            "Vẫn còn các [tờ rơi|quảng cáo] cho vay tiền ['nhanh, không thế chấp'|'hỗ trợ tài chính'] dán [khắp cột điện|ở cổng chợ, cột điện], [người nghèo|bà con thiếu vốn mùa vụ] [dễ sa vào|đã có người dính vào] tín dụng đen.",
            "Tín dụng đen [vẫn hoạt động|còn] [ở {thon}|quanh {market}], [có nhóm từ nơi khác đến|đối tượng đi xe máy đến tận rẫy] cho vay [góp ngày|bốc họ], [bà con nghèo vay rồi không thoát ra được|lãi mẹ đẻ lãi con].",
        ),
        good=(
            "[Ghi nhận|Tôi đánh giá cao] {ca} đã [triệt phá|đấu tranh với] [các nhóm|một số ổ nhóm] cho vay nặng lãi [trên địa bàn|từ nơi khác đến hoạt động], [hiện nay|đến nay] [không còn|không thấy] tờ rơi quảng cáo cho vay [dán ở chợ|ở cột điện] như trước.",
        ),
        ask=(
            "Đề nghị [các ngân hàng|Ngân hàng Chính sách xã hội] [tạo điều kiện|cho vay] vốn [ưu đãi|mùa vụ] để bà con [không phải tìm đến|tránh xa] tín dụng đen; đồng thời {cax} [tiếp tục tuyên truyền|tuyên truyền] để người dân [hiểu rõ hậu quả|cảnh giác].",
            "Xin hỏi: vay tiền với lãi suất bao nhiêu thì bị coi là cho vay nặng lãi, người đi vay [có phải trả phần lãi vượt quy định không|có bị xử lý không]?",
        ),
        reply=(
            "Hành vi cho vay lãi nặng có thể bị xử lý hình sự theo Điều 201 Bộ luật Hình sự; hành vi đòi nợ bằng cách đe dọa, ném chất bẩn [có thể bị xử lý về tội cưỡng đoạt tài sản hoặc gây rối trật tự công cộng|sẽ bị xử lý nghiêm]. Đề nghị người bị hại [đến {cax} trình báo, cung cấp tài liệu|cung cấp giấy vay, tin nhắn] để {ca} điều tra, xử lý.",
            "{cax} đã [bóc gỡ|tổ chức xóa] các tờ rơi quảng cáo cho vay [trên địa bàn|tại chợ, cột điện], [triệu tập|làm việc với] {n_small} đối tượng có dấu hiệu hoạt động tín dụng đen và [tiếp tục theo dõi|đang xác minh]. Lãi suất vượt 20%/năm là vượt mức Bộ luật Dân sự cho phép, gấp 5 lần trở lên có thể bị xử lý hình sự.",
        ),
    ),
    Situation(
        "vay_qua_app",
        CRIME,
        years=ONLINE,
        bad=(
            "[Một chị|Một hộ|Gia đình người em] ở {thon2} vay qua [app|ứng dụng] vay tiền online [{money_small}|vài chục triệu], [đến nay|giờ] [bị đòi gấp mấy lần|lãi chồng lãi không trả nổi]; đối tượng [gọi điện khủng bố cả người thân trong danh bạ|đăng ảnh bôi nhọ lên mạng]. [Đề nghị Công an can thiệp|Mong {cax} xử lý].",
            "Vẫn còn tình trạng [app cho vay|các ứng dụng cho vay] [tràn lan trên mạng|quảng cáo trên Facebook], [giải ngân nhanh nhưng trừ phí rất cao|thu phí hồ sơ, phí bảo hiểm vô lý], [thanh niên, công nhân|nhiều người] [vay rồi mắc nợ|bị đòi nợ kiểu khủng bố].",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] {ca} đã [kịp thời cảnh báo|thường xuyên cảnh báo] về [các app cho vay biến tướng|tín dụng đen qua mạng] [trên loa truyền thanh|qua nhóm Zalo thôn], [bà con đã cảnh giác hơn|không còn ai trong thôn vay qua app].",
        ),
        ask=(
            "Đề nghị {ca} hướng dẫn người dân [cách nhận biết|phân biệt] [app cho vay hợp pháp với app tín dụng đen|ứng dụng cho vay biến tướng], [và cách xử lý khi bị đòi nợ khủng bố|].",
        ),
        reply=(
            "[Hoạt động cho vay qua ứng dụng|Các ứng dụng cho vay] [không phép|biến tướng] thường [thu lãi, phí trái pháp luật|thu thập danh bạ để khủng bố đòi nợ]; người bị hại [cần lưu lại tin nhắn, ghi âm|giữ lại hợp đồng, tin nhắn] và [trình báo {cax}|báo ngay cho Công an] để được hướng dẫn, không [tự ý vay app khác để trả|chuyển thêm tiền cho đối tượng].",
        ),
    ),
    Situation(
        "lua_dao_gia_danh",
        CRIME,
        years=FRAUD,
        weight=1.6,
        who=("Hội Liên hiệp phụ nữ", "Hội người cao tuổi", "Người dân", "Cựu chiến binh"),
        bad=(
            "[Thời gian gần đây|Gần đây] [nhiều người dân|bà con] ở {thon} nhận được [cuộc gọi|điện thoại] [tự xưng là|giả danh] [Công an|cán bộ Công an {huyen}|cán bộ Viện kiểm sát] {scam_pretext}, [yêu cầu chuyển tiền để 'xác minh'|hướng dẫn cài ứng dụng lạ]. [Một chị ở {thon2}|Một hộ dân] đã [bị chiếm đoạt|mất] {money}. Đề nghị {ca} [sớm điều tra|có biện pháp xử lý].",
            "Tình trạng lừa đảo qua điện thoại [ngày càng tinh vi|vẫn diễn ra]: [đối tượng giả làm cán bộ điện lực, ngân hàng|đối tượng giả danh cán bộ bảo hiểm xã hội, nhân viên bưu điện], [gọi đến|nhắn tin] [đúng tên, đúng địa chỉ|biết rõ thông tin cá nhân] của người dân. [Người già ở thôn rất dễ tin|Người lớn tuổi không biết nên dễ bị lừa].",
            "Mẹ tôi [ở nhà một mình|đã ngoài 70 tuổi], {month} [nhận điện thoại|bị đối tượng gọi điện] [nói con đang cấp cứu ở bệnh viện|báo con bị tai nạn] cần chuyển tiền gấp, [đã chuyển {money_small}|suýt chuyển {money_small}]. [Đã trình báo nhưng chưa lấy lại được tiền|May mà hàng xóm phát hiện kịp, nhưng lừa đảo kiểu này vẫn còn nhiều].",
            "Vẫn còn tình trạng [giả danh Công an gọi điện|đối tượng giả danh cán bộ {cax}] [yêu cầu người dân cài ứng dụng 'Dịch vụ công' giả|yêu cầu đọc mã OTP], [đã có người mất tiền|nhiều người suýt mắc bẫy].",
        ),
        good=(
            "[Nhờ|Sau khi] {cax} [đến tận thôn tuyên truyền|gửi thông tin lên nhóm Zalo của thôn] về các thủ đoạn lừa đảo [qua điện thoại|giả danh Công an], [bà con đã cảnh giác hơn|nhiều người đã nhận ra cuộc gọi lừa đảo và báo lại]. [Tôi đánh giá cao|Xin cảm ơn] cách làm này.",
            "[Cảm ơn|Ghi nhận] {cax} đã [kịp thời ngăn chặn|phối hợp với ngân hàng ngăn chặn] [một vụ người dân suýt chuyển {money} cho đối tượng giả danh Công an|vụ lừa đảo qua điện thoại] [tại {xa}|vào {month}].",
        ),
        ask=(
            "Đề nghị {ca} [thường xuyên|tiếp tục] thông tin [các thủ đoạn lừa đảo mới|những phương thức lừa đảo qua mạng] [trên loa truyền thanh của thôn|qua nhóm Zalo, loa truyền thanh], [nhất là cho người già, người đồng bào|để người lớn tuổi biết mà phòng tránh].",
            "Xin hỏi: khi [nhận được cuộc gọi|có người gọi] tự xưng là Công an yêu cầu [chuyển tiền|cung cấp mã OTP] thì người dân [nên làm gì|báo cho ai]? [Mong {cax} hướng dẫn cụ thể.|Số trực ban của {cax} là bao nhiêu?]",
            "Kiến nghị {ca} [phối hợp với nhà mạng|phối hợp với các ngân hàng] [tổ chức buổi tuyên truyền|có hội nghị hướng dẫn] [phòng, chống lừa đảo trực tuyến|nhận diện lừa đảo qua mạng] cho hội viên [phụ nữ|người cao tuổi].",
        ),
        reply=(
            "{ca} khẳng định: Công an không làm việc, không yêu cầu người dân chuyển tiền hay cung cấp mã OTP qua điện thoại; mọi giấy triệu tập đều được gửi trực tiếp. Khi nhận cuộc gọi nghi vấn [cần tắt máy, báo ngay cho {cax}|không làm theo, liên hệ ngay với {cax}]. Vụ việc đại biểu nêu [đã được chuyển {unit_hs} điều tra theo Điều 174 Bộ luật Hình sự|đang được xác minh].",
            "{cax} [đã lập|sẽ tiếp tục cập nhật] thông tin về [các thủ đoạn lừa đảo mới|phòng, chống lừa đảo] [trên nhóm Zalo từng thôn|hằng tuần], [đề nghị|mong] các đoàn thể [phổ biến cho hội viên|nhắc nhở người thân, nhất là người lớn tuổi].",
        ),
    ),
    Situation(
        "lua_dao_dau_tu",
        CRIME,
        years=FRAUD_LATE,
        weight=1.5,
        who=("Đoàn thanh niên", "Giáo viên", "Hội Liên hiệp phụ nữ", "Người dân"),
        bad=(
            "Hiện nay có tình trạng [lừa đảo qua mạng|lừa đảo trên mạng xã hội] dưới hình thức ['làm nhiệm vụ' online|'việc nhẹ lương cao', làm cộng tác viên bán hàng online|đầu tư sàn tiền ảo, chứng khoán quốc tế]; [ban đầu được trả hoa hồng|lúc đầu rút được tiền], sau đó [yêu cầu nạp thêm|bị khóa tài khoản]. [Con gái tôi|Một giáo viên ở {xa}|Một thanh niên ở {thon2}] đã bị [chiếm đoạt|lừa mất] {money}.",
            "[Nhiều người|Một số người] ở {thon} [tham gia|bị lôi kéo vào] [các nhóm Zalo, Telegram 'đầu tư tài chính'|app đầu tư hứa lãi cao], [bán cả {crop} để nạp tiền|vay mượn để đầu tư], đến nay [mất trắng|không rút được tiền]. [Đề nghị|Kiến nghị] {ca} [điều tra làm rõ|vào cuộc xử lý] [để thu hồi tiền cho bà con|].",
            "Lừa đảo trên mạng [ngày càng nhiều|quá nhiều], [gần như tuần nào cũng có người nhận|ai trong thôn cũng từng nhận] tin nhắn lừa [trúng thưởng|tuyển dụng|nhận quà tri ân]; [người bị lừa ngại báo|nhiều người bị lừa không dám nói với ai].",
            "Tình trạng [chiếm đoạt tài khoản Facebook, Zalo|hack Zalo] rồi nhắn tin mượn tiền [người thân|bạn bè] [vẫn còn|xảy ra nhiều], {month} có người ở {thon} chuyển {money_small} [mới biết bị lừa|rồi mới gọi lại thì người quen không hề nhắn].",
        ),
        good=(
            "[Ghi nhận|Đánh giá cao] {ca} đã [kịp thời cảnh báo|thường xuyên cảnh báo] [các thủ đoạn lừa đảo 'việc nhẹ lương cao', đầu tư online|về lừa đảo đầu tư tài chính] [trên trang Facebook của Công an tỉnh|qua nhóm Zalo thôn], [nhờ vậy|nên] [hội viên chúng tôi đã|nhiều người đã] [tránh được|không sập bẫy].",
        ),
        ask=(
            "Đề nghị {ca} [phối hợp với Đoàn thanh niên|phối hợp với nhà trường] tuyên truyền cho [thanh niên, học sinh|sinh viên về nghỉ hè] [về các chiêu lừa tuyển dụng, 'việc nhẹ lương cao'|cách nhận biết lừa đảo đầu tư online], [tránh bị lôi kéo|để các em không bị lợi dụng].",
            "Kiến nghị [Công an|{cah}] [biên soạn|phát hành] [tài liệu|tờ rơi] hướng dẫn nhận diện lừa đảo qua mạng [bằng tiếng {lang}|có hình ảnh dễ hiểu] [để phát cho từng hộ|cho bà con ở bon].",
        ),
        reply=(
            "Đây là thủ đoạn lừa đảo [phổ biến hiện nay|đã được Bộ Công an nhiều lần cảnh báo]; {ca} đã [tiếp nhận đơn|chuyển đơn của người bị hại] đến {unit_hs} [để điều tra theo Điều 174 Bộ luật Hình sự|xác minh, truy vết dòng tiền]. Do đối tượng thường ở nước ngoài nên việc thu hồi tài sản rất khó khăn, đề nghị bà con tuyệt đối không chuyển tiền cho người lạ.",
            "Tiếp thu ý kiến, {cax} sẽ phối hợp [với các đoàn thể|với Đoàn thanh niên và nhà trường] [tổ chức tuyên truyền chuyên đề|đưa nội dung phòng, chống lừa đảo qua mạng vào sinh hoạt chi hội] và cập nhật thủ đoạn mới qua nhóm Zalo của thôn.",
        ),
    ),
    Situation(
        "dua_nguoi_sang_campuchia",
        CRIME,
        years=CAMBODIA,
        where={"tuy_duc": 2.2, "dak_mil": 1.8, "dak_song": 1.3, "cu_jut": 1.2},
        who=("Người có uy tín", "Trưởng thôn", "Đoàn thanh niên", "Hội Liên hiệp phụ nữ"),
        bad=(
            "[Năm qua|Thời gian qua] ở {thon} có {n_small} thanh niên [bị dụ dỗ|nghe lời rủ rê] sang Campuchia làm 'việc nhẹ lương cao', [đến nơi|sang đến bên kia] bị [giữ giấy tờ, ép đi lừa đảo qua mạng|bán qua nhiều công ty, đánh đập], gia đình [phải nộp|phải chuyển] {money} [mới đưa được về|để chuộc con].",
            "Vẫn còn tình trạng [các đối tượng|người quen] [lôi kéo|tuyển] thanh niên [đồng bào|trong thôn] sang Campuchia làm việc [qua đường mòn|không qua cửa khẩu], [nhiều em|có em] [mất liên lạc với gia đình|đến nay chưa về được].",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] {ca} đã phối hợp [đưa được|giải cứu] {n_small} thanh niên [của {xa}|ở {thon}] bị lừa sang Campuchia [trở về với gia đình|về nước an toàn].",
        ),
        ask=(
            "Đề nghị {ca} [tuyên truyền|nói chuyện] cho thanh niên [về thủ đoạn dụ dỗ|để nhận biết các lời mời] đi làm [ở Campuchia|ở nước ngoài] 'việc nhẹ lương cao', [nhất là|đặc biệt] [các em mới học xong|thanh niên đồng bào DTTS].",
        ),
        reply=(
            "{ca} đã [phối hợp với các cơ quan chức năng|phối hợp với Bộ đội Biên phòng] [tiếp nhận|giải cứu] [các công dân bị lừa|công dân trở về]; [hành vi môi giới, đưa người sang Campuchia trái phép có dấu hiệu mua bán người, tổ chức xuất cảnh trái phép|đang điều tra các đối tượng môi giới]. Gia đình khi nhận tin người thân bị ép buộc cần báo ngay cho {cax}, không tự ý chuyển tiền chuộc.",
        ),
    ),
    Situation(
        "vo_hui_dai_ly",
        CRIME,
        who=("Hội nông dân", "Hội Liên hiệp phụ nữ", "Hộ kinh doanh"),
        bad=(
            "[Năm vừa qua|Gần đây] ở {xa} [xảy ra|có] vụ [vỡ hụi|chủ hụi bỏ trốn] với tổng số tiền [hàng tỷ đồng|{money_big}], [nhiều hộ|{n_households} hộ] bị ảnh hưởng; bà con [làm đơn|đã có đơn gửi Công an] nhưng [chưa được giải quyết|đến nay chưa có kết quả].",
            "Vẫn còn tình trạng [đại lý|thương lái] [thu mua {crop}|nhận ký gửi {crop}] của bà con [rồi bỏ trốn, không trả tiền|rồi tuyên bố vỡ nợ], [gia đình tôi bị mất|có hộ bị mất] [hơn {n_small} tấn|{money}]. [Đề nghị {ca} làm rõ, giúp bà con đòi lại tài sản|Mong Công an vào cuộc].",
        ),
        good=(
            "[Cảm ơn|Ghi nhận] {ca} đã [khởi tố|bắt được] [chủ đại lý chiếm đoạt tiền ký gửi {crop}|đối tượng bỏ trốn sau khi vỡ hụi], [giúp người dân lấy lại niềm tin|bà con rất phấn khởi].",
        ),
        ask=(
            "Đề nghị {ca} tuyên truyền để bà con [cẩn trọng khi|hiểu rủi ro khi] [ký gửi {crop} cho đại lý|tham gia chơi hụi, họ]; [ký gửi phải có giấy tờ|giao dịch phải có giấy tờ rõ ràng] [để tránh mất trắng|để có căn cứ khi xảy ra tranh chấp].",
        ),
        reply=(
            "BAD:[Đơn của các hộ dân|Vụ việc] đang được {unit_hs} [thụ lý, xác minh|xác minh] theo quy định; khi có đủ căn cứ sẽ khởi tố về tội lạm dụng tín nhiệm chiếm đoạt tài sản. [Đối với các tranh chấp dân sự, đề nghị bà con khởi kiện tại Tòa án|Đề nghị các hộ cung cấp đầy đủ giấy tờ, biên nhận].",
        ),
    ),
    Situation(
        "danh_bac",
        CRIME,
        years=(1.0, 1.0, 1.3, 1.3, 1.0, 1.3, 1.0),
        bad=(
            "Vẫn còn tình trạng [tụ tập đánh bạc|đánh bài ăn tiền|đá gà ăn tiền] [ở các chòi rẫy|trong lô cà phê|tại một số nhà trong {thon}], [nhất là|đặc biệt] [dịp Tết|sau mùa thu hoạch {crop}|vào các đám cưới, đám ma]; [có sòng|có nhóm] [ăn thua hàng chục triệu đồng|có cả người nơi khác đến].",
            "Tình trạng [lô đề|ghi số đề] [vẫn hoạt động công khai|vẫn diễn ra] [ở chợ|quanh khu vực {market}], [người ghi đề đến tận nhà|có cả người già, phụ nữ tham gia], [nhiều gia đình khánh kiệt|gây mất hạnh phúc gia đình].",
            "[Mùa bóng đá|Dịp giải bóng đá lớn] vừa qua, [một số thanh niên|nhiều thanh niên] ở {thon} [cá độ qua mạng|tham gia cá độ bóng đá qua điện thoại], [có em thua mấy chục triệu phải bỏ nhà đi|gia đình phải bán {crop} trả nợ].",
        ),
        good=(
            "[Năm nay|Dịp Tết vừa qua] [ở {thon}|trên địa bàn {xa}] không còn [tình trạng|cảnh] [tụ tập đánh bạc|đá gà ăn tiền] như [mọi năm|những năm trước]; [Tết vui vẻ, an toàn|bà con đón Tết yên vui]. [Ghi nhận sự vào cuộc của {cax}|Cảm ơn {cax}].",
        ),
        ask=(
            "[Đề nghị|Mong] {cax} [tăng cường kiểm tra|có kế hoạch tuần tra] [vào dịp Tết Nguyên đán|vào dịp lễ hội, sau mùa thu hoạch] [tại các chòi rẫy, khu vực vắng|] để phòng ngừa [tụ tập đánh bạc|tệ nạn cờ bạc].",
        ),
        reply=(
            "{cax} đã [kiểm tra|triệt phá] {n_small} [tụ điểm|sòng] đánh bạc, [xử phạt hành chính|xử lý] {n_small} đối tượng theo {nd_antt}; [các trường hợp đủ yếu tố cấu thành tội phạm sẽ bị xử lý theo Điều 321, 322 Bộ luật Hình sự|sẽ tiếp tục theo dõi, xử lý nghiêm].",
        ),
    ),
    Situation(
        "danh_nhau",
        CRIME,
        weight=1.1,
        who=("Giáo viên", "Trưởng thôn", "Đoàn thanh niên", "Cựu chiến binh"),
        bad=(
            "[Tình trạng|Vẫn còn tình trạng] thanh niên [tụ tập|uống rượu] [đánh nhau|gây gổ] [tại đám cưới, quán nhậu|ở các quán karaoke, quán nhậu], [có vụ mang theo dao, mã tấu|có lúc dùng cả hung khí], [làm 1 người bị thương|gây bất an cho người dân].",
            "[Học sinh|Một số học sinh] [{school}|trên địa bàn] [đánh nhau|hẹn nhau đánh hội đồng] [rồi quay clip đăng lên mạng|sau giờ học], [phụ huynh rất lo lắng|gây bức xúc]. [Đề nghị Công an phối hợp với nhà trường xử lý|Mong Công an và nhà trường có biện pháp].",
            "[Nhóm|Một nhóm] thanh niên [ở {thon2}|từ nơi khác] [thường|hay] [tụ tập uống rượu, gây gổ|chặn đường gây sự] [với người đi đường|với thanh niên trong thôn] [vào ban đêm|ở khu vực {landmark}], [bà con rất sợ|đến nay chưa bị xử lý].",
        ),
        good=(
            "[So với trước|Năm nay], tình trạng [thanh niên tụ tập đánh nhau|đánh nhau ở đám cưới] [ở {thon}|trên địa bàn] [đã giảm hẳn|gần như không còn]. [Ghi nhận|Đó là nhờ] {cax} [thường xuyên nắm tình hình, gọi hỏi răn đe các em|kịp thời hòa giải, xử lý].",
        ),
        ask=(
            "Đề nghị {cax} [phối hợp với nhà trường và gia đình|phối hợp với Đoàn thanh niên] [quản lý, giáo dục|nắm tình hình] [học sinh cá biệt|thanh thiếu niên], phòng ngừa [đánh nhau, tụ tập gây rối|vi phạm pháp luật].",
        ),
        reply=(
            "BAD:{cax} đã [mời các em và gia đình lên làm việc|xác minh vụ việc], [xử phạt hành chính|giáo dục tại xã] đối với [các đối tượng vi phạm|các em liên quan]; [đồng thời phối hợp với nhà trường cho học sinh ký cam kết|sẽ phối hợp với nhà trường tổ chức tuyên truyền][, vụ việc có thương tích đang được {unit_hs} xác minh|].",
        ),
    ),
    Situation(
        "bao_ke",
        CRIME,
        weight=0.5,
        area="urban",
        who=("Hộ kinh doanh", "Doanh nghiệp"),
        bad=(
            "Vẫn còn tình trạng [nhóm đối tượng|các đối tượng] [bảo kê|thu tiền 'bảo kê'] [ở {market}|tại các bãi tập kết nông sản|tại các công trình xây dựng], [người buôn bán không dám nói|bà con phải đóng tiền mà không dám báo].",
            "Một số đối tượng [đe dọa|gây khó dễ] [các chủ xe chở {crop}|người thu mua] buộc phải [thuê xe, thuê người bốc xếp của chúng|nộp tiền] mới được làm ăn [ở {xa}|].",
        ),
        good=(
            "[Ghi nhận|Đánh giá cao] {ca} đã [đấu tranh triệt phá|xử lý] [nhóm đối tượng bảo kê|băng nhóm] [ở {market}|trên địa bàn {huyen}], [tiểu thương|bà con buôn bán] [yên tâm làm ăn|rất phấn khởi].",
        ),
        ask=(
            "Đề nghị {ca} [công bố đường dây nóng|có số điện thoại riêng] để [tiểu thương|người dân] [báo tin khi bị ép buộc|phản ánh khi bị đe dọa], [và giữ bí mật cho người báo tin|].",
        ),
        reply=(
            "BAD:{ca} [tiếp nhận thông tin|đã ghi nhận], [sẽ xác minh, làm rõ|giao {unit_hs} xác minh] các đối tượng đại biểu nêu; [đề nghị người bị hại mạnh dạn tố giác, Công an cam kết giữ bí mật|sẽ xử lý nghiêm theo quy định của pháp luật].",
        ),
    ),
    Situation(
        "buon_lau_bien_gioi",
        CRIME,
        weight=0.6,
        where={
            "tuy_duc": 4.0,
            "dak_mil": 3.0,
            "dak_song": 1.5,
            "cu_jut": 1.5,
            "gia_nghia": 0.1,
            "krong_no": 0.1,
            "dak_rlap": 0.2,
            "dak_glong": 0.1,
        },
        bad=(
            "Khu vực [giáp biên|biên giới] [thuộc {xa}|gần {gate}] vẫn còn tình trạng [vận chuyển|buôn lậu] [thuốc lá điếu, đường cát|thuốc lá, hàng tiêu dùng] [từ Campuchia|qua đường mòn, lối mở] [vào ban đêm|bằng xe máy độ], [chạy tốc độ cao rất nguy hiểm|gây mất ANTT].",
            "Có tình trạng [vận chuyển|tiêu thụ] [gia súc|bò] [nhập lậu từ Campuchia|không rõ nguồn gốc qua biên giới] không qua kiểm dịch [ở {xa}|], [đề nghị các lực lượng kiểm tra|].",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] {ca} [phối hợp với Bộ đội Biên phòng|cùng Đồn Biên phòng] [bắt giữ|ngăn chặn] [nhiều vụ|các vụ] [vận chuyển hàng lậu qua biên giới|buôn lậu thuốc lá], [tình hình khu vực biên giới|khu vực giáp biên] [ổn định hơn|đã yên bình hơn].",
        ),
        ask=(
            "Đề nghị [tăng cường|duy trì] [tuần tra|phối hợp tuần tra] [giữa Công an và Biên phòng|chung] [trên các đường mòn, lối mở|ở khu vực biên giới] để phòng ngừa buôn lậu.",
        ),
        reply=(
            "{ca} đã [phối hợp với Bộ đội Biên phòng và Quản lý thị trường|phối hợp với Đồn Biên phòng] [tăng cường tuần tra|lập chốt kiểm soát] [trên các tuyến đường mòn, lối mở|khu vực biên giới]; năm qua đã [bắt giữ|phát hiện] {n_cases} vụ vận chuyển hàng cấm, hàng nhập lậu.",
        ),
    ),
    Situation(
        "trom_cho",
        CRIME,
        years=DECLINING,
        area="rural",
        weight=0.8,
        bad=(
            "Vẫn còn tình trạng [các đối tượng|nhóm thanh niên] [đi xe máy|chạy xe] [dùng súng bắn điện|dùng bả độc] trộm chó [vào lúc sáng sớm|vào ban đêm] [ở {thon}|trên các tuyến đường liên thôn]; [có lần bà con đuổi bắt còn bị chúng xịt hơi cay|bà con rất bức xúc].",
            "Trộm chó [vẫn còn|còn nhiều] ở {thon}, [nhà tôi mất {n_small} con trong {month}|tháng nào cũng có nhà bị mất].",
        ),
        good=(
            "[Nạn|Tình trạng] trộm chó [ở {thon}|trên địa bàn] [đã được ngăn chặn|năm nay không còn], bà con [ghi nhận|cảm ơn] {cax} [đã bắt quả tang nhóm trộm chó|đã xử lý kịp thời].",
        ),
        ask=(
            "Đề nghị {cax} [kiểm tra|quản lý] các [quán thịt chó|điểm thu mua chó] trên địa bàn để ngăn chặn việc tiêu thụ chó trộm, [tránh để người dân tự xử lý đối tượng gây hậu quả đáng tiếc|].",
        ),
        reply=(
            "Hành vi dùng súng bắn điện, bả độc trộm chó [có thể bị xử lý hình sự về tội trộm cắp tài sản|sẽ bị xử lý nghiêm], việc sử dụng công cụ kích điện còn vi phạm quy định về vũ khí, công cụ hỗ trợ. Đề nghị bà con khi bắt được đối tượng thì giao cho Công an, không đánh đập để tránh vi phạm pháp luật.",
        ),
    ),
    Situation(
        "mai_dam_tra_hinh",
        CRIME,
        weight=0.4,
        area="urban",
        bad=(
            "Có dấu hiệu [hoạt động mại dâm trá hình|'tiếp viên' bán dâm] [tại một số quán karaoke, quán cà phê đèn mờ|ở quán cà phê võng] [trên {road}|ở {landmark}], [ảnh hưởng đến thuần phong mỹ tục|người dân rất bức xúc].",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] {ca} [đã kiểm tra|đã xử lý] [các quán cà phê đèn mờ|quán karaoke có dấu hiệu mại dâm] [trên {road}|ở {landmark}], [đến nay khu vực này đã sạch|hiện không còn hoạt động].",
        ),
        ask=(
            "Đề nghị {ca} [thường xuyên|định kỳ] kiểm tra [các cơ sở lưu trú, karaoke, massage|các quán cà phê ven {road}] để phòng ngừa [tệ nạn mại dâm|mại dâm và ma túy].",
        ),
        reply=(
            "{ca} [đã kiểm tra|sẽ kiểm tra đột xuất] [các cơ sở kinh doanh dịch vụ|các quán đại biểu nêu]; nếu phát hiện hoạt động mua bán dâm sẽ xử lý nghiêm theo {nd_antt}.",
        ),
    ),
)


# ---------------------------------------------------------------- situations: traffic

TRAFFIC_SITUATIONS = (
    Situation(
        "xe_tai_quoc_lo",
        TRAFFIC,
        weight=1.8,
        where={"cu_jut": 1.3, "dak_mil": 1.3, "dak_song": 1.2, "dak_rlap": 1.2, "gia_nghia": 1.1},
        bad=(
            "Trên {road} [đoạn qua {xa}|qua địa bàn {xa}] [vẫn còn tình trạng|thường xuyên có] xe tải, xe [container|đầu kéo] [chạy quá tốc độ|chở quá tải], [nhất là ban đêm|đặc biệt vào ban đêm], [gây nguy hiểm cho người đi đường|làm hư hỏng mặt đường][, trong năm đã xảy ra {n_small} vụ tai nạn|, {month} đã có tai nạn chết người|].",
            "Xe khách [giường nằm|chạy tuyến Buôn Ma Thuột - TP Hồ Chí Minh] [chạy tốc độ cao|dừng đỗ đón trả khách tùy tiện] [trên {road}|đoạn qua trung tâm {xa}], [nhiều lần suýt gây tai nạn|rất nguy hiểm cho học sinh qua đường].",
            "Đoạn {road} [qua {thon}|gần {school}] [nhiều khúc cua|có dốc dài] mà xe [tải|container] [vượt ẩu|chạy nhanh], [bà con đi rẫy|học sinh đi học] qua đường rất [sợ|nguy hiểm]. [Năm nay đã có|Mới đây có] vụ tai nạn [làm 1 người chết|nghiêm trọng].",
            "Tai nạn giao thông trên {road} [qua địa bàn {huyen}|qua {xa}] vẫn còn nhiều, [nguyên nhân chủ yếu do xe tải chạy ẩu|phần nhiều do vượt sai quy định].",
        ),
        good=(
            "[Năm nay|Thời gian qua], [lực lượng CSGT|{unit_gt}] [tuần tra kiểm soát thường xuyên|xử lý nghiêm xe quá khổ, quá tải] trên {road}, [tai nạn giao thông qua địa bàn {xa} đã giảm rõ rệt|tình trạng xe chạy ẩu đã giảm nhiều]. [Tôi ghi nhận|Nhân dân đánh giá cao].",
        ),
        ask=(
            "Đề nghị {ca} [phối hợp với {road_agency}|kiến nghị cơ quan chức năng] [lắp đặt|bổ sung] [biển báo, đèn tín hiệu, gờ giảm tốc|camera giám sát] [tại ngã ba {road} vào {xa}|tại đoạn {road} qua trung tâm {xa}] [để phòng ngừa tai nạn|để bảo đảm an toàn cho học sinh].",
            "Kiến nghị [bố trí|duy trì] [chốt|tổ] CSGT [tuần tra|kiểm soát] [vào giờ cao điểm|vào ban đêm và dịp lễ, Tết] trên {road} [đoạn qua {huyen}|].",
        ),
        reply=(
            "Năm qua {unit_gt} đã [kiểm tra, xử lý|lập biên bản] {n_cases} trường hợp vi phạm [tốc độ, tải trọng|trên {road}], tước {n_small} giấy phép lái xe theo {nd_gt}. Thời gian tới sẽ [tăng cường tuần tra vào ban đêm|bố trí tổ công tác tuần tra lưu động] và kiến nghị {road_agency} bổ sung biển báo, gờ giảm tốc tại các điểm đại biểu nêu.",
        ),
    ),
    Situation(
        "ruou_bia_lai_xe",
        TRAFFIC,
        weight=1.3,
        years=(0.8, 1.8, 1.2, 1.0, 1.0, 1.0, 1.2),
        who=("Người có uy tín", "Trưởng thôn", "Hội Liên hiệp phụ nữ", "Cựu chiến binh"),
        bad=(
            "Vẫn còn tình trạng [thanh niên|người dân] [uống rượu bia|say xỉn] [ở đám cưới, đám giỗ|sau khi đi nhậu] rồi [điều khiển xe máy|chạy xe] về nhà, [nhất là ở các bon, thôn xa|đặc biệt vào dịp lễ hội], [đã có vụ tai nạn|rất dễ gây tai nạn].",
            "Ở {thon} [nhiều|có] [người|thanh niên] [sau khi uống rượu|say rượu] [vẫn lái xe công nông, xe máy|phóng xe] [trên đường liên thôn|ra {road}], [trong năm đã có {n_small} vụ tai nạn|{month} có vụ tai nạn làm 1 người tử vong].",
        ),
        good=(
            "Từ khi [thực hiện {nd_gt_short}|xử lý nghiêm nồng độ cồn], [bà con|người dân] [đã có ý thức hơn|đi ăn cưới đã gọi người nhà đón], [tai nạn do say rượu|tai nạn giao thông] ở {xa} giảm rõ rệt. [Tôi hoàn toàn đồng tình|Tôi ủng hộ việc xử lý nghiêm này].",
        ),
        ask=(
            "Đề nghị [CSGT|{cax}] [tiếp tục|duy trì] kiểm tra nồng độ cồn [trên các tuyến đường liên xã|vào dịp lễ, Tết, mùa cưới], đồng thời [tuyên truyền bằng tiếng {lang}|tuyên truyền ở các bon, buôn] để bà con [hiểu|chấp hành].",
        ),
        reply=(
            "Theo {nd_gt}, người điều khiển xe mô tô có nồng độ cồn bị phạt tiền và tước giấy phép lái xe[, có thể bị tạm giữ phương tiện|]. {unit_gt} sẽ [tiếp tục|tăng cường] kiểm tra nồng độ cồn [trên các tuyến đường vào bon|vào dịp lễ, Tết]; [đề nghị các đoàn thể|mong già làng, trưởng bon] [vận động bà con|nhắc nhở con cháu] 'đã uống rượu bia thì không lái xe'.",
        ),
    ),
    Situation(
        "hoc_sinh_xe_may",
        TRAFFIC,
        weight=1.2,
        who=("Giáo viên", "Hội Liên hiệp phụ nữ", "Đoàn thanh niên"),
        bad=(
            "Vẫn còn [nhiều|một số] học sinh [chưa đủ tuổi|THCS] [điều khiển xe máy|chạy xe máy phân khối lớn] [đến trường|đi học], [không đội mũ bảo hiểm|chở 3, chở 4], [gửi xe ở các nhà dân quanh trường|lạng lách trên {road}]; [phụ huynh vẫn giao xe cho con|gia đình chưa quản lý].",
            "[Giờ tan học|Buổi trưa tan trường], [trước cổng {school}|đoạn đường trước {school}] [xe đạp điện, xe máy của học sinh|học sinh đi xe máy] [chạy hàng ba, hàng bốn|dàn hàng ngang], [rất dễ xảy ra tai nạn|gây ùn tắc].",
        ),
        good=(
            "[Năm học vừa qua|Từ đầu năm học], {cax} [phối hợp với {school}|phối hợp với nhà trường] [kiểm tra|tuyên truyền], [tình trạng học sinh đi xe máy đến trường|học sinh không đội mũ bảo hiểm] [đã giảm hẳn|gần như không còn]. [Phụ huynh rất đồng tình|Cảm ơn {cax}].",
        ),
        ask=(
            "Đề nghị {cax} [phối hợp với nhà trường|phối hợp với {school}] [tổ chức ký cam kết|tuyên truyền] với phụ huynh về việc không giao xe cho [con em chưa đủ tuổi|học sinh chưa có giấy phép lái xe], [ngay từ đầu năm học|vào đầu năm học].",
        ),
        reply=(
            "{cax} đã phối hợp với [các trường trên địa bàn|{school}] [tổ chức ký cam kết với phụ huynh|tuyên truyền đầu năm học], đồng thời [bố trí lực lượng|cử cán bộ] điều tiết giao thông [giờ tan trường|trước cổng trường]. Theo {nd_gt}, người giao xe cho người không đủ điều kiện điều khiển cũng bị xử phạt.",
        ),
    ),
    Situation(
        "dua_xe_nep_po",
        TRAFFIC,
        area="urban",
        bad=(
            "Vẫn còn tình trạng thanh niên [tụ tập đua xe|chạy xe nẹt pô, bốc đầu] [trên {road}|ở {landmark}] [vào tối thứ Bảy, Chủ nhật|vào đêm khuya], [gây ồn ào|gây mất trật tự], [người dân không ngủ được|rất nguy hiểm].",
            "[Đêm nào cũng|Cứ cuối tuần] lại có [nhóm|tốp] thanh niên [chạy xe lạng lách|rú ga, nẹt pô] [quanh khu vực {landmark}|trên {road}], [có em mới 15, 16 tuổi|không đội mũ bảo hiểm].",
        ),
        good=(
            "Tình trạng [đua xe|nẹt pô, lạng lách] [trên {road}|ở khu vực {landmark}] [mấy tháng nay đã chấm dứt|không còn như trước], [người dân ghi nhận|bà con cảm ơn] [lực lượng CSGT|{cax}] [đã tuần tra, xử lý quyết liệt|đã mạnh tay xử lý].",
        ),
        ask=(
            "Đề nghị [tổ chức|bố trí] [tuần tra|lực lượng] [vào ban đêm cuối tuần|vào dịp lễ, các trận bóng đá lớn] [trên {road}|tại khu vực {landmark}] để phòng ngừa [đua xe trái phép|thanh niên tụ tập đua xe].",
        ),
        reply=(
            "{ca} đã [thành lập tổ công tác|tổ chức các đợt cao điểm] [xử lý đua xe, nẹt pô|tuần tra đêm], [tạm giữ|xử lý] {n_small} [xe độ chế|trường hợp]; [đề nghị gia đình quản lý con em|sẽ tiếp tục phối hợp với gia đình]. [Hành vi tổ chức đua xe trái phép có thể bị xử lý hình sự|].",
        ),
    ),
    Situation(
        "lan_chiem_phoi_nong_san",
        TRAFFIC,
        weight=1.2,
        who=("Trưởng thôn", "Hội nông dân", "Hộ kinh doanh"),
        bad=(
            "Vào mùa thu hoạch, [nhiều hộ|bà con] [phơi {crop}|phơi ngô, cà phê] [trên lòng đường {road}|lấn ra mặt đường liên xã|lấn ra lòng đường liên thôn], [chiếm gần nửa đường|xe đi qua rất nguy hiểm], [đã có người ngã xe|ban đêm không thấy rất dễ tai nạn].",
            "Vẫn còn tình trạng [lấn chiếm vỉa hè, lòng đường|buôn bán lấn chiếm lòng đường] [ở {market}|trước {market}] [để buôn bán|bày hàng], [gây ùn tắc|xe cộ không đi được] [vào buổi sáng|giờ cao điểm]; [đã nhắc nhiều lần nhưng đâu lại vào đấy|chưa được xử lý dứt điểm].",
            "Tình trạng [tập kết|đổ] [vật liệu xây dựng|cát, đá] ra lòng đường [ở {thon}|] [kéo dài nhiều ngày|], [không có biển cảnh báo|ban đêm không có đèn].",
        ),
        good=(
            "Việc [phơi nông sản trên đường|lấn chiếm lòng đường ở {market}] năm nay đã được [chấn chỉnh|khắc phục], [đường thông thoáng hơn|đi lại thuận tiện hơn nhiều]. [Ghi nhận sự vào cuộc của {cax}|Cảm ơn {cax} đã kiên trì vận động].",
        ),
        ask=(
            "Đề nghị {cax} [phối hợp với UBND {xa}|phối hợp với thôn] [bố trí|vận động] [sân phơi tập trung|điểm phơi chung] cho bà con vào mùa thu hoạch, [tránh phơi {crop} trên đường|để bảo đảm an toàn giao thông].",
        ),
        reply=(
            "{cax} đã [phối hợp với UBND {xa} ra quân|tổ chức vận động, nhắc nhở] [xử lý lấn chiếm lòng đường, vỉa hè|các hộ phơi nông sản trên đường], [lập biên bản|xử phạt] {n_small} trường hợp cố tình vi phạm theo {nd_gt}. [Đề nghị trưởng thôn tiếp tục nhắc nhở bà con|Sẽ phối hợp với thôn tiếp tục vận động].",
        ),
    ),
    Situation(
        "bien_bao_diem_den",
        TRAFFIC,
        tilt=(1.0, 0.6, 1.6),
        bad=(
            "Tại [ngã ba|ngã tư] [{road} giao với đường vào {thon}|trung tâm {xa}] [chưa có|còn thiếu] [đèn tín hiệu|biển báo, gờ giảm tốc], [tai nạn xảy ra liên tục|năm nào cũng có vài vụ va chạm][, đề nghị sớm khắc phục|].",
            "[Điểm đen|Khúc cua] tai nạn [trên {road} đoạn qua {thon}|ở dốc {thon}] [chưa được|vẫn chưa] [xử lý|cải tạo], [cây cối che khuất tầm nhìn|tầm nhìn bị khuất].",
        ),
        good=(
            "[Điểm đen|Ngã ba] [trên {road} qua {xa}|vào {thon}] đã được [lắp đèn tín hiệu|cắm biển báo, làm gờ giảm tốc], từ đó [không còn xảy ra tai nạn|tai nạn giảm hẳn]. [Cảm ơn {ca} đã kiến nghị kịp thời|Bà con rất phấn khởi].",
        ),
        ask=(
            "[Đề nghị|Kiến nghị] [lắp|bổ sung] [gương cầu lồi|biển cảnh báo, vạch sơn] [tại khúc cua|tại điểm giao nhau] [gần {school}|vào {thon}] [để bảo đảm an toàn|nhằm phòng ngừa tai nạn] [cho học sinh|cho người đi đường].",
        ),
        reply=(
            "{ca} [đã khảo sát|sẽ phối hợp khảo sát] [điểm đại biểu nêu|hiện trường] và [có văn bản kiến nghị|đề xuất] {road_agency} [bổ sung biển báo, gờ giảm tốc|xử lý điểm đen] trong thời gian sớm nhất.",
        ),
    ),
    Situation(
        "xe_cong_nong",
        TRAFFIC,
        area="rural",
        weight=0.8,
        bad=(
            "Vẫn còn [nhiều|] [xe công nông|xe cày, xe độ chế] [không biển số, không đèn|hết niên hạn] [chở người, chở nông sản|chở {crop}, phân bón] [chạy trên {road}|lưu thông cả trên quốc lộ], [người lái|có người] [không có giấy phép lái xe|chưa đủ tuổi], [rất nguy hiểm|đã gây tai nạn].",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] {cax} [đã tuyên truyền, vận động|đã hướng dẫn] bà con [không sử dụng xe công nông chở người|không cho xe độ chế chạy ra quốc lộ], năm nay tình trạng này [đã giảm rõ|hầu như không còn].",
        ),
        ask=(
            "Đề nghị [có hướng dẫn|hướng dẫn cụ thể] về việc [đăng ký|sử dụng] [xe máy cày, xe công nông|xe độ chế] [phục vụ sản xuất|chở nông sản trong rẫy], [vì bà con vùng sâu rất cần loại xe này|để bà con biết mà chấp hành].",
        ),
        reply=(
            "Xe công nông, xe độ chế [không đủ điều kiện tham gia giao thông|hết niên hạn] [bị cấm lưu thông trên đường|sẽ bị xử lý theo {nd_gt}]; [đối với máy kéo phục vụ sản xuất, bà con cần đăng ký theo quy định|{cax} sẽ hướng dẫn bà con chỉ sử dụng trong phạm vi rẫy].",
        ),
    ),
    Situation(
        "xe_cho_quang_cat",
        TRAFFIC,
        weight=0.7,
        where={
            "dak_rlap": 3.5,
            "gia_nghia": 2.0,
            "krong_no": 2.0,
            "cu_jut": 1.2,
            "dak_glong": 0.8,
            "tuy_duc": 0.4,
            "dak_song": 0.5,
            "dak_mil": 0.5,
        },
        who=("Trưởng thôn", "Người dân", "Mặt trận Tổ quốc"),
        bad=(
            "[Xe|Đoàn xe] [chở quặng|chở đất đá, vật liệu] [ra vào {mine}|từ {mine}] [chạy tốc độ cao|chở quá tải], [làm rơi vãi đất đá|không che chắn], [đường trơn trượt khi trời mưa, bụi mù khi nắng|gây bụi và mất an toàn] [cho người dân {thon}|].",
            "Xe ben [chở cát|chở vật liệu] từ {mine} [chạy suốt ngày đêm qua {thon}|chạy qua đường liên thôn], [chở quá tải|không che bạt], [đường hư hỏng nặng|học sinh đi học rất nguy hiểm].",
        ),
        good=(
            "Từ khi [{cax} phối hợp kiểm tra|CSGT kiểm tra tải trọng], xe [chở vật liệu|chở quặng] [đã được che chắn|chạy đúng tốc độ], [đường sạch hơn|không còn rơi vãi như trước][, bà con ghi nhận|].",
        ),
        ask=(
            "Đề nghị [yêu cầu|làm việc với] [doanh nghiệp khai thác|chủ các bãi cát, mỏ đá] [bố trí người điều tiết giao thông|rửa xe, che chắn trước khi ra đường] [tại các điểm ra vào|ở cổng mỏ][ và quy định giờ chạy xe tránh giờ học sinh đi học|].",
        ),
        reply=(
            "{ca} đã [làm việc với|có văn bản đề nghị] [các doanh nghiệp|đơn vị khai thác] [yêu cầu che chắn, không chở quá tải|cam kết bảo đảm ATGT], đồng thời [tổ chức kiểm tra tải trọng|phối hợp với Thanh tra giao thông kiểm tra] trên tuyến đường đại biểu nêu; [năm qua xử phạt {n_small} trường hợp|sẽ xử lý nghiêm nếu tái phạm].",
        ),
    ),
    Situation(
        "tha_rong_gia_suc",
        TRAFFIC,
        area="rural",
        weight=0.6,
        bad=(
            "Vẫn còn tình trạng [thả rông trâu bò|thả bò] [trên {road}|trên đường liên xã], [nhất là chiều tối|đặc biệt lúc chạng vạng], [đã có người đi xe máy tông vào bò|nhiều vụ tai nạn đã xảy ra].",
        ),
        good=(
            "Tình trạng thả rông gia súc trên đường [đã được chấn chỉnh|năm nay đã giảm hẳn], [các hộ đã ký cam kết|bà con đã có ý thức hơn]. [Ghi nhận {cax} và thôn|Cảm ơn {cax}].",
        ),
        ask=(
            "Đề nghị {cax} [phối hợp với thôn|cùng trưởng bon] [tuyên truyền, cho các hộ ký cam kết|vận động bà con] không thả rông gia súc [trên đường giao thông|ra {road}][, nhất là mùa khô|].",
        ),
        reply=(
            "{cax} [đã phối hợp với thôn, bon|sẽ phối hợp với trưởng thôn] [vận động các hộ ký cam kết|tuyên truyền]; trường hợp cố tình thả rông gia súc trên đường sẽ bị xử phạt theo {nd_gt}.",
        ),
    ),
    Situation(
        "tuan_tra_csgt",
        TRAFFIC,
        tilt=(0.6, 1.6, 1.2),
        bad=(
            "[Tuyến|Đoạn] {road} [qua {xa}|qua {huyen}] [ít khi thấy|hiếm khi có] [CSGT tuần tra|lực lượng tuần tra] [vào ban đêm|ngoài giờ hành chính], trong khi [xe tải chạy ẩu nhiều nhất vào ban đêm|tai nạn thường xảy ra lúc đêm khuya].",
        ),
        good=(
            "Dịp Tết [Nguyên đán|] vừa qua, [{unit_gt}|lực lượng CSGT] [bố trí cán bộ|tuần tra] trên {road} [cả ngày lẫn đêm|xuyên Tết], [không xảy ra tai nạn nghiêm trọng|giao thông thông suốt]. [Tôi rất ghi nhận|Nhân dân đánh giá cao].",
            "[Ghi nhận|Tôi đánh giá cao] việc [CSGT|{cax}] [hỗ trợ|phân luồng] giao thông [ngày khai giảng, giờ tan trường tại {school}|trong dịp lễ hội ở {landmark}].",
        ),
        ask=(
            "Mong [lực lượng CSGT|{unit_gt}] [tiếp tục|duy trì] [tuần tra, kiểm soát|hướng dẫn giao thông] [dịp cuối năm|mùa thu hoạch {crop}][ khi lượng xe chở nông sản tăng|] trên các tuyến đường chính.",
        ),
        reply=(
            "[Cảm ơn|Tiếp thu] ý kiến của đại biểu; {unit_gt} sẽ [duy trì|tăng cường] tuần tra, kiểm soát [vào ban đêm và các dịp cao điểm|theo kế hoạch cao điểm] trên {road}.",
        ),
    ),
    Situation(
        "chot_kiem_soat_dich",
        TRAFFIC,
        years=COVID,
        weight=0.9,
        who=("Doanh nghiệp", "Hộ kinh doanh", "Hội nông dân"),
        bad=(
            "[Chốt kiểm soát dịch|Chốt kiểm dịch] trên {road} [có lúc|nhiều lúc] [ùn tắc kéo dài|để xe chở nông sản phải chờ lâu], [xe chở {crop}, rau củ bị hư hỏng|hàng nông sản không kịp đi], [bà con rất khó khăn|].",
        ),
        good=(
            "[Trong thời gian dịch COVID-19|Mùa dịch vừa qua], [các chốt kiểm soát|chốt kiểm soát trên {road}] [hoạt động hiệu quả|làm việc xuyên đêm], [phân luồng xe 'luồng xanh' chở nông sản thông suốt|xe chở hàng thiết yếu vẫn lưu thông tốt]. [Tôi ghi nhận|Xin cảm ơn].",
        ),
        ask=(
            "Đề nghị [chốt kiểm soát|lực lượng tại chốt] [hướng dẫn|tạo điều kiện] [xe chở nông sản đi 'luồng xanh'|làm thủ tục nhanh cho xe chở {crop}] [để bà con tiêu thụ hàng|] [trong thời gian giãn cách|].",
        ),
        reply=(
            "Các chốt kiểm soát [được lập theo chỉ đạo của Ban Chỉ đạo phòng, chống dịch|thực hiện theo quy định phòng, chống dịch]; {ca} [đã bố trí làn ưu tiên cho xe chở nông sản, hàng thiết yếu|sẽ ưu tiên phân luồng cho xe có mã 'luồng xanh'].",
        ),
    ),
    Situation(
        "tai_nan_bo_chay",
        TRAFFIC,
        weight=0.6,
        bad=(
            "Vụ tai nạn [xảy ra {month}|trên {road} {month}] [làm 1 người ở {thon} tử vong|làm con tôi bị thương nặng], [xe gây tai nạn bỏ chạy|tài xế bỏ trốn] nhưng đến nay [chưa tìm ra|vẫn chưa xác định được] [phương tiện gây tai nạn|đối tượng]. [Gia đình mong sớm có kết quả|Đề nghị sớm làm rõ].",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] {ca} [đã nhanh chóng truy tìm được|chỉ sau {n_small} ngày đã xác định được] [xe tải gây tai nạn rồi bỏ chạy|phương tiện gây tai nạn] trên {road} {month}, [gia đình nạn nhân rất biết ơn|bà con rất tin tưởng].",
        ),
        ask=(
            "Đề nghị [lắp camera giám sát giao thông|lắp camera] [tại các nút giao trên {road}|ở ngã ba vào {xa}] để [phục vụ truy tìm xe gây tai nạn|hỗ trợ xử lý vi phạm].",
        ),
        reply=(
            "BAD:{unit_gt} [đang tiếp tục truy xét|đã thu thập hình ảnh camera dọc tuyến]; đề nghị [người dân ai có thông tin|ai có camera hành trình] cung cấp cho Công an, thông tin của người cung cấp sẽ được giữ bí mật.",
        ),
    ),
    Situation(
        "do_xe_un_tac",
        TRAFFIC,
        area="urban",
        weight=0.8,
        who=("Hộ kinh doanh", "Giáo viên", "Người dân"),
        bad=(
            "[Khu vực|Trước cổng] [{market}|{school}] [vào giờ cao điểm|buổi sáng] [xe ô tô, xe máy|phụ huynh đưa đón] [dừng đỗ tùy tiện|đậu tràn ra đường], [gây ùn tắc kéo dài|rất dễ xảy ra va chạm].",
        ),
        good=(
            "Khu vực [trước {market}|cổng {school}] đã được [kẻ vạch|bố trí] [điểm dừng đỗ|chỗ đỗ xe] và [có người điều tiết|có cán bộ phân luồng] giờ cao điểm, [không còn ùn tắc như trước|đi lại thuận lợi hơn].",
        ),
        ask=(
            "Đề nghị [quy hoạch|bố trí] [bãi đỗ xe|điểm trông giữ xe] [cho khu vực {market}|quanh {market}][ và phân luồng vào giờ cao điểm|].",
        ),
        reply=(
            "{ca} sẽ phối hợp [với UBND {xa}|với Ban quản lý chợ] [khảo sát|bố trí] điểm dừng đỗ và [tăng cường|cử] lực lượng [điều tiết|phân luồng] vào giờ cao điểm.",
        ),
    ),
)


# ---------------------------------------------------------------- situations: administration

ADMIN_SITUATIONS = (
    Situation(
        "cccd_gan_chip",
        ADMIN,
        years=CCCD,
        weight=2.0,
        tilt=(1.0, 1.4, 1.0),
        who=("Hội người cao tuổi", "Trưởng thôn", "Người có uy tín", "Người dân"),
        bad=(
            "[Gia đình tôi|Nhiều người ở {thon}] đã làm CCCD gắn chip từ {month} nhưng [đến nay chưa nhận được thẻ|vẫn chưa có thẻ], [đi làm thủ tục ngân hàng|đi làm giấy tờ] [rất khó khăn|gặp trở ngại].",
            "[Một số|Nhiều] thẻ CCCD [bị sai|in sai] [ngày tháng năm sinh|tên, quê quán] [của bà con đồng bào|], [đi điều chỉnh phải lên huyện nhiều lần|đến nay chưa được sửa].",
            "Người già, người bệnh [nằm một chỗ|không đi lại được] ở {thon} vẫn chưa được làm CCCD.",
        ),
        good=(
            "[Cảm ơn|Ghi nhận] {cax} [đã tổ chức làm CCCD lưu động|đã xuống tận {thon} làm CCCD] [cả ngày thứ Bảy, Chủ nhật|làm cả buổi tối], [người già, người bệnh được làm tại nhà|bà con không phải đi xa]. [Đây là việc làm rất ý nghĩa|Bà con rất phấn khởi].",
            "Đợt cấp CCCD [vừa qua|năm {year}] [làm nhanh, trả thẻ đúng hẹn|tổ chức bài bản], [gia đình tôi|cả {thon}] đã [có thẻ|nhận thẻ] [chỉ sau hơn 1 tháng|rất nhanh].",
        ),
        ask=(
            "Đề nghị {cax} [tiếp tục|] [cấp CCCD lưu động|làm CCCD tại nhà văn hóa thôn] cho [người già, người khuyết tật|các cháu học sinh đủ 14 tuổi] [ở {thon}|].",
            "Xin hỏi: [thẻ CCCD cũ (mã vạch)|CMND 9 số] còn hạn có phải đổi sang CCCD gắn chip ngay không? [Nếu đổi thì lệ phí bao nhiêu?|]",
        ),
        reply=(
            "BAD:Năm qua {cax} đã [thu nhận|tiếp nhận] {n_many} hồ sơ cấp CCCD, [đã trả|trả] [phần lớn|hơn 90%] thẻ cho công dân. [Các trường hợp chưa nhận thẻ|Thẻ chưa về] do [phải xác minh lại thông tin|sai sót dữ liệu], {cax} sẽ [rà soát, báo cáo cấp trên xử lý|kiểm tra từng trường hợp] và [trả thẻ tận nhà|thông báo cho công dân].",
            "ASK:Theo {law_id}, [CMND còn hạn vẫn được sử dụng đến hết thời hạn|thẻ CCCD mã vạch còn hạn vẫn có giá trị sử dụng]; công dân có nhu cầu đổi thì đến {cax} làm thủ tục[, người già, người khuyết tật sẽ được cấp lưu động tại nhà|].",
        ),
    ),
    Situation(
        "cmnd_phai_len_huyen",
        ADMIN,
        years=OLD_ID,
        weight=1.2,
        bad=(
            "Làm [CMND|CCCD] phải [lên huyện|đi lên {cah}], [đường xa|đi lại mấy chục cây số], [có khi đi 2-3 lần mới xong|phải chờ đợi lâu], [bà con ở bon rất vất vả|người già rất ngại].",
        ),
        good=(
            "Cảm ơn {cah} đã [về tận xã|tổ chức] [làm CMND lưu động|cấp CMND, CCCD lưu động] cho [bà con ở bon|người dân {xa}], [đỡ vất vả đi lại|rất thuận tiện].",
        ),
        ask=(
            "Đề nghị {cah} [tổ chức|bố trí] [làm CMND lưu động tại xã|cấp CMND, CCCD lưu động] [cho bà con vùng sâu|tại {xa}] để đỡ đi lại.",
        ),
        reply=(
            "{cah} [sẽ|đã] [lên kế hoạch|phối hợp với {cax}] tổ chức đợt cấp CMND, CCCD lưu động tại [{xa}|các xã vùng sâu] [trong quý tới|vào tháng {mnext}].",
        ),
    ),
    Situation(
        "vneid",
        ADMIN,
        years=VNEID,
        weight=2.0,
        who=("Hội người cao tuổi", "Hội Liên hiệp phụ nữ", "Đoàn thanh niên", "Người dân"),
        bad=(
            "Việc kích hoạt [tài khoản định danh điện tử|VNeID] [mức 2|] [còn khó khăn|còn chậm]: [người già|bà con] [không có điện thoại thông minh|không biết dùng điện thoại], [nhiều người không nhận được mã kích hoạt|làm xong đợi mãi không thấy tin nhắn kích hoạt].",
            "[Tôi|Gia đình tôi] đăng ký [định danh điện tử|VNeID] mức 2 [từ {month}|đã lâu] nhưng [tài khoản vẫn báo 'đang xử lý'|chưa được phê duyệt], [đi hỏi mấy lần chưa rõ lý do|].",
            "Ứng dụng VNeID [hay bị lỗi|thường xuyên báo lỗi] [khi đăng nhập|khi tích hợp giấy phép lái xe, BHYT], [bà con phải lên xã nhờ làm lại nhiều lần|].",
        ),
        good=(
            "Cán bộ {cax} [đã đến từng nhà|xuống tận thôn] [hướng dẫn|giúp] bà con [cài đặt, kích hoạt VNeID|kích hoạt tài khoản định danh điện tử], [kể cả buổi tối|cả ngày nghỉ]; [giờ đi khám bệnh chỉ cần mang điện thoại|rất thuận tiện]. [Tôi đánh giá cao|Xin cảm ơn].",
            "Từ khi có VNeID, [làm thủ tục|đăng ký tạm trú, tạm vắng] [nhanh hơn nhiều|không phải mang nhiều giấy tờ], [không phải photo công chứng|tiết kiệm thời gian đi lại][. Ghi nhận sự hướng dẫn của {cax}|].",
        ),
        ask=(
            "Đề nghị {cax} [tổ chức|mở] [lớp hướng dẫn|buổi hướng dẫn] [sử dụng các tiện ích trên VNeID|tích hợp giấy tờ vào VNeID] [cho hội viên|cho người cao tuổi] [tại nhà văn hóa {thon}|].",
            "Xin hỏi: [người không có điện thoại thông minh|trẻ em dưới 14 tuổi] [thì làm tài khoản VNeID thế nào|có cần làm định danh điện tử không]?",
        ),
        reply=(
            "BAD:Tài khoản chưa được phê duyệt [thường do|chủ yếu do] [sai thông tin số điện thoại|số thuê bao chưa chính chủ], {cax} sẽ [rà soát, hỗ trợ kích hoạt lại|tổ chức hỗ trợ tại {thon}]. [Công dân dưới 14 tuổi được đăng ký qua tài khoản của cha, mẹ|Người không có điện thoại thông minh vẫn được cấp tài khoản mức 1, dùng qua thiết bị của người thân].",
            "Thực hiện Đề án 06 của Chính phủ, {cax} đã [thành lập tổ công tác|bố trí cán bộ] hỗ trợ người dân [cài đặt, kích hoạt VNeID|tại các thôn]; đến nay đã kích hoạt {n_many} tài khoản. Sẽ tiếp tục hướng dẫn tại [nhà văn hóa thôn|{thon}] theo đề nghị của đại biểu.",
        ),
    ),
    Situation(
        "cu_tru",
        ADMIN,
        weight=1.4,
        who=("Trưởng thôn", "Mặt trận Tổ quốc", "Người dân"),
        bad=(
            "Thủ tục [nhập hộ khẩu|đăng ký thường trú] [cho con|cho người thân] [còn rườm rà|phải đi lại nhiều lần], [thiếu một giấy tờ là phải về bổ sung|mỗi lần lại phải bổ sung giấy tờ].",
            "[Số người|Nhiều lao động] [từ nơi khác đến|các tỉnh phía Bắc vào] [làm thuê mùa {crop}|thuê trọ làm công nhân] [không khai báo tạm trú|chưa đăng ký tạm trú], [chủ nhà trọ, chủ rẫy chưa báo|thôn không nắm được], [khó quản lý|tiềm ẩn phức tạp về ANTT].",
        ),
        good=(
            "Làm thủ tục [thường trú|tạm trú] tại {cax} [nay nhanh, gọn|rất thuận tiện], [hồ sơ được hướng dẫn rõ ràng|không phải đi lại nhiều]. [Xin ghi nhận|Tôi rất hài lòng].",
        ),
        ask=(
            "Đề nghị {cax} [hướng dẫn|niêm yết công khai] [thủ tục|hồ sơ] [đăng ký thường trú, tạm trú|tách hộ, nhập hộ] [tại nhà văn hóa thôn|trên nhóm Zalo thôn] để bà con [chuẩn bị đầy đủ|biết trước giấy tờ cần có].",
            "Đề nghị [chủ rẫy, chủ nhà trọ|các hộ thuê lao động mùa vụ] phải khai báo tạm trú cho [người làm thuê|lao động] từ nơi khác đến; {cax} {declare_how}.",
        ),
        reply=(
            "Thủ tục đăng ký thường trú, tạm trú thực hiện theo {law_res}; {cax} sẽ niêm yết công khai thành phần hồ sơ tại trụ sở và nhà văn hóa các thôn, [trường hợp khó khăn cán bộ sẽ hướng dẫn trực tiếp|cán bộ phụ trách thôn sẽ hướng dẫn cụ thể].",
            "{cax} đã [rà soát|tổng kiểm tra] [cư trú|người tạm trú] [trên địa bàn|tại {thon}], [yêu cầu các chủ rẫy, chủ nhà trọ|hướng dẫn các hộ] khai báo tạm trú, lưu trú cho người lao động; trường hợp không khai báo sẽ bị xử phạt theo {nd_antt}.",
        ),
    ),
    Situation(
        "xac_nhan_cu_tru",
        ADMIN,
        years=(0.0, 0.0, 0.0, 1.5, 1.5, 1.0, 0.8),
        bad=(
            "Từ khi [bỏ sổ hộ khẩu giấy|không dùng sổ hộ khẩu], [một số cơ quan|ngân hàng, trường học] vẫn [yêu cầu|đòi] [giấy xác nhận cư trú|xác nhận thông tin cư trú], [bà con phải lên xã xin giấy nhiều lần|gây phiền hà cho người dân].",
            "Dữ liệu [dân cư|trên Cơ sở dữ liệu quốc gia về dân cư] của [một số hộ|gia đình tôi] [bị sai|chưa khớp] [so với giấy khai sinh|với sổ hộ khẩu cũ], [đi làm thủ tục đất đai, ngân hàng bị trả hồ sơ|đến nay chưa được điều chỉnh].",
        ),
        good=(
            "Từ khi [thực hiện Luật Cư trú mới|bỏ sổ hộ khẩu giấy], thông tin cư trú đã có trên [VNeID|thẻ CCCD], [làm thủ tục đỡ giấy tờ hơn hẳn|không phải mang sổ hộ khẩu đi photo như trước]. [Tôi thấy rất tiện|Ghi nhận sự hướng dẫn của {cax}].",
        ),
        ask=(
            "Xin hỏi: [khi đã bỏ sổ hộ khẩu|sau khi sổ hộ khẩu hết giá trị], [đi làm thủ tục|con đi học, đi làm] thì [dùng giấy tờ gì thay thế|chứng minh nơi cư trú bằng cách nào]?",
        ),
        reply=(
            "Từ ngày 01/01/2023, sổ hộ khẩu, sổ tạm trú giấy hết giá trị sử dụng; người dân [có thể dùng thẻ CCCD gắn chip, tài khoản VNeID|sử dụng thẻ CCCD hoặc VNeID] để chứng minh nơi cư trú, trường hợp cần thiết đề nghị {cax} cấp Giấy xác nhận thông tin về cư trú (mẫu CT07). [Thông tin sai lệch sẽ được {cax} rà soát, điều chỉnh|].",
        ),
    ),
    Situation(
        "di_cu_tu_do",
        ADMIN,
        where={
            "dak_glong": 3.0,
            "tuy_duc": 3.0,
            "krong_no": 1.2,
            "dak_song": 1.0,
            "gia_nghia": 0.1,
            "cu_jut": 0.4,
            "dak_mil": 0.5,
            "dak_rlap": 0.3,
        },
        area="rural",
        who=("Trưởng thôn", "Người có uy tín", "Mặt trận Tổ quốc"),
        bad=(
            "[Số hộ|Một số hộ] [đồng bào H'Mông|dân] di cư tự do [từ các tỉnh phía Bắc|] đến {thon} [chưa có hộ khẩu|chưa đăng ký cư trú], [con em không làm được giấy khai sinh, CCCD|không được hưởng chính sách], [khó quản lý|tiềm ẩn phức tạp].",
            "Hiện vẫn có [người|hộ] [di cư tự do|từ nơi khác đến] [dựng lán|phát rẫy] [trong khu vực đất rừng|ở khu vực giáp {thon}] mà [thôn không nắm được|chưa khai báo với chính quyền].",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] {cax} [đã rà soát|đã hướng dẫn] [đăng ký cư trú|làm giấy tờ] cho [các hộ di cư tự do|hộ đồng bào H'Mông] ở {thon}, [nay các cháu đã có giấy khai sinh, mã định danh|nay bà con đã có CCCD], [yên tâm làm ăn|].",
        ),
        ask=(
            "Đề nghị {cax} [rà soát, hướng dẫn|giải quyết] [đăng ký cư trú|cấp mã số định danh] cho [các hộ di cư tự do đã ổn định cuộc sống|bà con mới đến] [để được hưởng chế độ như người dân tại chỗ|để con em được đi học].",
        ),
        reply=(
            "{cax} đã [tổng rà soát|lập danh sách] {n_households} hộ di cư tự do trên địa bàn, [phối hợp với UBND {xa}|cùng các ngành] [giải quyết đăng ký cư trú|hướng dẫn làm thủ tục] cho những hộ [đủ điều kiện|có chỗ ở ổn định][; các trường hợp chưa có giấy tờ nhân thân sẽ được xác minh để cấp|].",
        ),
    ),
    Situation(
        "dang_ky_xe_o_huyen",
        ADMIN,
        years=(1.0, 1.0, 1.0, 1.0, 0.3, 0.0, 0.0),
        bad=(
            "Đăng ký xe máy, [cấp biển số|sang tên xe] phải lên {cah}, [mỗi lần đi mất cả ngày|đường đi lại xa], [có khi phải đi mấy lần|có hôm chờ đến chiều mới xong].",
        ),
        good=(
            "Đăng ký xe tại {cah} [làm nhanh, đúng hẹn|có hướng dẫn rõ ràng], [tôi đăng ký xe mới chỉ mất nửa buổi|trả biển số ngay trong ngày].",
        ),
        ask=(
            "Đề nghị [cho phép|phân cấp cho] {cax} [đăng ký xe máy|đăng ký, cấp biển số xe máy] để bà con [đỡ đi lại|không phải lên huyện].",
        ),
        reply=(
            "Việc đăng ký xe thực hiện theo Thông tư của Bộ Công an; {cah} [sẽ báo cáo cấp trên đề xuất|đang chuẩn bị điều kiện để] [phân cấp đăng ký xe mô tô cho Công an xã|tổ chức đăng ký xe lưu động tại các xã xa].",
        ),
    ),
    Situation(
        "dang_ky_xe_o_xa",
        ADMIN,
        years=(0.0, 0.0, 0.0, 0.0, 1.5, 1.6, 1.5),
        start=dt.date(2023, 8, 15),
        tilt=(0.8, 1.5, 1.2),
        bad=(
            "Thủ tục [sang tên|đăng ký] xe tại {cax} [đôi khi|còn] [phải chờ do hệ thống lỗi|chậm vì mạng yếu, phần mềm lỗi], [có hôm đi 2 lần chưa xong|].",
            "[Nhiều|Có nhiều] xe máy mua bán qua nhiều đời nhưng chưa sang tên [vì không liên hệ được chủ cũ|do chủ cũ đã chuyển đi nơi khác], [ra đường bị kiểm tra rất khó khăn|bà con rất lúng túng].",
        ),
        good=(
            "[Nay|Từ khi] [đăng ký xe máy|cấp biển số xe máy] được làm ngay tại {cax}, [bà con không phải lên huyện|rất thuận tiện], [biển số định danh làm nhanh, không phải chờ lâu|]. [Tôi đánh giá cao chủ trương này|Xin cảm ơn].",
        ),
        ask=(
            "Xin hỏi: xe máy [mua lại không có giấy tờ mua bán|mua qua nhiều người] thì làm thủ tục [sang tên|đăng ký] [như thế nào|ở đâu]? [Có bị phạt không?|]",
        ),
        reply=(
            "Theo Thông tư của Bộ Công an về đăng ký xe, trường hợp xe đã chuyển nhượng qua nhiều người thì người đang sử dụng làm thủ tục [giải quyết đăng ký xe qua nhiều chủ|sang tên] tại {cax} nơi cư trú, mang theo [CCCD|căn cước] và xe để kiểm tra số khung, số máy. {cax} sẵn sàng hướng dẫn trực tiếp.",
        ),
    ),
    Situation(
        "vu_khi_tu_che",
        ADMIN,
        area="rural",
        where={"dak_glong": 1.6, "tuy_duc": 1.6, "krong_no": 1.3, "gia_nghia": 0.4},
        who=("Người có uy tín", "Trưởng thôn", "Cựu chiến binh"),
        bad=(
            "Ở {thon} vẫn còn [một số người|tình trạng] [tàng trữ|sử dụng] [súng tự chế|súng kíp, súng hơi] [để đi săn|đi bắn chim, săn thú trong rừng], [rất nguy hiểm|đã có vụ bắn nhầm người].",
            "[Trên mạng|Trên Facebook] [bán công khai|quảng cáo] [súng hơi, súng cồn|dao kiếm, công cụ hỗ trợ], [thanh niên mua về|một số em] [mang theo khi đi chơi|mang theo người], [rất đáng lo ngại|].",
        ),
        good=(
            "[Hưởng ứng|Thực hiện] [đợt vận động giao nộp vũ khí|phong trào thu hồi vũ khí], [bà con ở {thon}|người dân trong bon] đã [tự nguyện giao nộp|giao nộp] {n_small} khẩu súng tự chế cho {cax}. [Tôi thấy cách vận động của {cax} rất gần dân|Ghi nhận sự kiên trì của {cax}].",
        ),
        ask=(
            "Đề nghị {cax} [tiếp tục|] [vận động|tuyên truyền] bà con [giao nộp vũ khí, vật liệu nổ|giao nộp súng tự chế, dao kiếm] còn cất giữ [trong nhà|từ trước], [có hình thức khen thưởng|có hỗ trợ] cho người tự nguyện giao nộp.",
        ),
        reply=(
            "Theo {law_weapon}, nghiêm cấm [tàng trữ, sử dụng súng tự chế|chế tạo, tàng trữ vũ khí trái phép]; {cax} [sẽ tiếp tục vận động|đã tổ chức đợt vận động] giao nộp, năm qua thu hồi {n_small} khẩu súng các loại. Người tự nguyện giao nộp được miễn xử lý theo quy định.",
        ),
    ),
    Situation(
        "phao_no",
        ADMIN,
        weight=0.8,
        bad=(
            "[Dịp Tết|Tết vừa qua] [vẫn còn tình trạng|ở {thon} vẫn còn] đốt pháo nổ [vào đêm giao thừa|trong đám cưới], [có pháo mua qua mạng|một số em còn tự chế pháo], [rất nguy hiểm|đã có cháu bị thương].",
        ),
        good=(
            "[Tết vừa qua|Năm nay] [trên địa bàn {xa}|ở {thon}] [không còn|không có] [tình trạng đốt pháo nổ|tiếng pháo nổ như trước], Tết an toàn. [Ghi nhận công tác tuyên truyền của {cax}|Cảm ơn {cax}].",
        ),
        ask=(
            "Đề nghị {cax} [tuyên truyền trước Tết|có thông báo] về [quy định cấm pháo nổ|các loại pháo được phép sử dụng], [đặc biệt|nhất là] [cho học sinh trước khi nghỉ Tết|việc mua bán pháo trên mạng].",
        ),
        reply=(
            "Theo {nd_firecracker}, [cá nhân chỉ được sử dụng pháo hoa không gây tiếng nổ có nguồn gốc hợp pháp|nghiêm cấm sản xuất, mua bán, sử dụng pháo nổ]; hành vi [mua bán, vận chuyển, đốt pháo nổ|đốt pháo nổ] có thể bị xử lý hình sự. {cax} sẽ phối hợp nhà trường [cho học sinh ký cam kết|tuyên truyền] trước Tết.",
        ),
    ),
    Situation(
        "pccc_nha_o_cho",
        ADMIN,
        weight=1.4,
        years=(0.8, 0.8, 0.9, 1.0, 1.4, 1.3, 1.2),
        who=("Hộ kinh doanh", "Doanh nghiệp", "Trưởng thôn"),
        bad=(
            "[Kiốt|Các ki-ốt] [ở {market}|tại {market}] [sát nhau, hệ thống điện chằng chịt|điện đấu nối tạm bợ], [bình chữa cháy hết hạn|không có bình chữa cháy], [nếu xảy ra cháy rất khó cứu|tiềm ẩn nguy cơ cháy lớn].",
            "[Nhiều|Một số] [nhà trọ|nhà ở kết hợp kinh doanh] [trên địa bàn|ở {xa}] [không có lối thoát nạn thứ hai|lắp khung sắt, 'chuồng cọp' kín], [chưa trang bị|thiếu] [bình chữa cháy|thiết bị PCCC].",
            "{month} ở {thon2} xảy ra cháy [nhà|kho chứa {crop}], [xe chữa cháy đến nơi mất gần 1 tiếng|lực lượng chữa cháy ở xa nên đến chậm], [thiệt hại lớn|cháy gần hết tài sản].",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] lực lượng [Cảnh sát PCCC và CNCH|PCCC] đã [nhanh chóng|kịp thời] dập tắt [vụ cháy kho {crop}|đám cháy nhà dân] tại {thon} [vào {month}|], [không để cháy lan|cứu được nhiều tài sản].",
            "Năm qua {cax} [tổ chức|phối hợp] [tập huấn PCCC|hướng dẫn lắp bình chữa cháy] cho [các hộ kinh doanh|bà con] [ở {market}|], [xây dựng mô hình 'Tổ liên gia an toàn PCCC'|]; [tôi thấy rất thiết thực|rất hữu ích].",
        ),
        ask=(
            "Đề nghị {ca} [tổ chức tập huấn|hướng dẫn] [kỹ năng PCCC, thoát nạn|sử dụng bình chữa cháy] [cho hộ gia đình|cho các hộ kinh doanh, nhà trọ] và [khuyến khích|vận động] lắp [bình chữa cháy|thiết bị báo cháy] tại nhà.",
            "Kiến nghị bố trí [điểm chữa cháy|tổ chữa cháy] gần {xa} để kịp thời ứng cứu khi có cháy.",
        ),
        reply=(
            "[Tiếp thu ý kiến|Cảm ơn đại biểu], {ca} sẽ [kiểm tra an toàn PCCC|phối hợp Ban quản lý chợ kiểm tra PCCC] [tại {market}|tại các nhà trọ, hộ kinh doanh], [hướng dẫn khắc phục|yêu cầu trang bị bình chữa cháy]; trường hợp vi phạm sẽ xử lý theo {nd_fire}. [Đề nghị mỗi hộ gia đình trang bị ít nhất một bình chữa cháy|].",
        ),
    ),
    Situation(
        "chay_ray",
        ADMIN,
        area="rural",
        weight=0.6,
        bad=(
            "[Mùa khô|Mùa khô vừa qua] [vẫn còn tình trạng|bà con vẫn] [đốt thực bì, đốt cỏ|đốt rác, đốt cỏ dọn rẫy] [không có người trông coi|khi trời nắng gió], [gây cháy lan sang|làm cháy] [vườn {crop}|rẫy] của [hộ bên cạnh|người khác].",
        ),
        good=(
            "[Mùa khô năm nay|Năm qua] ở {xa} không xảy ra [cháy rẫy|cháy lan], [nhờ|do] [bà con được hướng dẫn đốt thực bì đúng cách|{cax} và kiểm lâm tuyên truyền thường xuyên].",
        ),
        ask=(
            "Đề nghị {cax} [phối hợp với kiểm lâm|cùng thôn] [hướng dẫn|tuyên truyền] bà con [cách đốt thực bì an toàn|phòng cháy vườn rẫy] trước mùa khô, [thành lập tổ PCCC ở thôn|trang bị dụng cụ chữa cháy ban đầu].",
        ),
        reply=(
            "{cax} sẽ phối hợp với Hạt Kiểm lâm tuyên truyền phòng cháy vườn rẫy trong mùa khô, [yêu cầu|hướng dẫn] khi đốt thực bì [phải làm đường băng cản lửa, có người trông coi|phải báo thôn và có người canh].",
        ),
    ),
    Situation(
        "kinh_doanh_co_dieu_kien",
        ADMIN,
        area="urban",
        bad=(
            "[Quán karaoke|Một số quán karaoke] [ở {thon}|gần khu dân cư {thon}] [hoạt động quá giờ|mở nhạc to đến 1-2 giờ sáng], [gây ồn ào|ảnh hưởng đến sinh hoạt] của người dân, [đã phản ánh nhưng chưa chấm dứt|nhắc nhở nhiều lần vẫn tái diễn].",
            "[Một số|Có] [tiệm cầm đồ|cơ sở cầm đồ] [nhận cầm|cầm cố] [CCCD, xe máy không giấy tờ|cả thẻ CCCD, thẻ ATM của người khác], [tiếp tay cho|dễ tạo điều kiện cho] [tiêu thụ tài sản trộm cắp|tín dụng đen].",
            "[Nhà nghỉ|Các nhà nghỉ] [ven {road}|ở {landmark}] [không khai báo lưu trú|chưa khai báo lưu trú] [đầy đủ|cho khách], [tiềm ẩn nguy cơ đối tượng lẩn trốn|].",
        ),
        good=(
            "[Việc quản lý|Công tác kiểm tra] [các quán karaoke, nhà nghỉ|các cơ sở kinh doanh có điều kiện] [được làm tốt|nề nếp], [không còn tình trạng hát karaoke quá giờ|các cơ sở chấp hành tốt][. Ghi nhận {cax}|].",
        ),
        ask=(
            "Đề nghị {ca} [thường xuyên|định kỳ] kiểm tra [điều kiện an ninh trật tự|giấy phép kinh doanh] của [các cơ sở karaoke, cầm đồ, nhà nghỉ|các cơ sở kinh doanh có điều kiện][ và công khai quy định giờ hoạt động|].",
        ),
        reply=(
            "[Qua kiểm tra|Năm qua], {ca} đã [xử phạt|lập biên bản] {n_small} cơ sở kinh doanh có điều kiện về ANTT vi phạm, [chủ yếu về khai báo lưu trú, giờ hoạt động|chủ yếu không khai báo lưu trú]; sẽ kiểm tra đột xuất các cơ sở đại biểu nêu và xử lý theo {nd_antt}.",
        ),
    ),
    Situation(
        "dich_vu_cong_truc_tuyen",
        ADMIN,
        years=ONLINE,
        bad=(
            "Nộp hồ sơ [trên Cổng dịch vụ công|qua dịch vụ công trực tuyến] [còn khó|vẫn rắc rối] [với người dân ở bon|với người lớn tuổi], [mạng yếu, hệ thống hay lỗi|nhiều bước, phải có tài khoản], [cuối cùng vẫn phải lên xã nộp trực tiếp|].",
        ),
        good=(
            "Việc nộp hồ sơ [đăng ký cư trú, cấp đổi giấy tờ|đăng ký tạm trú] trực tuyến [rất tiện|thuận tiện], [được {cax} hỗ trợ làm tại nhà|có cán bộ hướng dẫn từng bước], [tiết kiệm được thời gian|không phải đi lại].",
        ),
        ask=(
            "Đề nghị [bố trí|lắp] [máy tính, bộ phận hỗ trợ|điểm hỗ trợ] [nộp hồ sơ trực tuyến|dịch vụ công] tại [{cax}|nhà văn hóa thôn] [cho người không có điện thoại|cho người già].",
        ),
        reply=(
            "{cax} [đã bố trí|sẽ bố trí] [máy tính và cán bộ|tổ công nghệ số cộng đồng] hỗ trợ người dân nộp hồ sơ trực tuyến [vào giờ hành chính và sáng thứ Bảy|tại trụ sở][; các thủ tục phức tạp vẫn có thể nộp trực tiếp|].",
        ),
    ),
    Situation(
        "thu_tuc_sau_sap_xep",
        ADMIN,
        years=YEAR_2025,
        start=DISTRICT_POLICE_END,
        weight=1.6,
        bad=(
            "[Sau khi|Từ khi] [không còn Công an huyện|kết thúc hoạt động Công an cấp huyện], [bà con|người dân] [chưa nắm được|không biết] [làm căn cước, đăng ký xe|làm thủ tục cấp căn cước, đăng ký xe ô tô] ở đâu, [lên huyện thì không còn tiếp nhận|phải đi hỏi nhiều nơi].",
        ),
        good=(
            "[Sau khi|Từ khi] sắp xếp lại bộ máy, {cax} [vẫn bố trí cán bộ|bố trí điểm tiếp nhận] [tại trụ sở cũ|ngay tại xã] để tiếp nhận hồ sơ, [người dân không bị gián đoạn|bà con làm thủ tục vẫn thuận tiện]. [Tôi ghi nhận sự chủ động|Xin cảm ơn].",
        ),
        ask=(
            "Đề nghị {cax} [thông báo rõ|niêm yết] [những thủ tục nào làm tại xã, thủ tục nào lên tỉnh|danh mục thủ tục tiếp nhận tại xã] [sau khi không còn Công an huyện|] để bà con khỏi đi lại.",
        ),
        reply=(
            "[Từ ngày 01/3/2025|Sau khi kết thúc hoạt động Công an cấp huyện], các thủ tục [cấp căn cước, đăng ký cư trú, đăng ký xe mô tô|về căn cước, cư trú, đăng ký xe] được tiếp nhận tại {cax}; [một số thủ tục khác thực hiện tại Công an tỉnh theo phân cấp|đăng ký xe ô tô thực hiện theo phân cấp của Công an tỉnh]. {cax} sẽ niêm yết danh mục tại trụ sở và nhà văn hóa các thôn.",
        ),
    ),
    Situation(
        "dia_chi_sau_sap_nhap",
        ADMIN,
        years=YEAR_2025,
        start=MERGER_DATE,
        weight=1.8,
        bad=(
            "Sau sáp nhập, trụ sở {cax} [cách {thon}|cách bon] [hơn {km} km|rất xa], [đi làm thủ tục cư trú, căn cước|đăng ký xe, làm căn cước] [mất cả buổi|rất vất vả], [nhất là người già, người đồng bào|].",
        ),
        good=(
            "Sau sáp nhập, {cax} vẫn [giữ điểm tiếp nhận hồ sơ|bố trí cán bộ trực] tại trụ sở xã cũ, [bà con ở {thon} không phải đi xa|người dân rất yên tâm]. [Tôi đánh giá cao|Xin cảm ơn].",
        ),
        ask=(
            "Xin hỏi: sau [sáp nhập|khi sáp nhập xã, tỉnh], địa chỉ trên [thẻ căn cước|CCCD] [thay đổi|đổi tên xã] thì [có bắt buộc phải làm lại thẻ không|có phải đổi thẻ không]?",
            "Đề nghị {cax} [bố trí|duy trì] [điểm tiếp nhận hồ sơ|cán bộ trực] tại trụ sở xã cũ [ít nhất vài ngày trong tuần|] để bà con [không phải đi xa|đỡ đi lại].",
        ),
        reply=(
            "Theo hướng dẫn của Bộ Công an, công dân không bắt buộc phải cấp đổi thẻ căn cước, CCCD khi thay đổi địa giới hành chính; thông tin sẽ được cập nhật trên Cơ sở dữ liệu quốc gia về dân cư và giấy tờ đã cấp vẫn còn giá trị sử dụng.",
            "{cax} [đã bố trí|sẽ bố trí] cán bộ tiếp nhận hồ sơ tại trụ sở xã cũ [vào các ngày thứ Hai, thứ Tư, thứ Sáu|theo lịch cố định hằng tuần], đồng thời hướng dẫn bà con nộp hồ sơ trực tuyến qua VNeID.",
        ),
    ),
    Situation(
        "can_cuoc_moi",
        ADMIN,
        years=(0.0, 0.0, 0.0, 0.0, 0.0, 1.5, 1.2),
        start=dt.date(2024, 7, 1),
        bad=(
            "Một số [người đồng bào|người dân] [khi đổi sang thẻ căn cước mới|khi làm căn cước] vẫn [bị sai thông tin|chưa được cập nhật dữ liệu], [phải đi lại nhiều lần|đến nay chưa nhận được thẻ].",
        ),
        good=(
            "[{cax}|Cán bộ {cax}] [đã làm thẻ căn cước cho trẻ em|đã cấp thẻ căn cước cho các cháu] [ngay tại trường|tận nơi], [phụ huynh không phải xin nghỉ làm|rất thuận tiện][. Phụ huynh ghi nhận|].",
        ),
        ask=(
            "Xin hỏi: theo Luật Căn cước mới, [trẻ em dưới 6 tuổi|trẻ em dưới 14 tuổi] [có phải làm thẻ căn cước không|làm thẻ căn cước thế nào]? [CCCD cũ còn hạn có phải đổi sang thẻ căn cước không?|]",
        ),
        reply=(
            "Theo {law_id}, việc cấp thẻ căn cước cho người dưới 14 tuổi thực hiện theo đề nghị của cha, mẹ hoặc người giám hộ; thẻ CCCD đã cấp vẫn có giá trị đến hết thời hạn ghi trên thẻ.",
        ),
    ),
    Situation(
        "cnch_duoi_nuoc",
        ADMIN,
        weight=0.6,
        tilt=(0.0, 1.5, 1.0),
        where={"dak_glong": 1.6, "krong_no": 1.4, "cu_jut": 1.2},
        good=(
            "[Ghi nhận|Xin cảm ơn] lực lượng [Cảnh sát PCCC và CNCH|cứu nạn, cứu hộ] đã [xuyên đêm|không quản ngại] tìm kiếm [nạn nhân đuối nước|người mất tích] [trên {lake}|tại {lake}] {month}, [giúp gia đình sớm đưa thi thể về mai táng|chia sẻ nỗi đau với gia đình].",
        ),
        ask=(
            "Đề nghị {ca} [tổ chức|phối hợp nhà trường tổ chức] [dạy bơi, kỹ năng phòng tránh đuối nước|tập huấn cứu nạn, cứu hộ] cho [học sinh|thanh niên] [trước mùa hè|][ ở các thôn gần {lake}|].",
        ),
        reply=(
            "{ca} [sẽ phối hợp với nhà trường, Đoàn thanh niên|đã có kế hoạch] tổ chức [tập huấn kỹ năng phòng tránh đuối nước|lớp hướng dẫn CNCH] trong dịp hè[, đồng thời đề nghị UBND {xa} cắm biển cảnh báo tại các hồ, đập|].",
        ),
    ),
    Situation(
        "khai_bao_mua_dich",
        ADMIN,
        years=COVID,
        weight=0.9,
        bad=(
            "[Một số người|Vẫn còn người] từ [vùng dịch|TP Hồ Chí Minh, Bình Dương] về {thon} [không khai báo lưu trú, tạm trú|không khai báo với thôn, với {cax}], [thôn không nắm được|rất khó kiểm soát].",
        ),
        good=(
            "[Trong đợt dịch|Mùa dịch năm {year}], {cax} [rà soát|nắm rất chắc] [từng người về địa phương|người từ vùng dịch về] qua khai báo tạm trú, lưu trú, [nhờ vậy địa bàn không để lây lan|kiểm soát tốt].",
        ),
        ask=(
            "Đề nghị [hướng dẫn|có hướng dẫn] [cách khai báo tạm trú, lưu trú|cách khai báo di chuyển] [qua ứng dụng|trên điện thoại] cho người [từ vùng dịch về|về quê] [để đỡ phải lên xã|].",
        ),
        reply=(
            "{cax} [đề nghị|yêu cầu] các hộ gia đình khi có người từ nơi khác về phải khai báo lưu trú [qua ứng dụng hoặc trực tiếp|với Công an xã hoặc trưởng thôn]; các trường hợp không khai báo sẽ bị xử lý theo quy định.",
        ),
    ),
)


# ---------------------------------------------------------------- situations: national security

ETHNIC_AREAS = {"dak_glong": 2.0, "tuy_duc": 2.0, "krong_no": 1.4, "dak_mil": 1.2, "gia_nghia": 0.5}

SECURITY_SITUATIONS = (
    Situation(
        "tin_sai_su_that",
        SECURITY,
        years=(0.6, 1.0, 1.0, 1.2, 1.3, 1.4, 1.6),
        weight=1.6,
        who=("Mặt trận Tổ quốc", "Cựu chiến binh", "Đoàn thanh niên", "Giáo viên"),
        bad=(
            "Trên [mạng xã hội|Facebook, TikTok] [thời gian qua|hiện nay] [xuất hiện nhiều|có nhiều] [thông tin sai sự thật|bài viết xuyên tạc] [{hot_topic}|về chính sách đất đai|liên quan đến việc thu hồi đất làm dự án], [một số người dân chia sẻ lại|bà con tin theo], [gây hoang mang|ảnh hưởng đến lòng tin].",
            "[Một số|Có] [tài khoản Facebook|đối tượng] [ở {xa}|trên địa bàn] [livestream|đăng bài] [nói xấu|xúc phạm] [cán bộ, chính quyền|lãnh đạo địa phương] mà [chưa thấy xử lý|chưa bị xử lý], [gây bức xúc trong nhân dân|].",
            "Thông tin thất thiệt [về việc 'sắp thu hồi đất làm bauxite'|về việc 'chính quyền sắp lấy đất rẫy của đồng bào'|về 'thu tiền làm CCCD'] lan truyền [trên Zalo|trên mạng], [khiến bà con lo lắng|làm người dân hoang mang].",
        ),
        good=(
            "[Ghi nhận|Đánh giá cao] {ca} [đã kịp thời xử lý|đã xử lý nghiêm] [tài khoản đăng tin sai sự thật|đối tượng tung tin thất thiệt] [về {xa}|trên mạng] và [kịp thời cải chính|đăng thông tin chính thống], [người dân yên tâm|dư luận lắng xuống].",
        ),
        ask=(
            "Đề nghị {ca} [tuyên truyền|hướng dẫn] [bà con|người dân, nhất là thanh niên] [cách nhận biết|kỹ năng nhận diện] [tin giả, tin xấu độc|thông tin sai sự thật] trên mạng xã hội, không chia sẻ thông tin chưa kiểm chứng.",
            "Xin hỏi: nếu [chia sẻ|bình luận] [bài viết sai sự thật|tin đồn] trên Facebook thì [có bị xử phạt không|bị xử lý thế nào]?",
        ),
        reply=(
            "Hành vi đăng tải, chia sẻ thông tin sai sự thật có thể bị xử phạt theo {nd_cyber}, trường hợp nghiêm trọng bị truy cứu trách nhiệm hình sự theo Điều 331 Bộ luật Hình sự. {ca} đã [xác minh, mời làm việc với|xử lý] {n_small} trường hợp đăng tin sai sự thật trên địa bàn[ và đề nghị bà con chỉ tiếp nhận thông tin từ nguồn chính thống|].",
        ),
    ),
    Situation(
        "loi_keo_chong_pha",
        SECURITY,
        where=ETHNIC_AREAS,
        who=("Người có uy tín", "Chức sắc tôn giáo", "Trưởng thôn"),
        bad=(
            "Vẫn còn [tình trạng|hiện tượng] [các đối tượng phản động|tổ chức phản động lưu vong] ở nước ngoài [liên lạc qua mạng xã hội|gọi điện, nhắn tin] [lôi kéo|xúi giục] [một số người đồng bào|thanh niên trong bon] [tham gia hoạt động chống đối|nghe theo chúng], [hứa hẹn cho tiền|hứa hẹn vật chất].",
            "[Phát hiện|Có] [tài liệu, tờ rơi|truyền đơn] có nội dung [xuyên tạc|chống phá] [rải ở {thon}|tại khu vực chợ], [bà con rất lo lắng|chưa rõ ai làm].",
        ),
        good=(
            "[Nhờ|Với sự] [vận động của già làng, người có uy tín|phối hợp giữa {cax} và người có uy tín], [bà con trong bon|đồng bào ở {thon}] [không nghe theo|đã tố giác] lời kích động của [các đối tượng xấu|kẻ xấu], tình hình an ninh chính trị ổn định[. Cảm ơn {ca}|].",
        ),
        ask=(
            "Đề nghị {ca} [thường xuyên|] [cung cấp thông tin|tuyên truyền] về [âm mưu, thủ đoạn|các thủ đoạn lôi kéo] của [các thế lực thù địch|đối tượng phản động] [cho người có uy tín, già làng|bằng tiếng {lang}] để bà con nhận biết và chủ động tố giác.",
        ),
        reply=(
            "BAD:{ca} [đánh giá cao|ghi nhận] vai trò của người có uy tín; [đã nắm tình hình|đang xác minh] các trường hợp đại biểu nêu, [kiên quyết đấu tranh|xử lý nghiêm] theo quy định[. Đề nghị bà con tiếp tục cung cấp thông tin, Công an giữ bí mật người báo tin|].",
        ),
    ),
    Situation(
        "ta_dao",
        SECURITY,
        where={**ETHNIC_AREAS, "dak_song": 1.1},
        area="rural",
        who=("Người có uy tín", "Chức sắc tôn giáo", "Trưởng thôn", "Mặt trận Tổ quốc"),
        bad=(
            "Ở {thon} vẫn còn [tình trạng|hiện tượng] [tụ tập sinh hoạt tôn giáo trái phép|truyền đạo trái phép] [tại nhà riêng|vào ban đêm], [có người lạ đến truyền 'đạo lạ'|đối tượng bên ngoài đến tuyên truyền tà đạo], [bảo bà con bỏ thờ cúng tổ tiên, không đi khám bệnh|xúi bà con không chấp hành chính sách].",
            "[Một số|Vài] hộ ở {thon} [theo 'tà đạo'|nghe theo đạo lạ] [bỏ làm rẫy|không cho con đi học], [gây chia rẽ|mất đoàn kết] trong [dòng họ|cộng đồng].",
            "[Có|Xuất hiện] [người lạ|một số người] [tự xưng là|giả danh] [chức sắc|mục sư] [đến {thon}|vào bon] [truyền đạo|lôi kéo bà con] [không đúng giáo lý|không có giấy phép], [gây chia rẽ|bà con hoang mang].",
        ),
        good=(
            "[Ghi nhận|Tôi đánh giá cao] {ca} [phối hợp với chức sắc tôn giáo|cùng người có uy tín] [vận động|cảm hóa] [số hộ theo tà đạo|các hộ tham gia đạo lạ] ở {thon}, [nay đã từ bỏ|nay đã trở lại sinh hoạt bình thường], không còn tình trạng truyền đạo trái phép.",
        ),
        ask=(
            "[Đề nghị|Mong] {ca} [tạo điều kiện|hướng dẫn] [các điểm nhóm|chức sắc] sinh hoạt tôn giáo [đúng pháp luật|theo quy định], [tuyên truyền để bà con phân biệt|phân biệt rõ] [tôn giáo hợp pháp với tà đạo|giữa đạo hợp pháp và đạo lạ].",
        ),
        reply=(
            "Nhà nước tôn trọng quyền tự do tín ngưỡng, tôn giáo, đồng thời nghiêm cấm lợi dụng tôn giáo [để chia rẽ khối đại đoàn kết|hoạt động trái pháp luật]. {ca} đã [nắm danh sách các hộ liên quan|phối hợp với Mặt trận] và [sẽ tiếp tục vận động, cảm hóa|tổ chức vận động][, kiên quyết xử lý đối tượng cầm đầu|].",
        ),
    ),
    Situation(
        "bien_gioi",
        SECURITY,
        weight=1.4,
        where={
            "tuy_duc": 5.0,
            "dak_mil": 3.5,
            "dak_song": 1.5,
            "cu_jut": 1.5,
            "gia_nghia": 0.0,
            "krong_no": 0.05,
            "dak_rlap": 0.05,
            "dak_glong": 0.05,
        },
        who=("Trưởng thôn", "Người có uy tín", "Cựu chiến binh"),
        bad=(
            "Khu vực [giáp biên|biên giới] [thuộc {xa}|gần {gate}] vẫn còn tình trạng [người dân qua lại biên giới trái phép|xuất cảnh trái phép sang Campuchia] [để làm thuê|làm rẫy bên kia], [có cả người nơi khác đến|qua đường mòn, lối mở], [tiềm ẩn phức tạp về an ninh|].",
            "[Có|Xuất hiện] [người lạ|người nước ngoài] [vào|lưu trú ở] [khu vực biên giới|{thon}] [không rõ mục đích|không khai báo], [bà con lo ngại|].",
        ),
        good=(
            "[Tình hình|An ninh] [khu vực biên giới|tuyến biên giới qua {xa}] [năm qua|thời gian qua] [ổn định|được giữ vững], không còn tình trạng qua lại trái phép; [Công an và Biên phòng phối hợp chặt chẽ|bà con tham gia tự quản đường biên, cột mốc]. [Tôi ghi nhận|Xin cảm ơn].",
        ),
        ask=(
            "Đề nghị [tăng cường|duy trì] [phối hợp|tuần tra chung] giữa Công an xã và Đồn Biên phòng, đồng thời [vận động bà con tham gia tự quản đường biên, cột mốc|tuyên truyền để bà con không qua lại biên giới trái phép] ở các thôn giáp biên.",
        ),
        reply=(
            "{ca} đã [phối hợp với Đồn Biên phòng|cùng Bộ đội Biên phòng] [tăng cường tuần tra|nắm tình hình] [các đường mòn, lối mở|khu vực biên giới], [xử lý|lập biên bản] {n_small} trường hợp xuất, nhập cảnh trái phép; đề nghị bà con khi sang làm ăn phải làm thủ tục qua cửa khẩu theo quy định.",
        ),
    ),
    Situation(
        "khieu_kien_dong_nguoi",
        SECURITY,
        where={"dak_rlap": 2.8, "gia_nghia": 1.8, "dak_glong": 1.3, "tuy_duc": 1.3},
        bad=(
            "Vẫn còn [tình trạng|hiện tượng] [một số đối tượng|người ngoài] [kích động|xúi giục] bà con [tụ tập đông người|kéo lên trụ sở UBND] [khiếu kiện về bồi thường dự án bauxite|đòi đất với công ty lâm nghiệp|khiếu kiện về giá đền bù], [gây mất an ninh trật tự|ảnh hưởng đến tình hình địa phương].",
            "[Việc|Vụ] [tranh chấp đất giữa người dân {thon} và công ty|khiếu nại kéo dài nhiều năm] chưa được giải quyết dứt điểm, [có nguy cơ|đã có lúc] [bà con tụ tập đông người|xảy ra xô xát][, đề nghị các cơ quan có giải pháp|].",
        ),
        good=(
            "[Nhờ|Với] [sự vào cuộc|cách làm mềm dẻo] của [{ca} và chính quyền|lực lượng Công an], [việc tụ tập đông người ở {xa}|vụ khiếu kiện đông người] [đã được đối thoại, giải quyết ổn thỏa|được giải quyết ổn định], không để phát sinh điểm nóng[. Tôi ghi nhận|].",
        ),
        ask=(
            "Đề nghị {ca} [phối hợp với chính quyền|] [nắm tình hình|tổ chức đối thoại] [từ sớm|ngay từ cơ sở] [đối với các vụ tranh chấp đất đai|với các vụ việc đông người], không để bị kẻ xấu lợi dụng kích động.",
        ),
        reply=(
            "{ca} đã [phối hợp với UBND|phối hợp với các ngành] [tổ chức đối thoại|vận động] với các hộ dân, đồng thời [xác minh làm rõ|kiên quyết xử lý] [các đối tượng kích động, lôi kéo người dân khiếu kiện đông người|người kích động, gây rối]; nội dung bồi thường, đất đai [được chuyển|sẽ được chuyển] cơ quan có thẩm quyền giải quyết.",
        ),
    ),
    Situation(
        "mau_thuan_dan_toc",
        SECURITY,
        area="rural",
        weight=0.8,
        where={
            "dak_glong": 2.0,
            "tuy_duc": 2.0,
            "krong_no": 1.2,
            "dak_song": 1.2,
            "gia_nghia": 0.2,
        },
        who=("Người có uy tín", "Trưởng thôn", "Mặt trận Tổ quốc"),
        bad=(
            "Giữa [người dân tại chỗ|đồng bào {ethnic}] và [người di cư tự do|một số hộ mới đến] ở {thon} vẫn còn [mâu thuẫn|tranh chấp] [về đất rẫy|về ranh giới đất], [có lúc|đã có lần] [xô xát|hai bên tập trung đông người], [dễ bị lợi dụng gây mất đoàn kết dân tộc|tiềm ẩn nguy cơ phức tạp].",
        ),
        good=(
            "[Quan hệ|Tình đoàn kết] [giữa các dân tộc|giữa đồng bào tại chỗ và bà con mới đến] ở {thon} [ngày càng gắn bó|tốt đẹp], [các mâu thuẫn đều được hòa giải ngay tại thôn|không còn tranh chấp như trước][. Cảm ơn {cax} và già làng|].",
        ),
        ask=(
            "Đề nghị {ca} [cùng|phối hợp với] [già làng, người có uy tín|Mặt trận] [hòa giải|giải quyết] [các mâu thuẫn nhỏ|tranh chấp giữa các hộ] ngay từ cơ sở, giữ gìn đoàn kết giữa các dân tộc.",
        ),
        reply=(
            "BAD:{cax} đã [phối hợp với Tổ hòa giải thôn|mời các bên] [hòa giải|làm việc], [các bên đã thống nhất|đang tiếp tục giải quyết]; nội dung liên quan đất đai sẽ chuyển UBND xử lý, Công an [tiếp tục theo dõi|nắm tình hình], không để phát sinh phức tạp.",
        ),
    ),
    Situation(
        "su_kien_chinh_tri",
        SECURITY,
        years=(0.4, 1.5, 1.8, 0.4, 0.4, 0.8, 1.8),
        tilt=(0.3, 2.5, 1.0),
        who=("Mặt trận Tổ quốc", "Cựu chiến binh", "Bí thư chi bộ"),
        bad=(
            "Trước {event}, [một số đối tượng|có người] [xuyên tạc|nói xấu] [về công tác nhân sự|về bầu cử, về chủ trương của Đảng] trên mạng, [chưa thấy xử lý|gây dư luận không tốt].",
        ),
        good=(
            "[Năm qua|Năm {year}], [{ca} đã|lực lượng Công an] [bảo vệ tuyệt đối an toàn|bảo đảm an ninh trật tự] {event}, [không để xảy ra tình huống bất ngờ|không có sự cố nào]; [tôi đánh giá cao|xin ghi nhận].",
        ),
        ask=(
            "Đề nghị {ca} [tăng cường nắm tình hình|chủ động nắm tình hình] [trước|trong dịp] {event}, không để kẻ xấu lợi dụng [tuyên truyền xuyên tạc|gây rối].",
        ),
        reply=(
            "{ca} [tiếp thu|cảm ơn]; [đã triển khai|sẽ xây dựng] phương án bảo vệ [tuyệt đối an toàn|] {event}, chủ động nắm tình hình, đấu tranh với các luận điệu xuyên tạc.",
        ),
    ),
    Situation(
        "sau_vu_cu_kuin",
        SECURITY,
        years=(0.0, 0.0, 0.0, 0.0, 1.6, 0.8, 0.3),
        start=dt.date(2023, 6, 15),
        where=ETHNIC_AREAS,
        bad=(
            "Sau vụ việc ở huyện Cư Kuin (Đắk Lắk), [một số|có] [đối tượng|người] trên mạng [tung tin|đăng tin] [thất thiệt|xuyên tạc] về vụ việc, [gây hoang mang trong đồng bào|có người nghe theo].",
        ),
        good=(
            "Sau [vụ việc ở Cư Kuin, Đắk Lắk|vụ tấn công trụ sở xã ở huyện Cư Kuin], {ca} đã [tăng cường nắm tình hình|tuần tra, bảo vệ trụ sở] [rất kịp thời|ngay], bà con ở {xa} yên tâm; [tôi đánh giá cao|xin ghi nhận].",
        ),
        ask=(
            "Qua vụ việc ở huyện Cư Kuin, tỉnh Đắk Lắk, đề nghị {ca} [tăng cường nắm tình hình|chủ động nắm tình hình] [số đối tượng có biểu hiện chống đối|những người có biểu hiện bất thường], đồng thời [vận động bà con cảnh giác, tố giác|tuyên truyền để bà con không nghe theo kẻ xấu].",
        ),
        reply=(
            "{ca} đã triển khai [các phương án bảo vệ trụ sở, nắm tình hình|tăng cường tuần tra, nắm tình hình] tại [các thôn, bon|địa bàn trọng điểm]; đề nghị người có uy tín tiếp tục vận động bà con và kịp thời cung cấp thông tin về đối tượng khả nghi.",
        ),
    ),
    Situation(
        "bi_mat_nha_nuoc",
        SECURITY,
        weight=0.4,
        who=("Mặt trận Tổ quốc", "Bí thư chi bộ", "Trưởng thôn"),
        bad=(
            "Vẫn còn [tình trạng|hiện tượng] [cán bộ|một số cán bộ thôn, xã] [chụp văn bản|đưa tài liệu] [nội bộ|mật] lên [nhóm Zalo|mạng xã hội] [để trao đổi công việc|], [có thể làm lộ|nguy cơ lộ] bí mật nhà nước.",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] {ca} đã [tập huấn|hướng dẫn] về bảo vệ bí mật nhà nước và an ninh mạng cho cán bộ [cơ sở|thôn, bon], [rất thiết thực|cán bộ đã cẩn trọng hơn khi dùng Zalo].",
        ),
        ask=(
            "Đề nghị {ca} [tổ chức tập huấn|hướng dẫn] [công tác bảo vệ bí mật nhà nước|cách sử dụng mạng xã hội an toàn] cho cán bộ [thôn, xã|cơ sở].",
        ),
        reply=(
            "{ca} sẽ phối hợp với UBND tổ chức [tập huấn|hội nghị hướng dẫn] [Luật Bảo vệ bí mật nhà nước năm 2018|công tác bảo vệ bí mật nhà nước] và kỹ năng an ninh mạng cho cán bộ cơ sở [trong năm tới|].",
        ),
    ),
    Situation(
        "an_ninh_chinh_tri_on_dinh",
        SECURITY,
        tilt=(0.0, 2.0, 1.0),
        weight=1.2,
        who=("Người có uy tín", "Mặt trận Tổ quốc", "Cựu chiến binh"),
        good=(
            "[Tình hình|Năm qua, tình hình] an ninh chính trị [trên địa bàn {xa}|ở {huyen}] [ổn định|được giữ vững], [không có điểm nóng|không để xảy ra bị động, bất ngờ], [đồng bào các dân tộc đoàn kết|bà con yên tâm sản xuất]. [Tôi đánh giá cao|Đây là kết quả đáng ghi nhận của {ca}].",
        ),
        ask=(
            "Đề nghị {ca} [nắm chắc tình hình|bám sát cơ sở] [trong vùng đồng bào dân tộc thiểu số|ở các thôn, bon xa], phát hiện sớm [các vấn đề phức tạp|những biểu hiện bất thường] để giải quyết từ cơ sở.",
        ),
    ),
    Situation(
        "sinh_hoat_ton_giao",
        SECURITY,
        weight=0.6,
        tilt=(0.5, 2.0, 1.0),
        who=("Chức sắc tôn giáo",),
        good=(
            "[Thay mặt cơ sở tôn giáo|Chúng tôi] [cảm ơn|ghi nhận] {ca} đã [bảo đảm an ninh trật tự|hỗ trợ giữ gìn trật tự] trong các ngày lễ lớn của tôn giáo [vừa qua|năm {year}], [tín đồ|bà con] [yên tâm|an tâm] hành lễ[, không xảy ra vụ việc nào|].",
        ),
        ask=(
            "Đề nghị {ca} [hỗ trợ|phối hợp với] [các cơ sở tôn giáo|giáo xứ, chi hội] [bảo đảm an ninh trật tự|giữ gìn trật tự] trong các dịp lễ lớn.",
        ),
        reply=(
            "{ca} [cảm ơn|ghi nhận] sự phối hợp của các chức sắc; sẽ tiếp tục bố trí lực lượng bảo đảm an ninh trật tự trong các dịp lễ lớn của tôn giáo[ và xử lý nghiêm các trường hợp gây rối|].",
        ),
    ),
    Situation(
        "xuat_canh_thai_lan",
        SECURITY,
        years=(1.4, 1.2, 0.8, 0.8, 0.9, 0.9, 0.8),
        weight=0.5,
        area="rural",
        where=ETHNIC_AREAS,
        bad=(
            "Vẫn còn [đối tượng|người] [xúi giục|lôi kéo] [đồng bào|thanh niên trong bon] [trốn sang Thái Lan|xuất cảnh trái phép sang Thái Lan] ['xin tị nạn'|để 'được định cư ở nước thứ ba'], [hứa hẹn sẽ có cuộc sống tốt hơn|bảo sẽ được cho nhiều tiền][, có gia đình đã bán rẫy lấy tiền đi|].",
        ),
        good=(
            "[Ghi nhận|Cảm ơn] {ca} và chính quyền đã [vận động|đón nhận] [những người xuất cảnh trái phép|các hộ trốn sang Thái Lan] trở về địa phương, [giúp ổn định cuộc sống|tạo điều kiện làm ăn].",
        ),
        ask=(
            "Đề nghị [tuyên truyền|thông tin] [cho bà con|trong các bon] về [thực chất|sự thật] của việc ['tị nạn' ở Thái Lan|trốn ra nước ngoài] để [không ai bị lừa gạt|bà con không nghe theo].",
        ),
        reply=(
            "{ca} [đã nắm danh sách|đang xác minh] [những người có biểu hiện|các đối tượng móc nối, lôi kéo], phối hợp với gia đình vận động; đề nghị người có uy tín tiếp tục tuyên truyền.",
        ),
    ),
)


# ---------------------------------------------------------------- situations: mass movement

MOVEMENT_SITUATIONS = (
    Situation(
        "luc_luong_co_so",
        MOVEMENT,
        years=(0.5, 0.7, 0.7, 0.8, 0.9, 1.8, 1.6),
        weight=1.6,
        who=("Tổ bảo vệ ANTT", "Trưởng thôn", "Cựu chiến binh", "Mặt trận Tổ quốc"),
        bad=(
            "[Phụ cấp|Chế độ] cho {to_antt} [còn thấp|quá thấp], [chỉ vài trăm nghìn đồng/tháng|không đủ tiền xăng xe], trong khi [thường xuyên phải đi tuần tra đêm|công việc rất nhiều], [anh em|nhiều người] [không mặn mà|muốn nghỉ].",
            "{to_antt} [chưa được trang bị|còn thiếu] [đèn pin, áo mưa, dùi cui|công cụ hỗ trợ, phương tiện] khi đi tuần tra, [hoạt động còn khó khăn|anh em phải tự bỏ tiền mua].",
        ),
        good=(
            "{to_antt} ở {thon} [hoạt động rất hiệu quả|làm nòng cốt rất tốt], [phối hợp với {cax}|thường xuyên tuần tra] [bắt giữ đối tượng trộm cắp|phát hiện nhiều vụ việc], [giải quyết nhiều việc ngay tại thôn|]. [Tôi đánh giá cao|Xin ghi nhận].",
        ),
        ask=(
            "Đề nghị [quan tâm|nâng] [chế độ phụ cấp|mức hỗ trợ] và [trang bị|mua sắm] [đồng phục, công cụ hỗ trợ|phương tiện] cho {to_antt} [để anh em yên tâm|để lực lượng gắn bó lâu dài].",
            "[Xin hỏi|Cho hỏi]: thành viên {to_antt} [khi bị thương trong lúc làm nhiệm vụ được hưởng chế độ gì|có được đóng BHYT không]?",
        ),
        reply=(
            "Theo {law_coso}, [thành viên được hưởng hỗ trợ hằng tháng và chế độ khi bị thương|lực lượng được hỗ trợ hằng tháng, được mua BHYT]; {cax} sẽ [tổng hợp, đề xuất|kiến nghị] [nâng mức hỗ trợ, bổ sung trang bị|bổ sung trang bị] cho lực lượng.",
            "{cax} ghi nhận đóng góp của lực lượng ở cơ sở; sẽ tổng hợp ý kiến, báo cáo UBND {xa} xem xét [chế độ|kinh phí mua sắm trang bị] trong dự toán năm {next_year}.",
        ),
    ),
    Situation(
        "camera_an_ninh",
        MOVEMENT,
        years=RISING,
        weight=1.3,
        who=("Trưởng thôn", "Hộ kinh doanh", "Mặt trận Tổ quốc", "Doanh nghiệp"),
        bad=(
            "Các camera an ninh [lắp ở {thon}|do bà con đóng góp lắp đặt] [đã hư hỏng|bị hỏng] [mấy tháng nay|từ {month}] [mà chưa có kinh phí sửa|nhưng chưa ai sửa], [khi có vụ việc không trích xuất được|lúc cần thì không có hình ảnh].",
        ),
        good=(
            "Mô hình ['Camera an ninh'|'Camera vì an ninh trật tự'] ở {thon} [phát huy hiệu quả rõ|rất hiệu quả], [nhờ hình ảnh camera {cax} đã truy tìm được đối tượng trộm xe|qua camera đã làm rõ nhiều vụ trộm], [bà con rất phấn khởi|].",
        ),
        ask=(
            "Đề nghị {cax} [vận động|hướng dẫn] [các hộ kinh doanh, hộ dân|bà con] [lắp camera hướng ra đường|tham gia lắp camera an ninh][ và kết nối về {cax}|] để phòng ngừa tội phạm.",
            "Kiến nghị UBND {xa} [hỗ trợ kinh phí|bố trí kinh phí] [lắp camera an ninh|duy trì hệ thống camera] [tại các ngã ba, ngã tư|tại cổng thôn] [ở {thon}|].",
        ),
        reply=(
            "{cax} [đã phối hợp|sẽ phối hợp] với [UBND {xa}, các doanh nghiệp|Mặt trận và các đoàn thể] [vận động|xã hội hóa] [lắp đặt|sửa chữa] camera; hiện toàn {kind} có {n_cam} camera kết nối, đề nghị các hộ tiếp tục tham gia.",
        ),
    ),
    Situation(
        "mo_hinh_tu_quan",
        MOVEMENT,
        weight=1.4,
        tilt=(0.8, 1.6, 1.0),
        who=("Trưởng thôn", "Mặt trận Tổ quốc", "Người có uy tín", "Bí thư chi bộ"),
        bad=(
            "Một số mô hình tự quản [ở {thon}|trên địa bàn] [còn hình thức|hoạt động chưa đều], [chỉ có trên giấy|lập ra rồi không sinh hoạt], chưa phát huy được vai trò của người dân.",
        ),
        good=(
            "[Mô hình {model}|Các mô hình tự quản] ở {thon} [được duy trì|hoạt động] [hiệu quả|thường xuyên], [năm qua không có người vi phạm pháp luật|các mâu thuẫn được hòa giải ngay tại thôn]. [Đề nghị biểu dương|Tôi rất phấn khởi].",
        ),
        ask=(
            "Đề nghị {cax} [hướng dẫn|hỗ trợ] [xây dựng|nhân rộng] mô hình {model} ở {thon} và [có kinh phí duy trì|có hình thức khen thưởng] cho các mô hình hoạt động tốt.",
        ),
        reply=(
            "{cax} [sẽ phối hợp với Mặt trận|ghi nhận đề xuất, phối hợp UBND {xa}] [củng cố|xây dựng thêm] các mô hình tự quản tại {thon}, [đề xuất khen thưởng|đánh giá, khen thưởng] mô hình hiệu quả [trong Ngày hội toàn dân bảo vệ ANTQ|vào dịp tổng kết cuối năm].",
        ),
    ),
    Situation(
        "khen_thuong_to_giac",
        MOVEMENT,
        bad=(
            "[Người dân|Bà con] [vẫn còn tâm lý|còn] [ngại|sợ] [tố giác tội phạm|báo tin cho Công an] [vì sợ bị trả thù|vì ngại va chạm], việc khen thưởng người tố giác [còn chậm|chưa kịp thời].",
        ),
        good=(
            "[Ghi nhận|Tôi đánh giá cao] việc {ca} [đã khen thưởng|trao giấy khen cho] [{n_small} người dân|các cá nhân] ở {thon} [có thành tích|đã dũng cảm] [bắt giữ đối tượng trộm cắp|tố giác tội phạm], [bà con rất phấn khởi|việc làm này rất có ý nghĩa].",
        ),
        ask=(
            "Đề nghị {ca} kịp thời khen thưởng [người dân|những người] [tích cực tố giác tội phạm|cung cấp thông tin giúp phá án] để động viên phong trào, và giữ bí mật tuyệt đối cho người báo tin.",
        ),
        reply=(
            "Trong năm, {ca} đã [khen thưởng|đề nghị khen thưởng] {n_small} [tập thể, cá nhân|cá nhân] [có thành tích trong phong trào|tích cực tố giác tội phạm]; mọi thông tin tố giác đều được giữ bí mật.",
        ),
    ),
    Situation(
        "tuyen_truyen_tieng_dan_toc",
        MOVEMENT,
        weight=1.1,
        where={"dak_glong": 1.5, "tuy_duc": 1.5, "krong_no": 1.3, "gia_nghia": 0.5},
        who=("Người có uy tín", "Trưởng thôn", "Hội Liên hiệp phụ nữ"),
        bad=(
            "Công tác tuyên truyền pháp luật [ở các bon xa|cho đồng bào DTTS] [chưa thường xuyên|còn ít], [chủ yếu bằng tiếng phổ thông|tài liệu toàn bằng tiếng Kinh], [nhiều người già không hiểu|bà con chưa nắm được].",
        ),
        good=(
            "Cán bộ {cax} [đến|xuống] [tận bon|từng thôn] tuyên truyền pháp luật [bằng tiếng {lang}|qua các buổi sinh hoạt cộng đồng], [dễ hiểu, gần gũi|bà con rất thích]; [tôi thấy cách làm này rất hay|].",
        ),
        ask=(
            "Đề nghị {ca} [tổ chức tuyên truyền|phổ biến pháp luật] [bằng tiếng {lang}|qua loa phát thanh bằng tiếng dân tộc], lồng ghép vào [các buổi họp thôn|sinh hoạt của các đoàn thể] để bà con dễ hiểu, dễ nhớ.",
        ),
        reply=(
            "{cax} [tiếp thu|ghi nhận]; sẽ [phối hợp với người có uy tín|mời già làng, người biết tiếng] tuyên truyền song ngữ và phát trên loa truyền thanh thôn vào các buổi họp thôn.",
        ),
    ),
    Situation(
        "hoi_nghi_lang_nghe",
        MOVEMENT,
        tilt=(0.0, 1.6, 1.2),
        weight=0.9,
        good=(
            "Hội nghị ['Công an lắng nghe ý kiến nhân dân'|hôm nay] [là dịp|tạo điều kiện] để [nhân dân|bà con] [nói lên tâm tư, nguyện vọng|trao đổi trực tiếp với lực lượng Công an]; [tôi đánh giá cao|rất thiết thực][, các ý kiến năm trước đã được trả lời đầy đủ|].",
        ),
        ask=(
            "Đề nghị tổ chức [hội nghị lắng nghe ý kiến nhân dân|hội nghị như thế này] [tại từng thôn, bon|thường xuyên hơn] để [nhiều người dân được tham gia|bà con ở xa cũng được nói].",
        ),
    ),
    Situation(
        "nhom_zalo_thon",
        MOVEMENT,
        years=(0.2, 0.5, 0.9, 1.2, 1.4, 1.5, 1.5),
        tilt=(0.6, 1.4, 1.0),
        bad=(
            "Nhóm Zalo [ANTT|an ninh] của thôn [ít người tham gia|nhiều bà con lớn tuổi không dùng], thông tin [chưa đến được với bà con ở rẫy xa|chủ yếu chỉ cán bộ đọc].",
        ),
        good=(
            "Nhóm Zalo ['ANTT {thon}'|an ninh trật tự của thôn] do {cax} lập [rất hữu ích|hoạt động hiệu quả]: [bà con báo tin gì cũng nhanh|có việc gì báo lên là có người xử lý], [thông tin cảnh báo cũng được gửi lên thường xuyên|].",
        ),
        ask=(
            "Đề nghị {cax} [lập|thành lập] nhóm Zalo an ninh trật tự [của từng thôn|cho {thon}] để [bà con báo tin|người dân phản ánh] [nhanh|kịp thời] và nhận cảnh báo.",
        ),
        reply=(
            "{cax} [đã lập|sẽ lập] nhóm Zalo tại [tất cả các thôn|{thon}], cán bộ phụ trách thôn làm quản trị; đề nghị trưởng thôn vận động bà con tham gia.",
        ),
    ),
    Situation(
        "ngay_hoi_toan_dan",
        MOVEMENT,
        tilt=(0.6, 1.4, 1.0),
        bad=(
            "Ngày hội toàn dân bảo vệ ANTQ [ở một số thôn|ở {thon}] [còn hình thức|tổ chức sơ sài], [chưa thu hút|ít] [người dân|thanh niên] tham gia.",
        ),
        good=(
            "Ngày hội toàn dân bảo vệ an ninh Tổ quốc [năm nay|năm {year}] [ở {thon}|tại {xa}] được tổ chức [rất vui, thiết thực|trang trọng], [có văn nghệ, thể thao|có giao lưu văn nghệ], bà con tham gia đông đủ.",
        ),
        ask=(
            "Đề nghị [có kinh phí|hỗ trợ kinh phí] tổ chức Ngày hội toàn dân bảo vệ ANTQ [ở các thôn|tại {thon}] và [khen thưởng|biểu dương] [các hộ|cá nhân] [tiêu biểu|điển hình] trong phong trào.",
        ),
        reply=(
            "{cax} sẽ phối hợp với Ban công tác Mặt trận các thôn tổ chức Ngày hội [điểm tại {thon}|vào dịp 19/8], kinh phí từ nguồn xã hội hóa và ngân sách xã.",
        ),
    ),
    Situation(
        "vai_tro_nguoi_uy_tin",
        MOVEMENT,
        where={"dak_glong": 1.5, "tuy_duc": 1.5, "krong_no": 1.4, "gia_nghia": 0.5},
        who=("Người có uy tín", "Trưởng thôn"),
        bad=(
            "[Vai trò|Chế độ] của [người có uy tín|già làng] [chưa được phát huy|còn thấp], [có việc trong bon|có lúc] [chưa được mời tham gia|không được hỏi ý kiến].",
        ),
        good=(
            "[Già làng, người có uy tín|Người có uy tín] ở {thon} luôn được {cax} [tôn trọng|mời trao đổi], [nhiều việc|các mâu thuẫn] [được giải quyết|giải quyết xong] [ngay trong bon|tại cộng đồng], bà con rất tin tưởng.",
        ),
        ask=(
            "Đề nghị {ca} [thường xuyên|] [cung cấp thông tin|bồi dưỡng kiến thức pháp luật] cho [người có uy tín|già làng, trưởng bon] để [làm tốt vai trò cầu nối|tuyên truyền cho bà con][ và có chế độ động viên|].",
        ),
        reply=(
            "{ca} [ghi nhận|đánh giá cao] vai trò của người có uy tín; [sẽ tổ chức|hằng quý sẽ] [gặp mặt, cung cấp thông tin|tập huấn] cho người có uy tín và đề xuất khen thưởng những người có nhiều đóng góp.",
        ),
    ),
    Situation(
        "tuan_tra_nhan_dan",
        MOVEMENT,
        area="rural",
        who=("Đoàn thanh niên", "Cựu chiến binh", "Trưởng thôn"),
        bad=(
            "Phong trào [tuần tra nhân dân|tuần tra ban đêm] ở {thon} [chưa duy trì thường xuyên|lúc có lúc không], [nhiều hộ|một số hộ] [không tham gia|chưa đóng góp].",
        ),
        good=(
            "Mùa {crop} vừa qua, [thanh niên|Đoàn thanh niên và {to_antt}] [tổ chức|duy trì] tuần tra [ban đêm|nhân dân] cùng {cax}, [bà con yên tâm|không để mất trộm][, xin biểu dương|].",
        ),
        ask=(
            "Đề nghị {cax} [hướng dẫn|cùng Đoàn thanh niên] [thành lập|duy trì] [đội thanh niên xung kích tuần tra|tổ tuần tra nhân dân] [vào mùa thu hoạch|vào ban đêm] tại {thon}.",
        ),
        reply=(
            "{cax} sẽ phối hợp với Đoàn thanh niên [hướng dẫn lập|củng cố] [tổ tuần tra|đội thanh niên xung kích] và cử cán bộ cùng tham gia tuần tra.",
        ),
    ),
    Situation(
        "giup_nguoi_lam_loi",
        MOVEMENT,
        weight=0.8,
        who=("Mặt trận Tổ quốc", "Hội Liên hiệp phụ nữ", "Cựu chiến binh"),
        bad=(
            "Việc [giúp đỡ người mãn hạn tù|quản lý, giáo dục người lầm lỗi] ở {thon} [chưa hiệu quả|còn hình thức], [có người về không có việc làm lại tái phạm|một số người lại tái phạm].",
        ),
        good=(
            "{cax} [đã phối hợp với các đoàn thể|cùng Mặt trận] [giúp đỡ|cảm hóa] [người chấp hành xong án phạt tù|người lầm lỗi] ở {thon} [tìm việc làm, vay vốn|hòa nhập cộng đồng], [nay anh ấy đã có việc làm ổn định|các trường hợp đều không tái phạm][. Tôi đánh giá cao|].",
        ),
        ask=(
            "Đề nghị [có chính sách|tạo điều kiện] [vay vốn, học nghề|hỗ trợ] cho [người sau khi chấp hành án về địa phương|người mãn hạn tù] và phân công đoàn thể kèm cặp từng người.",
        ),
        reply=(
            "{cax} đang quản lý {n_small} người chấp hành xong án phạt tù trên địa bàn, [phân công các đoàn thể|phối hợp Hội LHPN, Đoàn thanh niên] giúp đỡ và [đề xuất|giới thiệu] [vay vốn Ngân hàng Chính sách xã hội|học nghề].",
        ),
    ),
    Situation(
        "an_ninh_doanh_nghiep",
        MOVEMENT,
        weight=0.5,
        tilt=(0.0, 1.3, 1.0),
        who=("Doanh nghiệp",),
        where={"dak_rlap": 2.0, "cu_jut": 1.5, "gia_nghia": 1.5},
        good=(
            "Doanh nghiệp chúng tôi được {cax} [hướng dẫn|hỗ trợ] [xây dựng|kiện toàn] [tổ bảo vệ|tổ an ninh] và [mô hình 'Doanh nghiệp an toàn về ANTT'|phong trào bảo vệ ANTQ trong doanh nghiệp], năm qua [không xảy ra mất cắp tài sản|công nhân yên tâm làm việc]. [Cảm ơn {cax}|].",
        ),
        ask=(
            "Đề nghị {ca} [tập huấn|hướng dẫn nghiệp vụ] cho [lực lượng bảo vệ|tổ bảo vệ] [của các doanh nghiệp|của công ty] trên địa bàn để phối hợp giữ gìn ANTT.",
        ),
        reply=(
            "{cax} [sẽ tổ chức|tiếp thu, sẽ phối hợp] tập huấn cho lực lượng bảo vệ doanh nghiệp và hướng dẫn xây dựng mô hình an toàn về ANTT [trong quý tới|].",
        ),
    ),
)


# ---------------------------------------------------------------- situations: building the force

FORCE_SITUATIONS = (
    Situation(
        "cong_an_chinh_quy_ve_xa",
        FORCE,
        years=COMMUNE_POLICE,
        weight=2.2,
        tilt=(0.6, 2.4, 1.0),
        area="commune_only",
        who=(
            "Người có uy tín",
            "Cựu chiến binh",
            "Mặt trận Tổ quốc",
            "Trưởng thôn",
            "Hội người cao tuổi",
        ),
        bad=(
            "{cax} [chỉ có|hiện có] [{n_small} đồng chí|vài đồng chí] [mà|nhưng] [địa bàn rộng, nhiều thôn, bon|phụ trách cả {n_thon} thôn, bon], [nên chưa xuống cơ sở thường xuyên|nhiều thôn ít thấy cán bộ][, đề nghị bổ sung thêm|].",
        ),
        good=(
            "Từ khi [có|bố trí] Công an chính quy về xã, [tình hình ANTT|an ninh trật tự] ở {xa} [chuyển biến rõ rệt|tốt lên nhiều], [cán bộ trẻ, nhiệt tình|anh em bám cơ sở], [đêm nào cũng đi tuần|thường xuyên xuống thôn], [bà con rất tin tưởng|nhân dân rất phấn khởi].",
            "[Tôi|Bà con {thon}] [đánh giá rất cao|ghi nhận] đội ngũ Công an xã chính quy: [gần dân, hiểu dân|xuống từng nhà nắm tình hình], [việc gì báo là có mặt|giải quyết công việc nhanh][, không còn cảnh 'cha chung không ai khóc' như trước|].",
            "Công an xã chính quy [về địa bàn|về {xa}] [được {cq_years} năm|đã mấy năm], [nay|giờ] [bà con coi như người nhà|thôn bon nào cũng quen mặt cán bộ]; [tình trạng trộm cắp giảm hẳn|các vụ việc đều được giải quyết ngay tại xã].",
        ),
        ask=(
            "Đề nghị [bố trí thêm|tăng cường] cán bộ [cho {cax}|Công an chính quy về xã] và phân công [mỗi thôn|từng thôn] [một cán bộ phụ trách|có cán bộ phụ trách riêng].",
        ),
        reply=(
            "Hiện {cax} [có|được bố trí] {n_staff} đồng chí, [đã phân công cán bộ phụ trách từng thôn, bon|mỗi đồng chí phụ trách {n_small} thôn]; {cah} sẽ [tiếp tục đề xuất bổ sung biên chế|bổ sung cán bộ] theo lộ trình.",
        ),
    ),
    Situation(
        "thai_do_tiep_dan",
        FORCE,
        weight=1.3,
        tilt=(1.2, 1.0, 0.6),
        bad=(
            "Một số cán bộ [khi tiếp dân|khi làm thủ tục] [thái độ chưa đúng mực|còn nói trống không, cáu gắt] với người dân, [đặc biệt với người già, người đồng bào|], [hướng dẫn không rõ|hẹn lên hẹn xuống], [làm bà con ngại đến Công an|].",
            "[Tôi|Gia đình tôi] [lên {cax} làm thủ tục|đến làm giấy xác nhận] {month} [phải chờ rất lâu|đợi cả buổi], [cán bộ trực|đồng chí trực] [mải dùng điện thoại|không giải thích gì][, đề nghị chấn chỉnh|].",
        ),
        good=(
            "Cán bộ {cax} [tiếp dân|làm việc] [niềm nở|lịch sự], [hướng dẫn tận tình|giải thích dễ hiểu], [người già, người đồng bào|bà con] đến làm việc [không còn e ngại|rất hài lòng][. Tôi xin ghi nhận|].",
        ),
        ask=(
            "Đề nghị {cax} bố trí [lịch tiếp dân vào sáng thứ Bảy|giờ tiếp dân buổi tối] để bà con [đi làm rẫy|đi làm công ty] vẫn đến làm thủ tục được.",
        ),
        reply=(
            "BAD:{cah} [tiếp thu|ghi nhận], [nếu đúng như phản ánh sẽ kiểm điểm cán bộ liên quan|sẽ chấn chỉnh tác phong, lề lối làm việc của cán bộ]; đề nghị người dân khi gặp trường hợp tương tự phản ánh trực tiếp với lãnh đạo [{cax}|đơn vị].",
        ),
    ),
    Situation(
        "tiep_nhan_tin_bao",
        FORCE,
        weight=1.4,
        bad=(
            "[Đêm|Khoảng 1 giờ sáng] {month}, [nhà tôi|nhà hàng xóm] [bị trộm|có trộm đột nhập], [gọi điện cho {cax}|gọi số trực ban] [nhiều lần|mấy cuộc] [không ai nghe máy|nhưng không liên lạc được], [sáng hôm sau|gần 1 tiếng sau] mới có cán bộ đến[. Đề nghị chấn chỉnh việc trực ban|].",
            "[Đơn|Vụ việc] [gia đình tôi|tôi] trình báo [từ {month}|đã lâu] [đến nay chưa được trả lời|nhưng không được thông báo kết quả], [hỏi thì cán bộ nói đang xác minh|đi lại nhiều lần vẫn chưa rõ].",
            "Khi xảy ra [đánh nhau|vụ việc] ở {thon}, [bà con báo|trưởng thôn gọi] nhưng [cán bộ đến chậm|hơn 1 tiếng sau mới có người], [sự việc đã xong|đối tượng đã bỏ đi].",
        ),
        good=(
            "[Đêm|Vừa rồi] [nhà tôi có trộm|ở {thon} có đánh nhau], [tôi gọi|bà con gọi] cho {cax}, [chỉ 10 phút sau|rất nhanh] [cán bộ đã có mặt|anh em đã xuống] giải quyết kịp thời. [Tôi rất cảm ơn|Ghi nhận tinh thần trách nhiệm của {cax}].",
        ),
        ask=(
            "Đề nghị {cax} [công khai|niêm yết] số điện thoại [trực ban|của cán bộ phụ trách thôn] [tại nhà văn hóa|ở mỗi thôn] và duy trì [trực 24/24|có người nghe máy cả ban đêm].",
        ),
        reply=(
            "BAD:{cax} [tiếp thu ý kiến|thẳng thắn nhận] việc tiếp nhận tin báo có lúc chưa kịp thời, [đã chấn chỉnh chế độ trực ban|đã kiểm điểm cán bộ trực] và bố trí cán bộ trực 24/24; số điện thoại trực ban [đã được niêm yết tại nhà văn hóa các thôn|sẽ gửi lên nhóm Zalo các thôn].",
            "BAD:Đơn của đại biểu [đang được xác minh|đã được chuyển {unit_hs} thụ lý]; {cax} sẽ thông báo kết quả bằng văn bản cho gia đình [trong tháng {mnext}|ngay khi có kết luận].",
        ),
    ),
    Situation(
        "nhung_nhieu_phien_ha",
        FORCE,
        weight=1.0,
        tilt=(1.5, 0.8, 0.7),
        bad=(
            "Vẫn còn [hiện tượng|trường hợp] [CSGT|tổ tuần tra] [đứng ở khúc cua khuất để bắt lỗi|dừng xe kiểm tra ở đoạn {road}], [có biểu hiện gây khó dễ|nghi 'làm luật'] với [xe chở nông sản|lái xe tải][, đề nghị làm rõ|].",
            "Một số cán bộ [khi giải quyết thủ tục|khi đăng ký xe, làm giấy tờ] [còn gây phiền hà|yêu cầu nộp thêm giấy tờ không cần thiết], [người dân phải đi lại nhiều lần|làm mất nhiều thời gian].",
            "Khi [bị|tôi bị] CSGT dừng xe trên {road} {month}, [đồng chí CSGT|cán bộ] [nói năng|có thái độ] [hách dịch|thiếu tôn trọng], [không giải thích rõ lỗi vi phạm|].",
        ),
        good=(
            "Lực lượng CSGT [làm việc|kiểm soát] [đúng quy trình, có camera ghi hình|công khai], thái độ [lịch sự, giải thích rõ lỗi|đúng mực], [người vi phạm cũng tâm phục|]; tôi ghi nhận sự thay đổi tích cực này.",
        ),
        ask=(
            "Đề nghị [công khai|niêm yết] [quy trình, thủ tục và thời hạn giải quyết|số điện thoại đường dây nóng] tại trụ sở để người dân [giám sát|dễ phản ánh] về [thái độ|tác phong] của cán bộ.",
        ),
        reply=(
            "BAD:{ca} [tiếp thu|cảm ơn], sẽ [kiểm tra, xác minh|làm rõ] thông tin đại biểu phản ánh; [nếu có sai phạm sẽ xử lý nghiêm|cán bộ vi phạm sẽ bị xử lý nghiêm theo Điều lệnh Công an nhân dân]. [Đề nghị đại biểu cung cấp thời gian, địa điểm cụ thể|].",
        ),
    ),
    Situation(
        "tru_so_cong_an_xa",
        FORCE,
        years=(0.6, 1.2, 1.3, 1.3, 1.2, 1.0, 0.6),
        weight=0.9,
        bad=(
            "Trụ sở {cax} [hiện đang|vẫn] [mượn phòng của UBND xã|tạm dùng nhà văn hóa {thon}], [chật chội, xuống cấp|không có chỗ làm việc, nghỉ ngơi], [người dân đến làm thủ tục phải đứng chờ ngoài|không có chỗ ngồi chờ].",
        ),
        good=(
            "Trụ sở [mới của {cax}|{cax}] [đã được xây dựng|mới khánh thành] [khang trang|rộng rãi], [có phòng tiếp dân|có chỗ ngồi chờ], bà con đến làm thủ tục rất thoải mái[. Xin chúc mừng|].",
        ),
        ask=(
            "Đề nghị cấp trên [quan tâm bố trí|bố trí] [kinh phí|đất] xây dựng trụ sở làm việc cho {cax} để cán bộ [yên tâm công tác|có điều kiện phục vụ nhân dân tốt hơn].",
        ),
        reply=(
            "{cax} [đang được|đã được] [bố trí kinh phí|phê duyệt dự án] xây dựng trụ sở mới, dự kiến hoàn thành trong năm {next_year}; trước mắt sẽ bố trí [phòng tiếp dân|chỗ ngồi chờ] cho người dân.",
        ),
    ),
    Situation(
        "truc_chot_chong_dich",
        FORCE,
        years=COVID,
        weight=1.2,
        tilt=(0.5, 2.2, 1.0),
        bad=(
            "Tại [chốt kiểm soát dịch đầu {thon}|chốt trên {road}], [một số cán bộ|có lúc cán bộ] [kiểm tra|làm việc] [chưa đúng mực|thiếu giải thích], gây bức xúc cho bà con.",
        ),
        good=(
            "[Trong|Suốt] [đợt dịch COVID-19|thời gian dịch bệnh], [cán bộ chiến sĩ Công an|anh em {cax}] [trực chốt|bám chốt] [ngày đêm|cả tháng không về nhà], [dầm mưa dãi nắng|], [tôi rất cảm phục|bà con rất biết ơn].",
        ),
        ask=(
            "Đề nghị cấp trên [quan tâm|có chế độ bồi dưỡng] cho [cán bộ chiến sĩ|lực lượng] [trực chốt phòng dịch|tham gia chống dịch] và [trang bị|bổ sung] [đồ bảo hộ|vật tư y tế] đầy đủ.",
        ),
        reply=(
            "[Cảm ơn|Xin cảm ơn] sự động viên của bà con; {ca} sẽ tiếp tục [bám chốt|thực hiện nhiệm vụ phòng, chống dịch] và [đề xuất chế độ bồi dưỡng cho cán bộ|chấn chỉnh tác phong tại các chốt].",
        ),
    ),
    Situation(
        "can_bo_biet_tieng_dong_bao",
        FORCE,
        where={"dak_glong": 1.6, "tuy_duc": 1.6, "krong_no": 1.5, "cu_jut": 1.1, "gia_nghia": 0.5},
        who=("Người có uy tín", "Trưởng thôn"),
        bad=(
            "Cán bộ [mới về|trẻ] [chưa biết tiếng|không biết tiếng {lang}], [chưa hiểu phong tục|], [nói chuyện với bà con|làm việc ở bon] [còn khó khăn|nhiều khi không hiểu nhau].",
        ),
        good=(
            "[Cán bộ|Đồng chí] phụ trách {thon} [nói được tiếng {lang}|biết tiếng đồng bào][ và hiểu phong tục|], [bà con trong bon|người già] [rất quý|rất tin], có chuyện gì cũng kể.",
        ),
        ask=(
            "Đề nghị ngành Công an [tuyển chọn|quan tâm đào tạo] [con em đồng bào dân tộc tại chỗ|thanh niên {lang}] vào lực lượng, [và cho cán bộ học tiếng đồng bào|] để làm việc với bà con thuận lợi hơn.",
        ),
        reply=(
            "{ca} [tiếp thu|ghi nhận]; hằng năm [đã tổ chức lớp học tiếng dân tộc cho cán bộ|đã tuyển chọn con em đồng bào DTTS vào ngành] và sẽ [phân công cán bộ biết tiếng phụ trách các bon|tiếp tục bố trí cán bộ là người tại chỗ].",
        ),
    ),
    Situation(
        "giup_dan",
        FORCE,
        weight=0.9,
        tilt=(0.0, 3.0, 0.8),
        good=(
            "Cán bộ {cax} [không chỉ giữ an ninh mà còn|] [giúp bà con|cùng bà con] [làm nhà cho hộ nghèo|thu hoạch {crop} cho gia đình chính sách|sửa đường vào {thon}], [trao quà cho học sinh nghèo|tặng xe đạp cho các cháu]; [hình ảnh người chiến sĩ Công an rất đẹp|bà con rất cảm động].",
            "[Xin cảm ơn|Tôi ghi nhận] [đồng chí|cán bộ] {cax} đã [lao xuống {lake} cứu người bị đuối nước|kịp thời đưa người bị tai nạn đi cấp cứu] {month}; [việc làm rất đáng biểu dương|bà con rất cảm phục].",
        ),
        ask=(
            "Mong {cax} [dành thời gian|quan tâm] [giúp đỡ|đồng hành với] [các hộ nghèo|học sinh có hoàn cảnh khó khăn] ở {thon}.",
        ),
        reply=(
            "Cảm ơn tình cảm của bà con; {ca} sẽ [duy trì các hoạt động vì nhân dân|tiếp tục phong trào 'Công an nhân dân chung tay vì người nghèo'].",
        ),
    ),
    Situation(
        "cong_an_xa_ban_chuyen_trach",
        FORCE,
        years=(0.8, 1.8, 1.0, 0.3, 0.1, 0.1, 0.0),
        area="commune_only",
        weight=0.8,
        bad=(
            "Sau khi [bố trí Công an chính quy về xã|có Công an xã chính quy], [số Công an xã bán chuyên trách|các công an viên cũ] [nghỉ việc|được sắp xếp lại] nhưng [chế độ|chính sách] [chưa được giải quyết thỏa đáng|chưa rõ ràng], [anh em rất thiệt thòi|].",
        ),
        good=(
            "Anh em Công an viên [cũ|] sau khi [chuyển sang làm công an viên thôn|nghỉ] vẫn được Công an chính quy [phối hợp|tôn trọng], phát huy kinh nghiệm [nắm địa bàn|], tôi thấy rất tốt.",
        ),
        ask=(
            "Đề nghị [quan tâm|giải quyết] [chế độ|chính sách] đối với [Công an xã bán chuyên trách|công an viên] [nghỉ việc|dôi dư] khi có Công an chính quy[, vì anh em đã gắn bó nhiều năm|].",
        ),
        reply=(
            "Chế độ đối với Công an xã bán chuyên trách nghỉ việc được thực hiện theo Nghị quyết của HĐND tỉnh; {cah} sẽ phối hợp với [UBND {huyen}|Phòng Nội vụ] rà soát, giải quyết dứt điểm các trường hợp còn vướng.",
        ),
    ),
    Situation(
        "khong_con_cong_an_huyen",
        FORCE,
        years=YEAR_2025,
        start=DISTRICT_POLICE_END,
        weight=1.0,
        tilt=(0.0, 1.4, 1.0),
        good=(
            "[Sau khi|Từ khi] [không tổ chức Công an cấp huyện|kết thúc hoạt động Công an huyện], {cax} [được tăng cường thêm cán bộ|có thêm cán bộ về], [giải quyết công việc ngay tại xã|thủ tục nhanh hơn], [bà con đánh giá cao|tôi thấy rất thuận lợi].",
        ),
        ask=(
            "Đề nghị [sau khi sắp xếp|sau khi không còn Công an huyện], {cax} [công khai|thông báo] [số điện thoại|danh sách] cán bộ phụ trách từng thôn để bà con liên hệ.",
        ),
        reply=(
            "Sau khi sắp xếp, {cax} được bố trí {n_staff} đồng chí, phân công cán bộ phụ trách từng thôn, bon; danh sách và số điện thoại sẽ được niêm yết tại nhà văn hóa các thôn.",
        ),
    ),
    Situation(
        "dia_ban_rong_sau_sap_nhap",
        FORCE,
        years=YEAR_2025,
        start=MERGER_DATE,
        weight=1.1,
        bad=(
            "Sau sáp nhập, [địa bàn {cax} rất rộng|mỗi cán bộ phụ trách nhiều thôn], [bà con ở {thon} ít thấy cán bộ xuống|cán bộ chưa nắm hết địa bàn], [nhiều việc chưa được giải quyết kịp thời|có việc không biết báo ai].",
        ),
        good=(
            "Dù [mới sáp nhập|địa bàn rộng hơn trước], cán bộ {cax} vẫn [xuống tận {thon}|giữ liên lạc thường xuyên với thôn], [bà con rất yên tâm|việc gì báo cũng có người đến].",
        ),
        ask=(
            "Đề nghị [bố trí|xây dựng] trụ sở {cax} [mới|] [ở vị trí trung tâm|thuận tiện đi lại] và [giữ|duy trì] [cán bộ thường trực|điểm làm việc] tại trụ sở xã cũ.",
        ),
        reply=(
            "{cax} đã [phân công|bố trí] cán bộ phụ trách từng thôn theo địa bàn xã cũ, [duy trì điểm làm việc tại trụ sở xã cũ|giữ lịch trực tại các điểm cũ]; {ca} sẽ [đề xuất bổ sung biên chế|tiếp tục kiện toàn] trong thời gian tới.",
        ),
    ),
    Situation(
        "can_bo_luan_chuyen",
        FORCE,
        years=(0.2, 0.6, 1.0, 1.0, 1.0, 1.0, 1.0),
        bad=(
            "Cán bộ phụ trách {thon} [thay đổi liên tục|vừa quen lại chuyển đi], [bà con chưa kịp biết mặt|cán bộ mới chưa nắm được địa bàn], [có việc không biết báo ai|].",
        ),
        good=(
            "Đồng chí phụ trách {thon} [tuy còn trẻ nhưng|] [rất chịu khó|bám địa bàn], [biết từng hộ|nắm rõ từng nhà], [bà con quý như con em trong nhà|].",
        ),
        ask=(
            "Đề nghị khi [luân chuyển|thay đổi] cán bộ phụ trách thôn thì [giới thiệu|thông báo] [với trưởng thôn và bà con|tại cuộc họp thôn] để tiện liên hệ.",
        ),
        reply=(
            "{cax} [tiếp thu|ghi nhận]; việc luân chuyển cán bộ thực hiện theo yêu cầu công tác, khi thay đổi sẽ giới thiệu cán bộ mới với thôn.",
        ),
    ),
    Situation(
        "tra_loi_y_kien_nam_truoc",
        FORCE,
        weight=0.7,
        bad=(
            "[Một số ý kiến|Ý kiến của tôi] tại hội nghị năm {prev_year} [đến nay chưa được trả lời|vẫn chưa thấy phản hồi], [hội nghị năm nào cũng ghi nhận|] nhưng [chưa thấy chuyển biến|chưa thấy kết quả].",
        ),
        good=(
            "[Các ý kiến|Ý kiến] [bà con nêu|của tôi] tại hội nghị năm {prev_year} đã được {cah} [trả lời bằng văn bản|trả lời đầy đủ][ và giải quyết dứt điểm|]; tôi đánh giá cao tinh thần cầu thị.",
        ),
        ask=(
            "Đề nghị sau hội nghị [các ý kiến|ý kiến của nhân dân] [được trả lời bằng văn bản|được tổng hợp, trả lời] và thông báo kết quả tại cuộc họp thôn để bà con nắm được.",
        ),
        reply=(
            "[Tiếp thu|Cảm ơn đại biểu], {cah} [sẽ rà soát|đã rà soát] các ý kiến năm trước, những nội dung chưa giải quyết xong sẽ trả lời bằng văn bản [trong tháng {mnext}|].",
        ),
    ),
)


# ---------------------------------------------------------------- situations: outside the police's remit

OTHER_SITUATIONS = (
    Situation(
        "duong_giao_thong_nong_thon",
        OTHER,
        area="rural",
        weight=1.5,
        who=("Trưởng thôn", "Hội nông dân", "Người dân"),
        bad=(
            "Đường [liên thôn|giao thông nông thôn] [từ {thon} ra {thon2}|vào {thon}] [xuống cấp nghiêm trọng|nhiều ổ gà, ổ voi], mỗi khi mưa [lầy lội|trơn trượt], [xe chở {crop} không vào được|học sinh đi học rất vất vả].",
        ),
        good=(
            "Con đường [vào {thon}|liên thôn] [đã được bê tông hóa|vừa được nâng cấp], bà con đi lại thuận tiện, [xin cảm ơn|ghi nhận] chính quyền.",
        ),
        ask=(
            "Đề nghị [đầu tư|bê tông hóa] [tuyến đường|đường] [vào {thon}|nội đồng] [dài khoảng {km} km|] để bà con [vận chuyển nông sản|đi lại thuận tiện].",
        ),
    ),
    Situation(
        "dien_luoi",
        OTHER,
        area="rural",
        bad=(
            "Điện ở {thon} [yếu|chập chờn], [mùa khô|khi tưới {crop}] [thường xuyên mất điện|không chạy được máy bơm][, một số hộ ở rẫy xa vẫn chưa có điện lưới|].",
        ),
        ask=(
            "Đề nghị [ngành điện|Điện lực] [đầu tư|kéo] [lưới điện|trạm biến áp] [về {thon}|cho các hộ ở rẫy xa] để phục vụ sản xuất.",
        ),
    ),
    Situation(
        "cap_giay_chung_nhan_dat",
        OTHER,
        weight=1.2,
        who=("Hội nông dân", "Người dân", "Trưởng thôn"),
        bad=(
            "Việc cấp giấy chứng nhận quyền sử dụng đất cho bà con {thon} [còn chậm|kéo dài nhiều năm], [nhiều hộ nộp hồ sơ từ năm {older_year}|có hộ nộp hồ sơ mấy năm] [đến nay chưa có|vẫn chưa nhận].",
        ),
        ask=(
            "Đề nghị [xem xét|giải quyết] cấp giấy chứng nhận quyền sử dụng đất cho các hộ [đang sử dụng đất ổn định|] ở {thon}.",
        ),
    ),
    Situation(
        "quy_hoach_bauxite",
        OTHER,
        weight=0.7,
        where={
            "dak_rlap": 5.0,
            "gia_nghia": 3.0,
            "dak_glong": 1.2,
            "dak_song": 0.6,
            "cu_jut": 0.1,
            "krong_no": 0.1,
            "tuy_duc": 0.2,
            "dak_mil": 0.2,
        },
        who=("Người dân", "Hội nông dân", "Trưởng thôn", "Mặt trận Tổ quốc"),
        bad=(
            "Nhiều hộ ở {thon} nằm trong [quy hoạch khai thác bauxite|vùng quy hoạch dự án bauxite] nên [không được cấp sổ đỏ, không được xây nhà kiên cố|không được chuyển mục đích sử dụng đất], [bà con rất khó khăn|cuộc sống bấp bênh].",
            "Việc [bồi thường, hỗ trợ|đền bù] cho các hộ bị thu hồi đất [làm dự án bauxite|mở rộng {mine}] [còn chậm|chưa thỏa đáng], [giá đền bù thấp|khu tái định cư chưa có nước sạch].",
        ),
        good=(
            "Việc [khoanh vùng|điều chỉnh] quy hoạch bauxite đã được công bố, [bà con {thon} đã được cấp sổ đỏ|các hộ ngoài vùng quy hoạch đã được xây nhà], rất phấn khởi.",
        ),
        ask=(
            "Đề nghị [tỉnh|các cơ quan] sớm [điều chỉnh|công bố rõ] quy hoạch [bauxite|khai thác khoáng sản] để bà con [yên tâm đầu tư sản xuất|được cấp sổ đỏ].",
        ),
    ),
    Situation(
        "nuoc_tuoi",
        OTHER,
        area="rural",
        bad=(
            "[Mùa khô|Mùa khô năm nay], [thiếu nước tưới|hồ đập cạn], [nhiều vườn {crop}|cà phê] [bị héo|chết], [hồ thủy lợi của thôn|đập] [xuống cấp|bồi lắng] chưa được nạo vét.",
        ),
        ask=(
            "Đề nghị [nạo vét|đầu tư] [hồ thủy lợi|kênh mương] ở {thon} và hỗ trợ bà con [hệ thống tưới tiết kiệm|giếng khoan] [cho mùa khô|].",
        ),
    ),
    Situation(
        "bhyt_chinh_sach",
        OTHER,
        years=(0.3, 0.3, 0.6, 1.5, 1.2, 0.8, 0.6),
        where={"dak_glong": 1.5, "tuy_duc": 1.5, "krong_no": 1.3, "gia_nghia": 0.3},
        who=("Người có uy tín", "Hội người cao tuổi", "Hội Liên hiệp phụ nữ"),
        bad=(
            "[Từ khi|Sau khi] [{xa} ra khỏi vùng đặc biệt khó khăn|xã ra khỏi khu vực III], [bà con đồng bào|nhiều hộ] [bị cắt thẻ BHYT|không còn được cấp thẻ BHYT], [người nghèo rất khó khăn khi đi khám bệnh|].",
        ),
        ask=(
            "Đề nghị [xem xét|tiếp tục] [cấp thẻ BHYT|hỗ trợ mua BHYT] cho [hộ cận nghèo, người DTTS|bà con đồng bào] ở {thon}.",
        ),
    ),
    Situation(
        "vat_tu_nong_san",
        OTHER,
        area="rural",
        bad=(
            "[Giá phân bón|Giá vật tư nông nghiệp] [tăng cao|tăng gấp đôi] trong khi giá {crop} [bấp bênh|thấp], [bà con rất khó khăn|nhiều hộ lỗ nặng].",
        ),
        ask=(
            "Đề nghị [có chính sách|hỗ trợ] [vay vốn ưu đãi|liên kết tiêu thụ] cho bà con trồng {crop} để ổn định sản xuất.",
        ),
    ),
    Situation(
        "o_nhiem_moi_truong",
        OTHER,
        bad=(
            "[Trại heo|Cơ sở chế biến {crop}|Nhà máy] gần {thon} [xả thải|gây mùi hôi], [ảnh hưởng|ô nhiễm] [nguồn nước|không khí] của bà con, [đã phản ánh nhiều lần|đến nay chưa được xử lý].",
        ),
        ask=(
            "Đề nghị [các ngành chức năng|UBND {xa}] kiểm tra, yêu cầu [cơ sở chăn nuôi|các cơ sở sản xuất] gần khu dân cư [xử lý chất thải theo quy định|có hệ thống xử lý môi trường].",
        ),
    ),
    Situation(
        "y_kien_chung",
        OTHER,
        weight=1.2,
        tilt=(0.0, 1.8, 1.0),
        who=("Mặt trận Tổ quốc", "Cựu chiến binh", "Hội người cao tuổi", "Bí thư chi bộ"),
        good=(
            "[Tôi|Chúng tôi] [nhất trí cao|hoàn toàn nhất trí] với [báo cáo|nội dung báo cáo] [tại hội nghị|của {cah}]. [Xin cảm ơn|Chúc hội nghị thành công tốt đẹp].",
            "[Kính chúc|Xin chúc] [các đồng chí|quý đại biểu] mạnh khỏe; [tôi nhất trí với báo cáo, không có ý kiến gì thêm|tôi thống nhất với các nội dung đã trình bày].",
        ),
        ask=(
            "[Đề nghị|Mong] [các cấp, các ngành|chính quyền] quan tâm hơn nữa đến đời sống của [bà con vùng sâu, vùng xa|đồng bào DTTS ở {thon}].",
        ),
    ),
    Situation(
        "song_dien_thoai",
        OTHER,
        area="rural",
        where={"dak_glong": 1.6, "tuy_duc": 1.6, "krong_no": 1.2, "gia_nghia": 0.1},
        bad=(
            "Sóng điện thoại [ở {thon}|ở các bon xa] [rất yếu|chập chờn], không có internet nên bà con [{online_need}|không nhận được tin nhắn, không cài được ứng dụng], [muốn gọi điện phải ra ngoài đồi|].",
        ),
        ask=("Đề nghị các nhà mạng [lắp trạm phát sóng|nâng cấp sóng di động] tại {thon}.",),
    ),
    Situation(
        "truong_lop",
        OTHER,
        bad=(
            "[Điểm trường|Trường] ở {thon} [xuống cấp|dột nát], [thiếu giáo viên|thiếu phòng học], các cháu [phải học ghép|học rất vất vả].",
        ),
        ask=(
            "Đề nghị [đầu tư|xây] [thêm phòng học|điểm trường mầm non] tại {thon} để các cháu không phải đi học xa.",
        ),
    ),
    Situation(
        "dat_san_xuat",
        OTHER,
        area="rural",
        where={
            "dak_glong": 2.0,
            "tuy_duc": 2.0,
            "dak_rlap": 1.3,
            "krong_no": 1.2,
            "gia_nghia": 0.2,
        },
        who=("Người có uy tín", "Trưởng thôn", "Hội nông dân"),
        bad=(
            "[Đồng bào|Nhiều hộ đồng bào] ở {thon} [thiếu đất sản xuất|không có đất canh tác], trong khi [đất của công ty lâm nghiệp|đất do công ty quản lý] [bỏ hoang|cho thuê lại].",
        ),
        ask=(
            "Đề nghị [thu hồi|xem xét] [đất của các công ty lâm nghiệp|đất các nông, lâm trường] sử dụng không hiệu quả để giao lại cho [bà con sản xuất|đồng bào tại chỗ].",
        ),
    ),
    Situation(
        "tru_so_xa_sau_sap_nhap",
        OTHER,
        years=YEAR_2025,
        start=MERGER_DATE,
        weight=1.4,
        bad=(
            "Sau sáp nhập, trụ sở UBND xã mới cách {thon} [hơn {km} km|rất xa], bà con [làm giấy tờ đất đai, chứng thực|làm thủ tục hành chính] [rất vất vả|phải đi cả buổi].",
        ),
        ask=(
            "Đề nghị [bố trí|duy trì] [điểm tiếp nhận hồ sơ hành chính|bộ phận một cửa] tại trụ sở xã cũ để bà con đỡ đi lại.",
            "Xin hỏi: sau sáp nhập, [giấy tờ đất đai|sổ đỏ] ghi tên xã cũ có phải làm lại không?",
        ),
    ),
    Situation(
        "ho_tro_mua_dich",
        OTHER,
        years=COVID,
        bad=(
            "[Việc hỗ trợ người dân bị ảnh hưởng dịch|Việc tiêm vắc xin] ở {xa} [còn chậm|chưa kịp thời], [lao động tự do ở {thon}|nhiều hộ] [chưa nhận được hỗ trợ|rất khó khăn].",
        ),
        ask=(
            "Đề nghị sớm chi trả [tiền hỗ trợ|gói hỗ trợ] do ảnh hưởng dịch COVID-19 cho [lao động tự do|các hộ khó khăn] ở {thon}.",
        ),
    ),
    Situation(
        "den_chieu_sang",
        OTHER,
        bad=(
            "Tuyến đường [chính|nhánh] qua {thon} [chưa có|không có] đèn chiếu sáng, [ban đêm rất tối|đi lại rất khó khăn].",
        ),
        ask=(
            "Đề nghị [lắp|đầu tư] [đèn chiếu sáng|hệ thống đèn đường] trên [tuyến đường liên thôn|trục chính] qua {thon}.",
        ),
    ),
)

SITUATIONS: dict[str, tuple[Situation, ...]] = {
    CRIME: CRIME_SITUATIONS,
    TRAFFIC: TRAFFIC_SITUATIONS,
    ADMIN: ADMIN_SITUATIONS,
    SECURITY: SECURITY_SITUATIONS,
    MOVEMENT: MOVEMENT_SITUATIONS,
    FORCE: FORCE_SITUATIONS,
    OTHER: OTHER_SITUATIONS,
}
THEME_WEIGHTS = {
    CRIME: 25.0,
    TRAFFIC: 16.0,
    ADMIN: 16.0,
    SECURITY: 7.0,
    MOVEMENT: 10.0,
    FORCE: 13.0,
    OTHER: 13.0,
}
THEME_YEAR = {
    ADMIN: (0.9, 1.1, 1.3, 1.3, 1.2, 1.0, 1.3),
    FORCE: (0.8, 1.1, 1.1, 1.0, 1.0, 1.0, 1.3),
    MOVEMENT: (0.9, 0.9, 1.0, 1.0, 1.0, 1.2, 1.1),
}


# ---------------------------------------------------------------- speakers and framing

GROUP_WEIGHTS = {
    "Người dân": 20.0,
    "Trưởng thôn": 12.0,
    "Cựu chiến binh": 9.0,
    "Hội Liên hiệp phụ nữ": 9.0,
    "Hội nông dân": 8.0,
    "Người có uy tín": 7.0,
    "Mặt trận Tổ quốc": 7.0,
    "Đoàn thanh niên": 6.0,
    "Hộ kinh doanh": 5.0,
    "Hội người cao tuổi": 4.0,
    "Giáo viên": 4.0,
    "Doanh nghiệp": 3.0,
    "Bí thư chi bộ": 3.0,
    "Chức sắc tôn giáo": 2.0,
    "Tổ bảo vệ ANTT": 3.0,
}
SECURITY_TEAM_SINCE = dt.date(2024, 7, 1)
FEMALE_SHARE = {
    "Hội Liên hiệp phụ nữ": 1.0,
    "Cựu chiến binh": 0.08,
    "Người có uy tín": 0.15,
    "Trưởng thôn": 0.2,
    "Giáo viên": 0.6,
    "Hộ kinh doanh": 0.55,
    "Doanh nghiệp": 0.25,
}
OFFICIAL_GROUPS = (
    "Trưởng thôn",
    "Mặt trận Tổ quốc",
    "Bí thư chi bộ",
    "Đoàn thanh niên",
    "Tổ bảo vệ ANTT",
)
ROLES: dict[str, tuple[str, ...]] = {
    "Cựu chiến binh": (
        "hội viên Hội CCB {xa}", "Chi hội trưởng Chi hội CCB {thon}", "Chủ tịch Hội CCB {xa}",
        "hội viên Cựu chiến binh {thon}",
    ),
    "Hội Liên hiệp phụ nữ": (
        "Chi hội trưởng Chi hội Phụ nữ {thon}", "hội viên phụ nữ {thon}", "Chủ tịch Hội LHPN {xa}",
    ),
    "Người có uy tín": ("Người có uy tín {thon}", "già làng {thon}", "người có uy tín trong đồng bào DTTS"),
    "Doanh nghiệp": (
        "Giám đốc Công ty TNHH {company}", "đại diện Công ty TNHH {company}",
        "Giám đốc HTX Nông nghiệp {xa_bare}",
    ),
    "Đoàn thanh niên": ("Bí thư Chi đoàn {thon}", "Bí thư Đoàn {xa}", "đoàn viên {thon}"),
    "Hội nông dân": (
        "Chi hội trưởng Chi hội Nông dân {thon}", "hội viên nông dân {thon}",
        "Chủ tịch Hội Nông dân {xa}",
    ),
    "Giáo viên": ("giáo viên {school}", "Hiệu trưởng {school}", "giáo viên chủ nhiệm {school}"),
    "Hộ kinh doanh": ("tiểu thương {market}", "chủ hộ kinh doanh ở {thon}", "chủ đại lý thu mua nông sản"),
    "Mặt trận Tổ quốc": (
        "Trưởng Ban công tác Mặt trận {thon}", "Chủ tịch UBMTTQ Việt Nam {xa}",
        "Phó Chủ tịch UBMTTQ {xa}",
    ),
    "Hội người cao tuổi": ("Chi hội trưởng Chi hội Người cao tuổi {thon}", "hội viên Hội Người cao tuổi {xa}"),
    "Bí thư chi bộ": ("Bí thư Chi bộ {thon}",),
    "Tổ bảo vệ ANTT": ("Tổ trưởng Tổ bảo vệ ANTT {thon}", "thành viên Tổ bảo vệ ANTT {thon}"),
    "Người dân": ("người dân {thon}", "trú tại {thon}", "người dân {xa}"),
}  # fmt: skip
COMPANIES = (
    "Hoàng Long", "Thành Đạt", "An Phước", "Trường Sơn Xanh", "Nông sản Hưng Thịnh",
    "Cà phê Đức Phát", "Xây dựng Minh Tâm", "Vận tải Phú Sơn", "Chế biến nông sản Tân Lộc",
    "Thương mại Đại Ngàn",
)  # fmt: skip
PAGODAS = ("Pháp Hoa", "Linh Quang", "Bửu Minh", "Quảng Đức", "Phước Huệ", "Thiện Hòa")
MODELS = (
    "'Thôn tự quản về ANTT'", "'Tổ liên gia tự quản'", "'Dòng họ không có người vi phạm pháp luật'",
    "'Bon, buôn bình yên'", "'Khu dân cư an toàn về ANTT'", "'Cụm dân cư an toàn'",
    "'Tổ hòa giải gắn với tổ tự quản'",
)  # fmt: skip

INTROS_NAMED = (
    "{who} ({thon}) {verb}: ",
    "{who}, {role}, {verb}: ",
    "{who} - {role}: ",
    "Đại biểu {ref} ({thon}, {xa}) {verb}: ",
    "Ý kiến của {who} ({role}): ",
    "{who} ({role}) {verb}: ",
    "ĐB {ref} ({thon}): ",
    "{who}: ",
)
INTROS_ANONYMOUS = (
    "Đại biểu {thon} {verb}: ",
    "Đại biểu {role} {verb}: ",
    "Ý kiến đại biểu {thon}: ",
    "Đại biểu {verb}: ",
)
VERBS = {
    CRITICISM: ("phản ánh", "phản ánh", "phát biểu", "nêu ý kiến", "phản ánh và kiến nghị"),
    PRAISE: ("phát biểu", "bày tỏ", "nêu ý kiến", "phát biểu"),
    PROPOSAL: ("kiến nghị", "đề nghị", "đề xuất", "phát biểu", "nêu ý kiến"),
}
NEUTRAL_VERBS = ("phát biểu", "nêu ý kiến", "có ý kiến")
PRAISE_LEADS = (
    "Thời gian qua tình hình ANTT trên địa bàn {xa} cơ bản ổn định, [cán bộ {cax} nhiệt tình, sâu sát cơ sở|{cax} đã có nhiều cố gắng].",
    "Tôi đánh giá cao [sự cố gắng|những kết quả] của {ca} trong năm qua.",
    "[Nhìn chung|Cơ bản] tôi nhất trí với báo cáo [của {cah}|tại hội nghị].",
    "Năm qua {ca} đã [làm được nhiều việc|có nhiều chuyển biến tích cực], [bà con ghi nhận|nhân dân ghi nhận].",
    "Trước hết, tôi cảm ơn {cax} đã [quan tâm đến thôn|thường xuyên xuống cơ sở].",
)
BUT = ("Tuy nhiên, ", "Tuy nhiên, ", "Bên cạnh đó, ", "Song, ", "Nhưng ")
CLOSINGS = {
    CRITICISM: (
        "Đề nghị {ca} sớm có biện pháp xử lý dứt điểm.",
        "Mong được trả lời cụ thể.",
        "Đề nghị được trả lời bằng văn bản.",
        "Bà con rất bức xúc, mong được quan tâm.",
        "Đề nghị các cơ quan chức năng sớm vào cuộc.",
    ),
    PRAISE: (
        "Xin cảm ơn.",
        "Mong {ca} tiếp tục phát huy.",
        "Đề nghị tiếp tục duy trì.",
        "Trân trọng cảm ơn!",
    ),
    PROPOSAL: (
        "Xin cảm ơn.",
        "Mong được quan tâm.",
        "Mong hội nghị ghi nhận.",
        "Mong được trả lời.",
        "Trân trọng!",
    ),
}
PHONE_NOTES = (
    " SĐT liên hệ: {phone}.",
    " Số điện thoại của tôi: {phone}, đề nghị {cax} liên hệ lại.",
    " (ĐT: {phone})",
    " Điện thoại liên hệ {phone}.",
)
FRAUD_PHONE_NOTES = (
    " Số điện thoại gọi đến là {phone}.",
    " Số máy đối tượng dùng để gọi: {phone}.",
)

# ---------------------------------------------------------------- police answers

THANKS = (
    "Cảm ơn ý kiến của đại biểu. [Kết quả đạt được có sự đóng góp rất lớn của nhân dân|Đây là động lực để lực lượng Công an tiếp tục cố gắng]; thời gian tới {ca} sẽ tiếp tục [phát huy|duy trì] và mong [bà con|nhân dân] tiếp tục [phối hợp, cung cấp thông tin|đồng hành].",
    "{cax} tiếp thu, cảm ơn sự ghi nhận của đại biểu và sẽ [tiếp tục cố gắng|phấn đấu làm tốt hơn nữa] trong thời gian tới.",
    "Ghi nhận, cảm ơn đại biểu.",
    "[Xin cảm ơn|Trân trọng cảm ơn] tình cảm của bà con {thon} dành cho lực lượng Công an.",
)
GENERIC_REPLIES = (
    "{cax} tiếp thu ý kiến của đại biểu, [sẽ kiểm tra, xác minh và có biện pháp xử lý|sẽ xây dựng kế hoạch triển khai] [trong thời gian tới|ngay sau hội nghị]; kết quả sẽ thông báo đến [đại biểu|thôn].",
    "Tiếp thu, {ca} sẽ [nghiên cứu|tổng hợp] và [trả lời cụ thể bằng văn bản|báo cáo cấp có thẩm quyền xem xét].",
    "Ý kiến của đại biểu đã được ghi nhận; {cax} [sẽ phân công cán bộ phụ trách {thon} nắm tình hình|sẽ phối hợp với thôn] để [giải quyết|có hướng xử lý phù hợp].",
)
OTHER_REPLIES = (
    "Nội dung đại biểu nêu không thuộc chức năng của ngành Công an; {cax} đã ghi nhận và sẽ [tổng hợp|chuyển] [đến UBND {xa}|đến các cơ quan chuyên môn] xem xét, giải quyết theo thẩm quyền.",
    "Ý kiến này thuộc thẩm quyền của chính quyền địa phương; Ban tổ chức hội nghị sẽ tổng hợp, chuyển [UBND {xa}|các ngành liên quan] trả lời [cho đại biểu|bằng văn bản].",
    "[Tiếp thu|Ghi nhận], {cax} sẽ [báo cáo|phản ánh] với [Đảng ủy, UBND {xa}|cấp ủy, chính quyền địa phương] để xem xét giải quyết.",
)
ANSWER_RATE = {CRITICISM: 0.8, PROPOSAL: 0.72, PRAISE: 0.4}


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
        """Index of the year in the 2019..2025 weight profiles."""
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
            name = rng.choice(NAMED_THON)
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
    prefix = rng.choice(
        ("090", "091", "093", "094", "096", "097", "098", "086", "088", "089", "032", "033",
         "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081",
         "082", "083", "084", "085", "056", "058")
    )  # fmt: skip
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randrange(5)
    if style == 0:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    if style == 1:
        return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"
    if style == 2:
        return digits
    if style == 3:
        return f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def cccd_number(rng: random.Random) -> str:
    """A made-up 12-digit citizen ID: province of birth, century/sex, year, serial."""
    province = rng.choice(("067",) * 6 + ("034", "036", "038", "040", "049", "004", "020", "052"))
    born = rng.randint(1950, 2006)
    century = (0 if born < 2000 else 2) + rng.randint(0, 1)
    serial = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return f"{province}{century}{born % 100:02d}{serial}"


def cmnd_number(rng: random.Random) -> str:
    """A made-up 9-digit old ID card number (Đắk Nông numbers begin 245)."""
    head = rng.choice(("245", "245", "241", "240", "250"))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(6))


def police_slots(setting: Setting, kind: str, bare: str) -> dict[str, Slot]:
    """Names of police units as they stood on the conference date."""
    unit_kind, unit_bare = district_unit(setting)
    short = {"huyện": "huyện", "thành phố": "thành phố", "thị xã": "thị xã"}[unit_kind]
    commune_police = {
        "xã": ("Công an xã", "Công an xã", "CAX", f"Công an xã {bare}"),
        "phường": ("Công an phường", f"Công an phường {bare}", "CA phường"),
        "thị trấn": ("Công an thị trấn", f"Công an thị trấn {bare}", "CA thị trấn"),
    }[kind]
    if setting.district_police:
        return {
            "cax": commune_police,
            "cah": (f"Công an {short}", f"Công an {short} {unit_bare}", f"CA {short}"),
            "unit_gt": ("Đội CSGT-TT", f"Đội CSGT-TT Công an {short}", "lực lượng CSGT"),
            "unit_hs": ("Đội Cảnh sát hình sự", f"Cơ quan CSĐT Công an {short}", "Đội CSHS"),
            "unit_ma_tuy": ("Đội Cảnh sát điều tra tội phạm về ma túy", f"Công an {short}"),
        }
    return {
        "cax": commune_police,
        "cah": ("Công an tỉnh", "Công an tỉnh"),
        "unit_gt": ("Phòng CSGT Công an tỉnh", "lực lượng CSGT"),
        "unit_hs": ("Phòng Cảnh sát hình sự Công an tỉnh", "Cơ quan CSĐT Công an tỉnh"),
        "unit_ma_tuy": ("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh",),
    }


def law_slots(day: dt.date) -> dict[str, Slot]:
    """The laws and decrees in force on `day`, as answers cite them."""
    if day.year < 2020:
        traffic, traffic_short = "Nghị định 46/2016/NĐ-CP", "Nghị định 46"
    elif day.year < 2025:
        traffic, traffic_short = "Nghị định 100/2019/NĐ-CP", "Nghị định 100"
    else:
        traffic, traffic_short = "Nghị định 168/2024/NĐ-CP", "Nghị định 168"
    public_order = "Nghị định 167/2013/NĐ-CP" if day.year < 2022 else "Nghị định 144/2021/NĐ-CP"
    return {
        "nd_gt": traffic,
        "nd_gt_short": traffic_short,
        "nd_antt": public_order,
        "nd_fire": public_order,
        "nd_firecracker": "Nghị định 36/2009/NĐ-CP"
        if day.year < 2021
        else "Nghị định 137/2020/NĐ-CP",
        "nd_cyber": "Nghị định 174/2013/NĐ-CP"
        if day < dt.date(2020, 4, 15)
        else "Nghị định 15/2020/NĐ-CP",
        "law_id": "Luật Căn cước công dân năm 2014"
        if day < dt.date(2024, 7, 1)
        else "Luật Căn cước năm 2023",
        "law_res": "Luật Cư trú năm 2006 (sửa đổi năm 2013)"
        if day < dt.date(2021, 7, 1)
        else "Luật Cư trú năm 2020",
        "law_weapon": "Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ năm "
        + ("2017" if day.year < 2025 else "2024"),
        "law_drug": "Luật Phòng, chống ma túy năm 2000 (sửa đổi năm 2008)"
        if day.year < 2022
        else "Luật Phòng, chống ma túy năm 2021",
        "law_coso": "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2023"
        if day >= SECURITY_TEAM_SINCE
        else "quy định hiện hành của tỉnh",
        "road_agency": ("Sở Giao thông vận tải", "ngành giao thông")
        if day < DISTRICT_POLICE_END
        else ("Sở Xây dựng", "cơ quan quản lý đường bộ"),
        "ecig_rule": "Thuốc lá điện tử, thuốc lá nung nóng đã bị cấm theo Nghị quyết 173/2024/QH15"
        if day.year >= 2025
        else "Thuốc lá điện tử hiện chưa được phép kinh doanh tại Việt Nam",
    }


EVENTS = {
    2019: ("các ngày lễ lớn và kỷ niệm 15 năm thành lập tỉnh", "các sự kiện chính trị trong năm"),
    2020: ("Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025", "Đại hội Đảng bộ tỉnh"),
    2021: ("cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp", "Đại hội XIII của Đảng"),
    2022: ("các ngày lễ lớn trong năm", "dịp Tết Nguyên đán Nhâm Dần"),
    2023: ("các sự kiện chính trị, ngày lễ lớn", "dịp Tết Nguyên đán Quý Mão"),
    2024: ("Lễ kỷ niệm 20 năm tái lập tỉnh", "các ngày lễ lớn trong năm"),
    2025: (
        "Đại hội Đảng bộ các cấp nhiệm kỳ 2025-2030",
        "việc sắp xếp đơn vị hành chính",
        "kỷ niệm 50 năm Ngày giải phóng miền Nam",
    ),
}


HOT_TOPICS = {
    2019: ("về Luật An ninh mạng", "về chính sách bồi thường đất đai"),
    2020: ("về dịch COVID-19", "về công tác phòng, chống dịch"),
    2021: ("về vắc xin COVID-19", "về công tác phòng, chống dịch", "về cuộc bầu cử"),
    2022: ("về việc cấp CCCD gắn chip", "về gói hỗ trợ sau dịch"),
    2023: ("về giá đền bù dự án", "về việc thu hồi đất làm dự án bauxite"),
    2024: ("về chủ trương sắp xếp đơn vị hành chính", "về giá cà phê, giá đất"),
    2025: ("về việc sáp nhập tỉnh, sáp nhập xã", "về chủ trương sắp xếp đơn vị hành chính"),
}


def online_need(year: int) -> str:
    """What a weak phone signal keeps people from doing, in that year."""
    if year >= 2022:
        return "không dùng được VNeID, không nhận được tin nhắn"
    if year >= 2020:
        return "các cháu không học trực tuyến được"
    return "có việc gấp không gọi được điện thoại"


def security_team(setting: Setting, urban: bool) -> tuple[str, ...]:
    """What the grassroots security force was called on the conference date."""
    if setting.date >= SECURITY_TEAM_SINCE:
        return (
            "Tổ bảo vệ ANTT ở cơ sở",
            "Tổ bảo vệ an ninh, trật tự",
            "lực lượng tham gia bảo vệ ANTT ở cơ sở",
        )
    if urban:
        return ("lực lượng bảo vệ dân phố", "tổ bảo vệ dân phố")
    if setting.year < 2020:
        return ("Công an viên", "lực lượng Công an xã bán chuyên trách")
    return ("công an viên thôn", "lực lượng công an viên", "tổ tự quản ANTT")


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
        "ca": ("lực lượng Công an", "ngành Công an", "Công an", "lực lượng CA", "Công an các cấp"),
        "road": rng.choice(colour.roads),
        "landmark": rng.choice(colour.landmarks),
        "market": rng.choice((*colour.markets, f"chợ {bare}")),
        "school": rng.choice(schools),
        "crop": rng.choice(colour.crops),
        "lake": rng.choice(colour.lakes),
        "mine": rng.choice(colour.mines),
        "gate": rng.choice(colour.gates or ("đường tuần tra biên giới",)),
        "lang": LANGUAGE[native],
        "ethnic": LANGUAGE[native],
        "model": MODELS,
        "company": rng.choice(COMPANIES),
        "event": EVENTS.get(setting.year, EVENTS[2022]),
        "hot_topic": HOT_TOPICS.get(setting.year, HOT_TOPICS[2022]),
        "online_need": online_need(setting.year),
        "scam_pretext": (
            "thông báo có liên quan đến vụ án",
            "báo nợ cước viễn thông",
            *(("yêu cầu cập nhật thông tin định danh điện tử",) if setting.year >= 2022 else ()),
        ),
        "declare_how": (
            "cần hướng dẫn cụ thể",
            *(("hướng dẫn cách khai báo qua VNeID",) if setting.year >= 2022 else ()),
        ),
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
        "n_small": ("2", "3", "4", "5", "2", "3", "hai", "ba"),
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
    ctx.update(police_slots(setting, kind, bare))
    ctx.update(law_slots(setting.date))
    return ctx


def rng_choice_count(rng: random.Random, low: int, high: int) -> str:
    """A count as reports give it: '27', 'hơn 30'."""
    value = rng.randint(low, high)
    return f"hơn {value // 10 * 10}" if value > 20 and rng.random() < 0.3 else str(value)


# ---------------------------------------------------------------- choosing what is said


def weighted(rng: random.Random, items: list, weights: list[float]):
    """One item drawn by weight (uniformly if every weight is zero)."""
    if not any(w > 0 for w in weights):
        return rng.choice(items)
    return rng.choices(items, weights=weights, k=1)[0]


def situation_weight(situation: Situation, setting: Setting, urban: bool) -> float:
    """How likely a situation is to come up at this conference in this commune."""
    if situation.start and setting.date < situation.start:
        return 0.0
    weight = situation.weight * situation.years[setting.index]
    weight *= situation.where.get(setting.key, 1.0)
    if (situation.area == "rural" and urban) or (situation.area == "urban" and not urban):
        weight *= 0.25
    if situation.area == "commune_only" and urban:
        return 0.0
    return weight


def pick_theme(rng: random.Random, setting: Setting) -> str:
    """A theme, weighted by the district's leanings and the year."""
    weights = [
        THEME_WEIGHTS[t]
        * setting.colour.themes.get(t, 1.0)
        * THEME_YEAR.get(t, FLAT)[setting.index]
        for t in THEMES
    ]
    return weighted(rng, list(THEMES), weights)


def pick_situation(
    rng: random.Random, theme: str, setting: Setting, urban: bool, exclude: tuple[str, ...] = ()
) -> Situation:
    """A situation of `theme` likely at this conference (never one dated after it)."""
    pool = [s for s in SITUATIONS[theme] if s.key not in exclude]
    weights = [situation_weight(s, setting, urban) for s in pool]
    if not any(weights):
        pool = [s for s in SITUATIONS[theme] if s.start is None and s.years[setting.index] > 0]
        weights = [1.0] * len(pool)
    return weighted(rng, pool, weights)


def pick_stance(rng: random.Random, situation: Situation, year: int) -> str:
    """A stance the situation has phrasings for; praise grows a little over the years."""
    base = {CRITICISM: 0.38, PRAISE: 0.20 + 0.015 * (year - FIRST_YEAR), PROPOSAL: 0.42}
    weights = [
        base[s] * situation.tilt[i] * (1.0 if situation.phrasings(s) else 0.0)
        for i, s in enumerate(STANCES)
    ]
    return weighted(rng, list(STANCES), weights)


def precedence(stances: list[str]) -> str:
    """The guide's precedence: any shortcoming wins, then praise, else proposal."""
    if CRITICISM in stances:
        return CRITICISM
    return PRAISE if PRAISE in stances else PROPOSAL


def say(rng: random.Random, situation: Situation, stance: str, ctx: Mapping[str, Slot]) -> str:
    """One phrasing of the situation in the stance, expanded."""
    return ensure_stop(expand(rng.choice(situation.phrasings(stance)), rng, ctx))


def compose(
    rng: random.Random,
    situation: Situation,
    stance: str,
    ctx: Mapping[str, Slot],
    setting: Setting,
    urban: bool,
) -> tuple[str, str, Situation]:
    """Body, final stance and the situation that sets it (plain, praise-but, multi-point...)."""
    roll = rng.random()
    if roll < 0.11:
        return multi_point(rng, situation, stance, ctx, setting, urban)
    body = say(rng, situation, stance, ctx)
    if stance == CRITICISM and roll < 0.27:
        return praise_then_but(rng, situation, body, ctx, setting, urban), CRITICISM, situation
    if stance == PRAISE and situation.ask and roll < 0.33:
        wish = say(rng, situation, PROPOSAL, ctx)
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


def praise_then_but(
    rng: random.Random,
    situation: Situation,
    complaint: str,
    ctx: Mapping[str, Slot],
    setting: Setting,
    urban: bool,
) -> str:
    """Praise first, then 'Tuy nhiên' and the shortcoming: still a criticism."""
    siblings = [s for s in SITUATIONS[situation.theme] if s.key != situation.key and s.good]
    if siblings and rng.random() < 0.45:
        single_voiced = tuple(s.key for s in SITUATIONS[situation.theme] if len(s.who) == 1)
        exclude = (situation.key, *single_voiced)
        other = pick_situation(rng, situation.theme, setting, urban, exclude=exclude)
        lead = (
            say(rng, other, PRAISE, ctx)
            if other.good
            else expand(rng.choice(PRAISE_LEADS), rng, ctx)
        )
    else:
        lead = expand(rng.choice(PRAISE_LEADS), rng, ctx)
    return f"{ensure_stop(lead)} {rng.choice(BUT)}{decap(complaint)}"


def multi_point(
    rng: random.Random,
    situation: Situation,
    stance: str,
    ctx: Mapping[str, Slot],
    setting: Setting,
    urban: bool,
) -> tuple[str, str, Situation]:
    """Two or three points on one theme: 'Thứ nhất, ... Thứ hai, ...'."""
    points = [(situation, stance)]
    single_voiced = tuple(s.key for s in SITUATIONS[situation.theme] if len(s.who) == 1)
    for _ in range(rng.choice((1, 1, 2))):
        keys = tuple(s.key for s, _ in points) + single_voiced
        other = pick_situation(rng, situation.theme, setting, urban, exclude=keys)
        if other.key in keys:
            break
        points.append((other, pick_stance(rng, other, setting.year)))
    bodies = [say(rng, s, st, ctx) for s, st in points]
    final = precedence([st for _, st in points])
    lead = next(s for s, st in points if st == final)
    count = len(bodies)
    if count == 1:
        return bodies[0], final, lead
    style = rng.randrange(4)
    number = rng.choice((str(count), ("hai", "ba")[count - 2]))
    head = rng.choice(
        (f"Tôi có {number} ý kiến: ", f"Xin nêu {number} nội dung: ", f"Có {number} ý kiến: ", "")
    )
    if style == 0:
        ordinals = ("Thứ nhất", "Thứ hai", "Thứ ba")
        return (
            head + " ".join(f"{o}, {decap(b)}" for o, b in zip(ordinals, bodies, strict=False)),
            final,
            lead,
        )
    if style == 1:
        ordinals = ("Một là", "Hai là", "Ba là")
        return (
            head + " ".join(f"{o}, {decap(b)}" for o, b in zip(ordinals, bodies, strict=False)),
            final,
            lead,
        )
    if style == 2:
        return head + " ".join(f"{i}. {b}" for i, b in enumerate(bodies, 1)), final, lead
    head = head or f"Có {number} ý kiến: "
    return head.rstrip() + "\n" + "\n".join(f"- {b}" for b in bodies), final, lead


# ---------------------------------------------------------------- who says it


@dataclass(frozen=True)
class Speaker:
    """The delegate: name as the minutes write it, group, role, and how 'Đại biểu ...' names them."""

    name: str
    group: str
    role: str
    ref: str


def pick_group(rng: random.Random, situation: Situation, setting: Setting, urban: bool) -> str:
    """The delegate's group, leaning to those who usually raise this situation."""
    groups = list(GROUP_WEIGHTS)
    weights = [GROUP_WEIGHTS[g] for g in groups]
    if urban:
        weights = [
            w * {"Hộ kinh doanh": 2.5, "Người có uy tín": 0.2, "Hội nông dân": 0.4}.get(g, 1)
            for g, w in zip(groups, weights, strict=True)
        ]
    if len(situation.who) == 1 or (situation.who and rng.random() < 0.55):
        groups, weights = list(situation.who), [1.0] * len(situation.who)
    weights = [
        0.0 if g == "Tổ bảo vệ ANTT" and setting.date < SECURITY_TEAM_SINCE else w
        for g, w in zip(groups, weights, strict=True)
    ]
    return weighted(rng, groups, weights) if any(weights) else "Người dân"


def pick_people(rng: random.Random, setting: Setting, village: str, group: str) -> str:
    """The delegate's people (naming tradition), from the village and the district's mix."""
    colour = setting.colour
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


def pick_speaker(
    rng: random.Random, situation: Situation, setting: Setting, ctx: Mapping[str, Slot], urban: bool
) -> Speaker:
    """A delegate with a name, a title and the role the minutes give them."""
    village = str(ctx["thon"])
    group = pick_group(rng, situation, setting, urban)
    people = pick_people(rng, setting, village, group)
    if group == "Chức sắc tôn giáo":
        return clergy(rng, people, ctx)
    female = rng.random() < FEMALE_SHARE.get(group, 0.33)
    name = NAMERS[people](rng, female)
    if group == "Trưởng thôn":
        role = f"Tổ trưởng {village}" if village.startswith("tổ") else f"Trưởng {village}"
    elif group == "Người có uy tín" and (people == "kinh" or female or village.startswith("tổ")):
        role = f"Người có uy tín {village}"
    else:
        role = expand(rng.choice(ROLES[group]), rng, ctx, sentence=False)
    title = "Bà" if female else "Ông"
    if group in OFFICIAL_GROUPS and rng.random() < 0.45:
        title = "Đ/c"
    elif group == "Đoàn thanh niên" and rng.random() < 0.5:
        title = "Chị" if female else "Anh"
    elif group == "Người có uy tín" and people != "kinh" and not female and rng.random() < 0.35:
        title = "Già làng"
    ref = name if title in ("Ông", "Bà", "Anh", "Chị", "Đ/c") else f"{title} {name}"
    return Speaker(f"{title} {name}", group, role, ref)


def clergy(rng: random.Random, people: str, ctx: Mapping[str, Slot]) -> Speaker:
    """A Catholic priest, a Buddhist monk or nun, or a Protestant pastor."""
    group = "Chức sắc tôn giáo"
    if people != "kinh":
        name = f"{rng.choice(('Mục sư', 'Mục sư', 'Truyền đạo'))} {NAMERS[people](rng, False)}"
        role = rng.choice(
            (
                f"Quản nhiệm Chi hội Tin lành {ctx['thon']}",
                f"đại diện điểm nhóm Tin lành {ctx['thon']}",
            )
        )
        return Speaker(name, group, role, name)
    roll = rng.random()
    if roll < 0.5:
        name = f"Linh mục {rng.choice(SAINT_NAMES)} {kinh_name(rng, False)}"
        return Speaker(name, group, f"quản xứ Giáo xứ {ctx['xa_bare']}", name)
    if roll < 0.9:
        name = (
            f"{rng.choice(('Đại đức', 'Đại đức', 'Thượng tọa'))} Thích {rng.choice(DHARMA_NAMES)}"
        )
    else:
        name = f"Ni sư Thích Nữ {rng.choice(NUN_NAMES)}"
    return Speaker(name, group, f"trụ trì chùa {rng.choice(PAGODAS)}", name)


# ---------------------------------------------------------------- how the minutes write it


def frame(
    rng: random.Random, body: str, stance: str, speaker: Speaker, ctx: Mapping[str, Slot]
) -> str:
    """Opening (speaker's intro or none), body, and sometimes a closing sentence."""
    roll = rng.random()
    text = body
    if roll < 0.42:
        text = intro(rng, body, stance, speaker, ctx, named=True) + body
    elif roll < 0.52:
        text = intro(rng, body, stance, speaker, ctx, named=False) + body
    if rng.random() < 0.22 and "\n" not in text:
        closing = rng.choice(CLOSINGS[stance])
        if not (closing.startswith("Đề nghị") and "đề nghị" in text.lower()):
            text = f"{text} {expand(closing, rng, ctx)}"
    return text


def intro(
    rng: random.Random,
    body: str,
    stance: str,
    speaker: Speaker,
    ctx: Mapping[str, Slot],
    named: bool,
) -> str:
    """'Ông Nguyễn Văn Hùng (thôn 3) phản ánh: ' and its variants."""
    verb = rng.choice(VERBS[stance])
    asking = re.match(r"(Đề nghị|Kiến nghị|Đề xuất|Mong|Xin hỏi|Cho hỏi)", body)
    if verb.split()[0].lower() in body[:25].lower() or (asking and verb in VERBS[PROPOSAL][:3]):
        verb = rng.choice(NEUTRAL_VERBS)
    templates = INTROS_NAMED if named else INTROS_ANONYMOUS
    if not speaker.role:
        templates = tuple(t for t in templates if "{role}" not in t)
    template = rng.choice(templates)
    values = {**ctx, "who": speaker.name, "ref": speaker.ref, "role": speaker.role, "verb": verb}
    opening = expand(template, rng, values, sentence=False)
    return cap(opening) + " "


def add_contact(
    rng: random.Random, text: str, situation: Situation, speaker: Speaker, ctx: Mapping[str, Slot]
) -> str:
    """Now and then a phone or ID number, as real minutes carry them."""
    if "\n" in text:
        return text
    if situation.key.startswith("lua_dao") and rng.random() < 0.5:
        return text + " " + expand(rng.choice(FRAUD_PHONE_NOTES), rng, ctx)
    if rng.random() < 0.6:
        return text + " " + expand(rng.choice(PHONE_NOTES), rng, ctx)
    old_card = int(str(ctx["year"])) < 2021 and rng.random() < 0.7
    card = f"CMND số {cmnd_number(rng)}" if old_card else f"CCCD số {cccd_number(rng)}"
    for name in (speaker.name, speaker.ref):
        if name in text:
            if f"{name} (" in text:
                return text.replace(f"{name} (", f"{name} ({card}, ", 1)
            return text.replace(name, f"{name} ({card})", 1)
    if rng.random() < 0.5:
        return f"Tôi là {speaker.ref}, {card}, trú tại {ctx['thon']}. {text}"
    return f"{speaker.name}, {card}, {ctx['thon']}: {text}"


# ---------------------------------------------------------------- the police's answer


def respond(
    rng: random.Random,
    situation: Situation,
    stance: str,
    text: str,
    ctx: Mapping[str, Slot],
    setting: Setting,
) -> tuple[str, str]:
    """The recorded answer and its mode, or ('', '') when the minutes record none."""
    if rng.random() >= ANSWER_RATE[stance]:
        return "", ""
    if stance == PRAISE:
        answer = expand(rng.choice(THANKS), rng, ctx)
        mode = AT_CONFERENCE if rng.random() < 0.85 else IN_WRITING
    else:
        own = replies_for(situation, stance)
        if own and ("?" in text or rng.random() < 0.75):
            pool = own
        else:
            pool = OTHER_REPLIES if situation.theme == OTHER else GENERIC_REPLIES
        answer = expand(rng.choice(pool), rng, ctx)
        mode = AT_CONFERENCE if rng.random() < 0.58 else IN_WRITING
        if "bằng văn bản" in text:
            mode = IN_WRITING
    return answer_prefix(rng, mode, ctx, setting) + answer, mode


def replies_for(situation: Situation, stance: str) -> tuple[str, ...]:
    """The situation's replies fit for the stance ('BAD:' only answer a complaint, 'ASK:' a request)."""
    wrong = "ASK:" if stance == CRITICISM else "BAD:"
    return tuple(
        r.removeprefix("BAD:").removeprefix("ASK:")
        for r in situation.reply
        if not r.startswith(wrong)
    )


def answer_prefix(rng: random.Random, mode: str, ctx: Mapping[str, Slot], setting: Setting) -> str:
    """Who answered, or which letter answered, when the minutes say so."""
    bare = str(ctx["xa_bare"])
    kind = str(ctx["xa"])[: -len(bare)].strip()
    commune_chief = f"Trưởng Công an {kind} {bare}"
    if mode == AT_CONFERENCE:
        if rng.random() >= 0.35:
            return ""
        unit_kind, unit_bare = district_unit(setting)
        if setting.district_police and rng.random() < 0.5:
            position = rng.choice(
                (f"Trưởng Công an {unit_kind}", f"Phó Trưởng Công an {unit_kind}")
            )
            rank = rng.choice(RANKS_SENIOR)
        else:
            position = rng.choice((commune_chief, f"Phó {commune_chief}"))
            rank = rng.choice(RANKS_JUNIOR)
        officer = kinh_name(rng, rng.random() < 0.15)
        return rng.choice(
            (
                f"Đ/c {rank} {officer}, {position} trả lời: ",
                f"Đ/c {position} tiếp thu, giải trình: ",
                f"Đ/c {officer} - {position}: ",
            )
        )
    if rng.random() >= 0.45:
        return ""
    day = setting.date + dt.timedelta(days=rng.randint(7, 45))
    number = rng.randint(12, 980)
    if setting.district_police:
        unit_kind, unit_bare = district_unit(setting)
        sender, code = f"Công an {unit_kind} {unit_bare}", rng.choice(("CAH-TH", "CAH", "CAH-PV01"))
        if unit_kind != "huyện":
            code = code.replace("CAH", "CATP" if unit_kind == "thành phố" else "CATX")
    else:
        sender, code = f"Công an {kind} {bare}", "CAX"
    date_text = day.strftime("%d/%m/%Y")
    return rng.choice(
        (
            f"{sender} đã có Văn bản số {number}/{code} ngày {date_text} trả lời: ",
            f"Ngày {date_text}, {sender} trả lời bằng văn bản: ",
            f"Tại Văn bản số {number}/{code}: ",
        )
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
    key = district_key(district)
    setting = Setting(
        year, conference_date, district, key, DISTRICT_COLOUR.get(key, GENERIC_COLOUR)
    )
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


def one_opinion(
    rng: random.Random, setting: Setting, commune: str, villages: list[str]
) -> SampleOpinion:
    """One opinion from one commune of the conference."""
    kind, _ = split_commune(commune)
    urban = kind != "xã"
    village = rng.choice(villages)
    ctx = make_context(rng, setting, commune, village, villages)
    theme = pick_theme(rng, setting)
    situation = pick_situation(rng, theme, setting, urban)
    stance = pick_stance(rng, situation, setting.year)
    body, stance, lead = compose(rng, situation, stance, ctx, setting, urban)
    speaker = pick_speaker(rng, situation, setting, ctx, urban)
    text = frame(rng, body, stance, speaker, ctx)
    if rng.random() < 0.03:
        text = add_contact(rng, text, situation, speaker, ctx)
    response, mode = respond(rng, lead, stance, text, ctx, setting)
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
    )
