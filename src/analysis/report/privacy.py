"""Keep personal data out of meeting outputs, and quotes readable.

What is masked is the basic personal data of Nghị định 13/2023/NĐ-CP that turns up in opinions:
people's names (with or without a title or rank, with or without diacritics, Kinh and
ethnic-minority names, suspects and officers alike), phone numbers, ID, passport and licence
numbers, licence plates, house addresses, birth dates and e-mail addresses. Names are found by
rules (a title or rank before them, a family name opening them, ethnic-minority name forms) and by
underthesea's offline NER; place and unit names ("Công an xã Đắk Ha", "huyện Cư Jút", streets
named after national heroes) are kept. The processed tables keep everything for the analyst.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.core.preprocess import strip_speaker_intro
from analysis.core.text import fold
from analysis.core.underthesea_data import address_mapping

NAME = "[tên]"
PHONE = "[số điện thoại]"
DOCUMENT = "[số giấy tờ]"
PLATE = "[biển số]"
ADDRESS = "[địa chỉ]"
BIRTH = "[ngày sinh]"
EMAIL = "[email]"

_UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper())
_WORD = rf"[{_UPPER}][\w'’-]*"  # a capitalised word ("Nguyễn", "H'Luih", "K'Lơi")


def _either(*phrases: str) -> str:
    """A regex alternative of phrases as written and without diacritics, longest first."""
    forms = {form for phrase in phrases for form in (phrase, fold(phrase))}
    forms |= {form[:1].upper() + form[1:] for form in forms if phrases[0][:1].isupper()}
    return "|".join(
        re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True)
    )


# ---- numbers, addresses, dates ------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DOCUMENT_LABEL = _either(
    "cccd", "cmnd", "căn cước công dân", "căn cước", "chứng minh nhân dân", "chứng minh thư",
    "chứng minh", "mã định danh", "số định danh", "định danh", "hộ chiếu", "passport", "gplx",
    "giấy phép lái xe", "bằng lái xe", "bằng lái", "số giấy tờ",
)  # fmt: skip
_LABELLED_DOCUMENT = re.compile(
    rf"(?i)((?:{_DOCUMENT_LABEL})(?:\s+(?:số|so|là|la|mang số|mang so))?\s*:?\s*)"
    r"[A-Za-z]{0,2}\d[\d\s.]{5,16}\d"
)
_PASSPORT = re.compile(r"(?<![\w/])[A-Z]\d{7,8}(?![\w/])")
_ID_NUMBER = re.compile(
    r"(?<![\d.,])(?:\d{12}|\d{9}|\d{3}[\s.]\d{3}[\s.]\d{3}[\s.]\d{3})(?![\d.,])"
)
_PHONE = re.compile(
    r"(?<![\w+(])(?:\(?\+84\)?|84(?=[\s.\-]?[1-9])|\(0\d{2,3}\)|0)(?:[\s.\-]?\d){7,10}(?!\d|,\d)"
)
_PLATE = re.compile(
    r"(?<![\w./-])\d{2}\s?-?\s?[A-Z]{1,2}\d?\s?-?\s?(?:\d{3}[.\s]?\d{2}|\d{4})(?![\w.]|\.\d)"
)
_BIRTH = re.compile(
    rf"(?i)(?:\(\s*)?(?<!học )(?<!hoc )"
    rf"(?:{_either('sinh ngày', 'sinh năm', 'ngày sinh', 'năm sinh', 'sinh')}|sn)"
    r"\s*:?\s*(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*)?(?:19|20)\d{2}(?:\s*\))?(?!\d)"
)
_STREET = _either("đường", "phố", "hẻm", "ngõ", "kiệt", "ngách", "tổ", "thôn", "ấp", "khu phố")
_ADDRESS = re.compile(
    rf"(?i:{_either('số nhà', 'nhà số', 'số')})\s*\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*"
    rf"(?:\s*,?\s*(?i:{_STREET})\s+(?:{_WORD}|\d+)(?:\s+{_WORD}){{0,4}}|\s+{_WORD}(?:\s+{_WORD}){{0,4}})"
    rf"|(?i:{_either('hẻm', 'ngõ', 'kiệt', 'ngách')})\s+\d+(?:/\d+)*"
    rf"(?:\s+(?i:{_either('đường', 'phố')})?\s*{_WORD}(?:\s+{_WORD}){{0,4}})?"
    rf"|(?<![\w/])\d+/\d+(?:/\d+)?\s+(?i:{_either('đường', 'phố')})\s+{_WORD}(?:\s+{_WORD}){{0,4}}"
)

# ---- names ------------------------------------------------------------------------------

_RANKS = (
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá",
    "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "thượng sĩ", "trung sĩ", "hạ sĩ",
    "binh nhất", "binh nhì",
)  # fmt: skip
_TITLES = (
    "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "cháu", "mẹ", "bố", "cha", "vợ",
    "chồng", "đ/c", "đồng chí", "già làng", "người có uy tín", "ni sư", "sư cô", "mục sư",
    "linh mục", "thượng tọa", "đại đức", "truyền đạo", "tôi là", "tên là", "tên", "họ tên",
    "đối tượng", "bị can", "bị cáo", "nghi phạm", "nghi can", "hung thủ", "bị hại", "nạn nhân",
    "hộ", "chủ hộ", "gia đình", "cán bộ", "chiến sĩ", "trưởng thôn", "trưởng bon", "trưởng buôn",
    "bí thư chi bộ", "cảnh sát khu vực", "công an viên", "tổ trưởng", "đại biểu", *_RANKS,
)  # fmt: skip
_TITLED = re.compile(rf"(?<![\w/])(?i:{_either(*_TITLES)})\s+({_WORD}(?:\s+{_WORD}){{0,5}})")

_FAMILY_NAMES = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai", "Cao", "Lâm", "Tạ", "Hà",
    "Quách", "Châu", "Kiều", "Thái", "Đoàn", "Tô", "Chu", "La", "Lưu", "Phùng", "Nghiêm",
    "Triệu", "Khổng", "Tăng", "Giáp", "Đàm", "Mạc", "Lạc", "Âu", "Nông", "Lục", "Ma",
    "Bế", "Vi", "Lăng", "Hứa", "Mông", "Sầm", "Nịnh", "Giàng", "Vàng", "Sùng", "Thào", "Lầu",
    "Hờ", "Mùa", "Tráng", "Sình", "Vừ", "Hạng", "Điểu", "Ksor", "Ksơr", "Niê", "Nay", "Siu",
    "Rơ Mah", "Rơ Châm", "Kpă", "Êban", "Mlô", "Byă", "Ayŭn", "Adrơng", "Hwing", "Êđuôl",
    "Kbuôr", "Knul", "Hmok", "Bkrông", "Rcom", "Hđơk", "Ka", "Y", "Thị",
)  # fmt: skip
_FULL_NAME = re.compile(
    rf"(?<![\w'’])(?:(?:{_either(*_FAMILY_NAMES)})(?:\s+{_WORD}){{1,4}}"
    rf"|[HK]['’][{_UPPER}][\w'’-]*(?:\s+{_WORD}){{0,3}})(?![\w'’])"
)
_CONTEXT_PLACE = _either(
    "xã", "phường", "thị trấn", "huyện", "quận", "tỉnh", "thành phố", "tp", "thị xã", "tx",
    "thôn", "bon", "buôn", "bản", "làng", "xóm", "ấp", "tổ dân phố", "khu phố", "khu", "tổ",
    "đường", "phố", "quốc lộ", "tỉnh lộ", "hẻm", "ngõ", "cầu", "chợ", "trường", "chùa", "giáo xứ",
    "giáo họ", "nhà thờ", "chi hội", "bệnh viện", "sông", "suối", "hồ", "thác", "núi", "đồi",
    "đèo", "cửa khẩu", "đồn", "trạm", "công ty", "doanh nghiệp", "hợp tác xã", "công an",
    "cụm", "khu vực", "vùng", "nước",
)  # fmt: skip
_AFTER_PLACE = re.compile(rf"(?i)(?:^|[\s(])(?:{_CONTEXT_PLACE})\s+$")
_ORG_PHRASE = _either(
    "công an", "chủ tịch", "bí thư", "giám đốc", "ủy ban", "uỷ ban", "trưởng thôn", "trưởng bon",
    "trưởng buôn", "trưởng công an", "phó trưởng", "phó chủ tịch", "chi bộ", "chi hội",
    "mặt trận", "bệnh viện", "cảnh sát", "tòa án", "nhân dân", "lực lượng", "dân quân",
    "công ty", "hợp tác", "đội trưởng", "tổ trưởng", "nhà văn hóa", "hội đồng", "ban quản lý",
)  # fmt: skip
_NOT_FIRST = {
    "trưởng", "phó", "ubnd", "đội", "tổ", "ban", "hội", "đảng", "đoàn", "xã", "thôn", "huyện",
    "tỉnh", "bon", "buôn", "trường", "cục", "phòng", "sở", "bộ", "trạm", "đồn", "viện", "nhà",
    "tôi", "chúng", "em", "xin", "đề", "kiến", "cảm", "mong", "ghi", "hỏi", "năm", "tháng",
    "ngày", "các", "những", "mọi", "này", "đó", "con", "cháu", "bà", "ông", "anh", "chị", "cô",
    "chú", "bác", "bạn", "người", "hiện", "sau", "trước", "khi", "nếu", "vì", "do", "tuy",
    "nhưng", "và", "thì", "là", "có", "không", "đã", "đang", "sẽ", "vẫn", "còn", "cũng", "rất",
    "tình", "việc", "vụ", "trong", "ngoài", "gia", "đồng", "bị", "được", "qua", "từ", "đến",
}  # fmt: skip
_NOT_FIRST |= {fold(w) for w in _NOT_FIRST if fold(w) not in {"tinh", "truong", "phong"}}
_ORG_AT = re.compile(rf"(?i)^(?:{_ORG_PHRASE})(?![\w'’])")
_NOT_LATER = {"trưởng", "phó", "ubnd"}
_PUBLIC_FIGURES = (
    "Hồ Chí Minh", "Hồ", "Võ Nguyên Giáp", "Trần Hưng Đạo", "Lê Lợi", "Quang Trung", "Lê Duẩn",
    "Hùng Vương", "Nguyễn Tất Thành", "Nguyễn Huệ", "Lý Thường Kiệt", "Hai Bà Trưng",
    "Tôn Đức Thắng", "Nguyễn Trãi", "Lê Lai", "Phan Bội Châu", "Nguyễn Du", "Trần Phú",
    "Nguyễn Văn Trỗi", "Võ Thị Sáu", "Ngô Quyền", "Lê Hồng Phong", "Phan Đình Phùng",
    "Nơ Trang Lơng", "N'Trang Lơng", "Thái Lan", "Campuchia", "Lào", "Trung Quốc", "Hàn Quốc",
    "Mai Sơn", "Hà Nội", "Hồ Chí Minh",
)  # fmt: skip
_DROPPED_OPENERS = _either(
    "phát biểu", "bày tỏ", "nêu ý kiến", "nêu", "ý kiến", "trình bày", "tham luận", "cho biết",
    "cho rằng", "nói", "góp ý", "phản ánh", "đề nghị", "kiến nghị", "đề xuất", "hỏi",
    "mong muốn", "ghi nhận", "cảm ơn", "đánh giá",
)  # fmt: skip
_REPORTING_ONLY = {fold(v) for v in ("phát biểu", "bày tỏ", "nêu ý kiến", "nêu", "ý kiến",
                                     "trình bày", "tham luận", "góp ý")}  # fmt: skip
_INTRO = re.compile(
    r"^\s*(?i:(?:ý kiến|y kien|phát biểu|phat bieu)(?:\s+(?:của|cua))?\s+)?"
    rf"(?i:{_either(*_TITLES)})"
    rf"\s+{_WORD}[^:.!?]{{0,120}}?(?i:\s(?:{_either('phát biểu', 'bày tỏ', 'nêu ý kiến', 'nêu')}))?"
    r"\s*:\s*"
)
_OPENER = re.compile(rf"^(?i:({_DROPPED_OPENERS}))\s*:?\s+(?=\S)")


@cache
def _kept_names() -> frozenset[str]:
    """Folded names that are never a person's: places of the address data, heroes, countries."""
    names = {fold(n) for n in _PUBLIC_FIGURES}
    mapping = address_mapping()
    for table in ("province_names", "old_province_names"):
        names |= {fold(v["short"]) for v in mapping[table].values()}
    prefix = re.compile(r"^(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+", re.I)
    for row in mapping["ward_mapping"]:
        for key in ("old_district", "old_ward", "new_ward"):
            if row.get(key):
                names.add(fold(prefix.sub("", row[key])))
    return frozenset(names)


