"""The places an opinion names below the commune: villages, roads, markets, schools, harbours.

"Thôn 3", "tổ dân phố 8", "QL14", "chợ Krông Búk", "Trường THCS Chu Văn An", "bon Đắk Rla":
a kind of place and its number or capitalised name, keyed without diacritics. Two opinions that
name places of the same kind and share none are about different places, however alike their
words ("trâu bò bị trộm ở thôn 3" / "… ở thôn 5"). Communes are left to the area (an old commune
and the merged one that replaced it have different names but are one area).
"""

from __future__ import annotations

import re
from functools import cache

import numpy as np
from scipy import sparse

from analysis.core.text import fold, has_diacritics
from analysis.trends.terms import skip_words

KINDS = {
    "village": "thôn|buôn|bon|làng|bản|ấp|khối|xóm|tổ dân phố|tdp|khu phố|kp|tổ|khu dân cư|kdc",
    "road": "đường|phố|hẻm|ngõ|kiệt|quốc lộ|ql|đường tỉnh|đt|tỉnh lộ|tl|đèo|cầu",
    "market": "chợ|siêu thị",
    "school": "trường",
    "water": "hồ|đầm|cảng|bến|sông|suối|bãi biển",
    "junction": "ngã ba|ngã tư|vòng xoay",
    "site": "khu công nghiệp|kcn|cụm công nghiệp|chung cư|nhà máy|công ty|xưởng|trang trại",
}
SCHOOL_LEVELS = "thcs|thpt|th|mn|tiểu học|trung học cơ sở|trung học phổ thông|mầm non"
NOT_MARKER = "yêu|nhu"  # "yêu cầu", "nhu cầu" name no bridge
_WORD = re.compile(r"[^\W\d_][\w']*")


@cache
def _marker_pattern(folded: bool) -> tuple[re.Pattern[str], dict[str, str]]:
    """The markers' regex and the kind of each marker, as written (with diacritics) or folded.

    Typed with diacritics, "chợ" is a market and "cho", "chở", "chờ" are not; "trường" is a
    school and "trưởng" a head; without them, only the folded forms can be matched.
    """
    spell = fold if folded else str
    kind_of = {spell(m): kind for kind, markers in KINDS.items() for m in markers.split("|")}
    levels = "|".join(spell(level) for level in SCHOOL_LEVELS.split("|"))
    not_marker = "|".join(spell(w) for w in NOT_MARKER.split("|"))
    pattern = re.compile(
        rf"(?<!\w)(?<!(?:{not_marker}) )(?P<marker>"
        + "|".join(sorted(map(re.escape, kind_of), key=len, reverse=True))
        + rf")\s*(?:(?:{levels})\s+)?(?P<value>\d+[a-z]?\b|(?=\S))"
    )
    return pattern, kind_of


def place_mentions(text: str) -> set[str]:
    """The places the text names, as "kind:value" ("village:3", "market:krong buk")."""
    return {mention for mention, _, _ in _mentions(text)}


def without_places(text: str) -> str:
    """The text with the places it names cut out, to compare what it says, not where."""
    for _, start, end in reversed(_mentions(text)):
        text = text[:start] + " " + text[end:]
    return text


def _mentions(text: str) -> list[tuple[str, int, int]]:
    """Each place named: "kind:value", and where it starts and ends in the text.

    A name that is the minutes' register with the word after it ("cho Cong an xa": "cong an")
    is not a place.
    """
    lowered = text.lower()
    folded = not has_diacritics(text) or len(lowered) != len(text)
    pattern, kind_of = _marker_pattern(folded)
    found = []
    for match in pattern.finditer(fold(text) if folded else lowered):
        kind = kind_of[match.group("marker")]
        if match.group("value"):
            found.append((f"{kind}:{fold(match.group('value'))}", match.start(), match.end()))
            continue
        name = _capitalised_run(text, match.end())
        if name and not _register(text, match.end(), name):
            found.append((f"{kind}:{fold(name)}", match.start(), match.end() + len(name)))
    return found


def _register(text: str, start: int, name: str) -> bool:
    """True when the capitalised name and the word after it are a skip word ("Công an")."""
    after = _WORD.match(text, start + len(name) + 1) if start + len(name) < len(text) else None
    words = fold(name) + (" " + fold(after.group(0)) if after else "")
    return fold(name) in skip_words() or words in skip_words()


def _capitalised_run(text: str, start: int) -> str:
    """The words written with a capital from `start` on ("Chu Văn An", "Đắk Rla")."""
    words = []
    position = start
    while True:
        match = _WORD.match(text, position)
        if not match or not match.group(0)[0].isupper():
            break
        words.append(match.group(0))
        position = match.end()
        while position < len(text) and text[position] == " ":
            position += 1
    return " ".join(words)


def place_agreement(mentions: list[set[str]]) -> tuple[np.ndarray, np.ndarray]:
    """For every two opinions: whether they share a place, and whether they name places of the
    same kind but share none (two boolean matrices)."""
    names = sorted({m for found in mentions for m in found})
    kinds = sorted({m.split(":")[0] for m in names})
    column = {m: i for i, m in enumerate(names)}
    kind_column = {k: i for i, k in enumerate(kinds)}
    rows = [i for i, found in enumerate(mentions) for _ in found]
    named = sparse.csr_matrix(
        (np.ones(len(rows)), (rows, [column[m] for found in mentions for m in found])),
        shape=(len(mentions), len(names)),
    )
    kind_pairs = {(i, kind_column[m.split(":")[0]]) for i, found in enumerate(mentions)
                  for m in found}  # fmt: skip
    kind_rows, kind_cols = zip(*kind_pairs, strict=True) if kind_pairs else ((), ())
    of_kind = sparse.csr_matrix(
        (np.ones(len(kind_rows)), (kind_rows, kind_cols)), shape=(len(mentions), len(kinds))
    )
    shared = (named @ named.T).toarray() > 0
    same_kind = (of_kind @ of_kind.T).toarray() > 0
    return shared, same_kind & ~shared
