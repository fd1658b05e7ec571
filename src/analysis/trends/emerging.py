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
import re
from collections import Counter, defaultdict
from functools import cache

import numpy as np
import pandas as pd

from analysis.core.text import fold, has_diacritics
from analysis.core.tokens import word_list
from analysis.trends.areas import area_of, place_names, unit_of
from analysis.trends.terms import Surfaces, fold_word, skip_words, vietnamese_syllables

MIN_OPINIONS = 3  # a term must be used by this many opinions of the year
MIN_PLACES = 2  # ... in this many communes (one place's own matter is not a new topic)
MAX_SYLLABLES = 4
STICKY = 0.5  # a run of tokens is a term when this share of its rarest token's uses are in it
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")
SENTENCE_ENDS = set(".:;!?\"'(-…")
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
    index = TermIndex(place_names(classified))
    terms = [index.read(t) for t in tokens]
    wanted = index.candidates(Counter(key for keys in terms for key in keys))
    terms = [keys & wanted for keys in terms]
    count_now = Counter(key for i in now for key in terms[i])
    count_before = Counter(key for i in before for key in terms[i])
    scores = log_odds_z(count_now, count_before)
    users = defaultdict(list)
    for i in now:
        for key in terms[i]:
            users[key].append(i)
    communes = area_of(classified, "commune").to_numpy()
    ranked = [
        k
        for k in sorted(scores, key=lambda k: (-scores[k], k))
        if scores[k] > 0
        and count_now[k] >= min_opinions
        and len(set(communes[users[k]])) >= MIN_PLACES
    ]
    ranked = _longer_phrases(ranked[: top * 4], users, min_opinions)
    ranked = _without_names(ranked, users, classified)
    kept = _without_repeats(ranked, users)[:top]
    rows = [
        {
            "term": index.surfaces.show(k),
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


class TermIndex:
    """Reads each opinion's candidate terms and remembers how they were written and built.

    Candidates are usable tokens (letters, not a skip word, not a place, not written as a
    name) and phrases: runs of two or three tokens (up to MAX_SYLLABLES syllables) opening with
    a usable one, the others usable or general compounds ("thực phẩm chức năng"), that are no
    place name or part of one. Runs also rebuild a compound typed without diacritics ("lua"
    "dao" = "lừa đảo") or split by underthesea ("hàng" "giả").
    """

    def __init__(self, places: set[str]) -> None:
        self.places = places
        self.place_runs = {" ".join(name.split()[i:j]) for name in places
                           for i in range(len(name.split()))
                           for j in range(i + 1, len(name.split()) + 1)}  # fmt: skip
        self.surfaces = Surfaces()
        self.parts: dict[str, tuple[str, ...]] = {}  # a run's key -> its tokens' keys
        self.written: dict[str, Counter] = defaultdict(Counter)  # a run's key -> its tokens
        self.token_users: Counter = Counter()  # opinions using each token as written
        self._fits: dict[str, bool] = {}

    def read(self, tokens: list[str]) -> set[str]:
        """The keys of one opinion's candidate terms.

        A run starts with a usable word; a general compound ("chức năng") may follow one
        ("thực phẩm chức năng") though it is never a term alone.
        """
        words = [fold_word(t) for t in tokens]
        lowered = [t.lower() for t in tokens]
        self.token_users.update(set(lowered))
        usable = [self._usable(tokens, words, i) for i in range(len(tokens))]
        follows = [u or self._general(tokens, words, i) for i, u in enumerate(usable)]
        keys = set()
        for start in np.flatnonzero(usable):
            for end in range(start + 1, min(start + 4, len(words) + 1)):
                key = " ".join(words[start:end])
                if not follows[end - 1] or len(key.split()) > MAX_SYLLABLES:
                    break
                if key in skip_words() or key in self.place_runs:
                    continue
                keys.add(key)
                self.surfaces.add(key, " ".join(tokens[start:end]))
                if end - start > 1:
                    self.parts.setdefault(key, tuple(words[start:end]))
                    self.written[key][tuple(lowered[start:end])] += 1
                else:
                    self.parts[key] = (key,)
        return keys

    def _general(self, tokens: list[str], words: list[str], i: int) -> bool:
        """A compound too general to be a term, yet no function word ("chức năng")."""
        word = words[i]
        return (
            " " in word
            and all(s.isalpha() for s in word.split())
            and word not in _function_words()
            and not _written_as_name(tokens, i)
        )

    def _usable(self, tokens: list[str], words: list[str], i: int) -> bool:
        """A word that fits (`_fits`) and is not written as a name here."""
        word = words[i]
        if word not in self._fits:
            self._fits[word] = self._fit(word)
        return self._fits[word] and not _written_as_name(tokens, i)

    def _fit(self, word: str) -> bool:
        """Letters only, not a skip word, not a place of the data (a syllable of one may stand
        in a phrase: "giả" of "Gia Nghĩa" in "hàng giả", never alone)."""
        if not all(s.isalpha() for s in word.split()) or word in skip_words():
            return False
        return word not in self.places

    def candidates(self, used: Counter) -> set[str]:
        """Keys worth ranking: compounds, sticky runs, and loanwords ("app").

        A run of tokens must be used by at least STICKY times as many opinions as its rarest
        token ("xe máy mua" is not a term, "lua dao" is). A single syllable is a term only when
        it is no Vietnamese syllable ("app", "livestream"): "tên", "gọi" say too little alone.
        """
        kept = set()
        for key, parts in self.parts.items():
            if len(parts) > 1:
                if used[key] >= STICKY * self._rarest_part(key, parts, used):
                    kept.add(key)
            elif " " in key or (len(key) >= 3 and key not in vietnamese_syllables()):
                kept.add(key)
        return kept

    def _rarest_part(self, key: str, parts: tuple[str, ...], used: Counter) -> int:
        """Opinions using the run's rarest token: as written with diacritics when the run was
        ("giả" in "hàng giả", not "giá" or "già"), else keyed without them."""
        accented = [form for form, _ in self.written[key].most_common() if
                    has_diacritics(" ".join(form))]  # fmt: skip
        if accented:
            return min(self.token_users[t] for t in accented[0])
        return min(used[p] for p in parts)


@cache
def _function_words() -> frozenset[str]:
    """underthesea's Vietnamese stopwords and the project's list, folded: never in a term."""
    return frozenset(fold(w) for w in word_list("stopwords.txt"))


def _written_as_name(tokens: list[str], i: int) -> bool:
    """A name as written: a capital after the first syllable ("bon Bu Dấp"), or every syllable
    capitalised away from a sentence's start ("Nguyễn Văn Hùng"); acronyms are not names."""
    syllables = tokens[i].split()
    title = [s[:1].isupper() and s[1:].islower() for s in syllables]
    if any(title[1:]):
        return True
    start = i == 0 or tokens[i - 1][-1:] in SENTENCE_ENDS
    return all(title) and not start


def _without_names(ranked: list[str], users: dict, classified: pd.DataFrame) -> list[str]:
    """Ranked terms minus proper names: underthesea's pos_tag reads the sentences of a few of
    their opinions where they are written with a capital (a name is never all lower case)."""
    from underthesea import pos_tag

    kept = []
    for key in ranked:
        texts = classified["text"].iloc[users[key][:EXAMPLES]]
        sentences = [s for text in texts for s in _SENTENCE.split(text) if _capitalised(key, s)]
        proper = {fold(w) for s in sentences for w, tag in pos_tag(s) if tag == "Np"}
        if not any(key == p or f" {key} " in f" {p} " for p in proper):
            kept.append(key)
    return kept


def _capitalised(key: str, sentence: str) -> bool:
    """True when the sentence holds the key with a capital letter on one of its syllables."""
    folded = fold(sentence)
    at = f" {folded} ".find(f" {key} ")
    return at >= 0 and any(c.isupper() for c in sentence[at : at + len(key)])


def _longer_phrases(ranked: list[str], users: dict, min_opinions: int) -> list[str]:
    """Each ranked term replaced by the longest phrase holding it that most (OVERLAP) of its
    opinions use: "thực phẩm chức năng" rather than "thực phẩm", when that is what they say."""
    longer = defaultdict(list)
    for key, opinions in users.items():
        syllables = key.split()
        if len(syllables) > 1 and len(opinions) >= min_opinions:
            for size in range(1, len(syllables)):
                for start in range(len(syllables) - size + 1):
                    longer[" ".join(syllables[start : start + size])].append(key)
    replaced = []
    for key in ranked:
        covering = [k for k in longer[key] if len(users[k]) >= OVERLAP * len(users[key])]
        best = max(covering, key=lambda k: (len(k.split()), len(users[k]), k), default=key)
        if best not in replaced:
            replaced.append(best)
    return replaced


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
    """Opinions of units that had opinions before `year` (the years compared like with like).

    An opinion whose former district cannot be told (a new commune formed from several) counts
    when its former province had opinions before.
    """
    before = (classified["year"] < year).to_numpy()
    units = unit_of(classified, unit)
    provinces = unit_of(classified, "province")
    known = units.isin(set(units[before]) - {""})
    unplaced = (units == "") & provinces.isin(set(provinces[before]) - {""})
    return (known | unplaced).to_numpy() & (classified["year"] <= year).to_numpy()


def _note(
    classified: pd.DataFrame, compared: np.ndarray, year: int, unit: str, now: int, before: int
) -> dict:
    """What was compared, in Vietnamese, and the figures behind it."""
    units = sorted(set(unit_of(classified, unit)[compared]) - {""})
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
