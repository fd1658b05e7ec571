"""How alike two opinions are: TF-IDF of folded words and of character n-grams, cosine.

Both views read text without diacritics ("lừa đảo" and "lua dao" are the same feature), so an
opinion typed without them, or repaired from a legacy encoding by ingest, still matches. The
word view keeps underthesea's syllables minus function words, as single syllables and pairs;
the character view catches what tokenizing missed (a compound split differently, a typo).
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from analysis.core.preprocess import prepare
from analysis.core.text import fold
from analysis.trends.terms import skip_words

WORD_WEIGHT = 0.5  # share of the word view in the combined cosine (tuned on data/labels/pairs.csv)
CHAR_NGRAMS = (3, 5)


def word_features(tokens: list[str]) -> list[str]:
    """Folded syllables of the content tokens, and each pair of neighbouring ones."""
    skip = skip_words()
    syllables = []
    for token in tokens:
        folded = fold(token)
        if folded in skip or not any(c.isalpha() for c in folded):
            continue
        syllables += [s for s in folded.split() if s.isalnum()]
    return syllables + [f"{a}_{b}" for a, b in pairwise(syllables)]


def char_text(text: str) -> str:
    """The folded prepared text (speaker's introduction dropped) the character view reads."""
    return fold(prepare(text))


def opinion_vectors(
    texts: list[str], tokens: list[list[str]], word_weight: float = WORD_WEIGHT
) -> sparse.csr_matrix:
    """One unit-length row per opinion; the dot product of two rows is their similarity.

    IDF is learned from the given opinions themselves, so words every opinion of the corpus
    uses ("đề nghị", "công an xã") weigh little.
    """
    words = TfidfVectorizer(analyzer=lambda doc: doc, sublinear_tf=True, dtype=np.float32)
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True, dtype=np.float32
    )
    word_part = words.fit_transform([word_features(t) for t in tokens])
    char_part = chars.fit_transform([char_text(t) for t in texts])
    combined = sparse.hstack(
        [word_part * np.sqrt(word_weight), char_part * np.sqrt(1 - word_weight)], format="csr"
    )
    return normalize(combined)


def pair_similarity(vectors: sparse.csr_matrix, left: list[int], right: list[int]) -> np.ndarray:
    """Cosine similarity of the rows `left[i]` and `right[i]`, for each i."""
    product = vectors[left].multiply(vectors[right])
    return np.asarray(product.sum(axis=1)).ravel()
