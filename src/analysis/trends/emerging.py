"""Words and phrases whose use rises this year: log-odds with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words": for each term, the log-odds of its use this
year minus before, each smoothed by a prior proportional to its use in both corpora together,
divided by its standard error (a z-score). Counts are opinions using the term (an opinion
repeating a word counts once). Terms are content words and phrases of two or three words, keyed
without diacritics ("lua dao" = "lừa đảo"); stopwords, the minutes' own register, place names
from the frame and proper names (underthesea's pos_tag: Np) are left out.

Like with like: both years are restricted to continuity units with opinions before the year,
so a province merged in 2025 does not bring its everyday topics in as "new".
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from analysis.core.text import fold
from analysis.trends.areas import area_of, place_names, unit_of
from analysis.trends.terms import Surfaces, skip_words

MIN_OPINIONS = 3  # a term must be used by this many opinions of the year
MIN_PLACES = 2  # ... in this many communes (one place's own matter is not a new topic)
MAX_SYLLABLES = 4
PRIOR_STRENGTH = 1.0  # the prior's weight as a share of the two corpora's term counts
EXAMPLES = 3
OVERLAP = 0.8  # a term sharing this share of its opinions with a higher-ranked one is a repeat
UNIT_NAMES = {"district": "huyện cũ", "province": "tỉnh cũ"}

TERM_COLUMNS = [
    "term",  # as written most often (with diacritics)
    "z",  # log-odds ratio / its standard error; > 1.96 rises at the 5% level
    "count",  # opinions of the year using it
    "share",  # count / opinions of the year compared
    "count_before",  # opinions of the earlier years using it
    "share_before",
    "examples",  # record_ids of a few opinions of the year using it, ", "-joined
]


def emerging_terms(
    classified: pd.DataFrame,
    tokens: list[list[str]],
    year: int,
    unit: str = "district",
    top: int = 20,
    min_opinions: int = MIN_OPINIONS,
) -> pd.DataFrame:
    """The `top` terms used more in `year` than before, by z-score (columns TERM_COLUMNS).

    `tokens[i]` are the underthesea tokens of `classified.iloc[i]`. `attrs` holds "note" (in
    Vietnamese: what was compared), "units", "opinions" and "opinions_before".
    """
    if len(tokens) != len(classified):
        raise ValueError("tokens must hold one list per row of classified")
    compared = _comparable(classified, year, unit)
    now = np.flatnonzero(compared & (classified["year"] == year).to_numpy())
    before = np.flatnonzero(compared & (classified["year"] < year).to_numpy())
    places = place_names(classified)
    surfaces = Surfaces()
    terms = [_opinion_terms(t, places, surfaces) for t in tokens]
    count_now = Counter(key for i in now for key in terms[i])
    count_before = Counter(key for i in before for key in terms[i])
    scores = log_odds_z(count_now, count_before)
    ranked = [k for k, _ in sorted(scores.items(), key=lambda kv: -kv[1])]
    users = defaultdict(list)
    for i in now:
        for key in terms[i]:
            users[key].append(i)
    communes = area_of(classified, "commune").to_numpy()
    ranked = [
        k
        for k in ranked
        if scores[k] > 0
        and count_now[k] >= min_opinions
        and len(set(communes[users[k]])) >= MIN_PLACES
        and _is_candidate(k, surfaces)
    ]
    ranked = _without_names(ranked[: top * 4], users, tokens, surfaces)
    kept = _without_repeats(ranked, users)[:top]
    rows = [
        {
            "term": surfaces.show(k),
            "z": round(scores[k], 2),
            "count": count_now[k],
            "share": count_now[k] / max(len(now), 1),
            "count_before": count_before[k],
            "share_before": count_before[k] / max(len(before), 1),
            "examples": ", ".join(classified["record_id"].iloc[users[k][:EXAMPLES]]),
        }
        for k in kept
    ]
    table = pd.DataFrame(rows, columns=TERM_COLUMNS)
    table.attrs.update(_note(classified, compared, year, unit, len(now), len(before)))
    return table


def log_odds_z(now: Counter, before: Counter, strength: float = PRIOR_STRENGTH) -> dict:
    """Each term's z-score of the log-odds ratio now vs before, informative Dirichlet prior.

    The prior of a term is its count in both corpora together, scaled so the prior's total is
    `strength` times the two corpora's total.
    """
    n_now, n_before = sum(now.values()), sum(before.values())
    if not n_now or not n_before:
        return {}
    total = n_now + n_before
    a0 = strength * total
    scores = {}
    for key in now.keys() | before.keys():
        y_now, y_before = now[key], before[key]
        alpha = a0 * (y_now + y_before) / total
        delta = math.log((y_now + alpha) / (n_now + a0 - y_now - alpha)) - math.log(
            (y_before + alpha) / (n_before + a0 - y_before - alpha)
        )
        scores[key] = delta / math.sqrt(1 / (y_now + alpha) + 1 / (y_before + alpha))
    return scores


def _opinion_terms(tokens: list[str], places: set[str], surfaces: Surfaces) -> set[str]:
    """Keys of one opinion's candidate terms: usable tokens and runs of 2-3 of them.

    A run of tokens may rebuild a compound typed without diacritics ("lua" "dao" = "lừa đảo").
    """
    skip = skip_words()
    words = [fold(t) for t in tokens]
    usable = [
        all(s.isalpha() for s in w.split()) and w not in skip and not _is_place(w, places)
        for w in words
    ]
    keys = set()
    for start in range(len(words)):
        for end in range(start + 1, min(start + 4, len(words) + 1)):
            if not usable[end - 1]:
                break
            key = " ".join(words[start:end])
            if len(key.split()) > MAX_SYLLABLES:
                break
            keys.add(key)
            surfaces.add(key, " ".join(tokens[start:end]))
    return keys


def _is_candidate(key: str, surfaces: Surfaces) -> bool:
    """A compound or phrase, or a one-syllable word never written with diacritics ("app").

    Vietnamese single syllables ("tên", "gọi", "đổi") say too little on their own.
    """
    return " " in key or (len(key) >= 3 and not surfaces.accented(key))


def _is_place(word: str, places: set[str]) -> bool:
    """A place name of the data, or a syllable of one ("dak", "mil" of "Đắk Mil")."""
    if word in places:
        return True
    return len(word.split()) == 1 and any(word in name.split() for name in places)


def _without_names(
    ranked: list[str], users: dict, tokens: list[list[str]], surfaces: Surfaces
) -> list[str]:
    """Ranked terms minus proper names: written capitalised where used, and tagged Np."""
    from underthesea import pos_tag

    kept = []
    for key in ranked:
        examples = users[key][:EXAMPLES]
        if _capitalised(key, examples, tokens):
            tagged = [pos_tag(" ".join(tokens[i])) for i in examples]
            proper = {fold(w) for sentence in tagged for w, tag in sentence if tag == "Np"}
            if any(key in p or p in key for p in proper if p):
                continue
        kept.append(key)
    return kept


def _capitalised(key: str, examples: list[int], tokens: list[list[str]]) -> bool:
    """True when the term is written with capitals somewhere other than a text's start."""
    syllables = set(key.split())
    return any(
        fold(syllable) in syllables and syllable[:1].isupper()
        for i in examples
        for token in tokens[i][1:]
        for syllable in token.split()
    )


