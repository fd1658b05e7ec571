"""The statistical half of the classifier: TF-IDF features and a linear model per label set.

Features are folded (diacritic-free) so a text typed without diacritics looks like the same text
with them: word uni- and bigrams of underthesea tokens, character n-grams, and the lexicon's
scores. The model is stored as JSON and a NumPy archive read with allow_pickle=False: loading
it can never run code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from analysis.labels import STANCES, THEMES
from analysis.text import fold

MODEL_DIR = "model"
FORMAT_VERSION = 1
WORD_PARAMS = {"token_pattern": r"\S+", "ngram_range": (1, 2), "min_df": 1, "sublinear_tf": True}
CHAR_PARAMS = {"analyzer": "char_wb", "ngram_range": (2, 5), "min_df": 2, "sublinear_tf": True}


@dataclass
class Features:
    """Fitted vectorizers that turn prepared texts into one sparse matrix."""

    words: TfidfVectorizer
    chars: TfidfVectorizer

    @classmethod
    def fit(cls, documents: list[str], texts: list[str]) -> Features:
        """Fit both vectorizers on training documents."""
        words = TfidfVectorizer(**WORD_PARAMS).fit(documents)
        chars = TfidfVectorizer(**CHAR_PARAMS).fit([fold(t) for t in texts])
        return cls(words, chars)

    def char_part(self, texts: list[str]) -> sparse.csr_matrix:
        """Character n-gram features of prepared texts (computable before tokens exist)."""
        return self.chars.transform([fold(t) for t in texts])

    def transform(
        self,
        documents: list[str],
        texts: list[str],
        lexicon: list[list[float]],
        char_part: sparse.csr_matrix | None = None,
    ) -> sparse.csr_matrix:
        """The feature matrix of prepared texts, their token documents and lexicon scores."""
        return sparse.hstack(
            [
                self.words.transform(documents),
                self.char_part(texts) if char_part is None else char_part,
                sparse.csr_matrix(np.asarray(lexicon, dtype=float)),
            ],
            format="csr",
        )


@dataclass
class LinearModel:
    """Features plus one multinomial logistic regression for themes and one for stances."""

    features: Features
    theme: LogisticRegression
    stance: LogisticRegression

    def probabilities(
        self,
        documents: list[str],
        texts: list[str],
        lexicon: list[list[float]],
        char_part: sparse.csr_matrix | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """Theme and stance probabilities, columns in THEMES and STANCES order."""
        matrix = self.features.transform(documents, texts, lexicon, char_part)
        return (
            _ordered(self.theme, matrix, list(THEMES)),
            _ordered(self.stance, matrix, list(STANCES)),
        )

    def word_weight(self, label_set: str, label: str) -> Callable[[str], float]:
        """The weight a word feature gives `label` (0 for unknown words), to explain a decision."""
        model = self.theme if label_set == "theme" else self.stance
        coefficients = model.coef_[list(model.classes_).index(label)]
        vocabulary = self.features.words.vocabulary_
        return lambda word: float(coefficients[vocabulary[word]]) if word in vocabulary else 0.0


def _ordered(model: LogisticRegression, matrix, labels: list[str]) -> np.ndarray:
    """Predicted probabilities with one column per label in `labels` (0 for unseen labels)."""
    raw = model.predict_proba(matrix)
    out = np.zeros((matrix.shape[0], len(labels)))
    for column, label in enumerate(model.classes_):
        out[:, labels.index(label)] = raw[:, column]
    return out


def train(
    documents: list[str],
    texts: list[str],
    lexicon: list[list[float]],
    themes: list[str],
    stances: list[str],
    regularisation: float = 4.0,
) -> LinearModel:
    """Fit features and both classifiers on labelled, prepared texts."""
    features = Features.fit(documents, texts)
    matrix = features.transform(documents, texts, lexicon)
    options = {"C": regularisation, "max_iter": 3000, "class_weight": "balanced"}
    theme = LogisticRegression(**options).fit(matrix, themes)
    stance = LogisticRegression(**options).fit(matrix, stances)
    return LinearModel(features, theme, stance)


# ---------------------------------------------------------------- storage without pickle


def _vectorizer_state(vectorizer: TfidfVectorizer) -> tuple[dict, np.ndarray]:
    """Vocabulary and idf of a fitted vectorizer."""
    vocabulary = {term: int(i) for term, i in vectorizer.vocabulary_.items()}
    return vocabulary, vectorizer.idf_


def _restore_vectorizer(params: dict, vocabulary: dict, idf: np.ndarray) -> TfidfVectorizer:
    """A fitted TfidfVectorizer rebuilt from its parameters, vocabulary and idf."""
    vectorizer = TfidfVectorizer(**{**params, "vocabulary": vocabulary, "min_df": 1})
    vectorizer.vocabulary_ = vocabulary
    vectorizer.idf_ = idf
    return vectorizer


def save_model(model: LinearModel, folder: Path) -> None:
    """Write model.json and weights.npz into `folder` (atomically, file by file)."""
    from analysis.atomic import write_atomically

    word_vocabulary, word_idf = _vectorizer_state(model.features.words)
    char_vocabulary, char_idf = _vectorizer_state(model.features.chars)
    description = {
        "format": FORMAT_VERSION,
        "word_vocabulary": word_vocabulary,
        "char_vocabulary": char_vocabulary,
        "theme_classes": list(model.theme.classes_),
        "stance_classes": list(model.stance.classes_),
    }
    arrays = {
        "word_idf": word_idf,
        "char_idf": char_idf,
        "theme_coef": model.theme.coef_,
        "theme_intercept": model.theme.intercept_,
        "stance_coef": model.stance.coef_,
        "stance_intercept": model.stance.intercept_,
    }
    write_atomically(
        folder / "model.json",
        lambda tmp: tmp.write_text(json.dumps(description, ensure_ascii=False), encoding="utf-8"),
    )

    def write_arrays(tmp: Path) -> None:
        with open(tmp, "wb") as handle:
            np.savez_compressed(handle, **arrays)

    write_atomically(folder / "weights.npz", write_arrays)


def _restore_classifier(classes: list[str], coef: np.ndarray, intercept: np.ndarray):
    """A fitted LogisticRegression rebuilt from its classes and weights."""
    model = LogisticRegression()
    model.classes_ = np.asarray(classes)
    model.coef_ = coef
    model.intercept_ = intercept
    model.n_features_in_ = coef.shape[1]
    return model


def load_model(folder: Path | None = None) -> LinearModel:
    """The model in `folder`, by default the one shipped inside the package (loaded once)."""
    if folder is None:
        return _shipped_model()
    return _load(folder)


@cache
def _shipped_model() -> LinearModel:
    """The model shipped in the package; retraining writes a new one for the next process."""
    return _load(Path(str(resources.files("analysis").joinpath("data", MODEL_DIR))))


def _load(folder: Path) -> LinearModel:
    """A model read from model.json and weights.npz, without unpickling anything."""
    description = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    if description.get("format") != FORMAT_VERSION:
        raise ValueError(f"mô hình ở {folder} có định dạng không hỗ trợ")
    with np.load(folder / "weights.npz", allow_pickle=False) as arrays:
        weights = {name: arrays[name] for name in arrays.files}
    words = _restore_vectorizer(WORD_PARAMS, description["word_vocabulary"], weights["word_idf"])
    chars = _restore_vectorizer(CHAR_PARAMS, description["char_vocabulary"], weights["char_idf"])
    return LinearModel(
        Features(words, chars),
        _restore_classifier(
            description["theme_classes"], weights["theme_coef"], weights["theme_intercept"]
        ),
        _restore_classifier(
            description["stance_classes"], weights["stance_coef"], weights["stance_intercept"]
        ),
    )
