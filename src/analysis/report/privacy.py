"""Keep personal data out of meeting outputs: no speakers' names, no phone, ID or e-mail.

The processed tables keep everything for the analyst; only what is shown at a meeting is masked.
"""

from __future__ import annotations

import re

from analysis.core.preprocess import strip_speaker_intro

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\d)(?:\+84|0)(?:[\s.\-]?\d){8,10}(?!\d)")
_ID_NUMBER = re.compile(r"(?<!\d)(?:\d{12}|\d{9})(?!\d)")
_ID_AFTER_LABEL = re.compile(
    r"(?i)((?:cccd|cmnd|căn cước|chứng minh|định danh|số hộ chiếu)[^0-9]{0,20})\d[\d\s.]{7,14}\d"
)


_UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper())
_NAME_WORD = rf"[{_UPPER}][\w'’-]*"
_TITLED_NAME = re.compile(
    r"(?<!\w)((?i:ông|bà|anh|chị|cô|chú|bác|cụ|em|cháu|đ/c|đồng chí|già làng|ni sư|sư cô|"
    r"mục sư|linh mục|thượng tọa|đại đức|tôi là|tên là))\s+"
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,5}})"
)


def mask_names(text: str) -> str:
    """ "Ông Nguyễn Văn Hùng (thôn 3)" -> "Ông [tên] (thôn 3)": capitalised words after a title.

    Abbreviations in capitals ("đồng chí CA phường") are not names; "Y" in "Y Rin" is.
    """

    def replace(match: re.Match[str]) -> str:
        words = match.group(2).split()
        named = 0
        for word in words:
            if len(word) > 1 and word.isupper():
                break
            named += 1
        if named == 0:
            return match.group(0)
        rest = " ".join(words[named:])
        return f"{match.group(1)} [tên]" + (f" {rest}" if rest else "")

    return _TITLED_NAME.sub(replace, text)


def mask_personal_data(text: str) -> str:
    """The text with names after a title, e-mails, phone and ID numbers replaced by labels."""
    text = mask_names(text)
    text = _EMAIL.sub("[email]", text)
    text = _ID_AFTER_LABEL.sub(lambda m: m.group(1) + "[số giấy tờ]", text)
    text = _PHONE.sub("[số điện thoại]", text)
    return _ID_NUMBER.sub("[số giấy tờ]", text)


def for_meeting(text: str, speaker: str = "") -> str:
    """An opinion fit to quote at a meeting: no speaker introduction, no names, no numbers.

    The speaker's own name (from the record) is masked wherever the text repeats it.
    """
    text = strip_speaker_intro(text)
    name = _TITLED_NAME.sub(lambda m: m.group(2), speaker).strip()
    if len(name) >= 3:
        text = text.replace(name, "[tên]")
    return mask_personal_data(text)