def _name_words(words: list[str], after: str = "") -> int:
    """How many of these capitalised words form a name (stopping at units, titles, acronyms).

    `after` is the text that follows the words, to see a unit such as "Công an" through.
    """
    count = 0
    for i, word in enumerate(words):
        lower = word.lower()
        if (len(word) > 1 and word.isupper()) or _ORG_AT.match(" ".join(words[i:]) + after):
            break
        if lower in _NOT_LATER or (i == 0 and lower in _NOT_FIRST):
            break
        count += 1
    return count


def _is_kept(name: str, before: str) -> bool:
    """True when a capitalised run is a place, unit or public figure rather than a person."""
    return fold(name) in _kept_names() or bool(_AFTER_PLACE.search(before[-25:]))


def _names_a_place(words: list[str]) -> bool:
    """True when a run starts with a place noun ("Chợ Gia Nghĩa") or ends with a known place."""
    folded = [fold(w) for w in words]
    if _AFTER_PLACE.search(words[0] + " "):
        return True
    return any(" ".join(folded[k:]) in _kept_names() for k in range(len(folded) - 1))


def _mask_titled(text: str) -> str:
    """Capitalised words after a title or rank: "Thiếu tá Đinh Văn Bình" -> "Thiếu tá [tên]"."""

    def replace(match: re.Match[str]) -> str:
        words = match.group(1).split()
        named = _name_words(words, text[match.end() :])
        if named == 0:
            return match.group(0)
        name = " ".join(words[:named])
        if fold(name) in _kept_names() and fold(name) in {fold(p) for p in _PUBLIC_FIGURES}:
            return match.group(0)
        start = match.start(1) - match.start(0)
        rest = " ".join(words[named:])
        return match.group(0)[:start] + NAME + (f" {rest}" if rest else "")

    return _TITLED.sub(replace, text)


