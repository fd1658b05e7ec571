"""Vietnamese text clean-up: legacy encodings, NFC, one tone-mark style, white space, folding."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from analysis.core.legacy_encoding import fix_legacy_encoding
from analysis.core.underthesea_data import character_map, token_map

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_CHARACTERS = str.maketrans(character_map)  # underthesea's own character fixes (ð -> đ)


def place_tone_marks(text: str) -> str:
    """Put tone marks where underthesea's text_normalize puts them (hoà -> hòa), word by word.

    Uses underthesea's own tables (what its token_normalize looks up), but leaves spacing and
    punctuation exactly as they were, unlike `underthesea.text_normalize`.
    """
    text = text.translate(_CHARACTERS)
    return _WORD.sub(lambda m: token_map.get(m.group(0), m.group(0)), text)


def normalize_with_changes(value: object) -> tuple[str, list[str]]:
    """The canonical form of a cell's text, and what had to change to get there (Vietnamese)."""
    if value is None:
        return "", []
    text, changes = _normalize(str(value))
    return text, list(changes)


@lru_cache(maxsize=1 << 16)
def _normalize(text: str) -> tuple[str, tuple[str, ...]]:
    """normalize_with_changes for a string; cached, as a sheet repeats the same cells."""
    steps = (
        ("tổ hợp dấu (NFD) → dựng sẵn (NFC)", lambda t: unicodedata.normalize("NFC", t)),
        (
            "mã cũ TCVN3/VNI → Unicode",
            lambda t: unicodedata.normalize("NFC", fix_legacy_encoding(t)),
        ),
        ("ký tự ẩn", lambda t: t.translate(_INVISIBLE)),  # after TCVN3: its "ư" is \xad
        ("đặt lại dấu thanh (hoà → hòa)", place_tone_marks),
        ("khoảng trắng, xuống dòng", lambda t: _SPACES.sub(" ", t).strip()),
    )
    changes = []
    for label, step in steps:
        changed = step(text)
        if changed != text:
            changes.append(label)
            text = changed
    return text, tuple(changes)


def normalize_text(value: object) -> str:
    """The canonical form of a cell's text: legacy encodings fixed, NFC, tone marks, one space."""
    return normalize_with_changes(value)[0]


def _fold_table() -> dict[int, str]:
    """Each accented Latin letter -> its base letter (đ -> d), one character for one."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in range(0xC0, 0x2000):
        base = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if c.isascii())
        if len(base) == 1 and base.isalpha() and base != chr(code):
            table[code] = base
    return table


_FOLD = _fold_table()
_COMBINING = re.compile("[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower-case text without diacritics (đ -> d), to match what people type without them.

    One character in, one out, so positions found in the folded text hold in the original.
    """
    folded = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    return _COMBINING.sub("", folded)


def fold_key(text: str) -> str:
    """`fold` reduced to letters and digits only, for matching names however they are spaced."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


DIACRITIC_SHARE = 0.04


@lru_cache(maxsize=1 << 16)
def has_diacritics(text: str) -> bool:
    """True when the text is typed with Vietnamese diacritics, not as plain ASCII letters.

    Cached: the classifier asks it of each opinion several times (prepare, match, token check).
    """
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return False
    changed = sum(1 for c, f in zip(text.lower(), fold(text), strict=False) if c != f)
    return changed / letters >= DIACRITIC_SHARE
