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
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from analysis.classify.store import shipped_model_dir
from analysis.core.text import fold
from analysis.core.vocabulary import stances, themes

FORMAT_VERSION = 1
WORD_PARAMS = {"token_pattern": r"\S+", "ngram_range": (1, 2), "min_df": 1, "sublinear_tf": True}
CHAR_PARAMS = {"analyzer": "char_wb", "ngram_range": (2, 5), "min_df": 2, "sublinear_tf": True}


@dataclass
class Inputs:
    """What the model reads of a set of prepared texts, row for row."""

    documents: list[str]  # token documents (`features.word_document`)
    texts: list[str]  # prepared texts, for the character n-grams
    lexicon: list[list[float]]  # lexicon scores (`features.lexicon_features`)
    char_part: sparse.csr_matrix | None = None  # character features, when already computed


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

    def transform(self, inputs: Inputs) -> sparse.csr_matrix:
        """The feature matrix of prepared texts, their token documents and lexicon scores."""
        chars = self.char_part(inputs.texts) if inputs.char_part is None else inputs.char_part
        return sparse.hstack(
            [
                self.words.transform(inputs.documents),
                chars,
                sparse.csr_matrix(np.asarray(inputs.lexicon, dtype=float)),
            ],
            format="csr",
        )


@dataclass
class LinearModel:
    """Features plus one multinomial logistic regression for themes and one for stances.

    `lexicon_labels` names, in order, the theme and stance scores (and last-sentence stance
    scores) the model was trained on, so a vocabulary that gains a theme, or a model trained
    before last-sentence scores existed, still gets the inputs it knows.
    """

    features: Features
    theme: LogisticRegression
    stance: LogisticRegression
    lexicon_labels: tuple[list[str], ...]

    def probabilities(self, inputs: Inputs) -> tuple[np.ndarray, np.ndarray]:
        """Theme and stance probabilities, columns in the vocabulary's order."""
        matrix = self.features.transform(inputs)
        return (
            _ordered(self.theme, matrix, list(themes())),
            _ordered(self.stance, matrix, list(stances())),
        )

    def word_weight(self, label_set: str, label: str) -> Callable[[str], float]:
        """The weight a word feature gives `label` (0 for unknown words), to explain a decision."""
        model = self.theme if label_set == "theme" else self.stance
        if label not in model.classes_:  # a label added to the vocabulary after training
            return lambda word: 0.0
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
    inputs: Inputs,
    theme_labels: list[str],
    stance_labels: list[str],
    regularisation: float = 4.0,
    weights: list[float] | None = None,
) -> LinearModel:
    """Fit features and both classifiers on labelled, prepared texts (rows weighted if given).

    `inputs.lexicon` rows hold the scores of `lexicon_input_labels()`, in that order.
    """
    features = Features.fit(inputs.documents, inputs.texts)
    matrix = features.transform(inputs)
    options = {"C": regularisation, "max_iter": 3000, "class_weight": "balanced"}
    theme = LogisticRegression(**options).fit(matrix, theme_labels, sample_weight=weights)
    stance = LogisticRegression(**options).fit(matrix, stance_labels, sample_weight=weights)
    return LinearModel(features, theme, stance, lexicon_input_labels())


def lexicon_input_labels() -> tuple[list[str], ...]:
    """Theme, stance and last-sentence stance keys whose lexicon scores a new model takes."""
    return list(themes()), list(stances()), list(stances())


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
    from analysis.core.atomic import write_atomically

    word_vocabulary, word_idf = _vectorizer_state(model.features.words)
    char_vocabulary, char_idf = _vectorizer_state(model.features.chars)
    description = {
        "format": FORMAT_VERSION,
        "word_vocabulary": word_vocabulary,
        "char_vocabulary": char_vocabulary,
        "theme_classes": list(model.theme.classes_),
        "stance_classes": list(model.stance.classes_),
        "lexicon_themes": model.lexicon_labels[0],
        "lexicon_stances": model.lexicon_labels[1],
        "lexicon_tail_stances": list(model.lexicon_labels[2:3][0])
        if model.lexicon_labels[2:]
        else [],
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
    """The model in `folder` (default: the one shipped in the package), loaded once per version."""
    folder = folder or shipped_model_dir()
    return _load(folder, (folder / "model.json").stat().st_mtime_ns)


@cache
def _load(folder: Path, version: int) -> LinearModel:
    """A model read from model.json and weights.npz, without unpickling anything.

    `version` (the file's modification time) makes a retrained model load afresh.
    """
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
        (
            description["lexicon_themes"],
            description["lexicon_stances"],
            description.get("lexicon_tail_stances", []),
        ),
    )