def _without_repeats(ranked: list[str], users: dict) -> list[str]:
    """Ranked terms minus those mostly used by the same opinions as a term ranked above."""
    kept: list[str] = []
    for key in ranked:
        mine = set(users[key])
        if any(
            (key in other or other in key) and len(mine & set(users[other])) >= OVERLAP * len(mine)
            for other in kept
        ):
            continue
        kept.append(key)
    return kept


def _comparable(classified: pd.DataFrame, year: int, unit: str) -> np.ndarray:
    """Opinions of units that had opinions before `year` (the years compared like with like)."""
    units = unit_of(classified, unit)
    earlier = set(units[classified["year"] < year]) - {""}
    return units.isin(earlier).to_numpy() & (classified["year"] <= year).to_numpy()


def _note(
    classified: pd.DataFrame, compared: np.ndarray, year: int, unit: str, now: int, before: int
) -> dict:
    """What was compared, in Vietnamese, and the figures behind it."""
    units = sorted(set(unit_of(classified, unit)[compared]))
    left_out = int(((classified["year"] == year).to_numpy() & ~compared).sum())
    name = UNIT_NAMES[unit]
    note = (
        f"So sánh năm {year} ({now} ý kiến) với các năm trước ({before} ý kiến), chỉ trên "
        f"{len(units)} {name} đã có ý kiến từ trước năm {year}"
    )
    if left_out:
        note += (
            f"; {left_out} ý kiến năm {year} của {name} mới có dữ liệu từ năm nay hoặc chưa rõ "
            f"{name} không được tính, vì chủ đề thường ngày của nơi mới có dữ liệu không phải "
            "là vấn đề mới nổi"
        )
    return {"note": note + ".", "units": units, "opinions": now, "opinions_before": before}
