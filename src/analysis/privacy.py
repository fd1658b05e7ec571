"""Keep personal data out of meeting outputs: no speakers' names, no phone, ID or e-mail.

The processed tables keep everything for the analyst; only what is shown at a meeting is masked.
"""

from __future__ import annotations

import re

from analysis.preprocess import strip_speaker_intro

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\d)(?:\+84|0)(?:[\s.\-]?\d){8,10}(?!\d)")
_ID_NUMBER = re.compile(r"(?<!\d)(?:\d{12}|\d{9})(?!\d)")
_ID_AFTER_LABEL = re.compile(
    r"(?i)((?:cccd|cmnd|căn cước|chứng minh|định danh|số hộ chiếu)[^0-9]{0,20})\d[\d\s.]{7,14}\d"
)


def mask_personal_data(text: str) -> str:
    """The text with e-mails, phone numbers and ID numbers replaced by labels in brackets."""
    text = _EMAIL.sub("[email]", text)
    text = _ID_AFTER_LABEL.sub(lambda m: m.group(1) + "[số giấy tờ]", text)
    text = _PHONE.sub("[số điện thoại]", text)
    return _ID_NUMBER.sub("[số giấy tờ]", text)


def for_meeting(text: str) -> str:
    """An opinion fit to quote at a meeting: no speaker introduction, personal data masked."""
    return mask_personal_data(strip_speaker_intro(text))
