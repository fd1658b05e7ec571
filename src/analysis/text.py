"""Vietnamese text clean-up: legacy encodings, NFC, one tone-mark convention, white space, folding."""

from __future__ import annotations

import re
import unicodedata

from underthesea.pipeline.text_normalize.token_normalize import token_normalize

from analysis.legacy_encoding import fix_legacy_encoding

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def place_tone_marks(text: str) -> str:
    """Put tone marks where underthesea's text_normalize puts them (hoà -> hòa), word by word.

    Unlike `underthesea.text_normalize`, spacing and punctuation are left exactly as they were.
    """
    return _WORD.sub(lambda m: token_normalize(m.group(0)), text)


def normalize_text(value: object) -> str:
    """The canonical form of a cell's text: legacy encodings fixed, NFC, tone marks, one space."""
    if value is None:
        return ""
    text = str(value).translate(_INVISIBLE)
    text = unicodedata.normalize("NFC", text)
    text = fix_legacy_encoding(text)
    text = unicodedata.normalize("NFC", text)
    text = place_tone_marks(text)
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower-case text without diacritics (đ -> d), to match what people type without them."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_key(text: str) -> str:
    """`fold` reduced to letters and digits only, for matching names however they are spaced."""
    return re.sub(r"[^a-z0-9]", "", fold(text))
