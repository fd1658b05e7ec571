"""Theme and stance of texts, with scores, evidence and a flag when unsure.

The lexicon finds the words an analyst would point at and applies negation and contrast; the
linear model, which also sees the lexicon's scores, weighs them against phrasing the lexicon
lacks. The guide's precedence rule (a shortcoming after praise makes it criticism) is applied
last, and analysts' corrections override everything.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis import lexicon as lexicon_module
from analysis.cache import Cache
from analysis.classify import OUTPUT_COLUMNS
from analysis.labels import STANCES, THEMES
from analysis.model import LinearModel, lexicon_features, load_model, word_document
from analysis.preprocess import prepare
from analysis.text import fold
from analysis.tokens import tokenize_many

REVIEW_BELOW = 0.55
EVIDENCE_WORDS = 4


@dataclass
class Prepared:
    """Everything the model and the rules need about a set of distinct texts."""

    texts: list[str]
    tokens: list[list[str]]
    matches: list[lexicon_module.LexiconMatch]

    @property
    def documents(self) -> list[str]:
        """Token documents for the word features."""
        return [word_document(t) for t in self.tokens]

    @property
    def lexicon_rows(self) -> list[list[float]]:
        """Lexicon features per text."""
        return [lexicon_features(m) for m in self.matches]


def prepare_texts(raw_texts: list[str], cache: Cache | None = None) -> Prepared:
    """Prepare, tokenize (cached, in parallel when many) and lexicon-match texts."""
    texts = [prepare(t) for t in raw_texts]
    tokens = tokenize_many(texts, cache)
    return Prepared(texts, tokens, [lexicon_module.match(t) for t in texts])


def lexicon_labels(match: lexicon_module.LexiconMatch) -> tuple[str, str]:
    """The lexicon's own decision, by the guide's precedence; used to flag disagreements."""
    scores = match.theme_scores
    theme = max(scores, key=scores.get) if max(scores.values()) > 0 else "khac"
    stance_scores = match.stance_scores
    if match.criticism_after_contrast or stance_scores["phe_binh"] >= 3:
        stance = "phe_binh"
    elif stance_scores["khen_ngoi"] >= 2:
        stance = "khen_ngoi"
    else:
        stance = "kien_nghi"
    return theme, stance


def _evidence(
    model: LinearModel,
    prepared_text: str,
    tokens: list[str],
    match: lexicon_module.LexiconMatch,
    theme: str,
    stance: str,
    weights: dict[str, dict[str, dict[str, float]]],
) -> str:
    """The words that support the chosen theme and stance, as they appear in the text."""
    parts = []
    for kind, label, names in (("theme", theme, THEMES), ("stance", stance, STANCES)):
        words = match.evidence(kind, label)
        if kind == "stance" and label == "khen_ngoi":
            words = match.evidence("negation", "khen_ngoi") + words
        if kind == "stance" and label == "phe_binh" and match.criticism_after_contrast:
            words = match.evidence("contrast", "phe_binh")[:1] + words
        if not words:
            words = _model_words(tokens, weights[kind][label])
        shown = ", ".join(words[:EVIDENCE_WORDS]) or "(không có từ khóa rõ)"
        parts.append(f"{names[label]}: {shown}")
    return " | ".join(parts)


def _model_words(tokens: list[str], weights: dict[str, float]) -> list[str]:
    """The text's own words that weigh most for a label in the model."""
    scored = {}
    for token in tokens:
        weight = weights.get(fold(token).replace(" ", "_"), 0.0)
        if weight > 0.3 and token not in scored:
            scored[token] = weight
    return sorted(scored, key=scored.get, reverse=True)


def classify_texts(
    raw_texts: list[str], model: LinearModel | None = None, cache: Cache | None = None
) -> pd.DataFrame:
    """theme, stance, scores, evidence and needs_review for each text (distinct texts once)."""
    model = model or load_model()
    unique = list(dict.fromkeys(raw_texts))
    prepared = prepare_texts(unique, cache)
    theme_p, stance_p = model.probabilities(
        prepared.documents, prepared.texts, prepared.lexicon_rows
    )
    weights = {
        "theme": {k: model.word_weights("theme", k) for k in THEMES},
        "stance": {k: model.word_weights("stance", k) for k in STANCES},
    }
    rows = []
    for i, text in enumerate(prepared.texts):
        match = prepared.matches[i]
        theme = list(THEMES)[int(np.argmax(theme_p[i]))]
        stance = list(STANCES)[int(np.argmax(stance_p[i]))]
        theme_score = float(theme_p[i].max())
        stance_score = float(stance_p[i].max())
        if match.criticism_after_contrast and stance != "phe_binh":
            stance, stance_score = "phe_binh", float(stance_p[i][list(STANCES).index("phe_binh")])
        lexicon_theme, _ = lexicon_labels(match)
        unsure = min(theme_score, stance_score) < REVIEW_BELOW or (
            lexicon_theme != theme and match.theme_scores[lexicon_theme] >= 3
        )
        if not text.strip():
            theme, stance, unsure = "khac", "kien_nghi", True
        rows.append(
            {
                "theme": theme,
                "stance": stance,
                "theme_score": round(theme_score, 3),
                "stance_score": round(stance_score, 3),
                "evidence": _evidence(
                    model, text, prepared.tokens[i], match, theme, stance, weights
                ),
                "needs_review": bool(unsure),
            }
        )
    by_text = dict(zip(unique, rows, strict=True))
    return pd.DataFrame([by_text[t] for t in raw_texts], columns=list(OUTPUT_COLUMNS))
