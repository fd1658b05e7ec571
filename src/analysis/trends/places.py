"""The places an opinion names below the commune: villages, roads, markets, schools, harbours.

"Thôn 3", "tổ dân phố 8", "QL14", "chợ Krông Búk", "Trường THCS Chu Văn An", "bon Đắk Rla":
a kind of place and its number or capitalised name, keyed without diacritics. Two opinions that
name places of the same kind and share none are about different places, however alike their
words ("trâu bò bị trộm ở thôn 3" / "… ở thôn 5"). Communes are left to the area (an old commune
and the merged one that replaced it have different names but are one area).
"""

from __future__ import annotations

import re

import numpy as np
from scipy import sparse

from analysis.core.text import fold

KINDS = {
    "village": "thon|buon|bon|lang|ban|ap|khoi|xom|to dan pho|tdp|khu pho|kp|to|khu dan cu|kdc",
    "road": "duong|pho|hem|ngo|kiet|quoc lo|ql|duong tinh|dt|tinh lo|tl|deo|cau",
    "market": "cho|sieu thi",
    "school": "truong",
    "water": "ho|dam|cang|ben|song|suoi|bai bien",
    "junction": "nga ba|nga tu|vong xoay",
    "site": "khu cong nghiep|kcn|cum cong nghiep|chung cu|nha may|cong ty|xuong|trang trai",
}
_SCHOOL_LEVEL = r"(?:(?:thcs|thpt|th|mn|tieu hoc|trung hoc co so|trung hoc pho thong|mam non)\s+)?"
_KIND_OF = {m: kind for kind, markers in KINDS.items() for m in markers.split("|")}
_MARKER = re.compile(
    r"(?<!\w)(?P<marker>" + "|".join(sorted(_KIND_OF, key=len, reverse=True)) + r")\s*"
    + _SCHOOL_LEVEL
    + r"(?P<value>\d+[a-z]?\b|(?=\S))"
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w']*")


def place_mentions(text: str) -> set[str]:
    """The places the text names, as "kind:value" ("village:3", "market:krong buk")."""
    return {mention for mention, _, _ in _mentions(text)}


def without_places(text: str) -> str:
    """The text with the places it names cut out, to compare what it says, not where."""
    for _, start, end in reversed(_mentions(text)):
        text = text[:start] + " " + text[end:]
    return text


def _mentions(text: str) -> list[tuple[str, int, int]]:
    """Each place named: "kind:value", and where it starts and ends in the text."""
    found = []
    for match in _MARKER.finditer(fold(text)):
        kind = _KIND_OF[match.group("marker")]
        if match.group("value"):
            found.append((f"{kind}:{match.group('value')}", match.start(), match.end()))
            continue
        name = _capitalised_run(text, match.end())
        if name:
            found.append((f"{kind}:{fold(name)}", match.start(), match.end() + len(name)))
    return found


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