def _mask_full_names(text: str) -> str:
    """Names opening with a family name or an ethnic-minority form, wherever they stand."""

    def replace(match: re.Match[str]) -> str:
        words = match.group(0).split()
        named = _name_words(words, text[match.end() :])
        if named < 1 or (named == 1 and "'" not in words[0] and "’" not in words[0]):
            return match.group(0)
        name = " ".join(words[:named])
        if _is_kept(name, text[: match.start()]):
            return match.group(0)
        rest = " ".join(words[named:])
        return NAME + (f" {rest}" if rest else "")

    return _FULL_NAME.sub(replace, text)


def _mask_recognised(text: str) -> str:
    """People underthesea's NER finds that the rules did not (names of one or two words)."""
    from underthesea import ner

    for word, *_, tag in ner(text):
        words = word.split()
        if not tag.endswith("PER") or len(words) < 2 or "[" in word or _names_a_place(words):
            continue
        for match in re.finditer(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text):
            after = text[match.end() :]
            if not _is_kept(word, text[: match.start()]) and _name_words(word.split(), after):
                text = text[: match.start()] + NAME + text[match.end() :]
                break
    return text


def mask_names(text: str) -> str:
    """People's names replaced by "[tên]"; places, units and public figures left as written."""
    text = _mask_titled(text)
    text = _mask_full_names(text)
    text = _mask_recognised(text)
    return re.sub(r"\[tên\](?:\s+\[tên\])+", NAME, text)


