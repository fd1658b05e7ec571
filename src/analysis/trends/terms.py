"""Words worth showing: content words keyed without diacritics, shown in their written form.

"lừa đảo", "Lừa đảo" and "lua dao" are one term (key "lua dao"); it is shown as people wrote it
most often with diacritics. Function words, the minutes' own register ("đề nghị", "công an") and
words as general as "người dân" are never terms.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import cache, lru_cache

from analysis.core.text import fold, has_diacritics
from analysis.core.tokens import content_word, word_list
from analysis.core.underthesea_data import dictionary_words

MAX_COMPOUND = 4  # syllables of the longest skip word or compound read as one


@lru_cache(maxsize=1 << 18)
def fold_word(token: str) -> str:
    """`fold` of a token, cached: a corpus repeats the same words many times."""
    return fold(token)


@cache
def skip_words() -> frozenset[str]:
    """Folded stopwords, evidence_skip.txt and trends_skip.txt: never a term."""
    words = word_list("stopwords.txt") | word_list("evidence_skip.txt")
    return frozenset(fold(w) for w in words | word_list("trends_skip.txt"))


@cache
def vietnamese_syllables() -> frozenset[str]:
    """Every syllable of underthesea's Vietnamese dictionary, without diacritics."""
    return frozenset(s for word in dictionary_words() for s in fold(word).replace("-", " ").split())


@cache
def dictionary_compounds() -> frozenset[str]:
    """Words of two to four syllables of underthesea's dictionary, without diacritics
    ("tai nan", "da ga", "con nghien"): how a run of folded syllables is read as one word."""
    folded = (fold(word).replace("-", " ") for word in dictionary_words())
    return frozenset(w for w in folded if 1 < len(w.split()) <= MAX_COMPOUND)


def is_term(token: str) -> bool:
    """A content compound (core.tokens.content_word) that is not a skip word."""
    return fold_word(token) not in skip_words() and content_word(token)


class Surfaces:
    """How each term key was written, to show it as people wrote it."""

    def __init__(self) -> None:
        self._forms: dict[str, Counter] = defaultdict(Counter)

    def add(self, key: str, written: str) -> None:
        """Record one written form of a key."""
        self._forms[key][written.lower()] += 1

    def __contains__(self, key: str) -> bool:
        return key in self._forms

    def show(self, key: str) -> str:
        """The most frequent form with diacritics, else the most frequent form, else the key."""
        forms = self._forms.get(key)
        if not forms:
            return key
        accented = [f for f, _ in forms.most_common() if has_diacritics(f)]
        return accented[0] if accented else forms.most_common(1)[0][0]


def terms_of(tokens: list[str], surfaces: Surfaces) -> set[str]:
    """The keys of an opinion's terms, recording how each was written."""
    keys = set()
    for word in filter(is_term, tokens):
        key = fold_word(word)
        surfaces.add(key, word)
        keys.add(key)
    return keys


def term_rarity(tokens: list[list[str]]) -> dict[str, float]:
    """Each term key's inverse document frequency over the opinions: log(n / opinions using it)."""
    used = Counter(key for words in tokens for key in {fold_word(w) for w in words if is_term(w)})
    return {key: math.log(len(tokens) / count) for key, count in used.items()}
