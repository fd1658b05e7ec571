"""How alike two opinions are, and whether they raise the same problem in the same place.

What they say: the cosine of TF-IDF vectors of folded words and of character n-grams. Both
views read text without diacritics ("lừa đảo" and "lua dao" are the same feature), so an
opinion typed without them, or repaired from a legacy encoding by ingest, still matches. The
word view keeps underthesea's syllables minus function words, as single syllables and pairs;
the character view catches what tokenizing missed (a compound split differently, a typo).

Where: two opinions naming the same village, road, market or school (`places.py`) gain
PLACE_BONUS; two naming places of the same kind but none in common lose PLACE_PENALTY.
All constants are tuned on data/labels/pairs.csv (scripts/tune_trends_pairs.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from analysis.trends.places import place_agreement, place_mentions
from analysis.trends.terms import MAX_COMPOUND, dictionary_compounds, fold_word, skip_words

WORD_WEIGHT = 0.0  # share of the word view in the combined cosine (the pairs chose none)
CHAR_NGRAMS = (3, 5)
PLACE_BONUS = 0.1
PLACE_PENALTY = 1.0  # as good as a veto: "thôn 3" is not "thôn 5"
SAME_PROBLEM = 0.44  # the score from which two opinions raise the same problem
# The mean score with a chain from which an opinion linked to one of its members joins it: lower
# than SAME_PROBLEM because two opinions each linked to a third are likely the same problem
# already (chosen on chains over the labelled pairs: scripts/tune_trends_pairs.py).
JOIN_CHAIN = 0.38


def content_syllables(tokens: list[str]) -> list[str]:
    """Folded syllables of an opinion without function words and the minutes' register.

    Read the same way whether the text was typed with diacritics or not: underthesea joins
    syllables typed without them into words at random ("van chua"), so its word boundaries are
    not used. The folded syllables are read left to right, longest first, as a skip word
    ("de nghi", "cong an xa": dropped), a word of the dictionary ("tai nan", "da ga": kept
    whole, though "tai" and "da" alone are the skip words "tại" and "đã"), or one syllable
    (dropped when it is a skip word).
    """
    syllables = [s for token in tokens for s in fold_word(token).split() if s.isalnum()]
    return list(_read_syllables(tuple(syllables)))


@lru_cache(maxsize=1 << 16)
def _read_syllables(syllables: tuple[str, ...]) -> tuple[str, ...]:
    """`content_syllables` of a sequence of folded syllables (cached: texts repeat)."""
    skip, compounds = skip_words(), dictionary_compounds()
    kept, i = [], 0
    while i < len(syllables):
        for n in range(min(MAX_COMPOUND, len(syllables) - i), 1, -1):
            run = " ".join(syllables[i : i + n])
            if run in skip or run in compounds:
                kept += [] if run in skip else list(syllables[i : i + n])
                i += n
                break
        else:
            if syllables[i] not in skip:
                kept.append(syllables[i])
            i += 1
    return tuple(kept)


def word_features(tokens: list[str]) -> list[str]:
    """Content syllables, and each pair of neighbouring ones."""
    return _with_pairs(content_syllables(tokens))


def _with_pairs(syllables: list[str]) -> list[str]:
    """Syllables and each pair of neighbouring ones ("lua", "dao", "lua_dao")."""
    return syllables + [f"{a}_{b}" for a, b in pairwise(syllables)]


def opinion_vectors(
    tokens: list[list[str]],
    word_weight: float = WORD_WEIGHT,
    char_ngrams: tuple[int, int] = CHAR_NGRAMS,
) -> sparse.csr_matrix:
    """One unit-length row per opinion; the dot product of two rows is their similarity.

    Both views read the content syllables of the prepared text (the speaker's introduction
    dropped, abbreviations spelled out). IDF is learned from the given opinions themselves, so
    words every opinion of the corpus uses weigh little.
    """
    syllables = [content_syllables(t) for t in tokens]
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=char_ngrams, sublinear_tf=True, dtype=np.float32
    )
    parts = [chars.fit_transform([" ".join(s) for s in syllables]) * np.sqrt(1 - word_weight)]
    if word_weight:
        words = TfidfVectorizer(analyzer=_with_pairs, sublinear_tf=True, dtype=np.float32)
        parts.append(words.fit_transform(syllables) * np.sqrt(word_weight))
    return normalize(sparse.hstack(parts, format="csr"))


def pair_similarity(vectors: sparse.csr_matrix, left: list[int], right: list[int]) -> np.ndarray:
    """Cosine similarity of the rows `left[i]` and `right[i]`, for each i."""
    product = vectors[left].multiply(vectors[right])
    return np.asarray(product.sum(axis=1)).ravel()


@dataclass
class Problems:
    """Opinions ready to be compared as problems: their vectors and the places they name."""

    vectors: sparse.csr_matrix
    places: list[set[str]]
    bonus: float = PLACE_BONUS
    penalty: float = PLACE_PENALTY

    @classmethod
    def of(cls, tokens: list[list[str]], **tuning) -> Problems:
        """Vectors and places of opinions from their tokens (`tuning`: the constants above)."""
        views = {k: tuning.pop(k) for k in ("word_weight", "char_ngrams") if k in tuning}
        places = [place_mentions(" ".join(t)) for t in tokens]
        return cls(opinion_vectors(tokens, **views), places, **tuning)

    def among(self, index: np.ndarray) -> np.ndarray:
        """The same-problem score of every two of the given opinions (a square matrix)."""
        cosine = (self.vectors[index] @ self.vectors[index].T).toarray()
        shared, conflict = place_agreement([self.places[i] for i in index])
        return cosine + self.bonus * shared - self.penalty * conflict

    def pairs(self, left: list[int], right: list[int]) -> np.ndarray:
        """The same-problem score of opinions `left[i]` and `right[i]`, for each i."""
        cosine = pair_similarity(self.vectors, left, right)
        agreement = [place_agreement([self.places[a], self.places[b]]) for a, b in
                     zip(left, right, strict=True)]  # fmt: skip
        shared = np.array([both[0][0, 1] for both in agreement])
        conflict = np.array([both[1][0, 1] for both in agreement])
        return cosine + self.bonus * shared - self.penalty * conflict


def average_groups(score: np.ndarray, threshold: float) -> np.ndarray:
    """A group label per row of a square score matrix: average linkage cut at `threshold`, so a
    group's members score `threshold` or more with each other on average."""
    distance = 1 - score
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance.clip(0), checks=False), method="average")
    return fcluster(tree, t=1 - threshold, criterion="distance")