def mask_personal_data(text: str) -> str:
    """The text with e-mails, ID numbers, plates, birth dates, addresses, phones, names masked."""
    text = _EMAIL.sub(EMAIL, text)
    text = _LABELLED_DOCUMENT.sub(lambda m: m.group(1) + DOCUMENT, text)
    text = _PLATE.sub(PLATE, text)
    text = _BIRTH.sub(BIRTH, text)
    text = _ADDRESS.sub(ADDRESS, text)
    text = _PHONE.sub(PHONE, text)
    text = _PASSPORT.sub(DOCUMENT, text)
    text = _ID_NUMBER.sub(DOCUMENT, text)
    return mask_names(text)


def without_introduction(text: str) -> str:
    """The opinion without "Ông A (thôn 3) phát biểu:" and without a verb left hanging.

    A reporting verb ("phát biểu", "bày tỏ") is dropped; a verb that carries the opinion
    ("đề nghị", "phản ánh") is kept when the sentence goes on from it ("đề nghị lắp đèn",
    "đề nghị CAX") and dropped when a new sentence starts after it ("phản ánh Hiện nay...").
    """
    stripped = strip_speaker_intro(text)
    opener = _OPENER.match(stripped) if stripped != text else None
    if opener:
        following = stripped[opener.end() :].split(maxsplit=1)[0]
        new_sentence = following[:1].isupper() and not (len(following) > 1 and following.isupper())
        if fold(opener.group(1)) in _REPORTING_ONLY or new_sentence:
            stripped = stripped[opener.end() :]
    for _ in range(2):  # a second introduction: "Bà A, thôn 3: Đại biểu B nêu ý kiến: ..."
        stripped = _INTRO.sub("", stripped, count=1)
    if stripped == text:
        return text
    return stripped[:1].upper() + stripped[1:]


def for_meeting(text: str, speaker: str = "") -> str:
    """An opinion fit to quote at a meeting: no speaker introduction, no personal data.

    The speaker's own name (from the record) is masked wherever the text repeats it.
    """
    text = without_introduction(text)
    name = _TITLED.sub(lambda m: m.group(1), speaker).strip()
    if len(name) >= 3:
        text = text.replace(name, NAME)
    return mask_personal_data(text)
